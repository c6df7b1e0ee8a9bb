package ca.pignon.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NAICS Canada 2022 (Statistics Canada), searchable by code, French title, English title or the words people use for
 * their trade in Québec (the trade index, {@code naics/trade-words.csv}), case, accents, plurals and one typo aside.
 */
@Component
class SectorCatalogue {

	/** The classes the registration form offers first: storefront retail, food services, personal services, arts. */
	static final List<String> COMMON = List.of("311811", "445291", "445110", "4453", "456", "458", "459", "449", "722511", "722512",
			"722410", "812114", "812115", "812116", "8121", "711", "712", "713940");

	private record Entry(String code, String parent, int level, String english, String french, List<String> words) {
	}

	/** A line of the trade index: a word or phrase and the codes it means, most likely first. */
	private record TradeWord(String term, List<String> words, List<String> codes) {
	}

	/** Why a class is found, best first: its rank, then the order of the trade index, then broader classes first. */
	private record Hit(Entry entry, int source, WordMatch.Quality quality, int extraWords, int order) {
	}

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	private final List<TradeWord> tradeWords = new ArrayList<>();

	/** Codes that only repeat their one child (44414 and 444140): the search shows the child alone. */
	private final Set<String> repeated = new HashSet<>();

	private final Map<Locale, List<Sector>> topLevel = new ConcurrentHashMap<>();

	SectorCatalogue() {
		Map<String, String> french = readFrench();
		try (Reader reader = reader("naics/naics-scian-2022-structure-v1-eng.csv")) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				String code = row.get("Code").strip();
				if (entries.containsKey(code)) {
					continue; // the file repeats a few classes
				}
				String english = row.get("Class title").strip();
				String fr = french.getOrDefault(code, english);
				entries.put(code, new Entry(code, row.get("Parent").strip(), Integer.parseInt(row.get(0).strip()),
						english, fr, WordMatch.words(english + " " + fr)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, List<Entry>> children = new HashMap<>();
		entries.values().forEach(entry -> children.computeIfAbsent(entry.parent(), parent -> new ArrayList<>()).add(entry));
		for (Entry entry : entries.values()) {
			List<Entry> own = children.getOrDefault(entry.code(), List.of());
			if (own.size() == 1 && own.get(0).english().equals(entry.english())) {
				repeated.add(entry.code());
			}
		}
		readTradeWords();
	}

	Optional<Sector> find(String code, Locale locale) {
		return Optional.ofNullable(entries.get(code)).map(entry -> sector(entry, locale));
	}

	boolean exists(String code) {
		return entries.containsKey(code);
	}

	List<Sector> common(Locale locale) {
		return COMMON.stream().map(code -> sector(entries.get(code), locale)).toList();
	}

	List<Sector> topLevel(Locale locale) {
		// the staff list's filter asks for them on each page: picked from the whole catalogue once per language (issue 19)
		return topLevel.computeIfAbsent(locale, language -> entries.values()
			.stream()
			.filter(entry -> entry.level() == 1)
			.map(entry -> sector(entry, language))
			.toList());
	}

	/** How many words and phrases the trade index holds. */
	int tradeWordCount() {
		return tradeWords.size();
	}

	/**
	 * Every word of the query must match (a whole word, the start of one, or one typo in all): first the trade
	 * index's meanings of what was typed, then the titles and codes; one row per class, a class that only repeats its
	 * one child left out.
	 */
	List<Sector> search(String query, Locale locale, int limit) {
		List<String> typed = WordMatch.words(query);
		if (typed.isEmpty()) {
			return List.of();
		}
		Map<String, Hit> best = new LinkedHashMap<>();
		for (TradeWord trade : tradeWords) {
			WordMatch.Quality quality = WordMatch.matchAll(typed, trade.words());
			if (quality == null) {
				continue;
			}
			for (int i = 0; i < trade.codes().size(); i++) {
				keep(best, new Hit(entries.get(trade.codes().get(i)), 0, quality, trade.words().size() - typed.size(), i));
			}
		}
		for (Entry entry : entries.values()) {
			WordMatch.Quality quality = codeMatch(typed, entry);
			if (quality == null) {
				quality = WordMatch.matchAll(typed, entry.words());
			}
			if (quality != null) {
				keep(best, new Hit(entry, 1, quality, 0, 0));
			}
		}
		return best.values()
			.stream()
			.filter(hit -> !repeated.contains(hit.entry().code()))
			.sorted(Comparator.comparingInt(Hit::source)
				.thenComparing(Hit::quality)
				.thenComparingInt(Hit::extraWords)
				.thenComparingInt(Hit::order)
				.thenComparingInt((Hit hit) -> startsWith(hit.entry(), typed.get(0), locale) ? 0 : 1)
				.thenComparingInt(hit -> hit.entry().level())
				.thenComparing(hit -> hit.entry().code()))
			.limit(limit)
			.map(hit -> sector(hit.entry(), locale))
			.toList();
	}

	private static WordMatch.Quality codeMatch(List<String> typed, Entry entry) {
		if (typed.size() == 1 && typed.get(0).chars().allMatch(Character::isDigit)) {
			String code = entry.code().replace("-", "");
			return code.equals(typed.get(0)) ? WordMatch.Quality.EXACT
					: entry.code().startsWith(typed.get(0)) ? WordMatch.Quality.PREFIX : null;
		}
		return null;
	}

	private static void keep(Map<String, Hit> best, Hit hit) {
		best.merge(hit.entry().code(), hit, (old, candidate) -> rank(candidate) < rank(old) ? candidate : old);
	}

	private static long rank(Hit hit) {
		return hit.source() * 1_000_000L + hit.quality().ordinal() * 100_000L + Math.max(0, hit.extraWords()) * 100L
				+ hit.order();
	}

	private static boolean startsWith(Entry entry, String word, Locale locale) {
		return WordMatch.plain(title(entry, locale)).startsWith(word) || entry.code().startsWith(word);
	}

	private Sector sector(Entry entry, Locale locale) {
		return new Sector(entry.code(), title(entry, locale), entry.level(), sectorOf(entry));
	}

	private String sectorOf(Entry entry) {
		Entry current = entry;
		while (current.level() > 1 && entries.containsKey(current.parent())) {
			current = entries.get(current.parent());
		}
		return current.code();
	}

	private static String title(Entry entry, Locale locale) {
		return "en".equals(locale.getLanguage()) ? entry.english() : entry.french();
	}

	private static Map<String, String> readFrench() {
		Map<String, String> titles = new HashMap<>();
		try (Reader reader = reader("naics/naics-scian-2022-fr.csv")) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				titles.put(row.get("code").strip(), row.get("title_fr").strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return titles;
	}

	private void readTradeWords() {
		try (Reader reader = reader("naics/trade-words.csv")) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				List<String> codes = List.of(WordMatch.split(row.get("codes")));
				for (String code : codes) {
					if (!entries.containsKey(code)) {
						throw new IllegalStateException("trade-words.csv: " + row.get("term") + " names no class " + code);
					}
				}
				tradeWords.add(new TradeWord(row.get("term").strip(), WordMatch.words(row.get("term")), codes));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Reader reader(String path) throws IOException {
		var in = new BufferedInputStream(new ClassPathResource(path).getInputStream());
		in.mark(3);
		byte[] bom = in.readNBytes(3);
		if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
			in.reset();
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

}
