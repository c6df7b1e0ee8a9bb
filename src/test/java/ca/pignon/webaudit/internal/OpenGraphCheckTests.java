package ca.pignon.webaudit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import ca.pignon.webaudit.AuditCheck;
import ca.pignon.webaudit.CheckStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Open Graph check says what it found and what is missing without contradicting itself: the verdict, the
 * evidence and the advice read together agree, whichever of the tags a page has.
 */
class OpenGraphCheckTests {

	static final List<String> TAGS = List.of("og:title", "og:description", "og:image", "og:url", "og:type");

	final Translator translator = new Translator(messages());

	/** Every subset of the five tags, as property= or as name= (which themes write and the networks read). */
	static List<List<String>> pages() {
		List<List<String>> pages = new ArrayList<>();
		for (int mask = 0; mask < 1 << TAGS.size(); mask++) {
			List<String> tags = new ArrayList<>();
			for (int i = 0; i < TAGS.size(); i++) {
				if ((mask & 1 << i) != 0) {
					tags.add(TAGS.get(i));
				}
			}
			pages.add(tags);
		}
		return pages;
	}

	@ParameterizedTest
	@MethodSource("pages")
	void neverCallsMissingATagItFoundNorPassesWithoutTitleAndImage(List<String> tags) {
		for (String attribute : List.of("property", "name")) {
			// given a home page with these tags (and an empty og:image, which counts as none)
			StringBuilder head = new StringBuilder("<meta property=\"og:image\" content=\" \">");
			tags.forEach(tag -> head.append("<meta ").append(attribute).append("=\"").append(tag)
				.append("\" content=\"x\">"));
			var page = Jsoup.parse("<html><head>" + head + "</head><body></body></html>");
			// when
			Finding finding = PageChecks.openGraph(page);
			// then the verdict follows the two tags a preview needs
			boolean enough = tags.containsAll(PageChecks.OPEN_GRAPH_NEEDED);
			CheckStatus expected = tags.isEmpty() ? CheckStatus.FAIL : enough ? CheckStatus.PASS : CheckStatus.WARN;
			assertThat(finding.status()).as(attribute + " " + tags).isEqualTo(expected);
			// and in both languages the words name as missing only tags that are absent
			for (Locale locale : List.of(Locale.CANADA_FRENCH, Locale.CANADA)) {
				AuditCheck check = translator.check(finding, locale);
				String missingPart = check.evidence().replaceFirst("^[^;]*;?", "");
				for (String tag : tags) {
					assertThat(missingPart).as(locale + " " + check.evidence()).doesNotContain(tag);
				}
				if (expected == CheckStatus.WARN) {
					PageChecks.OPEN_GRAPH_NEEDED.stream()
						.filter(tag -> !tags.contains(tag))
						.forEach(tag -> assertThat(missingPart).as(check.evidence()).contains(tag));
				}
				assertThat(check.evidence()).doesNotContain("{", " ou ", " or ");
				assertThat(check.message()).doesNotContainIgnoringCase("ajoutez au moins")
					.doesNotContainIgnoringCase("add at least");
			}
		}
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/webaudit/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
