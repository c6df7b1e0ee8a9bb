package ca.pignon.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Refused;
import ca.pignon.platform.TextInputPolicy;

/**
 * What a request from the public form needs: a name (at most 200 characters), an email address the link can reach
 * (at most 254 characters, one @, a domain with a dot), the kind, and the details ({@link RequestTextPolicy}). Every
 * problem is said at once, beside its field.
 */
public final class PublicRequestPolicy {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

	/** What the form gives, cleaned. */
	public record Accepted(String name, String email, RequestKind kind, String details) {
	}

	private PublicRequestPolicy() {
	}

	/**
	 * @throws PrivacyRefused with every problem
	 */
	public static Accepted accept(@Nullable String name, @Nullable String email, @Nullable RequestKind kind,
			@Nullable String details) {
		List<Refused.Problem> problems = new ArrayList<>();
		String cleanName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
		if (cleanName.isEmpty()) {
			problems.add(Refused.Problem.about("name", "privacy.public.name.required"));
		}
		else if (cleanName.length() > 200 || TextInputPolicy.refuses(cleanName)) {
			problems.add(Refused.Problem.about("name", "privacy.public.name.invalid"));
		}
		String cleanEmail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		if (cleanEmail.length() > 254 || !EMAIL.matcher(cleanEmail).matches()) {
			problems.add(Refused.Problem.about("email", "platform.email.invalid"));
		}
		if (kind == null) {
			problems.add(Refused.Problem.about("kind", "privacy.request.kind.required"));
		}
		String cleanDetails = "";
		try {
			cleanDetails = RequestTextPolicy.DETAILS.clean(details);
		}
		catch (PrivacyRefused refused) {
			problems.addAll(refused.problems());
		}
		if (!problems.isEmpty()) {
			throw new PrivacyRefused(problems);
		}
		return new Accepted(cleanName, cleanEmail, kind, cleanDetails);
	}

}
