package ca.pignon.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ca.pignon.diagnostic.Dimension;
import ca.pignon.diagnostic.LocalizedText;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.plan.ActionCatalogue;
import ca.pignon.plan.CatalogueAction;
import ca.pignon.plan.Trigger;

/** The catalogue shipped to storefront merchants: complete, aligned with the question bank, and vendor-neutral. */
class ShippedCatalogueTests {

	/**
	 * Vendors a merchant would buy from. Places where customers search (Google, Apple Plans, Bing, the social networks)
	 * are named on purpose: being present there is the action, not buying a product.
	 */
	static final List<String> BRANDS = List.of("Shopify", "Wix", "Squarespace", "WordPress", "GoDaddy", "Weebly",
			"Square", "Lightspeed", "Clover", "Moneris", "Stripe", "PayPal", "Mailchimp", "Cyberimpact", "Constant Contact",
			"Libro", "OpenTable", "Fresha", "Calendly", "Canva", "Hootsuite", "Buffer", "QuickBooks", "Sage", "Xero",
			"Acomba", "1Password", "LastPass", "Bitwarden", "Dashlane", "Dropbox", "OneDrive", "Microsoft", "Amazon",
			"Etsy", "Uber", "DoorDash", "Zoho", "HubSpot", "Matomo", "Plausible", "Google Analytics", "Ecwid", "Zenchef",
			"Vagaro", "Booksy", "Mindbody");

	QuestionBank bank = Shipped.bank();

	ActionCatalogue catalogue = Shipped.catalogue();

	@Test
	void shipsAtLeastFortyActionsCoveringEveryDimensionOfTheQuestionBank() {
		assertThat(catalogue.actions()).hasSizeGreaterThanOrEqualTo(40);
		Map<String, Long> perDimension = catalogue.actions()
			.stream()
			.collect(Collectors.groupingBy(CatalogueAction::dimensionId, TreeMap::new, Collectors.counting()));
		for (Dimension dimension : bank.dimensions()) {
			assertThat(perDimension.getOrDefault(dimension.id(), 0L)).as(dimension.id()).isGreaterThanOrEqualTo(4);
		}
	}

	@Test
	void everyTriggerNamesAQuestionAndChoiceOrADimensionOfTheShippedBank() {
		for (CatalogueAction action : catalogue.actions()) {
			List<Trigger> all = new java.util.ArrayList<>(action.triggers());
			if (action.doneWhen() != null) {
				all.add(action.doneWhen());
			}
			for (Trigger trigger : all) {
				if (trigger.question() != null) {
					var question = bank.question(trigger.question());
					assertThat(question).as(action.id() + " → " + trigger.question()).isPresent();
					for (String value : trigger.anyOf().isEmpty() ? trigger.lacks() : trigger.anyOf()) {
						assertThat(CatalogueReader.validValue(question.get(), value))
							.as(action.id() + " → " + trigger.question() + " = " + value)
							.isTrue();
					}
				}
				else if (trigger.dimension() != null) {
					assertThat(bank.dimension(trigger.dimension())).as(action.id()).isPresent();
				}
				else {
					assertThat(trigger.goal()).as(action.id()).isNotNull();
				}
			}
		}
	}

	@Test
	void everyActionSaysWhatWhyHowLongWhatItCostsWhoAndTheSignItIsDoneInBothLanguages() {
		for (CatalogueAction action : catalogue.actions()) {
			List<LocalizedText> texts = new java.util.ArrayList<>(List.of(action.title(), action.why(), action.indicator()));
			texts.addAll(action.steps());
			for (LocalizedText text : texts) {
				assertThat(text.fr()).as(action.id()).isNotBlank();
				assertThat(text.en()).as(action.id()).isNotBlank().isNotEqualTo(text.fr());
			}
			assertThat(action.hours()).as(action.id()).isPositive();
			assertThat(action.costMin()).as(action.id()).isLessThanOrEqualTo(action.costMax());
			assertThat(action.triggers()).as(action.id()).isNotEmpty();
		}
	}

	@Test
	void namesNoVendor() {
		String source = CatalogueShelf.shippedSource();
		for (String brand : BRANDS) {
			assertThat(Pattern.compile("\\b" + Pattern.quote(brand) + "\\b").matcher(source).find())
				.as("the catalogue names the vendor " + brand)
				.isFalse();
		}
	}

	@Test
	void hasQuickWinsToStartWith() {
		assertThat(catalogue.actions().stream().filter(CatalogueAction::quickWin).count()).isGreaterThanOrEqualTo(10);
	}

}
