package ca.pignon.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A refusal as a page shows it, the one way: each message next to its field ({@code errors}, by field) and all of them
 * in the summary at the top of the form ({@code errorLines}), linking to the field (WCAG 3.3.1).
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * @param anchorPrefix what the page puts before a field's name in its element's id ({@code q-} for a question…),
	 *     empty when the id is the field's name
	 */
	public static void show(Refused refused, String anchorPrefix, MessageSource messages, Locale locale,
			Model model) {
		Map<String, String> byField = new LinkedHashMap<>();
		List<FormError> lines = new ArrayList<>();
		for (Refused.Problem problem : refused.problems()) {
			String message = messages.getMessage(problem, locale);
			String field = problem.field();
			if (field != null) {
				byField.merge(field, message, (a, b) -> a + " " + b);
			}
			lines.add(new FormError(field == null ? "" : anchorPrefix + field, message, field == null));
		}
		model.addAttribute("errors", byField);
		model.addAttribute("errorLines", lines);
	}

	/**
	 * A refusal on a Spring-bound form, the other way: each reason next to its field (through the form's binding, so
	 * that the forms fragments and {@code #fields.detailedErrors()} show it), a reason about no field of the form
	 * in the summary only.
	 */
	public static void reject(Refused refused, BindingResult binding) {
		for (Refused.Problem problem : refused.problems()) {
			Object[] arguments = problem.arguments().toArray();
			if (problem.field() != null && binding.getTarget() != null && hasProperty(binding, problem.field())) {
				binding.rejectValue(problem.field(), problem.messageKey(), arguments, problem.messageKey());
			}
			else {
				binding.reject(problem.messageKey(), arguments, problem.messageKey());
			}
		}
	}

	private static boolean hasProperty(BindingResult binding, String field) {
		try {
			binding.getFieldType(field);
			return BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(), field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
