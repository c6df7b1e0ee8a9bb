package ca.pignon.diagnostic.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.pignon.diagnostic.AnswerHint;
import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

import static ca.pignon.diagnostic.DiagnosticFixture.respondent;
import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class QuestionnairePagesTests extends DiagnosticWebTest {

	PignonUser advisor;

	ApplicationDetails merchant;

	PignonUser merchantUser;

	@BeforeEach
	void aRetainedMerchant() {
		advisor = fixture.staff("Anne Tremblay", Role.ADVISOR);
		merchant = fixture.retained(advisor, "Boulangerie Arc-en-ciel").get(0);
		merchantUser = fixture.merchantUser(merchant);
	}

	@Test
	void theRetainedMerchantStartsFromTheirDossierAndLandsOnTheFirstTheme() throws Exception {
		// the dossier status page links to the diagnostic
		Document dossier = page(mvc.perform(getAs(merchantUser, "/intake/my")).andExpect(status().isOk()).andReturn());
		assertThat(dossier.select("#diagnostic a").attr("href")).isEqualTo("/diagnostic/my");
		// the merchant's page offers to start
		Document mine = page(mvc.perform(getAs(merchantUser, "/diagnostic/my")).andExpect(status().isOk()).andReturn());
		assertThat(mine.select("h1").text()).isEqualTo("Mon diagnostic numérique");
		// starting leads to the first theme
		mvc.perform(postAs(merchantUser, "/diagnostic/my"))
			.andExpect(redirectedUrlPattern("/diagnostic/*/dimensions/goals"));
		DiagnosticSummary started = diagnostics.diagnosticsOf(merchant.id()).get(0);
		Document goals = page(mvc.perform(getAs(merchantUser, sheet(started, "goals"))).andExpect(status().isOk()).andReturn());
		assertThat(goals.select("h1").text()).isEqualTo("Objectifs et stratégie");
		assertThat(goals.select(".dimension-progress p").text()).isEqualTo("Thème 1 sur 10");
		assertThat(goals.select("#q-note")).as("no advisor notes for the merchant").isEmpty();
	}

	@Test
	void aMerchantNotRetainedHasNoDiagnosticPage() throws Exception {
		ApplicationDetails waiting = ApplicationFixture.anApplication(fixture.intake).named("Épicerie en attente").submit();
		mvc.perform(getAs(fixture.merchantUser(waiting), "/diagnostic/my")).andExpect(status().isNotFound());
	}

	@Test
	void skipLogicWorksWithoutJavaScriptByShowingThePageAgainAfterSaving() throws Exception {
		DiagnosticSummary started = start();
		// given the website page before any answer: only the first question
		Document before = page(mvc.perform(getAs(merchantUser, sheet(started, "website"))).andReturn());
		assertThat(before.select("input[name=shown]").eachAttr("value")).containsExactly("web-has-site");
		// when the merchant says they have a website and saves
		mvc.perform(postAs(merchantUser, sheet(started, "website")).param("version", "0")
			.param("shown", "web-has-site")
			.param("q.web-has-site", "yes")
			.param("action", "save")).andExpect(redirectedUrl(sheet(started, "website")));
		// then the page shows the questions about the site
		Document after = page(mvc.perform(getAs(merchantUser, sheet(started, "website"))).andReturn());
		assertThat(after.select("input[name=shown]").eachAttr("value")).containsExactly("web-has-site", "web-mobile",
				"web-content", "web-https", "web-updated", "web-self-edit");
		assertThat(after.select("#q-web-has-site-yes").hasAttr("checked")).isTrue();
	}

	@Test
	void withHtmxEachChangeIsSavedAndOnlyTheQuestionsAreSentBack() throws Exception {
		DiagnosticSummary started = start();
		var result = mvc.perform(postAs(merchantUser, sheet(started, "website")).header("HX-Request", "true")
			.param("version", "0")
			.param("shown", "web-has-site")
			.param("q.web-has-site", "yes")).andExpect(status().isOk()).andReturn();
		String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<html").contains("id=\"sheet\"");
		Document fragment = page(result);
		// the live region stays on the page: its words come out of band, with the five questions the answer brought
		assertThat(fragment.select("#autosave").attr("data-hx-swap-oob")).isEqualTo("innerHTML");
		assertThat(fragment.select("#autosave").text()).isEqualTo("Réponses enregistrées. 5 questions ajoutées plus bas.");
		assertThat(fragment.select("[aria-live], [role=status]")).isEmpty();
		assertThat(fragment.select("input[name=shown]").eachAttr("value")).contains("web-mobile");
		assertThat(fragment.select("input[name=version]").val()).isEqualTo("1");
	}

	@Test
	void aWrongAnswerComesBackWithItsErrorAndEverythingTypedIsKept() throws Exception {
		DiagnosticSummary started = start();
		Document page = page(mvc.perform(postAs(merchantUser, sheet(started, "skills")).param("version", "0")
			.param("shown", "skills-comfort", "skills-hours", "skills-who", "skills-training", "skills-wish")
			.param("q.skills-comfort", "3")
			.param("q.skills-hours", "beaucoup")
			.param("q.skills-wish", "Faire de belles photos")
			.param("action", "next")).andExpect(status().isOk()).andReturn());
		assertThat(page.select("#error-summary a").attr("href")).isEqualTo("#q-skills-hours");
		assertThat(page.select("#error-summary").text()).contains("Écrivez un nombre");
		assertThat(page.select("#q-skills-hours").val()).isEqualTo("beaucoup");
		assertThat(page.select("#q-skills-hours").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#q-skills-wish").val()).isEqualTo("Faire de belles photos");
		assertThat(page.select("#q-skills-comfort-3").hasAttr("checked")).isTrue();
		assertThat(diagnostics.summary(started.id()).answered()).isZero();
	}

	@Test
	void whenTheAdvisorSavedTheSameAnswerMeanwhileTheMerchantSeesWhatChanged() throws Exception {
		DiagnosticSummary started = start();
		// the advisor answers at version 0
		mvc.perform(postAs(advisor, sheet(started, "goals")).param("version", "0")
			.param("shown", "goals-written")
			.param("q.goals-written", "ALREADY")
			.param("note", "Objectifs notés dans un carnet.")
			.param("action", "save")).andExpect(status().is3xxRedirection());
		// the merchant, on the page shown at version 0, answers differently
		Document page = page(mvc.perform(postAs(merchantUser, sheet(started, "goals")).param("version", "0")
			.param("shown", "goals-written")
			.param("q.goals-written", "NO")
			.param("action", "save")).andExpect(status().isOk()).andReturn());
		assertThat(page.select("#conflicts").text()).contains("Rien n’a été écrasé", "Déjà", "Anne Tremblay");
		assertThat(page.select("#q-goals-written-NO").hasAttr("checked")).as("what the merchant chose, kept").isTrue();
		assertThat(page.select("input[name=version]").val()).isEqualTo("1");
		assertThat(page.text()).doesNotContain("Objectifs notés dans un carnet");
	}

	@Test
	void theWebAuditsSuggestionPrefillsAnUnansweredQuestionUntilSomeoneConfirmsIt() throws Exception {
		DiagnosticSummary started = start();
		// the audit writes its evidence as a sentence, with its period: the suggestion shows one period, not two
		hints.suggest(merchant.id(), new AnswerHint("web-has-site", List.of("yes"), "le site exemple.test répond."));
		Document page = page(mvc.perform(getAs(advisor, sheet(started, "website"))).andReturn());
		assertThat(page.select("#q-web-has-site-yes").hasAttr("checked")).isTrue();
		assertThat(page.select("#q-web-has-site-suggestion").text())
			.isEqualTo("Suggéré par l’audit du site web : le site exemple.test répond. Vérifiez la réponse et enregistrez pour la confirmer.");
		assertThat(diagnostics.summary(started.id()).answered()).as("not an answer yet").isZero();
		// once confirmed, it is an answer and the suggestion is gone
		mvc.perform(postAs(advisor, sheet(started, "website")).param("version", "0")
			.param("shown", "web-has-site")
			.param("q.web-has-site", "yes")
			.param("action", "save"));
		Document confirmed = page(mvc.perform(getAs(advisor, sheet(started, "website"))).andReturn());
		assertThat(confirmed.select("#q-web-has-site-suggestion")).isEmpty();
		assertThat(diagnostics.summary(started.id()).answered()).isEqualTo(1);
	}

	@Test
	void onlyTheMerchantTheirAdvisorAndManagersSeeADiagnostic() throws Exception {
		DiagnosticSummary started = start();
		PignonUser otherAdvisor = fixture.staff("Benoît Côté", Role.ADVISOR);
		PignonUser manager = fixture.staff("Hélène Gagnon", Role.MANAGER);
		ApplicationDetails otherMerchant = ApplicationFixture.anApplication(fixture.intake).named("Autre commerce").submit();
		mvc.perform(getAs(otherAdvisor, sheet(started, "goals"))).andExpect(status().isNotFound());
		mvc.perform(getAs(fixture.merchantUser(otherMerchant), sheet(started, "goals"))).andExpect(status().isNotFound());
		mvc.perform(getAs(otherAdvisor, "/diagnostic/applications/" + merchant.id().value())).andExpect(status().isNotFound());
		mvc.perform(getAs(advisor, sheet(started, "goals"))).andExpect(status().isOk());
		mvc.perform(getAs(manager, sheet(started, "goals"))).andExpect(status().isOk());
		mvc.perform(getAs(advisor, "/diagnostic/applications/" + merchant.id().value())).andExpect(status().isOk());
		mvc.perform(getAs(advisor, "/diagnostic/" + java.util.UUID.randomUUID() + "/dimensions/goals"))
			.andExpect(status().isNotFound());
		mvc.perform(getAs(advisor, sheet(started, "unknown"))).andExpect(status().isNotFound());
	}

	@Test
	void theAdvisorsCaseloadLinksToTheDiagnostic() throws Exception {
		Document reviews = page(mvc.perform(getAs(advisor, "/selection/reviews")).andReturn());
		assertThat(reviews.select("a[href=/diagnostic/applications/" + merchant.id().value() + "]")).hasSize(1);
	}

	private DiagnosticSummary start() {
		return diagnostics.start(merchant.id(), DiagnosticKind.T0, respondent(merchantUser), FRENCH);
	}

	static String sheet(DiagnosticSummary diagnostic, String dimension) {
		return "/diagnostic/" + diagnostic.id() + "/dimensions/" + dimension;
	}

}
