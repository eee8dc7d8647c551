package org.tiepdan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextCustomizerFactories;
import org.tiepdan.support.MapTileStub;

/**
 * The whole application on the test JVM's embedded PostgreSQL, with the demo data set. Every
 * full-stack test uses exactly this annotation so that they share one cached context.
 * Tests must not depend on a clean database: create what you need with unique names. The
 * application has a map tile server ({@link MapTileStub}, issue 24).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@ContextCustomizerFactories(MapTileStub.Factory.class)
public @interface FullStackTest {
}
