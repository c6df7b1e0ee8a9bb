package ca.pignon.intake.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;


import static ca.pignon.intake.MessageFiles.french;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The commitment step: both choices are required, and the optional consents are never checked for the merchant.
 */
class CommitmentStepTests extends IntakeWebTest {

	StepForms forms;

	@BeforeEach
	void aMerchantAtThisStep() {
		forms = StepForms.merchantAfter(3, mvc, users, intake);
	}

	@Test
	void offersEveryConsentUnchecked() throws Exception {
		// when
		var page = Page.of(mvc.perform(get("/intake/my/steps/commitment").with(forms.merchant()))
			.andExpect(status().isOk())
			.andReturn());

		// then
		assertThat(page.document().select("input[type=checkbox][name=consents]").eachAttr("value"))
			.containsExactlyInAnyOrder("SHARE_WITH_SDC", "PROGRAM_NEWS", "CITED_AS_EXAMPLE");
		assertThat(page.checked("consents")).isEmpty();
		assertThat(page.checked("hoursPerWeek")).isEmpty();
		assertThat(page.checked("workBy")).isEmpty();
	}

	@Test
	void asksForBothChoicesAndKeepsTheBoxesChecked() throws Exception {
		// when
		var page = forms.refused("commitment",
				forms.postStep("commitment").param("consents", "PROGRAM_NEWS").param("hoursPerWeek", ""));

		// then
		assertThat(page.errorFor("hoursPerWeek")).isEqualTo(french("intake.commitment.hoursPerWeek.required"));
		assertThat(page.errorFor("workBy")).isEqualTo(french("intake.commitment.workBy.required"));
		assertThat(page.checked("consents")).containsExactly("PROGRAM_NEWS");
		assertThat(intake.consentHistory(forms.account())).isEmpty();
	}

	@Test
	void keepsTheChoiceMadeWhenTheOtherIsMissing() throws Exception {
		var page = forms.refused("commitment", forms.postStep("commitment").param("workBy", "FAMILY_OR_PARTNER"));
		assertThat(page.errorFor("hoursPerWeek")).isEqualTo(french("intake.commitment.hoursPerWeek.required"));
		assertThat(page.errorFor("workBy")).isEmpty();
		assertThat(page.checked("workBy")).containsExactly("FAMILY_OR_PARTNER");
	}

}
