package ca.pignon.providers.web;

import org.jspecify.annotations.Nullable;

/** A declaration of interests: the provider and the link, in a few words. */
public class InterestForm {

	private String provider = "";

	private String nature = "";

	public String getProvider() {
		return provider;
	}

	public void setProvider(@Nullable String provider) {
		this.provider = provider == null ? "" : provider;
	}

	public String getNature() {
		return nature;
	}

	public void setNature(@Nullable String nature) {
		this.nature = nature == null ? "" : nature;
	}

}
