/** PNG text chunks ({@code tEXt}/{@code iTXt}) carrying generation parameters in A1111's format. */
package io.tagwright.trainer.protocol.png;
