package ca.pignon.selection.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ca.pignon.shared.Actor;

/**
 * Keeps each candidate's standing equal to what its inputs, its counted reviews and the round's grid version give,
 * and writes in the trail when an application becomes, or stops being, flagged for discussion.
 */
@Component
public class Scoring {

	private final Standings standings;

	private final GridCatalogue grids;

	private final SelectionLog log;

	private final SelectionSettings settings;

	Scoring(Standings standings, GridCatalogue grids, SelectionLog log, SelectionSettings settings) {
		this.standings = standings;
		this.grids = grids;
		this.log = log;
		this.settings = settings;
	}

	public ScoreCalculator.Computation compute(Candidate candidate, GridVersion grid,
			Map<String, List<Integer>> counted) {
		return ScoreCalculator.compute(grid, candidate.inputs(), counted, settings.disagreementGap());
	}

	/** Computes the candidate's score again from what is stored, and keeps it. */
	ScoreCalculator.Computation refresh(IntakeRound round, Candidate candidate, Actor by, Instant now) {
		standings.lock(candidate.id());
		Boolean flaggedBefore = standings.flagged(candidate.id());
		var counted = standings.countedValues(List.of(candidate.id())).getOrDefault(candidate.id(), Map.of());
		var score = compute(candidate, grids.version(round.gridVersion()), counted);
		standings.store(candidate.id(), score, now);
		if (score.flagged() && !Boolean.TRUE.equals(flaggedBefore)) {
			log.record(candidate, by, "FLAGGED_FOR_DISCUSSION", now, null, disagreements(score), null);
		}
		else if (!score.flagged() && Boolean.TRUE.equals(flaggedBefore)) {
			log.record(candidate, by, "DISAGREEMENT_RESOLVED", now, null, null, null);
		}
		return score;
	}

	static String disagreements(ScoreCalculator.Computation score) {
		return score.criteria()
			.stream()
			.filter(ScoreCalculator.Outcome::disagreement)
			.map(outcome -> outcome.criterion().code())
			.collect(Collectors.joining(", "));
	}

}
