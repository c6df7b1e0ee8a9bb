package ca.pignon.diagnostic.web;

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

import ca.pignon.diagnostic.BankPreview;
import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticRefused;
import ca.pignon.diagnostic.internal.BankReader;
import ca.pignon.platform.PignonUser;

/**
 * The question bank for managers: its versions, each downloadable as the file it was published from; a new version
 * is a file uploaded (or pasted), checked and previewed, then published. Published versions never change.
 */
@Controller
class BankController {

	private final DiagnosticManagement diagnostics;

	private final MessageSource messages;

	BankController(DiagnosticManagement diagnostics, MessageSource messages) {
		this.diagnostics = diagnostics;
		this.messages = messages;
	}

	@GetMapping("/diagnostic/bank")
	String versions(Model model) {
		model.addAttribute("versions", diagnostics.bankVersions());
		model.addAttribute("bank", diagnostics.currentBank());
		return "diagnostic/bank";
	}

	@GetMapping("/diagnostic/bank/{version}/source")
	ResponseEntity<String> source(@PathVariable int version) {
		String source = diagnostics.bankSource(version);
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("question-bank-v" + version + ".yaml").build().toString())
			.body(source);
	}

	@PostMapping("/diagnostic/bank/preview")
	String preview(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String note,
			Locale locale, Model model) {
		String text = source;
		if (file != null && !file.isEmpty()) {
			text = read(file);
			if (text == null) {
				return refused(new DiagnosticRefused(
						List.of(new DiagnosticRefused.Problem("source", "diagnostic.bank.error.encoding", List.of()))),
						source, note, locale, model);
			}
		}
		BankPreview preview = diagnostics.previewBank(text);
		if (!preview.valid()) {
			return refused(new DiagnosticRefused(preview.problems()), text, note, locale, model);
		}
		model.addAttribute("preview", preview);
		model.addAttribute("source", text);
		model.addAttribute("note", note);
		return "diagnostic/bank-preview";
	}

	@PostMapping("/diagnostic/bank")
	String publish(@RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash) {
		try {
			int version = diagnostics.publishBank(source, note, DiagnosticAccess.respondent(user));
			flash.addFlashAttribute("flash", "diagnostic.bank.published");
			flash.addFlashAttribute("publishedVersion", version);
			return "redirect:/diagnostic/bank";
		}
		catch (DiagnosticRefused refused) {
			return refused(refused, source, note, locale, model);
		}
	}

	private String refused(DiagnosticRefused refused, String source, String note, Locale locale, Model model) {
		Problems.show(refused, messages, locale, model);
		versions(model);
		model.addAttribute("source", source);
		model.addAttribute("note", note);
		return "diagnostic/bank";
	}

	/** The file's text when it is UTF-8 and not too large; null otherwise. */
	private static @Nullable String read(MultipartFile file) {
		try {
			if (file.getSize() > BankReader.MAX_CHARACTERS * 4L) {
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
