package io.tagwright.trainer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.io.SafetensorsReader;
import io.tagwright.trainer.io.TensorInfo;
import io.tagwright.trainer.output.LoraHashes;
import io.tagwright.trainer.protocol.event.TrainerEvent;
import io.tagwright.trainer.protocol.png.PngText;
import io.tagwright.trainer.protocol.tensorboard.EventFileReader;
import io.tagwright.trainer.protocol.tensorboard.ScalarPoint;
import io.tagwright.trainer.testutil.Shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of the DJL engine on the tiny model, through the CLI. */
class TrainingLoopTest {

    static final String KOHYA_KEYS = """
            ss_session_id ss_training_started_at ss_output_name ss_learning_rate ss_text_encoder_lr ss_unet_lr
            ss_num_train_images ss_num_reg_images ss_num_batches_per_epoch ss_num_epochs ss_gradient_checkpointing
            ss_gradient_accumulation_steps ss_max_train_steps ss_lr_warmup_steps ss_lr_scheduler ss_network_module
            ss_network_dim ss_network_alpha ss_network_dropout ss_mixed_precision ss_full_fp16 ss_v2
            ss_base_model_version ss_clip_skip ss_max_token_length ss_cache_latents ss_seed ss_lowram ss_noise_offset
            ss_multires_noise_iterations ss_multires_noise_discount ss_adaptive_noise_scale ss_zero_terminal_snr
            ss_training_comment ss_sd_scripts_commit_hash ss_optimizer ss_max_grad_norm ss_caption_dropout_rate
            ss_caption_dropout_every_n_epochs ss_caption_tag_dropout_rate ss_face_crop_aug_range ss_prior_loss_weight
            ss_min_snr_gamma ss_scale_weight_norms ss_ip_noise_gamma ss_debiased_estimation ss_tag_frequency
            ss_dataset_dirs ss_batch_size_per_device ss_total_batch_size ss_resolution ss_color_aug ss_flip_aug
            ss_random_crop ss_shuffle_caption ss_enable_bucket ss_bucket_no_upscale ss_min_bucket_reso
            ss_max_bucket_reso ss_keep_tokens ss_reg_dataset_dirs ss_bucket_info ss_sd_model_hash ss_sd_model_name
            ss_training_finished_at ss_steps ss_epoch
            modelspec.sai_model_spec modelspec.architecture modelspec.implementation modelspec.title
            modelspec.resolution modelspec.date modelspec.prediction_type sshs_model_hash sshs_legacy_hash""".strip();

