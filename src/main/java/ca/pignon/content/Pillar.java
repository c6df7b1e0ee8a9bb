package ca.pignon.content;

/**
 * A content pillar of a merchant.
 * @param because the differentiator that suggested it, empty when the value work's answers or the defaults did
 */
public record Pillar(int position, PillarKind kind, String name, boolean kept, String because) {
}
