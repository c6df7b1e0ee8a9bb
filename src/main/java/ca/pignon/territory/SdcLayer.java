package ca.pignon.territory;

import java.time.Instant;
import java.util.List;

/**
 * The SDC layer in force: who uploaded it, when, and its areas in file order.
 *
 * @param version the upload's version, higher for a later upload
 * @param uploadedBy the name of the manager who uploaded it
 * @param uploadedAt when
 * @param fileName the uploaded file's name, as the browser sent it
 * @param areas each SDC, its code derived from its name
 */
public record SdcLayer(long version, String uploadedBy, Instant uploadedAt, String fileName, List<Area> areas) {

	/** The layer's name among the dossier's areas and the reports' groupings. */
	public static final String NAME = "sdc";

}
