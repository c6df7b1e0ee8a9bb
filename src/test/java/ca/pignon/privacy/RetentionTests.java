package ca.pignon.privacy;

import static ca.pignon.followup.FollowupFixture.actor;
import static ca.pignon.followup.FollowupFixture.held;
import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.ApplicationFixture.unknownStreet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.dossier.Anonymised;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.DossierReporting;
import ca.pignon.dossier.DossierStage;
import ca.pignon.dossier.ReportingFact;
import ca.pignon.followup.FollowupTest;
import ca.pignon.followup.TestClock;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.shared.ApplicationId;

/**
 * The daily retention job with the test clock: a non-admissible application anonymised twelve months after its
 * decision, once, and logged; a closed accompaniment after its program year and delay, the reports' facts unchanged;
 * a legal hold keeping a dossier until it is lifted; the managers' page.
 */
class RetentionTests extends FollowupTest {

	@Autowired
	Retention retention;

	@Autowired
	DossierManagement dossiers;

	@Autowired
	DossierReporting reporting;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext web;

	MockMvc mvc;

	PignonUser manager;

	@BeforeEach
	void emptyTheLog() {
		jdbc.sql("TRUNCATE privacy_legal_hold, privacy_retention_log").update();
		mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
		manager = fixture.manager("Gestion du programme");
	}

	@Test
	void aNonAdmissibleApplicationIsAnonymisedTwelveMonthsAfterItsDecisionOnceAndLogged() {
		// given
		ApplicationId levis = notAdmissible("Dépanneur Zéphyrine de Lévis");
		LocalDate due = fixture.today().plusMonths(12);
		assertThat(upcoming()).doesNotContain(levis);

		// 30 days before: on the list, not done
		fixture.walk(Duration.ofDays(Duration.between(fixture.today().atStartOfDay(), due.minusDays(30)
			.atStartOfDay()).toDays()));
		assertThat(retention.upcoming()).filteredOn(item -> item.application().equals(levis))
			.singleElement()
			.satisfies(item -> {
				assertThat(item.rule()).isEqualTo(RetentionRule.NOT_ELIGIBLE_APPLICATION);
				assertThat(item.dueOn()).isEqualTo(due);
				assertThat(item.held()).isFalse();
			});
		assertThat(retention.apply().anonymised()).doesNotContain(levis);

		// on the day: anonymised, logged, off the list; once
		fixture.walk(Duration.ofDays(30));
		assertThat(retention.apply().anonymised()).contains(levis);
		assertThat(dossiers.get(levis).businessName()).isEqualTo(Anonymised.BUSINESS);
		assertThat(retention.log(10)).filteredOn(done -> done.application().equals(levis))
			.singleElement()
			.satisfies(done -> assertThat(done.rule()).isEqualTo(RetentionRule.NOT_ELIGIBLE_APPLICATION));
		assertThat(upcoming()).doesNotContain(levis);
		assertThat(retention.apply().anonymised()).doesNotContain(levis);
		assertThat(jdbc.sql("SELECT CAST(l AS text) FROM privacy_retention_log l").query(String.class).list())
			.as("the log keeps ids and dates, never the content")
			.noneMatch(row -> row.contains("Zéphyrine"));
	}

