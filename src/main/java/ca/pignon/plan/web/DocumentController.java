package ca.pignon.plan.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ca.pignon.plan.PlanId;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.DocumentLanguage;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;

/**
 * The plan document: a printable page in the interface's language, and its PDF, in that language too unless
 * {@code language=fr} or {@code language=en} asks for one (without changing the interface's, see
 * {@link DocumentLanguage}). The merchant reads
 * the versions sent to them; staff any version (the history links here).
 */
@Controller
class DocumentController {

	private final PlanManagement plans;

	private final PlanAccess access;

	private final PlanPdf pdf;

	private final PlanDocuments documents;

	DocumentController(PlanManagement plans, PlanAccess access, PlanPdf pdf, PlanDocuments documents) {
		this.plans = plans;
		this.documents = documents;
		this.access = access;
		this.pdf = pdf;
	}

	@GetMapping("/plan/{id}/document")
	String page(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model) {
		PlanDocument document = document(id, version, user, locale);
		model.addAttribute("doc", document);
		model.addAttribute("home", user.role().isStaff()
				? "/plan/applications/" + document.plan().applicationId().value() : "/plan/my");
		return "plan/document";
	}

	@GetMapping("/plan/{id}/document.pdf")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version,
			@RequestParam(name = DocumentLanguage.PARAMETER, required = false) @Nullable String asked,
			@AuthenticationPrincipal PignonUser user, Locale locale) {
		Locale language = DocumentLanguage.of(asked, locale);
		PlanDocument document = document(id, version, user, language);
		String name = "plan-action-v" + document.version() + ("en".equals(language.getLanguage()) ? "-en" : "")
				+ ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf.render(document, language));
	}

	private PlanDocument document(UUID id, @Nullable Integer version, PignonUser user, Locale locale) {
		PlanSummary plan = access.plan(new PlanId(id), user);
		Integer wanted = version;
		if (!user.role().isStaff()) {
			// the merchant reads what was sent to them: the version sent, or one they approved
			if (wanted == null) {
				wanted = plan.sentVersion();
			}
			boolean theirs = wanted.equals(plan.sentVersion()) || plans.version(plan.id(), wanted).approval() != null;
			if (!theirs) {
				throw new NotFound();
			}
		}
		return documents.document(plan.id(), wanted, locale);
	}

}
