package ca.pignon.selection;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

import ca.pignon.shared.Actor;
import ca.pignon.intake.Eligibility;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.platform.Role;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static ca.pignon.intake.ApplicationFixture.unknownStreet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rounds: the eligible applications are the candidates, those that become eligible while the round is open join it,
 * one round is open at a time, each with its teams, places and grid version.
 */
@ExtendWith(PublishedEventsExtension.class)
class RoundTests extends SelectionTest {

	@Test
	void opensWithTheEligibleApplicationsOnlyAsCandidates(AssertablePublishedEvents events) {
		// given one application of each kind
		var manager = fixture.manager("Gaby Gestion");
		var advisor = fixture.advisor("Anne Conseil");
		var eligible = fixture.eligible("Boulangerie Saint-Roch");
		var toVerify = fixture.application("Atelier à vérifier")
			.at(unknownStreet("Québec", "G1R 4P5", ReceptionMode.STOREFRONT))
			.submit();
		var notEligible = fixture.application("Couture à domicile").receiving(ReceptionMode.HOME_BASED).submit();
		fixture.application("Brouillon").draft(3);
		assertThat(toVerify.assessment().eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(notEligible.assessment().eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);

		// when
		var round = selection.openRound("Cohorte de l’automne 2026",
				List.of(new TeamPlaces("Équipe Centre", 3, Set.of(advisor.accountId()))), manager);

		// then
		assertThat(selection.ranking(round).rows()).extracting(RankingRow::applicationId)
			.containsExactly(eligible.id());
		var details = selection.round(round);
		assertThat(details.name()).isEqualTo("Cohorte de l’automne 2026");
		assertThat(details.status()).isEqualTo(RoundStatus.OPEN);
		assertThat(details.gridVersion()).isEqualTo(selection.currentGrid(FRENCH).version());
		assertThat(details.places()).isEqualTo(3);
		assertThat(details.candidates()).isEqualTo(1);
		assertThat(details.teams()).singleElement().satisfies(team -> {
			assertThat(team.name()).isEqualTo("Équipe Centre");
			assertThat(team.advisors()).extracting(StaffRef::name).containsExactly("Anne Conseil");
			assertThat(team.free()).isEqualTo(3);
		});
		assertThat(selection.currentRound()).contains(details);
		assertThat(events).contains(RoundOpened.class).matching(RoundOpened::candidates, 1);
	}

	@Test
	void anApplicationThatBecomesEligibleWhileTheRoundIsOpenJoinsIt() {
		// given an open round, then a new eligible application and one staff find eligible
		var manager = fixture.manager("Gaby Gestion");
		var round = fixture.open("Printemps", 2, manager, fixture.advisor("Anne Conseil"));
		var late = fixture.eligible("Fromagerie tardive");
		var toVerify = fixture.application("Atelier vérifié")
			.at(unknownStreet("Québec", "G1R 4P5", ReceptionMode.STOREFRONT))
			.submit();
		intake.overrideEligibility(toVerify.id(), Eligibility.ELIGIBLE, "Bail commercial reçu.",
				toVerify.version(), Actor.of(manager.accountId()));

		// when the events are handled
		fixture.awaitEvents();

		// then
		assertThat(selection.ranking(round).rows()).extracting(RankingRow::applicationId)
			.containsExactlyInAnyOrder(late.id(), toVerify.id());
		assertThat(selection.timelineOf(late.id())).extracting(TimelineEntry::action).contains("CANDIDATE_ADDED");
	}

	@Test
	void anApplicationThatStopsBeingEligibleLeavesTheRanking() {
		// given
		var manager = fixture.manager("Gaby Gestion");
		var staying = fixture.eligible("Boulangerie");
		var leaving = fixture.eligible("Café fermé");
		var round = fixture.open("Printemps", 2, manager, fixture.advisor("Anne Conseil"));

		// when staff find it is not a storefront after all
		intake.overrideEligibility(leaving.id(), Eligibility.NOT_ELIGIBLE, "Le local est fermé depuis un an.",
				intake.application(leaving.id(), FRENCH).version(), Actor.of(manager.accountId()));

		// then
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(selection.ranking(round).rows()).extracting(RankingRow::applicationId)
				.containsExactly(staying.id()));
		assertThat(selection.timelineOf(leaving.id())).extracting(TimelineEntry::action).contains("ELIGIBILITY_LOST");
	}

	@Test
	void oneRoundIsOpenAtATime() {
		var manager = fixture.manager("Gaby Gestion");
		var advisor = fixture.advisor("Anne Conseil");
		fixture.open("Printemps", 2, manager, advisor);

		assertRefused(() -> fixture.open("Été", 2, manager, advisor), "selection.refused.roundAlreadyOpen",
				refused -> assertThat(refused.arguments()).containsExactly("Printemps"));
	}

