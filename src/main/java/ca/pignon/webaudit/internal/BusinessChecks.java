package ca.pignon.webaudit.internal;

import java.net.URI;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;

/**
 * The checks a storefront's customers feel: can they find the address, the phone, the hours, a way to write, the
 * social profiles, book or buy; is the site kept up; does it say how it treats personal information (Loi 25).
 */
final class BusinessChecks {

	private static final Pattern DAYS = Pattern.compile(
			"\\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TIMES = Pattern.compile(
			"\\b([01]?\\d|2[0-3])\\s?h\\s?([0-5]\\d)?\\b|\\b([01]?\\d|2[0-3]):[0-5]\\d\\b|\\b(1[0-2]|0?[1-9])\\s?(am|pm)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CONTACT_PAGE = Pattern.compile("contact|nous-joindre|joindre|nous joindre",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PRIVACY_PAGE = Pattern.compile(
			"confidentialit|privacy|vie-priv|vie priv|renseignements-personnels|renseignements personnels|donnees-personnelles|donn\u00e9es personnelles",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern COPYRIGHT = Pattern.compile(
			"(?:\u00a9|&copy;|\\(c\\)|copyright|tous droits r\u00e9serv\u00e9s)\\s*(?:[^0-9]{0,40}?)((?:19|20)\\d{2})(?:\\s*[-\u2013\u2014]\\s*((?:19|20)\\d{2}))?",
			Pattern.CASE_INSENSITIVE);

	private static final Map<String, String> TRACKERS = new LinkedHashMap<>();

	private static final Map<String, List<String>> PLATFORMS = new LinkedHashMap<>();

	private static final Map<String, String> SOCIAL_NETWORKS = new LinkedHashMap<>();

	static {
		TRACKERS.put("googletagmanager.com", "Google Tag Manager");
		TRACKERS.put("google-analytics.com", "Google Analytics");
		TRACKERS.put("gtag(", "Google Analytics");
		TRACKERS.put("connect.facebook.net", "Meta Pixel");
		TRACKERS.put("fbq(", "Meta Pixel");
		TRACKERS.put("hotjar.com", "Hotjar");
		TRACKERS.put("clarity.ms", "Microsoft Clarity");
		TRACKERS.put("analytics.tiktok.com", "TikTok Pixel");
		TRACKERS.put("snap.licdn.com", "LinkedIn Insight");
		TRACKERS.put("matomo", "Matomo");
		PLATFORMS.put("Shopify", List.of("cdn.shopify.com", "myshopify.com", "shopify.theme"));
		PLATFORMS.put("WooCommerce", List.of("woocommerce", "wc-ajax"));
		PLATFORMS.put("Square Online", List.of("square.site", "squareup.com", "editmysite.com"));
		PLATFORMS.put("Wix", List.of("wixstores", "wix-bookings", "bookings.wix"));
		PLATFORMS.put("Lightspeed", List.of("shoplightspeed.com", "lightspeedhq", "lsecom"));
		PLATFORMS.put("Squarespace", List.of("sqs-add-to-cart", "squarespace-commerce", "squarespace.com/commerce"));
		PLATFORMS.put("Ecwid", List.of("ecwid.com"));
		PLATFORMS.put("Libro", List.of("libroreserve.com"));
		PLATFORMS.put("Resto-R\u00e9so", List.of("restoreso.ca"));
		PLATFORMS.put("OpenTable", List.of("opentable.c"));
		PLATFORMS.put("Fresha", List.of("fresha.com"));
		PLATFORMS.put("Booksy", List.of("booksy.com"));
		PLATFORMS.put("Calendly", List.of("calendly.com"));
		PLATFORMS.put("Acuity", List.of("acuityscheduling.com", ".as.me"));
		PLATFORMS.put("Mindbody", List.of("mindbodyonline.com"));
		PLATFORMS.put("Vagaro", List.of("vagaro.com"));
		PLATFORMS.put("Uber Eats", List.of("ubereats.com"));
		PLATFORMS.put("DoorDash", List.of("doordash.com"));
		SOCIAL_NETWORKS.put("facebook.com", "Facebook");
		SOCIAL_NETWORKS.put("fb.com", "Facebook");
		SOCIAL_NETWORKS.put("instagram.com", "Instagram");
		SOCIAL_NETWORKS.put("tiktok.com", "TikTok");
		SOCIAL_NETWORKS.put("linkedin.com", "LinkedIn");
		SOCIAL_NETWORKS.put("youtube.com", "YouTube");
		SOCIAL_NETWORKS.put("x.com", "X");
		SOCIAL_NETWORKS.put("twitter.com", "X");
		SOCIAL_NETWORKS.put("pinterest.com", "Pinterest");
	}

	private BusinessChecks() {
	}

	static Finding localBusinessData(List<Document> documents) {
		List<StructuredData.Business> found = documents.stream()
			.flatMap(document -> StructuredData.businesses(document).stream())
			.toList();
		if (found.isEmpty()) {
			return Finding.of(CheckIds.LOCAL_BUSINESS_DATA, CheckStatus.FAIL, "localBusiness.missing");
		}
		StructuredData.Business best = found.stream().filter(StructuredData.Business::complete).findFirst()
			.orElse(found.get(0));
		if (best.complete()) {
			return Finding.of(CheckIds.LOCAL_BUSINESS_DATA, CheckStatus.PASS, "localBusiness.complete", best.type());
		}
		List<String> missing = new ArrayList<>();
		if (best.address().isBlank()) {
			missing.add("address");
		}
		if (best.telephone().isBlank()) {
			missing.add("telephone");
		}
		if (best.openingHours().isBlank()) {
			missing.add("openingHours");
		}
		return Finding.of(CheckIds.LOCAL_BUSINESS_DATA, CheckStatus.WARN, "localBusiness.partial", best.type(),
				String.join(", ", missing));
	}

	static Finding napConsistency(List<Document> documents, AuditSubject subject) {
		if (!subject.hasAddress() && !subject.hasPhone()) {
			return Finding.of(CheckIds.NAP_CONSISTENCY, CheckStatus.NOT_APPLICABLE, "nap.nothingRegistered");
		}
		StringBuilder text = new StringBuilder();
		for (Document document : documents) {
			text.append(document.text()).append(' ');
			document.select("a[href^=tel:]")
				.forEach(a -> text.append(a.attr("href").substring(4).replace("%20", " ")).append(' '));
			StructuredData.businesses(document)
				.forEach(b -> text.append(b.address()).append(' ').append(b.telephone()).append(' '));
		}
		String site = text.toString();
		List<String> found = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		if (subject.hasAddress()) {
			String address = subject.civicNumber() + " " + subject.street();
			(NapMatcher.containsAddress(site, subject.civicNumber(), subject.street()) ? found : missing).add(address);
		}
		if (subject.hasPhone()) {
			(NapMatcher.containsPhone(site, subject.phone()) ? found : missing)
				.add(subject.phone());
		}
		if (missing.isEmpty()) {
			return Finding.of(CheckIds.NAP_CONSISTENCY, CheckStatus.PASS, "nap.allFound", String.join(" ; ", found));
		}
		if (found.isEmpty()) {
			return Finding.of(CheckIds.NAP_CONSISTENCY, CheckStatus.FAIL, "nap.noneFound", String.join(" ; ", missing));
		}
		return Finding.of(CheckIds.NAP_CONSISTENCY, CheckStatus.WARN, "nap.someFound", String.join(" ; ", found),
				String.join(" ; ", missing));
	}

	static Finding openingHours(List<Document> documents) {
		for (Document document : documents) {
			String text = document.text();
			Matcher day = DAYS.matcher(text);
			Matcher time = TIMES.matcher(text);
			if (day.find() && time.find()) {
				return Finding.of(CheckIds.OPENING_HOURS, CheckStatus.PASS, "hours.visible",
						document.location().isEmpty() ? "/" : URI.create(document.location()).getPath(),
						snippet(text, day.start()));
			}
		}
		boolean structured = documents.stream()
			.flatMap(document -> StructuredData.businesses(document).stream())
			.anyMatch(business -> !business.openingHours().isBlank());
		return structured ? Finding.of(CheckIds.OPENING_HOURS, CheckStatus.WARN, "hours.structuredOnly")
				: Finding.of(CheckIds.OPENING_HOURS, CheckStatus.FAIL, "hours.missing");
	}

	static Finding contact(List<Document> documents) {
		Set<String> ways = new LinkedHashSet<>();
		boolean phoneShown = false;
		for (Document document : documents) {
			if (!document.select("a[href^=tel:]").isEmpty()) {
				ways.add("tel:");
			}
			if (!document.select("a[href^=mailto:]").isEmpty()) {
				ways.add("mailto:");
			}
			if (!contactForms(document).isEmpty()) {
				ways.add("form");
			}
			for (Element a : document.select("a[href]")) {
				if (CONTACT_PAGE.matcher(a.attr("href")).find() || CONTACT_PAGE.matcher(a.text()).find()) {
					ways.add("contact-page");
				}
			}
		}
		if (ways.contains("tel:")) {
			return Finding.of(CheckIds.CONTACT, CheckStatus.PASS, "contact.found", String.join(", ", ways));
		}
		// a tel: link settles it; otherwise the pages are read for a written number (libphonenumber takes about a
		// millisecond a page), and the reading stops at the first number found
		for (Document document : documents) {
			if (NapMatcher.showsAPhone(document.text())) {
				phoneShown = true;
				break;
			}
		}
		if (phoneShown && !ways.isEmpty()) {
			return Finding.of(CheckIds.CONTACT, CheckStatus.PASS, "contact.found", String.join(", ", ways));
		}
		if (!ways.isEmpty()) {
			return Finding.of(CheckIds.CONTACT, CheckStatus.WARN, "contact.partial", String.join(", ", ways));
		}
		if (phoneShown) {
			return Finding.of(CheckIds.CONTACT, CheckStatus.WARN, "contact.phoneOnly");
		}
		return Finding.of(CheckIds.CONTACT, CheckStatus.FAIL, "contact.missing");
	}

	static Finding socialLinks(List<Document> documents, AuditSubject subject) {
		List<URI> links = new ArrayList<>();
		for (Document document : documents) {
			document.select("a[href]").forEach(a -> Crawler.toUri(a.absUrl("href")).ifPresent(links::add));
		}
		if (subject.socialProfiles().isEmpty()) {
			Set<String> networks = new LinkedHashSet<>();
			links.forEach(link -> network(link).ifPresent(networks::add));
			return networks.isEmpty()
					? Finding.of(CheckIds.SOCIAL_LINKS, CheckStatus.NOT_APPLICABLE, "social.noneGiven")
					: Finding.of(CheckIds.SOCIAL_LINKS, CheckStatus.PASS, "social.linkedUnlisted",
							String.join(", ", networks));
		}
		List<String> linked = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String profile : subject.socialProfiles()) {
			Optional<SocialProfile> wanted = SocialProfile.parse(profile);
			boolean found = wanted.isPresent() && links.stream().anyMatch(wanted.get()::matches);
			(found ? linked : missing).add(profile);
		}
		if (missing.isEmpty()) {
			return Finding.of(CheckIds.SOCIAL_LINKS, CheckStatus.PASS, "social.allLinked", String.join(", ", linked));
		}
		if (linked.isEmpty()) {
			return Finding.of(CheckIds.SOCIAL_LINKS, CheckStatus.FAIL, "social.noneLinked", String.join(", ", missing));
		}
		return Finding.of(CheckIds.SOCIAL_LINKS, CheckStatus.WARN, "social.someLinked", String.join(", ", linked),
				String.join(", ", missing));
	}

