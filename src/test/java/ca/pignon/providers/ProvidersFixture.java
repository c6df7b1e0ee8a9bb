package ca.pignon.providers;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.plan.Doer;
import ca.pignon.plan.PlanEdit;
import ca.pignon.plan.PlanFixture;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

/**
 * A merchant whose approved plan has an action that needs a provider, and vetted providers, made through each
 * module's API as the pages make them.
 */
final class ProvidersFixture {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	static final Pattern LINK = Pattern.compile("/providers/quotes/([A-Za-z0-9_-]{43})");

	final PlanFixture plans;

	final ProvidersManagement providers;

	final BriefManagement briefs;

	final ShortlistManagement shortlists;

	final QuoteManagement quoteRequests;

	final ChoiceManagement choices;

	final JdbcClient jdbc;

	final PignonUser manager;

	ProvidersFixture(ApplicationContext context) {
		this.plans = new PlanFixture(context);
		this.providers = context.getBean(ProvidersManagement.class);
		this.briefs = context.getBean(BriefManagement.class);
		this.shortlists = context.getBean(ShortlistManagement.class);
		this.quoteRequests = context.getBean(QuoteManagement.class);
		this.choices = context.getBean(ChoiceManagement.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.manager = plans.diagnostics.staff("Hélène Gagnon", Role.MANAGER);
	}

	/** Empties the provider module's tables: each test starts with an empty directory. */
	void reset() {
		jdbc.sql("""
				TRUNCATE providers_profile_change, providers_rating, providers_conflict_decision, providers_interest, providers_log, providers_request,
				  providers_brief, providers_provider""")
			.update();
	}

	/** A retained merchant whose approved plan holds the action "web-simple-site" (a provider's). */
	ApplicationDetails merchantWithApprovedPlan(PignonUser advisor, String name) {
		PlanManagement plan = plans.plans;
		ApplicationDetails application = plans.diagnosed(advisor, name, Set.of());
		YearMonth month = plan.nextMonth();
		PlanSummary drafted = plan.draft(application.id(), month, new BigDecimal("3"), PlanFixture.actor(advisor),
				FRENCH);
		int version = 1;
		boolean hasSite = plan.version(drafted.id(), 1)
			.content()
			.items()
			.stream()
			.anyMatch(item -> "web-simple-site".equals(item.actionId()));
		if (!hasSite) {
			plan.edit(drafted.id(), 1, new PlanEdit.AddAction("web-simple-site", month), PlanFixture.actor(advisor),
					FRENCH);
			version = 2;
		}
		plan.edit(drafted.id(), version, new PlanEdit.AddCustom("Photos des produits", "Pour la boutique", BigDecimal.valueOf(4), 300, 800,
				Doer.PROVIDER, month), PlanFixture.actor(advisor), FRENCH);
		version++;
		plan.send(drafted.id(), version, PlanFixture.actor(advisor));
		plan.approve(drafted.id(), version, PlanFixture.MERCHANT_NAME, application.accountId(), FRENCH);
		return application;
	}

	PignonUser merchant(ApplicationDetails application) {
		return plans.diagnostics.merchantUser(application);
	}

	PignonUser advisor() {
		return plans.diagnostics.staff("Anne Tremblay " + System.nanoTime(), Role.ADVISOR);
	}

	/** A provider that applied and was approved by the manager, offering these services everywhere, in French. */
	ProviderId vetted(String name, String... services) {
		ProviderId id = providers.apply(application(name, services));
		providers.vet(id, new Vetting(true, true, true, true, ""), manager.accountId());
		return id;
	}

	static ProviderApplication application(String name, String... services) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		return new ProviderApplication(name, "1234567890", "Léa " + name, slug + "@fournisseur.test", "418 555-0100",
				"https://" + slug + ".test", Set.of(services), true, List.of(), Set.of("fr"), "De 800 $ à 2000 $",
				"https://" + slug + ".test/travaux", "Client A, 418 555-0101", "Client B, 418 555-0102", true);
	}

	/** The link of the last request mail sent to this address. */
	String linkMailedTo(String email) {
		String body = jdbc.sql("""
				SELECT body FROM platform_mail WHERE recipient = :to AND subject LIKE 'Demande de soumission%'
				ORDER BY created_at DESC LIMIT 1""").param("to", email).query(String.class).single();
		Matcher matcher = LINK.matcher(body);
		if (!matcher.find()) {
			throw new AssertionError("no link in " + body);
		}
		return matcher.group(1);
	}

	String emailOf(ProviderId provider) {
		return providers.provider(provider).email();
	}

	static Quote quote(String oneTime, String yearly, int weeks) {
		return new Quote(new BigDecimal(oneTime), yearly == null ? null : new BigDecimal(yearly), "Un site d’une page",
				weeks, DomainOwner.MERCHANT, ContentOwner.MERCHANT, "Mises à jour de sécurité", true,
				Accessibility.WCAG_AA, Hosting.CANADA);
	}

}
