package ca.pignon.loadtest;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The two shortcuts the seeding process takes, and only it (the server measured afterwards is the plain jar):
 * the password hash of the seeded accounts is computed once with the configured bcrypt strength and reused, instead
 * of 10,000 times at about a quarter of a second each; and the clock can be set per thread, so that merchants
 * register and submit over weeks rather than within minutes.
 */
@Configuration(proxyBeanMethods = false)
class LoadTestSeederConfiguration {

	@Bean
	static BeanPostProcessor loadTestShortcuts() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof PasswordEncoder encoder && !(bean instanceof OneHashPerPassword)) {
					return new OneHashPerPassword(encoder);
				}
				if (bean instanceof Clock clock && !(bean instanceof SeedClock)) {
					return new SeedClock(clock);
				}
				return bean;
			}
		};
	}

	/** bcrypt once per distinct password: every seeded account shares the same (valid, salted) hash. */
	static final class OneHashPerPassword implements PasswordEncoder {

		private final PasswordEncoder encoder;

		private final Map<String, String> hashes = new ConcurrentHashMap<>();

		OneHashPerPassword(PasswordEncoder encoder) {
			this.encoder = encoder;
		}

		@Override
		public String encode(CharSequence rawPassword) {
			return hashes.computeIfAbsent(rawPassword.toString(), encoder::encode);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return encoder.matches(rawPassword, encodedPassword);
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return encoder.upgradeEncoding(encodedPassword);
		}

	}

	/** The application's clock, unless the current thread set another instant. */
	static final class SeedClock extends Clock implements Seeding.TimeTravel {

		private final Clock clock;

		private final ThreadLocal<Instant> instant = new ThreadLocal<>();

		SeedClock(Clock clock) {
			this.clock = clock;
		}

		@Override
		public void at(Instant at) {
			instant.set(at);
		}

		@Override
		public void back() {
			instant.remove();
		}

		@Override
		public Instant instant() {
			Instant at = instant.get();
			return at == null ? clock.instant() : at;
		}

		@Override
		public ZoneId getZone() {
			return clock.getZone();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return clock.withZone(zone);
		}

	}

	/**
	 * Keeps the test sources' components (nested test configurations and the like) out of the seeding application:
	 * it runs on the test class path only because the seeder lives with the tests.
	 */
	static final class ExcludeTestSources extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader metadataReader, MetadataReaderFactory metadataReaderFactory)
				throws IOException {
			return metadataReader.getResource().getURL().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}

	}

}
