package io.tagwright.index.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

import io.tagwright.core.dataset.DatasetSnapshot.Image;
import io.tagwright.core.tags.CaptionTokens;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ViewAnnotation;

/**
 * The index's documents: one per image. Tag and caption values are matching keys (lower case,
 * {@code _} as space, see {@code CaptionSyntax.key}); {@link #SPELLING} keeps a caption's spelling of a tag
 * where it is not the key itself, for display. Changing what is indexed means bumping {@link #VERSION}:
 * indexes of another version are rebuilt.
 */
public final class Schema {

    /** Stored in the commit data; an index with another version is rebuilt from scratch. */
    public static final String VERSION = "9";

    /**
     * Exact image key: the update/delete term, and (same field, as doc values) what hits are read and sorted by;
     * one field for both lets Lucene skip documents that cannot make the first page of a sorted search. file:
     * queries match the doc values' lower-cased values ({@link FileQuery}).
     */
    public static final String KEY = "key";
    /**
     * The tag keys, one term per distinct key of a caption. Tag frequencies count these terms per document
     * ({@link TagOrdinals}): a caption's tag count ({@link #TAGS}) tells how many each document has.
     */
    public static final String TAG = "tag";
    /** key + {@link #SEP} + spelling, for the tags a caption spells other than as their key (e.g. long_hair). */
    public static final String SPELLING = "spelling";
    /** The caption as normalised text (keys joined by ", "), for text: substring checks. */
    public static final String CAPTION = "caption_dv";
    public static final String WIDTH = "width";
    public static final String HEIGHT = "height";
    public static final String TAGS = "tags";
    public static final String TOKENS = "tokens";
    public static final String ASPECT = "aspect";
    public static final String RATIO = "ratio";
    public static final String VIEW = "view";
    public static final String VIEW_DV = "view_dv";
    public static final String FRAMING = "framing";
    public static final String FRAMING_DV = "framing_dv";
    public static final String SUBSET = "subset";
    public static final String SUBSET_DV = "subset_dv";
    public static final String FINGERPRINT = "fp";

    public static final char SEP = '\u001f';

    private Schema() {
    }

    /**
     * What a tag spelling contributes to documents: its matching key, the key's bytes for the tag field,
     * key + {@link #SEP} + spelling when the spelling is not the key (null otherwise), and its CLIP tokens (null
     * without a tokenizer). Shared by every document with the tag (Lucene reads the bytes without keeping them).
     */
    public record TagTerms(String key, BytesRef keyBytes, BytesRef spellingBytes, CaptionTokens.TagTokens tokens) {
        public static TagTerms of(String tag, CaptionTokens counter) {
            String key = io.tagwright.core.caption.CaptionSyntax.key(tag);
            return new TagTerms(key, new BytesRef(key), tag.equals(key) ? null : new BytesRef(key + SEP + tag),
                    counter == null ? null : counter.of(tag));
        }
    }

    /** portrait / square / landscape, as the aspect-ratio lint rule classes images; null when the size is unknown. */
    public static String aspectClass(int width, int height) {
        if (width <= 0 || height <= 0) {
            return null;
        }
        return io.tagwright.core.lint.rules.AspectRatioRule.aspectClass(width, height);
    }

    public static String viewValue(ViewAnnotation v) {
        return (v == null ? ViewAnnotation.UNSET : v).getLiteral();
    }

    public static String framingValue(FramingAnnotation f) {
        return (f == null ? FramingAnnotation.UNSET : f).getLiteral();
    }

    private static final Map<String, BytesRef> CONSTANT_TERMS = constantTerms();

