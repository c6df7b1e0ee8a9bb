package ca.pignon.intake;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NAICS Canada 2022 as merchants search it: French or English words, accents aside, or a code.
 */
class SectorCatalogueTests {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	static final SectorCatalogue catalogue = new SectorCatalogue();

	@Test
	void findsAFrenchWordTypedWithoutItsAccents() {
		// when
		var found = catalogue.search("epicerie", FRENCH, 15);

		// then
		assertThat(found).extracting(Sector::code).contains("4451", "445110");
		assertThat(found).filteredOn(sector -> sector.code().equals("4451"))
			.singleElement()
			.extracting(Sector::title)
			.isEqualTo("Épiceries et dépanneurs");
	}

	@Test
	void findsAnEnglishWordAndTitlesTheResultInTheReadersLanguage() {
		// when
		var french = catalogue.search("grocery", FRENCH, 15);
		var english = catalogue.search("grocery", Locale.CANADA, 15);

		// then
		assertThat(french).extracting(Sector::code).contains("4451", "445110");
		assertThat(french).extracting(Sector::title).contains("Épiceries et dépanneurs");
		assertThat(english).extracting(Sector::title).contains("Grocery and convenience retailers");
	}

	@Test
	void findsEveryWordOfTheQuery() {
		// when
		var found = catalogue.search("salons coiffure", FRENCH, 15);

		// then the hair salons (unisex, barber shops), and no class that has only one of the words
		assertThat(found).extracting(Sector::code).contains("812114", "812116");
		assertThat(found).allSatisfy(sector -> assertThat(sector.code()).startsWith("812"));
	}

	@Test
	void findsByCodePrefixBroadestClassFirst() {
		// when
		var found = catalogue.search("4451", FRENCH, 15);

		// then every class under 4451 (grocery and convenience retailers), broader classes first; 44511 only repeats
		// its one child 445110, which stands for both
		assertThat(found).extracting(Sector::code)
			.containsExactly("4451", "44513", "445110", "445131", "445132");
	}

	@Test
	void findsNothingForABlankQuery() {
		assertThat(catalogue.search("  ", FRENCH, 15)).isEmpty();
		assertThat(catalogue.search("%_'", FRENCH, 15)).isEmpty();
	}

	@Test
	void givesEachClassItsLevelOneSector() {
		assertThat(catalogue.find("445110", FRENCH)).get().satisfies(sector -> {
			assertThat(sector.level()).isEqualTo(5);
			assertThat(sector.sectorCode()).isEqualTo("44-45");
		});
		assertThat(catalogue.find("722511", FRENCH)).get().extracting(Sector::sectorCode).isEqualTo("72");
	}

	@Test
	void offersFirstOnlyClassesWithTheirOwnFrenchTitle() {
		// when
		var common = catalogue.common(FRENCH);

		// then
		assertThat(common).extracting(Sector::code).containsExactlyElementsOf(SectorCatalogue.COMMON);
		assertThat(common).allSatisfy(sector -> assertThat(sector.title()).as(sector.code())
			.isNotEqualTo(catalogue.find(sector.code(), Locale.CANADA).orElseThrow().title()));
	}

	@Test
	void titlesEveryLevelOneSectorInFrench() throws IOException {
		// given the French titles the project ships
		Map<String, String> french = frenchTitles();

		// when
		var sectors = catalogue.topLevel(FRENCH);

		// then the twenty NAICS sectors, each with its French title, not the English fallback
		assertThat(sectors).hasSize(20).allSatisfy(sector -> {
			assertThat(sector.level()).isEqualTo(1);
			assertThat(french).as(sector.code()).containsEntry(sector.code(), sector.title());
		});
		assertThat(sectors).extracting(Sector::code).contains("31-33", "44-45", "48-49");
	}

	@Test
	void titlesEveryClassInFrench() throws IOException {
		// given every code of Statistics Canada's English file
		Map<String, String> french = frenchTitles();
		var english = englishTitles();

		// then each has a French title of its own (same words as the English only where French writes it so:
		// "Aquaculture", "Distilleries", "Motels"…)
		assertThat(french.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
		assertThat(french).allSatisfy((code, title) -> assertThat(title).as(code).isNotBlank());
		long sameAsEnglish = english.entrySet().stream().filter(e -> e.getValue().equals(french.get(e.getKey()))).count();
		assertThat(sameAsEnglish).as("titles left in English").isLessThan(english.size() / 50);
		assertThat(catalogue.find("332314", FRENCH)).get().extracting(Sector::title)
			.isEqualTo(french.get("332314"))
			.isNotEqualTo(english.get("332314"));
	}

	private static Map<String, String> englishTitles() throws IOException {
		Map<String, String> titles = new HashMap<>();
		try (var reader = new InputStreamReader(
				new ClassPathResource("naics/naics-scian-2022-structure-v1-eng.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				titles.put(row.get(2).strip(), row.get(4).strip());
			}
		}
		return titles;
	}

	private static Map<String, String> frenchTitles() throws IOException {
		Map<String, String> titles = new HashMap<>();
		try (var reader = new InputStreamReader(new ClassPathResource("naics/naics-scian-2022-fr.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				titles.put(row.get("code").strip(), row.get("title_fr").strip());
			}
		}
		return titles;
	}

}
