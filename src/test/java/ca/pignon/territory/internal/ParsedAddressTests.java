package ca.pignon.territory.internal;

import org.junit.jupiter.api.Test;

import ca.pignon.territory.AddressQuery;
import ca.pignon.territory.PostalCode;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedAddressTests {

	@Test
	void splitsAPostalAddress() {
		// when
		var address = ParsedAddress.of("101-2280 boul. Monseigneur-Gosselin, app. 3, Québec (Québec) g1j-1a1, Canada");

		// then
		assertThat(address.civic()).isEqualTo(new CivicNumber(2280, ""));
		assertThat(address.street()).isEqualTo("boul. Monseigneur-Gosselin");
		assertThat(address.municipality()).isEqualTo("Québec");
		assertThat(address.postalCode()).isEqualTo(new PostalCode("G1J 1A1"));
	}

	@Test
	void readsACivicNumberSetApartByAComma() {
		// when
		var address = ParsedAddress.of("2280, avenue Monseigneur-Gosselin, Québec, QC");

		// then
		assertThat(address.civic()).isEqualTo(new CivicNumber(2280, ""));
		assertThat(address.street()).isEqualTo("avenue Monseigneur-Gosselin");
		assertThat(address.municipality()).isEqualTo("Québec");
	}

	@Test
	void takesANumberedStreetForAStreetNotACivicNumber() {
		// when
		var address = ParsedAddress.of("13e Rue");

		// then
		assertThat(address.civic()).isNull();
		assertThat(address.street()).isEqualTo("13e Rue");
	}

	@Test
	void keepsTheCivicNumberBeforeANumberedStreet() {
		// when
		var address = ParsedAddress.of("185 13e Rue");

		// then
		assertThat(address.civic()).isEqualTo(new CivicNumber(185, ""));
		assertThat(address.street()).isEqualTo("13e Rue");
	}

	@Test
	void writesAFormAsOneLineForTextGeocoders() {
		// when
		var address = ParsedAddress
			.of(new AddressQuery("101-2280", " Avenue Monseigneur-Gosselin ", "101", "Québec", "g1j1a1"));

		// then
		assertThat(address.text()).isEqualTo("2280 Avenue Monseigneur-Gosselin, Québec, G1J 1A1");
	}

}
