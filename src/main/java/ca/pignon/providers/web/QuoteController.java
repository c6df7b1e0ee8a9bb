package ca.pignon.providers.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import ca.pignon.platform.FormErrors;
import ca.pignon.platform.NotFound;
import ca.pignon.providers.Accessibility;
import ca.pignon.providers.QuoteManagement;
import ca.pignon.providers.ContentOwner;
import ca.pignon.providers.DomainOwner;
import ca.pignon.providers.Hosting;
import ca.pignon.providers.ProvidersManagement;
import ca.pignon.providers.ProvidersRefused;
import ca.pignon.providers.QuotePage;

/**
 * A provider's link: the brief (who the merchant is only with their consent) and the structured quote, answered
 * once; an expired or revoked link says so and shows nothing else. No account needed: the link is the provider's.
 */
@Controller
class QuoteController {

	/** The quote's questions answered by a choice: the form's field, the message prefix of the answers, the answers. */
	record Choice(String field, String prefix, List<String> values) {

		static <E extends Enum<E>> Choice of(String field, Class<E> type) {
			return new Choice(field, "providers." + type.getSimpleName() + ".",
					Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
		}

	}

	static final List<Choice> CHOICES = List.of(Choice.of("domainOwner", DomainOwner.class),
			Choice.of("contentOwner", ContentOwner.class), Choice.of("accessibility", Accessibility.class),
			Choice.of("hosting", Hosting.class));

	static final String PATH = "/providers/quotes/";

	/** A second answer: refused, the first one stays. */
	static final String TWICE = "providers.quote.twice";

	private final QuoteManagement quoteRequests;

	private final ProvidersManagement providers;

	QuoteController(ProvidersManagement providers, QuoteManagement quoteRequests) {
		this.quoteRequests = quoteRequests;
		this.providers = providers;
	}

	@GetMapping("/providers/quotes/{link}")
	String quote(@PathVariable String link, Model model, HttpServletResponse response) {
		return page(link, new QuoteForm(), model, response);
	}

	@PostMapping("/providers/quotes/{link}")
	String answer(@PathVariable String link, @ModelAttribute("quoteForm") QuoteForm form, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		try {
			quoteRequests.answer(link, Commands.quote(form));
			flash.addFlashAttribute("flash", "providers.quote.thanks");
			return "redirect:/providers/quotes/" + link;
		}
		catch (ProvidersRefused refused) {
			if (TWICE.equals(refused.messageKey())) {
				// the page then shows the first answer, which stays, and says why this one was not taken
				flash.addFlashAttribute("flashError", TWICE);
				return "redirect:" + PATH + link;
			}
			FormErrors.reject(refused, binding);
			return page(link, form, model, response);
		}
	}

	private String page(String link, QuoteForm form, Model model, HttpServletResponse response) {
		return page(quoteRequests.quotePage(link).orElseThrow(NotFound::new), PATH + link, form, model, response);
	}

	/** The request's page, through the link or signed in ({@code answerPath} is where the answer goes). */
	String page(QuotePage page, String answerPath, QuoteForm form, Model model, HttpServletResponse response) {
		if (page.state() == QuotePage.State.EXPIRED || page.state() == QuotePage.State.REVOKED) {
			response.setStatus(HttpStatus.GONE.value());
		}
		model.addAttribute("page", page);
		model.addAttribute("quoteForm", form);
		model.addAttribute("answerPath", answerPath);
		model.addAttribute("services", providers.services());
		model.addAttribute("choices", CHOICES);
		return "providers/quote";
	}

}
