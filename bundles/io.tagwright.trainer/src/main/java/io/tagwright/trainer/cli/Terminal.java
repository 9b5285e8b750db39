package io.tagwright.trainer.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the trainer talks to a person at a terminal (progress bar in place) or to a pipe (IDE, logs). */
final class Terminal {
    private Terminal() {
    }

    /**
     * True when stdin/stdout are a terminal. Since Java 22 {@code System.console()} also exists for
     * pipes, so {@code Console.isTerminal()} decides where it is available (looked up reflectively
     * because the trainer targets Java 21).
     */
    static boolean isInteractive() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only for a terminal
        }
    }
}
