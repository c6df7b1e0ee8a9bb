package ca.pignon.selection.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import org.springframework.context.ApplicationEventPublisher;

import ca.pignon.platform.People;
import ca.pignon.selection.ReviewerAssigned;
import ca.pignon.selection.ReviewerRemoved;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.selection.CriterionDefinition;
import ca.pignon.selection.CriterionKind;
import ca.pignon.selection.ReviewAssignment;
import ca.pignon.selection.ReviewBoard;
import ca.pignon.selection.ReviewView;
import ca.pignon.selection.ReviewerScore;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.ScoreInput;
import ca.pignon.selection.SelectionRefused;
import ca.pignon.selection.StaffRef;
import ca.pignon.shared.AccountId;

/**
 * Reviews: a manager assigns reviewers; each scores the reviewer criteria with a justification, as a draft until they
 * submit; a reviewer may declare a conflict of interest, and is then out of the application for good.
 */
@Component
public class ReviewWorkflow {

	static final int NOTE_MAX = 1000;

	private final Reviews reviews;

	private final Candidates candidates;

	private final RoundCandidates dossiers;

	private final GridCatalogue grids;

	private final Scoring scoring;

	private final SelectionLog log;

	private final SelectionSettings settings;

	private final Clock clock;

	private final MerchantFacts merchants;

	private final People people;

	private final ApplicationEventPublisher events;

	private final ReviewerMails reviewerMails;

	ReviewWorkflow(Reviews reviews, Candidates candidates, RoundCandidates dossiers, GridCatalogue grids, Scoring scoring,
			SelectionLog log, SelectionSettings settings, Clock clock, MerchantFacts merchants, People people,
			ApplicationEventPublisher events, ReviewerMails reviewerMails) {
		this.reviewerMails = reviewerMails;
		this.events = events;
		this.merchants = merchants;
		this.people = people;
		this.reviews = reviews;
		this.candidates = candidates;
		this.dossiers = dossiers;
		this.grids = grids;
		this.scoring = scoring;
		this.log = log;
		this.settings = settings;
		this.clock = clock;
	}

	public void assign(RoundId roundId, ApplicationId application, AccountId reviewerId, Actor by) {
		RoundCandidates.accountOf(by);
		IntakeRound round = dossiers.openRound(roundId);
		Candidate candidate = dossiers.eligibleCandidate(round, application);
		StaffRef reviewer = dossiers.staff(reviewerId, "selection.refused.reviewerInvalid");
		if (reviews.conflicted(application.value(), reviewerId.value())) {
			throw new SelectionRefused("selection.refused.reviewerConflicted", reviewer.name());
		}
		Review review = reviews.find(candidate.id(), reviewerId.value())
			.orElseGet(() -> Review.of(candidate, reviewerId, reviewer.name()));
		if (review.assigned()) {
			return;
		}
		Instant now = clock.instant();
		review.assign(by.accountId() == null ? null : by.accountId().value(), now);
		save(review);
		log.record(candidate, by, "REVIEWER_ASSIGNED", now, null, reviewer.name(), null);
		events.publishEvent(new ReviewerAssigned(round.roundId(), application, reviewerId, now));
		reviewerMails.assigned(reviewerId, round.name());
	}

	public void unassign(RoundId roundId, ApplicationId application, AccountId reviewerId, Actor by) {
		RoundCandidates.accountOf(by);
		IntakeRound round = dossiers.openRound(roundId);
		Candidate candidate = dossiers.candidate(round, application);
		Review review = reviews.find(candidate.id(), reviewerId.value())
			.filter(Review::assigned)
			.orElseThrow(() -> new SelectionRefused("selection.refused.reviewerNotAssigned"));
		if (review.submitted()) {
			throw new SelectionRefused("selection.refused.reviewAlreadySubmitted");
		}
		if (review.conflicted()) {
			// the declaration stays on record
			throw new SelectionRefused("selection.refused.reviewerConflicted", review.reviewerName());
		}
		reviews.delete(review);
		Instant now = clock.instant();
		log.record(candidate, by, "REVIEWER_UNASSIGNED", now, review.reviewerName(), null, null);
		events.publishEvent(new ReviewerRemoved(round.roundId(), application, reviewerId, now));
	}

