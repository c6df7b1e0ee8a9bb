package ca.pignon.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

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
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own errors (unknown address, missing parameter, wrong method...) go to the error pages like any other:
 * a French page for people, localized problem details for the API. Spring Boot's problem details handler, which this
 * replaces, answered browsers with English JSON that named internals ("No static resource ...").
 */
@ControllerAdvice
class FrameworkErrors extends ResponseEntityExceptionHandler {

	private final ContainerErrorPages pages;

	FrameworkErrors(ContainerErrorPages pages) {
		this.pages = pages;
	}

	/**
	 * A multipart body that cannot be read (a part cut short, a boundary that never comes): the request is bad, not the
	 * server (Spring left it to the container: a 500). Answered here, with the same page as what Tomcat refuses, rather
	 * than through the error dispatch, which reads the request's parameters, and so the broken body, again (a file over
	 * the size limit is handled by {@link ResponseEntityExceptionHandler}: 413).
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<String> unreadableMultipart(HttpServletRequest request) {
		var locale = ContainerErrorPages.locale(request.getHeader("Accept-Language"));
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(api ? MediaType.APPLICATION_PROBLEM_JSON : new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(api ? pages.problem(400, locale) : pages.page(400, locale));
	}

	/** An API parameter a handler refused: 400, with problem details naming it (see {@link ProblemResponses}). */
	@ExceptionHandler(InvalidApiParameter.class)
	void invalidApiParameter(InvalidApiParameter invalid, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		request.setAttribute(ApiProblem.ATTRIBUTE, invalid.problem());
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		var response = ((ServletWebRequest) request).getResponse();
		if (response == null || response.isCommitted()) {
			return null;
		}
		var servlet = ((ServletWebRequest) request).getRequest();
		ApiProblem described = ApiProblem.of(ex);
		if (described != null) {
			// the error dispatch names what was wrong (ProblemResponses)
			servlet.setAttribute(ApiProblem.ATTRIBUTE, described);
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
