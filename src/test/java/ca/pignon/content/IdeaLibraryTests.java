package ca.pignon.content;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped idea library: at least 60 ideas in French and English, every kind of pillar with ideas for every sector
 * family, every format used, each idea with a prompt and an example in both languages.
 */
class IdeaLibraryTests {

	final IdeaLibrary library = new IdeaLibrary();

	@Test
	void shipsAtLeastSixtyIdeasWithUniqueIds() {
		assertThat(library.all()).hasSizeGreaterThanOrEqualTo(60);
		assertThat(library.all()).extracting(Idea::id).doesNotHaveDuplicates();
	}

	@Test
	void givesEveryPillarIdeasForEverySectorFamily() {
		for (PillarKind kind : PillarKind.values()) {
			for (SectorFamily family : SectorFamily.values()) {
				assertThat(library.ideas(kind, family)).as("%s for %s", kind, family)
					.hasSizeGreaterThanOrEqualTo(4)
					.allMatch(idea -> idea.kind() == kind && idea.suits(family));
			}
		}
	}

	@Test
	void usesEveryFormatAndWritesEachIdeaInBothLanguages() {
		Set<PostFormat> formats = library.all().stream().map(Idea::format).collect(Collectors.toSet());
		assertThat(formats).containsExactlyInAnyOrder(PostFormat.values());
		assertThat(library.all()).allSatisfy(idea -> {
			assertThat(idea.promptFr()).isNotBlank().isNotEqualTo(idea.promptEn());
			assertThat(idea.exampleFr()).isNotBlank().isNotEqualTo(idea.exampleEn());
			assertThat(idea.promptEn()).isNotBlank();
			assertThat(idea.exampleEn()).isNotBlank();
		});
	}

	@Test
	void hasIdeasMadeForOneSectorFamily() {
		assertThat(library.all()).anyMatch(idea -> idea.families().equals(Set.of(SectorFamily.FOOD)))
			.anyMatch(idea -> idea.families().equals(Set.of(SectorFamily.RETAIL)))
			.anyMatch(idea -> idea.families().equals(Set.of(SectorFamily.SERVICES)))
			.anyMatch(idea -> idea.families().equals(Set.of(SectorFamily.OTHER)));
	}

}
