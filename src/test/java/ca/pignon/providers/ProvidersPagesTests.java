package ca.pignon.providers;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ca.pignon.support.PdfChecks;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.Dates;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.shared.Actor;

import static ca.pignon.providers.ProvidersFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The provider pages in the browser's terms: bad input comes back as typed with a clear message; a merchant's briefs
 * answer only the merchant, their advisor and managers (the dossier's rule); the provider's link works for its
 * provider and brief only; the API lists services and vetted providers.
 */
@SpringBootTest(properties = "pignon.test.context=providers")
@AutoConfigureMockMvc
class ProvidersPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	ProvidersFixture fixture;

	PignonUser advisor;

	ApplicationDetails application;

	PignonUser merchant;

	BriefId brief;

	@BeforeEach
	void aMerchantWithABrief() {
		fixture = new ProvidersFixture(context);
		fixture.reset();
		advisor = fixture.advisor();
		application = fixture.merchantWithApprovedPlan(advisor, "Fromagerie " + System.nanoTime());
		merchant = fixture.merchant(application);
		fixture.vetted("Alpha Web", "website");
		brief = fixture.briefs.open(application.id(), "web-simple-site", Actor.of(merchant.accountId()), FRENCH);
	}

	@Test
	void aProviderApplicationWithMistakesComesBackAsTypedWithEveryReason() throws Exception {
		String page = body(post("/providers/apply").with(csrf())
			.param("name", "Studio Zéphyr")
			.param("neq", "123")
			.param("email", "studio@zephyr.test")
			.param("services", "website")
			.param("languages", "fr")
			.param("wholeTerritory", "true")
			.param("referenceOne", "Mme Untel 418 555-0000"));
		// what was typed is kept, escaped as the page's attributes escape it
		assertThat(page)
			.contains(org.springframework.web.util.HtmlUtils.htmlEscape("Studio Zéphyr"), "Mme Untel 418 555-0000")
			.contains("Le NEQ compte dix chiffres.")
			.contains("Acceptez la charte")
			.contains("id=\"neq-error\"")
			.contains("id=\"error-summary\"");
		MvcResult ok = mvc.perform(post("/providers/apply").with(csrf())
			.param("name", "Studio Zéphyr")
			.param("neq", "1234567890")
			.param("contactName", "Zoé")
			.param("email", "studio@zephyr.test")
			.param("services", "website")
			.param("languages", "fr")
			.param("wholeTerritory", "true")
			.param("referenceOne", "Mme Untel 418 555-0000")
			.param("referenceTwo", "M. Autre 418 555-0001")
			.param("charterAccepted", "true")).andReturn();
		assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/providers/apply/sent");
		assertThat(fixture.providers.directory(ProviderStatus.PENDING)).extracting(ProviderDetails::name)
			.contains("Studio Zéphyr");
	}

	@Test
	void theMerchantAndTheirAdvisorReachTheBriefsAndNobodyElseLearnsTheyExist() throws Exception {
		String id = brief.value().toString();
		String app = application.id().value().toString();
		List<MockHttpServletRequestBuilder> routes = List.of(get("/providers/applications/" + app),
				post("/providers/applications/" + app + "/briefs").param("actionKey", "web-simple-site"),
				get("/providers/briefs/" + id), post("/providers/briefs/" + id).param("title", "x"),
				post("/providers/briefs/" + id + "/draw"), post("/providers/briefs/" + id + "/shortlist"),
				post("/providers/briefs/" + id + "/invitations"),
				post("/providers/briefs/" + id + "/shortlist/" + java.util.UUID.randomUUID() + "/removal"),
				post("/providers/briefs/" + id + "/send"), get("/providers/briefs/" + id + "/comparison"),
				post("/providers/briefs/" + id + "/weights"), post("/providers/briefs/" + id + "/choice"));
		PignonUser otherAdvisor = fixture.advisor();
		ApplicationDetails other = fixture.plans.diagnostics.retained(otherAdvisor, "Autre " + System.nanoTime())
			.get(0);
		PignonUser otherMerchant = fixture.merchant(other);
		for (MockHttpServletRequestBuilder route : routes) {
			assertThat(status(route, otherAdvisor)).as("another advisor").isEqualTo(404);
			assertThat(status(route, otherMerchant)).as("another merchant").isEqualTo(404);
		}
		assertThat(status(get("/providers/briefs/" + id), fixture.plans.diagnostics.staff("Ville", Role.CITY)))
			.isEqualTo(403);
		assertThat(body(get("/providers/briefs/" + id).with(user(merchant)))).contains("Cahier des charges");
		assertThat(body(get("/providers/briefs/" + id).with(user(advisor)))).contains("Cahier des charges");
		assertThat(body(get("/providers/applications/" + app).with(user(fixture.manager))))
			.contains("Ouvrir le cahier des charges");
	}

	@Test
	void aBriefWithABudgetUpsideDownAndADateInThePastComesBackAsTyped() throws Exception {
		long version = fixture.briefs.brief(brief).version();
		String page = body(post("/providers/briefs/" + brief.value()).with(user(merchant)).with(csrf())
			.param("service", "website")
			.param("title", "Un site pour la fromagerie")
			.param("goal", "Que les clients trouvent nos heures")
			.param("budgetMin", "3000")
			.param("budgetMax", "1 000")
			.param("wantedBy", "2020-01-01")
			.param("language", "fr")
			.param("version", String.valueOf(version)));
		assertThat(page).contains("Un site pour la fromagerie", "Que les clients trouvent nos heures")
			.contains("Le budget le plus haut ne peut pas être plus bas que le plus bas.")
			.contains("Cette date est déjà passée.");
		String notANumber = body(post("/providers/briefs/" + brief.value()).with(user(merchant)).with(csrf())
			.param("service", "website")
			.param("title", "Un site")
			.param("budgetMin", "beaucoup")
			.param("language", "fr")
			.param("version", String.valueOf(version)));
		assertThat(notANumber).contains("Écrivez un nombre").contains("beaucoup");
	}

	@Test
	void aBriefSentWithoutAnyProviderIsRefusedAndTheDeadlineKept() throws Exception {
		String date = LocalDate.now(Dates.PROGRAM_ZONE).plusDays(10).toString();
		String page = body(post("/providers/briefs/" + brief.value() + "/send").with(user(merchant)).with(csrf())
			.param("answerBy", date));
		assertThat(page).contains("Ajoutez au moins un fournisseur").contains(date);
		assertThat(fixture.briefs.brief(brief).status()).isEqualTo(BriefStatus.DRAFT);
	}

	@Test
	void aQuoteWithANegativePriceComesBackAsTypedAndAnExpiredLinkShowsNothing() throws Exception {
		// given
		BriefDetails drawn = fixture.shortlists.draw(brief, Actor.of(merchant.accountId()));
		fixture.briefs.send(brief, LocalDate.now(Dates.PROGRAM_ZONE).plusDays(7), false,
				Actor.of(merchant.accountId()), true);
		String link = fixture.linkMailedTo(drawn.active().get(0).email());
		// the link needs no account and shows the brief
		String title = org.springframework.web.util.HtmlUtils.htmlEscape(drawn.title(), "UTF-8");
		assertThat(body(get("/providers/quotes/" + link))).contains(title).doesNotContain(drawn.businessName());
		// when
		String page = body(post("/providers/quotes/" + link).with(csrf())
			.param("oneTime", "-200")
			.param("yearly", "120")
			.param("included", "Cinq pages et la formation")
			.param("weeks", "6")
			.param("domainOwner", "MERCHANT")
			.param("contentOwner", "MERCHANT")
			.param("accessibility", "WCAG_AA")
			.param("hosting", "CANADA")
			.param("frenchService", "true"));
		// then
		assertThat(page).contains("Un prix ne peut pas être négatif.").contains("Cinq pages et la formation")
			.contains("-200");
		// an unknown link is not found; an expired one says so and shows nothing
		assertThat(mvc.perform(get("/providers/quotes/inconnu")).andReturn().getResponse().getStatus()).isEqualTo(404);
		fixture.jdbc.sql("UPDATE providers_request SET expires_at = now() - interval '1 minute'").update();
		MvcResult expired = mvc.perform(get("/providers/quotes/" + link)).andReturn();
		assertThat(expired.getResponse().getStatus()).isEqualTo(410);
		assertThat(expired.getResponse().getContentAsString()).contains("Le délai pour répondre")
			.doesNotContain(title);
	}

	@Test
	void theApiListsServicesToAnyoneAndVettedProvidersToStaffAndRefusesAnUnknownService() throws Exception {
		assertThat(body(get("/api/v1/providers/services"))).contains("\"id\":\"website\"", "\"nameFr\":\"Site web\"",
				"\"nameEn\":\"Website\"");
		assertThat(body(get("/api/v1/providers").param("service", "website").with(user(advisor))))
			.contains("\"name\":\"Alpha Web\"", "\"id\":");
		MvcResult unknown = mvc.perform(get("/api/v1/providers").param("service", "teleportation")
			.with(user(advisor))).andReturn();
		assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
		assertThat(unknown.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(mvc.perform(get("/api/v1/providers").param("service", "website").with(user(merchant)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void onlyTheMerchantChoosesAndTheMerchantsStatusPageLinksToTheBriefs() throws Exception {
		assertThat(body(get("/intake/my").with(user(merchant)))).contains("Choisir mes fournisseurs");
		String comparison = body(get("/providers/briefs/" + brief.value() + "/comparison").with(user(advisor)));
		assertThat(comparison).contains("Aucune soumission reçue");
		// the advisor may not choose for the merchant
		MvcResult byAdvisor = mvc.perform(post("/providers/briefs/" + brief.value() + "/choice").with(user(advisor))
			.with(csrf())
			.param("request", java.util.UUID.randomUUID().toString())
			.param("reason", "Je préfère celui-ci")).andReturn();
		assertThat(byAdvisor.getResponse().getContentAsString()).contains("Le choix appartient au commerçant");
		// managers read the neutrality report, the directory and a provider's page
		fixture.shortlists.draw(brief, Actor.of(merchant.accountId()));
		assertThat(body(get("/providers/neutrality").with(user(fixture.manager)))).contains("Alpha Web");
		assertThat(body(get("/providers/directory").with(user(fixture.manager)))).contains("Alpha Web");
	}

	@Test
	void anAdvisorDeclaresALinkAndTheManagerSeesItFlaggedOnTheBriefWithTheTwoDecisions() throws Exception {
		// a declaration without its link comes back as typed, with the reason
		String refused = body(post("/providers/interests").with(user(advisor))
			.with(csrf())
			.param("provider", "")
			.param("nature", "Mon beau-frère"));
		assertThat(refused).contains("Choisissez le fournisseur du répertoire");
		assertThat(org.jsoup.Jsoup.parse(refused).select("#nature").val()).isEqualTo("Mon beau-frère");
		ProviderId alpha = fixture.providers.directory(null).get(0).id();
		MvcResult declared = mvc.perform(post("/providers/interests").with(user(advisor))
			.with(csrf())
			.param("provider", alpha.value().toString())
			.param("nature", "Mon beau-frère y travaille")).andReturn();
		assertThat(declared.getResponse().getRedirectedUrl()).isEqualTo("/providers/interests");
		assertThat(body(get("/providers/interests").with(user(advisor)))).contains("Mon beau-frère y travaille");
		assertThat(body(get("/providers/interests").with(user(fixture.manager)))).contains("Mon beau-frère y travaille")
			.contains(advisor.displayName());
		// when the provider is drawn for the merchant this advisor accompanies
		fixture.shortlists.draw(brief, Actor.of(merchant.accountId()));
		String forManager = body(get("/providers/briefs/" + brief.value()).with(user(fixture.manager)));
		String forAdvisor = body(get("/providers/briefs/" + brief.value()).with(user(advisor)));
		// then
		assertThat(forManager).contains("Liens déclarés avec des fournisseurs de la liste")
			.contains("Confirmer la liste telle quelle")
			.contains("Reprendre le cahier des charges");
		assertThat(forAdvisor).contains("Mon beau-frère y travaille").doesNotContain("Confirmer la liste telle quelle");
		assertThat(status(post("/providers/briefs/" + brief.value() + "/conflicts/confirmation")
			.param("account", advisor.accountId().value().toString())
			.param("provider", alpha.value().toString())
			.param("reason", "Vu"), advisor)).isEqualTo(403);
		MvcResult confirmed = mvc.perform(post("/providers/briefs/" + brief.value() + "/conflicts/confirmation")
			.with(user(fixture.manager))
			.with(csrf())
			.param("account", advisor.accountId().value().toString())
			.param("provider", "pas-un-identifiant")
			.param("reason", "Vu")).andReturn();
		assertThat(confirmed.getResponse().getStatus()).isEqualTo(302);
		assertThat(confirmed.getFlashMap().get("flashError")).isEqualTo("providers.conflict.none");
	}

	@Test
	void aRatingWithMistakesComesBackAsTypedAndOnlyOnceTheProviderIsChosen() throws Exception {
		assertThat(body(get("/providers/briefs/" + brief.value() + "/rating").with(user(merchant))))
			.contains("La livraison s’évalue une fois un fournisseur choisi.");
		fixture.shortlists.draw(brief, Actor.of(merchant.accountId()));
		BriefDetails sent = fixture.briefs.send(brief, java.time.LocalDate.now(ca.pignon.platform.Dates.PROGRAM_ZONE)
			.plusDays(10), false, Actor.of(merchant.accountId()), true);
		ShortlistEntry alpha = sent.active().get(0);
		fixture.quoteRequests.answer(fixture.linkMailedTo(alpha.email()), ProvidersFixture.quote("1200", "300", 6));
		fixture.choices.choose(brief, alpha.id(), "Bonne soumission", merchant.accountId());
		// when
		String page = body(post("/providers/briefs/" + brief.value() + "/rating").with(user(merchant))
			.with(csrf())
			.param("onTime", "yes")
			.param("quality", "9")
			.param("recommend", "no")
			.param("comment", "Livré en retard de deux semaines")
			.param("deliveredUrl", "pas une adresse"));
		// then
		assertThat(page).contains("Répondez oui ou non.")
			.contains("Choisissez une qualité de 1 (faible) à 5 (excellente).")
			.contains("Tapez une adresse web");
		var typed = org.jsoup.Jsoup.parse(page);
		assertThat(typed.select("#comment").text()).isEqualTo("Livré en retard de deux semaines");
		assertThat(typed.select("#deliveredUrl").val()).isEqualTo("pas une adresse");
		assertThat(typed.select("input[name=onTime][value=yes]").hasAttr("checked")).isTrue();
		MvcResult rated = mvc.perform(post("/providers/briefs/" + brief.value() + "/rating").with(user(merchant))
			.with(csrf())
			.param("onTime", "no")
			.param("onBudget", "yes")
			.param("quality", "4")
			.param("recommend", "yes")
			.param("comment", "Livré en retard de deux semaines")
			.param("deliveredUrl", "")
			.param("actionDone", "false")).andReturn();
		assertThat(rated.getResponse().getRedirectedUrl()).endsWith("/rating");
		assertThat(body(get("/providers/briefs/" + brief.value() + "/rating").with(user(advisor)))).contains("4 sur 5")
			.contains("Livré en retard de deux semaines");
		assertThat(body(get("/providers/directory/" + alpha.provider().value()).with(user(fixture.manager))))
			.contains("1 évaluation : à temps 0 %, dans le prix 100 %, qualité 4 sur 5, le recommanderaient 100 %.");
	}

	@Test
	void theBriefAndTheComparisonArePdfsThatReadBackWithTheirTextAndChoice() throws Exception {
		// given two quotes and the merchant's choice
		fixture.vetted("Bravo Web", "website");
		fixture.shortlists.draw(brief, Actor.of(merchant.accountId()));
		BriefDetails sent = fixture.briefs.send(brief, java.time.LocalDate.now(ca.pignon.platform.Dates.PROGRAM_ZONE)
			.plusDays(10), false, Actor.of(merchant.accountId()), true);
		for (ShortlistEntry entry : sent.active()) {
			fixture.quoteRequests.answer(fixture.linkMailedTo(entry.email()), ProvidersFixture.quote("1500", "250", 5));
		}
		fixture.choices.choose(brief, sent.active().get(1).id(), "Meilleur service en français",
				merchant.accountId());
		// when
		MvcResult briefPdf = mvc.perform(get("/providers/briefs/" + brief.value() + "/brief.pdf").with(user(merchant)))
			.andReturn();
		MvcResult comparisonPdf = mvc
			.perform(get("/providers/briefs/" + brief.value() + "/comparison.pdf").with(user(advisor)))
			.andReturn();
		// then
		assertThat(briefPdf.getResponse().getContentType()).isEqualTo("application/pdf");
		PdfChecks.assertAccessible(briefPdf.getResponse().getContentAsByteArray());
		PdfChecks.assertAccessible(comparisonPdf.getResponse().getContentAsByteArray());
		assertThat(pdfText(briefPdf)).contains(sent.title()).contains("C’est réussi quand", sent.doneWhen().strip());
		assertThat(pdfText(comparisonPdf)).contains("Alpha Web", "Bravo Web", "2 250 $")
			.contains("Meilleur service en français")
			.contains(sent.active().get(1).name());
		// someone who may not open the dossier gets nothing
		PignonUser stranger = fixture.advisor();
		assertThat(mvc.perform(get("/providers/briefs/" + brief.value() + "/brief.pdf").with(user(stranger)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private static String pdfText(MvcResult result) throws Exception {
		try (var document = org.apache.pdfbox.Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ");
		}
	}

	private int status(MockHttpServletRequestBuilder route, PignonUser as) throws Exception {
		return mvc.perform(route.with(user(as)).with(csrf())).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
