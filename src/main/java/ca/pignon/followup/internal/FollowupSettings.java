package ca.pignon.followup.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param hoursBudget the hours of accompaniment each merchant of the program may use (going over is shown, not
 *     refused)
 * @param maxMeetingMinutes the longest meeting one entry may record: beyond it, it is a typing error
 */
@ConfigurationProperties("pignon.followup")
public record FollowupSettings(@Nullable BigDecimal hoursBudget, @Nullable Integer maxMeetingMinutes) {

	public FollowupSettings {
		hoursBudget = hoursBudget == null || hoursBudget.signum() < 0 ? BigDecimal.TEN : hoursBudget;
		maxMeetingMinutes = maxMeetingMinutes == null || maxMeetingMinutes < 1 ? 480 : maxMeetingMinutes;
	}

	public int budgetMinutes() {
		return hoursBudget.multiply(BigDecimal.valueOf(60)).intValue();
	}


}
