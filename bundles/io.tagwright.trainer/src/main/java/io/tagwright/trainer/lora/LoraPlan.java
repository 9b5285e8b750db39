package io.tagwright.trainer.lora;

import io.tagwright.trainer.nn.ModuleNode;
import io.tagwright.trainer.sd15.arch.Sd15ModuleTrees;
import io.tagwright.trainer.sd15.config.ModelConfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The LoRA module set of kohya's {@code networks.lora}, computed from module trees alone.
 *
 * <p>kohya walks {@code named_modules()} of each network; inside every module whose class is a target
 * (text encoder: CLIPAttention, CLIPMLP; UNet: Transformer2DModel, plus ResnetBlock2D, Downsample2D and
 * Upsample2D when conv_dim is set) each Linear and each 1×1 Conv2d gets a module with the network rank;
 * other convs get one only with conv_dim. Text-encoder modules come first, then the UNet's, each in
 * walk order, which is also the order of the network's parameters.
 */
public final class LoraPlan {

    static final Set<String> TEXT_ENCODER_TARGETS = Set.of("CLIPAttention", "CLIPMLP");
    static final Set<String> UNET_TARGETS = Set.of("Transformer2DModel");
    static final Set<String> UNET_CONV_TARGETS = Set.of("ResnetBlock2D", "Downsample2D", "Upsample2D");

    private final List<LoraTarget> targets;

    private LoraPlan(List<LoraTarget> targets) {
        this.targets = Collections.unmodifiableList(targets);
    }

    /** The plan for an SD1.x model with the given settings. */
    public static LoraPlan sd15(ModelConfig config, LoraSettings settings) {
        return create(Sd15ModuleTrees.textEncoder(config.textEncoder()), Sd15ModuleTrees.unet(config.unet()),
                settings);
    }

    /** The plan for any pair of module trees (either may be null). */
    public static LoraPlan create(ModuleNode textEncoder, ModuleNode unet, LoraSettings s) {
        List<LoraTarget> out = new ArrayList<>();
        if (s.textEncoder() && textEncoder != null) {
            collect(textEncoder, LoraComponent.TEXT_ENCODER, TEXT_ENCODER_TARGETS, s, out);
        }
        if (s.unet() && unet != null) {
            Set<String> classes = UNET_TARGETS;
            if (s.convRank() > 0) {
                classes = new java.util.HashSet<>(UNET_TARGETS);
                classes.addAll(UNET_CONV_TARGETS);
            }
            collect(unet, LoraComponent.UNET, classes, s, out);
        }
        return new LoraPlan(out);
    }

    /** Every module a kohya file may hold for these trees (conv targets included), keyed by name. */
    public static Map<String, LoraTarget> candidates(ModuleNode textEncoder, ModuleNode unet) {
        LoraSettings all = LoraSettings.builder().setRank(1).setAlpha(1).optConv(1, 1).build();
        Map<String, LoraTarget> map = new LinkedHashMap<>();
        for (LoraTarget t : create(textEncoder, unet, all).targets()) {
            map.put(t.name(), t);
        }
        return map;
    }

    private static void collect(ModuleNode root, LoraComponent component, Set<String> targetClasses,
            LoraSettings s, List<LoraTarget> out) {
        root.walk((path, node) -> {
            if (!targetClasses.contains(node.className())) {
                return;
            }
            node.walk((childPath, child) -> {
                ModuleNode.Layer layer = child.layer();
                if (layer == null) {
                    return;
                }
                String modulePath = childPath.isEmpty() ? path : path + "." + childPath;
                boolean small = layer.isLinear() || layer.kernel() == 1;
                int rank = small ? s.rank() : s.convRank();
                float alpha = small ? s.alpha() : s.convAlpha();
                if (rank <= 0) {
                    return;
                }
                out.add(new LoraTarget(component.loraName(modulePath), component, modulePath, layer.in(),
                        layer.out(), layer.kernel(), layer.stride(), layer.padding(), rank, alpha));
            });
        });
    }

    public List<LoraTarget> targets() {
        return targets;
    }

    public int moduleCount() {
        return targets.size();
    }

    /** Tensors in a saved file: lora_down, lora_up and alpha per module. */
    public int tensorCount() {
        return targets.size() * 3;
    }

    public long parameterCount() {
        long n = 0;
        for (LoraTarget t : targets) {
            n += t.parameterCount();
        }
        return n;
    }

    public long parameterCount(LoraComponent component) {
        long n = 0;
        for (LoraTarget t : targets) {
            if (t.component() == component) {
                n += t.parameterCount();
            }
        }
        return n;
    }
}
