package ca.pignon.privacy.web;

import org.jspecify.annotations.Nullable;

import ca.pignon.privacy.Incident;
import ca.pignon.privacy.IncidentDetails;
import ca.pignon.privacy.IncidentPolicy;

/** An incident of the register as typed (dates and number as text, so that what was typed comes back as it was). */
class IncidentForm {

	private @Nullable String information;

	private @Nullable String circumstances;

	private @Nullable String occurredFrom;

	private @Nullable String occurredTo;

	private @Nullable String discoveredOn;

	private @Nullable String peopleCount;

	private boolean countApproximate;

	private @Nullable String riskAssessment;

	private boolean seriousRisk;

	private @Nullable String commissionNotifiedOn;

	private @Nullable String peopleNotifiedOn;

	private @Nullable String measures;

	private @Nullable String advice;

	private long version;

	static IncidentForm of(Incident incident) {
		IncidentDetails d = incident.details();
		var form = new IncidentForm();
		form.information = d.information();
		form.circumstances = d.circumstances();
		form.occurredFrom = d.occurredFrom().toString();
		form.occurredTo = d.occurredTo() == null ? null : d.occurredTo().toString();
		form.discoveredOn = d.discoveredOn().toString();
		form.peopleCount = String.valueOf(d.peopleCount());
		form.countApproximate = d.countApproximate();
		form.riskAssessment = d.riskAssessment();
		form.seriousRisk = d.seriousRisk();
		form.commissionNotifiedOn = d.commissionNotifiedOn() == null ? null : d.commissionNotifiedOn().toString();
		form.peopleNotifiedOn = d.peopleNotifiedOn() == null ? null : d.peopleNotifiedOn().toString();
		form.measures = d.measures();
		form.advice = d.advice();
		form.version = incident.version();
		return form;
	}

	IncidentPolicy.Input input() {
		return new IncidentPolicy.Input(information, circumstances, occurredFrom, occurredTo, discoveredOn, peopleCount,
				countApproximate, riskAssessment, seriousRisk, commissionNotifiedOn, peopleNotifiedOn, measures, advice);
	}

	public @Nullable String getInformation() { return information; }

	public void setInformation(@Nullable String information) { this.information = information; }

	public @Nullable String getCircumstances() { return circumstances; }

	public void setCircumstances(@Nullable String circumstances) { this.circumstances = circumstances; }

	public @Nullable String getOccurredFrom() { return occurredFrom; }

	public void setOccurredFrom(@Nullable String occurredFrom) { this.occurredFrom = occurredFrom; }

	public @Nullable String getOccurredTo() { return occurredTo; }

	public void setOccurredTo(@Nullable String occurredTo) { this.occurredTo = occurredTo; }

	public @Nullable String getDiscoveredOn() { return discoveredOn; }

	public void setDiscoveredOn(@Nullable String discoveredOn) { this.discoveredOn = discoveredOn; }

	public @Nullable String getPeopleCount() { return peopleCount; }

	public void setPeopleCount(@Nullable String peopleCount) { this.peopleCount = peopleCount; }

	public boolean isCountApproximate() { return countApproximate; }

	public void setCountApproximate(boolean countApproximate) { this.countApproximate = countApproximate; }

	public @Nullable String getRiskAssessment() { return riskAssessment; }

	public void setRiskAssessment(@Nullable String riskAssessment) { this.riskAssessment = riskAssessment; }

	public boolean isSeriousRisk() { return seriousRisk; }

	public void setSeriousRisk(boolean seriousRisk) { this.seriousRisk = seriousRisk; }

	public @Nullable String getCommissionNotifiedOn() { return commissionNotifiedOn; }

	public void setCommissionNotifiedOn(@Nullable String on) { this.commissionNotifiedOn = on; }

	public @Nullable String getPeopleNotifiedOn() { return peopleNotifiedOn; }

	public void setPeopleNotifiedOn(@Nullable String on) { this.peopleNotifiedOn = on; }

	public @Nullable String getMeasures() { return measures; }

	public void setMeasures(@Nullable String measures) { this.measures = measures; }

	public @Nullable String getAdvice() { return advice; }

	public void setAdvice(@Nullable String advice) { this.advice = advice; }

	public long getVersion() { return version; }

	public void setVersion(long version) { this.version = version; }

}
