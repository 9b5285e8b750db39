/*
 * Regenerates the pinned Eclipse platform and EMF artifacts of target-platform/tagwright.target
 * from Maven Central. Single-file program, JDK only:
 *
 *   MAVEN_REPO_BASE=<Maven Central base URL> java target-platform/pin/PinTarget.java [--cutoff YYYYMMDD] [--check]
 *
 * What it does, why, and how to choose the cutoff: see README.md next to this file.
 */

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

public final class PinTarget {

    /** Groups whose artifacts are pinned one by one (everything else is "third-party"). */
    static final Set<String> PINNED_GROUPS = Set.of("org.eclipse.platform", "org.eclipse.emf", "org.eclipse.jdt");

    static final String TARGET_FILE = "target-platform/tagwright.target";
    static final String PIN_DIR = "target-platform/pin";
    static final String PINNED_BLOCK = "PINNED";
    static final String THIRDPARTY_BLOCK = "THIRDPARTY";

    /** Bytes of a jar fetched first; a jar's manifest is normally its first or second entry. */
    static final int HEAD_BYTES = 64 * 1024;
    /** maven-metadata.xml changes when releases are published; poms and jars never change. */
    static final Duration METADATA_MAX_AGE = Duration.ofHours(6);
    static final int THREADS = 8;
    static final int MAX_ROUNDS = 100;

    static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    static final Pattern RELEASE_VERSION = Pattern.compile("\\d+(\\.\\d+){0,3}");
    static final Pattern QUALIFIER_DATE = Pattern.compile("^[A-Za-z]?(\\d{8})(?:-?\\d{4})?");

    // ------------------------------------------------------------------------------------------
    // entry point

    public static void main(String[] args) {
        int rc;
        try {
            rc = run(args);
        } catch (Failure e) {
            System.err.println("PinTarget: error: " + e.getMessage());
            rc = 2;
        }
        System.exit(rc);
    }

