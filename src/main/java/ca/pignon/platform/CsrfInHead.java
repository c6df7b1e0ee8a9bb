package ca.pignon.platform;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether the layout puts the CSRF token in the page's head, for htmx's requests other than GET (pignon.js). A visitor
 * on one of the public pages that hold no form does not get it: rendering the token opens a session, a row in the
 * shared session table, for every visit of the home page (issue 19). Signed-in people, and every other page (those
 * with a form, the login page, the error pages), get it as before.
 */
@ControllerAdvice
class CsrfInHead {

	/** Public pages without any form; a page here that gains one must leave the list (its form has its own token). */
	static final Set<String> PUBLIC_PAGES_WITHOUT_FORM = Set.of("/", "/privacy", "/sources", "/aide");

	@ModelAttribute("csrfInHead")
	boolean csrfInHead(HttpServletRequest request) {
		return OwnerField.signedIn() != null || !PUBLIC_PAGES_WITHOUT_FORM.contains(request.getRequestURI());
	}

}
