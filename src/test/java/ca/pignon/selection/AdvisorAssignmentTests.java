package ca.pignon.selection;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

import ca.pignon.shared.Actor;
import ca.pignon.intake.Places;
import ca.pignon.intake.ReceptionMode;

import static ca.pignon.intake.ApplicationFixture.storefront;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retained merchants are assigned to an advisor suggested by caseload and area and confirmed by the manager; a manager
 * can hand a merchant over to another advisor, who then sees the whole history.
 */
@ExtendWith(PublishedEventsExtension.class)
class AdvisorAssignmentTests extends SelectionTest {

	Actor manager;

	Actor anne;

	Actor marc;

	Actor luc;

	@BeforeEach
	void threeAdvisors() {
		manager = fixture.manager("Gaby Gestion");
		anne = fixture.advisor("Anne Conseil");
		marc = fixture.advisor("Marc Conseil");
		luc = fixture.advisor("Luc Conseil");
	}

	@Test
	void suggestsTheAdvisorWithTheFewestActiveMerchantsFirst() {
		// given Anne already accompanies two merchants, Marc one
		var a = fixture.eligible("A");
		var b = fixture.eligible("B");
		var c = fixture.eligible("C");
		var next = fixture.eligible("Suivant");
		var round = selection.openRound("Printemps", List.of(team("Centre", 10, anne, marc, luc)), manager);
		fixture.retain(round, a.id(), anne, manager);
		fixture.retain(round, b.id(), anne, manager);
		fixture.retain(round, c.id(), marc, manager);

		// when
		var suggestions = selection.suggestAdvisors(round, next.id());

		// then
		assertThat(suggestions).extracting(s -> s.advisor().name(), AdvisorSuggestion::caseload)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Luc Conseil", 0),
					org.assertj.core.groups.Tuple.tuple("Marc Conseil", 1),
					org.assertj.core.groups.Tuple.tuple("Anne Conseil", 2));
		assertThat(suggestions).allSatisfy(s -> {
			assertThat(s.team()).isEqualTo("Centre");
			assertThat(s.teamPlacesLeft()).isEqualTo(7);
		});
	}

	@Test
	void suggestsAnAdvisorWhoCoversTheMerchantsArrondissementFirst() {
		// given Anne covers Charlesbourg and already has a merchant; Marc and Luc have none
		selection.setAdvisorAreas(anne.accountId(), Set.of(Places.CHARLESBOURG), manager);
		var earlier = fixture.eligible("Déjà accompagné");
		var charlesbourg = fixture.application("Quincaillerie de Charlesbourg")
			.at(storefront(Places.CEGEP_CHARLESBOURG_CIVIC, Places.CEGEP_CHARLESBOURG_STREET, "Québec", "G1H 6K1",
					ReceptionMode.STOREFRONT))
			.submit();
		var round = selection.openRound("Printemps", List.of(team("Centre", 10, anne, marc, luc)), manager);
		fixture.retain(round, earlier.id(), anne, manager);

		// when
		var suggestions = selection.suggestAdvisors(round, charlesbourg.id());

		// then
		assertThat(selection.advisorAreas(anne.accountId())).containsExactly(Places.CHARLESBOURG);
		assertThat(suggestions.get(0).advisor().name()).isEqualTo("Anne Conseil");
		assertThat(suggestions.get(0).coversArea()).isTrue();
		assertThat(suggestions).extracting(s -> s.advisor().name())
			.containsExactly("Anne Conseil", "Luc Conseil", "Marc Conseil");
	}

	@Test
	void learnsWhichAreaAnAdvisorCoversFromTheMerchantsTheyAccompanied() {
		// given Marc accompanied a merchant of La Cité-Limoilou in an earlier round
		var earlier = fixture.eligible("Ancien dossier");
		var first = selection.openRound("Hiver", List.of(team("Centre", 1, marc)), manager);
		fixture.retain(first, earlier.id(), marc, manager);
		selection.closeRound(first, manager);
		var next = fixture.eligible("Nouveau dossier de Limoilou");
		var round = selection.openRound("Printemps", List.of(team("Centre", 5, anne, marc)), manager);

		// when
		var suggestions = selection.suggestAdvisors(round, next.id());

		// then Marc, one merchant more than Anne but from the same arrondissement, comes first
		assertThat(suggestions).extracting(s -> s.advisor().name(), AdvisorSuggestion::caseload,
				AdvisorSuggestion::coversArea)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Marc Conseil", 1, true),
					org.assertj.core.groups.Tuple.tuple("Anne Conseil", 0, false));
	}

	@Test
	void advisorsWhoseTeamIsFullComeLast() {
		var a = fixture.eligible("A");
		var next = fixture.eligible("Suivant");
		var round = selection.openRound("Printemps", List.of(team("Centre", 1, anne), team("Nord", 3, marc)), manager);
		fixture.retain(round, a.id(), anne, manager);

		var suggestions = selection.suggestAdvisors(round, next.id());

		assertThat(suggestions).extracting(s -> s.advisor().name(), AdvisorSuggestion::available)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Marc Conseil", true),
					org.assertj.core.groups.Tuple.tuple("Anne Conseil", false));
	}

	@Test
	void aHandOverMovesTheMerchantAndKeepsTheWholeHistoryForTheNewAdvisor(AssertablePublishedEvents events) {
		// given a merchant reviewed, retained and assigned to Anne
		var bakery = fixture.eligible("Boulangerie Saint-Roch");
		var round = selection.openRound("Printemps", List.of(team("Centre", 2, anne, marc)), manager);
		fixture.review(round, bakery.id(), luc, manager, 3);
		fixture.retain(round, bakery.id(), anne, manager);

		// when Anne leaves on parental leave
		selection.reassign(round, bakery.id(), marc.accountId(), "Congé parental d’Anne.",
				fixture.version(round, bakery.id()), manager);

		// then
		assertThat(selection.caseloadOf(marc.accountId())).extracting(AssignedMerchant::applicationId,
				AssignedMerchant::roundName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(bakery.id(), "Printemps"));
		assertThat(selection.caseloadOf(anne.accountId())).isEmpty();
		assertThat(selection.ranking(round).row(bakery.id()).orElseThrow().advisorName()).isEqualTo("Marc Conseil");
		var timeline = selection.timelineOf(bakery.id());
		assertThat(timeline).extracting(TimelineEntry::action)
			.containsSubsequence("SUBMITTED", "CANDIDATE_ADDED", "REVIEWER_ASSIGNED", "REVIEW_SUBMITTED", "DECIDED",
					"ADVISOR_ASSIGNED", "MAIL_QUEUED", "ADVISOR_REASSIGNED", "MAIL_QUEUED");
		assertThat(timeline).filteredOn(entry -> entry.action().equals("ADVISOR_REASSIGNED"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.before()).isEqualTo("Anne Conseil");
				assertThat(entry.after()).isEqualTo("Marc Conseil (Centre)");
				assertThat(entry.reason()).isEqualTo("Congé parental d’Anne.");
				assertThat(entry.actorName()).isEqualTo("Gaby Gestion");
			});
		assertThat(fixture.mailsTo(bakery.email())).last()
			.asString()
			.startsWith("Votre conseillère ou conseiller change")
			.contains("maintenant suivi par Marc Conseil");
		assertThat(events).contains(MerchantAssigned.class)
			.matching(MerchantAssigned::advisor, marc.accountId())
			.matching(MerchantAssigned::previousAdvisor, anne.accountId());
		assertThat(jdbc.sql("SELECT advisor_name || ':' || (ended_at IS NOT NULL) FROM selection_assignment ORDER BY started_at, ended_at NULLS LAST")
			.query(String.class)
			.list()).containsExactly("Anne Conseil:true", "Marc Conseil:false");
	}

	@Test
	void refusesAHandOverThatIsNotOne() {
		var bakery = fixture.eligible("Boulangerie");
		var waiting = fixture.eligible("En attente");
		var round = selection.openRound("Printemps", List.of(team("Centre", 1, anne, marc)), manager);
		fixture.retain(round, bakery.id(), anne, manager);
		fixture.waitlist(round, waiting.id(), 1, manager);
		long version = fixture.version(round, bakery.id());

		assertRefused(() -> selection.reassign(round, bakery.id(), anne.accountId(), "Pourquoi pas.", version, manager),
				"selection.reassign.sameAdvisor");
		assertRefused(() -> selection.reassign(round, bakery.id(), marc.accountId(), " ", version, manager),
				"selection.reassign.reason.required");
		assertRefused(() -> selection.reassign(round, bakery.id(), luc.accountId(), "Hors équipe.", version, manager),
				"selection.decision.advisor.notInRound");
		assertRefused(() -> selection.reassign(round, waiting.id(), marc.accountId(), "Attente.",
				fixture.version(round, waiting.id()), manager), "selection.refused.notRetained");
		assertRefused(() -> selection.reassign(round, bakery.id(), marc.accountId(), "Trop tard.", version - 1, manager),
				"selection.refused.staleVersion");
	}

	@Test
	void anAdvisorInConflictOfInterestIsNeitherSuggestedNorAssigned() {
		var bakery = fixture.eligible("Boulangerie");
		var round = selection.openRound("Printemps", List.of(team("Centre", 2, anne, marc)), manager);
		selection.declareConflict(round, bakery.id(), anne, "Je connais la propriétaire.");

		assertThat(selection.suggestAdvisors(round, bakery.id())).extracting(s -> s.advisor().name())
			.containsExactly("Marc Conseil");
		assertRefused(() -> fixture.retain(round, bakery.id(), anne, manager), "selection.decision.advisor.conflicted");
	}

	@Test
	void aWithdrawalTakesTheMerchantOffTheCaseload() {
		var bakery = fixture.eligible("Boulangerie");
		var round = selection.openRound("Printemps", List.of(team("Centre", 2, anne)), manager);
		fixture.retain(round, bakery.id(), anne, manager);
		assertThat(selection.caseloadOf(anne.accountId())).hasSize(1);

		selection.withdraw(round, bakery.id(), "Le commerce ferme.", fixture.version(round, bakery.id()), manager);

		assertThat(selection.caseloadOf(anne.accountId())).isEmpty();
	}

	static TeamPlaces team(String name, int places, Actor... advisors) {
		return RoundTests.team(name, places, advisors);
	}


}
