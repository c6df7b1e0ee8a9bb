package ca.pignon.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Fictional merchants for the reporting tests: a program year spread over the territory, sectors and sizes. */
final class Merchants {

	static final YearMonth START = YearMonth.of(2026, 1);

	static final UUID SPRING = UUID.fromString("00000000-0000-0000-0000-00000000a001");

	static final UUID AUTUMN = UUID.fromString("00000000-0000-0000-0000-00000000a002");

	static final String[][] PLACES = { { "Québec", "La Cité-Limoilou", "Saint-Roch" },
			{ "Québec", "La Cité-Limoilou", "Vieux-Québec" }, { "Québec", "La Cité-Limoilou", "Limoilou" },
			{ "Québec", "Les Rivières", "Vanier" }, { "Québec", "Les Rivières", "Neufchâtel" },
			{ "Québec", "Sainte-Foy–Sillery–Cap-Rouge", "Sillery" }, { "Québec", "Charlesbourg", "Trait-Carré" },
			{ "Québec", "Beauport", "Giffard" }, { "L'Ancienne-Lorette", Grouping.NONE, Grouping.NONE },
			{ "Saint-Augustin-de-Desmaures", Grouping.NONE, Grouping.NONE } };

	static final String[] SECTORS = { "44-45", "72", "81", "54", "31-33", "71" };

	static final String[] BANDS = { "0", "1-4", "5-9", "10-19" };

	private Merchants() {
	}

	/** A program year of fictional merchants, the same for the same seed. */
	static List<Merchant> year(long seed, int count) {
		Random random = new Random(seed);
		List<Merchant> merchants = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			// skewed: the first places and sectors get most merchants, the last ones few
			String[] place = PLACES[Math.min(PLACES.length - 1, (int) Math.abs(random.nextGaussian() * 3.5))];
			Map<Grouping, String> groups = new EnumMap<>(Grouping.class);
			groups.put(Grouping.MUNICIPALITY, place[0]);
			groups.put(Grouping.ARRONDISSEMENT, place[1]);
			groups.put(Grouping.QUARTIER, place[2]);
			groups.put(Grouping.SDC, Grouping.NONE);
			groups.put(Grouping.SECTOR, SECTORS[Math.min(SECTORS.length - 1, (int) Math.abs(random.nextGaussian() * 2.2))]);
			groups.put(Grouping.EMPLOYEES, BANDS[random.nextInt(BANDS.length)]);
			YearMonth registered = START.plusMonths(random.nextInt(12));
			Map<Indicator, Contribution> contributions = new EnumMap<>(Indicator.class);
			contributions.put(Indicator.REGISTERED, one(registered));
			if (random.nextInt(10) < 8) {
				contributions.put(Indicator.ELIGIBLE, one(registered));
				if (random.nextBoolean()) {
					contributions.put(Indicator.RETAINED, one(registered));
					YearMonth diagnosed = registered.plusMonths(1 + random.nextInt(2));
					contributions.put(Indicator.DIAGNOSTICS_COMPLETED, one(diagnosed));
					contributions.put(Indicator.HOURS_DELIVERED,
							new Contribution(diagnosed, BigDecimal.valueOf(60 + 30 * random.nextInt(20))));
					if (random.nextBoolean()) {
						YearMonth closed = diagnosed.plusMonths(3 + random.nextInt(4));
						contributions.put(Indicator.DOSSIERS_CLOSED, one(closed));
						Contribution change = new Contribution(closed, BigDecimal.valueOf(random.nextInt(30) - 5));
						contributions.put(Indicator.SCORE_CHANGE_MEAN, change);
						contributions.put(Indicator.SCORE_CHANGE_MEDIAN, change);
						// most answer the survey (apart from the random stream, so the other figures stay as they were)
						int answer = Math.floorMod(java.util.Objects.hash(seed, i, "survey"), 10);
						if (answer < 8) {
							BigDecimal satisfaction = BigDecimal.valueOf(2 + answer % 4);
							contributions.put(Indicator.SURVEY_ANSWERS, one(closed));
							contributions.put(Indicator.SATISFACTION_MEAN, new Contribution(closed, satisfaction));
							contributions.put(Indicator.SATISFIED_SHARE, new Contribution(closed,
									BigDecimal.valueOf(satisfaction.intValue() >= 4 ? 100 : 0)));
						}
					}
				}
				else if (random.nextBoolean()) {
					contributions.put(Indicator.WAITLISTED, one(registered));
				}
			}
			else {
				contributions.put(Indicator.NOT_ELIGIBLE, one(registered));
				// one reason each, skewed (outside the territory most often), apart from the random stream
				int reason = Math.floorMod(java.util.Objects.hash(seed, i), 10);
				contributions.put(IndicatorEngine.REASONS.get(Math.min(reason / 2, IndicatorEngine.REASONS.size() - 1)),
						one(registered));
			}
			merchants.add(new Merchant(groups, random.nextBoolean() ? SPRING : AUTUMN, contributions));
		}
		return merchants;
	}

	static Merchant merchant(String arrondissement, String sector, YearMonth registered, Indicator... more) {
		Map<Grouping, String> groups = new EnumMap<>(Grouping.class);
		groups.put(Grouping.MUNICIPALITY, "Québec");
		groups.put(Grouping.ARRONDISSEMENT, arrondissement);
		groups.put(Grouping.SECTOR, sector);
		Map<Indicator, Contribution> contributions = new EnumMap<>(Indicator.class);
		contributions.put(Indicator.REGISTERED, one(registered));
		for (Indicator indicator : more) {
			contributions.put(indicator, one(registered));
		}
		return new Merchant(groups, SPRING, contributions);
	}

	static Contribution one(YearMonth month) {
		return new Contribution(month, BigDecimal.ONE);
	}

}
