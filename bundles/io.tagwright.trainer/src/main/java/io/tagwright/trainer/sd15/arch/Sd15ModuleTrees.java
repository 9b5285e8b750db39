package io.tagwright.trainer.sd15.arch;

import io.tagwright.trainer.nn.ModuleNode;
import io.tagwright.trainer.sd15.config.ClipTextConfig;
import io.tagwright.trainer.sd15.config.UnetConfig;

/**
 * The module structure of the SD1.5 networks as kohya's LoRA code sees it: the text encoder as
 * transformers' {@code CLIPTextModel}, the UNet as sd-scripts' {@code original_unet} (the UNet
 * {@code train_network.py} trains; same parameter names as diffusers, children registered in the same
 * order, so the LoRA module order matches kohya's {@code named_parameters()}).
 */
public final class Sd15ModuleTrees {

    private Sd15ModuleTrees() {
    }

    /** {@code CLIPTextModel}: text_model.{embeddings, encoder.layers.N.{self_attn, mlp}, final_layer_norm}. */
    public static ModuleNode textEncoder(ClipTextConfig c) {
        ModuleNode root = ModuleNode.container("", "CLIPTextModel");
        ModuleNode tm = root.add("text_model", "CLIPTextTransformer");
        ModuleNode emb = tm.add("embeddings", "CLIPTextEmbeddings");
        emb.add(ModuleNode.other("token_embedding", "Embedding"));
        emb.add(ModuleNode.other("position_embedding", "Embedding"));
        ModuleNode layers = tm.add("encoder", "CLIPEncoder").add("layers", "ModuleList");
        int h = c.hiddenSize();
        for (int i = 0; i < c.numHiddenLayers(); i++) {
            ModuleNode layer = layers.add(Integer.toString(i), "CLIPEncoderLayer");
            ModuleNode attn = layer.add("self_attn", "CLIPAttention");
            attn.add(ModuleNode.linear("k_proj", h, h, true));
            attn.add(ModuleNode.linear("v_proj", h, h, true));
            attn.add(ModuleNode.linear("q_proj", h, h, true));
            attn.add(ModuleNode.linear("out_proj", h, h, true));
            layer.add(ModuleNode.other("layer_norm1", "LayerNorm"));
            ModuleNode mlp = layer.add("mlp", "CLIPMLP");
            mlp.add(ModuleNode.other("activation_fn", "QuickGELUActivation"));
            mlp.add(ModuleNode.linear("fc1", h, c.intermediateSize(), true));
            mlp.add(ModuleNode.linear("fc2", c.intermediateSize(), h, true));
            layer.add(ModuleNode.other("layer_norm2", "LayerNorm"));
        }
        tm.add(ModuleNode.other("final_layer_norm", "LayerNorm"));
        return root;
    }

    /** sd-scripts {@code original_unet.UNet2DConditionModel}. */
    public static ModuleNode unet(UnetConfig c) {
        ModuleNode root = ModuleNode.container("", "UNet2DConditionModel");
        int c0 = c.channels(0);
        root.add(ModuleNode.conv2d("conv_in", c.inChannels(), c0, 3, 1, 1));
        root.add(ModuleNode.other("time_proj", "Timesteps"));
        ModuleNode te = root.add("time_embedding", "TimestepEmbedding");
        te.add(ModuleNode.linear("linear_1", c.timeProjDim(), c.timeEmbedDim(), true));
        te.add(ModuleNode.other("act", "SiLU"));
        te.add(ModuleNode.linear("linear_2", c.timeEmbedDim(), c.timeEmbedDim(), true));

        int n = c.blocks();
        int l = c.layersPerBlock();
        ModuleNode downs = root.add("down_blocks", "ModuleList");
        int out = c0;
        for (int b = 0; b < n; b++) {
            int in = out;
            out = c.channels(b);
            boolean attn = c.downHasAttention(b);
            ModuleNode block = downs.add(Integer.toString(b), attn ? UnetConfig.CROSS_DOWN : UnetConfig.DOWN);
            if (attn) {
                ModuleNode attentions = block.add("attentions", "ModuleList");
                for (int j = 0; j < l; j++) {
                    attentions.add(transformer2d(Integer.toString(j), out, c));
                }
            }
            ModuleNode resnets = block.add("resnets", "ModuleList");
            for (int j = 0; j < l; j++) {
                resnets.add(resnet(Integer.toString(j), j == 0 ? in : out, out, c.timeEmbedDim()));
            }
            if (b < n - 1) {
                ModuleNode ds = block.add("downsamplers", "ModuleList").add("0", "Downsample2D");
                ds.add(ModuleNode.conv2d("conv", out, out, 3, 2, 1));
            }
        }

        ModuleNode ups = root.add("up_blocks", "ModuleList");
        int prevOut = c.channels(n - 1);
        for (int b = 0; b < n; b++) {
            int outCh = c.channels(n - 1 - b);
            int inCh = c.channels(Math.max(0, n - 2 - b));
            boolean attn = c.upHasAttention(b);
            ModuleNode block = ups.add(Integer.toString(b), attn ? UnetConfig.CROSS_UP : UnetConfig.UP);
            if (attn) {
                ModuleNode attentions = block.add("attentions", "ModuleList");
                for (int j = 0; j <= l; j++) {
                    attentions.add(transformer2d(Integer.toString(j), outCh, c));
                }
            }
            ModuleNode resnets = block.add("resnets", "ModuleList");
            for (int j = 0; j <= l; j++) {
                int skip = j == l ? inCh : outCh;
                int resIn = j == 0 ? prevOut : outCh;
                resnets.add(resnet(Integer.toString(j), resIn + skip, outCh, c.timeEmbedDim()));
            }
            if (b < n - 1) {
                ModuleNode us = block.add("upsamplers", "ModuleList").add("0", "Upsample2D");
                us.add(ModuleNode.conv2d("conv", outCh, outCh, 3, 1, 1));
            }
            prevOut = outCh;
        }

        int cm = c.channels(n - 1);
        ModuleNode mid = root.add("mid_block", "UNetMidBlock2DCrossAttn");
        mid.add("attentions", "ModuleList").add(transformer2d("0", cm, c));
        ModuleNode midRes = mid.add("resnets", "ModuleList");
        midRes.add(resnet("0", cm, cm, c.timeEmbedDim()));
        midRes.add(resnet("1", cm, cm, c.timeEmbedDim()));

        root.add(ModuleNode.other("conv_norm_out", "GroupNorm"));
        root.add(ModuleNode.other("conv_act", "SiLU"));
        root.add(ModuleNode.conv2d("conv_out", c0, c.outChannels(), 3, 1, 1));
        return root;
    }

