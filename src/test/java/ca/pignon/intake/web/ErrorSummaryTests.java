package ca.pignon.intake.web;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused registration step (every field left empty) opens on an error summary that a keyboard and a screen reader
 * can use (WCAG 3.3.1): each line links to an element that exists on the page (a group of choices too, by its name),
 * the lines come in the order of the fields on the page, the summary can take the focus, and it carries the title's
 * "Erreur :" for the layout's script.
 */
class ErrorSummaryTests extends IntakeWebTest {

	@ParameterizedTest
	@ValueSource(strings = { "business", "storefront", "online", "commitment" })
	void anEmptyStepIsRefusedWithASummaryInTheOrderOfThePage(String step) throws Exception {
		var forms = StepForms.merchantAfter(List.of("business", "storefront", "online", "commitment").indexOf(step), mvc,
				users, intake);

		var page = forms.refused(step, forms.postStep(step));

		var document = page.document();
		Element summary = document.getElementById("error-summary");
		assertThat(summary).as("the error summary of " + step).isNotNull();
		assertThat(summary.attr("tabindex")).isEqualTo("-1");
		assertThat(summary.attr("data-title")).isEqualTo("Erreur : %s");
		List<String> targets = summary.select("a[href^=#]").eachAttr("href");
		assertThat(targets).as("links of the summary of " + step).isNotEmpty();
		List<Integer> positions = new ArrayList<>();
		List<Element> all = document.getAllElements();
		for (String target : targets) {
			Element element = document.getElementById(target.substring(1));
			assertThat(element).as(step + ": the summary links to " + target + ", which is on the page").isNotNull();
			assertThat(element.is("input, select, textarea, [tabindex]"))
				.as(step + ": " + target + " can take the focus")
				.isTrue();
			positions.add(all.indexOf(element));
		}
		assertThat(positions).as(step + ": the summary's links " + targets + " in the order of the page").isSorted();
		assertThat(summary.select("a[href^=#]")).hasSize(summary.select("li").size());
	}

}