	@Test
	void aClosedAccompanimentIsAnonymisedAfterItsProgramYearAndTheReportsCountTheSame() {
		// given a merchant accompanied from diagnostic to closing
		PignonUser anne = fixture.advisor("Anne Tremblay");
		ApplicationId boulangerie = fixture.accompanied(anne, "Boulangerie Xanthe du Parvis").get(0).id();
		fixture.completeDiagnostic(boulangerie, DiagnosticKind.T0, anne, Set.of("visibility"));
		fixture.followup.logMeeting(boulangerie, held(fixture.today(), 90), actor(anne));
		fixture.completeDiagnostic(boulangerie, DiagnosticKind.T1, anne, Set.of("website"));
		fixture.followup.close(boulangerie, actor(anne));
		awaitEvents();
		assertThat(dossiers.get(boulangerie).stage()).isEqualTo(DossierStage.CLOSED);
		List<ReportingFact> before = reporting.factsOf(List.of(boulangerie));
		assertThat(before).isNotEmpty();
		LocalDate due = retention.policy().endOfProgramYear(fixture.today())
			.plusYears(retention.policy().closedYears())
			.plusDays(1);

		// the day before: nothing; on the day: anonymised
		walkTo(due.minusDays(1));
		assertThat(retention.apply().anonymised()).doesNotContain(boulangerie);
		walkTo(due);
		assertThat(retention.apply().anonymised()).contains(boulangerie);

		// then
		assertThat(dossiers.get(boulangerie).businessName()).isEqualTo(Anonymised.BUSINESS);
		assertThat(dossiers.get(boulangerie).stage()).isEqualTo(DossierStage.CLOSED);
		assertThat(reporting.factsOf(List.of(boulangerie))).containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void aManagerHoldsADossierWithAReasonItIsSkippedUntilTheHoldIsLifted() throws Exception {
		// given a dossier due within the month
		ApplicationId levis = notAdmissible("Quincaillerie Ulrike de Lévis");
		fixture.walk(Duration.ofDays(366 - 10));
		Document page = page();
		assertThat(page.select("#upcoming + * td, table td").eachText()).contains("Quincaillerie Ulrike de Lévis",
				"Candidature non admissible");

		// a hold without a reason is refused on the page, the choice kept
		Document refused = Jsoup.parse(mvc.perform(post("/privacy/retention/holds").with(user(manager))
			.with(csrf())
			.param("application", levis.value().toString())
			.param("reason", "  ")).andReturn().getResponse().getContentAsString());
		assertThat(refused.select("#error-summary").text()).contains("Écrivez le motif.");
		assertThat(refused.select("#application option[selected]").val()).isEqualTo(levis.value().toString());

		// placed with a reason
		MvcResult placed = mvc.perform(post("/privacy/retention/holds").with(user(manager))
			.with(csrf())
			.param("application", levis.value().toString())
			.param("reason", "Litige en cours avec le commerce.")).andReturn();
		assertThat(placed.getResponse().getRedirectedUrl()).isEqualTo("/privacy/retention");
		assertThat(page().select("table td").eachText()).contains("En garde : Litige en cours avec le commerce.");

		// the day comes: skipped while held
		fixture.walk(Duration.ofDays(15));
		Retention.Run run = retention.apply();
		assertThat(run.held()).contains(levis);
		assertThat(run.anonymised()).doesNotContain(levis);
		assertThat(dossiers.get(levis).businessName()).isEqualTo("Quincaillerie Ulrike de Lévis");

		// lifted: done at the next run
		mvc.perform(post("/privacy/retention/holds/" + levis.value() + "/lift").with(user(manager)).with(csrf()));
		assertThat(retention.holds()).isEmpty();
		assertThat(retention.apply().anonymised()).contains(levis);
		assertThat(page().select("#log ~ div code").eachText()).contains(levis.value().toString());
	}

	private ApplicationId notAdmissible(String name) {
		ApplicationDetails application = anApplication(fixture.merchants.intake).named(name)
			.at(unknownStreet("Lévis", "G6V 1A1", ReceptionMode.STOREFRONT))
			.submit();
		assertThat(dossiers.get(application.id()).eligible()).isFalse();
		return application.id();
	}

	private List<ApplicationId> upcoming() {
		return retention.upcoming().stream().map(Retention.Upcoming::application).toList();
	}

	private void walkTo(LocalDate day) {
		TestClock.INSTANCE.set(day.atTime(12, 0).atZone(ca.pignon.platform.Dates.PROGRAM_ZONE).toInstant());
	}

	private void awaitEvents() {
		ca.pignon.selection.SelectionTables.awaitEvents(fixture.merchants.intake, fixture.merchants.accounts,
				fixture.merchants.selection, fixture.merchants.jdbc);
	}

	private Document page() throws Exception {
		MvcResult result = mvc.perform(get("/privacy/retention").with(user(manager))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
