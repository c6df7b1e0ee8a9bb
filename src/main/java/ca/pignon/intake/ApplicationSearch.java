package ca.pignon.intake;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Paging;
import ca.pignon.platform.SqlArrays;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * The staff list: filters become SQL conditions on bound parameters only, never on concatenated input.
 */
@Component
class ApplicationSearch {

	static final ZoneId PROGRAM_ZONE = ZoneId.of("America/Toronto");

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	ApplicationSearch(JdbcClient jdbc, AccountManagement accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/** @param among the only applications the reader may see, or null for every one */
	ApplicationPage search(ApplicationFilter filter, int page, int pageSize,
			java.util.@Nullable Collection<ApplicationId> among) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (among != null) {
			conditions.add("id IN (SELECT unnest(CAST(:among AS uuid[])))");
			params.put("among", SqlArrays.uuids(among.stream().map(ApplicationId::value).toList()));
		}
		if (filter.status() != null) {
			conditions.add("status = :status");
			params.put("status", filter.status().name());
		}
		else {
			conditions.add("status <> 'DRAFT'");
		}
		if (filter.eligibility() != null) {
			conditions.add("eligibility = :eligibility");
			params.put("eligibility", filter.eligibility().name());
		}
		if (filter.municipality() != null) {
			conditions.add("municipality_code = :municipality");
			params.put("municipality", filter.municipality());
		}
		if (filter.arrondissement() != null) {
			conditions.add("arrondissement_code = :arrondissement");
			params.put("arrondissement", filter.arrondissement());
		}
		if (filter.sector() != null) {
			conditions.add("left(naics_code, 2) IN (:sectorPrefixes)");
			params.put("sectorPrefixes", prefixes(filter.sector()));
		}
		if (filter.submittedFrom() != null) {
			conditions.add("submitted_at >= :from");
			params.put("from", startOf(filter.submittedFrom()));
		}
		if (filter.submittedTo() != null) {
			conditions.add("submitted_at < :to");
			params.put("to", startOf(filter.submittedTo().plusDays(1)));
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			// names as staff type them, case and accents aside ("cafe" finds "Café"), and the merchant's email
			conditions.add("(intake_plain(legal_name) LIKE :text OR intake_plain(trade_name) LIKE :text"
					+ " OR intake_plain(concat_ws(' ', contact_first_name, contact_last_name)) LIKE :text"
					+ " OR intake_plain(concat_ws(' ', contact_last_name, contact_first_name)) LIKE :text"
					+ " OR account_id IN (SELECT unnest(CAST(:emailAccounts AS uuid[]))))");
			params.put("text", "%" + plain(filter.text().strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%");
			params.put("emailAccounts", SqlArrays.uuids(
					accounts.merchantsWithEmailContaining(filter.text()).stream().map(AccountId::value).toList()));
		}
		String where = " WHERE " + String.join(" AND ", conditions);
		long total = jdbc.sql("SELECT count(*) FROM intake_application" + where).params(params).query(Long.class).single();
		params.put("limit", pageSize);
		params.put("offset", Paging.offset(page, pageSize));
		// not a text block: it would strip the space that keeps ORDER from the last parameter's name
		String order = " ORDER BY submitted_at DESC NULLS LAST, updated_at DESC, id";
		// the page's ids first (from intake_application_staff_list_idx alone when there is no filter), then only
		// their rows: reading and sorting every application to skip them cost 15-20 ms at 10,000 applications
		List<ApplicationRow> rows = jdbc.sql("""
				SELECT id, coalesce(trade_name, legal_name, contact_first_name || ' ' || contact_last_name) AS name,
				       status, eligibility, coalesce(municipality_name, municipality) AS municipality,
				       arrondissement_name, naics_code, submitted_at
				FROM intake_application WHERE id IN (SELECT id FROM intake_application""" + where + order
				+ " LIMIT :limit OFFSET :offset)" + order)
			.params(params)
			.query((rs, row) -> new ApplicationRow(new ApplicationId(rs.getObject("id", UUID.class)),
					rs.getString("name") == null ? "" : rs.getString("name"),
					ApplicationStatus.valueOf(rs.getString("status")),
					rs.getString("eligibility") == null ? null : Eligibility.valueOf(rs.getString("eligibility")),
					rs.getString("municipality"), rs.getString("arrondissement_name"), rs.getString("naics_code"),
					rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant()))
			.list();
		return new ApplicationPage(rows, page, pageSize, total);
	}

	/** Known municipalities and arrondissements among applications, for the filter menus. */
	/**
	 * Lower case without accents, as the database's {@code intake_plain} writes names: "Café Ô" → "cafe o".
	 */
	static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace("œ", "oe")
			.replace("Œ", "oe")
			.replace("æ", "ae")
			.replace("Æ", "ae")
			.toLowerCase(Locale.ROOT);
	}

	List<String[]> distinct(String codeColumn, String nameColumn) {
		if (!List.of("municipality_code", "arrondissement_code").contains(codeColumn)
				|| !List.of("municipality_name", "arrondissement_name").contains(nameColumn)) {
			throw new IllegalArgumentException(codeColumn);
		}
		return jdbc.sql("SELECT DISTINCT " + codeColumn + ", " + nameColumn + " FROM intake_application WHERE "
				+ codeColumn + " IS NOT NULL ORDER BY " + nameColumn)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
	}

	private static List<String> prefixes(String sector) {
		String[] bounds = sector.split("-");
		if (bounds.length == 2) {
			List<String> prefixes = new ArrayList<>();
			for (int code = Integer.parseInt(bounds[0]); code <= Integer.parseInt(bounds[1]); code++) {
				prefixes.add(String.valueOf(code));
			}
			return prefixes;
		}
		return List.of(sector.length() > 2 ? sector.substring(0, 2) : sector);
	}

	private static Timestamp startOf(LocalDate date) {
		return Timestamp.from(date.atStartOfDay(PROGRAM_ZONE).toInstant());
	}

}
