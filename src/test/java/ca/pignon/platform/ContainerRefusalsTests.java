package ca.pignon.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Tomcat refuses before Pignon sees it (issue 17, item 6), over a real server: Pignon's French page (problem
 * details under /api/), never Tomcat's English one; a file over the size limit brings the form back as typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ContainerRefusalsTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/%2e%2e/%2e%2e/etc/passwd", "/intake/%2E%2E/%2E%2E/%2E%2E/admin", "/a\\b", "/register%00", "/a%5cb",
			"/%c0%ae%c0%ae/" })
	void answersAPathTomcatRefusesWithPignonsFrenchPage(String path) throws IOException {
		// when
		String answer = raw("GET " + path + " HTTP/1.0\r\nHost: localhost\r\n\r\n");
		// then
		assertThat(status(answer)).isBetween(400, 404);
		assertThat(answer).containsIgnoringCase("Content-Type: text/html")
			.contains("<html lang=\"fr-CA\"")
			.containsAnyOf("Demande invalide", "Page introuvable");
		assertRevealsNothing(answer);
	}

	@Test
	void answersAnApiPathTomcatRefusesWithProblemDetails() throws IOException {
		// when
		String answer = raw("GET /api/v1/%2e%2e/%2e%2e/%2e%2e/etc HTTP/1.0\r\nHost: localhost\r\nAccept: application/json\r\n\r\n");
		// then
		assertThat(status(answer)).isEqualTo(400);
		assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"status\":400")
			.contains("La demande n’a pas pu être traitée");
		assertRevealsNothing(answer);
	}

	@Test
	void answersAFormOverTwoMegabytesWithPignonsFrenchPage() {
		// given
		var browser = new WebSession(port);
		// when
		var answer = browser.post("/register/account",
				Map.of("firstName", "x".repeat(3 * 1024 * 1024), "lastName", "Gingras", "email", "a@b.test"));
		// then
		assertThat(answer.statusCode()).isBetween(400, 413);
		assertThat(answer.body()).contains("<html lang=\"fr-CA\"");
		assertRevealsNothing(answer.body());
	}

	@Test
	void bringsTheFormBackAsTypedWhenTheFileIsTooLarge() {
		// given: a merchant with a task to mark done, signed in
		var merchant = new BadInputTests.Merchants(context).withAPlan();
		var browser = new WebSession(port);
		assertThat(browser.signIn(merchant.getUsername(), ca.pignon.intake.ApplicationFixture.PASSWORD))
			.isEqualTo("/start");
		String token = browser.csrfToken();
		String boundary = "pignon-" + UUID.randomUUID();
		byte[] file = new byte[26 * 1024 * 1024];
		Arrays.fill(file, (byte) 'a');
		var body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n"
				+ "Ma note à garder\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n0\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"grosse.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		// when
		var answer = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/progress/my/actions/fiche/done"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		// then
		assertThat(answer.statusCode()).isEqualTo(200);
		var page = Jsoup.parse(answer.body());
		assertThat(page.select("textarea[name=note]").text()).isEqualTo("Ma note à garder");
		assertThat(page.text()).contains("Ce fichier est trop lourd");
		assertRevealsNothing(answer.body());
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static int status(String answer) {
		return Integer.parseInt(answer.substring(9, 12));
	}

	private static void assertRevealsNothing(String answer) {
		assertThat(answer).doesNotContain("Apache Tomcat", "Exception", "at org.", "HTTP Status", "Whitelabel",
				"\"trace\"");
	}

}
