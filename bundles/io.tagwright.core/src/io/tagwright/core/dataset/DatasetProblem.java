package io.tagwright.core.dataset;

/**
 * Something wrong with one file of a dataset that the user must know about (an image that cannot be
 * read, a caption trainers would misread); the dataset still opens.
 *
 * @param file path relative to the dataset root
 */
public record DatasetProblem(Severity severity, String file, String message) {

    public enum Severity {
        INFO, WARNING, ERROR
    }

    @Override
    public String toString() {
        return severity + " " + file + ": " + message;
    }
}
