package ca.pignon.dossier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.Eligibility;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.Places;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.platform.AccountManagement;
import org.springframework.security.core.userdetails.UserDetailsService;
import ca.pignon.platform.PignonUser;
import ca.pignon.selection.SelectionFixture;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.selection.SelectionSpringTest;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;
import ca.pignon.shared.Actor;

import static ca.pignon.intake.ApplicationFixture.unknownStreet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier as intake and selection make it, through their own APIs: its facts follow a submission, a decision, a
 * hand-over and a withdrawal the moment each is committed, and so does who may open it.
 */
@SelectionSpringTest
class DossierProjectionTests {

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

	@BeforeEach
	void reset() {
		fixture = new SelectionFixture(intake, accounts, selection, jdbc);
		fixture.reset();
	}

	@Test
	void aSubmissionOpensTheDossierWithItsFacts() {
		// when
		ApplicationDetails application = fixture.application("Boulangerie Saint-Roch")
			.trading("La Mie du quartier")
			.inSector("311811")
			.employing(7)
			.submit();
		// then
		Dossier dossier = dossiers.get(application.id());
		assertThat(dossier.merchant()).isEqualTo(application.accountId());
		assertThat(dossier.businessName()).isEqualTo("La Mie du quartier");
		assertThat(dossier.naicsCode()).isEqualTo("311811");
		assertThat(dossier.sectorGroup()).contains("311");
		assertThat(dossier.employeeBand()).isEqualTo(EmployeeBand.FROM_5_TO_9);
		assertThat(dossier.stage()).isEqualTo(DossierStage.ELIGIBLE);
		assertThat(dossier.area(DossierArea.MUNICIPALITY).map(DossierArea::code)).contains(Places.QUEBEC);
		assertThat(dossier.area(DossierArea.ARRONDISSEMENT).map(DossierArea::code))
			.contains(Places.LA_CITE_LIMOILOU);
		assertThat(dossier.area(DossierArea.QUARTIER)).isPresent();
		assertThat(dossier.programArea()).isEqualTo(dossier.area(DossierArea.ARRONDISSEMENT));
		assertThat(dossiers.inProgramArea(Places.LA_CITE_LIMOILOU)).contains(application.id());
		assertThat(dossiers.inSectorGroup("311")).contains(application.id());
		assertThat(dossiers.ofMerchant(application.accountId())).contains(dossier);
	}

	@Test
	void anApplicationTheProgramCannotTakeStaysApplied() {
		// when
		ApplicationDetails application = fixture.application("Dépanneur de Lévis")
			.at(unknownStreet("Lévis", "G6V 1A1", ReceptionMode.STOREFRONT))
			.submit();
		// then
		assertThat(dossiers.get(application.id()).stage()).isIn(DossierStage.APPLIED);
	}

	@Test
	void anOverriddenEligibilityMovesTheStage() {
		// given
		ApplicationDetails application = fixture.eligible("Fleuriste");
		Actor manager = fixture.manager("Gestion");
		// when
		intake.overrideEligibility(application.id(), Eligibility.NOT_ELIGIBLE, "Pas de local commercial.",
				application.version(), manager);
		// then
		assertThat(dossiers.get(application.id()).stage()).isEqualTo(DossierStage.APPLIED);
	}

	@Test
	void aRetainedMerchantHasTheirAdvisorAndCohort() {
		// given
		Actor manager = fixture.manager("Gestion");
		Actor advisor = fixture.advisor("Conseillère Centre");
		ApplicationId application = fixture.eligible("Quincaillerie").id();
		fixture.awaitEvents();
		var round = fixture.open("Cohorte A", 5, manager, advisor);
		// when
		fixture.retain(round, application, advisor, manager);
		// then
		Dossier dossier = dossiers.get(application);
		assertThat(dossier.stage()).isEqualTo(DossierStage.RETAINED);
		assertThat(dossier.outcome()).isEqualTo(SelectionOutcome.RETAINED);
		assertThat(dossier.advisor()).isEqualTo(advisor.accountId());
		assertThat(dossier.assignedAt()).isNotNull();
		assertThat(dossier.cohort()).isEqualTo(round.value());
		assertThat(dossiers.caseloadOf(advisor.accountId())).extracting(Dossier::applicationId)
			.containsExactly(application);
		assertThat(dossiers.mayAccess(user(advisor.accountId()), application)).isTrue();
		assertThat(dossiers.mayAccess(user(dossier.merchant()), application)).isTrue();
		assertThat(dossiers.mayAccess(user(fixture.advisor("Autre conseiller").accountId()), application)).isFalse();
	}

