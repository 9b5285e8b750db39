package io.tagwright.trainer.run;

import io.tagwright.trainer.protocol.json.Json;
import io.tagwright.trainer.protocol.json.JsonException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the CLI needs to know about a training-state folder before the engine starts: the seed it
 * was trained with, which a resumed run must keep (the data order and noise derive from it). The
 * engine owns the rest of the format ({@code train_state.json} beside the weights).
 */
public final class StateFolder {

    /** The state file every engine writes into a state folder. */
    public static final String STATE_FILE = "train_state.json";

    private StateFolder() {
    }

    /** The seed recorded in {@code dir}, or null when there is none to read. */
    public static Long seed(Path dir) {
        Path f = dir.resolve(STATE_FILE);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try {
            Map<String, Object> json = Json.parseObject(Files.readString(f));
            return json.get("seed") instanceof Number n ? n.longValue() : null;
        } catch (IOException | JsonException e) {
            return null;
        }
    }
}
