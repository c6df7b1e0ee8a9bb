package ca.pignon.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.platform.NotFound;
import ca.pignon.platform.People;
import ca.pignon.platform.ProgramSettings;
import ca.pignon.privacy.internal.IncidentRows;
import ca.pignon.privacy.internal.RequestRows;
import ca.pignon.shared.AccountId;

/**
 * The register of confidentiality incidents (Loi 25, art. 3.8), kept by the people in charge of personal information
 * (anyone else: 404), and the notice to the people concerned drafted from it (Règlement sur les incidents de
 * confidentialité, art. 5), in French or English, for the person in charge to review and send.
 */
@Service
@Transactional
public class Incidents {

	private final IncidentRows rows;

	private final RequestRows officers;

	private final People people;

	private final MessageSource messages;

	private final ProgramSettings program;

	private final Clock clock;

	private final ZoneId zone;

	Incidents(IncidentRows rows, RequestRows officers, People people, MessageSource messages, ProgramSettings program,
			Clock clock, @Value("${pignon.privacy.zone:America/Toronto}") ZoneId zone) {
		this.rows = rows;
		this.officers = officers;
		this.people = people;
		this.messages = messages;
		this.program = program;
		this.clock = clock;
		this.zone = zone;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	/** Enters an incident in the register. */
	public Incident record(IncidentPolicy.Input input, AccountId by) {
		requireOfficer(by);
		IncidentDetails details = IncidentPolicy.accept(input, today());
		UUID id = UUID.randomUUID();
		rows.insert(id, details, by.value(), clock.instant());
		return get(id, by);
	}

	/** Changes an incident (a notice sent, a measure taken), refused when it changed since the page showed it. */
	public Incident update(UUID id, IncidentPolicy.Input input, long version, AccountId by) {
		requireOfficer(by);
		rows.find(id).orElseThrow(NotFound::new);
		IncidentDetails details = IncidentPolicy.accept(input, today());
		if (!rows.update(id, details, version, by.value(), clock.instant())) {
			throw new PrivacyRefused(List.of(ca.pignon.platform.Refused.Problem.about(null, "privacy.incident.changed")));
		}
		return get(id, by);
	}

	@Transactional(readOnly = true)
	public List<Incident> all(AccountId asking) {
		requireOfficer(asking);
		return rows.all().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public Incident get(UUID id, AccountId asking) {
		requireOfficer(asking);
		return view(rows.find(id).orElseThrow(NotFound::new));
	}

	/**
	 * The notice to the people concerned, drafted in this language from the register: what information, what
	 * happened, when, what the program did, what they can do, whom to ask. One paragraph per element.
	 */
	@Transactional(readOnly = true)
	public List<String> notice(UUID id, Locale language, AccountId asking) {
		IncidentDetails incident = get(id, asking).details();
		DateTimeFormatter dates = DateTimeFormatter.ofPattern(
				language.getLanguage().equals("en") ? "MMMM d, yyyy" : "d MMMM yyyy", language);
		String when = incident.occurredTo() == null || incident.occurredTo().equals(incident.occurredFrom())
				? text(language, "privacy.incident.notice.on", incident.occurredFrom().format(dates))
				: text(language, "privacy.incident.notice.between", incident.occurredFrom().format(dates),
						incident.occurredTo().format(dates));
		var officer = program.privacyOfficer();
		List<String> notice = new ArrayList<>();
		notice.add(text(language, "privacy.incident.notice.opening", program.operatorName(), when));
		notice.add(text(language, "privacy.incident.notice.information", incident.information()));
		notice.add(text(language, "privacy.incident.notice.circumstances", incident.circumstances()));
		notice.add(text(language, "privacy.incident.notice.discovered", incident.discoveredOn().format(dates)));
		notice.add(text(language, "privacy.incident.notice.measures", incident.measures()));
		if (!incident.advice().isBlank()) {
			notice.add(text(language, "privacy.incident.notice.advice", incident.advice()));
		}
		notice.add(text(language, "privacy.incident.notice.contact", officer.name(), officer.title(), officer.email(),
				officer.phone().isBlank() ? 0 : 1, officer.phone()));
		notice.add(text(language, "privacy.incident.notice.commission"));
		return notice;
	}

	private Incident view(IncidentRows.Row row) {
		Map<AccountId, String> names = people.namesOf(List.of(new AccountId(row.recordedBy()),
				new AccountId(row.updatedBy())));
		return new Incident(row.id(), row.details(), names.get(new AccountId(row.recordedBy())), row.recordedAt(),
				names.get(new AccountId(row.updatedBy())), row.updatedAt(), row.version());
	}

	private void requireOfficer(AccountId account) {
		if (!officers.isOfficer(account.value())) {
			throw new NotFound();
		}
	}

	private String text(Locale language, String key, Object... arguments) {
		return messages.getMessage(key, arguments, language);
	}

}
