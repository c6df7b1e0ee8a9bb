package ca.pignon.webaudit.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import ca.pignon.platform.ProblemTypes;
import ca.pignon.webaudit.WebAuditRefused;

/**
 * A refused address answers {@code application/problem+json} naming the problem in the client's language; a full
 * house answers 503.
 */
@RestControllerAdvice(assignableTypes = WebAuditApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebAuditApiExceptionHandler {

	private final MessageSource messages;

	WebAuditApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(WebAuditRefused ex, Locale locale) {
		return problem(ex, messages, locale);
	}

	/** The problem a refusal answers, also inside a refused job's answer. */
	static ProblemDetail problem(WebAuditRefused ex, MessageSource messages, Locale locale) {
		HttpStatus status = ex.messageKey().equals("webaudit.refused.busy") ? HttpStatus.SERVICE_UNAVAILABLE
				: ex.messageKey().equals("webaudit.refused.failed") ? HttpStatus.SERVICE_UNAVAILABLE
						: HttpStatus.BAD_REQUEST;
		var problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		problem.setType(ProblemTypes.WEB_AUDIT_REFUSED);
		problem.setTitle(messages.getMessage("webaudit.api.refused", null, locale));
		problem.setProperty("reason", ex.messageKey().substring("webaudit.refused.".length()));
		return problem;
	}

}
