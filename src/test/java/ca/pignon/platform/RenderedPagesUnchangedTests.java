package ca.pignon.platform;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML and the headers of a few pages, over a real server, are the ones recorded in {@code
 * src/test/resources/pages} before the layout and the request path were made cheaper (issue 19): what a person sees does
 * not change. Tokens, nonces, identifiers, dates and the blanks between tags are left out of the comparison.
 * <p>
 * After an intended change of these pages, record them again with {@code -Dpignon.pages.record=true} and review the
 * difference in Git.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RenderedPagesUnchangedTests {

	static final Path RECORDED = Path.of("src/test/resources/pages");

	enum Page {

		HOME(null, "/"), PRIVACY(null, "/privacy"), LOGIN(null, "/login"), NOT_FOUND(null, "/nulle-part"),
		PRIVACY_AS_MANAGER(Role.MANAGER, "/privacy"),
		STAFF_LIST(Role.MANAGER, "/intake/applications?q=aucun-commerce-de-ce-nom"), MERCHANT_HOME(Role.MERCHANT, "/intake/my"),
		MERCHANT_DATA(Role.MERCHANT, "/privacy/my"), NOT_FOUND_AS_ADMIN(Role.ADMIN, "/nulle-part");

		final Role role;

		final String path;

		Page(Role role, String path) {
			this.role = role;
			this.path = path;
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@ParameterizedTest
	@EnumSource(Page.class)
	void rendersThePageAsRecorded(Page page) throws IOException {
		// given
		var browser = new WebSession(port);
		if (page.role != null) {
			assertThat(browser.signIn(new TestAccounts(context).create(page.role), TestAccounts.PASSWORD)).isNotNull();
		}
		// when
		HttpResponse<String> answer = browser.get(page.path);
		String rendered = "status " + answer.statusCode() + "\n" + headers(answer) + "\n" + normalised(answer.body());
		// then
		Path recorded = RECORDED.resolve(page.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt");
		if (Boolean.getBoolean("pignon.pages.record")) {
			Files.createDirectories(RECORDED);
			Files.writeString(recorded, rendered, StandardCharsets.UTF_8);
		}
		assertThat(recorded).as("the recorded page (record with -Dpignon.pages.record=true)").exists();
		assertThat(rendered).isEqualTo(Files.readString(recorded, StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/privacy", "/sources", "/aide", "/assets/css/pignon.css" })
	void opensNoSessionForAVisitorOnAPageWithoutAForm(String path) {
		// when
		HttpResponse<String> answer = new WebSession(port).get(path);
		// then
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().allValues("Set-Cookie")).as("cookies set by " + path).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/account/forgot" })
	void stillOpensASessionForTheTokenOfAForm(String path) {
		// when
		HttpResponse<String> answer = new WebSession(port).get(path);
		// then
		assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
	}

	/** The headers, but those of the connection, the date, the length and the session cookie. */
	static String headers(HttpResponse<String> answer) {
		var kept = new TreeMap<String, String>();
		answer.headers().map().forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (!lower.matches("date|content-length|set-cookie|connection|keep-alive|transfer-encoding|:status")) {
				kept.put(lower, normalised(String.join(", ", values)).trim());
			}
		});
		return kept.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
	}

	static String normalised(String html) {
		return html.replaceAll("'nonce-[^']*'", "'nonce-N'")
			.replaceAll("nonce=\"[^\"]*\"", "nonce=\"N\"")
			.replaceAll("(name=\"_csrf\"[^>]*value=\")[^\"]*\"", "$1T\"")
			.replaceAll("(name=\"_csrf\" content=\")[^\"]*\"", "$1T\"")
			.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID")
			.replaceAll("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?", "DATE")
			.replaceAll("\\d{1,2} [a-zéû]+\\.? \\d{4}", "DATE")
			.replaceAll(">\\s+<", "><")
			.replaceAll("\\s+", " ")
			.replace("><", ">\n<")
			.trim() + "\n";
	}

}
