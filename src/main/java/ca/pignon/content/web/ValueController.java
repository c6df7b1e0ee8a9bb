package ca.pignon.content.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.content.ContentRefused;
import ca.pignon.content.SectorFamily;
import ca.pignon.content.Tone;
import ca.pignon.content.ValueManagement;
import ca.pignon.content.ValueQuestions;
import ca.pignon.content.ValueSheet;
import ca.pignon.content.ValueWork;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.FormErrors;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.shared.ApplicationId;

/**
 * "Votre valeur ajoutée": the guided questions and the result on one page, saved as it goes (each change with htmx,
 * or the save button without JavaScript); a version kept once the result is complete; the one-page sheet to print
 * and its PDF. The dossier's access rule decides who reaches it (ValueManagement asks it).
 */
@Controller
class ValueController {

	private final ValueManagement values;

	private final DossierManagement dossiers;

	private final ValuePdf pdf;

	ValueController(ValueManagement values, DossierManagement dossiers, ValuePdf pdf) {
		this.values = values;
		this.dossiers = dossiers;
		this.pdf = pdf;
	}

	/** The merchant's own value work, from the menu of "Où en est mon dossier ?". */
	@GetMapping("/content/my/value")
	String mine(@AuthenticationPrincipal PignonUser user) {
		ApplicationId application = dossiers.ofMerchant(user.accountId())
			.orElseThrow(NotFound::new)
			.applicationId();
		return "redirect:/content/applications/" + application.value() + "/value";
	}

	@GetMapping("/content/applications/{application}/value")
	String page(@PathVariable UUID application, @AuthenticationPrincipal PignonUser user, Model model) {
		ValueWork work = values.work(user, new ApplicationId(application));
		return page(work, ValueForm.of(work.draft()), model);
	}

	@PostMapping("/content/applications/{application}/value")
	String save(@PathVariable UUID application, @ModelAttribute("valueForm") ValueForm form, BindingResult binding,
			@RequestParam(defaultValue = "save") String action,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
			@AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		ApplicationId id = new ApplicationId(application);
		try {
			if ("keep".equals(action)) {
				int version = values.keep(user, id, form.toSheet());
				flash.addFlashAttribute("flash", "content.value.kept");
				flash.addFlashAttribute("keptVersion", version);
			}
			else {
				values.save(user, id, form.toSheet());
				if (htmx != null) {
					model.addAttribute("work", values.work(user, id));
					return "content/value :: saved";
				}
				flash.addFlashAttribute("flash", "content.value.saved");
			}
			return "redirect:/content/applications/" + application + "/value";
		}
		catch (ContentRefused refused) {
			FormErrors.reject(refused, binding);
			form.pad();
			if (htmx != null) {
				model.addAttribute("work", values.work(user, id));
				model.addAttribute("notSaved", true);
				return "content/value :: saved";
			}
			return page(values.work(user, id), form, model);
		}
	}

	@GetMapping("/content/applications/{application}/value/sheet")
	String sheet(@PathVariable UUID application, @RequestParam(required = false) @Nullable Integer version,
			@AuthenticationPrincipal PignonUser user, Model model) {
		model.addAllAttributes(sheetModel(new ApplicationId(application), version, user));
		return "content/value-sheet";
	}

	@GetMapping("/content/applications/{application}/value/sheet.pdf")
	ResponseEntity<byte[]> sheetPdf(@PathVariable UUID application,
			@RequestParam(required = false) @Nullable Integer version, @AuthenticationPrincipal PignonUser user,
			Locale locale) {
		Map<String, Object> model = sheetModel(new ApplicationId(application), version, user);
		String name = "valeur-ajoutee" + (model.get("version") == null ? "" : "-v" + model.get("version")) + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf.render(model, locale));
	}

	private Map<String, Object> sheetModel(ApplicationId application, @Nullable Integer version, PignonUser user) {
		ValueWork work = values.work(user, application);
		ValueSheet sheet = values.sheet(user, application, version);
		Integer shown = version != null ? version : work.versions().isEmpty() ? null : work.versions().get(0).number();
		Map<String, Object> model = new HashMap<>();
		model.put("work", work);
		model.put("sheet", sheet);
		if (shown != null) {
			model.put("version", shown);
		}
		model.put("wordsToUse", ValueSheet.words(sheet.wordsToUse()));
		model.put("wordsToAvoid", ValueSheet.words(sheet.wordsToAvoid()));
		return model;
	}

	private String page(ValueWork work, ValueForm form, Model model) {
		model.addAttribute("work", work);
		model.addAttribute("questions", ValueQuestions.IDS);
		model.addAttribute("family", work.family());
		model.addAttribute("families", SectorFamily.values());
		model.addAttribute("tones", Tone.values());
		if (!model.containsAttribute("valueForm")) {
			model.addAttribute("valueForm", form);
		}
		return "content/value";
	}

}
