package ca.pignon.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NAICS Canada 2022 (Statistics Canada), searchable by code, French title or English title, accents and case aside.
 */
@Component
class SectorCatalogue {

	/** The classes the registration form offers first: storefront retail, food services, personal services, arts. */
	static final List<String> COMMON = List.of("311811", "445291", "445110", "4453", "456", "458", "459", "449", "722511", "722512",
			"722410", "812114", "812115", "812116", "8121", "711", "712", "713940");

	private record Entry(String code, String parent, int level, String english, String french, String searchable) {
	}

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	SectorCatalogue() {
		Map<String, String> french = readFrench();
		try (Reader reader = reader("naics/naics-scian-2022-structure-v1-eng.csv")) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				String code = row.get("Code").strip();
				String english = row.get("Class title").strip();
				String fr = french.getOrDefault(code, english);
				entries.put(code, new Entry(code, row.get("Parent").strip(), Integer.parseInt(row.get(0).strip()),
						english, fr, searchable(code + " " + english + " " + fr)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
		return entries.values().stream().filter(entry -> entry.level() == 1).map(entry -> sector(entry, locale)).toList();
	}

	/** Every word of the query must appear; shorter codes (broader classes) and title starts rank first. */
	List<Sector> search(String query, Locale locale, int limit) {
		List<String> words = Arrays.stream(searchable(query).split(" ")).filter(word -> !word.isBlank()).toList();
		if (words.isEmpty()) {
			return List.of();
		}
		return entries.values()
			.stream()
			.filter(entry -> words.stream().allMatch(word -> entry.searchable().contains(word)))
			.sorted(Comparator.comparingInt((Entry entry) -> startsWith(entry, words.get(0), locale) ? 0 : 1)
				.thenComparingInt(Entry::level)
				.thenComparing(Entry::code))
			.limit(limit)
			.map(entry -> sector(entry, locale))
			.toList();
	}

	private boolean startsWith(Entry entry, String word, Locale locale) {
		return searchable(title(entry, locale)).startsWith(word) || entry.code().startsWith(word);
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

	static String searchable(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", " ").strip();
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
