package ca.pignon.content;

import org.jspecify.annotations.Nullable;

/**
 * The families of sectors the guided questions give examples for, from the business's NAICS code: food (food and
 * beverage manufacturing, food stores, restaurants and bars), other retail stores, services (professional, health,
 * personal and repair), and the rest.
 */
public enum SectorFamily {

	FOOD, RETAIL, SERVICES, OTHER;

	/** The family of a NAICS code (SCIAN 2022), OTHER when there is none. */
	public static SectorFamily of(@Nullable String naics) {
		if (naics == null || naics.length() < 2) {
			return OTHER;
		}
		String three = naics.length() >= 3 ? naics.substring(0, 3) : "";
		if (three.equals("311") || three.equals("312") || three.equals("445") || three.equals("722")) {
			return FOOD;
		}
		String two = naics.substring(0, 2);
		if (two.equals("44") || two.equals("45")) {
			return RETAIL;
		}
		if (two.equals("54") || two.equals("62") || two.equals("81")) {
			return SERVICES;
		}
		return OTHER;
	}

}
