package ca.pignon.selection.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import ca.pignon.intake.ApplicationChange;
import ca.pignon.platform.People;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.selection.TimelineEntry;

/**
 * A dossier's whole history, whoever looks at it (the new advisor after a hand-over too): intake's audit trail
 * (submission, the eligibility decided with it, overrides, placements) merged with selection's, in time order.
 * Reviewers' values are not in it (the review board shows them, keeping reviews independent); who scored and when
 * are.
 */
@Component
public class Timeline {

	static final String INTAKE = "INTAKE";

	static final String SELECTION = "SELECTION";

	private final IntakeManagement intake;

	private final SelectionLog log;

	private final People people;

	Timeline(IntakeManagement intake, SelectionLog log, People people) {
		this.intake = intake;
		this.log = log;
		this.people = people;
	}

	public List<TimelineEntry> of(ApplicationId application) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (ApplicationChange change : intake.changesOf(application)) {
			entries.add(new TimelineEntry(change.at(), change.actorName(), INTAKE, change.action(),
					"intake.change." + change.action(), null, change.before(), change.after(), change.reason()));
			if (change.action().equals("SUBMITTED") && change.after() != null && !change.after().isBlank()) {
				// the rules decide eligibility at submission: a line of its own, as the program speaks of it
				entries.add(new TimelineEntry(change.at(), people.nameOf(Actor.RULES), INTAKE, "ELIGIBILITY_DECIDED",
						"selection.log.ELIGIBILITY_DECIDED", null, null, change.after(), null));
			}
		}
		for (SelectionLog.Line line : log.of(application)) {
			entries.add(new TimelineEntry(line.at(), line.actorName(), SELECTION, line.action(),
					"selection.log." + line.action(), line.roundName(), line.before(), line.after(), line.reason()));
		}
		// a stable sort: lines written at the same instant keep the order they were written in
		entries.sort(Comparator.comparing(TimelineEntry::at));
		return List.copyOf(entries);
	}

}
