package ca.pignon.progress;

/** Where a task stands today, as "Mon plan" groups them. */
public enum TaskStatus {

	LATE, THIS_MONTH, LATER, DONE

}
