package ca.pignon.content.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import ca.pignon.platform.ProblemTypes;

/**
 * Turns a bad {@code year} of the occasions API into an {@code application/problem+json} answer whose detail, in the
 * client's language, says what was wrong.
 */
@RestControllerAdvice(assignableTypes = OccasionsApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OccasionsApiExceptionHandler {

	private final MessageSource messages;

	OccasionsApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail missing(MissingServletRequestParameterException ex, Locale locale) {
		return problem(new InvalidYear("content.api.year.missing"), locale);
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidYear ex, Locale locale) {
		return problem(ex, locale);
	}

	private ProblemDetail problem(InvalidYear invalid, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(invalid.messageKey(), invalid.arguments(), locale));
		problem.setType(ProblemTypes.INVALID_PARAMETER);
		problem.setTitle(messages.getMessage("content.api.invalidParameter", null, locale));
		problem.setProperty("parameter", "year");
		return problem;
	}

}
