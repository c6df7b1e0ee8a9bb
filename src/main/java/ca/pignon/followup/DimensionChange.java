package ca.pignon.followup;

import org.jspecify.annotations.Nullable;

import ca.pignon.diagnostic.MaturityLevel;

/** A diagnostic dimension at the start (T0) and at the end (T1) of the accompaniment; null where not scored. */
public record DimensionChange(String dimensionId, String title, @Nullable Integer before,
		@Nullable MaturityLevel beforeLevel, @Nullable Integer after, @Nullable MaturityLevel afterLevel) {

	/** Points gained (negative when lost), when both were scored. */
	public @Nullable Integer delta() {
		return before == null || after == null ? null : after - before;
	}

}
