package ca.pignon.platform;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;

import org.jspecify.annotations.Nullable;

/**
 * What a person had typed in a form that arrived after their session had ended, held in the new session until the
 * form's page is shown again ({@link ExpiredForms}). Serializable: sessions live in PostgreSQL (Spring Session JDBC).
 *
 * @param page the page the form was on (path and query, same origin only)
 * @param owner the account that filled it ({@link OwnerField}), or null for a form filled before signing in
 * @param fields what was typed, in the order of the form, passwords and tokens left out
 * @param filesDropped whether a chosen file could not be kept (a file cannot be put back in a form by the page)
 */
record KeptForm(String page, @Nullable String owner, LinkedHashMap<String, ArrayList<String>> fields,
		boolean filesDropped) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String SESSION_ATTRIBUTE = KeptForm.class.getName();

}
