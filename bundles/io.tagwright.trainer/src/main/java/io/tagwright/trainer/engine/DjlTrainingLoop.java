package io.tagwright.trainer.engine;

import ai.djl.ndarray.NDManager;
import io.tagwright.trainer.data.BatchSource;
import io.tagwright.trainer.protocol.event.TrainerEvent.ErrorKind;
import io.tagwright.trainer.protocol.event.TrainerEvent.Status;
import io.tagwright.trainer.run.RunContext;
import io.tagwright.trainer.run.TrainingException;
import io.tagwright.trainer.run.TrainingLoop;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The training engine on DJL PyTorch: kohya {@code train_network.py} for SD1.x LoRA. Registered in
 * {@code META-INF/services/io.tagwright.trainer.run.TrainingLoop}.
 */
public final class DjlTrainingLoop implements TrainingLoop {

    static final String OOM_ADVICE = "lower train_batch_size or the resolution, enable cache_latents, "
            + "or train on a GPU with more memory";

    @Override
    public String name() {
        return "djl-pytorch";
    }

    @Override
    public Status run(RunContext ctx) throws Exception {
        EngineSettings settings = EngineSettings.from(ctx.config(), ctx::warn);
        Path resumeDir = ctx.resumeDir();
        TrainState resume = resumeDir == null ? null : TrainState.read(resumeDir);
        long seed = resume != null ? resume.seed() : ctx.seed();
        if (seed != ctx.seed()) {
            ctx.warn("resuming with the state's seed " + seed + " (the run's seed is " + ctx.seed() + ")");
        }
        Precision.Mode precision = Precision.choose(settings.mixedPrecision(), ctx::warn);
        try (NDManager root = NDManager.newBaseManager();
                Engine engine = Engine.open(ctx, settings, seed, ctx.tokenizer(), root, precision);
                BatchSource own = seed == ctx.seed() ? null : new BatchSource(ctx.plan(), seed, 1)) {
            if (resume != null) {
                resume.restore(resumeDir, engine.fingerprint(), engine.network(), engine.optimizer(), root);
            }
            TrainingRun run = new TrainingRun(ctx, engine, own != null ? own : ctx.batches(), ctx.tokenizer());
            return run.train(resume);
        } catch (RuntimeException | OutOfMemoryError e) {
            if (isOutOfMemory(e)) {
                throw new TrainingException(ErrorKind.OUT_OF_MEMORY, "out of memory: " + firstLine(e.getMessage()),
                        OOM_ADVICE, e);
            }
            throw e;
        }
    }

    /** libtorch's CPU and CUDA allocator failures and Java's own, also when wrapped (data threads). */
    static boolean isOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("out of memory") || m.contains("can't allocate memory")
                    || m.contains("not enough memory") || m.contains("defaultcpuallocator")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
