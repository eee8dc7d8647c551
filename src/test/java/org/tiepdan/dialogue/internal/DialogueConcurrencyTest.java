package org.tiepdan.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Concurrency through the API: simultaneous opinions on one dialogue are all numbered (no 500 from
 * {@code dialogue_opinion_seq_ux}), and simultaneous edits of one plan lose nothing: every edit
 * either lands on the version it read or is refused with 409 {@code stale-edit}.
 * The 16 × 1000 figure is {@code bench/.../ConcurrentEditsBench} (docs/reliability.md).
 */
@FullStackTest
class DialogueConcurrencyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgUnits units;
    @Autowired
    DialogueService service;

    @AfterEach
    void signOut() {
        DialogueTestSupport.signOut();
    }

    @Test
    void eightSimultaneousOpinionsAreAllNumbered() throws Exception {
        Fixture f = fixture();
        List<Callable<MvcResult>> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String body = """
                    {"stage": "BEFORE", "source": "CITIZEN", "citizenName": "Công dân %d", "hamlet": "Thôn Tân Hòa",
                     "field": "LAND", "content": "Ý kiến số %d về đường giao thông"}""".formatted(i, i);
            posts.add(() -> mvc.perform(post("/api/v1/dialogues/" + f.dialogueId() + "/opinions")
                    .with(authentication(f.auth())).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn());
        }
        List<MvcResult> results = runTogether(posts);

        assertThat(results).extracting(r -> r.getResponse().getStatus()).containsOnly(201);
        JsonNode view = JSON.readTree(mvc.perform(get("/api/v1/dialogues/" + f.dialogueId())
                .with(authentication(f.auth()))).andReturn().getResponse().getContentAsString());
        List<Integer> seqs = new ArrayList<>();
        view.get("opinions").forEach(o -> seqs.add(o.get("seq").asInt()));
        assertThat(seqs).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void concurrentEditsOfOnePlanLoseNoUpdateAndEveryConflictIsA409WithACode() throws Exception {
        Fixture f = fixture();
        ConcurrentEdits.Result r = ConcurrentEdits.run(mvc, f.auth(), f.dialogueId(), f.unitId(), 16, 20);
        System.out.println("CONCURRENT-EDITS (verify): " + r);
        assertThat(r.otherStatuses()).isEmpty();
        assertThat(r.conflictsWithoutCode()).isZero();
        assertThat(r.succeeded()).isPositive();
        assertThat(r.succeeded() + r.conflicts()).isEqualTo(16 * 20);
        // No lost update: every acknowledged edit incremented the counter it had read.
        assertThat(r.finalCounter()).isEqualTo(r.succeeded());
        assertThat(r.finalVersion() - r.initialVersion()).isEqualTo(r.succeeded());
    }

    record Fixture(long dialogueId, long unitId, UsernamePasswordAuthenticationToken auth) {
    }

    private Fixture fixture() {
        DialogueTestSupport.Commune c = DialogueTestSupport.commune(units);
        DialogueTestSupport.signIn(c);
        Dialogue d = service.plan(DialogueTestSupport.plan(c, DialogueKind.PERIODIC, LocalDate.now().plusDays(20)));
        TiepdanUser user = new TiepdanUser(1L, "dlg-" + DialogueTestSupport.unique(), "Cán bộ thử", List.of(
                new RoleGrantView(Role.RECEPTION_OFFICER, c.area().id()), new RoleGrantView(Role.HEAD, c.party().id()),
                new RoleGrantView(Role.HEAD, c.committee().id())), "x", true, true);
        return new Fixture(d.id(), c.party().id(),
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * N threads each make M edits of one dialogue's plan through {@code PUT /api/v1/dialogues/{id}}:
     * read the plan and its version, increment the counter kept in the topic ("Lượt sửa k"), write
     * it back with the version read. With optimistic locking honoured, the final counter equals the
     * number of acknowledged edits; a lost update would leave it lower.
     */
    static final class ConcurrentEdits {

        record Result(int succeeded, int conflicts, int conflictsWithoutCode, Map<Integer, Integer> otherStatuses,
                long initialVersion, long finalVersion, int finalCounter, double seconds) {
        }

        static Result run(MockMvc mvc, UsernamePasswordAuthenticationToken auth, long dialogueId, long unitId,
                int threads, int editsPerThread) throws Exception {
            JsonNode start = read(mvc, auth, dialogueId);
            long initialVersion = start.get("version").asLong();
            String plan = planBody(start, unitId, 0, initialVersion);
            mvc.perform(put("/api/v1/dialogues/" + dialogueId).with(authentication(auth)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(plan)).andReturn();
            initialVersion = read(mvc, auth, dialogueId).get("version").asLong();
            long started = System.nanoTime();
            List<Callable<int[]>> workers = new ArrayList<>();
            Map<Integer, Integer> others = new java.util.concurrent.ConcurrentHashMap<>();
            for (int t = 0; t < threads; t++) {
                workers.add(() -> {
                    int ok = 0;
                    int conflict = 0;
                    int noCode = 0;
                    for (int i = 0; i < editsPerThread; i++) {
                        JsonNode current = read(mvc, auth, dialogueId);
                        int counter = counter(current.get("topic").asString());
                        String body = planBody(current, unitId, counter + 1, current.get("version").asLong());
                        var response = mvc.perform(put("/api/v1/dialogues/" + dialogueId).with(authentication(auth))
                                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                                .andReturn().getResponse();
                        if (response.getStatus() == 200) {
                            ok++;
                        } else if (response.getStatus() == 409) {
                            conflict++;
                            JsonNode problem = JSON.readTree(response.getContentAsString());
                            if (!problem.path("code").isString()) {
                                noCode++;
                            }
                        } else {
                            others.merge(response.getStatus(), 1, Integer::sum);
                        }
                    }
                    return new int[] {ok, conflict, noCode};
                });
            }
            int ok = 0;
            int conflicts = 0;
            int noCode = 0;
            for (int[] r : runTogether(workers)) {
                ok += r[0];
                conflicts += r[1];
                noCode += r[2];
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            JsonNode end = read(mvc, auth, dialogueId);
            return new Result(ok, conflicts, noCode, new TreeMap<>(others), initialVersion,
                    end.get("version").asLong(), counter(end.get("topic").asString()), seconds);
        }

        private static JsonNode read(MockMvc mvc, UsernamePasswordAuthenticationToken auth, long id) throws Exception {
            return JSON.readTree(mvc.perform(get("/api/v1/dialogues/" + id).with(authentication(auth)))
                    .andReturn().getResponse().getContentAsString());
        }

        private static int counter(String topic) {
            return topic != null && topic.startsWith("Lượt sửa ") ? Integer.parseInt(topic.substring(9)) : 0;
        }

        private static String planBody(JsonNode current, long unitId, int counter, long version) {
            return """
                    {"unitId": %d, "kind": "%s", "topic": "Lượt sửa %d", "heldOn": "%s", "place": "Hội trường xã",
                     "hamlets": ["Thôn Tân Hòa"], "chairName": "Trần Văn Bình", "secretaryName": "Nguyễn Thị Thu",
                     "version": %d}""".formatted(unitId, current.get("kind").asString(), counter,
                    current.get("heldOn").asString(), version);
        }
    }
}
