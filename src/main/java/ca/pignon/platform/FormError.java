package ca.pignon.platform;

/**
 * A line of the error summary at the top of a form ({@code fragments/forms :: errorSummary}): the same shape as Spring's
 * own field errors ({@code #fields.detailedErrors()}), so that one fragment shows both.
 *
 * @param fieldName the id of the element the line links to
 * @param global true for a problem about the whole form: shown without a link
 */
public record FormError(String fieldName, String message, boolean global) {
}
