package ca.pignon.support;

import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA checks with axe-core in the real browser: a page passes when axe finds nothing serious or critical, and
 * when the Nu HTML Checker finds no error in it ({@link HtmlConformance}): every page a browser journey checks is
 * checked both ways.
 */
public final class Accessibility {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private Accessibility() {
	}

	public static void assertNoSeriousViolations(WebDriver driver) {
		var results = new AxeBuilder().withTags(TAGS).analyze(driver);
		List<String> serious = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(Accessibility::describe)
			.toList();
		assertThat(serious).as("axe-core serious or critical violations on " + driver.getCurrentUrl()).isEmpty();
		HtmlConformance.assertValid(driver);
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
	}

}
