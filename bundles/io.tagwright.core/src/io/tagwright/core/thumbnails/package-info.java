/** Thumbnails of dataset images, made once and kept in a size-bounded folder cache. */
package io.tagwright.core.thumbnails;
