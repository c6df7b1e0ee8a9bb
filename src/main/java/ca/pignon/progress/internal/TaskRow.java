package ca.pignon.progress.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code progress_task}.
 *
 * @param doneByLegacyName who marked it done, for rows from before only the account was kept
 */
public record TaskRow(UUID applicationId, String actionKey, UUID merchantId, int planVersion, int position,
		String titleFr, String titleEn, YearMonth dueMonth, BigDecimal hours, String who, boolean inPlan,
		@Nullable Instant doneAt, @Nullable UUID doneBy, @Nullable String doneByLegacyName, @Nullable String evidenceUrl,
		@Nullable String doneNote, long version) {
}
