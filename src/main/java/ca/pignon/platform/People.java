package ca.pignon.platform;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;

/**
 * The names of the people behind the account ids that modules keep (who decided, who wrote, who met): looked up when
 * shown, never copied. Pignon's own rules are "Pignon"; an account that no longer exists is said to be gone.
 */
@Service
@Transactional(readOnly = true)
public class People {

	static final String PIGNON = "Pignon";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	People(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** In the language of the request being answered (French outside of one). */
	public String nameOf(Actor actor) {
		return nameOf(actor.accountId(), locale());
	}

	/** In the language of the request being answered (French outside of one). */
	public String nameOf(@Nullable AccountId account) {
		return nameOf(account, locale());
	}

	/** In the language of the request being answered (French outside of one). */
	public Map<AccountId, String> namesOf(Collection<AccountId> accounts) {
		return namesOf(accounts, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocaleContext() == null ? PlatformConfiguration.FRENCH
				: LocaleContextHolder.getLocale();
	}

	public String nameOf(Actor actor, Locale locale) {
		return nameOf(actor.accountId(), locale);
	}

	public String nameOf(@Nullable AccountId account, Locale locale) {
		if (account == null) {
			return PIGNON;
		}
		return namesOf(java.util.List.of(account), locale).get(account);
	}

	/** The names of these accounts (every one asked for is in the answer), in one query. */
	public Map<AccountId, String> namesOf(Collection<AccountId> accounts, Locale locale) {
		Map<AccountId, String> names = new HashMap<>();
		var ids = accounts.stream().filter(Objects::nonNull).map(AccountId::value).distinct().toList();
		if (!ids.isEmpty()) {
			jdbc.sql("""
					SELECT id, display_name FROM platform_account
					WHERE id IN (SELECT unnest(CAST(:ids AS uuid[])))""")
				.param("ids", SqlArrays.uuids(ids))
				.query(rs -> {
					names.put(new AccountId(rs.getObject(1, UUID.class)), rs.getString(2));
				});
		}
		String gone = messages.getMessage("platform.people.gone", null, locale);
		accounts.stream().filter(Objects::nonNull).forEach(account -> names.putIfAbsent(account, gone));
		return names;
	}

}
