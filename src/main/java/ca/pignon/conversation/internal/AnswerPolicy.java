package ca.pignon.conversation.internal;

import java.util.List;

/**
 * When a merchant waits for an answer: the messages they wrote after the program's last message (an advisor's or a
 * manager's) are unanswered; a message from the program answers every message before it.
 */
public final class AnswerPolicy {

	private AnswerPolicy() {
	}

	/**
	 * @param byStaffOldestFirst for each message of a conversation, oldest first, whether staff wrote it
	 * @return how many of the merchant's messages are still unanswered
	 */
	public static int unanswered(List<Boolean> byStaffOldestFirst) {
		int waiting = 0;
		for (boolean byStaff : byStaffOldestFirst) {
			waiting = byStaff ? 0 : waiting + 1;
		}
		return waiting;
	}

}
