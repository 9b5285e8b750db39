package io.tagwright.trainer.sd15.unet;

import ai.djl.ndarray.NDArray;
import io.tagwright.trainer.nn.Conv2d;
import io.tagwright.trainer.nn.GroupNorm;
import io.tagwright.trainer.nn.ModelContext;
import io.tagwright.trainer.nn.Ops;
import io.tagwright.trainer.nn.Prefix;
import io.tagwright.trainer.nn.Scopes;
import io.tagwright.trainer.sd15.blocks.Downsample2D;
import io.tagwright.trainer.sd15.blocks.ResnetBlock2D;
import io.tagwright.trainer.sd15.blocks.Upsample2D;
import io.tagwright.trainer.sd15.config.UnetConfig;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The SD1.x denoising UNet ({@code UNet2DConditionModel} / sd-scripts' {@code original_unet}, which
 * compute the same function): predicts the noise ε in a noisy latent at a timestep, conditioned on
 * text encoder states. Parameter names are diffusers'; sizes come from a {@link UnetConfig}.
 */
public final class Unet {

    private final UnetConfig config;
    private final ModelContext context;
    private final Ops ops;
    private final Conv2d convIn;
    private final TimeEmbedding timeEmbedding;
    private final List<Block> down = new ArrayList<>();
    private final List<Block> up = new ArrayList<>();
    private final ResnetBlock2D midResnet0;
    private final Transformer2D midAttention;
    private final ResnetBlock2D midResnet1;
    private final GroupNorm convNormOut;
    private final Conv2d convOut;

    /** One down or up block: resnets, optional attentions, optional sampler. */
    private static final class Block {
        final List<ResnetBlock2D> resnets = new ArrayList<>();
        final List<Transformer2D> attentions = new ArrayList<>();
        Downsample2D downsampler;
        Upsample2D upsampler;
    }

    /** Builds the network with empty parameters; load weights into {@link #context()}. */
    public Unet(UnetConfig c, Ops ops) {
        this.config = c;
        this.context = new ModelContext(ops);
        this.ops = ops;
        Prefix root = context.root();
        int c0 = c.channels(0);
        int groups = c.normNumGroups();
        double eps = c.normEps();
        int temb = c.timeEmbedDim();
        this.convIn = new Conv2d(root.child("conv_in"), c.inChannels(), c0, 3, 1, 1);
        this.timeEmbedding = new TimeEmbedding(root.child("time_embedding"), c.timeProjDim(), temb,
                c.flipSinToCos(), c.freqShift());
        int n = c.blocks();
        int layers = c.layersPerBlock();
        int out = c0;
        for (int b = 0; b < n; b++) {
            Prefix p = root.child("down_blocks").child(b);
            int in = out;
            out = c.channels(b);
            Block block = new Block();
            for (int j = 0; j < layers; j++) {
                block.resnets.add(new ResnetBlock2D(p.child("resnets").child(j), j == 0 ? in : out, out, temb,
                        groups, eps));
                if (c.downHasAttention(b)) {
                    block.attentions.add(new Transformer2D(p.child("attentions").child(j), out, c.downHeads(b), c));
                }
            }
            if (b < n - 1) {
                block.downsampler = new Downsample2D(p.child("downsamplers").child(0), out, false);
            }
            down.add(block);
        }
        int cm = c.channels(n - 1);
        Prefix mid = root.child("mid_block");
        this.midResnet0 = new ResnetBlock2D(mid.child("resnets").child(0), cm, cm, temb, groups, eps);
        this.midAttention = new Transformer2D(mid.child("attentions").child(0), cm, c.midHeads(), c);
        this.midResnet1 = new ResnetBlock2D(mid.child("resnets").child(1), cm, cm, temb, groups, eps);
        int prevOut = cm;
        for (int b = 0; b < n; b++) {
            Prefix p = root.child("up_blocks").child(b);
            int outCh = c.channels(n - 1 - b);
            int inCh = c.channels(Math.max(0, n - 2 - b));
            Block block = new Block();
            for (int j = 0; j <= layers; j++) {
                int skip = j == layers ? inCh : outCh;
                int resIn = j == 0 ? prevOut : outCh;
                block.resnets.add(new ResnetBlock2D(p.child("resnets").child(j), resIn + skip, outCh, temb,
                        groups, eps));
                if (c.upHasAttention(b)) {
                    block.attentions.add(new Transformer2D(p.child("attentions").child(j), outCh, c.upHeads(b), c));
                }
            }
            if (b < n - 1) {
                block.upsampler = new Upsample2D(p.child("upsamplers").child(0), outCh);
            }
            up.add(block);
            prevOut = outCh;
        }
        this.convNormOut = new GroupNorm(root.child("conv_norm_out"), groups, c0, eps);
        this.convOut = new Conv2d(root.child("conv_out"), c0, c.outChannels(), 3, 1, 1);
    }

    public UnetConfig config() {
        return config;
    }

    /** Parameters (diffusers names) and adaptable layers (module paths). */
    public ModelContext context() {
        return context;
    }

    public TimeEmbedding timeEmbedding() {
        return timeEmbedding;
    }

    /**
     * ε prediction.
     *
     * @param sample    noisy latents [B, 4, H, W]
     * @param timesteps [B] or [1] (broadcast), int64 or float
     * @param context   text encoder states [B, 77, cross_attention_dim]
     */
    public NDArray forward(NDArray sample, NDArray timesteps, NDArray context) {
        long batch = sample.getShape().get(0);
        NDArray t = timesteps.getShape().dimension() == 0 ? timesteps.reshape(1) : timesteps;
        if (t.getShape().get(0) != batch) {
            t = t.broadcast(batch);
        }
        NDArray steps = t;
        NDArray tembAct = Scopes.keep(() -> ops.silu(timeEmbedding.forward(steps)));
        Deque<NDArray> skips = new ArrayDeque<>();
        NDArray h = convIn.forward(sample);
        skips.push(h);
        for (Block block : down) {
            for (int j = 0; j < block.resnets.size(); j++) {
                h = block.resnets.get(j).forward(h, tembAct);
                if (!block.attentions.isEmpty()) {
                    h = block.attentions.get(j).forward(h, context);
                }
                skips.push(h);
            }
            if (block.downsampler != null) {
                h = block.downsampler.forward(h);
                skips.push(h);
            }
        }
        h = midResnet0.forward(h, tembAct);
        h = midAttention.forward(h, context);
        h = midResnet1.forward(h, tembAct);
        for (Block block : up) {
            for (int j = 0; j < block.resnets.size(); j++) {
                NDArray skip = skips.pop();
                h = block.resnets.get(j).forward(h.concat(skip, 1), tembAct);
                if (!block.attentions.isEmpty()) {
                    h = block.attentions.get(j).forward(h, context);
                }
            }
            if (block.upsampler != null) {
                NDArray next = skips.peek();
                h = block.upsampler.forward(h, next.getShape().get(2), next.getShape().get(3));
            }
        }
        NDArray last = h;
        return Scopes.keep(() -> convOut.forward(ops.silu(convNormOut.forward(last))));
    }
}
