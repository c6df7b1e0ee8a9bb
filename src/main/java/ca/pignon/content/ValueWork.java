package ca.pignon.content;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;

/**
 * The value work of one dossier as its page shows it.
 * @param draft what was last saved (empty before anything was)
 * @param savedAt when it was, or null
 * @param family the sector family whose examples the questions show
 * @param versions the kept versions, the newest first
 */
public record ValueWork(ApplicationId application, String businessName, SectorFamily family, ValueSheet draft,
		@Nullable Instant savedAt, List<ValueVersion> versions) {

	public ValueWork {
		versions = List.copyOf(versions);
	}

}
