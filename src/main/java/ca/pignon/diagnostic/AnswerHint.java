package ca.pignon.diagnostic;

import java.util.List;

/**
 * A suggested answer from another source (the web audit): pre-fills the question while it is unanswered and is shown
 * next to it until a person confirms or changes it. Values are written as the bank stores answers (choice ids…).
 */
public record AnswerHint(String questionId, List<String> suggestedValues, String evidence) {
}
