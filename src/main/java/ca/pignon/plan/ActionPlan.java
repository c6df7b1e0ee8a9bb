package ca.pignon.plan;

import static ca.pignon.plan.PlanInputPolicy.refuseIf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.plan.internal.Draft;
import ca.pignon.plan.internal.DraftInputs;
import ca.pignon.plan.internal.PlanDrafter;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;
import ca.pignon.shared.Actor;

/**
 * A merchant's action plan: the aggregate behind {@link PlanManagement}. Every change is guarded and says what it
 * publishes:
 * <ul>
 * <li>{@link #draft drafted} from the completed diagnostic, as version 1 ({@link PlanDrafted});</li>
 * <li>{@link #edit edited} by the advisor, each change a new version (back to a draft), refused on a stale version
 * ({@link PlanConflict}) or when it breaks a rule ({@link PlanRefused});</li>
 * <li>{@link #send sent} to the merchant ({@link PlanSent}), unless that version already was;</li>
 * <li>{@link #approve approved} by the merchant typing their name ({@link PlanApproved}), or
 * {@link #requestChanges changes requested} ({@link PlanChangesRequested}), on the version sent and awaiting them.</li>
 * </ul>
 * A version is never changed: it is added. The versions, approvals and requests a change adds wait here until
 * {@link ActionPlans#save} writes them.
 */
final class ActionPlan {

	/** Whose plan it is and what it was drafted from: other modules' ids. */
	record Origin(ApplicationId application, AccountId merchant, DiagnosticId diagnostic) {
	}

	record Version(int number, PlanContent content, String changeKey, @Nullable String changeDetail, Instant at,
			Actor by) {
	}

	record Approval(int version, String typedName, AccountId merchant, Instant at) {
	}

	record ChangesAsked(int version, String comment, Instant at, Actor by) {
	}

	record Drafted(ActionPlan plan, PlanDrafted event) {
	}

	static final int COMMENT_MAX = 2000;

	private final PlanId id;

	private final Origin origin;

	private boolean stored;

	private PlanStatus status;

	private int currentVersion;

	private @Nullable Integer sentVersion;

	private @Nullable Integer approvedVersion;

	private PlanContent content;

	private final List<Version> newVersions = new ArrayList<>();

	private final List<Approval> newApprovals = new ArrayList<>();

	private final List<ChangesAsked> newRequests = new ArrayList<>();

	private ActionPlan(PlanId id, Origin origin, boolean stored, PlanStatus status, int currentVersion,
			@Nullable Integer sentVersion, @Nullable Integer approvedVersion, PlanContent content) {
		this.id = id;
		this.origin = origin;
		this.stored = stored;
		this.status = status;
		this.currentVersion = currentVersion;
		this.sentVersion = sentVersion;
		this.approvedVersion = approvedVersion;
		this.content = content;
	}

	/** A stored plan, as it stands, with its current version's content. */
	static ActionPlan stored(PlanId id, Origin origin, PlanStatus status, int currentVersion,
			@Nullable Integer sentVersion, @Nullable Integer approvedVersion, PlanContent content) {
		return new ActionPlan(id, origin, true, status, currentVersion, sentVersion, approvedVersion, content);
	}

	/**
	 * Drafts version 1 with the engine, from the catalogue and what the diagnostic and the application say; refused
	 * when the start month or the hours per week break their rules (then nothing is drafted).
	 */
	static Drafted draft(PlanId id, Origin origin, ActionCatalogue catalogue, DraftInputs inputs,
			PlanInputPolicy values, Actor by, Instant at) {
		List<Problem> problems = new ArrayList<>();
		values.month("start", inputs.start(), problems);
		PlanInputPolicy.hoursPerWeek("hoursPerWeek", inputs.hoursPerWeek(), problems);
		refuseIf(problems);
		Draft draft = PlanDrafter.draft(catalogue, inputs);
		var content = new PlanContent(inputs.start(), inputs.hoursPerWeek(), catalogue.version(), draft.items(),
				draft.objectives(), draft.done(), draft.deferred(), "");
		var plan = new ActionPlan(id, origin, false, PlanStatus.DRAFT, 1, null, null, content);
		plan.newVersions.add(new Version(1, content, "plan.change.drafted", null, at, by));
		return new Drafted(plan, new PlanDrafted(id, origin.application(), catalogue.version(), at));
	}

