package ca.pignon.platform;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.stereotype.Component;

/**
 * A form sent after the session has ended (30 minutes without a request) is not lost: instead of "Accès refusé", what
 * was typed is kept in the new session, the person signs in again and comes back to the form's page, where the page's
 * script puts it back for them to check and send ({@code fragments/session.html}, {@code session.js}). A form filled
 * before signing in (registration) goes straight back to its page.
 */
@Component
class ExpiredForms {

	private static final String LOGIN = "/login?expired";

	private final AccessDeniedHandler refused = new AccessDeniedHandlerImpl();

	private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

	/** Refusals of the web pages: a form from an ended session is kept, anything else is refused as before. */
	AccessDeniedHandler accessDeniedHandler() {
		return (request, response, refusal) -> {
			if (refusal instanceof CsrfException && sessionEnded(request)) {
				answerEndedSession(request, response, refusal);
			}
			else {
				refused.handle(request, response, refusal);
			}
		};
	}

	/**
	 * After signing in: back to the kept form's page when the form is this person's; someone else signing in on the
	 * same browser gets neither the form nor its page.
	 */
	AuthenticationSuccessHandler returningToKeptForm(AuthenticationSuccessHandler next) {
		return (request, response, authentication) -> {
			HttpSession session = request.getSession(false);
			if (session != null && session.getAttribute(KeptForm.SESSION_ATTRIBUTE) instanceof KeptForm form
					&& !FormKeepingPolicy.returnsTo(form, OwnerField.signedIn())) {
				session.removeAttribute(KeptForm.SESSION_ATTRIBUTE);
				requests.removeRequest(request, response);
			}
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private void answerEndedSession(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException refusal) throws IOException, ServletException {
		var page = FormKeepingPolicy.page(request.getHeader("Referer"), request.getScheme(), request.getServerName(),
				request.getServerPort())
			.filter(path -> path.startsWith(request.getContextPath() + "/"))
			.map(path -> path.substring(request.getContextPath().length()));
		if (!(refusal instanceof MissingCsrfTokenException) || page.isEmpty()) {
			redirect(request, response, LOGIN);
			return;
		}
		var form = new KeptForm(page.get(), request.getParameter(OwnerField.NAME),
				FormKeepingPolicy.fields(request.getParameterMap()), filesChosen(request));
		HttpSession session = request.getSession(true);
		session.setAttribute(KeptForm.SESSION_ATTRIBUTE, form);
		if (form.owner() == null) {
			redirect(request, response, form.page());
			return;
		}
		session.setAttribute("SPRING_SECURITY_SAVED_REQUEST", new SimpleSavedRequest(form.page()));
		redirect(request, response, LOGIN);
	}

	/**
	 * A browser whose session has just ended sends its old session cookie; a cross-site form sends none (the cookie
	 * is SameSite=Lax), and is refused as before.
	 */
	private static boolean sessionEnded(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && request.getRequestedSessionId() != null
				&& !request.isRequestedSessionIdValid();
	}

	private static boolean filesChosen(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			return false;
		}
		try {
			for (Part part : request.getParts()) {
				if (part.getSubmittedFileName() != null && part.getSize() > 0) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | ServletException | IllegalStateException ex) {
			return true;
		}
	}

	/** htmx follows {@code HX-Redirect} with the whole page, where a redirect would be swapped into a fragment. */
	private static void redirect(HttpServletRequest request, HttpServletResponse response, String target)
			throws IOException {
		String location = request.getContextPath() + target;
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", location);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		response.sendRedirect(location);
	}

	static @Nullable KeptForm takeFor(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(KeptForm.SESSION_ATTRIBUTE) instanceof KeptForm form)) {
			return null;
		}
		String here = request.getRequestURI().substring(request.getContextPath().length())
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		if (!form.page().equals(here) || !FormKeepingPolicy.returnsTo(form, OwnerField.signedIn())) {
			return null;
		}
		session.removeAttribute(KeptForm.SESSION_ATTRIBUTE);
		return form;
	}

}
