package ca.pignon.selection.internal;

import org.springframework.data.relational.core.mapping.Table;

@Table("selection_team")
public record RoundTeam(String name, int places) {
}
