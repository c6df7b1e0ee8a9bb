package ca.pignon.progress;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.plan.CatalogueAction;
import ca.pignon.plan.PlanContent;
import ca.pignon.plan.PlanEdit;
import ca.pignon.plan.PlanFixture;
import ca.pignon.plan.PlanItem;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.PignonUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A step of "Mon plan" says what to do, as the approved plan says it: why, the steps, the sign that it is done, the
 * free resources and the advisor's note; the same pages seen by the advisor name the business and speak to staff.
 */
@SpringBootTest(properties = "pignon.test.context=progress")
@AutoConfigureMockMvc
class StepGuidePagesTests {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	static final String NOTE = "Commencez par les photos du comptoir, le matin.";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProgressManagement progress;

	PlanFixture fixture;

	PignonUser advisor;

	ApplicationDetails application;

	CatalogueAction noted;

	CatalogueAction withResources;

	@BeforeEach
	void aMerchantWhoApprovedTheirPlan() throws InterruptedException {
		fixture = new PlanFixture(context);
		PlanManagement plans = fixture.plans;
		advisor = fixture.advisor();
		application = fixture.diagnosed(advisor, "Fromagerie du Parvis " + System.nanoTime(), Set.of());
		PlanSummary plan = plans.draft(application.id(), plans.nextMonth(), new BigDecimal("3"),
				PlanFixture.actor(advisor), FRENCH);
		PlanContent content = plans.version(plan.id(), 1).content();
		List<PlanItem> catalogued = content.items().stream().filter(item -> !item.custom()).toList();
		PlanItem first = catalogued.get(0);
		noted = plans.catalogue(content.catalogueVersion()).action(first.actionId()).orElseThrow();
		withResources = catalogued.stream()
			.map(item -> plans.catalogue(content.catalogueVersion()).action(item.actionId()).orElseThrow())
			.filter(action -> !action.resources().isEmpty())
			.findFirst()
			.orElseThrow(() -> new AssertionError("the draft has no action with a resource to show"));
		plans.edit(plan.id(), 1, new PlanEdit.Reschedule(first.key(), first.month(), NOTE),
				PlanFixture.actor(advisor), FRENCH);
		plans.send(plan.id(), 2, PlanFixture.actor(advisor));
		plans.approve(plan.id(), 2, PlanFixture.MERCHANT_NAME, application.accountId(), FRENCH);
		// the tasks follow the approved plan once its event is handled
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (progress.planOf(application.id(), FRENCH).isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
	}

	@Test
	void theMerchantsStepSaysWhyWhatToDoWhenItIsDoneAndTheAdvisorsNote() throws Exception {
		Document page = page("/progress/my/actions/" + noted.id(), fixture.diagnostics.merchantUser(application));
		String text = page.text();
		assertThat(text).contains(noted.why().fr()).contains(noted.indicator().fr()).contains(NOTE);
		assertThat(page.select("ol.steps li").eachText())
			.containsExactlyElementsOf(noted.steps().stream().map(step -> step.fr()).toList());
	}

	@Test
	void theStepLinksItsFreeResources() throws Exception {
		Document page = page("/progress/my/actions/" + withResources.id(),
				fixture.diagnostics.merchantUser(application));
		assertThat(page.select("ul.resources a").eachAttr("href"))
			.containsExactlyElementsOf(withResources.resources().stream().map(r -> r.url()).toList());
	}

	@Test
	void theAdvisorSeesTheBusinessNameAndStaffWordingNotMonPlan() throws Exception {
		String base = "/progress/applications/" + application.id().value();
		Document plan = page(base, advisor);
		assertThat(plan.selectFirst("h1").text()).contains(application.business().legalName()).doesNotContain("Mon plan");
		assertThat(plan.text()).doesNotContain("Votre prochaine étape").doesNotContain("Retour à mon dossier");
		Document step = page(base + "/actions/" + noted.id(), advisor);
		assertThat(step.text()).contains(NOTE).contains("Votre note pour le commerce")
			.doesNotContain("Le mot de votre conseill");
		// and the merchant's own page says "Mon plan"
		Document mine = page("/progress/my", fixture.diagnostics.merchantUser(application));
		assertThat(mine.selectFirst("h1").text()).isEqualTo("Mon plan");
	}

	private Document page(String path, PignonUser who) throws Exception {
		var response = mvc.perform(get(path).with(user(who))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
