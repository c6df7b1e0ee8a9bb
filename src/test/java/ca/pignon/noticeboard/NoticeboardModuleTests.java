package ca.pignon.noticeboard;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A module added without touching platform: the notice board, a fixture module of this package, declares who may
 * reach it ({@code ModuleRoutes}), a link of the menu ({@code MenuEntry}) and its messages
 * ({@code i18n/noticeboard/}), and each takes effect.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ NoticeboardRoutes.class, NoticeboardMenu.class, NoticeboardController.class })
class NoticeboardModuleTests {

	@Autowired
	MockMvc mvc;

	@Test
	void letsMerchantsReachItsPageInFrenchAndInEnglish() throws Exception {
		// when
		MvcResult french = perform(get("/noticeboard").with(as("MERCHANT")));
		MvcResult english = perform(get("/noticeboard").param("lang", "en").with(as("MERCHANT")));
		// then
		assertThat(french.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(french)).contains("<h1>Avis aux commerçants</h1>");
		assertThat(body(english)).contains("<h1>Notices to merchants</h1>");
	}

	@Test
	void refusesItsPageToTheOtherRolesAndSendsVisitorsToSignIn() throws Exception {
		for (String role : List.of("ADVISOR", "MANAGER", "CITY", "ADMIN")) {
			// when
			int status = perform(get("/noticeboard").with(as(role))).getResponse().getStatus();
			// then
			assertThat(status).as(role).isEqualTo(403);
		}
		assertThat(perform(get("/noticeboard")).getResponse().getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	void answersItsApiToMerchantsOnly() throws Exception {
		// when
		MvcResult merchant = perform(get("/api/v1/noticeboard/notices").with(as("MERCHANT")));
		MvcResult advisor = perform(get("/api/v1/noticeboard/notices").with(as("ADVISOR")));
		MvcResult visitor = perform(get("/api/v1/noticeboard/notices"));
		// then
		assertThat(body(merchant)).contains("Les inscriptions ferment vendredi.");
		assertThat(advisor.getResponse().getStatus()).isEqualTo(403);
		assertThat(visitor.getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void showsItsMenuLinkToMerchantsOnlyAfterTheirApplication() throws Exception {
		// when
		List<String> merchant = menu(perform(get("/privacy").with(as("MERCHANT"))));
		List<String> advisor = menu(perform(get("/privacy").with(as("ADVISOR"))));
		// then
		assertThat(merchant).containsExactly("/intake/my Mon dossier", "/noticeboard Babillard", "/privacy/my Mes données",
				"/account Mon compte");
		assertThat(advisor).doesNotContain("/noticeboard Babillard");
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static RequestPostProcessor as(String role) {
		return user(role.toLowerCase() + "@pignon.test").roles(role);
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<String> menu(MvcResult page) throws Exception {
		return Jsoup.parse(body(page))
			.select("nav ul.nav > li > a:not([hreflang])")
			.stream()
			.map(link -> link.attr("href") + " " + link.text())
			.toList();
	}

}
