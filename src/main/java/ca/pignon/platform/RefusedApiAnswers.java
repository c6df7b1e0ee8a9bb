package ca.pignon.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's answer to a refusal of any module ({@link Refused}): 400 with {@code application/problem+json}, the first
 * reason as the detail and every reason with its field, in the client's language. A module may answer its own
 * refusals differently with an advice of higher precedence (the web audit answers a full house with 503).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class RefusedApiAnswers {

	private final MessageSource messages;

	RefusedApiAnswers(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(Refused refused, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(refused, locale));
		problem.setType(ProblemTypes.REFUSED);
		problem.setTitle(messages.getMessage("platform.api.refused", null, locale));
		List<Map<String, String>> reasons = refused.problems()
			.stream()
			.map(reason -> reason.field() == null ? Map.of("message", messages.getMessage(reason, locale))
					: Map.of("field", reason.field(), "message", messages.getMessage(reason, locale)))
			.toList();
		problem.setProperty("problems", reasons);
		return problem;
	}

}
