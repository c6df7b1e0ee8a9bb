package ca.pignon.plan.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import ca.pignon.plan.Doer;
import ca.pignon.plan.PlanEdit;
import ca.pignon.plan.PlanEdit.AddCustom;
import ca.pignon.platform.NotFound;

/**
 * One of the editor's forms as typed: the operation ({@code op}: add, custom, up, down, save, remove, note) and its
 * fields by the names the page gives them ({@code month-<key>} and {@code note-<key>} for an action's own form).
 */
record PlanEditForm(String op, Map<String, String> typed) {

	/**
	 * The plan's command.
	 * @throws NotFound for an operation the editor does not have
	 * @throws ca.pignon.plan.PlanRefused naming what cannot be read, by field
	 */
	PlanEdit command() {
		String key = field("key");
		var input = new TypedInput();
		return switch (op) {
			case "add" -> {
				YearMonth month = input.month("month", field("month"));
				input.refuseIfAny();
				yield new PlanEdit.AddAction(field("actionId"), month);
			}
			case "custom" -> {
				BigDecimal hours = input.halfHours("hours", field("hours"), AddCustom.HOURS_MIN, AddCustom.HOURS_MAX);
				int costMin = input.integer("costMin", field("costMin"), AddCustom.COST_MIN, AddCustom.COST_MAX);
				int costMax = input.integer("costMax", field("costMax"), AddCustom.COST_MIN, AddCustom.COST_MAX);
				Doer doer = input.doer("doer", field("doer"));
				YearMonth month = input.month("customMonth", field("customMonth"));
				input.refuseIfAny();
				yield new PlanEdit.AddCustom(field("title"), field("why"), hours, costMin, costMax, doer, month);
			}
			case "up", "down" -> new PlanEdit.Move(key, op.equals("up"));
			case "save" -> {
				YearMonth month = input.month("month-" + key, field("month-" + key));
				input.refuseIfAny();
				yield new PlanEdit.Reschedule(key, month, field("note-" + key));
			}
			case "remove" -> new PlanEdit.Remove(key);
			case "note" -> new PlanEdit.Note(field("note"));
			default -> throw new NotFound();
		};
	}

	private String field(String name) {
		return typed.getOrDefault(name, "");
	}

}
