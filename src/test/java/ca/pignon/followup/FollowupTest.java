package ca.pignon.followup;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.convention.TestBean;

/** A follow-up test: the shared context with the {@link TestClock}, and a fixture reset before each test. */
@FollowupSpringTest
public abstract class FollowupTest {

	@TestBean
	Clock clock;

	@Autowired
	protected ApplicationContext context;

	protected FollowupFixture fixture;

	static Clock clock() {
		return TestClock.INSTANCE;
	}

	@BeforeEach
	void emptyTables() {
		fixture = new FollowupFixture(context);
		fixture.reset();
	}

}
