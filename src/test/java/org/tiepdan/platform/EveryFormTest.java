package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;

/**
 * Issue 19: every POST form of the screens, found by crawling the demo's pages as a user holding
 * every role installation-wide (and the public site without login), is submitted with impossible
 * dates, too-long texts, negative numbers and unknown choices, then with every field empty. No
 * answer may be a 5xx, the system error page (a reference id), or a bare 400 page: bad input is
 * answered with the form again, every error beside its field.
 *
 * <p>The POST handlers of the application (RequestMappingHandlerMapping, outside the API) that the
 * crawl did not reach are printed, so that a new form without a page leading to it is noticed.
 * Kept short (pages per URL shape and forms per shape are bounded) because it runs in every build.
 */
@FullStackTest
class EveryFormTest {

    /** Pages fetched per URL shape (digits replaced): two petitions show the forms of their states. */
    private static final int PAGES_PER_SHAPE = 2;
    private static final int MAX_PAGES = 400;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Not followed: sign-out, downloads, the API, and pages whose GET has effects of its own. */
    private static final Pattern SKIP_LINK = Pattern.compile(
            "^/(logout|api/|open311|v3/|swagger|webjars|css|js|img|favicon)|\\.(docx|xlsx|pdf|csv|json|zip|png|ico)(\\?|$)"
                    + "|/(export|download|notice|file|files|attachments/\\d+)(\\?|$|/)"
                    // report pages compute every figure (seconds each) and have no POST form
                    + "|^/reports/.+"
                    // filters and pages of a list show the same forms as the list itself
                    + "|^(?!.*/(new|edit)\\?).*\\?");
    /** Forms not submitted: signing in and out, and the two-factor enrolment of the test user itself. */
    private static final Pattern SKIP_FORM = Pattern.compile("^/(login|logout)|two-factor|password");
    /**
     * A petition's step with every field empty takes today as its date and may well be a valid step
     * (skip the dialogue, start verifying): it would move the demo's petitions. Their missing fields
     * are covered by StepFormErrorsTest; here they get the bad values only.
     */
    private static final Pattern NO_BLANK = Pattern.compile("/petitions/\\d+/actions/");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final List<String> pageFailures = new ArrayList<>();
    private final Map<String, Long> slow = new HashMap<>();

    record Form(String page, String action, boolean multipart, List<Element> inputs) {
    }

    @Test
    void everyPostFormAnswersBadInputWithTheFormAgainNeverAnErrorPage() throws Exception {
        long started = System.nanoTime();
        String username = "everyform" + System.nanoTime();
        long userId = accounts.createUser(username, "Trần Thị Biểu Mẫu", "EveryForm2026", Role.ADMIN, null);
        for (Role role : Role.values()) {
            if (role != Role.ADMIN) {
                accounts.grant(userId, role, null);
            }
        }
        TiepdanUser user = new TiepdanUser(userId, username, "Trần Thị Biểu Mẫu", java.util.Arrays.stream(
                Role.values()).map(r -> new RoleGrantView(r, null)).toList(), "x", true, true);
        Authentication staff = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());

        Map<String, Form> forms = new LinkedHashMap<>();
        int pages = crawl(List.of("/", "/petitions/new", "/petitions", "/work", "/reception", "/dialogues", "/documents",
                "/inspections", "/plans", "/org-units", "/admin/users", "/calendar", "/reports", "/imports",
                "/identity/requests", "/portal/conclusions", "/outreach", "/recommendations", "/admin/calendar",
                "/admin/deadline-rules", "/admin/setup", "/admin/audit"), staff, forms);
        pages += crawl(List.of("/public", "/public/submit", "/public/track", "/public/conclusions"), null, forms);

