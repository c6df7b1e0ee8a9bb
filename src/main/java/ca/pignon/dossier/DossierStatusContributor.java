package ca.pignon.dossier;

import java.util.Locale;
import java.util.Optional;

import ca.pignon.shared.AccountId;

/**
 * A hook of the dossier: implemented by the modules that come after intake in the program (selection, then
 * diagnostic…) to say, on the merchant's "Où en est mon dossier ?" page, where the dossier stands with them. The page
 * (intake's) is composed from every implementation, found by type, without knowing any of them.
 */
public interface DossierStatusContributor {

	/**
	 * What the merchant should read about their own dossier, if this stage has anything to say yet. Only about the
	 * merchant's own dossier: never anything about other applicants.
	 */
	Optional<DossierStatusSection> sectionFor(AccountId merchant, Locale locale);

}
