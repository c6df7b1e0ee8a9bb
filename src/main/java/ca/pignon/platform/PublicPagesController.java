package ca.pignon.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PublicPagesController {

	/** After a session ended, the page says whether what was being sent is kept for after signing in. */
	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		model.addAttribute("formKept", session != null && session.getAttribute(KeptForm.SESSION_ATTRIBUTE) != null);
		return "platform/login";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "platform/privacy";
	}

	/** Help for each audience (merchant, advisor, manager, City) and the program's contact, in the reader's language. */
	@GetMapping("/aide")
	String help() {
		return "platform/help";
	}

	@GetMapping("/sources")
	String sources() {
		return "platform/sources";
	}

}
