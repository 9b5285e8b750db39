package io.tagwright.trainer.cli;

import io.tagwright.trainer.Offline;
import io.tagwright.trainer.lora.LoraComponent;
import io.tagwright.trainer.lora.LoraPlan;
import io.tagwright.trainer.lora.LoraSettings;
import io.tagwright.trainer.lora.LoraTarget;
import io.tagwright.trainer.protocol.json.Json;
import io.tagwright.trainer.sd15.config.ModelConfig;
import io.tagwright.trainer.sd15.config.ModelConfigReader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tagwright-train lora-keys}: prints the kohya LoRA module table of an architecture as JSON
 * (name, adapted module, class, in/out, lora_down/lora_up shapes, alpha) plus totals. It needs only the
 * architecture, never weights, and does not start DJL.
 */
public final class LoraKeysCommand {

    static final String USAGE = """
            usage: tagwright-train lora-keys [--arch sd15] [--config PATH] --dim N [--alpha A]
                                             [--conv-dim N --conv-alpha A] [--unet-only | --text-encoder-only]
              --arch sd15         built-in Stable Diffusion 1.5 sizes (default)
              --config PATH       sizes from a diffusers folder, a config.json, or a combined config file
              --dim N             network_dim (rank)
              --alpha A           network_alpha (default 1, as kohya; 0 means alpha = dim)
              --conv-dim N        LoCon: also adapt ResNet/sampler 3x3 convs with this rank
              --conv-alpha A      LoCon alpha (default 1)
              --unet-only         network_train_unet_only
              --text-encoder-only network_train_text_encoder_only
            """;

    private LoraKeysCommand() {
    }

    /** Runs the command; returns the exit status (0 ok, 1 failure, 2 usage error). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String arch = "sd15";
        Path config = null;
        Integer dim = null;
        float alpha = 1f;
        int convDim = 0;
        float convAlpha = 1f;
        boolean unetOnly = false;
        boolean teOnly = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--arch" -> arch = value(args, ++i, a);
                    case "--config" -> config = Path.of(value(args, ++i, a));
                    case "--dim" -> dim = Integer.parseInt(value(args, ++i, a));
                    case "--alpha" -> alpha = Float.parseFloat(value(args, ++i, a));
                    case "--conv-dim" -> convDim = Integer.parseInt(value(args, ++i, a));
                    case "--conv-alpha" -> convAlpha = Float.parseFloat(value(args, ++i, a));
                    case "--unet-only" -> unetOnly = true;
                    case "--text-encoder-only" -> teOnly = true;
                    case "-h", "--help" -> {
                        out.print(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
            if (dim == null) {
                throw new IllegalArgumentException("--dim is required");
            }
            if (!"sd15".equals(arch)) {
                throw new IllegalArgumentException("unknown --arch '" + arch + "' (supported: sd15)");
            }
            if (unetOnly && teOnly) {
                throw new IllegalArgumentException("--unet-only and --text-encoder-only exclude each other");
            }
        } catch (IllegalArgumentException e) {
            err.println("lora-keys: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            ModelConfig model = config == null ? ModelConfig.sd15() : ModelConfigReader.read(config);
            LoraSettings settings = LoraSettings.builder().setRank(dim).setAlpha(alpha).optConv(convDim, convAlpha)
                    .optUnetOnly(unetOnly).optTextEncoderOnly(teOnly).build();
            LoraPlan plan = LoraPlan.sd15(model, settings);
            out.println(Json.write(table(arch, config, settings, plan)));
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("lora-keys: " + e.getMessage());
            return 1;
        }
    }

    static Map<String, Object> table(String arch, Path config, LoraSettings s, LoraPlan plan) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("arch", arch);
        if (config != null) {
            root.put("config", config.toString());
        }
        root.put("network_dim", s.rank());
        root.put("network_alpha", (double) s.alpha());
        if (s.convRank() > 0) {
            root.put("conv_dim", s.convRank());
            root.put("conv_alpha", (double) s.convAlpha());
        }
        root.put("n_modules", plan.moduleCount());
        root.put("n_te", plan.targets().stream().filter(t -> t.component() == LoraComponent.TEXT_ENCODER).count());
        root.put("n_unet", plan.targets().stream().filter(t -> t.component() == LoraComponent.UNET).count());
        root.put("n_keys", plan.tensorCount());
        root.put("n_params", plan.parameterCount());
        List<Object> modules = new ArrayList<>();
        for (LoraTarget t : plan.targets()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", t.name());
            m.put("module", t.modulePath());
            m.put("org_class", t.orgClass());
            m.put("in_features", t.in());
            m.put("out_features", t.out());
            m.put("lora_down", longs(t.downShape()));
            m.put("lora_up", longs(t.upShape()));
            m.put("alpha", (double) t.alpha());
            modules.add(m);
        }
        root.put("modules", modules);
        return root;
    }

    private static List<Long> longs(long[] a) {
        List<Long> l = new ArrayList<>();
        for (long v : a) {
            l.add(v);
        }
        return l;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
