package ca.pignon.reporting.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import ca.pignon.platform.PrintedDocuments;
import ca.pignon.reporting.Grouping;
import ca.pignon.reporting.Indicator;
import ca.pignon.reporting.IndicatorReport;
import ca.pignon.reporting.ReportRequest;
import ca.pignon.reporting.ReportingManagement;

/**
 * The quarterly report to the City as a tagged PDF (the platform's {@link PrintedDocuments}): the funnel, the
 * indicators by arrondissement and by SDC, the before/after of the overall score, the hours, the method and the
 * suppression rule. Computed on demand from the same reports as the page and the API, so with the same suppression.
 */
@Component
class QuarterlyReportPdf {

	/** The indicators of the tables by territory (the letter page's width holds no more). */
	static final List<Indicator> BY_TERRITORY = List.of(Indicator.REGISTERED, Indicator.RETAINED,
			Indicator.DIAGNOSTICS_COMPLETED, Indicator.PLANS_APPROVED, Indicator.ACTIONS_DONE,
			Indicator.HOURS_DELIVERED, Indicator.DOSSIERS_CLOSED);

	private final ReportingManagement reporting;

	private final PrintedDocuments printed;

	QuarterlyReportPdf(ReportingManagement reporting, PrintedDocuments printed) {
		this.reporting = reporting;
		this.printed = printed;
	}

	byte[] render(Quarter quarter, Locale language) {
		IndicatorReport totals = report(quarter, List.of());
		IndicatorReport arrondissements = report(quarter, List.of(Grouping.ARRONDISSEMENT));
		IndicatorReport sdcs = report(quarter, List.of(Grouping.SDC));
		List<Territory> territories = List.of(new Territory(Grouping.ARRONDISSEMENT, arrondissements),
				new Territory(Grouping.SDC, sdcs));
		return printed.pdf("reporting/quarterly-pdf",
				Map.of("quarter", quarter, "totals", totals, "territories", territories, "funnel",
						ReportsController.FUNNEL, "columns", BY_TERRITORY, "minimumCell", reporting.minimumCell()),
				language);
	}

	/** One table by territory; {@code placed} is false when no dossier is in any of its areas (no such layer yet). */
	record Territory(Grouping grouping, IndicatorReport report) {

		public String id() {
			return grouping.id();
		}

		public boolean placed() {
			return report.rows().stream().anyMatch(row -> !Grouping.NONE.equals(row.group().get(grouping.id())));
		}

	}

	private IndicatorReport report(Quarter quarter, List<Grouping> groupBy) {
		return reporting.report(new ReportRequest(groupBy, quarter.first(), quarter.last(), null));
	}

}