	@Test
	void aHandOverGivesTheDossierToTheNewAdvisorOnly() {
		// given
		Actor manager = fixture.manager("Gestion");
		Actor first = fixture.advisor("Première conseillère");
		Actor second = fixture.advisor("Second conseiller");
		ApplicationId application = fixture.eligible("Librairie").id();
		fixture.awaitEvents();
		var round = fixture.open("Cohorte B", 5, manager, first, second);
		fixture.retain(round, application, first, manager);
		// when
		selection.reassign(round, application, second.accountId(), "Congé de la conseillère.",
				fixture.version(round, application), manager);
		// then
		Dossier dossier = dossiers.get(application);
		assertThat(dossier.advisor()).isEqualTo(second.accountId());
		assertThat(dossier.stage()).isEqualTo(DossierStage.RETAINED);
		assertThat(dossiers.caseloadOf(first.accountId())).isEmpty();
		assertThat(dossiers.mayAccess(user(first.accountId()), application)).isFalse();
		assertThat(dossiers.mayAccess(user(second.accountId()), application)).isTrue();
	}

	@Test
	void aWithdrawalEndsTheAccompaniment() {
		// given
		Actor manager = fixture.manager("Gestion");
		Actor advisor = fixture.advisor("Conseillère");
		ApplicationId application = fixture.eligible("Cordonnerie").id();
		fixture.awaitEvents();
		var round = fixture.open("Cohorte C", 5, manager, advisor);
		fixture.retain(round, application, advisor, manager);
		// when
		selection.withdraw(round, application, "Le commerce ferme.", fixture.version(round, application), manager);
		// then
		Dossier dossier = dossiers.get(application);
		assertThat(dossier.stage()).isEqualTo(DossierStage.WITHDRAWN);
		assertThat(dossier.advisor()).isNull();
		assertThat(dossiers.mayAccess(user(advisor.accountId()), application)).isFalse();
		assertThat(dossiers.mayAccess(user(dossier.merchant()), application)).isTrue();
	}

	@Test
	void aWaitlistedMerchantHasNoAdvisor() {
		// given
		Actor manager = fixture.manager("Gestion");
		ApplicationId application = fixture.eligible("Tabagie").id();
		fixture.awaitEvents();
		var round = fixture.open("Cohorte D", 5, manager, fixture.advisor("Conseiller"));
		// when
		fixture.waitlist(round, application, 1, manager);
		// then
		Dossier dossier = dossiers.get(application);
		assertThat(dossier.stage()).isEqualTo(DossierStage.ELIGIBLE);
		assertThat(dossier.outcome()).isEqualTo(SelectionOutcome.WAITLISTED);
		assertThat(dossier.advisor()).isNull();
	}

	@Test
	void theStepsOfTheAccompanimentMoveTheStageOnceEach() {
		// given
		Actor manager = fixture.manager("Gestion");
		Actor advisor = fixture.advisor("Conseillère");
		ApplicationId application = fixture.eligible("Boutique").id();
		fixture.awaitEvents();
		var round = fixture.open("Cohorte E", 5, manager, advisor);
		fixture.retain(round, application, advisor, manager);
		var first = java.time.Instant.parse("2027-01-10T15:00:00Z");
		// when
		dossiers.reached(application, Milestone.DIAGNOSED, first);
		dossiers.reached(application, Milestone.DIAGNOSED, first.plusSeconds(3600));
		dossiers.reached(application, Milestone.PLANNED, first.plusSeconds(7200));
		// then
		assertThat(dossiers.get(application).stage()).isEqualTo(DossierStage.PLANNED);
		assertThat(jdbc.sql("SELECT diagnosed_at FROM dossier WHERE application_id = :id")
			.param("id", application.value())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isEqualTo(first);
		// and closing then reopening
		dossiers.reached(application, Milestone.CLOSED, first.plusSeconds(9000));
		assertThat(dossiers.get(application).stage()).isEqualTo(DossierStage.CLOSED);
		dossiers.reopened(application);
		assertThat(dossiers.get(application).stage()).isEqualTo(DossierStage.PLANNED);
	}

	private PignonUser user(AccountId account) {
		String email = accounts.find(account).orElseThrow().email();
		return (PignonUser) users.loadUserByUsername(email);
	}

}
