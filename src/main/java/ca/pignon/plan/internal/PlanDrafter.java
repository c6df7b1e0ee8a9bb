package ca.pignon.plan.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import ca.pignon.plan.ActionCatalogue;
import ca.pignon.plan.CatalogueAction;
import ca.pignon.plan.Doer;
import ca.pignon.plan.Objective;
import ca.pignon.plan.PlanItem;
import ca.pignon.plan.PlanRules;
import ca.pignon.plan.Trigger;

/**
 * Drafts a plan from a completed diagnostic: a pure function of the catalogue and the {@link DraftInputs}, so that the
 * same inputs always give the same plan (no clock, no randomness, no hash order: every tie is broken by action id).
 * <ol>
 * <li>Selection: an action is relevant when one of its triggers fires and its {@code doneWhen} does not; a relevant
 * action brings in its prerequisites (transitively) unless the diagnostic shows them done.</li>
 * <li>Ranking: quick wins first (two hours or less, impact medium or high), then by value = impact × (1.5 when one of
 * the merchant's goals triggers it) × (1 + the dimension's gap, (100 − score) / 100) / hours, then impact, then id.</li>
 * <li>Order: topological (Kahn), always taking the best-ranked action whose prerequisites are placed.</li>
 * <li>Schedule: month by month, capacity = hours per week × 52 / 12. An action that no longer fits in the month's
 * remaining hours goes whole to the next month (actions are not cut); one larger than a whole month starts on a fresh
 * month and spans as many months as it needs, taking an even share of each (so no month is overloaded). Actions
 * starting after twelve months are deferred, and so are actions with the advisor once the advisor's hours left on the
 * dossier are spent (the program's budget is the advisor's time, not only the merchant's).</li>
 * </ol>
 */
public final class PlanDrafter {

	private PlanDrafter() {
	}

	public static Draft draft(ActionCatalogue catalogue, DraftInputs inputs) {
		Map<String, CatalogueAction> byId = new LinkedHashMap<>();
		catalogue.actions().forEach(action -> byId.put(action.id(), action));
		Set<String> done = new TreeSet<>();
		Set<String> selected = new TreeSet<>();
		for (CatalogueAction action : byId.values()) {
			if (action.doneWhen() != null && fires(action.doneWhen(), inputs)) {
				done.add(action.id());
			}
		}
		for (CatalogueAction action : byId.values()) {
			if (!done.contains(action.id()) && action.triggers().stream().anyMatch(t -> fires(t, inputs))) {
				bringIn(action.id(), byId, done, selected);
			}
		}
		Comparator<CatalogueAction> rank = rank(inputs);
		List<CatalogueAction> ordered = order(selected, byId, rank);
		return schedule(ordered, inputs, List.copyOf(done));
	}

	private static void bringIn(String id, Map<String, CatalogueAction> byId, Set<String> done, Set<String> selected) {
		if (done.contains(id) || !selected.add(id)) {
			return;
		}
		for (String required : byId.get(id).requires()) {
			bringIn(required, byId, done, selected);
		}
	}

	static boolean fires(Trigger trigger, DraftInputs inputs) {
		if (trigger.question() != null) {
			List<String> answer = inputs.answers().get(trigger.question());
			if (answer == null || answer.isEmpty()) {
				return false;
			}
			if (!trigger.anyOf().isEmpty()) {
				return trigger.anyOf().stream().anyMatch(answer::contains);
			}
			return trigger.lacks().stream().anyMatch(value -> !answer.contains(value));
		}
		if (trigger.dimension() != null) {
			Integer score = inputs.scores().get(trigger.dimension());
			return score != null && trigger.below() != null && score < trigger.below();
		}
		return trigger.goal() != null && inputs.goals().contains(trigger.goal());
	}

	private static Comparator<CatalogueAction> rank(DraftInputs inputs) {
		Map<String, Double> values = new HashMap<>();
		return Comparator.comparing((CatalogueAction action) -> !action.quickWin())
			.thenComparing(action -> -values.computeIfAbsent(action.id(), id -> value(action, inputs)))
			.thenComparing(action -> -action.impact())
			.thenComparing(CatalogueAction::id);
	}

	static double value(CatalogueAction action, DraftInputs inputs) {
		boolean wanted = action.triggers()
			.stream()
			.anyMatch(trigger -> trigger.goal() != null && inputs.goals().contains(trigger.goal()));
		Integer score = inputs.scores().get(action.dimensionId());
		double gap = score == null ? 0.5 : (100 - score) / 100.0;
		return action.impact() * (wanted ? 1.5 : 1.0) * (1 + gap) / action.hours();
	}

