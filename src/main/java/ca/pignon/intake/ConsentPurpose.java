package ca.pignon.intake;

/**
 * Optional uses of a merchant's information, each consented to separately (Loi 25, s. 14); the service works without.
 */
public enum ConsentPurpose {

	SHARE_WITH_SDC, PROGRAM_NEWS, CITED_AS_EXAMPLE

}
