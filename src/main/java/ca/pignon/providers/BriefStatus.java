package ca.pignon.providers;

/** Where a brief stands: written, sent to its shortlist for quotes, a provider chosen by the merchant. */
public enum BriefStatus {

	DRAFT, SENT, CHOSEN

}
