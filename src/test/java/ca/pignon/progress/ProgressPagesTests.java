package ca.pignon.progress;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.support.SessionCookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "Mon plan" in the browser's terms: the next step first, an action marked done is celebrated, a refused link or file
 * brings the form back as typed, and nobody but the merchant, their advisor and managers sees the plan.
 */
@SpringBootTest(properties = "pignon.test.context=progress")
@AutoConfigureMockMvc
class ProgressPagesTests {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgressManagement progress;

	@Autowired
	ApplicationContext context;

	DiagnosticFixture fixture;

	PignonUser advisor;

	ApplicationDetails application;

	PignonUser merchant;

	YearMonth now = YearMonth.now(ZoneId.of("America/Toronto"));

	@BeforeEach
	void aMerchantWithAnApprovedPlan() {
		fixture = new DiagnosticFixture(context);
		advisor = fixture.staff("Marc Tremblay", Role.ADVISOR);
		application = fixture.retained(advisor, "Quincaillerie " + System.nanoTime()).get(0);
		merchant = fixture.merchantUser(application);
		progress.planApproved(application.id(), application.accountId(), 1,
				List.of(new PlannedAction("fiche", "Compléter la fiche d’établissement", "Complete the listing",
						now.minusMonths(1), new BigDecimal("2"), "MERCHANT"),
						new PlannedAction("photos", "Publier dix photos", "Publish ten photos", now,
								new BigDecimal("1.5"), "ADVISOR")));
	}

	@Test
	void theMerchantSeesTheNextStepFirst() throws Exception {
		String page = mvc.perform(get("/progress/my").with(user(merchant))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Votre prochaine étape");
		assertThat(page.indexOf("Compléter la fiche")).isLessThan(page.indexOf("Publier dix photos"));
		assertThat(page).contains("En retard (1)").contains("0 action faite sur 2");
	}

	@Test
	void anActionMarkedDoneIsCelebrated() throws Exception {
		long version = progress.task(application.id(), "fiche", FRENCH).version();
		MvcResult done = mvc.perform(multipart("/progress/my/actions/fiche/done").with(user(merchant)).with(csrf())
			.param("evidenceUrl", "https://www.exemple.ca")
			.param("version", String.valueOf(version))).andReturn();
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/progress/my");
		String page = mvc.perform(get("/progress/my").with(user(merchant)).cookie(SessionCookie.of(done)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Bravo !").contains("1 action sur 2").contains("Déjà fait (1)");
	}

	@Test
	void aRefusedFileBringsTheFormBackAsTypedWithTheReason() throws Exception {
		long version = progress.task(application.id(), "fiche", FRENCH).version();
		var html = new MockMultipartFile("file", "photo.jpg", "image/jpeg", "<html>pas une photo</html>".getBytes());
		String page = mvc.perform(multipart("/progress/my/actions/fiche/done").file(html).with(user(merchant))
			.with(csrf())
			.param("evidenceUrl", "https://www.exemple.ca/ma-fiche")
			.param("note", "Fait avec ma fille")
			.param("version", String.valueOf(version))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Seuls les photos").contains("https://www.exemple.ca/ma-fiche")
			.contains("Fait avec ma fille");
		assertThat(progress.task(application.id(), "fiche", FRENCH).done()).isFalse();
	}

	@Test
	void aBadLinkIsRefusedNextToItsField() throws Exception {
		long version = progress.task(application.id(), "fiche", FRENCH).version();
		String page = mvc.perform(multipart("/progress/my/actions/fiche/done").with(user(merchant)).with(csrf())
			.param("evidenceUrl", "pas un lien")
			.param("note", "Ma note")
			.param("version", String.valueOf(version))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("n’est pas une adresse web valide").contains("Ma note").contains("id=\"evidenceUrl-error\"");
	}

	@Test
	void aChosenPhotoThatCannotBeKeptIsSaidToBeChosenAgainWhenAnotherFieldIsRefused() throws Exception {
		long version = progress.task(application.id(), "fiche", FRENCH).version();
		var photo = new MockMultipartFile("file", "vitrine.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		String page = mvc.perform(multipart("/progress/my/actions/fiche/done").file(photo).with(user(merchant))
			.with(csrf())
			.param("evidenceUrl", "pas un lien")
			.param("version", String.valueOf(version))).andReturn().getResponse().getContentAsString();
		var summary = Jsoup.parse(page).getElementById("error-summary");
		assertThat(summary.select("a[href=#file]").text()).contains("« vitrine.png » n’a pas été gardé")
			.contains("choisissez-le de nouveau");
		assertThat(Jsoup.parse(page).getElementById("file-error").text()).contains("vitrine.png");
		// a page refused for a field alone, without a file chosen, says nothing of a file
		String withoutFile = mvc.perform(multipart("/progress/my/actions/fiche/done").with(user(merchant)).with(csrf())
			.param("evidenceUrl", "pas un lien")
			.param("version", String.valueOf(version))).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(withoutFile).getElementById("file-error")).isNull();
	}

	@Test
	void theAdvisorSeesTheMerchantsPlanButAnotherAdvisorOrMerchantDoesNot() throws Exception {
		String path = "/progress/applications/" + application.id().value();
		assertThat(mvc.perform(get(path).with(user(advisor))).andReturn().getResponse().getContentAsString())
			.contains("Compléter la fiche");
		PignonUser otherAdvisor = fixture.staff("Autre conseiller", Role.ADVISOR);
		assertThat(mvc.perform(get(path).with(user(otherAdvisor))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get(path + "/actions/fiche").with(user(fixture.staff("Gestion", Role.MANAGER))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		ApplicationDetails other = fixture.retained(advisor, "Autre commerce " + System.nanoTime()).get(0);
		assertThat(mvc.perform(get("/progress/my/actions/fiche").with(user(fixture.merchantUser(other))))
			.andReturn()
			.getResponse()
			.getStatus()).as("no such action in the other merchant's plan").isEqualTo(404);
	}

	@Test
	void theMerchantChoosesTheRhythmOfTheReminders() throws Exception {
		MvcResult saved = mvc.perform(post("/progress/my/reminders").with(user(merchant)).with(csrf())
			.param("rhythm", "NEVER")).andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/progress/my#rappels");
		assertThat(progress.rhythmOf(application.id())).isEqualTo(ReminderRhythm.NEVER);
		MvcResult bad = mvc.perform(post("/progress/my/reminders").with(user(merchant)).with(csrf())
			.param("rhythm", "HOURLY")).andReturn();
		assertThat(bad.getFlashMap().get("flashError")).isEqualTo("progress.reminders.invalid");
		assertThat(progress.rhythmOf(application.id())).isEqualTo(ReminderRhythm.NEVER);
	}

}
