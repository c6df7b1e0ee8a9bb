package ca.pignon.intake.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;



import static ca.pignon.intake.MessageFiles.french;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online presence step accepts only web links and handles, and asks for at least one goal.
 */
class OnlineStepTests extends IntakeWebTest {

	StepForms forms;

	@BeforeEach
	void aMerchantWhoAlreadySavedThisStep() {
		forms = StepForms.merchantAfter(3, mvc, users, intake);
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "http://", "https://", "data:text/html,<b>x</b>",
			"ftp://exemple.ca", "http://localhost" })
	void refusesWhatIsNotAWebLink(String link) throws Exception {
		// when
		var page = forms.refused("online", forms.postStep("online")
			.param("website", link)
			.param("facebook", link)
			.param("instagram", "@bon.compte")
			.param("goals", "SOCIAL_MEDIA"));

		// then
		assertThat(page.errorFor("website")).isEqualTo(french("intake.online.link.invalid"));
		assertThat(page.errorFor("facebook")).isEqualTo(french("intake.online.link.invalid"));
		assertThat(page.errorFor("instagram")).isEmpty();
		assertThat(page.valueOf("website")).contains(link);
		assertThat(page.valueOf("instagram")).isEqualTo("@bon.compte");
		assertThat(page.checked("goals")).containsExactly("SOCIAL_MEDIA");
		assertThat(page.document().select("a[href]").eachAttr("href")).noneMatch(href -> href.contains(link));
	}

	@Test
	void refusesAHandleWithSpaces() throws Exception {
		var page = forms.refused("online",
				forms.postStep("online").param("instagram", "@mon commerce").param("goals", "WEBSITE"));
		assertThat(page.errorFor("instagram")).isEqualTo(french("intake.online.link.invalid"));
	}

	@Test
	void asksForAtLeastOneGoal() throws Exception {
		// when
		var page = forms.refused("online",
				forms.postStep("online").param("website", "www.chezlina.ca").param("goalsOther", "  "));

		// then
		assertThat(page.errorSummary()).containsExactly(french("intake.online.goals.required"));
		assertThat(page.errorFor("goals")).isEqualTo(french("intake.online.goals.required"));
		assertThat(page.valueOf("website")).isEqualTo("https://www.chezlina.ca");
	}

}