	@Test
	void aClosedRoundTakesNoMoreScoresNorDecisions(AssertablePublishedEvents events) {
		// given
		var manager = fixture.manager("Gaby Gestion");
		var advisor = fixture.advisor("Anne Conseil");
		var application = fixture.eligible("Boulangerie");
		var round = fixture.open("Printemps", 2, manager, advisor);
		long version = fixture.version(round, application.id());

		// when
		selection.closeRound(round, manager);

		// then
		var closed = selection.round(round);
		assertThat(closed.status()).isEqualTo(RoundStatus.CLOSED);
		assertThat(closed.closedBy()).isEqualTo("Gaby Gestion");
		assertThat(selection.currentRound()).isEmpty();
		assertThat(events).contains(RoundClosed.class).matching(RoundClosed::round, round);
		assertRefused(() -> selection.assignReviewer(round, application.id(), advisor.accountId(), manager),
				"selection.refused.roundClosed");
		assertRefused(() -> selection.decide(new RecordDecision(round, application.id(), DecisionStatus.NOT_RETAINED,
				null, null, "selection.reason.NOT_RETAINED.lowerScore", "Pointage.", version, manager)),
				"selection.refused.roundClosed");
		assertRefused(() -> selection.closeRound(round, manager), "selection.refused.roundClosed");
		// and a new round can open
		assertThat(fixture.open("Été", 1, manager, advisor)).isNotEqualTo(round);
	}

	@Test
	void theNextRoundTakesBackEveryoneButTheRetained() {
		// given a first round with one retained, one waitlisted, one not retained, one undecided
		var manager = fixture.manager("Gaby Gestion");
		var advisor = fixture.advisor("Anne Conseil");
		var retained = fixture.eligible("Retenue");
		var waitlisted = fixture.eligible("En attente");
		var notRetained = fixture.eligible("Non retenue");
		var undecided = fixture.eligible("Sans décision");
		var first = fixture.open("Printemps", 1, manager, advisor);
		fixture.retain(first, retained.id(), advisor, manager);
		fixture.waitlist(first, waitlisted.id(), null, manager);
		fixture.notRetain(first, notRetained.id(), manager);
		selection.closeRound(first, manager);

		// when
		var second = fixture.open("Été", 1, manager, advisor);

		// then
		assertThat(selection.ranking(second).rows()).extracting(RankingRow::applicationId)
			.containsExactlyInAnyOrder(waitlisted.id(), notRetained.id(), undecided.id());
		assertThat(selection.ranking(second).rows()).allMatch(row -> row.decision() == null);
	}

	@Test
	void refusesARoundWithoutNameTeamsPlacesOrProperAdvisors() {
		var manager = fixture.manager("Gaby Gestion");
		var advisor = fixture.advisor("Anne Conseil");
		var city = fixture.staff("Ville de Québec", Role.CITY);
		fixture.open("Printemps", 1, manager, advisor);
		selection.closeRound(selection.currentRound().orElseThrow().id(), manager);

		assertRefused(() -> selection.openRound("  ", List.of(team("A", 2, advisor)), manager),
				"selection.round.name.required");
		assertRefused(() -> selection.openRound("printemps", List.of(team("A", 2, advisor)), manager),
				"selection.round.name.taken");
		assertRefused(() -> selection.openRound("Été", List.of(), manager), "selection.round.teams.required");
		assertRefused(() -> selection.openRound("Été", List.of(team("A", 0, advisor)), manager),
				"selection.round.places.none");
		assertRefused(() -> selection.openRound("Été", List.of(team("A", -1, advisor)), manager),
				"selection.round.team.places.invalid");
		assertRefused(() -> selection.openRound("Été", List.of(team("A", 2)), manager),
				"selection.round.team.advisors.required");
		assertRefused(() -> selection.openRound("Été", List.of(team("A", 2, city)), manager),
				"selection.round.team.advisor.invalid");
		assertRefused(() -> selection.openRound("Été", List.of(team("A", 2, advisor), team("a", 2, manager)), manager),
				"selection.round.team.name.duplicate");
		assertRefused(() -> selection.openRound("Été", List.of(team("A", 2, advisor), team("B", 2, advisor)), manager),
				"selection.round.team.advisor.twoTeams");
		assertThat(selection.currentRound()).isEmpty();
	}

	@Test
	void placesAreCountedPerTeam() {
		// given two teams
		var manager = fixture.manager("Gaby Gestion");
		var anne = fixture.advisor("Anne Conseil");
		var marc = fixture.advisor("Marc Conseil");
		var first = fixture.eligible("Premier");
		var second = fixture.eligible("Second");
		var round = selection.openRound("Printemps", List.of(team("Centre", 1, anne), team("Nord", 2, marc)), manager);

		// when Centre's one place is taken
		fixture.retain(round, first.id(), anne, manager);

		// then
		assertThat(selection.round(round).teams()).extracting(TeamDetails::name, TeamDetails::taken, TeamDetails::free)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Centre", 1, 0),
					org.assertj.core.groups.Tuple.tuple("Nord", 0, 2));
		assertThat(selection.round(round).freePlaces()).isEqualTo(2);
		assertRefused(() -> fixture.retain(round, second.id(), anne, manager),
				"selection.decision.advisor.teamFull");
	}

	static TeamPlaces team(String name, int places, Actor... advisors) {
		return new TeamPlaces(name, places,
				Set.of(java.util.Arrays.stream(advisors).map(Actor::accountId).toArray(ca.pignon.shared.AccountId[]::new)));
	}

}
