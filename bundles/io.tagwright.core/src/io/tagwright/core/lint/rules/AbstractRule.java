package io.tagwright.core.lint.rules;

import io.tagwright.core.lint.LintRule;
import io.tagwright.core.lint.Severity;

/** Id, description and default severity of a rule. */
abstract class AbstractRule implements LintRule {

    private final String id;
    private final String description;
    private final Severity severity;

    AbstractRule(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    static String quote(String s) {
        return "'" + s + "'";
    }
}
