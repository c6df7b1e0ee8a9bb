package ca.pignon.dossier;

/**
 * A kind of fact a module contributes to aggregate reporting.
 *
 * @param id the module's name and the fact's, such as {@code diagnostic.t0.overall}; also the message key of its
 *     label, in the module's bundle
 * @param unit what the number counts
 */
public record FactKind(String id, Unit unit) {

	public enum Unit {

		/** how many */
		COUNT,
		/** a score out of 100 */
		SCORE,
		/** a duration in minutes */
		MINUTES

	}

}
