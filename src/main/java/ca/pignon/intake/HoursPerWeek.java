package ca.pignon.intake;

/**
 * Time a merchant can give the project each week; an engagement signal for selection.
 */
public enum HoursPerWeek {

	LESS_THAN_ONE, ONE_TO_TWO, THREE_TO_FIVE, MORE_THAN_FIVE

}
