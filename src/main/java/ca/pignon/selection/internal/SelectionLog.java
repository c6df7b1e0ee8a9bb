package ca.pignon.selection.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.platform.People;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;
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

	private final People people;

	SelectionLog(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	void record(@Nullable UUID round, @Nullable Candidate candidate, Actor actor, String action, Instant at,
			@Nullable String before, @Nullable String after, @Nullable String reason) {
		jdbc.sql("""
				INSERT INTO selection_log (id, round_id, application_id, candidate_id, at, actor_id, action,
				  before_value, after_value, reason)
				VALUES (:id, :round, :application, :candidate, :at, :actor, :action, :before, :after, :reason)""")
			.param("id", UUID.randomUUID())
			.param("round", round)
			.param("application", candidate == null ? null : candidate.applicationId().value())
			.param("candidate", candidate == null ? null : candidate.id())
			.param("at", Timestamp.from(at))
			.param("actor", actor.accountId() == null ? null : actor.accountId().value())
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
				SELECT l.at, l.actor_id, l.actor_name, l.action, r.name AS round_name, l.before_value, l.after_value,
				  l.reason
				FROM selection_log l LEFT JOIN selection_round r ON r.id = l.round_id
				WHERE l.application_id = :application ORDER BY l.seq""")
			.param("application", application.value())
			.query((rs, row) -> new Line(rs.getTimestamp("at").toInstant(), actor(rs),
					rs.getString("action"), rs.getString("round_name"), rs.getString("before_value"),
					rs.getString("after_value"), rs.getString("reason")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(),
					this::named));
	}

	/**
	 * The last change to the dossier itself (what changes its version: a decision, a withdrawal, a hand-over, its
	 * eligibility), for a refusal on a stale version to say who did what.
	 */
	Optional<Line> lastChange(Candidate candidate) {
		return jdbc.sql("""
				SELECT at, actor_id, actor_name, action, before_value, after_value, reason FROM selection_log
				WHERE candidate_id = :candidate
				  AND action IN ('DECIDED', 'WITHDRAWN', 'ADVISOR_REASSIGNED', 'ELIGIBILITY_LOST', 'ELIGIBILITY_REGAINED',
				    'CANDIDATE_ADDED')
				ORDER BY seq DESC LIMIT 1""")
			.param("candidate", candidate.id())
			.query((rs, row) -> new Line(rs.getTimestamp("at").toInstant(), actor(rs), rs.getString("action"), null,
					rs.getString("before_value"), rs.getString("after_value"), rs.getString("reason")))
			.optional()
			.map(line -> named(List.of(line)).get(0));
	}

	/**
	 * Who did it, as stored: {@code account:<id>} for an account, to be named when read ({@link #named}), or the legacy
	 * name of a line written before accounts alone were kept ("Pignon" for the rules).
	 */
	private static String actor(java.sql.ResultSet rs) throws java.sql.SQLException {
		UUID account = rs.getObject("actor_id", UUID.class);
		String legacy = rs.getString("actor_name");
		return account != null ? ACCOUNT + account : legacy != null ? legacy : "";
	}

	private List<Line> named(List<Line> lines) {
		Map<AccountId, String> names = people.namesOf(lines.stream()
			.filter(line -> line.actorName().startsWith(ACCOUNT))
			.map(line -> new AccountId(UUID.fromString(line.actorName().substring(ACCOUNT.length()))))
			.toList());
		return lines.stream().map(line -> {
			String name = line.actorName().startsWith(ACCOUNT)
					? names.get(new AccountId(UUID.fromString(line.actorName().substring(ACCOUNT.length()))))
					: line.actorName().isEmpty() ? people.nameOf(Actor.RULES) : line.actorName();
			return new Line(line.at(), name, line.action(), line.roundName(), line.before(), line.after(),
					line.reason());
		}).toList();
	}

	private static final String ACCOUNT = "account:";

	private static @Nullable String cut(@Nullable String text) {
		return text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
	}

}
