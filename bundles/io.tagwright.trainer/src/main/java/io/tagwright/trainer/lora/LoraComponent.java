package io.tagwright.trainer.lora;

/** The network a LoRA module adapts, with kohya's name prefix. */
public enum LoraComponent {
    TEXT_ENCODER("lora_te"),
    UNET("lora_unet");

    private final String prefix;

    LoraComponent(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** kohya's module name: prefix + "." + module path, every '.' replaced by '_'. */
    public String loraName(String modulePath) {
        return (prefix + "." + modulePath).replace('.', '_');
    }
}
