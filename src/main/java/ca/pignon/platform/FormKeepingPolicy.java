package ca.pignon.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * When a form posted after the end of a session is kept, and what of it. Only a form of this site's pages, from a
 * browser whose session has just ended (it sent a session cookie no longer valid: a cross-site post carries no
 * cookie, SameSite=Lax), is kept; passwords and tokens never are; a kept form goes back only to the person who filled
 * it.
 */
final class FormKeepingPolicy {

	static final int MAX_FIELDS = 200;

	static final int MAX_VALUE_LENGTH = 20_000;

	/** All a kept form may hold: what a person types in a form, not what a script could send to fill the database. */
	static final int MAX_TOTAL_LENGTH = 64_000;

	private FormKeepingPolicy() {
	}

	/** The page (path and query) of a same-origin referrer, the only page a kept form may go back to. */
	static Optional<String> page(@Nullable String referer, String scheme, String host, int port) {
		if (referer == null) {
			return Optional.empty();
		}
		try {
			URI uri = URI.create(referer);
			int refererPort = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
			if (!scheme.equalsIgnoreCase(uri.getScheme()) || !host.equalsIgnoreCase(uri.getHost())
					|| refererPort != port || uri.getRawPath() == null || !uri.getRawPath().startsWith("/")
					|| uri.getRawPath().startsWith("//")) {
				return Optional.empty();
			}
			return Optional.of(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** What of a posted form is kept: everything typed but the CSRF token, the owner mark and any secret. */
	static LinkedHashMap<String, ArrayList<String>> fields(Map<String, String[]> parameters) {
		var kept = new LinkedHashMap<String, ArrayList<String>>();
		int total = 0;
		for (var parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			if (kept.size() == MAX_FIELDS || isSecret(name)) {
				continue;
			}
			var values = new ArrayList<String>();
			for (String value : parameter.getValue()) {
				if (value != null && value.length() <= MAX_VALUE_LENGTH
						&& total + name.length() + value.length() <= MAX_TOTAL_LENGTH) {
					values.add(value);
					total += name.length() + value.length();
				}
			}
			kept.put(name, values);
		}
		return kept;
	}

	static boolean isSecret(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.equals("_csrf") || lower.equals(OwnerField.NAME) || List.of("password", "passphrase", "secret",
				"token").stream().anyMatch(lower::contains);
	}

	/**
	 * Whether the person now signed in (null: nobody) may get the form back: only its owner, and a form filled before
	 * signing in only to someone still not signed in (on a shared computer, the next person signing in must not read
	 * what the previous one typed).
	 */
	static boolean returnsTo(KeptForm form, @Nullable String person) {
		return form.owner() == null ? person == null : form.owner().equals(person);
	}

}
