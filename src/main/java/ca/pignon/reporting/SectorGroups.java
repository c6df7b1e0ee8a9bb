package ca.pignon.reporting;

import org.jspecify.annotations.Nullable;

import ca.pignon.dossier.EmployeeBand;

/** The groups of the sector (NAICS sector, two digits or the NAICS range) and of the employee band. */
final class SectorGroups {

	private SectorGroups() {
	}

	/** The NAICS Canada sector of a code: its first two digits, the three ranges NAICS names as one ("44-45"). */
	static String sectorOf(@Nullable String naicsCode) {
		if (naicsCode == null || naicsCode.length() < 2 || !naicsCode.substring(0, 2).chars().allMatch(Character::isDigit)) {
			return Grouping.NONE;
		}
		String two = naicsCode.substring(0, 2);
		return switch (two) {
			case "31", "32", "33" -> "31-33";
			case "44", "45" -> "44-45";
			case "48", "49" -> "48-49";
			default -> two;
		};
	}

	/** Statistics Canada's employment size class, as the API and the CSV write it ("1-4", "100+"). */
	static String bandOf(@Nullable EmployeeBand band) {
		if (band == null) {
			return Grouping.NONE;
		}
		return switch (band) {
			case NONE -> "0";
			case FROM_1_TO_4 -> "1-4";
			case FROM_5_TO_9 -> "5-9";
			case FROM_10_TO_19 -> "10-19";
			case FROM_20_TO_49 -> "20-49";
			case FROM_50_TO_99 -> "50-99";
			case FROM_100 -> "100+";
		};
	}

}
