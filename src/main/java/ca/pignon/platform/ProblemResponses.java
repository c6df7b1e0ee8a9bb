package ca.pignon.platform;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
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
		ProblemDetail problem;
		if (status == 400 && request.getAttribute(ApiProblem.ATTRIBUTE) instanceof ApiProblem described) {
			// a refusal that named what was wrong: its own type, title and detail, and the parameter
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					messages.getMessage(described.detailKey(), described.arguments(), locale));
			problem.setType(described.type());
			problem.setTitle(messages.getMessage(described.titleKey(), null, locale));
			if (described.parameter() != null) {
				problem.setProperty("parameter", described.parameter());
			}
		}
		else {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
					messages.getMessage(messageKey, null, locale));
			problem.setTitle(messages.getMessage("platform.error." + status + ".title", null,
					messages.getMessage("platform.error." + (status >= 500 ? 500 : 400) + ".title", null, locale),
					locale));
		}
		URI instance = instance(request);
		if (instance != null) {
			problem.setInstance(instance);
		}
		return problem;
	}

	/** The path the client asked for, also on the error dispatch (where the request's own path is /error). */
	static @Nullable URI instance(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = original instanceof String text ? text : request.getRequestURI();
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			// not a URI as sent: better no instance than a wrong one
			return null;
		}
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey, URI type)
			throws IOException {
		var problem = problem(request, status, messageKey);
		problem.setType(type);
		write(response, problem);
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
			throws IOException {
		write(response, problem(request, status, messageKey));
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
