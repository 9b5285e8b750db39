package io.tagwright.core.lint;

/**
 * One thing lint found.
 *
 * @param ruleId   the rule's stable id (e.g. {@code duplicate-tag}), also the {@code problem:} query value
 * @param quickFix how to fix it, or null
 */
public record Finding(String ruleId, Severity severity, String message, Location location, QuickFix quickFix) {

    public boolean hasQuickFix() {
        return quickFix != null;
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " " + location + ": " + message;
    }
}
