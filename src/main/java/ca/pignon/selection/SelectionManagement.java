package ca.pignon.selection;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.shared.Actor;
import ca.pignon.platform.DocumentVersion;
import ca.pignon.shared.ApplicationId;
import ca.pignon.selection.internal.AdvisorWorkflow;
import ca.pignon.selection.internal.DecisionWorkflow;
import ca.pignon.selection.internal.RoundCandidates;
import ca.pignon.selection.internal.GridCatalogue;
import ca.pignon.selection.internal.RankingService;
import ca.pignon.selection.internal.ReviewWorkflow;
import ca.pignon.selection.internal.RoundWorkflow;
import ca.pignon.selection.internal.Timeline;
import ca.pignon.shared.AccountId;

/**
 * Selection of eligible applications, the module's whole API. Every command runs in one transaction with its audit
 * line, its events and its mail, and is refused with a {@link SelectionRefused} (a message key) when the workflow
 * does not allow it: only an eligible application, in an open round, scored by an assigned reviewer without conflict
 * of interest, decided on the version the staff member saw.
 * <p>
 * Access (who may call what) is the web layer's: managers run rounds, the grid and decisions; advisors and managers
 * review; merchants read {@link #decisionFor}.
 */
@Service
@Transactional
public class SelectionManagement {

	private final GridCatalogue grids;

	private final RoundWorkflow rounds;

	private final ReviewWorkflow reviews;

	private final RankingService ranking;

	private final DecisionWorkflow decisions;

	private final AdvisorWorkflow advisors;

	private final Timeline timeline;

	private final RoundCandidates dossiers;

	private final ApplicationEventPublisher events;

	SelectionManagement(GridCatalogue grids, RoundWorkflow rounds, ReviewWorkflow reviews, RankingService ranking,
			DecisionWorkflow decisions, AdvisorWorkflow advisors, Timeline timeline, RoundCandidates dossiers,
			ApplicationEventPublisher events) {
		this.grids = grids;
		this.rounds = rounds;
		this.reviews = reviews;
		this.ranking = ranking;
		this.decisions = decisions;
		this.advisors = advisors;
		this.timeline = timeline;
		this.dossiers = dossiers;
		this.events = events;
	}

	// --- the grid --------------------------------------------------------------------------------------------------

	/** The grid new rounds will use. */
	@Transactional(readOnly = true)
	public Grid currentGrid(Locale locale) {
		return grids.grid(grids.current(), locale);
	}

	/** @throws ca.pignon.platform.NotFound for a version that does not exist */
	@Transactional(readOnly = true)
	public Grid grid(int version, Locale locale) {
		return grids.grid(grids.version(version), locale);
	}

	/** Every version, the first first. */
	@Transactional(readOnly = true)
	public List<Grid> grids(Locale locale) {
		return grids.versions().stream().map(version -> grids.grid(grids.version(version), locale)).toList();
	}

	/** Every version's publication: who wrote it, when, with what note; the one in use first. */
	@Transactional(readOnly = true)
	public List<DocumentVersion> gridVersions() {
		return grids.published();
	}

	/** A version as a manager edits it: the definitions, own labels included, to change and pass to {@link #reviseGrid}. */
	@Transactional(readOnly = true)
	public List<CriterionDefinition> definitionOf(int version) {
		return grids.version(version).criteria();
	}

	/**
	 * Writes the next version of the grid; rounds already open keep theirs.
	 * @param basedOn the version the manager edited: refused ({@code selection.refused.gridChanged}) if another
	 *     manager wrote a version since
	 * @return the new version
	 */
	public int reviseGrid(int basedOn, List<CriterionDefinition> criteria, Actor by) {
		return reviseGrid(basedOn, criteria, "", by);
	}

	/** As {@link #reviseGrid(int, List, Actor)}, with a note on what changes, kept with the version. */
	public int reviseGrid(int basedOn, List<CriterionDefinition> criteria, String note, Actor by) {
		RoundCandidates.accountOf(by);
		int version = grids.revise(basedOn, criteria, note, by);
		events.publishEvent(new GridRevised(version, grids.published(version).publishedAt()));
		return version;
	}

	// --- rounds ----------------------------------------------------------------------------------------------------

	/**
	 * Opens a round with its advisor teams and their places, on the current grid version. Its candidates are every
	 * submitted, eligible application not retained in an earlier round, and every one that becomes eligible while it
	 * is open. One round is open at a time.
	 */
	public RoundId openRound(String name, List<TeamPlaces> teams, Actor by) {
		return rounds.open(name, teams, by);
	}

