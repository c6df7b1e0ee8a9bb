package ca.pignon.providers.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ca.pignon.platform.Dates;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.PrintedDocuments;
import ca.pignon.providers.BriefDetails;
import ca.pignon.providers.BriefId;
import ca.pignon.providers.BriefManagement;
import ca.pignon.providers.ChoiceManagement;
import ca.pignon.providers.Criterion;
import ca.pignon.providers.ProvidersManagement;

/** The brief and the comparison as PDFs, for whoever may open the dossier: to print, to keep, to send. */
@Controller
class BriefDocumentsController {

	private final BriefManagement briefs;

	private final ChoiceManagement choices;

	private final ProvidersManagement providers;

	private final BriefAccess access;

	private final PrintedDocuments printed;

	BriefDocumentsController(BriefManagement briefs, ProvidersManagement providers, BriefAccess access,
			PrintedDocuments printed, ChoiceManagement choices) {
		this.briefs = briefs;
		this.choices = choices;
		this.providers = providers;
		this.access = access;
		this.printed = printed;
	}

	@GetMapping("/providers/briefs/{id}/brief.pdf")
	ResponseEntity<byte[]> brief(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user, Locale locale) {
		BriefDetails brief = briefs.brief(access.brief(id, user));
		String service = providers.services()
			.stream()
			.filter(s -> s.id().equals(brief.service()))
			.map(s -> s.name(locale))
			.findFirst()
			.orElse(brief.service());
		return pdf("cahier-des-charges.pdf", printed.pdf("providers/brief-pdf",
				Map.of("brief", brief, "serviceName", service, "printedOn", today()), locale));
	}

	@GetMapping("/providers/briefs/{id}/comparison.pdf")
	ResponseEntity<byte[]> comparison(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user,
			Locale locale) {
		BriefId brief = access.brief(id, user);
		return pdf("comparaison-des-soumissions.pdf",
				printed.pdf("providers/comparison-pdf", Map.of("brief", briefs.brief(brief), "comparison",
						choices.comparison(brief), "criteria", Criterion.values(), "printedOn", today()), locale));
	}

	private static LocalDate today() {
		return LocalDate.now(Dates.PROGRAM_ZONE);
	}

	private static ResponseEntity<byte[]> pdf(String name, byte[] body) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
