package ca.pignon.providers.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;


import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.FormErrors;
import ca.pignon.platform.People;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.providers.BriefDetails;
import ca.pignon.providers.BriefId;
import ca.pignon.providers.BriefManagement;
import ca.pignon.providers.ChoiceManagement;
import ca.pignon.providers.ShortlistManagement;
import ca.pignon.providers.Conflict;
import ca.pignon.providers.Criterion;
import ca.pignon.providers.InterestManagement;
import ca.pignon.providers.LogEntry;
import ca.pignon.providers.ProviderDetails;
import ca.pignon.providers.ProviderId;
import ca.pignon.providers.ProvidersManagement;
import ca.pignon.providers.ProvidersRefused;
import ca.pignon.providers.ShortlistEntry;
import ca.pignon.shared.ApplicationId;

/**
 * A merchant's briefs, for the merchant and the staff who may open their dossier: the plan's actions that need a
 * provider, a brief written from one, its shortlist (drawn, changed with a reason), sending it for quotes, the
 * side-by-side comparison and the merchant's choice. Every form works without JavaScript; a refused form comes back
 * as typed, with every reason.
 */
@Controller
class BriefController {

	private final BriefManagement briefs;

	private final ChoiceManagement choices;

	private final ShortlistManagement shortlists;

	private final ProvidersManagement providers;

	private final DossierManagement dossiers;

	private final BriefAccess access;

	private final People people;

	private final InterestManagement interests;

	BriefController(BriefManagement briefs, ProvidersManagement providers, DossierManagement dossiers,
			BriefAccess access, People people, InterestManagement interests, ShortlistManagement shortlists, ChoiceManagement choices) {
		this.interests = interests;
		this.briefs = briefs;
		this.choices = choices;
		this.shortlists = shortlists;
		this.providers = providers;
		this.dossiers = dossiers;
		this.access = access;
		this.people = people;
	}

	// --- the plan's actions that need a provider --------------------------------------------------------------------

	@GetMapping("/providers/applications/{id}")
	String actions(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user, Locale locale, Model model) {
		Dossier dossier = access.dossier(id, user);
		model.addAttribute("dossier", dossier);
		model.addAttribute("actions", briefs.providerActions(dossier.applicationId(), locale));
		return "providers/actions";
	}

	@PostMapping("/providers/applications/{id}/briefs")
	String open(@PathVariable UUID id, @RequestParam(defaultValue = "") String actionKey,
			@AuthenticationPrincipal PignonUser user, Locale locale, RedirectAttributes flash) {
		Dossier dossier = access.dossier(id, user);
		try {
			BriefId brief = briefs.open(dossier.applicationId(), actionKey, BriefAccess.actor(user), locale);
			return "redirect:/providers/briefs/" + brief.value();
		}
		catch (ProvidersRefused refused) {
			flash.addFlashAttribute("flashError", refused.messageKey());
			return "redirect:/providers/applications/" + id;
		}
	}

	/** Staff's list: the latest briefs of the dossiers they may open. */
	@GetMapping("/providers/briefs")
	String list(@AuthenticationPrincipal PignonUser user, Model model) {
		List<ApplicationId> visible = switch (user.role()) {
			case MANAGER, ADMIN -> null;
			default -> dossiers.caseloadOf(user.accountId()).stream().map(Dossier::applicationId).toList();
		};
		model.addAttribute("briefs", briefs.latest(visible, 200));
		model.addAttribute("caseload", visible == null ? List.of() : dossiers.caseloadOf(user.accountId()));
		return "providers/briefs";
	}

	// --- the brief --------------------------------------------------------------------------------------------------

	@GetMapping("/providers/briefs/{id}")
	String brief(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user, Locale locale, Model model) {
		BriefId brief = access.brief(id, user);
		BriefDetails details = briefs.brief(brief);
		return page(details, form(details), new ShortlistForm(), new SendForm(), user, locale, model);
	}

	@PostMapping("/providers/briefs/{id}")
	String edit(@PathVariable UUID id, @ModelAttribute("briefForm") BriefForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash) {
		BriefId brief = access.brief(id, user);
		try {
			briefs.edit(brief, form.getVersion(), Commands.brief(form), BriefAccess.actor(user));
			flash.addFlashAttribute("flash", "providers.brief.saved");
			return "redirect:/providers/briefs/" + id;
		}
		catch (ProvidersRefused refused) {
			FormErrors.reject(refused, binding);
			BriefDetails details = briefs.brief(brief);
			form.setVersion(details.version());
			return page(details, form, new ShortlistForm(), new SendForm(), user, locale, model);
		}
	}

