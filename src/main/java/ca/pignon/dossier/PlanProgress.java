package ca.pignon.dossier;

import java.time.Instant;

/**
 * How far a merchant is in carrying out their approved plan.
 *
 * @param approvedAt when the merchant approved the plan they carry out
 * @param done the plan's actions done
 * @param total the plan's actions
 */
public record PlanProgress(Instant approvedAt, int done, int total) {

	/** The share of actions done, in whole percent (rounded down: 1 of 3 is 33 %). */
	public int percentDone() {
		return total == 0 ? 0 : done * 100 / total;
	}

}
