package io.tagwright.launching.ui.tabs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import io.tagwright.launching.ui.tabs.OptionField.Kind;
import io.tagwright.trainer.protocol.config.RunConfig;

/**
 * Optimizer and learning-rate schedule. Adafactor comes two ways: kohya's default relative step (it sets its
 * own learning rate with the {@code adafactor} schedule, so the learning-rate fields are moot and disabled),
 * or a fixed learning rate ({@code scale_parameter=False relative_step=False warmup_init=False}).
 */
final class OptimizerTab extends OptionsTab {

    private static final List<String> FIXED_ARGS = List.of("scale_parameter=False", "relative_step=False", "warmup_init=False");

    private OptionField.Choice optimizer;
    private OptionField.Choice scheduler;
    private OptionField args;
    private final List<OptionField> lrFields = new ArrayList<>();
    private Button relativeStep;
    private Button fixedLr;

    @Override
    protected void createFields(Composite page) {
        Composite g = group(page, "Optimizer");
        optimizer = add(g, (OptionField.Choice) OptionField.of(Kind.CHOICE, "optimizer_type", "Optimizer",
                "AdamW or Adafactor", "AdamW", "Adafactor"));
        relativeStep = new Button(g, SWT.RADIO);
        relativeStep.setText("Adafactor sets its own learning rate (relative step, the adafactor schedule)");
        GridDataFactory.fillDefaults().span(4, 1).indent(20, 0).applyTo(relativeStep);
        fixedLr = new Button(g, SWT.RADIO);
        fixedLr.setText("Adafactor with a fixed learning rate (scale_parameter=False relative_step=False warmup_init=False)");
        GridDataFactory.fillDefaults().span(4, 1).indent(20, 0).applyTo(fixedLr);
        relativeStep.addListener(SWT.Selection, e -> changed());
        fixedLr.addListener(SWT.Selection, e -> changed());
        args = add(g, Kind.WORDS, "optimizer_args", "Optimizer arguments", "key=value arguments passed to the optimizer");
        add(g, Kind.FLOAT, "max_grad_norm", "Max gradient norm", "Gradients are clipped to this global norm (0: off)");

        Composite lr = group(page, "Learning rate and schedule");
        lrFields.add(add(lr, Kind.FLOAT, "learning_rate", "Learning rate", ""));
        lrFields.add(add(lr, Kind.FLOAT, "unet_lr", "U-Net learning rate", "Overrides the learning rate for the U-Net LoRA"));
        lrFields.add(add(lr, Kind.FLOAT, "text_encoder_lr", "Text encoder learning rate", ""));
        scheduler = add(lr, (OptionField.Choice) OptionField.of(Kind.CHOICE, "lr_scheduler", "Scheduler", "",
                "constant", "constant_with_warmup", "cosine", "linear", "adafactor"));
        lrFields.add(add(lr, Kind.INT, "lr_warmup_steps", "Warm-up steps", ""));

        Composite loss = group(page, "Loss and precision");
        add(loss, Kind.FLOAT, "noise_offset", "Noise offset", "e.g. 0.05 helps very dark and very bright images");
        add(loss, Kind.FLOAT, "min_snr_gamma", "Min-SNR gamma", "e.g. 5; weighs the loss by timestep");
        add(loss, Kind.CHOICE, "mixed_precision", "Mixed precision", "no on CPU; bf16 or fp16 on a GPU", "no", "fp16", "bf16");
        optimizer.onChange(this::updateEnablement);
    }

    @Override
    protected void initializeOthers(ILaunchConfiguration configuration, RunConfig c) {
        boolean fixed = isFixedAdafactor(c);
        relativeStep.setSelection(!fixed);
        fixedLr.setSelection(fixed);
    }

    @Override
    protected void applyOthers(ILaunchConfigurationWorkingCopy configuration, RunConfig c) {
        if (!isAdafactor()) {
            return;
        }
        List<String> current = new ArrayList<>(c.strings("optimizer_args") == null ? List.of() : c.strings("optimizer_args"));
        current.removeIf(a -> a.startsWith("scale_parameter=") || a.startsWith("relative_step=") || a.startsWith("warmup_init="));
        if (fixedLr.getSelection()) {
            current.addAll(FIXED_ARGS);
            if ("adafactor".equals(c.string("lr_scheduler"))) {
                c.set("lr_scheduler", "constant");
            }
        } else {
            c.set("lr_scheduler", "adafactor");
        }
        c.set("optimizer_args", current.isEmpty() ? null : current);
    }

    static boolean isFixedAdafactor(RunConfig c) {
        List<String> a = c.strings("optimizer_args");
        return a != null && a.stream().anyMatch(s -> s.replace(" ", "").equalsIgnoreCase("relative_step=False"));
    }

    private boolean isAdafactor() {
        return optimizer.value().toLowerCase(Locale.ROOT).startsWith("adafactor");
    }

    @Override
    protected void updateEnablement() {
        boolean adafactor = isAdafactor();
        relativeStep.setEnabled(adafactor);
        fixedLr.setEnabled(adafactor);
        boolean moot = adafactor && relativeStep.getSelection();
        for (OptionField f : lrFields) {
            f.setEnabled(!moot);
        }
        scheduler.setEnabled(!moot);
        args.setEnabled(true);
    }

    @Override
    public String getName() {
        return "Optimizer";
    }
}
