package ca.pignon.platform;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /aide: one section per audience and the program's contact from the configuration, in the interface's language, and
 * a link to it in every page's footer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "pignon.program.contact.email=aide@programme.test",
		"pignon.program.contact.phone=418 555-0199", "pignon.program.contact.hours=Du lundi au vendredi, de 9 h à 17 h" })
class HelpPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void helpsEachAudienceInFrenchWithTheProgramsContact() throws Exception {
		// when
		Document page = page(get("/aide"));

		// then
		assertThat(page.select("h1").text()).isEqualTo("Aide");
		assertThat(page.select("section[id] > h2").eachText()).containsExactly("Commerçantes et commerçants",
				"Conseillères et conseillers", "Gestion du programme", "Ville", "Nous joindre");
		assertThat(page.select("#merchant h3")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(page.select("#contact a[href='mailto:aide@programme.test']").text())
			.isEqualTo("aide@programme.test");
		assertThat(page.select("#contact").text()).contains("418 555-0199", "Du lundi au vendredi, de 9 h à 17 h");
	}

	@Test
	void helpsInEnglishAtTheSameAddressWhenTheInterfaceIsInEnglish() throws Exception {
		// when
		Document page = page(get("/aide").cookie(new Cookie("pignon-lang", "en-CA")));

		// then
		assertThat(page.select("h1").text()).isEqualTo("Help");
		assertThat(page.select("section[id] > h2").eachText()).containsExactly("Merchants", "Advisors",
				"Program management", "City", "Contact us");
		assertThat(page.select("#contact").text()).contains("aide@programme.test");
	}

	@Test
	void linksToHelpFromTheFooterOfEveryKindOfPage() throws Exception {
		for (String path : new String[] { "/", "/login", "/privacy", "/sources", "/register", "/aide" }) {
			Document page = page(get(path));
			assertThat(page.select("footer a[href='/aide']").eachText()).as(path).containsExactly("Aide");
		}
	}

	private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
		return Jsoup.parse(response.getContentAsString());
	}

}
