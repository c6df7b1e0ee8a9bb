package ca.pignon.dossier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.shared.ApplicationId;

/**
 * The facts every module contributes about dossiers, gathered from the {@link ReportingFactsContributor} hooks: what
 * aggregate reporting reads beside the dossiers' own facts (area, sector, size band, stage).
 */
@Service
@Transactional(readOnly = true)
public class DossierReporting {

	private final ObjectProvider<ReportingFactsContributor> contributors;

	private final Dossiers dossiers;

	DossierReporting(ObjectProvider<ReportingFactsContributor> contributors, Dossiers dossiers) {
		this.contributors = contributors;
		this.dossiers = dossiers;
	}

	/** Every dossier as aggregate reporting reads it (no account, no name), in the order of their ids. */
	public List<ReportedDossier> dossiers() {
		return dossiers.reported();
	}

	public List<FactKind> factKinds() {
		List<FactKind> kinds = new ArrayList<>();
		contributors.orderedStream().forEach(contributor -> kinds.addAll(contributor.factKinds()));
		return kinds;
	}

	public List<ReportingFact> factsOf(Collection<ApplicationId> dossiers) {
		List<ReportingFact> facts = new ArrayList<>();
		if (!dossiers.isEmpty()) {
			contributors.orderedStream().forEach(contributor -> facts.addAll(contributor.factsOf(dossiers)));
		}
		return facts;
	}

}
