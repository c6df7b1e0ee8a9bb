package ca.pignon.intake.web;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;

import ca.pignon.intake.ConsentPurpose;
import ca.pignon.intake.ConsentRecord;

import static ca.pignon.intake.MessageFiles.french;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mes consentements": what a merchant reads on the page is exactly what the ledger keeps.
 */
class ConsentPageTests extends IntakeWebTest {

	StepForms merchant;

	@BeforeEach
	void aMerchant() {
		merchant = StepForms.merchantAfter(4, mvc, users, intake);
	}

	@Test
	void showsNoConsentGivenUntilTheMerchantGivesOne() throws Exception {
		// given
		var before = consentPage(null);

		// when
		grant(ConsentPurpose.SHARE_WITH_SDC, null);
		var after = consentPage(null);

		// then
		assertThat(before.document().select("input[name=granted]").eachAttr("value")).containsOnly("true");
		assertThat(before.text()).doesNotContain(french("intake.consents.active"));
		assertThat(after.document().select("input[name=granted]").eachAttr("value")).containsExactlyInAnyOrder("false",
				"true", "true");
		assertThat(after.document().select(".card:has(input[value=SHARE_WITH_SDC])").text())
			.contains(french("intake.consents.active"), french("intake.consents.withdraw"));
	}

	@Test
	void keepsTheFrenchWordsThePageShowed() throws Exception {
		// given
		var shown = paragraphsOf(consentPage(null));

		// when
		grant(ConsentPurpose.SHARE_WITH_SDC, null);

		// then
		assertThat(intake.consentHistory(merchant.account())).singleElement()
			.extracting(ConsentRecord::textShown)
			.isIn(shown);
	}

	@Test
	void keepsTheEnglishWordsThePageShowedAnEnglishReader() throws Exception {
		// given
		var english = new Cookie("pignon-lang", "en-CA");
		var shown = paragraphsOf(consentPage(english));

		// when
		grant(ConsentPurpose.CITED_AS_EXAMPLE, english);

		// then
		assertThat(intake.consentHistory(merchant.account())).singleElement()
			.extracting(ConsentRecord::textShown)
			.isIn(shown)
			.asString()
			.startsWith("I agree");
	}

	@Test
	void withdrawsAndShowsTheHistory() throws Exception {
		// given
		grant(ConsentPurpose.PROGRAM_NEWS, null);

		// when
		mvc.perform(post("/intake/my/consents").with(merchant.merchant())
			.with(csrf())
			.param("purpose", "PROGRAM_NEWS")
			.param("granted", "false")).andExpect(redirectedUrl("/intake/my/consents"));

		// then
		assertThat(intake.consentsOf(merchant.account())).containsEntry(ConsentPurpose.PROGRAM_NEWS, false);
		assertThat(intake.consentHistory(merchant.account())).singleElement()
			.satisfies(record -> assertThat(record.withdrawnAt()).isNotNull());
	}

	private Page consentPage(Cookie language) throws Exception {
		var request = get("/intake/my/consents").with(merchant.merchant());
		if (language != null) {
			request.cookie(language);
		}
		return Page.of(mvc.perform(request).andExpect(status().isOk()).andReturn());
	}

	private void grant(ConsentPurpose purpose, Cookie language) throws Exception {
		var request = post("/intake/my/consents").with(merchant.merchant())
			.with(csrf())
			.param("purpose", purpose.name())
			.param("granted", "true");
		if (language != null) {
			request.cookie(language);
		}
		mvc.perform(request).andExpect(redirectedUrl("/intake/my/consents"));
	}

	private static List<String> paragraphsOf(Page page) {
		return page.document().select("main p").eachText();
	}

}
