package ca.pignon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationFileTests {

	/** Spring Boot reads .properties as ISO-8859-1: a raw "é" there would reach the pages as "Ã©". */
	@Test
	void applicationPropertiesEscapeEveryNonAsciiCharacter() throws IOException {
		for (Path file : new Path[] { Path.of("src/main/resources/application.properties"),
				Path.of("src/test/resources/config/application.properties") }) {
			String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
			assertThat(text.chars().filter(c -> c > 127).count()).as(file + ": non-ASCII characters").isZero();
		}
	}

}
