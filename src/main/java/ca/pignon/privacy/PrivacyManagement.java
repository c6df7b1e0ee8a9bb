package ca.pignon.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.dossier.DataSubject;
import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.EligibilityStatus;
import ca.pignon.dossier.PersonalDataManagement;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.People;
import ca.pignon.privacy.internal.AccessLog;
import ca.pignon.privacy.internal.MyDataArchive;
import ca.pignon.privacy.internal.RequestRows;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * A merchant's rights over their personal information: the copy of everything Pignon keeps about them ("Mes
 * données"), gathered from every module's personal-data hook, who can see their dossier, and who among staff opened
 * it (the access log, for the people in charge).
 */
@Service
@Transactional(readOnly = true)
public class PrivacyManagement {

	private final PersonalDataManagement personalData;

	private final DossierManagement dossiers;

	private final People people;

	private final MessageSource messages;

	private final Clock clock;

	private final AccessLog accessLog;

	private final RequestRows requests;

	private final ZoneId zone;

	PrivacyManagement(PersonalDataManagement personalData, DossierManagement dossiers, People people,
			MessageSource messages, Clock clock, AccessLog accessLog, RequestRows requests,
			@Value("${pignon.privacy.zone:America/Toronto}") ZoneId zone) {
		this.personalData = personalData;
		this.dossiers = dossiers;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
		this.accessLog = accessLog;
		this.requests = requests;
		this.zone = zone;
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

	/**
	 * Who among staff opened this dossier from {@code from} to {@code to} (both included, in the program's days), the
	 * latest first: for the people in charge of personal information only.
	 * @throws NotFound for anyone else
	 */
	public List<AccessEntry> whoOpened(AccountId asking, ApplicationId application, LocalDate from, LocalDate to) {
		if (!requests.isOfficer(asking.value())) {
			throw new NotFound();
		}
		List<AccessLog.Row> rows = accessLog.of(application.value(), from.atStartOfDay(zone).toInstant(),
				to.plusDays(1).atStartOfDay(zone).toInstant());
		Map<AccountId, String> names = people.namesOf(rows.stream().map(row -> new AccountId(row.account())).toList());
		return rows.stream()
			.map(row -> new AccessEntry(row.at(), names.get(new AccountId(row.account())), row.need(), row.method(),
					row.path()))
			.toList();
	}

	private DataSubject subjectOf(AccountId merchant) {
		return new DataSubject(merchant, dossiers.ofMerchant(merchant).map(Dossier::applicationId).orElse(null));
	}

}
