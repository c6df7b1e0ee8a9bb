package ca.pignon.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;

import ca.pignon.shared.AccountId;

/**
 * One kind of versioned document in platform's store, in a module's words: the question bank, the action catalogue.
 * A module extends it once, with its document's key and its own refusal, so that a publish the store refuses reaches
 * the module's callers as the module's refusal (the store's {@link DocumentRefused} as its cause).
 */
public abstract class DocumentShelf<T> {

	private final VersionedDocuments documents;

	private final DocumentKey<T> key;

	protected DocumentShelf(VersionedDocuments documents, DocumentKey<T> key) {
		this.documents = documents;
		this.key = key;
	}

	/** The module's refusal for what the store refused (its problems, or {@link DocumentChanged}). */
	protected abstract Refused refusal(DocumentRefused refused);

	public T current() {
		return documents.current(key);
	}

	public T version(int version) {
		return documents.version(key, version);
	}

	public String source(int version) {
		return documents.source(key, version);
	}

	/** Every version, the one in use first. */
	public List<DocumentVersion> published() {
		return documents.versions(key);
	}

	public DocumentPreview<T> preview(String source) {
		return documents.preview(key, source);
	}

	/**
	 * Publishes the next version once the store has checked it (the documents that refer to it included).
	 * @throws Refused the module's {@link #refusal}, with the store's problems
	 */
	public int publish(String source, String note, AccountId by, @Nullable Integer basedOn) {
		try {
			return documents.publish(key, source, note, by, basedOn);
		}
		catch (DocumentRefused refused) {
			Refused wrapped = refusal(refused);
			wrapped.initCause(refused);
			throw wrapped;
		}
	}

	public static List<Refused.Problem> problems(List<DocumentProblem> problems) {
		return problems.stream()
			.map(problem -> new Refused.Problem(problem.field(), problem.messageKey(), problem.arguments()))
			.toList();
	}

	/** A file shipped with Pignon, such as a document's version 1. */
	public static String shipped(String classpathLocation) {
		try (InputStream in = new ClassPathResource(classpathLocation).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + classpathLocation, ex);
		}
	}

}
