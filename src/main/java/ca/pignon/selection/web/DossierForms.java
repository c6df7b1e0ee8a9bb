package ca.pignon.selection.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import ca.pignon.selection.DecisionStatus;

/**
 * The forms of a dossier's page in a round: a reviewer assigned or taken off, the decision, the merchant's
 * withdrawal, a hand-over to another advisor. Beans bound through setters (a position typed as "deux" comes back as
 * an error next to it); each carries the dossier's version the manager saw, so that two managers never overwrite each
 * other silently.
 */
final class DossierForms {

	private DossierForms() {
	}

	public static class Reviewer {

		@NotNull(message = "{selection.reviewerForm.reviewer.required}")
		private @Nullable UUID reviewer;

		public @Nullable UUID getReviewer() {
			return reviewer;
		}

		public void setReviewer(@Nullable UUID reviewer) {
			this.reviewer = reviewer;
		}

	}

	public static class Decision {

		@NotNull(message = "{selection.decisionForm.status.required}")
		private @Nullable DecisionStatus status;

		private @Nullable Integer waitlistPosition;

		private @Nullable UUID advisor;

		@NotBlank(message = "{selection.decisionForm.reasonKey.required}")
		private @Nullable String reasonKey;

		private @Nullable String reasonText;

		@NotNull
		private @Nullable Long version;

		public @Nullable DecisionStatus getStatus() {
			return status;
		}

		public void setStatus(@Nullable DecisionStatus status) {
			this.status = status;
		}

		public @Nullable Integer getWaitlistPosition() {
			return waitlistPosition;
		}

		public void setWaitlistPosition(@Nullable Integer waitlistPosition) {
			this.waitlistPosition = waitlistPosition;
		}

		public @Nullable UUID getAdvisor() {
			return advisor;
		}

		public void setAdvisor(@Nullable UUID advisor) {
			this.advisor = advisor;
		}

		public @Nullable String getReasonKey() {
			return reasonKey;
		}

		public void setReasonKey(@Nullable String reasonKey) {
			this.reasonKey = reasonKey;
		}

		public @Nullable String getReasonText() {
			return reasonText;
		}

		public void setReasonText(@Nullable String reasonText) {
			this.reasonText = reasonText;
		}

		public @Nullable Long getVersion() {
			return version;
		}

		public void setVersion(@Nullable Long version) {
			this.version = version;
		}

	}

	public static class Withdrawal {

		@NotBlank(message = "{selection.withdraw.note.required}")
		private @Nullable String note;

		@NotNull
		private @Nullable Long version;

		public @Nullable String getNote() {
			return note;
		}

		public void setNote(@Nullable String note) {
			this.note = note;
		}

		public @Nullable Long getVersion() {
			return version;
		}

		public void setVersion(@Nullable Long version) {
			this.version = version;
		}

	}

	public static class HandOver {

		@NotNull(message = "{selection.handOverForm.advisor.required}")
		private @Nullable UUID advisor;

		@NotBlank(message = "{selection.reassign.reason.required}")
		private @Nullable String reason;

		@NotNull
		private @Nullable Long version;

		public @Nullable UUID getAdvisor() {
			return advisor;
		}

		public void setAdvisor(@Nullable UUID advisor) {
			this.advisor = advisor;
		}

		public @Nullable String getReason() {
			return reason;
		}

		public void setReason(@Nullable String reason) {
			this.reason = reason;
		}

		public @Nullable Long getVersion() {
			return version;
		}

		public void setVersion(@Nullable Long version) {
			this.version = version;
		}

	}

}
