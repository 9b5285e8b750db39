package io.tagwright.core.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import io.tagwright.core.caption.CaptionFile;
import io.tagwright.core.dataset.FolderScan.ImageState;
import io.tagwright.core.dataset.FolderScan.SubsetDir;
import io.tagwright.core.image.ImageFacts;
import io.tagwright.core.io.BatchJournal;
import io.tagwright.model.CaptionStatus;
import io.tagwright.model.Dataset;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ImageFormat;
import io.tagwright.model.ModelFactory;
import io.tagwright.model.Subset;
import io.tagwright.model.SubsetKind;
import io.tagwright.model.edit.TagwrightItemProviderAdapterFactory;

/**
 * An open dataset: the model over a kohya folder, its editing domain (every edit is a command on its
 * command stack, so it can be undone), and what is known about the files on disk.
 *
 * <p>Threading: the model belongs to one thread at a time (the UI thread in the workbench).
 * {@link #scan(IProgressMonitor)} only reads the disk and may run in a background job; its result is
 * applied to the model with {@link #apply(Scan)} on the model's thread. {@link #refresh} does both.
 *
 * <p>Captions are read from and written to their sidecar files; the project file never holds them.
 * A caption file is written only when its tags changed, atomically, and all changed captions of one
 * save are written as one crash-safe batch.
 */
public final class DatasetSession {

    /** What to do with a caption that was changed on disk while it has unsaved edits here. */
    public enum ConflictPolicy {
        /** Leave the file on disk alone and keep the edits unsaved (the default). */
        SKIP,
        /** Write the edits over the other change. */
        OVERWRITE
    }

    public record SaveResult(int captionsWritten, List<String> conflictsSkipped, boolean projectFileWritten) {
    }

    /** What a refresh found and did. */
    public record RefreshReport(int added, int removed, int reloaded, List<String> conflicts) {
        public boolean changedAnything() {
            return added + removed + reloaded > 0 || !conflicts.isEmpty();
        }
    }

    /** A disk scan that has not been applied to the model yet. */
    public static final class Scan {
        private final FolderScan.Result result;

        private Scan(FolderScan.Result result) {
            this.result = result;
        }

        public int imageCount() {
            return result.images().size();
        }
    }

    private record CachedFacts(long size, long mtime, ImageFacts facts) {
    }

    private final Path projectFile;
    private final ResourceSet resourceSet;
    private final Resource resource;
    private final Dataset dataset;
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private final Map<String, CaptionSnapshot> captions = new ConcurrentHashMap<>();
    private final Map<String, CachedFacts> facts = new ConcurrentHashMap<>();
    private final Map<String, String> tagPool = new ConcurrentHashMap<>();
    private final Map<String, CaptionFile> conflicts = new LinkedHashMap<>();
    private final Map<String, ImageEntry> entries = new HashMap<>();
    private volatile List<DatasetProblem> problems = List.of();
    private volatile List<String> orphanCaptions = List.of();
    private volatile List<String> otherCaptionFiles = List.of();
    /** Something the project file holds changed since it was last written (facts, annotations, settings). */
    private boolean cacheChanged;

