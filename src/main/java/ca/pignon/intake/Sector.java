package ca.pignon.intake;

/**
 * A NAICS Canada 2022 class, titled in the reader's language.
 *
 * @param level 1 for a sector (two digits) down to 5 for a Canadian industry (six digits)
 * @param sectorCode the code of the level-1 sector it belongs to, for reporting by sector
 */
public record Sector(String code, String title, int level, String sectorCode) {
}
