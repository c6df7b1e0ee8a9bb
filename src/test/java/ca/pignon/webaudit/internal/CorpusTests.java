package ca.pignon.webaudit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.FixtureSite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus of small sites built like merchants' real ones (charsets, robots.txt precedence and wildcards, kinds of
 * sitemap, compressed answers, phone formats, WordPress and Shopify markup): each folder of
 * {@code src/test/resources/webaudit/sites/} that holds an {@code expected.properties} is served on loopback and
 * audited, and each verdict that file names (a check's status, {@code <check>.evidence} its evidence key) must be the
 * audit's. The file's {@code subject.*} lines are what the merchant registered.
 */
class CorpusTests {

	static Stream<String> sites() throws IOException, URISyntaxException {
		Path root = Path.of(CorpusTests.class.getClassLoader().getResource("webaudit/sites").toURI());
		try (Stream<Path> folders = Files.list(root)) {
			List<String> names = folders.filter(folder -> Files.exists(folder.resolve("expected.properties")))
				.map(folder -> folder.getFileName().toString())
				.sorted()
				.toList();
			assertThat(names).as("the corpus").hasSizeGreaterThanOrEqualTo(30);
			return names.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sites")
	void judgesTheSiteAsItsExpectedVerdictsSay(String name) throws IOException {
		Properties expected = expected(name);
		AuditSubject subject = new AuditSubject(expected.getProperty("subject.civic"),
				expected.getProperty("subject.street"), expected.getProperty("subject.phone"), List.of());
		try (FixtureSite site = FixtureSite.http(name)) {
			// when
			Map<String, Finding> findings = Audits.byId(Audits.allowingLoopback().audit(site.url("/"), subject));
			// then
			List<String> verdicts = new ArrayList<>();
			for (String key : expected.stringPropertyNames()) {
				if (key.startsWith("subject.")) {
					continue;
				}
				String check = key.endsWith(".evidence") ? key.substring(0, key.length() - ".evidence".length()) : key;
				assertThat(CheckIds.ALL).as("%s names a check", key).contains(check);
				Finding finding = findings.get(check);
				String actual = key.endsWith(".evidence") ? finding.evidenceKey().replace("webaudit.evidence.", "")
						: finding.status().name();
				CheckStatus.valueOf(key.endsWith(".evidence") ? CheckStatus.PASS.name() : expected.getProperty(key));
				verdicts.add(key + "=" + actual + (actual.equals(expected.getProperty(key)) ? ""
						: " (expected " + expected.getProperty(key) + "; " + finding.arguments() + ")"));
			}
			assertThat(verdicts).as(name).allSatisfy(verdict -> assertThat(verdict).doesNotContain("(expected"));
		}
	}

	private static Properties expected(String name) throws IOException {
		Properties expected = new Properties();
		try (InputStream in = CorpusTests.class.getClassLoader()
			.getResourceAsStream("webaudit/sites/" + name + "/expected.properties");
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			expected.load(reader);
		}
		return expected;
	}

}
