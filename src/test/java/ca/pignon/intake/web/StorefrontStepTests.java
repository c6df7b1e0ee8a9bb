package ca.pignon.intake.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;



import static ca.pignon.intake.MessageFiles.french;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storefront step refuses what is wrong in French and keeps both what was typed and what was stored.
 */
class StorefrontStepTests extends IntakeWebTest {

	StepForms forms;

	@BeforeEach
	void aMerchantWhoAlreadySavedThisStep() {
		forms = StepForms.merchantAfter(2, mvc, users, intake);
	}

	@Test
	void asksForEveryMissingField() throws Exception {
		// when
		var page = forms.refused("storefront", forms.postStep("storefront")
			.param("civicNumber", "")
			.param("street", " ")
			.param("municipality", "")
			.param("postalCode", ""));

		// then
		assertThat(page.errorFor("civicNumber")).isEqualTo(french("intake.storefront.civicNumber.required"));
		assertThat(page.errorFor("street")).isEqualTo(french("intake.storefront.street.required"));
		assertThat(page.errorFor("municipality")).isEqualTo(french("intake.storefront.municipality.required"));
		assertThat(page.errorFor("postalCode")).isEqualTo(french("intake.storefront.postalCode.required"));
		assertThat(page.errorFor("receptionMode")).isEqualTo(french("intake.storefront.receptionMode.required"));
		assertThat(page.errorSummary()).hasSize(5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "G1K 8N", "G1K-8N1-X", "GGG 111" })
	void refusesAnInvalidPostalCode(String postalCode) throws Exception {
		// when
		var page = forms.refused("storefront", forms.postStep("storefront")
			.param("civicNumber", "350")
			.param("street", "rue Abraham-Martin")
			.param("unit", "local 2")
			.param("municipality", "Québec")
			.param("postalCode", postalCode)
			.param("receptionMode", "STOREFRONT"));

		// then
		assertThat(page.errorFor("postalCode")).isEqualTo(french("intake.storefront.postalCode.invalid"));
		assertThat(page.valueOf("postalCode")).isEqualTo(postalCode);
		assertThat(page.valueOf("civicNumber")).isEqualTo("350");
		assertThat(page.valueOf("street")).isEqualTo("rue Abraham-Martin");
		assertThat(page.valueOf("unit")).isEqualTo("local 2");
		assertThat(page.valueOf("municipality")).isEqualTo("Québec");
		assertThat(page.checked("receptionMode")).containsExactly("STOREFRONT");
	}

	@Test
	void asksHowCustomersAreReceived() throws Exception {
		// when
		var page = forms.refused("storefront", forms.postStep("storefront")
			.param("civicNumber", "350")
			.param("street", "rue Abraham-Martin")
			.param("municipality", "Québec")
			.param("postalCode", "G1K 8N1"));

		// then
		assertThat(page.errorFor("receptionMode")).isEqualTo(french("intake.storefront.receptionMode.required"));
		assertThat(page.errorSummary()).containsExactly(french("intake.storefront.receptionMode.required"));
		assertThat(page.valueOf("postalCode")).isEqualTo("G1K 8N1");
		assertThat(page.checked("receptionMode")).isEmpty();
	}

	@Test
	void refusesAReceptionModeThatDoesNotExist() throws Exception {
		// when
		var page = forms.refused("storefront", forms.postStep("storefront")
			.param("civicNumber", "350")
			.param("street", "rue Abraham-Martin")
			.param("municipality", "Québec")
			.param("postalCode", "G1K 8N1")
			.param("receptionMode", "TELEPORTATION"));

		// then
		assertThat(page.errorFor("receptionMode")).isNotBlank().isEqualTo(french("typeMismatch"));
	}

}
