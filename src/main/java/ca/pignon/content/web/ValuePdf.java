package ca.pignon.content.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import ca.pignon.platform.PrintedDocuments;

/** The value sheet as a PDF of one page: the same content as the printable page, from its own print template. */
@Component
class ValuePdf {

	private final PrintedDocuments printed;

	ValuePdf(PrintedDocuments printed) {
		this.printed = printed;
	}

	byte[] render(Map<String, Object> variables, Locale locale) {
		return printed.pdf("content/value-sheet-pdf", variables, locale);
	}

}
