package ca.pignon.webaudit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The whole application on a fresh database of its own, shared by the web audit's Spring tests, with 127.0.0.1 (and
 * only it: "localhost" stays refused) allowed so that the test sites on loopback can be audited.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "pignon.test.context=webaudit", "pignon.webaudit.allowed-hosts=127.0.0.1:*" })
@AutoConfigureMockMvc
@RecordApplicationEvents
public @interface WebAuditSpringTest {

}
