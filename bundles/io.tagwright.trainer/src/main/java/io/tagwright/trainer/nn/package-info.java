/**
 * Building blocks of the DJL networks: parameters and layers registered by dotted name, {@link
 * io.tagwright.trainer.nn.Ops} in a plain-DJL and a fused (TorchScript) flavour, scoped
 * evaluation, owned constants, weightless module trees.
 */
package io.tagwright.trainer.nn;
