package ca.pignon.selection.web;

import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.HoursPerWeek;
import ca.pignon.intake.WorkBy;
import ca.pignon.selection.RoundId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The ranked list a manager decides from: a page at a time, each row with its rank, subtotals, breakdown on demand,
 * ties, borderline cases, disagreements, incomplete reviews and decision; htmx gets the results only.
 */
class RankingPageTests extends SelectionWebTest {

	Staff manager;

	Staff anne;

	Staff benoit;

	ApplicationDetails alpha;

	ApplicationDetails beta;

	ApplicationDetails gamma;

	ApplicationDetails delta;

	RoundId round;

	@BeforeEach
	void fourApplicationsTwoPlaces() {
		manager = manager("Gaby Gestion");
		anne = advisor("Anne Conseil");
		benoit = advisor("Benoît Conseil");
		alpha = eligible("Boulangerie Alpha");
		beta = eligible("Épicerie Bêta");
		gamma = application("Fleuriste Gamma").committing(HoursPerWeek.MORE_THAN_FIVE, WorkBy.OWNER)
			.online(null, null, null, null)
			.submit();
		delta = application("Quincaillerie Delta").committing(HoursPerWeek.LESS_THAN_ONE, WorkBy.UNDECIDED).submit();
		round = open("Printemps", 2, manager, anne, benoit);
		review(round, gamma.id(), anne, manager, 4);
		review(round, gamma.id(), benoit, manager, 1);
	}

	@Test
	void showsEachRowWithItsRankSubtotalsBreakdownAndWhatToNotice() throws Exception {
		// when
		var page = Page.of(perform(getAs(manager, "/selection/rounds/" + round + "/ranking")).andExpect(status().isOk())
			.andExpect(view().name("selection/ranking"))
			.andReturn());

		// then the rows in ranking order, ties broken by the earlier submission
		assertThat(page.document().select("table.ranking tbody tr:not(.cutoff-row) td:nth-child(2) > a").eachText())
			.containsExactly("Fleuriste Gamma", "Boulangerie Alpha", "Épicerie Bêta", "Quincaillerie Delta");
		Element gammaRow = row(page, "Fleuriste Gamma");
		assertThat(gammaRow.select("td").get(0).text()).isEqualTo("1");
		assertThat(gammaRow.text()).contains(french("selection.ranking.flagged"))
			.contains(french("selection.ranking.reviewsOf", 2, 2))
			.doesNotContain(french("selection.ranking.incomplete"));
		// the breakdown, criterion by criterion, in words, when the row's details open (and the dossier without JS)
		Element details = gammaRow.selectFirst("details.breakdown-details");
		assertThat(details.select("summary").text()).isEqualTo(french("selection.ranking.breakdown"));
		assertThat(details.select("a").attr("href")).isEqualTo("/selection/rounds/" + round + "/applications/" + gamma.id().value());
		var breakdown = Page.of(perform(getAs(manager, details.attr("data-hx-get"))).andExpect(status().isOk()).andReturn());
		assertThat(breakdown.document().select(".breakdown li")).hasSize(8);
		assertThat(breakdown.text(".breakdown")).contains("Temps consacré au projet chaque semaine")
			.contains("Plus de cinq heures")
			.contains("Clarté des objectifs")
			.contains(french("selection.ranking.disagreement"))
			.doesNotContain("MORE_THAN_FIVE");
		Element alphaRow = row(page, "Boulangerie Alpha");
		Element betaRow = row(page, "Épicerie Bêta");
		assertThat(alphaRow.text()).contains(french("selection.ranking.tied"), french("selection.ranking.incomplete"));
		assertThat(betaRow.text()).contains(french("selection.ranking.tied"), french("selection.TieBreak.SUBMISSION"));
		// the end of the places is a line of its own, the cut-off and the borderline margin said above
		assertThat(page.text("tr.cutoff-row")).isEqualTo(french("selection.ranking.endOfPlaces", 2));
		assertThat(page.document().select("table.ranking tbody tr").get(2).hasClass("cutoff-row")).isTrue();
		assertThat(page.text()).contains("Seuil des places");
		// subtotals on the row
		assertThat(alphaRow.select("td").get(3).text()).isNotBlank();
		assertThat(alphaRow.select("td").get(4).text()).isNotBlank();
		assertThat(page.text()).contains(french("selection.ranking.undecided"));
	}

