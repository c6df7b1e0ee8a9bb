package ca.pignon.plan.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import ca.pignon.platform.PrintedDocuments;

/** The plan as a PDF: the same content as the printable page, from its own print template. */
@Component
class PlanPdf {

	private final PrintedDocuments printed;

	PlanPdf(PrintedDocuments printed) {
		this.printed = printed;
	}

	byte[] render(PlanDocument document, Locale locale) {
		return printed.pdf("plan/document-pdf", Map.of("doc", document), locale);
	}

}
