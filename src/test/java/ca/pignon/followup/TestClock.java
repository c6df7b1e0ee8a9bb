package ca.pignon.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;


/**
 * The whole application's clock in the follow-up tests ({@link FollowupTest} puts it in place of the real one), set to
 * walk days and weeks forward.
 */
public final class TestClock extends Clock {

	/** The one instance: the Spring context is shared by every follow-up test class. */
	public static final TestClock INSTANCE = new TestClock();

	private volatile Instant now = Instant.now();

	public void set(Instant instant) {
		now = instant;
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
