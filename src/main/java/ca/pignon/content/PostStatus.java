package ca.pignon.content;

/** Where a planned post stands ({@code content.PostStatus.<NAME>}). Pignon never posts for the merchant. */
public enum PostStatus {

	PLANNED, PUBLISHED, SKIPPED

}
