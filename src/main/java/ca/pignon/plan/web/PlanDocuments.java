package ca.pignon.plan.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.dossier.AdvisorHours;
import ca.pignon.diagnostic.DiagnosticReader;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.plan.ActionCatalogue;
import ca.pignon.plan.CatalogueAction;
import ca.pignon.plan.Doer;
import ca.pignon.plan.PlanContent;
import ca.pignon.plan.PlanId;
import ca.pignon.plan.PlanItem;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanVersion;
import ca.pignon.plan.internal.PlanWarnings;

/**
 * The plan document, as the pages and the PDF show a version in the reader's language: its actions with the
 * catalogue's texts, the timeline month by month, the objectives, what to check before sending, the resources and the
 * totals. Read from the plan's and the diagnostic's APIs; the warnings are the plan's own rules ({@link PlanWarnings}).
 */
@Component
public class PlanDocuments {

	private final PlanManagement plans;

	private final DiagnosticManagement diagnostics;

	private final DiagnosticReader results;

	PlanDocuments(PlanManagement plans, DiagnosticManagement diagnostics, DiagnosticReader results) {
		this.plans = plans;
		this.diagnostics = diagnostics;
		this.results = results;
	}

	/** One version of the plan; the current one when {@code version} is null. */
	public PlanDocument document(PlanId id, @Nullable Integer version, Locale locale) {
		PlanVersion stored = plans.version(id, version);
		PlanContent content = stored.content();
		ActionCatalogue catalogue = plans.catalogue(content.catalogueVersion());
		QuestionBank bank = diagnostics.currentBank();
		DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
		List<ActionView> actions = new ArrayList<>();
		Map<Doer, BigDecimal> byDoer = new EnumMap<>(Doer.class);
		Map<String, ActionView.ResourceView> resources = new LinkedHashMap<>();
		BigDecimal hours = BigDecimal.ZERO;
		int costMin = 0;
		int costMax = 0;
		int position = 0;
		for (PlanItem item : content.items()) {
			CatalogueAction action = item.actionId() == null ? null : catalogue.action(item.actionId()).orElse(null);
			List<ActionView.ResourceView> itemResources = action == null ? List.of()
					: action.resources()
						.stream()
						.map(r -> new ActionView.ResourceView(r.title().in(locale), r.url()))
						.toList();
			itemResources.forEach(r -> resources.putIfAbsent(r.url(), r));
			String dimension = item.dimensionId() == null ? null
					: bank.dimension(item.dimensionId()).map(d -> d.title().in(locale)).orElse(null);
			actions.add(new ActionView(item.key(), ++position, action == null,
					action == null ? item.customTitle() : action.title().in(locale),
					action == null ? (item.customWhy() == null ? "" : item.customWhy()) : action.why().in(locale),
					action == null ? List.of() : action.steps().stream().map(s -> s.in(locale)).toList(),
					action == null ? null : action.indicator().in(locale), dimension, item.doer(), item.hours(),
					item.costMin(), item.costMax(), item.month(), item.months(), capitalized(item.month(), monthFormat),
					capitalized(item.endMonth(), monthFormat), item.note(), itemResources));
			byDoer.merge(item.doer(), item.hours(), BigDecimal::add);
			hours = hours.add(item.hours());
			costMin += item.costMin();
			costMax += item.costMax();
		}
		BigDecimal capacity = content.monthlyCapacity();
		List<MonthView> months = new ArrayList<>();
		for (Map.Entry<YearMonth, BigDecimal> month : PlanWarnings.load(content.items()).entrySet()) {
			months.add(new MonthView(month.getKey(), capitalized(month.getKey(), monthFormat),
					actions.stream()
						.filter(a -> !a.month().isAfter(month.getKey())
								&& !a.month().plusMonths(a.months() - 1L).isBefore(month.getKey()))
						.toList(),
					month.getValue(), capacity));
		}
		DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		List<ObjectiveView> objectives = content.objectives()
			.stream()
			.map(o -> new ObjectiveView(
					bank.dimension(o.dimensionId()).map(d -> d.title().in(locale)).orElse(o.dimensionId()),
					o.fromScore(), o.targetScore(), o.targetDate().format(dayFormat),
					catalogue.action(o.indicatorActionId()).map(a -> a.indicator().in(locale)).orElse("")))
			.toList();
		BigDecimal advisorHoursLeft = plans.advisorHoursOf(stored.plan().applicationId())
			.map(AdvisorHours::left)
			.orElse(null);
		List<PlanWarning> warnings = PlanWarnings.of(content, catalogue, advisorHoursLeft).stream().map(w -> switch (w.kind()) {
			case OVERLOADED -> new PlanWarning("plan.warning.overloaded",
					List.of(capitalized(w.month(), monthFormat), w.load(), w.limit()), null);
			case ADVISOR_HOURS -> new PlanWarning("plan.warning.advisorHours", List.of(w.load(), w.limit()), null);
			case MISSING_PREREQUISITE -> new PlanWarning("plan.warning.missingPrerequisite",
					List.of(titleOf(w.item(), actions), actionTitle(catalogue, w.other(), locale)), w.item());
			case PREREQUISITE_LATER -> new PlanWarning("plan.warning.prerequisiteLater",
					List.of(titleOf(w.item(), actions), actionTitle(catalogue, w.other(), locale)), w.item());
		}).toList();
		return new PlanDocument(stored.plan(), stored.version(), content,
				results.result(stored.plan().diagnosticId(), false, locale), List.copyOf(actions),
				List.copyOf(months), objectives, hours, costMin, costMax, byDoer, List.copyOf(resources.values()),
				warnings, content.deferred().stream().map(d -> actionTitle(catalogue, d, locale)).toList(), capacity,
				stored.approval());
	}

	private static String capitalized(YearMonth month, DateTimeFormatter format) {
		String text = month.format(format);
		return text.substring(0, 1).toUpperCase(format.getLocale()) + text.substring(1);
	}

	private static String titleOf(String key, List<ActionView> actions) {
		return actions.stream().filter(a -> a.key().equals(key)).findFirst().map(ActionView::title).orElse(key);
	}

	private static String actionTitle(ActionCatalogue catalogue, String id, Locale locale) {
		return catalogue.action(id).map(a -> a.title().in(locale)).orElse(id);
	}

}
