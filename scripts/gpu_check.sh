#!/usr/bin/env bash
# The causal engine on a CUDA GPU: the exactness tests on the device, then the bench, figures to $OUT.
# Usage: OUT=/some/folder scripts/gpu_check.sh   (also runs on a CPU-only machine: the CUDA tests skip)
set -uo pipefail
cd "$(dirname "$0")/.."
OUT="${OUT:-gpu-check}"
mkdir -p "$OUT"
python -c "import torch; print('torch', torch.__version__, 'cuda', torch.cuda.is_available(),
torch.cuda.get_device_name(0) if torch.cuda.is_available() else '')" | tee "$OUT/device.txt"
ATTEST_TEST_DEVICE=cuda QT_QPA_PLATFORM=offscreen python -m pytest -q -p no:cacheprovider \
    tests/causal/test_cuda.py tests/causal/test_interventions.py 2>&1 | tail -n 20 | tee "$OUT/tests.txt"
python main.py --device cuda bench causal --json > "$OUT/bench_causal_cuda.json" 2> "$OUT/bench_causal_cuda.err" \
    || python main.py --device cpu bench causal --quick --json > "$OUT/bench_causal_cpu.json"
echo "figures in $OUT"
