/** File helpers shared by the trainer and the IDE. */
package io.tagwright.trainer.protocol.files;
