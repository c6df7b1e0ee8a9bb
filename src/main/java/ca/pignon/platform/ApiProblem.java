package ca.pignon.platform;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What a refused API request's problem says beyond its status: its type, title and detail (message keys, the detail's
 * arguments) and the parameter at fault. Kept on the request by the handler that refused it, so that the error
 * dispatch ({@link ProblemResponses}) writes it.
 */
record ApiProblem(URI type, String titleKey, String detailKey, Object[] arguments, @Nullable String parameter) {

	static final String ATTRIBUTE = ApiProblem.class.getName();

	private static final int LONGEST_VALUE_QUOTED = 100;

	/** The problem of one of Spring MVC's own refusals that names what was wrong; null for the others. */
	static @Nullable ApiProblem of(Exception ex) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return invalid(mismatch.getName(), mismatch.getValue());
		}
		if (ex instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
			return invalid(mismatch.getPropertyName(), mismatch.getValue());
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return new ApiProblem(ProblemTypes.INVALID_PARAMETER, "platform.api.invalidParameter",
					"platform.api.parameter.missing", new Object[] { missing.getParameterName() },
					missing.getParameterName());
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return new ApiProblem(ProblemTypes.UNREADABLE_BODY, "platform.api.unreadableBody",
					"platform.api.body.unreadable", new Object[0], null);
		}
		return null;
	}

	private static ApiProblem invalid(String parameter, @Nullable Object value) {
		String text = String.valueOf(value);
		if (text.length() > LONGEST_VALUE_QUOTED) {
			text = text.substring(0, LONGEST_VALUE_QUOTED) + "…";
		}
		return new ApiProblem(ProblemTypes.INVALID_PARAMETER, "platform.api.invalidParameter",
				"platform.api.parameter.invalid", new Object[] { parameter, text }, parameter);
	}

}
