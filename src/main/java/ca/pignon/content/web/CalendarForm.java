package ca.pignon.content.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import ca.pignon.content.CalendarManagement;
import ca.pignon.content.CalendarSettings;
import ca.pignon.content.Network;
import ca.pignon.platform.Refused.Problem;

/** The calendar's settings as typed: posts a week per network, minutes a week, closed weekdays, closures, own dates. */
public class CalendarForm {

	private String facebook = "";

	private String instagram = "";

	private String tiktok = "";

	private String linkedin = "";

	private String googleBusiness = "";

	private String minutes = "";

	private List<String> closedWeekdays = new ArrayList<>();

	private boolean sameDayAllowed;

	private String closures = "";

	private String ownDates = "";

	/** The form's field for a network's posts a week. */
	public static String field(Network network) {
		return switch (network) {
			case FACEBOOK -> "facebook";
			case INSTAGRAM -> "instagram";
			case TIKTOK -> "tiktok";
			case LINKEDIN -> "linkedin";
			case GOOGLE_BUSINESS -> "googleBusiness";
		};
	}

	private String typed(Network network) {
		return switch (network) {
			case FACEBOOK -> facebook;
			case INSTAGRAM -> instagram;
			case TIKTOK -> tiktok;
			case LINKEDIN -> linkedin;
			case GOOGLE_BUSINESS -> googleBusiness;
		};
	}

	private void type(Network network, String value) {
		switch (network) {
			case FACEBOOK -> facebook = value;
			case INSTAGRAM -> instagram = value;
			case TIKTOK -> tiktok = value;
			case LINKEDIN -> linkedin = value;
			case GOOGLE_BUSINESS -> googleBusiness = value;
		}
	}

	static CalendarForm of(@Nullable CalendarSettings settings) {
		CalendarForm form = new CalendarForm();
		if (settings == null) {
			return form;
		}
		settings.rhythm().forEach((network, posts) -> form.type(network, String.valueOf(posts)));
		form.minutes = String.valueOf(settings.minutesPerWeek());
		form.sameDayAllowed = settings.sameDayAllowed();
		form.closedWeekdays = settings.closedWeekdays().stream().sorted().map(DayOfWeek::name)
			.collect(Collectors.toCollection(ArrayList::new));
		form.closures = settings.closures().stream().sorted().map(LocalDate::toString)
			.collect(Collectors.joining("\n"));
		form.ownDates = settings.ownDates().stream().map(d -> d.date() + " " + d.name())
			.collect(Collectors.joining("\n"));
		return form;
	}

	/** The settings typed, or every problem at once, each beside its field. */
	CalendarSettings settings(List<Problem> problems) {
		Map<Network, Integer> posts = new EnumMap<>(Network.class);
		for (Network network : Network.values()) {
			String typed = typed(network).strip();
			if (typed.isEmpty()) {
				continue;
			}
			Integer number = number(typed);
			if (number == null) {
				problems.add(Problem.about(field(network), "content.calendar.number", typed));
			}
			else if (number < 0 || number > CalendarManagement.POSTS_MAX) {
				problems.add(Problem.about(field(network), "content.calendar.rhythm.range",
						String.valueOf(CalendarManagement.POSTS_MAX)));
			}
			else if (number > 0) {
				posts.put(network, number);
			}
		}
		int perWeek = 0;
		Integer typedMinutes = number(minutes.strip());
		if (typedMinutes == null) {
			problems.add(Problem.about("minutes", "content.calendar.number", minutes.strip()));
		}
		else {
			perWeek = typedMinutes;
		}
		if (problems.stream().noneMatch(p -> p.field() != null && !p.field().equals("minutes")) && posts.isEmpty()) {
			problems.add(Problem.about(null, "content.calendar.rhythm.none"));
		}
		if (typedMinutes != null && (typedMinutes <= 0 || typedMinutes > CalendarManagement.MINUTES_MAX)) {
			problems.add(Problem.about("minutes", "content.calendar.minutes.range",
					String.valueOf(CalendarManagement.MINUTES_MAX)));
		}
		Set<DayOfWeek> closed = new HashSet<>();
		for (String day : closedWeekdays) {
			try {
				closed.add(DayOfWeek.valueOf(day));
			}
			catch (IllegalArgumentException ex) {
				problems.add(Problem.about("closedWeekdays", "content.calendar.weekday.invalid"));
			}
		}
		Set<LocalDate> closureDays = new HashSet<>();
		for (String line : closures.lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
			LocalDate date = date(line);
			if (date == null) {
				problems.add(Problem.about("closures", "content.calendar.date.invalid", line));
			}
			else {
				closureDays.add(date);
			}
		}
		List<CalendarSettings.OwnDate> own = new ArrayList<>();
		for (String line : ownDates.lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
			int space = line.indexOf(' ');
			LocalDate date = date(space < 0 ? line : line.substring(0, space));
			String name = space < 0 ? "" : line.substring(space + 1).strip();
			if (date == null || name.isEmpty() || name.length() > 80) {
				problems.add(Problem.about("ownDates", "content.calendar.ownDate.invalid", line));
			}
			else {
				own.add(new CalendarSettings.OwnDate(date, name));
			}
		}
		return new CalendarSettings(posts, perWeek, closed, closureDays, own, sameDayAllowed, null, null);
	}

	private static @Nullable Integer number(String typed) {
		try {
			return Integer.valueOf(typed);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable LocalDate date(String typed) {
		try {
			return LocalDate.parse(typed);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public String getFacebook() {
		return facebook;
	}

	public void setFacebook(@Nullable String facebook) {
		this.facebook = facebook == null ? "" : facebook;
	}

	public String getInstagram() {
		return instagram;
	}

	public void setInstagram(@Nullable String instagram) {
		this.instagram = instagram == null ? "" : instagram;
	}

	public String getTiktok() {
		return tiktok;
	}

	public void setTiktok(@Nullable String tiktok) {
		this.tiktok = tiktok == null ? "" : tiktok;
	}

	public String getLinkedin() {
		return linkedin;
	}

	public void setLinkedin(@Nullable String linkedin) {
		this.linkedin = linkedin == null ? "" : linkedin;
	}

	public String getGoogleBusiness() {
		return googleBusiness;
	}

	public void setGoogleBusiness(@Nullable String googleBusiness) {
		this.googleBusiness = googleBusiness == null ? "" : googleBusiness;
	}

	public String getMinutes() {
		return minutes;
	}

	public void setMinutes(@Nullable String minutes) {
		this.minutes = minutes == null ? "" : minutes;
	}

	public List<String> getClosedWeekdays() {
		return closedWeekdays;
	}

	public boolean isSameDayAllowed() {
		return sameDayAllowed;
	}

	public void setSameDayAllowed(boolean sameDayAllowed) {
		this.sameDayAllowed = sameDayAllowed;
	}

	public void setClosedWeekdays(@Nullable List<String> closedWeekdays) {
		this.closedWeekdays = closedWeekdays == null ? new ArrayList<>() : new ArrayList<>(closedWeekdays);
	}

	public String getClosures() {
		return closures;
	}

	public void setClosures(@Nullable String closures) {
		this.closures = closures == null ? "" : closures;
	}

	public String getOwnDates() {
		return ownDates;
	}

	public void setOwnDates(@Nullable String ownDates) {
		this.ownDates = ownDates == null ? "" : ownDates;
	}

}
