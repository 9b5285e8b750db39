package io.tagwright.trainer.io;

import java.util.Locale;

/** Element types of the safetensors format, with their names as written in a header. */
public enum DType {
    BOOL(1, false),
    U8(1, false),
    I8(1, false),
    F8_E5M2(1, true),
    F8_E4M3(1, true),
    I16(2, false),
    U16(2, false),
    F16(2, true),
    BF16(2, true),
    I32(4, false),
    U32(4, false),
    F32(4, true),
    F64(8, true),
    I64(8, false),
    U64(8, false);

    private final int byteSize;
    private final boolean floating;

    DType(int byteSize, boolean floating) {
        this.byteSize = byteSize;
        this.floating = floating;
    }

    public int byteSize() {
        return byteSize;
    }

    public boolean isFloating() {
        return floating;
    }

    /** The header spelling, e.g. {@code "F32"}. */
    public String headerName() {
        return name();
    }

    /** Parses a header dtype; returns null for an unknown name. */
    public static DType fromHeaderName(String name) {
        if (name == null) {
            return null;
        }
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Parses a user-facing precision name: fp32/float/f32, fp16/half/f16, bf16. */
    public static DType fromPrecision(String precision) {
        return switch (precision.toLowerCase(Locale.ROOT)) {
            case "fp32", "float", "float32", "f32", "no" -> F32;
            case "fp16", "half", "float16", "f16" -> F16;
            case "bf16", "bfloat16" -> BF16;
            default -> throw new IllegalArgumentException("unknown precision '" + precision
                    + "' (expected fp32, fp16 or bf16)");
        };
    }
}
