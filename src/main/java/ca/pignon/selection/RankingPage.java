package ca.pignon.selection;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of a round's ranking, each row with its breakdown by criterion.
 *
 * @param page from 0
 * @param totalRows rows of the whole ranking
 */
public record RankingPage(RoundId round, int gridVersion, int places, @Nullable BigDecimal cutOffScore,
		BigDecimal borderlineMargin, int page, int size, int totalRows, List<RankingRow> rows) {

	public int pages() {
		return size == 0 ? 0 : (totalRows + size - 1) / size;
	}

}
