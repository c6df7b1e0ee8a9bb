package ca.pignon.providers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.shared.AccountId;

/**
 * Providers' accounts and profiles: the account of a provider, the services and areas they asked for that wait for a
 * manager ({@code providers_provider}), and the log of their changes ({@code providers_profile_change}).
 */
@Repository
class Profiles {

	/** The scope a provider asked for and when, waiting for a manager. */
	record Pending(ProviderScope scope, Instant since) {
	}

	private final JdbcClient jdbc;

	Profiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AccountId> account(ProviderId provider) {
		return jdbc.sql("SELECT account_id FROM providers_provider WHERE id = :id AND account_id IS NOT NULL")
			.param("id", provider.value())
			.query((rs, row) -> new AccountId(rs.getObject("account_id", UUID.class)))
			.optional();
	}

	Optional<ProviderId> ofAccount(AccountId account) {
		return jdbc.sql("SELECT id FROM providers_provider WHERE account_id = :account")
			.param("account", account.value())
			.query((rs, row) -> new ProviderId(rs.getObject("id", UUID.class)))
			.optional();
	}

	void linkAccount(ProviderId provider, AccountId account) {
		jdbc.sql("UPDATE providers_provider SET account_id = :account, version = version + 1 WHERE id = :id")
			.param("id", provider.value())
			.param("account", account.value())
			.update();
	}

	Optional<Pending> pending(ProviderId provider) {
		return jdbc.sql("""
				SELECT pending_services, pending_whole_territory, pending_municipalities, pending_since
				FROM providers_provider WHERE id = :id AND pending_services IS NOT NULL""")
			.param("id", provider.value())
			.query((rs, row) -> new Pending(
					new ProviderScope(java.util.Set.copyOf(TextArrays.list(rs.getArray("pending_services"))),
							rs.getBoolean("pending_whole_territory"),
							TextArrays.list(rs.getArray("pending_municipalities"))),
					rs.getTimestamp("pending_since").toInstant()))
			.optional();
	}

	void pend(ProviderId provider, @Nullable ProviderScope scope, Instant now) {
		jdbc.sql("""
				UPDATE providers_provider SET pending_services = CAST(:services AS text[]),
				  pending_whole_territory = :whole, pending_municipalities = CAST(:municipalities AS text[]),
				  pending_since = :since, version = version + 1
				WHERE id = :id""")
			.param("id", provider.value())
			.param("services", scope == null ? null : TextArrays.literal(scope.services()))
			.param("whole", scope == null ? null : scope.wholeTerritory())
			.param("municipalities", scope == null ? null : TextArrays.literal(scope.municipalities()))
			.param("since", scope == null ? null : Timestamp.from(now))
			.update();
	}

	/** The fields a provider changes at once. */
	void update(ProviderId provider, ProfileEdit edit) {
		jdbc.sql("""
				UPDATE providers_provider SET contact_name = :contact, phone = :phone, website = :website,
				  languages = CAST(:languages AS text[]), price_range = :price, portfolio = :portfolio,
				  version = version + 1
				WHERE id = :id""")
			.param("id", provider.value())
			.param("contact", edit.contactName().strip())
			.param("phone", edit.phone().strip())
			.param("website", edit.website().strip())
			.param("languages", TextArrays.literal(edit.languages()))
			.param("price", edit.priceRange().strip())
			.param("portfolio", edit.portfolio().strip())
			.update();
	}

	/** The services and areas a provider is proposed for. */
	void scope(ProviderId provider, ProviderScope scope) {
		jdbc.sql("""
				UPDATE providers_provider SET services = CAST(:services AS text[]), whole_territory = :whole,
				  municipalities = CAST(:municipalities AS text[]), version = version + 1
				WHERE id = :id""")
			.param("id", provider.value())
			.param("services", TextArrays.literal(scope.services()))
			.param("whole", scope.wholeTerritory())
			.param("municipalities", TextArrays.literal(scope.wholeTerritory() ? List.of() : scope.municipalities()))
			.update();
	}

	void log(ProviderId provider, ProfilePolicy.Change change, ProfileChange.State state, Instant now) {
		jdbc.sql("""
				INSERT INTO providers_profile_change (provider_id, at, field, before_value, after_value, state)
				VALUES (:provider, :at, :field, :before, :after, :state)""")
			.param("provider", provider.value())
			.param("at", Timestamp.from(now))
			.param("field", change.field())
			.param("before", change.before())
			.param("after", change.after())
			.param("state", state.name())
			.update();
	}

	/** The changes that waited for a manager get their outcome. */
	void decideWaiting(ProviderId provider, ProfileChange.State state, @Nullable AccountId by, @Nullable String reason,
			Instant now) {
		jdbc.sql("""
				UPDATE providers_profile_change SET state = :state, decided_by = :by, decided_at = :now, reason = :reason
				WHERE provider_id = :provider AND state = 'WAITING'""")
			.param("provider", provider.value())
			.param("state", state.name())
			.param("by", by == null ? null : by.value())
			.param("now", Timestamp.from(now))
			.param("reason", reason)
			.update();
	}

	List<ProfileChange> changes(ProviderId provider, int limit) {
		return jdbc.sql("""
				SELECT * FROM providers_profile_change WHERE provider_id = :provider ORDER BY at DESC, id DESC
				LIMIT :limit""")
			.param("provider", provider.value())
			.param("limit", limit)
			.query((rs, row) -> new ProfileChange(rs.getTimestamp("at").toInstant(), rs.getString("field"),
					rs.getString("before_value"), rs.getString("after_value"),
					ProfileChange.State.valueOf(rs.getString("state")), rs.getString("reason")))
			.list();
	}

	/** The providers with services or areas waiting for a manager. */
	java.util.Set<ProviderId> withPending() {
		return java.util.Set.copyOf(jdbc.sql("SELECT id FROM providers_provider WHERE pending_services IS NOT NULL")
			.query((rs, row) -> new ProviderId(rs.getObject("id", UUID.class)))
			.list());
	}

}
