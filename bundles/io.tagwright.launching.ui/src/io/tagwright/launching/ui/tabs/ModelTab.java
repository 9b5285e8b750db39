package io.tagwright.launching.ui.tabs;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.tagwright.launching.LaunchConstants;
import io.tagwright.launching.TrainingLaunches;
import io.tagwright.launching.ui.tabs.OptionField.Kind;
import io.tagwright.trainer.protocol.config.RunConfig;

/** The base model: an SD1.5 checkpoint (.safetensors) or diffusers folder, its tokenizer, VAE and clip skip. */
final class ModelTab extends OptionsTab {

    private Label tinyModelNote;

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
        tinyModelNote = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(tinyModelNote);
    }

    @Override
    protected void initializeOthers(ILaunchConfiguration configuration, RunConfig c) {
        boolean tiny;
        try {
            tiny = configuration.getAttribute(LaunchConstants.ATTR_TINY_MODEL, false)
                    && TrainingLaunches.TINY_MODEL_FOLDER.equals(c.string("pretrained_model_name_or_path"));
        } catch (CoreException e) {
            tiny = false;
        }
        tinyModelNote.setText(tiny ? "A demo configuration: it trains a tiny generated model with random weights (SD1.5's "
                + "layout at a fraction of its size), written to the folder above, inside the dataset project, on the first "
                + "launch. It shows the whole loop on a CPU in a few minutes; its LoRA files and samples mean nothing for a "
                + "real model. Choose a real SD1.5 checkpoint here to train for real." : "");
        tinyModelNote.getParent().layout(true, true);
    }

    @Override
    public String getName() {
        return "Base Model";
    }
}
