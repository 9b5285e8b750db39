package io.tagwright.trainer.lora;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.tagwright.trainer.io.DType;
import io.tagwright.trainer.io.SafetensorsReader;
import io.tagwright.trainer.io.SafetensorsWriter;
import io.tagwright.trainer.io.TensorInfo;
import io.tagwright.trainer.nn.AdaptableLayer;
import io.tagwright.trainer.nn.ModelContext;
import io.tagwright.trainer.nn.ModuleNode;
import io.tagwright.trainer.nn.Tensors;
import io.tagwright.trainer.optim.Trainable;
import io.tagwright.trainer.sd15.Sd15Model;
import io.tagwright.trainer.sd15.arch.Sd15ModuleTrees;
import io.tagwright.trainer.sd15.config.ModelConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * A kohya {@code networks.lora} network: the modules of a {@link LoraPlan} with their tensors, attached
 * to a model's layers, saved and loaded in kohya's file format.
 *
 * <p>Module and parameter order is kohya's (text encoder first, then UNet, each module lora_down then
 * lora_up), which is also the order optimizers see. The network owns its tensors' manager.
 */
public final class LoraNetwork implements AutoCloseable {

    private static final String DOWN = ".lora_down.weight";
    private static final String UP = ".lora_up.weight";
    private static final String ALPHA = ".alpha";

    private final NDManager manager;
    private final List<LoraModule> modules;
    private final List<AdaptableLayer> attachedTo = new ArrayList<>();
    private double multiplier = 1.0;

    private LoraNetwork(NDManager manager, List<LoraModule> modules) {
        this.manager = manager;
        this.modules = Collections.unmodifiableList(modules);
    }

