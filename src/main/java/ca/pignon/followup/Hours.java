package ca.pignon.followup;

/**
 * The hours budget of a merchant's accompaniment, in minutes: going over is allowed but shown.
 */
public record Hours(int budgetMinutes, int usedMinutes) {

	public int leftMinutes() {
		return Math.max(0, budgetMinutes - usedMinutes);
	}

	public int overMinutes() {
		return Math.max(0, usedMinutes - budgetMinutes);
	}

	public boolean over() {
		return usedMinutes > budgetMinutes;
	}

	public int percentUsed() {
		return budgetMinutes == 0 ? 100 : Math.min(100, usedMinutes * 100 / budgetMinutes);
	}

}
