/**
 * The training data pipeline as sd-scripts builds it: {@code N_name} folders and dataset TOMLs
 * resolved into subsets, captions read from sidecar files, kohya's aspect-ratio buckets, step
 * maths, image loading with resize/crop/flip/colour augmentation, caption shuffling and dropout,
 * and batches as plain float arrays; plus the LoRA file's {@code ss_*} metadata and hashes and
 * kohya's output file names. No DJL here: the model side turns batches into NDArrays.
 */
package io.tagwright.trainer.data;
