package ca.pignon.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Long passphrases rather than composition rules (OWASP ASVS 6.2): a minimum length, no truncation, and no password
 * from the list of the most common ones or built on the program's own words.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		try (var in = new ClassPathResource("platform/common-passwords.txt").getInputStream()) {
			common = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the message key of the reason the password is refused, if it is */
	Optional<String> refusal(String password, String email) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("platform.password.tooShort");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("platform.password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String letters = lower.replaceAll("[^\\p{L}]", "");
		// digits and keyboard symbols alone are what guessers try first; emoji or other scripts are not
		boolean keyboardOnly = letters.isEmpty() && password.chars().allMatch(c -> c < 128);
		if (common.contains(lower) || common.contains(letters) || keyboardOnly) {
			return Optional.of("platform.password.tooCommon");
		}
		String localPart = email.toLowerCase(Locale.ROOT).replaceAll("@.*", "");
		if (localPart.length() >= 4 && lower.contains(localPart)) {
			return Optional.of("platform.password.containsEmail");
		}
		return Optional.empty();
	}

}
