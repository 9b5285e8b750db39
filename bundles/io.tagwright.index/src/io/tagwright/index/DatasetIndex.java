package io.tagwright.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.DatasetSnapshot;
import io.tagwright.core.dataset.DatasetSnapshot.Image;
import io.tagwright.core.lint.LintReport;
import io.tagwright.core.lint.LintRule;
import io.tagwright.core.lint.rules.StandardRules;
import io.tagwright.core.refactor.Scope;
import io.tagwright.core.tags.CaptionTokens;
import io.tagwright.index.internal.CacheDirectory;
import io.tagwright.index.internal.FirstPage;
import io.tagwright.index.internal.Counting;
import io.tagwright.index.internal.ModelListener;
import io.tagwright.index.internal.QueryCompiler;
import io.tagwright.index.internal.Schema;
import io.tagwright.index.internal.TagOrdinals;
import io.tagwright.index.query.QueryNode;
import io.tagwright.index.query.QueryParser;
import io.tagwright.index.query.QuerySyntaxException;
import io.tagwright.model.ViewAnnotation;

/**
 * The search index of one open dataset (Lucene), kept in the dataset's metadata folder
 * ({@code .tagwright/index}) when it has a project file, in memory otherwise.
 *
 * <p>Life cycle: {@link #attach} on the model's thread takes a snapshot and starts listening to the model;
 * {@link #update} (any thread, e.g. a background job) brings the index on disk up to date with that snapshot,
 * rewriting only the documents whose content changed since the last run and rebuilding from scratch when
 * the index is missing, unreadable, or of another format. {@link #open} does both. From then on every model
 * change is indexed within moments (near-real-time) by the index's own thread; a search always sees every
 * change made before it started. {@link #close} on the model's thread.
 *
 * <p>Searches, counts and suggestions are safe on any thread; they never touch the model.
 */
