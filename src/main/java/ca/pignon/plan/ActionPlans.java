package ca.pignon.plan;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.plan.internal.Plans;
import ca.pignon.plan.internal.Plans.PlanRow;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;

/**
 * The plans as aggregates, on the plan's tables ({@link Plans}): loaded locked with their current version, saved by
 * writing what a change added (versions, approvals and requests are only ever added) and where the plan stands.
 */
@Component
class ActionPlans {

	private final Plans plans;

	ActionPlans(Plans plans) {
		this.plans = plans;
	}

	/** The plan, locked until the end of the transaction, so that changes to one plan are serialized. */
	Optional<ActionPlan> lock(PlanId id) {
		return plans.lock(id.value())
			.map(row -> ActionPlan.stored(new PlanId(row.id()),
					new ActionPlan.Origin(new ApplicationId(row.applicationId()), new AccountId(row.merchantAccount()),
							new DiagnosticId(row.diagnosticId())),
					row.status(), row.currentVersion(), row.sentVersion(), row.approvedVersion(),
					plans.version(row.id(), row.currentVersion()).orElseThrow().content()));
	}

	boolean existsFor(ApplicationId application) {
		return plans.ofApplication(application.value()).isPresent();
	}

	void save(ActionPlan plan) {
		UUID id = plan.id().value();
		if (!plan.isStored()) {
			ActionPlan.Version first = plan.newVersions().get(0);
			plans.insert(new PlanRow(id, plan.origin().application().value(), plan.origin().merchant().value(),
					plan.origin().diagnostic().value(), plan.status(), plan.currentVersion(), plan.sentVersion(),
					plan.approvedVersion(), first.at(), account(first.by())));
		}
		for (ActionPlan.Version version : plan.newVersions()) {
			plans.addVersion(id, version.number(), version.content(), version.changeKey(), version.changeDetail(),
					version.at(), account(version.by()));
		}
		for (ActionPlan.Approval approval : plan.newApprovals()) {
			plans.approve(id, approval.version(), approval.typedName(), approval.merchant().value(), approval.at());
		}
		for (ActionPlan.ChangesAsked request : plan.newRequests()) {
			plans.requestChanges(id, request.version(), request.comment(), request.at(), account(request.by()));
		}
		if (plan.isStored()) {
			plans.setState(id, plan.status(), plan.currentVersion(), plan.sentVersion(), plan.approvedVersion());
		}
		plan.saved();
	}

	private static @Nullable UUID account(Actor actor) {
		return actor.accountId() == null ? null : actor.accountId().value();
	}

}
