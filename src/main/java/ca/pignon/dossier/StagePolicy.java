package ca.pignon.dossier;

import org.jspecify.annotations.Nullable;

/**
 * Where a dossier stands, from its facts: withdrawn whatever else happened; closed once closed; then the furthest step
 * of the accompaniment reached while retained; eligible or merely applied before that.
 */
final class StagePolicy {

	private StagePolicy() {
	}

	static DossierStage stageOf(boolean eligible, @Nullable SelectionOutcome outcome, boolean diagnosed,
			boolean planned, boolean accompanied, boolean closed) {
		if (outcome == SelectionOutcome.WITHDRAWN) {
			return DossierStage.WITHDRAWN;
		}
		if (outcome == SelectionOutcome.RETAINED) {
			if (closed) {
				return DossierStage.CLOSED;
			}
			if (accompanied) {
				return DossierStage.ACCOMPANIED;
			}
			if (planned) {
				return DossierStage.PLANNED;
			}
			return diagnosed ? DossierStage.DIAGNOSED : DossierStage.RETAINED;
		}
		return eligible ? DossierStage.ELIGIBLE : DossierStage.APPLIED;
	}

}