	static Finding privacyPolicy(List<Document> documents) {
		Set<String> reasons = new LinkedHashSet<>();
		boolean policy = false;
		for (Document document : documents) {
			if (!contactForms(document).isEmpty()) {
				reasons.add("form");
			}
			String scripts = document.select("script").outerHtml().toLowerCase(Locale.ROOT)
					+ document.select("img[src], iframe[src]").outerHtml().toLowerCase(Locale.ROOT);
			TRACKERS.forEach((signature, name) -> {
				if (scripts.contains(signature)) {
					reasons.add(name);
				}
			});
			for (Element a : document.select("a[href]")) {
				policy |= PRIVACY_PAGE.matcher(a.attr("href")).find() || PRIVACY_PAGE.matcher(a.text()).find();
			}
		}
		if (reasons.isEmpty()) {
			return Finding.of(CheckIds.PRIVACY_POLICY, CheckStatus.NOT_APPLICABLE, "privacy.notNeeded");
		}
		return Finding.of(CheckIds.PRIVACY_POLICY, policy ? CheckStatus.PASS : CheckStatus.FAIL,
				policy ? "privacy.found" : "privacy.missing", String.join(", ", reasons));
	}

	static Finding onlineSales(List<Document> documents) {
		Set<String> found = new LinkedHashSet<>();
		for (Document document : documents) {
			String html = document.outerHtml().toLowerCase(Locale.ROOT);
			PLATFORMS.forEach((name, signatures) -> {
				if (signatures.stream().anyMatch(html::contains)) {
					found.add(name);
				}
			});
		}
		return found.isEmpty() ? Finding.of(CheckIds.ONLINE_SALES, CheckStatus.WARN, "onlineSales.none")
				: Finding.of(CheckIds.ONLINE_SALES, CheckStatus.PASS, "onlineSales.found", String.join(", ", found));
	}

