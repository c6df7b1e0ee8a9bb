package ca.pignon.diagnostic.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.diagnostic.DiagnosticReader;
import ca.pignon.diagnostic.DiagnosticResult;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.platform.DocumentLanguage;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;

/**
 * The result of a completed diagnostic, for the merchant and their advisor (who also sees the answers and notes):
 * the chart, strengths, gaps and the peer comparison, printable and as a PDF in either language
 * ({@link DocumentLanguage}).
 */
@Controller
class ResultController {

	private final DiagnosticReader diagnostics;

	private final DiagnosticAccess access;

	private final ResultPdf pdf;

	ResultController(DiagnosticReader diagnostics, DiagnosticAccess access, ResultPdf pdf) {
		this.diagnostics = diagnostics;
		this.access = access;
		this.pdf = pdf;
	}

	@GetMapping("/diagnostic/{id}/result")
	String result(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user, Locale locale, Model model,
			RedirectAttributes flash) {
		DiagnosticSummary diagnostic = access.diagnostic(new DiagnosticId(id), user);
		if (!diagnostic.completed()) {
			flash.addFlashAttribute("flashError", "diagnostic.refused.notCompleted");
			return "redirect:" + DiagnosticAccess.home(diagnostic, user);
		}
		model.addAttribute("result", diagnostics.result(diagnostic.id(), DiagnosticAccess.staff(user), locale));
		model.addAttribute("staff", DiagnosticAccess.staff(user));
		model.addAttribute("home", DiagnosticAccess.home(diagnostic, user));
		return "diagnostic/result";
	}

	@GetMapping("/diagnostic/{id}/result.pdf")
	ResponseEntity<byte[]> download(@PathVariable UUID id,
			@RequestParam(name = DocumentLanguage.PARAMETER, required = false) @Nullable String asked,
			@AuthenticationPrincipal PignonUser user, Locale locale) {
		DiagnosticSummary diagnostic = access.diagnostic(new DiagnosticId(id), user);
		if (!diagnostic.completed()) {
			throw new NotFound();
		}
		Locale language = DocumentLanguage.of(asked, locale);
		DiagnosticResult result = diagnostics.result(diagnostic.id(), DiagnosticAccess.staff(user), language);
		byte[] document = pdf.render(result, DiagnosticAccess.staff(user), language);
		String name = "diagnostic-" + diagnostic.kind().name().toLowerCase(Locale.ROOT) + "-"
				+ diagnostic.completedAt().toString().substring(0, 10)
				+ ("en".equals(language.getLanguage()) ? "-en" : "") + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(document);
	}

}