    /**
     * New modules for a plan, initialised as kohya does: lora_down Kaiming-uniform with a = √5
     * (U(±1/√fan_in)), lora_up zero. Each module draws from its own stream seeded by {@code seed} and
     * the CRC-32 of its name, so a module's initial value does not depend on which others exist.
     */
    public static LoraNetwork create(LoraPlan plan, NDManager parent, long seed) {
        NDManager m = parent.newSubManager();
        List<LoraModule> list = new ArrayList<>();
        for (LoraTarget t : plan.targets()) {
            long[] ds = t.downShape();
            int fanIn = (int) (ds[1] * (ds.length == 4 ? ds[2] * ds[3] : 1));
            double bound = 1.0 / Math.sqrt(fanIn);
            CRC32 crc = new CRC32();
            crc.update(t.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ crc.getValue());
            float[] values = new float[(int) (ds[0] * fanIn)];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
            }
            NDArray down = Tensors.owned(m.create(values, new Shape(ds)));
            NDArray up = m.zeros(new Shape(t.upShape()));
            list.add(new LoraModule(t, down, up, t.alpha()));
        }
        return new LoraNetwork(m, list);
    }

    /** Convenience: plan + create for an SD1.x config. */
    public static LoraNetwork create(ModelConfig config, LoraSettings settings, NDManager parent, long seed) {
        return create(LoraPlan.sd15(config, settings), parent, seed);
    }

    /**
     * Loads a kohya LoRA file written for an architecture; ranks and alphas come from the file
     * (a missing alpha means alpha = rank, as kohya reads it). Every module name must be one kohya
     * would create for these module trees, and every shape must fit the adapted layer.
     */
    public static LoraNetwork load(Path file, ModuleNode textEncoder, ModuleNode unet, NDManager parent)
            throws IOException {
        Map<String, LoraTarget> candidates = LoraPlan.candidates(textEncoder, unet);
        try (SafetensorsReader r = SafetensorsReader.open(file)) {
            Map<String, Map<String, String>> byModule = new TreeMap<>();
            for (String key : r.names()) {
                String module;
                String part;
                if (key.endsWith(DOWN)) {
                    module = key.substring(0, key.length() - DOWN.length());
                    part = "down";
                } else if (key.endsWith(UP)) {
                    module = key.substring(0, key.length() - UP.length());
                    part = "up";
                } else if (key.endsWith(ALPHA)) {
                    module = key.substring(0, key.length() - ALPHA.length());
                    part = "alpha";
                } else {
                    throw new LoraFormatException(file, "unexpected tensor \"" + key
                            + "\" (a kohya LoRA holds only .lora_down.weight, .lora_up.weight and .alpha)");
                }
                if (!candidates.containsKey(module)) {
                    throw new LoraFormatException(file, "module \"" + module + "\" does not exist in this model "
                            + "(a LoRA for another architecture or network type?)");
                }
                byModule.computeIfAbsent(module, k -> new LinkedHashMap<>()).put(part, key);
            }
            NDManager m = parent.newSubManager();
            try {
                Tensors tensors = new Tensors();
                List<LoraModule> list = new ArrayList<>();
                for (LoraTarget candidate : candidates.values()) {
                    Map<String, String> parts = byModule.get(candidate.name());
                    if (parts == null) {
                        continue;
                    }
                    if (!parts.containsKey("down") || !parts.containsKey("up")) {
                        throw new LoraFormatException(file, "module \"" + candidate.name()
                                + "\" lacks its lora_down or lora_up weight");
                    }
                    TensorInfo downInfo = r.info(parts.get("down"));
                    int rank = (int) downInfo.shape()[0];
                    float alpha = rank;
                    if (parts.containsKey("alpha")) {
                        float[] a = r.readFloats(parts.get("alpha"));
                        if (a.length != 1) {
                            throw new LoraFormatException(file, parts.get("alpha") + " is not a scalar");
                        }
                        alpha = a[0] == 0 ? rank : a[0];
                    }
                    LoraTarget t = candidate.withRankAndAlpha(rank, alpha);
                    expectShape(file, downInfo, t.downShape());
                    expectShape(file, r.info(parts.get("up")), t.upShape());
                    NDArray down = tensors.read(m, r, parts.get("down"));
                    NDArray up = tensors.read(m, r, parts.get("up"));
                    list.add(new LoraModule(t, down, up, alpha));
                }
                return new LoraNetwork(m, list);
            } catch (IOException | RuntimeException e) {
                m.close();
                throw e;
            }
        }
    }

    /** Loads a kohya LoRA file for an SD1.x config. */
    public static LoraNetwork load(Path file, ModelConfig config, NDManager parent) throws IOException {
        return load(file, Sd15ModuleTrees.textEncoder(config.textEncoder()), Sd15ModuleTrees.unet(config.unet()),
                parent);
    }

    private static void expectShape(Path file, TensorInfo info, long[] want) throws LoraFormatException {
        if (!Arrays.equals(info.shape(), want)) {
            throw new LoraFormatException(file, info.name() + " has shape " + info.shapeString() + ", the adapted "
                    + "layer needs " + Arrays.toString(want));
        }
    }

    /** Attaches every module to its layer in {@code model} (modules of networks the model lacks are an error). */
    public LoraNetwork applyTo(Sd15Model model) {
        Map<LoraComponent, ModelContext> contexts = new LinkedHashMap<>();
        if (model.hasTextEncoder()) {
            contexts.put(LoraComponent.TEXT_ENCODER, model.textEncoder().context());
        }
        if (model.hasUnet()) {
            contexts.put(LoraComponent.UNET, model.unet().context());
        }
        return applyTo(contexts);
    }

    /** Attaches every module to the layer with its module path in the context of its component. */
    public LoraNetwork applyTo(Map<LoraComponent, ModelContext> contexts) {
        for (LoraModule mod : modules) {
            LoraTarget t = mod.target();
            ModelContext ctx = contexts.get(t.component());
            if (ctx == null) {
                throw new IllegalStateException("LoRA module " + t.name() + " needs the " + t.component()
                        + ", which is not loaded");
            }
            AdaptableLayer layer = ctx.layers().get(t.modulePath());
            if (layer == null) {
                throw new IllegalStateException("LoRA module " + t.name() + ": no layer " + t.modulePath());
            }
            if (layer.inFeatures() != t.in() || layer.outFeatures() != t.out() || layer.kernel() != t.kernel()
                    || layer.stride() != t.stride() || layer.padding() != t.padding()) {
                throw new IllegalStateException("LoRA module " + t.name() + " does not fit layer " + t.modulePath());
            }
            if (layer.adapter() != null && layer.adapter() != mod) {
                throw new IllegalStateException("layer " + t.modulePath() + " already carries an adapter");
            }
            mod.attach(layer, ctx.ops());
            attachedTo.add(layer);
        }
        return this;
    }

    /** Removes the modules from the layers they were attached to. */
    public void detach() {
        for (AdaptableLayer l : attachedTo) {
            l.setAdapter(null);
        }
        attachedTo.clear();
    }

    public List<LoraModule> modules() {
        return modules;
    }

    public List<LoraModule> modules(LoraComponent component) {
        return modules.stream().filter(m -> m.target().component() == component).toList();
    }

    /** lora_down and lora_up of every module, in kohya's {@code named_parameters()} order. */
    public List<Trainable> parameters() {
        List<Trainable> out = new ArrayList<>();
        for (LoraModule m : modules) {
            out.add(m.downParameter());
            out.add(m.upParameter());
        }
        return out;
    }

    public List<Trainable> parameters(LoraComponent component) {
        List<Trainable> out = new ArrayList<>();
        for (LoraModule m : modules(component)) {
            out.add(m.downParameter());
            out.add(m.upParameter());
        }
        return out;
    }

    public long parameterCount() {
        long n = 0;
        for (LoraModule m : modules) {
            n += m.down().size() + m.up().size();
        }
        return n;
    }

    /** kohya's network multiplier (1.0 while training; a strength when sampling). */
    public void setMultiplier(double m) {
        this.multiplier = m;
        for (LoraModule mod : modules) {
            mod.setMultiplier(m);
        }
    }

    public double multiplier() {
        return multiplier;
    }

    /** Turns the modules of one component on or off without detaching them. */
    public void setEnabled(LoraComponent component, boolean enabled) {
        for (LoraModule mod : modules(component)) {
            mod.setEnabled(enabled);
        }
    }

    /** Forget which modules ran; call before each training forward pass. */
    public void resetUsage() {
        for (LoraModule mod : modules) {
            mod.resetUsage();
        }
    }

    /** Zero every module's accumulated gradients. */
    public void zeroGradients() {
        for (LoraModule mod : modules) {
            mod.zeroGradients();
        }
    }

    /** The state dict as kohya saves it: per module .alpha, .lora_down.weight, .lora_up.weight in {@code dtype}. */
    public SafetensorsWriter toWriter(DType dtype) {
        SafetensorsWriter w = new SafetensorsWriter();
        for (LoraModule m : modules) {
            w.addFloats(m.name() + ALPHA, dtype, new long[0], new float[] {m.alpha()});
            w.addFloats(m.name() + DOWN, dtype, m.down().getShape().getShape(), Tensors.floats(m.down()));
            w.addFloats(m.name() + UP, dtype, m.up().getShape().getShape(), Tensors.floats(m.up()));
        }
        return w;
    }

    /**
     * Saves like kohya's {@code save_weights}: tensors (alpha included) in {@code dtype}, the caller's
     * metadata, and always {@code sshs_model_hash} / {@code sshs_legacy_hash} computed over a file that
     * holds only the {@code ss_*} metadata. Atomic.
     */
    public void save(Path file, DType dtype, Map<String, String> metadata) throws IOException {
        SafetensorsWriter w = toWriter(dtype);
        Map<String, String> training = new TreeMap<>();
        metadata.forEach((k, v) -> {
            if (k.startsWith("ss_")) {
                training.put(k, v);
            }
        });
        w.putMetadata(training);
        String modelHash = w.dataSha256();
        String legacyHash = w.legacyHash();
        w.putMetadata(metadata);
        w.putMetadata("sshs_model_hash", modelHash);
        w.putMetadata("sshs_legacy_hash", legacyHash);
        w.write(file);
    }

    @Override
    public void close() {
        detach();
        manager.close();
    }
}
