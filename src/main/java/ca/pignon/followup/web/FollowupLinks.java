package ca.pignon.followup.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;


/** Absolute addresses given to people ({@code @followupLinks} in templates): built on the public URL, never the request. */
@Component("followupLinks")
class FollowupLinks {

	private final String publicUrl;

	FollowupLinks(@Value("${pignon.public-url:http://localhost:8080}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	public String feed(String token) {
		return publicUrl + "/followup/calendar/" + token + "/pignon.ics";
	}

}
