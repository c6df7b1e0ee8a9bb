package ca.pignon.platform;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A line of a document's versions table ({@code platform/documents :: versions}): who published it and when, with what
 * note, the version as read (for the kind's own summary of it) and where its link leads.
 */
public record DocumentRow(DocumentVersion version, Object document, String link) {

	/** Every version of a kind, the one in use first. */
	public static List<DocumentRow> of(VersionedDocuments documents, DocumentKey<?> key, IntFunction<String> link) {
		return documents.versions(key)
			.stream()
			.map(version -> new DocumentRow(version, documents.version(key, version.version()),
					link.apply(version.version())))
			.toList();
	}

}
