package ca.pignon.providers.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import ca.pignon.platform.Dates;
import ca.pignon.platform.FormErrors;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.providers.QuoteManagement;
import ca.pignon.providers.ProviderAccountManagement;
import ca.pignon.providers.ProviderDetails;
import ca.pignon.providers.ProviderProfile;
import ca.pignon.providers.ProviderScope;
import ca.pignon.providers.ProvidersManagement;
import ca.pignon.providers.ProvidersRefused;
import ca.pignon.providers.ServiceKind;

/**
 * A provider signed in (role PROVIDER) reaches only this: their profile, kept current by them, and the requests for
 * quotes sent to them, each answered on the same page and under the same rules as their link. Any other account has
 * no provider: 404.
 */
@Controller
class ProviderSelfController {

	private final ProviderAccountManagement accounts;

	private final ProvidersManagement providers;

	private final QuoteManagement quoteRequests;

	private final QuoteController quotes;

	ProviderSelfController(ProviderAccountManagement accounts, ProvidersManagement providers,
			QuoteController quotes, QuoteManagement quoteRequests) {
		this.accounts = accounts;
		this.providers = providers;
		this.quoteRequests = quoteRequests;
		this.quotes = quotes;
	}

	@GetMapping("/providers/me")
	String profile(@AuthenticationPrincipal PignonUser user, Model model) {
		ProviderProfile profile = mine(user);
		return page(profile, form(profile), model);
	}

	@PostMapping("/providers/me")
	String edit(@AuthenticationPrincipal PignonUser user, @ModelAttribute("applyForm") ApplyForm form,
			BindingResult binding, Model model, RedirectAttributes flash) {
		ProviderProfile profile = mine(user);
		try {
			ProviderProfile edited = accounts.edit(profile.provider().id(), Commands.profile(form));
			flash.addFlashAttribute("flash", edited.hasPending() ? "providers.me.savedWaiting" : "providers.me.saved");
			return "redirect:/providers/me";
		}
		catch (ProvidersRefused refused) {
			FormErrors.reject(refused, binding);
			return page(profile, form, model);
		}
	}

	@GetMapping("/providers/me/requests")
	String requests(@AuthenticationPrincipal PignonUser user, Locale locale, Model model) {
		ProviderProfile profile = mine(user);
		model.addAttribute("profile", profile);
		model.addAttribute("requests", quoteRequests.requestsOf(profile.provider().id()));
		model.addAttribute("serviceNames", providers.services()
			.stream()
			.collect(Collectors.toMap(ServiceKind::id, service -> service.name(locale))));
		return "providers/my-requests";
	}

	@GetMapping("/providers/me/requests/{request}")
	String request(@AuthenticationPrincipal PignonUser user, @PathVariable UUID request, Model model,
			HttpServletResponse response) {
		return quotePage(mine(user), request, new QuoteForm(), model, response);
	}

	@PostMapping("/providers/me/requests/{request}")
	String answer(@AuthenticationPrincipal PignonUser user, @PathVariable UUID request,
			@ModelAttribute("quoteForm") QuoteForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		ProviderProfile profile = mine(user);
		try {
			quoteRequests.answer(profile.provider().id(), request, Commands.quote(form));
			flash.addFlashAttribute("flash", "providers.quote.thanks");
			return "redirect:/providers/me/requests/" + request;
		}
		catch (ProvidersRefused refused) {
			if (QuoteController.TWICE.equals(refused.messageKey())) {
				flash.addFlashAttribute("flashError", QuoteController.TWICE);
				return "redirect:/providers/me/requests/" + request;
			}
			FormErrors.reject(refused, binding);
			return quotePage(profile, request, form, model, response);
		}
	}

	private String quotePage(ProviderProfile profile, UUID request, QuoteForm form, Model model,
			HttpServletResponse response) {
		model.addAttribute("signedIn", true);
		return quotes.page(quoteRequests.quotePage(profile.provider().id(), request), "/providers/me/requests/" + request,
				form, model, response);
	}

	private ProviderProfile mine(PignonUser user) {
		return accounts.ofAccount(user.accountId()).orElseThrow(NotFound::new);
	}

	private String page(ProviderProfile profile, ApplyForm form, Model model) {
		model.addAttribute("profile", profile);
		model.addAttribute("applyForm", form);
		model.addAttribute("services", providers.services());
		model.addAttribute("municipalities", ApplyController.MUNICIPALITIES);
		model.addAttribute("today", LocalDate.now(Dates.PROGRAM_ZONE));
		return "providers/me";
	}

	/** The profile as the form shows it: the services and areas waiting for a manager, when some wait. */
	private static ApplyForm form(ProviderProfile profile) {
		ProviderDetails provider = profile.provider();
		ProviderScope scope = profile.pending() != null ? profile.pending()
				: new ProviderScope(provider.services(), provider.wholeTerritory(), provider.municipalities());
		ApplyForm form = new ApplyForm();
		form.setContactName(provider.contactName());
		form.setPhone(provider.phone());
		form.setWebsite(provider.website());
		form.setServices(new ArrayList<>(scope.services()));
		form.setWholeTerritory(scope.wholeTerritory());
		form.setMunicipalities(new ArrayList<>(scope.municipalities()));
		form.setLanguages(new ArrayList<>(provider.languages()));
		form.setPriceRange(provider.priceRange());
		form.setPortfolio(provider.portfolio());
		return form;
	}

}
