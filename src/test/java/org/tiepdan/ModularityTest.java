package org.tiepdan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Modules talk through their public top-level types only, never in a cycle, and only to the modules
 * their {@code package-info.java} allows ({@code @ApplicationModule(allowedDependencies = ...)}), so a
 * new arrow between modules is a decision written down with its reason, not an accident.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(TiepdanApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Every module declares its dependencies (none is left open), and the declaration is exactly what
     * the code uses: a dependency that is no longer used is removed from the list, so the list and the
     * generated diagrams in docs/modules stay the true map.
     */
    @Test
    void everyModuleDeclaresExactlyTheModulesItUses() throws ClassNotFoundException {
        Map<String, TreeSet<String>> declared = new TreeMap<>();
        Map<String, TreeSet<String>> used = new TreeMap<>();
        for (var module : MODULES) {
            String name = module.getIdentifier().toString();
            Class<?> packageInfo = Class.forName(module.getBasePackage().getName() + ".package-info");
            ApplicationModule annotation = packageInfo.getAnnotation(ApplicationModule.class);
            assertThat(annotation).as("@ApplicationModule on %s's package-info.java", name).isNotNull();
            assertThat(annotation.allowedDependencies()).as("%s left open", name)
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
            declared.put(name, new TreeSet<>(Arrays.asList(annotation.allowedDependencies())));
            used.put(name, module.getDirectDependencies(MODULES).uniqueModules()
                    .map(m -> m.getIdentifier().toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        }
        assertThat(declared).isEqualTo(used);
    }
}
