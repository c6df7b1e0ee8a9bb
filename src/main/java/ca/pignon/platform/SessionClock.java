package ca.pignon.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * WCAG 2.2.1 (timing adjustable): a signed-in page knows when its session will end, warns before
 * ({@code pignon.session.warning-before}) and offers to stay signed in ({@link KeepAliveController}) (any
 * request to the session resets its clock). A page shown again after the session ended gets back what its form had
 * ({@link ExpiredForms}).
 */
@ControllerAdvice
class SessionClock {

	/** What the page's script needs: when the session ends and when to warn, in seconds from the page's load. */
	record Clock(long seconds, long warnBefore) {
	}

	/** A kept form for the page's script to put back, field by field, in the order of the form. */
	record Restored(List<Map.Entry<String, String>> values, boolean filesDropped) {
	}

	private final Clock clock;

	SessionClock(@Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration timeout,
			@Value("${pignon.session.warning-before:2m}") Duration warningBefore) {
		this.clock = new Clock(timeout.toSeconds(), Math.min(warningBefore.toSeconds(), timeout.toSeconds()));
	}

	@ModelAttribute("sessionClock")
	@Nullable Clock sessionClock() {
		return OwnerField.signedIn() == null ? null : clock;
	}

	@ModelAttribute("keptForm")
	@Nullable Restored keptForm(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
			return null;
		}
		KeptForm form = ExpiredForms.takeFor(request);
		if (form == null) {
			return null;
		}
		var values = form.fields()
			.entrySet()
			.stream()
			.flatMap(field -> field.getValue().stream().map(value -> Map.entry(field.getKey(), value)))
			.toList();
		return new Restored(values, form.filesDropped());
	}

}
