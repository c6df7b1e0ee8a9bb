package ca.pignon.plan;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * An advisor's change to a plan, with typed values; each makes a new version. The plan checks its rules on them (a
 * month from this month to three years ahead, numbers in range, texts not too long, required fields) and refuses with
 * every reason, each with its field, so that a page shows them next to what was typed.
 */
public sealed interface PlanEdit {

	/** Adds a catalogue action starting this month (field {@code actionId}, {@code month}). */
	record AddAction(String actionId, YearMonth month) implements PlanEdit {
	}

	/**
	 * Adds the advisor's own action (fields {@code title}, {@code why}, {@code hours}, {@code costMin},
	 * {@code costMax}, {@code doer}, {@code customMonth}). The hours go by half hours ({@code 1.5}).
	 */
	record AddCustom(String title, String why, BigDecimal hours, int costMin, int costMax, @Nullable Doer doer,
			YearMonth month) implements PlanEdit {

		public static final int TITLE_MAX = 200;

		public static final int WHY_MAX = 1000;

		public static final int HOURS_MIN = 1;

		public static final int HOURS_MAX = 200;

		public static final int COST_MIN = 0;

		public static final int COST_MAX = 100_000;

	}

	/** Moves an action one place up or down; crossing into another month takes that month. */
	record Move(String key, boolean up) implements PlanEdit {
	}

	/** Changes an action's month and note (fields {@code month-<key>}, {@code note-<key>}). */
	record Reschedule(String key, YearMonth month, @Nullable String note) implements PlanEdit {

		public static final int NOTE_MAX = 1000;

	}

	record Remove(String key) implements PlanEdit {
	}

	/** The advisor's word to the merchant at the top of the plan (field {@code note}). */
	record Note(String text) implements PlanEdit {

		public static final int MAX = 4000;

	}

}
