package ca.pignon.plan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The whole application on a fresh PostgreSQL database of its own, shared by every plan test class (one Spring
 * context); each test starts from empty intake, selection, diagnostic and plan tables: see {@link PlanFixture#reset()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "pignon.test.context=plan")
@RecordApplicationEvents
public @interface PlanSpringTest {

}
