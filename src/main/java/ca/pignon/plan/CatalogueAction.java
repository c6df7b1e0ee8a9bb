package ca.pignon.plan;

import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.diagnostic.LocalizedText;

/**
 * A recommended action of the catalogue: what to do and why, never which vendor.
 *
 * @param dimensionId the diagnostic dimension it improves
 * @param hours effort in hours
 * @param costMin lowest cost in dollars
 * @param costMax highest cost in dollars
 * @param impact 1 low, 2 medium, 3 high
 * @param requires ids of the actions to do before
 * @param indicator the sign that it is done
 * @param triggers any one of them makes the action relevant
 * @param doneWhen an answer showing it is already done: the action is not proposed
 */
public record CatalogueAction(String id, String dimensionId, LocalizedText title, LocalizedText why,
		List<LocalizedText> steps, int hours, int costMin, int costMax, int impact, Doer doer, List<String> requires,
		LocalizedText indicator, List<Resource> resources, List<Trigger> triggers, @Nullable Trigger doneWhen) {

	/** Small and useful: done in two hours or less with at least a medium impact. */
	public boolean quickWin() {
		return hours <= 2 && impact >= 2;
	}

}
