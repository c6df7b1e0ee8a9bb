package ca.pignon.privacy.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ca.pignon.platform.PignonUser;
import ca.pignon.privacy.PrivacyManagement;

/**
 * "Mes données": a merchant sees who can see their dossier and downloads the copy of everything Pignon keeps about
 * them. Only ever their own: the account is the signed-in one, no id is taken from the request.
 */
@Controller
class MyDataController {

	private static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

	private final PrivacyManagement privacy;

	MyDataController(PrivacyManagement privacy) {
		this.privacy = privacy;
	}

	@GetMapping("/privacy/my")
	String page(@AuthenticationPrincipal PignonUser user, Model model) {
		model.addAttribute("whoSees", privacy.whoSees(user.accountId()));
		return "privacy/my-data";
	}

	@GetMapping("/privacy/my/archive")
	void archive(@AuthenticationPrincipal PignonUser user, Locale locale, HttpServletResponse response)
			throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("pignon-mes-donnees-" + LocalDate.now(QUEBEC) + ".zip")
			.build()
			.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		privacy.writeMyData(user.accountId(), locale, response.getOutputStream());
	}

}
