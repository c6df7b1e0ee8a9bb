package ca.pignon.diagnostic.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import ca.pignon.diagnostic.DiagnosticResult;
import ca.pignon.platform.Dates;

/**
 * The result as a PDF: the same content as the page, from its own print template (no scripts, no navigation), in
 * DejaVu Sans embedded for French accents, tagged for screen readers (PDF/UA) with its title and language.
 */
@Component
class ResultPdf {

	static final String FONT_FAMILY = "DejaVu Sans";

	private final SpringTemplateEngine templates;

	private final Dates dates;

	ResultPdf(SpringTemplateEngine templates, Dates dates) {
		this.templates = templates;
		this.dates = dates;
	}

	byte[] render(DiagnosticResult result, boolean staff, Locale locale) {
		var context = new Context(locale);
		context.setVariable("result", result);
		context.setVariable("staff", staff);
		context.setVariable("dates", dates);
		String html = templates.process("diagnostic/result-pdf", context);
		var document = new W3CDom().fromJsoup(Jsoup.parse(html));
		try (var out = new ByteArrayOutputStream()) {
			new PdfRendererBuilder().useFastMode()
				.usePdfUaAccessibility(true)
				.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true)
				.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true)
				.withW3cDocument(document, "/")
				.toStream(out)
				.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static java.io.InputStream font(String file) {
		try {
			return new ClassPathResource("diagnostic/fonts/" + file).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
