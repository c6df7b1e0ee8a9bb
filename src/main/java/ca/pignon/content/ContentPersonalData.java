package ca.pignon.content;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.DataOrigin;
import ca.pignon.dossier.DataSubject;
import ca.pignon.dossier.PersonalDataHolder;
import ca.pignon.dossier.PersonalRecord;
import ca.pignon.dossier.RecordKind;
import ca.pignon.dossier.TableRecords;

/**
 * A merchant's value work: the draft and the kept versions, written with them (collected). The occasions' tables are
 * staff's decisions, not about merchants.
 * <p>
 * Anonymising empties every sheet (all of it is free text about the business: answers, statement, differentiators,
 * profiles, words) and the pillars' names, and keeps the dates, the number of versions and the pillars' kinds.
 */
@Component
class ContentPersonalData implements PersonalDataHolder {

	static final RecordKind VALUE_DRAFT = RecordKind.of("content", "value_draft", "content_value_draft",
			DataOrigin.COLLECTED);

	static final RecordKind VALUE_VERSION = RecordKind.of("content", "value_version", "content_value_version",
			DataOrigin.COLLECTED);

	static final RecordKind PILLAR = RecordKind.of("content", "pillar", "content_pillar", DataOrigin.COLLECTED);

	static final RecordKind CALENDAR = RecordKind.of("content", "calendar", "content_calendar", DataOrigin.COLLECTED);

	static final RecordKind POST = RecordKind.of("content", "post", "content_post", DataOrigin.COLLECTED);

	static final RecordKind FIGURES = RecordKind.of("content", "figures", "content_figures", DataOrigin.COLLECTED);

	private final JdbcClient jdbc;

	ContentPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<RecordKind> recordKinds() {
		return List.of(VALUE_DRAFT, VALUE_VERSION, PILLAR, CALENDAR, POST, FIGURES);
	}

	@Override
	public List<PersonalRecord> recordsOf(DataSubject subject) {
		if (subject.application() == null) {
			return List.of();
		}
		var params = TableRecords.params(subject);
		List<PersonalRecord> records = new ArrayList<>(TableRecords.of(jdbc, VALUE_DRAFT.id(),
				"SELECT * FROM content_value_draft WHERE application_id = :application", params));
		records.addAll(TableRecords.of(jdbc, VALUE_VERSION.id(),
				"SELECT * FROM content_value_version WHERE application_id = :application ORDER BY version", params));
		records.addAll(TableRecords.of(jdbc, PILLAR.id(),
				"SELECT * FROM content_pillar WHERE application_id = :application ORDER BY position", params));
		records.addAll(TableRecords.of(jdbc, CALENDAR.id(),
				"SELECT * FROM content_calendar WHERE application_id = :application", params));
		records.addAll(TableRecords.of(jdbc, POST.id(),
				"SELECT * FROM content_post WHERE application_id = :application ORDER BY day, network, id", params));
		records.addAll(TableRecords.of(jdbc, FIGURES.id(),
				"SELECT * FROM content_figures WHERE application_id = :application ORDER BY month, network", params));
		return records;
	}

	@Override
	public void anonymise(DataSubject subject) {
		if (subject.application() == null) {
			return;
		}
		String empty = ValueRows.write(ValueSheet.empty());
		var params = TableRecords.params(subject);
		jdbc.sql("UPDATE content_value_draft SET sheet = :empty WHERE application_id = :application")
			.params(params)
			.param("empty", empty)
			.update();
		jdbc.sql("UPDATE content_value_version SET sheet = :empty WHERE application_id = :application")
			.params(params)
			.param("empty", empty)
			.update();
		jdbc.sql("UPDATE content_pillar SET name = '', because = '' WHERE application_id = :application")
			.params(params)
			.update();
		jdbc.sql("UPDATE content_calendar SET own_dates = '' WHERE application_id = :application")
			.params(params)
			.update();
		jdbc.sql("UPDATE content_post SET caption = '', pillar = '', link = '' WHERE application_id = :application")
			.params(params)
			.update();
	}

}
