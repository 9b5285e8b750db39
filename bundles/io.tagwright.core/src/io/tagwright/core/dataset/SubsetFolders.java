package io.tagwright.core.dataset;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** kohya's subset folder names: {@code N_class tokens}, where N is the number of repeats. */
public final class SubsetFolders {

    private static final Pattern NAME = Pattern.compile("(\\d+)_(.*)", Pattern.DOTALL);

    /** Repeats and class tokens of a folder name; repeats 0 when kohya would ignore the folder. */
    public record Name(int repeats, String classTokens) {
        public boolean usedByKohya() {
            return repeats > 0;
        }
    }

    private SubsetFolders() {
    }

    public static Name parse(String folder) {
        Matcher m = NAME.matcher(folder);
        if (m.matches()) {
            try {
                return new Name(Integer.parseInt(m.group(1)), m.group(2));
            } catch (NumberFormatException e) {
                return new Name(0, folder); // more digits than an int holds: kohya would fail on it too
            }
        }
        return new Name(0, folder);
    }

    /** The folder name for a subset with these repeats and class tokens. */
    public static String format(int repeats, String classTokens) {
        return repeats + "_" + classTokens;
    }
}
