package ca.pignon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French first, English available: every module keeps its own bundle ({@code i18n/<module>/}), every key exists in both
 * languages and in one bundle only, the bundle of the module it names, every key a template or the code names exists,
 * and no template carries text that would escape translation. The modules are those Spring Modulith finds: a new
 * module is checked without being named here.
 */
class MessagesTests {

	static final Path BUNDLES = Path.of("src/main/resources/i18n");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path JAVA = Path.of("src/main/java");

	static final String PLATFORM = "platform";

	static final List<String> LANGUAGES = List.of("messages.properties", "messages_fr.properties");

	/** Attributes people read or hear: they must come from messages too. */
	static final Set<String> READABLE_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value");

	static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	static final Set<String> MODULES = ApplicationModules.of(PignonApplication.class)
		.stream()
		.map(ApplicationModule::getName)
		.collect(Collectors.toCollection(TreeSet::new));

	/** Keys of the house that belong to no module: platform's bundle holds them. */
	static final Set<String> HOUSE_PREFIXES = Set.of("layout", "forms");

	static final Pattern KEY_IN_CODE = Pattern.compile(
			"\"((?:" + String.join("|", MODULES) + "|" + String.join("|", HOUSE_PREFIXES) + ")\\.[a-zA-Z0-9_.]+)\"");

	static final Pattern KEY_IN_ANNOTATION = Pattern
		.compile("\"\\{((?:" + String.join("|", MODULES) + ")\\.[a-zA-Z0-9_.]+)}\"");

	@Test
	void everyBundleBelongsToAModule() throws IOException {
		assertThat(bundles()).as("modules of the bundles in " + BUNDLES).isNotEmpty().isSubsetOf(MODULES);
	}

	@Test
	void everyKeyExistsInFrenchAndEnglish() throws IOException {
		for (String module : bundles()) {
			Properties english = load(module, "messages.properties");
			Properties french = load(module, "messages_fr.properties");
			assertThat(new TreeSet<>(french.stringPropertyNames())).as(module + ": keys missing in French")
				.containsAll(english.stringPropertyNames());
			assertThat(new TreeSet<>(english.stringPropertyNames())).as(module + ": keys missing in English")
				.containsAll(french.stringPropertyNames());
		}
	}

	@Test
	void noMessageIsBlank() throws IOException {
		for (String module : bundles()) {
			for (String file : LANGUAGES) {
				Properties messages = load(module, file);
				assertThat(messages.stringPropertyNames()).as(module + "/" + file)
					.allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
			}
		}
	}

	@Test
	void everyKeyIsDefinedInOneBundleOnly() throws IOException {
		Map<String, String> owners = new TreeMap<>();
		List<String> twice = new ArrayList<>();
		for (String module : bundles()) {
			for (String key : load(module, "messages_fr.properties").stringPropertyNames()) {
				String owner = owners.putIfAbsent(key, module);
				if (owner != null) {
					twice.add(key + " in " + owner + " and " + module);
				}
			}
		}
		assertThat(twice).as("keys defined in two bundles").isEmpty();
	}

	@Test
	void everyKeyLivesInTheBundleOfTheModuleItNames() throws IOException {
		List<String> misplaced = new ArrayList<>();
		for (String module : bundles()) {
			for (String key : load(module, "messages_fr.properties").stringPropertyNames()) {
				if (!module.equals(owner(key))) {
					misplaced.add(module + ": " + key);
				}
			}
		}
		assertThat(misplaced).as("keys that belong in another module's bundle").isEmpty();
	}

	@Test
	void everyLiteralKeyUsedInTemplatesAndCodeExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String module : bundles()) {
			known.addAll(load(module, "messages_fr.properties").stringPropertyNames());
		}
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
			// a relative key that the code completes with its own prefix ("privacy.found" for the web audit's
			// "webaudit.evidence.privacy.found") only looks like another module's
			boolean relative = known.stream().anyMatch(full -> full.endsWith("." + key));
			if (!key.endsWith(".") && !known.contains(key) && !relative) {
				missing.add(file + ": " + key);
			}
		}
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(path -> path.toString().endsWith(suffix)).toList();
		}
	}

	/** A module's key starts with its name; platform holds the others (layout, forms, Spring's typeMismatch codes). */
	private static String owner(String key) {
		String prefix = key.substring(0, Math.max(key.indexOf('.'), 0));
		return MODULES.contains(prefix) ? prefix : PLATFORM;
	}

	/** The modules that keep a bundle, as the folders of {@link #BUNDLES} say. */
	private static List<String> bundles() throws IOException {
		try (Stream<Path> folders = Files.list(BUNDLES)) {
			return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList();
		}
	}

	private static Properties load(String module, String file) throws IOException {
		Path path = BUNDLES.resolve(module).resolve(file);
		assertThat(path).as(module + ": " + file).exists();
		var properties = new Properties();
		try (var in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
