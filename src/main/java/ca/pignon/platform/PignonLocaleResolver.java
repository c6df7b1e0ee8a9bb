package ca.pignon.platform;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * French first: pages are in French unless the person chose English (a cookie); the API also follows
 * {@code Accept-Language}, for integrations. Only French and English are offered.
 */
class PignonLocaleResolver extends CookieLocaleResolver {

	static final Locale ENGLISH = Locale.CANADA;

	PignonLocaleResolver() {
		super("pignon-lang");
		setDefaultLocale(PlatformConfiguration.FRENCH);
		setCookieMaxAge(java.time.Duration.ofDays(365));
		setCookieSameSite("Lax");
		setCookieHttpOnly(true);
		setDefaultLocaleFunction(request -> {
			// on the error dispatch, the path asked for is kept aside (the request's own is /error)
			Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			String path = original instanceof String asked ? asked : request.getRequestURI();
			if (path.startsWith(request.getContextPath() + "/api/")) {
				String accept = request.getHeader("Accept-Language");
				if (accept != null && !accept.isBlank() && "en".equals(request.getLocale().getLanguage())) {
					return ENGLISH;
				}
			}
			return PlatformConfiguration.FRENCH;
		});
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return supported(super.resolveLocale(request));
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		super.setLocale(request, response, supported(locale));
	}

	private static Locale supported(@Nullable Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : PlatformConfiguration.FRENCH;
	}

}
