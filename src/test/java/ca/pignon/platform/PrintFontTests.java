package ca.pignon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The printed documents' fonts lose their glyph substitutions, so that PDFBox writes no ligature, and nothing else. */
class PrintFontTests {

	@Test
	void theFontsKeepEveryTableButTheGlyphSubstitutionsAndStillReadBack() throws IOException {
		for (String file : new String[] { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf" }) {
			byte[] original = new ClassPathResource("platform/fonts/" + file).getContentAsByteArray();
			try (TrueTypeFont before = font(original); TrueTypeFont after = font(PrintFont.load(file))) {
				assertThat(before.getTableMap()).as("the font as shipped").containsKey("GSUB");
				Set<String> expected = new HashSet<>(before.getTableMap().keySet());
				expected.remove("GSUB");
				assertThat(after.getTableMap().keySet()).as(file).isEqualTo(expected);
				assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
				assertThat(after.getUnicodeCmapLookup().getGlyphId('é'))
					.isEqualTo(before.getUnicodeCmapLookup().getGlyphId('é'))
					.isPositive();
				assertThat(after.getGsubData()).as("no substitution left").isSameAs(GsubData.NO_DATA_FOUND);
			}
		}
	}

	@Test
	void aFontWithoutTheTableIsLeftAsItWas() throws IOException {
		byte[] withoutSubstitutions = PrintFont.load("DejaVuSans.ttf");
		assertThat(PrintFont.withoutTable(withoutSubstitutions, "GSUB")).isSameAs(withoutSubstitutions);
	}

	private static TrueTypeFont font(byte[] bytes) throws IOException {
		return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
	}

}
