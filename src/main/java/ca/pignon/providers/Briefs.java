package ca.pignon.providers;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.platform.SqlArrays;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;

/** Briefs, their shortlists and quotes, and their log: {@code providers_brief}, {@code _request}, {@code _log}. */
@Repository
class Briefs {

	private static final String ENTRIES = """
			SELECT r.*, coalesce(p.name, r.outside_name) AS provider_name, coalesce(p.email, r.outside_email) AS provider_email
			FROM providers_request r LEFT JOIN providers_provider p ON p.id = r.provider_id
			""";

	private final JdbcClient jdbc;

	Briefs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- briefs -----------------------------------------------------------------------------------------------------

	void insert(BriefId id, ApplicationId application, String actionKey, BriefEdit brief, AccountId by, Instant now) {
		jdbc.sql("""
				INSERT INTO providers_brief (id, application_id, action_key, service, title, goal, today, needs,
				  done_when, budget_min, budget_max, wanted_by, language, status, created_at, created_by)
				VALUES (:id, :application, :action, :service, :title, :goal, :today, :needs, :doneWhen, :min, :max,
				  :wantedBy, :language, 'DRAFT', :now, :by)""")
			.param("id", id.value())
			.param("application", application.value())
			.param("action", actionKey)
			.params(editParams(brief))
			.param("now", Timestamp.from(now))
			.param("by", by.value())
			.update();
	}

	void update(BriefId id, BriefEdit brief) {
		jdbc.sql("""
				UPDATE providers_brief SET service = :service, title = :title, goal = :goal, today = :today,
				  needs = :needs, done_when = :doneWhen, budget_min = :min, budget_max = :max, wanted_by = :wantedBy,
				  language = :language, version = version + 1
				WHERE id = :id""").param("id", id.value()).params(editParams(brief)).update();
	}

	private static java.util.Map<String, @Nullable Object> editParams(BriefEdit brief) {
		java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
		params.put("service", brief.service());
		params.put("title", brief.title().strip());
		params.put("goal", brief.goal().strip());
		params.put("today", brief.today().strip());
		params.put("needs", brief.needs().strip());
		params.put("doneWhen", brief.doneWhen().strip());
		params.put("min", brief.budgetMin());
		params.put("max", brief.budgetMax());
		params.put("wantedBy", brief.wantedBy());
		params.put("language", brief.language());
		return params;
	}

	Optional<BriefRow> find(BriefId id) {
		return jdbc.sql("SELECT * FROM providers_brief WHERE id = :id")
			.param("id", id.value())
			.query(BriefRow::of)
			.optional();
	}

	Optional<BriefRow> lock(BriefId id) {
		return jdbc.sql("SELECT * FROM providers_brief WHERE id = :id FOR UPDATE")
			.param("id", id.value())
			.query(BriefRow::of)
			.optional();
	}

	Optional<BriefRow> of(ApplicationId application, String actionKey) {
		return jdbc.sql("SELECT * FROM providers_brief WHERE application_id = :application AND action_key = :action")
			.param("application", application.value())
			.param("action", actionKey)
			.query(BriefRow::of)
			.optional();
	}

	List<BriefRow> of(ApplicationId application) {
		return jdbc.sql("SELECT * FROM providers_brief WHERE application_id = :application ORDER BY created_at")
			.param("application", application.value())
			.query(BriefRow::of)
			.list();
	}

	/** The latest briefs, of these applications only unless {@code applications} is null (everyone's). */
	List<BriefRow> latest(@Nullable List<ApplicationId> applications, int limit) {
		return jdbc.sql("""
				SELECT * FROM providers_brief
				WHERE CAST(:all AS boolean) OR application_id = ANY (CAST(:applications AS uuid[]))
				ORDER BY created_at DESC LIMIT :limit""")
			.param("all", applications == null)
			.param("applications",
					SqlArrays.uuids(applications == null ? List.of() : applications.stream().map(ApplicationId::value).toList()))
			.param("limit", limit)
			.query(BriefRow::of)
			.list();
	}

	void drawn(BriefId id, long seed, List<ProviderId> order, Instant now) {
		jdbc.sql("""
				UPDATE providers_brief SET draw_seed = :seed, draw_order = CAST(:order AS uuid[]), drawn_at = :now,
				  version = version + 1
				WHERE id = :id""")
			.param("id", id.value())
			.param("seed", seed)
			.param("order", SqlArrays.uuids(order.stream().map(ProviderId::value).toList()))
			.param("now", Timestamp.from(now))
			.update();
	}

