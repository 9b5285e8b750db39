package io.tagwright.trainer.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.data.DatasetFixture;
import io.tagwright.trainer.data.TrainingPlan;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.json.Json;
import io.tagwright.trainer.testdata.SharedData;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoraMetadataTest {

    /** The ss_* keys the sd15-tiny README lists for a real train_network.py v0.7.1 run. */
    static final List<String> README_KEYS = List.of("ss_session_id", "ss_training_started_at", "ss_output_name",
            "ss_learning_rate", "ss_text_encoder_lr", "ss_unet_lr", "ss_num_train_images", "ss_num_reg_images",
            "ss_num_batches_per_epoch", "ss_num_epochs", "ss_gradient_checkpointing", "ss_gradient_accumulation_steps",
            "ss_max_train_steps", "ss_lr_warmup_steps", "ss_lr_scheduler", "ss_network_module", "ss_network_dim",
            "ss_network_alpha", "ss_network_dropout", "ss_mixed_precision", "ss_full_fp16", "ss_v2",
            "ss_base_model_version", "ss_clip_skip", "ss_max_token_length", "ss_cache_latents", "ss_seed", "ss_lowram",
            "ss_noise_offset", "ss_multires_noise_iterations", "ss_multires_noise_discount", "ss_adaptive_noise_scale",
            "ss_zero_terminal_snr", "ss_training_comment", "ss_sd_scripts_commit_hash", "ss_optimizer", "ss_max_grad_norm",
            "ss_caption_dropout_rate", "ss_caption_dropout_every_n_epochs", "ss_caption_tag_dropout_rate",
            "ss_face_crop_aug_range", "ss_prior_loss_weight", "ss_min_snr_gamma", "ss_scale_weight_norms",
            "ss_ip_noise_gamma", "ss_debiased_estimation", "ss_datasets", "ss_tag_frequency", "ss_dataset_dirs",
            "ss_batch_size_per_device", "ss_total_batch_size", "ss_resolution", "ss_color_aug", "ss_flip_aug",
            "ss_random_crop", "ss_shuffle_caption", "ss_enable_bucket", "ss_bucket_no_upscale", "ss_min_bucket_reso",
            "ss_max_bucket_reso", "ss_keep_tokens", "ss_reg_dataset_dirs", "ss_bucket_info", "ss_network_args",
            "ss_sd_model_hash", "ss_new_sd_model_hash", "ss_sd_model_name", "ss_vae_hash", "ss_new_vae_hash",
            "ss_vae_name", "ss_training_finished_at", "ss_steps", "ss_epoch");

    @Test
    void legacyFolderRunWritesKohyasKeysAndFormats(@TempDir Path dir) throws IOException {
        DatasetFixture f = new DatasetFixture(dir);
        f.images("img/10_ohwx woman", 4, 64, 64);
        f.images("reg/1_woman", 2, 64, 64);
        Files.write(dir.resolve("model.safetensors"), new byte[2 << 20]);
        Files.write(dir.resolve("vae.safetensors"), new byte[100]);
        RunConfig c = f.config("""
                reg_data_dir = "reg"
                enable_bucket = true
                learning_rate = 1e-4
                text_encoder_lr = 5e-5
                optimizer_type = "AdamW"
                optimizer_args = ["weight_decay=0.01", "betas=0.9,0.99"]
                network_args = ["conv_dim=4"]
                vae = "vae.safetensors"
                clip_skip = 2
                """);
        TrainingPlan plan = TrainingPlan.build(c);
        LoraMetadata md = LoraMetadata.build(plan, 1234, Instant.ofEpochSecond(1700000000, 500_000_000), 42);
        Map<String, String> m = md.forSave(3, 120, Instant.ofEpochSecond(1700000100), ZoneOffset.UTC);
        for (String k : README_KEYS) {
            if (!k.equals("ss_datasets")) {
                assertTrue(m.containsKey(k), "missing " + k);
            }
        }
        assertFalse(m.containsKey("ss_datasets"));
        assertEquals("42", m.get("ss_session_id"));
        assertEquals("1700000000.5", m.get("ss_training_started_at"));
        assertEquals("1700000100.0", m.get("ss_training_finished_at"));
        assertEquals("ohwx", m.get("ss_output_name"));
        assertEquals("0.0001", m.get("ss_learning_rate"));
        assertEquals("5e-05", m.get("ss_text_encoder_lr"));
        assertEquals("None", m.get("ss_unet_lr"));
        assertEquals("40", m.get("ss_num_train_images"));
        assertEquals("2", m.get("ss_num_reg_images"));
        assertEquals("80", m.get("ss_num_batches_per_epoch"));
        assertEquals("4.0", m.get("ss_network_alpha"));
        assertEquals("8", m.get("ss_network_dim"));
        assertEquals("False", m.get("ss_gradient_checkpointing"));
        assertEquals("sd_v1", m.get("ss_base_model_version"));
        assertEquals("2", m.get("ss_clip_skip"));
        assertEquals("None", m.get("ss_max_token_length"));
        assertEquals("1234", m.get("ss_seed"));
        assertEquals("0.3", m.get("ss_multires_noise_discount"));
        assertEquals("torch.optim.adamw.AdamW(weight_decay=0.01,betas=(0.9, 0.99))", m.get("ss_optimizer"));
        assertEquals("constant", m.get("ss_lr_scheduler"));
        assertEquals("512", m.get("ss_resolution"));
        assertEquals("True", m.get("ss_enable_bucket"));
        assertEquals("256", m.get("ss_min_bucket_reso"));
        assertEquals("{\"10_ohwx woman\": {\"n_repeats\": 10, \"img_count\": 4}}", m.get("ss_dataset_dirs"));
        assertEquals("{\"1_woman\": {\"n_repeats\": 1, \"img_count\": 2}}", m.get("ss_reg_dataset_dirs"));
        assertEquals("{\"10_ohwx woman\": {\"subject\": 4, \"tag0\": 2, \"common\": 4, \"tag1\": 1, \"tag2\": 1}, "
                + "\"1_woman\": {\"subject\": 2, \"tag0\": 1, \"common\": 2, \"tag1\": 1}}", m.get("ss_tag_frequency"));
        assertEquals("{\"buckets\": {\"0\": {\"resolution\": [512, 512], \"count\": 80}}, \"mean_img_ar_error\": 0.0}",
                m.get("ss_bucket_info"));
        assertEquals("{\"conv_dim\": \"4\"}", m.get("ss_network_args"));
        assertEquals("model.safetensors", m.get("ss_sd_model_name"));
        // 64 KiB of zeros at 1 MiB: sha256 of 65536 zero bytes
        assertEquals("de2f256064a0af797747c2b97505dc0b9f3df0de4f489eac731c23ae9ca9cc31".substring(0, 8), m.get("ss_sd_model_hash"));
        assertEquals(64, m.get("ss_new_sd_model_hash").length());
        assertEquals("vae.safetensors", m.get("ss_vae_name"));
        assertEquals("120", m.get("ss_steps"));
        assertEquals("3", m.get("ss_epoch"));
        assertEquals("1.0.0", m.get("modelspec.sai_model_spec"));
        assertEquals("stable-diffusion-v1/lora", m.get("modelspec.architecture"));
        assertEquals("ohwx", m.get("modelspec.title"));
        assertEquals("512x512", m.get("modelspec.resolution"));
        assertEquals("2023-11-14T22:15:00", m.get("modelspec.date"));
        assertEquals("epsilon", m.get("modelspec.prediction_type"));
        assertEquals("2", m.get("modelspec.encoder_layer"));
        for (String v : m.values()) {
            assertTrue(v != null);
        }
    }

    @Test
    void relativeStepAdafactorAndDatasetToml(@TempDir Path dir) throws IOException {
        DatasetFixture f = new DatasetFixture(dir);
        f.images("data/ohwx", 2, 64, 64);
        f.images("data/ohwx2/ohwx", 1, 64, 64);
        Files.writeString(dir.resolve("ds.toml"), """
                [[datasets]]
                resolution = 512
                [[datasets.subsets]]
                image_dir = "data/ohwx"
                num_repeats = 3
                caption_extension = ".txt"
                [[datasets.subsets]]
                image_dir = "data/ohwx2/ohwx"
                caption_extension = ".txt"
                """);
        RunConfig c = f.config("dataset_config = \"ds.toml\"\noptimizer_type = \"Adafactor\"\nlr_scheduler = \"adafactor\"\n"
                + "unet_lr = 1e-4\n");
        TrainingPlan plan = TrainingPlan.build(c);
        Map<String, String> m = LoraMetadata.build(plan, 1, Instant.ofEpochSecond(0), 0).base();
        assertEquals("None", m.get("ss_learning_rate"));
        assertEquals("None", m.get("ss_unet_lr"));
        assertEquals("adafactor:2e-06", m.get("ss_lr_scheduler"));
        assertEquals("transformers.optimization.Adafactor(relative_step=True)", m.get("ss_optimizer"));
        assertEquals("{\"ohwx\": {\"n_repeats\": 3, \"img_count\": 2}, \"ohwx (2)\": {\"n_repeats\": 1, \"img_count\": 1}}",
                m.get("ss_dataset_dirs"));
        assertFalse(m.containsKey("ss_resolution"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ds = (List<Map<String, Object>>) Json.parse(m.get("ss_datasets"));
        assertEquals(List.of(512L, 512L), ds.get(0).get("resolution"));
        assertEquals(7L, ds.get(0).get("num_train_images"));
        assertEquals(2, ((List<?>) ds.get(0).get("subsets")).size());
    }

    @Test
    void hashesMatchTheGoldenLoraFiles() throws IOException {
        for (String name : List.of("lora_tiny_init.safetensors", "lora_tiny_init_fp16.safetensors")) {
            byte[] file = Files.readAllBytes(SharedData.path("sd15-tiny/goldens/" + name));
            long n = ByteBuffer.wrap(file, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            @SuppressWarnings("unchecked")
            Map<String, Object> header = Json.parseObject(new String(file, 8, (int) n, StandardCharsets.UTF_8));
            @SuppressWarnings("unchecked")
            Map<String, String> meta = (Map<String, String>) (Map<?, ?>) header.get("__metadata__");
            List<LoraHashes.Tensor> tensors = new ArrayList<>();
            for (Map.Entry<String, Object> e : header.entrySet()) {
                if (e.getKey().equals("__metadata__")) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> t = (Map<String, Object>) e.getValue();
                List<?> off = (List<?>) t.get("data_offsets");
                int a = (int) (8 + n + (Long) off.get(0));
                int b = (int) (8 + n + (Long) off.get(1));
                long[] shape = ((List<?>) t.get("shape")).stream().mapToLong(x -> (Long) x).toArray();
                tensors.add(new LoraHashes.Tensor(e.getKey(), (String) t.get("dtype"), shape, java.util.Arrays.copyOfRange(file, a, b)));
            }
            Collections.shuffle(tensors, new Random(5));
            LoraHashes.Hashes h = LoraHashes.compute(tensors, meta);
            assertEquals(meta.get("sshs_model_hash"), h.modelHash(), name);
            assertEquals(meta.get("sshs_legacy_hash"), h.legacyHash(), name);
        }
        assertEquals("8be809567b180838f73fe09cab459809f20ce29d3244375201f498188b46bd8d",
                hashOf("lora_tiny_init.safetensors"));
    }

    private static String hashOf(String golden) throws IOException {
        byte[] file = Files.readAllBytes(SharedData.path("sd15-tiny/goldens/" + golden));
        long n = ByteBuffer.wrap(file, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        java.security.MessageDigest d = LoraHashes.sha256();
        d.update(file, (int) (8 + n), (int) (file.length - 8 - n));
        return java.util.HexFormat.of().formatHex(d.digest());
    }

    @Test
    void legacyHashReadsTheWindowAtOneMebibyte() {
        byte[] big = new byte[3 << 20];
        new Random(1).nextBytes(big);
        List<LoraHashes.Tensor> ts = List.of(new LoraHashes.Tensor("b", "F32", new long[] {big.length / 4}, big),
                new LoraHashes.Tensor("a", "F32", new long[] {1}, new byte[4]));
        Map<String, String> meta = Map.of("ss_x", "1", "modelspec.title", "ignored for hashing");
        LoraHashes.Hashes h = LoraHashes.compute(ts, meta);
        // rebuild the file the way safetensors lays it out and hash the window by hand
        byte[] header = LoraHashes.header(LoraHashes.layout(ts), LoraHashes.ssOnly(meta));
        assertEquals(0, header.length % 8);
        String json = new String(header, StandardCharsets.UTF_8).strip();
        assertTrue(json.startsWith("{\"__metadata__\":{\"ss_x\":\"1\"},\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},\"b\""), json);
        byte[] fileBytes = new byte[8 + header.length + 4 + big.length];
        ByteBuffer.wrap(fileBytes).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length);
        System.arraycopy(header, 0, fileBytes, 8, header.length);
        System.arraycopy(big, 0, fileBytes, 8 + header.length + 4, big.length);
        java.security.MessageDigest d = LoraHashes.sha256();
        d.update(fileBytes, 0x100000, 0x10000);
        assertEquals(java.util.HexFormat.of().formatHex(d.digest()).substring(0, 8), h.legacyHash());
        assertEquals(LoraHashes.compute(ts, Map.of("ss_x", "1")), h);
    }

    @Test
    void kohyaOutputNames() {
        assertEquals("ohwx-000003.safetensors", OutputNames.epochFile("ohwx", 3));
        assertEquals("epoch-000003.safetensors", OutputNames.epochFile(null, 3));
        assertEquals("ohwx.safetensors", OutputNames.finalFile("ohwx"));
        assertEquals("last.safetensors", OutputNames.finalFile(null));
        assertEquals("ohwx-000003-state", OutputNames.epochStateDir("ohwx", 3));
        LocalDateTime t = LocalDateTime.of(2024, 1, 2, 3, 4, 5);
        assertEquals(Path.of("/o/sample/ohwx_e000003_01_20240102030405_42.png"),
                OutputNames.sampleFile(Path.of("/o"), "ohwx", 3, 1, t, 42L));
        assertEquals(Path.of("/o/sample/e000003_12_20240102030405.png"), OutputNames.sampleFile(Path.of("/o"), null, 3, 12, t, null));
        assertEquals(Path.of("/logs/ohwx20240102030405/network_train"), OutputNames.tensorBoardDir(Path.of("/logs"), "ohwx", t));
    }

    @Test
    void pythonJsonDumps() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("a", java.util.Arrays.asList(1, 2.5, null, true));
        m.put("é\n", "x\"y");
        assertEquals("{\"a\": [1, 2.5, null, true], \"\\u00e9\\n\": \"x\\\"y\"}", PyJson.dumps(m));
        assertEquals("\"\\ud83d\\ude00\"", PyJson.dumps("😀"));
    }
}
