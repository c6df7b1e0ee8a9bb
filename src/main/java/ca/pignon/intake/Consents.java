package ca.pignon.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.shared.AccountId;

/**
 * The consent ledger (Loi 25, s. 14): a consent is recorded with the exact text shown and its version; withdrawing
 * dates the entry and never erases it, so that what was agreed to, and when, can always be shown.
 */
@Component
class Consents {

	/** Bump when the wording of a consent changes: the ledger then tells which wording each person agreed to. */
	static final String TEXT_VERSION = "2026-11-27";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	Consents(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	static String textKey(ConsentPurpose purpose) {
		return "intake.consent.text." + purpose.name();
	}

	void grant(AccountId account, ConsentPurpose purpose, Locale locale, Instant now) {
		if (isActive(account, purpose)) {
			return;
		}
		jdbc.sql("""
				INSERT INTO intake_consent (id, account_id, purpose, text_version, text_shown, locale, granted_at)
				VALUES (:id, :account, :purpose, :version, :text, :locale, :now)""")
			.param("id", UUID.randomUUID())
			.param("account", account.value())
			.param("purpose", purpose.name())
			.param("version", TEXT_VERSION)
			.param("text", messages.getMessage(textKey(purpose), null, locale))
			.param("locale", locale.toLanguageTag())
			.param("now", Timestamp.from(now))
			.update();
	}

	boolean withdraw(AccountId account, ConsentPurpose purpose, Instant now) {
		return jdbc.sql("""
				UPDATE intake_consent SET withdrawn_at = :now
				WHERE account_id = :account AND purpose = :purpose AND withdrawn_at IS NULL""")
			.param("now", Timestamp.from(now))
			.param("account", account.value())
			.param("purpose", purpose.name())
			.update() > 0;
	}

	boolean isActive(AccountId account, ConsentPurpose purpose) {
		return jdbc.sql("""
				SELECT count(*) FROM intake_consent
				WHERE account_id = :account AND purpose = :purpose AND withdrawn_at IS NULL""")
			.param("account", account.value())
			.param("purpose", purpose.name())
			.query(Integer.class)
			.single() > 0;
	}

	List<ConsentRecord> history(AccountId account) {
		return jdbc.sql("""
				SELECT purpose, text_version, text_shown, granted_at, withdrawn_at FROM intake_consent
				WHERE account_id = :account ORDER BY granted_at DESC""")
			.param("account", account.value())
			.query((rs, row) -> new ConsentRecord(ConsentPurpose.valueOf(rs.getString("purpose")),
					rs.getString("text_version"), rs.getString("text_shown"),
					rs.getTimestamp("granted_at").toInstant(),
					rs.getTimestamp("withdrawn_at") == null ? null : rs.getTimestamp("withdrawn_at").toInstant()))
			.list();
	}

}
