package io.tagwright.core.dataset;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises how an existing kohya folder is laid out. Two layouts are common: the kohya_ss GUI's
 * {@code project/img/N_name/} (with {@code reg/}, {@code model/}, {@code log/} beside it), and a bare
 * train folder holding the {@code N_name} folders directly.
 */
public record KohyaLayout(String trainDir, String regDir, String captionExtension, List<String> triggerWords) {

    public static KohyaLayout detect(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + " is not a folder");
        }
        String train;
        if (Files.isDirectory(root.resolve("img"))) {
            train = "img";
        } else if (!subsetFolders(root).isEmpty()) {
            train = ".";
        } else {
            throw new IOException(root + " has neither an img/ folder nor N_name subset folders (e.g. 10_mychar)");
        }
        Path trainDir = root.resolve(train);
        String reg = Files.isDirectory(root.resolve("reg")) && !train.equals(".") ? "reg" : null;
        Set<String> triggers = new LinkedHashSet<>();
        int txt = 0;
        int caption = 0;
        for (Path subset : subsetFolders(trainDir)) {
            SubsetFolders.Name name = SubsetFolders.parse(subset.getFileName().toString());
            if (name.usedByKohya() && !name.classTokens().isBlank()) {
                triggers.add(name.classTokens().strip());
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(subset)) {
                for (Path p : ds) {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (n.endsWith(".txt")) {
                        txt++;
                    } else if (n.endsWith(".caption")) {
                        caption++;
                    }
                }
            }
        }
        return new KohyaLayout(train, reg, caption > txt ? ".caption" : ".txt", List.copyOf(triggers));
    }

    private static List<Path> subsetFolders(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path p : ds) {
                if (SubsetFolders.parse(p.getFileName().toString()).usedByKohya()) {
                    out.add(p);
                }
            }
        }
        out.sort(null);
        return out;
    }
}
