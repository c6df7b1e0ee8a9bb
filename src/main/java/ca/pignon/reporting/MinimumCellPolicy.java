package ca.pignon.reporting;

/**
 * Primary suppression: a cell that counts fewer than the minimum of merchants (none included) is not published; a
 * mean or a median neither.
 */
final class MinimumCellPolicy {

	private MinimumCellPolicy() {
	}

	static boolean tooFew(int merchants, int minimumCell) {
		return merchants < minimumCell;
	}

}
