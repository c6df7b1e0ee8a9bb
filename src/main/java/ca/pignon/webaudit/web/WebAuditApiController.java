package ca.pignon.webaudit.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.webaudit.AuditJob;
import ca.pignon.webaudit.AuditJobState;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.WebAudit;
import ca.pignon.webaudit.WebAuditManagement;
import ca.pignon.webaudit.WebAuditRefused;

/**
 * Audits any address for staff and integrations: at once (nothing stored), or, with {@code Prefer: respond-async}, as
 * a job to poll, kept a day.
 */
@RestController
@Tag(name = "Web audit", description = "Automated audit of a business's web presence")
class WebAuditApiController {

	/** How long a client waits before asking again where a job stands. */
	static final String RETRY_AFTER_SECONDS = "2";

	private final WebAuditManagement audits;

	private final MessageSource messages;

	WebAuditApiController(WebAuditManagement audits, MessageSource messages) {
		this.audits = audits;
		this.messages = messages;
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

	record JobResponse(UUID id, String status, Instant createdAt, @Nullable Instant startedAt,
			@Nullable Instant finishedAt, @Nullable AuditResponse audit, @Nullable ProblemDetail problem) {
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
	@ApiResponse(responseCode = "202",
			description = "With Prefer: respond-async, the audit was queued: poll the Location until its status is "
					+ "done (or refused)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = JobResponse.class)))
	ResponseEntity<?> audit(@RequestBody AuditRequest request,
			@Parameter(description = "respond-async: answer 202 at once with a job to poll (RFC 7240)",
					example = "respond-async") @RequestHeader(value = "Prefer", required = false) @Nullable String prefer,
			@AuthenticationPrincipal PignonUser user, Locale locale) {
		if (request.url() == null || request.url().isBlank()) {
			throw new WebAuditRefused("webaudit.refused.missing");
		}
		if (!prefersAsync(prefer)) {
			return ResponseEntity.ok(AuditResponse.of(audits.audit(request.url(), locale)));
		}
		AuditJob job = audits.startAudit(request.url(), user.accountId());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/web-audits/jobs/" + job.id()))
			.header("Preference-Applied", "respond-async")
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(response(job, locale));
	}

	@GetMapping("/api/v1/web-audits/jobs/{id}")
	@Operation(summary = "Where an audit started with Prefer: respond-async stands",
			description = "status is queued, running, done (with the audit, as the synchronous answer gives it) or "
					+ "refused (with the problem, as the synchronous answer would have given it). Only the account "
					+ "that started the job reads it; a finished job is kept one day (pignon.webaudit.jobs."
					+ "keep-finished).",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "The job; Retry-After says when to ask again while it runs")
	@ApiResponse(responseCode = "404", description = "No such job for this account (or it was forgotten)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<JobResponse> job(@PathVariable("id") UUID id, @AuthenticationPrincipal PignonUser user,
			Locale locale) {
		AuditJob job = audits.job(id)
			.filter(found -> found.application() == null && found.requestedBy().equals(user.accountId()))
			.orElseThrow(NotFound::new);
		var answer = ResponseEntity.ok();
		if (!job.finished()) {
			answer.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		}
		return answer.body(response(job, locale));
	}

	/** RFC 7240: preferences are comma-separated tokens, case-insensitive, possibly with parameters. */
	static boolean prefersAsync(@Nullable String prefer) {
		if (prefer == null) {
			return false;
		}
		for (String preference : prefer.split(",")) {
			if (preference.split(";", 2)[0].strip().equalsIgnoreCase("respond-async")) {
				return true;
			}
		}
		return false;
	}

	private JobResponse response(AuditJob job, Locale locale) {
		AuditResponse audit = audits.resultOf(job, locale).map(AuditResponse::of).orElse(null);
		ProblemDetail problem = null;
		if (job.state() == AuditJobState.REFUSED && job.refusalKey() != null) {
			problem = WebAuditApiExceptionHandler.problem(
					new WebAuditRefused(job.refusalKey(), job.refusalArguments().toArray()), messages, locale);
		}
		return new JobResponse(job.id(), job.state().name().toLowerCase(Locale.ROOT), job.createdAt(),
				job.startedAt(), job.finishedAt(), audit, problem);
	}

}
