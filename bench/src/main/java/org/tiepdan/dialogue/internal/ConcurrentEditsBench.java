package org.tiepdan.dialogue.internal;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tiepdan.TiepdanApplication;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.org.OrgUnits;

/**
 * The "concurrent edits" figure (docs/reliability.md): N threads (default 16) × M edits
 * (default 1000) of one dialogue's plan through {@code PUT /api/v1/dialogues/{id}}, each a
 * read-increment-write of a counter with the version read, on a fresh embedded PostgreSQL with the
 * demo data. Prints acknowledged edits, 409s (all with a code), other statuses, and whether the
 * final counter equals the acknowledged edits (no lost update). Not a test: run it by hand,
 * {@code mvn -q -Pbench test-compile exec:java -Dbench.main=org.tiepdan.dialogue.internal.ConcurrentEditsBench}
 * ({@code -Dbench.threads=16 -Dbench.edits=1000}).
 */
public final class ConcurrentEditsBench {

    private ConcurrentEditsBench() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("bench.threads", 16);
        int edits = Integer.getInteger("bench.edits", 1000);
        System.setProperty("tiepdan.data-dir", "target/bench-data");
        System.setProperty("tiepdan.embedded-db.clean-on-start", "true");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TiepdanApplication.class)
                .profiles("demo")
                .properties("server.port=0", "logging.level.root=WARN",
                        "spring.datasource.hikari.maximum-pool-size=" + (threads + 4))
                .run()) {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity())
                    .build();
            DialogueTestSupport.Commune c = DialogueTestSupport.commune(app.getBean(OrgUnits.class));
            DialogueTestSupport.signIn(c);
            Dialogue d = app.getBean(DialogueService.class)
                    .plan(DialogueTestSupport.plan(c, DialogueKind.PERIODIC, LocalDate.now().plusDays(20)));
            DialogueTestSupport.signOut();
            TiepdanUser user = new TiepdanUser(1L, "bench-edits", "Cán bộ thử", List.of(
                    new RoleGrantView(Role.RECEPTION_OFFICER, c.area().id()),
                    new RoleGrantView(Role.HEAD, c.party().id())), "x", true, true);
            var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            DialogueConcurrencyTest.ConcurrentEdits.Result r = DialogueConcurrencyTest.ConcurrentEdits.run(mvc, auth,
                    d.id(), c.party().id(), threads, edits);
            System.out.printf("CONCURRENT-EDITS: %d threads x %d edits in %.1f s: %d acknowledged, %d conflicts (409),"
                    + " %d conflicts without code, other statuses %s; version %d -> %d; final counter %d: %s%n",
                    threads, edits, r.seconds(), r.succeeded(), r.conflicts(), r.conflictsWithoutCode(),
                    r.otherStatuses(), r.initialVersion(), r.finalVersion(), r.finalCounter(),
                    r.finalCounter() == r.succeeded() && r.finalVersion() - r.initialVersion() == r.succeeded()
                            ? "0 lost updates" : "LOST UPDATES");
        }
    }
}
