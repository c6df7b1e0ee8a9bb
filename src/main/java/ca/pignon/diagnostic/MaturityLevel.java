package ca.pignon.diagnostic;

/**
 * Maturity levels on the 0–100 scale, in four equal bands as the European Digital Maturity Assessment does: débutant
 * 0–24, intermédiaire 25–49, avancé 50–74, exemplaire 75–100.
 */
public enum MaturityLevel {

	BEGINNER(0), INTERMEDIATE(25), ADVANCED(50), EXEMPLARY(75);

	private final int from;

	MaturityLevel(int from) {
		this.from = from;
	}

	public int from() {
		return from;
	}

	public static MaturityLevel of(int score) {
		if (score < 0 || score > 100) {
			throw new IllegalArgumentException("a score is between 0 and 100: " + score);
		}
		MaturityLevel level = BEGINNER;
		for (MaturityLevel candidate : values()) {
			if (score >= candidate.from) {
				level = candidate;
			}
		}
		return level;
	}

}
