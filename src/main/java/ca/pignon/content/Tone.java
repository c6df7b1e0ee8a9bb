package ca.pignon.content;

/**
 * The tone of voice a merchant chooses for their posts, each shown with an example sentence
 * ({@code content.Tone.<NAME>} and {@code content.Tone.<NAME>.example}).
 */
public enum Tone {

	WARM, EXPERT, PLAYFUL, REFINED

}
