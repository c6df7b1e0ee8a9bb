package ca.pignon.providers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.platform.SqlArrays;
import ca.pignon.shared.AccountId;

/** Declarations of interests and the managers' decisions on conflicts: {@code providers_interest}, {@code _conflict_decision}. */
@Repository
class Interests {

	private static final String DECLARED = """
			SELECT i.*, p.name AS provider_name FROM providers_interest i JOIN providers_provider p ON p.id = i.provider_id
			WHERE i.withdrawn_at IS NULL""";

	private final JdbcClient jdbc;

	Interests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void declare(UUID id, AccountId account, ProviderId provider, String nature, Instant now) {
		jdbc.sql("""
				INSERT INTO providers_interest (id, account_id, provider_id, nature, declared_at)
				VALUES (:id, :account, :provider, :nature, :now)""")
			.param("id", id)
			.param("account", account.value())
			.param("provider", provider.value())
			.param("nature", nature.strip())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Withdraws a declaration of this person's; false when there is none open of theirs with this id. */
	boolean withdraw(UUID id, AccountId account, Instant now) {
		return jdbc.sql("""
				UPDATE providers_interest SET withdrawn_at = :now
				WHERE id = :id AND account_id = :account AND withdrawn_at IS NULL""")
			.param("id", id)
			.param("account", account.value())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** The open declarations of these people, or of everyone when {@code accounts} is null. */
	List<Interest> declared(@Nullable Collection<AccountId> accounts) {
		return jdbc.sql(DECLARED + """
				 AND (CAST(:all AS boolean) OR i.account_id = ANY (CAST(:accounts AS uuid[])))
				ORDER BY i.declared_at""")
			.param("all", accounts == null)
			.param("accounts", SqlArrays.uuids(accounts == null ? List.of() : accounts.stream().map(AccountId::value).toList()))
			.query((rs, row) -> new Interest(rs.getObject("id", UUID.class),
					new AccountId(rs.getObject("account_id", UUID.class)),
					new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("provider_name"),
					rs.getString("nature"), rs.getTimestamp("declared_at").toInstant()))
			.list();
	}

	void decide(BriefId brief, ConflictPolicy.Decision decision, AccountId by, Instant now) {
		jdbc.sql("""
				INSERT INTO providers_conflict_decision (brief_id, account_id, provider_id, decision, reason, decided_by,
				  decided_at)
				VALUES (:brief, :account, :provider, :decision, :reason, :by, :now)""")
			.param("brief", brief.value())
			.param("account", decision.account().value())
			.param("provider", decision.provider().value())
			.param("decision", decision.decision().name())
			.param("reason", decision.reason().strip())
			.param("by", by.value())
			.param("now", Timestamp.from(now))
			.update();
	}

	List<ConflictPolicy.Decision> decisions(BriefId brief) {
		return jdbc.sql("SELECT * FROM providers_conflict_decision WHERE brief_id = :brief ORDER BY decided_at, id")
			.param("brief", brief.value())
			.query((rs, row) -> new ConflictPolicy.Decision(new AccountId(rs.getObject("account_id", UUID.class)),
					new ProviderId(rs.getObject("provider_id", UUID.class)),
					ConflictDecision.valueOf(rs.getString("decision")), rs.getString("reason")))
			.list();
	}

	void handledBy(BriefId brief, AccountId manager) {
		jdbc.sql("UPDATE providers_brief SET handled_by = :manager, version = version + 1 WHERE id = :id")
			.param("id", brief.value())
			.param("manager", manager.value())
			.update();
	}

	@Nullable AccountId handler(BriefId brief) {
		List<AccountId> handlers = jdbc.sql("SELECT handled_by FROM providers_brief WHERE id = :id")
			.param("id", brief.value())
			.query((rs, row) -> {
				UUID handler = rs.getObject("handled_by", UUID.class);
				return handler == null ? null : new AccountId(handler);
			})
			.list();
		return handlers.isEmpty() ? null : handlers.get(0);
	}

}
