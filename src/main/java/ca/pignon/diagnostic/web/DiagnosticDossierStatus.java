package ca.pignon.diagnostic.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.dossier.DossierStatusContributor;
import ca.pignon.dossier.DossierStatusSection;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.shared.AccountId;

/**
 * The diagnostic's part of the merchant's "Où en est mon dossier ?": once retained, where the diagnostic stands and
 * the link to fill it or read its result.
 */
@Component
class DiagnosticDossierStatus implements DossierStatusContributor {

	static final String FRAGMENT = "diagnostic/my-status :: status";

	private final DiagnosticManagement diagnostics;

	private final IntakeManagement intake;

	DiagnosticDossierStatus(DiagnosticManagement diagnostics, IntakeManagement intake) {
		this.diagnostics = diagnostics;
		this.intake = intake;
	}

	@Override
	public Optional<DossierStatusSection> sectionFor(AccountId merchant, Locale locale) {
		return intake.applicationOf(merchant, locale).flatMap(application -> {
			List<DiagnosticSummary> list = diagnostics.diagnosticsOf(application.id());
			if (list.isEmpty() && !diagnostics.isRetained(application.id(), locale)) {
				return Optional.empty();
			}
			return Optional.of(new DossierStatusSection(FRAGMENT, list, 20));
		});
	}

}
