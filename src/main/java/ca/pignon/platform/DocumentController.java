package ca.pignon.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The managers' page of a versioned document, one for every kind: its versions (who, when, what changed), each
 * downloadable as the file it was published from; a new version uploaded or pasted, checked and previewed (or its
 * problems shown, by line, keeping what was typed), then published with a note.
 * <p>
 * A module mounts it with a package-private {@code @Controller} that extends it, carries the page's
 * {@code @RequestMapping} (its URLs and so its security rules stay the module's) and says what is particular to its
 * kind: the title, the template of its fragments and how its API publishes.
 */
public abstract class DocumentController<T> {

	/** Larger uploads are refused unread: no kind's source comes near it. */
	static final long MAX_FILE_BYTES = 2_000_000;

	/** What the shared templates need to know of the page. */
	public record Page(String path, String titleKey, String fragments) {
	}

	/** One line of the error summary, linking to the field it is about. */

	private final VersionedDocuments documents;

	private final MessageSource messages;

	private final DocumentKey<T> key;

	protected DocumentController(VersionedDocuments documents, MessageSource messages, DocumentKey<T> key) {
		this.documents = documents;
		this.messages = messages;
		this.key = key;
	}

	/** The message key of the page's title. */
	protected abstract String titleKey();

	/**
	 * The template of the kind's fragments: {@code intro}, {@code steps}, {@code content(document)} (a version in the
	 * table), {@code summary(preview, added, removed)} and {@code detail(document)} (the preview).
	 */
	protected abstract String fragments();

	/** The downloaded file's name before its version ({@code question-bank} gives {@code question-bank-v3.yaml}). */
	protected abstract String fileName();

	/** The flash message's key once a version is published. */
	protected abstract String publishedKey();

	/**
	 * Publishes through the module's API, so that its rules and events apply.
	 * @throws RuntimeException a {@link DocumentRefused}, or a module's refusal caused by one
	 */
	protected abstract int publishVersion(String source, String note, @Nullable Integer basedOn, PignonUser by);

	/** The ids of a document's elements, for the preview's lists of what is added and removed. */
	protected List<String> ids(T document) {
		return List.of();
	}

	@GetMapping
	public String versions(Model model) {
		model.addAttribute("documentPage", page());
		model.addAttribute("versions", DocumentRow.of(documents, key, version -> path() + "/" + version + "/source"));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "platform/documents";
	}

	@GetMapping("/{version}/source")
	public ResponseEntity<String> source(@PathVariable int version) {
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName() + "-v" + version + ".yaml").build().toString())
			.body(documents.source(key, version));
	}

	@PostMapping("/preview")
	public String preview(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String note,
			Locale locale, Model model) {
		String text = source;
		if (file != null && !file.isEmpty()) {
			text = read(file);
			if (text == null) {
				return refused(List.of(DocumentProblem.about("file", "platform.documents.error.file")), source, note,
						locale, model);
			}
		}
		if (note.strip().length() > VersionedDocuments.NOTE_MAX) {
			return refused(List.of(DocumentProblem.about("note", "platform.documents.error.noteTooLong",
					VersionedDocuments.NOTE_MAX)), text, note, locale, model);
		}
		DocumentPreview<T> preview = documents.preview(key, text);
		if (!preview.valid()) {
			return refused(preview.problems(), text, note, locale, model);
		}
		Set<String> before = new LinkedHashSet<>(ids(preview.current()));
		Set<String> after = new LinkedHashSet<>(ids(preview.document()));
		model.addAttribute("documentPage", page());
		model.addAttribute("preview", preview);
		model.addAttribute("added", after.stream().filter(id -> !before.contains(id)).toList());
		model.addAttribute("removed", before.stream().filter(id -> !after.contains(id)).toList());
		model.addAttribute("source", text);
		model.addAttribute("note", note);
		model.addAttribute("basedOn", preview.version() - 1);
		return "platform/document-preview";
	}

	@PostMapping
	public String publish(@RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "") String basedOn, @AuthenticationPrincipal PignonUser user, Locale locale,
			Model model, RedirectAttributes flash) {
		try {
			int version = publishVersion(source, note, version(basedOn), user);
			flash.addFlashAttribute("flash", publishedKey());
			flash.addFlashAttribute("publishedVersion", version);
			return "redirect:" + path();
		}
		catch (RuntimeException ex) {
			DocumentRefused refused = DocumentRefused.in(ex).orElseThrow(() -> ex);
			return refused(refused.problems(), source, note, locale, model);
		}
	}

	/** The versions page again, with the problems at the top and next to their field, and everything typed kept. */
	private String refused(List<DocumentProblem> problems, String source, String note, Locale locale, Model model) {
		Map<String, String> byField = new LinkedHashMap<>();
		List<FormError> lines = new ArrayList<>();
		for (DocumentProblem problem : problems) {
			String message = problem.describe(messages, locale);
			byField.merge(problem.field(), message, (a, b) -> a + " " + b);
			lines.add(new FormError(problem.field(), message, false));
		}
		model.addAttribute("errors", byField);
		model.addAttribute("errorLines", lines);
		model.addAttribute("source", source);
		model.addAttribute("note", note);
		return versions(model);
	}

	private Page page() {
		return new Page(path(), titleKey(), fragments());
	}

	/** The page's address, from the subclass's {@code @RequestMapping}: written once, where the routes are. */
	private String path() {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(getClass(), RequestMapping.class);
		if (mapping == null || mapping.path().length != 1) {
			throw new IllegalStateException(getClass() + " must be mapped to exactly one path");
		}
		return mapping.path()[0];
	}

	private static @Nullable Integer version(String basedOn) {
		try {
			return basedOn.isBlank() ? null : Integer.valueOf(basedOn.strip());
		}
		catch (NumberFormatException ex) {
			// not a number this page wrote: publish without the check rather than refuse a manager's file
			return null;
		}
	}

	/** The file's text when it is UTF-8 and not too large; null otherwise. */
	private static @Nullable String read(MultipartFile file) {
		try {
			if (file.getSize() > MAX_FILE_BYTES) {
				return null;
			}
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.getBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
