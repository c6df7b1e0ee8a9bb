package ca.pignon.intake;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.shared.AccountId;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static ca.pignon.intake.ApplicationFixture.anApplication;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Optional consents (Loi 25, s. 14): never presumed, kept with the exact words agreed to, withdrawn without erasing.
 */
@IntakeSpringTest
class ConsentTests {

	@Autowired
	IntakeManagement intake;

	@Autowired
	JdbcClient jdbc;

	@Test
	void presumesNoOptionalConsent() {
		// given a merchant who went through every step without checking any box
		var account = anApplication(intake).draft(4);

		// then
		assertThat(intake.consentsOf(account)).containsOnlyKeys(ConsentPurpose.values()).doesNotContainValue(true);
		assertThat(intake.consentHistory(account)).isEmpty();
	}

	@Test
	void keepsTheExactFrenchWordsShownAndTheirVersion() {
		// given
		var account = anApplication(intake).register();

		// when
		intake.setConsent(account, ConsentPurpose.SHARE_WITH_SDC, true, FRENCH);

		// then
		assertThat(intake.consentHistory(account)).singleElement().satisfies(record -> {
			assertThat(record.purpose()).isEqualTo(ConsentPurpose.SHARE_WITH_SDC);
			assertThat(record.textShown()).isEqualTo(MessageFiles.french(Consents.textKey(ConsentPurpose.SHARE_WITH_SDC)));
			assertThat(record.textVersion()).isEqualTo(Consents.TEXT_VERSION);
			assertThat(record.active()).isTrue();
		});
		assertThat(localeOf(account)).isEqualTo("fr-CA");
		assertThat(intake.consentsOf(account)).containsEntry(ConsentPurpose.SHARE_WITH_SDC, true)
			.containsEntry(ConsentPurpose.PROGRAM_NEWS, false)
			.containsEntry(ConsentPurpose.CITED_AS_EXAMPLE, false);
	}

	@Test
	void keepsTheExactEnglishWordsShownToAnEnglishReader() {
		// given
		var account = anApplication(intake).register();

		// when
		intake.setConsent(account, ConsentPurpose.PROGRAM_NEWS, true, Locale.CANADA);

		// then
		assertThat(intake.consentHistory(account)).singleElement()
			.extracting(ConsentRecord::textShown)
			.isEqualTo(MessageFiles.english(Consents.textKey(ConsentPurpose.PROGRAM_NEWS)));
		assertThat(localeOf(account)).isEqualTo("en-CA");
	}

	@Test
	void datesAWithdrawalAndKeepsWhatWasAgreedTo() {
		// given
		var account = anApplication(intake).register();
		intake.setConsent(account, ConsentPurpose.CITED_AS_EXAMPLE, true, FRENCH);

		// when
		intake.setConsent(account, ConsentPurpose.CITED_AS_EXAMPLE, false, FRENCH);

		// then
		assertThat(intake.consentsOf(account)).containsEntry(ConsentPurpose.CITED_AS_EXAMPLE, false);
		assertThat(intake.consentHistory(account)).singleElement().satisfies(record -> {
			assertThat(record.textShown()).isEqualTo(MessageFiles.french(Consents.textKey(ConsentPurpose.CITED_AS_EXAMPLE)));
			assertThat(record.withdrawnAt()).isNotNull().isAfterOrEqualTo(record.grantedAt());
		});
	}

	@Test
	void addsANewEntryWhenAConsentIsGivenAgain() {
		// given
		var account = anApplication(intake).register();
		intake.setConsent(account, ConsentPurpose.PROGRAM_NEWS, true, FRENCH);
		intake.setConsent(account, ConsentPurpose.PROGRAM_NEWS, false, FRENCH);

		// when
		intake.setConsent(account, ConsentPurpose.PROGRAM_NEWS, true, FRENCH);

		// then
		assertThat(intake.consentsOf(account)).containsEntry(ConsentPurpose.PROGRAM_NEWS, true);
		assertThat(intake.consentHistory(account)).hasSize(2)
			.extracting(ConsentRecord::active)
			.containsExactlyInAnyOrder(true, false);
	}

	@Test
	void recordsAConsentGivenTwiceOnce() {
		// given
		var account = anApplication(intake).register();

		// when
		intake.setConsent(account, ConsentPurpose.PROGRAM_NEWS, true, FRENCH);
		intake.setConsent(account, ConsentPurpose.PROGRAM_NEWS, true, FRENCH);

		// then
		assertThat(intake.consentHistory(account)).hasSize(1);
	}

	@Test
	void followsTheBoxesOfTheCommitmentStep() {
		// given a merchant who checked one box, then came back and unchecked it for another
		var application = anApplication(intake);
		var account = application.draft(3);
		intake.describeCommitment(account, application.commitment(), EnumSet.of(ConsentPurpose.PROGRAM_NEWS), FRENCH);

		// when
		intake.describeCommitment(account, application.commitment(), EnumSet.of(ConsentPurpose.SHARE_WITH_SDC),
				FRENCH);

		// then
		assertThat(intake.consentsOf(account)).containsEntry(ConsentPurpose.PROGRAM_NEWS, false)
			.containsEntry(ConsentPurpose.SHARE_WITH_SDC, true)
			.containsEntry(ConsentPurpose.CITED_AS_EXAMPLE, false);
		assertThat(intake.consentHistory(account)).hasSize(2);
	}

	@Test
	void submitsAnApplicationWithoutAnyConsent() {
		// when
		var submitted = anApplication(intake).consenting(Set.of()).submit();

		// then
		assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(submitted.assessment().eligibility()).isEqualTo(Eligibility.ELIGIBLE);
		assertThat(intake.consentHistory(submitted.accountId())).isEmpty();
	}

	private String localeOf(AccountId account) {
		return jdbc.sql("SELECT DISTINCT locale FROM intake_consent WHERE account_id = :account")
			.param("account", account.value())
			.query(String.class)
			.single();
	}

}
