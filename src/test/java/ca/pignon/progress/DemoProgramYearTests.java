package ca.pignon.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import ca.pignon.followup.FollowupManagement;
import ca.pignon.platform.Dates;
import ca.pignon.selection.SelectionManagement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo profile's past program year: seeded at startup through the modules' APIs, it gives the City's report figures
 * that are not suppressed, by arrondissement, and fills the staff's lists.
 */
@SpringBootTest(properties = "spring.mail.port=4525")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoProgramYearTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	FollowupManagement followup;

	@Autowired
	SelectionManagement selection;

	@Autowired
	Clock clock;

	@Test
	void theYearGivesFiguresByArrondissementThatAreNotSuppressed() throws Exception {
		LocalDate today = LocalDate.now(clock.withZone(Dates.PROGRAM_ZONE));
		String body = mvc
			.perform(get("/api/v1/reports/indicators").param("groupBy", "arrondissement")
				.param("from", YearMonth.from(today).minusMonths(12).atDay(1).toString())
				.param("to", today.toString())
				.with(user(users.loadUserByUsername("ville@demo.pignon.test"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode report = JsonMapper.builder().build().readTree(body);
		assertThat(report.get("totals").get("registered").get("value").asInt())
			.isGreaterThanOrEqualTo(DemoProgramYear.MERCHANTS);
		int published = 0;
		for (JsonNode row : report.get("rows")) {
			if (!row.get("indicators").get("registered").path("suppressed").asBoolean(false)) {
				published++;
			}
		}
		assertThat(published).as("arrondissements whose registrations are published in %s", body).isGreaterThanOrEqualTo(3);
		for (String indicator : new String[] { "retained", "diagnostics-completed", "plans-approved",
				"dossiers-closed", "hours-delivered", "survey-answers" }) {
			assertThat(report.get("totals").get(indicator).path("suppressed").asBoolean(false)).as(indicator).isFalse();
		}
	}

	@Test
	void theStaffListsAreNotEmpty() throws Exception {
		assertThat(followup.caseload(null, 0, 20).rows()).isNotEmpty();
		mvc.perform(get("/intake/applications").with(user(users.loadUserByUsername("gestion@demo.pignon.test"))))
			.andExpect(status().isOk());
	}

}
