package ca.pignon.providers.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.platform.FormErrors;
import ca.pignon.platform.PignonUser;
import ca.pignon.providers.BriefDetails;
import ca.pignon.providers.BriefId;
import ca.pignon.providers.BriefManagement;
import ca.pignon.providers.DeliveryManagement;
import ca.pignon.providers.ProvidersRefused;
import ca.pignon.providers.RatingInput;

/**
 * After the work: the merchant rates the chosen provider's delivery, once, and may mark the plan's action done with
 * it; staff who may open the dossier read the rating.
 */
@Controller
class DeliveryController {

	private final DeliveryManagement deliveries;

	private final BriefManagement briefs;

	private final BriefAccess access;

	DeliveryController(DeliveryManagement deliveries, BriefManagement briefs, BriefAccess access) {
		this.deliveries = deliveries;
		this.briefs = briefs;
		this.access = access;
	}

	@GetMapping("/providers/briefs/{id}/rating")
	String page(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user, Model model) {
		return page(access.brief(id, user), new RatingForm(), user, model);
	}

	@PostMapping("/providers/briefs/{id}/rating")
	String rate(@PathVariable UUID id, @ModelAttribute("ratingForm") RatingForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		BriefId brief = access.brief(id, user);
		try {
			deliveries.rate(brief, input(form), user.accountId());
			flash.addFlashAttribute("flash", "providers.rating.done");
			return "redirect:/providers/briefs/" + id + "/rating";
		}
		catch (ProvidersRefused refused) {
			FormErrors.reject(refused, binding);
			return page(brief, form, user, model);
		}
	}

	private String page(BriefId id, RatingForm form, PignonUser user, Model model) {
		BriefDetails brief = briefs.brief(id);
		model.addAttribute("brief", brief);
		model.addAttribute("rating", deliveries.ratingOf(id).orElse(null));
		model.addAttribute("ratingForm", form);
		model.addAttribute("merchant", BriefAccess.merchant(user));
		return "providers/rating";
	}

	static RatingInput input(RatingForm form) {
		return new RatingInput(yesNo(form.getOnTime()), yesNo(form.getOnBudget()), number(form.getQuality()),
				yesNo(form.getRecommend()), form.getComment(), form.getDeliveredUrl(), form.isActionDone());
	}

	private static @Nullable Boolean yesNo(String typed) {
		return switch (typed.strip()) {
			case "yes" -> Boolean.TRUE;
			case "no" -> Boolean.FALSE;
			default -> null;
		};
	}

	private static @Nullable Integer number(String typed) {
		try {
			return typed.isBlank() ? null : Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
