package ca.pignon.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How one typed word matches one word of a title or of the trade index.
 */
class WordMatchTests {

	@Test
	void setsCaseAccentsSmallWordsAndPluralsAside() {
		assertThat(WordMatch.words("Salons de Coiffure")).containsExactly("salon", "coiffure");
		assertThat(WordMatch.words("Crèmerie l'Œuf")).containsExactly("cremerie", "oeuf");
		assertThat(WordMatch.words("bijoux")).containsExactly("bijou");
		assertThat(WordMatch.words("bar")).containsExactly("bar");
		assertThat(WordMatch.words("%_' ")).isEmpty();
	}

	@Test
	void tellsAWholeWordFromAStartFromATypo() {
		assertThat(WordMatch.match("fromagerie", "fromagerie")).isEqualTo(WordMatch.Quality.EXACT);
		assertThat(WordMatch.match("froma", "fromagerie")).isEqualTo(WordMatch.Quality.PREFIX);
		assertThat(WordMatch.match("fromagrie", "fromagerie")).isEqualTo(WordMatch.Quality.TYPO);
		assertThat(WordMatch.match("fromagerei", "fromagerie")).isEqualTo(WordMatch.Quality.TYPO);
		assertThat(WordMatch.match("fromagerle", "fromagerie")).isEqualTo(WordMatch.Quality.TYPO);
		assertThat(WordMatch.match("frmagrie", "fromagerie")).isNull();
	}

	@Test
	void asksShortWordsToBeTypedExactly() {
		assertThat(WordMatch.match("bas", "bar")).isNull();
		assertThat(WordMatch.match("c", "cafe")).isNull();
	}

	@Test
	void allowsOneTypoInAllTheWords() {
		assertThat(WordMatch.matchAll(List.of("salon", "coifure"), List.of("salon", "coiffure")))
			.isEqualTo(WordMatch.Quality.TYPO);
		assertThat(WordMatch.matchAll(List.of("salin", "coifure"), List.of("salon", "coiffure"))).isNull();
		assertThat(WordMatch.matchAll(List.of("coiffure", "coiffure"), List.of("salon", "coiffure"))).isNull();
	}

}
