package ca.pignon.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own errors (unknown address, missing parameter, wrong method...) go to the error pages like any other:
 * a French page for people, localized problem details for the API. Spring Boot's problem details handler, which this
 * replaces, answered browsers with English JSON that named internals ("No static resource ...").
 */
@ControllerAdvice
class FrameworkErrors extends ResponseEntityExceptionHandler {

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
