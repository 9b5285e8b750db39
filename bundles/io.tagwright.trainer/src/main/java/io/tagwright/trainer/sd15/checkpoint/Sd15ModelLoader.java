package io.tagwright.trainer.sd15.checkpoint;

import ai.djl.ndarray.NDManager;
import io.tagwright.trainer.io.SafetensorsReader;
import io.tagwright.trainer.nn.ModelContext;
import io.tagwright.trainer.nn.Ops;
import io.tagwright.trainer.nn.OpsBackend;
import io.tagwright.trainer.sd15.Sd15Model;
import io.tagwright.trainer.sd15.clip.ClipTextModel;
import io.tagwright.trainer.sd15.config.ModelConfig;
import io.tagwright.trainer.sd15.config.ModelConfigReader;
import io.tagwright.trainer.sd15.unet.Unet;
import io.tagwright.trainer.sd15.vae.AutoencoderKl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Loads an SD1.x model from a single-file LDM checkpoint ({@code .safetensors}) or a diffusers folder.
 *
 * <pre>{@code
 * try (Sd15Model model = Sd15ModelLoader.builder().setSource(path).build().load()) { ... }
 * }</pre>
 *
 * <p>Sizes come from the diffusers folder's configs, from {@link Builder#optConfig}, or default to
 * SD1.5's. Weights of any float dtype become float32. Missing weights, weights of the wrong shape and
 * unexpected keys inside a network's namespace fail the load with a list of them; keys outside the
 * three networks (EMA copies, LDM schedule buffers) and CLIP's {@code position_ids} are ignored.
 * Pickle files are refused before they are opened.
 */
public final class Sd15ModelLoader {

    /** The networks a caller wants. */
    public enum Component {
        TEXT_ENCODER, VAE, UNET
    }

    private static final int LIST_LIMIT = 12;

    private final Path source;
    private final ModelConfig config;
    private final Set<Component> components;
    private final OpsBackend backend;
    private final NDManager parent;

