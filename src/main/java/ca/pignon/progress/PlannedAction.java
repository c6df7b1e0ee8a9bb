package ca.pignon.progress;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * An action of an approved plan, as the plan hands it over to be carried out.
 *
 * @param key stable across the plan's versions (a catalogue id, or the id of an advisor's own action)
 * @param who who does it: {@code MERCHANT}, {@code ADVISOR} (with the advisor) or {@code PROVIDER}
 */
public record PlannedAction(String key, String titleFr, String titleEn, YearMonth dueMonth, BigDecimal hours,
		String who) {
}
