package ca.pignon.selection.internal;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

@Table("selection_team_member")
public record RoundTeamMember(String teamName, UUID advisorId, String advisorName) {
}
