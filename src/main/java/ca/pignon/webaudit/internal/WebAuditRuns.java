package ca.pignon.webaudit.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.webaudit.CheckStatus;

/**
 * The stored runs of applications' audits ({@code webaudit_run}, {@code webaudit_check}).
 */
@Repository
public class WebAuditRuns {

	/** Separates the evidence's arguments in one column: a character no site text or address holds. */
	private static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	WebAuditRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(StoredRun run) {
		jdbc.sql("""
				insert into webaudit_run (id, application_id, url, final_url, fetched_at, run_by, run_by_name)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(run.id(), run.applicationId(), run.url(), run.finalUrl(), Timestamp.from(run.fetchedAt()),
					run.runBy(), run.runByName())
			.update();
		int position = 0;
		for (Finding finding : run.findings()) {
			jdbc.sql("""
					insert into webaudit_check (run_id, position, check_id, status, evidence_key, evidence_args)
					values (?, ?, ?, ?, ?, ?)""")
				.params(run.id(), position++, finding.id(), finding.status().name(), finding.evidenceKey(),
						String.join(SEPARATOR, finding.arguments()))
				.update();
		}
	}

	/** The application's runs, newest first. */
	public List<StoredRun> of(UUID applicationId, int limit) {
		return read("""
				SELECT id FROM webaudit_run WHERE application_id = :key ORDER BY fetched_at DESC, id LIMIT :limit""",
				applicationId, limit);
	}

	/** One run, by its id (an API job's result). */
	public Optional<StoredRun> find(UUID runId) {
		return read("SELECT id FROM webaudit_run WHERE id = :key LIMIT :limit", runId, 1).stream().findFirst();
	}

	/** The runs the query selects (by their ids), in its order, each with its findings in order. */
	private List<StoredRun> read(String selectIds, UUID key, int limit) {
		Map<UUID, StoredRun> runs = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT r.id, r.application_id, r.url, r.final_url, r.fetched_at, r.run_by, r.run_by_name
				FROM (%s) AS chosen JOIN webaudit_run r ON r.id = chosen.id
				ORDER BY r.fetched_at DESC, r.id""".formatted(selectIds))
			.param("key", key)
			.param("limit", limit)
			.query((rs, row) -> new StoredRun(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
					rs.getString("url"), rs.getString("final_url"), rs.getTimestamp("fetched_at").toInstant(),
					rs.getObject("run_by", UUID.class), rs.getString("run_by_name"), List.of()))
			.list()
			.forEach(run -> runs.put(run.id(), run));
		if (runs.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Finding>> findings = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT run_id, check_id, status, evidence_key, evidence_args FROM webaudit_check
				WHERE run_id IN (%s) ORDER BY run_id, position""".formatted(selectIds))
			.param("key", key)
			.param("limit", limit)
			.query(rs -> {
				String args = rs.getString("evidence_args");
				findings.computeIfAbsent(rs.getObject("run_id", UUID.class), id -> new ArrayList<>())
					.add(new Finding(rs.getString("check_id"), CheckStatus.valueOf(rs.getString("status")),
							rs.getString("evidence_key"),
							args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1))));
			});
		return runs.values()
			.stream()
			.map(run -> new StoredRun(run.id(), run.applicationId(), run.url(), run.finalUrl(), run.fetchedAt(),
					run.runBy(), run.runByName(), findings.getOrDefault(run.id(), List.of())))
			.toList();
	}

}
