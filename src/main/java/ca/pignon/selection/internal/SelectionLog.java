package ca.pignon.selection.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.intake.Actor;
import ca.pignon.shared.ApplicationId;

/**
 * Selection's audit trail: append-only, written in the same transaction as the change it records. A dossier's
 * lines carry its application; a round's own lines (opened, closed) and the grid's do not.
 */
@Component
public class SelectionLog {

	/** One line, with the round's name for the timeline. */
	public record Line(Instant at, String actorName, String action, @Nullable String roundName,
			@Nullable String before, @Nullable String after, @Nullable String reason) {
	}

	private final JdbcClient jdbc;

	SelectionLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(@Nullable UUID round, @Nullable Candidate candidate, Actor actor, String action, Instant at,
			@Nullable String before, @Nullable String after, @Nullable String reason) {
		jdbc.sql("""
				INSERT INTO selection_log (id, round_id, application_id, candidate_id, at, actor_id, actor_name, action,
				  before_value, after_value, reason)
				VALUES (:id, :round, :application, :candidate, :at, :actor, :actorName, :action, :before, :after,
				  :reason)""")
			.param("id", UUID.randomUUID())
			.param("round", round)
			.param("application", candidate == null ? null : candidate.applicationId().value())
			.param("candidate", candidate == null ? null : candidate.id())
			.param("at", Timestamp.from(at))
			.param("actor", actor.accountId() == null ? null : actor.accountId().value())
			.param("actorName", actor.name())
			.param("action", action)
			.param("before", cut(before))
			.param("after", cut(after))
			.param("reason", cut(reason))
			.update();
	}

	void record(Candidate candidate, Actor actor, String action, Instant at, @Nullable String before,
			@Nullable String after, @Nullable String reason) {
		record(candidate.roundId().value(), candidate, actor, action, at, before, after, reason);
	}

	/** Every line about an application, all rounds, in the order written. */
	List<Line> of(ApplicationId application) {
		return jdbc.sql("""
				SELECT l.at, l.actor_name, l.action, r.name AS round_name, l.before_value, l.after_value, l.reason
				FROM selection_log l LEFT JOIN selection_round r ON r.id = l.round_id
				WHERE l.application_id = :application ORDER BY l.seq""")
			.param("application", application.value())
			.query((rs, row) -> new Line(rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
					rs.getString("action"), rs.getString("round_name"), rs.getString("before_value"),
					rs.getString("after_value"), rs.getString("reason")))
			.list();
	}

	/**
	 * The last change to the dossier itself (what changes its version: a decision, a withdrawal, a hand-over, its
	 * eligibility), for a refusal on a stale version to say who did what.
	 */
	Optional<Line> lastChange(Candidate candidate) {
		return jdbc.sql("""
				SELECT at, actor_name, action, before_value, after_value, reason FROM selection_log
				WHERE candidate_id = :candidate
				  AND action IN ('DECIDED', 'WITHDRAWN', 'ADVISOR_REASSIGNED', 'ELIGIBILITY_LOST', 'ELIGIBILITY_REGAINED',
				    'CANDIDATE_ADDED')
				ORDER BY seq DESC LIMIT 1""")
			.param("candidate", candidate.id())
			.query((rs, row) -> new Line(rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
					rs.getString("action"), null, rs.getString("before_value"), rs.getString("after_value"),
					rs.getString("reason")))
			.optional();
	}

	private static @Nullable String cut(@Nullable String text) {
		return text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
	}

}
