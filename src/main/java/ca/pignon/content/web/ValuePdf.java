package ca.pignon.content.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The value sheet as a PDF of one page: the same content as the printable page, from its own print template, in
 * DejaVu Sans embedded for French accents (the diagnostic's copy of the fonts), tagged for screen readers (PDF/UA).
 */
@Component
class ValuePdf {

	static final String FONT_FAMILY = "DejaVu Sans";

	private final SpringTemplateEngine templates;

	ValuePdf(SpringTemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(Map<String, Object> variables, Locale locale) {
		var context = new Context(locale);
		context.setVariables(variables);
		String html = templates.process("content/value-sheet-pdf", context);
		var dom = new W3CDom().fromJsoup(Jsoup.parse(html));
		try (var out = new ByteArrayOutputStream()) {
			new PdfRendererBuilder().useFastMode()
				.usePdfUaAccessibility(true)
				.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true)
				.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true)
				.withW3cDocument(dom, "/")
				.toStream(out)
				.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream font(String file) {
		try {
			return new ClassPathResource("diagnostic/fonts/" + file).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
