package ca.pignon.webaudit.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * robots.txt as RFC 9309 reads it (crawler-commons' parser: the group of the most specific user agent, the longest
 * matching rule, Allow winning a tie, {@code *} and {@code $} in paths), asked for the search robots that matter to a
 * storefront: any robot ({@code *}), Googlebot and Bingbot.
 */
final class RobotsTxt {

	/** The search robots asked about, each by the name its robots.txt group would use ({@code *}: no group of its own). */
	private static final Map<String, String> SEARCH_ROBOTS = Map.of("*", "pignon-any-robot", "googlebot", "googlebot",
			"bingbot", "bingbot");

	private static final String ORIGIN = "https://robots.invalid";

	private final Map<String, SimpleRobotRules> rules;

	private RobotsTxt(Map<String, SimpleRobotRules> rules) {
		this.rules = rules;
	}

	static RobotsTxt parse(String text) {
		byte[] content = text.getBytes(StandardCharsets.UTF_8);
		Map<String, SimpleRobotRules> rules = new java.util.TreeMap<>();
		SEARCH_ROBOTS.forEach((agent, name) -> rules.put(agent,
				new SimpleRobotRulesParser().parseContent(ORIGIN + "/robots.txt", content, "text/plain", List.of(name))));
		return new RobotsTxt(rules);
	}

	/** The search robots (among *, googlebot and bingbot) that robots.txt keeps off the home page, so off the site. */
	static List<String> agentsKeptOut(String robots) {
		return parse(robots).agentsKeptOut();
	}

	List<String> agentsKeptOut() {
		SimpleRobotRules any = rules.get("*");
		// Googlebot or Bingbot are named only when their own group keeps them out: without one they follow "*"
		return rules.entrySet()
			.stream()
			.filter(e -> !e.getValue().isAllowed(ORIGIN + "/"))
			.filter(e -> e.getKey().equals("*") || !e.getValue().equals(any))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Whether one of the search robots may not read this page (its path and query; the host is not robots.txt's). */
	boolean hidesFromSomeRobot(URI page) {
		String path = page.getRawPath() == null || page.getRawPath().isEmpty() ? "/" : page.getRawPath();
		String address = ORIGIN + path + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery());
		return rules.values().stream().anyMatch(r -> !r.isAllowed(address));
	}

	/** The Disallow rules that apply to one of the search robots, as written (at most a few, for the evidence). */
	List<String> disallowed() {
		Set<String> prefixes = new LinkedHashSet<>();
		rules.values()
			.forEach(r -> r.getRobotRules()
				.stream()
				.filter(rule -> !rule.isAllow() && !rule.getPrefix().isEmpty())
				.forEach(rule -> prefixes.add(rule.getPrefix())));
		return new ArrayList<>(prefixes);
	}

	/** The Sitemap: lines, a relative one as its path (to resolve against the site). */
	List<String> sitemaps() {
		return rules.values()
			.iterator()
			.next()
			.getSitemaps()
			.stream()
			.map(s -> s.startsWith(ORIGIN + "/") ? s.substring(ORIGIN.length()) : s)
			.toList();
	}

}
