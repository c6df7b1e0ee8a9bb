package ca.pignon.selection.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.platform.People;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.SelectionInputs;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.RoundClosed;
import ca.pignon.selection.RoundDetails;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.RoundOpened;
import ca.pignon.selection.SelectionRefused;
import ca.pignon.selection.StaffRef;
import ca.pignon.selection.TeamDetails;
import ca.pignon.selection.TeamPlaces;
import ca.pignon.shared.AccountId;

/**
 * Rounds: opening one (with its teams, its places and the grid version of the day) takes in every eligible
 * application not already retained in an earlier round; an application that becomes eligible while the round is
 * open joins it; closing ends the decisions.
 */
@Component
public class RoundWorkflow {

	static final int NAME_MAX = 120;

	static final int PLACES_MAX = 10_000;

	private final IntakeRounds rounds;

	private final Candidates candidates;

	private final RoundCandidates dossiers;

	private final GridCatalogue grids;

	private final Standings standings;

	private final IntakeManagement intake;

	private final SelectionLog log;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MerchantFacts merchants;

	private final People people;

	RoundWorkflow(IntakeRounds rounds, Candidates candidates, RoundCandidates dossiers, GridCatalogue grids,
			Standings standings, IntakeManagement intake, SelectionLog log, JdbcClient jdbc, NamedParameterJdbcTemplate batch,
			ApplicationEventPublisher events, Clock clock, MerchantFacts merchants, People people) {
		this.merchants = merchants;
		this.people = people;
		this.rounds = rounds;
		this.candidates = candidates;
		this.dossiers = dossiers;
		this.grids = grids;
		this.standings = standings;
		this.intake = intake;
		this.log = log;
		this.jdbc = jdbc;
		this.batch = batch;
		this.events = events;
		this.clock = clock;
	}

	public RoundId open(@Nullable String name, List<TeamPlaces> teams, Actor by) {
		AccountId manager = RoundCandidates.accountOf(by);
		String roundName = name == null ? "" : name.strip();
		if (roundName.isEmpty()) {
			throw SelectionRefused.about("name", "selection.round.name.required");
		}
		if (roundName.length() > NAME_MAX) {
			throw SelectionRefused.about("name", "selection.round.name.tooLong", NAME_MAX);
		}
		if (rounds.nameTaken(roundName)) {
			throw SelectionRefused.about("name", "selection.round.name.taken", roundName);
		}
		if (teams.isEmpty()) {
			throw SelectionRefused.about("teams", "selection.round.teams.required");
		}
		Set<RoundTeam> roundTeams = new HashSet<>();
		Set<RoundTeamMember> members = new HashSet<>();
		Set<String> teamNames = new HashSet<>();
		Set<AccountId> advisors = new HashSet<>();
		for (TeamPlaces team : teams) {
			String teamName = team.name() == null ? "" : team.name().strip();
			if (teamName.isEmpty() || teamName.length() > NAME_MAX) {
				throw SelectionRefused.about("teams", "selection.round.team.name.required");
			}
			if (!teamNames.add(teamName.toLowerCase(Locale.ROOT))) {
				throw SelectionRefused.about("teams", "selection.round.team.name.duplicate", teamName);
			}
			if (team.places() < 0 || team.places() > PLACES_MAX) {
				throw SelectionRefused.about("teams", "selection.round.team.places.invalid", teamName);
			}
			if (team.advisors().isEmpty()) {
				throw SelectionRefused.about("teams", "selection.round.team.advisors.required", teamName);
			}
			roundTeams.add(new RoundTeam(teamName, team.places()));
			for (AccountId advisor : team.advisors()) {
				StaffRef staff = dossiers.staff(advisor, "selection.round.team.advisor.invalid");
				if (!advisors.add(advisor)) {
					throw SelectionRefused.about("teams", "selection.round.team.advisor.twoTeams", staff.name());
				}
				members.add(new RoundTeamMember(teamName, advisor.value(), staff.name()));
			}
		}
		if (roundTeams.stream().mapToInt(RoundTeam::places).sum() < 1) {
			throw SelectionRefused.about("teams", "selection.round.places.none");
		}
		rounds.findOpen().ifPresent(open -> {
			throw new SelectionRefused("selection.refused.roundAlreadyOpen", open.name());
		});
		Instant now = clock.instant();
		IntakeRound round = IntakeRound.open(roundName, grids.currentVersion(), roundTeams, members, manager, now);
		try {
			rounds.save(round);
		}
		catch (DataIntegrityViolationException ex) {
			// another manager opened a round, or took the name, at the same moment
			throw new SelectionRefused("selection.refused.roundAlreadyOpen", roundName);
		}
		log.record(round.id(), null, by, "ROUND_OPENED", now, null, roundName, null);
		Set<UUID> retainedBefore = new HashSet<>(jdbc
			.sql("SELECT application_id FROM selection_candidate WHERE decision = 'RETAINED'")
			.query(UUID.class)
			.list());
		List<SelectionInputs> eligible = intake.eligibleForSelection()
			.stream()
			.filter(application -> !retainedBefore.contains(application.id().value()))
			.toList();
		admit(round, eligible, by, now);
		events.publishEvent(new RoundOpened(round.roundId(), roundName, round.gridVersion(), round.places(),
				eligible.size(), now));
		return round.roundId();
	}

