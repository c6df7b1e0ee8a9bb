package ca.pignon.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own errors (unknown address, missing parameter, wrong method...) go to the error pages like any other:
 * a French page for people, localized problem details for the API. Spring Boot's problem details handler, which this
 * replaces, answered browsers with English JSON that named internals ("No static resource ...").
 */
@ControllerAdvice
class FrameworkErrors extends ResponseEntityExceptionHandler {

	private final ProblemResponses problems;

	FrameworkErrors(ProblemResponses problems) {
		this.problems = problems;
	}

	/**
	 * A multipart body that cannot be read (a part cut short, a boundary that never comes): the request is bad, not the
	 * server (Spring left it to the container: a 500). Answered here rather than through the error dispatch, which
	 * would read the request's parameters, and so the broken body, again (a file over the size limit is handled by
	 * {@link ResponseEntityExceptionHandler}: 413).
	 */
	@ExceptionHandler(MultipartException.class)
	Object unreadableMultipart(HttpServletRequest request, HttpServletResponse response) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(HttpStatus.BAD_REQUEST)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problems.problem(request, 400, "platform.error.400.text"));
		}
		response.setStatus(400);
		return new ModelAndView("platform/error", Map.of("status", 400), HttpStatus.BAD_REQUEST);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		var response = ((ServletWebRequest) request).getResponse();
		if (response == null || response.isCommitted()) {
			return null;
		}
		// keeps what the status needs, such as Allow on a 405
		headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		try {
			response.sendError(statusCode.value());
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return null;
	}

}
