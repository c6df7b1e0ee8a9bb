package ca.pignon.diagnostic;

import java.util.List;

/** Skip logic: a question is shown only when the answer to another (earlier) question holds one of these values. */
public record Condition(String questionId, List<String> anyOf) {
}
