package ca.pignon.reporting.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import ca.pignon.platform.ProblemTypes;

/** A report's parameter that cannot be read answers 400 problem details, in the client's language, naming it. */
@RestControllerAdvice(assignableTypes = ReportsApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportsApiExceptionHandler {

	private final MessageSource messages;

	ReportsApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidReportParameter ex, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		problem.setType(ProblemTypes.INVALID_PARAMETER);
		problem.setTitle(messages.getMessage("reporting.api.invalidParameter", null, locale));
		problem.setProperty("parameter", ex.parameter());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
