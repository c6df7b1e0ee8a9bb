package ca.pignon.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throttling counts failures within a window, per address and per client, and forgets them afterwards.
 */
class LoginThrottleTests {

	MovableClock clock = new MovableClock(Instant.parse("2026-11-27T12:00:00Z"));

	LoginThrottle throttle = new LoginThrottle(clock, 3, 10, Duration.ofMinutes(15));

	@Test
	void blocksAnAddressAfterTooManyFailuresWithinTheWindowOnly() {
		// given
		for (int i = 0; i < 3; i++) {
			throttle.failed("rosalie@boulangerie.test", "10.0.0.1");
		}
		// then
		assertThat(throttle.isBlocked("ROSALIE@boulangerie.test ", "10.0.0.2")).isTrue();
		assertThat(throttle.isBlocked("autre@commerce.test", "10.0.0.1")).isFalse();
		// when the window has passed
		clock.advance(Duration.ofMinutes(16));
		assertThat(throttle.isBlocked("rosalie@boulangerie.test", "10.0.0.1")).isFalse();
	}

	@Test
	void forgetsAddressesOnceTheirWindowHasPassed() {
		// given a thousand addresses tried once each
		for (int i = 0; i < 1000; i++) {
			throttle.failed("essai" + i + "@exemple.test", "10.0.0." + (i % 200));
		}
		assertThat(throttle.trackedKeys()).isGreaterThan(1000);
		// when
		clock.advance(Duration.ofMinutes(16));
		throttle.forgetExpired();
		// then
		assertThat(throttle.trackedKeys()).isZero();
	}

	@Test
	void keepsWhatIsStillInsideTheWindow() {
		throttle.failed("rosalie@boulangerie.test", "10.0.0.1");
		clock.advance(Duration.ofMinutes(5));
		throttle.forgetExpired();
		assertThat(throttle.trackedKeys()).isEqualTo(2);
	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
