package ca.pignon.territory;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import ca.pignon.shared.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Addresses written as people write them, against real rows of the shipped vdq-lieux-publics.csv.
 */
class GeocodingTests {

	/** Two places share 2280 avenue Monseigneur-Gosselin (an arena and a garden): the address is at their mean. */
	static final GeoPoint ARENA_BARDY = new GeoPoint((46.8441132 + 46.8451235) / 2, (-71.2230007 + -71.2243724) / 2);

	static final double DEGREE_TOLERANCE = 1e-7;

	TerritoryManagement territory = TerritoryFixture.territory();

	@ParameterizedTest(name = "\"{0}\"")
	@CsvSource(delimiter = ';', textBlock = """
			2280 avenue Monseigneur-Gosselin, Québec ; 46.84461835 ; -71.22368655 ; 2280 Avenue Monseigneur-Gosselin, Québec
			2280 AVENUE MONSEIGNEUR-GOSSELIN ; 46.84461835 ; -71.22368655 ; 2280 Avenue Monseigneur-Gosselin, Québec
			2280 av. Mgr-Gosselin ; 46.84461835 ; -71.22368655 ; 2280 Avenue Monseigneur-Gosselin, Québec
			'  2280   avenue   Monseigneur -  Gosselin  ' ; 46.84461835 ; -71.22368655 ; 2280 Avenue Monseigneur-Gosselin, Québec
			2410 ch. Ste-Foy ; 46.7864369 ; -71.2872856 ; 2410 Chemin Sainte-Foy, Québec
			2410 chemin St-Foy, Sainte-Foy ; 46.7864369 ; -71.2872856 ; 2410 Chemin Sainte-Foy, Québec
			370 rue St-Jean, Québec (Québec) ; 46.8089551 ; -71.2229405 ; 370 Rue Saint-Jean, Québec
			12155 boul. St-Claude ; 46.8456826 ; -71.3848355 ; 12155 Boulevard Saint-Claude, Québec
			12155 bd Saint Claude ; 46.8456826 ; -71.3848355 ; 12155 Boulevard Saint-Claude, Québec
			1070 boul. Pie-XI N. ; 46.8569078 ; -71.41584725 ; 1070 Boulevard Pie-XI Nord, Québec
			380 rue arago o ; 46.8074188 ; -71.232959 ; 380 Rue Arago Ouest, Québec
			9550 boulevard Ormiere ; 46.8363578 ; -71.3560144 ; 9550 Boulevard de l'Ormière, Québec
			1601 ch de la canardiere ; 46.8373405 ; -71.2226196 ; 1601 Chemin de la Canardière, Québec
			3430 BOUL NEILSON ; 46.7568886 ; -71.3111686 ; 3430 Boulevard Neilson, Québec
			185 13e rue ; 46.8277911 ; -71.2346245 ; 185 13e Rue, Québec
			1310 1ère Avenue ; 46.8273621 ; -71.2348745 ; 1310 1re Avenue, Québec
			101-2280 avenue Monseigneur-Gosselin ; 46.84461835 ; -71.22368655 ; 2280 Avenue Monseigneur-Gosselin, Québec
			'2280 avenue Monseigneur-Gosselin, app. 3, Québec' ; 46.84461835 ; -71.22368655 ; 2280 Avenue Monseigneur-Gosselin, Québec
			2280 avenue Monseigneur-Gosselin #3 ; 46.84461835 ; -71.22368655 ; 2280 Avenue Monseigneur-Gosselin, Québec
			'2410, chemin Sainte-Foy, Québec (Québec) G1V 1T3' ; 46.7864369 ; -71.2872856 ; 2410 Chemin Sainte-Foy, Québec
			2410 chemin Sainte-Foy Québec ; 46.7864369 ; -71.2872856 ; 2410 Chemin Sainte-Foy, Québec
			""")
	void findsTheCivicAddressHoweverItIsWritten(String text, double latitude, double longitude, String label) {
		// when
		List<GeocodeCandidate> candidates = territory.geocode(text);

		// then
		assertThat(candidates).isNotEmpty();
		GeocodeCandidate best = candidates.get(0);
		assertThat(best.method()).isEqualTo(GeocodeMethod.ADDRESS_INDEX);
		assertThat(best.approximate()).isFalse();
		assertThat(best.label()).isEqualTo(label);
		assertThat(best.point().latitude()).isCloseTo(latitude, within(DEGREE_TOLERANCE));
		assertThat(best.point().longitude()).isCloseTo(longitude, within(DEGREE_TOLERANCE));
	}

	@ParameterizedTest(name = "civic number \"{0}\"")
	@ValueSource(strings = { "2280", "101-2280", "2280, app. 3", "2280 #3", "2280 app 3", " 2280 " })
	void readsTheCivicNumberFieldWithItsUnit(String civicNumber) {
		// when
		List<GeocodeCandidate> candidates = territory
			.geocode(new AddressQuery(civicNumber, "av. Mgr-Gosselin", "3", "Québec", "G1J 1A1"));

		// then
		assertThat(candidates).first().satisfies(best -> {
			assertThat(best.method()).isEqualTo(GeocodeMethod.ADDRESS_INDEX);
			assertThat(best.point().latitude()).isCloseTo(ARENA_BARDY.latitude(), within(DEGREE_TOLERANCE));
			assertThat(best.point().longitude()).isCloseTo(ARENA_BARDY.longitude(), within(DEGREE_TOLERANCE));
		});
	}

