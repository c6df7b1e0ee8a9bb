package ca.pignon.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The main menu each role sees, links the modules contribute and platform's own, in the order people know.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MainMenuTests {

	static final String APPLICATIONS = "/intake/applications Candidatures";

	static final String ROUNDS = "/selection/rounds Sélection";

	static final String FOLLOWUP = "/followup Suivi des commerces";

	static final String REVIEWS = "/selection/reviews Mes évaluations";

	static final String BANK = "/diagnostic/bank Banque de questions";

	static final String CATALOGUE = "/plan/catalogue Catalogue des actions";

	static final String ACCOUNT = "/account Mon compte";

	static final String MY_DATA = "/privacy/my Mes données";

	static final String BRIEFS = "/providers/briefs Choix de fournisseurs";

	static final String DIRECTORY = "/providers/directory Répertoire des fournisseurs";

	static final String NEUTRALITY = "/providers/neutrality Rapport de neutralité";

	static final String OCCASIONS = "/content/occasions Occasions";

	static final String MY_CONTACT = "/conversation/contact Mes coordonnées";

	static final String REPORTS = "/reports Indicateurs du programme";

	static final String PRIVACY_REQUESTS = "/privacy/requests Demandes (renseignements personnels)";

	static final String PRIVACY_RETENTION = "/privacy/retention Conservation des renseignements";

	static final String SDC = "/territory/sdc Secteurs des SDC";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@ParameterizedTest
	@EnumSource(Caller.class)
	void showsEachRoleItsLinksInOrder(Caller caller) throws Exception {
		// given
		MockHttpServletRequestBuilder request = get("/privacy");
		caller.role().ifPresent(role -> request.with(user(new TestAccounts(context).signedIn(role))));
		// when
		String page = mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// then
		List<String> links = Jsoup.parse(page)
			.select("nav ul.nav > li > a:not([hreflang])")
			.stream()
			.map(link -> link.attr("href") + " " + link.text())
			.toList();
		assertThat(links).containsExactlyElementsOf(switch (caller) {
			case ANONYMOUS -> List.of("/login Se connecter");
			case MERCHANT -> List.of("/intake/my Mon dossier", MY_DATA, ACCOUNT);
			case ADVISOR -> List.of(APPLICATIONS, FOLLOWUP, MY_CONTACT, REVIEWS, BRIEFS, OCCASIONS, ACCOUNT);
			case MANAGER -> List.of(APPLICATIONS, ROUNDS, FOLLOWUP, MY_CONTACT, REVIEWS, BANK, CATALOGUE, BRIEFS, DIRECTORY,
					NEUTRALITY, OCCASIONS, REPORTS, PRIVACY_REQUESTS, PRIVACY_RETENTION, SDC, ACCOUNT);
			case CITY -> List.of(REPORTS, ACCOUNT);
			case PROVIDER -> List.of("/providers/me Mon profil de fournisseur",
					"/providers/me/requests Mes demandes de soumission", ACCOUNT);
			case ADMIN -> List.of(APPLICATIONS, ROUNDS, FOLLOWUP, BANK, CATALOGUE, BRIEFS, DIRECTORY, NEUTRALITY,
					OCCASIONS, REPORTS, PRIVACY_REQUESTS, PRIVACY_RETENTION, SDC,
					"/admin/accounts Comptes", "/admin/outbox Courriels",
					"/privacy/officers Responsables des renseignements personnels", ACCOUNT);
		});
	}

	@ParameterizedTest
	@EnumSource(Caller.class)
	void linksTheApiDocumentationFromStaffPagesOnly(Caller caller) throws Exception {
		// given
		MockHttpServletRequestBuilder request = get("/privacy");
		caller.role().ifPresent(role -> request.with(user(new TestAccounts(context).signedIn(role))));
		// when
		String page = mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// then
		var footer = Jsoup.parse(page).select("footer");
		assertThat(footer.select("a[href=/privacy]")).as("the footer of " + caller).hasSize(1);
		assertThat(footer.select("a[href^=/api/]")).as("API links in the footer of " + caller)
			.hasSize(caller.role().map(Role::isStaff).orElse(false) ? 1 : 0);
	}

}
