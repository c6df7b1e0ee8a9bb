package ca.pignon.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyboard focus is visible on every background of Pignon's stylesheet (WCAG 2.1 1.4.11 and 2.4.7): the focus
 * indicator has two colours (technique C40) that contrast 3:1 or more with each other, and on every background one of
 * them contrasts 3:1 or more with it. The backgrounds are read from the stylesheet itself (and the page's white), so
 * that a new one is checked too.
 */
class FocusRingTests {

	static final Pattern VARIABLE = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{3,6})\\s*;");

	static final Pattern BACKGROUND = Pattern.compile("background(?:-color)?:\\s*([^;}]+)");

	static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}\\b|#[0-9a-fA-F]{3}\\b|var\\(--([a-z-]+)\\)");

	static final Pattern FOCUS_RULE = Pattern.compile("(?m)^:focus-visible\\s*\\{([^}]*)}");

	@Test
	void theFocusRingContrastsThreeToOneOnEveryBackground() throws IOException {
		// given
		String css = stylesheet();
		Map<String, String> variables = new HashMap<>();
		Matcher variable = VARIABLE.matcher(css);
		while (variable.find()) {
			variables.put(variable.group(1), variable.group(2));
		}
		Set<String> backgrounds = new LinkedHashSet<>(List.of("#ffffff"));
		Matcher background = BACKGROUND.matcher(css);
		while (background.find()) {
			colours(background.group(1), variables).forEach(backgrounds::add);
		}
		Matcher focus = FOCUS_RULE.matcher(css);
		assertThat(focus.find()).as(":focus-visible rule").isTrue();
		List<String> ring = colours(focus.group(1), variables);
		// then
		assertThat(ring).as("the focus ring's two colours").hasSize(2);
		assertThat(backgrounds).as("backgrounds read from the stylesheet").hasSizeGreaterThan(5);
		assertThat(contrast(ring.get(0), ring.get(1))).as("between the ring's colours").isGreaterThanOrEqualTo(3);
		List<String> weak = new ArrayList<>();
		for (String colour : backgrounds) {
			double best = Math.max(contrast(ring.get(0), colour), contrast(ring.get(1), colour));
			if (best < 3) {
				weak.add(colour + " (" + Math.round(best * 100) / 100.0 + ":1)");
			}
		}
		assertThat(weak).as("backgrounds on which the focus ring contrasts less than 3:1").isEmpty();
	}

	@Test
	void measuresContrastAsWcagDoes() {
		assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.api.Assertions.within(0.001));
		assertThat(contrast("#777777", "#ffffff")).isBetween(4.47, 4.49);
		assertThat(contrast("#ffbf47", "#ffffff")).isLessThan(3);
	}

	static List<String> colours(String declaration, Map<String, String> variables) {
		List<String> found = new ArrayList<>();
		Matcher colour = COLOUR.matcher(declaration);
		while (colour.find()) {
			String value = colour.group(1) == null ? colour.group() : variables.get(colour.group(1));
			if (value != null) {
				found.add(sixDigits(value));
			}
		}
		return found;
	}

	static String sixDigits(String hex) {
		if (hex.length() == 4) {
			return "#" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) + hex.charAt(3) + hex.charAt(3);
		}
		return hex.toLowerCase(java.util.Locale.ROOT);
	}

	/** WCAG 2.1's contrast ratio of two sRGB colours. */
	static double contrast(String one, String other) {
		double a = luminance(sixDigits(one));
		double b = luminance(sixDigits(other));
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	static double luminance(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
	}

	static double channel(int value) {
		double c = (value & 0xff) / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	static String stylesheet() throws IOException {
		try (InputStream in = FocusRingTests.class.getResourceAsStream("/static/css/pignon.css")) {
			assertThat(in).as("pignon.css").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