    private static ModuleNode resnet(String name, int in, int out, int temb) {
        ModuleNode r = ModuleNode.container(name, "ResnetBlock2D");
        r.add(ModuleNode.other("norm1", "GroupNorm"));
        r.add(ModuleNode.conv2d("conv1", in, out, 3, 1, 1));
        r.add(ModuleNode.linear("time_emb_proj", temb, out, true));
        r.add(ModuleNode.other("norm2", "GroupNorm"));
        r.add(ModuleNode.other("dropout", "Dropout"));
        r.add(ModuleNode.conv2d("conv2", out, out, 3, 1, 1));
        if (in != out) {
            r.add(ModuleNode.conv2d("conv_shortcut", in, out, 1, 1, 0));
        }
        return r;
    }

    private static ModuleNode transformer2d(String name, int ch, UnetConfig c) {
        ModuleNode t = ModuleNode.container(name, "Transformer2DModel");
        t.add(ModuleNode.other("norm", "GroupNorm"));
        t.add(c.useLinearProjection() ? ModuleNode.linear("proj_in", ch, ch, true)
                : ModuleNode.conv2d("proj_in", ch, ch, 1, 1, 0));
        ModuleNode blocks = t.add("transformer_blocks", "ModuleList");
        for (int i = 0; i < c.transformerLayersPerBlock(); i++) {
            ModuleNode b = blocks.add(Integer.toString(i), "BasicTransformerBlock");
            b.add(attention("attn1", ch, ch));
            ModuleNode ff = b.add("ff", "FeedForward");
            ModuleNode net = ff.add("net", "ModuleList");
            net.add("0", "GEGLU").add(ModuleNode.linear("proj", ch, ch * 8, true));
            net.add(ModuleNode.other("1", "Dropout"));
            net.add(ModuleNode.linear("2", ch * 4, ch, true));
            b.add(attention("attn2", ch, c.crossAttentionDim()));
            b.add(ModuleNode.other("norm1", "LayerNorm"));
            b.add(ModuleNode.other("norm2", "LayerNorm"));
            b.add(ModuleNode.other("norm3", "LayerNorm"));
        }
        t.add(c.useLinearProjection() ? ModuleNode.linear("proj_out", ch, ch, true)
                : ModuleNode.conv2d("proj_out", ch, ch, 1, 1, 0));
        return t;
    }

    private static ModuleNode attention(String name, int ch, int contextDim) {
        ModuleNode a = ModuleNode.container(name, "CrossAttention");
        a.add(ModuleNode.linear("to_q", ch, ch, false));
        a.add(ModuleNode.linear("to_k", contextDim, ch, false));
        a.add(ModuleNode.linear("to_v", contextDim, ch, false));
        ModuleNode out = a.add("to_out", "ModuleList");
        out.add(ModuleNode.linear("0", ch, ch, true));
        out.add(ModuleNode.other("1", "Dropout"));
        return a;
    }
}