	@Test
	void showsTheDecisionOnTheRow() throws Exception {
		// given
		retain(round, gamma.id(), anne, manager);
		waitlist(round, alpha.id(), 1, manager);

		// when
		var page = Page.of(perform(getAs(manager, "/selection/rounds/" + round + "/ranking")).andReturn());

		// then
		assertThat(row(page, "Fleuriste Gamma").text()).contains(french("selection.DecisionStatus.RETAINED"),
				"Anne Conseil");
		assertThat(row(page, "Boulangerie Alpha").text()).contains(french("selection.ranking.waitlistedAt", 1));
	}

	@Test
	void answersHtmxWithTheResultsOnly() throws Exception {
		// when
		var result = perform(getAs(manager, "/selection/rounds/" + round + "/ranking?page=0").header("HX-Request",
				"true"))
			.andExpect(status().isOk())
			.andExpect(view().name("selection/ranking :: results"))
			.andReturn();

		// then
		String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// the live region #ranking stays on the page: only its content comes back (swapped inside it, announced)
		assertThat(html).doesNotContain("id=\"ranking\"", "aria-live").contains("Fleuriste Gamma").doesNotContain("<html");
	}

	@Test
	void hidesTheBreakdownFromAManagerWhoReviewsTheApplicationAndHasNotSubmitted() throws Exception {
		// given
		selection.assignReviewer(round, alpha.id(), manager.id(), manager.actor());

		// when
		var page = Page.of(perform(getAs(manager, "/selection/rounds/" + round + "/ranking")).andReturn());

		// then
		assertThat(row(page, "Boulangerie Alpha").select("details.breakdown-details")).isEmpty();
		assertThat(row(page, "Boulangerie Alpha").text()).contains(french("selection.ranking.hidden"));
		assertThat(row(page, "Fleuriste Gamma").select("details.breakdown-details")).isNotEmpty();
		// and asking for it anyway does not show it
		var breakdown = Page.of(perform(getAs(manager,
				"/selection/rounds/" + round + "/applications/" + alpha.id().value() + "/breakdown"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(breakdown.document().select(".breakdown")).isEmpty();
		assertThat(breakdown.text()).contains(french("selection.ranking.hidden"));
	}

	@Test
	void answersNotFoundForTheBreakdownOfAnApplicationOutsideTheRound() throws Exception {
		perform(getAs(manager, "/selection/rounds/" + round + "/applications/" + java.util.UUID.randomUUID() + "/breakdown"))
			.andExpect(status().isNotFound());
	}

	@Test
	void showsAPagePastTheEndAsEmptyWithAWayBack() throws Exception {
		// when
		var page = Page.of(perform(getAs(manager, "/selection/rounds/" + round + "/ranking?page=3"))
			.andExpect(status().isOk())
			.andReturn());

		// then
		assertThat(page.text()).contains(french("selection.ranking.empty"));
		assertThat(page.document().select("nav.pagination a").eachAttr("href")).anyMatch(href -> href.contains("page=2"));
	}

	@Test
	void readsANegativePageAsTheFirst() throws Exception {
		var page = Page.of(perform(getAs(manager, "/selection/rounds/" + round + "/ranking?page=-4"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.text()).contains("Fleuriste Gamma");
	}

	@Test
	void answersNotFoundForAnUnknownRoundOrAnImpossiblePage() throws Exception {
		perform(getAs(manager, "/selection/rounds/" + UUID.randomUUID() + "/ranking")).andExpect(status().isNotFound());
		perform(getAs(manager, "/selection/rounds/" + round + "/ranking?page=2147483647"))
			.andExpect(status().isNotFound());
		perform(getAs(manager, "/selection/rounds/" + round + "/ranking?page=deux")).andExpect(status().isBadRequest());
	}

	@Test
	void isForManagersOnly() throws Exception {
		perform(getAs(anne, "/selection/rounds/" + round + "/ranking")).andExpect(status().isForbidden());
	}

	private static Element row(Page page, String business) {
		return page.document()
			.select("table.ranking tbody tr")
			.stream()
			.filter(row -> row.select("td:nth-child(2) > a").text().equals(business))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + business));
	}

}
