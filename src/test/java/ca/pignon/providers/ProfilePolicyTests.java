package ca.pignon.providers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a provider's edit of their profile does: widening the vetted services or areas waits for a manager, whole;
 * narrowing them and changing the rest applies at once; the same rules as the application check it.
 */
class ProfilePolicyTests {

	static final ProviderDetails WEBSITE_IN_QUEBEC = new ProviderDetails(ProviderId.random(), "Agence", "1234567890",
			"Léa", "lea@agence.ca", "418 555-0100", "", Set.of("website", "booking"), false, List.of("Québec"),
			Set.of("fr"), "", "", "r1", "r2", Instant.now(), ProviderStatus.APPROVED, true, true, true, "", null,
			LocalDate.now().plusMonths(6), false, 0);

	@Test
	void aServiceAddedWaitsWithTheWholeScopeAskedForWhileThePhoneChangesAtOnce() {
		// when
		var outcome = ProfilePolicy.decide(WEBSITE_IN_QUEBEC,
				edit("418 555-0199", Set.of("website", "photography"), false, List.of("Québec")));
		// then
		assertThat(outcome.applied()).extracting(ProfilePolicy.Change::field).containsExactly("phone");
		assertThat(outcome.waiting().services()).containsExactlyInAnyOrder("website", "photography");
		assertThat(outcome.waitingChanges()).extracting(ProfilePolicy.Change::field).containsExactly("services");
	}

	@Test
	void aMunicipalityAddedOrTheWholeTerritoryWaits() {
		assertThat(ProfilePolicy.decide(WEBSITE_IN_QUEBEC,
				edit("418 555-0100", Set.of("website", "booking"), false, List.of("Québec", "L'Ancienne-Lorette")))
			.waiting()).isNotNull();
		var whole = ProfilePolicy.decide(WEBSITE_IN_QUEBEC,
				edit("418 555-0100", Set.of("website", "booking"), true, List.of()));
		assertThat(whole.waiting()).isNotNull();
		assertThat(whole.waitingChanges()).singleElement()
			.satisfies(change -> assertThat(change.after()).isEqualTo(ProfilePolicy.WHOLE_TERRITORY));
	}

	@Test
	void removingAServiceAppliesAtOnceAndNothingWaits() {
		var outcome = ProfilePolicy.decide(WEBSITE_IN_QUEBEC,
				edit("418 555-0100", Set.of("website"), false, List.of("Québec")));
		assertThat(outcome.waiting()).isNull();
		assertThat(outcome.applied()).singleElement().satisfies(change -> {
			assertThat(change.field()).isEqualTo("services");
			assertThat(change.before()).isEqualTo("booking, website");
			assertThat(change.after()).isEqualTo("website");
		});
	}

	@Test
	void anEditWithoutChangeChangesNothing() {
		var outcome = ProfilePolicy.decide(WEBSITE_IN_QUEBEC,
				edit("418 555-0100", Set.of("website", "booking"), false, List.of("Québec")));
		assertThat(outcome.applied()).isEmpty();
		assertThat(outcome.waiting()).isNull();
	}

	@Test
	void theApplicationsRulesCheckTheEdit() {
		var problems = ProfilePolicy.problems(WEBSITE_IN_QUEBEC,
				new ProfileEdit("", "", "pas une adresse", Set.of(), false, List.of(), Set.of(), "", ""),
				Set.of("website", "booking", "photography"));
		assertThat(problems).extracting(ca.pignon.platform.Refused.Problem::field)
			.contains("contactName", "website", "services", "municipalities", "languages");
	}

	private static ProfileEdit edit(String phone, Set<String> services, boolean whole, List<String> municipalities) {
		return new ProfileEdit("Léa", phone, "", services, whole, municipalities, Set.of("fr"), "", "");
	}

}
