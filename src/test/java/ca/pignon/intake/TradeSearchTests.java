package ca.pignon.intake;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merchant finds their trade by the word they use for it (issue 18, point 1). The expected families come from the
 * NAICS Canada 2022 classification itself (where Statistics Canada classes such a business), not from the search's
 * output: a cheese shop is a specialty food retailer (445) or, when it makes the cheese, a dairy manufacturer (3115).
 */
class TradeSearchTests {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	static final SectorCatalogue catalogue = new SectorCatalogue();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			café            | 7225
			fromagerie      | 445 3115
			librairie       | 4592
			boutique        | 44 45
			bijouterie      | 4583 3399 8114
			pâtisserie      | 3118 4452
			microbrasserie  | 3121 7224
			animalerie      | 4599 8129
			cordonnerie     | 8114
			crèmerie        | 7225 3115
			tatouage        | 8121
			massothérapie   | 6213 8121
			bar             | 7224
			boulangerie     | 3118 4452
			épicerie        | 4451 4452
			restaurant      | 7225
			salon de coiffure | 8121
			fleuriste       | 4593
			quincaillerie   | 4441
			pharmacie       | 4561
			dépanneur       | 4451 4571
			boucherie       | 4452
			poissonnerie    | 4452
			friperie        | 4595
			nettoyeur       | 8123
			garage          | 8111
			esthétique      | 8121
			traiteur        | 7223
			chocolaterie    | 4452 3113
			pizzeria        | 7225
			""")
	void findsACommonStorefrontTradeFirst(String word, String families) {
		// when
		var found = catalogue.search(word, FRENCH, IntakeManagement.SECTOR_RESULTS);

		// then the best match is in the family where NAICS classes that trade
		assertThat(found).as(word).isNotEmpty();
		assertThat(List.of(families.split(" "))).as(word + " → " + found.get(0).code())
			.anySatisfy(family -> assertThat(found.get(0).code()).startsWith(family));
	}

	@Test
	void findsADrinkingPlaceForBarNotAReinforcingBar() {
		// when
		var found = catalogue.search("bar", Locale.CANADA, IntakeManagement.SECTOR_RESULTS);

		// then
		assertThat(found.get(0).code()).isEqualTo("722410");
		assertThat(found.get(0).title()).isEqualTo("Drinking places (alcoholic beverages)");
	}

	@ParameterizedTest(name = "{0} finds what {1} finds")
	@CsvSource(delimiter = '|', textBlock = """
			FROMAGERIE      | fromagerie
			Crémerie        | cremerie
			patisserie      | pâtisserie
			fromagrie       | fromagerie
			fromagerei      | fromagerie
			libraire        | librairie
			librarie        | librairie
			microbrasseri   | microbrasserie
			bijoutiere      | bijouterie
			bijouteries     | bijouterie
			coiffeuse       | coiffure
			cafés           | café
			cordonier       | cordonnerie
			massotherapie   | massothérapie
			""")
	void ignoresCaseAccentsPluralsFeminineFormsAndOneTypo(String typed, String word) {
		// when
		var found = catalogue.search(typed, FRENCH, IntakeManagement.SECTOR_RESULTS);
		var expected = catalogue.search(word, FRENCH, IntakeManagement.SECTOR_RESULTS);

		// then the same best match
		assertThat(found).as(typed).isNotEmpty();
		assertThat(found.get(0)).as(typed).isEqualTo(expected.get(0));
	}

	@Test
	void toleratesOneTypoButNotTwo() {
		assertThat(catalogue.search("fromagrie", FRENCH, 10)).extracting(Sector::code).contains("445298");
		assertThat(catalogue.search("frmagrie", FRENCH, 10)).extracting(Sector::code).doesNotContain("445298");
	}

	@Test
	void findsEnglishWordsAndAnglicisms() {
		assertThat(catalogue.search("coffee shop", Locale.CANADA, 10).get(0).code()).startsWith("7225");
		assertThat(catalogue.search("food truck", FRENCH, 10).get(0).code()).isEqualTo("722330");
		assertThat(catalogue.search("pet shop", FRENCH, 10).get(0).code()).startsWith("4599");
		assertThat(catalogue.search("cheese shop", Locale.CANADA, 10).get(0).code()).startsWith("445");
	}

	@Test
	void givesOneRowPerClassAndLeavesOutAClassThatOnlyRepeatsItsChild() {
		for (String word : List.of("quincaillerie", "hardware", "44414", "fleuriste", "bijoux", "boutique", "cafe")) {
			// when
			var codes = catalogue.search(word, FRENCH, 50).stream().map(Sector::code).toList();

			// then
			assertThat(new HashSet<>(codes)).as(word).hasSameSizeAs(codes);
			assertThat(codes).as(word).doesNotContain("44414", "45931", "45831");
		}
		assertThat(catalogue.search("quincaillerie", FRENCH, 10)).extracting(Sector::code).startsWith("444140");
		// the hidden code is still a class the registration accepts (applications that chose it keep it)
		assertThat(catalogue.exists("44414")).isTrue();
	}

	@Test
	void answersAtMostTheLimitBestFirst() {
		assertThat(catalogue.search("fabrication", FRENCH, 10)).hasSize(10);
		assertThat(catalogue.search("détaillants", FRENCH, 3)).hasSize(3);
	}

	@Test
	void indexesAtLeastThreeHundredWordsAndPhrases() {
		assertThat(catalogue.tradeWordCount()).isGreaterThanOrEqualTo(300);
	}

}
