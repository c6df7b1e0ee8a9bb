package ca.pignon.selection.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.EligibilitySettings.OtherResource;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.ExplainedCriterion;
import ca.pignon.selection.MerchantState;
import ca.pignon.selection.MerchantStatus;
import ca.pignon.selection.MerchantWithdrew;
import ca.pignon.selection.RankingRow;
import ca.pignon.selection.ReasonTemplate;
import ca.pignon.selection.RecordDecision;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.ScoreBreakdown;
import ca.pignon.selection.SelectionDecided;
import ca.pignon.selection.SelectionRefused;
import ca.pignon.shared.AccountId;

/**
 * Decisions: retained (with a place and an advisor), waitlisted (at a position), not retained, each with a reason
 * from the templates as the manager edited it; a merchant's withdrawal; a freed place offered to the next on the
 * waitlist; and what the merchant sees of it all.
 */
@Component
public class DecisionWorkflow {

	static final int REASON_MAX = 1000;

	/** The reasons a manager chooses from, by decision: message keys whose text the manager may edit. */
	static final Map<DecisionStatus, List<String>> TEMPLATES = Map.of(DecisionStatus.RETAINED,
			List.of("selection.reason.RETAINED.withinPlaces", "selection.reason.RETAINED.placeFreed"),
			DecisionStatus.WAITLISTED,
			List.of("selection.reason.WAITLISTED.placesTaken", "selection.reason.WAITLISTED.closeScore"),
			DecisionStatus.NOT_RETAINED,
			List.of("selection.reason.NOT_RETAINED.lowerScore", "selection.reason.NOT_RETAINED.engagement",
					"selection.reason.NOT_RETAINED.projectFit", "selection.reason.NOT_RETAINED.alreadyOnline"),
			DecisionStatus.WITHDRAWN, List.of("selection.reason.WITHDRAWN.merchant"));

	static final String PLACE_FREED = "selection.reason.RETAINED.placeFreed";

	private final RoundCandidates dossiers;

	private final IntakeRounds rounds;

	private final Candidates candidates;

	private final RankingService ranking;

	private final AdvisorWorkflow advisors;

	private final DecisionMails mails;

	private final SelectionLog log;

	private final IntakeManagement intake;