public final class DatasetIndex implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DatasetIndex.class.getName());
    private static final long FLUSH_DELAY_MILLIS = 30;
    private static final List<String> GROUPS = List.of(Schema.SUBSET_DV, Schema.VIEW_DV, Schema.FRAMING_DV);

    /** What tag frequencies can be grouped by. */
    public enum Grouping {
        SUBSET(Schema.SUBSET_DV), VIEW(Schema.VIEW_DV), FRAMING(Schema.FRAMING_DV);

        final String field;

        Grouping(String field) {
            this.field = field;
        }
    }

    private final DatasetSession session;
    private final IndexSettings settings;
    private final Path location;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final String rebuildReason;
    private final String tokenizerId;
    private final ModelListener listener;
    private final Object writeLock = new Object();
    private final Map<String, Image> pending = new LinkedHashMap<>();
    /** Index terms and CLIP tokens of each tag spelling seen: one lookup per tag of a document. */
    private final Map<String, Schema.TagTerms> termsCache = new ConcurrentHashMap<>();
    /** Counts the captions whose tags cannot be counted one by one; null without a tokenizer. */
    private final CaptionTokens tokens;
    /** Compiled queries by text, most recently used last (Lucene queries are immutable and reader-independent). */
    private final Map<String, Query> compiled = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
            return size() > 256;
        }
    };
    private final ScheduledExecutorService worker;
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final List<IndexListener> listeners = new CopyOnWriteArrayList<>();
    private volatile DatasetSnapshot initial;
    private volatile boolean built;
    private volatile boolean closed;
    private volatile long generation;
    private volatile Map<String, Set<String>> findings;
    private volatile Set<String> ruleIds = standardRuleIds();
    private volatile FrequencyCache frequencyCache;
    private volatile TagOrdinals ordinals;
    private long lastCommit = System.currentTimeMillis();
    private boolean uncommitted;
    private volatile boolean modelAbandoned;
    private int lastUpdateWritten;

    private record FrequencyCache(long generation, List<TagCount> tags) {
    }

    private DatasetIndex(DatasetSession session, IndexSettings settings, Path location, Directory directory, IndexWriter writer,
            String rebuildReason, String tokenizerId, DatasetSnapshot initial) throws IOException {
        this.session = session;
        this.settings = settings;
        this.location = location;
        this.directory = directory;
        this.writer = writer;
        this.rebuildReason = rebuildReason;
        this.tokenizerId = tokenizerId;
        this.tokens = settings.tokenizer() == null ? null : CaptionTokens.of(settings.tokenizer());
        this.initial = initial;
        this.searchers = new SearcherManager(writer, true, false, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher s = new IndexSearcher(reader);
                // no query cache: every search does its work, so latencies are what a new query costs
                s.setQueryCache(null);
                return s;
            }
        });
        this.listener = new ModelListener(session, new ModelListener.Sink() {
            @Override
            public void upsert(Image image) {
                synchronized (pending) {
                    pending.put(image.key(), image);
                }
            }

            @Override
            public void delete(String key) {
                synchronized (pending) {
                    pending.put(key, null);
                }
            }

            @Override
            public void changed() {
                scheduleFlush();
            }
        });
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "Tagwright index: " + session.dataset().getName());
            t.setDaemon(true);
            return t;
        });
    }

    // ---------------------------------------------------------------- opening

    /** {@link #attach} and {@link #update} in one go, for callers that own the model's thread. */
    public static DatasetIndex open(DatasetSession session, IndexSettings settings, IProgressMonitor monitor) throws IOException {
        DatasetIndex index = attach(session, settings);
        try {
            index.update(monitor);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
        return index;
    }

    /**
     * Opens (or creates) the dataset's index and starts listening to the model; must run on the model's thread.
     * Cheap: the documents are brought up to date by {@link #update}. Falls back to an index in memory when
     * another program holds the one on disk.
     */
    public static DatasetIndex attach(DatasetSession session, IndexSettings settings) throws IOException {
        DatasetSnapshot snapshot = DatasetSnapshot.of(session);
        String tokenizerId = settings.tokenizer() == null ? "none" : "clip-" + settings.tokenizer().vocabSize();
        boolean persistent = !settings.inMemory() && Files.exists(session.projectFile());
        Path location = persistent ? session.metadataDir().resolve("index") : null;
        String reason = null;
        Directory dir;
        IndexWriter writer;
        if (location == null) {
            dir = new ByteBuffersDirectory();
            writer = new IndexWriter(dir, config(OpenMode.CREATE));
        } else {
            Files.createDirectories(location);
            dir = new CacheDirectory(FSDirectory.open(location));
            OpenMode mode = OpenMode.CREATE_OR_APPEND;
            try {
                if (DirectoryReader.indexExists(dir)) {
                    Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
                    if (!Schema.VERSION.equals(data.get("schema"))) {
                        mode = OpenMode.CREATE;
                        reason = "the index was written by another version of Tagwright";
                    } else if (!tokenizerId.equals(data.get("tokens"))) {
                        mode = OpenMode.CREATE;
                        reason = "the CLIP tokenizer setting changed";
                    }
                }
            } catch (IOException | RuntimeException e) {
                mode = OpenMode.CREATE;
                reason = "the index could not be read (" + e.getMessage() + ")";
            }
            try {
                writer = openWriter(dir, location, mode);
            } catch (LockObtainFailedException e) {
                dir.close();
                LOG.log(System.Logger.Level.INFO, "index of {0} is in use by another program; using one in memory", location);
                location = null;
                dir = new ByteBuffersDirectory();
                writer = new IndexWriter(dir, config(OpenMode.CREATE));
                reason = "the index on disk is in use by another program, so this one is kept in memory";
            } catch (IOException | RuntimeException e) {
                // damaged beyond what CREATE can overwrite: clear the folder and start over
                wipe(location);
                writer = new IndexWriter(dir, config(OpenMode.CREATE));
                reason = "the index was damaged (" + e.getMessage() + ")";
            }
        }
        DatasetIndex index = new DatasetIndex(session, settings, location, dir, writer, reason, tokenizerId, snapshot);
        index.listener.install();
        return index;
    }

    private static IndexWriter openWriter(Directory dir, Path location, OpenMode mode) throws IOException {
        try {
            return new IndexWriter(dir, config(mode));
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (mode == OpenMode.CREATE) {
                throw e;
            }
            LOG.log(System.Logger.Level.INFO, "index of {0} unreadable, rebuilding: {1}", location, e.getMessage());
            return new IndexWriter(dir, config(OpenMode.CREATE));
        }
    }

    private static IndexWriterConfig config(OpenMode mode) {
        IndexWriterConfig c = new IndexWriterConfig();
        c.setOpenMode(mode);
        c.setRAMBufferSizeMB(256);
        c.setUseCompoundFile(false);
        c.setCommitOnClose(false);
        return c;
    }

    private static void wipe(Path location) throws IOException {
        try (var files = Files.list(location)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!p.getFileName().toString().equals("write.lock")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Brings the index up to date with the dataset as it was when it was attached, then with every change
     * since: documents whose content is unchanged are not rewritten. Any thread; honours cancellation.
     */
    public void update(IProgressMonitor monitor) throws IOException {
        SubMonitor sub = SubMonitor.convert(monitor, "Indexing " + session.dataset().getName(), 100);
        synchronized (writeLock) {
            ensureOpen();
            DatasetSnapshot snapshot = initial;
            if (!built && snapshot != null) {
                Map<String, Long> existing = fingerprints();
                sub.worked(5);
                List<Image> images = snapshot.images();
                long[] all = new long[images.size()];
                inRuns(all.length, (from, to) -> {
                    for (int i = from; i < to; i++) {
                        all[i] = Schema.fingerprint(images.get(i));
                    }
                });
                List<Image> changed = new ArrayList<>();
                List<Long> prints = new ArrayList<>();
                for (int i = 0; i < all.length; i++) {
                    Image image = images.get(i);
                    Long old = existing.remove(image.key());
                    if (old == null || old != all[i]) {
                        changed.add(image);
                        prints.add(all[i]);
                    }
                }
                boolean fresh = writer.getDocStats().numDocs == 0;
                for (String gone : existing.keySet()) {
                    writer.deleteDocuments(new Term(Schema.KEY, gone));
                }
                index(changed, prints, fresh, sub.split(90));
                lastUpdateWritten = changed.size();
                initial = null;
                built = true;
                commit();
                searchers.maybeRefreshBlocking();
                generation++;
            }
        }
        flush();
        sub.done();
        fire();
    }

    private void index(List<Image> images, List<Long> prints, boolean fresh, IProgressMonitor monitor) throws IOException {
        SubMonitor sub = SubMonitor.convert(monitor, images.size());
        try {
            if (fresh) {
                build(images, prints, sub);
            } else {
                for (int i = 0; i < images.size(); i++) {
                    if (i % 512 == 0 && sub.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    Image image = images.get(i);
                    writer.updateDocument(new Term(Schema.KEY, image.key()), Schema.document(image, this::terms, tokens, prints.get(i)));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sub.worked(images.size());
        uncommitted = true;
    }

    /**
     * A build into an empty index: the documents in path order, cut into one run per build thread; each adds
     * its run as one block (so every segment is in path order and a search's first page needs only the first
     * hits of each segment, see {@link FirstPage}), then writes its own segment while the others still work.
     */
    private void build(List<Image> images, List<Long> prints, SubMonitor sub) {
        int n = images.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> images.get(x).key().compareTo(images.get(y).key()));
        inRuns(n, (from, to) -> {
            Iterable<org.apache.lucene.document.Document> docs = () -> new java.util.Iterator<>() {
                int i = from;

                @Override
                public boolean hasNext() {
                    return i < to;
                }

                @Override
                public org.apache.lucene.document.Document next() {
                    if ((i - from) % 512 == 0 && sub.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    int k = order[i++];
                    Image image = images.get(k);
                    return Schema.document(image, DatasetIndex.this::terms, tokens, prints.get(k));
                }
            };
            try {
                writer.addDocuments(docs);
                writer.flushNextBuffer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Cuts {@code 0..n} into consecutive runs, one per build thread (and none shorter than 512), and works them
     * in parallel, the calling thread taking part.
     */
    private void inRuns(int n, java.util.function.BiConsumer<Integer, Integer> work) {
        int runs = Math.max(1, Math.min(settings.buildThreads(), n / 512));
        IntStream.range(0, runs).parallel().forEach(r -> work.accept((int) ((long) n * r / runs), (int) ((long) n * (r + 1) / runs)));
    }

    private Schema.TagTerms terms(String tag) {
        Schema.TagTerms t = termsCache.get(tag);
        if (t == null) {
            t = Schema.TagTerms.of(tag, tokens);
            termsCache.put(tag, t);
        }
        return t;
    }

    /** Key → fingerprint of every live document. */
    private Map<String, Long> fingerprints() throws IOException {
        Map<String, Long> out = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                SortedDocValues keys = r.getSortedDocValues(Schema.KEY);
                NumericDocValues prints = r.getNumericDocValues(Schema.FINGERPRINT);
                Bits live = r.getLiveDocs();
                if (keys == null || prints == null) {
                    continue;
                }
                for (int d = 0; d < r.maxDoc(); d++) {
                    if ((live == null || live.get(d)) && keys.advanceExact(d) && prints.advanceExact(d)) {
                        out.put(keys.lookupOrd(keys.ordValue()).utf8ToString(), prints.longValue());
                    }
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- near-real-time updates

    private void scheduleFlush() {
        if (!closed && flushScheduled.compareAndSet(false, true)) {
            worker.schedule(() -> {
                flushScheduled.set(false);
                try {
                    flush();
                } catch (IOException | RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "updating the index of " + session.dataset().getName() + " failed", e);
                }
            }, FLUSH_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Applies the model changes not indexed yet; searches do this themselves, so calling it is only needed to
     * make sure the work is done now (before a benchmark, before closing). Any thread.
     */
    public void flush() throws IOException {
        boolean changed = false;
        synchronized (writeLock) {
            if (!built || closed) {
                return;
            }
            Map<String, Image> batch;
            synchronized (pending) {
                if (pending.isEmpty()) {
                    return;
                }
                batch = new LinkedHashMap<>(pending);
                pending.clear();
            }
            List<Image> upserts = new ArrayList<>();
            List<Long> prints = new ArrayList<>();
            try {
                for (Map.Entry<String, Image> e : batch.entrySet()) {
                    if (e.getValue() == null) {
                        writer.deleteDocuments(new Term(Schema.KEY, e.getKey()));
                    } else {
                        upserts.add(e.getValue());
                        prints.add(Schema.fingerprint(e.getValue()));
                    }
                }
                index(upserts, prints, false, new NullProgressMonitor());
            } catch (IOException | RuntimeException e) {
                // keep the work for the next attempt; newer changes to the same images win
                synchronized (pending) {
                    for (Map.Entry<String, Image> b : batch.entrySet()) {
                        if (!pending.containsKey(b.getKey())) {
                            pending.put(b.getKey(), b.getValue());
                        }
                    }
                }
                throw e;
            }
            searchers.maybeRefreshBlocking();
            generation++;
            changed = true;
            if (location != null && System.currentTimeMillis() - lastCommit > settings.commitIntervalMillis()) {
                commit();
            }
        }
        if (changed) {
            fire();
        }
    }

    private void commit() throws IOException {
        if (location == null) {
            return;
        }
        writer.setLiveCommitData(Map.of("schema", Schema.VERSION, "tokens", tokenizerId).entrySet());
        writer.commit();
        lastCommit = System.currentTimeMillis();
        uncommitted = false;
    }

    /** Tells the listeners, on the index's thread (a search on the model's thread may have applied the change). */
    private void fire() {
        if (listeners.isEmpty() || closed) {
            return;
        }
        long g = generation;
        try {
            worker.execute(() -> {
                for (IndexListener l : listeners) {
                    try {
                        l.indexChanged(this, g);
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "index listener failed", e);
                    }
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: nobody needs to hear about it any more
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the index of " + session.dataset().getName() + " is closed");
        }
    }

    /** Builds on first use and applies pending changes: afterwards a search sees every change made so far. */
    private void ensureCurrent() throws IOException {
        ensureOpen();
        if (!built) {
            update(new NullProgressMonitor());
        }
        flush();
    }

    // ---------------------------------------------------------------- searching

    /** Parses {@code query} and checks it against this index (fields, rule ids, tokenizer); runs nothing. */
    public Query compile(String query) throws QuerySyntaxException {
        Query cached;
        synchronized (compiled) {
            cached = compiled.get(query);
        }
        if (cached != null) {
            return cached;
        }
        QueryNode node = QueryParser.parse(query);
        Query q = compile(node);
        if (dataIndependent(node)) {
            synchronized (compiled) {
                compiled.put(query, q);
            }
        }
        return q;
    }

    /**
     * Whether the compiled form of a query depends only on its text: not on lint results ({@code problem:}) or on
     * the tags the dataset has now (a {@code x:y} word), so it can be reused (wildcards cost an automaton each).
     */
    private static boolean dataIndependent(QueryNode node) {
        return switch (node) {
            case QueryNode.All a -> true;
            case QueryNode.And and -> and.clauses().stream().allMatch(DatasetIndex::dataIndependent);
            case QueryNode.Or or -> or.clauses().stream().allMatch(DatasetIndex::dataIndependent);
            case QueryNode.Not not -> dataIndependent(not.clause());
            case QueryNode.Term t -> t.field() != io.tagwright.index.query.Field.PROBLEM && !t.colonTag();
            case QueryNode.Range r -> true;
        };
    }

    private Query compile(QueryNode node) throws QuerySyntaxException {
        return new QueryCompiler(compileContext()).compile(node);
    }

    private QueryCompiler.Context compileContext() {
        return new QueryCompiler.Context() {
            @Override
            public boolean hasTag(String key) {
                try {
                    ensureCurrent();
                    IndexSearcher s = searchers.acquire();
                    try {
                        return s.count(new TermQuery(new Term(Schema.TAG, key))) > 0;
                    } finally {
                        searchers.release(s);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean tokensIndexed() {
                return settings.tokenizer() != null;
            }

            @Override
            public String tokenizerHint() {
                return settings.tokenizerHint();
            }

            @Override
            public Map<String, Set<String>> findings() {
                return findings;
            }

            @Override
            public Collection<String> ruleIds() {
                return ruleIds;
            }
        };
    }

    /**
     * The images matching {@code query}: how many, and the keys of the first {@code limit} in path order.
     *
     * @throws QuerySyntaxException with position and reason when the query is wrong
     */
    public SearchResult search(String query, int limit) throws QuerySyntaxException, IOException {
        long t = System.nanoTime();
        Query q = compile(query);
        ensureCurrent();
        IndexSearcher s = searchers.acquire();
        try {
            if (limit <= 0) {
                return new SearchResult(query, s.count(q), List.of(), System.nanoTime() - t);
            }
            // one pass counts every hit and keeps the first page in path order
            FirstPage.Result page = s.search(q, new FirstPage(limit));
            return new SearchResult(query, page.total(), page.keys(), System.nanoTime() - t);
        } finally {
            searchers.release(s);
        }
    }

    /** How many images match. */
    public int count(String query) throws QuerySyntaxException, IOException {
        Query q = compile(query);
        ensureCurrent();
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(q);
        } finally {
            searchers.release(s);
        }
    }

    /** Every matching image key, in path order. */
    public List<String> keys(String query) throws QuerySyntaxException, IOException {
        return search(query, Math.max(1, count(query))).keys();
    }

    /** The images matching {@code query}, as the scope of a refactoring. */
    public Scope scope(String query) throws QuerySyntaxException, IOException {
        List<String> keys = keys(query);
        return Scope.keys(keys, keys.size() + " image(s) matching '" + query + "'");
    }

    // ---------------------------------------------------------------- counting

    /**
     * Tag frequencies (in how many images each tag occurs) over the images matching {@code query} (null or
     * blank: the whole dataset), most frequent first; at most {@code limit} (0: all).
     */
    public List<TagCount> tagFrequencies(String query, int limit) throws QuerySyntaxException, IOException {
        if (query == null || query.isBlank()) {
            List<TagCount> all = allTagFrequencies();
            return limit > 0 && all.size() > limit ? all.subList(0, limit) : all;
        }
        Query q = compile(query);
        ensureCurrent();
        IndexSearcher s = searchers.acquire();
        try {
            return ordinals(s).count(s, q, limit);
        } finally {
            searchers.release(s);
        }
    }

    /** The tag ordinals of the searcher's reader, built once per reader. */
    private TagOrdinals ordinals(IndexSearcher s) throws IOException {
        TagOrdinals o = ordinals;
        if (o == null || o.reader() != s.getIndexReader()) {
            o = TagOrdinals.build(s.getIndexReader());
            ordinals = o;
        }
        return o;
    }

    /** Every tag of the dataset with its frequency; cached until the index changes. */
    public List<TagCount> allTagFrequencies() throws IOException {
        ensureCurrent();
        FrequencyCache c = frequencyCache;
        long g = generation;
        if (c != null && c.generation() == g) {
            return c.tags();
        }
        IndexSearcher s = searchers.acquire();
        try {
            List<TagCount> tags = List.copyOf(ordinals(s).count(s, new org.apache.lucene.search.MatchAllDocsQuery(), 0));
            frequencyCache = new FrequencyCache(g, tags);
            return tags;
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Tag frequencies per subset folder, view or framing, over the images matching {@code query} (null: all);
     * groups in name order, each with at most {@code limit} tags.
     */
    public Map<String, List<TagCount>> tagFrequenciesBy(Grouping grouping, String query, int limit)
            throws QuerySyntaxException, IOException {
        Query q = compile(query == null ? "" : query);
        ensureCurrent();
        IndexSearcher s = searchers.acquire();
        try {
            Map<String, Integer> groups = Counting.count(s, q, List.of(grouping.field)).groups().get(grouping.field);
            Map<String, List<TagCount>> out = new LinkedHashMap<>();
            String termField = switch (grouping) {
                case SUBSET -> Schema.SUBSET_DV;
                case VIEW -> Schema.VIEW;
                case FRAMING -> Schema.FRAMING;
            };
            for (String g : new java.util.TreeSet<>(groups.keySet())) {
                Query groupQuery = grouping == Grouping.SUBSET
                        ? org.apache.lucene.document.SortedDocValuesField.newSlowExactQuery(Schema.SUBSET_DV, new BytesRef(g))
                        : new TermQuery(new Term(termField, g));
                Query both = new BooleanQuery.Builder().add(q, Occur.FILTER).add(groupQuery, Occur.FILTER).build();
                out.put(g, ordinals(s).count(s, both, limit));
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /** The most frequent tags and the images per subset, view and framing, over the images matching {@code query}. */
    public FacetCounts facets(String query, int tagLimit) throws QuerySyntaxException, IOException {
        Query q = compile(query == null ? "" : query);
        ensureCurrent();
        IndexSearcher s = searchers.acquire();
        try {
            Counting.Counts c = Counting.count(s, q, GROUPS);
            return new FacetCounts(c.total(), ordinals(s).count(s, q, tagLimit), c.groups().get(Schema.SUBSET_DV),
                    c.groups().get(Schema.VIEW_DV), c.groups().get(Schema.FRAMING_DV));
        } finally {
            searchers.release(s);
        }
    }

    // ---------------------------------------------------------------- lint results

    /**
     * Makes {@code problem:} queries answer from this lint report (until the next one). Any thread.
     */
    public void setFindings(LintReport report) {
        Set<String> ids = standardRuleIds();
        for (LintRule r : report.rules()) {
            ids.add(r.id());
        }
        ruleIds = ids;
        findings = report.imagesByRule();
        generation++;
        fire();
    }

    /** Whether lint results were given ({@code problem:} queries need them). */
    public boolean hasFindings() {
        return findings != null;
    }

    private static Set<String> standardRuleIds() {
        Set<String> ids = new HashSet<>();
        for (LintRule r : StandardRules.all()) {
            ids.add(r.id());
        }
        return ids;
    }

    // ---------------------------------------------------------------- accessors

    public DatasetSession session() {
        return session;
    }

    public IndexSettings settings() {
        return settings;
    }

    /** The index folder, or null when the index is in memory. */
    public Path location() {
        return location;
    }

    /** Why the index had to be rebuilt from scratch when it was opened (format, tokenizer, damage), or null. */
    public String rebuildReason() {
        return rebuildReason;
    }

    /** How many documents the last {@link #update} had to write (0 when the index was up to date). */
    public int lastUpdateWritten() {
        return lastUpdateWritten;
    }

    /** Increases whenever the searchable content changes. */
    public long generation() {
        return generation;
    }

    /** Number of images indexed (after pending changes). */
    public int size() throws IOException {
        ensureCurrent();
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    public void addListener(IndexListener l) {
        listeners.add(l);
    }

    public void removeListener(IndexListener l) {
        listeners.remove(l);
    }

    /** A view name as the index stores it (the annotation's literal), e.g. for the keys of {@link FacetCounts#views()}. */
    public static String viewName(ViewAnnotation v) {
        return Schema.viewValue(v);
    }

    /**
     * Stops following the model of a session that is disposed next (model thread): the index's listener stays on
     * the model objects, inert, and goes with them. Afterwards {@link #close()} may run on any thread.
     */
    public void abandonModel() {
        listener.abandon();
        modelAbandoned = true;
    }

    /**
     * Stops listening, indexes what is pending, commits and releases the files; must run on the model's thread
     * (it removes its listener from the model) unless {@link #abandonModel()} came first. Closing twice does
     * nothing.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        if (!modelAbandoned) {
            listener.uninstall();
        }
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (writeLock) {
            try {
                if (built) {
                    flush();
                    if (uncommitted) {
                        commit();
                    }
                }
            } catch (NoSuchFileException e) {
                LOG.log(System.Logger.Level.WARNING, "index folder of " + session.root() + " vanished", e);
            } finally {
                closed = true;
                try {
                    searchers.close();
                } finally {
                    try {
                        writer.close();
                    } finally {
                        directory.close();
                    }
                }
            }
        }
    }
}
