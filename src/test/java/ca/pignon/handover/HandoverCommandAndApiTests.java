package ca.pignon.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.PignonApplication;

/**
 * The hand-over as an operator does it: the command line exports the demo program (encrypted, and gpg opens it), the
 * API of a fresh Pignon refuses damaged, newer and foreign archives with problem details, imports the demo one, and
 * the demo's administrator then signs in with their own password; a second import is refused, by the API and by the
 * command line, with one line on the standard error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pignon.test.context=handover_http", "pignon.test.database=handover_http",
				"pignon.admin.email=" + HandoverCommandAndApiTests.ADMIN, "pignon.admin.password=cle-de-passation-2026-longue",
				"pignon.admin.api-token=" + HandoverCommandAndApiTests.TOKEN })
class HandoverCommandAndApiTests {

	static final String ADMIN = "premier-admin@handover.test";

	static final String TOKEN = "pgn_handover-test-token-0123456789abcdef";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void anOperatorHandsTheDemoProgramOverToAFreshPignon() throws Exception {
		// the command line exports the demo program, encrypted; gpg opens it and sha256sum checks its manifest
		Path encrypted = dir.resolve("demo.zip.gpg");
		Path passphraseFile = Files.writeString(dir.resolve("passphrase"), "une phrase de passe assez longue\n");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exported = HandoverCommand.run(PignonApplication.class, new PrintStream(err, true, StandardCharsets.UTF_8),
				"--spring.profiles.active=demo", "--pignon.test.database=handover_cli_demo",
				"--pignon.export.to=" + encrypted, "--pignon.export.passphrase-file=" + passphraseFile);
		assertThat(exported).as(err.toString(StandardCharsets.UTF_8)).isZero();
		Path archive = dir.resolve("demo.zip");
		run(dir, "gpg", "--batch", "--quiet", "--homedir", Files.createDirectories(dir.resolve("gnupg")).toString(),
				"--passphrase-file", passphraseFile.toString(), "--output", archive.toString(), "--decrypt",
				encrypted.toString());
		Path extracted = Files.createDirectories(dir.resolve("extracted"));
		for (var entry : Archives.entries(Files.readAllBytes(archive)).entrySet()) {
			Path file = extracted.resolve(entry.getKey());
			Files.createDirectories(file.getParent());
			Files.write(file, entry.getValue());
		}
		assertThat(run(extracted, "sha256sum", "--check", "--strict", "manifest.sha256")).doesNotContain("FAILED");
		byte[] demo = Files.readAllBytes(archive);

		// this fresh program's own export, over the API
		HttpResponse<byte[]> export = http.send(HttpRequest.newBuilder(uri("/api/v1/admin/program-export"))
			.header("Authorization", "Bearer " + TOKEN)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(Archives.entries(export.body())).containsKeys("datapackage.json", "manifest.sha256",
				"data/platform_account.csv");

		// refusals, as problem details, while the program stays empty
		Map<String, byte[]> entries = Archives.entries(demo);
		entries.get("data/dossier.csv")[20] ^= 1;
		assertProblem(importing(Archives.zip(entries), TOKEN), 422, "damaged");
		assertProblem(importing(Archives.changed(demo, "datapackage.json",
				json -> json.replaceFirst("\"pignonSchemaVersion\" : \"[^\"]+\"",
						"\"pignonSchemaVersion\" : \"99991231.2359\"")), TOKEN), 422, "newerSchema");
		assertProblem(importing("PK but not a zip".getBytes(StandardCharsets.UTF_8), TOKEN), 400, "notAnArchive");
		assertThat(importing(demo, "pgn_not-a-token-of-this-program-at-all")).extracting(HttpResponse::statusCode)
			.isEqualTo(401);

		// the import
		HttpResponse<String> imported = importing(demo, TOKEN);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
		assertThat(imported.body()).contains("\"platform_account\"");
		assertThat(jdbc.sql("SELECT count(*) FROM platform_account WHERE email = :email")
			.param("email", ADMIN)
			.query(Long.class)
			.single()).isZero();

		// the demo's administrator signs in with their own password
		assertThat(signIn("admin@demo.pignon.test", "demo-pignon-2026")).doesNotContain("/login");
		assertThat(signIn("admin@demo.pignon.test", "pas-le-bon-mot-de-passe")).contains("/login");

		// a second import is refused: the program is no longer empty
		String token = "pgn_" + UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO platform_api_token (id, account_id, name, token_hash, prefix, created_at, expires_at)
				SELECT :id, id, 'test', :hash, 'pgn_', now(), now() + interval '1 hour' FROM platform_account
				WHERE email = 'admin@demo.pignon.test'""")
			.param("id", UUID.randomUUID())
			.param("hash", ca.pignon.platform.Secrets.hash(token))
			.update();
		assertProblem(importing(demo, token), 409, "notEmpty");
		ByteArrayOutputStream refusal = new ByteArrayOutputStream();
		int again = HandoverCommand.run(PignonApplication.class, new PrintStream(refusal, true, StandardCharsets.UTF_8),
				"--pignon.test.database=handover_http", "--pignon.import.from=" + archive);
		assertThat(again).isEqualTo(1);
		assertThat(refusal.toString(StandardCharsets.UTF_8)).hasLineCount(1).contains("n’est pas vide");
	}

	private HttpResponse<String> importing(byte[] archive, String token) throws Exception {
		String boundary = "handover" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"archive\"; filename=\"program.zip\""
				+ "\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(archive);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(uri("/api/v1/admin/program-import"))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "fr")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void assertProblem(HttpResponse<String> response, int status, String reason) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"reason\":\"" + reason + "\"");
	}

	/** Where the login form sends the person: their start page, or back to /login?error. */
	private String signIn(String email, String password) throws Exception {
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookies = String.join("; ", login.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.toList());
		String csrf = Jsoup.parse(login.body()).selectFirst("meta[name=_csrf]").attr("content");
		String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
		HttpResponse<String> posted = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", cookies)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).isEqualTo(302);
		return posted.headers().firstValue("Location").orElseThrow();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String run(Path directory, String... command) throws Exception {
		List<String> line = new ArrayList<>(List.of(command));
		Process process = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
		return output;
	}

}
