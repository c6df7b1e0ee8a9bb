package ca.pignon.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the consent ledger: what was agreed to, in which exact words, when, and when it was withdrawn.
 */
public record ConsentRecord(ConsentPurpose purpose, String textVersion, String textShown, Instant grantedAt,
		@Nullable Instant withdrawnAt) {

	public boolean active() {
		return withdrawnAt == null;
	}

}
