package io.tagwright.core.refactor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.core.tags.TagInfo;
import io.tagwright.core.tags.TagList;
import io.tagwright.model.ImageEntry;

/**
 * Changes the order of tags in captions (kohya's {@code keep_tokens} and caption shuffling make the first
 * tags special). Sorting is stable: tags that compare equal keep their order. With {@code keepTriggerFirst}
 * the trigger word and subset class tokens go first whatever the order.
 */
public final class ReorderTags extends CaptionRefactoring {

    public enum Order {
        /** The given tags first, in the given order; the rest keep theirs. */
        MOVE_TO_FRONT,
        /** Character, copyright, artist, general, meta, then tags the tag list does not know. */
        BY_CATEGORY,
        /** Most frequent in the dataset first. */
        BY_FREQUENCY,
        /** By matching key, A to Z. */
        ALPHABETICAL
    }

    private final Order order;
    private final List<String> front;
    private final TagList tagList;
    private final boolean keepTriggerFirst;

    private ReorderTags(Order order, List<String> front, TagList tagList, boolean keepTriggerFirst) {
        this.order = order;
        this.front = front;
        this.tagList = tagList;
        this.keepTriggerFirst = keepTriggerFirst;
    }

    /** Moves {@code tags} to the front (after the trigger when {@code keepTriggerFirst}). */
    public static ReorderTags moveToFront(List<String> tags, boolean keepTriggerFirst) {
        List<String> keys = new ArrayList<>();
        for (String t : tags) {
            for (String tag : CaptionSyntax.split(t)) {
                keys.add(CaptionSyntax.key(tag));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no tag to move to the front");
        }
        return new ReorderTags(Order.MOVE_TO_FRONT, List.copyOf(keys), null, keepTriggerFirst);
    }

    /** Sorts by category; the tag list supplies the categories. */
    public static ReorderTags byCategory(TagList tagList, boolean keepTriggerFirst) {
        if (tagList == null) {
            throw new IllegalArgumentException("sorting by category needs a tag list (tagcomplete CSV)");
        }
        return new ReorderTags(Order.BY_CATEGORY, List.of(), tagList, keepTriggerFirst);
    }

    public static ReorderTags byFrequency(boolean keepTriggerFirst) {
        return new ReorderTags(Order.BY_FREQUENCY, List.of(), null, keepTriggerFirst);
    }

    public static ReorderTags alphabetical(boolean keepTriggerFirst) {
        return new ReorderTags(Order.ALPHABETICAL, List.of(), null, keepTriggerFirst);
    }

    @Override
    public String label() {
        return switch (order) {
            case MOVE_TO_FRONT -> "Move " + RemoveTags.quoted(front) + " to the front";
            case BY_CATEGORY -> "Sort tags by category";
            case BY_FREQUENCY -> "Sort tags by frequency";
            case ALPHABETICAL -> "Sort tags alphabetically";
        };
    }

    private final Map<String, Integer> categoryRanks = new HashMap<>();

    private int categoryRank(String key) {
        return categoryRanks.computeIfAbsent(key, k -> {
            TagInfo t = tagList.resolve(k);
            if (t == null) {
                return 5;
            }
            return switch (t.category()) {
                case TagInfo.CHARACTER -> 0;
                case TagInfo.COPYRIGHT -> 1;
                case TagInfo.ARTIST -> 2;
                case TagInfo.GENERAL -> 3;
                case TagInfo.META -> 4;
                default -> 5;
            };
        });
    }

    @Override
    protected List<String> rewrite(RefactoringContext ctx, ImageEntry e, List<String> tags) {
        Set<String> triggers = keepTriggerFirst ? ctx.triggerKeys(e) : Set.of();
        List<String> out = new ArrayList<>(tags);
        Comparator<String> cmp = switch (order) {
            case MOVE_TO_FRONT -> Comparator.comparingInt(t -> {
                int i = front.indexOf(ctx.key(t));
                return i < 0 ? Integer.MAX_VALUE : i;
            });
            case BY_CATEGORY -> Comparator.comparingInt(t -> categoryRank(ctx.key(t)));
            case BY_FREQUENCY -> Comparator.comparingInt(t -> -ctx.frequencies().getOrDefault(ctx.key(t), 0));
            case ALPHABETICAL -> Comparator.comparing(ctx::key);
        };
        Comparator<String> withTrigger = Comparator.<String>comparingInt(t -> triggers.contains(ctx.key(t)) ? 0 : 1).thenComparing(cmp);
        out.sort(withTrigger); // List.sort is stable
        return out;
    }
}
