package ca.pignon.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.platform.SqlArrays;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * The dossiers' table and their areas. The stage and the program area are kept in columns, derived on every write,
 * so that lists and reports filter on them.
 */
@Repository
class Dossiers {

	private static final String COLUMNS = """
			application_id, merchant_id, business_name, naics_code, employee_band, eligibility, outcome, advisor_id,
			assigned_at, cohort_id, diagnosed_at, planned_at, accompanied_at, closed_at, stage, submitted_at""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Dossiers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The facts of a dossier, as stored: what the writes change. */
	record Facts(ApplicationId applicationId, AccountId merchant, String businessName, @Nullable String naicsCode,
			@Nullable EmployeeBand employeeBand, EligibilityStatus eligibility, @Nullable SelectionOutcome outcome,
			@Nullable AccountId advisor, @Nullable Instant assignedAt, @Nullable UUID cohort,
			@Nullable Instant diagnosedAt, @Nullable Instant plannedAt, @Nullable Instant accompaniedAt,
			@Nullable Instant closedAt, Instant submittedAt) {

		DossierStage stage() {
			return StagePolicy.stageOf(eligibility == EligibilityStatus.ELIGIBLE, outcome, diagnosedAt != null,
					plannedAt != null,
					accompaniedAt != null, closedAt != null);
		}

	}

	Optional<Facts> lock(ApplicationId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM dossier WHERE application_id = :id FOR UPDATE")
			.param("id", id.value())
			.query(Dossiers::facts)
			.optional();
	}

	void save(Facts facts, List<DossierArea> areas) {
		DossierArea program = programArea(areas);
		jdbc.sql("""
				INSERT INTO dossier (%s, eligible, program_area_code, eligibility_at, updated_at)
				VALUES (:application, :merchant, :name, :naics, :band, :eligibility, :outcome, :advisor, :assignedAt,
				  :cohort, :diagnosedAt, :plannedAt, :accompaniedAt, :closedAt, :stage, :submittedAt, :eligible,
				  :programArea, :now, now())
				ON CONFLICT (application_id) DO UPDATE SET merchant_id = EXCLUDED.merchant_id,
				  business_name = EXCLUDED.business_name, naics_code = EXCLUDED.naics_code,
				  employee_band = EXCLUDED.employee_band, eligibility = EXCLUDED.eligibility,
				  eligibility_at = CASE WHEN dossier.eligibility = EXCLUDED.eligibility THEN dossier.eligibility_at
				    ELSE EXCLUDED.eligibility_at END,
				  eligible = EXCLUDED.eligible, outcome = EXCLUDED.outcome,
				  advisor_id = EXCLUDED.advisor_id, assigned_at = EXCLUDED.assigned_at, cohort_id = EXCLUDED.cohort_id,
				  diagnosed_at = EXCLUDED.diagnosed_at, planned_at = EXCLUDED.planned_at,
				  accompanied_at = EXCLUDED.accompanied_at, closed_at = EXCLUDED.closed_at, stage = EXCLUDED.stage,
				  submitted_at = EXCLUDED.submitted_at, program_area_code = EXCLUDED.program_area_code,
				  updated_at = now()""".formatted(COLUMNS))
			.param("application", facts.applicationId().value())
			.param("merchant", facts.merchant().value())
			.param("name", facts.businessName())
			.param("naics", facts.naicsCode())
			.param("band", facts.employeeBand() == null ? null : facts.employeeBand().name())
			.param("eligibility", facts.eligibility().name())
			.param("eligible", facts.eligibility() == EligibilityStatus.ELIGIBLE)
			.param("outcome", facts.outcome() == null ? null : facts.outcome().name())
			.param("advisor", facts.advisor() == null ? null : facts.advisor().value())
			.param("assignedAt", timestamp(facts.assignedAt()))
			.param("cohort", facts.cohort())
			.param("diagnosedAt", timestamp(facts.diagnosedAt()))
			.param("plannedAt", timestamp(facts.plannedAt()))
			.param("accompaniedAt", timestamp(facts.accompaniedAt()))
			.param("closedAt", timestamp(facts.closedAt()))
			.param("stage", facts.stage().name())
			.param("submittedAt", Timestamp.from(facts.submittedAt()))
			.param("programArea", program == null ? null : program.code())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		jdbc.sql("DELETE FROM dossier_area WHERE application_id = :id")
			.param("id", facts.applicationId().value())
			.update();
		int position = 0;
		for (DossierArea area : areas) {
			jdbc.sql("""
					INSERT INTO dossier_area (application_id, position, layer, code, name)
					VALUES (:id, :position, :layer, :code, :name)""")
				.param("id", facts.applicationId().value())
				.param("position", position++)
				.param("layer", area.layer())
				.param("code", area.code())
				.param("name", area.name())
				.update();
		}
	}

	/** Changes the facts and leaves the areas as they are. */
	void save(Facts facts) {
		save(facts, areas(List.of(facts.applicationId().value())).getOrDefault(facts.applicationId().value(),
				List.of()));
	}

	Optional<Dossier> find(ApplicationId id) {
		return where("application_id = :id", Map.of("id", id.value())).stream().findFirst();
	}

	Optional<Dossier> ofMerchant(AccountId merchant) {
		return where("merchant_id = :merchant", Map.of("merchant", merchant.value())).stream().findFirst();
	}

	List<Dossier> all(Collection<ApplicationId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return where("application_id IN (SELECT unnest(CAST(:ids AS uuid[])))",
				Map.of("ids", SqlArrays.uuids(ids.stream().map(ApplicationId::value).distinct().toList())));
	}

	List<Dossier> followedBy(AccountId advisor) {
		return where("advisor_id = :advisor ORDER BY assigned_at, business_name", Map.of("advisor", advisor.value()));
	}

	List<Dossier> followed() {
		return where("advisor_id IS NOT NULL ORDER BY assigned_at, business_name", Map.of());
	}

	List<Assignment> assignments(@Nullable AccountId advisor) {
		return jdbc.sql("""
				SELECT application_id, advisor_id, assigned_at FROM dossier
				WHERE advisor_id IS NOT NULL AND (CAST(:advisor AS uuid) IS NULL OR advisor_id = CAST(:advisor AS uuid))""")
			.param("advisor", advisor == null ? null : advisor.value())
			.query((rs, n) -> new Assignment(new ApplicationId(rs.getObject(1, UUID.class)),
					new AccountId(rs.getObject(2, UUID.class)), rs.getTimestamp(3).toInstant()))
			.list();
	}

	/** The dates retention counts from, of every dossier. */
	List<DossierLifecycle> lifecycles() {
		return jdbc.sql("""
				SELECT application_id, merchant_id, eligibility, eligibility_at, stage, submitted_at, closed_at, outcome
				FROM dossier ORDER BY submitted_at, application_id""")
			.query((rs, n) -> new DossierLifecycle(new ApplicationId(rs.getObject(1, UUID.class)),
					new AccountId(rs.getObject(2, UUID.class)), EligibilityStatus.valueOf(rs.getString(3)),
					rs.getTimestamp(4).toInstant(), DossierStage.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(),
					instant(rs, "closed_at"),
					rs.getString("outcome") == null ? null : SelectionOutcome.valueOf(rs.getString("outcome"))))
			.list();
	}

	List<ApplicationId> idsWhere(String condition, Map<String, ?> params) {
		return jdbc.sql("SELECT application_id FROM dossier WHERE " + condition)
			.params(params)
			.query((rs, n) -> new ApplicationId(rs.getObject(1, UUID.class)))
			.list();
	}

	private List<Dossier> where(String condition, Map<String, ?> params) {
		List<Facts> rows = jdbc.sql("SELECT " + COLUMNS + " FROM dossier WHERE " + condition)
			.params(params)
			.query(Dossiers::facts)
			.list();
		Map<UUID, List<DossierArea>> areas = areas(rows.stream().map(row -> row.applicationId().value()).toList());
		Map<UUID, Set<AccountId>> reviewers = reviewers(rows.stream().map(row -> row.applicationId().value()).toList());
		List<Dossier> dossiers = new ArrayList<>(rows.size());
		for (Facts row : rows) {
			dossiers.add(new Dossier(row.applicationId(), row.merchant(), row.businessName(),
					areas.getOrDefault(row.applicationId().value(), List.of()), row.naicsCode(), row.employeeBand(),
					row.eligibility(), row.outcome(), row.advisor(), row.assignedAt(), row.cohort(), row.stage(),
					row.submittedAt(), reviewers.getOrDefault(row.applicationId().value(), Set.of())));
		}
		return dossiers;
	}

	/** Every dossier without who it is, for aggregate reporting. */
	List<ReportedDossier> reported() {
		List<Facts> rows = jdbc.sql("SELECT " + COLUMNS + " FROM dossier ORDER BY application_id")
			.query(Dossiers::facts)
			.list();
		Map<UUID, List<DossierArea>> areas = new HashMap<>();
		jdbc.sql("SELECT application_id, layer, code, name FROM dossier_area ORDER BY application_id, position")
			.query(rs -> {
				areas.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new DossierArea(rs.getString(2), rs.getString(3), rs.getString(4)));
			});
		List<ReportedDossier> reported = new ArrayList<>(rows.size());
		for (Facts row : rows) {
			reported.add(new ReportedDossier(row.applicationId(),
					areas.getOrDefault(row.applicationId().value(), List.of()), row.naicsCode(), row.employeeBand(),
					row.eligibility(), row.outcome(), row.cohort(), row.stage(), row.submittedAt(), row.diagnosedAt(),
					row.plannedAt(), row.accompaniedAt(), row.closedAt()));
		}
		return reported;
	}

	private Map<UUID, Set<AccountId>> reviewers(List<UUID> ids) {
		Map<UUID, Set<AccountId>> reviewers = new HashMap<>();
		if (ids.isEmpty()) {
			return reviewers;
		}
		jdbc.sql("""
				SELECT application_id, reviewer_id FROM dossier_reviewer
				WHERE application_id IN (SELECT unnest(CAST(:ids AS uuid[])))""")
			.param("ids", SqlArrays.uuids(ids))
			.query(rs -> {
				reviewers.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.HashSet<>())
					.add(new AccountId(rs.getObject(2, UUID.class)));
			});
		return reviewers;
	}

	void reviewer(ApplicationId application, AccountId reviewer, boolean reviews) {
		jdbc.sql(reviews ? """
				INSERT INTO dossier_reviewer (application_id, reviewer_id) VALUES (:application, :reviewer)
				ON CONFLICT DO NOTHING""" : """
				DELETE FROM dossier_reviewer WHERE application_id = :application AND reviewer_id = :reviewer""")
			.param("application", application.value())
			.param("reviewer", reviewer.value())
			.update();
	}

	void coverage(AccountId advisor, Set<String> areas) {
		jdbc.sql("DELETE FROM dossier_coverage WHERE advisor_id = :advisor").param("advisor", advisor.value()).update();
		for (String area : areas) {
			jdbc.sql("INSERT INTO dossier_coverage (advisor_id, area_code) VALUES (:advisor, :area)")
				.param("advisor", advisor.value())
				.param("area", area)
				.update();
		}
	}

	Set<String> coverageOf(AccountId advisor) {
		return new java.util.HashSet<>(jdbc.sql("SELECT area_code FROM dossier_coverage WHERE advisor_id = :advisor")
			.param("advisor", advisor.value())
			.query(String.class)
			.list());
	}

	/** The applications an advisor may open for their application alone: followed, reviewed, or to check in their areas. */
	List<ApplicationId> applicationsFor(AccountId advisor) {
		return idsWhere("""
				advisor_id = :advisor
				  OR application_id IN (SELECT application_id FROM dossier_reviewer WHERE reviewer_id = :advisor)
				  OR (eligibility = 'TO_VERIFY' AND program_area_code IN
				        (SELECT area_code FROM dossier_coverage WHERE advisor_id = :advisor))""",
				Map.of("advisor", advisor.value()));
	}

	private Map<UUID, List<DossierArea>> areas(List<UUID> ids) {
		Map<UUID, List<DossierArea>> areas = new HashMap<>();
		if (ids.isEmpty()) {
			return areas;
		}
		jdbc.sql("""
				SELECT application_id, layer, code, name FROM dossier_area
				WHERE application_id IN (SELECT unnest(CAST(:ids AS uuid[])))
				ORDER BY application_id, position""")
			.param("ids", SqlArrays.uuids(ids))
			.query(rs -> {
				areas.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new DossierArea(rs.getString(2), rs.getString(3), rs.getString(4)));
			});
		return areas;
	}

	private static @Nullable DossierArea programArea(List<DossierArea> areas) {
		Map<String, DossierArea> byLayer = new LinkedHashMap<>();
		areas.forEach(area -> byLayer.putIfAbsent(area.layer(), area));
		DossierArea arrondissement = byLayer.get(DossierArea.ARRONDISSEMENT);
		return arrondissement != null ? arrondissement : byLayer.get(DossierArea.MUNICIPALITY);
	}

	private static Facts facts(ResultSet rs, int n) throws SQLException {
		String band = rs.getString("employee_band");
		String outcome = rs.getString("outcome");
		UUID advisor = rs.getObject("advisor_id", UUID.class);
		return new Facts(new ApplicationId(rs.getObject("application_id", UUID.class)),
				new AccountId(rs.getObject("merchant_id", UUID.class)), rs.getString("business_name"),
				rs.getString("naics_code"), band == null ? null : EmployeeBand.valueOf(band),
				EligibilityStatus.valueOf(rs.getString("eligibility")),
				outcome == null ? null : SelectionOutcome.valueOf(outcome), advisor == null ? null : new AccountId(advisor),
				instant(rs, "assigned_at"), rs.getObject("cohort_id", UUID.class), instant(rs, "diagnosed_at"),
				instant(rs, "planned_at"), instant(rs, "accompanied_at"), instant(rs, "closed_at"),
				instant(rs, "submitted_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
