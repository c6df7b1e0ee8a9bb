package ca.pignon.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are plain Thymeleaf fragments (issue 19): the Layout Dialect is no longer on the classpath, so a page still
 * written for it would be served without its layout. {@code ops/layout-to-fragments.py} converts it.
 */
class PlainFragmentPagesTests {

	@Test
	void noTemplateIsWrittenForTheLayoutDialect() throws IOException {
		// given
		List<Path> templates;
		try (Stream<Path> main = Files.walk(Path.of("src/main/resources/templates"));
				Stream<Path> test = Files.walk(Path.of("src/test/resources/templates"))) {
			templates = Stream.concat(main, test).filter(path -> path.toString().endsWith(".html")).toList();
		}
		// when
		List<String> written = templates.stream().filter(PlainFragmentPagesTests::usesTheDialect).map(Path::toString).toList();
		// then
		assertThat(templates).isNotEmpty();
		assertThat(written).as("templates to convert with ops/layout-to-fragments.py").isEmpty();
	}

	private static boolean usesTheDialect(Path template) {
		try {
			String text = Files.readString(template, StandardCharsets.UTF_8);
			return text.contains("layout:") || text.contains("ultraq.net.nz");
		}
		catch (IOException unreadable) {
			throw new java.io.UncheckedIOException(unreadable);
		}
	}

}
