package ca.pignon.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

import ca.pignon.plan.PlanRefused;

/**
 * The plan's refusals as a page shows them: each message next to its field and all of them in the summary at the top
 * of the page, linking to the field (WCAG 3.3.1).
 */
final class Problems {

	record Line(String anchor, String message) {
	}

	private Problems() {
	}

	static void show(PlanRefused refused, MessageSource messages, Locale locale, Model model) {
		Map<String, String> byField = new LinkedHashMap<>();
		List<Line> lines = new ArrayList<>();
		for (PlanRefused.Problem problem : refused.problems()) {
			String message = messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
			String field = problem.field();
			if (field != null) {
				byField.merge(field, message, (a, b) -> a + " " + b);
			}
			lines.add(new Line(field == null ? "" : "f-" + field, message));
		}
		model.addAttribute("errors", byField);
		model.addAttribute("errorLines", lines);
	}

}