	void sent(BriefId id, LocalDate answerBy, boolean shareContact, Instant now) {
		jdbc.sql("""
				UPDATE providers_brief SET status = 'SENT', answer_by = :answerBy, share_contact = :share,
				  sent_at = :now, version = version + 1
				WHERE id = :id""")
			.param("id", id.value())
			.param("answerBy", answerBy)
			.param("share", shareContact)
			.param("now", Timestamp.from(now))
			.update();
	}

	void weights(BriefId id, String weights) {
		jdbc.sql("UPDATE providers_brief SET weights = :weights, version = version + 1 WHERE id = :id")
			.param("id", id.value())
			.param("weights", weights)
			.update();
	}

	void chosen(BriefId id, UUID request, String reason, AccountId by, Instant now) {
		jdbc.sql("""
				UPDATE providers_brief SET status = 'CHOSEN', chosen_request = :request, choice_reason = :reason,
				  chosen_at = :now, chosen_by = :by, version = version + 1
				WHERE id = :id""")
			.param("id", id.value())
			.param("request", request)
			.param("reason", reason.strip())
			.param("by", by.value())
			.param("now", Timestamp.from(now))
			.update();
		jdbc.sql("UPDATE providers_request SET revoked = TRUE WHERE brief_id = :id").param("id", id.value()).update();
	}

	// --- shortlists -------------------------------------------------------------------------------------------------

	List<ShortlistEntry> shortlist(BriefId id) {
		return jdbc.sql(ENTRIES + " WHERE r.brief_id = :id ORDER BY r.position")
			.param("id", id.value())
			.query(Briefs::entry)
			.list();
	}

	Optional<RequestRow> request(UUID id) {
		return jdbc.sql(ENTRIES + " WHERE r.id = :id").param("id", id).query(Briefs::requestRow).optional();
	}

	Optional<RequestRow> byLink(String hash) {
		return jdbc.sql(ENTRIES + " WHERE r.link_hash = :hash").param("hash", hash).query(Briefs::requestRow).optional();
	}

	/** The requests sent to a provider of the directory, the latest first. */
	List<RequestRow> sentTo(ProviderId provider) {
		return jdbc.sql(ENTRIES + " WHERE r.provider_id = :provider AND r.sent_at IS NOT NULL ORDER BY r.sent_at DESC")
			.param("provider", provider.value())
			.query(Briefs::requestRow)
			.list();
	}

	void add(UUID id, BriefId brief, @Nullable ProviderId provider, @Nullable String outsideName,
			@Nullable String outsideEmail, RequestOrigin origin) {
		jdbc.sql("""
				INSERT INTO providers_request (id, brief_id, provider_id, outside_name, outside_email, position, origin)
				VALUES (:id, :brief, :provider, :name, :email,
				  (SELECT coalesce(max(position), 0) + 1 FROM providers_request WHERE brief_id = :brief), :origin)""")
			.param("id", id)
			.param("brief", brief.value())
			.param("provider", provider == null ? null : provider.value())
			.param("name", outsideName)
			.param("email", outsideEmail)
			.param("origin", origin.name())
			.update();
	}

	void removeUnsentDrawn(BriefId brief) {
		jdbc.sql("DELETE FROM providers_request WHERE brief_id = :brief AND origin = 'DRAWN' AND sent_at IS NULL")
			.param("brief", brief.value())
			.update();
	}

	void remove(UUID request, Instant now) {
		jdbc.sql("UPDATE providers_request SET removed_at = :now, revoked = TRUE WHERE id = :id")
			.param("id", request)
			.param("now", Timestamp.from(now))
			.update();
	}

