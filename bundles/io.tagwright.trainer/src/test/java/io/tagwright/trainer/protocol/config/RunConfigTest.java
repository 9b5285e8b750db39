package io.tagwright.trainer.protocol.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.protocol.config.ConfigProblem.Severity;
import io.tagwright.trainer.protocol.json.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunConfigTest {

    static final String VALID = """
            pretrained_model_name_or_path = "models/sd15.safetensors"
            train_data_dir = "img"
            output_dir = "out"
            output_name = "ohwx"
            network_module = "networks.lora"
            network_dim = 96
            network_alpha = 72
            optimizer_type = "AdamW"
            learning_rate = 1e-4
            resolution = "768,768"
            enable_bucket = true
            caption_extension = ".txt"
            max_train_epochs = 8
            my_custom_flag = "kept"
            """;

    static RunConfig valid() {
        return RunConfig.parse(VALID, "run.toml");
    }

    static List<ConfigProblem> errors(RunConfig c) {
        return RunConfigValidator.validate(c).stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    @Test
    void typedAccessWithSdScriptsDefaults() {
        RunConfig c = valid();
        assertEquals(96L, c.integer("network_dim"));
        assertEquals(72.0, c.real("network_alpha"));
        assertEquals(1L, c.integer("train_batch_size"));
        assertEquals(1.0, c.real("max_grad_norm"));
        assertEquals("constant", c.string("lr_scheduler"));
        assertEquals("ddim", c.string("sample_sampler"));
        assertEquals(".txt", c.captionExtension());
        assertEquals("AdamW", c.optimizerType());
        assertEquals(768, c.resolution()[1]);
        assertFalse(c.bool("flip_aug"));
        assertEquals(List.of(), errors(c));
        assertEquals(java.util.Set.of("my_custom_flag"), c.unknownKeys());
        assertTrue(RunConfigValidator.validate(c).stream().anyMatch(p -> p.option().equals("my_custom_flag")
                && p.severity() == Severity.INFO));
    }

    @Test
    void sectionsAreFlattenedAsSdScriptsDoes() {
        RunConfig c = RunConfig.parse("""
                [model_arguments]
                pretrained_model_name_or_path = "m.safetensors"
                [training_arguments]
                learning_rate = 0.0002
                """, "s.toml");
        assertEquals("m.safetensors", c.string("pretrained_model_name_or_path"));
        assertEquals(2e-4, c.real("learning_rate"));
        assertThrows(ConfigException.class, () -> RunConfig.parse("[a]\nx = 1\n[b]\nx = 2\n", "s.toml"));
    }

    @Test
    void saveAndLoadKeepUnknownOptions(@TempDir Path dir) throws Exception {
        RunConfig c = valid();
        Path f = dir.resolve("run.toml");
        c.save(f);
        RunConfig back = RunConfig.load(f);
        assertTrue(Toml.sameContent(c.values(), back.values()));
        assertEquals("kept", back.get("my_custom_flag"));
        assertEquals(dir.resolve("img"), back.path("train_data_dir"));
        assertEquals(List.of(), Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    }

    @Test
    void loadErrorsNameTheFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.toml");
        assertTrue(assertThrows(ConfigException.class, () -> RunConfig.load(f)).getMessage().contains("not found"));
        Files.write(f, new byte[] {(byte) 0xC3, 0x28, '\n'});
        assertTrue(assertThrows(ConfigException.class, () -> RunConfig.load(f)).getMessage().contains("UTF-8"));
        Files.writeString(f, "\uFEFFx = [1,\n");
        TomlException e = assertThrows(TomlException.class, () -> RunConfig.load(f));
        assertTrue(e.getMessage().startsWith(f + ":2:"), e.getMessage());
    }

    @Test
    void invalidCombinationsAreExplained() {
        RunConfig c = valid().set("cache_latents", true).set("color_aug", true).set("random_crop", true);
        List<ConfigProblem> errs = errors(c);
        assertEquals(2, errs.size(), errs.toString());
        assertTrue(errs.get(0).message().contains("cache_latents cannot be used with color_aug"), errs.toString());

        RunConfig ada = valid().set("optimizer_type", "Adafactor").set("lr_scheduler", "adafactor");
        List<ConfigProblem> ps = RunConfigValidator.validate(ada);
        assertTrue(ps.stream().anyMatch(p -> p.option().equals("learning_rate") && p.severity() == Severity.WARNING
                && p.message().contains("ignored")), ps.toString());
        assertEquals(List.of(), errors(ada));
        RunConfig fixed = valid().set("optimizer_type", "Adafactor")
                .set("optimizer_args", List.of("scale_parameter=False", "relative_step=False", "warmup_init=False"));
        assertTrue(RunConfigValidator.validate(fixed).stream().noneMatch(p -> p.option().equals("learning_rate")));
        assertEquals(1, errors(fixed.copy().set("lr_scheduler", "adafactor")).size());

        assertEquals("network_dim", errors(valid().set("network_dim", 0)).get(0).option());
        assertEquals("mixed_precision", errors(valid().set("mixed_precision", "fp8")).get(0).option());
        assertEquals("min_bucket_reso", errors(valid().set("min_bucket_reso", 300)).get(0).option());
        assertEquals("max_token_length", errors(valid().set("max_token_length", 100)).get(0).option());
        assertEquals("save_model_as", errors(valid().set("save_model_as", "ckpt")).get(0).option());
        assertEquals("learning_rate", errors(valid().set("learning_rate", "fast")).get(0).option());
        RunConfig missing = RunConfig.parse("network_module = \"networks.lora\"\nnetwork_dim = 4\n", "m.toml");
        List<String> opts = errors(missing).stream().map(ConfigProblem::option).toList();
        assertTrue(opts.containsAll(List.of("pretrained_model_name_or_path", "output_dir", "train_data_dir", "resolution")), opts.toString());
        assertTrue(RunConfigValidator.validate(valid().set("caption_extension", "txt")).stream()
                .anyMatch(p -> p.option().equals("caption_extension") && p.severity() == Severity.WARNING));
    }

    @Test
    void commandLineExport() {
        RunConfig c = valid().set("optimizer_args", List.of("weight_decay=0.1")).set("lr_warmup_ratio", 0.05)
                .set("shuffle_caption", true).set("flip_aug", false).set("tokenizer_dir", "/tok");
        List<String> argv = SdScriptsCommandLine.build(c, 3360);
        assertEquals("train_network.py", argv.get(4));
        assertTrue(argv.contains("--pretrained_model_name_or_path=models/sd15.safetensors"));
        assertTrue(argv.contains("--learning_rate=0.0001"));
        assertTrue(argv.contains("--network_alpha=72"));
        assertTrue(argv.contains("--shuffle_caption"));
        assertFalse(argv.contains("--flip_aug"));
        assertTrue(argv.contains("--lr_warmup_steps=168"));
        assertFalse(argv.stream().anyMatch(a -> a.contains("tokenizer_dir") || a.contains("lr_warmup_ratio")));
        int i = argv.indexOf("--optimizer_args");
        assertEquals("weight_decay=0.1", argv.get(i + 1));
        assertTrue(argv.contains("--my_custom_flag=kept"));
        Map<String, Object> back = SdScriptsCommandLine.parseOptions(argv.subList(5, argv.size()));
        assertEquals(1e-4, back.get("learning_rate"));
        assertEquals(true, back.get("shuffle_caption"));
        assertEquals(List.of("weight_decay=0.1"), back.get("optimizer_args"));
        String shell = SdScriptsCommandLine.buildShell(c.set("output_name", "my lora"), 0);
        assertTrue(shell.contains("'--output_name=my lora'"), shell);
        assertEquals(List.of("a b", "c'd", "e\"f", "g"), ShellWords.split("'a b' \"c'd\" e\\\"f g"));
    }

    static final String GUI = """
            {
              "LoRA_type": "Standard",
              "adaptive_noise_scale": 0,
              "additional_parameters": "--max_grad_norm=0.5 --some_new_flag",
              "bucket_no_upscale": true,
              "bucket_reso_steps": 64,
              "cache_latents": true,
              "caption_extension": ".txt",
              "clip_skip": "2",
              "color_aug": false,
              "enable_bucket": true,
              "epoch": 8,
              "flip_aug": false,
              "gradient_accumulation_steps": "1",
              "gradient_checkpointing": true,
              "keep_tokens": "1",
              "learning_rate": "0.0001",
              "logging_dir": "/data/log",
              "lr_scheduler": "cosine",
              "lr_warmup": "5",
              "max_bucket_reso": 2048,
              "max_resolution": "768,768",
              "max_train_epochs": "",
              "min_bucket_reso": 256,
              "mixed_precision": "fp16",
              "network_alpha": 72,
              "network_dim": 96,
              "optimizer": "AdamW",
              "optimizer_args": "weight_decay=0.01 betas=0.9,0.99",
              "output_dir": "/data/out",
              "output_name": "ohwx",
              "pretrained_model_name_or_path": "/models/sd15.safetensors",
              "sample_every_n_epochs": 1,
              "sample_prompts": "1girl, ohwx --w 512 --h 512 --s 30\\nportrait --d 5",
              "sample_sampler": "euler_a",
              "save_every_n_epochs": 1,
              "save_precision": "fp16",
              "seed": "1234",
              "shuffle_caption": true,
              "text_encoder_lr": "5e-05",
              "train_batch_size": 2,
              "train_data_dir": "/data/img",
              "unet_lr": "0.0001",
              "use_wandb": false,
              "wandb_api_key": "",
              "v2": false,
              "xformers": "xformers",
              "stop_text_encoder_training_pct": 0
            }
            """;

    @Test
    void kohyaGuiImportMapsFieldsAndKeepsTheRest() {
        KohyaGuiConfig.Import imp = KohyaGuiConfig.importJson(GUI, "gui.json");
        RunConfig c = imp.config();
        assertEquals("networks.lora", c.string("network_module"));
        assertEquals("AdamW", c.optimizerType());
        assertEquals(List.of("weight_decay=0.01", "betas=0.9,0.99"), c.strings("optimizer_args"));
        assertEquals(8L, c.integer("max_train_epochs"));
        assertEquals(1L, c.get("gradient_accumulation_steps"));
        assertEquals(2L, c.get("clip_skip"));
        assertEquals(1e-4, c.get("learning_rate"));
        assertEquals(5e-5, c.get("text_encoder_lr"));
        assertEquals("768,768", c.string("resolution"));
        assertEquals(0.05, c.real("lr_warmup_ratio"), 1e-12);
        assertEquals(true, c.get("xformers"));
        assertEquals(0.5, c.get("max_grad_norm"));
        assertEquals(true, c.get("some_new_flag"));
        assertEquals(1234L, c.get("seed"));
        assertFalse(c.has("sample_prompts"));
        assertEquals("1girl, ohwx --w 512 --h 512 --s 30\nportrait --d 5", imp.samplePromptText());
        assertTrue(imp.notes().stream().anyMatch(p -> p.option().equals("use_wandb")), imp.notes().toString());
        assertTrue(imp.notes().stream().anyMatch(p -> p.option().equals("stop_text_encoder_training_pct")));
        assertTrue(c.guiFields().containsKey("use_wandb"));
    }

    @Test
    void kohyaGuiRoundTripsThroughToml() {
        KohyaGuiConfig.Import imp = KohyaGuiConfig.importJson(GUI, "gui.json");
        RunConfig back = RunConfig.parse(imp.config().toToml(), "run.toml");
        Map<String, Object> exported = KohyaGuiConfig.export(back);
        assertTrue(Toml.sameContent(Json.parseObject(GUI), exported),
                "differs:\n" + KohyaGuiConfig.exportJson(back));
        // and the pretty form is valid JSON of the same content
        assertTrue(Toml.sameContent(Json.parseObject(GUI), Json.parseObject(KohyaGuiConfig.exportJson(back))));
    }

    @Test
    void kohyaGuiExportCarriesEdits() {
        RunConfig c = KohyaGuiConfig.importJson(GUI, "gui.json").config();
        c.set("learning_rate", 2e-4).set("network_dim", 32).set("max_train_epochs", 10).set("sdpa", true)
                .set("xformers", false).set("lr_warmup_ratio", 0.1).set("noise_offset", 0.05).set("max_grad_norm", null);
        Map<String, Object> out = KohyaGuiConfig.export(c);
        assertEquals("0.0002", out.get("learning_rate"));
        assertEquals(32L, out.get("network_dim"));
        assertEquals(10L, out.get("epoch"));
        assertEquals("sdpa", out.get("xformers"));
        assertEquals("10", out.get("lr_warmup"));
        assertEquals(0.05, out.get("noise_offset"));
        assertEquals("--some_new_flag", out.get("additional_parameters"));
        assertFalse(out.containsKey("max_grad_norm"));
        // a config made from scratch exports to GUI fields too
        Map<String, Object> fresh = KohyaGuiConfig.export(valid());
        assertEquals("Standard", fresh.get("LoRA_type"));
        assertEquals("768,768", fresh.get("max_resolution"));
        assertEquals("AdamW", fresh.get("optimizer"));
        assertEquals(96L, fresh.get("network_dim"));
        assertEquals("--my_custom_flag=kept", fresh.get("additional_parameters"));
    }

    @Test
    void datasetTomlRoundTripsAndReportsUnknownKeys() {
        String text = """
                [general]
                shuffle_caption = true
                caption_extension = '.txt'
                keep_tokens = 1
                shiny_new_option = 3

                [[datasets]]
                resolution = 512
                batch_size = 4
                enable_bucket = true

                  [[datasets.subsets]]
                  image_dir = 'C:\\hoge'
                  num_repeats = 10
                  class_tokens = 'hoge girl'

                  [[datasets.subsets]]
                  image_dir = 'C:\\reg'
                  class_tokens = 'girl'
                  is_reg = true
                  batch_size = 2
                """;
        DatasetConfig d = DatasetConfig.parse(text, "dataset.toml");
        assertEquals(1, d.datasets().size());
        assertEquals(2, d.datasets().get(0).subsets().size());
        assertEquals(4L, d.datasets().get(0).options().get("batch_size"));
        List<ConfigProblem> ps = d.check();
        assertTrue(ps.stream().anyMatch(p -> p.option().equals("general.shiny_new_option")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.option().equals("datasets[0].subsets[1].batch_size")
                && p.severity() == Severity.WARNING), ps.toString());
        assertTrue(ps.stream().noneMatch(p -> p.severity() == Severity.ERROR), ps.toString());
        DatasetConfig back = DatasetConfig.parse(d.toToml(), "out.toml");
        assertTrue(Toml.sameContent(d.document(), back.document()), d.toToml());
        DatasetConfig bad = DatasetConfig.parse("[[datasets]]\n[[datasets.subsets]]\nnum_repeats = 0\n", "b.toml");
        List<String> errs = bad.check().stream().filter(p -> p.severity() == Severity.ERROR).map(ConfigProblem::option).toList();
        assertEquals(List.of("datasets[0].subsets[0].image_dir", "datasets[0].subsets[0].num_repeats"), errs);
    }
}
