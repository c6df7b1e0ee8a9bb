package ca.pignon.territory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A street name reduced to what identifies it whatever the spelling: its generic type («avenue»), its specific part
 * («monseigneur gosselin») and its direction («ouest»). «Av. Mgr-Gosselin», «avenue Monseigneur Gosselin» and «AVENUE
 * MONSEIGNEUR-GOSSELIN» all give the same key; so do «St-Jean» and «Saint-Jean», «boul. de l'Ormière» and «Boulevard
 * Ormière».
 *
 * @param type the generic type, expanded («boulevard»), or null when none was written
 * @param specific the specific part, with Saint/Sainte as «st», ordinals as digits and particles (de, la...) removed
 * @param direction «nord», «sud», «est» or «ouest», or null
 */
record StreetName(@Nullable String type, String specific, @Nullable String direction) {

	private static final Set<String> TYPES = Set.of("rue", "avenue", "boulevard", "chemin", "route", "cote", "place",
			"rang", "autoroute", "quai", "cours", "montee", "promenade", "terrasse", "impasse", "allee", "carre",
			"croissant", "sentier", "ruelle", "passage", "circuit", "voie", "esplanade", "bretelle");

	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("boul", "boulevard"),
			Map.entry("bd", "boulevard"), Map.entry("blvd", "boulevard"), Map.entry("boulv", "boulevard"),
			Map.entry("av", "avenue"), Map.entry("ave", "avenue"), Map.entry("ch", "chemin"),
			Map.entry("chem", "chemin"), Map.entry("rte", "route"), Map.entry("r", "rue"),
			Map.entry("mtee", "montee"), Map.entry("pl", "place"), Map.entry("aut", "autoroute"),
			Map.entry("terr", "terrasse"), Map.entry("prom", "promenade"), Map.entry("imp", "impasse"),
			Map.entry("cte", "cote"), Map.entry("crois", "croissant"), Map.entry("mgr", "monseigneur"),
			Map.entry("msgr", "monseigneur"), Map.entry("saint", "st"), Map.entry("sainte", "st"),
			Map.entry("ste", "st"), Map.entry("premiere", "1"), Map.entry("premier", "1"));

	private static final Map<String, String> DIRECTIONS = Map.of("nord", "nord", "n", "nord", "sud", "sud", "s",
			"sud", "est", "est", "e", "est", "ouest", "ouest", "o", "ouest");

	private static final Set<String> PARTICLES = Set.of("de", "du", "des", "la", "le", "les", "l", "d", "au", "aux");

	private static final Pattern ORDINAL = Pattern.compile("(\\d+)(e|er|re|ere|eme|ieme|iere)");

	/**
	 * @return the street name, or empty when the text holds nothing but a type, a direction or particles
	 */
	static Optional<StreetName> parse(String text) {
		var tokens = new ArrayList<String>();
		for (String token : AddressText.tokens(text)) {
			var ordinal = ORDINAL.matcher(token);
			tokens.add(ordinal.matches() ? ordinal.group(1) : ABBREVIATIONS.getOrDefault(token, token));
		}
		String direction = null;
		if (tokens.size() > 1 && DIRECTIONS.containsKey(tokens.get(tokens.size() - 1))
				&& !specific(tokens.subList(0, tokens.size() - 1), true).isEmpty()) {
			direction = DIRECTIONS.get(tokens.remove(tokens.size() - 1));
		}
		String type = null;
		if (tokens.size() > 1 && TYPES.contains(tokens.get(0))) {
			type = tokens.remove(0);
		}
		else if (tokens.size() > 1 && TYPES.contains(tokens.get(tokens.size() - 1))) {
			type = tokens.remove(tokens.size() - 1);
		}
		String specific = specific(tokens, false);
		if (specific.isEmpty()) {
			specific = String.join(" ", tokens);
		}
		return specific.isEmpty() ? Optional.empty() : Optional.of(new StreetName(type, specific, direction));
	}

	private static String specific(List<String> tokens, boolean withoutType) {
		var kept = new ArrayList<String>();
		for (int i = 0; i < tokens.size(); i++) {
			boolean leadingOrTrailingType = withoutType && (i == 0 || i == tokens.size() - 1)
					&& TYPES.contains(tokens.get(i)) && tokens.size() > 1;
			if (!PARTICLES.contains(tokens.get(i)) && !leadingOrTrailingType) {
				kept.add(tokens.get(i));
			}
		}
		return String.join(" ", kept);
	}

}
