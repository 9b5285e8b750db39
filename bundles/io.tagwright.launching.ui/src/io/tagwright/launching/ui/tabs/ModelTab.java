package io.tagwright.launching.ui.tabs;

import org.eclipse.swt.widgets.Composite;

import io.tagwright.launching.ui.tabs.OptionField.Kind;

/** The base model: an SD1.5 checkpoint (.safetensors) or diffusers folder, its tokenizer, VAE and clip skip. */
final class ModelTab extends OptionsTab {

    @Override
    protected void createFields(Composite page) {
        Composite g = group(page, "Base model");
        add(g, Kind.FILE_OR_FOLDER, "pretrained_model_name_or_path", "Checkpoint or diffusers folder",
                "An SD1.5 single-file checkpoint (.safetensors only: pickle .ckpt files are refused) or a diffusers folder");
        add(g, Kind.FOLDER, "tokenizer_dir", "CLIP tokenizer folder",
                "A folder with vocab.json and merges.txt. Not needed for a diffusers folder (it has tokenizer/); a single-file "
                        + "checkpoint carries no tokenizer. Nothing is ever downloaded.");
        add(g, Kind.FILE_OR_FOLDER, "vae", "VAE (optional)", "Use this VAE instead of the checkpoint's own");
        add(g, Kind.INT, "clip_skip", "Clip skip", "2 uses the text encoder's penultimate layer (common for anime models)");
    }

    @Override
    public String getName() {
        return "Base Model";
    }
}
