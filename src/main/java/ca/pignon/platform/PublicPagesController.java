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

	@GetMapping("/sources")
	String sources() {
		return "platform/sources";
	}

}
