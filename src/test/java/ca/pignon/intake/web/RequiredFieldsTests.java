package ca.pignon.intake.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A merchant's step announces as required (aria-required) exactly the fields it refuses empty (WCAG 3.3.2): the
 * expectation is the step's own answer to the form sent with every field empty, not a list kept here.
 */
class RequiredFieldsTests extends IntakeWebTest {

	static final String TEXT_FIELDS = "input[type=text], input[type=number], input[type=email], input[type=tel], "
			+ "input[type=url], input[type=password], textarea";

	@ParameterizedTest
	@ValueSource(strings = { "business", "storefront", "online" })
	void marksAsRequiredExactlyTheFieldsTheStepRefusesEmpty(String step) throws Exception {
		// given a merchant who saved every step
		StepForms forms = StepForms.merchantAfter(4, mvc, users, intake);
		Document page = html(mvc.perform(get("/intake/my/steps/" + step).with(forms.merchant()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		Set<String> fields = new TreeSet<>();
		Set<String> marked = new TreeSet<>();
		for (Element input : page.select("form " + TEXT_FIELDS.replace(", ", ", form "))) {
			fields.add(input.attr("name"));
			if (input.attr("aria-required").equals("true") || input.hasAttr("required")) {
				marked.add(input.attr("name"));
			}
		}
		var empty = forms.postStep(step);
		fields.forEach(field -> empty.param(field, ""));
		// when
		Document refused = html(mvc.perform(empty).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		// then
		Set<String> refusedEmpty = new TreeSet<>();
		for (String field : fields) {
			if (refused.getElementById(field + "-error") != null) {
				refusedEmpty.add(field);
			}
		}
		assertThat(fields).as("the text fields of the step").isNotEmpty();
		assertThat(marked).as("the fields marked as required").isEqualTo(refusedEmpty);
	}

	static Document html(String body) {
		return Jsoup.parse(body);
	}

}
