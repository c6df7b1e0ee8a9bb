package ca.pignon.followup;

import org.jspecify.annotations.Nullable;

/** Why a command was refused: a message key, and the form field it concerns when there is one. */
public record Problem(@Nullable String field, String messageKey) {
}
