package ca.pignon.followup;

/**
 * The merchant's satisfaction survey at the end of the accompaniment, each answer from 1 (not at all) to 5 (very).
 *
 * @param helpfulness how much the accompaniment helped the business
 * @param advisor how satisfied with the advisor
 * @param recommend how likely to recommend the program to another merchant
 */
public record SurveyAnswers(int helpfulness, int advisor, int recommend, String comment) {

	public SurveyAnswers {
		comment = comment.strip();
	}

}
