package ca.pignon.intake.web;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.Milestone;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * "Où en est mon dossier ?" followed through every stage of a real dossier: the step the merchant is at and the one
 * next step, and the selection's "within … working days" promise gone once the diagnostic is done.
 */
@SpringBootTest(properties = "pignon.test.context=progress")
@AutoConfigureMockMvc
class StatusPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theStatusPageFollowsTheDossierThroughEveryStage() throws Exception {
		// given a merchant just retained
		DiagnosticFixture fixture = new DiagnosticFixture(context);
		PignonUser advisor = fixture.staff("Anne Tremblay", Role.ADVISOR);
		ApplicationDetails application = fixture.retained(advisor, "Crèmerie " + System.nanoTime()).get(0);
		PignonUser merchant = fixture.merchantUser(application);
		DossierManagement dossiers = context.getBean(DossierManagement.class);

		String retained = status(merchant);
		assertThat(current(retained)).isEqualTo("Sélection");
		assertThat(retained).contains("faire votre diagnostic numérique").contains("jours ouvrables");

		// when the diagnostic is complete
		fixture.completed(application.id(), advisor, Set.of("website"));
		String diagnosed = status(merchant);
		assertThat(current(diagnosed)).isEqualTo("Diagnostic");
		assertThat(diagnosed).contains("prépare votre plan d’action")
			.doesNotContain("jours ouvrables")
			.contains("Anne Tremblay");

		// then through the plan, the accompaniment and its end
		dossiers.reached(application.id(), Milestone.PLANNED, Instant.now());
		assertThat(current(status(merchant))).isEqualTo("Plan d’action");
		dossiers.reached(application.id(), Milestone.ACCOMPANIED, Instant.now());
		assertThat(current(status(merchant))).isEqualTo("Accompagnement");
		dossiers.reached(application.id(), Milestone.CLOSED, Instant.now());
		String closed = status(merchant);
		assertThat(current(closed)).isEqualTo("Fin de l’accompagnement");
		assertThat(closed).contains("Donnez-nous votre avis dans le sondage").doesNotContain("jours ouvrables");
	}

	private String status(PignonUser merchant) throws Exception {
		return mvc.perform(get("/intake/my").with(user(merchant))).andReturn().getResponse().getContentAsString();
	}

	/** The label of the step marked aria-current. */
	private static String current(String page) {
		int at = page.indexOf("aria-current=\"step\"");
		assertThat(at).as("a current step").isPositive();
		int start = page.indexOf("<span>", at) + "<span>".length();
		return page.substring(start, page.indexOf("</span>", start));
	}

}
