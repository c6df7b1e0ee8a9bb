package ca.pignon.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

import ca.pignon.intake.MessageFiles;
import ca.pignon.selection.internal.DefaultGrid;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid: shipped at start-up as version 1, changed only by writing the next version, labelled in both languages.
 */
@ExtendWith(PublishedEventsExtension.class)
class GridTests extends SelectionTest {

	@Test
	void theShippedGridIsVersionOneWithEngagementAndImpactHalfEach() {
		// when
		var grid = selection.grid(1, FRENCH);

		// then
		assertThat(grid.createdBy()).isEqualTo("Pignon");
		assertThat(grid.totalWeight()).isEqualTo(100);
		assertThat(grid.criteria(CriterionGroup.ENGAGEMENT)).extracting(Criterion::code)
			.containsExactly("HOURS_PER_WEEK", "WORK_BY", "GOALS_CLARITY", "TRAINING_OPENNESS");
		assertThat(grid.criteria(CriterionGroup.IMPACT)).extracting(Criterion::code)
			.containsExactly("ONLINE_PRESENCE", "EMPLOYEES", "SECTOR", "PROJECT_FIT");
		assertThat(grid.criteria(CriterionGroup.ENGAGEMENT).stream().mapToInt(Criterion::weight).sum()).isEqualTo(50);
		assertThat(grid.reviewerCriteria()).extracting(Criterion::code)
			.containsExactly("GOALS_CLARITY", "TRAINING_OPENNESS", "PROJECT_FIT");
		assertThat(grid.criteria()).allSatisfy(criterion -> {
			assertThat(criterion.label()).isEqualTo(MessageFiles.french("selection.criterion." + criterion.code()
					+ ".label"));
			assertThat(criterion.help()).isNotBlank();
		});
	}

	@Test
	void theShippedLabelsComeInEnglishToo() {
		var grid = selection.grid(1, Locale.ENGLISH);

		assertThat(grid.criteria()).extracting(Criterion::label)
			.contains(MessageFiles.english("selection.criterion.PROJECT_FIT.label"));
	}

	@Test
	void changingTheGridWritesANewVersionAndLeavesTheOldOneAsItWas(AssertablePublishedEvents events) {
		// given
		var manager = fixture.manager("Gaby Gestion");
		var before = selection.currentGrid(FRENCH);
		List<CriterionDefinition> changed = new ArrayList<>(selection.definitionOf(before.version()));
		changed.set(0, changed.get(0).weighing(25, 4));
		changed.add(CriterionDefinition.reviewer("LOCAL_SUPPLIERS", CriterionGroup.IMPACT, 5, 3)
			.labelled("Achat local", "Local purchasing", "Le commerce vend des produits d’ici.", null));

		// when
		int version = selection.reviseGrid(before.version(), changed, manager);

		// then
		assertThat(version).isEqualTo(before.version() + 1);
		assertThat(selection.grid(before.version(), FRENCH)).isEqualTo(before);
		var after = selection.currentGrid(FRENCH);
		assertThat(after.version()).isEqualTo(version);
		assertThat(after.createdBy()).isEqualTo("Gaby Gestion");
		assertThat(after.criteria().get(0).weight()).isEqualTo(25);
		assertThat(after.totalWeight()).isEqualTo(115);
		assertThat(after.criteria()).last().satisfies(criterion -> {
			assertThat(criterion.label()).isEqualTo("Achat local");
			assertThat(criterion.help()).isEqualTo("Le commerce vend des produits d’ici.");
			assertThat(criterion.max()).isEqualTo(3);
		});
		assertThat(selection.grid(version, Locale.ENGLISH).criteria()).last()
			.satisfies(criterion -> assertThat(criterion.label()).isEqualTo("Local purchasing"));
		assertThat(selection.grids(FRENCH)).extracting(Grid::version).endsWith(before.version(), version);
		assertThat(events).contains(GridRevised.class).matching(GridRevised::version, version);
	}

	@Test
	void aCriterionAManagerAddsNeedsItsOwnLabelsInBothLanguages() {
		var manager = fixture.manager("Gaby Gestion");
		int current = selection.currentGrid(FRENCH).version();
		List<CriterionDefinition> changed = new ArrayList<>(DefaultGrid.CRITERIA);
		changed.add(CriterionDefinition.reviewer("LOCAL_SUPPLIERS", CriterionGroup.IMPACT, 5, 3));

		assertRefused(() -> selection.reviseGrid(current, changed, manager), "selection.grid.labels.required",
				refused -> assertThat(refused.field()).isEqualTo("LOCAL_SUPPLIERS"));
		changed.set(changed.size() - 1, changed.get(changed.size() - 1).labelled("Achat local", " ", null, null));
		assertRefused(() -> selection.reviseGrid(current, changed, manager), "selection.grid.labels.required");
		assertThat(selection.currentGrid(FRENCH).version()).isEqualTo(current);
	}

	@Test
	void refusesACriterionOutsideTheRules() {
		var manager = fixture.manager("Gaby Gestion");
		int current = selection.currentGrid(FRENCH).version();

		assertRefused(() -> selection.reviseGrid(current, List.of(), manager), "selection.grid.empty");
		var hours = DefaultGrid.CRITERIA.get(0);
		assertRefused(() -> selection.reviseGrid(current, replacing(hours.weighing(0, 4)), manager),
				"selection.grid.weight.invalid");
		assertRefused(() -> selection.reviseGrid(current, replacing(hours.weighing(10, 11)), manager),
				"selection.grid.max.invalid");
		// the shipped points reach 4: a scale of 2 would leave them out of it
		assertRefused(() -> selection.reviseGrid(current, replacing(hours.weighing(10, 2)), manager),
				"selection.grid.points.outOfScale", refused -> assertThat(refused.field()).isEqualTo("HOURS_PER_WEEK"));
		assertRefused(() -> selection.reviseGrid(current, replacing(hours.withPoints("LESS_THAN_ONE=0")), manager),
				"selection.grid.points.incomplete");
		assertRefused(() -> selection.reviseGrid(current, with(DefaultGrid.CRITERIA.get(0)), manager),
				"selection.grid.code.duplicate");
		assertRefused(() -> selection.reviseGrid(current,
				List.of(CriterionDefinition.reviewer("fit", CriterionGroup.IMPACT, 5, 3).labelled("a", "b", null, null)),
				manager), "selection.grid.code.invalid");
		assertThat(selection.currentGrid(FRENCH).version()).isEqualTo(current);
	}

	@Test
	void refusesAChangeMadeOnAVersionSomeoneElseAlreadyChanged() {
		// given two managers editing the same version
		var first = fixture.manager("Gaby Gestion");
		var second = fixture.manager("Louis Gestion");
		int seen = selection.currentGrid(FRENCH).version();
		selection.reviseGrid(seen, with(), first);

		// when / then
		assertRefused(() -> selection.reviseGrid(seen, with(), second), "selection.refused.gridChanged");
		assertThat(selection.currentGrid(FRENCH).version()).isEqualTo(seen + 1);
	}

	/** The shipped grid with its first criterion replaced. */
	static List<CriterionDefinition> replacing(CriterionDefinition first) {
		List<CriterionDefinition> criteria = new ArrayList<>(DefaultGrid.CRITERIA);
		criteria.set(0, first);
		return criteria;
	}

	static List<CriterionDefinition> with(CriterionDefinition... more) {
		List<CriterionDefinition> criteria = new ArrayList<>(DefaultGrid.CRITERIA);
		criteria.addAll(List.of(more));
		return criteria;
	}

}