	@PostMapping("/providers/briefs/{id}/draw")
	String draw(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user, RedirectAttributes flash) {
		BriefId brief = access.brief(id, user);
		try {
			shortlists.draw(brief, BriefAccess.actor(user));
			flash.addFlashAttribute("flash", "providers.shortlist.drawn");
		}
		catch (ProvidersRefused refused) {
			flash.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:/providers/briefs/" + id + "#shortlist";
	}

	@PostMapping("/providers/briefs/{id}/shortlist")
	String add(@PathVariable UUID id, @ModelAttribute("shortlistForm") ShortlistForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash) {
		BriefId brief = access.brief(id, user);
		try {
			UUID provider = TypedIds.uuid(form.getProvider());
			if (provider == null) {
				throw new ProvidersRefused("provider", "providers.choice.required");
			}
			shortlists.add(brief, new ProviderId(provider), form.getReason(), BriefAccess.actor(user),
					BriefAccess.merchant(user));
			flash.addFlashAttribute("flash", "providers.shortlist.added");
			return "redirect:/providers/briefs/" + id + "#shortlist";
		}
		catch (ProvidersRefused refused) {
			FormErrors.reject(refused, binding);
			BriefDetails details = briefs.brief(brief);
			return page(details, form(details), form, new SendForm(), user, locale, model);
		}
	}

	@PostMapping("/providers/briefs/{id}/invitations")
	String invite(@PathVariable UUID id, @ModelAttribute("shortlistForm") ShortlistForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash) {
		BriefId brief = access.brief(id, user);
		try {
			shortlists.invite(brief, form.getOutsideName(), form.getOutsideEmail(), form.getReason(),
					BriefAccess.actor(user), BriefAccess.merchant(user));
			flash.addFlashAttribute("flash", "providers.shortlist.invited");
			return "redirect:/providers/briefs/" + id + "#shortlist";
		}
		catch (ProvidersRefused refused) {
			FormErrors.reject(refused, binding);
			BriefDetails details = briefs.brief(brief);
			return page(details, form(details), form, new SendForm(), user, locale, model);
		}
	}

	@PostMapping("/providers/briefs/{id}/shortlist/{request}/removal")
	String remove(@PathVariable UUID id, @PathVariable UUID request, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal PignonUser user, RedirectAttributes flash) {
		BriefId brief = access.brief(id, user);
		try {
			shortlists.remove(brief, request, reason, BriefAccess.actor(user));
			flash.addFlashAttribute("flash", "providers.shortlist.removed");
		}
		catch (ProvidersRefused refused) {
			flash.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:/providers/briefs/" + id + "#shortlist";
	}

	@PostMapping("/providers/briefs/{id}/send")
	String send(@PathVariable UUID id, @ModelAttribute("sendForm") SendForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash) {
		BriefId brief = access.brief(id, user);
		try {
			briefs.send(brief, Commands.answerBy(form), form.isShareContact(), BriefAccess.actor(user),
					BriefAccess.merchant(user));
			flash.addFlashAttribute("flash", "providers.send.done");
			return "redirect:/providers/briefs/" + id;
		}
		catch (ProvidersRefused refused) {
			FormErrors.reject(refused, binding);
			BriefDetails details = briefs.brief(brief);
			return page(details, form(details), new ShortlistForm(), form, user, locale, model);
		}
	}

	// --- comparing and choosing -------------------------------------------------------------------------------------

	@GetMapping("/providers/briefs/{id}/comparison")
	String comparison(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user, Model model) {
		BriefId brief = access.brief(id, user);
		return comparisonPage(briefs.brief(brief), new ChoiceForm(), user, model);
	}

	@PostMapping("/providers/briefs/{id}/weights")
	String weigh(@PathVariable UUID id, @RequestParam Map<String, String> parameters,
			@AuthenticationPrincipal PignonUser user, RedirectAttributes flash) {
		BriefId brief = access.brief(id, user);
		Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			String typed = parameters.get("weight-" + criterion.name());
			try {
				if (typed != null) {
					weights.put(criterion, Integer.parseInt(typed.strip()));
				}
			}
			catch (NumberFormatException ex) {
				flash.addFlashAttribute("flashError", "providers.compare.weight.invalid");
				return "redirect:/providers/briefs/" + id + "/comparison";
			}
		}
		try {
			choices.weigh(brief, weights);
			flash.addFlashAttribute("flash", "providers.compare.weighed");
		}
		catch (ProvidersRefused refused) {
			flash.addFlashAttribute("flashError", "providers.compare.weight.invalid");
		}
		return "redirect:/providers/briefs/" + id + "/comparison";
	}

	@PostMapping("/providers/briefs/{id}/choice")
	String choose(@PathVariable UUID id, @ModelAttribute("choiceForm") ChoiceForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		BriefId brief = access.brief(id, user);
		try {
			UUID request = TypedIds.uuid(form.getRequest());
			if (request == null) {
				throw new ProvidersRefused("request", "providers.choice.request.required");
			}
			choices.choose(brief, request, form.getReason(), user.accountId());
			flash.addFlashAttribute("flash", "providers.choice.done");
			return "redirect:/providers/briefs/" + id + "/comparison";
		}
		catch (ProvidersRefused refused) {
			FormErrors.reject(refused, binding);
			return comparisonPage(briefs.brief(brief), form, user, model);
		}
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	private String page(BriefDetails brief, BriefForm briefForm, ShortlistForm shortlistForm, SendForm sendForm,
			PignonUser user, Locale locale, Model model) {
		Set<ProviderId> listed = brief.active()
			.stream()
			.map(ShortlistEntry::provider)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		List<ProviderDetails> fitting = brief.draft() || brief.status() == ca.pignon.providers.BriefStatus.SENT
				? shortlists.fitting(brief.id()) : List.of();
		model.addAttribute("brief", brief);
		model.addAttribute("briefForm", briefForm);
		model.addAttribute("shortlistForm", shortlistForm);
		model.addAttribute("sendForm", sendForm);
		model.addAttribute("services", providers.services());
		model.addAttribute("serviceName", serviceName(brief.service(), locale));
		model.addAttribute("fittingCount", fitting.size());
		model.addAttribute("addable", fitting.stream().filter(p -> !listed.contains(p.id())).toList());
		model.addAttribute("log", brief.id() == null ? List.of() : logLines(briefs.log(brief.id())));
		model.addAttribute("merchant", BriefAccess.merchant(user));
		model.addAttribute("conflicts", conflictLines(interests.conflicts(brief.id())));
		model.addAttribute("manager", user.role() == Role.MANAGER || user.role() == Role.ADMIN);
		return "providers/brief";
	}

	private String comparisonPage(BriefDetails brief, ChoiceForm form, PignonUser user, Model model) {
		model.addAttribute("brief", brief);
		model.addAttribute("comparison", choices.comparison(brief.id()));
		model.addAttribute("criteria", Criterion.values());
		model.addAttribute("choiceForm", form);
		model.addAttribute("merchant", BriefAccess.merchant(user));
		return "providers/comparison";
	}

	private String serviceName(String id, Locale locale) {
		return providers.services()
			.stream()
			.filter(service -> service.id().equals(id))
			.map(service -> service.name(locale))
			.findFirst()
			.orElse(id);
	}

	private List<LogLine> logLines(List<LogEntry> entries) {
		return entries.stream().map(entry -> new LogLine(entry, people.nameOf(entry.actor()))).toList();
	}

	record LogLine(LogEntry entry, String who) {
	}

	private List<ConflictLine> conflictLines(List<Conflict> conflicts) {
		return conflicts.stream().map(conflict -> new ConflictLine(conflict, people.nameOf(conflict.account()))).toList();
	}

	record ConflictLine(Conflict conflict, String who) {
	}

	static BriefForm form(BriefDetails brief) {
		BriefForm form = new BriefForm();
		form.setService(brief.service());
		form.setTitle(brief.title());
		form.setGoal(brief.goal());
		form.setToday(brief.today());
		form.setNeeds(brief.needs());
		form.setDoneWhen(brief.doneWhen());
		form.setBudgetMin(brief.budgetMin() == null ? "" : String.valueOf(brief.budgetMin()));
		form.setBudgetMax(brief.budgetMax() == null ? "" : String.valueOf(brief.budgetMax()));
		form.setWantedBy(brief.wantedBy() == null ? "" : brief.wantedBy().toString());
		form.setLanguage(brief.language());
		form.setVersion(brief.version());
		return form;
	}

}
