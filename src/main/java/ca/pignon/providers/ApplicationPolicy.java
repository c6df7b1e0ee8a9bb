package ca.pignon.providers;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import ca.pignon.platform.Refused.Problem;

/**
 * What a provider's application must hold: names, a NEQ of ten digits, an email, at least one known service and one
 * language, two references, web addresses that are web addresses, and the charter accepted.
 */
final class ApplicationPolicy {

	static final int TEXT_MAX = 200;

	static final int LONG_MAX = 2000;

	static final Pattern NEQ = Pattern.compile("\\d{10}");

	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	static final Set<String> LANGUAGES = Set.of("fr", "en");

	private ApplicationPolicy() {
	}

	static List<Problem> problems(ProviderApplication application, Set<String> knownServices) {
		List<Problem> problems = new ArrayList<>();
		required(problems, "name", application.name(), TEXT_MAX);
		if (!NEQ.matcher(application.neq().replace(" ", "")).matches()) {
			problems.add(Problem.about("neq", "providers.apply.neq.invalid"));
		}
		required(problems, "contactName", application.contactName(), TEXT_MAX);
		if (!EMAIL.matcher(application.email().strip()).matches() || application.email().length() > TEXT_MAX) {
			problems.add(Problem.about("email", "providers.apply.email.invalid"));
		}
		if (application.services().isEmpty() || !knownServices.containsAll(application.services())) {
			problems.add(Problem.about("services", "providers.apply.services.required"));
		}
		if (!application.wholeTerritory() && application.municipalities().isEmpty()) {
			problems.add(Problem.about("municipalities", "providers.apply.municipalities.required"));
		}
		if (application.languages().isEmpty() || !LANGUAGES.containsAll(application.languages())) {
			problems.add(Problem.about("languages", "providers.apply.languages.required"));
		}
		if (!application.website().isBlank() && !webAddress(application.website())) {
			problems.add(Problem.about("website", "providers.apply.link.invalid"));
		}
		if (application.portfolio().length() > LONG_MAX || application.portfolio()
			.lines()
			.map(String::strip)
			.anyMatch(line -> !line.isEmpty() && !webAddress(line))) {
			problems.add(Problem.about("portfolio", "providers.apply.link.invalid"));
		}
		if (application.priceRange().length() > LONG_MAX) {
			problems.add(Problem.about("priceRange", "providers.text.tooLong", LONG_MAX));
		}
		required(problems, "referenceOne", application.referenceOne(), TEXT_MAX * 2);
		required(problems, "referenceTwo", application.referenceTwo(), TEXT_MAX * 2);
		if (!application.charterAccepted()) {
			problems.add(Problem.about("charterAccepted", "providers.apply.charter.required"));
		}
		return problems;
	}

	static boolean webAddress(String text) {
		try {
			URI uri = new URI(text.strip());
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && uri.getHost().contains(".");
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static void required(List<Problem> problems, String field, String value, int max) {
		if (value.isBlank()) {
			problems.add(Problem.about(field, "providers.field.required"));
		}
		else if (value.length() > max) {
			problems.add(Problem.about(field, "providers.text.tooLong", max));
		}
	}

}
