package ca.pignon.territory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import ca.pignon.platform.Refused.Problem;
import ca.pignon.territory.internal.TerritoryBoundaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What an uploaded SDC layer must be, against the shipped boundaries: each problem with its message key, the feature's
 * number and its name, all of them at once.
 */
class SdcUploadPolicyTests {

	static final String SAINT_ROCH = "[[[-71.232, 46.808], [-71.200, 46.808], [-71.200, 46.822], [-71.232, 46.822], [-71.232, 46.808]]]";

	static final String CHARLESBOURG = "[[[-71.266, 46.856], [-71.252, 46.856], [-71.252, 46.868], [-71.266, 46.868], [-71.266, 46.856]]]";

	/** A square in Montréal, 230 km from the program territory. */
	static final String MONTREAL = "[[[-73.60, 45.50], [-73.58, 45.50], [-73.58, 45.52], [-73.60, 45.52], [-73.60, 45.50]]]";

	final SdcUploadPolicy policy;

	SdcUploadPolicyTests() {
		TerritoryBoundaries boundaries = TerritoryFixture.boundaries().boundaries();
		policy = new SdcUploadPolicy(boundaries.projection(), boundaries.programTerritory());
	}

	@Test
	void acceptsPolygonsAndMultiPolygonsNamedByNameOrNom() throws Exception {
		byte[] file = getClass().getResourceAsStream("/territory/sdc-test.geojson").readAllBytes();
		var features = policy.check(file);
		assertThat(features).extracting(SdcUploadPolicy.SdcFeature::area)
			.containsExactly(new Area("sdc-saint-roch-essai", "SDC Saint-Roch (essai)"),
					new Area("sdc-charlesbourg-essai", "SDC Charlesbourg (essai)"));
	}

	@Test
	void refusesNoFileAndAFileTooLarge() {
		assertThat(problems(new byte[0])).containsExactly("territory.sdc.error.noFile []");
		assertThat(problems(new byte[SdcUploadPolicy.MAX_BYTES + 1])).containsExactly("territory.sdc.error.tooLarge [5]");
	}

	@Test
	void refusesWhatIsNotAFeatureCollection() {
		assertThat(problems("{ not json")).containsExactly("territory.sdc.error.notGeoJson []");
		assertThat(problems("{\"type\": \"Feature\", \"features\": []}")).containsExactly("territory.sdc.error.notGeoJson []");
		assertThat(problems("[1, 2]")).containsExactly("territory.sdc.error.notGeoJson []");
		assertThat(problems(collection())).containsExactly("territory.sdc.error.noFeatures []");
	}

	@Test
	void refusesTooManyAreas() {
		String[] features = IntStream.range(0, SdcUploadPolicy.MAX_AREAS + 1)
			.mapToObj(i -> feature("\"name\": \"SDC " + i + "\"", "Polygon", SAINT_ROCH))
			.toArray(String[]::new);
		assertThat(problems(collection(features))).containsExactly("territory.sdc.error.tooMany [501, 500]");
	}

	@Test
	void refusesAnAreaWithoutAName() {
		assertThat(problems(collection(feature("\"name\": \"  \"", "Polygon", SAINT_ROCH),
				feature("\"code\": \"7\"", "Polygon", CHARLESBOURG))))
			.containsExactly("territory.sdc.error.noName [1]", "territory.sdc.error.noName [2]");
	}

	@Test
	void refusesANameTooLong() {
		assertThat(problems(collection(feature("\"name\": \"" + "x".repeat(201) + "\"", "Polygon", SAINT_ROCH))))
			.containsExactly("territory.sdc.error.nameTooLong [1, 200]");
	}

	@Test
	void refusesTwoAreasOfTheSameName() {
		assertThat(problems(collection(feature("\"name\": \"SDC Saint-Roch\"", "Polygon", SAINT_ROCH),
				feature("\"nom\": \"SDC Charlesbourg\"", "Polygon", CHARLESBOURG),
				feature("\"nom\": \"sdc saint-roch\"", "Polygon", SAINT_ROCH))))
			.containsExactly("territory.sdc.error.duplicateName [3, sdc saint-roch, 1]");
	}

	@Test
	void refusesWhatIsNotAPolygon() {
		assertThat(problems(collection(feature("\"name\": \"Un point\"", "Point", "[-71.22, 46.81]"),
				feature("\"name\": \"Rien\"", "", "[]"))))
			.containsExactly("territory.sdc.error.notPolygon [1, Un point, Point]",
					"territory.sdc.error.notPolygon [2, Rien, —]");
	}