	@Test
	void givesFullConfidenceToAnAddressWrittenInFull() {
		// when
		List<GeocodeCandidate> candidates = territory
			.geocode(new AddressQuery("2410", "Chemin Sainte-Foy", null, "Québec", "G1V 1T3"));

		// then
		assertThat(candidates).extracting(GeocodeCandidate::score).containsExactly(1.0);
	}

	@Test
	void acceptsAFormerMunicipalityAsTheMunicipality() {
		// when
		List<GeocodeCandidate> asSainteFoy = territory
			.geocode(new AddressQuery("2410", "Chemin Sainte-Foy", null, "Sainte-Foy", null));

		// then
		assertThat(asSainteFoy).extracting(GeocodeCandidate::score).containsExactly(1.0);
	}

	@Test
	void lowersButKeepsAnAddressWhoseMunicipalityDiffers() {
		// when
		List<GeocodeCandidate> candidates = territory
			.geocode(new AddressQuery("2410", "Chemin Sainte-Foy", null, "Lévis", null));

		// then
		assertThat(candidates).singleElement().satisfies(candidate -> {
			assertThat(candidate.method()).isEqualTo(GeocodeMethod.ADDRESS_INDEX);
			assertThat(candidate.score()).isLessThan(1.0).isGreaterThan(0.5);
		});
	}

	@Test
	void forgivesATypingMistakeInALongStreetName() {
		// when
		List<GeocodeCandidate> candidates = territory.geocode("2280 avenue Monseigneur-Gosselain");

		// then
		assertThat(candidates).first().satisfies(best -> {
			assertThat(best.method()).isEqualTo(GeocodeMethod.ADDRESS_INDEX);
			assertThat(best.label()).isEqualTo("2280 Avenue Monseigneur-Gosselin, Québec");
			assertThat(best.score()).isLessThan(1.0);
		});
	}

	@Test
	void placesAnUnknownCivicNumberOnItsStreetApproximately() {
		// given no 2400 on chemin Sainte-Foy in the index, but a 2410

		// when
		List<GeocodeCandidate> candidates = territory.geocode(new AddressQuery("2400", "ch. Sainte-Foy", null,
				"Québec", "G1V 1T3"));

		// then the nearest civic number stands in, and the postal code is not needed
		assertThat(candidates).singleElement().satisfies(candidate -> {
			assertThat(candidate.method()).isEqualTo(GeocodeMethod.ADDRESS_INDEX_STREET);
			assertThat(candidate.approximate()).isTrue();
			assertThat(candidate.score()).isLessThanOrEqualTo(0.5);
			assertThat(candidate.label()).isEqualTo("Chemin Sainte-Foy, Québec");
			assertThat(candidate.point()).isEqualTo(new GeoPoint(46.7864369, -71.2872856));
		});
	}

	@Test
	void placesAStreetWithoutCivicNumberOnOneOfItsAddresses() {
		// when
		List<GeocodeCandidate> candidates = territory.geocode("Avenue Monseigneur-Gosselin");

		// then
		assertThat(candidates).singleElement().satisfies(candidate -> {
			assertThat(candidate.method()).isEqualTo(GeocodeMethod.ADDRESS_INDEX_STREET);
			assertThat(candidate.approximate()).isTrue();
			assertThat(territory.locate(candidate.point()).quartier()).isNotNull();
		});
	}

	@Test
	void fallsBackOnTheCentroidOfThePostalCodeArea() {
		// when
		List<GeocodeCandidate> candidates = territory
			.geocode(new AddressQuery("12", "Rue Qui-N'existe-Pas", null, "Québec", "g1r4p5"));

		// then
		assertThat(candidates).singleElement().satisfies(candidate -> {
			assertThat(candidate.method()).isEqualTo(GeocodeMethod.POSTAL_CODE);
			assertThat(candidate.approximate()).isTrue();
			assertThat(candidate.point()).isEqualTo(new GeoPoint(46.8074, -71.2181));
			assertThat(candidate.label()).startsWith("G1R");
			assertThat(candidate.score()).isLessThan(0.25);
		});
	}

	@Test
	void callsTheCentroidOfAnAreaThatStraddlesTwoMunicipalitiesApproximate() {
		// given G2E, shared by Québec and L'Ancienne-Lorette

		// when
		List<GeocodeCandidate> candidates = territory.geocode("G2E-1A1");

		// then
		assertThat(candidates).singleElement().satisfies(candidate -> {
			assertThat(candidate.method()).isEqualTo(GeocodeMethod.POSTAL_CODE);
			assertThat(candidate.approximate()).isTrue();
			assertThat(candidate.point()).isEqualTo(new GeoPoint(46.8083, -71.3605));
		});
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "G1R 4P", "G1R 4P55", "Q1R 4P5", "G1D 4P5", "K1A 0B1", "H2X", "12345", "G1R  4P5" })
	void ignoresAnInvalidPostalCode(String postalCode) {
		// when
		List<GeocodeCandidate> candidates = territory
			.geocode(new AddressQuery("12", "Rue Qui-N'existe-Pas", null, null, postalCode));

		// then
		assertThat(candidates).isEmpty();
	}

	@Test
	void findsNothingForNonsense() {
		// when
		List<GeocodeCandidate> candidates = territory.geocode("zzz qqq");

		// then
		assertThat(candidates).isEmpty();
	}

}
