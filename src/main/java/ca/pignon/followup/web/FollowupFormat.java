package ca.pignon.followup.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Hours and dates as the follow-up's pages write them ({@code @followupFormat} in templates). */
@Component("followupFormat")
class FollowupFormat {

	/** 150 minutes as "2 h 30", 120 as "2 h". */
	public String hours(int minutes) {
		int h = minutes / 60;
		int m = minutes % 60;
		return m == 0 ? h + " h" : h + " h " + (m < 10 ? "0" : "") + m;
	}

	public String day(LocalDate date) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LocaleContextHolder.getLocale()).format(date);
	}

}
