package ca.pignon.uploads.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.uploads.UploadId;
import ca.pignon.uploads.UploadManagement;
import ca.pignon.uploads.UploadManagement.UploadContent;

/**
 * Sends a file back to someone allowed to see it, as the type its content proved, in a sandbox: a file crafted to
 * look like a page never runs as one of Pignon's pages. Anyone else gets the same "not found" as for a file that
 * does not exist.
 */
@Controller
class UploadController {

	private final UploadManagement uploads;

	UploadController(UploadManagement uploads) {
		this.uploads = uploads;
	}

	@GetMapping("/uploads/{id}")
	ResponseEntity<Resource> file(@PathVariable String id, @AuthenticationPrincipal PignonUser user) {
		UploadId uploadId;
		try {
			uploadId = UploadId.parse(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound();
		}
		UploadContent content = uploads.open(uploadId, user).orElseThrow(NotFound::new);
		var upload = content.upload();
		ContentDisposition disposition = (upload.kind().shownInPage() ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(upload.originalName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(upload.kind().mediaType()))
			.contentLength(content.size())
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'")
			.body(new ByteArrayResource(content.bytes()));
	}

}
