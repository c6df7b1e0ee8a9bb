package ca.pignon.providers.web;

/** A provider's quote as typed. */
public class QuoteForm {

	private String oneTime = "";

	private String yearly = "";

	private String included = "";

	private String weeks = "";

	private String domainOwner = "";

	private String contentOwner = "";

	private String maintenance = "";

	private String frenchService = "";

	private String accessibility = "";

	private String hosting = "";

	public String getOneTime() {
		return oneTime;
	}

	public void setOneTime(@org.jspecify.annotations.Nullable String oneTime) {
		this.oneTime = oneTime == null ? "" : oneTime;
	}

	public String getYearly() {
		return yearly;
	}

	public void setYearly(@org.jspecify.annotations.Nullable String yearly) {
		this.yearly = yearly == null ? "" : yearly;
	}

	public String getIncluded() {
		return included;
	}

	public void setIncluded(@org.jspecify.annotations.Nullable String included) {
		this.included = included == null ? "" : included;
	}

	public String getWeeks() {
		return weeks;
	}

	public void setWeeks(@org.jspecify.annotations.Nullable String weeks) {
		this.weeks = weeks == null ? "" : weeks;
	}

	public String getDomainOwner() {
		return domainOwner;
	}

	public void setDomainOwner(@org.jspecify.annotations.Nullable String domainOwner) {
		this.domainOwner = domainOwner == null ? "" : domainOwner;
	}

	public String getContentOwner() {
		return contentOwner;
	}

	public void setContentOwner(@org.jspecify.annotations.Nullable String contentOwner) {
		this.contentOwner = contentOwner == null ? "" : contentOwner;
	}

	public String getMaintenance() {
		return maintenance;
	}

	public void setMaintenance(@org.jspecify.annotations.Nullable String maintenance) {
		this.maintenance = maintenance == null ? "" : maintenance;
	}

	public String getFrenchService() {
		return frenchService;
	}

	public void setFrenchService(@org.jspecify.annotations.Nullable String frenchService) {
		this.frenchService = frenchService == null ? "" : frenchService;
	}

	public String getAccessibility() {
		return accessibility;
	}

	public void setAccessibility(@org.jspecify.annotations.Nullable String accessibility) {
		this.accessibility = accessibility == null ? "" : accessibility;
	}

	public String getHosting() {
		return hosting;
	}

	public void setHosting(@org.jspecify.annotations.Nullable String hosting) {
		this.hosting = hosting == null ? "" : hosting;
	}

}
