package io.tagwright.core.lint;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * One lint rule. Rules run on an immutable snapshot ({@link LintContext#snapshot()}), so they are free of
 * the model's thread; they may read files (image content for duplicates) and must honour cancellation.
 */
public interface LintRule {

    /** Stable id, lower-case with dashes; documented and used by {@code problem:} queries. */
    String id();

    /** One line saying what the rule checks. */
    String description();

    Severity defaultSeverity();

    /** Reports findings with {@link LintContext#finding} severities already resolved from the settings. */
    void check(LintContext context, Consumer<Finding> out, IProgressMonitor monitor);
}
