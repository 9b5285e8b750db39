package io.tagwright.trainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.data.DatasetFixture;
import io.tagwright.trainer.engine.DjlTrainingLoop;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tiny-model}: a model for any dataset, learned from its captions, that the trainer can train. */
class TinyModelCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = TrainerMain.run(args, null, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), DjlTrainingLoop::new, false);
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesAModelFromTheCaptionsThatTrains(@TempDir Path dir) throws Exception {
        DatasetFixture f = new DatasetFixture(dir);
        f.images("img/2_ohwx", 2, 64, 64);
        Files.write(dir.resolve("img/2_ohwx/latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Path model = dir.resolve("model/tiny");

        Run r = run("tiny-model", model.toString(), "--captions", dir.resolve("img").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("latin1.txt is not UTF-8"), r.err());
        for (String part : List.of("model_index.json", "unet/diffusion_pytorch_model.safetensors",
                "vae/diffusion_pytorch_model.safetensors", "text_encoder/model.safetensors", "tokenizer/vocab.json",
                "tokenizer/merges.txt")) {
            assertTrue(Files.exists(model.resolve(part)), part);
        }
        assertTrue(Files.readString(model.resolve("tokenizer/vocab.json")).contains("\"common</w>\""),
                "the vocabulary learned the captions' words");
        if (model.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(model)), "readable by others, like any folder");
        }
        try (Stream<Path> s = Files.list(model.getParent())) {
            assertEquals(List.of(model), s.toList(), "no partial folder left beside it");
        }

        Run again = run("tiny-model", model.toString());
        assertEquals(ExitCode.USAGE.code(), again.code());
        assertTrue(again.err().contains("already exists"), again.err());

        Files.writeString(dir.resolve("run.toml"), """
                pretrained_model_name_or_path = "model/tiny"
                train_data_dir = "img"
                output_dir = "out"
                output_name = "ohwx"
                network_module = "networks.lora"
                network_dim = 4
                network_alpha = 2
                resolution = "64"
                caption_extension = ".txt"
                optimizer_type = "AdamW"
                learning_rate = 1e-3
                max_train_steps = 2
                """);
        Run train = run("train", "--config", dir.resolve("run.toml").toString(), "--events", "none");
        assertEquals(0, train.code(), train.err());
        assertTrue(Files.exists(dir.resolve("out/ohwx.safetensors")));
        assertFalse(Files.exists(dir.resolve("out/ohwx-state")));
    }
}
