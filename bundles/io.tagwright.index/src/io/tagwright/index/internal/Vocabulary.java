package io.tagwright.index.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A ranked list of tag names and aliases for autocompletion, built once and then read by any thread.
 *
 * <p>Each entry is a matching key pointing at its tag; tags are ranked by the caller (by post count, or by
 * dataset frequency). Prefix matches come from a binary search over the sorted keys; substring matches walk
 * the posting list of the query's rarest trigram in rank order, so the first hits found are the best ones
 * and the walk stops as soon as enough are found.
 */
public final class Vocabulary {

    /** Matching entries, best first: tag indexes with the entry that matched. */
    public record Match(int tag, int entry) {
    }

    private final String[] keys;
    private final int[] tagOf;
    private final boolean[] alias;
    /** entries sorted by key */
    private final int[] byKey;
    /** entries in rank order; rankOf[entry] is its position */
    private final int[] byRank;
    private final int[] rankOf;
    private final TrigramTable trigrams;

    /**
     * @param keys     entry keys (names and aliases, already normalised)
     * @param tagOf    the tag each entry belongs to
     * @param alias    whether each entry is an alias
     * @param tagRank  rank of each tag, 0 = best
     */
    public Vocabulary(List<String> keys, int[] tagOf, boolean[] alias, int[] tagRank) {
        int n = keys.size();
        this.keys = keys.toArray(new String[0]);
        this.tagOf = tagOf;
        this.alias = alias;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> this.keys[a].compareTo(this.keys[b]));
        byKey = new int[n];
        for (int i = 0; i < n; i++) {
            byKey[i] = order[i];
        }
        // rank: the tag's rank, names before aliases of the same tag
        Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(tagRank[tagOf[a]], tagRank[tagOf[b]]);
            return c != 0 ? c : Boolean.compare(alias[a], alias[b]);
        });
        byRank = new int[n];
        rankOf = new int[n];
        for (int i = 0; i < n; i++) {
            byRank[i] = order[i];
            rankOf[order[i]] = i;
        }
        trigrams = buildTrigrams();
    }

    /** Trigram → posting list of rank positions (ascending), in an open-addressing table of primitive longs. */
    private static final class TrigramTable {
        private long[] keys;
        private int[] slots;
        private int size;
        final List<int[]> lists = new ArrayList<>();

        TrigramTable(int expected) {
            int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
            keys = new long[cap];
            slots = new int[cap];
            Arrays.fill(slots, -1);
        }

        /** The list index of {@code t}, or -1. */
        int get(long t) {
            int mask = keys.length - 1;
            for (int i = hash(t) & mask;; i = (i + 1) & mask) {
                if (slots[i] < 0) {
                    return -1;
                }
                if (keys[i] == t) {
                    return slots[i];
                }
            }
        }

        int getOrAdd(long t) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            for (int i = hash(t) & mask;; i = (i + 1) & mask) {
                if (slots[i] < 0) {
                    keys[i] = t;
                    slots[i] = size++;
                    lists.add(null);
                    return slots[i];
                }
                if (keys[i] == t) {
                    return slots[i];
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldSlots = slots;
            keys = new long[oldKeys.length * 2];
            slots = new int[oldKeys.length * 2];
            Arrays.fill(slots, -1);
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldSlots[j] >= 0) {
                    int i = hash(oldKeys[j]) & mask;
                    while (slots[i] >= 0) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    slots[i] = oldSlots[j];
                }
            }
        }

        private static int hash(long t) {
            long x = t * 0x9E3779B97F4A7C15L;
            return (int) (x ^ (x >>> 32));
        }
    }

    private TrigramTable buildTrigrams() {
        TrigramTable table = new TrigramTable(1 << 15);
        int[] counts = new int[1 << 15];
        // pass 1: count the entries per trigram
        for (int pos = 0; pos < byRank.length; pos++) {
            String k = keys[byRank[pos]];
            for (int i = 0; i + 3 <= k.length(); i++) {
                int id = table.getOrAdd(trigram(k, i));
                if (id >= counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
                counts[id]++;
            }
        }
        for (int id = 0; id < table.size; id++) {
            table.lists.set(id, new int[counts[id] + 1]); // slot 0: fill level
        }
        // pass 2: fill; rank positions ascend, so a trigram repeated within one key repeats the last position
        for (int pos = 0; pos < byRank.length; pos++) {
            String k = keys[byRank[pos]];
            for (int i = 0; i + 3 <= k.length(); i++) {
                int[] l = table.lists.get(table.get(trigram(k, i)));
                if (l[0] == 0 || l[l[0]] != pos) {
                    l[++l[0]] = pos;
                }
            }
        }
        return table;
    }

    private static long trigram(String s, int i) {
        return ((long) s.charAt(i) << 32) | ((long) s.charAt(i + 1) << 16) | s.charAt(i + 2);
    }

    public int size() {
        return keys.length;
    }

    public boolean isAlias(int entry) {
        return alias[entry];
    }

    public String key(int entry) {
        return keys[entry];
    }

    /** The best {@code limit} tags with an entry starting with {@code prefix}, one match per tag. */
    public List<Match> prefix(String prefix, int limit) {
        int lo = 0;
        int hi = byKey.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[byKey[mid]].compareTo(prefix) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Best best = new Best(limit);
        for (int i = lo; i < byKey.length && keys[byKey[i]].startsWith(prefix); i++) {
            best.offer(byKey[i]);
        }
        return best.result();
    }

    /** The best {@code limit} tags with an entry containing {@code text}, one match per tag. */
    public List<Match> contains(String text, int limit) {
        List<Match> out = new ArrayList<>();
        if (text.length() < 3) {
            for (int pos = 0; pos < byRank.length && out.size() < limit; pos++) {
                int e = byRank[pos];
                if (keys[e].contains(text) && !hasTag(out, tagOf[e])) {
                    out.add(new Match(tagOf[e], e));
                }
            }
            return out;
        }
        int[] rarest = null;
        for (int i = 0; i + 3 <= text.length(); i++) {
            int id = trigrams.get(trigram(text, i));
            if (id < 0) {
                return out;
            }
            int[] l = trigrams.lists.get(id);
            if (rarest == null || l[0] < rarest[0]) {
                rarest = l;
            }
        }
        for (int j = 1; j <= rarest[0] && out.size() < limit; j++) {
            int e = byRank[rarest[j]];
            if (keys[e].contains(text) && !hasTag(out, tagOf[e])) {
                out.add(new Match(tagOf[e], e));
            }
        }
        return out;
    }

    private static boolean hasTag(List<Match> matches, int tag) {
        for (Match m : matches) {
            if (m.tag() == tag) {
                return true;
            }
        }
        return false;
    }

    /** The best entries by rank, one per tag, kept in a small sorted array. */
    private final class Best {
        private final int limit;
        private final int[] ranks;
        private int size;

        Best(int limit) {
            this.limit = Math.max(0, limit);
            this.ranks = new int[this.limit];
        }

        void offer(int entry) {
            if (limit == 0) {
                return;
            }
            int r = rankOf[entry];
            int tag = tagOf[entry];
            for (int i = 0; i < size; i++) {
                if (tagOf[byRank[ranks[i]]] == tag) {
                    if (r < ranks[i]) {
                        remove(i);
                        break;
                    }
                    return;
                }
            }
            if (size == limit && r >= ranks[size - 1]) {
                return;
            }
            int at = size == limit ? size - 1 : size++;
            while (at > 0 && ranks[at - 1] > r) {
                ranks[at] = ranks[at - 1];
                at--;
            }
            ranks[at] = r;
        }

        private void remove(int i) {
            System.arraycopy(ranks, i + 1, ranks, i, size - i - 1);
            size--;
        }

        List<Match> result() {
            List<Match> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int e = byRank[ranks[i]];
                out.add(new Match(tagOf[e], e));
            }
            return out;
        }
    }
}