	public void close(RoundId id, Actor by) {
		AccountId manager = RoundCandidates.accountOf(by);
		IntakeRound round = dossiers.locked(id);
		Instant now = clock.instant();
		round.close(manager, now);
		try {
			rounds.save(round);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new SelectionRefused("selection.refused.roundClosed", round.name());
		}
		log.record(round.id(), null, by, "ROUND_CLOSED", now, null, round.name(), null);
		Map<String, Integer> counts = counts(round.id());
		events.publishEvent(new RoundClosed(id, counts.getOrDefault(DecisionStatus.RETAINED.name(), 0),
				counts.getOrDefault(DecisionStatus.WAITLISTED.name(), 0), now));
	}

	public Optional<IntakeRound> openRound() {
		return rounds.findOpen();
	}

	public List<IntakeRound> all() {
		return rounds.findNewestFirst();
	}

	/**
	 * Brings the open round in line with the application as intake has it now: an application that became eligible
	 * joins; one that stopped being eligible leaves the ranking (its dossier and scores are kept). Idempotent, so that
	 * it can follow any event about the application, in any order, as often as the events are delivered.
	 */
	public void followIntake(ApplicationId application) {
		Optional<IntakeRound> open = rounds.findOpen();
		if (open.isEmpty()) {
			return;
		}
		IntakeRound round = open.get();
		Optional<SelectionInputs> inputs = intake.selectionInputs(application);
		if (inputs.isEmpty()) {
			return;
		}
		boolean eligible = inputs.get().isCandidate();
		Optional<Candidate> known = candidates.findInRound(round.id(), application.value());
		Instant now = clock.instant();
		if (known.isPresent()) {
			Candidate candidate = known.get();
			if (candidate.eligible() != eligible) {
				candidate.eligible(eligible);
				dossiers.save(candidate);
				standings.eligible(candidate.id(), eligible);
				log.record(candidate, RoundCandidates.PIGNON, eligible ? "ELIGIBILITY_REGAINED" : "ELIGIBILITY_LOST", now,
						null, inputs.get().eligibility() == null ? null : inputs.get().eligibility().name(), null);
			}
			return;
		}
		boolean retainedBefore = jdbc.sql("""
				SELECT count(*) > 0 FROM selection_candidate WHERE application_id = :application AND decision = 'RETAINED'""")
			.param("application", application.value())
			.query(Boolean.class)
			.single();
		if (eligible && !retainedBefore) {
			admit(round, List.of(inputs.get()), RoundCandidates.PIGNON, now);
		}
	}

