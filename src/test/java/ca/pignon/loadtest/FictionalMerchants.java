package ca.pignon.loadtest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;

import ca.pignon.intake.Business;
import ca.pignon.intake.Commitment;
import ca.pignon.intake.ConsentPurpose;
import ca.pignon.intake.Contact;
import ca.pignon.intake.Goal;
import ca.pignon.intake.HoursPerWeek;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.intake.Storefront;
import ca.pignon.intake.WorkBy;
import ca.pignon.territory.AddressQuery;
import ca.pignon.territory.GeocodeCandidate;
import ca.pignon.territory.Location;
import ca.pignon.territory.Precision;
import ca.pignon.territory.TerritoryManagement;

/**
 * Clearly fictional merchants ("… (fictif)", {@code @charge.pignon.test} addresses, 555-01xx phone numbers) at real
 * addresses of the shipped address list, drawn from a fixed seed so that two seedings give the same data.
 * <p>
 * The answers vary the way real applications would, so that every automatic criterion of the grid takes all its
 * values: hours per week, who does the work, online presence, number of employees, sector. Every storefront is at an
 * address the shipped index places exactly, well inside the program territory: the real eligibility rules, applied
 * at submission, find it eligible (the seeder checks each decision).
 */
final class FictionalMerchants {

	static final String EMAIL_DOMAIN = "charge.pignon.test";

	/** A real address of the shipped list, where the rules will find a storefront eligible. */
	record Address(String civicNumber, String street, String postalCode, String arrondissementCode,
			String arrondissementName) {
	}

	record Merchant(int index, String email, Contact contact, Business business, Storefront storefront,
			@Nullable String website, @Nullable String facebook, @Nullable String instagram,
			@Nullable String otherLinks, Set<Goal> goals, Commitment commitment, Set<ConsentPurpose> consents,
			Instant registeredAt, Instant submittedAt) {
	}

	private record Trade(String label, String naics) {
	}

	/** Storefront trades and their NAICS codes: retail, food services, personal services, arts, lodging, others. */
	private static final List<Trade> TRADES = List.of(new Trade("Boulangerie", "311811"),
			new Trade("Pâtisserie", "445291"), new Trade("Épicerie fine", "445298"), new Trade("Fruiterie", "445230"),
			new Trade("Boucherie", "445240"), new Trade("Poissonnerie", "445250"), new Trade("Librairie", "459210"),
			new Trade("Fleuriste", "459310"), new Trade("Quincaillerie", "444140"),
			new Trade("Boutique de vêtements", "458114"), new Trade("Chausseur", "458210"),
			new Trade("Bijouterie", "458310"), new Trade("Boutique de jouets", "459120"),
			new Trade("Papeterie", "459410"), new Trade("Boutique cadeaux", "459420"), new Trade("Friperie", "459510"),
			new Trade("Animalerie", "459910"), new Trade("Lunetterie", "456130"), new Trade("Meubles", "449110"),
			new Trade("Boutique de sport", "459119"), new Trade("Restaurant", "722511"), new Trade("Café", "722512"),
			new Trade("Casse-croûte", "722512"), new Trade("Traiteur", "722320"), new Trade("Bar", "722410"),
			new Trade("Salon de coiffure", "812116"), new Trade("Barbier", "812114"),
			new Trade("Salon d'esthétique", "812115"), new Trade("Toilettage", "812910"),
			new Trade("Nettoyeur", "812320"), new Trade("Centre de conditionnement", "713940"),
			new Trade("Atelier d'artisan", "711511"), new Trade("Gîte", "721191"),
			new Trade("Cabinet comptable", "541212"), new Trade("Clinique vétérinaire", "541940"),
			new Trade("Cordonnerie", "811430"), new Trade("Atelier de vélo", "811490"));

	private static final List<String> FIRST_NAMES = List.of("Marie", "Jean", "Sophie", "Luc", "Émilie", "Paul",
			"Nadia", "Karim", "Isabelle", "François", "Chloé", "Mathieu", "Léa", "Olivier", "Julie", "Samuel",
			"Catherine", "Antoine", "Amélie", "Youssef", "Geneviève", "Thomas", "Mélanie", "Nicolas", "Fatou", "Hugo",
			"Valérie", "Maxime", "Camille", "Gabriel", "Annie", "Vincent", "Josée", "Alexandre", "Linh", "Étienne");

