package ca.pignon.intake.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

/**
 * The public home page, and where each person lands after signing in.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "intake/home";
	}

	@GetMapping("/start")
	String start(@AuthenticationPrincipal PignonUser user) {
		if (user.role() == Role.MERCHANT) {
			return "redirect:/intake/my";
		}
		if (user.role() == Role.PROVIDER) {
			// a provider of the directory: their profile and the requests sent to them (issue 13)
			return "redirect:/providers/me";
		}
		return user.role().isStaff() ? "redirect:/intake/applications" : "redirect:/account";
	}

}
