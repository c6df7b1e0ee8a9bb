package ca.pignon.selection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a fresh PostgreSQL database of its own, shared by every selection test class (one Spring
 * context). Selection ranks every eligible application of the database, so each test starts from empty intake and
 * selection tables: see {@link SelectionFixture#reset()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "pignon.test.context=selection")
public @interface SelectionSpringTest {

}
