package ca.pignon.content;

/** The format an idea suggests ({@code content.PostFormat.<NAME>}). */
public enum PostFormat {

	PHOTO, SHORT_VIDEO, STORY, CAROUSEL

}
