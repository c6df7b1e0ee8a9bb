package ca.pignon.platform;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.providers.ProviderApplication;
import ca.pignon.providers.ProviderId;
import ca.pignon.providers.ProvidersManagement;
import ca.pignon.providers.Vetting;
import ca.pignon.webaudit.FixtureSite;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API keeps the contract it publishes: every operation is called over real HTTP, answering each status it can
 * answer, and every answer is checked against the description the application serves at /api/v1/openapi: its status
 * and media type must be declared for that operation, and its body must satisfy the declared schema (JSON Schema
 * 2020-12, the dialect of OpenAPI 3.1).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pignon.test.context=api-contract", "pignon.webaudit.allowed-hosts=127.0.0.1:*" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTests {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String JSON_TYPE = "application/json";

	static final String PROBLEM = "application/problem+json";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiTokens tokens;

	@Autowired
	IntakeManagement intake;

	@Autowired
	ProvidersManagement providers;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	JsonNode description;

	String staffToken;

	String adminToken;

	/** A multipart body with an archive part, for the hand-over's import. */
	static final String ARCHIVE_TYPE = "multipart/form-data; boundary=contrat";

	static final String ARCHIVE_PART = "--contrat\r\nContent-Disposition: form-data; name=\"archive\"; "
			+ "filename=\"program.zip\"\r\nContent-Type: application/zip\r\n\r\nPK\r\n--contrat--\r\n";

	String merchantToken;

	ApplicationDetails application;

	String service;

	FixtureSite site;

	@BeforeAll
	void aServedDescriptionAndRealData() throws Exception {
		var served = http.send(HttpRequest.newBuilder(uri("/api/v1/openapi")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(served.statusCode()).isEqualTo(200);
		description = JSON.readTree(served.body());
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/openapi.json"),
				JSON.writerWithDefaultPrettyPrinter().writeValueAsString(description));
		var accounts = new TestAccounts(context);
		staffToken = tokens.issue(accounts.signedIn(Role.MANAGER).accountId(), "contrat", Duration.ofDays(1)).secret();
		adminToken = tokens.issue(accounts.signedIn(Role.ADMIN).accountId(), "contrat", Duration.ofDays(1)).secret();
		merchantToken = tokens.issue(accounts.signedIn(Role.MERCHANT).accountId(), "contrat", Duration.ofDays(1))
			.secret();
		// a business with no phone, no trade name and no presence online: its nulls are part of the contract
		application = anApplication(intake).named("Contrat API " + UUID.randomUUID())
			.by("Rosalie", "Gingras", null)
			.online(null, null, null, null)
			.submit();
		service = providers.services().get(0).id();
		ProviderId provider = providers.apply(new ProviderApplication("Studio Contrat", "1234567890", "Léa Contrat",
				"contrat-" + UUID.randomUUID() + "@fournisseur.test", "418 555-0100", "https://contrat.test",
				Set.of(service), true, List.of(), Set.of("fr"), "De 800 $ à 2000 $", "https://contrat.test/travaux",
				"Client A", "Client B", true));
		ProviderId withoutSite = providers.apply(new ProviderApplication("Atelier Contrat", "1234567891", "Luc Contrat",
				"contrat-" + UUID.randomUUID() + "@fournisseur.test", "418 555-0102", "", Set.of(service), true,
				List.of(), Set.of("fr", "en"), "Sur demande", "", "Client C", "Client D", true));
		var admin = new TestAccounts(context).signedIn(Role.ADMIN).accountId();
		providers.vet(provider, new Vetting(true, true, true, true, ""), admin);
		providers.vet(withoutSite, new Vetting(true, true, true, true, ""), admin);
		site = FixtureSite.http("complete");
	}

	@AfterAll
	void stopTheSite() {
		if (site != null) {
			site.close();
		}
	}

	/** Every call below, with the status it must answer. */
	static final String REPORT = "/api/v1/reports/indicators?groupBy=arrondissement,sector&from=2026-01-01&to=2026-12-31";

	List<Call> calls() {
		String id = application.id().value().toString();
		String auditBody = "{\"url\": \"" + site.url("/") + "\"}";
		return List.of(
				// who the token acts for
				get("/api/v1/me", 200).as(staffToken), get("/api/v1/me", 200).as(merchantToken),
				get("/api/v1/me", 401), get("/api/v1/me", 401).as("pgn_inconnu"),
				get("/api/v1/me", 406).as(staffToken).accept("text/csv"),
				// the directory
				get("/api/v1/providers/services", 200), get("/api/v1/providers/services", 406).accept("text/csv"),
				get("/api/v1/providers?service=" + service, 200).as(staffToken),
				get("/api/v1/providers?service=inconnu", 400).as(staffToken),
				get("/api/v1/providers", 400).as(staffToken), get("/api/v1/providers?service=" + service, 401),
				get("/api/v1/providers?service=" + service, 403).as(merchantToken),
				// sectors: a trade word, a blank or over-long query, a language that is neither
				get("/api/v1/sectors?q=fromagerie&lang=fr", 200), get("/api/v1/sectors?q=bakery&lang=en", 200),
				get("/api/v1/sectors?q=%20", 400), get("/api/v1/sectors?q=" + "a".repeat(101), 400),
				get("/api/v1/sectors?q=cafe&lang=de", 400), get("/api/v1/sectors?q=cafe", 406).accept("text/csv"),
				// occasions
				get("/api/v1/content/occasions?year=2027", 200), get("/api/v1/content/occasions?year=3000", 400),
				get("/api/v1/content/occasions", 400), get("/api/v1/content/occasions?year=2027", 406).accept("text/csv"),
				// territory: inside Québec, outside every municipality (nulls), bad coordinates
				get("/api/v1/territory/locate?latitude=46.8119&longitude=-71.2052", 200),
				get("/api/v1/territory/locate?latitude=45.5&longitude=-73.56", 200),
				get("/api/v1/territory/locate?latitude=91&longitude=-71.2", 400),
				get("/api/v1/territory/locate?latitude=46.8", 400),
				get("/api/v1/territory/geocode?q=" + encode("2280 avenue Monseigneur-Gosselin, Québec"), 200),
				get("/api/v1/territory/geocode?q=" + encode("rue qui n’existe pas"), 200),
				get("/api/v1/territory/geocode?q=%20", 400),
				// applications
				get("/api/v1/intake/applications", 200).as(staffToken),
				get("/api/v1/intake/applications?q=" + encode(application.business().legalName()), 200).as(staffToken),
				get("/api/v1/intake/applications?status=BOGUS", 400).as(staffToken),
				get("/api/v1/intake/applications?sector=99", 400).as(staffToken),
				get("/api/v1/intake/applications", 401), get("/api/v1/intake/applications", 403).as(merchantToken),
				get("/api/v1/intake/applications/" + id, 200).as(staffToken),
				get("/api/v1/intake/applications/" + UUID.randomUUID(), 404).as(staffToken),
				get("/api/v1/intake/applications/pas-un-uuid", 400).as(staffToken),
				get("/api/v1/intake/applications/" + id, 401), get("/api/v1/intake/applications/" + id, 403)
					.as(merchantToken),
				// the City's indicators: JSON, CSV, what cannot be read, who may not
				get(REPORT, 200).as(staffToken), get(REPORT, 200).as(staffToken).accept("text/csv"),
				get("/api/v1/reports/indicators?groupBy=nope&from=2026-01-01&to=2026-12-31", 400).as(staffToken),
				get("/api/v1/reports/indicators?from=2026-12-01&to=2026-01-31", 400).as(staffToken),
				get("/api/v1/reports/indicators?from=2026-01-01", 400).as(staffToken),
				get(REPORT, 406).as(staffToken).accept("application/xml"), get(REPORT, 401),
				get(REPORT, 403).as(merchantToken),
				// the web audit
				post("/api/v1/web-audits", auditBody, JSON_TYPE, 200).as(staffToken),
				post("/api/v1/web-audits", "{}", JSON_TYPE, 400).as(staffToken),
				post("/api/v1/web-audits", "{\"url\": \"http://10.0.0.1/\"}", JSON_TYPE, 400).as(staffToken),
				post("/api/v1/web-audits", "{\"url\": ", JSON_TYPE, 400).as(staffToken),
				post("/api/v1/web-audits", "url=x", "text/plain", 415).as(staffToken),
				post("/api/v1/web-audits", auditBody, JSON_TYPE, 406).as(staffToken).accept("text/csv"),
				post("/api/v1/web-audits", auditBody, JSON_TYPE, 401),
				post("/api/v1/web-audits", auditBody, JSON_TYPE, 403).as(merchantToken),
				// an audit job (the 202 that starts one is WebAuditJobApiTests'): nobody else's, never a stranger's
				get("/api/v1/web-audits/jobs/" + UUID.randomUUID(), 404).as(staffToken),
				get("/api/v1/web-audits/jobs/" + UUID.randomUUID(), 401),
				get("/api/v1/web-audits/jobs/" + UUID.randomUUID(), 403).as(merchantToken),
				// the program hand-over (issue 16): administrators only; this program is not empty
				post("/api/v1/admin/program-export", "", "application/x-www-form-urlencoded", 200).as(adminToken)
					.accept("application/zip"),
				post("/api/v1/admin/program-export", "", "application/x-www-form-urlencoded", 401),
				post("/api/v1/admin/program-export", "", "application/x-www-form-urlencoded", 403).as(staffToken),
				post("/api/v1/admin/program-import", ARCHIVE_PART, ARCHIVE_TYPE, 409).as(adminToken),
				post("/api/v1/admin/program-import", ARCHIVE_PART, ARCHIVE_TYPE, 401),
				post("/api/v1/admin/program-import", ARCHIVE_PART, ARCHIVE_TYPE, 403).as(merchantToken));
	}

	@Test
	void callsEveryOperationTheDescriptionHolds() {
		// given
		Set<String> described = new TreeSet<>();
		description.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			if (!operation.getKey().equals("parameters")) {
				described.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
			}
		}));
		Set<String> served = new TreeSet<>();
		context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()
			.forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> {
				for (String pattern : info.getPatternValues()) {
					if (pattern.startsWith("/api/v1/") && !pattern.startsWith("/api/v1/openapi")
							&& !pattern.startsWith("/api/v1/docs") && !pattern.startsWith("/api/v1/swagger-ui")) {
						for (RequestMethod method : info.getMethodsCondition().getMethods()) {
							served.add(method.name() + " " + pattern);
						}
					}
				}
			}));
		Set<String> called = new TreeSet<>();
		for (Call call : calls()) {
			called.add(call.method() + " " + operationPath(call.path()));
		}
		// then
		assertThat(described).isEqualTo(served);
		assertThat(called).isEqualTo(described);
	}

	@Test
	void everyAnswerIsWhatTheDescriptionSays() throws Exception {
		List<String> broken = new ArrayList<>();
		for (Call call : calls()) {
			// when
			HttpResponse<String> response = http.send(call.request(this), HttpResponse.BodyHandlers.ofString());
			// then
			String contentType = response.headers()
				.firstValue("Content-Type")
				.map(value -> value.split(";")[0].strip().toLowerCase(Locale.ROOT))
				.orElse("");
			String where = call + " → " + response.statusCode() + " " + contentType;
			if (response.statusCode() != call.status()) {
				broken.add(where + ": expected " + call.status() + " " + abbreviate(response.body()));
				continue;
			}
			JsonNode operation = description.path("paths")
				.path(operationPath(call.path()))
				.path(call.method().toLowerCase(Locale.ROOT));
			JsonNode declared = operation.path("responses").path(String.valueOf(response.statusCode()));
			if (declared.isMissingNode()) {
				broken.add(where + ": status not declared");
				continue;
			}
			if (response.statusCode() < 400 && call.accept().equals("text/csv")) {
				// the one CSV answer (the City's indicators): declared as such, its header line first
				if (!contentType.equals("text/csv") || declared.path("content").path("text/csv").isMissingNode()
						|| !response.body().startsWith("arrondissement,sector,registered")) {
					broken.add(where + ": expected a declared CSV " + abbreviate(response.body()));
				}
				continue;
			}
			if (response.statusCode() < 400 && call.accept().equals("application/zip")) {
				// the one binary answer (the program hand-over's archive): declared as such, a ZIP
				if (!contentType.equals("application/zip")
						|| declared.path("content").path("application/zip").isMissingNode()
						|| !response.body().startsWith("PK")) {
					broken.add(where + ": expected a declared ZIP");
				}
				continue;
			}
			String expectedType = response.statusCode() < 400 ? JSON_TYPE : PROBLEM;
			if (!contentType.equals(expectedType)) {
				broken.add(where + ": expected " + expectedType);
			}
			JsonNode schema = declared.path("content").path(contentType).path("schema");
			if (schema.isMissingNode()) {
				broken.add(where + ": media type not declared, only " + names(declared.path("content")));
				continue;
			}
			JsonNode body = JSON.readTree(response.body());
			var errors = validator(schema).validate(body);
			if (!errors.isEmpty()) {
				broken.add(where + ": " + errors + " in " + abbreviate(response.body()));
			}
			if (contentType.equals(PROBLEM)) {
				// RFC 9457: the request's path, and members of its own only under a type of its own
				if (!body.path("instance").asText().equals(call.path().split("\\?")[0])) {
					broken.add(where + ": instance " + body.path("instance") + " is not the request's path");
				}
				Set<String> members = new TreeSet<>();
				body.fieldNames().forEachRemaining(members::add);
				members.removeAll(Set.of("type", "title", "status", "detail", "instance"));
				if (!members.isEmpty() && body.path("type").asText("about:blank").equals("about:blank")) {
					broken.add(where + ": members " + members + " under about:blank");
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void refusesAnAnswerTheDescriptionDoesNotAllow() throws Exception {
		// given the schema of /api/v1/me and what it answers
		JsonNode schema = description.path("paths")
			.path("/api/v1/me")
			.path("get")
			.path("responses")
			.path("200")
			.path("content")
			.path(JSON_TYPE)
			.path("schema");
		var answer = (ObjectNode) JSON.readTree(http.send(get("/api/v1/me", 200).as(staffToken).request(this),
				HttpResponse.BodyHandlers.ofString()).body());
		// when an id is written as an object, or a required member is null
		var objectId = answer.deepCopy().set("accountId", JSON.createObjectNode().put("value", UUID.randomUUID().toString()));
		var nullEmail = answer.deepCopy().putNull("email");
		// then
		assertThat(validator(schema).validate(answer)).isEmpty();
		assertThat(validator(schema).validate(objectId)).isNotEmpty();
		assertThat(validator(schema).validate(nullEmail)).isNotEmpty();
	}

	@Test
	void answersWithTheHttpSemanticsClientsExpect() throws Exception {
		// when
		var meFirstAcceptingProblems = send(get("/api/v1/me", 200).as(staffToken)
			.accept(PROBLEM + ", " + JSON_TYPE));
		var locateFirstAcceptingProblems = send(get("/api/v1/territory/locate?latitude=46.8119&longitude=-71.2052", 200)
			.accept(PROBLEM + ", " + JSON_TYPE));
		var anonymous = send(get("/api/v1/me", 401));
		var unknownToken = send(get("/api/v1/territory/geocode?q=quebec", 401).as("pgn_inconnu"));
		var postWithoutCredentials = send(post("/api/v1/web-audits", "{}", JSON_TYPE, 401));
		var deleteMe = send(new Call("DELETE", "/api/v1/me", null, null, staffToken, JSON_TYPE, 405));
		var putApplications = send(new Call("PUT", "/api/v1/intake/applications", "{}", JSON_TYPE, staffToken,
				JSON_TYPE, 405));
		var deleteLocate = send(new Call("DELETE", "/api/v1/territory/locate", null, null, null, JSON_TYPE, 405));
		// then
		assertThat(meFirstAcceptingProblems.statusCode()).isEqualTo(200);
		assertThat(meFirstAcceptingProblems.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(JSON_TYPE));
		assertThat(locateFirstAcceptingProblems.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(JSON_TYPE));
		for (var refused : List.of(anonymous, unknownToken, postWithoutCredentials)) {
			assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(401);
			assertThat(refused.headers().firstValue("WWW-Authenticate")).as(refused.uri().toString())
				.hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
		}
		assertThat(unknownToken.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
		assertThat(deleteMe.statusCode()).isEqualTo(405);
		assertThat(deleteMe.headers().allValues("Allow")).anySatisfy(allow -> assertThat(allow).contains("GET"));
		assertThat(deleteMe.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(PROBLEM));
		assertThat(putApplications.statusCode()).isEqualTo(405);
		assertThat(putApplications.headers().allValues("Allow")).anySatisfy(allow -> assertThat(allow).contains("GET"));
		assertThat(deleteLocate.statusCode()).isEqualTo(405);
	}

	@Test
	void namesTheRefusedParameterInTheAnswersLanguage() throws Exception {
		// given
		var messages = context.getBean(org.springframework.context.MessageSource.class);
		// when
		var malformedId = problem(get("/api/v1/intake/applications/pas-un-uuid", 400).as(staffToken).in("en"));
		var malformedIdFr = problem(get("/api/v1/intake/applications/pas-un-uuid", 400).as(staffToken));
		var missingService = problem(get("/api/v1/providers", 400).as(staffToken).in("en-CA,en;q=0.8"));
		var badStatus = problem(get("/api/v1/intake/applications?status=BOGUS", 400).as(staffToken));
		var unknownSector = problem(get("/api/v1/intake/applications?sector=99", 400).as(staffToken));
		var unreadable = problem(post("/api/v1/web-audits", "{\"url\": ", JSON_TYPE, 400).as(staffToken));
		var notFound = problem(get("/api/v1/intake/applications/" + UUID.randomUUID(), 404).as(staffToken).in("en"));
		// then
		assertThat(malformedId.path("type").asText()).isEqualTo(ProblemTypes.INVALID_PARAMETER.toString());
		assertThat(malformedId.path("parameter").asText()).isEqualTo("id");
		assertThat(malformedId.path("instance").asText()).isEqualTo("/api/v1/intake/applications/pas-un-uuid");
		assertThat(malformedId.path("detail").asText()).contains("id").contains("pas-un-uuid");
		assertThat(malformedId.path("title").asText())
			.isEqualTo(messages.getMessage("platform.api.invalidParameter", null, Locale.CANADA));
		assertThat(malformedIdFr.path("title").asText())
			.isEqualTo(messages.getMessage("platform.api.invalidParameter", null, Locale.CANADA_FRENCH));
		assertThat(malformedIdFr.path("detail").asText())
			.isEqualTo(messages.getMessage("platform.api.parameter.invalid", new Object[] { "id", "pas-un-uuid" },
					Locale.CANADA_FRENCH));
		assertThat(missingService.path("parameter").asText()).isEqualTo("service");
		assertThat(missingService.path("detail").asText())
			.isEqualTo(messages.getMessage("platform.api.parameter.missing", new Object[] { "service" }, Locale.CANADA));
		assertThat(badStatus.path("parameter").asText()).isEqualTo("status");
		assertThat(badStatus.path("detail").asText()).contains("BOGUS");
		assertThat(unknownSector.path("parameter").asText()).isEqualTo("sector");
		assertThat(unreadable.path("type").asText()).isEqualTo(ProblemTypes.UNREADABLE_BODY.toString());
		assertThat(notFound.path("type").asText("about:blank")).isEqualTo("about:blank");
		assertThat(notFound.path("title").asText())
			.isEqualTo(messages.getMessage("platform.error.404.title", null, Locale.CANADA));
	}

	JsonNode problem(Call call) throws Exception {
		var response = send(call);
		assertThat(response.statusCode()).as(call.toString()).isEqualTo(call.status());
		assertThat(response.headers().firstValue("Content-Type")).as(call.toString())
			.hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
		return JSON.readTree(response.body());
	}

	HttpResponse<String> send(Call call) throws Exception {
		return http.send(call.request(this), HttpResponse.BodyHandlers.ofString());
	}

	/** The response schema, with the description's components beside it so that its references resolve. */
	com.networknt.schema.JsonSchema validator(JsonNode schema) {
		ObjectNode standalone = JSON.createObjectNode();
		standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		standalone.set("allOf", JSON.createArrayNode().add(schema));
		standalone.set("components", description.path("components"));
		return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(standalone);
	}

	/** The description's path template that a concrete path matches. */
	String operationPath(String path) {
		String bare = path.split("\\?")[0];
		for (Iterator<String> templates = description.path("paths").fieldNames(); templates.hasNext();) {
			String template = templates.next();
			if (bare.matches(template.replaceAll("\\{[^}]+}", "[^/]+"))) {
				return template;
			}
		}
		return bare;
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static String names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names.toString();
	}

	static String abbreviate(String body) {
		return body.length() > 400 ? body.substring(0, 400) + "…" : body;
	}

	static Call get(String path, int status) {
		return new Call("GET", path, null, null, null, JSON_TYPE + ", " + PROBLEM, status);
	}

	static Call post(String path, String body, String contentType, int status) {
		return new Call("POST", path, body, contentType, null, JSON_TYPE + ", " + PROBLEM, status);
	}

	record Call(String method, String path, @Nullable String body, @Nullable String contentType,
			@Nullable String token, String accept, int status, String language) {

		Call(String method, String path, @Nullable String body, @Nullable String contentType, @Nullable String token,
				String accept, int status) {
			this(method, path, body, contentType, token, accept, status, "fr-CA,fr;q=0.9");
		}

		Call as(String bearer) {
			return new Call(method, path, body, contentType, bearer, accept, status, language);
		}

		Call accept(String mediaTypes) {
			return new Call(method, path, body, contentType, token, mediaTypes, status, language);
		}

		Call in(String acceptLanguage) {
			return new Call(method, path, body, contentType, token, accept, status, acceptLanguage);
		}

		HttpRequest request(ApiContractTests test) {
			var builder = HttpRequest.newBuilder(test.uri(path))
				.timeout(Duration.ofSeconds(60))
				.header("Accept", accept)
				.header("Accept-Language", language)
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body));
			if (contentType != null) {
				builder.header("Content-Type", contentType);
			}
			if (token != null) {
				builder.header("Authorization", "Bearer " + token);
			}
			return builder.build();
		}

		@Override
		public String toString() {
			return method + " " + path + (token == null ? "" : " (token)") + " Accept: " + accept;
		}

	}

}
