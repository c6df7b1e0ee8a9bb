package ca.pignon.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;

/**
 * The ranked list of a round's eligible applications.
 *
 * @param cutOffScore the total of the last row within the places; {@code null} when every application fits
 * @param borderlineMargin rows within this many points of the cut-off score are borderline
 */
public record Ranking(RoundId round, int gridVersion, int places, @Nullable BigDecimal cutOffScore,
		BigDecimal borderlineMargin, List<RankingRow> rows) {

	public Optional<RankingRow> row(ApplicationId application) {
		return rows.stream().filter(row -> row.applicationId().equals(application)).findFirst();
	}

}
