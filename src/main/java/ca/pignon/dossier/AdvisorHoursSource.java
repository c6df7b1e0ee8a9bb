package ca.pignon.dossier;

import java.util.Optional;

import ca.pignon.shared.ApplicationId;

/**
 * A hook of the dossier: implemented by the module that counts the advisor's hours (follow-up), read by the modules
 * that plan work with the advisor (the plan), which come before it and may not depend on it. Found by type.
 */
public interface AdvisorHoursSource {

	/** The advisor's hours of this dossier, once it is accompanied. */
	Optional<AdvisorHours> advisorHoursOf(ApplicationId application);

}
