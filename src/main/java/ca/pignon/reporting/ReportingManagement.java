package ca.pignon.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.dossier.DossierArea;
import ca.pignon.dossier.DossierReporting;
import ca.pignon.dossier.EligibilityStatus;
import ca.pignon.dossier.ReportedDossier;
import ca.pignon.dossier.ReportingFact;
import ca.pignon.dossier.SelectionOutcome;
import ca.pignon.platform.Dates;
import ca.pignon.shared.ApplicationId;

/**
 * The City's reports: the program's indicators for a period, grouped by zero to two groupings, privacy-safe. Read from
 * the dossier's facts ({@link DossierReporting#dossiers()}) and the modules' reporting hooks
 * ({@link DossierReporting#factsOf}); the same data give the same report.
 */
@Service
@Transactional(readOnly = true)
public class ReportingManagement {

	static final String T0 = "diagnostic.t0.overall";

	static final String T1 = "diagnostic.t1.overall";

	static final String ACTIONS_DONE = "progress.actions.done";

	static final String MINUTES_USED = "followup.minutes.used";

	static final String PROVIDERS_CHOSEN = "providers.fact.chosen";

	/** Intake's one reason for a non-eligible application ({@code intake.not-eligible.<reason>}). */
	static final Map<String, Indicator> NOT_ELIGIBLE_REASONS = Map.of(
			"intake.not-eligible.outside-territory", Indicator.NOT_ELIGIBLE_OUTSIDE_TERRITORY,
			"intake.not-eligible.home-based", Indicator.NOT_ELIGIBLE_HOME_BASED,
			"intake.not-eligible.online-only", Indicator.NOT_ELIGIBLE_ONLINE_ONLY,
			"intake.not-eligible.no-storefront", Indicator.NOT_ELIGIBLE_NO_STOREFRONT);

	/** Each theme of the shipped question bank, with its change's mean and median. */
	static final Map<String, List<Indicator>> THEMES = Map.of(
			"goals", List.of(Indicator.SCORE_CHANGE_GOALS_MEAN, Indicator.SCORE_CHANGE_GOALS_MEDIAN),
			"visibility", List.of(Indicator.SCORE_CHANGE_VISIBILITY_MEAN, Indicator.SCORE_CHANGE_VISIBILITY_MEDIAN),
			"website", List.of(Indicator.SCORE_CHANGE_WEBSITE_MEAN, Indicator.SCORE_CHANGE_WEBSITE_MEDIAN),
			"social", List.of(Indicator.SCORE_CHANGE_SOCIAL_MEAN, Indicator.SCORE_CHANGE_SOCIAL_MEDIAN),
			"sales", List.of(Indicator.SCORE_CHANGE_SALES_MEAN, Indicator.SCORE_CHANGE_SALES_MEDIAN),
			"relationship",
			List.of(Indicator.SCORE_CHANGE_RELATIONSHIP_MEAN, Indicator.SCORE_CHANGE_RELATIONSHIP_MEDIAN),
			"tools", List.of(Indicator.SCORE_CHANGE_TOOLS_MEAN, Indicator.SCORE_CHANGE_TOOLS_MEDIAN),
			"data", List.of(Indicator.SCORE_CHANGE_DATA_MEAN, Indicator.SCORE_CHANGE_DATA_MEDIAN));

	static final String WEB_COMPARED = "webaudit.compared";

	/** The web audit's improvements, each shown as the share of the sites compared. */
	static final Map<String, Indicator> WEB_IMPROVEMENTS = Map.of("webaudit.improved.any",
			Indicator.WEB_CHECKS_IMPROVED_SHARE, "webaudit.improved.mobile", Indicator.WEB_MOBILE_IMPROVED_SHARE,
			"webaudit.improved.business-profile", Indicator.WEB_BUSINESS_PROFILE_IMPROVED_SHARE);

	static final String SATISFACTION = "followup.survey.satisfaction";

