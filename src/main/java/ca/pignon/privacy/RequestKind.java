package ca.pignon.privacy;

/** What a person asks about their personal information (Loi 25). */
public enum RequestKind {

	/** A copy of what is kept, and how it is used. */
	ACCESS,
	/** To correct what is wrong or incomplete. */
	RECTIFICATION,
	/** To withdraw a consent. */
	WITHDRAWAL,
	/** To have what is kept destroyed (or anonymised) once its purpose is achieved. */
	DESTRUCTION

}