	private final SelectionSettings settings;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DecisionWorkflow(RoundCandidates dossiers, IntakeRounds rounds, Candidates candidates, RankingService ranking,
			AdvisorWorkflow advisors, DecisionMails mails, SelectionLog log, IntakeManagement intake,
			SelectionSettings settings, MessageSource messages, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.dossiers = dossiers;
		this.rounds = rounds;
		this.candidates = candidates;
		this.ranking = ranking;
		this.advisors = advisors;
		this.mails = mails;
		this.log = log;
		this.intake = intake;
		this.settings = settings;
		this.messages = messages;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public List<ReasonTemplate> templates(DecisionStatus status, Locale locale) {
		return TEMPLATES.getOrDefault(status, List.of())
			.stream()
			.map(key -> new ReasonTemplate(status, key, messages.getMessage(key, null, locale)))
			.toList();
	}

	public void decide(RecordDecision decision) {
		Actor by = decision.by();
		AccountId manager = RoundCandidates.accountOf(by);
		DecisionStatus status = decision.status();
		if (status == DecisionStatus.WITHDRAWN) {
			throw SelectionRefused.about("status", "selection.decision.status.invalid");
		}
		IntakeRound round = dossiers.lockedOpen(decision.round());
		dossiers.eligible(decision.application());
		Candidate candidate = dossiers.candidate(round, decision.application());
		dossiers.requireVersion(candidate, decision.expectedVersion());
		if (!TEMPLATES.get(status).contains(decision.reasonKey())) {
			throw SelectionRefused.about("reasonKey", "selection.decision.reason.unknown");
		}
		String reasonText = decision.reasonText() == null ? "" : decision.reasonText().strip();
		if (reasonText.isEmpty()) {
			throw SelectionRefused.about("reasonText", "selection.decision.reasonText.required");
		}
		if (reasonText.length() > REASON_MAX) {
			throw SelectionRefused.about("reasonText", "selection.decision.reasonText.tooLong", REASON_MAX);
		}
		DecisionRecord previous = candidate.decision();
		DecisionStatus before = candidate.status();
		Instant now = clock.instant();
		Integer position = null;
		AdvisorAssignment assignment = null;
		switch (status) {
			case RETAINED -> {
				if (before == DecisionStatus.RETAINED) {
					throw new SelectionRefused("selection.refused.decisionUnchanged");
				}
				if (decision.advisor() == null) {
					throw SelectionRefused.about("advisor", "selection.decision.advisor.required");
				}
				assignment = advisors.place(round, candidate, decision.advisor(), true, now);
			}
			case WAITLISTED -> {
				position = decision.waitlistPosition() == null ? nextPosition(round) : decision.waitlistPosition();
				if (position < 1) {
					throw SelectionRefused.about("waitlistPosition", "selection.decision.position.invalid");
				}
				if (before == DecisionStatus.WAITLISTED && position.equals(previous.waitlistPosition())) {
					throw new SelectionRefused("selection.refused.decisionUnchanged");
				}
				if (positionTaken(round, position)) {
					throw SelectionRefused.about("waitlistPosition", "selection.decision.position.taken", position);
				}
			}
			case NOT_RETAINED -> {
				if (before == DecisionStatus.NOT_RETAINED) {
					throw new SelectionRefused("selection.refused.decisionUnchanged");
				}
			}
			case WITHDRAWN -> throw new IllegalStateException();
		}
		Optional<RankingRow> row = ranking.ranking(round).row(candidate.applicationId());
		AdvisorAssignment formerAdvisor = candidate.advisor();
		candidate.decide(new DecisionRecord(status, position, decision.reasonKey(), reasonText, now, manager.value(),
				row.map(RankingRow::total).orElse(null), row.map(RankingRow::rank).orElse(null)),
				assignment);
		try {
			dossiers.save(candidate);
		}
		catch (DuplicateKeyException ex) {
			throw SelectionRefused.about("waitlistPosition", "selection.decision.position.taken", position);
		}
		log.record(candidate, by, "DECIDED", now, describe(before, previous), describe(status, position), reasonText);
		if (formerAdvisor != null) {
			advisors.ended(candidate, formerAdvisor, by, now, reasonText, false);
		}
		if (assignment != null) {
			advisors.started(candidate, assignment, null, by, now, null);
		}
		mails.decision(round, candidate, by, now);
		events.publishEvent(new SelectionDecided(round.roundId(), candidate.applicationId(), candidate.accountId(),
				status, before, position, now));
	}

	/** A retained or waitlisted merchant withdraws: their place is free; nothing is mailed (they asked). */
	public void withdraw(RoundId roundId, ApplicationId application, @Nullable String note, long expectedVersion,
			Actor by) {
		AccountId manager = RoundCandidates.accountOf(by);
		IntakeRound round = dossiers.lockedOpen(roundId);
		Candidate candidate = dossiers.candidate(round, application);
		dossiers.requireVersion(candidate, expectedVersion);
		DecisionStatus before = candidate.status();
		if (before != DecisionStatus.RETAINED && before != DecisionStatus.WAITLISTED) {
			throw new SelectionRefused("selection.refused.withdrawNotPossible");
		}
		String text = note == null ? "" : note.strip();
		if (text.isEmpty()) {
			throw SelectionRefused.about("note", "selection.withdraw.note.required");
		}
		if (text.length() > REASON_MAX) {
			throw SelectionRefused.about("note", "selection.withdraw.note.tooLong", REASON_MAX);
		}
		Instant now = clock.instant();
		DecisionRecord previous = candidate.decision();
		AdvisorAssignment advisor = candidate.advisor();
		candidate.decide(new DecisionRecord(DecisionStatus.WITHDRAWN, null, "selection.reason.WITHDRAWN.merchant",
				text, now, manager.value(), previous.scoreAtDecision(), previous.rankAtDecision()), null);
		dossiers.save(candidate);
		log.record(candidate, by, "WITHDRAWN", now, describe(before, previous), DecisionStatus.WITHDRAWN.name(), text);
		if (advisor != null) {
			advisors.ended(candidate, advisor, by, now, text, false);
		}
		events.publishEvent(new MerchantWithdrew(round.roundId(), candidate.applicationId(), candidate.accountId(),
				before, advisor == null ? null : new AccountId(advisor.advisorId()), now));
	}

	/**
	 * Offers a freed place to the first on the waitlist who is still eligible, with the advisor given or else the
	 * first suggested, in one action: the decision, the assignment and the mail.
	 */
	public ApplicationId offerFreedPlace(RoundId roundId, @Nullable AccountId advisor, Actor by) {
		RoundCandidates.accountOf(by);
		IntakeRound round = dossiers.lockedOpen(roundId);
		if (advisors.retained(round) >= round.places()) {
			throw new SelectionRefused("selection.refused.noFreePlace", round.name());
		}
		Candidate next = jdbc.sql("""
				SELECT id FROM selection_candidate
				WHERE round_id = :round AND decision = 'WAITLISTED' AND eligible ORDER BY waitlist_position""")
			.param("round", round.id())
			.query(java.util.UUID.class)
			.list()
			.stream()
			.map(id -> candidates.findById(id).orElseThrow())
			.filter(candidate -> intake.selectionInputs(candidate.applicationId())
				.map(inputs -> inputs.isCandidate())
				.orElse(false))
			.findFirst()
			.orElseThrow(() -> new SelectionRefused("selection.refused.waitlistEmpty", round.name()));
		AccountId chosen = advisor != null ? advisor
				: advisors.suggest(round, next)
					.stream()
					.filter(suggestion -> suggestion.available())
					.findFirst()
					.map(suggestion -> suggestion.advisor().id())
					.orElseThrow(() -> new SelectionRefused("selection.refused.noAdvisorAvailable", round.name()));
		decide(new RecordDecision(round.roundId(), next.applicationId(), DecisionStatus.RETAINED, null, chosen,
				PLACE_FREED, messages.getMessage(PLACE_FREED, null, DecisionMails.FRENCH), next.version(), by));
		return next.applicationId();
	}

	/** Selection as the merchant sees it: their latest round, their own dossier only. */
	public Optional<MerchantStatus> statusOf(AccountId merchant, Locale locale) {
		return candidates.findLatestOfAccount(merchant.value()).map(candidate -> {
			IntakeRound round = rounds.findById(candidate.roundId().value()).orElseThrow();
			DecisionRecord decision = candidate.decision();
			MerchantState state = decision == null ? MerchantState.UNDER_REVIEW
					: MerchantState.valueOf(decision.decision().name());
			Integer position = state == MerchantState.WAITLISTED ? currentPosition(round, decision) : null;
			List<ExplainedCriterion> criteria = List.of();
			BigDecimal total = null;
			List<OtherResource> resources = List.of();
			if (state == MerchantState.NOT_RETAINED) {
				ScoreBreakdown score = ranking.breakdown(round, candidate, locale);
				criteria = score.criteria()
					.stream()
					.map(criterion -> new ExplainedCriterion(criterion.label(), criterion.group(), criterion.points(),
							criterion.maxPoints(), !criterion.missing()))
					.toList();
				total = score.total();
				resources = intake.otherResources();
			}
			return new MerchantStatus(round.name(), state, decision == null ? null : decision.decidedAt(),
					decision == null ? null : decision.reasonText(), position,
					state == MerchantState.RETAINED && candidate.advisor() != null ? candidate.advisor().advisorName()
							: null,
					settings.advisorContactDays(), criteria, total, resources);
		});
	}

	/** Today's position: 1 + the waitlisted still ahead (positions stay as decided, places taken leave gaps). */
	private int currentPosition(IntakeRound round, DecisionRecord decision) {
		return 1 + jdbc.sql("""
				SELECT count(*) FROM selection_candidate
				WHERE round_id = :round AND decision = 'WAITLISTED' AND waitlist_position < :position""")
			.param("round", round.id())
			.param("position", decision.waitlistPosition())
			.query(Integer.class)
			.single();
	}

	private int nextPosition(IntakeRound round) {
		return 1 + jdbc.sql("""
				SELECT coalesce(max(waitlist_position), 0) FROM selection_candidate
				WHERE round_id = :round AND decision = 'WAITLISTED'""")
			.param("round", round.id())
			.query(Integer.class)
			.single();
	}

	private boolean positionTaken(IntakeRound round, int position) {
		return jdbc.sql("""
				SELECT count(*) > 0 FROM selection_candidate
				WHERE round_id = :round AND decision = 'WAITLISTED' AND waitlist_position = :position""")
			.param("round", round.id())
			.param("position", position)
			.query(Boolean.class)
			.single();
	}

	private static @Nullable String describe(@Nullable DecisionStatus status, @Nullable DecisionRecord record) {
		return status == null ? null : describe(status, record == null ? null : record.waitlistPosition());
	}

	private static String describe(DecisionStatus status, @Nullable Integer position) {
		return position == null ? status.name() : status.name() + " #" + position;
	}

}