    private Sd15ModelLoader(Builder b) {
        this.source = b.source;
        this.config = b.config;
        this.components = b.components;
        this.backend = b.backend;
        this.parent = b.parent;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Loads the model; the caller closes it. */
    public Sd15Model load() throws IOException {
        if (!Files.exists(source)) {
            throw new CheckpointException(source, "no such file or folder");
        }
        boolean folder = Files.isDirectory(source);
        if (!folder) {
            PickleGuard.check(source);
        }
        ModelConfig cfg = config != null ? config
                : folder ? ModelConfigReader.readDiffusersFolder(source) : ModelConfig.sd15();
        NDManager manager = parent != null ? parent.newSubManager() : NDManager.newBaseManager();
        try {
            Ops ops = backend.create(manager);
            ClipTextModel te = components.contains(Component.TEXT_ENCODER)
                    ? new ClipTextModel(cfg.textEncoder(), ops) : null;
            AutoencoderKl vae = components.contains(Component.VAE) ? new AutoencoderKl(cfg.vae(), ops) : null;
            Unet unet = components.contains(Component.UNET) ? new Unet(cfg.unet(), ops) : null;
            if (folder) {
                loadDiffusers(manager, te, vae, unet);
            } else {
                loadLdm(manager, cfg, te, vae, unet);
            }
            return new Sd15Model(cfg, manager, ops, te, vae, unet);
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    private void loadLdm(NDManager manager, ModelConfig cfg, ClipTextModel te, AutoencoderKl vae, Unet unet)
            throws IOException {
        try (SafetensorsReader reader = SafetensorsReader.open(source)) {
            WeightLoader loader = new WeightLoader(reader);
            List<String> unexpected = new ArrayList<>();
            if (te != null) {
                loader.load(te.context(), manager, n -> List.of(LdmNames.TEXT_ENCODER_PREFIX + n));
                unexpected.addAll(loader.unexpected(LdmNames.TEXT_ENCODER_PREFIX, k -> k.endsWith("position_ids")));
            }
            if (vae != null) {
                loader.load(vae.context(), manager, n -> LdmNames.vae(n, cfg.vae()).stream()
                        .map(k -> LdmNames.VAE_PREFIX + k).toList());
                unexpected.addAll(loader.unexpected(LdmNames.VAE_PREFIX, k -> false));
            }
            if (unet != null) {
                loader.load(unet.context(), manager, n -> List.of(LdmNames.UNET_PREFIX + LdmNames.unet(n, cfg.unet())));
                unexpected.addAll(loader.unexpected(LdmNames.UNET_PREFIX, k -> false));
            }
            report(source, loader, unexpected, config == null);
        }
    }

    private void loadDiffusers(NDManager manager, ClipTextModel te, AutoencoderKl vae, Unet unet)
            throws IOException {
        if (te != null) {
            loadFolderPart(manager, te.context(), "text_encoder", "model", List::of, k -> k.endsWith("position_ids"));
        }
        if (vae != null) {
            loadFolderPart(manager, vae.context(), "vae", "diffusion_pytorch_model", LdmNames::vaeDiffusersAlternatives,
                    k -> false);
        }
        if (unet != null) {
            loadFolderPart(manager, unet.context(), "unet", "diffusion_pytorch_model", List::of, k -> false);
        }
    }

    private void loadFolderPart(NDManager manager, ModelContext context, String sub, String stem,
            Function<String, List<String>> candidates, Predicate<String> ignore) throws IOException {
        Path dir = source.resolve(sub);
        Path file = dir.resolve(stem + ".safetensors");
        if (!Files.isRegularFile(file)) {
            Path pickled = dir.resolve(stem + ".bin");
            if (Files.isRegularFile(pickled)) {
                PickleGuard.check(pickled);
            }
            throw new CheckpointException(source, "no " + sub + "/" + stem + ".safetensors");
        }
        PickleGuard.check(file);
        try (SafetensorsReader reader = SafetensorsReader.open(file)) {
            WeightLoader loader = new WeightLoader(reader);
            loader.load(context, manager, candidates);
            report(file, loader, loader.unexpected("", ignore), false);
        }
    }

    private static void report(Path file, WeightLoader loader, List<String> unexpected, boolean defaultConfig)
            throws CheckpointException {
        StringBuilder sb = new StringBuilder();
        if (!loader.missing().isEmpty()) {
            sb.append(loader.missing().size()).append(" missing weights: ").append(head(loader.missing()));
        }
        if (!loader.badShapes().isEmpty()) {
            sb.append(sb.isEmpty() ? "" : "; ").append(loader.badShapes().size()).append(" weights with the wrong "
                    + "shape: ").append(head(loader.badShapes()));
        }
        if (!unexpected.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : "; ").append(unexpected.size()).append(" unexpected keys: ")
                    .append(head(unexpected));
        }
        if (!sb.isEmpty()) {
            if (defaultConfig) {
                sb.append(" (sizes were SD1.5's; pass the model's config if it is another architecture)");
            }
            throw new CheckpointException(file, sb.toString());
        }
    }

    private static String head(List<String> items) {
        if (items.size() <= LIST_LIMIT) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LIST_LIMIT)) + ", ... (" + (items.size() - LIST_LIMIT) + " more)";
    }

    /** Builder: {@code setSource} is required. */
    public static final class Builder {
        private Path source;
        private ModelConfig config;
        private Set<Component> components = EnumSet.allOf(Component.class);
        private OpsBackend backend = OpsBackend.FUSED;
        private NDManager parent;

        /** A single-file {@code .safetensors} LDM checkpoint or a diffusers model folder. */
        public Builder setSource(Path path) {
            this.source = path;
            return this;
        }

        /** Architecture sizes (needed for a single file that is not SD1.5-sized). */
        public Builder optConfig(ModelConfig c) {
            this.config = c;
            return this;
        }

        /** Which networks to build and load (default: all three). */
        public Builder optComponents(Set<Component> c) {
            this.components = c.isEmpty() ? EnumSet.noneOf(Component.class) : EnumSet.copyOf(c);
            return this;
        }

        public Builder optOpsBackend(OpsBackend b) {
            this.backend = b;
            return this;
        }

        /** Weights go to a sub-manager of this manager (default: a new base manager). */
        public Builder optManager(NDManager m) {
            this.parent = m;
            return this;
        }

        public Sd15ModelLoader build() {
            if (source == null) {
                throw new IllegalArgumentException("setSource is required");
            }
            return new Sd15ModelLoader(this);
        }
    }
}
