package ca.pignon.conversation.web;

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

import ca.pignon.conversation.ConversationManagement;
import ca.pignon.conversation.ConversationRefused;
import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.FormErrors;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.shared.ApplicationId;

/**
 * A dossier's conversation: the merchant's own (no id in the address) and staff's for a dossier they may see (the
 * dossier's one access rule; anyone else gets 404). A refused message comes back as typed.
 */
@Controller
class ConversationController {

	private final ConversationManagement conversations;

	private final DossierManagement dossiers;

	ConversationController(ConversationManagement conversations, DossierManagement dossiers) {
		this.conversations = conversations;
		this.dossiers = dossiers;
	}

	@GetMapping({ "/conversation/my", "/conversation/applications/{id}" })
	String conversation(@PathVariable(required = false) @Nullable UUID id, @AuthenticationPrincipal PignonUser user,
			Model model) {
		return page(id, application(id, user), new MessageForm(), model);
	}

	@PostMapping({ "/conversation/my", "/conversation/applications/{id}" })
	String write(@PathVariable(required = false) @Nullable UUID id, @ModelAttribute("message") MessageForm form,
			BindingResult binding, @AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		ApplicationId application = application(id, user);
		if (binding.hasErrors()) {
			return page(id, application, form, model);
		}
		try {
			conversations.write(application, form.getBody(), null, null, user);
		}
		catch (ConversationRefused refused) {
			FormErrors.reject(refused, binding);
			return page(id, application, form, model);
		}
		flash.addFlashAttribute("flash", "conversation.sent");
		return "redirect:" + base(id) + "#messages";
	}

	private String page(@Nullable UUID id, ApplicationId application, MessageForm form, Model model) {
		model.addAttribute("conversation", conversations.conversation(application));
		model.addAttribute("message", form);
		model.addAttribute("staff", id != null);
		model.addAttribute("base", base(id));
		return "conversation/messages";
	}

	private ApplicationId application(@Nullable UUID id, PignonUser user) {
		if (id == null) {
			return dossiers.ofMerchant(user.accountId()).map(Dossier::applicationId).orElseThrow(NotFound::new);
		}
		ApplicationId application = new ApplicationId(id);
		if (!user.role().isStaff() || !dossiers.mayAccess(user, application)) {
			throw new NotFound();
		}
		return application;
	}

	private static String base(@Nullable UUID id) {
		return id == null ? "/conversation/my" : "/conversation/applications/" + id;
	}

}
