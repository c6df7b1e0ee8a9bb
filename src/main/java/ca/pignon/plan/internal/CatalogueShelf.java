package ca.pignon.plan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import ca.pignon.platform.Refused;
import ca.pignon.plan.ActionCatalogue;
import ca.pignon.plan.PlanRefused;
import ca.pignon.platform.DocumentPreview;
import ca.pignon.platform.DocumentProblem;
import ca.pignon.platform.DocumentRefused;
import ca.pignon.platform.DocumentVersion;
import ca.pignon.platform.VersionedDocuments;
import ca.pignon.shared.AccountId;

/**
 * The action catalogue's versions, kept in platform's store of versioned documents ({@link CatalogueDocument} says
 * how to read one): the shipped file is version 1, managers publish the next ones. The plan's words for the store.
 */
@Component
public class CatalogueShelf {

	public static final String SHIPPED = "plan/action-catalogue.yaml";

	private final VersionedDocuments documents;

	CatalogueShelf(VersionedDocuments documents) {
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

	public ActionCatalogue current() {
		return documents.current(ActionCatalogue.DOCUMENT);
	}

	public ActionCatalogue catalogue(int version) {
		return documents.version(ActionCatalogue.DOCUMENT, version);
	}

	public String source(int version) {
		return documents.source(ActionCatalogue.DOCUMENT, version);
	}

	/** Every version, the one in use first. */
	public List<DocumentVersion> published() {
		return documents.versions(ActionCatalogue.DOCUMENT);
	}

	public DocumentPreview<ActionCatalogue> preview(String source) {
		return documents.preview(ActionCatalogue.DOCUMENT, source);
	}

	/**
	 * Publishes the next version once the store has checked it (against the question bank in use included).
	 * @throws PlanRefused with the store's problems, its {@link DocumentRefused} as the cause
	 */
	public int publish(String source, String note, AccountId by, @Nullable Integer basedOn) {
		try {
			return documents.publish(ActionCatalogue.DOCUMENT, source, note, by, basedOn);
		}
		catch (DocumentRefused refused) {
			var wrapped = new PlanRefused(problems(refused.problems()));
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
