package ca.pignon.content;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.ApplicationId;

/**
 * The content pillars: proposed from the value work ({@link PillarPolicy}), then renamed, kept or dropped; each with
 * the post ideas of the shipped library for its kind and the business's sector family. Access as for the value work.
 */
@Service
@Transactional
public class PillarManagement {

	static final int NAME_MAX = 60;

	private final ValueManagement values;

	private final PillarRows rows;

	private final IdeaLibrary library;

	private final MessageSource messages;

	private final Clock clock;

	PillarManagement(ValueManagement values, PillarRows rows, IdeaLibrary library, MessageSource messages) {
		this.values = values;
		this.rows = rows;
		this.library = library;
		this.messages = messages;
		this.clock = Clock.systemUTC();
	}

	/** The dossier's pillars, empty before any was proposed. */
	@Transactional(readOnly = true)
	public List<Pillar> pillars(PignonUser person, ApplicationId application) {
		values.work(person, application);
		return rows.of(application);
	}

	/** The library's ideas for a pillar, suited to the business's sector family. */
	public List<Idea> ideas(PillarKind kind, SectorFamily family) {
		return library.ideas(kind, family);
	}

	/**
	 * Proposes three to five pillars from the newest kept version of the value work (the draft when none was kept),
	 * named in the person's language; they replace any proposed before.
	 */
	public List<Pillar> propose(PignonUser person, ApplicationId application, Locale locale) {
		ValueSheet sheet = values.sheet(person, application, null);
		List<Pillar> pillars = new ArrayList<>();
		for (PillarPolicy.Proposal proposal : PillarPolicy.propose(sheet)) {
			pillars.add(new Pillar(pillars.size(), proposal.kind(),
					messages.getMessage("content.PillarKind." + proposal.kind().name(), null, locale), true,
					proposal.because() == null ? "" : proposal.because()));
		}
		rows.replace(application, pillars, person.accountId(), clock.instant());
		return pillars;
	}

	/** Renames, keeps or drops the proposed pillars; every pillar keeps a name. */
	public List<Pillar> decide(PignonUser person, ApplicationId application, List<PillarChoice> choices) {
		List<Pillar> current = pillars(person, application);
		List<Problem> problems = new ArrayList<>();
		List<Pillar> decided = new ArrayList<>();
		for (Pillar pillar : current) {
			PillarChoice choice = choices.stream()
				.filter(c -> c.position() == pillar.position())
				.findFirst()
				.orElse(new PillarChoice(pillar.position(), pillar.name(), pillar.kept()));
			String name = choice.name().strip();
			String field = "rows[" + pillar.position() + "].name";
			if (name.isEmpty()) {
				problems.add(Problem.about(field, "content.pillar.name.required"));
			}
			else if (name.length() > NAME_MAX) {
				problems.add(Problem.about(field, "content.pillar.name.tooLong", String.valueOf(NAME_MAX)));
			}
			decided.add(new Pillar(pillar.position(), pillar.kind(), name, choice.kept(), pillar.because()));
		}
		if (!problems.isEmpty()) {
			throw new ContentRefused(problems);
		}
		rows.replace(application, decided, person.accountId(), clock.instant());
		return decided;
	}

}
