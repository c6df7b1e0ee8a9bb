package ca.pignon.intake.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GET /api/v1/sectors: public, best first, at most ten, titled in the language asked for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SectorsApiTests {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	/** A refusal over real HTTP: problem details are written on the error dispatch, which MockMvc does not make. */
	private HttpResponse<String> refused(String query) throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sectors?" + query))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CA")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).get().asString()
			.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		return response;
	}

	@Test
	void findsATradeWithoutAnAccountTitledInFrench() throws Exception {
		mvc.perform(get("/api/v1/sectors").param("q", "fromagerie").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$", hasSize(lessThanOrEqualTo(10))))
			.andExpect(jsonPath("$[0].code", startsWith("445")))
			.andExpect(jsonPath("$[0].title").value("Tous les autres détaillants d'aliments spécialisés"));
	}

	@Test
	void titlesInEnglishWhenAsked() throws Exception {
		mvc.perform(get("/api/v1/sectors").param("q", "bar").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("722410"))
			.andExpect(jsonPath("$[0].title").value("Drinking places (alcoholic beverages)"));
	}

	@Test
	void answersAtMostTen() throws Exception {
		mvc.perform(get("/api/v1/sectors").param("q", "fabrication"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(10)));
	}

	@Test
	void answersAnEmptyListWhenNothingMatches() throws Exception {
		mvc.perform(get("/api/v1/sectors").param("q", "zzqxw"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			q=          | q    | Le paramètre « q » ne doit pas être vide.
			lang=fr     | q    | Le paramètre « q » est absent.
			q=bar&lang=de | lang | Le paramètre « lang » doit valoir fr ou en.
			q=%20%20%20 | q    | Le paramètre « q » ne doit pas être vide.
			""")
	void refusesABadQueryWithAProblemNamingTheParameter(String query, String parameter, String detail)
			throws Exception {
		String body = refused(query).body();
		assertThat((Integer) JsonPath.read(body, "$.status")).isEqualTo(400);
		assertThat((String) JsonPath.read(body, "$.parameter")).isEqualTo(parameter);
		assertThat((String) JsonPath.read(body, "$.detail")).isEqualTo(detail);
	}

	@Test
	void refusesAnOverLongQuery() throws Exception {
		assertThat((String) JsonPath.read(refused("q=" + "a".repeat(101)).body(), "$.parameter")).isEqualTo("q");
		mvc.perform(get("/api/v1/sectors").param("q", "a".repeat(100))).andExpect(status().isOk());
	}

	@Test
	void isDocumentedInTheOpenApi() throws Exception {
		mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/sectors'].get.responses['400']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/sectors'].get.parameters[0].name").value("q"));
	}

}
