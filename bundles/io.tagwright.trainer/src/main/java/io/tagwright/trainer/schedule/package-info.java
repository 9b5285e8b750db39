/**
 * Learning-rate schedules as kohya/diffusers define them.
 */
package io.tagwright.trainer.schedule;
