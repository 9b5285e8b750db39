package io.tagwright.core.lint;

/** How much a finding matters. Ordered: {@code ERROR} is the most severe. */
public enum Severity {
    INFO, WARNING, ERROR;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
