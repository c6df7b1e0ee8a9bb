package ca.pignon.conversation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.conversation.ContactChoice;

/** The contact details each advisor chose to show merchants, in SQL. */
@Repository
public class ContactStore {

	private final JdbcClient jdbc;

	ContactStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ContactChoice of(UUID advisor) {
		return jdbc.sql("SELECT show_email, phone, show_phone FROM conversation_contact WHERE advisor_id = :advisor")
			.param("advisor", advisor)
			.query((rs, n) -> new ContactChoice(rs.getBoolean(1), rs.getString(2), rs.getBoolean(3)))
			.optional()
			.orElse(ContactChoice.NAME_ONLY);
	}

	public void choose(UUID advisor, ContactChoice choice, Instant at) {
		jdbc.sql("""
				INSERT INTO conversation_contact (advisor_id, show_email, phone, show_phone, updated_at)
				VALUES (:advisor, :showEmail, :phone, :showPhone, :at)
				ON CONFLICT (advisor_id) DO UPDATE SET show_email = EXCLUDED.show_email, phone = EXCLUDED.phone,
				  show_phone = EXCLUDED.show_phone, updated_at = EXCLUDED.updated_at""")
			.param("advisor", advisor)
			.param("showEmail", choice.showEmail())
			.param("phone", choice.phone())
			.param("showPhone", choice.showPhone())
			.param("at", Timestamp.from(at))
			.update();
	}

}
