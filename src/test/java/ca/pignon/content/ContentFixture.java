package ca.pignon.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContext;

import ca.pignon.content.ValueSheet.CustomerProfile;
import ca.pignon.platform.PignonUser;
import ca.pignon.shared.ApplicationId;

/** A merchant's content work made through the module's services: a kept value sheet, its pillars, a calendar. */
public final class ContentFixture {

	private final ApplicationContext context;

	public ContentFixture(ApplicationContext context) {
		this.context = context;
	}

	/** A complete value sheet kept as a version, then the pillars Pignon proposes from it. */
	public void keptValueAndPillars(PignonUser merchant, ApplicationId application) {
		context.getBean(ValueManagement.class).keep(merchant, application, new ValueSheet(Map.of(),
				"Le pain de Saint-Roch.",
				List.of("Pain fait main chaque matin", "Au cœur du quartier Saint-Roch", "Une équipe familiale"),
				List.of(new CustomerProfile("Habitués", ""), new CustomerProfile("Travailleurs", "")), "WARM", "", ""));
		context.getBean(PillarManagement.class).propose(merchant, application, Locale.CANADA_FRENCH);
	}

	/** The above, then three Instagram posts a week drafted over the next three months. */
	public void withCalendar(PignonUser merchant, ApplicationId application) {
		keptValueAndPillars(merchant, application);
		CalendarManagement calendar = context.getBean(CalendarManagement.class);
		calendar.save(merchant, application, new CalendarSettings(Map.of(Network.INSTAGRAM, 3), 300, Set.of(),
				Set.of(), List.of(), false, null, null));
		calendar.draft(merchant, application, Locale.CANADA_FRENCH);
	}

}
