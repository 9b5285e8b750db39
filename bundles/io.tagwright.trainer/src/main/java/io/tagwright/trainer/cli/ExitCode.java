package io.tagwright.trainer.cli;

import io.tagwright.trainer.protocol.event.TrainerEvent.ErrorKind;

/** The trainer's exit codes; the IDE maps them to messages and quick fixes. */
public enum ExitCode {
    /** Done: training completed, plan printed, file converted. */
    OK(0),
    /** A bug or an unexpected failure (the message says where). */
    INTERNAL(1),
    /** Wrong command line: unknown command or option, missing argument. */
    USAGE(2),
    /** The run config (or a file it names: dataset TOML, sample prompts) is malformed or invalid. */
    CONFIG_INVALID(3),
    /** The dataset cannot be used: missing folders, no images, unreadable images or captions. */
    DATASET(4),
    /** The base model or tokenizer is missing or unusable; pickle checkpoints are refused. */
    MODEL(5),
    /** Out of memory (GPU or host). */
    OUT_OF_MEMORY(6),
    /** Training started but failed (e.g. the loss diverged). */
    TRAINING_FAILED(7),
    /** This build has no training engine (no {@code TrainingLoop} implementation on the class path). */
    NO_ENGINE(8),
    /** Stopped on request (Ctrl-C, the IDE's stop command, or the IDE went away); the current weights were saved. */
    INTERRUPTED(130);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    static ExitCode of(ErrorKind kind) {
        return switch (kind) {
            case MISSING_MODEL, PICKLE_REFUSED -> MODEL;
            case DATASET -> DATASET;
            case CONFIG -> CONFIG_INVALID;
            case OUT_OF_MEMORY -> OUT_OF_MEMORY;
            case OTHER -> TRAINING_FAILED;
        };
    }

    /** The table printed by {@code help}. */
    static String table() {
        StringBuilder sb = new StringBuilder();
        for (ExitCode c : values()) {
            sb.append(String.format("  %3d  %s%n", c.code, describe(c)));
        }
        return sb.toString();
    }

    private static String describe(ExitCode c) {
        return switch (c) {
            case OK -> "ok";
            case INTERNAL -> "internal error";
            case USAGE -> "usage error (unknown command or option)";
            case CONFIG_INVALID -> "config invalid (run config, dataset TOML, sample prompts)";
            case DATASET -> "dataset problem (folders, images, captions)";
            case MODEL -> "model problem (missing, unreadable, pickle refused, no tokenizer)";
            case OUT_OF_MEMORY -> "out of memory";
            case TRAINING_FAILED -> "training failed";
            case NO_ENGINE -> "no training engine in this build";
            case INTERRUPTED -> "interrupted (stopped on request; weights saved)";
        };
    }
}
