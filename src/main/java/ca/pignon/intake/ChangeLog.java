package ca.pignon.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.platform.People;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;

/**
 * The audit trail of applications: append-only, written in the same transaction as the change it records.
 */
@Component
class ChangeLog {

	private final JdbcClient jdbc;

	private final People people;

	ChangeLog(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	void record(ApplicationId application, Actor actor, String action, Instant at, @Nullable String before,
			@Nullable String after, @Nullable String reason) {
		jdbc.sql("""
				INSERT INTO intake_application_change
				  (id, application_id, at, actor_id, action, before_value, after_value, reason)
				VALUES (:id, :application, :at, :actor, :action, :before, :after, :reason)""")
			.param("id", UUID.randomUUID())
			.param("application", application.value())
			.param("at", Timestamp.from(at))
			.param("actor", actor.accountId() == null ? null : actor.accountId().value())
			.param("action", action)
			.param("before", before)
			.param("after", after)
			.param("reason", reason)
			.update();
	}

	/** The trail, with who made each change looked up now (a legacy name when no account was kept). */
	List<ApplicationChange> of(ApplicationId application) {
		record Row(ApplicationChange change, @Nullable UUID actor) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT at, actor_id, actor_name, action, before_value, after_value, reason FROM intake_application_change
				WHERE application_id = :application ORDER BY seq""")
			.param("application", application.value())
			.query((rs, row) -> new Row(new ApplicationChange(rs.getTimestamp("at").toInstant(),
					rs.getString("actor_name"), rs.getString("action"), rs.getString("before_value"),
					rs.getString("after_value"), rs.getString("reason")), rs.getObject("actor_id", UUID.class)))
			.list();
		Map<AccountId, String> names = people.namesOf(
				rows.stream().filter(row -> row.actor() != null).map(row -> new AccountId(row.actor())).toList());
		return rows.stream().map(row -> {
			ApplicationChange change = row.change();
			String name = row.actor() != null ? names.get(new AccountId(row.actor()))
					: change.actorName() != null ? change.actorName() : people.nameOf(Actor.RULES);
			return new ApplicationChange(change.at(), name, change.action(), change.before(), change.after(),
					change.reason());
		}).toList();
	}

}
