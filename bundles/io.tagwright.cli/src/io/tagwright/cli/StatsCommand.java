package io.tagwright.cli;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.CaptionStatus;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.Subset;
import io.tagwright.trainer.protocol.json.Json;

/** {@code tagwright stats}: what a dataset holds, per subset. */
final class StatsCommand implements Command {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "images, captions and tags of a dataset, per subset";
    }

    @Override
    public String usage() {
        return "usage: tagwright stats DATASET [--json]\n  DATASET: a kohya folder (with img/ or N_name folders) or a .tagwright file";
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Args a = new Args(args);
        boolean json = a.flag("--json");
        List<String> pos = a.positional();
        if (pos.size() != 1) {
            throw new UsageException("expected one DATASET");
        }
        DatasetSession session = Datasets.open(pos.get(0), console.progress());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("dataset", session.dataset().getName());
        result.put("root", session.root().toString());
        result.put("images", session.imageCount());
        Set<String> unique = new HashSet<>();
        long tagCount = 0;
        int missing = 0;
        List<Map<String, Object>> subsets = new java.util.ArrayList<>();
        for (Subset s : session.dataset().getSubsets()) {
            int subsetMissing = 0;
            for (ImageEntry e : s.getImages()) {
                tagCount += e.getTags().size();
                for (String t : e.getTags()) {
                    unique.add(CaptionSyntax.key(t));
                }
                if (e.getCaptionStatus() == CaptionStatus.MISSING) {
                    subsetMissing++;
                }
            }
            missing += subsetMissing;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("folder", s.getFolder());
            m.put("kind", s.getKind().getLiteral());
            m.put("repeats", s.getRepeats());
            m.put("images", s.getImages().size());
            m.put("missingCaptions", subsetMissing);
            subsets.add(m);
        }
        result.put("missingCaptions", missing);
        result.put("tags", tagCount);
        result.put("uniqueTags", unique.size());
        result.put("problems", session.problems().size());
        result.put("subsets", subsets);
        if (json) {
            console.out().println(Json.write(result));
        } else {
            console.out().printf("%s: %d images, %d without caption, %d tags (%d distinct), %d file problems%n",
                    result.get("dataset"), session.imageCount(), missing, tagCount, unique.size(), session.problems().size());
            for (Map<String, Object> m : subsets) {
                console.out().printf("  %-32s %-14s %6d images × %-3d %d without caption%n", m.get("folder"), m.get("kind"),
                        m.get("images"), m.get("repeats"), m.get("missingCaptions"));
            }
        }
        return ExitCodes.OK;
    }
}
