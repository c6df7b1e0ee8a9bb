package ca.pignon.dossier;

import java.util.Optional;

import ca.pignon.shared.ApplicationId;

/**
 * A hook of the dossier: implemented by the module that follows the plan's actions (progress), read by the modules
 * that come before it and may not depend on it (the diagnostic, which opens the end-of-accompaniment T1 once the
 * plan has been carried out long enough). Found by type.
 */
public interface PlanProgressSource {

	/** The merchant's progress in their approved plan; none before a plan is approved. */
	Optional<PlanProgress> planProgressOf(ApplicationId application);

}