	/** Closes the round: no more scores or decisions in it. */
	public void closeRound(RoundId round, Actor by) {
		rounds.close(round, by);
	}

	@Transactional(readOnly = true)
	public Optional<RoundDetails> currentRound() {
		return rounds.openRound().map(rounds::details);
	}

	/** @throws ca.pignon.platform.NotFound for an unknown round */
	@Transactional(readOnly = true)
	public RoundDetails round(RoundId round) {
		return rounds.details(dossiers.round(round));
	}

	/** Every round, the latest first. */
	@Transactional(readOnly = true)
	public List<RoundDetails> rounds() {
		return rounds.all().stream().map(rounds::details).toList();
	}

	// --- reviews ---------------------------------------------------------------------------------------------------

	/** Assigns a reviewer (an advisor's or a manager's account) to an application of the open round; idempotent. */
	public void assignReviewer(RoundId round, ApplicationId application, AccountId reviewer, Actor by) {
		reviews.assign(round, application, reviewer, by);
	}

	/** Takes a reviewer off an application, as long as they have not submitted. */
	public void unassignReviewer(RoundId round, ApplicationId application, AccountId reviewer, Actor by) {
		reviews.unassign(round, application, reviewer, by);
	}

	/** The applications a reviewer has to score in a round, those left to do first. */
	@Transactional(readOnly = true)
	public List<ReviewAssignment> assignmentsOf(AccountId reviewer, RoundId round) {
		return reviews.assignmentsOf(reviewer, round);
	}

	/**
	 * Saves a reviewer's scores, each with its justification: a draft until {@link #submitReview}, a revision (in
	 * the trail, counted at once) after.
	 */
	public void saveScores(RoundId round, ApplicationId application, Actor reviewer, List<ScoreInput> scores) {
		reviews.saveScores(round, application, reviewer, scores);
	}

	/** Submits the reviewer's scores (every reviewer criterion scored): from now on they count. */
	public void submitReview(RoundId round, ApplicationId application, Actor reviewer) {
		reviews.submit(round, application, reviewer);
	}

	/**
	 * The reviewer declares a conflict of interest: their scores stop counting, they can no longer score or be
	 * assigned the application, nor be suggested as its merchant's advisor. Idempotent.
	 */
	public void declareConflict(RoundId round, ApplicationId application, Actor reviewer, @Nullable String note) {
		reviews.declareConflict(round, application, reviewer, note);
	}

	/** What the viewer may see of an application's reviews (see {@link ReviewBoard} for independence). */
	@Transactional(readOnly = true)
	public ReviewBoard reviewBoard(RoundId round, ApplicationId application, AccountId viewer, Locale locale) {
		return reviews.board(round, application, viewer, locale);
	}

	// --- ranking ---------------------------------------------------------------------------------------------------

	/** The whole ranking of the round's eligible applications, without breakdowns. */
	@Transactional(readOnly = true)
	public Ranking ranking(RoundId round) {
		return ranking.ranking(dossiers.round(round));
	}

	/** A page of the ranking with each row's breakdown by criterion, as the viewer may see it. */
	@Transactional(readOnly = true)
	public RankingPage rankingPage(RoundId round, int page, int size, AccountId viewer, Locale locale) {
		return ranking.page(dossiers.round(round), page, size, viewer, locale, true);
	}

	/**
	 * A page of the ranking without the breakdowns (each row's is {@code null}; {@link RankingRow#hiddenForViewer()}
	 * still says whether the viewer may see it): what the ranked list shows, its breakdowns asked for row by row
	 * ({@link #scoreOf}).
	 */
	@Transactional(readOnly = true)
	public RankingPage rankingSummaryPage(RoundId round, int page, int size, AccountId viewer) {
		return ranking.page(dossiers.round(round), page, size, viewer, Locale.ROOT, false);
	}

	/**
	 * One application's row of the round's ranking (rank, ties, decision, version…, without breakdown), read without
	 * the rows ahead of it; empty when the application is not ranked in the round.
	 */
	@Transactional(readOnly = true)
	public Optional<RankingRow> rankingRow(RoundId round, ApplicationId application, AccountId viewer) {
		return ranking.row(dossiers.round(round), application, viewer);
	}

