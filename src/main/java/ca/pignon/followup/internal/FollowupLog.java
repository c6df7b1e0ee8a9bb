package ca.pignon.followup.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.followup.FollowupEvent;
import ca.pignon.platform.People;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;

/** What happened to a dossier's follow-up, for its timeline: who, when, what (a message key) and why. */
@Repository
public class FollowupLog {

	private final JdbcClient jdbc;

	private final People people;

	FollowupLog(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	public void write(ApplicationId application, Instant at, Actor actor, String what, @Nullable String detail) {
		jdbc.sql("""
				INSERT INTO followup_log (application_id, at, actor_account, what, detail)
				VALUES (:id, :at, :actor, :what, :detail)""")
			.param("id", application.value())
			.param("at", Timestamp.from(at))
			.param("actor", actor.accountId() == null ? null : actor.accountId().value())
			.param("what", what)
			.param("detail", detail)
			.update();
	}

	/** The timeline, with the name of who did each thing looked up now (a legacy name when no account was kept). */
	public List<FollowupEvent> of(ApplicationId application) {
		record Line(Instant at, @Nullable UUID account, @Nullable String legacy, String what, @Nullable String detail) {
		}
		List<Line> lines = jdbc.sql("""
				SELECT at, actor_account, actor, what, detail FROM followup_log WHERE application_id = :id
				ORDER BY at, id""")
			.param("id", application.value())
			.query((rs, n) -> new Line(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
		Map<AccountId, String> names = people.namesOf(
				lines.stream().filter(line -> line.account() != null).map(line -> new AccountId(line.account())).toList());
		return lines.stream()
			.map(line -> new FollowupEvent(line.at(), line.account() != null ? names.get(new AccountId(line.account()))
					: line.legacy() != null ? line.legacy() : people.nameOf((AccountId) null), line.what(),
					line.detail()))
			.toList();
	}

}
