package ca.pignon.plan;

import java.util.Set;

import org.springframework.context.ApplicationContext;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.shared.Actor;

/**
 * Retained merchants with a completed T0 diagnostic, made through the other modules' APIs as their pages make them
 * (the diagnostic's fixture), and plans drafted through the plan's API.
 */
public final class PlanFixture {

	/** The first name and last name of every application made by {@link ApplicationFixture}. */
	public static final String MERCHANT_NAME = "Rosalie Gingras";

	public final DiagnosticFixture diagnostics;

	public final PlanManagement plans;

	public PlanFixture(ApplicationContext context) {
		this.diagnostics = new DiagnosticFixture(context);
		this.plans = context.getBean(PlanManagement.class);
	}

	/** Empties the plan's tables (the catalogue's versions stay: they never change), then the diagnostic's fixture's. */
	public void reset() {
		// a listener of the previous test (an event handled after commit) may still be reading these tables: the
		// truncation can then meet it in a deadlock, which PostgreSQL resolves by cancelling this side; try again
		for (int attempt = 1;; attempt++) {
			try {
				diagnostics.jdbc.sql("TRUNCATE plan_change_request, plan_approval, plan_version, plan_plan").update();
				break;
			}
			catch (org.springframework.dao.PessimisticLockingFailureException ex) {
				if (attempt == 5) {
					throw ex;
				}
				try {
					Thread.sleep(200L * attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
		diagnostics.reset();
	}

	public PignonUser advisor() {
		return diagnostics.staff("Anne Tremblay", Role.ADVISOR);
	}

	/** A merchant retained with this advisor whose T0 diagnostic is complete, best in {@code strongIn}. */
	public ApplicationDetails diagnosed(PignonUser advisor, String name, Set<String> strongIn) {
		ApplicationDetails application = diagnostics.retained(advisor, name).get(0);
		diagnostics.completed(application.id(), advisor, strongIn);
		return application;
	}

	public DiagnosticId diagnosticOf(ApplicationDetails application) {
		return plans.startingDiagnostic(application.id()).orElseThrow().id();
	}

	public static Actor actor(PignonUser user) {
		return Actor.of(user.accountId());
	}

}