	/** The round's waitlist, first to be offered a freed place first, each with its row of the ranking. */
	@Transactional(readOnly = true)
	public List<RankingRow> waitlist(RoundId round, AccountId viewer) {
		return ranking.waitlist(dossiers.round(round), viewer);
	}

	/** An application's score in a round, criterion by criterion (for staff). */
	@Transactional(readOnly = true)
	public ScoreBreakdown scoreOf(RoundId round, ApplicationId application, Locale locale) {
		var intakeRound = dossiers.round(round);
		return ranking.breakdown(intakeRound, dossiers.candidate(intakeRound, application), locale);
	}

	/**
	 * The ranking computed again from the stored inputs, the counted reviews and the round's grid version only: equal
	 * to {@link #ranking} unless something is wrong. For audits.
	 */
	@Transactional(readOnly = true)
	public Ranking recomputeRanking(RoundId round) {
		return ranking.recompute(dossiers.round(round));
	}

	// --- decisions -------------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<ReasonTemplate> reasonTemplates(DecisionStatus status, Locale locale) {
		return decisions.templates(status, locale);
	}

	/**
	 * Records a decision, then, in the same transaction: the advisor's assignment (retained), the end of a previous
	 * assignment (a retained merchant no longer retained), the trail, the mail to the merchant (once per decision) and
	 * {@link SelectionDecided}.
	 */
	public void decide(RecordDecision decision) {
		decisions.decide(decision);
	}

	/** A retained or waitlisted merchant withdraws (told by the merchant; a note says how): their place is free. */
	public void withdraw(RoundId round, ApplicationId application, String note, long expectedVersion, Actor by) {
		decisions.withdraw(round, application, note, expectedVersion, by);
	}

	/**
	 * Offers a freed place to the next on the waitlist in one action: retained, with the advisor given or the first
	 * suggested, and told by mail.
	 * @return the application that got the place
	 */
	public ApplicationId offerFreedPlace(RoundId round, @Nullable AccountId advisor, Actor by) {
		return decisions.offerFreedPlace(round, advisor, by);
	}

	/** For the merchant's status page: their own dossier in their latest round, if they are in one. */
	@Transactional(readOnly = true)
	public Optional<MerchantStatus> decisionFor(AccountId merchant, Locale locale) {
		return decisions.statusOf(merchant, locale);
	}

	// --- advisors --------------------------------------------------------------------------------------------------

	/** Advisors who could accompany the merchant, best first (see {@link AdvisorSuggestion}); the manager confirms. */
	@Transactional(readOnly = true)
	public List<AdvisorSuggestion> suggestAdvisors(RoundId round, ApplicationId application) {
		var intakeRound = dossiers.round(round);
		return advisors.suggest(intakeRound, dossiers.candidate(intakeRound, application));
	}

	/** Hands a retained merchant over to another advisor, saying why; the merchant is told by mail. */
	public void reassign(RoundId round, ApplicationId application, AccountId advisor, String reason,
			long expectedVersion, Actor by) {
		advisors.reassign(round, application, advisor, reason, expectedVersion, by);
	}

	/** Sets the areas an advisor covers: arrondissement codes, or municipality codes outside Ville de Québec. */
	public void setAdvisorAreas(AccountId advisor, Set<String> areas, Actor by) {
		advisors.setAreas(advisor, areas, by);
	}

	@Transactional(readOnly = true)
	public Set<String> advisorAreas(AccountId advisor) {
		return advisors.areas(advisor);
	}

	/** The merchants an advisor accompanies now, all rounds. */
	@Transactional(readOnly = true)
	public List<AssignedMerchant> caseloadOf(AccountId advisor) {
		return advisors.caseload(advisor);
	}

	/** Whether this advisor accompanies this merchant now: who may see the merchant's diagnostic, plan and files. */
	@Transactional(readOnly = true)
	public boolean follows(AccountId advisor, ApplicationId application) {
		return caseloadOf(advisor).stream().anyMatch(merchant -> merchant.applicationId().equals(application));
	}

	/** The advisor accompanying this merchant now, if retained and assigned. */
	@Transactional(readOnly = true)
	public Optional<StaffRef> advisorOf(ApplicationId application) {
		return advisors.advisorOf(application);
	}

	// --- timeline --------------------------------------------------------------------------------------------------

	/** A dossier's whole history, intake's and selection's, in time order, with who and when. */
	@Transactional(readOnly = true)
	public List<TimelineEntry> timelineOf(ApplicationId application) {
		return timeline.of(application);
	}

}
