package io.tagwright.core.lint;

import io.tagwright.core.refactor.Refactoring;
import io.tagwright.core.refactor.Scope;

/**
 * How to fix a finding: a refactoring over a scope. Run it like any refactoring: preview it
 * ({@code refactoring().preview(session, scope(), monitor)}), show the change set, execute it as one
 * undoable command ({@code Refactorings.execute}).
 *
 * @param label for a menu, e.g. "Remove the duplicate tags"
 */
public record QuickFix(String label, Refactoring refactoring, Scope scope) {
}
