package ca.pignon.intake.web;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.Role;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.ApplicationFixture.uniqueEmail;
import static ca.pignon.intake.MessageFiles.french;
import static ca.pignon.intake.web.StepForms.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * htmx requests get only the fragment they replace; the same URLs without htmx give whole pages.
 */
class HtmxTests extends IntakeWebTest {

	RequestPostProcessor staff;

	RequestPostProcessor merchant;

	@BeforeEach
	void staffAndAMerchant() {
		String email = uniqueEmail("conseil");
		StaffFixture.staffMember(accounts, jdbc, email, "Conseil", Role.MANAGER);
		staff = signedIn(users, email);
		var application = anApplication(intake);
		application.draft(0);
		merchant = signedIn(users, application.email());
	}

	@Test
	void refreshesOnlyTheResultsOfTheStaffList() throws Exception {
		// given
		String name = "Épicerie htmx " + System.nanoTime();
		anApplication(intake).named(name).submit();

		// when
		var fragment = page(get("/intake/applications").param("q", name)
			.param("eligibility", "ELIGIBLE")
			.header("HX-Request", "true")
			.with(staff));
		var whole = page(get("/intake/applications").param("q", name).param("eligibility", "ELIGIBLE").with(staff));

		// then
		assertThat(fragment.html()).doesNotContain("<html", "<body", "<form");
		// the live region stays on the page: only its content comes back, to be swapped in it (announced)
		assertThat(fragment.document().select("#results, [aria-live]")).isEmpty();
		assertThat(fragment.document().select("tbody tr")).singleElement()
			.satisfies(row -> assertThat(row.text()).contains(name));
		assertThat(whole.html()).contains("<html");
		assertThat(whole.document().select("form.filters")).hasSize(1);
		assertThat(whole.document().select("#results tbody tr").text()).contains(name);
	}

	@Test
	void findsSectorsInFrenchAsTheMerchantTypes() throws Exception {
		// when
		var boulangerie = sectors("boulangerie");
		var coiffure = sectors("coiffure");

		// then
		assertThat(boulangerie.html()).doesNotContain("<html");
		assertThat(boulangerie.document().select("#sector-results, [aria-live]")).isEmpty();
		assertThat(labels(boulangerie)).contains("Boulangeries de détail (311811)",
				"Détaillants de produits de boulangerie (445291)");
		assertThat(labels(coiffure)).contains("Salons de coiffure pour hommes (812114)",
				"Salons de coiffure unisexes (812116)");
		assertThat(codes(coiffure)).allSatisfy(code -> assertThat(code).startsWith("812"));
		assertThat(coiffure.checked("naicsCode")).isEmpty();
	}

	@Test
	void findsSectorsFromEnglishWords() throws Exception {
		// when
		var grocery = sectors("grocery");
		var bakery = sectors("bakery");

		// then titled in French wherever the catalogue has a French title
		assertThat(labels(grocery)).contains("Épiceries et dépanneurs (4451)",
				"Supermarchés et autres épiceries (sauf les dépanneurs) (445110)");
		assertThat(codes(bakery)).startsWith("311811", "445291");
	}

	@Test
	void findsSectorsWithTheSearchOfThePublicApi() throws Exception {
		for (String word : List.of("fromagerie", "bar", "cafe", "librarie")) {
			// when
			var page = sectors(word);

			// then the same classes in the same order as GET /api/v1/sectors
			assertThat(codes(page)).as(word)
				.isNotEmpty()
				.containsExactlyElementsOf(intake.searchSectors(word, java.util.Locale.CANADA_FRENCH)
					.stream()
					.map(ca.pignon.intake.Sector::code)
					.toList());
		}
	}

	@Test
	void titlesSectorsInEnglishForAnEnglishReader() throws Exception {
		var page = page(get("/intake/my/sectors").param("sectorQuery", "boulangerie")
			.cookie(new Cookie("pignon-lang", "en-CA"))
			.header("HX-Request", "true")
			.with(merchant));
		assertThat(labels(page)).contains("Bakeries, manufacture of products for retail sale (311811)",
				"Baked goods retailers (445291)");
		assertThat(labels(page)).noneMatch(label -> label.contains("Boulangeries") || label.contains("Détaillants"));
	}

	@Test
	void keepsTheSectorAlreadyChosenChecked() throws Exception {
		var page = page(get("/intake/my/sectors").param("sectorQuery", "coiffure")
			.param("naicsCode", "812116")
			.header("HX-Request", "true")
			.with(merchant));
		assertThat(page.checked("naicsCode")).containsExactly("812116");
	}

	@Test
	void saysWhenNoSectorMatches() throws Exception {
		var page = sectors("zzzz");
		assertThat(labels(page)).isEmpty();
		assertThat(page.text()).isEqualTo(french("intake.business.noResult"));
	}

	private Page sectors(String query) throws Exception {
		return page(get("/intake/my/sectors").param("sectorQuery", query).header("HX-Request", "true").with(merchant));
	}

	private Page page(MockHttpServletRequestBuilder request) throws Exception {
		return Page.of(mvc.perform(request).andExpect(status().isOk()).andReturn());
	}

	private static List<String> labels(Page page) {
		return page.document().select("label").eachText();
	}

	private static List<String> codes(Page page) {
		return page.document().select("input[name=naicsCode]").eachAttr("value");
	}

}
