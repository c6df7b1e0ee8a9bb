package ca.pignon.platform;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.shared.AccountId;

/**
 * Administration: staff accounts, and the mail outbox that stands in for an SMTP server when none is configured.
 */
@Controller
class AdminController {

	private final AccountManagement accounts;

	private final Outbox outbox;

	AdminController(AccountManagement accounts, Outbox outbox) {
		this.accounts = accounts;
		this.outbox = outbox;
	}

	@ModelAttribute("staffRoles")
	List<Role> staffRoles() {
		return List.of(Role.ADVISOR, Role.MANAGER, Role.CITY, Role.ADMIN);
	}

	@GetMapping("/admin/accounts")
	String accounts(Model model) {
		model.addAttribute("staff", accounts.staff());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AccountForms.InviteStaff(null, null, null));
		}
		return "platform/admin-accounts";
	}

	@PostMapping("/admin/accounts")
	String invite(@Valid @ModelAttribute("form") AccountForms.InviteStaff form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				accounts.inviteStaff(form.email(), form.displayName(), form.role(), locale);
				redirect.addFlashAttribute("flash", "platform.admin.invited");
				return "redirect:/admin/accounts";
			}
			catch (AccountRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey());
			}
		}
		model.addAttribute("staff", accounts.staff());
		return "platform/admin-accounts";
	}

	@PostMapping("/admin/accounts/{id}/enabled")
	String enable(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		accounts.setEnabled(new AccountId(id), enabled);
		redirect.addFlashAttribute("flash", enabled ? "platform.admin.enabled" : "platform.admin.disabled");
		return "redirect:/admin/accounts";
	}

	@GetMapping("/admin/outbox")
	String outbox(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("mails", outbox.page(Math.max(page, 0)));
		model.addAttribute("page", Math.max(page, 0));
		return "platform/admin-outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	String mail(@PathVariable UUID id, Model model) {
		model.addAttribute("mail", outbox.find(id).orElseThrow(NotFound::new));
		return "platform/admin-mail";
	}

}
