package ca.pignon.selection.internal;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Selection's choices that belong to the program, not the code.
 *
 * @param disagreementGap reviewers further apart than this many points on a criterion flag the application for
 *     discussion
 * @param borderlineMargin applications within this many points (out of 100) of the cut-off score are borderline
 * @param areaAffinity an advisor who covers the merchant's area is suggested before one who does not, unless their
 *     caseload is larger by more than this many merchants
 * @param justificationMaxLength the longest justification of a reviewer's score
 * @param advisorContactDays a retained merchant's advisor writes within this many working days to book the
 *     diagnostic meeting (said in the decision mail)
 */
@ConfigurationProperties("pignon.selection")
public record SelectionSettings(@DefaultValue("2") int disagreementGap, @DefaultValue("2") BigDecimal borderlineMargin,
		@DefaultValue("2") int areaAffinity, @DefaultValue("500") int justificationMaxLength,
		@DefaultValue("5") int advisorContactDays) {

	public static SelectionSettings defaults() {
		return new SelectionSettings(2, BigDecimal.valueOf(2), 2, 500, 5);
	}

}
