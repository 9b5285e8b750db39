package io.tagwright.tests.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.tagwright.core.image.TinyImages;

/** Builds kohya dataset folders for tests: {@code root/img/N_name/image.png + image.txt}. */
public final class KohyaFolder {

    private final Path root;
    private Path subset;

    private KohyaFolder(Path root) {
        this.root = root;
    }

    public static KohyaFolder in(Path root) {
        return new KohyaFolder(root);
    }

    public Path root() {
        return root;
    }

    /** Starts (or continues) the subset folder {@code img/<folder>}. */
    public KohyaFolder subset(String folder) {
        return folder("img", folder);
    }

    /** Starts (or continues) {@code <parent>/<folder>}, e.g. a regularisation subset under {@code reg}. */
    public KohyaFolder folder(String parent, String folder) {
        subset = root.resolve(parent).resolve(folder);
        mkdirs(subset);
        return this;
    }

    /** A PNG of the given size. */
    public KohyaFolder png(String name, int width, int height) {
        return file(name, TinyImages.png(width, height));
    }

    /** A PNG with its caption (UTF-8, no line break). */
    public KohyaFolder image(String name, int width, int height, String caption) {
        png(name, width, height);
        return caption(stem(name) + ".txt", caption);
    }

    public KohyaFolder caption(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public KohyaFolder file(String name, byte[] content) {
        try {
            Files.write(subset.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path path(String name) {
        return subset.resolve(name);
    }

    private static void mkdirs(Path p) {
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
