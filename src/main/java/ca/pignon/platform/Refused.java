package ca.pignon.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;

/**
 * The house's one way to refuse a command: every reason at once, each a message key with its arguments (in the
 * message bundles, French and English) and the form field it belongs next to, if any. Each module's refusal extends
 * it ({@code IntakeRefused}, {@code SelectionRefused}, {@code PlanRefused}…); pages show it with {@link FormErrors},
 * the API as problem details. Resolvable as the first reason: {@code messages.getMessage(refused, locale)}.
 */
public class Refused extends RuntimeException implements MessageSourceResolvable {

	/**
	 * One reason.
	 * @param field the form field (or question, criterion…) it is about, or null for the whole form
	 */
	public record Problem(@Nullable String field, String messageKey,
			List<Object> arguments) implements MessageSourceResolvable {

		public Problem {
			// an argument may be missing (a name not given): kept as it is, unlike List.copyOf
			arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
		}

		public static Problem about(@Nullable String field, String messageKey, @Nullable Object... arguments) {
			return new Problem(field, messageKey, Arrays.asList(arguments));
		}

		@Override
		public String[] getCodes() {
			return new String[] { messageKey };
		}

		@Override
		public Object[] getArguments() {
			return arguments.toArray();
		}

		@Override
		public @Nullable String getDefaultMessage() {
			return null;
		}

	}

	private final List<Problem> problems;

	public Refused(List<Problem> problems) {
		super(problems.isEmpty() ? "refused" : problems.toString());
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("a refusal says why");
		}
		this.problems = List.copyOf(problems);
	}

	public Refused(@Nullable String field, String messageKey, Object... arguments) {
		this(List.of(Problem.about(field, messageKey, arguments)));
	}

	/** Every reason, in the order found. */
	public List<Problem> problems() {
		return problems;
	}

	/** The first reason's message key. */
	public String messageKey() {
		return problems.get(0).messageKey();
	}

	/** The field the first reason is about, if any. */
	public @Nullable String field() {
		return problems.get(0).field();
	}

	@Override
	public String[] getCodes() {
		return problems.get(0).getCodes();
	}

	@Override
	public Object[] getArguments() {
		return problems.get(0).getArguments();
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return null;
	}

}
