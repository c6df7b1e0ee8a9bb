package ca.pignon.platform;

import java.util.List;
import java.util.Set;

/**
 * A kind of versioned document, implemented by the module that owns it (a package-private component) and found by
 * {@link VersionedDocuments}: how to read its source, the version Pignon ships, and the other kinds it refers to.
 * <p>
 * Cross-references are checked when a version is published, never when it is read back: a published version reads
 * with {@link #read} alone, so that nothing published later (another kind's new version) can make it unreadable.
 *
 * @param <T> what a version reads into; immutable, since the store keeps it for the life of the application
 */
public interface DocumentKind<T> {

	DocumentKey<T> key();

	/** The message key that names this kind in a sentence ("le catalogue des actions"). */
	String nameKey();

	/** The source of version 1, written when the database holds no version of this kind yet. */
	String shippedSource();

	/** Reads a source on its own: syntax and the document's own rules, with the line of each problem when known. */
	DocumentReading<T> read(String source, int version);

	/** The kinds this one refers to: publishing a version of either checks the pair with {@link #check}. */
	default Set<DocumentKey<?>> references() {
		return Set.of();
	}

	/**
	 * What in a version of this kind does not exist in the versions it refers to, for example an action triggered by
	 * a question the bank no longer has. Empty when this kind refers to nothing.
	 */
	default List<DocumentProblem> check(T document, String source, ReferencedDocuments referenced) {
		return List.of();
	}

}
