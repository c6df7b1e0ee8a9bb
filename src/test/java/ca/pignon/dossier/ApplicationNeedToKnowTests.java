package ca.pignon.dossier;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.Eligibility;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.PignonUser;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.SelectionFixture;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.selection.SelectionSpringTest;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;

import static ca.pignon.intake.ApplicationFixture.unknownStreet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Who may open an application itself (its page, its web audit, the API's record of it), by the dossier's one rule:
 * its advisor, its reviewers, the advisors who cover its area while it waits for an eligibility check, managers and
 * administrators; for any other advisor it does not exist, and their list shows only what they may open.
 */
@SelectionSpringTest
class ApplicationNeedToKnowTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	IntakeManagement intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	SelectionManagement selection;

	@Autowired
	DossierManagement dossiers;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	SelectionFixture fixture;

	MockMvc mvc;

	@BeforeEach
	void emptyTables() {
		fixture = new SelectionFixture(intake, accounts, selection, jdbc);
		fixture.reset();
		mvc = MockMvcBuilders.webAppContextSetup((org.springframework.web.context.WebApplicationContext) context)
			.apply(springSecurity())
			.build();
	}

	@Test
	void theAdvisorAReviewerAndManagersOpenTheApplicationAnotherAdvisorDoesNot() throws Exception {
		// given a retained merchant, their advisor, a reviewer of a second application, a stranger
		Actor manager = fixture.manager("Gestion");
		Actor advisor = fixture.advisor("Conseillère du dossier");
		Actor reviewer = fixture.advisor("Évaluateur");
		Actor stranger = fixture.advisor("Conseiller d’ailleurs");
		ApplicationId followed = fixture.eligible("Boulangerie suivie").id();
		ApplicationId reviewed = fixture.eligible("Fleuriste évaluée").id();
		fixture.awaitEvents();
		RoundId round = fixture.open("Cohorte A", 5, manager, advisor, reviewer);
		fixture.retain(round, followed, advisor, manager);
		selection.assignReviewer(round, reviewed, reviewer.accountId(), manager);
		// then
		for (String path : pages(followed)) {
			assertThat(status(path, advisor)).as(path + " for its advisor").isEqualTo(200);
			assertThat(status(path, manager)).as(path + " for a manager").isEqualTo(200);
			assertThat(status(path, stranger)).as(path + " for another advisor").isEqualTo(404);
			assertThat(status(path, reviewer)).as(path + " for a reviewer of another one").isEqualTo(404);
		}
		for (String path : pages(reviewed)) {
			assertThat(status(path, reviewer)).as(path + " for its reviewer").isEqualTo(200);
			assertThat(status(path, advisor)).as(path + " for an advisor of another one").isEqualTo(404);
		}
		// and the lists show each advisor what they may open, and no other
		assertThat(listed(advisor)).contains("Boulangerie suivie").doesNotContain("Fleuriste évaluée");
		assertThat(listed(reviewer)).contains("Fleuriste évaluée").doesNotContain("Boulangerie suivie");
		assertThat(listed(stranger)).doesNotContain("Boulangerie suivie", "Fleuriste évaluée");
		assertThat(listed(manager)).contains("Boulangerie suivie", "Fleuriste évaluée");
	}

	@Test
	void theAdvisorsWhoCoverItsAreaOpenAnApplicationToCheckUntilItIsDecided() throws Exception {
		// given an application staff must check, placed in an area
		Actor manager = fixture.manager("Gestion");
		Actor covering = fixture.advisor("Conseillère du secteur");
		Actor elsewhere = fixture.advisor("Conseiller d’un autre secteur");
		ApplicationDetails toCheck = fixture.application("Atelier à vérifier")
			.at(unknownStreet("Québec", "G1R 4P5", ReceptionMode.STOREFRONT))
			.submit();
		assertThat(toCheck.assessment().eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		DossierArea area = dossiers.get(toCheck.id()).programArea().orElseThrow();
		selection.setAdvisorAreas(covering.accountId(), Set.of(area.code()), manager);
		selection.setAdvisorAreas(elsewhere.accountId(), Set.of(area.code() + "-ailleurs"), manager);
		// then
		for (String path : pages(toCheck.id())) {
			assertThat(status(path, covering)).as(path + " for the advisor of its area").isEqualTo(200);
			assertThat(status(path, elsewhere)).as(path + " for an advisor of another area").isEqualTo(404);
		}
		assertThat(listed(covering)).contains("Atelier à vérifier");
		// when staff decide it, it leaves the area's advisors
		intake.overrideEligibility(toCheck.id(), Eligibility.ELIGIBLE, "Local commercial vérifié sur place.",
				intake.application(toCheck.id(), java.util.Locale.CANADA_FRENCH).version(), manager);
		assertThat(status("/intake/applications/" + toCheck.id(), covering)).isEqualTo(404);
	}

	private static String[] pages(ApplicationId application) {
		return new String[] { "/intake/applications/" + application, "/webaudit/applications/" + application,
				"/api/v1/intake/applications/" + application };
	}

	private int status(String path, Actor person) throws Exception {
		return mvc.perform(get(path).with(user(signedIn(person)))).andReturn().getResponse().getStatus();
	}

	private String listed(Actor person) throws Exception {
		return mvc.perform(get("/intake/applications").with(user(signedIn(person))))
			.andReturn()
			.getResponse()
			.getContentAsString()
			+ mvc.perform(get("/api/v1/intake/applications").with(user(signedIn(person))))
				.andReturn()
				.getResponse()
				.getContentAsString();
	}

	private PignonUser signedIn(Actor person) {
		return (PignonUser) users.loadUserByUsername(accounts.find(person.accountId()).orElseThrow().email());
	}

}
