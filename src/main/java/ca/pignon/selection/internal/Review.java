package ca.pignon.selection.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import ca.pignon.selection.SelectionRefused;
import ca.pignon.shared.AccountId;

/**
 * One reviewer on one application of a round: assigned by a manager, scoring the reviewer criteria as a draft until
 * they submit; or in conflict of interest, and then out of it for good.
 */
@Table("selection_review")
public class Review {

	@Id
	private final UUID id;

	private final UUID roundId;

	private final UUID candidateId;

	private final UUID applicationId;

	private final UUID reviewerId;

	private final String reviewerName;

	private boolean assigned;

	private @Nullable Instant assignedAt;

	private @Nullable UUID assignedById;

	private @Nullable Instant submittedAt;

	private @Nullable Instant conflictDeclaredAt;

	private @Nullable String conflictNote;

	@Version
	private @Nullable Long version;

	@MappedCollection(idColumn = "review_id", keyColumn = "criterion_code")
	private final Map<String, ReviewScoreRow> scores;

	Review(UUID id, UUID roundId, UUID candidateId, UUID applicationId, UUID reviewerId, String reviewerName,
			boolean assigned, @Nullable Instant assignedAt, @Nullable UUID assignedById,
			@Nullable Instant submittedAt, @Nullable Instant conflictDeclaredAt, @Nullable String conflictNote,
			@Nullable Long version, Map<String, ReviewScoreRow> scores) {
		this.id = id;
		this.roundId = roundId;
		this.candidateId = candidateId;
		this.applicationId = applicationId;
		this.reviewerId = reviewerId;
		this.reviewerName = reviewerName;
		this.assigned = assigned;
		this.assignedAt = assignedAt;
		this.assignedById = assignedById;
		this.submittedAt = submittedAt;
		this.conflictDeclaredAt = conflictDeclaredAt;
		this.conflictNote = conflictNote;
		this.version = version;
		this.scores = new LinkedHashMap<>(scores);
	}

	static Review of(Candidate candidate, AccountId reviewer, String reviewerName) {
		return new Review(UUID.randomUUID(), candidate.roundId().value(), candidate.id(),
				candidate.applicationId().value(), reviewer.value(), reviewerName, false, null, null, null, null, null,
				null, Map.of());
	}

	void assign(@Nullable UUID by, Instant now) {
		requireNoConflict();
		this.assigned = true;
		this.assignedAt = now;
		this.assignedById = by;
	}

	/** A reviewer's draft or, once submitted, revised score. */
	void score(String criterion, ReviewScoreRow score) {
		requireScoring();
		scores.put(criterion, score);
	}

	void submit(Instant now) {
		requireScoring();
		if (submittedAt != null) {
			throw new SelectionRefused("selection.refused.reviewAlreadySubmitted");
		}
		this.submittedAt = now;
	}

	void declareConflict(@Nullable String note, Instant now) {
		this.conflictDeclaredAt = now;
		this.conflictNote = note;
	}

	private void requireScoring() {
		requireNoConflict();
		if (!assigned) {
			throw new SelectionRefused("selection.refused.reviewerNotAssigned");
		}
	}

	private void requireNoConflict() {
		if (conflictDeclaredAt != null) {
			throw new SelectionRefused("selection.refused.reviewerConflicted", reviewerName);
		}
	}

	UUID id() {
		return id;
	}

	UUID candidateId() {
		return candidateId;
	}

	UUID applicationId() {
		return applicationId;
	}

	AccountId reviewer() {
		return new AccountId(reviewerId);
	}

	String reviewerName() {
		return reviewerName;
	}

	boolean assigned() {
		return assigned;
	}

	@Nullable Instant submittedAt() {
		return submittedAt;
	}

	boolean submitted() {
		return submittedAt != null;
	}

	@Nullable Instant conflictDeclaredAt() {
		return conflictDeclaredAt;
	}

	boolean conflicted() {
		return conflictDeclaredAt != null;
	}

	@Nullable String conflictNote() {
		return conflictNote;
	}

	/** Submitted and without conflict of interest: the scores count. */
	boolean counts() {
		return submitted() && !conflicted();
	}

	Map<String, ReviewScoreRow> scores() {
		return Map.copyOf(scores);
	}

}
