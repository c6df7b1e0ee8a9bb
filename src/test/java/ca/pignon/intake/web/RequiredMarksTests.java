package ca.pignon.intake.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Every field a form refuses empty is announced as required before anyone is refused (WCAG 3.3.2): each form is sent
 * empty, and every field the refusal names must carry {@code aria-required} or {@code required} on the page as it was
 * first shown and as it came back; a group of radio buttons carries {@code required} on its buttons. (A group of
 * checkboxes where one is enough has no such mark in HTML: its legend says it.)
 */
class RequiredMarksTests extends IntakeWebTest {

	static final List<String> STEPS = List.of("business", "storefront", "online", "commitment");

	@ParameterizedTest
	@ValueSource(strings = { "business", "storefront", "online", "commitment" })
	void everyFieldAStepRefusesEmptyIsMarkedRequired(String step) throws Exception {
		var forms = StepForms.merchantAfter(STEPS.indexOf(step), mvc, users, intake);
		var shown = Page.of(mvc.perform(get("/intake/my/steps/" + step).with(forms.merchant()))
			.andExpect(status().isOk())
			.andReturn());

		var refused = forms.refused(step, forms.postStep(step));

		assertMarked(step, refused.document(), shown.document());
	}

	@Test
	void everyFieldOfTheAccountStepItRefusesEmptyIsMarkedRequired() throws Exception {
		var shown = Page.of(mvc.perform(get("/register")).andExpect(status().isOk()).andReturn());

		var refused = Page.of(mvc.perform(post("/register/account").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("intake/register"))
			.andReturn());

		assertMarked("register", refused.document(), shown.document());
		assertThat(shown.document().getElementById("phone").hasAttr("aria-required")).as("the phone is optional")
			.isFalse();
	}

	private static void assertMarked(String form, Document refused, Document shown) {
		List<String> refusedFields = refused.select("#error-summary a[href^=#]")
			.eachAttr("href")
			.stream()
			.map(href -> href.substring(1))
			.toList();
		assertThat(refusedFields).as("fields refused on " + form).isNotEmpty();
		for (String id : refusedFields) {
			for (Document page : List.of(shown, refused)) {
				Element target = page.getElementById(id);
				assertThat(target).as(form + ": #" + id).isNotNull();
				if (target.is("fieldset")) {
					var radios = target.select("input[type=radio]");
					if (!radios.isEmpty()) {
						assertThat(radios).as(form + ": the radio buttons of #" + id)
							.allSatisfy(radio -> assertThat(radio.hasAttr("required")).isTrue());
					}
					else {
						assertThat(target.select("input[type=checkbox]")).as(form + ": #" + id + " groups checkboxes")
							.isNotEmpty();
					}
				}
				else {
					assertThat(target.hasAttr("required") || "true".equals(target.attr("aria-required")))
						.as(form + ": #" + id + " is marked required")
						.isTrue();
				}
			}
		}
	}

}
