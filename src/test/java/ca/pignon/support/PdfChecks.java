package ca.pignon.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What every PDF Pignon hands out must pass (issue 21): veraPDF's PDF/UA-1 machine checks, in-process; text that a
 * search finds (no ligature characters); links that say where they go; and a look at the tagged structure's table
 * cells. The tests of each PDF call {@link #assertAccessible(byte[])}.
 */
public final class PdfChecks {

	/** The ligatures of Unicode's Alphabetic Presentation Forms (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ): a search for "officielle" misses them. */
	private static final String LIGATURES = "[\\uFB00-\\uFB06]";

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfChecks() {
	}

	/** veraPDF's PDF/UA-1 failures, as "rule: message (where)", empty when the PDF passes. */
	public static List<String> pdfUaFailures(byte[] pdf) {
		try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
				var validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
			ValidationResult result = validator.validate(parser);
			List<String> failures = new ArrayList<>();
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
							+ assertion.getMessage() + " (" + assertion.getLocation().getContext() + ")");
				}
			}
			if (failures.isEmpty()) {
				assertThat(result.isCompliant()).as("veraPDF's verdict").isTrue();
			}
			return failures;
		}
		catch (Exception ex) {
			throw new AssertionError("veraPDF could not read the PDF", ex);
		}
	}

	/**
	 * The checks every PDF passes: PDF/UA-1 (veraPDF), text without ligature characters, and every link with an
	 * alternative text, on its tag (/Alt) and its annotation (/Contents).
	 */
	public static void assertAccessible(byte[] pdf) {
		assertThat(pdfUaFailures(pdf)).as("veraPDF PDF/UA-1 failures").isEmpty();
		var ligature = java.util.regex.Pattern.compile(".{0,12}" + LIGATURES + ".{0,12}").matcher(storedText(pdf));
		assertThat(ligature.results().map(java.util.regex.MatchResult::group).toList())
			.as("text stored with ligature characters").isEmpty();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDStructureElement link : elements(document.getDocumentCatalog().getStructureTreeRoot(), "Link")) {
				assertThat(link.getAlternateDescription()).as("a link tag's alternative text (/Alt)").isNotBlank();
			}
			for (PDPage page : document.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink) {
						assertThat(annotation.getContents()).as("a link's alternative text (/Contents)").isNotBlank();
					}
				}
			}
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/**
	 * The text as the PDF stores it, character by character, before PDFBox's text extraction turns ligature
	 * characters back into letters (as a viewer's search or a screen reader may not).
	 */
	public static String storedText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			StringBuilder stored = new StringBuilder();
			var stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition text) {
					stored.append(text.getUnicode());
					super.processTextPosition(text);
				}
			};
			stripper.getText(document);
			return stored.toString();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/** The words of these texts a font could set with a ligature (fi, ff, fl: "officielle", "diffusion", "fiche"). */
	public static List<String> wordsWithLigatures(List<String> texts) {
		List<String> words = new ArrayList<>();
		for (String text : texts) {
			for (String word : text.split("[^\\p{L}]+")) {
				if (word.matches(".*f[fil].*") && !words.contains(word)) {
					words.add(word);
				}
			}
		}
		return words;
	}

	/** The text as a search or a screen reader gets it, spaces made plain. */
	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ");
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/** The structure types of the tagged tree, depth first (Document, H1, Table, TR, TH, TD…). */
	public static List<String> structureTypes(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> types = new ArrayList<>();
			collect(document.getDocumentCatalog().getStructureTreeRoot(), types);
			return types;
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/** Each table row of the tagged tree as the types of its cells, such as "TH TD TD". */
	public static List<String> tableRows(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> rows = new ArrayList<>();
			rows(document.getDocumentCatalog().getStructureTreeRoot(), rows);
			return rows;
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private static List<PDStructureElement> elements(PDStructureNode node, String type) {
		List<PDStructureElement> found = new ArrayList<>();
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				if (type.equals(element.getStructureType())) {
					found.add(element);
				}
				found.addAll(elements(element, type));
			}
		}
		return found;
	}

	private static void collect(PDStructureNode node, List<String> types) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				types.add(element.getStructureType());
				collect(element, types);
			}
		}
	}

	private static void rows(PDStructureNode node, List<String> rows) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				if ("TR".equals(element.getStructureType())) {
					List<String> cells = new ArrayList<>();
					for (Object cell : element.getKids()) {
						if (cell instanceof PDStructureElement c) {
							cells.add(c.getStructureType());
						}
					}
					rows.add(String.join(" ", cells));
				}
				else {
					rows(element, rows);
				}
			}
		}
	}

}
