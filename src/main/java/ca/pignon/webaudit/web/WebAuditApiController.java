package ca.pignon.webaudit.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.WebAudit;
import ca.pignon.webaudit.WebAuditManagement;
import ca.pignon.webaudit.WebAuditRefused;

/**
 * Audits any address for staff and integrations; nothing is stored.
 */
@RestController
@Tag(name = "Web audit", description = "Automated audit of a business's web presence")
class WebAuditApiController {

	private final WebAuditManagement audits;

	WebAuditApiController(WebAuditManagement audits) {
		this.audits = audits;
	}

	record AuditRequest(@Schema(description = "The site's address, http or https; without a scheme, http:// is assumed",
			example = "https://boulangerie.example") @Nullable String url) {
	}

	record CheckResponse(String id, CheckStatus status, String evidence, String message) {
	}

	record AuditResponse(String url, String finalUrl, Instant fetchedAt, List<CheckResponse> checks) {

		static AuditResponse of(WebAudit audit) {
			return new AuditResponse(audit.url(), audit.finalUrl(), audit.fetchedAt(), audit.checks()
				.stream()
				.map(check -> new CheckResponse(check.id(), check.status(), check.evidence(), check.message()))
				.toList());
		}

	}

	@PostMapping("/api/v1/web-audits")
	@Operation(summary = "Audit a website now",
			description = "Fetches the site as a visitor would (home page, robots.txt, sitemap.xml and a few linked "
					+ "pages; no script runs) and answers every check with its status (PASS, WARN, FAIL, "
					+ "NOT_APPLICABLE), the evidence found and why it matters, in the request's language (French by "
					+ "default). An unreachable site answers 200 with the check 'reachable' FAIL. Check ids are "
					+ "stable: reachable, https, mobile-viewport, title, meta-description, lang, open-graph, "
					+ "local-business-data, nap-consistency, opening-hours, contact, social-links, favicon, image-alt, "
					+ "page-weight, broken-links, sitemap, indexable, privacy-policy, online-sales, freshness.",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "The completed audit")
	@ApiResponse(responseCode = "400",
			description = "The address is missing, malformed, not http(s), or names a host the audit may not fetch "
					+ "(this machine, a private network, link-local or cloud metadata addresses)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503", description = "Too many audits are running; try again in a moment",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	AuditResponse audit(@RequestBody AuditRequest request, Locale locale) {
		if (request.url() == null || request.url().isBlank()) {
			throw new WebAuditRefused("webaudit.refused.missing");
		}
		return AuditResponse.of(audits.audit(request.url(), locale));
	}

}
