package io.tagwright.trainer.sd15.checkpoint;

import io.tagwright.trainer.sd15.config.UnetConfig;
import io.tagwright.trainer.sd15.config.VaeConfig;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps diffusers parameter names to the original LDM/CompVis names of single-file checkpoints
 * ({@code model.diffusion_model.*}, {@code first_stage_model.*}, {@code cond_stage_model.transformer.*}),
 * the same correspondence diffusers' and sd-scripts' converters use, computed from the config so it
 * holds for any block count.
 */
public final class LdmNames {

    public static final String UNET_PREFIX = "model.diffusion_model.";
    public static final String VAE_PREFIX = "first_stage_model.";
    public static final String TEXT_ENCODER_PREFIX = "cond_stage_model.transformer.";

    private static final Pattern DOWN = Pattern.compile("down_blocks\\.(\\d+)\\.(resnets|attentions)\\.(\\d+)\\.(.+)");
    private static final Pattern DOWN_SAMPLER = Pattern.compile("down_blocks\\.(\\d+)\\.downsamplers\\.0\\.conv\\.(.+)");
    private static final Pattern UP = Pattern.compile("up_blocks\\.(\\d+)\\.(resnets|attentions)\\.(\\d+)\\.(.+)");
    private static final Pattern UP_SAMPLER = Pattern.compile("up_blocks\\.(\\d+)\\.upsamplers\\.0\\.conv\\.(.+)");
    private static final Pattern MID = Pattern.compile("mid_block\\.(resnets|attentions)\\.(\\d+)\\.(.+)");

    private static final Pattern VAE_DOWN = Pattern.compile("encoder\\.down_blocks\\.(\\d+)\\.resnets\\.(\\d+)\\.(.+)");
    private static final Pattern VAE_DOWN_SAMPLER = Pattern.compile("encoder\\.down_blocks\\.(\\d+)\\.downsamplers\\.0\\.(.+)");
    private static final Pattern VAE_UP = Pattern.compile("decoder\\.up_blocks\\.(\\d+)\\.resnets\\.(\\d+)\\.(.+)");
    private static final Pattern VAE_UP_SAMPLER = Pattern.compile("decoder\\.up_blocks\\.(\\d+)\\.upsamplers\\.0\\.(.+)");
    private static final Pattern VAE_MID_RES = Pattern.compile("(encoder|decoder)\\.mid_block\\.resnets\\.(\\d+)\\.(.+)");
    private static final Pattern VAE_MID_ATTN = Pattern.compile("(encoder|decoder)\\.mid_block\\.attentions\\.0\\.(.+)");

    private LdmNames() {
    }

    /** LDM name (without {@link #UNET_PREFIX}) of a diffusers UNet parameter. */
    public static String unet(String name, UnetConfig c) {
        int per = c.layersPerBlock() + 1;
        Matcher m;
        if (name.startsWith("conv_in.")) {
            return "input_blocks.0.0." + name.substring("conv_in.".length());
        }
        if (name.startsWith("time_embedding.linear_1.")) {
            return "time_embed.0." + name.substring("time_embedding.linear_1.".length());
        }
        if (name.startsWith("time_embedding.linear_2.")) {
            return "time_embed.2." + name.substring("time_embedding.linear_2.".length());
        }
        if (name.startsWith("conv_norm_out.")) {
            return "out.0." + name.substring("conv_norm_out.".length());
        }
        if (name.startsWith("conv_out.")) {
            return "out.2." + name.substring("conv_out.".length());
        }
        if ((m = DOWN.matcher(name)).matches()) {
            int b = Integer.parseInt(m.group(1));
            int j = Integer.parseInt(m.group(3));
            boolean res = m.group(2).equals("resnets");
            return "input_blocks." + (per * b + j + 1) + (res ? ".0." + unetResnet(m.group(4)) : ".1." + m.group(4));
        }
        if ((m = DOWN_SAMPLER.matcher(name)).matches()) {
            int b = Integer.parseInt(m.group(1));
            return "input_blocks." + (per * (b + 1)) + ".0.op." + m.group(2);
        }
        if ((m = MID.matcher(name)).matches()) {
            int k = Integer.parseInt(m.group(2));
            boolean res = m.group(1).equals("resnets");
            return "middle_block." + (res ? (2 * k) + "." + unetResnet(m.group(3)) : "1." + m.group(3));
        }
        if ((m = UP.matcher(name)).matches()) {
            int b = Integer.parseInt(m.group(1));
            int j = Integer.parseInt(m.group(3));
            boolean res = m.group(2).equals("resnets");
            return "output_blocks." + (per * b + j) + (res ? ".0." + unetResnet(m.group(4)) : ".1." + m.group(4));
        }
        if ((m = UP_SAMPLER.matcher(name)).matches()) {
            int b = Integer.parseInt(m.group(1));
            int slot = c.upHasAttention(b) ? 2 : 1;
            return "output_blocks." + (per * b + c.layersPerBlock()) + "." + slot + ".conv." + m.group(2);
        }
        throw new IllegalArgumentException("no LDM name for UNet parameter " + name);
    }

