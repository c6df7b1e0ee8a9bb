package ca.pignon.providers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.shared.AccountId;

/** The directory's table, {@code providers_provider}. */
@Repository
class Directory {

	private final JdbcClient jdbc;

	Directory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ProviderId id, ProviderApplication application, Instant now, boolean demo) {
		jdbc.sql("""
				INSERT INTO providers_provider (id, name, neq, contact_name, email, phone, website, services,
				  whole_territory, municipalities, languages, price_range, portfolio, reference_one, reference_two,
				  charter_accepted, applied_at, status, demo)
				VALUES (:id, :name, :neq, :contact, :email, :phone, :website, CAST(:services AS text[]), :whole,
				  CAST(:municipalities AS text[]), CAST(:languages AS text[]), :price, :portfolio, :ref1, :ref2, :now,
				  :now, 'PENDING', :demo)""")
			.param("id", id.value())
			.param("name", application.name().strip())
			.param("neq", application.neq().replace(" ", ""))
			.param("contact", application.contactName().strip())
			.param("email", application.email().strip())
			.param("phone", application.phone().strip())
			.param("website", application.website().strip())
			.param("services", TextArrays.literal(application.services()))
			.param("whole", application.wholeTerritory())
			.param("municipalities", TextArrays.literal(application.municipalities()))
			.param("languages", TextArrays.literal(application.languages()))
			.param("price", application.priceRange().strip())
			.param("portfolio", application.portfolio().strip())
			.param("ref1", application.referenceOne().strip())
			.param("ref2", application.referenceTwo().strip())
			.param("now", Timestamp.from(now))
			.param("demo", demo)
			.update();
	}

	Optional<ProviderDetails> find(ProviderId id) {
		return jdbc.sql("SELECT * FROM providers_provider WHERE id = :id")
			.param("id", id.value())
			.query(Directory::details)
			.optional();
	}

	Optional<ProviderDetails> lock(ProviderId id) {
		return jdbc.sql("SELECT * FROM providers_provider WHERE id = :id FOR UPDATE")
			.param("id", id.value())
			.query(Directory::details)
			.optional();
	}

	List<ProviderDetails> all(@Nullable ProviderStatus status) {
		return jdbc.sql("""
				SELECT * FROM providers_provider WHERE CAST(:status AS text) IS NULL OR status = :status
				ORDER BY status = 'PENDING' DESC, lower(name), id""")
			.param("status", status == null ? null : status.name())
			.query(Directory::details)
			.list();
	}

	/** The approved providers offering this service (the rest of the fit is {@link FitPolicy}'s). */
	List<ProviderDetails> offering(String service) {
		return jdbc.sql("""
				SELECT * FROM providers_provider WHERE status = 'APPROVED' AND :service = ANY (services)
				ORDER BY id""").param("service", service).query(Directory::details).list();
	}

	void decide(ProviderId id, Vetting vetting, ProviderStatus status, @Nullable LocalDate until, AccountId by,
			Instant now) {
		jdbc.sql("""
				UPDATE providers_provider SET status = :status, neq_checked = :neq, references_called = :refs,
				  work_seen = :work, decision_reason = :reason, decided_by = :by, decided_at = :now,
				  approved_until = :until, version = version + 1
				WHERE id = :id""")
			.param("id", id.value())
			.param("status", status.name())
			.param("neq", vetting.neqChecked())
			.param("refs", vetting.referencesCalled())
			.param("work", vetting.workSeen())
			.param("reason", vetting.reason().strip())
			.param("by", by.value())
			.param("now", Timestamp.from(now))
			.param("until", until)
			.update();
	}

	void suspend(ProviderId id, String reason, AccountId by, Instant now) {
		jdbc.sql("""
				UPDATE providers_provider SET status = 'SUSPENDED', decision_reason = :reason, decided_by = :by,
				  decided_at = :now, version = version + 1
				WHERE id = :id""")
			.param("id", id.value())
			.param("reason", reason.strip())
			.param("by", by.value())
			.param("now", Timestamp.from(now))
			.update();
	}

	boolean anyDemo() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM providers_provider WHERE demo)").query(Boolean.class).single();
	}

	static ProviderDetails details(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		java.sql.Date until = rs.getDate("approved_until");
		return new ProviderDetails(new ProviderId(rs.getObject("id", UUID.class)), rs.getString("name"),
				rs.getString("neq"), rs.getString("contact_name"), rs.getString("email"), rs.getString("phone"),
				rs.getString("website"), new LinkedHashSet<>(TextArrays.list(rs.getArray("services"))),
				rs.getBoolean("whole_territory"), TextArrays.list(rs.getArray("municipalities")),
				new LinkedHashSet<>(TextArrays.list(rs.getArray("languages"))), rs.getString("price_range"),
				rs.getString("portfolio"), rs.getString("reference_one"), rs.getString("reference_two"),
				rs.getTimestamp("applied_at").toInstant(), ProviderStatus.valueOf(rs.getString("status")),
				rs.getBoolean("neq_checked"), rs.getBoolean("references_called"), rs.getBoolean("work_seen"),
				rs.getString("decision_reason"), decided == null ? null : decided.toInstant(),
				until == null ? null : until.toLocalDate(), rs.getBoolean("demo"), rs.getLong("version"));
	}

}
