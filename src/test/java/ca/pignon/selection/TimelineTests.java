package ca.pignon.selection;

import java.util.List;

import org.junit.jupiter.api.Test;

import ca.pignon.intake.Eligibility;
import ca.pignon.intake.MessageFiles;
import ca.pignon.intake.ReceptionMode;

import static ca.pignon.intake.ApplicationFixture.unknownStreet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dossier has one timeline: submission, eligibility decision, overrides, scores, conflicts, decision, assignment,
 * mails; each with who and when, in order.
 */
class TimelineTests extends SelectionTest {

	@Test
	void tellsTheWholeStoryOfADossierWithWhoAndWhen() {
		// given an application staff had to verify, reviewed, decided on and assigned
		var manager = fixture.manager("Gaby Gestion");
		var anne = fixture.advisor("Anne Conseil");
		var marc = fixture.advisor("Marc Conseil");
		var application = fixture.application("Atelier Lumière")
			.at(unknownStreet("Québec", "G1R 4P5", ReceptionMode.STOREFRONT))
			.submit();
		intake.overrideEligibility(application.id(), Eligibility.ELIGIBLE, "Bail commercial reçu.",
				application.version(), manager);
		var round = fixture.open("Printemps", 1, manager, anne);
		selection.assignReviewer(round, application.id(), marc.accountId(), manager);
		selection.declareConflict(round, application.id(), marc, "Client de l’atelier.");
		fixture.review(round, application.id(), anne, manager, 3);
		fixture.retain(round, application.id(), anne, manager);

		// when
		List<TimelineEntry> timeline = selection.timelineOf(application.id());

		// then
		assertThat(timeline).extracting(TimelineEntry::action, TimelineEntry::actorName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SUBMITTED", "Rosalie Gingras"),
					org.assertj.core.groups.Tuple.tuple("ELIGIBILITY_DECIDED", "Pignon"),
					org.assertj.core.groups.Tuple.tuple("ELIGIBILITY_OVERRIDDEN", "Gaby Gestion"),
					org.assertj.core.groups.Tuple.tuple("CANDIDATE_ADDED", "Gaby Gestion"),
					org.assertj.core.groups.Tuple.tuple("REVIEWER_ASSIGNED", "Gaby Gestion"),
					org.assertj.core.groups.Tuple.tuple("CONFLICT_DECLARED", "Marc Conseil"),
					org.assertj.core.groups.Tuple.tuple("REVIEWER_ASSIGNED", "Gaby Gestion"),
					org.assertj.core.groups.Tuple.tuple("REVIEW_SUBMITTED", "Anne Conseil"),
					org.assertj.core.groups.Tuple.tuple("DECIDED", "Gaby Gestion"),
					org.assertj.core.groups.Tuple.tuple("ADVISOR_ASSIGNED", "Gaby Gestion"),
					org.assertj.core.groups.Tuple.tuple("MAIL_QUEUED", "Gaby Gestion"));
		assertThat(timeline).isSortedAccordingTo(java.util.Comparator.comparing(TimelineEntry::at));
		assertThat(timeline).extracting(TimelineEntry::source).startsWith("INTAKE", "INTAKE", "INTAKE", "SELECTION");
		assertThat(timeline).filteredOn(entry -> entry.source().equals("SELECTION"))
			.allSatisfy(entry -> assertThat(entry.roundName()).isEqualTo("Printemps"));
		assertThat(timeline).allSatisfy(entry -> {
			assertThat(entry.at()).isNotNull();
			// every line is named in both languages
			assertThat(MessageFiles.french(entry.labelKey())).isNotBlank();
			assertThat(MessageFiles.english(entry.labelKey())).isNotBlank();
		});
		assertThat(timeline).filteredOn(entry -> entry.action().equals("ELIGIBILITY_OVERRIDDEN"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.reason()).isEqualTo("Bail commercial reçu."));
		assertThat(timeline).filteredOn(entry -> entry.action().equals("DECIDED"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.after()).isEqualTo("RETAINED"));
		assertThat(timeline).filteredOn(entry -> entry.action().equals("MAIL_QUEUED"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.after()).isEqualTo(application.email()
					+ " : Votre candidature est retenue"));
	}

	@Test
	void keepsScoresOutOfTheTimelineSoThatReviewsStayIndependent() {
		var manager = fixture.manager("Gaby Gestion");
		var anne = fixture.advisor("Anne Conseil");
		var application = fixture.eligible("Boulangerie");
		var round = fixture.open("Printemps", 1, manager, anne);

		fixture.review(round, application.id(), anne, manager, 3);

		assertThat(selection.timelineOf(application.id()))
			.noneMatch(entry -> String.valueOf(entry.after()).contains("Objectifs."))
			.noneMatch(entry -> String.valueOf(entry.after()).contains("GOALS_CLARITY=3"));
	}

}
