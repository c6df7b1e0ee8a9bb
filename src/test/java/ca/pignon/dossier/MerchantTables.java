package ca.pignon.dossier;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tables of the database that hold a merchant's rows, read from its own catalogue (information_schema), so that a
 * table added by any later migration counts as soon as it exists: a table with a column that names a merchant, their
 * application or an address mail went to, and every table that points to one of those by a foreign key.
 */
final class MerchantTables {

	/** The columns that say whose row it is. */
	static final List<String> MERCHANT_COLUMNS = List.of("application_id", "merchant_id", "merchant_account",
			"merchant", "owner_id", "account_id", "recipient", "author_id");

	/**
	 * Tables that match the rule but hold no merchant's personal data, each with the reason. A new table is never
	 * added here without one.
	 */
	static final Map<String, String> NOT_ABOUT_MERCHANTS = Map.of(
			// account_id: merchants cannot create API tokens (route matrix: /account/tokens is staff only)
			"platform_api_token", "staff's personal API tokens",
			// account_id: only managers and administrators can be named (PrivacyRequests.designate)
			"privacy_officer", "who among staff is in charge of personal information",
			// recipient: an advisor's account; the summary itself is a mail, redacted with the outbox
			"followup_notification", "which advisor was sent which weekly summary",
			// account_id: an advisor's or a manager's declared links with providers (InterestManagement.declare)
			"providers_interest", "staff's declarations of interests",
			// account_id: the staff member whose declared link was flagged on a brief, and the manager's decision
			"providers_conflict_decision", "managers' decisions on staff's conflicts of interests",
			// account_id: the provider's own account (role PROVIDER, ProviderAccountManagement.invite), never a merchant's
			"providers_provider", "the directory of providers and their accounts",
			// references providers_provider: a provider's changes to their own profile
			"providers_profile_change", "providers' changes to their profiles",
			// no merchant column; listed so that nobody adds one here by mistake
			"flyway_schema_history", "Flyway's record of the migrations applied",
			// Spring Modulith's registry, not a module's table: its completed entries are pruned (issue 16)
			"event_publication", "the event publication registry");

	private MerchantTables() {
	}

	/** Every table of the current schema. */
	static Set<String> all(JdbcClient jdbc) {
		return new TreeSet<>(jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'""").query(String.class).list());
	}

	/** The tables that hold a merchant's rows, the tables not about merchants included. */
	static Set<String> holdingMerchantRows(JdbcClient jdbc) {
		Set<String> tables = new TreeSet<>(jdbc.sql("""
				SELECT DISTINCT table_name FROM information_schema.columns
				WHERE table_schema = current_schema() AND column_name IN (:columns)""")
			.param("columns", MERCHANT_COLUMNS)
			.query(String.class)
			.list());
		record ForeignKey(String child, String parent) {
		}
		List<ForeignKey> keys = jdbc.sql("""
				SELECT DISTINCT tc.table_name, ccu.table_name FROM information_schema.table_constraints tc
				JOIN information_schema.constraint_column_usage ccu
				  ON ccu.constraint_schema = tc.constraint_schema AND ccu.constraint_name = tc.constraint_name
				WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()""")
			.query((rs, n) -> new ForeignKey(rs.getString(1), rs.getString(2)))
			.list();
		boolean grew = true;
		while (grew) {
			grew = false;
			for (ForeignKey key : keys) {
				if (tables.contains(key.parent()) && tables.add(key.child())) {
					grew = true;
				}
			}
		}
		return tables;
	}

}
