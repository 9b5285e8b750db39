package io.tagwright.cli;

import java.util.ArrayList;
import java.util.List;

/** Minimal option parsing: {@code --flag}, {@code --name value} and positional arguments, in any order. */
public final class Args {

    private final List<String> args;

    public Args(List<String> args) {
        this.args = new ArrayList<>(args);
    }

    public boolean flag(String name) {
        return args.remove(name);
    }

    /** The value after {@code name}, or {@code fallback} when the option is absent. */
    public String option(String name, String fallback) throws UsageException {
        int i = args.indexOf(name);
        if (i < 0) {
            return fallback;
        }
        if (i + 1 >= args.size()) {
            throw new UsageException(name + " needs a value");
        }
        args.remove(i);
        return args.remove(i);
    }

    public int intOption(String name, int fallback) throws UsageException {
        String v = option(name, null);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not '" + v + "'");
        }
    }

    /** The remaining positional arguments; fails on unknown options. */
    public List<String> positional() throws UsageException {
        for (String a : args) {
            if (a.startsWith("--")) {
                throw new UsageException("unknown option " + a);
            }
        }
        return List.copyOf(args);
    }
}
