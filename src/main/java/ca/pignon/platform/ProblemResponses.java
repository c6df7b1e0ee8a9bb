package ca.pignon.platform;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes RFC 9457 problem details for the API where no controller is involved (security filters, the error page).
 */
@Component
class ProblemResponses {

	private final MessageSource messages;

	private final JsonMapper json;

	private final LocaleResolver locales;

	ProblemResponses(MessageSource messages, JsonMapper json, LocaleResolver locales) {
		this.messages = messages;
		this.json = json;
		this.locales = locales;
	}

	ProblemDetail problem(HttpServletRequest request, int status, String messageKey) {
		var locale = locales.resolveLocale(request);
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
				messages.getMessage(messageKey, null, locale));
		problem.setTitle(messages.getMessage("platform.error." + status + ".title", null,
				HttpStatus.valueOf(status).getReasonPhrase(), locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem(request, status, messageKey));
	}

}
