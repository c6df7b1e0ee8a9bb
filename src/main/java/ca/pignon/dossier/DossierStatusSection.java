package ca.pignon.dossier;

/**
 * A part of the merchant's "Où en est mon dossier ?" page written by a later stage of the program (selection first):
 * the fragment that renders it and what it shows.
 *
 * @param fragment a Thymeleaf fragment taking one parameter, such as {@code selection/my-status :: status}; the
 *     contributing module owns the template
 * @param content the fragment's parameter: the contributing module's own read model
 * @param order sections are shown in this order, the lowest first, above the eligibility decision
 */
public record DossierStatusSection(String fragment, Object content, int order) {
}
