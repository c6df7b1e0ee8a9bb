package ca.pignon.diagnostic.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.platform.FormErrors;
import ca.pignon.diagnostic.DiagnosticConflict;
import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticReader;
import ca.pignon.diagnostic.DiagnosticRefused;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.diagnostic.DimensionSheet;
import ca.pignon.diagnostic.QuestionView;
import ca.pignon.platform.PignonUser;

/**
 * The questionnaire, one dimension per page. Every page saves what it shows: "Enregistrer" stays (and shows the
 * questions the new answers open), "Suivant" and "Précédent" move on; with htmx, each change is saved at once and the
 * page's questions are shown again, so that skip logic works with or without JavaScript. Staff complete it here.
 */
@Controller
class QuestionnaireController {

	static final String PARAM = "q.";

	private final DiagnosticManagement diagnostics;

	private final DiagnosticReader reader;

	private final DiagnosticAccess access;

	private final MessageSource messages;

	QuestionnaireController(DiagnosticManagement diagnostics, DiagnosticReader reader, DiagnosticAccess access,
			MessageSource messages) {
		this.diagnostics = diagnostics;
		this.reader = reader;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/diagnostic/{id}/dimensions/{dimension}")
	String page(@PathVariable UUID id, @PathVariable String dimension, @AuthenticationPrincipal PignonUser user,
			Locale locale, Model model) {
		DiagnosticSummary diagnostic = access.diagnostic(new DiagnosticId(id), user);
		DimensionSheet sheet = reader.sheet(diagnostic.id(), dimension, DiagnosticAccess.staff(user), locale);
		return show(sheet, sheet.diagnostic().version(), user, model);
	}

	@PostMapping("/diagnostic/{id}/dimensions/{dimension}")
	String save(@PathVariable UUID id, @PathVariable String dimension, @RequestParam MultiValueMap<String, String> form,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash) {
		DiagnosticSummary diagnostic = access.diagnostic(new DiagnosticId(id), user);
		boolean staff = DiagnosticAccess.staff(user);
		long version = parseVersion(form.getFirst("version"));
		List<String> shown = form.getOrDefault("shown", List.of());
		Map<String, List<String>> values = new HashMap<>();
		form.forEach((name, given) -> {
			if (name.startsWith(PARAM)) {
				values.put(name.substring(PARAM.length()), given);
			}
		});
		String note = staff ? form.getFirst("note") : null;
		String action = form.getFirst("action");
		try {
			diagnostics.save(diagnostic.id(), dimension, shown, values, note, version, DiagnosticAccess.respondent(user),
					locale);
		}
		catch (DiagnosticRefused refused) {
			FormErrors.show(refused, "q-", messages, locale, model);
			return typedAgain(diagnostic, dimension, shown, values, note, version, htmx, user, locale, model);
		}
		catch (DiagnosticConflict conflict) {
			model.addAttribute("conflicts", conflict.changes());
			return typedAgain(diagnostic, dimension, shown, values, note, conflict.currentVersion(), htmx, user,
					locale, model);
		}
		DimensionSheet sheet = reader.sheet(diagnostic.id(), dimension, staff, locale);
		if (htmx != null) {
			model.addAttribute("autosaved", true);
			// the questions this answer brought, announced with the saving (WCAG 4.1.3)
			model.addAttribute("added",
					sheet.questions().stream().filter(view -> !shown.contains(view.question().id())).count());
			show(sheet, sheet.diagnostic().version(), user, model);
			return "diagnostic/dimension :: sheet";
		}
		flash.addFlashAttribute("flash", "diagnostic.sheet.saved");
		String base = "redirect:/diagnostic/" + id + "/dimensions/";
		if ("next".equals(action) && sheet.next() != null) {
			return base + sheet.next();
		}
		if ("previous".equals(action) && sheet.previous() != null) {
			return base + sheet.previous();
		}
		if ("finish".equals(action)) {
			return "redirect:" + DiagnosticAccess.home(diagnostic, user);
		}
		return base + dimension;
	}

	@PostMapping("/diagnostic/{id}/complete")
	String complete(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user, Locale locale, Model model,
			RedirectAttributes flash) {
		DiagnosticSummary diagnostic = access.diagnostic(new DiagnosticId(id), user);
		try {
			diagnostics.complete(diagnostic.id(), DiagnosticAccess.respondent(user), locale);
		}
		catch (DiagnosticRefused refused) {
			flash.addFlashAttribute("missing", diagnostics.missing(diagnostic.id(), locale));
			flash.addFlashAttribute("flashError",
					diagnostics.missing(diagnostic.id(), locale).isEmpty() ? refused.problems().get(0).messageKey()
							: "diagnostic.complete.refused");
			return "redirect:" + DiagnosticAccess.home(diagnostic, user);
		}
		flash.addFlashAttribute("flash", "diagnostic.complete.done");
		return "redirect:/diagnostic/" + id + "/result";
	}

	/** The page again with what the person typed, nothing lost, and the version to save against. */
	private String typedAgain(DiagnosticSummary diagnostic, String dimension, List<String> shown,
			Map<String, List<String>> values, @Nullable String note, long version, @Nullable String htmx,
			PignonUser user, Locale locale, Model model) {
		DimensionSheet stored = reader.sheet(diagnostic.id(), dimension, DiagnosticAccess.staff(user), locale);
		List<QuestionView> typed = new ArrayList<>();
		for (QuestionView view : stored.questions()) {
			if (shown.contains(view.question().id())) {
				typed.add(new QuestionView(view.question(), values.getOrDefault(view.question().id(), List.of()),
						view.answered(), view.hint(), view.answeredBy()));
			}
			else {
				typed.add(view);
			}
		}
		DimensionSheet sheet = new DimensionSheet(stored.diagnostic(), stored.dimension(), stored.position(),
				stored.count(), typed, note != null ? note : stored.note(), stored.progress(), stored.previous(),
				stored.next());
		show(sheet, version, user, model);
		return htmx != null ? "diagnostic/dimension :: sheet" : "diagnostic/dimension";
	}

	private String show(DimensionSheet sheet, long version, PignonUser user, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("formVersion", version);
		model.addAttribute("staff", DiagnosticAccess.staff(user));
		model.addAttribute("home", DiagnosticAccess.home(sheet.diagnostic(), user));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "diagnostic/dimension";
	}

	private static long parseVersion(@Nullable String version) {
		try {
			return version == null ? -1 : Long.parseLong(version);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
