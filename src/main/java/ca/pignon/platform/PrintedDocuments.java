package ca.pignon.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Every PDF Pignon hands out, one way: a module's print template (no scripts, no navigation) rendered by
 * openhtmltopdf, in DejaVu Sans embedded for French accents ({@code platform/fonts}, with its licence; without
 * ligatures, see {@link PrintFont}), tagged for screen readers (PDF/UA) with the title and language the template
 * declares. The template's font family must be {@value #FONT_FAMILY}.
 */
@Component
public class PrintedDocuments {

	public static final String FONT_FAMILY = "DejaVu Sans";

	private final SpringTemplateEngine templates;

	private final byte[] regular = PrintFont.load("DejaVuSans.ttf");

	private final byte[] bold = PrintFont.load("DejaVuSans-Bold.ttf");

	PrintedDocuments(SpringTemplateEngine templates) {
		this.templates = templates;
	}

	/** The template, given these variables, as a PDF in this language. */
	public byte[] pdf(String template, Map<String, Object> variables, Locale locale) {
		var context = new Context(locale);
		variables.forEach(context::setVariable);
		String html = templates.process(template, context);
		var page = Jsoup.parse(html);
		// openhtmltopdf takes a link's alternative text (the tag's /Alt) from its title only, else leaves it empty,
		// which tells a screen reader to say nothing: a link's title is its words, unless the template gives one
		for (var link : page.select("a[href]:not([title])")) {
			link.attr("title", link.text());
		}
		var document = new W3CDom().fromJsoup(page);
		try (var out = new ByteArrayOutputStream()) {
			new PdfRendererBuilder().useFastMode()
				.usePdfUaAccessibility(true)
				.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true)
				.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true)
				.withW3cDocument(document, "/")
				.toStream(out)
				.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
