package io.tagwright.trainer.protocol.event;

/** A request from the IDE to a running trainer. */
public sealed interface TrainerCommand {

    /** Finish the current step, save the LoRA as it is now, then end with status {@code STOPPED}. */
    record Stop() implements TrainerCommand {
    }

    /** A command this trainer does not know (sent by a newer IDE); ignored. */
    record Unknown(String type) implements TrainerCommand {
    }
}
