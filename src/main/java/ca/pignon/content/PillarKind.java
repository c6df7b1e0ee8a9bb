package ca.pignon.content;

/**
 * The kinds of content pillar Pignon proposes from the value work, each with its default name
 * ({@code content.PillarKind.<NAME>}) and the ideas of the library made for it.
 */
public enum PillarKind {

	BEHIND_THE_SCENES, SEASONAL, NEIGHBOURHOOD, QUESTIONS, TEAM, SIGNATURE, VALUES, CUSTOMERS

}
