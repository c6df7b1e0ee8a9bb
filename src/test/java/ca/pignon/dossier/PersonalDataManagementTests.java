package ca.pignon.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order in which the holders anonymise: the modules' first, whatever order Spring finds them in, then platform's
 * (it still needs the business's name), then the dossier's own (it replaces that name).
 */
class PersonalDataManagementTests {

	final List<String> anonymised = new ArrayList<>();

	final DataSubject subject = new DataSubject(new AccountId(UUID.randomUUID()),
			new ApplicationId(UUID.randomUUID()));

	@Test
	void theModulesAnonymiseFirstThenPlatformThenTheDossierItself() {
		// given
		var platform = new PlatformPersonalData(null, null) {
			@Override
			public void anonymise(DataSubject subject) {
				anonymised.add("platform");
			}
		};
		var dossier = new DossierPersonalData(null) {
			@Override
			public void anonymise(DataSubject subject) {
				anonymised.add("dossier");
			}
		};
		var management = new PersonalDataManagement(List.of(dossier, holder("intake"), platform, holder("plan")),
				platform, dossier);
		// when
		management.anonymise(subject);
		// then
		assertThat(anonymised).containsExactly("intake", "plan", "platform", "dossier");
	}

	@Test
	void everyHoldersKindsAndRecordsAreGivenTogether() {
		var platform = new PlatformPersonalData(null, null) {
			@Override
			public List<RecordKind> recordKinds() {
				return List.of(PlatformPersonalData.ACCOUNT);
			}

			@Override
			public List<PersonalRecord> recordsOf(DataSubject subject) {
				return List.of();
			}
		};
		var dossier = new DossierPersonalData(null) {
			@Override
			public List<RecordKind> recordKinds() {
				return List.of();
			}

			@Override
			public List<PersonalRecord> recordsOf(DataSubject subject) {
				return List.of();
			}
		};
		var management = new PersonalDataManagement(List.of(holder("intake"), platform, dossier), platform, dossier);

		assertThat(management.recordKinds()).extracting(RecordKind::id)
			.containsExactly("intake.thing", "platform.account");
		assertThat(management.recordsOf(subject)).extracting(PersonalRecord::kind).containsExactly("intake.thing");
	}

	private PersonalDataHolder holder(String module) {
		RecordKind kind = new RecordKind(module + ".thing", module + "_thing", DataOrigin.PRODUCED);
		return new PersonalDataHolder() {
			@Override
			public List<RecordKind> recordKinds() {
				return List.of(kind);
			}

			@Override
			public List<PersonalRecord> recordsOf(DataSubject subject) {
				return List.of(new PersonalRecord(kind.id(), java.util.Map.of("about", subject.merchant().toString())));
			}

			@Override
			public void anonymise(DataSubject subject) {
				anonymised.add(module);
			}
		};
	}

}
