package ca.pignon.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.pignon.platform.Role;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

import static org.assertj.core.api.Assertions.assertThat;

class AccessPolicyTests {

	static final AccountId MERCHANT = AccountId.random();

	static final AccountId ADVISOR = AccountId.random();

	static final AccountId SOMEONE_ELSE = AccountId.random();

	static Dossier dossier(AccountId advisor) {
		return new Dossier(new ApplicationId(UUID.randomUUID()), MERCHANT, "Boulangerie", List.of(), "311811",
				EmployeeBand.FROM_1_TO_4, true, advisor == null ? null : SelectionOutcome.RETAINED, advisor,
				advisor == null ? null : Instant.now(), null, DossierStage.RETAINED, Instant.now());
	}

	@Test
	void theMerchantSeesTheirOwnDossierOnly() {
		assertThat(AccessPolicy.allows(Role.MERCHANT, MERCHANT, dossier(ADVISOR))).isTrue();
		assertThat(AccessPolicy.allows(Role.MERCHANT, SOMEONE_ELSE, dossier(ADVISOR))).isFalse();
	}

	@Test
	void anAdvisorSeesTheMerchantsTheyAccompanyNow() {
		assertThat(AccessPolicy.allows(Role.ADVISOR, ADVISOR, dossier(ADVISOR))).isTrue();
		assertThat(AccessPolicy.allows(Role.ADVISOR, SOMEONE_ELSE, dossier(ADVISOR))).isFalse();
		assertThat(AccessPolicy.allows(Role.ADVISOR, ADVISOR, dossier(null))).isFalse();
	}

	@Test
	void managersAndAdministratorsSeeEveryDossier() {
		assertThat(AccessPolicy.allows(Role.MANAGER, SOMEONE_ELSE, dossier(null))).isTrue();
		assertThat(AccessPolicy.allows(Role.ADMIN, SOMEONE_ELSE, dossier(null))).isTrue();
	}

	@Test
	void theCitySeesNoDossier() {
		assertThat(AccessPolicy.allows(Role.CITY, SOMEONE_ELSE, dossier(ADVISOR))).isFalse();
	}

}
