package ca.pignon.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt reads only the first 72 bytes of a password, and Spring Security refuses to hash a longer one, while the
 * policy allows 128 characters (72 bytes are 18 emoji or 36 accented letters). A longer passphrase is first reduced to
 * its SHA-256, so that every character counts and none is refused; shorter ones are hashed as they are.
 */
final class PassphraseBcrypt implements PasswordEncoder {

	private static final int BCRYPT_MAX_BYTES = 72;

	private final BCryptPasswordEncoder bcrypt;

	PassphraseBcrypt(int strength) {
		this.bcrypt = new BCryptPasswordEncoder(strength);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return bcrypt.encode(fitted(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return bcrypt.matches(fitted(rawPassword), encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return bcrypt.upgradeEncoding(encodedPassword);
	}

	private static String fitted(CharSequence rawPassword) {
		byte[] bytes = rawPassword.toString().getBytes(StandardCharsets.UTF_8);
		if (bytes.length <= BCRYPT_MAX_BYTES) {
			return rawPassword.toString();
		}
		try {
			return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
