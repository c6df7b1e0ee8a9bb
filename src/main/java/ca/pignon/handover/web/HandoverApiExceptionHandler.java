package ca.pignon.handover.web;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import ca.pignon.handover.HandoverRefused;

/**
 * A refused import answers {@code application/problem+json} in the client's language: 409 for a program that is not
 * empty, 400 for what is no archive at all, 422 for a damaged archive, another schema version, a wrong passphrase or a
 * row that does not load.
 */
@RestControllerAdvice(assignableTypes = HandoverApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class HandoverApiExceptionHandler {

	static final URI TYPE = URI.create("/api/v1/problems/handover-refused");

	private static final Set<String> NOT_AN_ARCHIVE = Set.of("notAnArchive", "passphraseNeeded");

	private final MessageSource messages;

	HandoverApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(HandoverRefused ex, Locale locale) {
		HttpStatus status = ex.reason().equals("notEmpty") ? HttpStatus.CONFLICT
				: NOT_AN_ARCHIVE.contains(ex.reason()) ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
		var problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		problem.setType(TYPE);
		problem.setTitle(messages.getMessage("handover.api.refused", null, locale));
		problem.setProperty("reason", ex.reason());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
