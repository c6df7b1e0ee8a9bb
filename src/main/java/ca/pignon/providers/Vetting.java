package ca.pignon.providers;

/**
 * A manager's vetting of an application: the checklist (NEQ looked up by hand in the enterprise register, both
 * references called, sample work seen) and the decision, with the reason the provider reads.
 */
public record Vetting(boolean neqChecked, boolean referencesCalled, boolean workSeen, boolean approve, String reason) {
}