    private DatasetSession(Path projectFile, ResourceSet resourceSet, Resource resource, Dataset dataset) {
        this.projectFile = projectFile.toAbsolutePath().normalize();
        this.resourceSet = resourceSet;
        this.resource = resource;
        this.dataset = dataset;
        this.adapterFactory = new ComposedAdapterFactory(new AdapterFactory[] { new TagwrightItemProviderAdapterFactory(),
                new ResourceItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory() });
        this.domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), resourceSet);
        resource.eAdapters().add(new ProjectChangeTracker());
        // lets views find the domain (and its item providers) from any model object
        if (AdapterFactoryEditingDomain.getEditingDomainFor(dataset) != domain) {
            resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        }
    }

    // ---------------------------------------------------------------- opening and creating

    /**
     * Opens the dataset of a project file: finishes or rolls back any interrupted batch write, then reads
     * the folder. Unreadable files become {@link #problems()}; the dataset still opens.
     */
    public static DatasetSession open(Path projectFile, IProgressMonitor monitor) throws IOException {
        SubMonitor sub = SubMonitor.convert(monitor, "Opening " + projectFile.getFileName(), 10);
        ResourceSet rs = ProjectFile.newResourceSet();
        Dataset dataset = ProjectFile.load(rs, projectFile);
        DatasetDefaults.install(dataset);
        DatasetSession session = new DatasetSession(projectFile, rs, dataset.eResource(), dataset);
        BatchJournal.recover(session.journalDir());
        session.rememberCachedFacts();
        sub.worked(1);
        Scan scan = session.scan(sub.split(8));
        session.apply(scan);
        if (session.cacheChanged) {
            session.saveProjectFile();
        }
        sub.done();
        return session;
    }

    /**
     * Creates a new, empty dataset in kohya's layout: {@code root/img/<repeats>_<trigger>/} and the project
     * file {@code root/dataset.tagwright}.
     */
    public static DatasetSession create(Path root, String name, String trigger, int repeats) throws IOException {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1");
        }
        Path projectFile = root.resolve(ProjectFile.DEFAULT_NAME);
        if (Files.exists(projectFile)) {
            throw new IOException(projectFile + " already exists");
        }
        Files.createDirectories(root.resolve("img").resolve(SubsetFolders.format(repeats, trigger)));
        Dataset dataset = ModelFactory.eINSTANCE.createDataset();
        dataset.setName(name);
        dataset.setRoot(".");
        dataset.setTrainDir("img");
        dataset.getTriggerWords().add(trigger);
        DatasetDefaults.install(dataset);
        writeNewProjectFile(projectFile, dataset);
        return open(projectFile, new NullProgressMonitor());
    }

    /**
     * Makes an existing kohya folder a dataset and writes its project file into the folder (see
     * {@link #openFolder}).
     */
    public static DatasetSession importFolder(Path root, String name, IProgressMonitor monitor) throws IOException {
        DatasetSession session = openFolder(root, name, monitor);
        if (!Files.exists(session.projectFile())) {
            session.saveProjectFile();
        }
        return session;
    }

    /**
     * Opens a kohya folder: its project file if it has one, otherwise an in-memory dataset whose layout is
     * recognised from the folder ({@code img/} or the root itself holding {@code N_name} folders, a {@code reg/}
     * folder, the caption extension in use, trigger words from the subset names). Nothing is written: the
     * project file appears only when the dataset is saved.
     */
    public static DatasetSession openFolder(Path root, String name, IProgressMonitor monitor) throws IOException {
        Path projectFile = root.resolve(ProjectFile.DEFAULT_NAME);
        if (Files.exists(projectFile)) {
            return open(projectFile, monitor);
        }
        KohyaLayout layout = KohyaLayout.detect(root);
        Dataset dataset = ModelFactory.eINSTANCE.createDataset();
        dataset.setName(name);
        dataset.setRoot(".");
        dataset.setTrainDir(layout.trainDir());
        dataset.setRegDir(layout.regDir());
        dataset.setCaptionExtension(layout.captionExtension());
        dataset.getTriggerWords().addAll(layout.triggerWords());
        DatasetDefaults.install(dataset);
        ResourceSet rs = ProjectFile.newResourceSet();
        DatasetSession session = new DatasetSession(projectFile, rs, ProjectFile.attach(rs, projectFile, dataset), dataset);
        BatchJournal.recover(session.journalDir());
        session.apply(session.scan(monitor));
        return session;
    }

    private static void writeNewProjectFile(Path projectFile, Dataset dataset) throws IOException {
        ResourceSet rs = ProjectFile.newResourceSet();
        Resource r = ProjectFile.attach(rs, projectFile, dataset);
        ProjectFile.save(r, projectFile);
        r.unload();
    }

    private void rememberCachedFacts() {
        for (Subset subset : dataset.getSubsets()) {
            String prefix = keyPrefix(subset);
            for (ImageEntry e : subset.getImages()) {
                if (e.getWidth() > 0 && e.getFormat() != ImageFormat.UNKNOWN) {
                    facts.put(prefix + e.getPath(),
                            new CachedFacts(e.getBytes(), e.getMtime(), new ImageFacts(e.getFormat(), e.getWidth(), e.getHeight())));
                }
            }
        }
    }

    // ---------------------------------------------------------------- reading the disk

    /** Reads what changed on disk; touches no model object (safe in a background thread). */
    public Scan scan(IProgressMonitor monitor) throws IOException {
        FolderScan.Known known = new FolderScan.Known() {
            @Override
            public ImageFacts imageFacts(String key, long size, long mtime) {
                CachedFacts c = facts.get(key);
                return c != null && c.size() == size && c.mtime() == mtime ? c.facts() : null;
            }

            @Override
            public CaptionSnapshot caption(String key) {
                return captions.get(key);
            }
        };
        return new Scan(FolderScan.run(root(), trainDir(), regDir(), dataset.getCaptionExtension(), known,
                t -> tagPool.computeIfAbsent(t, x -> x), monitor == null ? new NullProgressMonitor() : monitor));
    }

    /**
     * Brings the model in line with a scan: subsets and images appear and disappear as on disk, changed
     * image facts and captions are taken over. A caption changed on disk while it has unsaved edits here is
     * not touched: it becomes a {@linkplain #conflicts() conflict}. Must run on the model's thread.
     */
    public RefreshReport apply(Scan scan) {
        FolderScan.Result r = scan.result;
        Map<String, Subset> oldSubsets = new HashMap<>();
        for (Subset s : dataset.getSubsets()) {
            oldSubsets.put(s.getKind() + "/" + s.getFolder(), s);
        }
        Set<String> onDisk = new HashSet<>();
        for (ImageState s : r.images()) {
            onDisk.add(s.key());
        }
        // an image that left its place may have moved to another folder: it keeps its annotations if a file
        // of the same name and size turns up elsewhere
        record Gone(ImageEntry entry, String key) {
        }
        Map<String, Gone> movable = new HashMap<>();
        Set<Gone> gone = new LinkedHashSet<>();
        for (Subset s : dataset.getSubsets()) {
            String prefix = keyPrefix(s);
            for (ImageEntry e : s.getImages()) {
                String key = prefix + e.getPath();
                if (!onDisk.contains(key)) {
                    Gone g = new Gone(e, key);
                    gone.add(g);
                    movable.putIfAbsent(e.getPath() + "|" + e.getBytes(), g);
                }
            }
        }
        Map<SubsetDir, List<ImageState>> bySubset = new LinkedHashMap<>();
        for (SubsetDir d : r.subsets()) {
            bySubset.put(d, new ArrayList<>());
        }
        for (ImageState s : r.images()) {
            bySubset.get(s.subset()).add(s);
        }
        int added = 0;
        int reloaded = 0;
        List<String> newConflicts = new ArrayList<>();
        List<DatasetProblem> found = new ArrayList<>();
        List<Subset> subsets = new ArrayList<>();
        Map<String, ImageEntry> newEntries = new HashMap<>();
        for (Map.Entry<SubsetDir, List<ImageState>> group : bySubset.entrySet()) {
            SubsetDir dir = group.getKey();
            Subset subset = oldSubsets.get(dir.kind() + "/" + dir.folder());
            Map<String, ImageEntry> oldImages = new HashMap<>();
            if (subset == null) {
                subset = ModelFactory.eINSTANCE.createSubset();
                subset.setFolder(dir.folder());
                subset.setKind(dir.kind());
            } else {
                for (ImageEntry e : subset.getImages()) {
                    oldImages.put(e.getPath(), e);
                }
            }
            SubsetFolders.Name name = SubsetFolders.parse(dir.folder());
            if (subset.getRepeats() != name.repeats()) {
                subset.setRepeats(name.repeats());
            }
            if (!name.classTokens().equals(subset.getClassTokens())) {
                subset.setClassTokens(name.classTokens());
            }
            List<ImageEntry> images = new ArrayList<>(group.getValue().size());
            for (ImageState s : group.getValue()) {
                ImageEntry entry = oldImages.get(s.fileName());
                if (entry == null) {
                    Gone moved = movable.remove(s.fileName() + "|" + s.size());
                    if (moved == null) {
                        entry = ModelFactory.eINSTANCE.createImageEntry();
                        entry.setPath(s.fileName());
                        added++;
                    } else {
                        entry = moved.entry();
                        gone.remove(moved);
                        captions.remove(moved.key());
                        conflicts.remove(moved.key());
                    }
                }
                applyFacts(entry, s, found);
                if (applyCaption(entry, s, newConflicts, found)) {
                    reloaded++;
                }
                images.add(entry);
                newEntries.put(s.key(), entry);
            }
            ECollections.setEList(subset.getImages(), images);
            subsets.add(subset);
        }
        ECollections.setEList(dataset.getSubsets(), subsets);
        for (Gone g : gone) {
            captions.remove(g.key());
            conflicts.remove(g.key());
            facts.remove(g.key());
        }
        int removed = gone.size();
        entries.clear();
        entries.putAll(newEntries);
        for (String conflict : conflicts.keySet()) {
            found.add(new DatasetProblem(DatasetProblem.Severity.WARNING, conflict,
                    "caption changed on disk while it has unsaved edits here"));
        }
        problems = List.copyOf(found);
        orphanCaptions = List.copyOf(r.orphanCaptions());
        otherCaptionFiles = List.copyOf(r.otherCaptionFiles());
        if (removed > 0 || added > 0) {
            cacheChanged = true;
        }
        return new RefreshReport(added, removed, reloaded, newConflicts);
    }

    private void applyFacts(ImageEntry entry, ImageState s, List<DatasetProblem> found) {
        if (s.imageProblem() != null) {
            found.add(new DatasetProblem(DatasetProblem.Severity.ERROR, s.key(), s.imageProblem()));
        }
        ImageFacts f = s.facts();
        int width = f == null ? 0 : f.width();
        int height = f == null ? 0 : f.height();
        ImageFormat format = f == null ? ImageFormat.UNKNOWN : f.format();
        if (entry.getBytes() != s.size() || entry.getMtime() != s.mtime() || entry.getWidth() != width
                || entry.getHeight() != height || entry.getFormat() != format) {
            entry.setBytes(s.size());
            entry.setMtime(s.mtime());
            entry.setWidth(width);
            entry.setHeight(height);
            entry.setFormat(format);
            entry.setContentHash(null);
            cacheChanged = true;
        }
        if (f != null) {
            facts.put(s.key(), new CachedFacts(s.size(), s.mtime(), f));
        } else {
            facts.remove(s.key());
        }
    }

    /** @return whether the model's caption was replaced by the one on disk */
    private boolean applyCaption(ImageEntry entry, ImageState s, List<String> newConflicts, List<DatasetProblem> found) {
        if (s.captionProblem() != null) {
            found.add(new DatasetProblem(DatasetProblem.Severity.WARNING, captionKey(s.key()), s.captionProblem()));
        }
        CaptionSnapshot disk = s.caption();
        if (disk == null) { // unchanged since last read
            return false;
        }
        CaptionSnapshot known = captions.get(s.key());
        boolean firstRead = known == null;
        if (!firstRead && isDirty(entry, known)) {
            if (!sameContent(known, disk)) {
                conflicts.put(s.key(), disk.file());
                newConflicts.add(s.key());
            }
            return false;
        }
        captions.put(s.key(), disk);
        conflicts.remove(s.key());
        List<String> tags = disk.exists() ? disk.file().tags() : List.of();
        boolean changed = !entry.getTags().equals(tags);
        if (changed) {
            ECollections.setEList(entry.getTags(), tags);
        }
        CaptionStatus status = !disk.exists() ? CaptionStatus.MISSING
                : !disk.complete() || disk.file().problem() != null ? CaptionStatus.UNREADABLE
                : tags.isEmpty() ? CaptionStatus.EMPTY : CaptionStatus.OK;
        if (entry.getCaptionStatus() != status) {
            entry.setCaptionStatus(status);
        }
        return changed && !firstRead;
    }

    private static boolean sameContent(CaptionSnapshot a, CaptionSnapshot b) {
        return a.exists() == b.exists() && (!a.exists() || a.file().equals(b.file()));
    }

    private static boolean isDirty(ImageEntry entry, CaptionSnapshot snapshot) {
        List<String> saved = snapshot.exists() ? snapshot.file().tags() : List.of();
        return !entry.getTags().equals(saved);
    }

    /** Scans and applies in one go; for headless callers that own the model's thread. */
    public RefreshReport refresh(IProgressMonitor monitor) throws IOException {
        return apply(scan(monitor));
    }

    // ---------------------------------------------------------------- saving

    /** True when there are edits that {@link #save} would write. */
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** The images whose caption differs from its file. */
    public List<ImageEntry> changedCaptions() {
        List<ImageEntry> changed = new ArrayList<>();
        for (Map.Entry<String, ImageEntry> e : entries.entrySet()) {
            CaptionSnapshot snap = captions.getOrDefault(e.getKey(), CaptionSnapshot.MISSING);
            if (isDirty(e.getValue(), snap)) {
                changed.add(e.getValue());
            }
        }
        return changed;
    }

    /**
     * Writes every changed caption (one crash-safe batch) and the project file (when it does not exist yet or
     * something it holds changed: edits of captions alone leave it alone). Caption files changed on disk
     * since they were read are handled by {@code policy}. Must run on the model's thread.
     */
    public SaveResult save(ConflictPolicy policy, IProgressMonitor monitor) throws IOException {
        return save(policy, true, monitor);
    }

    /**
     * Writes every changed caption (one crash-safe batch) but not the project file: for headless tools working
     * on a kohya folder that has none, which must not leave one behind. Annotation edits are not saved.
     */
    public SaveResult saveCaptions(ConflictPolicy policy, IProgressMonitor monitor) throws IOException {
        boolean hadMetadata = Files.exists(metadataDir());
        try {
            return save(policy, false, monitor);
        } finally {
            if (!hadMetadata) { // the journal's folder was only needed while writing
                deleteIfEmpty(journalDir());
                deleteIfEmpty(metadataDir());
            }
        }
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(dir);
            }
        } catch (NoSuchFileException e) {
            // nothing to clean up
        }
    }

    private SaveResult save(ConflictPolicy policy, boolean withProjectFile, IProgressMonitor monitor) throws IOException {
        SubMonitor sub = SubMonitor.convert(monitor, "Saving " + dataset.getName(), 10);
        Map<Path, byte[]> writes = new LinkedHashMap<>();
        Map<Path, String> keysByPath = new HashMap<>();
        Map<String, CaptionFile> newFiles = new HashMap<>();
        List<String> skipped = new ArrayList<>();
        for (ImageEntry entry : changedCaptions()) {
            String key = keyOf(entry);
            CaptionSnapshot snap = captions.getOrDefault(key, CaptionSnapshot.MISSING);
            if (!snap.complete()) {
                throw new IOException(captionKey(key) + " is too large to be rewritten safely; edit it outside Tagwright");
            }
            Path file = captionPath(entry);
            if ((conflicts.containsKey(key) || changedOnDisk(file, snap)) && policy == ConflictPolicy.SKIP) {
                skipped.add(key);
                continue;
            }
            CaptionFile next = snap.exists() ? snap.file().withTags(entry.getTags()) : CaptionFile.of(entry.getTags());
            writes.put(file, next.encode());
            keysByPath.put(file, key);
            newFiles.put(key, next);
        }
        new BatchJournal(journalDir(), true).write(writes, sub.split(7));
        for (Map.Entry<Path, String> e : keysByPath.entrySet()) {
            BasicFileAttributes a = Files.readAttributes(e.getKey(), BasicFileAttributes.class);
            captions.put(e.getValue(), new CaptionSnapshot(newFiles.get(e.getValue()), a.size(),
                    a.lastModifiedTime().to(TimeUnit.MICROSECONDS)));
            conflicts.remove(e.getValue());
            ImageEntry entry = entries.get(e.getValue());
            CaptionStatus status = entry.getTags().isEmpty() ? CaptionStatus.EMPTY : CaptionStatus.OK;
            if (entry.getCaptionStatus() != status) {
                entry.setCaptionStatus(status);
            }
        }
        boolean projectWritten = false;
        if (withProjectFile && (cacheChanged || !Files.exists(projectFile))) {
            saveProjectFile();
            projectWritten = true;
        }
        if (skipped.isEmpty()) {
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        }
        sub.done();
        return new SaveResult(writes.size(), skipped, projectWritten);
    }

    private static boolean changedOnDisk(Path file, CaptionSnapshot snap) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return !snap.exists() || !snap.sameStamp(a.size(), a.lastModifiedTime().to(TimeUnit.MICROSECONDS));
        } catch (NoSuchFileException e) {
            return snap.exists();
        }
    }

    private volatile boolean disposing;

    /**
     * Notes every change to what the project file holds (anything but transient features such as the tags),
     * so that saving caption edits does not rewrite a project file of 100,000 images for nothing.
     */
    private final class ProjectChangeTracker extends EContentAdapter {
        @Override
        protected void unsetTarget(EObject target) {
            if (disposing) {
                basicUnsetTarget(target); // unloading takes every object's adapters off; no walk of its contents
            } else {
                super.unsetTarget(target);
            }
        }

        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (!n.isTouch() && n.getFeature() instanceof EStructuralFeature f && !f.isTransient()) {
                cacheChanged = true;
            }
        }
    }

    /** Writes the project file (annotations, notes, settings, cached facts). */
    public void saveProjectFile() throws IOException {
        ProjectFile.save(resource, projectFile);
        cacheChanged = false;
    }

    // ---------------------------------------------------------------- conflicts

    /** Keys of images whose caption changed on disk while they had unsaved edits here. */
    public List<String> conflicts() {
        return List.copyOf(conflicts.keySet());
    }

    /** The caption on disk of a conflicting image, or null. */
    public CaptionFile conflictingFile(ImageEntry entry) {
        return conflicts.get(keyOf(entry));
    }

    /** Resolves a conflict by keeping the edits here: the next save overwrites the file. */
    public void keepMine(ImageEntry entry) throws IOException {
        String key = keyOf(entry);
        if (conflicts.remove(key) != null) {
            Path file = captionPath(entry);
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            CaptionFile disk = CaptionFile.decode(Files.readAllBytes(file));
            captions.put(key, new CaptionSnapshot(disk, a.size(), a.lastModifiedTime().to(TimeUnit.MICROSECONDS)));
        }
    }

    /** Resolves a conflict by taking the file's caption; the edits here are dropped. */
    public void takeTheirs(ImageEntry entry) throws IOException {
        keepMine(entry);
        CaptionSnapshot snap = captions.get(keyOf(entry));
        ECollections.setEList(entry.getTags(), snap.exists() ? snap.file().tags() : List.of());
    }

    // ---------------------------------------------------------------- accessors

    public Dataset dataset() {
        return dataset;
    }

    public AdapterFactoryEditingDomain editingDomain() {
        return domain;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public Path projectFile() {
        return projectFile;
    }

    /** The dataset folder. */
    public Path root() {
        String r = dataset.getRoot() == null || dataset.getRoot().isBlank() ? "." : dataset.getRoot();
        return projectFile.getParent().resolve(r).normalize();
    }

    /** kohya's train_data_dir: the folder holding the N_name subsets. */
    public Path trainDir() {
        String t = dataset.getTrainDir();
        return t == null || t.isBlank() ? root() : root().resolve(t).normalize();
    }

    /** kohya's reg_data_dir, or null. */
    public Path regDir() {
        String r = dataset.getRegDir();
        return r == null || r.isBlank() ? null : root().resolve(r).normalize();
    }

    /** Where Tagwright keeps what belongs to no one else: index, thumbnails, write journal. */
    public Path metadataDir() {
        return projectFile.getParent().resolve(".tagwright");
    }

    private Path journalDir() {
        return metadataDir().resolve("journal");
    }

    public Path subsetDir(Subset subset) {
        Path base = subset.getKind() == SubsetKind.REGULARIZATION && regDir() != null ? regDir() : trainDir();
        return base.resolve(subset.getFolder());
    }

    public Path imagePath(ImageEntry entry) {
        return subsetDir(entry.getSubset()).resolve(entry.getPath());
    }

    public Path captionPath(ImageEntry entry) {
        return subsetDir(entry.getSubset()).resolve(FolderScan.stem(entry.getPath()) + dataset.getCaptionExtension());
    }

    /** The image's path relative to the dataset root, with '/' separators: its identity in this session. */
    public String keyOf(ImageEntry entry) {
        return key(entry.getSubset(), entry.getPath());
    }

    private String key(Subset subset, String path) {
        return keyPrefix(subset) + path;
    }

    /** The subset folder relative to the root, with a trailing '/'. */
    private String keyPrefix(Subset subset) {
        return FolderScan.relative(root(), subsetDir(subset)) + "/";
    }

    private String captionKey(String imageKey) {
        return FolderScan.stem(imageKey) + dataset.getCaptionExtension();
    }

    /** The image with this key (see {@link #keyOf}), or null. */
    public ImageEntry entry(String key) {
        return entries.get(key);
    }

    /** The caption as last read from or written to its file. */
    public CaptionSnapshot savedCaption(ImageEntry entry) {
        return captions.getOrDefault(keyOf(entry), CaptionSnapshot.MISSING);
    }

    /** Files that cannot be read or that trainers would misread. */
    public List<DatasetProblem> problems() {
        return problems;
    }

    /** Caption files (root-relative) without an image. */
    public List<String> orphanCaptions() {
        return orphanCaptions;
    }

    /** .txt/.caption files that are not the dataset's caption extension (captions kohya would ignore). */
    public List<String> otherCaptionFiles() {
        return otherCaptionFiles;
    }

    public int imageCount() {
        return entries.size();
    }

    /** Releases the adapters; the session must not be used afterwards. */
    public void dispose() {
        // Nothing outside the session refers to its objects, so releasing them is taking every adapter off, in one
        // walk, without notifying the adapters of their removal (content adapters would take themselves off all
        // below each object they leave). The resource is not unloaded: that walks the contents three times and
        // turns every object into a proxy whose URI is its position in its subset, found by a linear search
        // (quadratic; 150-400 ms at 10,000 images). Disposing happens on the UI thread when a dataset closes.
        disposing = true;
        adapterFactory.dispose();
        resourceSet.eAdapters().clear();
        for (Resource r : resourceSet.getResources()) {
            r.eAdapters().clear();
            for (var it = EcoreUtil.<EObject>getAllProperContents(r, false); it.hasNext();) {
                EObject o = it.next();
                o.eSetDeliver(false);
                o.eAdapters().clear();
            }
        }
    }
}
