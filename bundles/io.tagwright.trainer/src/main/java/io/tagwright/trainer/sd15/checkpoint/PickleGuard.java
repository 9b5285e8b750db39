package io.tagwright.trainer.sd15.checkpoint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses pickle-based checkpoints before anything reads them. {@code .ckpt/.pt/.pth/.bin} files and
 * anything that starts like a pickle stream (protocol 2–5 header) or a zip archive ({@code torch.save}'s
 * format) can execute code when unpickled; the trainer never deserializes them.
 */
public final class PickleGuard {

    static final Set<String> PICKLE_EXTENSIONS = Set.of(".ckpt", ".pt", ".pth", ".bin", ".pkl", ".pickle");

    private PickleGuard() {
    }

    public static void check(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : PICKLE_EXTENSIONS) {
            if (name.endsWith(ext)) {
                throw refusal(file, "has the pickle extension " + ext);
            }
        }
        if (Files.isRegularFile(file)) {
            byte[] head = new byte[4];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, 4);
            }
            if (n >= 2 && (head[0] & 0xFF) == 0x80 && head[1] >= 2 && head[1] <= 5) {
                throw refusal(file, "starts with a pickle header");
            }
            if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                throw refusal(file, "is a zip archive (PyTorch's torch.save format)");
            }
        }
    }

    private static CheckpointException refusal(Path file, String why) {
        return new CheckpointException(file, why + ": pickle checkpoints can run arbitrary code and are never "
                + "loaded; use a .safetensors file (convert it once with a trusted tool)");
    }
}
