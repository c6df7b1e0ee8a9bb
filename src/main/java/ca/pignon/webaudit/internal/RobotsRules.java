package ca.pignon.webaudit.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads robots.txt for the one thing the audit cares about: whether it closes the whole site to every robot or to the
 * main search engines' ones.
 */
final class RobotsRules {

	static final Set<String> SEARCH_ROBOTS = Set.of("*", "googlebot", "bingbot");

	private RobotsRules() {
	}

	/** The user agents (among *, googlebot and bingbot) that robots.txt keeps out of the whole site. */
	static List<String> agentsKeptOut(String robots) {
		List<String> out = new ArrayList<>();
		Group group = new Group();
		for (String raw : robots.split("\\R")) {
			String line = raw.replaceAll("#.*", "").strip();
			int colon = line.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
			String value = line.substring(colon + 1).strip();
			if (field.equals("user-agent")) {
				if (group.hasRules) {
					group.keptOut(out);
					group = new Group();
				}
				group.agents.add(value.toLowerCase(Locale.ROOT));
			}
			else if (field.equals("disallow") || field.equals("allow")) {
				group.rule(field, value);
			}
		}
		group.keptOut(out);
		return out.stream().distinct().sorted().toList();
	}

	/** The user agents of one group and whether its rules close the root. */
	private static final class Group {

		final Set<String> agents = new HashSet<>();

		boolean hasRules;

		boolean disallowAll;

		boolean allowAll;

		void rule(String field, String value) {
			hasRules = true;
			boolean root = value.equals("/") || value.equals("/*");
			if (field.equals("disallow")) {
				disallowAll |= root;
			}
			else {
				allowAll |= root;
			}
		}

		void keptOut(List<String> out) {
			if (disallowAll && !allowAll) {
				agents.stream().filter(SEARCH_ROBOTS::contains).forEach(out::add);
			}
		}

	}

}