        List<String> failures = new ArrayList<>(pageFailures);
        Set<String> reached = new TreeSet<>();
        for (Form form : forms.values()) {
            reached.add(shape(form.action()));
            Authentication who = form.action().startsWith("/public") ? null : staff;
            check(form, who, bad(form), "bad values", failures);
            if (!NO_BLANK.matcher(form.action()).find()) {
                check(form, who, blank(form), "empty fields", failures);
            }
        }
        Set<String> handlers = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                for (String p : info.getPatternValues()) {
                    if (!p.startsWith("/api/") && !p.startsWith("/open311") && !p.startsWith("/test-probe")) {
                        handlers.add(p);
                    }
                }
            }
        });
        System.out.printf("EveryFormTest: %d pages, %d forms, %d POST handlers, %.1f s%n", pages, forms.size(),
                handlers.size(), (System.nanoTime() - started) / 1e9);
        System.out.println("EveryFormTest: POST handlers without a form on the crawled pages: " + handlers.stream()
                .filter(h -> reached.stream().noneMatch(r -> r.equals(DIGITS.matcher(h.replaceAll("\\{[^}]+}", "0"))
                        .replaceAll("N")) || matches(h, r))).toList());
        System.out.println("EveryFormTest: slowest pages (ms): " + slow.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15).toList());
        assertThat(forms).as("forms found by the crawl").hasSizeGreaterThan(40);
        assertThat(failures).as("forms that answered bad input with an error page").isEmpty();
    }

    private static boolean matches(String pattern, String shape) {
        String regex = Pattern.quote(pattern).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
        return shape.matches(regex);
    }

    private static String shape(String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return DIGITS.matcher(path).replaceAll("N");
    }

    private int crawl(List<String> seeds, Authentication who, Map<String, Form> forms) throws Exception {
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> seen = new LinkedHashSet<>(seeds);
        Map<String, Integer> perShape = new HashMap<>();
        int fetched = 0;
        while (!queue.isEmpty() && fetched < MAX_PAGES) {
            String url = queue.poll();
            if (perShape.merge(shape(url) + (url.contains("?") ? "?" : ""), 1, Integer::sum) > PAGES_PER_SHAPE) {
                continue;
            }
            long t0 = System.nanoTime();
            MockHttpServletResponse r = perform(MockMvcRequestBuilders.get(url), who);
            slow.put(url, (System.nanoTime() - t0) / 1_000_000);
            fetched++;
            if (r.getStatus() >= 500) {
                pageFailures.add("GET " + url + ": " + r.getStatus() + " " + r.getContentAsString(StandardCharsets.UTF_8)
                        .lines().findFirst().orElse(""));
            }
            if (r.getStatus() / 100 == 3 && r.getRedirectedUrl() != null) {
                // a list that redirects to its default filter (the user's unit): follow it once
                String to = local(r.getRedirectedUrl().startsWith("/") ? "http://localhost" + r.getRedirectedUrl()
                        : r.getRedirectedUrl());
                if (to != null && !to.startsWith("/login") && seen.add(to)) {
                    queue.addFirst(to);
                }
                continue;
            }
            if (r.getStatus() != 200 || r.getContentType() == null || !r.getContentType().startsWith("text/html")) {
                continue;
            }
            Document d = Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + url);
            for (Element a : d.select("a[href]")) {
                String href = local(a.attr("abs:href"));
                if (href != null && !SKIP_LINK.matcher(href).find() && seen.add(href)) {
                    queue.add(href);
                }
            }
            for (Element f : d.select("form")) {
                if (!"post".equalsIgnoreCase(f.attr("method"))) {
                    continue;
                }
                String action = local(f.attr("abs:action"));
                if (action == null || SKIP_FORM.matcher(action).find()) {
                    continue;
                }
                List<Element> inputs = f.select("input[name], select[name], textarea[name]").stream()
                        .filter(e -> !e.attr("name").equals("_csrf")).toList();
                if (inputs.stream().allMatch(e -> e.attr("type").matches("(?i)hidden|submit|checkbox|radio"))) {
                    continue; // a button (close, delete, reveal, link): no typed input to get wrong
                }
                String key = shape(action) + " " + inputs.stream().map(e -> e.attr("name")).sorted().toList();
                forms.putIfAbsent(key, new Form(url, action, "multipart/form-data".equalsIgnoreCase(f.attr("enctype")),
                        inputs));
            }
        }
        return fetched;
    }

    private static String local(String abs) {
        if (!abs.startsWith("http://localhost/")) {
            return null;
        }
        String path = abs.substring("http://localhost".length());
        int hash = path.indexOf('#');
        return hash >= 0 ? path.substring(0, hash) : path;
    }

    private static boolean isDate(Element e) {
        String name = e.attr("name");
        return "dd/mm/yyyy".equalsIgnoreCase(e.attr("placeholder")) || name.matches("(?i).*(on|date|from|to|day|until)$")
                || "date".equals(e.attr("type"));
    }

    private static boolean isNumber(Element e) {
        String name = e.attr("name");
        return "numeric".equals(e.attr("inputmode")) || "number".equals(e.attr("type"))
                || name.matches("(?i).*(id|count|year|headcount|participants|materials|number|amount|days|total|quantity)$");
    }

    /** Impossible dates, negative numbers, too-long texts, an unknown choice; hidden fields kept. */
    private static Map<String, List<String>> bad(Form form) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Element e : form.inputs()) {
            String name = e.attr("name");
            String type = e.attr("type").toLowerCase();
            String value;
            if (type.equals("hidden")) {
                value = e.val();
            } else if (type.equals("checkbox") || type.equals("radio") || type.equals("file")
                    || type.equals("submit")) {
                continue;
            } else if (e.tagName().equals("select")) {
                // a browser sends one of the options: the one shown (other bad values are the test)
                Element chosen = e.selectFirst("option[selected]");
                chosen = chosen != null ? chosen : e.selectFirst("option");
                value = chosen == null ? "" : chosen.val();
            } else if ("number".equals(type) || "numeric".equals(e.attr("inputmode"))) {
                value = "-7";
            } else if (isDate(e)) {
                value = "31/02/2026";
            } else if (isNumber(e) && !e.tagName().equals("textarea")) {
                value = "-7";
            } else {
                value = "Quá dài " + "x".repeat(20_000);
            }
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    /** Every field empty (the required ones missing); hidden fields kept. */
    private static Map<String, List<String>> blank(Form form) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Element e : form.inputs()) {
            String type = e.attr("type").toLowerCase();
            if (type.equals("checkbox") || type.equals("radio") || type.equals("file") || type.equals("submit")) {
                continue;
            }
            params.computeIfAbsent(e.attr("name"), k -> new ArrayList<>()).add(type.equals("hidden") ? e.val() : "");
        }
        return params;
    }

    private void check(Form form, Authentication who, Map<String, List<String>> params, String variant,
            List<String> failures) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = form.multipart()
                ? MockMvcRequestBuilders.multipart(form.action()) : MockMvcRequestBuilders.post(form.action());
        params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        MockHttpServletResponse r = perform(request.with(csrf()), who);
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        String what = form.action() + " (" + variant + ", form on " + form.page() + ")";
        if (r.getStatus() >= 500) {
            failures.add(what + ": " + r.getStatus());
        } else if (body.contains("id=\"error-reference\"")) {
            failures.add(what + ": the system error page");
        } else if (r.getStatus() == 400 && body.contains("id=\"error-message\"")) {
            failures.add(what + ": a 400 page instead of the form — " + Jsoup.parse(body)
                    .getElementById("error-message").text());
        }
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, Authentication who)
            throws Exception {
        String address = "10.19." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250);
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (who != null) {
            request.with(authentication(who));
        }
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            // An exception MockMvc lets escape (one thrown while rendering a view) is what a browser
            // gets as a 500.
            MockHttpServletResponse failed = new MockHttpServletResponse();
            failed.setStatus(500);
            failed.getWriter().write(String.valueOf(e.getMessage()));
            return failed;
        }
    }
}