	/** The mean answer (out of 5) from which a merchant counts as satisfied. */
	static final BigDecimal SATISFIED = BigDecimal.valueOf(4);

	private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

	/** The SDC layer's name in the dossier's areas, once the territory module has it. */
	static final String SDC_LAYER = "sdc";

	private final DossierReporting reporting;

	private final int minimumCell;

	ReportingManagement(DossierReporting reporting, @Value("${pignon.reporting.minimum-cell:5}") int minimumCell) {
		if (minimumCell < 2) {
			throw new IllegalStateException("pignon.reporting.minimum-cell must be 2 or more, not " + minimumCell);
		}
		this.reporting = reporting;
		this.minimumCell = minimumCell;
	}

	/** The indicators of the period asked (counted by whole months), grouped as asked, the small cells suppressed. */
	public IndicatorReport report(ReportRequest request) {
		return IndicatorEngine.report(merchants(), request, minimumCell);
	}

	/** The fewest merchants a published cell counts ({@code pignon.reporting.minimum-cell}). */
	public int minimumCell() {
		return minimumCell;
	}

	/** The indicators, in the order of the reports. */
	public List<Indicator> indicators() {
		return List.of(Indicator.values());
	}

	private List<Merchant> merchants() {
		List<ReportedDossier> dossiers = reporting.dossiers();
		Map<ApplicationId, Map<String, BigDecimal>> facts = new HashMap<>();
		for (ReportingFact fact : reporting.factsOf(dossiers.stream().map(ReportedDossier::applicationId).toList())) {
			facts.computeIfAbsent(fact.dossier(), any -> new HashMap<>()).merge(fact.kind(), fact.value(),
					BigDecimal::add);
		}
		List<Merchant> merchants = new ArrayList<>(dossiers.size());
		for (ReportedDossier dossier : dossiers) {
			merchants.add(merchant(dossier, facts.getOrDefault(dossier.applicationId(), Map.of())));
		}
		return merchants;
	}

