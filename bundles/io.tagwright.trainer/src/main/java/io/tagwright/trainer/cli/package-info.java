/**
 * Command-line commands of the trainer (the dispatcher is maintained separately).
 */
package io.tagwright.trainer.cli;
