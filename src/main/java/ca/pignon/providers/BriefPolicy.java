package ca.pignon.providers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ca.pignon.platform.Refused.Problem;

/**
 * What a brief must hold to be saved: a known service, a title, texts of a reasonable length, a budget whose lowest
 * is not above its highest, a wished date that is not past, French or English.
 */
final class BriefPolicy {

	static final int TITLE_MAX = 200;

	static final int TEXT_MAX = 4000;

	static final int BUDGET_MAX = 1_000_000;

	private BriefPolicy() {
	}

	static List<Problem> problems(BriefEdit edit, Set<String> services, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (!services.contains(edit.service())) {
			problems.add(Problem.about("service", "providers.brief.service.required"));
		}
		if (edit.title().isBlank()) {
			problems.add(Problem.about("title", "providers.field.required"));
		}
		else if (edit.title().length() > TITLE_MAX) {
			problems.add(Problem.about("title", "providers.text.tooLong", TITLE_MAX));
		}
		text(problems, "goal", edit.goal());
		text(problems, "today", edit.today());
		text(problems, "needs", edit.needs());
		text(problems, "doneWhen", edit.doneWhen());
		budget(problems, "budgetMin", edit.budgetMin());
		budget(problems, "budgetMax", edit.budgetMax());
		if (edit.budgetMin() != null && edit.budgetMax() != null && edit.budgetMin() > edit.budgetMax()) {
			problems.add(Problem.about("budgetMax", "providers.brief.budget.order"));
		}
		if (edit.wantedBy() != null && edit.wantedBy().isBefore(today)) {
			problems.add(Problem.about("wantedBy", "providers.date.past"));
		}
		if (!ApplicationPolicy.LANGUAGES.contains(edit.language())) {
			problems.add(Problem.about("language", "providers.brief.language.required"));
		}
		return problems;
	}

	private static void text(List<Problem> problems, String field, String value) {
		if (value.length() > TEXT_MAX) {
			problems.add(Problem.about(field, "providers.text.tooLong", TEXT_MAX));
		}
	}

	private static void budget(List<Problem> problems, String field, Integer value) {
		if (value != null && (value < 0 || value > BUDGET_MAX)) {
			problems.add(Problem.about(field, "providers.amount.range", BUDGET_MAX));
		}
	}

}
