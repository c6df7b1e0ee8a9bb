package ca.pignon.selection.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.pignon.platform.DocumentProblem;
import ca.pignon.selection.CriterionDefinition;
import ca.pignon.selection.CriterionGroup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid as the text the store keeps: a version reads back into exactly the criteria it was written from, whatever
 * its labels hold, and a text that is not a grid is refused with the criterion and the line at fault.
 */
class GridSourceTests {

	@Test
	void theShippedGridReadsBackIntoTheSameCriteria() {
		// when
		String source = GridSource.write(DefaultGrid.CRITERIA);
		// then
		assertThat(GridSource.read(source).document()).isEqualTo(DefaultGrid.CRITERIA);
		assertThat(source).startsWith(GridSource.HEADER + "criteria:\n  - code: \"HOURS_PER_WEEK\"\n")
			.contains("    points: \"LESS_THAN_ONE=0;ONE_TO_TWO=2;THREE_TO_FIVE=3;MORE_THAN_FIVE=4\"\n");
	}

	@Test
	void labelsKeepTheirQuotesLineBreaksAndAccents() {
		// given a criterion a manager added, labelled with what a form lets people type
		List<CriterionDefinition> criteria = new ArrayList<>(DefaultGrid.CRITERIA);
		criteria.add(CriterionDefinition.reviewer("NO", CriterionGroup.IMPACT, 5, 3)
			.labelled("Achat « local » \"d’ici\"", "Local\\purchasing: #1", "Première ligne\nseconde\tligne",
					"*alias & {flow}"));
		// when
		String source = GridSource.write(criteria);
		// then
		assertThat(GridSource.read(source).document()).isEqualTo(criteria);
		assertThat(source).contains("    labelFr: \"Achat « local » \\\"d’ici\\\"\"\n",
				"    helpFr: \"Première ligne\\nseconde\\tligne\"\n");
	}

	@Test
	void aCriterionMissingAFieldIsNamedWithItsLine() {
		String source = GridSource.write(DefaultGrid.CRITERIA).replace("    weight: 10\n    max: 4\n", "    max: 4\n");
		assertThat(GridSource.read(source).problems()).singleElement().satisfies(problem -> {
			assertThat(problem.messageKey()).isEqualTo("selection.grid.source.invalid");
			assertThat(problem.arguments()).containsExactly(2, "weight");
			assertThat(problem.line()).isEqualTo(10);
		});
	}

	@Test
	void aTextThatIsNotYamlOrNotAGridIsRefused() {
		assertThat(GridSource.read("criteria: [").problems()).extracting(DocumentProblem::messageKey)
			.containsExactly("platform.documents.error.syntax");
		assertThat(GridSource.read("weights: {}").problems()).extracting(DocumentProblem::messageKey)
			.containsExactly("selection.grid.source.noCriteria");
		assertThat(GridSource.read(GridSource.write(DefaultGrid.CRITERIA).replace("kind: REVIEWER", "kind: VOTE"))
			.problems()).extracting(DocumentProblem::arguments).containsExactly(List.of(3, "kind"));
	}

}
