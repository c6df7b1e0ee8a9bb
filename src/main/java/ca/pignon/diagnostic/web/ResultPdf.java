package ca.pignon.diagnostic.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import ca.pignon.diagnostic.DiagnosticResult;
import ca.pignon.platform.Dates;
import ca.pignon.platform.PrintedDocuments;

/** The result as a PDF: the same content as the page, from its own print template. */
@Component
class ResultPdf {

	private final PrintedDocuments printed;

	private final Dates dates;

	ResultPdf(PrintedDocuments printed, Dates dates) {
		this.printed = printed;
		this.dates = dates;
	}

	byte[] render(DiagnosticResult result, boolean staff, Locale locale) {
		return printed.pdf("diagnostic/result-pdf", Map.of("result", result, "staff", staff, "dates", dates), locale);
	}

}
