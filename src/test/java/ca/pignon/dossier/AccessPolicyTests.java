package ca.pignon.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.pignon.platform.Role;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

import static ca.pignon.dossier.Need.ACCOMPANIMENT;
import static ca.pignon.dossier.Need.APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

class AccessPolicyTests {

	static final AccountId MERCHANT = AccountId.random();

	static final AccountId ADVISOR = AccountId.random();

	static final AccountId REVIEWER = AccountId.random();

	static final AccountId SOMEONE_ELSE = AccountId.random();

	static final DossierArea LIMOILOU = new DossierArea(DossierArea.ARRONDISSEMENT, "1", "La Cité-Limoilou");

	static Dossier dossier(AccountId advisor) {
		return dossier(advisor, EligibilityStatus.ELIGIBLE);
	}

	static Dossier dossier(AccountId advisor, EligibilityStatus eligibility) {
		return new Dossier(new ApplicationId(UUID.randomUUID()), MERCHANT, "Boulangerie", List.of(LIMOILOU), "311811",
				EmployeeBand.FROM_1_TO_4, eligibility, advisor == null ? null : SelectionOutcome.RETAINED, advisor,
				advisor == null ? null : Instant.now(), null, DossierStage.RETAINED, Instant.now(), Set.of(REVIEWER));
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
	void aReviewerSeesTheApplicationTheyReviewButNotTheAccompaniment() {
		assertThat(AccessPolicy.allows(Role.ADVISOR, REVIEWER, dossier(ADVISOR), APPLICATION, Set.of())).isTrue();
		assertThat(AccessPolicy.allows(Role.ADVISOR, REVIEWER, dossier(ADVISOR), ACCOMPANIMENT, Set.of())).isFalse();
	}

	@Test
	void anAdvisorSeesTheApplicationsToCheckInTheAreasTheyCoverOnly() {
		Dossier toCheck = dossier(null, EligibilityStatus.TO_VERIFY);
		assertThat(AccessPolicy.allows(Role.ADVISOR, SOMEONE_ELSE, toCheck, APPLICATION, Set.of("1"))).isTrue();
		assertThat(AccessPolicy.allows(Role.ADVISOR, SOMEONE_ELSE, toCheck, APPLICATION, Set.of("4"))).isFalse();
		assertThat(AccessPolicy.allows(Role.ADVISOR, SOMEONE_ELSE, toCheck, ACCOMPANIMENT, Set.of("1"))).isFalse();
		// once decided, an application of their area is no longer theirs to see
		Dossier decided = dossier(null, EligibilityStatus.ELIGIBLE);
		assertThat(AccessPolicy.allows(Role.ADVISOR, SOMEONE_ELSE, decided, APPLICATION, Set.of("1"))).isFalse();
	}

	@Test
	void managersAndAdministratorsSeeEveryDossier() {
		assertThat(AccessPolicy.allows(Role.MANAGER, SOMEONE_ELSE, dossier(null))).isTrue();
		assertThat(AccessPolicy.allows(Role.ADMIN, SOMEONE_ELSE, dossier(null))).isTrue();
	}

	@Test
	void anApplicationNotSubmittedYetIsForManagersAndAdministratorsAlone() {
		assertThat(AccessPolicy.allows(Role.MANAGER, SOMEONE_ELSE, null, APPLICATION, Set.of())).isTrue();
		assertThat(AccessPolicy.allows(Role.ADMIN, SOMEONE_ELSE, null, APPLICATION, Set.of())).isTrue();
		assertThat(AccessPolicy.allows(Role.ADVISOR, ADVISOR, null, APPLICATION, Set.of("1"))).isFalse();
		assertThat(AccessPolicy.allows(Role.MANAGER, SOMEONE_ELSE, null, ACCOMPANIMENT, Set.of())).isFalse();
	}

	@Test
	void theCitySeesNoDossier() {
		assertThat(AccessPolicy.allows(Role.CITY, SOMEONE_ELSE, dossier(ADVISOR))).isFalse();
		assertThat(AccessPolicy.allows(Role.CITY, SOMEONE_ELSE, dossier(ADVISOR), APPLICATION, Set.of("1"))).isFalse();
	}

}
