package ca.pignon.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.shared.ApplicationId;

/**
 * The audit trail of applications: append-only, written in the same transaction as the change it records.
 */
@Component
class ChangeLog {

	private final JdbcClient jdbc;

	ChangeLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(ApplicationId application, Actor actor, String action, Instant at, @Nullable String before,
			@Nullable String after, @Nullable String reason) {
		jdbc.sql("""
				INSERT INTO intake_application_change
				  (id, application_id, at, actor_id, actor_name, action, before_value, after_value, reason)
				VALUES (:id, :application, :at, :actor, :actorName, :action, :before, :after, :reason)""")
			.param("id", UUID.randomUUID())
			.param("application", application.value())
			.param("at", Timestamp.from(at))
			.param("actor", actor.accountId() == null ? null : actor.accountId().value())
			.param("actorName", actor.name())
			.param("action", action)
			.param("before", before)
			.param("after", after)
			.param("reason", reason)
			.update();
	}

	List<ApplicationChange> of(ApplicationId application) {
		return jdbc.sql("""
				SELECT at, actor_name, action, before_value, after_value, reason FROM intake_application_change
				WHERE application_id = :application ORDER BY seq""")
			.param("application", application.value())
			.query((rs, row) -> new ApplicationChange(rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
					rs.getString("action"), rs.getString("before_value"), rs.getString("after_value"),
					rs.getString("reason")))
			.list();
	}

}
