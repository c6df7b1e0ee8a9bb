package ca.pignon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.followup.FollowupTest;
import ca.pignon.selection.SelectionTables;

/**
 * Handled event publications are deleted once older than {@code pignon.events.keep-completed-for} (30 days), counted
 * with the application's clock; a publication not handled yet stays whatever its age.
 */
class CompletedEventPruningTests extends FollowupTest {

	@Autowired
	CompletedEventPruning pruning;

	@Autowired
	EventSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void handledPublicationsOlderThanTheDelayAreDeletedThoseNotHandledStay() {
		// given events handled now (a merchant retained and accompanied), and one never handled, published long ago
		Instant since = fixture.clock.instant();
		fixture.accompanied(fixture.advisor("Anne Tremblay"), "Boulangerie du Parvis");
		SelectionTables.awaitEvents(fixture.merchants.intake, fixture.merchants.accounts, fixture.merchants.selection,
				jdbc);
		Instant handledUntil = fixture.clock.instant();
		UUID stuck = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				  completion_attempts)
				SELECT :id, listener_id, event_type, serialized_event, :at, 'FAILED', :attempts FROM event_publication
				WHERE completion_date >= :since LIMIT 1""")
			.param("id", stuck)
			.param("at", Timestamp.from(handledUntil.minus(Duration.ofDays(400))))
			.param("attempts", settings.maxAttempts())
			.param("since", Timestamp.from(since))
			.update();
		long handled = handled(since, handledUntil);
		assertThat(handled).isPositive();

		// a day before the delay: nothing deleted
		fixture.walk(settings.keepCompletedFor().minusDays(1));
		pruning.prune();
		assertThat(handled(since, handledUntil)).isEqualTo(handled);

		// past the delay: the handled ones are gone, the one never handled stays
		fixture.walk(Duration.ofDays(2));
		pruning.prune();
		assertThat(handled(since, handledUntil)).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE id = :id").param("id", stuck)
			.query(Long.class)
			.single()).isEqualTo(1);
		jdbc.sql("DELETE FROM event_publication WHERE id = :id").param("id", stuck).update();
	}

	private long handled(Instant from, Instant until) {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date BETWEEN :from AND :until")
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query(Long.class)
			.single();
	}

}
