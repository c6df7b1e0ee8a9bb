package ca.pignon.followup;

/** Someone saved the meeting since the editor opened it: here is what it holds now, to compare and decide. */
public class MeetingConflict extends RuntimeException {

	private final Meeting current;

	public MeetingConflict(Meeting current) {
		super("meeting " + current.id() + " is at version " + current.version());
		this.current = current;
	}

	public Meeting current() {
		return current;
	}

}