    static int run(String[] args) {
        String cutoff = null;
        boolean check = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cutoff" -> {
                    if (i + 1 >= args.length) {
                        throw new Failure("--cutoff needs a date, e.g. --cutoff 20260915");
                    }
                    cutoff = parseDay(args[++i]);
                }
                case "--check" -> check = true;
                case "-h", "--help" -> {
                    System.out.println("usage: MAVEN_REPO_BASE=<Maven Central base URL> java " + PIN_DIR
                            + "/PinTarget.java [--cutoff YYYYMMDD] [--check]");
                    System.out.println("  --cutoff  pin, per artifact, the newest release whose Bundle-Version qualifier date"
                            + " is on or before this day (default: the newest set that resolves)");
                    System.out.println("  --check   write nothing; exit 1 if " + TARGET_FILE + " or " + PIN_DIR
                            + "/pins.tsv would change");
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("--cutoff=")) {
                        cutoff = parseDay(args[i].substring("--cutoff=".length()));
                    } else {
                        throw new Failure("unknown argument '" + args[i] + "' (try --help)");
                    }
                }
            }
        }

        String base = System.getenv("MAVEN_REPO_BASE");
        if (base == null || base.isBlank()) {
            throw new Failure("MAVEN_REPO_BASE is not set: set it to the base URL of the Maven Central repository"
                    + " (the folder that holds org/, com/, ...)");
        }
        base = base.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (!base.matches("(?i)https?://.+")) {
            throw new Failure("MAVEN_REPO_BASE must be an http(s) URL, got '" + base + "'");
        }

        Path root = findRepoRoot();
        Path targetFile = root.resolve(TARGET_FILE);
        Path pinDir = root.resolve(PIN_DIR);
        List<Ga> roots = readGaList(pinDir.resolve("roots.txt"));
        Set<Ga> wrapped = new TreeSet<>(readGaList(pinDir.resolve("wrapped.txt")));
        for (Ga ga : roots) {
            if (!PINNED_GROUPS.contains(ga.group())) {
                throw new Failure("roots.txt: " + ga + " is not in a pinned group " + new TreeSet<>(PINNED_GROUPS));
            }
        }
        if (roots.isEmpty()) {
            throw new Failure("roots.txt names no artifact");
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            Repo repo = new Repo(base, pinDir.resolve(".cache"));
            Pinner pinner = new Pinner(repo, pool, wrapped);
            boolean defaulted = cutoff == null;
            if (defaulted) {
                cutoff = LocalDate.now(ZoneOffset.UTC).format(DAY);
            }
            Result result;
            for (int attempt = 1; ; attempt++) {
                log("cutoff " + cutoff + (defaulted ? " (default: newest that resolves)" : "") + ", "
                        + roots.size() + " roots");
                result = pinner.resolve(roots, cutoff);
                if (result.problems.isEmpty()) {
                    break;
                }
                if (!defaulted) {
                    throw new Failure("the set for cutoff " + cutoff + " does not resolve:\n  "
                            + String.join("\n  ", result.problemTexts())
                            + "\nchoose an earlier --cutoff (see " + PIN_DIR + "/README.md)");
                }
                String earlier = result.stepBack(cutoff);
                if (earlier == null || attempt >= 20) {
                    throw new Failure("no cutoff found whose set resolves; last tried " + cutoff + ":\n  "
                            + String.join("\n  ", result.problemTexts()));
                }
                log("cutoff " + cutoff + " does not resolve:\n  " + String.join("\n  ", result.problemTexts())
                        + "\n  stepping back to " + earlier);
                cutoff = earlier;
            }
            result.report(cutoff);

            String oldTarget = readString(targetFile);
            String newTarget = rewriteBlock(oldTarget, PINNED_BLOCK, dependencyLines(result.pinned.values()));
            newTarget = rewriteBlock(newTarget, THIRDPARTY_BLOCK, dependencyLines(result.thirdParty.values()));
            Path tsvFile = pinDir.resolve("pins.tsv");
            String newTsv = result.tsv();
            String oldTsv = Files.exists(tsvFile) ? readString(tsvFile) : "";

            if (check) {
                boolean same = true;
                if (!oldTarget.equals(newTarget)) {
                    same = false;
                    System.out.println(TARGET_FILE + " would change:");
                    printDiff(oldTarget, newTarget);
                }
                if (!oldTsv.equals(newTsv)) {
                    same = false;
                    System.out.println(PIN_DIR + "/pins.tsv would change:");
                    printDiff(oldTsv, newTsv);
                }
                if (same) {
                    System.out.println("up to date: " + TARGET_FILE + " and " + PIN_DIR + "/pins.tsv (cutoff " + cutoff
                            + ")");
                    return 0;
                }
                return 1;
            }
            writeIfChanged(targetFile, oldTarget, newTarget);
            writeIfChanged(tsvFile, oldTsv, newTsv);
            return 0;
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------------------------------
    // resolution

    /** Maven coordinates without a version. */
    record Ga(String group, String artifact) implements Comparable<Ga> {
        static final Comparator<Ga> ORDER = Comparator.comparing(Ga::group).thenComparing(Ga::artifact);

        @Override
        public int compareTo(Ga o) {
            return ORDER.compare(this, o);
        }

        String dir() {
            return group.replace('.', '/') + "/" + artifact;
        }

        String file(String version, String ext) {
            return dir() + "/" + version + "/" + artifact + "-" + version + "." + ext;
        }

        @Override
        public String toString() {
            return group + ":" + artifact;
        }
    }

    /** A dependency of a pom: version is the raw text (exact version or range). */
    record Dep(Ga ga, String version) {
    }

    /** One chosen artifact version. */
    static final class Pick {
        final Ga ga;
        final String version;
        final Manifest manifest;
        final List<Dep> deps;
        /** Qualifier date of the oldest higher version skipped for being after the cutoff, or null. */
        final String nextDate;
        String bumpedFrom;
        String bumpReason;

        Pick(Ga ga, String version, Manifest manifest, List<Dep> deps, String nextDate) {
            this.ga = ga;
            this.version = version;
            this.manifest = manifest;
            this.deps = deps;
            this.nextDate = nextDate;
        }

        String bsn() {
            return manifest.symbolicName();
        }

        OsgiVersion osgiVersion() {
            return OsgiVersion.parse(manifest.get("Bundle-Version"));
        }

        String date() {
            return manifest.qualifierDate();
        }
    }

    /** A constraint that failed; requirerDate is the qualifier date of the bundle that caused it, if any. */
    record Problem(String text, String requirerDate) {
    }

    static final class Result {
        final TreeMap<Ga, Pick> pinned = new TreeMap<>();
        final TreeMap<Ga, Pick> thirdParty = new TreeMap<>();
        final List<Problem> problems = new ArrayList<>();
        final Set<String> notes = new LinkedHashSet<>();

        List<String> problemTexts() {
            return problems.stream().map(Problem::text).toList();
        }

        /** The day before the oldest bundle that caused a problem; null when that cannot help. */
        String stepBack(String cutoff) {
            String oldest = null;
            for (Problem p : problems) {
                if (p.requirerDate() == null) {
                    return null;
                }
                if (oldest == null || p.requirerDate().compareTo(oldest) < 0) {
                    oldest = p.requirerDate();
                }
            }
            if (oldest == null) {
                return null;
            }
            String earlier = LocalDate.parse(oldest, DAY).minusDays(1).format(DAY);
            return earlier.compareTo(cutoff) < 0 ? earlier : null;
        }

        String newestDate() {
            return pinned.values().stream().filter(p -> p.bumpedFrom == null).map(Pick::date)
                    .filter(d -> d != null).max(String::compareTo).orElse("?");
        }

        String nextDate() {
            return pinned.values().stream().map(p -> p.nextDate).filter(d -> d != null).min(String::compareTo)
                    .orElse(null);
        }

        void report(String cutoff) {
            for (String n : notes) {
                log("note: " + n);
            }
            for (Pick p : pinned.values()) {
                if (p.bumpedFrom != null) {
                    log("bumped " + p.ga + " " + p.bumpedFrom + " -> " + p.version + " (" + p.bumpReason + ")");
                }
            }
            String next = nextDate();
            log(pinned.size() + " Eclipse/EMF artifacts pinned, " + thirdParty.size() + " third-party bundles;"
                    + " newest qualifier date " + newestDate() + "; every cutoff from " + newestDate()
                    + (next == null ? " on" : " to " + LocalDate.parse(next, DAY).minusDays(1).format(DAY))
                    + " gives this set" + (next == null ? " (no newer release is published)" : ""));
        }

        String tsv() {
            StringBuilder sb = new StringBuilder();
            sb.append("# Written by PinTarget.java (see README.md); do not edit by hand.\n");
            sb.append("# groupId\tartifactId\tversion\tBundle-Version\tBREE\n");
            sb.append("# newest qualifier date among the pinned bundles: ").append(newestDate()).append('\n');
            for (Pick p : pinned.values()) {
                if (p.bumpedFrom != null) {
                    sb.append("# bumped ").append(p.ga).append(' ').append(p.bumpedFrom).append(" -> ")
                            .append(p.version).append(": ").append(p.bumpReason).append('\n');
                }
            }
            sb.append("# pinned (PINNED block)\n");
            for (Pick p : pinned.values()) {
                tsvRow(sb, p);
            }
            sb.append("# third-party (THIRDPARTY block)\n");
            for (Pick p : thirdParty.values()) {
                tsvRow(sb, p);
            }
            return sb.toString();
        }

        private static void tsvRow(StringBuilder sb, Pick p) {
            sb.append(p.ga.group()).append('\t').append(p.ga.artifact()).append('\t').append(p.version).append('\t')
                    .append(p.manifest.get("Bundle-Version")).append('\t').append(p.manifest.executionEnvironment())
                    .append('\n');
        }
    }

    static final class Pinner {
        final Repo repo;
        final ExecutorService pool;
        final Set<Ga> wrapped;

        Pinner(Repo repo, ExecutorService pool, Set<Ga> wrapped) {
            this.repo = repo;
            this.pool = pool;
            this.wrapped = wrapped;
        }

        Result resolve(List<Ga> roots, String cutoff) {
            Result r = new Result();
            Map<Ga, Pick> referrers = new HashMap<>();
            closure(r, new LinkedHashSet<>(roots), referrers, cutoff);
            if (!r.problems.isEmpty()) {
                return r;
            }
            for (int round = 0; ; round++) {
                if (round == MAX_ROUNDS) {
                    throw new Failure("no fixed point after " + MAX_ROUNDS + " rounds of bumps");
                }
                prune(r, roots);
                Map<Ga, List<Requirement>> raise = new TreeMap<>();
                checkRequirements(r, raise);
                if (!r.problems.isEmpty() || raise.isEmpty()) {
                    break;
                }
                Set<Ga> added = new LinkedHashSet<>();
                for (Map.Entry<Ga, List<Requirement>> e : raise.entrySet()) {
                    Pick old = r.pinned.get(e.getKey());
                    Pick bumped = bump(old, e.getValue(), r);
                    if (bumped == null) {
                        continue;
                    }
                    r.pinned.put(old.ga, bumped);
                    for (Dep d : bumped.deps) {
                        if (PINNED_GROUPS.contains(d.ga().group()) && !r.pinned.containsKey(d.ga())) {
                            added.add(d.ga());
                            referrers.putIfAbsent(d.ga(), bumped);
                        }
                    }
                }
                if (!r.problems.isEmpty()) {
                    break;
                }
                closure(r, added, referrers, cutoff);
                if (!r.problems.isEmpty()) {
                    break;
                }
            }
            if (r.problems.isEmpty()) {
                collectThirdParty(r);
                warnUnknownRequirements(r);
            }
            return r;
        }

        /** Drops artifacts that only the pom of a version replaced by a bump had named. */
        private static void prune(Result r, List<Ga> roots) {
            Set<Ga> reached = new TreeSet<>();
            List<Ga> todo = new ArrayList<>(roots);
            while (!todo.isEmpty()) {
                Ga ga = todo.remove(todo.size() - 1);
                Pick p = r.pinned.get(ga);
                if (p == null || !reached.add(ga)) {
                    continue;
                }
                for (Dep d : p.deps) {
                    todo.add(d.ga());
                }
            }
            for (Ga ga : new ArrayList<>(r.pinned.keySet())) {
                if (!reached.contains(ga)) {
                    r.pinned.remove(ga);
                    r.notes.add(ga + " dropped: no pinned pom names it any more after the bumps");
                }
            }
        }

        /** Picks by date every Eclipse-group artifact reachable from start, wave by wave. */
        private void closure(Result r, Set<Ga> start, Map<Ga, Pick> referrers, String cutoff) {
            Set<Ga> wave = new TreeSet<>(start);
            wave.removeAll(r.pinned.keySet());
            while (!wave.isEmpty()) {
                Map<Ga, Future<Pick>> futures = new TreeMap<>();
                for (Ga ga : wave) {
                    futures.put(ga, pool.submit(() -> pickByDate(ga, cutoff)));
                }
                Set<Ga> next = new TreeSet<>();
                for (Map.Entry<Ga, Future<Pick>> e : futures.entrySet()) {
                    Pick p = await(e.getValue());
                    if (p == null) {
                        Pick by = referrers.get(e.getKey());
                        r.problems.add(new Problem("no release of " + e.getKey() + " has a qualifier date on or before "
                                + cutoff + (by == null ? "" : " (named by the pom of " + by.ga + ":" + by.version + ")"),
                                by == null ? null : by.date()));
                        continue;
                    }
                    r.pinned.put(p.ga, p);
                    for (Dep d : p.deps) {
                        if (PINNED_GROUPS.contains(d.ga().group()) && !r.pinned.containsKey(d.ga())
                                && !futures.containsKey(d.ga())) {
                            next.add(d.ga());
                            referrers.putIfAbsent(d.ga(), p);
                        }
                    }
                }
                wave = next;
            }
        }

        /** The highest release whose Bundle-Version qualifier date is on or before the cutoff, or null. */
        Pick pickByDate(Ga ga, String cutoff) {
            List<String> versions = repo.releases(ga);
            String nextDate = null;
            for (int i = versions.size() - 1; i >= 0; i--) {
                String v = versions.get(i);
                Manifest mf = requireManifest(ga, v);
                String date = mf.qualifierDate();
                if (date == null) {
                    log("warning: " + ga + ":" + v + " has no date in its Bundle-Version qualifier ("
                            + mf.get("Bundle-Version") + "); skipped");
                    continue;
                }
                if (date.compareTo(cutoff) <= 0) {
                    return new Pick(ga, v, mf, repo.dependencies(ga, v), nextDate);
                }
                if (nextDate == null || date.compareTo(nextDate) < 0) {
                    nextDate = date;
                }
            }
            return null;
        }

        Manifest requireManifest(Ga ga, String v) {
            Manifest mf = repo.manifest(ga, v);
            if (mf == null) {
                throw new Failure(ga + ":" + v + ": the jar has no META-INF/MANIFEST.MF");
            }
            if (mf.symbolicName() == null) {
                throw new Failure(ga + ":" + v + ": META-INF/MANIFEST.MF has no Bundle-SymbolicName");
            }
            return mf;
        }

        record Requirement(Pick from, String header, VersionRange range) {
            @Override
            public String toString() {
                return "required by " + from.ga.artifact() + " " + from.version + " as " + range;
            }
        }

        /**
         * Checks every mandatory Require-Bundle and Fragment-Host between pinned bundles. Lower bounds above
         * the pinned version go to raise; other violations are problems.
         */
        private void checkRequirements(Result r, Map<Ga, List<Requirement>> raise) {
            Map<String, Pick> byBsn = bsnIndex(r.pinned.values());
            for (Pick p : r.pinned.values()) {
                for (Requirement req : requirements(p)) {
                    String name = req.header();
                    Pick target = byBsn.get(name);
                    if (target == null) {
                        continue;
                    }
                    OsgiVersion have = target.osgiVersion();
                    if (req.range().includes(have)) {
                        continue;
                    }
                    if (req.range().isAbove(have)) {
                        raise.computeIfAbsent(target.ga, k -> new ArrayList<>()).add(req);
                    } else {
                        // the newer of the two bundles broke the pair: stepping back goes before it
                        String later = later(p.date(), target.date());
                        r.problems.add(new Problem(p.ga + ":" + p.version + " requires " + name + " " + req.range()
                                + " but the set has " + target.ga + ":" + target.version, later));
                    }
                }
            }
        }

        /** Mandatory bundle requirements of a pick; header() holds the required symbolic name. */
        static List<Requirement> requirements(Pick p) {
            List<Requirement> out = new ArrayList<>();
            for (Clause c : Clause.parseHeader(p.manifest.get("Require-Bundle"))) {
                if ("optional".equals(c.directives().get("resolution"))) {
                    continue;
                }
                out.add(new Requirement(p, c.name(), VersionRange.parse(c.attributes().get("bundle-version"))));
            }
            for (Clause c : Clause.parseHeader(p.manifest.get("Fragment-Host"))) {
                out.add(new Requirement(p, c.name(), VersionRange.parse(c.attributes().get("bundle-version"))));
            }
            return out;
        }

        /** The lowest release that every requirement accepts, with its own manifest and pom. */
        private Pick bump(Pick old, List<Requirement> reqs, Result r) {
            OsgiVersion have = old.osgiVersion();
            for (String v : repo.releases(old.ga)) {
                OsgiVersion ov = OsgiVersion.parse(v);
                if (ov.compareTo(have) <= 0 || !reqs.stream().allMatch(q -> q.range().includes(ov))) {
                    continue;
                }
                Manifest mf = requireManifest(old.ga, v);
                if (!mf.symbolicName().equals(old.bsn())) {
                    throw new Failure(old.ga + ":" + v + " has Bundle-SymbolicName " + mf.symbolicName() + ", "
                            + old.ga + ":" + old.version + " has " + old.bsn());
                }
                OsgiVersion bv = OsgiVersion.parse(mf.get("Bundle-Version"));
                if (!reqs.stream().allMatch(q -> q.range().includes(bv))) {
                    continue;
                }
                Pick p = new Pick(old.ga, v, mf, repo.dependencies(old.ga, v), old.nextDate);
                p.bumpedFrom = old.bumpedFrom != null ? old.bumpedFrom : old.version;
                p.bumpReason = String.join("; ", reqs.stream().map(Requirement::toString).toList());
                return p;
            }
            String oldest = reqs.stream().map(q -> q.from().date()).filter(d -> d != null).min(String::compareTo)
                    .orElse(null);
            r.problems.add(new Problem("no release of " + old.ga + " fits: "
                    + String.join("; ", reqs.stream().map(Requirement::toString).toList()), oldest));
            return null;
        }

        /** Non-Eclipse artifacts named by the final poms: the highest exact version asked for. */
        private void collectThirdParty(Result r) {
            Map<Ga, List<String>> asked = new TreeMap<>();
            Map<Ga, Set<String>> askedBy = new TreeMap<>();
            for (Pick p : r.pinned.values()) {
                for (Dep d : p.deps) {
                    if (PINNED_GROUPS.contains(d.ga().group())) {
                        continue;
                    }
                    if (wrapped.contains(d.ga())) {
                        askedBy.computeIfAbsent(d.ga(), k -> new TreeSet<>()).add(p.ga.artifact());
                        continue;
                    }
                    asked.computeIfAbsent(d.ga(), k -> new ArrayList<>()).add(d.version());
                }
            }
            for (Map.Entry<Ga, Set<String>> e : askedBy.entrySet()) {
                r.notes.add(e.getKey() + " left out (wrapped elsewhere in the target, see wrapped.txt); asked for by "
                        + String.join(", ", e.getValue()));
            }
            Map<Ga, Future<Pick>> futures = new TreeMap<>();
            for (Map.Entry<Ga, List<String>> e : asked.entrySet()) {
                Ga ga = e.getKey();
                List<String> wanted = e.getValue();
                futures.put(ga, pool.submit(() -> thirdPartyPick(ga, wanted, r)));
            }
            for (Map.Entry<Ga, Future<Pick>> e : futures.entrySet()) {
                Pick p = await(e.getValue());
                r.thirdParty.put(p.ga, p);
            }
        }

        private Pick thirdPartyPick(Ga ga, List<String> wanted, Result r) {
            String best = null;
            List<VersionRange> ranges = new ArrayList<>();
            for (String w : wanted) {
                if (w.isEmpty()) {
                    throw new Failure("a platform pom names " + ga + " without a version");
                }
                if (w.startsWith("[") || w.startsWith("(")) {
                    ranges.add(VersionRange.parseMaven(w));
                } else if (best == null || compareMaven(w, best) > 0) {
                    best = w;
                }
            }
            if (best == null) {
                List<String> releases = repo.releases(ga);
                for (String v : releases) {
                    if (ranges.stream().allMatch(q -> q.includes(OsgiVersion.parse(v)))) {
                        best = v;
                    }
                }
                if (best == null) {
                    throw new Failure("no release of " + ga + " fits the ranges the platform poms ask for: " + wanted);
                }
                synchronized (r.notes) {
                    r.notes.add(ga + ": the poms ask only for ranges " + new TreeSet<>(wanted)
                            + "; took the newest release in them, " + best);
                }
            }
            Manifest mf = repo.manifest(ga, best);
            if (mf == null || mf.symbolicName() == null) {
                throw new Failure(ga + ":" + best + " is named by a platform pom but is not an OSGi bundle"
                        + " (no Bundle-SymbolicName): give it a wrapping location of its own in " + TARGET_FILE
                        + " and list it in " + PIN_DIR + "/wrapped.txt");
            }
            if (new TreeSet<>(wanted).size() > 1) {
                synchronized (r.notes) {
                    r.notes.add(ga + ": the poms ask for " + new TreeSet<>(wanted) + "; took " + best);
                }
            }
            return new Pick(ga, best, mf, List.of(), null);
        }

        /** Notes mandatory requirements on bundles that neither block provides. */
        private void warnUnknownRequirements(Result r) {
            List<Pick> all = new ArrayList<>(r.pinned.values());
            all.addAll(r.thirdParty.values());
            Map<String, Pick> byBsn = bsnIndex(all);
            for (Pick p : r.pinned.values()) {
                for (Requirement req : requirements(p)) {
                    Pick target = byBsn.get(req.header());
                    if (target == null) {
                        r.notes.add(p.ga.artifact() + " requires bundle " + req.header()
                                + ", which must come from another location of the target");
                    } else if (!req.range().includes(target.osgiVersion())) {
                        r.notes.add(p.ga.artifact() + " requires " + req.header() + " " + req.range()
                                + " but the third-party block has " + target.ga + ":" + target.version);
                    }
                }
            }
        }

        private static String later(String a, String b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            return a.compareTo(b) >= 0 ? a : b;
        }

        private static Map<String, Pick> bsnIndex(Collection<Pick> picks) {
            Map<String, Pick> byBsn = new HashMap<>();
            for (Pick p : picks) {
                Pick clash = byBsn.put(p.bsn(), p);
                if (clash != null) {
                    throw new Failure(p.ga + " and " + clash.ga + " are both bundle " + p.bsn());
                }
                if (p.bsn().equals("org.eclipse.osgi")) {
                    // Require-Bundle: system.bundle means the framework
                    byBsn.put("system.bundle", p);
                }
            }
            return byBsn;
        }

        private static <T> T await(Future<T> f) {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure("interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Failure failure) {
                    throw failure;
                }
                throw new Failure("unexpected " + e.getCause());
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // repository access with a download cache

    static final class Repo {
        final String base;
        final Path cache;
        final HttpClient http;

        Repo(String base, Path cache) {
            this.base = base;
            this.cache = cache;
            this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(30)).build();
        }

        /** Release versions of an artifact (no milestones, RCs, snapshots), lowest first. */
        List<String> releases(Ga ga) {
            String path = ga.dir() + "/maven-metadata.xml";
            Path file = cache.resolve(path);
            byte[] xml = null;
            try {
                if (Files.exists(file) && Files.getLastModifiedTime(file).toInstant()
                        .isAfter(Instant.now().minus(METADATA_MAX_AGE))) {
                    xml = Files.readAllBytes(file);
                }
            } catch (IOException e) {
                xml = null;
            }
            if (xml == null) {
                try {
                    xml = get(path).body;
                } catch (Failure e) {
                    throw new Failure(ga + ": " + e.getMessage());
                }
                store(file, xml);
            }
            Element root = parseXml(xml, path).getDocumentElement();
            List<String> out = new ArrayList<>();
            for (Element versioning : children(root, "versioning")) {
                for (Element versions : children(versioning, "versions")) {
                    for (Element v : children(versions, "version")) {
                        String s = v.getTextContent().strip();
                        if (RELEASE_VERSION.matcher(s).matches()) {
                            out.add(s);
                        }
                    }
                }
            }
            if (out.isEmpty()) {
                throw new Failure(ga + ": " + path + " lists no release version");
            }
            out.sort(PinTarget::compareMaven);
            return out;
        }

        /** Compile and runtime, non-optional dependencies of a pom. */
        List<Dep> dependencies(Ga ga, String version) {
            String path = ga.file(version, "pom");
            Element project = parseXml(cached(path), path).getDocumentElement();
            Map<String, String> props = new HashMap<>();
            props.put("project.version", version);
            props.put("version", version);
            props.put("project.groupId", ga.group());
            props.put("project.artifactId", ga.artifact());
            for (Element ps : children(project, "properties")) {
                for (Node n = ps.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e) {
                        props.put(e.getTagName(), e.getTextContent().strip());
                    }
                }
            }
            List<Dep> out = new ArrayList<>();
            for (Element deps : children(project, "dependencies")) {
                for (Element d : children(deps, "dependency")) {
                    String scope = text(d, "scope", "compile");
                    if (!scope.equals("compile") && !scope.equals("runtime")) {
                        continue;
                    }
                    if (text(d, "optional", "false").equals("true")) {
                        continue;
                    }
                    String type = text(d, "type", "jar");
                    if (!type.equals("jar") && !type.equals("bundle")) {
                        continue;
                    }
                    String g = interpolate(text(d, "groupId", ""), props, path);
                    String a = interpolate(text(d, "artifactId", ""), props, path);
                    String v = interpolate(text(d, "version", ""), props, path);
                    if (g.isEmpty() || a.isEmpty()) {
                        throw new Failure(path + ": a dependency without groupId or artifactId");
                    }
                    out.add(new Dep(new Ga(g, a), v));
                }
            }
            return out;
        }

        /** The main section of the jar's META-INF/MANIFEST.MF, or null when the jar has none. */
        Manifest manifest(Ga ga, String version) {
            String path = ga.file(version, "jar");
            Path file = cache.resolve(path + ".MF");
            byte[] bytes;
            if (Files.exists(file)) {
                bytes = readBytes(file);
            } else {
                bytes = fetchManifest(path);
                store(file, bytes == null ? new byte[0] : bytes);
            }
            return bytes == null || bytes.length == 0 ? null : Manifest.parse(bytes);
        }

        private byte[] fetchManifest(String path) {
            int size = HEAD_BYTES;
            while (true) {
                Slice head = getRange(path, 0, size - 1);
                Zip.Scan scan = Zip.scanHead(head.data, path);
                if (scan.manifest() != null) {
                    return scan.manifest();
                }
                if (scan.truncated() && !head.complete() && size < 16 * HEAD_BYTES) {
                    size *= 4;
                    continue;
                }
                if (head.complete()) {
                    return Zip.fromCentralDirectory(head, path, this);
                }
                Slice tail = getSuffix(path, HEAD_BYTES + 22);
                return Zip.fromCentralDirectory(tail, path, this);
            }
        }

        /** A cached whole file (poms). */
        byte[] cached(String path) {
            Path file = cache.resolve(path);
            if (Files.exists(file)) {
                return readBytes(file);
            }
            byte[] body = get(path).body;
            store(file, body);
            return body;
        }

        record Slice(byte[] data, long offset, long total) {
            boolean complete() {
                return offset == 0 && total >= 0 && data.length == total;
            }

            boolean covers(long from, long length) {
                return from >= offset && from + length <= offset + data.length;
            }
        }

        record Response(int status, byte[] body, String contentRange) {
        }

        Response get(String path) {
            Response r = send(path, null, Integer.MAX_VALUE);
            if (r.status != 200) {
                throw new Failure("HTTP " + r.status + " for " + path);
            }
            return r;
        }

        /** Bytes from..to (inclusive) of a file, or its head when the server ignores ranges. */
        Slice getRange(String path, long from, long to) {
            Response r = send(path, "bytes=" + from + "-" + to, (int) (to - from + 1));
            return slice(path, r, from);
        }

        /** The last n bytes of a file (the whole file if the server ignores ranges). */
        Slice getSuffix(String path, int n) {
            Response r = send(path, "bytes=-" + n, Integer.MAX_VALUE);
            return slice(path, r, -1);
        }

        private Slice slice(String path, Response r, long from) {
            if (r.status == 200) {
                // the server ignored the range and only the head of the file was read
                if (from != 0) {
                    throw new Failure("the server ignored a range request for " + path);
                }
                return new Slice(r.body, 0, -1);
            }
            if (r.status != 206) {
                throw new Failure("HTTP " + r.status + " for " + path);
            }
            Matcher m = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)").matcher(r.contentRange == null ? ""
                    : r.contentRange);
            if (!m.find()) {
                throw new Failure("HTTP 206 without a usable Content-Range for " + path);
            }
            long start = Long.parseLong(m.group(1));
            long total = m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3));
            return new Slice(r.body, start, total);
        }

        /**
         * Sends a GET (with an optional Range header) and reads at most limit bytes of the body; 200 answers
         * to a range request are cut at limit, so only the head of a big jar is read.
         */
        private Response send(String path, String range, int limit) {
            URI uri = URI.create(base + "/" + path);
            IOException last = null;
            for (int attempt = 1; attempt <= 4; attempt++) {
                HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).GET();
                if (range != null) {
                    b.header("Range", range);
                }
                try {
                    HttpResponse<InputStream> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
                    int status = resp.statusCode();
                    byte[] body;
                    boolean whole;
                    try (InputStream in = resp.body()) {
                        body = in.readNBytes(limit);
                        whole = body.length < limit || in.read() < 0;
                    }
                    if ((status == 429 || status >= 500) && attempt < 4) {
                        sleep(attempt);
                        continue;
                    }
                    String contentRange = resp.headers().firstValue("Content-Range").orElse(null);
                    if (status == 200 && range != null) {
                        // the server sent the whole file: say how long it is when all of it was read
                        contentRange = whole ? "bytes 0-" + (body.length - 1) + "/" + body.length : null;
                        return new Response(whole ? 206 : 200, body, contentRange);
                    }
                    return new Response(status, body, contentRange);
                } catch (IOException e) {
                    last = e;
                    sleep(attempt);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Failure("interrupted while fetching " + path);
                }
            }
            throw new Failure("cannot fetch " + path + ": " + last);
        }

        private static void sleep(int attempt) {
            try {
                Thread.sleep(1000L << (attempt - 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void store(Path file, byte[] bytes) {
            try {
                Files.createDirectories(file.getParent());
                Path tmp = Files.createTempFile(file.getParent(), ".part", null);
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new Failure("cannot write the cache file " + file + ": " + e.getMessage());
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // zip: the manifest from the head of a jar, or through the central directory

    static final class Zip {
        static final int LOCAL = 0x04034b50;
        static final int CENTRAL = 0x02014b50;
        static final int END = 0x06054b50;
        static final int DESCRIPTOR = 0x08074b50;
        static final String MANIFEST = "META-INF/MANIFEST.MF";

        /** manifest: the inflated bytes if found; truncated: the head ends inside an entry worth reading. */
        record Scan(byte[] manifest, boolean truncated) {
        }

        /** Walks the local file headers from the start of the jar. */
        static Scan scanHead(byte[] d, String path) {
            int off = 0;
            while (off + 30 <= d.length && u32(d, off) == LOCAL) {
                int flags = u16(d, off + 6);
                int method = u16(d, off + 8);
                long csize = u32(d, off + 18) & 0xffffffffL;
                long usize = u32(d, off + 22) & 0xffffffffL;
                int nlen = u16(d, off + 26);
                int xlen = u16(d, off + 28);
                int data = off + 30 + nlen + xlen;
                if (data > d.length) {
                    return new Scan(null, true);
                }
                String name = new String(d, off + 30, nlen, StandardCharsets.UTF_8);
                boolean sizesLater = (flags & 8) != 0 && csize == 0;
                if (name.equalsIgnoreCase(MANIFEST)) {
                    if (method == 0) {
                        if (sizesLater) {
                            return new Scan(null, false);
                        }
                        if (data + usize > d.length) {
                            return new Scan(null, true);
                        }
                        return new Scan(slice(d, data, (int) usize), false);
                    }
                    if (method != 8) {
                        throw new Failure(path + ": " + MANIFEST + " uses zip method " + method);
                    }
                    Inflated in = inflate(d, data, d.length - data, path);
                    if (in.finished()) {
                        return new Scan(in.bytes(), false);
                    }
                    // signed jars list a digest per entry after the main section, which is all we read
                    byte[] main = mainSection(in.bytes());
                    return main != null ? new Scan(main, false) : new Scan(null, true);
                }
                long skip;
                if (sizesLater) {
                    if (method != 8) {
                        return new Scan(null, false);
                    }
                    Inflated in = inflate(d, data, d.length - data, path);
                    if (!in.finished()) {
                        return new Scan(null, false);
                    }
                    skip = in.consumed();
                    long after = data + skip;
                    skip += after + 4 <= d.length && u32(d, (int) after) == DESCRIPTOR ? 16 : 12;
                } else {
                    skip = csize;
                }
                long next = data + skip;
                if (next > Integer.MAX_VALUE) {
                    return new Scan(null, false);
                }
                off = (int) next;
            }
            return new Scan(null, false);
        }

        /** Finds the manifest through the end-of-central-directory record held in tail. */
        static byte[] fromCentralDirectory(Repo.Slice tail, String path, Repo repo) {
            byte[] d = tail.data();
            int eocd = -1;
            for (int i = d.length - 22; i >= Math.max(0, d.length - 22 - 0xffff); i--) {
                if (u32(d, i) == END) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new Failure(path + ": not a zip file (no end of central directory)");
            }
            long cdSize = u32(d, eocd + 12) & 0xffffffffL;
            long cdOffset = u32(d, eocd + 16) & 0xffffffffL;
            Repo.Slice cd = tail.covers(cdOffset, cdSize) ? tail
                    : repo.getRange(path, cdOffset, cdOffset + cdSize - 1);
            byte[] c = cd.data();
            int off = (int) (cdOffset - cd.offset());
            int end = off + (int) cdSize;
            while (off + 46 <= end && u32(c, off) == CENTRAL) {
                int method = u16(c, off + 10);
                long csize = u32(c, off + 20) & 0xffffffffL;
                long usize = u32(c, off + 24) & 0xffffffffL;
                int nlen = u16(c, off + 28);
                int xlen = u16(c, off + 30);
                int clen = u16(c, off + 32);
                long local = u32(c, off + 42) & 0xffffffffL;
                String name = new String(c, off + 46, nlen, StandardCharsets.UTF_8);
                if (name.equalsIgnoreCase(MANIFEST)) {
                    Repo.Slice e = tail.covers(local, 30) ? tail
                            : repo.getRange(path, local, local + 30 + nlen + 0xffff + csize - 1);
                    int lo = (int) (local - e.offset());
                    if (u32(e.data(), lo) != LOCAL) {
                        throw new Failure(path + ": broken local header of " + MANIFEST);
                    }
                    long need = 30L + u16(e.data(), lo + 26) + u16(e.data(), lo + 28) + csize;
                    if (!e.covers(local, need)) {
                        e = repo.getRange(path, local, local + need - 1);
                        lo = (int) (local - e.offset());
                    }
                    byte[] ed = e.data();
                    int data = lo + 30 + u16(ed, lo + 26) + u16(ed, lo + 28);
                    if (data + csize > ed.length) {
                        throw new Failure(path + ": " + MANIFEST + " extends past the bytes fetched");
                    }
                    if (method == 0) {
                        return slice(ed, data, (int) usize);
                    }
                    if (method != 8) {
                        throw new Failure(path + ": " + MANIFEST + " uses zip method " + method);
                    }
                    Inflated in = inflate(ed, data, (int) csize, path);
                    if (!in.finished()) {
                        throw new Failure(path + ": " + MANIFEST + " does not inflate");
                    }
                    return in.bytes();
                }
                off += 46 + nlen + xlen + clen;
            }
            return null;
        }

        /** The bytes up to the blank line that ends a manifest's main section, or null if not there yet. */
        static byte[] mainSection(byte[] b) {
            int lineStart = 0;
            int i = 0;
            while (i < b.length) {
                byte c = b[i];
                if (c != '\r' && c != '\n') {
                    i++;
                    continue;
                }
                if (c == '\r' && i + 1 == b.length) {
                    return null;
                }
                int next = c == '\r' && b[i + 1] == '\n' ? i + 2 : i + 1;
                if (i == lineStart && lineStart > 0) {
                    return slice(b, 0, lineStart);
                }
                lineStart = next;
                i = next;
            }
            return null;
        }

        record Inflated(byte[] bytes, boolean finished, long consumed) {
        }

        static Inflated inflate(byte[] d, int off, int len, String path) {
            Inflater inf = new Inflater(true);
            try {
                inf.setInput(d, off, len);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[16 * 1024];
                while (!inf.finished()) {
                    int n = inf.inflate(buf);
                    if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                        break;
                    }
                    out.write(buf, 0, n);
                }
                return new Inflated(out.toByteArray(), inf.finished(), inf.getBytesRead());
            } catch (DataFormatException e) {
                throw new Failure(path + ": broken deflate data: " + e.getMessage());
            } finally {
                inf.end();
            }
        }

        static byte[] slice(byte[] d, int off, int len) {
            byte[] out = new byte[len];
            System.arraycopy(d, off, out, 0, len);
            return out;
        }

        static int u16(byte[] d, int off) {
            return (d[off] & 0xff) | (d[off + 1] & 0xff) << 8;
        }

        static int u32(byte[] d, int off) {
            return (d[off] & 0xff) | (d[off + 1] & 0xff) << 8 | (d[off + 2] & 0xff) << 16 | (d[off + 3] & 0xff) << 24;
        }
    }

    // ------------------------------------------------------------------------------------------
    // OSGi manifests, headers, versions and ranges

    static final class Manifest {
        final Map<String, String> headers;

        Manifest(Map<String, String> headers) {
            this.headers = headers;
        }

        static Manifest parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            Map<String, String> headers = new LinkedHashMap<>();
            String key = null;
            StringBuilder value = new StringBuilder();
            for (String line : text.split("\r\n|\r|\n", -1)) {
                if (line.startsWith(" ") && key != null) {
                    value.append(line, 1, line.length());
                    continue;
                }
                if (key != null) {
                    headers.put(key, value.toString().strip());
                    key = null;
                }
                if (line.isEmpty()) {
                    if (!headers.isEmpty()) {
                        break;
                    }
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                key = line.substring(0, colon).strip();
                value.setLength(0);
                value.append(line.substring(colon + 1).stripLeading());
            }
            if (key != null) {
                headers.put(key, value.toString().strip());
            }
            return new Manifest(headers);
        }

        String get(String name) {
            return headers.get(name);
        }

        String symbolicName() {
            List<Clause> c = Clause.parseHeader(get("Bundle-SymbolicName"));
            return c.isEmpty() ? null : c.get(0).name();
        }

        /** YYYYMMDD from a qualifier like v20260704-1256, or null. */
        String qualifierDate() {
            String v = get("Bundle-Version");
            if (v == null) {
                return null;
            }
            String[] parts = v.strip().split("\\.", 4);
            if (parts.length < 4) {
                return null;
            }
            Matcher m = QUALIFIER_DATE.matcher(parts[3]);
            return m.find() ? m.group(1) : null;
        }

        /** Bundle-RequiredExecutionEnvironment, else the osgi.ee capability it requires, else "-". */
        String executionEnvironment() {
            String bree = get("Bundle-RequiredExecutionEnvironment");
            if (bree != null && !bree.isBlank()) {
                return String.join(",", Clause.parseHeader(bree).stream().map(Clause::name).toList());
            }
            for (Clause c : Clause.parseHeader(get("Require-Capability"))) {
                if (!c.name().equals("osgi.ee")) {
                    continue;
                }
                String filter = c.directives().getOrDefault("filter", "");
                Matcher ee = Pattern.compile("\\(osgi\\.ee=([^)]+)\\)").matcher(filter);
                Matcher ver = Pattern.compile("\\(version=([^)]+)\\)").matcher(filter);
                if (ee.find()) {
                    return ee.group(1) + (ver.find() ? "-" + ver.group(1) : "");
                }
            }
            return "-";
        }
    }

    /** One clause of an OSGi header: name;attr=value;directive:=value. */
    record Clause(String name, Map<String, String> attributes, Map<String, String> directives) {

        static List<Clause> parseHeader(String header) {
            List<Clause> out = new ArrayList<>();
            if (header == null || header.isBlank()) {
                return out;
            }
            for (String clause : splitOutsideQuotes(header, ',')) {
                List<String> parts = splitOutsideQuotes(clause, ';');
                if (parts.isEmpty() || parts.get(0).isBlank()) {
                    continue;
                }
                Map<String, String> attrs = new HashMap<>();
                Map<String, String> dirs = new HashMap<>();
                for (String p : parts.subList(1, parts.size())) {
                    int eq = p.indexOf('=');
                    if (eq < 0) {
                        continue;
                    }
                    boolean directive = eq > 0 && p.charAt(eq - 1) == ':';
                    String key = p.substring(0, directive ? eq - 1 : eq).strip();
                    String value = p.substring(eq + 1).strip();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    (directive ? dirs : attrs).put(key, value);
                }
                out.add(new Clause(parts.get(0).strip(), attrs, dirs));
            }
            return out;
        }

        static List<String> splitOutsideQuotes(String s, char sep) {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '"') {
                    quoted = !quoted;
                }
                if (ch == sep && !quoted) {
                    out.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(ch);
                }
            }
            if (!cur.toString().isBlank()) {
                out.add(cur.toString());
            }
            return out;
        }
    }

    record OsgiVersion(int major, int minor, int micro, String qualifier) implements Comparable<OsgiVersion> {
        static final OsgiVersion ZERO = new OsgiVersion(0, 0, 0, "");

        static OsgiVersion parse(String s) {
            if (s == null || s.isBlank()) {
                return ZERO;
            }
            String[] p = s.strip().split("\\.", 4);
            try {
                return new OsgiVersion(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0,
                        p.length > 2 ? Integer.parseInt(p[2]) : 0, p.length > 3 ? p[3] : "");
            } catch (NumberFormatException e) {
                throw new Failure("not an OSGi version: '" + s + "'");
            }
        }

        @Override
        public int compareTo(OsgiVersion o) {
            int c = Integer.compare(major, o.major);
            if (c == 0) {
                c = Integer.compare(minor, o.minor);
            }
            if (c == 0) {
                c = Integer.compare(micro, o.micro);
            }
            return c != 0 ? c : qualifier.compareTo(o.qualifier);
        }

        @Override
        public String toString() {
            return major + "." + minor + "." + micro + (qualifier.isEmpty() ? "" : "." + qualifier);
        }
    }

    /** An OSGi version range; a bare version means "at least". high is null when open. */
    record VersionRange(OsgiVersion low, boolean lowIncluded, OsgiVersion high, boolean highIncluded, String text) {

        static VersionRange parse(String s) {
            if (s == null || s.isBlank()) {
                return new VersionRange(OsgiVersion.ZERO, true, null, false, "any version");
            }
            s = s.strip();
            char first = s.charAt(0);
            if (first != '[' && first != '(') {
                return new VersionRange(OsgiVersion.parse(s), true, null, false, s);
            }
            char last = s.charAt(s.length() - 1);
            String[] ends = s.substring(1, s.length() - 1).split(",", -1);
            if (ends.length != 2 || (last != ']' && last != ')')) {
                throw new Failure("not a version range: '" + s + "'");
            }
            return new VersionRange(OsgiVersion.parse(ends[0]), first == '[',
                    ends[1].isBlank() ? null : OsgiVersion.parse(ends[1]), last == ']', s);
        }

        /** Maven ranges look the same for what the platform poms use: [a,b), [a,). */
        static VersionRange parseMaven(String s) {
            return parse(s);
        }

        boolean includes(OsgiVersion v) {
            int lo = v.compareTo(low);
            if (lo < 0 || (lo == 0 && !lowIncluded)) {
                return false;
            }
            if (high == null) {
                return true;
            }
            int hi = v.compareTo(high);
            return hi < 0 || (hi == 0 && highIncluded);
        }

        /** True when v is too low for this range. */
        boolean isAbove(OsgiVersion v) {
            int lo = v.compareTo(low);
            return lo < 0 || (lo == 0 && !lowIncluded);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Compares numeric Maven versions component by component (1.2 == 1.2.0). */
    static int compareMaven(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            boolean pn = p.matches("\\d+");
            boolean qn = q.matches("\\d+");
            int c;
            if (pn && qn) {
                c = new java.math.BigInteger(p).compareTo(new java.math.BigInteger(q));
            } else if (pn != qn) {
                c = pn ? 1 : -1;
            } else {
                c = p.compareTo(q);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    // ------------------------------------------------------------------------------------------
    // the target file

    static List<String> dependencyLines(Collection<Pick> picks) {
        List<Pick> sorted = new ArrayList<>(picks);
        sorted.sort(Comparator.comparing(p -> p.ga));
        List<String> out = new ArrayList<>();
        for (Pick p : sorted) {
            out.add("<dependency><groupId>" + xml(p.ga.group()) + "</groupId><artifactId>" + xml(p.ga.artifact())
                    + "</artifactId><version>" + xml(p.version) + "</version><type>jar</type></dependency>");
        }
        return out;
    }

    /** Replaces the lines between <!-- NAME:BEGIN --> and <!-- NAME:END -->, indented like the markers. */
    static String rewriteBlock(String text, String name, List<String> lines) {
        String begin = "<!-- " + name + ":BEGIN -->";
        String end = "<!-- " + name + ":END -->";
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        if (b < 0 || e < 0 || text.indexOf(begin, b + 1) >= 0 || text.indexOf(end, e + 1) >= 0 || e < b) {
            throw new Failure(TARGET_FILE + " must hold exactly one " + begin + " followed by one " + end);
        }
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        int beginLineEnd = text.indexOf('\n', b);
        int endLineStart = text.lastIndexOf('\n', e) + 1;
        if (beginLineEnd < 0 || beginLineEnd >= e || endLineStart <= beginLineEnd) {
            throw new Failure(TARGET_FILE + ": " + begin + " and " + end + " must be on lines of their own");
        }
        String indent = text.substring(endLineStart, e);
        if (!indent.isBlank()) {
            throw new Failure(TARGET_FILE + ": " + end + " must be on a line of its own");
        }
        StringBuilder sb = new StringBuilder(text.substring(0, beginLineEnd + 1));
        for (String l : lines) {
            sb.append(indent).append(l).append(nl);
        }
        sb.append(text.substring(endLineStart));
        return sb.toString();
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Prints the lines only in a (-) and only in b (+), in file order. */
    static void printDiff(String a, String b) {
        List<String> x = List.of(a.split("\r?\n", -1));
        List<String> y = List.of(b.split("\r?\n", -1));
        Set<String> xs = new java.util.HashSet<>(x);
        Set<String> ys = new java.util.HashSet<>(y);
        for (String l : x) {
            if (!ys.contains(l)) {
                System.out.println("- " + l.strip());
            }
        }
        for (String l : y) {
            if (!xs.contains(l)) {
                System.out.println("+ " + l.strip());
            }
        }
    }

    static void writeIfChanged(Path file, String old, String now) {
        if (old.equals(now)) {
            log("unchanged: " + file.getFileName());
            return;
        }
        try {
            Files.writeString(file, now, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Failure("cannot write " + file + ": " + e.getMessage());
        }
        log("wrote " + file.getFileName());
    }

    // ------------------------------------------------------------------------------------------
    // small helpers

    static Path findRepoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(TARGET_FILE))) {
                return p;
            }
        }
        throw new Failure("run this from the Tagwright repository (no " + TARGET_FILE + " above " + dir + ")");
    }

    static List<Ga> readGaList(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Failure("cannot read " + file + ": " + e.getMessage());
        }
        Set<Ga> out = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int hash = l.indexOf('#');
            if (hash >= 0) {
                l = l.substring(0, hash);
            }
            l = l.strip();
            if (l.isEmpty()) {
                continue;
            }
            String[] p = l.split(":");
            if (p.length != 2 || p[0].isBlank() || p[1].isBlank()) {
                throw new Failure(file.getFileName() + " line " + (i + 1) + ": expected groupId:artifactId, got '"
                        + l + "'");
            }
            out.add(new Ga(p[0].strip(), p[1].strip()));
        }
        return new ArrayList<>(out);
    }

    static String parseDay(String s) {
        try {
            return LocalDate.parse(s.strip(), DAY).format(DAY);
        } catch (DateTimeParseException e) {
            throw new Failure("not a date in the form YYYYMMDD: '" + s + "'");
        }
    }

    static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Failure("cannot read " + file + ": " + e.getMessage());
        }
    }

    static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Failure("cannot read " + file + ": " + e.getMessage());
        }
    }

    static Document parseXml(byte[] bytes, String what) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setExpandEntityReferences(false);
            DocumentBuilder db = f.newDocumentBuilder();
            db.setErrorHandler(null);
            return db.parse(new java.io.ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new Failure("cannot parse " + what + ": " + e.getMessage());
        }
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String tag, String dflt) {
        List<Element> c = children(parent, tag);
        return c.isEmpty() ? dflt : c.get(0).getTextContent().strip();
    }

    static String interpolate(String s, Map<String, String> props, String where) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = props.get(m.group(1));
            if (v == null) {
                throw new Failure(where + ": cannot resolve ${" + m.group(1) + "}");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static synchronized void log(String s) {
        System.err.println(s);
    }

    /** An error with a message meant for the user; main prints it and exits with 2. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }
}
