package ca.pignon.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Refused;
import ca.pignon.platform.TextInputPolicy;

/**
 * What an incident must say to enter the register (Règlement sur les incidents de confidentialité, art. 11): the
 * information concerned, the circumstances, the assessment of the risk and the measures taken, in words; when it
 * happened and when the program learned of it (ISO dates, not in the future, in order); how many people (a whole number,
 * possibly estimated); notices not dated before the discovery. Every problem is said at once, beside its field.
 */
public final class IncidentPolicy {

	static final int MAX_TEXT = 4000;

	static final int MAX_PEOPLE = 10_000_000;

	/** What a form or a caller gives, as typed. */
	public record Input(@Nullable String information, @Nullable String circumstances, @Nullable String occurredFrom,
			@Nullable String occurredTo, @Nullable String discoveredOn, @Nullable String peopleCount,
			boolean countApproximate, @Nullable String riskAssessment, boolean seriousRisk,
			@Nullable String commissionNotifiedOn, @Nullable String peopleNotifiedOn, @Nullable String measures,
			@Nullable String advice) {
	}

	private IncidentPolicy() {
	}

	/**
	 * @throws PrivacyRefused with every problem, each with its field
	 */
	public static IncidentDetails accept(Input input, LocalDate today) {
		List<Refused.Problem> problems = new ArrayList<>();
		String information = text("information", input.information(), true, problems);
		String circumstances = text("circumstances", input.circumstances(), true, problems);
		LocalDate from = date("occurredFrom", input.occurredFrom(), true, today, problems);
		LocalDate to = date("occurredTo", input.occurredTo(), false, today, problems);
		LocalDate discovered = date("discoveredOn", input.discoveredOn(), true, today, problems);
		Integer people = count(input.peopleCount(), problems);
		String risk = text("riskAssessment", input.riskAssessment(), true, problems);
		LocalDate commission = date("commissionNotifiedOn", input.commissionNotifiedOn(), false, today, problems);
		LocalDate notified = date("peopleNotifiedOn", input.peopleNotifiedOn(), false, today, problems);
		String measures = text("measures", input.measures(), true, problems);
		String advice = text("advice", input.advice(), input.seriousRisk(), problems);
		if (from != null && to != null && to.isBefore(from)) {
			problems.add(Refused.Problem.about("occurredTo", "privacy.incident.occurredTo.beforeStart"));
		}
		if (from != null && discovered != null && discovered.isBefore(from)) {
			problems.add(Refused.Problem.about("discoveredOn", "privacy.incident.discoveredOn.beforeOccurred"));
		}
		if (discovered != null && commission != null && commission.isBefore(discovered)) {
			problems.add(Refused.Problem.about("commissionNotifiedOn", "privacy.incident.notice.beforeDiscovery"));
		}
		if (discovered != null && notified != null && notified.isBefore(discovered)) {
			problems.add(Refused.Problem.about("peopleNotifiedOn", "privacy.incident.notice.beforeDiscovery"));
		}
		if (!problems.isEmpty()) {
			throw new PrivacyRefused(problems);
		}
		return new IncidentDetails(information, circumstances, from, to, discovered, people, input.countApproximate(),
				risk, input.seriousRisk(), commission, notified, measures, advice);
	}

	private static String text(String field, @Nullable String value, boolean required, List<Refused.Problem> problems) {
		String cleaned = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
		if (cleaned.isEmpty() && required) {
			problems.add(Refused.Problem.about(field, "privacy.incident.required"));
		}
		else if (cleaned.length() > MAX_TEXT) {
			problems.add(Refused.Problem.about(field, "privacy.request.tooLong", MAX_TEXT));
		}
		else if (TextInputPolicy.refuses(cleaned)) {
			problems.add(Refused.Problem.about(field, "privacy.request.invisible"));
		}
		return cleaned;
	}

	private static @Nullable LocalDate date(String field, @Nullable String value, boolean required, LocalDate today,
			List<Refused.Problem> problems) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(Refused.Problem.about(field, "privacy.incident.date.required"));
			}
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.isAfter(today)) {
				problems.add(Refused.Problem.about(field, "privacy.incident.date.future"));
				return null;
			}
			return date;
		}
		catch (DateTimeParseException unreadable) {
			problems.add(Refused.Problem.about(field, "privacy.incident.date.unreadable"));
			return null;
		}
	}

	private static @Nullable Integer count(@Nullable String value, List<Refused.Problem> problems) {
		try {
			int count = Integer.parseInt(value == null ? "" : value.strip());
			if (count >= 0 && count <= MAX_PEOPLE) {
				return count;
			}
		}
		catch (NumberFormatException unreadable) {
			// said below
		}
		problems.add(Refused.Problem.about("peopleCount", "privacy.incident.peopleCount.invalid"));
		return null;
	}

}
