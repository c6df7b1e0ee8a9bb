package ca.pignon.conversation.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.conversation.ConversationManagement;
import ca.pignon.conversation.ConversationRefused;
import ca.pignon.platform.FormErrors;
import ca.pignon.platform.PignonUser;

/** An advisor (or a manager) chooses which of their contact details the merchants they accompany see. */
@Controller
class ContactController {

	private final ConversationManagement conversations;

	ContactController(ConversationManagement conversations) {
		this.conversations = conversations;
	}

	@GetMapping("/conversation/contact")
	String contact(@AuthenticationPrincipal PignonUser user, Model model) {
		return page(ContactForm.of(conversations.contactChoice(user.accountId())), user, model);
	}

	@PostMapping("/conversation/contact")
	String choose(@ModelAttribute("contact") ContactForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		if (binding.hasErrors()) {
			return page(form, user, model);
		}
		try {
			conversations.chooseContact(user.accountId(), form.isShowEmail(), form.getPhone(), form.isShowPhone());
		}
		catch (ConversationRefused refused) {
			FormErrors.reject(refused, binding);
			return page(form, user, model);
		}
		flash.addFlashAttribute("flash", "conversation.contact.saved");
		return "redirect:/conversation/contact";
	}

	private String page(ContactForm form, PignonUser user, Model model) {
		model.addAttribute("contact", form);
		model.addAttribute("name", user.displayName());
		model.addAttribute("email", user.email());
		return "conversation/contact";
	}

}
