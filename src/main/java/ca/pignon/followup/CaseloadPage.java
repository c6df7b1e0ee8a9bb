package ca.pignon.followup;

import java.util.List;

/**
 * A page of a caseload, the most urgent first, with the counts over the whole caseload.
 *
 * @param page zero-based
 */
public record CaseloadPage(List<CaseloadRow> rows, int page, int size, int total, int atRisk, int noContact14,
		int noContact30, int minutesUsed) {

	public CaseloadPage {
		rows = List.copyOf(rows);
	}

	public int pages() {
		return Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

}
