package ca.pignon.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which three to five content pillars Pignon proposes from the value work. Each kind of pillar scores 2 for every
 * differentiator that names one of its words (in French or English, accents and case aside) and 1 when the merchant
 * answered the question it grows from; the kinds that score are proposed, the highest first (ties in the order of
 * {@link PillarKind}), five at most; when fewer than three score, the behind-the-scenes, the neighbourhood, the
 * questions and the signature pillars complete the three, in that order. The same sheet always gives the same pillars.
 */
final class PillarPolicy {

	static final int MIN = 3;

	static final int MAX = 5;

	/** A proposed pillar and the differentiator that suggested it, if one did. */
	record Proposal(PillarKind kind, @Nullable String because) {
	}

	static final Map<PillarKind, List<String>> WORDS = new EnumMap<>(Map.of(
			PillarKind.BEHIND_THE_SCENES,
			List.of("fabriqu", "fait main", "maison", "artisan", "atelier", "recette", "cuit", "handmade", "homemade",
					"craft", "workshop", "recipe", "baked"),
			PillarKind.SEASONAL,
			List.of("saison", "recolte", "ete", "hiver", "automne", "printemps", "season", "harvest", "summer",
					"winter", "fall", "spring"),
			PillarKind.NEIGHBOURHOOD,
			List.of("quartier", "rue", "voisin", "sdc", "region", "local", "quebec", "neighbourhood", "neighborhood",
					"street", "neighbour", "community", "communaute"),
			PillarKind.QUESTIONS,
			List.of("conseil", "expert", "question", "guide", "explique", "advice", "tips", "expertise"),
			PillarKind.TEAM,
			List.of("equipe", "famille", "proprietaire", "personnel", "team", "family", "owner", "staff"),
			PillarKind.SIGNATURE,
			List.of("signature", "specialite", "vedette", "meilleur", "unique", "seul", "specialty", "best", "only",
					"exclusive"),
			PillarKind.VALUES,
			List.of("durable", "equitable", "bio", "ecolo", "recycl", "zero", "gaspill", "environnement",
					"sustainable", "fair", "organic", "waste", "valeur", "accessib"),
			PillarKind.CUSTOMERS,
			List.of("client", "habitue", "accueil", "sourire", "customer", "regular", "welcome", "friendly")));

	static final Map<String, PillarKind> QUESTIONS = Map.of("customers", PillarKind.CUSTOMERS, "different",
			PillarKind.SIGNATURE, "story", PillarKind.BEHIND_THE_SCENES, "people", PillarKind.TEAM, "signature",
			PillarKind.SIGNATURE, "neighbourhood", PillarKind.NEIGHBOURHOOD, "values", PillarKind.VALUES);

	static final List<PillarKind> DEFAULTS = List.of(PillarKind.BEHIND_THE_SCENES, PillarKind.NEIGHBOURHOOD,
			PillarKind.QUESTIONS, PillarKind.SIGNATURE);

	private PillarPolicy() {
	}

	static List<Proposal> propose(ValueSheet sheet) {
		Map<PillarKind, Integer> scores = new EnumMap<>(PillarKind.class);
		Map<PillarKind, String> because = new EnumMap<>(PillarKind.class);
		for (String differentiator : sheet.writtenDifferentiators()) {
			String text = plain(differentiator);
			for (PillarKind kind : PillarKind.values()) {
				if (WORDS.get(kind).stream().anyMatch(word -> names(text, word))) {
					scores.merge(kind, 2, Integer::sum);
					because.putIfAbsent(kind, differentiator);
				}
			}
		}
		QUESTIONS.forEach((question, kind) -> {
			if (!sheet.answer(question).isBlank()) {
				scores.merge(kind, 1, Integer::sum);
			}
		});
		List<PillarKind> ranked = new ArrayList<>(scores.keySet());
		ranked.sort(Comparator.comparing((PillarKind kind) -> -scores.get(kind)).thenComparing(Enum::ordinal));
		List<PillarKind> chosen = new ArrayList<>(ranked.subList(0, Math.min(MAX, ranked.size())));
		for (PillarKind kind : DEFAULTS) {
			if (chosen.size() >= MIN) {
				break;
			}
			if (!chosen.contains(kind)) {
				chosen.add(kind);
			}
		}
		return chosen.stream().map(kind -> new Proposal(kind, because.get(kind))).toList();
	}

	/** Whether the text names the word: at the start of one of its words (so "rue" is not found in "bruest"). */
	static boolean names(String text, String word) {
		return (" " + text).contains(" " + word);
	}

	/** Lower case, without accents, punctuation as spaces. */
	static String plain(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", " ").strip();
	}

}
