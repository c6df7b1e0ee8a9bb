package ca.pignon.intake.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;


import static ca.pignon.intake.MessageFiles.french;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business step refuses what is wrong in French and keeps both what was typed and what was stored.
 */
class BusinessStepTests extends IntakeWebTest {

	StepForms forms;

	@BeforeEach
	void aMerchantWhoAlreadySavedThisStep() {
		forms = StepForms.merchantAfter(1, mvc, users, intake);
	}

	@Test
	void asksForTheLegalName() throws Exception {
		// when
		var page = forms.refused("business", business("  ", "Chez Lina", "1171234567", "445110", "4"));

		// then
		assertThat(page.errorFor("legalName")).isEqualTo(french("intake.business.legalName.required"));
		assertThat(page.errorSummary()).contains(french("intake.business.legalName.required"));
		assertThat(page.valueOf("tradeName")).isEqualTo("Chez Lina");
		assertThat(page.valueOf("neq")).isEqualTo("1171234567");
		assertThat(page.valueOf("employees")).isEqualTo("4");
		assertThat(page.checked("naicsCode")).containsExactly("445110");
	}

	@ParameterizedTest
	@ValueSource(strings = { "117123456", "11712345AB", "117123456789" })
	void refusesAnNeqThatIsNotTenDigits(String neq) throws Exception {
		// when
		var page = forms.refused("business", business("Boutique Lina", null, neq, "445110", "4"));

		// then
		assertThat(page.errorFor("neq")).isEqualTo(french("intake.business.neq.invalid"));
		assertThat(page.valueOf("neq")).isEqualTo(neq);
		assertThat(page.valueOf("legalName")).isEqualTo("Boutique Lina");
	}

	@Test
	void refusesAnUnknownSector() throws Exception {
		// when
		var page = forms.refused("business", business("Boutique Lina", "Chez Lina", "", "999999", "4"));

		// then
		assertThat(page.errorFor("naicsCode")).isEqualTo(french("intake.business.naicsCode.unknown"));
		assertThat(page.valueOf("legalName")).isEqualTo("Boutique Lina");
		assertThat(page.valueOf("tradeName")).isEqualTo("Chez Lina");
	}

	@Test
	void asksForASector() throws Exception {
		var page = forms.refused("business", business("Boutique Lina", null, "", null, "4"));
		assertThat(page.errorFor("naicsCode")).isEqualTo(french("intake.business.naicsCode.required"));
	}

	@Test
	void refusesAWordForTheNumberOfEmployees() throws Exception {
		// when (browsers send no letters from a number input: only a hand-made request does)
		var page = forms.refused("business", business("Boutique Lina", "Chez Lina", "", "445110", "abc"));

		// then
		assertThat(page.errorFor("employees")).isEqualTo(french("typeMismatch.employees"));
		assertThat(page.valueOf("legalName")).isEqualTo("Boutique Lina");
		assertThat(page.valueOf("tradeName")).isEqualTo("Chez Lina");
		assertThat(page.checked("naicsCode")).containsExactly("445110");
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "10000" })
	void refusesANumberOfEmployeesOutOfRange(String employees) throws Exception {
		// when
		var page = forms.refused("business", business("Boutique Lina", null, "", "445110", employees));

		// then
		assertThat(page.errorFor("employees")).isEqualTo(french("intake.business.employees.range"));
		assertThat(page.valueOf("employees")).isEqualTo(employees);
	}

	@Test
	void asksForTheNumberOfEmployees() throws Exception {
		var page = forms.refused("business", business("Boutique Lina", null, "", "445110", ""));
		assertThat(page.errorFor("employees")).isEqualTo(french("intake.business.employees.required"));
	}

	private MockHttpServletRequestBuilder business(String legalName, String tradeName, String neq, String naicsCode,
			String employees) {
		var request = forms.postStep("business")
			.param("legalName", legalName)
			.param("neq", neq)
			.param("employees", employees);
		if (tradeName != null) {
			request.param("tradeName", tradeName);
		}
		if (naicsCode != null) {
			request.param("naicsCode", naicsCode);
		}
		return request;
	}

}
