package io.tagwright.core.image;

import io.tagwright.model.ImageFormat;

/** What an image's header says: format and pixel size. */
public record ImageFacts(ImageFormat format, int width, int height) {
}
