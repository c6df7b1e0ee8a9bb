package ca.pignon.selection.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.shared.ApplicationId;
import ca.pignon.selection.CriterionDefinition;
import ca.pignon.selection.CriterionKind;
import ca.pignon.selection.CriterionScore;
import ca.pignon.selection.Ranking;
import ca.pignon.selection.RankingPage;
import ca.pignon.selection.RankingRow;
import ca.pignon.selection.ScoreBreakdown;
import ca.pignon.selection.SelectionRefused;
import ca.pignon.shared.AccountId;

/**
 * The ranking of a round, from the stored standings (one query, whatever the number of applications), or computed
 * again from nothing but the stored inputs, the counted reviews and the round's grid version, to prove they agree.
 */
@Component
public class RankingService {

	static final int PAGE_SIZE_MAX = 200;

	private final Standings standings;

	private final Candidates candidates;

	private final GridCatalogue grids;

	private final Scoring scoring;

	private final SelectionSettings settings;

	private final JdbcClient jdbc;

	private final MerchantFacts merchants;

	RankingService(Standings standings, Candidates candidates, GridCatalogue grids, Scoring scoring,
			SelectionSettings settings, JdbcClient jdbc, MerchantFacts merchants) {
		this.merchants = merchants;
		this.standings = standings;
		this.candidates = candidates;
		this.grids = grids;
		this.scoring = scoring;
		this.settings = settings;
		this.jdbc = jdbc;
	}

	public Ranking ranking(IntakeRound round) {
		var ranked = ranked(round);
		return new Ranking(round.roundId(), round.gridVersion(), round.places(), ranked.cutOffScore(),
				settings.borderlineMargin(), ranked.rows().stream().map(RankingService::row).toList());
	}

	private Ranker.Result<Standings.Row> ranked(IntakeRound round) {
		return Ranker.rank(standings.rowsOf(round.id()), Standings.Row::key, round.places(),
				settings.borderlineMargin());
	}

	/**
	 * A page of the ranking, each row with its breakdown; rows the viewer reviews and has not submitted (or is in
	 * conflict on) come without it, so that the ranking never shows a reviewer the others' scores first.
	 */
	public RankingPage page(IntakeRound round, int page, int size, AccountId viewer, Locale locale,
			boolean breakdowns) {
		if (size < 1 || size > PAGE_SIZE_MAX || page < 0 || (long) page * size > Integer.MAX_VALUE - size) {
			throw new SelectionRefused("selection.ranking.page.invalid", page, size);
		}
		int from = page * size;
		var window = standings.window(round.id(), from, size, round.places());
		List<Standings.Row> rows = window.rows();
		var reviewers = standings.reviewerCounts(rows.stream().map(Standings.Row::candidateId).toList());
		Set<UUID> hidden = new HashSet<>(jdbc.sql("""
				SELECT application_id FROM selection_review WHERE round_id = :round AND reviewer_id = :viewer
				  AND ((assigned AND submitted_at IS NULL) OR conflict_declared_at IS NOT NULL)""")
			.param("round", round.id())
			.param("viewer", viewer.value())
			.query(UUID.class)
			.list());
		GridVersion grid = grids.version(round.gridVersion());
		Map<UUID, Candidate> byId = new java.util.HashMap<>();
		if (breakdowns) {
			candidates.findAllById(rows.stream().map(Standings.Row::candidateId).toList())
				.forEach(candidate -> byId.put(candidate.id(), candidate));
		}
		var counted = standings.countedValues(byId.keySet());
		List<RankingRow> detailed = new ArrayList<>();
		for (int i = from - window.start(); i < rows.size(); i++) {
			int[] counts = reviewers.getOrDefault(rows.get(i).candidateId(), new int[2]);
			Standings.Row item = rows.get(i).withReviewers(counts[0], counts[1]);
			Ranker.Key previous = i == 0 ? null : rows.get(i - 1).key();
			int rank = window.start() + i + 1;
			BigDecimal cutOff = window.cutOff();
			RankingRow row = row(new Ranker.Placed<>(item, rank, window.sameTotal().getOrDefault(item.total(), 1) > 1,
					Ranker.tieBreak(previous, item.key()), rank <= round.places(),
					cutOff != null && item.total().subtract(cutOff).abs().compareTo(settings.borderlineMargin()) <= 0));
			if (hidden.contains(row.applicationId().value()) || !breakdowns) {
				detailed.add(row.withBreakdown(null, hidden.contains(row.applicationId().value())));
				continue;
			}
			Candidate candidate = byId.get(item.candidateId());
			var score = scoring.compute(candidate, grid, counted.getOrDefault(candidate.id(), Map.of()));
			detailed.add(row.withBreakdown(breakdown(candidate.applicationId(), grid, score, locale), false));
		}
		return new RankingPage(round.roundId(), round.gridVersion(), round.places(), window.cutOff(),
				settings.borderlineMargin(), page, size, window.total(), List.copyOf(detailed));
	}

