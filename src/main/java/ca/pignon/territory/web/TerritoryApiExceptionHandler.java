package ca.pignon.territory.web;

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
 * Turns bad parameters of the territory API into {@code application/problem+json} answers whose detail, in the
 * client's language, names the parameter.
 */
@RestControllerAdvice(assignableTypes = TerritoryApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TerritoryApiExceptionHandler {

	private final MessageSource messages;

	TerritoryApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail missing(MissingServletRequestParameterException ex, Locale locale) {
		return problem(new InvalidParameter(ex.getParameterName(), "territory.api.parameter.missing"), locale);
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidParameter ex, Locale locale) {
		return problem(ex, locale);
	}

	private ProblemDetail problem(InvalidParameter invalid, Locale locale) {
		Object[] arguments = new Object[invalid.arguments().length + 1];
		arguments[0] = invalid.parameter();
		System.arraycopy(invalid.arguments(), 0, arguments, 1, invalid.arguments().length);
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(invalid.messageKey(), arguments, locale));
		problem.setType(ProblemTypes.INVALID_PARAMETER);
		problem.setTitle(messages.getMessage("territory.api.invalidParameter", null, locale));
		problem.setProperty("parameter", invalid.parameter());
		return problem;
	}

}
