package ca.pignon.privacy.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The legal holds and the retention log's tables. */
@Component
public class RetentionRows {

	/** A legal hold in force. */
	public record Hold(UUID id, UUID application, String reason, UUID placedBy, Instant placedAt) {
	}

	/** What the retention job did to one dossier. */
	public record Done(UUID application, String rule, LocalDate dueOn, Instant at) {
	}

	private final JdbcClient jdbc;

	RetentionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Places a hold, unless one is in force: whether it was placed. */
	public boolean hold(UUID application, String reason, UUID by, Instant at) {
		return jdbc.sql("""
				INSERT INTO privacy_legal_hold (id, application_id, reason, placed_by, placed_at)
				VALUES (:id, :application, :reason, :by, :at) ON CONFLICT DO NOTHING""")
			.param("id", UUID.randomUUID())
			.param("application", application)
			.param("reason", reason)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** Lifts the hold in force: whether there was one. */
	public boolean lift(UUID application, UUID by, Instant at) {
		return jdbc.sql("""
				UPDATE privacy_legal_hold SET lifted_by = :by, lifted_at = :at
				WHERE application_id = :application AND lifted_at IS NULL""")
			.param("application", application)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	public List<Hold> holds() {
		return jdbc.sql("""
				SELECT id, application_id, reason, placed_by, placed_at FROM privacy_legal_hold
				WHERE lifted_at IS NULL ORDER BY placed_at DESC""")
			.query((rs, n) -> new Hold(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant()))
			.list();
	}

	public boolean held(UUID application) {
		return jdbc.sql("SELECT count(*) FROM privacy_legal_hold WHERE application_id = :a AND lifted_at IS NULL")
			.param("a", application)
			.query(Integer.class)
			.single() > 0;
	}

	/** The dossiers a rule was applied to, whatever the rule. */
	public Set<UUID> done() {
		return jdbc.sql("SELECT DISTINCT application_id FROM privacy_retention_log")
			.query(UUID.class)
			.list()
			.stream()
			.collect(Collectors.toSet());
	}

	/** Notes that a rule was applied: false when it already was (another instance, or a run again). */
	public boolean record(UUID application, String rule, LocalDate dueOn, Instant at) {
		return jdbc.sql("""
				INSERT INTO privacy_retention_log (application_id, rule, due_on, done_at)
				VALUES (:application, :rule, :due, :at) ON CONFLICT DO NOTHING""")
			.param("application", application)
			.param("rule", rule)
			.param("due", Date.valueOf(dueOn))
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** The latest entries of the log, the latest first. */
	public List<Done> log(int most, @Nullable Instant since) {
		return jdbc.sql("""
				SELECT application_id, rule, due_on, done_at FROM privacy_retention_log
				WHERE CAST(:since AS timestamptz) IS NULL OR done_at >= CAST(:since AS timestamptz)
				ORDER BY done_at DESC, id DESC LIMIT :most""")
			.param("since", since == null ? null : Timestamp.from(since))
			.param("most", most)
			.query((rs, n) -> new Done(rs.getObject(1, UUID.class), rs.getString(2), rs.getDate(3).toLocalDate(),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

}
