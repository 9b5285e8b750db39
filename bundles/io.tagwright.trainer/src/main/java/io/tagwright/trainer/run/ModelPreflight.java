package io.tagwright.trainer.run;

import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.event.TrainerEvent.ErrorKind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the base model and tokenizer locations before anything heavy starts: the model exists,
 * is a {@code .safetensors} file (with a plausible header) or a diffusers folder, pickle files are
 * refused, and a CLIP tokenizer can be found (the model's {@code tokenizer/} folder, else
 * {@code tokenizer_dir}). Nothing is downloaded, ever.
 */
public final class ModelPreflight {

    /** Where the model and its tokenizer are. {@code tokenizerDir} is null when none was found. */
    public record ModelFiles(Path model, boolean diffusersFolder, Path tokenizerDir) {
    }

    private static final Set<String> PICKLE = Set.of("ckpt", "pt", "pth", "bin", "pkl", "pickle");

    private ModelPreflight() {
    }

    public static ModelFiles check(RunConfig c) throws TrainingException {
        Path model = c.path("pretrained_model_name_or_path");
        if (model == null) {
            throw new TrainingException(ErrorKind.MISSING_MODEL, "pretrained_model_name_or_path is not set",
                    "point it at an SD1.5 .safetensors file or a diffusers model folder", null);
        }
        if (!Files.exists(model)) {
            throw new TrainingException(ErrorKind.MISSING_MODEL, model + ": base model not found",
                    "Tagwright never downloads models; put the file there or fix pretrained_model_name_or_path", null);
        }
        String name = model.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        boolean folder = Files.isDirectory(model);
        if (!folder && PICKLE.contains(ext)) {
            throw new TrainingException(ErrorKind.PICKLE_REFUSED, model + ": is a pickle checkpoint (." + ext
                    + "); loading it could run arbitrary code, so Tagwright loads only .safetensors",
                    "convert it to .safetensors with a trusted tool, or download the .safetensors release of the model", null);
        }
        if (folder) {
            if (!Files.isDirectory(model.resolve("unet")) || !Files.isDirectory(model.resolve("text_encoder"))
                    || !Files.isDirectory(model.resolve("vae"))) {
                throw new TrainingException(ErrorKind.MISSING_MODEL, model + ": not a diffusers model folder (needs unet/, text_encoder/, vae/)",
                        null, null);
            }
        } else {
            if (!ext.equals("safetensors")) {
                throw new TrainingException(ErrorKind.MISSING_MODEL, model + ": not a .safetensors file", null, null);
            }
            checkSafetensorsHeader(model);
        }
        Path tok = null;
        if (folder && Files.isRegularFile(model.resolve("tokenizer/vocab.json"))) {
            tok = model.resolve("tokenizer");
        }
        Path configured = c.path("tokenizer_dir");
        if (tok == null && configured != null) {
            if (!Files.exists(configured)) {
                throw new TrainingException(ErrorKind.MISSING_MODEL, configured + ": tokenizer_dir does not exist",
                        "point tokenizer_dir at a folder with vocab.json and merges.txt (a diffusers model's tokenizer/)", null);
            }
            tok = configured;
        }
        return new ModelFiles(model, folder, tok);
    }

    /** The tokenizer folder or a {@link TrainingException} that says exactly what to point at. */
    public static Path requireTokenizer(ModelFiles m) throws TrainingException {
        if (m.tokenizerDir() == null) {
            throw new TrainingException(ErrorKind.MISSING_MODEL, "no CLIP tokenizer: " + m.model()
                    + " is a single-file checkpoint, which carries none",
                    "set tokenizer_dir to a folder with vocab.json and merges.txt (e.g. the tokenizer/ folder of any SD1.5 "
                            + "diffusers model) or to CLIP's bpe_simple_vocab_16e6.txt.gz; nothing is downloaded",
                    null);
        }
        return m.tokenizerDir();
    }

    private static void checkSafetensorsHeader(Path model) throws TrainingException {
        try (InputStream in = Files.newInputStream(model)) {
            byte[] head = in.readNBytes(9);
            long size = Files.size(model);
            if (head.length < 9) {
                throw new TrainingException(ErrorKind.MISSING_MODEL, model + ": file is too short to be a safetensors model", null, null);
            }
            long n = ByteBuffer.wrap(head, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            if (n <= 0 || n > size - 8 || head[8] != '{') {
                boolean zip = head[0] == 'P' && head[1] == 'K';
                throw new TrainingException(zip ? ErrorKind.PICKLE_REFUSED : ErrorKind.MISSING_MODEL,
                        model + (zip ? ": is a PyTorch zip/pickle archive named .safetensors; refused"
                                : ": not a valid safetensors file (bad header)"),
                        null, null);
            }
        } catch (IOException e) {
            throw new TrainingException(ErrorKind.MISSING_MODEL, model + ": cannot read: " + e.getMessage(), null, e);
        }
    }
}
