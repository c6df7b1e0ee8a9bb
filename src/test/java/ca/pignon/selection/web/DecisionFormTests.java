package ca.pignon.selection.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.MerchantState;
import ca.pignon.selection.RankingRow;
import ca.pignon.selection.RecordDecision;
import ca.pignon.selection.RoundId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The decision, withdrawal and hand-over forms of a dossier, and the freed place offered from the round's page: bad
 * input and the workflow's refusals come back in French next to the field or at the top, with what was typed; a
 * colleague's change in between is said (who, when, what) and the form can be sent again on the current version.
 */
class DecisionFormTests extends SelectionWebTest {

	static final String LONG = "x".repeat(1001);

	Staff manager;

	Staff anne;

	Staff benoit;

	ApplicationDetails alpha;

	ApplicationDetails beta;

	RoundId round;

	@BeforeEach
	void aRoundOfOnePlaceAndTwoApplications() {
		manager = manager("Gaby Gestion");
		anne = advisor("Anne Conseil");
		benoit = advisor("Benoît Conseil");
		alpha = eligible("Boulangerie Alpha");
		beta = eligible("Épicerie Bêta");
		round = open("Printemps", 1, manager, anne, benoit);
	}

	@Test
	void recordsARetainedDecisionWithTheAdvisorChosenAndTellsTheMerchant() throws Exception {
		// when
		perform(decision(alpha).param("status", "RETAINED")
			.param("advisor", anne.id().value().toString())
			.param("reasonKey", "selection.reason.RETAINED.withinPlaces")
			.param("reasonText", "Votre projet est clair et votre engagement, solide."))
			.andExpect(redirectedUrl(dossierPath(round, alpha.id())))
			.andExpect(flash().attribute("flash", "selection.decision.recorded"));

		// then
		RankingRow row = row(alpha);
		assertThat(row.decision()).isEqualTo(DecisionStatus.RETAINED);
		assertThat(row.advisorName()).isEqualTo("Anne Conseil");
		var status = selection.decisionFor(alpha.accountId(), FRENCH).orElseThrow();
		assertThat(status.reasonText()).isEqualTo("Votre projet est clair et votre engagement, solide.");
		assertThat(mailsTo(alpha.email())).isEqualTo(1);
	}

	@Test
	void asksForTheDecisionAndTheReasonAndKeepsWhatWasTyped() throws Exception {
		// when
		var page = refused(decision(alpha).param("reasonText", "Un texte déjà écrit."));

		// then
		assertThat(page.errorFor("status")).isEqualTo(french("selection.decisionForm.status.required"));
		assertThat(page.errorFor("reasonKey")).isEqualTo(french("selection.decisionForm.reasonKey.required"));
		assertThat(page.valueOf("reasonText")).isEqualTo("Un texte déjà écrit.");
		assertThat(page.errorSummary()).hasSize(2);
	}

	@Test
	void asksWhoWillAccompanyARetainedMerchant() throws Exception {
		var page = refused(decision(alpha).param("status", "RETAINED")
			.param("reasonKey", "selection.reason.RETAINED.withinPlaces"));
		assertThat(page.errorFor("advisor")).isEqualTo(french("selection.decision.advisor.required"));
		assertThat(page.checked("status")).containsExactly("RETAINED");
		assertThat(page.selected("reasonKey")).isEqualTo("selection.reason.RETAINED.withinPlaces");
	}

	@Test
	void refusesAReasonTooLongNextToIt() throws Exception {
		var page = refused(decision(alpha).param("status", "NOT_RETAINED")
			.param("reasonKey", "selection.reason.NOT_RETAINED.lowerScore")
			.param("reasonText", LONG));
		assertThat(page.errorFor("reasonText")).isEqualTo(french("selection.decision.reasonText.tooLong", 1000));
		assertThat(page.valueOf("reasonText")).isEqualTo(LONG);
	}

	@Test
	void refusesTheReasonOfAnotherDecision() throws Exception {
		var page = refused(decision(alpha).param("status", "NOT_RETAINED")
			.param("reasonKey", "selection.reason.RETAINED.withinPlaces")
			.param("reasonText", "Texte."));
		assertThat(page.errorFor("reasonKey")).isEqualTo(french("selection.decision.reason.unknown"));
	}

