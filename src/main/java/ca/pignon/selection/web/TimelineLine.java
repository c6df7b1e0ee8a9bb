package ca.pignon.selection.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

import ca.pignon.selection.AutomaticRule;
import ca.pignon.selection.TimelineEntry;

/**
 * A line of a dossier's timeline as staff read it: what happened in words, who, when, and the values before and after
 * put back into words (decisions, eligibility, the answers taken into the round, criteria), never a stored code.
 */
record TimelineLine(Instant at, String actorName, String what, @Nullable String roundName, @Nullable String before,
		@Nullable String after, @Nullable String reason) {

	private static final Pattern DECISION = Pattern.compile("([A-Z_]+)(?: #(\\d+))?");

	/**
	 * @param criteria the label of every criterion code of the grid's versions, for the lines that name criteria
	 */
	static TimelineLine of(TimelineEntry entry, Map<String, String> criteria, SelectionFormat format,
			MessageSource messages, Locale locale) {
		var words = new Words(criteria, format, messages, locale);
		String action = entry.action();
		return new TimelineLine(entry.at(), entry.actorName(),
				messages.getMessage(entry.labelKey(), null, action, locale), entry.roundName(),
				words.of(entry.source(), action, entry.before()), words.of(entry.source(), action, entry.after()),
				entry.reason());
	}

	private record Words(Map<String, String> criteria, SelectionFormat format, MessageSource messages,
			Locale locale) {

		@Nullable String of(String source, String action, @Nullable String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			return switch (action) {
				// the submission line says that it was submitted; the eligibility decided with it has its own line
				case "SUBMITTED" -> null;
				case "ELIGIBILITY_DECIDED", "ELIGIBILITY_OVERRIDDEN", "ELIGIBILITY_REASSESSED", "ELIGIBILITY_LOST",
						"ELIGIBILITY_REGAINED" ->
					eligibility(value);
				case "POINT_PLACED" -> point(value);
				case "DECIDED", "WITHDRAWN" -> decision(value);
				case "CANDIDATE_ADDED" -> inputs(value);
				case "SCORE_REVISED", "FLAGGED_FOR_DISCUSSION" -> criteria(value);
				default -> value;
			};
		}

		/** "ELIGIBLE IN_PROGRAM_TERRITORY,…" as intake writes it. */
		private String eligibility(String value) {
			String[] parts = value.strip().split(" ", 2);
			String eligibility = message("intake.Eligibility." + parts[0], parts[0]);
			if (parts.length < 2 || parts[1].isBlank()) {
				return eligibility;
			}
			return eligibility + " — " + Arrays.stream(parts[1].split(","))
				.map(reason -> message("intake.EligibilityReason." + reason.strip(), reason))
				.collect(Collectors.joining(" "));
		}

		/** "46.811900, -71.205200 MANUAL": the point and how it was found. */
		private String point(String value) {
			int lastSpace = value.lastIndexOf(' ');
			if (lastSpace < 0) {
				return value;
			}
			String method = value.substring(lastSpace + 1);
			return value.substring(0, lastSpace) + " (" + message("intake.GeocodeMethod." + method, method) + ")";
		}

		/** "WAITLISTED #2", "RETAINED". */
		private String decision(String value) {
			Matcher decision = DECISION.matcher(value.strip());
			if (!decision.matches()) {
				return value;
			}
			String status = message("selection.DecisionStatus." + decision.group(1), decision.group(1));
			return decision.group(2) == null ? status
					: messages.getMessage("selection.timeline.waitlisted", new Object[] { status, decision.group(2) },
							locale);
		}

		/** "HOURS_PER_WEEK=THREE_TO_FIVE, WORK_BY=OWNER, …": the answers taken into the round. */
		private String inputs(String value) {
			return Arrays.stream(value.split(", "))
				.map(pair -> pair.split("=", 2))
				.filter(pair -> pair.length == 2)
				.map(pair -> {
					AutomaticRule rule = rule(pair[0]);
					String name = message("selection.AutomaticRule." + pair[0], pair[0]);
					return name + " : " + format.input(rule, pair[1]);
				})
				.collect(Collectors.joining(" · "));
		}

		/** "GOALS_CLARITY, PROJECT_FIT". */
		private String criteria(String value) {
			return Arrays.stream(value.split(","))
				.map(String::strip)
				.map(code -> criteria.getOrDefault(code, code))
				.collect(Collectors.joining(", "));
		}

		private static @Nullable AutomaticRule rule(String name) {
			try {
				return AutomaticRule.valueOf(name);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		private String message(String key, String fallback) {
			return messages.getMessage(key, null, fallback, locale);
		}

	}

}
