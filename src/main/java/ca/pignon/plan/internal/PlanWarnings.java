package ca.pignon.plan.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import ca.pignon.plan.ActionCatalogue;
import ca.pignon.plan.CatalogueAction;
import ca.pignon.plan.Doer;
import ca.pignon.plan.PlanContent;
import ca.pignon.plan.PlanItem;

/**
 * What an edited plan should be checked for: months holding more hours than the merchant has (an action spanning
 * several months counts its hours evenly over them), more hours with the advisor than are left on the dossier, and
 * prerequisites missing from the plan (not shown done by the
 * diagnostic either) or placed after the action that needs them.
 */
public final class PlanWarnings {

	public enum Kind {
		OVERLOADED, MISSING_PREREQUISITE, PREREQUISITE_LATER, ADVISOR_HOURS
	}

	/**
	 * @param other the prerequisite's action id
	 * @param load the month's hours, or the plan's hours with the advisor
	 * @param limit what the merchant has in a month, or the advisor's hours left on the dossier
	 */
	public record Warning(Kind kind, String item, String other, YearMonth month, BigDecimal load, BigDecimal limit) {
	}

	private PlanWarnings() {
	}

	/** @param advisorHoursLeft the advisor's hours left on the dossier, none when not known */
	public static List<Warning> of(PlanContent content, ActionCatalogue catalogue,
			@Nullable BigDecimal advisorHoursLeft) {
		List<Warning> warnings = new ArrayList<>();
		BigDecimal capacity = content.monthlyCapacity();
		for (Map.Entry<YearMonth, BigDecimal> month : load(content.items()).entrySet()) {
			if (month.getValue().compareTo(capacity) > 0) {
				warnings.add(new Warning(Kind.OVERLOADED, "", "", month.getKey(), month.getValue(), capacity));
			}
		}
		BigDecimal withAdvisor = content.items()
			.stream()
			.filter(item -> item.doer() == Doer.ADVISOR)
			.map(PlanItem::hours)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (advisorHoursLeft != null && withAdvisor.compareTo(advisorHoursLeft) > 0) {
			warnings.add(new Warning(Kind.ADVISOR_HOURS, "", "", content.start(), withAdvisor, advisorHoursLeft));
		}
		Map<String, Integer> position = new HashMap<>();
		for (int i = 0; i < content.items().size(); i++) {
			position.put(content.items().get(i).key(), i);
		}
		for (PlanItem item : content.items()) {
			CatalogueAction action = item.actionId() == null ? null : catalogue.action(item.actionId()).orElse(null);
			if (action == null) {
				continue;
			}
			for (String required : action.requires()) {
				Integer at = position.get(required);
				if (at == null) {
					if (!content.done().contains(required)) {
						warnings.add(new Warning(Kind.MISSING_PREREQUISITE, item.key(), required, item.month(),
								BigDecimal.ZERO, BigDecimal.ZERO));
					}
				}
				else if (at > position.get(item.key())
						|| content.items().get(at).month().isAfter(item.month())) {
					warnings.add(new Warning(Kind.PREREQUISITE_LATER, item.key(), required, item.month(),
							BigDecimal.ZERO, BigDecimal.ZERO));
				}
			}
		}
		return warnings;
	}

	/** Hours per month, an action spanning months counting evenly in each, to the tenth. */
	public static Map<YearMonth, BigDecimal> load(List<PlanItem> items) {
		Map<YearMonth, BigDecimal> load = new TreeMap<>();
		for (PlanItem item : items) {
			BigDecimal share = item.hours()
				.divide(BigDecimal.valueOf(item.months()), 1, RoundingMode.HALF_UP);
			for (int m = 0; m < item.months(); m++) {
				load.merge(item.month().plusMonths(m), share, BigDecimal::add);
			}
		}
		return load;
	}

}
