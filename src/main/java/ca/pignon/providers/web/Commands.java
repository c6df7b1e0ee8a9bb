package ca.pignon.providers.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Refused.Problem;
import ca.pignon.providers.Accessibility;
import ca.pignon.providers.BriefEdit;
import ca.pignon.providers.ContentOwner;
import ca.pignon.providers.DomainOwner;
import ca.pignon.providers.Hosting;
import ca.pignon.providers.ProfileEdit;
import ca.pignon.providers.ProviderApplication;
import ca.pignon.providers.ProvidersRefused;
import ca.pignon.providers.Quote;
import ca.pignon.providers.Vetting;

import java.util.LinkedHashSet;

/**
 * The forms as typed turned into the module's typed commands. What cannot be read is refused with its field and the
 * same kind of message the module gives for a value that breaks its rule, so that the page says the same either way.
 */
final class Commands {

	private final List<Problem> problems = new ArrayList<>();

	private Commands() {
	}

	static ProviderApplication application(ApplyForm form) {
		return new ProviderApplication(form.getName(), form.getNeq(), form.getContactName(), form.getEmail(),
				form.getPhone(), form.getWebsite(), new LinkedHashSet<>(form.getServices()), form.isWholeTerritory(),
				form.getMunicipalities(), new LinkedHashSet<>(form.getLanguages()), form.getPriceRange(),
				form.getPortfolio(), form.getReferenceOne(), form.getReferenceTwo(), form.isCharterAccepted());
	}

	/** The provider's profile, typed in the application's form (its other fields are not the provider's to change). */
	static ProfileEdit profile(ApplyForm form) {
		return new ProfileEdit(form.getContactName(), form.getPhone(), form.getWebsite(),
				new LinkedHashSet<>(form.getServices()), form.isWholeTerritory(), form.getMunicipalities(),
				new LinkedHashSet<>(form.getLanguages()), form.getPriceRange(), form.getPortfolio());
	}

	static BriefEdit brief(BriefForm form) {
		Commands typed = new Commands();
		Integer min = typed.amount("budgetMin", form.getBudgetMin());
		Integer max = typed.amount("budgetMax", form.getBudgetMax());
		LocalDate wantedBy = typed.date("wantedBy", form.getWantedBy(), false);
		typed.refuseIfAny();
		return new BriefEdit(form.getService(), form.getTitle(), form.getGoal(), form.getToday(), form.getNeeds(),
				form.getDoneWhen(), min, max, wantedBy, form.getLanguage());
	}

	static @Nullable LocalDate answerBy(SendForm form) {
		Commands typed = new Commands();
		LocalDate answerBy = typed.date("answerBy", form.getAnswerBy(), false);
		typed.refuseIfAny();
		return answerBy;
	}

	static Quote quote(QuoteForm form) {
		Commands typed = new Commands();
		BigDecimal oneTime = typed.price("oneTime", form.getOneTime(), true);
		BigDecimal yearly = typed.price("yearly", form.getYearly(), false);
		int weeks = typed.weeks(form.getWeeks());
		DomainOwner domain = typed.choice("domainOwner", DomainOwner.class, form.getDomainOwner());
		ContentOwner content = typed.choice("contentOwner", ContentOwner.class, form.getContentOwner());
		Accessibility accessibility = typed.choice("accessibility", Accessibility.class, form.getAccessibility());
		Hosting hosting = typed.choice("hosting", Hosting.class, form.getHosting());
		if (!"true".equals(form.getFrenchService()) && !"false".equals(form.getFrenchService())) {
			typed.problems.add(Problem.about("frenchService", "providers.choice.required"));
		}
		if (form.getIncluded().isBlank()) {
			typed.problems.add(Problem.about("included", "providers.field.required"));
		}
		typed.refuseIfAny();
		return new Quote(oneTime, yearly, form.getIncluded(), weeks, domain, content, form.getMaintenance(),
				"true".equals(form.getFrenchService()), accessibility, hosting);
	}

	static Vetting vetting(VettingForm form) {
		if (!"approve".equals(form.getDecision()) && !"refuse".equals(form.getDecision())) {
			throw new ProvidersRefused("decision", "providers.choice.required");
		}
		return new Vetting(form.isNeqChecked(), form.isReferencesCalled(), form.isWorkSeen(),
				"approve".equals(form.getDecision()), form.getReason());
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	private @Nullable Integer amount(String field, String typed) {
		if (typed.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(clean(typed)).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			problems.add(Problem.about(field, "providers.number.invalid"));
			return null;
		}
	}

	private @Nullable BigDecimal price(String field, String typed, boolean required) {
		if (typed.isBlank()) {
			if (required) {
				problems.add(Problem.about(field, "providers.field.required"));
			}
			return required ? BigDecimal.ZERO : null;
		}
		try {
			return new BigDecimal(clean(typed));
		}
		catch (NumberFormatException ex) {
			problems.add(Problem.about(field, "providers.number.invalid"));
			return BigDecimal.ZERO;
		}
	}

	private int weeks(String typed) {
		try {
			return Integer.parseInt(typed.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(Problem.about("weeks", "providers.number.invalid"));
			return 1;
		}
	}

	private @Nullable LocalDate date(String field, String typed, boolean required) {
		if (typed.isBlank()) {
			if (required) {
				problems.add(Problem.about(field, "providers.field.required"));
			}
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(Problem.about(field, "providers.date.invalid"));
			return null;
		}
	}

	private <E extends Enum<E>> E choice(String field, Class<E> type, String typed) {
		try {
			return Enum.valueOf(type, typed);
		}
		catch (IllegalArgumentException ex) {
			problems.add(Problem.about(field, "providers.choice.required"));
			return type.getEnumConstants()[0];
		}
	}

	private static String clean(String typed) {
		return typed.strip().replace(" ", "").replace("\u00a0", "").replace("$", "").replace(',', '.');
	}

	private void refuseIfAny() {
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
	}

}
