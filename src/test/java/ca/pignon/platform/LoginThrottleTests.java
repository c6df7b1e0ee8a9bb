package ca.pignon.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Locale;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throttling counts failures within a window, per address and per client, in PostgreSQL, and forgets them afterwards.
 */
@SpringBootTest
class LoginThrottleTests {

	@Autowired
	JdbcClient jdbc;

	MovableClock clock = new MovableClock(Instant.now());

	LoginThrottle throttle;

	String rosalie = "rosalie-" + UUID.randomUUID() + "@boulangerie.test";

	String client = "10.1." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200);

	@BeforeEach
	void throttle() {
		throttle = new LoginThrottle(jdbc, clock, new LoginSettings(3, 10, Duration.ofMinutes(15)),
				new SimpleMeterRegistry());
	}

	@Test
	void blocksAnAddressAfterTooManyFailuresWithinTheWindowOnly() {
		// given
		for (int i = 0; i < 3; i++) {
			throttle.failed(rosalie, client);
		}
		// then
		assertThat(throttle.isBlocked(rosalie.toUpperCase(Locale.ROOT) + " ", "10.0.0.2")).isTrue();
		assertThat(throttle.isBlocked("autre-" + UUID.randomUUID() + "@commerce.test", client)).isFalse();
		// when the window has passed
		clock.advance(Duration.ofMinutes(16));
		assertThat(throttle.isBlocked(rosalie, client)).isFalse();
	}

	@Test
	void blocksAClientAfterTooManyFailuresOnAnyAddresses() {
		for (int i = 0; i < 10; i++) {
			throttle.failed("essai" + i + "-" + UUID.randomUUID() + "@exemple.test", client);
		}
		assertThat(throttle.isBlocked("jamais-essaye-" + UUID.randomUUID() + "@exemple.test", client)).isTrue();
	}

	@Test
	void aSuccessClearsTheAddressFailures() {
		throttle.failed(rosalie, client);
		throttle.failed(rosalie, client);
		throttle.succeeded(rosalie);
		throttle.failed(rosalie, client);
		throttle.failed(rosalie, client);
		assertThat(throttle.isBlocked(rosalie, "10.0.0.3")).isFalse();
	}

	@Test
	void forgetsFailuresOnceTheirWindowHasPassedAndKeepsNoAddressInClear() {
		// given
		throttle.failed(rosalie, client);
		clock.advance(Duration.ofMinutes(5));
		throttle.failed(rosalie, client);
		assertThat(rowsOf(rosalie)).isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM platform_login_failure WHERE key_hash LIKE :part")
			.param("part", "%" + rosalie + "%")
			.query(Integer.class)
			.single()).isZero();
		// when the first failure's window has passed
		clock.advance(Duration.ofMinutes(11));
		throttle.forgetExpired();
		// then
		assertThat(rowsOf(rosalie)).isEqualTo(1);
	}

	private int rowsOf(String address) {
		return jdbc.sql("SELECT count(*) FROM platform_login_failure WHERE key_hash = :key")
			.param("key", LoginThrottle.hash("account:" + address))
			.query(Integer.class)
			.single();
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
