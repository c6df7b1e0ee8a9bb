package ca.pignon.intake;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

import ca.pignon.territory.TerritoryManagement;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.ApplicationFixture.storefront;
import static ca.pignon.intake.ApplicationFixture.unknownStreet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A whole registration through the module's API, from the account to the decision: every eligibility outcome and
 * what is kept of it.
 */
@IntakeSpringTest
@ExtendWith(PublishedEventsExtension.class)
class IntakeIntegrationTests {

	@Autowired
	IntakeManagement intake;

	@Autowired
	TerritoryManagement territory;

	@Autowired
	EligibilitySettings rules;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', nullValues = "-", textBlock = """
			storefront at an indexed address;      350; rue Abraham-Martin;   Québec;  G1K 8N1; STOREFRONT;     ELIGIBLE;     IN_PROGRAM_TERRITORY;      ADDRESS_INDEX
			premises by appointment;               350; rue Abraham-Martin;   Québec;  G1K 8N1; BY_APPOINTMENT; ELIGIBLE;     IN_PROGRAM_TERRITORY;      ADDRESS_INDEX
			home-based;                            350; rue Abraham-Martin;   Québec;  G1K 8N1; HOME_BASED;     NOT_ELIGIBLE; HOME_BASED;                ADDRESS_INDEX
			online only;                           350; rue Abraham-Martin;   Québec;  G1K 8N1; ONLINE_ONLY;    NOT_ELIGIBLE; ONLINE_ONLY;               ADDRESS_INDEX
			customers received another way;        350; rue Abraham-Martin;   Québec;  G1K 8N1; OTHER;          TO_VERIFY;    RECEPTION_TO_CONFIRM;      ADDRESS_INDEX
			unknown street, postal code of Québec; 12;  rue Qui-N'existe-Pas; Québec;  G1R 4P5; STOREFRONT;     TO_VERIFY;    APPROXIMATE_LOCATION;      POSTAL_CODE
			unknown street in Lévis, Lévis named;  12;  rue Qui-N'existe-Pas; Lévis;   G6V 1A1; STOREFRONT;     NOT_ELIGIBLE; OUTSIDE_PROGRAM_TERRITORY; POSTAL_CODE
			unknown street in Lévis, Québec named; 12;  rue Qui-N'existe-Pas; Québec;  G6V 1A1; STOREFRONT;     TO_VERIFY;    APPROXIMATE_LOCATION;      POSTAL_CODE
			postal code of another province;       12;  rue Qui-N'existe-Pas; Toronto; M5V 3L9; STOREFRONT;     TO_VERIFY;    ADDRESS_NOT_FOUND;         -
			downtown Montréal, Montréal named;     1001; rue Sainte-Catherine O.; Montréal; H3B 1H4; STOREFRONT; NOT_ELIGIBLE; FAR_OUTSIDE_PROGRAM_TERRITORY; POSTAL_CODE
			downtown Montréal, Québec named;       1001; rue Sainte-Catherine O.; Québec; H3B 1H4; STOREFRONT; TO_VERIFY; MUNICIPALITY_CONTRADICTS_LOCATION; POSTAL_CODE
			""")
	void decidesAtSubmissionAndRecordsEveryDecision(String situation, String civicNumber, String street,
			String municipality, String postalCode, ReceptionMode reception, Eligibility expected,
			String expectedReasons, String expectedMethod, AssertablePublishedEvents events) {
		// given
		String name = "Commerce " + UUID.randomUUID();
		var application = anApplication(intake).named(name)
			.at(storefront(civicNumber, street, municipality, postalCode, reception));

		// when
		var submitted = application.submit();

		// then
		var stored = intake.application(submitted.id(), FRENCH);
		assertThat(stored.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(stored.submittedAt()).isNotNull();
		assertThat(stored.assessment().eligibility()).isEqualTo(expected);
		assertThat(stored.assessment().reasons()).containsExactlyElementsOf(reasons(expectedReasons));
		assertThat(stored.assessment().decidedByStaff()).isFalse();
		assertThat(stored.location() == null ? null : stored.location().geocodeMethod()).isEqualTo(expectedMethod);
		var listed = intake.search(new ApplicationFilter(null, null, null, null, null, null, null, name), 0);
		assertThat(listed.rows()).singleElement().satisfies(row -> {
			assertThat(row.id()).isEqualTo(submitted.id());
			assertThat(row.eligibility()).isEqualTo(expected);
		});
		assertThat(intake.changesOf(submitted.id())).extracting(ApplicationChange::action).containsExactly("SUBMITTED");
		assertThat(events).contains(ApplicationSubmitted.class)
			.matching(ApplicationSubmitted::applicationId, submitted.id())
			.matching(ApplicationSubmitted::eligibility, expected);
		assertThat(confirmationsTo(application.email())).hasSize(1);
	}

	@Test
	void recordsTheArrondissementAndQuartierOfAnEligibleStorefrontWithItsEvidence() {
		// given the Québec bus station, an address of the index
		var application = anApplication(intake)
			.at(storefront("350", "rue Abraham-Martin", "Québec", "G1K 8N1", ReceptionMode.STOREFRONT));

		// when
		var submitted = application.submit();

		// then
		var location = intake.application(submitted.id(), FRENCH).location();
		assertThat(location.geocodeMethod()).isEqualTo("ADDRESS_INDEX");
		assertThat(location.locationApproximate()).isFalse();
		assertThat(location.latitude()).isEqualTo(Places.BUS_STATION.latitude());
		assertThat(location.longitude()).isEqualTo(Places.BUS_STATION.longitude());
		assertThat(location.municipalityCode()).isEqualTo(Places.QUEBEC);
		assertThat(location.inProgramTerritory()).isTrue();
		assertThat(location.arrondissementCode()).isEqualTo(Places.LA_CITE_LIMOILOU);
		assertThat(location.arrondissementName()).isEqualTo("La Cité-Limoilou");
		assertThat(location.quartierName()).isEqualTo("Vieux-Québec—Cap-Blanc—Colline parlementaire");
		assertThat(location.polygonPrecision()).isEqualTo("EXACT");
		assertThat(location.programEdgeDistanceM()).isGreaterThan(rules.edgeMarginMeters());
		assertThat(submitted.assessment().rulesVersion())
			.isEqualTo(rules.version() + "/" + territory.boundariesVersion());
	}

	@Test
	void keepsThePostalCodeCentroidAsTheEvidenceOfAnUnknownStreet() {
		// given a street the index does not know, in postal area G1R (centroid 46.8074, -71.2181 in the FSA file)
		var application = anApplication(intake).at(unknownStreet("Québec", "G1R 4P5", ReceptionMode.STOREFRONT));

		// when
		var location = application.submit().location();

		// then
		assertThat(location.geocodeMethod()).isEqualTo("POSTAL_CODE");
		assertThat(location.locationApproximate()).isTrue();
		assertThat(location.latitude()).isEqualTo(46.8074);
		assertThat(location.longitude()).isEqualTo(-71.2181);
		assertThat(location.municipalityCode()).isEqualTo(Places.QUEBEC);
	}

	@Test
	void refusesAtOnceWhenThePostalCodeAndTheNamedMunicipalityBothSayLevis() {
		// given postal area G6V, whose centroid lies in Lévis, in no polygon of the agglomeration
		var application = anApplication(intake).at(unknownStreet("Lévis", "G6V 1A1", ReceptionMode.STOREFRONT));

		// when
		var submitted = application.submit();

		// then
		assertThat(submitted.assessment().eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
		assertThat(submitted.location().inProgramTerritory()).isFalse();
		assertThat(submitted.location().municipalityCode()).isNull();
		assertThat(submitted.location().locationApproximate()).isTrue();
	}

	@Test
	void publishesApplicationSubmitted(AssertablePublishedEvents events) {
		// given
		var application = anApplication(intake);

		// when
		var submitted = application.submit();

		// then
		assertThat(events).contains(ApplicationSubmitted.class)
			.matching(ApplicationSubmitted::applicationId, submitted.id())
			.matching(ApplicationSubmitted::accountId, submitted.accountId())
			.matching(ApplicationSubmitted::eligibility, Eligibility.ELIGIBLE)
			.matching(ApplicationSubmitted::submittedAt, submitted.submittedAt());
	}

	@Test
	void writesTheSubmissionInTheAuditTrail() {
		// when
		var submitted = anApplication(intake).receiving(ReceptionMode.HOME_BASED).submit();

		// then
		assertThat(intake.changesOf(submitted.id())).singleElement().satisfies(change -> {
			assertThat(change.action()).isEqualTo("SUBMITTED");
			assertThat(change.actorName()).isEqualTo("Rosalie Gingras");
			assertThat(change.at()).isEqualTo(intake.application(submitted.id(), FRENCH).submittedAt());
			assertThat(change.after()).isEqualTo("NOT_ELIGIBLE HOME_BASED");
		});
	}

	@Test
	void queuesTheConfirmationMailInTheOutbox() {
		// given
		var application = anApplication(intake).named("Quincaillerie Lachance");

		// when
		application.submit();

		// then
		assertThat(confirmationsTo(application.email())).singleElement()
			.asString()
			.startsWith("Bonjour Rosalie,")
			.contains("la candidature de Quincaillerie Lachance", "Admissibilité : Admissible.");
	}

	@Test
	void refusesToSubmitAnIncompleteDraft() {
		// given a draft stopped after the storefront step
		var application = anApplication(intake);
		var account = application.draft(2);

		// when / then
		assertThatThrownBy(() -> intake.submit(account, FRENCH)).isInstanceOf(IntakeRefused.class)
			.extracting(refused -> ((IntakeRefused) refused).messageKey())
			.isEqualTo("intake.refused.incomplete");
		var draft = intake.applicationOf(account, FRENCH).orElseThrow();
		assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(draft.assessment()).isNull();
		assertThat(intake.changesOf(draft.id())).isEmpty();
		assertThat(confirmationsTo(application.email())).isEmpty();
	}

	@Test
	void refusesToSubmitUntilTheAddressIsVerifiedThenTakesTheSameDraft() {
		// given a merchant who answered every step but never opened the verification mail
		var application = anApplication(intake).named("Fromagerie " + UUID.randomUUID());
		var account = application.unverifiedDraft(4);
		var before = intake.applicationOf(account, FRENCH).orElseThrow();

		// when they submit
		var refusal = catchThrowableOfType(IntakeRefused.class, () -> intake.submit(account, FRENCH));

		// then it is refused with its own reason, and nothing of the draft changed nor was decided
		assertThat(refusal.messageKey()).isEqualTo("intake.refused.emailNotVerified");
		assertThat(intake.applicationOf(account, FRENCH)).contains(before);
		assertThat(before.status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(intake.changesOf(before.id())).isEmpty();
		assertThat(confirmationsTo(application.email())).isEmpty();

		// when they follow the link of the mail and submit again
		application.followVerificationLink(account);
		var submitted = intake.submit(account, FRENCH);

		// then the same draft is submitted and decided
		assertThat(submitted.id()).isEqualTo(before.id());
		assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(submitted.business()).isEqualTo(before.business());
		assertThat(confirmationsTo(application.email())).hasSize(1);
	}

	@Test
	void refusesASecondSubmission() {
		// given
		var submitted = anApplication(intake).submit();
		var before = intake.application(submitted.id(), FRENCH);

		// when / then
		assertThatThrownBy(() -> intake.submit(submitted.accountId(), FRENCH)).isInstanceOf(IntakeRefused.class)
			.extracting(refused -> ((IntakeRefused) refused).messageKey())
			.isEqualTo("intake.refused.alreadySubmitted");
		assertThat(intake.changesOf(submitted.id())).hasSize(1);
		assertThat(intake.application(submitted.id(), FRENCH)).isEqualTo(before);
	}

	@Test
	void keepsADraftBetweenSessions() {
		// given a merchant who described the business and the storefront, then left
		var application = anApplication(intake).named("Boutique Lina").trading("Chez Lina");
		var account = application.draft(2);

		// when they come back
		var draft = intake.applicationOf(account, FRENCH).orElseThrow();

		// then
		assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(draft.completedSteps()).isEqualTo(2);
		assertThat(draft.business()).isEqualTo(application.business());
		assertThat(draft.storefront()).isEqualTo(application.storefront());
		assertThat(draft.online()).isNull();
		assertThat(draft.commitment()).isNull();
		assertThat(draft.displayName()).isEqualTo("Chez Lina");
	}

	@Test
	void countsTheStepsAsTheyAreDescribed() {
		// given
		var application = anApplication(intake);
		var account = application.register();

		// when / then
		assertThat(intake.applicationOf(account, FRENCH).orElseThrow().completedSteps()).isZero();
		intake.describeBusiness(account, application.business());
		assertThat(intake.applicationOf(account, FRENCH).orElseThrow().completedSteps()).isEqualTo(1);
		// describing an earlier step again never goes back
		intake.describeStorefront(account, application.storefront());
		intake.describeBusiness(account, application.business());
		assertThat(intake.applicationOf(account, FRENCH).orElseThrow().completedSteps()).isEqualTo(2);
	}

	@Test
	void refusesAnUnknownSectorWithoutTouchingTheDraft() {
		// given
		var application = anApplication(intake);
		var account = application.draft(1);

		// when / then
		assertThatThrownBy(() -> intake.describeBusiness(account, new Business("Autre nom", null, null, "999999", 2)))
			.isInstanceOf(IntakeRefused.class)
			.extracting(refused -> ((IntakeRefused) refused).messageKey())
			.isEqualTo("intake.business.naicsCode.unknown");
		assertThat(intake.applicationOf(account, FRENCH).orElseThrow().business()).isEqualTo(application.business());
	}

	private List<String> confirmationsTo(String email) {
		return jdbc.sql("SELECT body FROM platform_mail WHERE recipient = :email AND subject = :subject")
			.param("email", email)
			.param("subject", MessageFiles.french("intake.mail.submitted.subject"))
			.query(String.class)
			.list();
	}

	private static List<EligibilityReason> reasons(String names) {
		return Arrays.stream(names.split(",")).map(String::strip).map(EligibilityReason::valueOf).toList();
	}

}
