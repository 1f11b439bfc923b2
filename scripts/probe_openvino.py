"""Probe (issue 15): is OpenVINO faster than onnxruntime for all-MiniLM-L6-v2 on this CPU?

Not part of the product and not installed by setup.sh: `pip install openvino==2026.4.1 nncf==3.4.0`
into the venv first. Times the same 262 MultiHop-RAG dev pseudo-articles (Tang & Yang, COLM 2024,
arXiv:2401.15391; ODC-BY 1.0) through OpenVINO fp32 (the exported `model.onnx`), OpenVINO int8
(NNCF post-training quantisation, transformer preset, calibrated on 267 other pseudo-articles),
OpenVINO int8 weights only (NNCF weight compression) and onnxruntime fp32 / onnx-int8-fused, all
8 texts a run, 2 threads, best of 3, and the cosine of each against onnxruntime fp32.

    QA_MULTIHOP=/path/dev.jsonl .venv/bin/python scripts/probe_openvino.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    try:
        import nncf
        import openvino as ov
    except ImportError:
        print("needs openvino and nncf: .venv/bin/pip install openvino==2026.4.1 nncf==3.4.0", file=sys.stderr)
        return 2
    from index.embedding import make_embedder
    from qa.evaluation.bench import _load_multihop

    arts, _ = _load_multihop(Path(os.environ.get("QA_MULTIHOP", "/work/shared/data/multihop-rag/dev.jsonl")))
    texts = [a["text"] for a in arts[:262]]
    calib_texts = [a["text"] for a in arts[len(arts) // 2 : len(arts) // 2 + 300]]
    ort32 = make_embedder(None, "onnx-fp32")
    fused = make_embedder(None, "onnx-int8-fused")
    ref = ort32.embed(texts)
    fused.embed(texts)
    onnx_file = Path(ort32.path) / "onnx" / "model.onnx"
    core = ov.Core()
    print(f"CPU: {core.get_property('CPU', 'FULL_DEVICE_NAME')}; capabilities {core.get_property('CPU', 'OPTIMIZATION_CAPABILITIES')}")
    tok = ort32._tok
    names = [i.get_any_name() for i in core.read_model(str(onnx_file)).inputs]

    def feeds_for(batch: list[str]):  # type: ignore[no-untyped-def]
        enc = tok.encode_batch(batch)
        ids = np.array([x.ids for x in enc], np.int64)
        mask = np.array([x.attention_mask for x in enc], np.int64)
        f = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        return {k: v for k, v in f.items() if k in names}, mask

    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))

    def run_ov(cm) -> np.ndarray:  # type: ignore[no-untyped-def]
        out = np.zeros((len(texts), ref.shape[1]), np.float32)
        req = cm.create_infer_request()
        for j in range(0, len(order), 8):
            r = order[j : j + 8]
            f, mask = feeds_for([texts[k] for k in r])
            h = req.infer(f)[cm.outputs[0]]
            m = mask[..., None].astype(np.float32)
            p = (h * m).sum(1) / m.sum(1)
            out[r] = p / np.linalg.norm(p, axis=1, keepdims=True)
        return out

    calib = nncf.Dataset([feeds_for(calib_texts[i : i + 8])[0] for i in range(0, len(calib_texts), 8)])
    models = {
        "openvino fp32": core.read_model(str(onnx_file)),
        "openvino int8 (NNCF PTQ)": nncf.quantize(core.read_model(str(onnx_file)), calib, model_type=nncf.ModelType.TRANSFORMER),
        "openvino int8 weights (NNCF)": nncf.compress_weights(core.read_model(str(onnx_file))),
    }
    rows = []
    for name, model in models.items():
        cm = core.compile_model(model, "CPU", {"PERFORMANCE_HINT": "LATENCY", "INFERENCE_NUM_THREADS": 2})
        run_ov(cm)
        best, vec = 1e9, None
        for _ in range(3):
            t0 = time.perf_counter()
            vec = run_ov(cm)
            best = min(best, time.perf_counter() - t0)
        cos = (vec * ref).sum(1)
        rows.append((name, best, float(cos.min()), float(cos.mean())))
    for name, e in (("onnxruntime fp32", ort32), ("onnxruntime onnx-int8-fused", fused)):
        best, vec = 1e9, None
        for _ in range(3):
            t0 = time.perf_counter()
            vec = e.embed(texts)
            best = min(best, time.perf_counter() - t0)
        cos = (vec * ref).sum(1)
        rows.append((name, best, float(cos.min()), float(cos.mean())))
    base = next(r[1] for r in rows if r[0] == "onnxruntime fp32")
    print("| runner | seconds (262 texts) | × onnxruntime fp32 | cosine vs fp32 min / mean |")
    print("| --- | ---: | ---: | ---: |")
    for name, sec, cmin, cmean in rows:
        print(f"| {name} | {sec:.2f} | {base / sec:.2f} | {cmin:.4f} / {cmean:.5f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