	/**
	 * Takes applications into a round: their inputs as read now, their first (incomplete) standing, a line in the
	 * trail each. Written in batches: opening a round with ten thousand applications takes seconds, not minutes.
	 */
	void admit(IntakeRound round, List<SelectionInputs> applications, Actor by, Instant now) {
		GridVersion grid = grids.version(round.gridVersion());
		List<MapSqlParameterSource> rows = new ArrayList<>();
		List<MapSqlParameterSource> standingRows = new ArrayList<>();
		List<MapSqlParameterSource> logRows = new ArrayList<>();
		// the program area, read as the other inputs are: as the dossier says it when the application enters
		var facts = merchants.of(applications.stream().map(SelectionInputs::id).toList());
		for (SelectionInputs application : applications) {
			if (!application.isCandidate()) {
				continue;
			}
			UUID id = UUID.randomUUID();
			AutomaticInputs inputs = AutomaticInputs.read(application);
			rows.add(new MapSqlParameterSource().addValue("id", id)
				.addValue("round", round.id())
				.addValue("application", application.id().value())
				.addValue("account", application.accountId().value())
				.addValue("areaCode", MerchantFacts.areaCode(facts, application.id()))
				.addValue("areaName", MerchantFacts.areaName(facts, application.id()))
				.addValue("submittedAt", Timestamp.from(application.submittedAt()))
				.addValue("readAt", Timestamp.from(now))
				.addValue("hours", inputs.hoursPerWeek())
				.addValue("workBy", inputs.workBy())
				.addValue("online", inputs.onlinePresence())
				.addValue("employees", inputs.employees())
				.addValue("naics", inputs.naicsCode()));
			var score = ScoreCalculator.compute(grid, inputs, Map.of(), 0);
			standingRows.add(new MapSqlParameterSource().addValue("candidate", id)
				.addValue("round", round.id())
				.addValue("application", application.id().value())
				.addValue("submittedAt", Timestamp.from(application.submittedAt()))
				.addValue("grid", grid.version())
				.addValue("total", score.total())
				.addValue("engagement", score.engagement())
				.addValue("impact", score.impact())
				.addValue("complete", score.complete())
				.addValue("at", Timestamp.from(now)));
			logRows.add(new MapSqlParameterSource().addValue("id", UUID.randomUUID())
				.addValue("round", round.id())
				.addValue("application", application.id().value())
				.addValue("candidate", id)
				.addValue("at", Timestamp.from(now))
				.addValue("actor", by.accountId() == null ? null : by.accountId().value())
				.addValue("after", describe(inputs)));
		}
		int[] inserted = batch.batchUpdate("""
				INSERT INTO selection_candidate (id, round_id, application_id, account_id, area_code, area_name,
				  submitted_at, eligible, inputs_read_at, hours_per_week, work_by, online_presence, employees, naics_code)
				VALUES (:id, :round, :application, :account, :areaCode, :areaName, :submittedAt, TRUE, :readAt,
				  :hours, :workBy, :online, :employees, :naics)
				ON CONFLICT (round_id, application_id) DO NOTHING""", rows.toArray(MapSqlParameterSource[]::new));
		List<MapSqlParameterSource> newStandings = new ArrayList<>();
		List<MapSqlParameterSource> newLogRows = new ArrayList<>();
		for (int i = 0; i < inserted.length; i++) {
			// an application taken in at the same moment by its own event is not taken twice
			if (inserted[i] != 0) {
				newStandings.add(standingRows.get(i));
				newLogRows.add(logRows.get(i));
			}
		}
		batch.batchUpdate("""
				INSERT INTO selection_standing (candidate_id, round_id, application_id, submitted_at, eligible,
				  grid_version, total, engagement, impact, complete, flagged, computed_at)
				VALUES (:candidate, :round, :application, :submittedAt, TRUE, :grid, :total, :engagement, :impact,
				  :complete, FALSE, :at)""",
				newStandings.toArray(MapSqlParameterSource[]::new));
		batch.batchUpdate("""
				INSERT INTO selection_log (id, round_id, application_id, candidate_id, at, actor_id, action, after_value)
				VALUES (:id, :round, :application, :candidate, :at, :actor, 'CANDIDATE_ADDED', :after)""",
				newLogRows.toArray(MapSqlParameterSource[]::new));
	}

	public RoundDetails details(IntakeRound round) {
		Map<String, Integer> counts = counts(round.id());
		Map<String, Integer> taken = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT advisor_team, count(*) AS taken FROM selection_candidate
				WHERE round_id = :round AND decision = 'RETAINED' AND advisor_team IS NOT NULL GROUP BY advisor_team""")
			.param("round", round.id())
			.query(rs -> {
				taken.put(rs.getString("advisor_team"), rs.getInt("taken"));
			});
		List<TeamDetails> teams = round.teams()
			.stream()
			.map(team -> new TeamDetails(team.name(), team.places(), taken.getOrDefault(team.name(), 0),
					round.members(team.name())
						.stream()
						.map(member -> new StaffRef(new AccountId(member.advisorId()), member.advisorName()))
						.toList()))
			.toList();
		return new RoundDetails(round.roundId(), round.name(), round.status(), round.gridVersion(), teams,
				round.openedAt(), people.nameOf(round.openedBy()), round.closedAt(),
				round.closedBy() == null ? null : people.nameOf(round.closedBy()),
				counts.getOrDefault("CANDIDATES", 0), counts.getOrDefault(DecisionStatus.RETAINED.name(), 0),
				counts.getOrDefault(DecisionStatus.WAITLISTED.name(), 0),
				counts.getOrDefault(DecisionStatus.NOT_RETAINED.name(), 0),
				counts.getOrDefault(DecisionStatus.WITHDRAWN.name(), 0), round.version());
	}

	private Map<String, Integer> counts(UUID round) {
		Map<String, Integer> counts = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT coalesce(decision, 'NONE') AS decision, count(*) AS n FROM selection_candidate
				WHERE round_id = :round AND (eligible OR decision IS NOT NULL) GROUP BY decision""")
			.param("round", round)
			.query(rs -> {
				counts.put(rs.getString("decision"), rs.getInt("n"));
			});
		counts.put("CANDIDATES", jdbc
			.sql("SELECT count(*) FROM selection_candidate WHERE round_id = :round AND eligible")
			.param("round", round)
			.query(Integer.class)
			.single());
		return counts;
	}

	static String describe(AutomaticInputs inputs) {
		return "HOURS_PER_WEEK=" + inputs.hoursPerWeek() + ", WORK_BY=" + inputs.workBy() + ", ONLINE_PRESENCE="
				+ inputs.onlinePresence() + ", EMPLOYEES=" + inputs.employees() + ", SECTOR=" + inputs.naicsCode();
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
