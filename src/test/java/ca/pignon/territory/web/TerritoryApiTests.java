package ca.pignon.territory.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class TerritoryApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void locatesAPointOfVieuxQuebec() throws Exception {
		// when / then
		mvc.perform(get("/api/v1/territory/locate").param("latitude", "46.8119").param("longitude", "-71.2052"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(content().json("""
					{"inProgramTerritory": true,
					 "municipality": {"code": "2423027", "name": "Québec"},
					 "arrondissement": {"code": "1", "name": "La Cité-Limoilou"},
					 "quartier": {"code": "4", "name": "Vieux-Québec—Cap-Blanc—Colline parlementaire"},
					 "precision": "EXACT"}
					"""))
			.andExpect(jsonPath("$.boundaryDistanceMeters").value(closeTo(263.7, 0.05)))
			.andExpect(jsonPath("$.programEdgeDistanceMeters").value(closeTo(796.6, 0.05)))
			.andExpect(jsonPath("$.boundariesVersion").value(hasLength12()));
	}

	@Test
	void writesTheMissingAreasAsNulls() throws Exception {
		// given Lévis, in no municipality of the files

		// when / then
		mvc.perform(get("/api/v1/territory/locate").param("latitude", "46.80").param("longitude", "-71.18"))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"inProgramTerritory": false, "municipality": null, "arrondissement": null, "quartier": null,
					 "precision": null}
					"""));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			latitude=&longitude=-71.2 | latitude | Le paramètre « latitude » est obligatoire.
			latitude=46.8 | longitude | Le paramètre « longitude » est obligatoire.
			latitude=nord&longitude=-71.2 | latitude | Le paramètre « latitude » doit être un nombre, et non « nord ».
			latitude=46.8&longitude=71,2W | longitude | Le paramètre « longitude » doit être un nombre, et non « 71,2W ».
			latitude=91&longitude=-71.2 | latitude | Le paramètre « latitude » doit être compris entre -90 et 90 ; reçu : 91.
			latitude=46.8&longitude=-181 | longitude | Le paramètre « longitude » doit être compris entre -180 et 180 ; reçu : -181.
			latitude=NaN&longitude=-71.2 | latitude | Le paramètre « latitude » doit être compris entre -90 et 90 ; reçu : NaN.
			latitude=46.8&longitude=Infinity | longitude | Le paramètre « longitude » doit être compris entre -180 et 180 ; reçu : Infinity.
			""")
	void refusesABadCoordinateWithAProblemInFrench(String query, String parameter, String detail) throws Exception {
		// when / then
		mvc.perform(get("/api/v1/territory/locate?" + query))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Paramètre invalide"))
			.andExpect(jsonPath("$.parameter").value(parameter))
			.andExpect(jsonPath("$.detail").value(detail));
	}

	@Test
	void explainsInEnglishToThoseWhoAskForIt() throws Exception {
		// when / then
		mvc.perform(get("/api/v1/territory/locate").param("longitude", "-71.2")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid parameter"))
			.andExpect(jsonPath("$.detail").value("The parameter \"latitude\" is required."));
	}

	@Test
	void geocodesAnAddressOnOneLine() throws Exception {
		// when / then
		mvc.perform(get("/api/v1/territory/geocode").param("q", "2280 avenue Monseigneur-Gosselin, Québec"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].method").value("ADDRESS_INDEX"))
			.andExpect(jsonPath("$[0].approximate").value(false))
			.andExpect(jsonPath("$[0].score").value(1.0))
			.andExpect(jsonPath("$[0].label").value("2280 Avenue Monseigneur-Gosselin, Québec"))
			.andExpect(jsonPath("$[0].point.latitude").value(closeTo(46.8446, 0.0001)))
			.andExpect(jsonPath("$[0].point.longitude").value(closeTo(-71.2237, 0.0001)));
	}

	@Test
	void answersAnEmptyListForAnAddressNobodyKnows() throws Exception {
		// when / then
		mvc.perform(get("/api/v1/territory/geocode").param("q", "zzz qqq"))
			.andExpect(status().isOk())
			.andExpect(content().json("[]"));
	}

	@Test
	void refusesAMissingAddress() throws Exception {
		// when / then
		mvc.perform(get("/api/v1/territory/geocode"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("q"))
			.andExpect(jsonPath("$.detail").value("Le paramètre « q » est obligatoire."));
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "", "   " })
	void refusesABlankAddress(String blank) throws Exception {
		// when / then
		mvc.perform(get("/api/v1/territory/geocode").param("q", blank))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("q"))
			.andExpect(jsonPath("$.detail").value("Le paramètre « q » ne doit pas être vide."));
	}

	@Test
	void refusesAnAddressLongerThan200Characters() throws Exception {
		// when / then
		mvc.perform(get("/api/v1/territory/geocode").param("q", "a".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("200")))
			.andExpect(jsonPath("$.detail").value(containsString("201")));
	}

	@Test
	void acceptsAnAddressOfExactly200Characters() throws Exception {
		// when / then
		mvc.perform(get("/api/v1/territory/geocode").param("q", "a".repeat(200))).andExpect(status().isOk());
	}

	@Test
	void documentsTheApiInOpenApi() throws Exception {
		// when / then
		mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/territory/locate'].get.parameters[*].name")
				.value(org.hamcrest.Matchers.containsInAnyOrder("latitude", "longitude")))
			.andExpect(jsonPath("$.paths['/api/v1/territory/geocode'].get.responses['400']").exists());
	}

	private static org.hamcrest.Matcher<String> hasLength12() {
		return org.hamcrest.Matchers.matchesPattern("[0-9a-f]{12}");
	}

}
