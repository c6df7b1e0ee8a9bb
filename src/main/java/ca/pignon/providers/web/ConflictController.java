package ca.pignon.providers.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.platform.PignonUser;
import ca.pignon.providers.BriefId;
import ca.pignon.providers.InterestManagement;
import ca.pignon.providers.ProviderId;
import ca.pignon.providers.ProvidersRefused;
import ca.pignon.shared.AccountId;

/**
 * A manager's decision on a conflict flagged on a brief (managers only, by the route rules): confirm the shortlist
 * with a reason, or take the brief over from the person with the declared link.
 */
@Controller
class ConflictController {

	private final InterestManagement interests;

	private final BriefAccess access;

	ConflictController(InterestManagement interests, BriefAccess access) {
		this.interests = interests;
		this.access = access;
	}

	@PostMapping("/providers/briefs/{id}/conflicts/confirmation")
	String confirm(@PathVariable UUID id, @RequestParam(defaultValue = "") String account,
			@RequestParam(defaultValue = "") String provider, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal PignonUser user, RedirectAttributes flash) {
		BriefId brief = access.brief(id, user);
		try {
			interests.confirm(brief, new AccountId(uuid(account)), new ProviderId(uuid(provider)), reason,
					user.accountId());
			flash.addFlashAttribute("flash", "providers.conflict.confirmed");
		}
		catch (ProvidersRefused refused) {
			flash.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:/providers/briefs/" + id + "#conflicts";
	}

	@PostMapping("/providers/briefs/{id}/conflicts/take-over")
	String takeOver(@PathVariable UUID id, @RequestParam(defaultValue = "") String account,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal PignonUser user,
			RedirectAttributes flash) {
		BriefId brief = access.brief(id, user);
		try {
			interests.takeOver(brief, new AccountId(uuid(account)), reason, user.accountId());
			flash.addFlashAttribute("flash", "providers.conflict.tookOver");
		}
		catch (ProvidersRefused refused) {
			flash.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:/providers/briefs/" + id + "#conflicts";
	}

	/** A tampered id names no conflict: refused as such rather than as a bad request. */
	private static UUID uuid(String typed) {
		UUID id = TypedIds.uuid(typed);
		if (id == null) {
			throw new ProvidersRefused(null, "providers.conflict.none");
		}
		return id;
	}

}