	@Test
	void startsFromTheTemplateWhenNoReasonIsWritten() throws Exception {
		// when
		perform(decision(alpha).param("status", "NOT_RETAINED")
			.param("reasonKey", "selection.reason.NOT_RETAINED.engagement")
			.param("reasonText", "  "))
			.andExpect(flash().attribute("flash", "selection.decision.recorded"));

		// then
		var status = selection.decisionFor(alpha.accountId(), FRENCH).orElseThrow();
		assertThat(status.state()).isEqualTo(MerchantState.NOT_RETAINED);
		assertThat(status.reasonText()).isEqualTo(french("selection.reason.NOT_RETAINED.engagement"));
	}

	@Test
	void explainsAWaitlistPositionThatIsNotANumberOrIsTaken() throws Exception {
		// given
		waitlist(round, beta.id(), 1, manager);

		// when
		var notANumber = refused(decision(alpha).param("status", "WAITLISTED")
			.param("waitlistPosition", "deux")
			.param("reasonKey", "selection.reason.WAITLISTED.placesTaken"));
		var taken = refused(decision(alpha).param("status", "WAITLISTED")
			.param("waitlistPosition", "1")
			.param("reasonKey", "selection.reason.WAITLISTED.placesTaken"));

		// then
		assertThat(notANumber.errorFor("waitlistPosition")).isEqualTo(french("typeMismatch.waitlistPosition"));
		assertThat(notANumber.valueOf("waitlistPosition")).isEqualTo("deux");
		assertThat(taken.errorFor("waitlistPosition")).isEqualTo(french("selection.decision.position.taken", 1));
	}

	@Test
	void refusesAPlaceWhenTheRoundHasNoneLeft() throws Exception {
		// given
		retain(round, beta.id(), anne, manager);

		// when
		var page = refused(decision(alpha).param("status", "RETAINED")
			.param("advisor", benoit.id().value().toString())
			.param("reasonKey", "selection.reason.RETAINED.withinPlaces"));

		// then
		assertThat(page.errorSummary()).containsExactly(french("selection.refused.noPlaceLeft", "Printemps", 1));
		assertThat(row(alpha).decision()).isNull();
	}

	@Test
	void saysWhatAColleagueChangedAndLetsTheManagerRetryOnTheCurrentVersion() throws Exception {
		// given the page as the manager saw it, then a colleague's decision
		long seen = version(round, alpha.id());
		Staff colleague = manager("Hélène Gestion");
		selection.decide(new RecordDecision(round, alpha.id(), DecisionStatus.WAITLISTED, 1, null,
				"selection.reason.WAITLISTED.placesTaken", "Toutes les places sont prises.", seen,
				colleague.actor()));

		// when
		var page = refused(postAs(manager, dossierPath(round, alpha.id()) + "/decision")
			.param("version", String.valueOf(seen))
			.param("status", "NOT_RETAINED")
			.param("reasonKey", "selection.reason.NOT_RETAINED.lowerScore")
			.param("reasonText", "Mon texte à moi."));

		// then what changed, by whom
		assertThat(page.errorSummary()).singleElement()
			.asString()
			.contains("Hélène Gestion")
			.contains(french("selection.log.DECIDED"));
		assertThat(page.valueOf("reasonText")).isEqualTo("Mon texte à moi.");
		assertThat(page.text("dl.facts")).contains(french("selection.ranking.waitlistedAt", 1));
		// and the form now carries the current version: sending it again works
		long current = version(round, alpha.id());
		assertThat(page.valueOf("version")).isEqualTo(String.valueOf(current));
		perform(postAs(manager, dossierPath(round, alpha.id()) + "/decision").param("version", page.valueOf("version"))
			.param("status", "NOT_RETAINED")
			.param("reasonKey", "selection.reason.NOT_RETAINED.lowerScore")
			.param("reasonText", "Mon texte à moi."))
			.andExpect(flash().attribute("flash", "selection.decision.recorded"));
		assertThat(row(alpha).decision()).isEqualTo(DecisionStatus.NOT_RETAINED);
	}

	@Test
	void recordsAWithdrawalAndAsksHowItCame() throws Exception {
		// given
		retain(round, alpha.id(), anne, manager);

		// when
		var page = Page.of(perform(postAs(manager, dossierPath(round, alpha.id()) + "/withdrawal")
			.param("version", String.valueOf(version(round, alpha.id())))
			.param("note", " ")).andExpect(status().isOk()).andReturn());
		perform(postAs(manager, dossierPath(round, alpha.id()) + "/withdrawal")
			.param("version", String.valueOf(version(round, alpha.id())))
			.param("note", "Courriel du 3 mars : le commerce déménage."))
			.andExpect(flash().attribute("flash", "selection.withdrawal.recorded"));

		// then
		assertThat(page.errorFor("note")).isEqualTo(french("selection.withdraw.note.required"));
		assertThat(row(alpha).decision()).isEqualTo(DecisionStatus.WITHDRAWN);
		assertThat(selection.round(round).freePlaces()).isEqualTo(1);
	}

