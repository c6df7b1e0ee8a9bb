package ca.pignon.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.dossier.DataSubject;
import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.EligibilityStatus;
import ca.pignon.dossier.PersonalDataManagement;
import ca.pignon.platform.People;
import ca.pignon.privacy.internal.MyDataArchive;
import ca.pignon.shared.AccountId;

/**
 * A merchant's rights over their personal information: the copy of everything Pignon keeps about them ("Mes
 * données"), gathered from every module's personal-data hook, and who can see their dossier.
 */
@Service
@Transactional(readOnly = true)
public class PrivacyManagement {

	private final PersonalDataManagement personalData;

	private final DossierManagement dossiers;

	private final People people;

	private final MessageSource messages;

	private final Clock clock;

	PrivacyManagement(PersonalDataManagement personalData, DossierManagement dossiers, People people,
			MessageSource messages, Clock clock) {
		this.personalData = personalData;
		this.dossiers = dossiers;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Writes the ZIP of everything Pignon keeps about this merchant (see {@link MyDataArchive}), with its README in
	 * their language, to {@code out}, which stays open.
	 */
	public void writeMyData(AccountId merchant, Locale locale, OutputStream out) throws IOException {
		DataSubject subject = subjectOf(merchant);
		var contents = new MyDataArchive.Contents(personalData.recordKinds(), personalData.recordsOf(subject),
				personalData.filesOf(subject), clock.instant(),
				messages.getMessage("privacy.archive.readmeName", null, locale),
				messages.getMessage("privacy.archive.readme", null, locale));
		MyDataArchive.write(contents, out);
	}

	/** Who can see this merchant's dossier now; nobody but them and the program's managers before they submit. */
	public WhoSees whoSees(AccountId merchant) {
		Optional<Dossier> dossier = dossiers.ofMerchant(merchant);
		return new WhoSees(dossier.map(Dossier::advisor).map(people::nameOf).orElse(null),
				dossier.map(d -> d.reviewers().stream().map(people::nameOf).sorted().toList())
					.orElse(java.util.List.of()),
				dossier.map(d -> d.eligibility() == EligibilityStatus.TO_VERIFY).orElse(false));
	}

	private DataSubject subjectOf(AccountId merchant) {
		return new DataSubject(merchant, dossiers.ofMerchant(merchant).map(Dossier::applicationId).orElse(null));
	}

}
