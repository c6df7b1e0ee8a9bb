package ca.pignon.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import ca.pignon.platform.Refused.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules a correction meets in the service, and which address corrections matter for eligibility. */
class CorrectionPolicyTests {

	static final Storefront ON_FILE = new Storefront("350", "rue Abraham-Martin", null, "Québec", "G1K 8N1",
			ReceptionMode.STOREFRONT);

	@Test
	void theSameAddressTypedAgainDifferentlyOrWithAnotherUnitDoesNotMatter() {
		// given the address typed again in other case, accents, spacing and punctuation, or with a unit
		var retyped = new Storefront(" 350 ", "Rue Abraham Martin", null, "QUEBEC", "g1k8n1", ReceptionMode.STOREFRONT);
		var withUnit = new Storefront("350", "rue Abraham-Martin", "local 4", "Québec", "G1K 8N1",
				ReceptionMode.STOREFRONT);
		// then
		assertThat(CorrectionPolicy.mattersForEligibility(ON_FILE, retyped)).isFalse();
		assertThat(CorrectionPolicy.mattersForEligibility(ON_FILE, withUnit)).isFalse();
	}

	@Test
	void anotherNumberStreetMunicipalityPostalCodeOrWayOfReceivingMatters() {
		var s = ON_FILE;
		List<Storefront> changed = List.of(
				new Storefront("352", s.street(), null, s.municipality(), s.postalCode(), s.receptionMode()),
				new Storefront(s.civicNumber(), "rue Saint-Paul", null, s.municipality(), s.postalCode(), s.receptionMode()),
				new Storefront(s.civicNumber(), s.street(), null, "Lévis", s.postalCode(), s.receptionMode()),
				new Storefront(s.civicNumber(), s.street(), null, s.municipality(), "G1R 4P5", s.receptionMode()),
				new Storefront(s.civicNumber(), s.street(), null, s.municipality(), s.postalCode(),
						ReceptionMode.values()[(s.receptionMode().ordinal() + 1) % ReceptionMode.values().length]));
		assertThat(changed).allSatisfy(after -> assertThat(CorrectionPolicy.mattersForEligibility(ON_FILE, after))
			.as(after.toString())
			.isTrue());
		assertThat(CorrectionPolicy.mattersForEligibility(null, ON_FILE)).isTrue();
	}

	@Test
	void aContactNeedsNamesAndAPhoneThatIsOne() {
		assertThat(CorrectionPolicy.contact(new Contact("Rosalie", "Gingras", "418 555-0123"))).isEmpty();
		assertThat(CorrectionPolicy.contact(new Contact("Rosalie", "Gingras", null))).isEmpty();
		assertThat(CorrectionPolicy.contact(new Contact(" ", "x".repeat(CorrectionPolicy.NAME_MAX + 1), "pas un numéro")))
			.extracting(Problem::field, Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("firstName", "intake.contact.firstName.required"),
					org.assertj.core.groups.Tuple.tuple("lastName", "intake.field.tooLong"),
					org.assertj.core.groups.Tuple.tuple("phone", "intake.contact.phone.invalid"));
	}

	@Test
	void linksMustBeLinksAndAnAddressComplete() {
		assertThat(CorrectionPolicy.links("https://fromagerie.exemple.ca", null, "@fromagerie", null)).isEmpty();
		assertThat(CorrectionPolicy.links("pas un lien", "https://nulle part", null, "x".repeat(1001)))
			.extracting(Problem::field)
			.containsExactly("website", "facebook", "otherLinks");
		assertThat(CorrectionPolicy.storefront(ON_FILE)).isEmpty();
		assertThat(CorrectionPolicy.storefront(new Storefront("", "rue Abraham-Martin", null, "Québec", "12345",
				ReceptionMode.STOREFRONT)))
			.extracting(Problem::field, Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("civicNumber", "intake.storefront.civicNumber.required"),
					org.assertj.core.groups.Tuple.tuple("postalCode", "intake.storefront.postalCode.invalid"));
	}

}
