package io.tagwright.trainer.run;

import io.tagwright.trainer.protocol.event.TrainerEvent;

/**
 * The training engine. The model side implements it and registers the class in
 * {@code META-INF/services/io.tagwright.trainer.run.TrainingLoop}; {@code TrainerMain train} finds
 * it with {@link java.util.ServiceLoader} (the system property {@code tagwright.trainingLoop}
 * picks one by class name when several are present).
 *
 * <p>Contract: before {@link #run} is called the config is valid, the datasets are scanned and
 * planned ({@link RunContext#plan()}), the model path passed the pickle/presence checks, and a
 * {@code run_started} event has been sent. The loop then, for each epoch and batch from
 * {@link RunContext#batches()}: tokenizes captions ({@link RunContext#tokenizer()}), trains,
 * reports each optimizer step with {@link RunContext#step}, ends each epoch with
 * {@link RunContext#epochEnd}, saves LoRA files where {@link RunContext#epochFile(int)} /
 * {@link RunContext#finalFile()} say using {@link RunContext#metadataForSave}, reports them with
 * {@link RunContext#checkpointSaved}, writes samples with {@link RunContext#writeSample}, and
 * checks {@link RunContext#stopRequested()} between steps: when true it saves the current
 * weights and returns {@link TrainerEvent.Status#STOPPED}. It returns
 * {@link TrainerEvent.Status#COMPLETED} after the last epoch. Failures are thrown as
 * {@link TrainingException} (with the error kind that decides the exit code); the CLI sends the
 * {@code error} and {@code finished} events, so the loop must not.
 */
public interface TrainingLoop {

    /** A short name for messages, e.g. {@code "djl-pytorch"}. */
    String name();

    TrainerEvent.Status run(RunContext context) throws Exception;
}
