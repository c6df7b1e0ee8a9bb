package ca.pignon.selection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a fresh PostgreSQL database of its own, shared by every selection test class (one Spring
 * context). Selection ranks every eligible application of the database, so each test starts from empty intake and
 * selection tables: see {@link SelectionFixture#reset()}, which waits for intake's events to be handled. An event
 * whose handling failed (a listener meeting a concurrent edit) is retried as in production, only sooner.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "pignon.test.context=selection", "pignon.events.retry-after=PT2S",
		"pignon.events.retry-interval=PT1S" })
public @interface SelectionSpringTest {

}
