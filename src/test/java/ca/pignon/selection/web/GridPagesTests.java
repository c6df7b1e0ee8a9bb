package ca.pignon.selection.web;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ca.pignon.selection.CriterionDefinition;
import ca.pignon.selection.CriterionKind;
import ca.pignon.selection.Grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The grid page: the current version explained in words (what the program publishes), its versions, and the form
 * that writes the next version, with its refusals next to the criterion and the field they are about.
 */
class GridPagesTests extends SelectionWebTest {

	Staff manager;

	int current;

	@BeforeEach
	void aManager() {
		manager = manager("Gaby Gestion");
		current = selection.currentGrid(FRENCH).version();
	}

	@Test
	void explainsTheCurrentGridInWords() throws Exception {
		// when
		var page = Page.of(perform(getAs(manager, "/selection/grid")).andExpect(status().isOk())
			.andExpect(view().name("selection/grid"))
			.andReturn());

		// then
		assertThat(page.document().select("section h2[id^=group-]").eachText())
			.containsExactly("Engagement — 50 points sur 100", "Impact — 50 points sur 100");
		String tables = page.text("section[aria-labelledby^=group-] table");
		assertThat(tables).contains("Temps consacré au projet chaque semaine", "Moins d’une heure : 0",
				"Plus de cinq heures : 4", "De 2 à 9 employés : 4", "50 employés ou plus : 0",
				"Codes SCIAN commençant par 722 : 4", "Toute autre valeur : 2", "Aucun site ni réseau social : 4",
				french("selection.grid.reviewerMean"))
			.doesNotContain("LESS_THAN_ONE", "2-9", "NONE=");
		assertThat(page.document().select("form[action$=/selection/grid] fieldset.criterion")).hasSize(8);
	}

	@Test
	void writesANewVersionWithTheWeightsChanged() throws Exception {
		// when
		perform(revise(row -> row.code().equals("PROJECT_FIT") ? row.weighing(25, 5) : row))
			.andExpect(redirectedUrl("/selection/grid"))
			.andExpect(flash().attribute("flash", "selection.grid.revised"));

		// then
		Grid grid = selection.currentGrid(FRENCH);
		assertThat(grid.version()).isEqualTo(current + 1);
		assertThat(grid.criteria()).filteredOn(criterion -> criterion.code().equals("PROJECT_FIT"))
			.singleElement()
			.satisfies(criterion -> {
				assertThat(criterion.weight()).isEqualTo(25);
				assertThat(criterion.max()).isEqualTo(5);
			});
	}

	@Test
	void explainsAWeightThatIsNotANumberAndKeepsIt() throws Exception {
		var page = refused(revise(row -> row, Map.of("criteria[0].weight", "dix")));
		assertThat(page.errorFor("criteria[0].weight")).isEqualTo(french("typeMismatch.weight"));
		assertThat(page.valueOf("criteria[0].weight")).isEqualTo("dix");
		assertThat(selection.currentGrid(FRENCH).version()).isEqualTo(current);
	}

	@Test
	void refusesAWeightOutOfRangeNextToItsCriterion() throws Exception {
		var page = refused(revise(row -> row.code().equals("WORK_BY") ? row.weighing(0, row.max()) : row));
		assertThat(page.errorFor("criteria[1].weight")).isEqualTo(french("selection.grid.weight.invalid", "WORK_BY"));
	}

	@Test
	void refusesAPointsTableOutsideTheScaleNextToIt() throws Exception {
		var page = refused(revise(row -> row.code().equals("HOURS_PER_WEEK")
				? row.withPoints("LESS_THAN_ONE=0;ONE_TO_TWO=9;THREE_TO_FIVE=3;MORE_THAN_FIVE=4") : row));
		assertThat(page.errorFor("criteria[0].pointsTable")).isEqualTo(
				french("selection.grid.points.outOfScale", "HOURS_PER_WEEK", "ONE_TO_TWO=9", 4));
		assertThat(page.valueOf("criteria[0].pointsTable"))
			.isEqualTo("LESS_THAN_ONE=0;ONE_TO_TWO=9;THREE_TO_FIVE=3;MORE_THAN_FIVE=4");
	}

