package ca.pignon.followup.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.followup.PlanAction;
import ca.pignon.shared.ApplicationId;

/** The plan actions of each dossier, as the plan module tells them (seam: nothing writes here before it exists). */
@Repository
public class PlanActions {

	private final JdbcClient jdbc;

	PlanActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the dossier's actions with these: what the latest approved plan says. */
	public void replace(ApplicationId application, List<PlanAction> actions) {
		jdbc.sql("DELETE FROM followup_plan_action WHERE application_id = :id").param("id", application.value()).update();
		for (PlanAction action : actions) {
			jdbc.sql("""
					INSERT INTO followup_plan_action (application_id, action_id, title, due_month, done)
					VALUES (:id, :action, :title, :due, :done)""")
				.param("id", application.value())
				.param("action", action.actionId())
				.param("title", action.title())
				.param("due", action.dueMonth().atDay(1))
				.param("done", action.done())
				.update();
		}
		jdbc.sql("INSERT INTO followup_dossier (application_id) VALUES (:id) ON CONFLICT DO NOTHING")
			.param("id", application.value())
			.update();
		jdbc.sql("""
				UPDATE followup_dossier SET first_open_due = (SELECT min(due_month) FROM followup_plan_action a
				  WHERE a.application_id = :id AND NOT a.done)
				WHERE application_id = :id""").param("id", application.value()).update();
	}

	public List<PlanAction> of(ApplicationId application) {
		return jdbc.sql("""
				SELECT action_id, title, due_month, done FROM followup_plan_action WHERE application_id = :id
				ORDER BY due_month, title""")
			.param("id", application.value())
			.query((rs, n) -> new PlanAction(rs.getString(1), rs.getString(2),
					YearMonth.from(rs.getObject(3, LocalDate.class)), rs.getBoolean(4)))
			.list();
	}

}
