package ca.pignon.providers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Refused.Problem;

/**
 * A brief goes out for quotes only as a draft, to at least one provider, and to as many as the program asks when
 * that many fit; the providers get between three days and two months to answer.
 */
final class SendPolicy {

	static final int MIN_DAYS = 3;

	static final int MAX_DAYS = 60;

	private SendPolicy() {
	}

	static List<Problem> problems(BriefStatus status, int activeProviders, int fitting, int shortlistSize,
			@Nullable LocalDate answerBy, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (status != BriefStatus.DRAFT) {
			problems.add(Problem.about(null, "providers.send.notDraft"));
		}
		if (activeProviders == 0) {
			problems.add(Problem.about(null, "providers.send.noProvider"));
		}
		else if (activeProviders < Math.min(shortlistSize, fitting)) {
			problems.add(Problem.about(null, "providers.send.tooFew", Math.min(shortlistSize, fitting)));
		}
		if (answerBy == null) {
			problems.add(Problem.about("answerBy", "providers.field.required"));
		}
		else if (answerBy.isBefore(today)) {
			problems.add(Problem.about("answerBy", "providers.date.past"));
		}
		else if (answerBy.isBefore(today.plusDays(MIN_DAYS)) || answerBy.isAfter(today.plusDays(MAX_DAYS))) {
			problems.add(Problem.about("answerBy", "providers.send.answerBy.range", MIN_DAYS, MAX_DAYS));
		}
		return problems;
	}

}
