package ca.pignon;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French first, English available: every key exists in both languages, every key a template or the code names
 * exists, and no template carries text that would escape translation.
 */
class MessagesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path JAVA = Path.of("src/main/java");

	/** Attributes people read or hear: they must come from messages too. */
	static final Set<String> READABLE_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value");

	static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	static final Pattern KEY_IN_CODE = Pattern.compile("\"((?:platform|intake|territory|selection|webaudit|diagnostic|uploads|progress|plan|followup|layout|forms)\\.[a-zA-Z0-9_.]+)\"");

	static final Pattern KEY_IN_ANNOTATION = Pattern.compile("\"\\{((?:platform|intake|territory|selection|webaudit|diagnostic|uploads|progress|plan|followup)\\.[a-zA-Z0-9_.]+)}\"");

	@Test
	void everyKeyExistsInFrenchAndEnglish() throws IOException {
		Properties english = load("i18n/messages.properties");
		Properties french = load("i18n/messages_fr.properties");
		assertThat(new TreeSet<>(french.stringPropertyNames())).as("keys missing in French")
			.containsAll(english.stringPropertyNames());
		assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys missing in English")
			.containsAll(french.stringPropertyNames());
	}

	@Test
	void noMessageIsBlank() throws IOException {
		for (String file : List.of("i18n/messages.properties", "i18n/messages_fr.properties")) {
			Properties messages = load(file);
			assertThat(messages.stringPropertyNames()).as(file)
				.allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void everyLiteralKeyUsedInTemplatesAndCodeExists() throws IOException {
		Set<String> known = load("i18n/messages_fr.properties").stringPropertyNames();
		List<String> missing = new ArrayList<>();
		for (Path file : files(TEMPLATES, ".html")) {
			collect(KEY_IN_TEMPLATE.matcher(Files.readString(file)), known, file, missing);
		}
		for (Path file : files(JAVA, ".java")) {
			String source = Files.readString(file);
			collect(KEY_IN_CODE.matcher(source), known, file, missing);
			collect(KEY_IN_ANNOTATION.matcher(source), known, file, missing);
		}
		assertThat(missing).as("message keys used but not defined").isEmpty();
	}

	@Test
	void templatesHoldNoTextOutsideMessages() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path file : files(TEMPLATES, ".html")) {
			var document = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (replacedByThymeleaf(element) || element.tagName().equals("script")
						|| element.tagName().equals("style")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (isWords(text.text()) && !insideReplacedElement(element)) {
						literal.add(file + ": <" + element.tagName() + "> " + text.text().strip());
					}
				}
				for (String attribute : READABLE_ATTRIBUTES) {
					if (element.hasAttr(attribute) && isWords(element.attr(attribute))
							&& !(attribute.equals("value") && !element.tagName().equals("button")
									&& !element.attr("type").equals("submit"))) {
						literal.add(file + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
					}
				}
			}
		}
		assertThat(literal).as("literal text in templates").isEmpty();
	}

	@Test
	void templatesNeverWriteUnescapedText() throws IOException {
		for (Path file : files(TEMPLATES, ".html")) {
			String template = Files.readString(file);
			assertThat(template).as(file.toString()).doesNotContain("th:utext").doesNotContain("[(");
		}
	}

	private static boolean replacedByThymeleaf(Element element) {
		return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
				|| element.hasAttr("th:insert") || element.hasAttr("th:errors");
	}

	private static boolean insideReplacedElement(Element element) {
		for (Element parent : element.parents()) {
			if (parent.hasAttr("th:text") || parent.hasAttr("th:replace") || parent.hasAttr("th:insert")) {
				return true;
			}
		}
		return false;
	}

	/** Letters make words; punctuation, numbers and symbols between expressions do not need translating. */
	private static boolean isWords(String text) {
		return text.codePoints().filter(Character::isLetter).count() >= 2;
	}

	private static void collect(Matcher matcher, Set<String> known, Path file, List<String> missing) {
		while (matcher.find()) {
			String key = matcher.group(1);
			if (!key.endsWith(".") && !known.contains(key)) {
				missing.add(file + ": " + key);
			}
		}
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(path -> path.toString().endsWith(suffix)).toList();
		}
	}

	private static Properties load(String resource) throws IOException {
		var properties = new Properties();
		try (var in = MessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
