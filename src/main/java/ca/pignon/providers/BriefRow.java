package ca.pignon.providers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;

/** A row of {@code providers_brief}. */
record BriefRow(BriefId id, ApplicationId application, String actionKey, String service, String title, String goal,
		String today, String needs, String doneWhen, @Nullable Integer budgetMin, @Nullable Integer budgetMax,
		@Nullable LocalDate wantedBy, String language, BriefStatus status, boolean shareContact,
		@Nullable LocalDate answerBy, @Nullable Instant sentAt, @Nullable Long drawSeed, @Nullable Instant drawnAt,
		String weights, @Nullable UUID chosenRequest, @Nullable String choiceReason, @Nullable Instant chosenAt,
		long version) {

	static BriefRow of(ResultSet rs, int row) throws SQLException {
		return new BriefRow(new BriefId(rs.getObject("id", UUID.class)),
				new ApplicationId(rs.getObject("application_id", UUID.class)), rs.getString("action_key"),
				rs.getString("service"), rs.getString("title"), rs.getString("goal"), rs.getString("today"),
				rs.getString("needs"), rs.getString("done_when"), rs.getObject("budget_min", Integer.class),
				rs.getObject("budget_max", Integer.class), date(rs, "wanted_by"), rs.getString("language"),
				BriefStatus.valueOf(rs.getString("status")), rs.getBoolean("share_contact"), date(rs, "answer_by"),
				instant(rs, "sent_at"), rs.getObject("draw_seed", Long.class), instant(rs, "drawn_at"),
				rs.getString("weights"), rs.getObject("chosen_request", UUID.class), rs.getString("choice_reason"),
				instant(rs, "chosen_at"), rs.getLong("version"));
	}

	static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