	public void saveScores(RoundId roundId, ApplicationId application, Actor reviewer, List<ScoreInput> scores) {
		AccountId reviewerId = RoundCandidates.accountOf(reviewer);
		IntakeRound round = dossiers.openRound(roundId);
		Candidate candidate = dossiers.eligibleCandidate(round, application);
		Review review = reviewOf(candidate, reviewerId);
		if (scores.isEmpty()) {
			throw new SelectionRefused("selection.score.required");
		}
		GridVersion grid = grids.version(round.gridVersion());
		Instant now = clock.instant();
		Set<String> codes = new LinkedHashSet<>();
		for (ScoreInput score : scores) {
			CriterionDefinition criterion = grid.criterion(score.criterionCode())
				.filter(found -> found.kind() == CriterionKind.REVIEWER)
				.orElseThrow(() -> SelectionRefused.about(score.criterionCode(),
						"selection.score.criterion.unknown", score.criterionCode()));
			if (score.value() < 0 || score.value() > criterion.max()) {
				throw SelectionRefused.about(criterion.code(), "selection.score.value.outOfRange", criterion.max());
			}
			String justification = score.justification() == null ? "" : score.justification().strip();
			if (justification.isEmpty()) {
				throw SelectionRefused.about(criterion.code(), "selection.score.justification.required");
			}
			if (justification.length() > settings.justificationMaxLength()) {
				throw SelectionRefused.about(criterion.code(), "selection.score.justification.tooLong",
						settings.justificationMaxLength());
			}
			review.score(criterion.code(), new ReviewScoreRow(score.value(), justification, now, grid.version()));
			codes.add(criterion.code());
		}
		save(review);
		if (review.submitted()) {
			log.record(candidate, reviewer, "SCORE_REVISED", now, null, String.join(", ", codes), null);
			scoring.refresh(round, candidate, reviewer, now);
		}
	}

	public void submit(RoundId roundId, ApplicationId application, Actor reviewer) {
		AccountId reviewerId = RoundCandidates.accountOf(reviewer);
		IntakeRound round = dossiers.openRound(roundId);
		Candidate candidate = dossiers.eligibleCandidate(round, application);
		Review review = reviewOf(candidate, reviewerId);
		GridVersion grid = grids.version(round.gridVersion());
		Set<String> missing = grid.reviewerCriteria()
			.stream()
			.map(CriterionDefinition::code)
			.filter(code -> !review.scores().containsKey(code))
			.collect(Collectors.toCollection(TreeSet::new));
		if (!missing.isEmpty()) {
			throw new SelectionRefused("selection.refused.reviewIncomplete", String.join(", ", missing));
		}
		Instant now = clock.instant();
		review.submit(now);
		save(review);
		log.record(candidate, reviewer, "REVIEW_SUBMITTED", now, null, null, null);
		scoring.refresh(round, candidate, reviewer, now);
	}

