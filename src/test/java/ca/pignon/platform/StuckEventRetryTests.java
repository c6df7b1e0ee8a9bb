package ca.pignon.platform;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event whose listener failed is handed to it again, after a delay, until it is handled: a module following
 * another never stays out of step until the next restart.
 */
@SpringBootTest(properties = { "pignon.test.context=event-retry", "pignon.events.retry-after=PT1S",
		"pignon.events.retry-interval=PT1S", "pignon.events.max-attempts=3" })
class StuckEventRetryTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FlakyListener listener;

	@Test
	void anEventWhoseListenerFailedOnceIsHandledOnTheNextRetry() {
		// given a listener that fails the first time it sees this event
		UUID id = UUID.randomUUID();
		listener.fail(id, 1);
		// when
		transactions.executeWithoutResult(status -> events.publishEvent(new SomethingHappened(id)));
		// then
		await().atMost(Duration.ofSeconds(20)).until(() -> listener.handled(id));
		await().atMost(Duration.ofSeconds(5)).until(() -> incompleteFor(id) == 0);
		assertThat(listener.attemptsOf(id)).isEqualTo(2);
	}

	@Test
	void anEventThatKeepsFailingIsLeftAloneAfterTheMaximumNumberOfAttempts() {
		// given a listener that never succeeds with this event
		UUID id = UUID.randomUUID();
		listener.fail(id, Integer.MAX_VALUE);
		// when
		transactions.executeWithoutResult(status -> events.publishEvent(new SomethingHappened(id)));
		// then: tried 3 times, then no more however long one waits
		await().atMost(Duration.ofSeconds(20)).until(() -> listener.attemptsOf(id) >= 3);
		await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> listener.attemptsOf(id) == 3);
		assertThat(incompleteFor(id)).isEqualTo(1);
	}

	private int incompleteFor(UUID id) {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :id")
			.param("id", "%" + id + "%")
			.query(Integer.class)
			.single();
	}

	record SomethingHappened(UUID id) {
	}

	/** Read and set through methods only: the listener is a proxy, whose own fields stay empty. */
	static class FlakyListener {

		private final ConcurrentHashMap<UUID, Integer> failuresBeforeSuccess = new ConcurrentHashMap<>();

		private final ConcurrentHashMap<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();

		private final ConcurrentHashMap<UUID, Boolean> handled = new ConcurrentHashMap<>();

		@ApplicationModuleListener
		void on(SomethingHappened event) {
			int attempt = attempts.computeIfAbsent(event.id(), key -> new AtomicInteger()).incrementAndGet();
			if (attempt <= failuresBeforeSuccess.getOrDefault(event.id(), 0)) {
				throw new IllegalStateException("failing on purpose, attempt " + attempt);
			}
			handled.put(event.id(), true);
		}

		void fail(UUID id, int times) {
			failuresBeforeSuccess.put(id, times);
		}

		boolean handled(UUID id) {
			return handled.containsKey(id);
		}

		int attemptsOf(UUID id) {
			AtomicInteger count = attempts.get(id);
			return count == null ? 0 : count.get();
		}

	}

	@TestConfiguration
	static class Listeners {

		@Bean
		FlakyListener flakyListener() {
			return new FlakyListener();
		}

	}

}
