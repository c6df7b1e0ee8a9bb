package ca.pignon.followup.web;

import org.jspecify.annotations.Nullable;

/** The survey as answered: strings, so that a missing answer comes back with everything else kept. */
record SurveyForm(@Nullable String helpfulness, @Nullable String advisor, @Nullable String recommend,
		@Nullable String comment) {

	static SurveyForm blank() {
		return new SurveyForm(null, null, null, "");
	}

	static int score(@Nullable String value) {
		try {
			return value == null ? 0 : Integer.parseInt(value);
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

}
