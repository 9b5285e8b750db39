/**
 * Benchmarks (main classes, not tests).
 */
package io.tagwright.trainer.bench;
