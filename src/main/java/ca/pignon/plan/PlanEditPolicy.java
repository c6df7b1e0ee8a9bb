package ca.pignon.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import static ca.pignon.plan.PlanInputPolicy.refuseIf;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Refused.Problem;

/**
 * What an advisor's edit makes of a version of a plan, and the rules it keeps:
 * <ul>
 * <li>a catalogue action is added once, from the plan's catalogue version; the advisor's own action has a title, hours
 * from 1 to 200, costs from 0 to 100,000 with the lowest not above the highest, and who does it; an action larger than
 * a month's capacity spans as many months as it needs;</li>
 * <li>moving an action one place takes the month of the action it passes when it crosses into another month; the first
 * cannot go up, nor the last down;</li>
 * <li>months are from this month to three years ahead; notes and texts have their length;</li>
 * <li>after every change the actions are put back in month order, keeping their order within a month, so that the
 * timeline reads month by month.</li>
 * </ul>
 * An edit that changes nothing (the same month and note, the same word) makes no version.
 */
final class PlanEditPolicy {

	/** What an edit makes of a version: the new content, and what changed for the history (message key, detail). */
	record Revision(PlanContent content, String changeKey, @Nullable String detail) {
	}

	private final ActionCatalogue catalogue;

	private final PlanInputPolicy values;

	private final Locale locale;

	/**
	 * @param catalogue the catalogue version the plan was drafted from
	 * @param locale the language of the titles named in the history and in refusals
	 */
	PlanEditPolicy(ActionCatalogue catalogue, PlanInputPolicy values, Locale locale) {
		this.catalogue = catalogue;
		this.values = values;
		this.locale = locale;
	}

	/**
	 * The version this edit makes of {@code content}, empty when it changes nothing.
	 * @throws PlanRefused with every reason, each with its field
	 */
	Optional<Revision> apply(PlanContent content, PlanEdit edit) {
		List<PlanItem> items = new ArrayList<>(content.items());
		if (edit instanceof PlanEdit.AddAction add) {
			return Optional.of(add(content, items, add));
		}
		if (edit instanceof PlanEdit.AddCustom custom) {
			return Optional.of(addCustom(content, items, custom));
		}
		if (edit instanceof PlanEdit.Move move) {
			return Optional.of(move(content, items, move));
		}
		if (edit instanceof PlanEdit.Reschedule reschedule) {
			return reschedule(content, items, reschedule);
		}
		if (edit instanceof PlanEdit.Remove remove) {
			PlanItem removed = items.remove(existing(items, remove.key()));
			return Optional.of(revised(content, items, content.note(), "plan.change.removed", title(removed)));
		}
		if (edit instanceof PlanEdit.Note note) {
			return note(content, items, note);
		}
		throw new IllegalArgumentException("unknown edit " + edit);
	}

	private Revision add(PlanContent content, List<PlanItem> items, PlanEdit.AddAction add) {
		List<Problem> problems = new ArrayList<>();
		CatalogueAction action = catalogue.action(add.actionId()).orElse(null);
		values.month("month", add.month(), problems);
		if (action == null) {
			problems.add(Problem.about("actionId", "plan.edit.unknownAction"));
		}
		else if (indexOf(items, action.id()) >= 0) {
			problems.add(Problem.about("actionId", "plan.edit.alreadyInPlan", action.title().in(locale)));
		}
		refuseIf(problems);
		BigDecimal hours = BigDecimal.valueOf(action.hours());
		items.add(new PlanItem(action.id(), action.id(), null, null, action.dimensionId(), hours, action.costMin(),
				action.costMax(), action.doer(), add.month(), months(hours, content), null));
		return revised(content, items, content.note(), "plan.change.added", action.title().in(locale));
	}

