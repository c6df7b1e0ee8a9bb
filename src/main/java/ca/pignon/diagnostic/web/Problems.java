package ca.pignon.diagnostic.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

import ca.pignon.diagnostic.DiagnosticRefused;

/**
 * The workflow's refusals as a page shows them: each message next to its question (or field) and all of them in the
 * summary at the top of the form, linking to the question (WCAG 3.3.1).
 */
final class Problems {

	/** @param anchor the id of the element the summary links to, or null for a problem about the whole form */
	record Line(String anchor, String message) {
	}

	private Problems() {
	}

	static void show(DiagnosticRefused refused, MessageSource messages, Locale locale, Model model) {
		Map<String, String> byField = new LinkedHashMap<>();
		List<Line> lines = new ArrayList<>();
		for (DiagnosticRefused.Problem problem : refused.problems()) {
			String message = messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
			String field = problem.field();
			if (field != null) {
				byField.merge(field, message, (a, b) -> a + " " + b);
			}
			lines.add(new Line(field == null ? "" : "q-" + field, message));
		}
		model.addAttribute("errors", byField);
		model.addAttribute("errorLines", lines);
	}

}
