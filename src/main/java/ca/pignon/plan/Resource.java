package ca.pignon.plan;

import ca.pignon.diagnostic.LocalizedText;

/** A free learning resource of an action: a public page, always https. */
public record Resource(LocalizedText title, String url) {
}
