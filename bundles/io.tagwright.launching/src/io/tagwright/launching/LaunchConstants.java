package io.tagwright.launching;

/** Identifiers and launch configuration attributes of the "LoRA Training" launch type. */
public final class LaunchConstants {

    /** The launch configuration type. */
    public static final String ID_LORA_TRAINING = "io.tagwright.launching.loraTraining";

    /** Name of the dataset project the run trains on (its folders fill train_data_dir and reg_data_dir). */
    public static final String ATTR_DATASET_PROJECT = "io.tagwright.launching.datasetProject";

    /**
     * The run configuration as TOML with sd-scripts' option names (what {@code train_network.py --config_file}
     * reads, plus a {@code kohya_ss_gui} table with GUI fields that have no sd-scripts option).
     */
    public static final String ATTR_RUN_TOML = "io.tagwright.launching.runToml";

    /** Sample prompts in kohya's prompt file syntax, one per line ({@code --w --h --s --l --d --n}). */
    public static final String ATTR_SAMPLE_PROMPTS = "io.tagwright.launching.samplePrompts";

    /**
     * True for a configuration that trains the demo's tiny model: the trainer generates it into
     * {@code pretrained_model_name_or_path} (relative to the dataset project) when it is missing there.
     */
    public static final String ATTR_TINY_MODEL = "io.tagwright.launching.tinyModel";

    /** Process attribute: the run folder of a training process (run.toml, events.jsonl). */
    public static final String PROCESS_RUN_DIR = "io.tagwright.launching.runDir";

    /** Process type of the trainer JVM, for console line trackers. */
    public static final String PROCESS_TYPE = "io.tagwright.trainer";

    private LaunchConstants() {
    }
}
