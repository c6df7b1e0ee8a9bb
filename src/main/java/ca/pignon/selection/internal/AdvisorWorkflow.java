package ca.pignon.selection.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.selection.AdvisorAreasSet;
import ca.pignon.selection.AdvisorSuggestion;
import ca.pignon.selection.AssignedMerchant;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.MerchantAssigned;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.SelectionRefused;
import ca.pignon.selection.StaffRef;
import ca.pignon.shared.AccountId;

/**
 * Retained merchants and their advisors: suggestions by caseload and area, the place an assignment takes in its
 * team, hand-overs (the dossier and its whole timeline go with the merchant), and the areas advisors cover.
 */
@Component
public class AdvisorWorkflow {

	static final int REASON_MAX = 2000;

	static final int AREA_MAX = 20;

	private final RoundCandidates dossiers;

	private final Candidates candidates;

	private final Reviews reviews;

	private final SelectionLog log;

	private final DecisionMails mails;

	private final SelectionSettings settings;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MerchantFacts merchants;

	AdvisorWorkflow(RoundCandidates dossiers, Candidates candidates, Reviews reviews, SelectionLog log, DecisionMails mails,
			SelectionSettings settings, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			MerchantFacts merchants) {
		this.merchants = merchants;
		this.dossiers = dossiers;
		this.candidates = candidates;
		this.reviews = reviews;
		this.log = log;
		this.mails = mails;
		this.settings = settings;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The advisors of the round's teams who could take the merchant, in the order {@link AdvisorOrder} says; not the
	 * merchant's current advisor, nor anyone who declared a conflict of interest on the application.
	 */
	public List<AdvisorSuggestion> suggest(IntakeRound round, Candidate candidate) {
		Map<UUID, Integer> caseloads = new HashMap<>();
		jdbc.sql("""
				SELECT advisor_id, count(*) AS n FROM selection_candidate
				WHERE decision = 'RETAINED' AND advisor_id IS NOT NULL GROUP BY advisor_id""")
			.query(rs -> {
				caseloads.put(rs.getObject("advisor_id", UUID.class), rs.getInt("n"));
			});
		Map<String, Integer> taken = takenByTeam(round);
		Set<UUID> covering = covering(round, candidate.areaCode());
		UUID current = candidate.advisor() == null ? null : candidate.advisor().advisorId();
		List<AdvisorSuggestion> suggestions = round.members()
			.stream()
			.filter(member -> !member.advisorId().equals(current))
			.filter(member -> !reviews.conflicted(candidate.applicationId().value(), member.advisorId()))
			.map(member -> new AdvisorSuggestion(new StaffRef(new AccountId(member.advisorId()), member.advisorName()),
					member.teamName(), caseloads.getOrDefault(member.advisorId(), 0),
					covering.contains(member.advisorId()),
					Math.max(0, round.places(member.teamName()) - taken.getOrDefault(member.teamName(), 0))))
			.toList();
		return AdvisorOrder.order(suggestions, settings.areaAffinity());
	}

	/**
	 * The assignment of a merchant to an advisor of the round, refused when the advisor is not in the round's teams,
	 * declared a conflict of interest, or when the places are taken.
	 * @param newPlace the merchant takes one of the round's places (a decision), rather than moving (a hand-over)
	 */
	AdvisorAssignment place(IntakeRound round, Candidate candidate, AccountId advisor, boolean newPlace, Instant now) {
		RoundTeamMember member = round.member(advisor)
			.orElseThrow(() -> SelectionRefused.about("advisor", "selection.decision.advisor.notInRound", round.name()));
		dossiers.staff(advisor, "selection.decision.advisor.invalid");
		if (reviews.conflicted(candidate.applicationId().value(), advisor.value())) {
			throw SelectionRefused.about("advisor", "selection.decision.advisor.conflicted", member.advisorName());
		}
		if (newPlace && retained(round) >= round.places()) {
			throw new SelectionRefused("selection.refused.noPlaceLeft", round.name(), round.places());
		}
		boolean sameTeam = candidate.advisor() != null
				&& candidate.advisor().advisorTeam().equals(member.teamName());
		if (!sameTeam && takenByTeam(round).getOrDefault(member.teamName(), 0) >= round.places(member.teamName())) {
			throw SelectionRefused.about("advisor", "selection.decision.advisor.teamFull", member.teamName());
		}
		return new AdvisorAssignment(advisor.value(), member.advisorName(), member.teamName(), now);
	}

	/** Records that an assignment starts: its history row, the trail, the event. */
	void started(Candidate candidate, AdvisorAssignment assignment, @Nullable AdvisorAssignment previous, Actor by,
			Instant now, @Nullable String reason) {
		jdbc.sql("""
				INSERT INTO selection_assignment (id, candidate_id, application_id, advisor_id, advisor_name, area_code,
				  started_at, started_by_id)
				VALUES (:id, :candidate, :application, :advisor, :name, :area, :at, :by)""")
			.param("id", UUID.randomUUID())
			.param("candidate", candidate.id())
			.param("application", candidate.applicationId().value())
			.param("advisor", assignment.advisorId())
			.param("name", assignment.advisorName())
			.param("area", candidate.areaCode())
			.param("at", Timestamp.from(now))
			.param("by", by.accountId() == null ? null : by.accountId().value())
			.update();
		log.record(candidate, by, previous == null ? "ADVISOR_ASSIGNED" : "ADVISOR_REASSIGNED", now,
				previous == null ? null : previous.advisorName(),
				assignment.advisorName() + " (" + assignment.advisorTeam() + ")", reason);
		events.publishEvent(new MerchantAssigned(candidate.roundId(), candidate.applicationId(),
				candidate.accountId(), new AccountId(assignment.advisorId()),
				previous == null ? null : new AccountId(previous.advisorId()), now));
	}

	/** Records that an assignment ends (hand-over, decision changed, withdrawal). */
	void ended(Candidate candidate, AdvisorAssignment assignment, Actor by, Instant now, String reason,
			boolean handOver) {
		jdbc.sql("""
				UPDATE selection_assignment SET ended_at = :at, end_reason = :reason
				WHERE candidate_id = :candidate AND advisor_id = :advisor AND ended_at IS NULL""")
			.param("at", Timestamp.from(now))
			.param("reason", reason)
			.param("candidate", candidate.id())
			.param("advisor", assignment.advisorId())
			.update();
		if (!handOver) {
			log.record(candidate, by, "ADVISOR_RELEASED", now, assignment.advisorName(), null, reason);
		}
	}

	/** Hands a retained merchant over to another advisor; their dossier and its timeline follow them unchanged. */
	public void reassign(RoundId roundId, ApplicationId application, AccountId advisor, @Nullable String reason,
			long expectedVersion, Actor by) {
		RoundCandidates.accountOf(by);
		IntakeRound round = dossiers.locked(roundId);
		Candidate candidate = dossiers.candidate(round, application);
		dossiers.requireVersion(candidate, expectedVersion);
		AdvisorAssignment previous = candidate.advisor();
		if (candidate.status() != DecisionStatus.RETAINED || previous == null) {
			throw new SelectionRefused("selection.refused.notRetained");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw SelectionRefused.about("reason", "selection.reassign.reason.required");
		}
		if (why.length() > REASON_MAX) {
			throw SelectionRefused.about("reason", "selection.reassign.reason.tooLong", REASON_MAX);
		}
		if (previous.advisorId().equals(advisor.value())) {
			throw SelectionRefused.about("advisor", "selection.reassign.sameAdvisor", previous.advisorName());
		}
		Instant now = clock.instant();
		AdvisorAssignment next = place(round, candidate, advisor, false, now);
		candidate.handOver(next);
		dossiers.save(candidate);
		ended(candidate, previous, by, now, why, true);
		started(candidate, next, previous, by, now, why);
		mails.handOver(round, candidate, assignments(candidate), by, now);
	}

	/** Replaces the areas (arrondissement codes, or municipality codes outside Ville de Québec) an advisor covers. */
	public void setAreas(AccountId advisor, Set<String> areas, Actor by) {
		RoundCandidates.accountOf(by);
		StaffRef staff = dossiers.staff(advisor, "selection.refused.advisorInvalid");
		Set<String> codes = new TreeSet<>();
		for (String area : areas) {
			String code = area == null ? "" : area.strip();
			if (code.isEmpty() || code.length() > AREA_MAX) {
				throw SelectionRefused.about("areas", "selection.area.invalid", code);
			}
			codes.add(code);
		}
		Set<String> before = areas(advisor);
		jdbc.sql("DELETE FROM selection_advisor_area WHERE advisor_id = :advisor").param("advisor", advisor.value())
			.update();
		for (String code : codes) {
			jdbc.sql("INSERT INTO selection_advisor_area (advisor_id, area_code) VALUES (:advisor, :area)")
				.param("advisor", advisor.value())
				.param("area", code)
				.update();
		}
		Instant now = clock.instant();
		log.record(null, null, by, "ADVISOR_AREAS_SET", now, staff.name() + " : " + String.join(", ", before),
				staff.name() + " : " + String.join(", ", codes), null);
		events.publishEvent(new AdvisorAreasSet(advisor, codes, now));
	}

	public Set<String> areas(AccountId advisor) {
		return new TreeSet<>(jdbc.sql("SELECT area_code FROM selection_advisor_area WHERE advisor_id = :advisor")
			.param("advisor", advisor.value())
			.query(String.class)
			.list());
	}

	public List<AssignedMerchant> caseload(AccountId advisor) {
		Map<UUID, String> roundNames = new HashMap<>();
		jdbc.sql("SELECT id, name FROM selection_round").query(rs -> {
			roundNames.put(rs.getObject("id", UUID.class), rs.getString("name"));
		});
		List<Candidate> caseload = candidates.findCaseloadOf(advisor.value());
		var facts = merchants.of(caseload.stream().map(Candidate::applicationId).toList());
		return caseload.stream()
			.map(candidate -> new AssignedMerchant(candidate.roundId(), roundNames.get(candidate.roundId().value()),
					candidate.applicationId(), candidate.accountId(), MerchantFacts.name(facts, candidate.applicationId()),
					candidate.areaName(), candidate.advisor().assignedAt()))
			.toList();
	}

	public Optional<StaffRef> advisorOf(ApplicationId application) {
		return jdbc.sql("""
				SELECT advisor_id, advisor_name FROM selection_candidate
				WHERE application_id = :application AND decision = 'RETAINED' AND advisor_id IS NOT NULL
				ORDER BY assigned_at DESC LIMIT 1""")
			.param("application", application.value())
			.query((rs, row) -> new StaffRef(new AccountId(rs.getObject(1, UUID.class)), rs.getString(2)))
			.optional();
	}

	int retained(IntakeRound round) {
		return jdbc.sql("SELECT count(*) FROM selection_candidate WHERE round_id = :round AND decision = 'RETAINED'")
			.param("round", round.id())
			.query(Integer.class)
			.single();
	}

	private Map<String, Integer> takenByTeam(IntakeRound round) {
		Map<String, Integer> taken = new HashMap<>();
		jdbc.sql("""
				SELECT advisor_team, count(*) AS n FROM selection_candidate
				WHERE round_id = :round AND decision = 'RETAINED' AND advisor_team IS NOT NULL GROUP BY advisor_team""")
			.param("round", round.id())
			.query(rs -> {
				taken.put(rs.getString("advisor_team"), rs.getInt("n"));
			});
		return taken;
	}

	/**
	 * Advisors who cover an area: declared by a manager, or learned from the merchants of that area they accompanied
	 * in earlier rounds (not this one: within a round, caseloads are what balances the work).
	 */
	private Set<UUID> covering(IntakeRound round, @Nullable String area) {
		if (area == null) {
			return Set.of();
		}
		Set<UUID> advisors = new HashSet<>(jdbc
			.sql("SELECT advisor_id FROM selection_advisor_area WHERE area_code = :area")
			.param("area", area)
			.query(UUID.class)
			.list());
		advisors.addAll(jdbc.sql("""
				SELECT DISTINCT a.advisor_id FROM selection_assignment a JOIN selection_candidate c ON c.id = a.candidate_id
				WHERE a.area_code = :area AND c.round_id <> :round""")
			.param("area", area)
			.param("round", round.id())
			.query(UUID.class)
			.list());
		return advisors;
	}

	private int assignments(Candidate candidate) {
		return jdbc.sql("SELECT count(*) FROM selection_assignment WHERE candidate_id = :candidate")
			.param("candidate", candidate.id())
			.query(Integer.class)
			.single();
	}

}