    private static String unetResnet(String rest) {
        return replacePrefix(rest, new String[][] {{"norm1.", "in_layers.0."}, {"conv1.", "in_layers.2."},
                {"time_emb_proj.", "emb_layers.1."}, {"norm2.", "out_layers.0."}, {"conv2.", "out_layers.3."},
                {"conv_shortcut.", "skip_connection."}});
    }

    /**
     * LDM names (without {@link #VAE_PREFIX}) a diffusers VAE parameter may have, best first: the LDM name,
     * then the diffusers/older-diffusers attention names some converters left in single files.
     */
    public static List<String> vae(String name, VaeConfig c) {
        int n = c.blocks();
        Matcher m;
        if ((m = VAE_DOWN.matcher(name)).matches()) {
            return List.of("encoder.down." + m.group(1) + ".block." + m.group(2) + "." + vaeResnet(m.group(3)));
        }
        if ((m = VAE_DOWN_SAMPLER.matcher(name)).matches()) {
            return List.of("encoder.down." + m.group(1) + ".downsample." + m.group(2));
        }
        if ((m = VAE_UP.matcher(name)).matches()) {
            int ldm = n - 1 - Integer.parseInt(m.group(1));
            return List.of("decoder.up." + ldm + ".block." + m.group(2) + "." + vaeResnet(m.group(3)));
        }
        if ((m = VAE_UP_SAMPLER.matcher(name)).matches()) {
            int ldm = n - 1 - Integer.parseInt(m.group(1));
            return List.of("decoder.up." + ldm + ".upsample." + m.group(2));
        }
        if ((m = VAE_MID_RES.matcher(name)).matches()) {
            int k = Integer.parseInt(m.group(2)) + 1;
            return List.of(m.group(1) + ".mid.block_" + k + "." + vaeResnet(m.group(3)));
        }
        if ((m = VAE_MID_ATTN.matcher(name)).matches()) {
            String base = m.group(1) + ".mid.attn_1.";
            String rest = m.group(2);
            String ldm = replacePrefix(rest, new String[][] {{"group_norm.", "norm."}, {"to_q.", "q."},
                    {"to_k.", "k."}, {"to_v.", "v."}, {"to_out.0.", "proj_out."}});
            String old = replacePrefix(rest, new String[][] {{"to_q.", "query."}, {"to_k.", "key."},
                    {"to_v.", "value."}, {"to_out.0.", "proj_attn."}});
            return List.of(base + ldm, base + rest, base + old);
        }
        if (name.startsWith("encoder.conv_norm_out.") || name.startsWith("decoder.conv_norm_out.")) {
            return List.of(name.replace(".conv_norm_out.", ".norm_out."));
        }
        return List.of(name);
    }

    /** Older diffusers VAE attention names (before 0.17) for a current diffusers name; the name itself otherwise. */
    public static List<String> vaeDiffusersAlternatives(String name) {
        Matcher m = VAE_MID_ATTN.matcher(name);
        if (!m.matches()) {
            return List.of(name);
        }
        String old = replacePrefix(m.group(2), new String[][] {{"to_q.", "query."}, {"to_k.", "key."},
                {"to_v.", "value."}, {"to_out.0.", "proj_attn."}});
        String base = m.group(1) + ".mid_block.attentions.0.";
        return old.equals(m.group(2)) ? List.of(name) : List.of(name, base + old);
    }

    private static String vaeResnet(String rest) {
        return replacePrefix(rest, new String[][] {{"conv_shortcut.", "nin_shortcut."}});
    }

    private static String replacePrefix(String s, String[][] pairs) {
        for (String[] p : pairs) {
            if (s.startsWith(p[0])) {
                return p[1] + s.substring(p[0].length());
            }
        }
        return s;
    }
}
