package ca.pignon.handover.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import ca.pignon.handover.HandoverRefused;

/**
 * An import goes only into an empty program: no application, no dossier, and no account but, at most, the one
 * administrator who set up the fresh instance (needed to call the API; the archive's accounts replace it).
 */
public final class ProgramEmptiness {

	private ProgramEmptiness() {
	}

	public static boolean isEmpty(Connection connection) throws SQLException {
		return count(connection, "SELECT count(*) FROM dossier") == 0
				&& count(connection, "SELECT count(*) FROM intake_application") == 0
				&& count(connection, "SELECT count(*) FROM platform_account WHERE role <> 'ADMIN'") == 0
				&& count(connection, "SELECT count(*) FROM platform_account") <= 1;
	}

	static void require(Connection connection) throws SQLException {
		if (!isEmpty(connection)) {
			throw new HandoverRefused("notEmpty");
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