    /** Key → "DTYPE[shape]" of a safetensors file, optionally only keys with a prefix. */
    static Map<String, String> layout(Path file, String prefix) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (SafetensorsReader r = SafetensorsReader.open(file)) {
            for (TensorInfo t : r.tensors().values()) {
                if (t.name().startsWith(prefix)) {
                    out.put(t.name(), t.dtype() + t.shapeString());
                }
            }
        }
        return out;
    }

    @Test
    void trainsTextEncoderAndUnetLoraWithKohyaOutputs(@TempDir Path dir) throws Exception {
        Path cfg = TinyRun.setup(dir, 3, 2, """
                max_train_epochs = 2
                save_every_n_epochs = 1
                sample_prompts = "prompts.txt"
                sample_every_n_epochs = 1
                sample_sampler = "euler_a"
                logging_dir = "logs"
                """);
        TinyRun.Result r = TinyRun.train("--config", cfg.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(TrainerEvent.Status.COMPLETED, r.finished().status());
        List<TrainerEvent.Step> steps = r.of(TrainerEvent.Step.class);
        assertEquals(12, steps.size());
        assertEquals(12, steps.get(11).step());
        assertTrue(steps.stream().allMatch(s -> Double.isFinite(s.loss()) && s.loss() > 0), steps.toString());
        assertEquals(1e-3, steps.get(0).learningRates().get("unet"), 1e-12);
        assertEquals(1e-3, steps.get(0).learningRates().get("textencoder"), 1e-12);
        assertEquals(2, r.of(TrainerEvent.EpochEnd.class).size());
        Path out = dir.resolve("out");
        assertEquals(List.of(out.resolve("ohwx-000001.safetensors").toString(), out.resolve("ohwx.safetensors").toString()),
                r.of(TrainerEvent.CheckpointSaved.class).stream().map(TrainerEvent.CheckpointSaved::path).toList());

        // kohya's key set, shapes and dtypes for TE+UNet, rank 4, alpha 3, float32 (sd-scripts' own file)
        Path last = out.resolve("ohwx.safetensors");
        if (last.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(last)), "readable by other users (a web UI), as sd-scripts leaves it");
        }
        assertEquals(layout(Shared.golden("lora_tiny_init.safetensors"), ""), layout(last, ""));
        try (SafetensorsReader f = SafetensorsReader.open(last)) {
            Map<String, String> md = f.metadata();
            assertEquals("2", md.get("ss_epoch"));
            assertEquals("12", md.get("ss_steps"));
            assertEquals("3", md.get("ss_seed"));
            assertEquals("4", md.get("ss_network_dim"));
            assertEquals("3.0", md.get("ss_network_alpha"));
            assertEquals("{\"2_ohwx\": {\"n_repeats\": 2, \"img_count\": 3}}", md.get("ss_dataset_dirs"));
            assertTrue(md.get("ss_tag_frequency").contains("\"2_ohwx\""), md.get("ss_tag_frequency"));
            assertEquals("stable-diffusion-v1/lora", md.get("modelspec.architecture"));
            // what train_network.py v0.7.1 stores for this run (sd15-tiny README's list without the keys that
            // need dataset_config, network_args, a vae or a single-file model), modelspec and the two hashes
            TreeSet<String> want = new TreeSet<>(List.of(KOHYA_KEYS.split("\\s+")));
            assertEquals(want, new TreeSet<>(md.keySet()));
            List<LoraHashes.Tensor> tensors = new ArrayList<>();
            for (TensorInfo t : f.tensors().values()) {
                java.nio.ByteBuffer b = f.bytes(t.name());
                byte[] bytes = new byte[b.remaining()];
                b.get(bytes);
                tensors.add(new LoraHashes.Tensor(t.name(), t.dtype().headerName(), t.shape(), bytes));
            }
            LoraHashes.Hashes h = LoraHashes.compute(tensors, md);
            assertEquals(h.modelHash(), md.get("sshs_model_hash"));
            assertEquals(h.legacyHash(), md.get("sshs_legacy_hash"));
        }

        // samples: kohya's names, A1111 parameters, sizes rounded to 8, one per prompt and epoch
        List<TrainerEvent.SampleWritten> samples = r.of(TrainerEvent.SampleWritten.class);
        assertEquals(4, samples.size());
        Path first = Path.of(samples.get(0).path());
        assertTrue(first.getFileName().toString().matches("ohwx_e000001_00_\\d{14}_5\\.png"), first.toString());
        String params = PngText.readText(Files.readAllBytes(first)).get("parameters");
        assertTrue(params.startsWith("ohwx, portrait\nSteps: 3, Sampler: Euler a, CFG scale: 7.5, Seed: 5, Size: 64x64"),
                params);
        Path second = Path.of(samples.get(1).path());
        assertTrue(second.getFileName().toString().matches("ohwx_e000001_01_\\d{14}\\.png"), second.toString());
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(second.toFile());
        assertEquals(72, img.getWidth());
        assertEquals(64, img.getHeight());

        Map<String, List<ScalarPoint>> tb = EventFileReader.readTree(dir.resolve("logs"));
        assertEquals(new TreeSet<>(List.of("loss/current", "loss/average", "loss/epoch", "lr/unet", "lr/textencoder")),
                new TreeSet<>(tb.keySet()));
        assertEquals(12, tb.get("loss/current").size());
        assertEquals(2, tb.get("loss/epoch").size());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(new TreeSet<>(List.of("ohwx-000001.safetensors", "ohwx.safetensors", "sample")),
                    new TreeSet<>(s.map(p -> p.getFileName().toString()).toList()), "no temporary files are left");
        }
    }

    @Test
    void unetOnlyInHalfPrecisionMatchesKohyasFile(@TempDir Path dir) throws Exception {
        Path cfg = TinyRun.setup(dir, 2, 1, """
                max_train_steps = 3
                network_train_unet_only = true
                save_precision = "fp16"
                train_batch_size = 2
                cache_latents = true
                """);
        TinyRun.Result r = TinyRun.train("--config", cfg.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.of(TrainerEvent.Step.class).size());
        assertEquals(Map.of("unet", 1e-3), r.of(TrainerEvent.Step.class).get(0).learningRates());
        Map<String, String> want = layout(Shared.golden("lora_tiny_init_fp16.safetensors"), "lora_unet_");
        assertEquals(want, layout(dir.resolve("out/ohwx.safetensors"), ""));
        assertTrue(want.values().stream().allMatch(v -> v.startsWith("F16")));
    }
}
