package ca.pignon.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ca.pignon.platform.Refused;

/** The register's required fields (Règlement sur les incidents de confidentialité, art. 11), all said at once. */
class IncidentPolicyTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

	static IncidentPolicy.Input complete() {
		return new IncidentPolicy.Input("Noms et courriels de 12 commerçants", "Un courriel envoyé au mauvais groupe",
				"2026-12-01", "2026-12-02", "2026-12-03", "12", false, "Peu sensibles ; risque d'hameçonnage",
				true, "2026-12-04", null, "Rappel du courriel ; double vérification des envois",
				"Se méfier des courriels inattendus");
	}

	@Test
	void aCompleteIncidentIsAcceptedAsTyped() {
		IncidentDetails details = IncidentPolicy.accept(complete(), TODAY);
		assertThat(details.occurredFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(details.peopleCount()).isEqualTo(12);
		assertThat(details.seriousRisk()).isTrue();
		assertThat(details.peopleNotifiedOn()).isNull();
		assertThat(details.noticesPending()).as("the people are not told yet").isTrue();
	}

	@Test
	void everyRequiredFieldMissingIsSaidBesideItsField() {
		var empty = new IncidentPolicy.Input(" ", null, "", null, null, "", false, null, false, null, null, "", null);
		assertThatThrownBy(() -> IncidentPolicy.accept(empty, TODAY)).isInstanceOfSatisfying(PrivacyRefused.class,
				refused -> assertThat(refused.problems()).extracting(Refused.Problem::field, Refused.Problem::messageKey)
					.containsExactlyInAnyOrder(tuple("information", "privacy.incident.required"),
							tuple("circumstances", "privacy.incident.required"),
							tuple("occurredFrom", "privacy.incident.date.required"),
							tuple("discoveredOn", "privacy.incident.date.required"),
							tuple("peopleCount", "privacy.incident.peopleCount.invalid"),
							tuple("riskAssessment", "privacy.incident.required"),
							tuple("measures", "privacy.incident.required")));
	}

	@Test
	void adviceToThePeopleIsRequiredWhenThereIsARiskOfSeriousInjury() {
		var c = complete();
		var noAdvice = new IncidentPolicy.Input(c.information(), c.circumstances(), c.occurredFrom(), c.occurredTo(),
				c.discoveredOn(), c.peopleCount(), false, c.riskAssessment(), true, null, null, c.measures(), "");
		assertThatThrownBy(() -> IncidentPolicy.accept(noAdvice, TODAY)).isInstanceOfSatisfying(PrivacyRefused.class,
				refused -> assertThat(refused.field()).isEqualTo("advice"));
		var noRisk = new IncidentPolicy.Input(c.information(), c.circumstances(), c.occurredFrom(), c.occurredTo(),
				c.discoveredOn(), c.peopleCount(), false, c.riskAssessment(), false, null, null, c.measures(), "");
		assertThat(IncidentPolicy.accept(noRisk, TODAY).noticesPending()).isFalse();
	}

	@Test
	void datesAreReadableNotInTheFutureAndInOrder() {
		var c = complete();
		var wrong = new IncidentPolicy.Input(c.information(), c.circumstances(), "2026-12-05", "2026-12-04",
				"2026-12-04", "-3", true, c.riskAssessment(), true, "le 4 décembre", "2026-12-03", c.measures(),
				c.advice());
		assertThatThrownBy(() -> IncidentPolicy.accept(wrong, TODAY)).isInstanceOfSatisfying(PrivacyRefused.class,
				refused -> assertThat(refused.problems()).extracting(Refused.Problem::field, Refused.Problem::messageKey)
					.containsExactlyInAnyOrder(tuple("occurredTo", "privacy.incident.occurredTo.beforeStart"),
							tuple("discoveredOn", "privacy.incident.discoveredOn.beforeOccurred"),
							tuple("peopleCount", "privacy.incident.peopleCount.invalid"),
							tuple("commissionNotifiedOn", "privacy.incident.date.unreadable"),
							tuple("peopleNotifiedOn", "privacy.incident.notice.beforeDiscovery")));
		var future = new IncidentPolicy.Input(c.information(), c.circumstances(), "2026-12-09", null, "2026-12-09",
				"1", false, c.riskAssessment(), false, null, null, c.measures(), null);
		assertThatThrownBy(() -> IncidentPolicy.accept(future, TODAY)).isInstanceOfSatisfying(PrivacyRefused.class,
				refused -> assertThat(refused.problems()).extracting(Refused.Problem::messageKey)
					.containsOnly("privacy.incident.date.future"));
	}

}
