package ca.pignon.platform;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * French first: pages are French unless the person picks English; the API follows the client's Accept-Language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class LocaleTests {

	static final String FRENCH_TITLE = "Inscrivez votre commerce";

	static final String ENGLISH_TITLE = "Register your business";

	@Autowired
	MockMvc mvc;

	@Test
	void showsPagesInFrenchEvenToAnEnglishBrowser() throws Exception {
		// when
		String page = body(mvc.perform(get("/").header("Accept-Language", "en-CA,en;q=0.9")).andReturn());
		// then
		assertThat(page).contains("<html lang=\"fr-CA\"", FRENCH_TITLE).doesNotContain(ENGLISH_TITLE);
	}

	@Test
	void switchesToEnglishOnRequestAndRemembersTheChoice() throws Exception {
		// when
		MvcResult switched = mvc.perform(get("/").param("lang", "en")).andReturn();
		Cookie choice = switched.getResponse().getCookie("pignon-lang");
		String nextPage = body(mvc.perform(get("/privacy").cookie(choice)).andReturn());
		// then
		assertThat(body(switched)).contains("<html lang=\"en-CA\"", ENGLISH_TITLE);
		assertThat(choice).isNotNull();
		assertThat(choice.getMaxAge()).isPositive();
		assertThat(nextPage).contains("<html lang=\"en-CA\"").doesNotContain("Protection des renseignements personnels");
		// where the English page shows what the program wrote in French, it says so (the privacy officer's title)
		var officer = org.jsoup.Jsoup.parse(nextPage).select("dd[lang=fr]");
		assertThat(officer).isNotEmpty().allSatisfy(passage -> assertThat(passage.text()).isNotBlank());
	}

	@Test
	void fallsBackToFrenchForALanguageItDoesNotOffer() throws Exception {
		// when
		MvcResult german = mvc.perform(get("/").param("lang", "de")).andReturn();
		String fromCookie = body(mvc.perform(get("/").cookie(new Cookie("pignon-lang", "de-DE"))).andReturn());
		// then
		assertThat(body(german)).contains("<html lang=\"fr-CA\"", FRENCH_TITLE);
		assertThat(fromCookie).contains("<html lang=\"fr-CA\"", FRENCH_TITLE);
	}

	@Test
	void answersTheApiInTheLanguageOfTheClient() throws Exception {
		// when
		String english = body(mvc.perform(api().header("Accept-Language", "en")).andReturn());
		String french = body(mvc.perform(api().header("Accept-Language", "fr-CA")).andReturn());
		String unspecified = body(mvc.perform(api()).andReturn());
		String german = body(mvc.perform(api().header("Accept-Language", "de")).andReturn());
		// then
		assertThat(english).contains("Authentication required");
		assertThat(french).contains("Authentification requise");
		assertThat(unspecified).contains("Authentification requise");
		assertThat(german).contains("Authentification requise");
	}

	private static MockHttpServletRequestBuilder api() {
		return get("/api/v1/me").header("Accept", "application/json");
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
