package ca.pignon.plan;

import org.jspecify.annotations.Nullable;

/**
 * An advisor's change to a plan; each makes a new version. Numbers and months arrive as typed (the API checks them and
 * says what is wrong, so that a page keeps what the person typed).
 */
public sealed interface PlanEdit {

	/** Adds a catalogue action in this month ({@code yyyy-MM}). */
	record AddAction(String actionId, String month) implements PlanEdit {
	}

	/** Adds the advisor's own action. */
	record AddCustom(String title, String why, String hours, String costMin, String costMax, String doer,
			String month) implements PlanEdit {
	}

	/** Moves an action one place up or down; crossing into another month takes that month. */
	record Move(String key, boolean up) implements PlanEdit {
	}

	/** Changes an action's month and note. */
	record Reschedule(String key, String month, @Nullable String note) implements PlanEdit {
	}

	record Remove(String key) implements PlanEdit {
	}

	/** The advisor's word to the merchant at the top of the plan. */
	record Note(String text) implements PlanEdit {
	}

}