	static Finding freshness(List<Document> documents, Year thisYear, int staleYears) {
		int latest = -1;
		String shown = "";
		for (Document document : documents) {
			Matcher matcher = COPYRIGHT.matcher(document.text());
			while (matcher.find()) {
				int year = Integer.parseInt(matcher.group(2) != null ? matcher.group(2) : matcher.group(1));
				if (year > latest) {
					latest = year;
					shown = matcher.group().strip();
				}
			}
		}
		if (latest < 0) {
			return Finding.of(CheckIds.FRESHNESS, CheckStatus.NOT_APPLICABLE, "freshness.noYear");
		}
		int age = thisYear.getValue() - latest;
		CheckStatus status = age >= staleYears ? CheckStatus.FAIL : age >= staleYears - 1 ? CheckStatus.WARN
				: CheckStatus.PASS;
		return Finding.of(CheckIds.FRESHNESS, status, status == CheckStatus.PASS ? "freshness.recent" : "freshness.old",
				shown, latest, Math.max(age, 0));
	}

	private static String snippet(String text, int from) {
		String cut = text.substring(from, Math.min(text.length(), from + 80)).strip();
		return from + 80 < text.length() ? cut + "…" : cut;
	}

	/** Forms that collect something about a person: any form but a search box. */
	private static List<Element> contactForms(Document document) {
		return document.select("form")
			.stream()
			.filter(form -> !form.attr("role").equalsIgnoreCase("search")
					&& !form.select("textarea, input[type=email], input[type=tel], input[type=text], input:not([type])")
						.isEmpty()
					&& form.select("input[type=search]").isEmpty())
			.toList();
	}

	private static Optional<String> network(URI link) {
		String host = link.getHost().toLowerCase(Locale.ROOT);
		return SOCIAL_NETWORKS.entrySet()
			.stream()
			.filter(entry -> host.equals(entry.getKey()) || host.endsWith("." + entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst();
	}

}