	private static final List<String> LAST_NAMES = List.of("Tremblay", "Gagnon", "Roy", "Côté", "Bouchard",
			"Gauthier", "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque",
			"Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher", "Caron", "Beaulieu", "Cloutier",
			"Dubé", "Poirier", "Fournier", "Lapointe", "Leclerc", "Lefebvre", "Poulin", "Thibault", "St-Pierre",
			"Nadeau", "Martin", "Landry", "Martel", "Bédard", "Grenier", "Lessard", "Bernier", "Nguyen", "Diallo");

	private static final Goal[] GOALS = Goal.values();

	private FictionalMerchants() {
	}

	/** Every NAICS code the generator uses, to check against the catalogue before seeding. */
	static List<String> naicsCodes() {
		return TRADES.stream().map(Trade::naics).distinct().toList();
	}

	/**
	 * @param count how many merchants
	 * @param until the last submission is shortly before this instant
	 * @param span submissions are spread over this period before {@code until}, the oldest first
	 */
	static List<Merchant> generate(int count, List<Address> addresses, long seed, Instant until, Duration span) {
		Random random = new Random(seed);
		List<Merchant> merchants = new ArrayList<>(count);
		long step = span.toMillis() / Math.max(1, count);
		Instant start = until.minus(span);
		for (int i = 1; i <= count; i++) {
			String number = String.format(Locale.ROOT, "%05d", i);
			String first = pick(random, FIRST_NAMES);
			String last = pick(random, LAST_NAMES);
			Trade trade = trade(random);
			// a prime stride spreads neighbours in the sequence over the whole address list
			Address address = addresses.get((int) ((i * 7919L) % addresses.size()));
			int employees = employees(random);
			var storefront = new Storefront(address.civicNumber(), address.street(), "local " + (1 + i % 40),
					"Québec", address.postalCode(),
					random.nextInt(100) < 85 ? ReceptionMode.STOREFRONT : ReceptionMode.BY_APPOINTMENT);
			var business = new Business(trade.label() + " " + last + " " + number + " (fictif)", null, null,
					trade.naics(), employees);
			String slug = "commerce-" + number;
			int presence = random.nextInt(100);
			String website = presence < 30 ? "https://" + slug + "." + EMAIL_DOMAIN : null;
			String facebook = presence < 70 && random.nextBoolean() ? "https://facebook.test/" + slug : null;
			String instagram = presence < 70 && facebook == null ? "@" + slug.replace('-', '_') : null;
			Set<Goal> goals = EnumSet.noneOf(Goal.class);
			int goalCount = 1 + random.nextInt(3);
			while (goals.size() < goalCount) {
				goals.add(GOALS[random.nextInt(GOALS.length)]);
			}
			Set<ConsentPurpose> consents = EnumSet.noneOf(ConsentPurpose.class);
			for (ConsentPurpose purpose : ConsentPurpose.values()) {
				if (random.nextInt(100) < 30) {
					consents.add(purpose);
				}
			}
			Instant registeredAt = start.plusMillis(step * (i - 1) + random.nextInt((int) Math.min(step, 1_800_000) + 1));
			Instant submittedAt = registeredAt.plus(Duration.ofMinutes(5 + random.nextInt(85)));
			merchants.add(new Merchant(i, slug + "@" + EMAIL_DOMAIN,
					new Contact(first, last + " (fictif)", "418 555-01" + String.format(Locale.ROOT, "%02d", i % 100)),
					business, storefront, website, facebook, instagram, null, goals,
					new Commitment(hours(random), workBy(random)), consents, registeredAt, submittedAt));
		}
		return merchants;
	}

