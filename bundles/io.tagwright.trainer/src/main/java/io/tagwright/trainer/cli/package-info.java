/**
 * The trainer's command line ({@code TrainerMain}): train, plan, import-kohya, export-kohya, demo,
 * lora-keys, help; exit codes in {@link io.tagwright.trainer.cli.ExitCode}.
 */
package io.tagwright.trainer.cli;