	/** One dossier's groups and contributions: the definitions of docs/reporting.md. */
	static Merchant merchant(ReportedDossier dossier, Map<String, BigDecimal> facts) {
		Map<Grouping, String> groups = new EnumMap<>(Grouping.class);
		groups.put(Grouping.MUNICIPALITY, areaName(dossier, DossierArea.MUNICIPALITY));
		groups.put(Grouping.ARRONDISSEMENT, areaName(dossier, DossierArea.ARRONDISSEMENT));
		groups.put(Grouping.QUARTIER, areaName(dossier, DossierArea.QUARTIER));
		groups.put(Grouping.SDC, areaName(dossier, SDC_LAYER));
		groups.put(Grouping.SECTOR, SectorGroups.sectorOf(dossier.naicsCode()));
		groups.put(Grouping.EMPLOYEES, SectorGroups.bandOf(dossier.employeeBand()));
		Map<Indicator, Contribution> contributions = new EnumMap<>(Indicator.class);
		YearMonth registered = month(dossier.submittedAt());
		contributions.put(Indicator.REGISTERED, one(registered));
		if (dossier.eligibility() == EligibilityStatus.ELIGIBLE) {
			contributions.put(Indicator.ELIGIBLE, one(registered));
		}
		if (dossier.eligibility() == EligibilityStatus.NOT_ELIGIBLE) {
			contributions.put(Indicator.NOT_ELIGIBLE, one(registered));
			contributions.put(notEligibleReason(facts), one(registered));
		}
		if (dossier.outcome() == SelectionOutcome.RETAINED) {
			contributions.put(Indicator.RETAINED, one(registered));
		}
		if (dossier.outcome() == SelectionOutcome.WAITLISTED) {
			contributions.put(Indicator.WAITLISTED, one(registered));
		}
		if (dossier.outcome() == SelectionOutcome.WITHDRAWN) {
			contributions.put(Indicator.DROP_OUTS, one(registered));
		}
		if (dossier.diagnosedAt() != null) {
			YearMonth diagnosed = month(dossier.diagnosedAt());
			contributions.put(Indicator.DIAGNOSTICS_COMPLETED, one(diagnosed));
			sum(contributions, Indicator.ACTIONS_DONE, diagnosed, facts.get(ACTIONS_DONE));
			sum(contributions, Indicator.HOURS_DELIVERED, diagnosed, facts.get(MINUTES_USED));
			sum(contributions, Indicator.PROVIDERS_CHOSEN, diagnosed, facts.get(PROVIDERS_CHOSEN));
			if (facts.containsKey(WEB_COMPARED)) {
				WEB_IMPROVEMENTS.forEach((fact, indicator) -> contributions.put(indicator,
						new Contribution(diagnosed, share(facts.getOrDefault(fact, BigDecimal.ZERO).signum() > 0))));
			}
		}
		if (dossier.plannedAt() != null) {
			contributions.put(Indicator.PLANS_APPROVED, one(month(dossier.plannedAt())));
		}
		if (dossier.accompaniedAt() != null) {
			contributions.put(Indicator.FIRST_ACTIONS_DONE, one(month(dossier.accompaniedAt())));
		}
		if (dossier.closedAt() != null) {
			YearMonth closed = month(dossier.closedAt());
			contributions.put(Indicator.DOSSIERS_CLOSED, one(closed));
			BigDecimal t0 = facts.get(T0);
			BigDecimal t1 = facts.get(T1);
			if (t0 != null && t1 != null) {
				Contribution change = new Contribution(closed, t1.subtract(t0));
				contributions.put(Indicator.SCORE_CHANGE_MEAN, change);
				contributions.put(Indicator.SCORE_CHANGE_MEDIAN, change);
			}
			THEMES.forEach((theme, indicators) -> {
				BigDecimal before = facts.get("diagnostic.t0.theme." + theme);
				BigDecimal after = facts.get("diagnostic.t1.theme." + theme);
				if (before != null && after != null) {
					indicators.forEach(indicator -> contributions.put(indicator,
							new Contribution(closed, after.subtract(before))));
				}
			});
			BigDecimal satisfaction = facts.get(SATISFACTION);
			if (satisfaction != null) {
				contributions.put(Indicator.SURVEY_ANSWERS, one(closed));
				contributions.put(Indicator.SATISFACTION_MEAN, new Contribution(closed, satisfaction));
				contributions.put(Indicator.SATISFIED_SHARE,
						new Contribution(closed, share(satisfaction.compareTo(SATISFIED) >= 0)));
			}
		}
		return new Merchant(groups, dossier.cohort(), contributions);
	}

	/** The one reason a non-eligible dossier counts under: intake's, or "other" (a staff decision, none known). */
	private static Indicator notEligibleReason(Map<String, BigDecimal> facts) {
		return NOT_ELIGIBLE_REASONS.entrySet()
			.stream()
			.filter(reason -> facts.containsKey(reason.getKey()))
			.map(Map.Entry::getValue)
			.sorted()
			.findFirst()
			.orElse(Indicator.NOT_ELIGIBLE_OTHER);
	}

	/** A yes as 100, a no as 0: their mean is the share of yes, in percent. */
	private static BigDecimal share(boolean yes) {
		return yes ? PERCENT : BigDecimal.ZERO;
	}

	private static void sum(Map<Indicator, Contribution> contributions, Indicator indicator, YearMonth month,
			@Nullable BigDecimal value) {
		if (value != null && value.signum() > 0) {
			contributions.put(indicator, new Contribution(month, value));
		}
	}

	private static String areaName(ReportedDossier dossier, String layer) {
		return dossier.area(layer).map(DossierArea::name).orElse(Grouping.NONE);
	}

	private static Contribution one(YearMonth month) {
		return new Contribution(month, BigDecimal.ONE);
	}

	private static YearMonth month(Instant instant) {
		return YearMonth.from(instant.atZone(Dates.PROGRAM_ZONE));
	}

}
