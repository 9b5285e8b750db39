package io.tagwright.trainer.sd15.vae;

import io.tagwright.trainer.nn.Scalars;
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
import io.tagwright.trainer.sd15.config.VaeConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The SD VAE ({@code AutoencoderKL}): images in [−1, 1] to latent moments (encoder + quant_conv) and
 * latents back to images (post_quant_conv + decoder). Every GroupNorm uses ε = 1e-6.
 */
public final class AutoencoderKl {

    private final VaeConfig config;
    private final ModelContext context;
    private final Ops ops;

    private final Conv2d encConvIn;
    private final List<List<ResnetBlock2D>> encResnets = new ArrayList<>();
    private final List<Downsample2D> encDownsamplers = new ArrayList<>();
    private final VaeMidBlock encMid;
    private final GroupNorm encNormOut;
    private final Conv2d encConvOut;
    private final Conv2d quantConv;

    private final Conv2d postQuantConv;
    private final Conv2d decConvIn;
    private final VaeMidBlock decMid;
    private final List<List<ResnetBlock2D>> decResnets = new ArrayList<>();
    private final List<Upsample2D> decUpsamplers = new ArrayList<>();
    private final GroupNorm decNormOut;
    private final Conv2d decConvOut;

    public AutoencoderKl(VaeConfig c, Ops ops) {
        this.config = c;
        this.context = new ModelContext(ops);
        this.ops = ops;
        Prefix root = context.root();
        int n = c.blocks();
        int g = c.normNumGroups();
        double eps = VaeConfig.NORM_EPS;
        Prefix enc = root.child("encoder");
        this.encConvIn = new Conv2d(enc.child("conv_in"), c.inChannels(), c.blockOutChannels().get(0), 3, 1, 1);
        int out = c.blockOutChannels().get(0);
        for (int b = 0; b < n; b++) {
            Prefix p = enc.child("down_blocks").child(b);
            int in = out;
            out = c.blockOutChannels().get(b);
            List<ResnetBlock2D> rs = new ArrayList<>();
            for (int j = 0; j < c.layersPerBlock(); j++) {
                rs.add(new ResnetBlock2D(p.child("resnets").child(j), j == 0 ? in : out, out, 0, g, eps));
            }
            encResnets.add(rs);
            encDownsamplers.add(b < n - 1 ? new Downsample2D(p.child("downsamplers").child(0), out, true) : null);
        }
        int top = c.blockOutChannels().get(n - 1);
        this.encMid = new VaeMidBlock(enc.child("mid_block"), top, g);
        this.encNormOut = new GroupNorm(enc.child("conv_norm_out"), g, top, eps);
        this.encConvOut = new Conv2d(enc.child("conv_out"), top, 2 * c.latentChannels(), 3, 1, 1);
        this.quantConv = new Conv2d(root.child("quant_conv"), 2 * c.latentChannels(), 2 * c.latentChannels(), 1, 1, 0);

        this.postQuantConv = new Conv2d(root.child("post_quant_conv"), c.latentChannels(), c.latentChannels(), 1, 1, 0);
        Prefix dec = root.child("decoder");
        this.decConvIn = new Conv2d(dec.child("conv_in"), c.latentChannels(), top, 3, 1, 1);
        this.decMid = new VaeMidBlock(dec.child("mid_block"), top, g);
        int prev = top;
        for (int b = 0; b < n; b++) {
            Prefix p = dec.child("up_blocks").child(b);
            int o = c.blockOutChannels().get(n - 1 - b);
            List<ResnetBlock2D> rs = new ArrayList<>();
            for (int j = 0; j <= c.layersPerBlock(); j++) {
                rs.add(new ResnetBlock2D(p.child("resnets").child(j), j == 0 ? prev : o, o, 0, g, eps));
            }
            decResnets.add(rs);
            decUpsamplers.add(b < n - 1 ? new Upsample2D(p.child("upsamplers").child(0), o) : null);
            prev = o;
        }
        int bottom = c.blockOutChannels().get(0);
        this.decNormOut = new GroupNorm(dec.child("conv_norm_out"), g, bottom, eps);
        this.decConvOut = new Conv2d(dec.child("conv_out"), bottom, c.outChannels(), 3, 1, 1);
    }

    public VaeConfig config() {
        return config;
    }

    public ModelContext context() {
        return context;
    }

    /** The encoder output before quant_conv [B, 2·latent, H/8, W/8]. */
    public NDArray encoderOutput(NDArray image) {
        NDArray h = encConvIn.forward(image);
        for (int b = 0; b < encResnets.size(); b++) {
            for (ResnetBlock2D r : encResnets.get(b)) {
                h = r.forward(h, null);
            }
            if (encDownsamplers.get(b) != null) {
                h = encDownsamplers.get(b).forward(h);
            }
        }
        h = encMid.forward(h);
        NDArray last = h;
        return Scopes.keep(() -> encConvOut.forward(ops.silu(encNormOut.forward(last))));
    }

    /** quant_conv(encoder(image)): mean and raw log-variance stacked on channels. */
    public NDArray moments(NDArray image) {
        return quantConv.forward(encoderOutput(image));
    }

    public LatentDistribution encode(NDArray image) {
        return LatentDistribution.fromMoments(moments(image));
    }

    /** Image in about [−1, 1] from UNSCALED latents (divide training latents by the scaling factor first). */
    public NDArray decode(NDArray latents) {
        NDArray h = decConvIn.forward(postQuantConv.forward(latents));
        h = decMid.forward(h);
        for (int b = 0; b < decResnets.size(); b++) {
            for (ResnetBlock2D r : decResnets.get(b)) {
                h = r.forward(h, null);
            }
            if (decUpsamplers.get(b) != null) {
                h = decUpsamplers.get(b).forward(h);
            }
        }
        NDArray last = h;
        return Scopes.keep(() -> decConvOut.forward(ops.silu(decNormOut.forward(last))));
    }

    /** Latents as the UNet is trained on them: latent × scaling_factor (0.18215 for SD1.5). */
    public NDArray scale(NDArray latents) {
        return Scalars.mul(latents, config.scalingFactor());
    }

    /** Inverse of {@link #scale(NDArray)}, before {@link #decode(NDArray)}. */
    public NDArray unscale(NDArray latents) {
        return Scalars.div(latents, config.scalingFactor());
    }
}
