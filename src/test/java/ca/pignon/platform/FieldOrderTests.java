package ca.pignon.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldOrderTests {

	record Storefront(String civicNumber, String street, String postalCode, String receptionMode) {
	}

	static class Contact {

		String firstName;

		String lastName;

	}

	static class Account extends Contact {

		String email;

	}

	final FieldOrder order = new FieldOrder();

	@Test
	void aFormsErrorsComeInTheOrderOfItsFieldsAfterTheFormsOwn() {
		var errors = List.of(new FormError("receptionMode", "Choisissez", false),
				new FormError("civicNumber", "Numéro", false), new FormError("", "Adresse hors territoire", true),
				new FormError("street", "Rue", false));

		assertThat(order.sorted(errors, new Storefront(null, null, null, null)))
			.extracting(e -> ((FormError) e).message())
			.containsExactly("Adresse hors territoire", "Numéro", "Rue", "Choisissez");
	}

	@Test
	void aSubclassesFieldsComeAfterItsParentsAndListsByTheirName() {
		var errors = List.of(new FormError("email", "Courriel", false), new FormError("lastName[0]", "Nom", false),
				new FormError("firstName.value", "Prénom", false));

		assertThat(order.sorted(errors, new Account()))
			.extracting(e -> ((FormError) e).message())
			.containsExactly("Prénom", "Nom", "Courriel");
	}

	@Test
	void withoutAFormOrForNamesItDoesNotKnowTheLinesKeepTheirOrder() {
		var errors = List.of(new FormError("q-12", "Deux", false), new FormError("q-3", "Trois", false));

		assertThat(order.sorted(errors, null)).isEqualTo(errors);
		assertThat(order.sorted(errors, new Storefront(null, null, null, null))).isEqualTo(errors);
		assertThat(order.sorted(null, null)).isEmpty();
	}

}
