package ca.pignon.diagnostic.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import ca.pignon.platform.Refused.Problem;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.diagnostic.QuestionType;

import static org.assertj.core.api.Assertions.assertThat;

class BankReaderTests {

	@Test
	void theShippedBankHasTheTenDimensionsOfAStorefrontBusinessWithFourToSixQuestionsEach() {
		// when
		QuestionBank bank = ShippedBank.read();
		// then
		assertThat(bank.dimensions()).extracting(dimension -> dimension.id())
			.containsExactly("goals", "visibility", "website", "social", "sales", "relationship", "tools", "data",
					"security", "skills");
		assertThat(bank.dimensions()).allSatisfy(dimension -> {
			assertThat(dimension.questions()).hasSizeBetween(4, 6);
			assertThat(dimension.gap().fr()).isNotBlank();
			assertThat(dimension.gap().en()).isNotBlank();
		});
		assertThat(bank.questions()).extracting(question -> question.type())
			.contains(QuestionType.values());
	}

	@Test
	void theWebsiteQuestionsNameTheWebAuditChecksThatCanSuggestTheirAnswers() {
		// when
		QuestionBank bank = ShippedBank.read();
		// then
		assertThat(bank.question("web-has-site").orElseThrow().auditChecks()).containsExactly("reachable");
		assertThat(bank.question("web-mobile").orElseThrow().auditChecks()).containsExactly("mobile-viewport");
		assertThat(bank.question("web-content").orElseThrow().auditChecks()).contains("opening-hours", "contact",
				"privacy-policy");
		assertThat(bank.question("sales-online").orElseThrow().auditChecks()).containsExactly("online-sales");
	}

	@Test
	void aSyntaxErrorNamesItsLine() {
		// given
		String source = "dimensions:\n  - id: goals\n    title: {fr: \"Objectifs\", en: Goals\n";
		// when
		var outcome = BankReader.read(source, 2);
		// then
		assertThat(outcome.bank()).isNull();
		assertThat(outcome.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.messageKey()).isEqualTo("diagnostic.bank.error.syntax");
			assertThat((Integer) problem.arguments().get(0)).isBetween(3, 4);
		});
	}

	@Test
	void everyMistakeOfAnEditedBankNamesTheQuestionAtFault() {
		// given the shipped bank with a mistyped type, a condition on a later question and a duplicated id
		String source = BankCatalogue.shippedSource()
			.replaceFirst("type: already-planned-no", "type: yes-no")
			.replace("showWhen: {question: web-has-site, anyOf: [\"yes\"]}\n        auditCheck: [mobile-viewport]",
					"showWhen: {question: web-updated, anyOf: [\"yes\"]}\n        auditCheck: [mobile-viewport]")
			.replace("id: rel-loyalty", "id: rel-review-replies");
		// when
		var outcome = BankReader.read(source, 2);
		// then
		assertThat(outcome.bank()).isNull();
		assertThat(outcome.problems()).extracting(Problem::messageKey, Problem::arguments)
			.contains(org.assertj.core.groups.Tuple.tuple("diagnostic.bank.error.unknownType",
					List.of("question goals-written", "yes-no")),
					org.assertj.core.groups.Tuple.tuple("diagnostic.bank.error.condition",
							List.of("question web-mobile", "web-updated")),
					org.assertj.core.groups.Tuple.tuple("diagnostic.bank.error.duplicateId",
							List.of("rel-review-replies")));
	}

	@Test
	void aConditionOnAnAnswerTheQuestionCannotHaveIsRefused() {
		// given
		String source = BankCatalogue.shippedSource()
			.replace("showWhen: {question: vis-google-profile, anyOf: [managed]}\n        text: {fr: \"Vos heures",
					"showWhen: {question: vis-google-profile, anyOf: [maybe]}\n        text: {fr: \"Vos heures");
		// when
		var outcome = BankReader.read(source, 2);
		// then
		assertThat(outcome.problems()).extracting(Problem::messageKey, Problem::arguments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("diagnostic.bank.error.conditionValue",
					List.of("question vis-profile-current", "maybe", "vis-google-profile")));
	}

	@Test
	void anEmptyFileOrOneWithoutDimensionsIsRefusedPlainly() {
		assertThat(BankReader.read("  ", 2).problems()).extracting(Problem::messageKey)
			.containsExactly("diagnostic.bank.error.empty");
		assertThat(BankReader.read("questions: []", 2).problems()).extracting(Problem::messageKey)
			.containsExactly("diagnostic.bank.error.noDimensions");
	}

}
