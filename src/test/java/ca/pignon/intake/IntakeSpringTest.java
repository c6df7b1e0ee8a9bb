package ca.pignon.intake;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on its own fresh PostgreSQL database, with MockMvc. Every intake test that needs Spring uses
 * this one configuration, so that they share one context instead of starting one each: tests therefore never assume
 * an empty database, and tell their data apart by unique names and addresses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
public @interface IntakeSpringTest {

}
