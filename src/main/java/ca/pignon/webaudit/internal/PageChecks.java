package ca.pignon.webaudit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;

/**
 * The checks that read the home page itself, as search engines and phones do: viewport, title, description,
 * language, Open Graph, images' text alternatives.
 */
final class PageChecks {

	static final int TITLE_MIN = 10;

	static final int TITLE_MAX = 70;

	static final int DESCRIPTION_MIN = 50;

	static final int DESCRIPTION_MAX = 160;

	private static final Set<String> GENERIC_TITLES = Set.of("accueil", "home", "index", "untitled", "sans titre",
			"document", "page d'accueil", "page d’accueil", "bienvenue", "welcome", "mon site", "my site");

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

	private PageChecks() {
	}

	static Finding viewport(Document document) {
		Element meta = document.selectFirst("meta[name=viewport]");
		if (meta == null) {
			return Finding.of(CheckIds.MOBILE_VIEWPORT, CheckStatus.FAIL, "viewport.missing");
		}
		String content = meta.attr("content");
		boolean deviceWidth = content.replace(" ", "").toLowerCase(Locale.ROOT).contains("width=device-width");
		return Finding.of(CheckIds.MOBILE_VIEWPORT, deviceWidth ? CheckStatus.PASS : CheckStatus.WARN,
				deviceWidth ? "viewport.found" : "viewport.fixed", content);
	}

	static Finding title(Document document) {
		Element element = document.selectFirst("head > title");
		String title = element == null ? "" : element.text().strip();
		if (title.isEmpty()) {
			return Finding.of(CheckIds.TITLE, CheckStatus.FAIL, "title.missing");
		}
		int length = title.codePointCount(0, title.length());
		if (GENERIC_TITLES.contains(title.toLowerCase(Locale.ROOT))) {
			return Finding.of(CheckIds.TITLE, CheckStatus.WARN, "title.generic", title);
		}
		if (length < TITLE_MIN) {
			return Finding.of(CheckIds.TITLE, CheckStatus.WARN, "title.short", title, length, TITLE_MIN);
		}
		if (length > TITLE_MAX) {
			return Finding.of(CheckIds.TITLE, CheckStatus.WARN, "title.long", title, length, TITLE_MAX);
		}
		return Finding.of(CheckIds.TITLE, CheckStatus.PASS, "title.found", title, length);
	}

	static Finding description(Document document) {
		Element meta = document.selectFirst("meta[name=description]");
		String text = meta == null ? "" : meta.attr("content").strip();
		if (text.isEmpty()) {
			return Finding.of(CheckIds.META_DESCRIPTION, CheckStatus.FAIL, "description.missing");
		}
		int length = text.codePointCount(0, text.length());
		if (length < DESCRIPTION_MIN) {
			return Finding.of(CheckIds.META_DESCRIPTION, CheckStatus.WARN, "description.short", text, length,
					DESCRIPTION_MIN);
		}
		if (length > DESCRIPTION_MAX) {
			return Finding.of(CheckIds.META_DESCRIPTION, CheckStatus.WARN, "description.long", text, length,
					DESCRIPTION_MAX);
		}
		return Finding.of(CheckIds.META_DESCRIPTION, CheckStatus.PASS, "description.found", text, length);
	}

	static Finding lang(Document document) {
		Element html = document.selectFirst("html");
		String lang = html == null ? "" : html.attr("lang").strip();
		if (lang.isEmpty()) {
			return Finding.of(CheckIds.LANG, CheckStatus.FAIL, "lang.missing");
		}
		return LANGUAGE_TAG.matcher(lang).matches() ? Finding.of(CheckIds.LANG, CheckStatus.PASS, "lang.found", lang)
				: Finding.of(CheckIds.LANG, CheckStatus.WARN, "lang.invalid", lang);
	}

	/** The two tags a shared link's preview cannot do without. */
	static final List<String> OPEN_GRAPH_NEEDED = List.of("og:title", "og:image");

	/**
	 * The Open Graph tags with a content (declared with {@code property}, or with {@code name} as many themes do and
	 * the networks accept). Passes with og:title and og:image; otherwise the words name exactly the needed tags that
	 * are missing, never one that was found.
	 */
	static Finding openGraph(Document document) {
		List<String> present = new ArrayList<>();
		for (String property : List.of("og:title", "og:description", "og:image", "og:url", "og:type")) {
			boolean filled = document.select("meta[property=" + property + "], meta[name=" + property + "]")
				.stream()
				.anyMatch(meta -> !meta.attr("content").isBlank());
			if (filled) {
				present.add(property);
			}
		}
		if (present.isEmpty()) {
			return Finding.of(CheckIds.OPEN_GRAPH, CheckStatus.FAIL, "openGraph.missing");
		}
		List<String> missing = OPEN_GRAPH_NEEDED.stream().filter(tag -> !present.contains(tag)).toList();
		if (missing.isEmpty()) {
			return Finding.of(CheckIds.OPEN_GRAPH, CheckStatus.PASS, "openGraph.found", String.join(", ", present));
		}
		return Finding.of(CheckIds.OPEN_GRAPH, CheckStatus.WARN, "openGraph.lacking", String.join(", ", present),
				String.join(", ", missing));
	}

	/** Images without an alt attribute; alt="" is right for a decorative image. */
	static Finding imageAlt(List<Document> documents) {
		int images = 0;
		List<String> missing = new ArrayList<>();
		for (Document document : documents) {
			for (Element img : document.select("img")) {
				images++;
				if (!img.hasAttr("alt")) {
					missing.add(img.attr("src"));
				}
			}
		}
		if (images == 0) {
			return Finding.of(CheckIds.IMAGE_ALT, CheckStatus.NOT_APPLICABLE, "imageAlt.none");
		}
		if (missing.isEmpty()) {
			return Finding.of(CheckIds.IMAGE_ALT, CheckStatus.PASS, "imageAlt.all", images);
		}
		CheckStatus status = missing.size() * 2 >= images ? CheckStatus.FAIL : CheckStatus.WARN;
		return Finding.of(CheckIds.IMAGE_ALT, status, "imageAlt.missing", missing.size(), images,
				String.join(", ", missing.stream().distinct().limit(3).toList()));
	}

}
