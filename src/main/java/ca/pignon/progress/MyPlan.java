package ca.pignon.progress;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * "Mon plan": the next step first, then what is late, due this month, later, and done.
 *
 * @param next the first task not done, in the plan's order, late ones first
 */
public record MyPlan(int planVersion, @Nullable Task next, List<Task> late, List<Task> thisMonth, List<Task> later,
		List<Task> done, BigDecimal hoursDone, BigDecimal hoursPlanned) {

	public int total() {
		return late.size() + thisMonth.size() + later.size() + done.size();
	}

	public int percentDone() {
		return total() == 0 ? 0 : Math.round(100f * done.size() / total());
	}

	public boolean finished() {
		return total() > 0 && done.size() == total();
	}

}
