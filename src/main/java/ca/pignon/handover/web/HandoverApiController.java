package ca.pignon.handover.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ca.pignon.handover.HandoverManagement;
import ca.pignon.platform.Dates;

/**
 * The program hand-over for automation: an administrator's token exports the whole program, streamed, or imports an
 * archive into an empty program. Large programs go through the command line (docs/handover.md).
 */
@RestController
@Tag(name = "Program hand-over", description = "The whole program as one archive in open formats, and back")
class HandoverApiController {

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	static final MediaType OPENPGP = MediaType.parseMediaType("application/pgp-encrypted");

	private final HandoverManagement handover;

	HandoverApiController(HandoverManagement handover) {
		this.handover = handover;
	}

	record ImportResponse(long rows, Map<String, Long> tables) {
	}

	@PostMapping("/api/v1/admin/program-export")
	@Operation(summary = "Export the whole program",
			description = "Answers one ZIP: a CSV per table (RFC 4180, UTF-8, ISO 8601 in UTC; NULL is an unquoted "
					+ "empty field, an empty string is \"\"), datapackage.json (Frictionless Data Package, with the "
					+ "schema version), the uploaded files under files/, and manifest.sha256 (sha256sum -c). "
					+ "Secrets (API tokens, one-time links, calendar feed addresses) are never in it. With a "
					+ "passphrase (form field, never in the address), the ZIP is encrypted in OpenPGP (AES-256), "
					+ "readable by gpg --decrypt. Streamed: the answer starts at once.",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "The archive",
			content = { @Content(mediaType = "application/zip"), @Content(mediaType = "application/pgp-encrypted") })
	void export(@Parameter(description = "encrypts the archive with this passphrase (sent in the form body)") @RequestParam(
			value = "passphrase", required = false) @Nullable String passphrase, HttpServletResponse response)
			throws IOException {
		char[] secret = passphrase == null || passphrase.isEmpty() ? null : passphrase.toCharArray();
		String name = "pignon-program-" + LocalDate.now(Dates.PROGRAM_ZONE) + (secret == null ? ".zip" : ".zip.gpg");
		response.setContentType((secret == null ? ZIP : OPENPGP).toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		// written as it is read, in this request's thread: the answer starts at once, chunked
		handover.export(response.getOutputStream(), secret);
	}

	@PostMapping("/api/v1/admin/program-import")
	@Operation(summary = "Import an archive into this empty program",
			description = "Checks the manifest, then the schema version (it must be this Pignon's), then loads every "
					+ "table in one transaction: all or nothing. The program must be empty: no application, no "
					+ "dossier, no account but the one administrator who set up this instance, whom the archive's "
					+ "accounts replace (sign in again with an imported account). Up to the upload limit "
					+ "(spring.servlet.multipart.max-file-size); larger programs go through the command line.",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "201", description = "Imported: the rows loaded per table")
	@ApiResponse(responseCode = "409", description = "The program is not empty",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422",
			description = "A damaged archive (its manifest does not match), another schema version, a wrong "
					+ "passphrase, or a row that does not load",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "400", description = "Not a ZIP nor an OpenPGP message, or no archive part",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ImportResponse> importArchive(@RequestPart("archive") MultipartFile archive,
			@RequestParam(value = "passphrase", required = false) @Nullable String passphrase) throws IOException {
		try (InputStream in = archive.getInputStream()) {
			var counts = handover.importFrom(in,
					passphrase == null || passphrase.isEmpty() ? null : passphrase.toCharArray());
			return ResponseEntity.status(HttpStatus.CREATED).body(new ImportResponse(counts.total(), counts.rows()));
		}
	}

}
