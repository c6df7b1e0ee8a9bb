package ca.pignon.plan;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import ca.pignon.platform.Dates;

/** The merchant approved this version by typing their name. */
public record PlanApproval(int version, String typedName, Instant approvedAt) {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(Dates.PROGRAM_ZONE);

	/** When, in Québec's time zone, for documents rendered outside a request. */
	public String at() {
		return AT.format(approvedAt);
	}

}