	/**
	 * The addresses of the shipped list (src/main/resources/territory/vdq-lieux-publics.csv) that have a civic number,
	 * that the geocoder places exactly, and that lie in the program territory, in an arrondissement, at least
	 * {@code marginMeters} from its edge (the rules ask 50 m, 500 m near an edge known only approximately).
	 */
	static List<Address> eligibleAddresses(TerritoryManagement territory, double marginMeters) {
		Map<String, double[]> fsas = fsaCentroids();
		Map<String, Address> chosen = new LinkedHashMap<>();
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("territory/vdq-lieux-publics.csv").getInputStream(), StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				String civic = row.get("civic_number").strip();
				String street = row.get("street").strip();
				if (civic.isEmpty() || street.isEmpty() || !civic.matches("[0-9]+")) {
					continue;
				}
				List<GeocodeCandidate> candidates = territory
					.geocode(new AddressQuery(civic, street, null, "Québec", null));
				if (candidates.isEmpty() || candidates.get(0).approximate()) {
					continue;
				}
				Location location = territory.locate(candidates.get(0).point());
				double edge = location.programEdgeDistanceMeters();
				double margin = location.precision() == Precision.APPROXIMATE ? Math.max(marginMeters, 600)
						: marginMeters;
				if (!location.inProgramTerritory() || location.arrondissement() == null || !(edge >= margin)) {
					continue;
				}
				String postalCode = nearestFsa(fsas, candidates.get(0).point().latitude(),
						candidates.get(0).point().longitude()) + " 1A1";
				chosen.putIfAbsent(civic + " " + street.toLowerCase(Locale.ROOT),
						new Address(civic, street, postalCode, location.arrondissement().code(),
								location.arrondissement().name()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(chosen.values());
	}

	static Map<String, Long> byArrondissement(List<Address> addresses) {
		Map<String, Long> counts = new TreeMap<>();
		addresses.forEach(address -> counts.merge(address.arrondissementName(), 1L, Long::sum));
		return counts;
	}

	/** Centroids of the Québec-area postal areas (FSA G1…, G2…, G3…) of the shipped GeoNames file. */
	private static Map<String, double[]> fsaCentroids() {
		Map<String, double[]> centroids = new LinkedHashMap<>();
		try (var in = new ClassPathResource("territory/geonames-CA-fsa-QC.tsv").getInputStream()) {
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(line -> {
				String[] columns = line.split("\t");
				if (columns.length > 10 && columns[1].matches("G[123][A-Z]")) {
					centroids.put(columns[1],
							new double[] { Double.parseDouble(columns[9]), Double.parseDouble(columns[10]) });
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return centroids;
	}

	private static String nearestFsa(Map<String, double[]> centroids, double latitude, double longitude) {
		String best = "G1R";
		double bestDistance = Double.MAX_VALUE;
		double cos = Math.cos(Math.toRadians(latitude));
		for (var entry : centroids.entrySet()) {
			double dy = entry.getValue()[0] - latitude;
			double dx = (entry.getValue()[1] - longitude) * cos;
			double distance = dx * dx + dy * dy;
			if (distance < bestDistance) {
				bestDistance = distance;
				best = entry.getKey();
			}
		}
		return best;
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** About 45 % retail, 15 % food services, 15 % personal services, the rest arts, lodging and other sectors. */
	private static Trade trade(Random random) {
		int roll = random.nextInt(100);
		if (roll < 45) {
			return TRADES.get(1 + random.nextInt(19));
		}
		if (roll < 60) {
			return TRADES.get(20 + random.nextInt(5));
		}
		if (roll < 75) {
			return TRADES.get(25 + random.nextInt(5));
		}
		if (roll < 82) {
			return TRADES.get(30 + random.nextInt(2));
		}
		if (roll < 85) {
			return TRADES.get(32);
		}
		return random.nextBoolean() ? TRADES.get(0) : TRADES.get(33 + random.nextInt(4));
	}

	private static int employees(Random random) {
		int roll = random.nextInt(100);
		if (roll < 25) {
			return random.nextInt(2);
		}
		if (roll < 70) {
			return 2 + random.nextInt(8);
		}
		if (roll < 85) {
			return 10 + random.nextInt(10);
		}
		if (roll < 95) {
			return 20 + random.nextInt(30);
		}
		return 50 + random.nextInt(50);
	}

	private static HoursPerWeek hours(Random random) {
		int roll = random.nextInt(100);
		return roll < 10 ? HoursPerWeek.LESS_THAN_ONE
				: roll < 40 ? HoursPerWeek.ONE_TO_TWO : roll < 80 ? HoursPerWeek.THREE_TO_FIVE : HoursPerWeek.MORE_THAN_FIVE;
	}

	private static WorkBy workBy(Random random) {
		int roll = random.nextInt(100);
		return roll < 45 ? WorkBy.OWNER
				: roll < 65 ? WorkBy.EMPLOYEE
						: roll < 80 ? WorkBy.FAMILY_OR_PARTNER : roll < 90 ? WorkBy.PROVIDER : WorkBy.UNDECIDED;
	}

}
