package ca.pignon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code pignon.*} property, whether set in the application's properties files or read by the code, has its
 * configuration metadata (type, description, default), so that IDEs and operators find it documented.
 */
class ConfigurationMetadataTests {

	static final Pattern SET = Pattern.compile("^(pignon\\.[a-z0-9.\\-\\[\\]]+)=", Pattern.MULTILINE);

	static final Pattern READ = Pattern.compile("\\$\\{(pignon\\.[a-z0-9.\\-]+)");

	@Test
	void everyPignonPropertyHasMetadata() throws IOException {
		// given
		Set<String> documented = new TreeSet<>();
		for (String file : new String[] { "META-INF/spring-configuration-metadata.json" }) {
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
				assertThat(in).as(file).isNotNull();
				JsonNode metadata = new JsonMapper().readTree(in);
				metadata.get("properties").forEach(property -> documented.add(property.get("name").asString()));
			}
		}
		Set<String> used = new TreeSet<>();
		for (String file : new String[] { "application.properties", "application-prod.properties" }) {
			collect(SET, Files.readString(Path.of("src/main/resources", file)), used);
		}
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				collect(READ, Files.readString(source), used);
			}
		}
		// then: a list or map property is documented by its own name
		Set<String> undocumented = new TreeSet<>(used);
		undocumented.removeIf(name -> documented.contains(name)
				|| documented.stream().anyMatch(known -> name.startsWith(known + ".")));
		assertThat(used).hasSizeGreaterThan(50);
		assertThat(undocumented).as("pignon.* properties without configuration metadata").isEmpty();
	}

	private static void collect(Pattern pattern, String text, Set<String> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			into.add(matcher.group(1).replaceAll("\\[\\d+]", ""));
		}
	}

}