    /** The bytes of the few values every document draws from (views, framings, aspect classes), made once. */
    private static Map<String, BytesRef> constantTerms() {
        Map<String, BytesRef> m = new HashMap<>();
        for (ViewAnnotation v : ViewAnnotation.VALUES) {
            m.put(v.getLiteral(), new BytesRef(v.getLiteral()));
        }
        for (FramingAnnotation f : FramingAnnotation.VALUES) {
            m.put(f.getLiteral(), new BytesRef(f.getLiteral()));
        }
        for (String a : List.of("portrait", "square", "landscape")) {
            m.put(a, new BytesRef(a));
        }
        return Map.copyOf(m);
    }

    private static BytesRef bytes(String value) {
        BytesRef b = CONSTANT_TERMS.get(value);
        return b != null ? b : new BytesRef(value);
    }

    private static final byte[] COMMA_SPACE = {',', ' '};

    /**
     * The document of an image.
     *
     * @param termsOf the index terms of a tag (memoised by the caller: datasets repeat their tags)
     * @param counter counts a caption whose tags cannot be counted from their {@link TagTerms#tokens()}; null when
     *        no tokenizer is configured (no token count is indexed)
     */
    public static Document document(Image image, Function<String, TagTerms> termsOf, CaptionTokens counter, long fingerprint) {
        Document d = new Document();
        BytesRef key = new BytesRef(image.key());
        d.add(new StringField(KEY, key, Field.Store.NO));
        d.add(new SortedDocValuesField(KEY, key));
        List<String> tags = image.tags();
        int n = tags.size();
        String[] distinct = new String[n];
        int distinctCount = 0;
        List<BytesRef> tagTerms = new ArrayList<>(n);
        List<BytesRef> spellingTerms = new ArrayList<>(0);
        // the caption text: the keys' bytes joined by ", " (a caption is short: copied straight into one array)
        byte[] caption = new byte[n * 24];
        int length = 0;
        int tokens = counter == null ? -1 : 0;
        for (int i = 0; i < n; i++) {
            TagTerms terms = termsOf.apply(tags.get(i));
            BytesRef k = terms.keyBytes();
            int need = length + (i > 0 ? 2 : 0) + k.length;
            if (need > caption.length) {
                caption = java.util.Arrays.copyOf(caption, Math.max(need, caption.length * 2));
            }
            if (i > 0) {
                caption[length++] = COMMA_SPACE[0];
                caption[length++] = COMMA_SPACE[1];
            }
            System.arraycopy(k.bytes, k.offset, caption, length, k.length);
            length += k.length;
            if (tokens >= 0) {
                CaptionTokens.TagTokens t = terms.tokens();
                tokens = t.clean() ? tokens + (i == n - 1 ? t.last() : t.followed()) : -1;
            }
            String tagKey = terms.key();
            if (!tagKey.isEmpty() && isNew(tagKey, distinct, distinctCount)) {
                distinct[distinctCount++] = tagKey;
                tagTerms.add(k);
                if (terms.spellingBytes() != null) {
                    spellingTerms.add(terms.spellingBytes());
                }
            }
        }
        if (counter != null && tokens < 0) {
            tokens = counter.countLine(tags);
        }
        d.add(new TermsField(TAG, tagTerms));
        if (!spellingTerms.isEmpty()) {
            d.add(new TermsField(SPELLING, spellingTerms));
        }
        d.add(new BinaryDocValuesField(CAPTION, new BytesRef(caption, 0, length)));
        // numbers are only ever filtered by range alongside other clauses: doc values (a column read per candidate)
        // answer that at 100k images in about a millisecond and cost far less to build than points
        d.add(new NumericDocValuesField(WIDTH, image.width()));
        d.add(new NumericDocValuesField(HEIGHT, image.height()));
        d.add(new NumericDocValuesField(TAGS, distinctCount));
        if (tokens >= 0) {
            d.add(new NumericDocValuesField(TOKENS, tokens));
        }
        String aspect = aspectClass(image.width(), image.height());
        if (aspect != null) {
            d.add(new StringField(ASPECT, bytes(aspect), Field.Store.NO));
            d.add(new NumericDocValuesField(RATIO, NumericUtils.floatToSortableInt((float) image.width() / image.height())));
        }
        BytesRef view = bytes(viewValue(image.view()));
        d.add(new StringField(VIEW, view, Field.Store.NO));
        d.add(new SortedDocValuesField(VIEW_DV, view));
        BytesRef framing = bytes(framingValue(image.framing()));
        d.add(new StringField(FRAMING, framing, Field.Store.NO));
        d.add(new SortedDocValuesField(FRAMING_DV, framing));
        String folder = image.subset().folder();
        d.add(new StringField(SUBSET, folder.toLowerCase(Locale.ROOT), Field.Store.NO));
        String classKey = termsOf.apply(image.subset().classTokens()).key();
        if (!classKey.isEmpty() && !classKey.equals(folder.toLowerCase(Locale.ROOT))) {
            d.add(new StringField(SUBSET, classKey, Field.Store.NO));
        }
        d.add(new SortedDocValuesField(SUBSET_DV, new BytesRef(folder)));
        d.add(new NumericDocValuesField(FINGERPRINT, fingerprint));
        return d;
    }

