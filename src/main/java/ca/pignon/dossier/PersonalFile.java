package ca.pignon.dossier;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file a module keeps about a merchant (a photo, a document), given back to them with their records.
 *
 * @param kind the kind of record that describes it, such as {@code uploads.file}
 * @param id the record's id, as its record says it
 * @param name the file's name as it was sent
 */
public record PersonalFile(String kind, String id, String name, Content content) {

	/** The file's bytes, opened when the export reaches it (never held in memory). */
	@FunctionalInterface
	public interface Content {

		InputStream open() throws IOException;

	}

}
