package org.tiepdan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default: every endpoint of ours states who may call it. An endpoint added without a
 * rule fails here, both in the compiled classes and in what Spring actually registered.
 */
@FullStackTest
class EndpointAccessRulesTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyHandlerMethodDeclaresItsAccessRule() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tiepdan");
        methods().that().areMetaAnnotatedWith(RequestMapping.class)
                .should().beAnnotatedWith(PreAuthorize.class)
                .because("every endpoint must carry an explicit access rule (deny by default)")
                .check(classes);
    }

    @Test
    void everyRegisteredEndpointOfOursHasARule() {
        List<String> missing = handlerMapping.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getPackageName().startsWith("org.tiepdan"))
                .filter(e -> !hasRule(e.getValue().getMethod()))
                .map(e -> e.getKey().toString())
                .toList();
        assertThat(handlerMapping.getHandlerMethods()).isNotEmpty();
        assertThat(missing).as("endpoints without @PreAuthorize").isEmpty();
    }

    private static boolean hasRule(Method method) {
        return AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class);
    }
}
