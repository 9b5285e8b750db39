/** kohya's sample prompt files: one prompt per line with {@code --w --h --s --l --d --n} options. */
package io.tagwright.trainer.protocol.prompt;
