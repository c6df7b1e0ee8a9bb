package ca.pignon.providers.web;

/** The brief as typed: numbers and the date as text, read by {@link #toEdit()}. */
public class BriefForm {

	private String service = "";

	private String title = "";

	private String goal = "";

	private String today = "";

	private String needs = "";

	private String doneWhen = "";

	private String budgetMin = "";

	private String budgetMax = "";

	private String wantedBy = "";

	private String language = "fr";

	private long version = 0;

	public String getService() {
		return service;
	}

	public void setService(@org.jspecify.annotations.Nullable String service) {
		this.service = service == null ? "" : service;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(@org.jspecify.annotations.Nullable String title) {
		this.title = title == null ? "" : title;
	}

	public String getGoal() {
		return goal;
	}

	public void setGoal(@org.jspecify.annotations.Nullable String goal) {
		this.goal = goal == null ? "" : goal;
	}

	public String getToday() {
		return today;
	}

	public void setToday(@org.jspecify.annotations.Nullable String today) {
		this.today = today == null ? "" : today;
	}

	public String getNeeds() {
		return needs;
	}

	public void setNeeds(@org.jspecify.annotations.Nullable String needs) {
		this.needs = needs == null ? "" : needs;
	}

	public String getDoneWhen() {
		return doneWhen;
	}

	public void setDoneWhen(@org.jspecify.annotations.Nullable String doneWhen) {
		this.doneWhen = doneWhen == null ? "" : doneWhen;
	}

	public String getBudgetMin() {
		return budgetMin;
	}

	public void setBudgetMin(@org.jspecify.annotations.Nullable String budgetMin) {
		this.budgetMin = budgetMin == null ? "" : budgetMin;
	}

	public String getBudgetMax() {
		return budgetMax;
	}

	public void setBudgetMax(@org.jspecify.annotations.Nullable String budgetMax) {
		this.budgetMax = budgetMax == null ? "" : budgetMax;
	}

	public String getWantedBy() {
		return wantedBy;
	}

	public void setWantedBy(@org.jspecify.annotations.Nullable String wantedBy) {
		this.wantedBy = wantedBy == null ? "" : wantedBy;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(@org.jspecify.annotations.Nullable String language) {
		this.language = language == null ? "" : language;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
