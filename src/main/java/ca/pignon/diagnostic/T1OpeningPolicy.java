package ca.pignon.diagnostic;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.dossier.PlanProgress;

/**
 * When the end-of-accompaniment diagnostic (T1) may start: once the plan has been carried out long enough to measure
 * a change, that is {@code after} its approval or sooner when {@code percentDone} of its actions are done. Before,
 * only a manager may open it, with a reason (a merchant leaving the program early, for instance).
 */
public record T1OpeningPolicy(Duration after, int percentDone) {

	/**
	 * @param open whether T1 may start now
	 * @param opensAt when it opens by time alone; none without an approved plan
	 * @param done the share of the plan's actions done now, in percent
	 * @param needed the share that opens it sooner
	 */
	public record Opening(boolean open, @Nullable Instant opensAt, int done, int needed) {
	}

	public Opening check(@Nullable PlanProgress progress, Instant now) {
		if (progress == null) {
			return new Opening(false, null, 0, percentDone);
		}
		Instant opensAt = progress.approvedAt().plus(after);
		boolean open = !now.isBefore(opensAt) || progress.total() > 0 && progress.percentDone() >= percentDone;
		return new Opening(open, opensAt, progress.percentDone(), percentDone);
	}

}
