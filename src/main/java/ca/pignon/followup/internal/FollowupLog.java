package ca.pignon.followup.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.followup.FollowupEvent;
import ca.pignon.shared.ApplicationId;

/** What happened to a dossier's follow-up, for its timeline: who, when, what (a message key) and why. */
@Repository
public class FollowupLog {

	private final JdbcClient jdbc;

	FollowupLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void write(ApplicationId application, Instant at, String actor, String what, @Nullable String detail) {
		jdbc.sql("""
				INSERT INTO followup_log (application_id, at, actor, what, detail)
				VALUES (:id, :at, :actor, :what, :detail)""")
			.param("id", application.value())
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("what", what)
			.param("detail", detail)
			.update();
	}

	public List<FollowupEvent> of(ApplicationId application) {
		return jdbc.sql("SELECT at, actor, what, detail FROM followup_log WHERE application_id = :id ORDER BY at, id")
			.param("id", application.value())
			.query((rs, n) -> new FollowupEvent(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

}
