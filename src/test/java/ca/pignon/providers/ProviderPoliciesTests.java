package ca.pignon.providers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ca.pignon.platform.Refused.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory's and the brief's rules, each in its own words. */
class ProviderPoliciesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	static final Set<String> SERVICES = Set.of("website", "booking");

	@Test
	void anApplicationNeedsTenDigitsTwoReferencesAKnownServiceAndTheCharter() {
		var application = new ProviderApplication("Agence", "12345", "Léa", "pas-un-courriel", "", "ftp://x",
				Set.of("teleportation"), false, List.of(), Set.of(), "", "https://ok.ca\npas un lien", "", "  ", false);
		assertThat(fields(ApplicationPolicy.problems(application, SERVICES))).containsExactlyInAnyOrder("neq", "email",
				"services", "municipalities", "languages", "website", "portfolio", "referenceOne", "referenceTwo",
				"charterAccepted");
		assertThat(ApplicationPolicy.problems(valid(), SERVICES)).isEmpty();
	}

	@Test
	void approvingNeedsTheWholeChecklistAndRefusingOrSuspendingAReason() {
		assertThat(fields(VettingPolicy.problems(new Vetting(true, false, true, true, ""), ProviderStatus.PENDING)))
			.containsExactly("referencesCalled");
		assertThat(VettingPolicy.problems(new Vetting(true, true, true, true, ""), ProviderStatus.PENDING)).isEmpty();
		assertThat(fields(VettingPolicy.problems(new Vetting(false, false, false, false, " "), ProviderStatus.PENDING)))
			.containsExactly("reason");
		assertThat(fields(VettingPolicy.suspension("", ProviderStatus.APPROVED))).containsExactly("reason");
		assertThat(VettingPolicy.suspension("Plainte", ProviderStatus.PENDING)).extracting(Problem::messageKey)
			.containsExactly("providers.suspension.notApproved");
		assertThat(VettingPolicy.approvedUntil(TODAY, 12)).isEqualTo(LocalDate.of(2027, 12, 7));
	}

	@Test
	void aProviderFitsWhenVettedOfferingTheServiceInTheMerchantsMunicipalityAndLanguage() {
		ProviderDetails remote = provider(ProviderStatus.APPROVED, TODAY.plusDays(1), true, List.of(), Set.of("fr"));
		ProviderDetails local = provider(ProviderStatus.APPROVED, TODAY, false, List.of("L'Ancienne-Lorette"),
				Set.of("fr", "en"));
		assertThat(FitPolicy.fits(remote, "website", "Québec", "fr", TODAY)).isTrue();
		assertThat(FitPolicy.fits(remote, "booking", "Québec", "fr", TODAY)).as("service").isFalse();
		assertThat(FitPolicy.fits(remote, "website", "Québec", "en", TODAY)).as("language").isFalse();
		assertThat(FitPolicy.fits(local, "website", "l'ancienne-lorette", "en", TODAY)).isTrue();
		assertThat(FitPolicy.fits(local, "website", "Québec", "fr", TODAY)).as("municipality").isFalse();
		assertThat(FitPolicy.fits(local, "website", "L'Ancienne-Lorette", "fr", TODAY.plusDays(1)))
			.as("past its approval: to renew").isFalse();
		assertThat(FitPolicy.fits(provider(ProviderStatus.SUSPENDED, TODAY.plusYears(1), true, List.of(), Set.of("fr")),
				"website", "Québec", "fr", TODAY)).as("suspended").isFalse();
	}

	@Test
	void aBriefIsRefusedAPastDateAnUpsideDownBudgetAndAnUnknownService() {
		var bad = new BriefEdit("teleportation", " ", "", "", "", "", 5000, 1000, TODAY.minusDays(1), "de");
		assertThat(fields(BriefPolicy.problems(bad, SERVICES, TODAY))).containsExactlyInAnyOrder("service", "title",
				"budgetMax", "wantedBy", "language");
		var negative = new BriefEdit("website", "Site", "", "", "", "", -1, null, null, "fr");
		assertThat(fields(BriefPolicy.problems(negative, SERVICES, TODAY))).containsExactly("budgetMin");
	}

	@Test
	void aBriefGoesOutToAtLeastOneProviderAndToThreeWhenThreeFitWithAReasonableDeadline() {
		assertThat(SendPolicy.problems(BriefStatus.DRAFT, 0, 0, 3, TODAY.plusDays(10), TODAY))
			.extracting(Problem::messageKey)
			.containsExactly("providers.send.noProvider");
		assertThat(SendPolicy.problems(BriefStatus.DRAFT, 2, 5, 3, TODAY.plusDays(10), TODAY))
			.extracting(Problem::messageKey)
			.containsExactly("providers.send.tooFew");
		assertThat(SendPolicy.problems(BriefStatus.DRAFT, 2, 2, 3, TODAY.plusDays(10), TODAY)).as("only two fit")
			.isEmpty();
		assertThat(SendPolicy.problems(BriefStatus.DRAFT, 3, 5, 3, TODAY.minusDays(1), TODAY))
			.extracting(Problem::messageKey)
			.containsExactly("providers.date.past");
		assertThat(SendPolicy.problems(BriefStatus.DRAFT, 3, 5, 3, TODAY.plusDays(1), TODAY))
			.extracting(Problem::messageKey)
			.containsExactly("providers.send.answerBy.range");
		assertThat(SendPolicy.problems(BriefStatus.SENT, 3, 5, 3, TODAY.plusDays(10), TODAY))
			.extracting(Problem::messageKey)
			.containsExactly("providers.send.notDraft");
	}

	@Test
	void aQuoteHasNoNegativePriceAndATimelineOfOneWeekToTwoYears() {
		var negative = new Quote(new BigDecimal("-1"), new BigDecimal("-5"), "Site", 0, DomainOwner.MERCHANT,
				ContentOwner.MERCHANT, "", true, Accessibility.WCAG_AA, Hosting.CANADA);
		assertThat(QuotePolicy.problems(negative)).extracting(Problem::field)
			.containsExactlyInAnyOrder("oneTime", "yearly", "weeks");
		assertThat(QuotePolicy.problems(ComparisonPolicyTests.quote("1500", null, 6))).isEmpty();
	}

	static ProviderApplication valid() {
		return new ProviderApplication("Agence", "1234567890", "Léa", "lea@agence.ca", "", "https://agence.ca",
				Set.of("website"), true, List.of(), Set.of("fr"), "", "https://agence.ca/travaux", "Client 1",
				"Client 2", true);
	}

	static ProviderDetails provider(ProviderStatus status, LocalDate until, boolean whole, List<String> municipalities,
			Set<String> languages) {
		return new ProviderDetails(ProviderId.random(), "Agence", "1234567890", "Léa", "lea@agence.ca", "", "",
				Set.of("website"), whole, municipalities, languages, "", "", "r1", "r2", Instant.now(), status, true,
				true, true, "", null, until, false, 0);
	}

	private static List<String> fields(List<Problem> problems) {
		return problems.stream().map(Problem::field).toList();
	}

}
