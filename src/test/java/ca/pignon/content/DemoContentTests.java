package ca.pignon.content;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.Dates;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile's content work, seeded for a merchant as the demo bakery gets it: a kept value sheet, kept pillars,
 * a calendar with published posts in the past and the monthly figures of its months; seeded once.
 */
@SpringBootTest(properties = "pignon.test.context=content")
class DemoContentTests {

	@Autowired
	ApplicationContext context;

	@Test
	void theDemoMerchantGetsAFinishedSheetPillarsPublishedPostsAndFigures() {
		DiagnosticFixture fixture = new DiagnosticFixture(context);
		PignonUser advisor = fixture.staff("Anne Conseil", Role.ADVISOR);
		ApplicationDetails application = fixture.retained(advisor, "Boulangerie Démo " + System.nanoTime()).get(0);
		PignonUser merchant = fixture.merchantUser(application);
		DemoContent demo = new DemoContent(context.getBean(UserDetailsService.class),
				context.getBean(DossierManagement.class), context.getBean(ValueManagement.class),
				context.getBean(PillarManagement.class), context.getBean(CalendarManagement.class),
				context.getBean(FiguresManagement.class));

		assertThat(demo.seed(application.email())).isTrue();

		var id = application.id();
		assertThat(context.getBean(ValueManagement.class).work(merchant, id).versions()).hasSize(1);
		assertThat(context.getBean(PillarManagement.class).pillars(merchant, id)).isNotEmpty()
			.allSatisfy(p -> assertThat(p.kept()).isTrue());
		List<CalendarPost> posts = context.getBean(CalendarManagement.class).posts(merchant, id);
		LocalDate today = LocalDate.now(Dates.PROGRAM_ZONE);
		assertThat(posts).filteredOn(p -> p.day().isBefore(today))
			.isNotEmpty()
			.allSatisfy(p -> assertThat(p.status()).isNotEqualTo(PostStatus.PLANNED))
			.anySatisfy(p -> assertThat(p.link()).contains(".demo.pignon.test/"));
		assertThat(posts).anySatisfy(p -> assertThat(p.day()).isAfterOrEqualTo(today));
		FiguresManagement figures = context.getBean(FiguresManagement.class);
		assertThat(figures.history(merchant, id)).isNotEmpty()
			.anySatisfy(f -> assertThat(f.month()).isEqualTo(figures.range(merchant, id).orElseThrow().last()));
		// seeded once
		assertThat(demo.seed(application.email())).isFalse();
	}

}