	/**
	 * Applies the advisor's edit as a new version, the plan back to a draft (an approved version stays the plan of
	 * record until the next approval). Nothing happens when the edit changes nothing.
	 * @param expectedVersion the version the advisor's page showed
	 * @return whether a version was added
	 * @throws PlanConflict when the plan moved since {@code expectedVersion} (its changes are for the caller to list)
	 * @throws PlanRefused when the edit breaks a rule of the {@code policy}
	 */
	boolean edit(int expectedVersion, PlanEdit edit, PlanEditPolicy policy, Actor by, Instant at) {
		expect(expectedVersion);
		return policy.apply(content, edit).map(revision -> {
			content = revision.content();
			currentVersion++;
			newVersions.add(new Version(currentVersion, content, revision.changeKey(), revision.detail(), at, by));
			status = PlanStatus.DRAFT;
			return true;
		}).orElse(false);
	}

	/** Makes the current version the one the merchant reads and may approve. */
	PlanSent send(int expectedVersion, Instant at) {
		expect(expectedVersion);
		if (Objects.equals(sentVersion, currentVersion)) {
			throw PlanRefused.because("plan.refused.alreadySent");
		}
		status = PlanStatus.SENT;
		sentVersion = currentVersion;
		return new PlanSent(id, origin.application(), currentVersion, at);
	}

	/** The merchant approves the version sent to them by typing their name, as the {@code names} policy reads it. */
	PlanApproved approve(int version, String typedName, ApprovalNamePolicy names, AccountId merchant, Instant at) {
		awaiting(version);
		names.check(typedName).ifPresent(problem -> {
			throw new PlanRefused(List.of(problem));
		});
		newApprovals.add(new Approval(version, typedName.strip(), merchant, at));
		status = PlanStatus.APPROVED;
		approvedVersion = version;
		return new PlanApproved(id, origin.application(), version, at);
	}

	/** The merchant asks for changes to the version sent to them, with a comment their advisor reads. */
	PlanChangesRequested requestChanges(int version, String comment, Actor by, Instant at) {
		awaiting(version);
		List<Problem> problems = new ArrayList<>();
		String text = PlanInputPolicy.text("comment", comment, COMMENT_MAX, true, problems);
		refuseIf(problems);
		newRequests.add(new ChangesAsked(version, Objects.requireNonNull(text), at, by));
		status = PlanStatus.CHANGES_REQUESTED;
		return new PlanChangesRequested(id, origin.application(), version, at);
	}

	private void expect(int version) {
		if (currentVersion != version) {
			throw new PlanConflict(currentVersion, List.of());
		}
	}

	private void awaiting(int version) {
		if (status != PlanStatus.SENT) {
			throw PlanRefused.because("plan.refused.notAwaiting");
		}
		if (sentVersion == null || sentVersion != version) {
			throw PlanRefused.because("plan.refused.versionChanged");
		}
	}

	PlanId id() {
		return id;
	}

	Origin origin() {
		return origin;
	}

	/** Whether the plan is stored already (a new one is inserted by its first save). */
	boolean isStored() {
		return stored;
	}

	PlanStatus status() {
		return status;
	}

	int currentVersion() {
		return currentVersion;
	}

	@Nullable Integer sentVersion() {
		return sentVersion;
	}

	@Nullable Integer approvedVersion() {
		return approvedVersion;
	}

	/** The current version's content. */
	PlanContent content() {
		return content;
	}

	/** The versions, approvals and requests for changes added since the plan was loaded, in order. */
	List<Version> newVersions() {
		return List.copyOf(newVersions);
	}

	List<Approval> newApprovals() {
		return List.copyOf(newApprovals);
	}

	List<ChangesAsked> newRequests() {
		return List.copyOf(newRequests);
	}

	/** What was added is stored now. */
	void saved() {
		stored = true;
		newVersions.clear();
		newApprovals.clear();
		newRequests.clear();
	}

}
