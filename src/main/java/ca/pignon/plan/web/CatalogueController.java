package ca.pignon.plan.web;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.plan.CataloguePreview;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanRefused;
import ca.pignon.plan.internal.CatalogueReader;
import ca.pignon.platform.PignonUser;

/**
 * The managers' catalogue of actions: download the version in use, upload (or paste) a new one, read the preview or
 * the named errors, publish it. A cycle of prerequisites, a self-dependency or an unknown prerequisite is refused here.
 */
@Controller
class CatalogueController {

	private final PlanManagement plans;

	private final MessageSource messages;

	CatalogueController(PlanManagement plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	@GetMapping("/plan/catalogue")
	String versions(Model model) {
		model.addAttribute("versions", plans.catalogueVersions());
		model.addAttribute("catalogue", plans.currentCatalogue());
		return "plan/catalogue";
	}

	@GetMapping("/plan/catalogue/{version}/source")
	ResponseEntity<String> source(@PathVariable int version) {
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("action-catalogue-v" + version + ".yaml")
				.build()
				.toString())
			.body(plans.catalogueSource(version));
	}

	@PostMapping("/plan/catalogue/preview")
	String preview(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String note,
			Locale locale, Model model) {
		String text = source;
		if (file != null && !file.isEmpty()) {
			text = read(file);
			if (text == null) {
				return refused(new PlanRefused(
						List.of(new PlanRefused.Problem("source", "plan.catalogue.error.encoding", List.of()))),
						source, note, locale, model);
			}
		}
		CataloguePreview preview = plans.previewCatalogue(text);
		if (preview.catalogue() == null) {
			return refused(new PlanRefused(preview.problems()), text, note, locale, model);
		}
		model.addAttribute("preview", preview);
		model.addAttribute("source", text);
		model.addAttribute("note", note);
		return "plan/catalogue-preview";
	}

	@PostMapping("/plan/catalogue")
	String publish(@RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash) {
		try {
			int version = plans.publishCatalogue(source, note, user.displayName());
			flash.addFlashAttribute("flash", "plan.catalogue.published");
			flash.addFlashAttribute("publishedVersion", version);
			return "redirect:/plan/catalogue";
		}
		catch (PlanRefused refused) {
			return refused(refused, source, note, locale, model);
		}
	}

	private String refused(PlanRefused refused, String source, String note, Locale locale, Model model) {
		Problems.show(refused, messages, locale, model);
		versions(model);
		model.addAttribute("source", source);
		model.addAttribute("note", note);
		return "plan/catalogue";
	}

	/** The file's text when it is UTF-8 and not too large; null otherwise. */
	private static @Nullable String read(MultipartFile file) {
		try {
			if (file.getSize() > CatalogueReader.MAX_CHARACTERS * 4L) {
				return null;
			}
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(file.getBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
