package ca.pignon.webaudit.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A social profile as the merchant wrote it (a full address, "facebook.com/boulangerie", "@boulangerie"), reduced to
 * a host and a first path segment that a link on the site must match.
 */
record SocialProfile(String host, String handle) {

	private static final java.util.Set<String> SOCIAL_HOSTS = java.util.Set.of("facebook.com", "fb.com",
			"instagram.com", "tiktok.com", "linkedin.com", "youtube.com", "x.com", "twitter.com", "pinterest.com");

	static Optional<SocialProfile> parse(String written) {
		String text = written.strip();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		if (text.startsWith("@")) {
			// a bare handle: on whichever network, the link's first path segment names it
			return Optional.of(new SocialProfile("", text.substring(1).toLowerCase(Locale.ROOT)));
		}
		String address = text.contains("://") ? text : "https://" + text;
		try {
			URI uri = new URI(address);
			if (uri.getHost() == null) {
				return Optional.empty();
			}
			return Optional.of(new SocialProfile(bare(uri.getHost()), firstSegment(uri)));
		}
		catch (java.net.URISyntaxException ex) {
			return Optional.of(new SocialProfile("", text.toLowerCase(Locale.ROOT)));
		}
	}

	boolean matches(URI link) {
		if (link.getHost() == null) {
			return false;
		}
		String linkHost = bare(link.getHost());
		boolean sameHost = host.isEmpty() ? SOCIAL_HOSTS.contains(linkHost) : linkHost.equals(host)
				|| (host.equals("facebook.com") && linkHost.equals("fb.com"));
		return sameHost && (handle.isEmpty() || firstSegment(link).equals(handle));
	}

	private static String bare(String host) {
		String lower = host.toLowerCase(Locale.ROOT);
		for (String prefix : new String[] { "www.", "m.", "fr-ca.", "fr.", "en." }) {
			if (lower.startsWith(prefix)) {
				return lower.substring(prefix.length());
			}
		}
		return lower;
	}

	private static String firstSegment(URI uri) {
		String path = uri.getPath() == null ? "" : uri.getPath();
		for (String segment : path.split("/")) {
			if (!segment.isEmpty()) {
				return segment.toLowerCase(Locale.ROOT);
			}
		}
		return "";
	}

}
