package ca.pignon.webaudit;

/**
 * One check of a web audit.
 *
 * @param id the stable id of the check (see {@link CheckIds})
 * @param evidence what was found, translated (the title, the address, counts…)
 * @param message why it matters and, unless it passed, how to fix it, translated
 */
public record AuditCheck(String id, CheckStatus status, String evidence, String message) {
}