	/** One application's row of the ranking, as {@link #page} gives it, without reading the rows ahead of it. */
	public java.util.Optional<RankingRow> row(IntakeRound round, ApplicationId application, AccountId viewer) {
		return standings.position(round.id(), application.value())
			.map(position -> page(round, position, 1, viewer, Locale.ROOT, false).rows())
			.filter(rows -> rows.size() == 1 && rows.get(0).applicationId().equals(application))
			.map(rows -> rows.get(0));
	}

	/** The round's waitlist in its order, each with its row of the ranking. */
	public List<RankingRow> waitlist(IntakeRound round, AccountId viewer) {
		return jdbc.sql("""
				SELECT application_id FROM selection_candidate WHERE round_id = :round AND decision = 'WAITLISTED'
				ORDER BY waitlist_position""")
			.param("round", round.id())
			.query(UUID.class)
			.list()
			.stream()
			.flatMap(application -> row(round, new ApplicationId(application), viewer).stream())
			.toList();
	}

	/**
	 * The ranking computed again from the stored inputs and reviews only, ignoring the stored standings: what an
	 * audit compares with {@link #ranking}.
	 */
	public Ranking recompute(IntakeRound round) {
		GridVersion grid = grids.version(round.gridVersion());
		var counted = standings.countedValuesOfRound(round.id());
		Map<UUID, Standings.Row> stored = new java.util.HashMap<>();
		standings.rowsOf(round.id()).forEach(row -> stored.put(row.candidateId(), row));
		List<Standings.Row> recomputed = new ArrayList<>();
		List<Candidate> ofRound = candidates.findByRound(round.id());
		var facts = merchants.of(ofRound.stream().map(Candidate::applicationId).toList());
		for (Candidate candidate : ofRound) {
			Standings.Row row = stored.get(candidate.id());
			if (row == null) {
				continue;
			}
			var score = scoring.compute(candidate, grid, counted.getOrDefault(candidate.id(), Map.of()));
			recomputed.add(new Standings.Row(candidate.id(), candidate.applicationId(), candidate.version(),
					MerchantFacts.name(facts, candidate.applicationId()), candidate.areaName(), candidate.submittedAt(),
					candidate.status(),
					candidate.decision() == null ? null : candidate.decision().waitlistPosition(),
					candidate.advisor() == null ? null : candidate.advisor().advisorName(), score.total(),
					score.engagement(), score.impact(), score.complete(), score.flagged(), grid.version(),
					row.reviewers(), row.submitted()));
		}
		var ranked = Ranker.rank(recomputed, Standings.Row::key, round.places(), settings.borderlineMargin());
		return new Ranking(round.roundId(), round.gridVersion(), round.places(), ranked.cutOffScore(),
				settings.borderlineMargin(), ranked.rows().stream().map(RankingService::row).toList());
	}

	public ScoreBreakdown breakdown(IntakeRound round, Candidate candidate, Locale locale) {
		GridVersion grid = grids.version(round.gridVersion());
		var counted = standings.countedValues(List.of(candidate.id())).getOrDefault(candidate.id(), Map.of());
		return breakdown(candidate.applicationId(), grid, scoring.compute(candidate, grid, counted), locale);
	}

	ScoreBreakdown breakdown(ApplicationId application, GridVersion grid, ScoreCalculator.Computation score,
			Locale locale) {
		int totalWeight = grid.totalWeight();
		List<CriterionScore> criteria = score.criteria().stream().map(outcome -> {
			CriterionDefinition criterion = outcome.criterion();
			return new CriterionScore(criterion.code(), grids.label(criterion, locale), criterion.group(),
					criterion.kind(), criterion.weight(), criterion.max(),
					criterion.kind() == CriterionKind.AUTOMATIC ? outcome.input() : null, outcome.value(),
					outcome.points(), Scores.maxPoints(criterion.weight(), totalWeight), outcome.reviewers(),
					outcome.disagreement());
		}).toList();
		return new ScoreBreakdown(application, grid.version(), score.total(), score.engagement(), score.impact(),
				score.complete(), score.flagged(), criteria);
	}

	private static RankingRow row(Ranker.Placed<Standings.Row> placed) {
		Standings.Row row = placed.item();
		return new RankingRow(placed.rank(), row.applicationId(), row.version(), row.businessName(), row.areaName(),
				row.submittedAt(), row.total(), row.engagement(), row.impact(), row.complete(), row.flagged(),
				placed.tied(), placed.tieBrokenBy(), placed.withinPlaces(), placed.borderline(), row.decision(),
				row.waitlistPosition(), row.advisorName(), row.reviewers(), row.submitted(), false, null);
	}

}
