package ca.pignon.intake.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.Role;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.ApplicationFixture.uniqueEmail;
import static ca.pignon.intake.web.StepForms.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applications API refuses bad parameters with 400, never a server error. (MockMvc stops at the status: how an
 * error becomes problem details over real HTTP is covered once for the whole API by ErrorPagesTests.)
 */
class ApplicationsApiTests extends IntakeWebTest {

	RequestPostProcessor advisor;

	@BeforeEach
	void anAdvisor() {
		String email = uniqueEmail("api");
		StaffFixture.staffMember(accounts, jdbc, email, "Conseil API", Role.MANAGER);
		advisor = signedIn(users, email);
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "status, BOGUS", "eligibility, MAYBE", "from, 2026-13-45", "to, hier", "sector, 99",
			"sector, 44-4x", "page, deux" })
	void refusesABadParameter(String parameter, String value) throws Exception {
		mvc.perform(get("/api/v1/intake/applications").param(parameter, value).with(advisor))
			.andExpect(status().isBadRequest());
	}

	@Test
	void refusesASearchTextLongerThanTheListAccepts() throws Exception {
		mvc.perform(get("/api/v1/intake/applications").param("q", "x".repeat(101)).with(advisor))
			.andExpect(status().isBadRequest());
	}

	@Test
	void answersAnUnknownOrMalformedApplicationIdWithoutAServerError() throws Exception {
		mvc.perform(get("/api/v1/intake/applications/{id}", java.util.UUID.randomUUID()).with(advisor))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/intake/applications/{id}", "pas-un-uuid").with(advisor))
			.andExpect(status().isBadRequest());
	}

	@Test
	void filtersBySectorAndNameLikeTheStaffPage() throws Exception {
		// given a submitted application of a bakery (sector 31-33)
		String name = "Boulangerie API " + java.util.UUID.randomUUID();
		anApplication(intake).named(name).inSector("311811").submit();
		// then
		mvc.perform(get("/api/v1/intake/applications").param("sector", "31-33").param("q", name).with(advisor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].name").value(name));
		mvc.perform(get("/api/v1/intake/applications").param("sector", "72").param("q", name).with(advisor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}

}
