package ca.pignon.selection.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import ca.pignon.shared.ApplicationId;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.RoundId;
import ca.pignon.shared.AccountId;

/**
 * An eligible application in a round: the dossier selection decides on. Keeps the inputs of the automatic criteria
 * as read when the application entered the round, the decision and the advisor. Its version guards decisions,
 * withdrawals and hand-overs against two staff members acting at once; reviewers' scores live elsewhere and do not
 * touch it.
 */
@Table("selection_candidate")
public class Candidate {

	@Id
	private final UUID id;

	private final UUID roundId;

	private final UUID applicationId;

	private final UUID accountId;

	/** The program area as the dossier said when the application entered the round (selection's inputs as read). */
	private final @Nullable String areaCode;

	private final @Nullable String areaName;

	private final Instant submittedAt;

	private boolean eligible;

	private final Instant inputsReadAt;

	@Embedded.Empty
	private final AutomaticInputs inputs;

	@Embedded.Nullable
	private @Nullable DecisionRecord decision;

	private int decisionSeq;

	@Embedded.Nullable
	private @Nullable AdvisorAssignment advisor;

	@Version
	private @Nullable Long version;

	Candidate(UUID id, UUID roundId, UUID applicationId, UUID accountId, @Nullable String areaCode,
			@Nullable String areaName, Instant submittedAt, boolean eligible,
			Instant inputsReadAt, AutomaticInputs inputs, @Nullable DecisionRecord decision, int decisionSeq,
			@Nullable AdvisorAssignment advisor, @Nullable Long version) {
		this.id = id;
		this.roundId = roundId;
		this.applicationId = applicationId;
		this.accountId = accountId;
		this.areaCode = areaCode;
		this.areaName = areaName;
		this.submittedAt = submittedAt;
		this.eligible = eligible;
		this.inputsReadAt = inputsReadAt;
		this.inputs = inputs;
		this.decision = decision;
		this.decisionSeq = decisionSeq;
		this.advisor = advisor;
		this.version = version;
	}

	UUID id() {
		return id;
	}

	RoundId roundId() {
		return new RoundId(roundId);
	}

	ApplicationId applicationId() {
		return new ApplicationId(applicationId);
	}

	AccountId accountId() {
		return new AccountId(accountId);
	}

	@Nullable String areaCode() {
		return areaCode;
	}

	@Nullable String areaName() {
		return areaName;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	boolean eligible() {
		return eligible;
	}

	Instant inputsReadAt() {
		return inputsReadAt;
	}

	AutomaticInputs inputs() {
		return inputs;
	}

	@Nullable DecisionRecord decision() {
		return decision;
	}

	@Nullable DecisionStatus status() {
		return decision == null ? null : decision.decision();
	}

	int decisionSeq() {
		return decisionSeq;
	}

	@Nullable AdvisorAssignment advisor() {
		return advisor;
	}

	long version() {
		return version == null ? 0 : version;
	}

	void eligible(boolean eligible) {
		this.eligible = eligible;
	}

	/** Records a decision; a retained merchant keeps or gets an advisor, any other decision ends the assignment. */
	void decide(DecisionRecord decision, @Nullable AdvisorAssignment advisor) {
		this.decision = decision;
		this.decisionSeq++;
		this.advisor = decision.decision() == DecisionStatus.RETAINED ? advisor : null;
	}

	void handOver(AdvisorAssignment advisor) {
		this.advisor = advisor;
	}

}
