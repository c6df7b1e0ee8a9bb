package ca.pignon.providers;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import ca.pignon.platform.Refused.Problem;

/**
 * A rating answers the four questions (on time, on budget, quality from 1 to 5, would recommend); the comment is
 * short; the delivered work's address, when given, is a web address.
 */
final class RatingPolicy {

	static final int COMMENT_MAX = 1000;

	static final int URL_MAX = 500;

	private RatingPolicy() {
	}

	static List<Problem> problems(RatingInput input) {
		List<Problem> problems = new ArrayList<>();
		if (input.onTime() == null) {
			problems.add(Problem.about("onTime", "providers.rating.answer.required"));
		}
		if (input.onBudget() == null) {
			problems.add(Problem.about("onBudget", "providers.rating.answer.required"));
		}
		if (input.quality() == null || input.quality() < 1 || input.quality() > 5) {
			problems.add(Problem.about("quality", "providers.rating.quality.range"));
		}
		if (input.recommend() == null) {
			problems.add(Problem.about("recommend", "providers.rating.answer.required"));
		}
		if (input.comment().length() > COMMENT_MAX) {
			problems.add(Problem.about("comment", "providers.text.tooLong", COMMENT_MAX));
		}
		if (!input.deliveredUrl().isBlank() && !webAddress(input.deliveredUrl().strip())) {
			problems.add(Problem.about("deliveredUrl", "providers.rating.url.invalid"));
		}
		return problems;
	}

	static boolean webAddress(String typed) {
		if (typed.length() > URL_MAX) {
			return false;
		}
		try {
			URI uri = new URI(typed);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && uri.getHost().contains(".");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
