package ca.pignon.webaudit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org LocalBusiness (or one of its kinds: Bakery, Store, Restaurant…) that a page declares, in JSON-LD or in
 * microdata, with the three properties that matter to local search.
 */
final class StructuredData {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> BUSINESS_TYPES = Set.of("localbusiness", "store", "bakery", "restaurant",
			"cafeorcoffeeshop", "foodestablishment", "barorpub", "brewery", "winery", "icecreamshop",
			"healthandbeautybusiness", "hairsalon", "beautysalon", "dayspa", "nailsalon", "autorepair", "autodealer",
			"florist", "professionalservice", "medicalbusiness", "pharmacy", "optician", "dentist",
			"entertainmentbusiness", "sportsactivitylocation", "exercisegym", "lodgingbusiness", "homeandconstructionbusiness",
			"financialservice", "travelagency", "childcare", "drycleaningorlaundry", "animalshelter", "library");

	record Business(String type, String address, String telephone, String openingHours) {

		boolean complete() {
			return !address.isBlank() && !telephone.isBlank() && !openingHours.isBlank();
		}

	}

	private StructuredData() {
	}

	static List<Business> businesses(Document document) {
		List<Business> found = new ArrayList<>();
		for (Element script : document.select("script[type=application/ld+json]")) {
			try {
				collect(JSON.readTree(script.data()), found);
			}
			catch (JacksonException ex) {
				// invalid JSON-LD is as good as none: search engines ignore it too
			}
		}
		for (Element item : document.select("[itemscope][itemtype]")) {
			String type = lastSegment(item.attr("itemtype"));
			if (isBusiness(type)) {
				found.add(new Business(type, itemprop(item, "address"), itemprop(item, "telephone"),
						itemprop(item, "openingHours") + itemprop(item, "openingHoursSpecification")));
			}
		}
		return found;
	}

	private static void collect(JsonNode node, List<Business> found) {
		if (node.isArray()) {
			node.values().forEach(child -> collect(child, found));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		if (node.get("@graph") != null) {
			collect(node.get("@graph"), found);
		}
		JsonNode type = node.get("@type");
		List<String> types = new ArrayList<>();
		if (type != null && type.isArray()) {
			type.values().forEach(t -> types.add(text(t)));
		}
		else if (type != null) {
			types.add(text(type));
		}
		types.stream().map(StructuredData::lastSegment).filter(StructuredData::isBusiness).findFirst().ifPresent(t -> found
			.add(new Business(t, text(node.get("address")), text(node.get("telephone")),
					text(node.get("openingHours")) + text(node.get("openingHoursSpecification")))));
	}

	/** Every scalar value under the node, joined by spaces. */
	static String text(JsonNode node) {
		if (node == null || node.isNull()) {
			return "";
		}
		if (node.isArray() || node.isObject()) {
			List<String> parts = new ArrayList<>();
			node.properties().stream().filter(e -> !e.getKey().startsWith("@")).forEach(e -> parts.add(text(e.getValue())));
			if (node.isArray()) {
				node.values().forEach(child -> parts.add(text(child)));
			}
			return String.join(" ", parts).strip();
		}
		return node.asString("");
	}

	private static String itemprop(Element item, String name) {
		StringBuilder text = new StringBuilder();
		for (Element property : item.select("[itemprop=" + name + "]")) {
			text.append(property.hasAttr("content") ? property.attr("content") : property.text()).append(' ');
		}
		return text.toString().strip();
	}

	private static String lastSegment(String type) {
		String clean = type.strip();
		int slash = clean.lastIndexOf('/');
		int colon = clean.lastIndexOf(':');
		return clean.substring(Math.max(slash, colon) + 1);
	}

	private static boolean isBusiness(String type) {
		String lower = type.toLowerCase(Locale.ROOT);
		return BUSINESS_TYPES.contains(lower) || lower.endsWith("store") || lower.endsWith("shop")
				|| lower.endsWith("restaurant");
	}

}
