package io.tagwright.index.query;

import java.util.Locale;

/** The fields of the query language. A term without a field is a {@link #TAG}. */
public enum Field {
    /** A tag: exact ({@code _} ≡ space, any case), prefix ({@code blue_*}) or wildcard ({@code *_hair}). */
    TAG(Kind.TEXT, "a tag, e.g. tag:long_hair, tag:blue_* or tag:\"long hair\""),
    /** The view annotation. */
    VIEW(Kind.TEXT, "a view: front, slightly_left, slightly_right, left_profile, right_profile, from_above, from_below, from_behind, unset"),
    /** The framing annotation. */
    FRAMING(Kind.TEXT, "a framing: close-up, upper_body, cowboy_shot, full_body, unset"),
    /** The subset folder ({@code 10_name}) or its class tokens ({@code name}). */
    SUBSET(Kind.TEXT, "a subset folder or its class tokens, e.g. subset:10_mychar or subset:mychar"),
    /** Part of the image's path relative to the dataset root, or a wildcard over it or the file name. */
    FILE(Kind.TEXT, "part of a file path, or a wildcard such as file:*.jpg"),
    /** Text anywhere in the caption: a word, part of one, or a phrase across tags. */
    TEXT(Kind.TEXT, "text in the caption, e.g. text:hair or text:\"hair, blue eyes\""),
    WIDTH(Kind.INTEGER, "a width in pixels, e.g. width:>=768 or width:512..1024"),
    HEIGHT(Kind.INTEGER, "a height in pixels, e.g. height:<768"),
    /** portrait, square or landscape; or a width/height ratio comparison. */
    ASPECT(Kind.TEXT, "portrait, square or landscape, or a ratio comparison such as aspect:>1.5"),
    /** Number of tags in the caption. */
    TAGS(Kind.INTEGER, "a number of tags, e.g. tags:<5 or tags:0"),
    /** Number of CLIP tokens of the caption. */
    TOKENS(Kind.INTEGER, "a number of CLIP tokens, e.g. tokens:>75"),
    /** A lint rule id with a finding on the image. */
    PROBLEM(Kind.TEXT, "a lint rule id, e.g. problem:duplicate-tag or problem:*");

    /** What values the field takes. */
    public enum Kind {
        TEXT, INTEGER
    }

    private final Kind kind;
    private final String help;

    Field(Kind kind, String help) {
        this.kind = kind;
        this.help = help;
    }

    public Kind kind() {
        return kind;
    }

    /** What a value looks like, for error messages and completion. */
    public String help() {
        return help;
    }

    /** The name written in queries, e.g. {@code width}. */
    public String fieldName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field written as {@code name} (any case), or null. */
    public static Field named(String name) {
        for (Field f : values()) {
            if (f.fieldName().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    /** "tag, view, framing, ..." for error messages. */
    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (Field f : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(f.fieldName());
        }
        return sb.toString();
    }
}
