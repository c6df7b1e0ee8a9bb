package ca.pignon.diagnostic;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a fresh PostgreSQL database of its own, shared by every diagnostic test class (one Spring
 * context); each test starts from empty intake, selection and diagnostic tables: see {@link DiagnosticFixture#reset()}. The
 * {@link TestHints} stand in for the web audit's suggestions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "pignon.test.context=diagnostic")
@Import(TestHints.class)
public @interface DiagnosticSpringTest {

}
