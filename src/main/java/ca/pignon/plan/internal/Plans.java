package ca.pignon.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.plan.PlanContent;
import ca.pignon.plan.PlanStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan's tables: plans, their versions (whole, as JSON), approvals and requests for changes. Who did something is
 * an account id (none for Pignon's rules); rows written before account ids keep a display name, read as a legacy value.
 */
@Component
public class Plans {

	/** @param createdBy the account that drafted it, none for Pignon's rules */
	public record PlanRow(UUID id, UUID applicationId, UUID merchantAccount, UUID diagnosticId,
			PlanStatus status, int currentVersion, @Nullable Integer sentVersion, @Nullable Integer approvedVersion,
			Instant createdAt, @Nullable UUID createdBy) {
	}

	/**
	 * @param createdBy the account that made the version, none for Pignon's rules
	 * @param createdByName the display name written before account ids were (a legacy value, shown only without an
	 *     account)
	 */
	public record VersionRow(int version, PlanContent content, String changeKey, @Nullable String changeDetail,
			Instant createdAt, @Nullable UUID createdBy, @Nullable String createdByName) {
	}

	public record ApprovalRow(int version, String typedName, UUID account, Instant approvedAt) {
	}

	/** @param requestedByName as {@link VersionRow#createdByName()} */
	public record RequestRow(int version, String comment, Instant requestedAt, @Nullable UUID requestedBy,
			@Nullable String requestedByName) {
	}

	private static final String PLAN_COLUMNS = """
			id, application_id, merchant_account, diagnostic_id, status, current_version, sent_version,
			approved_version, created_at, created_by_account""";

	private static final String VERSION_COLUMNS = """
			version, content, change_key, change_detail, created_at, created_by_account, created_by""";

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	Plans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(PlanRow row) {
		jdbc.sql("INSERT INTO plan_plan (" + PLAN_COLUMNS + """
				) VALUES (:id, :application, :merchant, :diagnostic, :status, :current, :sent, :approved, :at,
				:by)""")
			.param("id", row.id())
			.param("application", row.applicationId())
			.param("merchant", row.merchantAccount())
			.param("diagnostic", row.diagnosticId())
			.param("status", row.status().name())
			.param("current", row.currentVersion())
			.param("sent", row.sentVersion())
			.param("approved", row.approvedVersion())
			.param("at", Timestamp.from(row.createdAt()))
			.param("by", row.createdBy())
			.update();
	}

	public Optional<PlanRow> find(UUID id) {
		return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM plan_plan WHERE id = :id").param("id", id).query(this::plan)
			.optional();
	}

	/** The plan, locked until the end of the transaction, so that writes to one plan are serialized. */
	public Optional<PlanRow> lock(UUID id) {
		return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM plan_plan WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(this::plan)
			.optional();
	}

	public Optional<PlanRow> ofApplication(UUID application) {
		return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM plan_plan WHERE application_id = :application")
			.param("application", application)
			.query(this::plan)
			.optional();
	}

	public void addVersion(UUID plan, int version, PlanContent content, String changeKey,
			@Nullable String changeDetail, Instant at, @Nullable UUID by) {
		jdbc.sql("""
				INSERT INTO plan_version (plan_id, version, content, change_key, change_detail, created_at,
				created_by_account)
				VALUES (:plan, :version, CAST(:content AS jsonb), :key, :detail, :at, :by)""")
			.param("plan", plan)
			.param("version", version)
			.param("content", json.writeValueAsString(content))
			.param("key", changeKey)
			.param("detail", changeDetail == null || changeDetail.length() <= 300 ? changeDetail
					: changeDetail.substring(0, 300))
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

	public void setState(UUID plan, PlanStatus status, int current, @Nullable Integer sent,
			@Nullable Integer approved) {
		jdbc.sql("""
				UPDATE plan_plan SET status = :status, current_version = :current, sent_version = :sent,
				approved_version = :approved WHERE id = :id""")
			.param("id", plan)
			.param("status", status.name())
			.param("current", current)
			.param("sent", sent)
			.param("approved", approved)
			.update();
	}

	public Optional<VersionRow> version(UUID plan, int version) {
		return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM plan_version WHERE plan_id = :plan AND version = :version")
			.param("plan", plan)
			.param("version", version)
			.query(this::version)
			.optional();
	}

	/** Every version, newest first. */
	public List<VersionRow> versions(UUID plan) {
		return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM plan_version WHERE plan_id = :plan ORDER BY version DESC")
			.param("plan", plan)
			.query(this::version)
			.list();
	}

	public void approve(UUID plan, int version, String typedName, UUID account, Instant at) {
		jdbc.sql("""
				INSERT INTO plan_approval (plan_id, version, typed_name, account, approved_at)
				VALUES (:plan, :version, :name, :account, :at)""")
			.param("plan", plan)
			.param("version", version)
			.param("name", typedName)
			.param("account", account)
			.param("at", Timestamp.from(at))
			.update();
	}

	public List<ApprovalRow> approvals(UUID plan) {
		return jdbc.sql("""
				SELECT version, typed_name, account, approved_at FROM plan_approval WHERE plan_id = :plan
				ORDER BY version DESC""")
			.param("plan", plan)
			.query((rs, n) -> new ApprovalRow(rs.getInt("version"), rs.getString("typed_name"),
					rs.getObject("account", UUID.class), rs.getTimestamp("approved_at").toInstant()))
			.list();
	}

	public void requestChanges(UUID plan, int version, String comment, Instant at, @Nullable UUID by) {
		jdbc.sql("""
				INSERT INTO plan_change_request (id, plan_id, version, comment, requested_at, requested_by_account)
				VALUES (:id, :plan, :version, :comment, :at, :by)""")
			.param("id", UUID.randomUUID())
			.param("plan", plan)
			.param("version", version)
			.param("comment", comment)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

	/** Newest first. */
	public List<RequestRow> requests(UUID plan) {
		return jdbc.sql("""
				SELECT version, comment, requested_at, requested_by_account, requested_by FROM plan_change_request
				WHERE plan_id = :plan ORDER BY requested_at DESC, id""")
			.param("plan", plan)
			.query((rs, n) -> new RequestRow(rs.getInt("version"), rs.getString("comment"),
					rs.getTimestamp("requested_at").toInstant(), rs.getObject("requested_by_account", UUID.class),
					rs.getString("requested_by")))
			.list();
	}

	private PlanRow plan(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new PlanRow(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
				rs.getObject("merchant_account", UUID.class), rs.getObject("diagnostic_id", UUID.class), PlanStatus.valueOf(rs.getString("status")),
				rs.getInt("current_version"), (Integer) rs.getObject("sent_version"),
				(Integer) rs.getObject("approved_version"), rs.getTimestamp("created_at").toInstant(),
				rs.getObject("created_by_account", UUID.class));
	}

	private VersionRow version(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new VersionRow(rs.getInt("version"), json.readValue(rs.getString("content"), PlanContent.class),
				rs.getString("change_key"), rs.getString("change_detail"), rs.getTimestamp("created_at").toInstant(),
				rs.getObject("created_by_account", UUID.class), rs.getString("created_by"));
	}

}
