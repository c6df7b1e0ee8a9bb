package ca.pignon.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.shared.ApplicationId;
import ca.pignon.territory.Area;

/**
 * The SDC staff chose by hand for an application (columns of {@code intake_application}, outside the aggregate so
 * that the merchant's own saves never touch them), and the applications already located, to place again.
 */
@Repository
class SdcChoices {

	private final JdbcClient jdbc;

	SdcChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The choice made by hand.
	 *
	 * @param area the SDC chosen, null for "none"
	 */
	record Manual(@Nullable Area area) {
	}

	/** The SDC in force: the one staff chose by hand, or else the one of the point (none without a point). */
	Optional<Area> inForce(ApplicationId application, @Nullable LocationEvidence location,
			ca.pignon.territory.TerritoryManagement territory) {
		var manual = manual(application);
		if (manual.isPresent()) {
			return Optional.ofNullable(manual.get().area());
		}
		return location == null ? Optional.empty()
				: territory.sdcAt(new ca.pignon.shared.GeoPoint(location.latitude(), location.longitude()));
	}

	/** @return empty when the SDC comes from the point (no choice by hand) */
	Optional<Manual> manual(ApplicationId application) {
		return jdbc.sql("SELECT sdc_manual, sdc_code, sdc_name FROM intake_application WHERE id = :id")
			.param("id", application.value())
			.query((rs, n) -> rs.getBoolean(1)
					? Optional.of(new Manual(rs.getString(2) == null ? null : new Area(rs.getString(2), rs.getString(3))))
					: Optional.<Manual>empty())
			.optional()
			.flatMap(manual -> manual);
	}

	/** @param manual null to go back to the SDC of the point */
	void choose(ApplicationId application, @Nullable Manual manual) {
		Area area = manual == null ? null : manual.area();
		jdbc.sql("UPDATE intake_application SET sdc_manual = :manual, sdc_code = :code, sdc_name = :name WHERE id = :id")
			.param("manual", manual != null)
			.param("code", area == null ? null : area.code())
			.param("name", area == null ? null : area.name())
			.param("id", application.value())
			.update();
	}

	/** The submitted applications whose storefront has a point (their dossier holds their areas). */
	List<ApplicationId> located() {
		return jdbc.sql("""
				SELECT id FROM intake_application WHERE status <> 'DRAFT' AND latitude IS NOT NULL ORDER BY id""")
			.query((rs, n) -> new ApplicationId(rs.getObject(1, UUID.class)))
			.list();
	}

}
