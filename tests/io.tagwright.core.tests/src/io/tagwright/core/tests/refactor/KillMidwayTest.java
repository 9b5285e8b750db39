package io.tagwright.core.tests.refactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.edit.TagwrightItemProviderAdapterFactory;
import io.tagwright.tests.common.KohyaFolder;

/**
 * Crash safety of a refactoring's save: a forked JVM renames a tag in 300 captions and is killed (SIGKILL)
 * while it writes, once before the batch's commit point and once after it; the next open must leave every
 * caption entirely old or entirely new, all of them old before the commit point and all new after it.
 */
class KillMidwayTest {

    private static final int IMAGES = 300;

    @TempDir
    Path root;

    @Test
    void killedBeforeTheCommitPointEverythingStaysOld() throws Exception {
        Set<String> states = killAt(0.15, 3);
        assertEquals(Set.of("prepare"), states, "the kill must land while the new contents are being written");
    }

    @Test
    void killedAfterTheCommitPointEverythingBecomesNew() throws Exception {
        Set<String> states = killAt(0.55, 3);
        assertEquals(Set.of("commit"), states, "the kill must land while the files are being replaced");
    }

    @Test
    void killedAtFullSpeedAtAnyMomentNothingIsTorn() throws Exception {
        killAt(0.3, 0);
    }

    /**
     * Kills the child once its save has reached {@code fraction} of its progress, recovers by opening the
     * dataset, and checks the captions. Returns the journal states found before recovery.
     */
    private Set<String> killAt(double fraction, long sleepPerStep) throws Exception {
        Path subset = root.resolve("img/10_x");
        KohyaFolder f = KohyaFolder.in(root).subset("10_x");
        for (int i = 0; i < IMAGES; i++) {
            f.image(String.format("i%04d.png", i), 64, 64, oldCaption(i));
        }
        DatasetSession.importFolder(root, "kill", new NullProgressMonitor()).dispose();
        Process child = new ProcessBuilder(javaExecutable(), "-cp", childClassPath(), KillMidwayChild.class.getName(),
                root.resolve("dataset.tagwright").toString(), "smile", "grin", Long.toString(sleepPerStep))
                .redirectErrorStream(true).start();
        List<String> seen = new ArrayList<>();
        boolean killed = false;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("PROGRESS ") && Double.parseDouble(line.substring(9)) >= fraction) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                    killed = true;
                    break;
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        if (!killed) {
            fail("the child finished before it could be killed: " + String.join("\n", seen));
        }
        Set<String> states = new LinkedHashSet<>();
        Path journals = root.resolve(".tagwright/journal");
        if (Files.isDirectory(journals)) {
            try (Stream<Path> s = Files.list(journals)) {
                for (Path j : s.toList()) {
                    states.add(Files.readAllLines(j, StandardCharsets.UTF_8).get(1));
                }
            }
        }
        DatasetSession recovered = DatasetSession.open(root.resolve("dataset.tagwright"), new NullProgressMonitor());
        int olds = 0;
        int news = 0;
        for (int i = 0; i < IMAGES; i++) {
            String text = Files.readString(subset.resolve(String.format("i%04d.txt", i)), StandardCharsets.UTF_8);
            if (text.equals(oldCaption(i))) {
                olds++;
            } else if (text.equals(newCaption(i))) {
                news++;
            } else {
                fail("caption " + i + " is torn: '" + text + "'");
            }
            ImageEntry e = recovered.entry(String.format("img/10_x/i%04d.png", i));
            assertEquals(List.of("x", text.contains("grin") ? "grin" : "smile", "n" + i), e.getTags());
        }
        if (states.contains("prepare")) {
            assertEquals(IMAGES, olds, "rolled back: every caption old");
        } else if (states.contains("commit")) {
            assertEquals(IMAGES, news, "rolled forward: every caption new");
        } else {
            assertTrue(olds == IMAGES || news == IMAGES, "no journal: the batch either had not started or was complete");
        }
        try (Stream<Path> s = Files.list(subset)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tw-tmp")).toList(), "temporary files removed");
        }
        if (Files.isDirectory(journals)) {
            try (Stream<Path> s = Files.list(journals)) {
                assertEquals(0, s.count(), "journal finished");
            }
        }
        recovered.dispose();
        return states;
    }

    private static String oldCaption(int i) {
        return "x, smile, n" + i;
    }

    private static String newCaption(int i) {
        return "x, grin, n" + i;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The child's class path: where the OSGi runtime loaded the classes it needs from (bundle jars, or class
     * folders of the bundles built in this reactor).
     */
    static String childClassPath() throws IOException, URISyntaxException {
        Class<?>[] anchors = { DatasetSession.class, ImageEntry.class, TagwrightItemProviderAdapterFactory.class, EObject.class,
                Notifier.class, XMIResourceFactoryImpl.class, AdapterFactoryEditingDomain.class,
                org.eclipse.core.runtime.IProgressMonitor.class, Bundle.class, KillMidwayChild.class };
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : anchors) {
            entries.add(classPathEntry(c).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path classPathEntry(Class<?> c) throws IOException, URISyntaxException {
        String resource = c.getName().replace('.', '/') + ".class";
        var source = c.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null && "file".equals(source.getLocation().getProtocol())) {
            Path p = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(p) || Files.exists(p.resolve(resource))) {
                return p;
            }
        }
        Bundle bundle = FrameworkUtil.getBundle(c);
        File location = FileLocator.getBundleFileLocation(bundle)
                .orElseThrow(() -> new IOException("no file location for bundle " + bundle.getSymbolicName()));
        Path p = location.toPath();
        if (Files.isRegularFile(p)) {
            return p;
        }
        for (String sub : new String[] { "", "target/classes", "bin" }) {
            if (Files.exists(p.resolve(sub).resolve(resource))) {
                return p.resolve(sub);
            }
        }
        throw new IOException("cannot find " + resource + " under " + p);
    }
}