	@Test
	void addsAReviewerCriterionWithItsLabels() throws Exception {
		// given a form with one more row, as the "add" button gives it
		var withRow = Page.of(perform(revise(row -> row).param("addCriterion", "1")).andExpect(status().isOk())
			.andReturn());
		assertThat(withRow.document().select("fieldset.criterion")).hasSize(9);
		assertThat(withRow.valueOf("criteria[8].added")).isEqualTo("true");
		MockHttpServletRequestBuilder added = revise(row -> row).param("criteria[8].added", "true")
			.param("criteria[8].code", "CLIENTELE_LOCALE")
			.param("criteria[8].group", "IMPACT")
			.param("criteria[8].weight", "10")
			.param("criteria[8].max", "4");

		// when
		var unlabelled = refused(added);
		perform(added.param("criteria[8].labelFr", "Clientèle locale").param("criteria[8].labelEn", "Local customers"))
			.andExpect(flash().attribute("flash", "selection.grid.revised"));

		// then
		assertThat(unlabelled.errorFor("criteria[8].labelFr"))
			.isEqualTo(french("selection.grid.labels.required", "CLIENTELE_LOCALE"));
		assertThat(unlabelled.valueOf("criteria[8].code")).isEqualTo("CLIENTELE_LOCALE");
		assertThat(selection.currentGrid(FRENCH).criteria()).filteredOn(c -> c.code().equals("CLIENTELE_LOCALE"))
			.singleElement()
			.satisfies(criterion -> {
				assertThat(criterion.kind()).isEqualTo(CriterionKind.REVIEWER);
				assertThat(criterion.label()).isEqualTo("Clientèle locale");
			});
	}

	@Test
	void removesAReviewerCriterionButNeverAComputedOne() throws Exception {
		// when
		perform(revise(row -> row).param("criteria[7].remove", "true").param("criteria[0].remove", "true"))
			.andExpect(flash().attribute("flash", "selection.grid.revised"));

		// then
		assertThat(selection.currentGrid(FRENCH).criteria()).extracting(c -> c.code())
			.doesNotContain("PROJECT_FIT")
			.contains("HOURS_PER_WEEK")
			.hasSize(7);
	}

	@Test
	void saysTheGridChangedMeanwhileAndLetsTheManagerRetryOnTheNewVersion() throws Exception {
		// given a colleague's version written after the page was shown
		selection.reviseGrid(current, selection.definitionOf(current)
			.stream()
			.map(row -> row.code().equals("SECTOR") ? row.weighing(6, row.max()) : row)
			.toList(), manager("Hélène Gestion").actor());

		// when
		var page = refused(revise(row -> row.code().equals("PROJECT_FIT") ? row.weighing(19, 4) : row));

		// then
		assertThat(page.errorSummary()).containsExactly(french("selection.refused.gridChanged", current + 1));
		assertThat(page.valueOf("basedOn")).isEqualTo(String.valueOf(current + 1));
		assertThat(page.valueOf("criteria[7].weight")).isEqualTo("19");
	}

	@Test
	void showsAnEarlierVersionWithoutTheForm() throws Exception {
		selection.reviseGrid(current, selection.definitionOf(current), manager.actor());
		var page = Page.of(perform(getAs(manager, "/selection/grid/" + current)).andExpect(status().isOk()).andReturn());
		assertThat(page.text()).contains(french("selection.grid.past"));
		assertThat(page.document().select("form[action$=/selection/grid]")).isEmpty();
		perform(getAs(manager, "/selection/grid/999")).andExpect(status().isNotFound());
	}

	@Test
	void isForManagersOnly() throws Exception {
		perform(getAs(advisor("Anne Conseil"), "/selection/grid")).andExpect(status().isForbidden());
		perform(revise(row -> row).with(advisor("Anne Conseil").login())).andExpect(status().isForbidden());
	}

	/** The grid form as the page sends it: every current criterion, changed as given. */
	private MockHttpServletRequestBuilder revise(UnaryOperator<CriterionDefinition> change) {
		return revise(change, Map.of());
	}

	/** @param typed fields typed in instead of what the criteria hold ({@code criteria[0].weight} → "dix") */
	private MockHttpServletRequestBuilder revise(UnaryOperator<CriterionDefinition> change, Map<String, String> typed) {
		var request = postAs(manager, "/selection/grid").param("basedOn", String.valueOf(current));
		List<CriterionDefinition> rows = selection.definitionOf(current).stream().map(change).toList();
		for (int i = 0; i < rows.size(); i++) {
			CriterionDefinition row = rows.get(i);
			String prefix = "criteria[" + i + "].";
			Map<String, String> fields = new java.util.LinkedHashMap<>();
			fields.put("added", "false");
			fields.put("code", row.code());
			fields.put("group", row.group().name());
			fields.put("weight", String.valueOf(row.weight()));
			fields.put("max", String.valueOf(row.max()));
			if (row.pointsTable() != null) {
				fields.put("pointsTable", row.pointsTable());
			}
			fields.forEach((name, value) -> request.param(prefix + name, typed.getOrDefault(prefix + name, value)));
		}
		return request;
	}

	private Page refused(MockHttpServletRequestBuilder request) throws Exception {
		return Page.of(perform(request).andExpect(status().isOk()).andExpect(view().name("selection/grid")).andReturn());
	}

}
