package ca.pignon.content;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.Need;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.ApplicationId;

/**
 * The value work ("Votre valeur ajoutée"), done by the merchant with their advisor or alone: the draft saved as it
 * goes, versions kept once the result is complete, each version readable for good. Only those the dossier's one
 * access rule lets in reach it (the merchant, their advisor now, managers and administrators); the others get 404.
 */
@Service
@Transactional
public class ValueManagement {

	private final DossierManagement dossiers;

	private final ValueRows rows;

	private final Clock clock;

	ValueManagement(DossierManagement dossiers, ValueRows rows) {
		this.dossiers = dossiers;
		this.rows = rows;
		this.clock = Clock.systemUTC();
	}

	@Transactional(readOnly = true)
	public ValueWork work(PignonUser person, ApplicationId application) {
		Dossier dossier = dossier(person, application);
		var draft = rows.draft(application);
		return new ValueWork(application, dossier.businessName(), SectorFamily.of(dossier.naicsCode()),
				draft.map(ValueRows.Draft::sheet).orElse(ValueSheet.empty()),
				draft.map(ValueRows.Draft::savedAt).orElse(null), rows.versions(application));
	}

	/** Saves the draft as it is (partial is fine), as long as each text keeps to its length. */
	public void save(PignonUser person, ApplicationId application, ValueSheet sheet) {
		dossier(person, application);
		refuseIfAny(ValueSheetPolicy.draft(sheet));
		rows.save(application, sheet, person.accountId(), clock.instant());
	}

	/**
	 * Saves the draft and keeps it as the next version, when the result is complete.
	 * @return the version's number
	 */
	public int keep(PignonUser person, ApplicationId application, ValueSheet sheet) {
		dossier(person, application);
		refuseIfAny(ValueSheetPolicy.complete(sheet));
		rows.save(application, sheet, person.accountId(), clock.instant());
		rows.lockDraft(application);
		return rows.keep(application, sheet, person.accountId(), clock.instant());
	}

	/** A kept version; the newest when {@code version} is null, the draft when none was kept. */
	@Transactional(readOnly = true)
	public ValueSheet sheet(PignonUser person, ApplicationId application, @Nullable Integer version) {
		dossier(person, application);
		if (version != null) {
			return rows.version(application, version).orElseThrow(NotFound::new);
		}
		List<ValueVersion> versions = rows.versions(application);
		if (!versions.isEmpty()) {
			return rows.version(application, versions.get(0).number()).orElseThrow(NotFound::new);
		}
		return rows.draft(application).map(ValueRows.Draft::sheet).orElse(ValueSheet.empty());
	}

	private Dossier dossier(PignonUser person, ApplicationId application) {
		dossiers.requireAccess(person, application, Need.ACCOMPANIMENT);
		return dossiers.get(application);
	}

	private static void refuseIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new ContentRefused(problems);
		}
	}

}
