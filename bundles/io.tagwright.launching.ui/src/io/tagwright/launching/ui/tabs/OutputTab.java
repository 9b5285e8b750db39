package io.tagwright.launching.ui.tabs;

import org.eclipse.swt.widgets.Composite;

import io.tagwright.launching.ui.tabs.OptionField.Kind;

/** Where the LoRA files, training state and logs go, and how often. */
final class OutputTab extends OptionsTab {

    @Override
    protected void createFields(Composite page) {
        Composite g = group(page, "Files");
        add(g, Kind.FOLDER, "output_dir", "Output folder", "Empty: the dataset's model/ folder");
        add(g, Kind.TEXT, "output_name", "LoRA name", "Files are NAME-000001.safetensors per epoch and NAME.safetensors at the end");
        add(g, Kind.INT, "save_every_n_epochs", "Save every N epochs", "");
        add(g, Kind.CHOICE, "save_precision", "Save precision", "", "fp16", "bf16", "float");
        add(g, Kind.BOOL, "save_state", "Save the training state with each file (to resume exactly)", "");
        add(g, Kind.FOLDER, "logging_dir", "TensorBoard log folder", "Empty: the dataset's log/ folder");
        Composite r = group(page, "Reproducibility");
        add(r, Kind.INT, "seed", "Seed", "Same seed, same data order, same augmentation and noise");
    }

    @Override
    public String getName() {
        return "Output";
    }
}
