package ca.pignon.providers.web;

import org.jspecify.annotations.Nullable;

/** The merchant's rating of the delivered work, as typed: yes/no answers as "yes", "no" or nothing. */
public class RatingForm {

	private String onTime = "";

	private String onBudget = "";

	private String quality = "";

	private String recommend = "";

	private String comment = "";

	private String deliveredUrl = "";

	private boolean actionDone = true;

	public String getOnTime() {
		return onTime;
	}

	public void setOnTime(@Nullable String onTime) {
		this.onTime = onTime == null ? "" : onTime;
	}

	public String getOnBudget() {
		return onBudget;
	}

	public void setOnBudget(@Nullable String onBudget) {
		this.onBudget = onBudget == null ? "" : onBudget;
	}

	public String getQuality() {
		return quality;
	}

	public void setQuality(@Nullable String quality) {
		this.quality = quality == null ? "" : quality;
	}

	public String getRecommend() {
		return recommend;
	}

	public void setRecommend(@Nullable String recommend) {
		this.recommend = recommend == null ? "" : recommend;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(@Nullable String comment) {
		this.comment = comment == null ? "" : comment;
	}

	public String getDeliveredUrl() {
		return deliveredUrl;
	}

	public void setDeliveredUrl(@Nullable String deliveredUrl) {
		this.deliveredUrl = deliveredUrl == null ? "" : deliveredUrl;
	}

	public boolean isActionDone() {
		return actionDone;
	}

	public void setActionDone(boolean actionDone) {
		this.actionDone = actionDone;
	}

}
