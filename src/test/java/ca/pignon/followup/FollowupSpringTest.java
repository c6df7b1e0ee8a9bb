package ca.pignon.followup;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a fresh PostgreSQL database of its own, shared by the follow-up's test classes (one Spring
 * context), (test classes extend {@link FollowupTest} for the {@link TestClock}); each test starts from empty tables: see {@link FollowupFixture#reset()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "pignon.test.context=followup", "pignon.webaudit.allowed-hosts=127.0.0.1:*" })
public @interface FollowupSpringTest {

}
