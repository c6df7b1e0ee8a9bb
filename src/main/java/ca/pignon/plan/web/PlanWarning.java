package ca.pignon.plan.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the advisor should look at before sending: an overloaded month, a prerequisite missing from the plan or placed
 * after the action that needs it.
 */
public record PlanWarning(String messageKey, List<Object> arguments, @Nullable String itemKey) {
}
