package ca.pignon.diagnostic;

/**
 * @param exclusive a choice that cannot be ticked with others ("Aucun")
 * @param notApplicable choosing it takes the question out of the score
 */
public record Choice(String id, int points, boolean exclusive, boolean notApplicable, LocalizedText text) {
}
