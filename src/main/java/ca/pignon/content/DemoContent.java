package ca.pignon.content;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.content.ValueSheet.CustomerProfile;
import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.Dates;
import ca.pignon.platform.PignonUser;
import ca.pignon.shared.ApplicationId;

/**
 * The demo bakery's content work, for evaluation (profile {@code demo} only): a finished value sheet (one kept
 * version), its pillars kept, a calendar drafted from eight weeks ago (so that it has a past) whose past posts are
 * marked published at fictional addresses ({@code .demo.pignon.test}), one in five skipped, and the monthly figures of
 * every month of the calendar so far. Written through the module's own services, as the merchant. Seeded once.
 */
@Component
@Profile("demo")
class DemoContent {

	static final String MERCHANT = "boulangerie@demo.pignon.test";

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	private final UserDetailsService users;

	private final DossierManagement dossiers;

	private final ValueManagement values;

	private final PillarManagement pillars;

	private final CalendarManagement calendar;

	private final FiguresManagement figures;

	private final Clock clock;

	DemoContent(UserDetailsService users, DossierManagement dossiers, ValueManagement values,
			PillarManagement pillars, CalendarManagement calendar, FiguresManagement figures) {
		this.users = users;
		this.dossiers = dossiers;
		this.values = values;
		this.pillars = pillars;
		this.calendar = calendar;
		this.figures = figures;
		this.clock = Clock.systemUTC();
	}

	@Order(7)
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void seed() {
		seed(MERCHANT);
	}

	/** Seeds the content work of the merchant signing in with that address, unless they kept a value sheet. */
	boolean seed(String email) {
		PignonUser merchant;
		try {
			merchant = (PignonUser) users.loadUserByUsername(email);
		}
		catch (UsernameNotFoundException ex) {
			return false;
		}
		Dossier dossier = dossiers.ofMerchant(merchant.accountId()).orElse(null);
		if (dossier == null) {
			return false;
		}
		ApplicationId id = dossier.applicationId();
		if (!values.work(merchant, id).versions().isEmpty()) {
			return false;
		}
		values.keep(merchant, id, new ValueSheet(Map.of(),
				"Le pain au levain du Faubourg, pétri à la main chaque nuit depuis trois générations.",
				List.of("Pain au levain fait main chaque nuit", "Farines du Québec moulues sur pierre",
						"Au cœur du quartier Saint-Jean-Baptiste", "Une équipe familiale depuis 1962"),
				List.of(new CustomerProfile("Les habitués du quartier", "Leur pain chaud du matin, un mot gentil"),
						new CustomerProfile("Les travailleurs du coin", "Un dîner rapide et bon, à emporter"),
						new CustomerProfile("Les visiteurs", "Un goût du vieux Québec à rapporter")),
				"WARM", "levain, fait main, quartier, chaud", "industriel, promo"));
		pillars.propose(merchant, id, FRENCH);
		calendar.save(merchant, id, new CalendarSettings(Map.of(Network.INSTAGRAM, 3, Network.FACEBOOK, 2), 180,
				Set.of(DayOfWeek.MONDAY), Set.of(), List.of(), false, null, null));
		LocalDate today = LocalDate.now(clock.withZone(Dates.PROGRAM_ZONE));
		calendar.draftFrom(merchant, id, today.minusWeeks(8), FRENCH);
		int n = 0;
		for (CalendarPost post : calendar.posts(merchant, id)) {
			if (!post.day().isBefore(today)) {
				continue;
			}
			if (n++ % 5 == 4) {
				calendar.skip(merchant, id, post.id());
			}
			else {
				calendar.publish(merchant, id, post.id(),
						"https://" + post.network().name().toLowerCase(Locale.ROOT).replace('_', '-')
								+ ".demo.pignon.test/p/" + post.id());
			}
		}
		FiguresRange range = figures.range(merchant, id).orElseThrow();
		YearMonth month = YearMonth.from(today.minusWeeks(8));
		int step = 0;
		while (!month.isAfter(range.last())) {
			figures.save(merchant, id, List.of(
					new MonthlyFigures(month, Network.INSTAGRAM, 420 + 35L * step, 10 + step, 1800 + 400L * step,
							90 + 30L * step),
					new MonthlyFigures(month, Network.FACEBOOK, 610 + 12L * step, 7, 1500 + 150L * step,
							40 + 8L * step)));
			month = month.plusMonths(1);
			step++;
		}
		log.warn("DEMO profile: {} has a kept value sheet, pillars, a calendar with published posts and figures",
				dossier.businessName());
		return true;
	}

}
