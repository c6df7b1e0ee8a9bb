package ca.pignon.webaudit;

/**
 * The verdict of one check; NOT_APPLICABLE when the check does not concern the site (no images, no form…) or could
 * not be made (the site was not reachable).
 */
public enum CheckStatus {

	PASS, WARN, FAIL, NOT_APPLICABLE

}
