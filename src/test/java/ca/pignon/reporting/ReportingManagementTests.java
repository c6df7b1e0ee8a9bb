package ca.pignon.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.followup.FollowupTest;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.PignonUser;

import static ca.pignon.followup.FollowupFixture.actor;
import static ca.pignon.followup.FollowupFixture.held;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicators from the real modules: merchants registered, retained and diagnosed through their APIs, meetings
 * held; the report reads the dossier's facts and the modules' reporting hooks.
 */
class ReportingManagementTests extends FollowupTest {

	@Test
	void countsWhatTheModulesDidForThePeriod() {
		// given: six merchants retained with Anne, five diagnosed, two meetings with each of three
		ReportingManagement reporting = context.getBean(ReportingManagement.class);
		PignonUser anne = fixture.advisor("Anne Tremblay");
		List<ApplicationDetails> merchants = fixture.accompanied(anne, "Boulangerie du Parvis (démo)",
				"Fleuriste Saint-Jean (démo)", "Épicerie du Faubourg (démo)", "Librairie Limoilou (démo)",
				"Café de la Côte (démo)", "Quincaillerie Saint-Roch (démo)");
		for (ApplicationDetails merchant : merchants.subList(0, 5)) {
			fixture.completeDiagnostic(merchant.id(), DiagnosticKind.T0, anne, Set.of("visibility"));
		}
		for (ApplicationDetails merchant : merchants.subList(0, 5)) {
			fixture.followup.logMeeting(merchant.id(), held(fixture.today(), 90), actor(anne));
		}
		LocalDate today = fixture.today();
		// when
		IndicatorReport report = reporting.report(new ReportRequest(List.of(Grouping.ARRONDISSEMENT),
				today.withDayOfYear(1), today.withMonth(12).withDayOfMonth(31), null));
		// then
		assertThat(report.minimumCell()).isEqualTo(5);
		assertThat(report.totals().get("registered")).isEqualTo(ReportCell.shown(BigDecimal.valueOf(6)));
		assertThat(report.totals().get("eligible")).isEqualTo(ReportCell.shown(BigDecimal.valueOf(6)));
		assertThat(report.totals().get("retained")).isEqualTo(ReportCell.shown(BigDecimal.valueOf(6)));
		assertThat(report.totals().get("diagnostics-completed")).isEqualTo(ReportCell.shown(BigDecimal.valueOf(5)));
		assertThat(report.totals().get("hours-delivered")).isEqualTo(ReportCell.shown(new BigDecimal("7.5")));
		// fewer than five: suppressed
		assertThat(report.totals().get("not-eligible").suppressed()).isTrue();
		assertThat(report.totals().get("plans-approved").suppressed()).isTrue();
		// the rows are the arrondissements of the program's dossiers; none names a business
		assertThat(report.rows()).isNotEmpty();
		assertThat(report.rows().toString()).doesNotContain("démo");
	}

	@Test
	void aPeriodBeforeTheDossiersCountsNothing() {
		ReportingManagement reporting = context.getBean(ReportingManagement.class);
		PignonUser anne = fixture.advisor("Anne Tremblay");
		fixture.accompanied(anne, "Boulangerie du Parvis (démo)");
		IndicatorReport report = reporting.report(
				new ReportRequest(List.of(), LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31), null));
		assertThat(report.totals().values()).allMatch(ReportCell::suppressed);
	}

}
