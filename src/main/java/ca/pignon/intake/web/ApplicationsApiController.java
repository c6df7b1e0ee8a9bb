package ca.pignon.intake.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFilter;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.Need;
import ca.pignon.platform.InvalidApiParameter;
import ca.pignon.platform.PignonUser;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.ApplicationPage;
import ca.pignon.intake.ApplicationStatus;
import ca.pignon.intake.Eligibility;
import ca.pignon.intake.IntakeManagement;

/**
 * Applications for integrations (staff only): the same list and details as the pages, as JSON.
 */
@RestController
class ApplicationsApiController {

	private static final int MAX_SEARCH_LENGTH = 100;

	private final IntakeManagement intake;

	private final DossierManagement dossiers;

	ApplicationsApiController(IntakeManagement intake, DossierManagement dossiers) {
		this.intake = intake;
		this.dossiers = dossiers;
	}

	@GetMapping("/api/v1/intake/applications")
	@Operation(summary = "Applications, filtered and paged (25 a page); sector is a NAICS sector code such as 44-45", security = @SecurityRequirement(name = "bearer"))
	ApplicationPage list(@RequestParam(required = false) @Nullable ApplicationStatus status,
			@RequestParam(required = false) @Nullable Eligibility eligibility,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable String arrondissement,
			@RequestParam(required = false) @Nullable String sector,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PignonUser user, Locale locale) {
		if (sector != null && intake.topLevelSectors(locale).stream().noneMatch(known -> known.code().equals(sector))) {
			throw new InvalidApiParameter("sector", "platform.api.parameter.unknown", sector);
		}
		if (q != null && q.length() > MAX_SEARCH_LENGTH) {
			throw new InvalidApiParameter("q", "platform.api.parameter.tooLong", String.valueOf(MAX_SEARCH_LENGTH),
					String.valueOf(q.length()));
		}
		// what the dossier's rule lets the reader open, and only that
		return intake.search(new ApplicationFilter(status, eligibility, municipality, arrondissement, sector, from, to,
				q), page, dossiers.applicationsVisibleTo(user));
	}

	@GetMapping("/api/v1/intake/applications/{id}")
	@Operation(summary = "One application with its eligibility evidence", security = @SecurityRequirement(name = "bearer"))
	ApplicationDetails show(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user, Locale locale) {
		dossiers.requireAccess(user, new ApplicationId(id), Need.APPLICATION);
		return intake.application(new ApplicationId(id), locale);
	}

}
