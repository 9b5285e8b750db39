package io.tagwright.trainer.engine;

import io.tagwright.trainer.cli.TrainerMain;
import io.tagwright.trainer.data.DatasetFixture;
import io.tagwright.trainer.protocol.event.EventCodec;
import io.tagwright.trainer.protocol.event.TrainerEvent;
import io.tagwright.trainer.testutil.Shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real training run on the tiny model from shared/data: a small dataset made here (64×64 images,
 * 8×8 latents) and a run.toml, trained through the CLI with the DJL engine.
 */
final class TinyRun {

    record Result(int code, String out, String err, List<TrainerEvent> events) {
        <T extends TrainerEvent> List<T> of(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }

        TrainerEvent.Finished finished() {
            return (TrainerEvent.Finished) events.get(events.size() - 1);
        }
    }

    private TinyRun() {
    }

    /** {@code images} pictures in {@code img/<repeats>_ohwx} and a run.toml; {@code extra} is appended to it. */
    static Path setup(Path dir, int images, int repeats, String extra) throws IOException {
        DatasetFixture f = new DatasetFixture(dir);
        f.images("img/" + repeats + "_ohwx", images, 64, 64);
        Files.writeString(dir.resolve("prompts.txt"), "ohwx, portrait --w 64 --h 64 --s 3 --d 5\n"
                + "ohwx, tag1 --w 72 --h 64 --s 2 --l 1 --n blurry\n");
        Path model = Shared.diffusersFolder();
        String base = """
                pretrained_model_name_or_path = "%s"
                train_data_dir = "img"
                output_dir = "out"
                output_name = "ohwx"
                network_module = "networks.lora"
                network_dim = 4
                network_alpha = 3
                resolution = "64"
                caption_extension = ".txt"
                optimizer_type = "AdamW"
                learning_rate = 1e-3
                seed = 3
                """.formatted(model.toString().replace("\\", "\\\\"));
        // settings in extra replace the defaults above (TOML forbids a key twice)
        java.util.Set<String> overridden = new java.util.HashSet<>();
        for (String line : extra.split("\n")) {
            if (line.contains("=")) {
                overridden.add(line.substring(0, line.indexOf('=')).strip());
            }
        }
        StringBuilder toml = new StringBuilder();
        for (String line : base.split("\n")) {
            if (!line.contains("=") || !overridden.contains(line.substring(0, line.indexOf('=')).strip())) {
                toml.append(line).append('\n');
            }
        }
        Files.writeString(dir.resolve("run.toml"), toml + extra);
        return dir.resolve("run.toml");
    }

    static Result train(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        String[] full = new String[args.length + 3];
        full[0] = "train";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--events";
        full[args.length + 2] = "stdout";
        int code = TrainerMain.run(full, null, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), DjlTrainingLoop::new, false);
        String out = o.toString(StandardCharsets.UTF_8);
        List<TrainerEvent> events = new ArrayList<>();
        for (String line : out.split("\n")) {
            EventCodec.fromLine(line).ifPresent(events::add);
        }
        return new Result(code, out, e.toString(StandardCharsets.UTF_8), events);
    }
}
