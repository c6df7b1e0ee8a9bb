package ca.pignon.privacy.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.AccountSummary;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.privacy.PrivacyRefused;
import ca.pignon.privacy.PrivacyRequests;
import ca.pignon.shared.AccountId;

/** The administrator names who is in charge of personal information, among managers and administrators. */
@Controller
class OfficersController {

	private final PrivacyRequests requests;

	private final AccountManagement accounts;

	OfficersController(PrivacyRequests requests, AccountManagement accounts) {
		this.requests = requests;
		this.accounts = accounts;
	}

	@GetMapping("/privacy/officers")
	String officers(Model model) {
		var officers = requests.officers();
		model.addAttribute("officers", officers);
		List<AccountSummary> candidates = accounts.staff()
			.stream()
			.filter(a -> (a.role() == Role.MANAGER || a.role() == Role.ADMIN) && a.enabled())
			.filter(a -> !officers.containsKey(a.id()))
			.toList();
		model.addAttribute("candidates", candidates);
		return "privacy/officers";
	}

	@PostMapping("/privacy/officers")
	String designate(@RequestParam(required = false) @Nullable UUID account, @AuthenticationPrincipal PignonUser user,
			RedirectAttributes flash) {
		try {
			if (account == null) {
				throw new PrivacyRefused("account", "privacy.officer.notEligible");
			}
			requests.designate(new AccountId(account), user.accountId());
			flash.addFlashAttribute("flash", "privacy.officers.designated");
		}
		catch (PrivacyRefused refused) {
			flash.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:/privacy/officers";
	}

	@PostMapping("/privacy/officers/{account}/revoke")
	String revoke(@PathVariable UUID account, RedirectAttributes flash) {
		requests.revoke(new AccountId(account));
		flash.addFlashAttribute("flash", "privacy.officers.revoked");
		return "redirect:/privacy/officers";
	}

}
