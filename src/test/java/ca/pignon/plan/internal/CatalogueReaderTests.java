package ca.pignon.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.platform.Refused.Problem;

/** A manager's catalogue file is refused with problems that name the line or the action at fault. */
class CatalogueReaderTests {

	QuestionBank bank = Shipped.bank();

	static String action(String id, String requires, String trigger) {
		return """
				  - id: %s
				    dimension: visibility
				    title: {fr: "Titre %s", en: "Title %s"}
				    why: {fr: "Pourquoi", en: "Why"}
				    steps:
				      - {fr: "Étape", en: "Step"}
				    hours: 2
				    cost: {min: 0, max: 0}
				    impact: 2
				    doer: merchant
				    requires: [%s]
				    indicator: {fr: "Signe", en: "Sign"}
				    triggers:
				      - %s
				""".formatted(id, id, id, requires, trigger);
	}

	static final String FIRES = "{question: vis-google-profile, anyOf: [\"no\"]}";

	List<Problem> problemsOf(String source) {
		var outcome = CatalogueReader.read(source, 2, bank);
		assertThat(outcome.catalogue()).isNull();
		return outcome.problems();
	}

	@Test
	void aValidFileReadsIntoACatalogue() {
		var outcome = CatalogueReader.read("actions:\n" + action("a", "", FIRES) + action("b", "a", FIRES), 2, bank);
		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.catalogue().actions()).extracting("id").containsExactly("a", "b");
		assertThat(outcome.catalogue().action("b").orElseThrow().requires()).containsExactly("a");
	}

	@Test
	void aCycleOfPrerequisitesIsRefusedWithItsPath() {
		var problems = problemsOf("actions:\n" + action("a", "c", FIRES) + action("b", "a", FIRES)
				+ action("c", "b", FIRES));
		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.messageKey()).isEqualTo("plan.catalogue.error.cycle");
			assertThat(problem.arguments()).containsExactly("a → c → b → a");
		});
	}

	@Test
	void anActionThatDependsOnItselfIsRefused() {
		var problems = problemsOf("actions:\n" + action("a", "a", FIRES));
		assertThat(problems).extracting(Problem::messageKey).containsExactly("plan.catalogue.error.selfRequired");
		assertThat(problems.get(0).field()).isEqualTo("a");
	}

	@Test
	void anUnknownPrerequisiteIsRefusedByName() {
		var problems = problemsOf("actions:\n" + action("a", "nowhere", FIRES));
		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.messageKey()).isEqualTo("plan.catalogue.error.unknownRequired");
			assertThat(problem.arguments()).containsExactly("a", "nowhere");
		});
	}

	@Test
	void triggersMustNameQuestionsChoicesDimensionsAndGoalsThatExist() {
		var problems = problemsOf("actions:\n" + action("a", "", "{question: vis-nothing, anyOf: [\"no\"]}")
				+ action("b", "", "{question: vis-google-profile, anyOf: [sometimes]}")
				+ action("c", "", "{dimension: weather, below: 50}") + action("d", "", "{goal: GET_RICH}"));
		assertThat(problems).extracting(Problem::messageKey)
			.containsExactly("plan.catalogue.error.unknownQuestion", "plan.catalogue.error.unknownChoice",
					"plan.catalogue.error.unknownDimension", "plan.catalogue.error.unknownGoal");
		assertThat(problems).extracting(Problem::field).containsExactly("a", "b", "c", "d");
	}

	@Test
	void aSyntaxErrorNamesItsLine() {
		var problems = problemsOf("actions:\n  - id: a\n    title: {fr: \"x\"\n    hours: 2\n");
		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.messageKey()).isEqualTo("plan.catalogue.error.syntax");
			assertThat((Integer) problem.arguments().get(0)).isPositive();
		});
	}

	@Test
	void negativeHoursAndAnInvertedCostRangeAreRefused() {
		String source = "actions:\n" + action("a", "", FIRES).replace("hours: 2", "hours: -3")
			.replace("cost: {min: 0, max: 0}", "cost: {min: 50, max: 10}");
		assertThat(problemsOf(source)).extracting(Problem::messageKey)
			.containsExactly("plan.catalogue.error.badNumber", "plan.catalogue.error.costRange");
	}

}
