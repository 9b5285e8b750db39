package io.tagwright.launching.ui.tabs;

import org.eclipse.swt.widgets.Composite;

import io.tagwright.launching.ui.tabs.OptionField.Kind;

/** The LoRA network: rank, alpha, which models it trains, and extra network arguments (LoCon). */
final class NetworkTab extends OptionsTab {

    @Override
    protected void createFields(Composite page) {
        Composite g = group(page, "LoRA network (networks.lora)");
        add(g, Kind.INT, "network_dim", "Rank", "Rank of the LoRA matrices (the seed's recipe: 96)");
        add(g, Kind.FLOAT, "network_alpha", "Alpha", "Scale = alpha / rank (the recipe: 72 → 0.75)");
        add(g, Kind.BOOL, "network_train_unet_only", "Train the U-Net only (no text encoder LoRA)", "");
        add(g, Kind.FLOAT, "network_dropout", "Dropout", "Dropout on the LoRA down projection; empty for none");
        add(g, Kind.WORDS, "network_args", "Network arguments",
                "Extra key=value arguments, e.g. conv_dim=16 conv_alpha=8 for LoCon on 3×3 convolutions");
        add(g, Kind.FILE, "network_weights", "Start from LoRA", "Continue from an existing LoRA file (.safetensors)");
    }

    @Override
    public String getName() {
        return "Network";
    }
}
