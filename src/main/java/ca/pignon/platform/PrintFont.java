package ca.pignon.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * A TrueType font as the PDFs embed it: without its glyph substitution table ({@code GSUB}). PDFBox applies the
 * font's standard ligatures (fi, ff, fl…) when it writes text, and the glyph's Unicode is then the ligature
 * character (U+FB01…), so that a search for "officielle" or "diffusion" in the PDF finds nothing and a screen reader
 * may stumble. French needs none of the table's other substitutions: its accented letters are precomposed glyphs.
 * Only the table directory changes (one entry fewer); every table keeps its bytes and offsets.
 */
final class PrintFont {

	private static final int DIRECTORY_OFFSET = 12;

	private static final int ENTRY_LENGTH = 16;

	private PrintFont() {
	}

	/** The font in {@code platform/fonts}, without glyph substitution. */
	static byte[] load(String file) {
		try (var in = new ClassPathResource("platform/fonts/" + file).getInputStream()) {
			return withoutTable(in.readAllBytes(), "GSUB");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The same font file without the named table in its directory (the font as it was if it has none). */
	static byte[] withoutTable(byte[] font, String tag) {
		byte[] copy = font.clone();
		ByteBuffer buffer = ByteBuffer.wrap(copy);
		int tables = Short.toUnsignedInt(buffer.getShort(4));
		byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < tables; i++) {
			int entry = DIRECTORY_OFFSET + i * ENTRY_LENGTH;
			if (buffer.getInt(entry) == ByteBuffer.wrap(wanted).getInt()) {
				int next = entry + ENTRY_LENGTH;
				int end = DIRECTORY_OFFSET + tables * ENTRY_LENGTH;
				System.arraycopy(copy, next, copy, entry, end - next);
				java.util.Arrays.fill(copy, end - ENTRY_LENGTH, end, (byte) 0);
				writeCount(buffer, tables - 1);
				return copy;
			}
		}
		return font;
	}

	/** The table count and the binary search fields that follow from it (OpenType's table directory). */
	private static void writeCount(ByteBuffer buffer, int tables) {
		int entrySelector = 31 - Integer.numberOfLeadingZeros(tables);
		int searchRange = (1 << entrySelector) * ENTRY_LENGTH;
		buffer.putShort(4, (short) tables);
		buffer.putShort(6, (short) searchRange);
		buffer.putShort(8, (short) entrySelector);
		buffer.putShort(10, (short) (tables * ENTRY_LENGTH - searchRange));
	}

}
