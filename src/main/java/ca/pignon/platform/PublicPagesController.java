package ca.pignon.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PublicPagesController {

	@GetMapping("/login")
	String login() {
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
