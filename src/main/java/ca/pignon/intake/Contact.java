package ca.pignon.intake;

import org.jspecify.annotations.Nullable;

/**
 * The person the program deals with; their email address is their account's.
 */
public record Contact(String firstName, String lastName, @Nullable String phone) {
}
