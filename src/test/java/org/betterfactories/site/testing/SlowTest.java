package org.betterfactories.site.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that needs a real browser, the HTML validator or a web server: it runs in {@code mvn verify} (the
 * README's test command, with every test), not in {@code mvn test}, which runs the fast tests in under a minute.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface SlowTest {
}