    /**
     * Whether {@code key} is not among the first {@code count} of {@code seen}: a caption has a few dozen tags at
     * most, so a scan (identity first; String caches its hash) beats hashing them into a set per document.
     */
    private static boolean isNew(String key, String[] seen, int count) {
        int h = key.hashCode();
        for (int j = 0; j < count; j++) {
            String s = seen[j];
            if (s == key || s.hashCode() == h && s.equals(key)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Several exact terms of one field as one field instance (as many {@link StringField}s would index them):
     * Lucene sets up a field once per instance, which cost more than indexing the terms themselves.
     */
    private static final class TermsField extends Field {
        private final List<BytesRef> terms;

        TermsField(String name, List<BytesRef> terms) {
            super(name, StringField.TYPE_NOT_STORED);
            this.terms = terms;
        }

        @Override
        public org.apache.lucene.analysis.TokenStream tokenStream(org.apache.lucene.analysis.Analyzer analyzer,
                org.apache.lucene.analysis.TokenStream reuse) {
            Terms stream = reuse instanceof Terms t ? t : new Terms();
            stream.terms = terms;
            return stream;
        }

        private static final class Terms extends org.apache.lucene.analysis.TokenStream {
            private final org.apache.lucene.analysis.tokenattributes.BytesTermAttribute term =
                    addAttribute(org.apache.lucene.analysis.tokenattributes.BytesTermAttribute.class);
            private List<BytesRef> terms = List.of();
            private int next;

            @Override
            public boolean incrementToken() {
                if (next == terms.size()) {
                    return false;
                }
                clearAttributes();
                term.setBytesRef(terms.get(next++));
                return true;
            }

            @Override
            public void reset() {
                next = 0;
            }
        }
    }

    /**
     * A 64-bit fingerprint of everything a document holds: an unchanged fingerprint means the document is up to
     * date and is not rewritten when the index is brought up to date.
     */
    public static long fingerprint(Image image) {
        long h = 0x9E3779B97F4A7C15L;
        h = mix(h, image.key());
        h = mix(h, image.subset().folder());
        h = mix(h, image.subset().classTokens());
        for (String t : image.tags()) {
            h = mix(h, t);
        }
        h = mix(h, image.width() * 65_537L + image.height());
        h = mix(h, viewValue(image.view()));
        h = mix(h, framingValue(image.framing()));
        return h;
    }

    private static long mix(long h, String s) {
        long x = h;
        for (int i = 0; i < s.length(); i++) {
            x = (x ^ s.charAt(i)) * 0x100000001B3L;
        }
        return mix(x, s.length());
    }

    private static long mix(long h, long v) {
        long x = (h ^ v) * 0xBF58476D1CE4E5B9L;
        x ^= x >>> 31;
        return x * 0x94D049BB133111EBL;
    }
}
