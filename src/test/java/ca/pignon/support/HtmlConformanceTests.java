package ca.pignon.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checker the browser journeys run on every page they check (through {@link Accessibility}) does fail on what the
 * issue's outside run found, and passes a page written as Pignon's are.
 */
class HtmlConformanceTests {

	static String page(String body) {
		return """
				<!DOCTYPE html>
				<html lang="fr-CA"><head><meta charset="utf-8"><title>Page</title></head>
				<body><main>%s</main></body></html>""".formatted(body);
	}

	@Test
	void aPageWithDataHxAttributesAndAFormInATableCellIsValid() {
		assertThat(HtmlConformance.errors(page("""
				<input type="search" name="q" aria-label="Secteur" data-hx-get="/intake/my/sectors" data-hx-target="#r">
				<table><tr><td><form method="post" action="/x"><button type="submit">Révoquer</button></form></td></tr></table>
				"""))).isEmpty();
	}

	@Test
	void bareHxAttributesAreErrors() {
		assertThat(HtmlConformance.errors(page("""
				<input type="search" name="q" aria-label="Secteur" hx-get="/intake/my/sectors">""")))
			.singleElement()
			.asString()
			.contains("hx-get");
	}

	@Test
	void aFormInsideASpanIsAnError() {
		assertThat(HtmlConformance.errors(page("""
				<p><span><form method="post" action="/x"><button type="submit">Révoquer</button></form></span></p>""")))
			.isNotEmpty();
	}

	@Test
	void theFailureNamesThePage() {
		assertThatThrownBy(() -> HtmlConformance.assertValid("/account/tokens", page("<span hx-post=\"/x\">x</span>")))
			.hasMessageContaining("/account/tokens")
			.hasMessageContaining("hx-post");
	}

}
