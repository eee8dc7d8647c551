package org.tiepdan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The findings block of a report page (issue 22): a province's cross-check can name hundreds of thousands
 * of records; the page draws the first 100 and says how many more there are, instead of a link for each.
 */
class FindingsFragmentTest {

    @Test
    void aFindingNamingManyRecordsShowsTheFirstHundredAndCountsTheRest() {
        List<String> records = IntStream.rangeClosed(1, 812_024).mapToObj(i -> "petition#" + i).toList();
        String html = render(List.of(new Finding("CASE_SETTLED_WITHOUT_DOCUMENT", "WARNING", "Thiếu văn bản", records),
                new Finding("SESSION_WITHOUT_HOST", "ERROR", "Không có người chủ trì", List.of("session#1", "session#2"))));

        assertThat(html.split("petition", -1).length - 1).as("named records of the big finding").isEqualTo(0);
        assertThat(html).contains("hồ sơ 100").doesNotContain("hồ sơ 101");
        assertThat(html).contains("và 811.924 hồ sơ khác");
        assertThat(html.split("finding-more", -1).length - 1).as("only the big finding says 'more'").isEqualTo(1);
    }

    private static String render(List<Finding> findings) {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages_vi");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        Context context = new Context(Locale.forLanguageTag("vi"));
        context.setVariable("list", findings);
        return engine.process("report/report", java.util.Set.of("findings"), context);
    }
}