	@Test
	void refusesCoordinatesThatAreNotDegrees() {
		assertThat(problems(collection(
				feature("\"name\": \"Texte\"", "Polygon", "[[[\"a\", 46.8], [-71.2, 46.8], [-71.2, 46.9], [\"a\", 46.8]]]"),
				feature("\"name\": \"Mètres\"", "Polygon", "[[[250000, 5190000], [251000, 5190000], [251000, 5191000], [250000, 5190000]]]"))))
			.containsExactly("territory.sdc.error.coordinates [1, Texte]", "territory.sdc.error.coordinates [2, Mètres]");
	}

	@Test
	void refusesARingNotClosedOrTooShort() {
		assertThat(problems(collection(
				feature("\"name\": \"Ouvert\"", "Polygon", "[[[-71.232, 46.808], [-71.200, 46.808], [-71.200, 46.822], [-71.232, 46.822]]]"),
				feature("\"name\": \"Court\"", "Polygon", "[[[-71.232, 46.808], [-71.200, 46.808], [-71.232, 46.808]]]"))))
			.containsExactly("territory.sdc.error.ringNotClosed [1, Ouvert]", "territory.sdc.error.ringTooShort [2, Court]");
	}

	@Test
	void refusesAnOutlineThatCrossesItselfAndSaysWhere() {
		// a bow tie: its two diagonals cross at the middle
		var problems = problems(collection(feature("\"name\": \"Nœud\"", "Polygon",
				"[[[-71.232, 46.808], [-71.200, 46.822], [-71.200, 46.808], [-71.232, 46.822], [-71.232, 46.808]]]")));
		assertThat(problems).singleElement().asString().startsWith("territory.sdc.error.invalid [1, Nœud, 46.81");
	}

	@Test
	void refusesAnAreaOutsideTheProgramTerritoryAndSaysHowFar() {
		Problem problem = catchThrowableOfType(TerritoryRefused.class,
				() -> policy.check(bytes(collection(feature("\"name\": \"Montréal\"", "Polygon", MONTREAL)))))
			.problems()
			.get(0);
		assertThat(problem.messageKey()).isEqualTo("territory.sdc.error.outside");
		assertThat(problem.arguments().subList(0, 2)).containsExactly(1, "Montréal");
		// the square's far corner is more than 200 km away
		assertThat((Long) problem.arguments().get(2)).isGreaterThan(200_000L);
	}

	@Test
	void listsEveryProblemOfEveryAreaAtOnceAndKeepsNothing() {
		assertThatThrownBy(() -> policy.check(bytes(collection(feature("\"name\": \"SDC Saint-Roch\"", "Polygon", SAINT_ROCH),
				feature("\"name\": \"\"", "Point", "[-71.22, 46.81]"),
				feature("\"name\": \"Montréal\"", "Polygon", MONTREAL)))))
			.isInstanceOf(TerritoryRefused.class)
			.extracting(refused -> ((TerritoryRefused) refused).problems().stream().map(Problem::messageKey).toList())
			.isEqualTo(List.of("territory.sdc.error.noName", "territory.sdc.error.notPolygon",
					"territory.sdc.error.outside"));
	}

	@Test
	void makesACodeOfTheName() {
		assertThat(SdcUploadPolicy.code("SDC du Vieux-Québec – Basse-Ville")).isEqualTo("sdc-du-vieux-quebec-basse-ville");
		assertThat(SdcUploadPolicy.code("Société de développement commercial de la 3e Avenue, Limoilou"))
			.hasSizeLessThanOrEqualTo(40)
			.doesNotEndWith("-");
		assertThat(SdcUploadPolicy.code("???")).isEqualTo("sdc");
	}

	private List<String> problems(String content) {
		return problems(bytes(content));
	}

	private List<String> problems(byte[] content) {
		return catchThrowableOfType(TerritoryRefused.class, () -> policy.check(content)).problems()
			.stream()
			.map(problem -> problem.messageKey() + " " + problem.arguments())
			.toList();
	}

	private static byte[] bytes(String content) {
		return content.getBytes(StandardCharsets.UTF_8);
	}

	static String collection(String... features) {
		return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
	}

	static String feature(String properties, String type, String coordinates) {
		return "{\"type\": \"Feature\", \"properties\": {" + properties + "}, \"geometry\": {\"type\": \"" + type
				+ "\", \"coordinates\": " + coordinates + "}}";
	}


}
