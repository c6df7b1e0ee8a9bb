package ca.pignon.content.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One planned post's form as typed: which post, what to do (save, publish, skip), its date, caption and link. */
public class PostForm {

	private String post = "";

	private String action = "save";

	private String day = "";

	private String caption = "";

	private String link = "";

	@Nullable UUID postId() {
		try {
			return UUID.fromString(post.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public String getPost() {
		return post;
	}

	public void setPost(@Nullable String post) {
		this.post = post == null ? "" : post;
	}

	public String getAction() {
		return action;
	}

	public void setAction(@Nullable String action) {
		this.action = action == null ? "save" : action;
	}

	public String getDay() {
		return day;
	}

	public void setDay(@Nullable String day) {
		this.day = day == null ? "" : day;
	}

	public String getCaption() {
		return caption;
	}

	public void setCaption(@Nullable String caption) {
		this.caption = caption == null ? "" : caption;
	}

	public String getLink() {
		return link;
	}

	public void setLink(@Nullable String link) {
		this.link = link == null ? "" : link;
	}

}
