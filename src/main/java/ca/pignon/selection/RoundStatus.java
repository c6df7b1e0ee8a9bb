package ca.pignon.selection;

public enum RoundStatus {

	OPEN, CLOSED

}
