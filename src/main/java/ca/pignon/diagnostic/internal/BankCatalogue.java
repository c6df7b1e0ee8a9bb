package ca.pignon.diagnostic.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import ca.pignon.platform.Refused;
import ca.pignon.diagnostic.DiagnosticRefused;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.platform.DocumentPreview;
import ca.pignon.platform.DocumentProblem;
import ca.pignon.platform.DocumentRefused;
import ca.pignon.platform.DocumentVersion;
import ca.pignon.platform.VersionedDocuments;
import ca.pignon.shared.AccountId;

/**
 * The question bank's versions, kept in platform's store of versioned documents ({@link BankDocument} says how to
 * read one): the shipped file is version 1, managers publish the next ones. The diagnostic's words for the store.
 */
@Component
public class BankCatalogue {

	public static final String SHIPPED = "diagnostic/question-bank.yaml";

	private final VersionedDocuments documents;

	BankCatalogue(VersionedDocuments documents) {
		this.documents = documents;
	}

	public static String shippedSource() {
		try (InputStream in = new ClassPathResource(SHIPPED).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + SHIPPED, ex);
		}
	}

	public QuestionBank current() {
		return documents.current(QuestionBank.DOCUMENT);
	}

	public QuestionBank bank(int version) {
		return documents.version(QuestionBank.DOCUMENT, version);
	}

	public String source(int version) {
		return documents.source(QuestionBank.DOCUMENT, version);
	}

	/** Every version, the one in use first. */
	public List<DocumentVersion> published() {
		return documents.versions(QuestionBank.DOCUMENT);
	}

	public DocumentPreview<QuestionBank> preview(String source) {
		return documents.preview(QuestionBank.DOCUMENT, source);
	}

	/**
	 * Publishes the next version once the store has checked it (the action catalogue in use included).
	 * @throws DiagnosticRefused with the store's problems, its {@link DocumentRefused} as the cause
	 */
	public int publish(String source, String note, AccountId by, @Nullable Integer basedOn) {
		try {
			return documents.publish(QuestionBank.DOCUMENT, source, note, by, basedOn);
		}
		catch (DocumentRefused refused) {
			var wrapped = new DiagnosticRefused(problems(refused.problems()));
			wrapped.initCause(refused);
			throw wrapped;
		}
	}

	public static List<Refused.Problem> problems(List<DocumentProblem> problems) {
		return problems.stream()
			.map(problem -> new Refused.Problem(problem.field(), problem.messageKey(), problem.arguments()))
			.toList();
	}

}
