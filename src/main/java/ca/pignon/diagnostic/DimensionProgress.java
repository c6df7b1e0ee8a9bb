package ca.pignon.diagnostic;

/** A dimension in the questionnaire's progress indicator. */
public record DimensionProgress(String dimensionId, String title, int answered, int shown) {

	public boolean done() {
		return answered >= shown;
	}

}