	private Revision addCustom(PlanContent content, List<PlanItem> items, PlanEdit.AddCustom custom) {
		List<Problem> problems = new ArrayList<>();
		String title = PlanInputPolicy.text("title", custom.title(), PlanEdit.AddCustom.TITLE_MAX, true, problems);
		String why = PlanInputPolicy.text("why", custom.why(), PlanEdit.AddCustom.WHY_MAX, false, problems);
		PlanInputPolicy.halfHours("hours", custom.hours(), PlanEdit.AddCustom.HOURS_MIN, PlanEdit.AddCustom.HOURS_MAX,
				problems);
		int costsBefore = problems.size();
		PlanInputPolicy.number("costMin", custom.costMin(), PlanEdit.AddCustom.COST_MIN, PlanEdit.AddCustom.COST_MAX,
				problems);
		PlanInputPolicy.number("costMax", custom.costMax(), PlanEdit.AddCustom.COST_MIN, PlanEdit.AddCustom.COST_MAX,
				problems);
		if (problems.size() == costsBefore && custom.costMin() > custom.costMax()) {
			problems.add(Problem.about("costMax", "plan.edit.costRange"));
		}
		PlanInputPolicy.doer("doer", custom.doer(), problems);
		values.month("customMonth", custom.month(), problems);
		refuseIf(problems);
		int n = 1;
		while (indexOf(items, "custom-" + n) >= 0) {
			n++;
		}
		items.add(new PlanItem("custom-" + n, null, title, why, null, custom.hours(), custom.costMin(),
				custom.costMax(), custom.doer(), custom.month(), months(custom.hours(), content), null));
		return revised(content, items, content.note(), "plan.change.addedCustom", title);
	}

	private Revision move(PlanContent content, List<PlanItem> items, PlanEdit.Move move) {
		int at = existing(items, move.key());
		int other = move.up() ? at - 1 : at + 1;
		if (other < 0 || other >= items.size()) {
			throw PlanRefused.because("plan.edit.cannotMove");
		}
		PlanItem item = items.get(at);
		YearMonth neighbour = items.get(other).month();
		YearMonth month = move.up() ? (neighbour.isBefore(item.month()) ? neighbour : item.month())
				: (neighbour.isAfter(item.month()) ? neighbour : item.month());
		items.set(at, items.get(other));
		items.set(other, item.at(month));
		return revised(content, items, content.note(), move.up() ? "plan.change.movedUp" : "plan.change.movedDown",
				title(item));
	}

	private Optional<Revision> reschedule(PlanContent content, List<PlanItem> items, PlanEdit.Reschedule reschedule) {
		int at = existing(items, reschedule.key());
		List<Problem> problems = new ArrayList<>();
		values.month("month-" + reschedule.key(), reschedule.month(), problems);
		String note = PlanInputPolicy.text("note-" + reschedule.key(), reschedule.note(),
				PlanEdit.Reschedule.NOTE_MAX, false, problems);
		refuseIf(problems);
		PlanItem item = items.get(at);
		if (item.month().equals(reschedule.month()) && Objects.equals(item.note(), note)) {
			return Optional.empty();
		}
		items.set(at, item.at(reschedule.month()).noted(note));
		return Optional.of(revised(content, items, content.note(),
				item.month().equals(reschedule.month()) ? "plan.change.noted" : "plan.change.rescheduled",
				title(item)));
	}

	private Optional<Revision> note(PlanContent content, List<PlanItem> items, PlanEdit.Note edit) {
		List<Problem> problems = new ArrayList<>();
		String note = PlanInputPolicy.text("note", edit.text(), PlanEdit.Note.MAX, false, problems);
		refuseIf(problems);
		String kept = note == null ? "" : note;
		if (kept.equals(content.note())) {
			return Optional.empty();
		}
		return Optional.of(revised(content, items, kept, "plan.change.note", null));
	}

	/** The items in month order, keeping their order within a month. */
	static List<PlanItem> inMonthOrder(List<PlanItem> items) {
		List<PlanItem> sorted = new ArrayList<>(items);
		sorted.sort(Comparator.comparing(PlanItem::month));
		return List.copyOf(sorted);
	}

	private static Revision revised(PlanContent content, List<PlanItem> items, String note, String changeKey,
			@Nullable String detail) {
		return new Revision(new PlanContent(content.start(), content.hoursPerWeek(), content.catalogueVersion(),
				inMonthOrder(items), content.objectives(), content.done(), content.deferred(), note), changeKey, detail);
	}

	/** The months an action spans: as many as its hours need at the plan's monthly capacity, at least one. */
	private static int months(BigDecimal hours, PlanContent content) {
		return Math.max(1, hours.divide(content.monthlyCapacity(), 0, RoundingMode.CEILING).intValueExact());
	}

	private String title(PlanItem item) {
		return item.actionId() == null ? String.valueOf(item.customTitle())
				: catalogue.action(item.actionId()).map(a -> a.title().in(locale)).orElse(item.actionId());
	}

	private static int indexOf(List<PlanItem> items, String key) {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).key().equals(key)) {
				return i;
			}
		}
		return -1;
	}

	private static int existing(List<PlanItem> items, String key) {
		int at = indexOf(items, key);
		if (at < 0) {
			throw PlanRefused.because("plan.edit.unknownItem");
		}
		return at;
	}

}
