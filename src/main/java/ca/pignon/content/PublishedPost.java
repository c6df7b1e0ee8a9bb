package ca.pignon.content;

import java.time.LocalDate;

/** A post the merchant marked published in their calendar, with the web address where it is. */
public record PublishedPost(LocalDate day, Network network, String pillar, String link) {
}
