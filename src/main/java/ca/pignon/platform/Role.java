package ca.pignon.platform;

/**
 * What a person does in the program; decides what they may see and do.
 */
public enum Role {

	MERCHANT, ADVISOR, MANAGER, CITY, ADMIN,
	/** A provider of the directory (issue 13): their own profile and the requests for quotes sent to them. */
	PROVIDER;

	public boolean isStaff() {
		return this == ADVISOR || this == MANAGER || this == ADMIN;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