	public void declareConflict(RoundId roundId, ApplicationId application, Actor reviewer, @Nullable String note) {
		AccountId reviewerId = RoundCandidates.accountOf(reviewer);
		IntakeRound round = dossiers.round(roundId);
		Candidate candidate = dossiers.candidate(round, application);
		StaffRef staff = dossiers.staff(reviewerId, "selection.refused.reviewerInvalid");
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > NOTE_MAX) {
			throw SelectionRefused.about("note", "selection.conflict.note.tooLong", NOTE_MAX);
		}
		Review review = reviews.find(candidate.id(), reviewerId.value())
			.orElseGet(() -> Review.of(candidate, reviewerId, staff.name()));
		if (review.conflicted()) {
			return;
		}
		boolean counted = review.counts();
		Instant now = clock.instant();
		review.declareConflict(text, now);
		save(review);
		log.record(candidate, reviewer, "CONFLICT_DECLARED", now, null, staff.name(), text);
		events.publishEvent(new ReviewerRemoved(round.roundId(), application, reviewerId, now));
		if (counted) {
			scoring.refresh(round, candidate, reviewer, now);
		}
	}

	/** Independence: a reviewer sees others' scores only once they submitted theirs, and never when in conflict. */
	public ReviewBoard board(RoundId roundId, ApplicationId application, AccountId viewer, Locale locale) {
		IntakeRound round = dossiers.round(roundId);
		Candidate candidate = dossiers.candidate(round, application);
		GridVersion grid = grids.version(round.gridVersion());
		List<Review> all = reviews.findByCandidate(candidate.id());
		Review own = all.stream().filter(review -> review.reviewer().equals(viewer)).findFirst().orElse(null);
		boolean othersVisible = own == null || (own.submitted() && !own.conflicted());
		List<Review> others = all.stream().filter(review -> review != own).toList();
		Set<String> disagreements = othersVisible ? disagreements(candidate, grid, all) : Set.of();
		int totalWeight = grid.totalWeight();
		return new ReviewBoard(round.roundId(), application, grid.version(),
				grid.reviewerCriteria()
					.stream()
					.map(criterion -> grids.view(criterion, totalWeight, locale))
					.toList(),
				own == null ? null : view(own), othersVisible, others.size(),
				othersVisible ? others.stream().map(ReviewWorkflow::view).toList() : List.of(), disagreements,
				settings.disagreementGap());
	}

	public List<ReviewAssignment> assignmentsOf(AccountId reviewer, RoundId roundId) {
		IntakeRound round = dossiers.round(roundId);
		int toScore = grids.version(round.gridVersion()).reviewerCriteria().size();
		List<ReviewAssignment> list = new ArrayList<>();
		for (Review review : reviews.findByReviewer(round.id(), reviewer.value())) {
			if (!review.assigned()) {
				continue;
			}
			Candidate candidate = candidates.findById(review.candidateId()).orElseThrow();
			list.add(new ReviewAssignment(round.roundId(), candidate.applicationId(),
					merchants.name(candidate.applicationId()),
					review.submitted(), review.conflicted(), review.scores().size(), toScore));
		}
		list.sort(Comparator.comparing(ReviewAssignment::submitted).thenComparing(ReviewAssignment::businessName));
		return list;
	}

	private Review reviewOf(Candidate candidate, AccountId reviewer) {
		Review review = reviews.find(candidate.id(), reviewer.value())
			.orElseThrow(() -> new SelectionRefused("selection.refused.reviewerNotAssigned"));
		if (review.conflicted()) {
			throw new SelectionRefused("selection.refused.reviewerConflicted", review.reviewerName());
		}
		if (!review.assigned()) {
			throw new SelectionRefused("selection.refused.reviewerNotAssigned");
		}
		return review;
	}

	private void save(Review review) {
		try {
			reviews.save(review);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new SelectionRefused("selection.refused.reviewChanged");
		}
	}

	/** The criteria flagged for discussion, as the score computes them from the reviews that count. */
	private Set<String> disagreements(Candidate candidate, GridVersion grid, List<Review> all) {
		Map<String, List<Integer>> counted = new java.util.HashMap<>();
		all.stream()
			.filter(Review::counts)
			.forEach(review -> review.scores()
				.forEach((code, score) -> counted.computeIfAbsent(code, key -> new ArrayList<>()).add(score.value())));
		return scoring.compute(candidate, grid, counted)
			.criteria()
			.stream()
			.filter(ScoreCalculator.Outcome::disagreement)
			.map(outcome -> outcome.criterion().code())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	static ReviewView view(Review review) {
		return new ReviewView(new StaffRef(review.reviewer(), review.reviewerName()), review.assigned(),
				review.submittedAt(), review.conflictDeclaredAt(), review.conflictNote(),
				review.scores()
					.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.map(entry -> new ReviewerScore(entry.getKey(), entry.getValue().value(),
							entry.getValue().justification(), entry.getValue().scoredAt(),
							entry.getValue().gridVersion()))
					.toList());
	}

}