	private static List<CatalogueAction> order(Set<String> selected, Map<String, CatalogueAction> byId,
			Comparator<CatalogueAction> rank) {
		Map<String, Integer> waiting = new HashMap<>();
		Map<String, List<String>> unlocks = new HashMap<>();
		PriorityQueue<CatalogueAction> ready = new PriorityQueue<>(rank);
		for (String id : selected) {
			int count = 0;
			for (String required : byId.get(id).requires()) {
				if (selected.contains(required)) {
					count++;
					unlocks.computeIfAbsent(required, r -> new ArrayList<>()).add(id);
				}
			}
			waiting.put(id, count);
			if (count == 0) {
				ready.add(byId.get(id));
			}
		}
		List<CatalogueAction> ordered = new ArrayList<>();
		while (!ready.isEmpty()) {
			CatalogueAction next = ready.poll();
			ordered.add(next);
			for (String unlocked : unlocks.getOrDefault(next.id(), List.of())) {
				if (waiting.merge(unlocked, -1, Integer::sum) == 0) {
					ready.add(byId.get(unlocked));
				}
			}
		}
		return ordered;
	}

	private static Draft schedule(List<CatalogueAction> ordered, DraftInputs inputs, List<String> done) {
		// tenths of an hour, so that the arithmetic is exact
		int capacity = PlanRules.monthlyCapacity(inputs.hoursPerWeek()).movePointRight(1).intValueExact();
		if (capacity <= 0) {
			throw new IllegalArgumentException("no hours per week");
		}
		int month = 0;
		int remaining = capacity;
		int advisorLeft = inputs.advisorHoursLeft() == null ? Integer.MAX_VALUE
				: inputs.advisorHoursLeft().movePointRight(1).intValue();
		List<PlanItem> items = new ArrayList<>();
		List<String> deferred = new ArrayList<>();
		for (CatalogueAction action : ordered) {
			int effort = action.hours() * 10;
			if (action.requires().stream().anyMatch(deferred::contains)) {
				// what needs a deferred action waits with it
				deferred.add(action.id());
				continue;
			}
			if (action.doer() == Doer.ADVISOR) {
				if (effort > advisorLeft) {
					deferred.add(action.id());
					continue;
				}
				advisorLeft -= effort;
			}
			int start;
			if (effort <= capacity) {
				if (effort > remaining) {
					month++;
					remaining = capacity;
				}
				start = month;
				remaining -= effort;
			}
			else {
				// larger than a month: it starts on a fresh month and takes an even share of each month it spans
				if (remaining < capacity) {
					month++;
				}
				start = month;
				int months = (effort + capacity - 1) / capacity;
				int share = (effort * 2 + months) / (2 * months);
				month += months - 1;
				remaining = Math.max(0, capacity - share);
			}
			if (start >= PlanRules.HORIZON_MONTHS) {
				deferred.add(action.id());
				continue;
			}
			YearMonth first = inputs.start().plusMonths(start);
			items.add(new PlanItem(action.id(), action.id(), null, null, action.dimensionId(),
					BigDecimal.valueOf(action.hours()),
					action.costMin(), action.costMax(), action.doer(), first, month - start + 1, null));
		}
		return new Draft(List.copyOf(items), objectives(items, ordered, inputs), done, List.copyOf(deferred));
	}

	/**
	 * Two to four objectives: the dimensions the plan works on most (sum of its actions' impact), weakest first on a
	 * tie; each raises the dimension's score by 25 points (rounded to 5, at most 100) by the end of the month its last
	 * action ends, and names the indicator of its highest-impact action.
	 */
	private static List<Objective> objectives(List<PlanItem> items, List<CatalogueAction> ordered,
			DraftInputs inputs) {
		Map<String, CatalogueAction> byId = new HashMap<>();
		ordered.forEach(action -> byId.put(action.id(), action));
		Map<String, Integer> weight = new LinkedHashMap<>();
		Map<String, YearMonth> last = new HashMap<>();
		Map<String, CatalogueAction> telling = new HashMap<>();
		for (PlanItem item : items) {
			CatalogueAction action = byId.get(item.actionId());
			String dimension = action.dimensionId();
			if (inputs.scores().get(dimension) == null) {
				continue;
			}
			weight.merge(dimension, action.impact(), Integer::sum);
			last.merge(dimension, item.endMonth(), (a, b) -> a.isAfter(b) ? a : b);
			CatalogueAction best = telling.get(dimension);
			if (best == null || action.impact() > best.impact()) {
				telling.put(dimension, action);
			}
		}
		return weight.keySet()
			.stream()
			.sorted(Comparator.comparing((String d) -> -weight.get(d))
				.thenComparing(d -> scoreOf(inputs, d))
				.thenComparing(d -> d))
			.limit(4)
			.map(d -> {
				int from = scoreOf(inputs, d);
				int target = Math.min(100, (from + 25 + 2) / 5 * 5);
				return new Objective(d, from, target, last.get(d).atEndOfMonth(), telling.get(d).id());
			})
			.toList();
	}

	private static int scoreOf(DraftInputs inputs, String dimension) {
		@Nullable
		Integer score = inputs.scores().get(dimension);
		return score == null ? 0 : score;
	}

}
