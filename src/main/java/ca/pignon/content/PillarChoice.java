package ca.pignon.content;

/** What the merchant decided about one proposed pillar: its name, and whether they keep it. */
public record PillarChoice(int position, String name, boolean kept) {
}
