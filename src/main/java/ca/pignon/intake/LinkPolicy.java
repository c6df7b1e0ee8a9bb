package ca.pignon.intake;

import java.net.URI;
import java.net.URISyntaxException;

import org.jspecify.annotations.Nullable;

/**
 * What a website or social link must be, at registration and in a correction alike: an {@code http(s)} address with a
 * host that has a dot, at most 300 characters, or a handle ({@code @name}).
 */
public final class LinkPolicy {

	private LinkPolicy() {
	}

	/** Whether the link (already cleaned as the forms clean it) may be kept; none is valid. */
	public static boolean isValid(@Nullable String link) {
		if (link == null) {
			return true;
		}
		if (link.startsWith("@")) {
			return link.matches("@[\\p{L}\\p{N}._-]{1,60}");
		}
		try {
			URI uri = new URI(link);
			return uri.getHost() != null && uri.getHost().contains(".") && link.length() <= 300
					&& ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