	void linked(UUID request, String hash, Instant expiresAt, Instant now) {
		jdbc.sql("UPDATE providers_request SET link_hash = :hash, expires_at = :expires, sent_at = :now WHERE id = :id")
			.param("id", request)
			.param("hash", hash)
			.param("expires", Timestamp.from(expiresAt))
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Claims the requests whose deadline comes within {@code horizon} and that were sent, not answered, not reminded
	 * and still open: marks them reminded and answers them. Rows another transaction holds are skipped, so two
	 * instances running this at once share the work and never remind a provider twice.
	 */
	List<UUID> claimReminders(Instant now, Instant horizon) {
		return jdbc.sql("""
				UPDATE providers_request SET reminded_at = :now
				WHERE id IN (
				  SELECT r.id FROM providers_request r JOIN providers_brief b ON b.id = r.brief_id
				  WHERE b.status = 'SENT' AND r.sent_at IS NOT NULL AND r.answered_at IS NULL AND r.removed_at IS NULL
				    AND NOT r.revoked AND r.reminded_at IS NULL AND r.expires_at > :now AND r.expires_at <= :horizon
				  FOR UPDATE OF r SKIP LOCKED)
				RETURNING id""")
			.param("now", Timestamp.from(now))
			.param("horizon", Timestamp.from(horizon))
			.query(UUID.class)
			.list();
	}

	/** A new link for the request (the reminder carries it; the earlier one stops working), same deadline. */
	void relinked(UUID request, String hash) {
		jdbc.sql("UPDATE providers_request SET link_hash = :hash WHERE id = :id")
			.param("id", request)
			.param("hash", hash)
			.update();
	}

	/** Records the quote unless the request was answered already; false when it was. */
	boolean answer(UUID request, Quote quote, Instant now) {
		return jdbc.sql("""
				UPDATE providers_request SET answered_at = :now, one_time_price = :oneTime, yearly_price = :yearly,
				  included = :included, weeks = :weeks, domain_owner = :domain, content_owner = :content,
				  maintenance = :maintenance, french_service = :french, accessibility = :accessibility,
				  hosting = :hosting
				WHERE id = :id AND answered_at IS NULL""")
			.param("id", request)
			.param("now", Timestamp.from(now))
			.param("oneTime", quote.oneTime())
			.param("yearly", quote.yearly())
			.param("included", quote.included().strip())
			.param("weeks", quote.weeks())
			.param("domain", quote.domainOwner().name())
			.param("content", quote.contentOwner().name())
			.param("maintenance", quote.maintenance().strip())
			.param("french", quote.frenchService())
			.param("accessibility", quote.accessibility().name())
			.param("hosting", quote.hosting().name())
			.update() == 1;
	}

	void told(UUID request, Instant now) {
		jdbc.sql("UPDATE providers_request SET told_at = :now WHERE id = :id")
			.param("id", request)
			.param("now", Timestamp.from(now))
			.update();
	}

	// --- log --------------------------------------------------------------------------------------------------------

	void log(BriefId brief, Actor actor, String what, @Nullable String provider, @Nullable String reason,
			Instant now) {
		jdbc.sql("""
				INSERT INTO providers_log (brief_id, at, actor_id, what, provider, reason)
				VALUES (:brief, :at, :actor, :what, :provider, :reason)""")
			.param("brief", brief.value())
			.param("at", Timestamp.from(now))
			.param("actor", actor.accountId() == null ? null : actor.accountId().value())
			.param("what", what)
			.param("provider", provider)
			.param("reason", reason == null || reason.isBlank() ? null : reason.strip())
			.update();
	}

	List<LogEntry> log(BriefId brief) {
		return jdbc.sql("SELECT * FROM providers_log WHERE brief_id = :brief ORDER BY at, id")
			.param("brief", brief.value())
			.query((rs, row) -> {
				UUID actor = rs.getObject("actor_id", UUID.class);
				return new LogEntry(rs.getTimestamp("at").toInstant(),
						actor == null ? Actor.RULES : Actor.of(new AccountId(actor)), rs.getString("what"),
						rs.getString("provider"), rs.getString("reason"));
			})
			.list();
	}

	// --- rows -------------------------------------------------------------------------------------------------------

	/** A request as the provider's link finds it. */
	record RequestRow(ShortlistEntry entry, BriefId brief) {
	}

	static RequestRow requestRow(ResultSet rs, int row) throws SQLException {
		return new RequestRow(entry(rs, row), new BriefId(rs.getObject("brief_id", UUID.class)));
	}

	static ShortlistEntry entry(ResultSet rs, int row) throws SQLException {
		UUID provider = rs.getObject("provider_id", UUID.class);
		Instant answered = BriefRow.instant(rs, "answered_at");
		Quote quote = null;
		if (answered != null) {
			BigDecimal yearly = rs.getBigDecimal("yearly_price");
			quote = new Quote(rs.getBigDecimal("one_time_price"), yearly, rs.getString("included"), rs.getInt("weeks"),
					DomainOwner.valueOf(rs.getString("domain_owner")),
					ContentOwner.valueOf(rs.getString("content_owner")), rs.getString("maintenance"),
					rs.getBoolean("french_service"), Accessibility.valueOf(rs.getString("accessibility")),
					Hosting.valueOf(rs.getString("hosting")));
		}
		return new ShortlistEntry(rs.getObject("id", UUID.class), provider == null ? null : new ProviderId(provider),
				rs.getString("provider_name"), rs.getString("provider_email"), rs.getInt("position"),
				RequestOrigin.valueOf(rs.getString("origin")), rs.getTimestamp("removed_at") != null,
				BriefRow.instant(rs, "sent_at"), BriefRow.instant(rs, "expires_at"), rs.getBoolean("revoked"),
				answered, quote);
	}

}
