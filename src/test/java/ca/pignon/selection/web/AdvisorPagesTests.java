package ca.pignon.selection.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.selection.RoundId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The advisors' page: caseloads and the areas each covers, set by a manager; a bad area code comes back next to the
 * field with what was typed.
 */
class AdvisorPagesTests extends SelectionWebTest {

	Staff manager;

	Staff anne;

	ApplicationDetails alpha;

	@BeforeEach
	void anAdvisorWithAMerchant() {
		manager = manager("Gaby Gestion");
		anne = advisor("Anne Conseil");
		alpha = eligible("Boulangerie Alpha");
		RoundId round = open("Printemps", 1, manager, anne);
		retain(round, alpha.id(), anne, manager);
	}

	@Test
	void listsAdvisorsWithTheirCaseloads() throws Exception {
		var page = Page.of(perform(getAs(manager, "/selection/advisors")).andExpect(status().isOk()).andReturn());
		assertThat(page.document().select("tbody tr").eachText()).anyMatch(line -> line.startsWith("Anne Conseil 1"));
	}

	@Test
	void setsTheAreasAnAdvisorCovers() throws Exception {
		// given the areas applications were placed in
		String area = intake.knownArrondissements().get(0)[0];

		// when
		perform(postAs(manager, "/selection/advisors/" + anne.id().value() + "/areas").param("codes", area)
			.param("other", "2423057"))
			.andExpect(flash().attribute("flash", "selection.areas.saved"));

		// then
		assertThat(selection.advisorAreas(anne.id())).containsExactlyInAnyOrder(area, "2423057");
		var page = Page.of(perform(getAs(manager, "/selection/advisors/" + anne.id().value())).andReturn());
		assertThat(page.checked("codes")).contains(area);
		assertThat(page.text()).contains("Boulangerie Alpha");
	}

	@Test
	void refusesACodeTooLongNextToTheFieldKeepingIt() throws Exception {
		String tooLong = "UN-CODE-BEAUCOUP-TROP-LONG";
		var page = Page.of(perform(postAs(manager, "/selection/advisors/" + anne.id().value() + "/areas").param("other",
				tooLong)).andExpect(status().isOk()).andReturn());
		assertThat(page.errorFor("other")).isEqualTo(french("selection.area.invalid", tooLong));
		assertThat(page.valueOf("other")).isEqualTo(tooLong);
	}

	@Test
	void answersNotFoundForSomeoneWhoIsNotAnAdvisor() throws Exception {
		perform(getAs(manager, "/selection/advisors/" + UUID.randomUUID())).andExpect(status().isNotFound());
		perform(postAs(manager, "/selection/advisors/" + UUID.randomUUID() + "/areas").param("other", "2423057"))
			.andExpect(status().isNotFound());
	}

}
