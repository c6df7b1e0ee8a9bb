package ca.pignon.content;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ca.pignon.content.ValueSheet.CustomerProfile;
import ca.pignon.platform.Refused.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** A draft saves whatever its state within the lengths; a version is kept only when the result is complete. */
class ValueSheetPolicyTests {

	static final List<CustomerProfile> TWO_PROFILES = List.of(new CustomerProfile("Habitués du quartier", ""),
			new CustomerProfile("Travailleurs du secteur", "Un lunch rapide le midi"));

	static ValueSheet complete() {
		return new ValueSheet(Map.of("customers", "Pour le pain au levain."),
				"Le pain au levain de Limoilou, cuit chaque matin. Pour les habitués comme pour les passants.",
				List.of("Farines du Québec", "Ouvert dès 6 h", "Levain de 30 ans"), TWO_PROFILES, "WARM",
				"levain, quartier", "industriel");
	}

	@Test
	void savesAnEmptyOrPartialDraft() {
		assertThat(ValueSheetPolicy.draft(ValueSheet.empty())).isEmpty();
		assertThat(ValueSheetPolicy.draft(new ValueSheet(Map.of("story", "Depuis 1998."), "", List.of("Un"), List.of(),
				"", "", ""))).isEmpty();
	}

	@Test
	void refusesADraftTooLongOrAboutAnUnknownQuestion() {
		ValueSheet sheet = new ValueSheet(
				Map.of("customers", "x".repeat(ValueSheetPolicy.ANSWER_MAX + 1), "weather", "Beau"),
				"x".repeat(ValueSheetPolicy.STATEMENT_MAX + 1), List.of(), List.of(), "LOUD", "", "");
		assertThat(ValueSheetPolicy.draft(sheet)).extracting(Problem::messageKey)
			.containsExactlyInAnyOrder("content.value.text.tooLong", "content.value.question.unknown",
					"content.value.text.tooLong", "content.value.tone.unknown");
	}

	@Test
	void keepsACompleteResult() {
		assertThat(ValueSheetPolicy.complete(complete())).isEmpty();
	}

	@Test
	void asksForEveryPartOfTheResultAtOnce() {
		assertThat(ValueSheetPolicy.complete(ValueSheet.empty())).extracting(Problem::field)
			.containsExactly("statement", "differentiators", "profiles", "tone");
	}

	@Test
	void countsThreeToFiveDifferentiatorsAndTwoToThreeProfiles() {
		ValueSheet sheet = complete();
		assertThat(ValueSheetPolicy.complete(with(sheet, List.of("Un", "Deux", " "), sheet.profiles())))
			.extracting(Problem::messageKey)
			.containsExactly("content.value.differentiators.tooFew");
		assertThat(ValueSheetPolicy.complete(with(sheet, List.of("1", "2", "3", "4", "5", "6"), sheet.profiles())))
			.extracting(Problem::messageKey)
			.containsExactly("content.value.differentiators.tooMany");
		assertThat(ValueSheetPolicy.complete(with(sheet, sheet.differentiators(), TWO_PROFILES.subList(0, 1))))
			.extracting(Problem::messageKey)
			.containsExactly("content.value.profiles.tooFew");
		List<CustomerProfile> four = List.of(TWO_PROFILES.get(0), TWO_PROFILES.get(1), TWO_PROFILES.get(0),
				TWO_PROFILES.get(1));
		assertThat(ValueSheetPolicy.complete(with(sheet, sheet.differentiators(), four))).extracting(Problem::messageKey)
			.containsExactly("content.value.profiles.tooMany");
		List<CustomerProfile> unnamed = List.of(TWO_PROFILES.get(0), new CustomerProfile(" ", "Des touristes"));
		assertThat(ValueSheetPolicy.complete(with(sheet, sheet.differentiators(), unnamed))).extracting(Problem::field)
			.containsExactly("profiles[1].name");
	}

	@Test
	void takesAStatementOfOneOrTwoSentences() {
		assertThat(ValueSheetPolicy.sentences("Le meilleur pain du quartier")).isEqualTo(1);
		assertThat(ValueSheetPolicy.sentences("Du pain. Du café !")).isEqualTo(2);
		assertThat(ValueSheetPolicy.sentences("Du pain. Du café. Des sourires.")).isEqualTo(3);
		assertThat(ValueSheetPolicy.sentences("Du pain…  ")).isEqualTo(1);
		ValueSheet three = new ValueSheet(Map.of(), "Du pain. Du café. Des sourires.", complete().differentiators(),
				TWO_PROFILES, "WARM", "", "");
		assertThat(ValueSheetPolicy.complete(three)).extracting(Problem::messageKey)
			.containsExactly("content.value.statement.tooManySentences");
	}

	@Test
	void readsTheWordsOnePerLineOrSeparatedByCommas() {
		assertThat(ValueSheet.words("levain, quartier\nfait main;  ,")).containsExactly("levain", "quartier", "fait main");
	}

	private static ValueSheet with(ValueSheet sheet, List<String> differentiators, List<CustomerProfile> profiles) {
		return new ValueSheet(sheet.answers(), sheet.statement(), differentiators, profiles, sheet.tone(),
				sheet.wordsToUse(), sheet.wordsToAvoid());
	}

}
