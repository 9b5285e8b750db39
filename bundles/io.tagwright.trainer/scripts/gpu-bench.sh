#!/bin/sh
# GPU benchmark of the trainer: real-size SD1.5 (random weights) LoRA training at 768 px on a CUDA GPU,
# through the whole training loop (data, VAE, text encoder, UNet, optimizer) in float32, bf16 and fp16,
# then the tiny demo.
# Budget: under 8 minutes on one H100-class GPU (each run has its own timeout).
#
# UNVERIFIED: written on a machine without a GPU; the CUDA path of DJL has not been run by this project.
#
# Needs
#   - Java 21+ (JAVA_HOME or java on the PATH)
#   - the trainer's jars: TAGWRIGHT_LIB=<folder of jars> (the product's io.tagwright.trainer.runtime/lib, or
#     the output of `./mvnw -pl bundles/io.tagwright.trainer -am package` plus its dependencies); the
#     112 MB CPU libtorch jar may be left out, the local libtorch below replaces it
#   - a CUDA libtorch 2.7.1 (DJL 0.36's JNI ships a cu128 build): e.g. from a pip wheel torch==2.7.1+cu128,
#       PYTORCH_LIBRARY_PATH=$(python -c 'import torch, os; print(os.path.dirname(torch.__file__))')/lib
#       PYTORCH_VERSION=2.7.1 PYTORCH_FLAVOR=cu128
#
# Usage: scripts/gpu-bench.sh [WORKDIR]     (default: ./gpu-bench; about 5 GB of generated model files)
set -eu
work="${1:-gpu-bench}"
: "${TAGWRIGHT_LIB:?set TAGWRIGHT_LIB to the folder with the trainer jars}"
: "${PYTORCH_LIBRARY_PATH:?set PYTORCH_LIBRARY_PATH to a CUDA libtorch 2.7.1 lib folder}"
PYTORCH_VERSION="${PYTORCH_VERSION:-2.7.1}"
PYTORCH_FLAVOR="${PYTORCH_FLAVOR:-cu128}"
OPT_OUT_TRACKING=true
OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
export PYTORCH_LIBRARY_PATH PYTORCH_VERSION PYTORCH_FLAVOR OPT_OUT_TRACKING OMP_WAIT_POLICY
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mkdir -p "$work"
log="$work/gpu-bench.log"
run() {
  # run LIMIT_SECONDS ARGS...: one benchmark JVM with a time limit, output to the console and the log
  limit="$1"; shift
  echo "== $*" | tee -a "$log"
  timeout "$limit" "$java" -Xmx48g -Dai.djl.offline=true -DOPT_OUT_TRACKING=true -cp "$TAGWRIGHT_LIB/*" "$@" 2>&1 \
    | grep -v '"type":"step"' | tee -a "$log" || echo "(exit $?)" | tee -a "$log"
}
{
  date -u
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv || true
  "$java" -version 2>&1 | head -1
} | tee "$log"
# real size, 768 px, TE+UNet LoRA rank 32, batch 1: float32, then bf16 mixed precision
run 150 io.tagwright.trainer.bench.TrainBench sd15 "$work/sd15" --resolution 768 --steps 8 --batch 1 --rank 32
run 100 io.tagwright.trainer.bench.TrainBench sd15 "$work/sd15" --resolution 768 --steps 8 --batch 1 --rank 32 \
  --mixed-precision bf16
# batch 4, cached latents, UNet-only LoRA rank 96 (kohya's common real-run shape), fp16 with loss scaling
run 90 io.tagwright.trainer.bench.TrainBench sd15 "$work/sd15" --resolution 768 --steps 6 --batch 4 --rank 96 \
  --unet-only --cache-latents --mixed-precision fp16
# UNet fwd+bwd alone at a 96x96 latent (768 px), fused ops, float32, for comparison with the loop
run 60 io.tagwright.trainer.bench.StepBench full 3 fused 96
# the whole demo (tiny model) as a smoke test of samples, states and files on the GPU
run 60 io.tagwright.trainer.cli.TrainerMain demo "$work/demo" --force
echo "log: $log"
