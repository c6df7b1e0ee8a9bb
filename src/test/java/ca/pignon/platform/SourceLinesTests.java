package ca.pignon.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A problem about an element of a YAML file names the line where the element is. */
class SourceLinesTests {

	static final String SOURCE = """
			# a comment naming id: web-https
			dimensions:
			  - id: website
			    questions:
			      - id: web-https
			        choices:
			          - {id: "yes", points: 2, text: {fr: "Oui", en: "Yes"}}
			          - {id: no-site, points: 0}
			""";

	@Test
	void findsAnElementWrittenInBlockOrFlowStyle() {
		assertThat(SourceLines.lineOf(SOURCE, "id", "website")).isEqualTo(3);
		assertThat(SourceLines.lineOf(SOURCE, "id", "web-https")).isEqualTo(5);
		assertThat(SourceLines.lineOf(SOURCE, "id", "yes")).isEqualTo(7);
		assertThat(SourceLines.lineOf(SOURCE, "id", "no-site")).isEqualTo(8);
	}

	@Test
	void doesNotTakeAPrefixOrAnotherKeyForTheElement() {
		assertThat(SourceLines.lineOf(SOURCE, "id", "web")).isNull();
		assertThat(SourceLines.lineOf(SOURCE, "code", "website")).isNull();
		assertThat(SourceLines.lineOf(SOURCE, "id", "nowhere")).isNull();
		assertThat(SourceLines.lineOf(SOURCE, "id", " ")).isNull();
	}

}
