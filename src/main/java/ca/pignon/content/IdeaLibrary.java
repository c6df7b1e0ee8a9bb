package ca.pignon.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The shipped library of post ideas ({@code content/ideas.yaml}), read once at start-up; an idea that does not read
 * (unknown kind, family or format, a text missing in one language, an id twice) stops the start, naming it.
 */
@Component
public class IdeaLibrary {

	static final String RESOURCE = "content/ideas.yaml";

	private final List<Idea> ideas;

	IdeaLibrary() {
		this.ideas = read(new ClassPathResource(RESOURCE));
	}

	public List<Idea> all() {
		return ideas;
	}

	/** The ideas for a kind of pillar that suit a sector family, in the library's order. */
	public List<Idea> ideas(PillarKind kind, SectorFamily family) {
		return ideas.stream().filter(idea -> idea.kind() == kind && idea.suits(family)).toList();
	}

	@SuppressWarnings("unchecked")
	static List<Idea> read(ClassPathResource resource) {
		Map<String, Object> document;
		try (InputStream in = resource.getInputStream()) {
			document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Idea> ideas = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Map<String, Object> entry : (List<Map<String, Object>>) document.get("ideas")) {
			String id = String.valueOf(entry.get("id"));
			try {
				Map<String, String> prompt = (Map<String, String>) entry.get("prompt");
				Map<String, String> example = (Map<String, String>) entry.get("example");
				Set<SectorFamily> families = EnumSet.noneOf(SectorFamily.class);
				for (String family : (List<String>) entry.get("families")) {
					if (family.equals("ALL")) {
						families.addAll(EnumSet.allOf(SectorFamily.class));
					}
					else {
						families.add(SectorFamily.valueOf(family));
					}
				}
				Idea idea = new Idea(id, PillarKind.valueOf(String.valueOf(entry.get("kind"))), families,
						PostFormat.valueOf(String.valueOf(entry.get("format"))), text(prompt, "fr"),
						text(prompt, "en"), text(example, "fr"), text(example, "en"));
				if (!ids.add(id) || families.isEmpty()) {
					throw new IllegalArgumentException("an id twice, or no family");
				}
				ideas.add(idea);
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException(RESOURCE + ": idea " + id + " does not read: " + ex.getMessage(), ex);
			}
		}
		return List.copyOf(ideas);
	}

	private static String text(Map<String, String> texts, String language) {
		String text = texts.get(language);
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("no text in " + language);
		}
		return text.strip();
	}

}
