package ca.pignon.intake.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * The short steps of the registration form, in order; the account step comes before them.
 */
enum Step {

	BUSINESS("business", 1), STOREFRONT("storefront", 2), ONLINE("online", 3), COMMITMENT("commitment", 4),
	REVIEW("review", 5);

	final String slug;

	final int number;

	Step(String slug, int number) {
		this.slug = slug;
		this.number = number;
	}

	static Optional<Step> of(String slug) {
		return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
	}

	Step next() {
		return values()[Math.min(ordinal() + 1, values().length - 1)];
	}

	/** The furthest step a merchant may open: one past the last one completed. */
	static Step reachable(int completedSteps) {
		return values()[Math.min(completedSteps, values().length - 1)];
	}

	public String getSlug() {
		return slug;
	}

	public int getNumber() {
		return number;
	}

}
