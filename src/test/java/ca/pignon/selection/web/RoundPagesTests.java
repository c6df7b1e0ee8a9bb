package ca.pignon.selection.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.selection.RoundDetails;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.RoundStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The rounds' pages: opening a round with its advisor teams (errors next to the team and field they are about,
 * nothing typed lost), the round's page with its teams and waitlist, and closing it.
 */
class RoundPagesTests extends SelectionWebTest {

	Staff manager;

	Staff anne;

	Staff benoit;

	ApplicationDetails alpha;

	@BeforeEach
	void aManagerTwoAdvisorsAndAnApplication() {
		manager = manager("Gaby Gestion");
		anne = advisor("Anne Conseil");
		benoit = advisor("Benoît Conseil");
		alpha = eligible("Boulangerie Alpha");
	}

	@Test
	void opensARoundWithItsTeamsAndTakesInTheEligibleApplications() throws Exception {
		// when
		var result = perform(open().param("name", "Printemps 2027")
			.param("teams[0].name", "Équipe Centre")
			.param("teams[0].places", "2")
			.param("teams[0].advisors", anne.id().value().toString(), benoit.id().value().toString()))
			.andExpect(flash().attribute("flash", "selection.round.opened"))
			.andReturn();

		// then
		RoundDetails round = selection.currentRound().orElseThrow();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/selection/rounds/" + round.id());
		assertThat(round.name()).isEqualTo("Printemps 2027");
		assertThat(round.places()).isEqualTo(2);
		assertThat(round.candidates()).isEqualTo(1);
		var page = Page.of(perform(getAs(manager, "/selection/rounds/" + round.id())).andExpect(status().isOk())
			.andReturn());
		assertThat(page.text("table")).contains("Équipe Centre", "Anne Conseil, Benoît Conseil");
	}

	@Test
	void asksForANameAndForEachTeamsPlacesAndAdvisorsKeepingWhatWasTyped() throws Exception {
		var page = refused(open().param("name", " ")
			.param("teams[0].name", "Équipe Centre")
			.param("teams[0].places", "dix")
			.param("teams[1].name", "Équipe Ouest")
			.param("teams[1].places", "3"));
		assertThat(page.errorFor("name")).isEqualTo(french("selection.round.name.required"));
		assertThat(page.errorFor("teams[0].places")).isEqualTo(french("typeMismatch.places"));
		assertThat(page.valueOf("teams[0].places")).isEqualTo("dix");
		assertThat(page.errorFor("teams[0].advisors")).isEqualTo(french("selection.roundForm.team.advisors.required"));
		assertThat(page.errorFor("teams[1].advisors")).isEqualTo(french("selection.roundForm.team.advisors.required"));
		assertThat(page.valueOf("teams[1].name")).isEqualTo("Équipe Ouest");
		assertThat(selection.currentRound()).isEmpty();
	}

	@Test
	void addsATeamWithoutLosingWhatWasTyped() throws Exception {
		var page = refused(open().param("addTeam", "1")
			.param("name", "Printemps 2027")
			.param("teams[0].name", "Équipe Centre")
			.param("teams[0].advisors", anne.id().value().toString()));
		assertThat(page.document().select("fieldset.team")).hasSize(2);
		assertThat(page.valueOf("name")).isEqualTo("Printemps 2027");
		assertThat(page.checked("teams[0].advisors")).containsExactly(anne.id().value().toString());
		assertThat(page.errorSummary()).isEmpty();
	}

	@Test
	void refusesAnAdvisorInTwoTeamsAndPlacesOutOfRangeWhereTheyAre() throws Exception {
		var twoTeams = refused(open().param("name", "Printemps")
			.param("teams[0].name", "Centre")
			.param("teams[0].places", "1")
			.param("teams[0].advisors", anne.id().value().toString())
			.param("teams[1].name", "Ouest")
			.param("teams[1].places", "1")
			.param("teams[1].advisors", anne.id().value().toString()));
		var places = refused(open().param("name", "Printemps")
			.param("teams[0].name", "Centre")
			.param("teams[0].places", "-2")
			.param("teams[0].advisors", anne.id().value().toString()));
		assertThat(twoTeams.errorSummary())
			.containsExactly(french("selection.round.team.advisor.twoTeams", "Anne Conseil"));
		assertThat(places.errorFor("teams[0].places"))
			.isEqualTo(french("selection.round.team.places.invalid", "Centre"));
	}

	@Test
	void refusesASecondOpenRound() throws Exception {
		// given
		open("Printemps", 1, manager, anne);

		// when
		var page = refused(open().param("name", "Été")
			.param("teams[0].name", "Centre")
			.param("teams[0].places", "1")
			.param("teams[0].advisors", anne.id().value().toString()));

		// then
		assertThat(page.errorSummary()).containsExactly(french("selection.refused.roundAlreadyOpen", "Printemps"));
	}

	@Test
	void closesTheRoundOnceAndSaysSoTheSecondTime() throws Exception {
		// given
		RoundId round = open("Printemps", 1, manager, anne);
		retain(round, alpha.id(), anne, manager);

		// when
		perform(postAs(manager, "/selection/rounds/" + round + "/close"))
			.andExpect(flash().attribute("flash", "selection.round.closed"));
		var again = Page.of(perform(postAs(manager, "/selection/rounds/" + round + "/close")).andExpect(status().isOk())
			.andExpect(view().name("selection/round"))
			.andReturn());

		// then
		assertThat(selection.round(round).status()).isEqualTo(RoundStatus.CLOSED);
		assertThat(again.text()).contains(french("selection.refused.roundClosed", "Printemps"));
		var list = Page.of(perform(getAs(manager, "/selection/rounds")).andReturn());
		assertThat(list.text("table")).contains("Printemps", french("selection.RoundStatus.CLOSED"));
		assertThat(list.document().select("form[action$=/selection/rounds]")).hasSize(1);
	}

	@Test
	void listsTheWaitlistInOrderOnTheRoundPage() throws Exception {
		// given
		ApplicationDetails beta = eligible("Épicerie Bêta");
		RoundId round = open("Printemps", 1, manager, anne);
		waitlist(round, beta.id(), 1, manager);
		waitlist(round, alpha.id(), 2, manager);

		// when
		var page = Page.of(perform(getAs(manager, "/selection/rounds/" + round)).andReturn());

		// then
		assertThat(page.document().select("ol.waitlist li a").eachText()).containsExactly("Épicerie Bêta",
				"Boulangerie Alpha");
	}

	private MockHttpServletRequestBuilder open() {
		return postAs(manager, "/selection/rounds");
	}

	private Page refused(MockHttpServletRequestBuilder request) throws Exception {
		return Page.of(perform(request).andExpect(status().isOk()).andExpect(view().name("selection/rounds")).andReturn());
	}

}
