package io.tagwright.launching.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Finds the trainer: the {@code lib/} folder of the {@code io.tagwright.trainer.runtime} bundle (installed
 * unpacked in the product; extracted once into this bundle's state area where it is a jar, as in test
 * runtimes), and the Java the IDE itself runs on. {@code -Dtagwright.trainer.lib=DIR} overrides the folder.
 */
public final class TrainerRuntime {

    public static final String RUNTIME_BUNDLE = "io.tagwright.trainer.runtime";
    public static final String MAIN_CLASS = "io.tagwright.trainer.cli.TrainerMain";

    private TrainerRuntime() {
    }

    /** The folder holding the trainer's jars. */
    public static Path libDir() throws IOException {
        String override = System.getProperty("tagwright.trainer.lib");
        if (override != null) {
            return check(Path.of(override));
        }
        Bundle bundle = Platform.getBundle(RUNTIME_BUNDLE);
        if (bundle == null) {
            throw new IOException("the trainer runtime (bundle " + RUNTIME_BUNDLE + ") is not installed");
        }
        Path location = FileLocator.getBundleFileLocation(bundle).map(java.io.File::toPath)
                .orElseThrow(() -> new IOException("cannot locate the bundle " + RUNTIME_BUNDLE + " on disk"));
        if (Files.isDirectory(location)) {
            return check(location.resolve("lib"));
        }
        Path extracted = LaunchingPlugin.getDefault().getStateLocation().toPath().resolve("trainer-" + bundle.getVersion())
                .resolve("lib");
        if (!Files.isDirectory(extracted)) {
            extract(bundle, extracted);
        }
        return check(extracted);
    }

    private static void extract(Bundle bundle, Path target) throws IOException {
        Path temp = target.resolveSibling("lib.partial");
        Files.createDirectories(temp);
        Enumeration<java.net.URL> entries = bundle.findEntries("lib", "*.jar", false);
        while (entries != null && entries.hasMoreElements()) {
            java.net.URL url = entries.nextElement();
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                Files.copy(in, temp.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path check(Path lib) throws IOException {
        try (var files = Files.list(lib)) {
            if (files.noneMatch(p -> p.getFileName().toString().startsWith("io.tagwright.trainer-"))) {
                throw new IOException(lib + " does not hold the trainer jar");
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("the trainer runtime folder " + lib + " does not exist", e);
        }
        return lib;
    }

    /** The java executable of the running JVM: the trainer runs on the same Java as the IDE. */
    public static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
