package ca.pignon.dossier;

import org.jspecify.annotations.Nullable;

/**
 * The size of a business in Statistics Canada's employment size classes (the count itself stays with intake): what
 * reporting may group by without singling out a business.
 */
public enum EmployeeBand {

	NONE(0), FROM_1_TO_4(1), FROM_5_TO_9(5), FROM_10_TO_19(10), FROM_20_TO_49(20), FROM_50_TO_99(50), FROM_100(100);

	private final int from;

	EmployeeBand(int from) {
		this.from = from;
	}

	/** The band of this head count; none for an unknown or impossible count. */
	public static @Nullable EmployeeBand of(@Nullable Integer employees) {
		if (employees == null || employees < 0) {
			return null;
		}
		EmployeeBand band = NONE;
		for (EmployeeBand candidate : values()) {
			if (employees >= candidate.from) {
				band = candidate;
			}
		}
		return band;
	}

}
