package ca.pignon.intake;

import java.util.Locale;
import java.util.Optional;

import ca.pignon.shared.AccountId;

/**
 * Implemented by the modules that come after intake in the program (selection, then diagnostic…) to say, on the
 * merchant's "Où en est mon dossier ?" page, where the dossier stands with them. Intake composes the page from every
 * contributor without knowing any of them: they depend on intake, never the reverse.
 */
public interface DossierStatusContributor {

	/**
	 * What the merchant should read about their own dossier, if this stage has anything to say yet. Only about the
	 * merchant's own dossier: never anything about other applicants.
	 */
	Optional<DossierStatusSection> sectionFor(AccountId merchant, Locale locale);

}
