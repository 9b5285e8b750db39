package io.tagwright.index.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
     * What a tag spelling contributes to documents: its matching key, the key's bytes for the tag field, and
     * key + {@link #SEP} + spelling when the spelling is not the key (null otherwise). Shared by every document
     * with the tag (Lucene reads the bytes without keeping them).
     */
    public record TagTerms(String key, BytesRef keyBytes, BytesRef spellingBytes) {
        public static TagTerms of(String tag) {
            String key = io.tagwright.core.caption.CaptionSyntax.key(tag);
            return new TagTerms(key, new BytesRef(key), tag.equals(key) ? null : new BytesRef(key + SEP + tag));
        }
    }

    /** The normalised caption text: tag keys joined by ", ". */
    public static String captionText(List<String> tagKeys) {
        return String.join(", ", tagKeys);
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

    /**
     * The document of an image.
     *
     * @param termsOf the index terms of a tag (memoised by the caller: datasets repeat their tags)
     * @param tokens the caption's CLIP token count, or -1 when no tokenizer is configured
     */
    public static Document document(Image image, Function<String, TagTerms> termsOf, int tokens, long fingerprint) {
        Document d = new Document();
        BytesRef key = new BytesRef(image.key());
        d.add(new StringField(KEY, key, Field.Store.NO));
        d.add(new SortedDocValuesField(KEY, key));
        List<String> keys = new ArrayList<>(image.tags().size());
        Set<String> distinct = new HashSet<>();
        List<BytesRef> tagTerms = new ArrayList<>(image.tags().size());
        List<BytesRef> spellingTerms = new ArrayList<>(0);
        for (String t : image.tags()) {
            TagTerms terms = termsOf.apply(t);
            keys.add(terms.key());
            if (!terms.key().isEmpty() && distinct.add(terms.key())) {
                tagTerms.add(terms.keyBytes());
                if (terms.spellingBytes() != null) {
                    spellingTerms.add(terms.spellingBytes());
                }
            }
        }
        d.add(new TermsField(TAG, tagTerms));
        if (!spellingTerms.isEmpty()) {
            d.add(new TermsField(SPELLING, spellingTerms));
        }
        d.add(new BinaryDocValuesField(CAPTION, new BytesRef(captionText(keys).getBytes(StandardCharsets.UTF_8))));
        // numbers are only ever filtered by range alongside other clauses: doc values (a column read per candidate)
        // answer that at 100k images in about a millisecond and cost far less to build than points
        d.add(new NumericDocValuesField(WIDTH, image.width()));
        d.add(new NumericDocValuesField(HEIGHT, image.height()));
        d.add(new NumericDocValuesField(TAGS, distinct.size()));
        if (tokens >= 0) {
            d.add(new NumericDocValuesField(TOKENS, tokens));
        }
        String aspect = aspectClass(image.width(), image.height());
        if (aspect != null) {
            d.add(new StringField(ASPECT, aspect, Field.Store.NO));
            d.add(new NumericDocValuesField(RATIO, NumericUtils.floatToSortableInt((float) image.width() / image.height())));
        }
        String view = viewValue(image.view());
        d.add(new StringField(VIEW, view, Field.Store.NO));
        d.add(new SortedDocValuesField(VIEW_DV, new BytesRef(view)));
        String framing = framingValue(image.framing());
        d.add(new StringField(FRAMING, framing, Field.Store.NO));
        d.add(new SortedDocValuesField(FRAMING_DV, new BytesRef(framing)));
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