	@Test
	void handsARetainedMerchantOverWithAReason() throws Exception {
		// given
		retain(round, alpha.id(), anne, manager);
		String path = dossierPath(round, alpha.id()) + "/advisor";

		// when
		var noReason = Page.of(perform(postAs(manager, path).param("version", String.valueOf(version(round, alpha.id())))
			.param("advisor", benoit.id().value().toString())
			.param("reason", "")).andExpect(status().isOk()).andReturn());
		var sameAdvisor = Page.of(perform(postAs(manager, path)
			.param("version", String.valueOf(version(round, alpha.id())))
			.param("advisor", anne.id().value().toString())
			.param("reason", "Répartir la charge.")).andExpect(status().isOk()).andReturn());
		perform(postAs(manager, path).param("version", String.valueOf(version(round, alpha.id())))
			.param("advisor", benoit.id().value().toString())
			.param("reason", "Anne part en congé."))
			.andExpect(flash().attribute("flash", "selection.handOver.recorded"));

		// then
		assertThat(noReason.errorFor("reason")).isEqualTo(french("selection.reassign.reason.required"));
		assertThat(noReason.selected("advisor")).isEqualTo(benoit.id().value().toString());
		assertThat(sameAdvisor.errorSummary()).containsExactly(french("selection.reassign.sameAdvisor", "Anne Conseil"));
		assertThat(row(alpha).advisorName()).isEqualTo("Benoît Conseil");
	}

	@Test
	void offersTheFreedPlaceToTheNextOnTheWaitlistFromTheRoundPage() throws Exception {
		// given a free place, but nobody waiting yet
		var empty = Page.of(perform(postAs(manager, "/selection/rounds/" + round + "/offer")).andExpect(status().isOk())
			.andExpect(view().name("selection/round"))
			.andReturn());
		retain(round, alpha.id(), anne, manager);
		waitlist(round, beta.id(), 1, manager);
		selection.withdraw(round, alpha.id(), "Déménagement.", version(round, alpha.id()), manager.actor());

		// when
		perform(postAs(manager, "/selection/rounds/" + round + "/offer").param("advisor", ""))
			.andExpect(redirectedUrl(dossierPath(round, beta.id())))
			.andExpect(flash().attribute("flash", "selection.offer.done"));

		// then
		assertThat(empty.errorSummary()).containsExactly(french("selection.refused.waitlistEmpty", "Printemps"));
		assertThat(row(beta).decision()).isEqualTo(DecisionStatus.RETAINED);
		assertThat(selection.decisionFor(beta.accountId(), FRENCH).orElseThrow().advisorName()).isNotNull();
	}

	@Test
	void refusesDecisionsInAClosedRoundAndShowsNoForm() throws Exception {
		// given
		selection.closeRound(round, manager.actor());

		// when
		var page = Page.of(perform(getAs(manager, dossierPath(round, alpha.id()))).andReturn());
		var refused = refused(decision(alpha).param("status", "NOT_RETAINED")
			.param("reasonKey", "selection.reason.NOT_RETAINED.lowerScore"));

		// then
		assertThat(page.document().select("form[action$=/decision]")).isEmpty();
		assertThat(page.text()).contains(french("selection.dossier.roundClosed", "Printemps"));
		assertThat(refused.errorSummary()).containsExactly(french("selection.refused.roundClosed", "Printemps"));
	}

	private MockHttpServletRequestBuilder decision(ApplicationDetails application) {
		return postAs(manager, dossierPath(round, application.id()) + "/decision").param("version",
				String.valueOf(version(round, application.id())));
	}

	private Page refused(MockHttpServletRequestBuilder request) throws Exception {
		return Page.of(perform(request).andExpect(status().isOk()).andExpect(view().name("selection/dossier")).andReturn());
	}

	private RankingRow row(ApplicationDetails application) {
		return selection.ranking(round).row(application.id()).orElseThrow();
	}

	private int mailsTo(String email) {
		return jdbc.sql("SELECT count(*) FROM platform_mail WHERE recipient = :email AND subject LIKE 'Votre candidature%'")
			.param("email", email)
			.query(Integer.class)
			.single();
	}

}
