package ca.pignon.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** One-time secrets for links and tokens: 256 random bits, URL-safe; only their SHA-256 is kept. */
public final class Secrets {

	private static final SecureRandom random = new SecureRandom();

	private Secrets() {
	}

	/** 256 random bits, URL-safe. */
	public static String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Secrets with 256 bits of entropy need no salt nor slow hash: SHA-256 is enough to store them. */
	public static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
