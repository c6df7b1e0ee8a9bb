package ca.pignon.dossier;

import java.util.Collection;
import java.util.List;

import ca.pignon.shared.ApplicationId;

/**
 * A hook of the dossier: implemented by a module (found by type) to contribute the facts about dossiers that the
 * program's aggregate reporting counts: scores, hours, actions done. Facts are numbers about a dossier, never who the
 * merchant is; reporting groups them by the dossier's area, sector, size band and stage, and shows no group too small
 * to stay anonymous.
 */
public interface ReportingFactsContributor {

	/** The kinds of fact this module contributes. */
	List<FactKind> factKinds();

	/** The facts this module knows about these dossiers (none for a dossier it knows nothing about). */
	List<ReportingFact> factsOf(Collection<ApplicationId> dossiers);

}
