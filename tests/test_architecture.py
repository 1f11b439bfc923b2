"""The layout holds: imports run one way (faces -> service -> pipeline -> index; the contract is
in pyproject.toml, [tool.importlinter]), and no module grows past ~400 lines without saying why."""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

MAX_LINES = 420  # "about 400"; a longer module states the reason in its docstring ("Over 400 lines: ...")


def test_import_contract(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """lint-imports on the repository's contract; a broken contract fails with its report."""
    from importlinter.cli import lint_imports

    monkeypatch.chdir(ROOT)
    monkeypatch.syspath_prepend(str(ROOT))
    rc = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    out = capsys.readouterr().out
    assert rc == 0, f"the import contract is broken (docs/architecture.md):\n{out}"
    assert "Contracts: 2 kept, 0 broken." in out, out


def test_contract_names_every_package_layer() -> None:
    """The contract's layers exist as modules: a renamed module must not drop silently out of the check."""
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    layers = next(c for c in contracts if c["type"] == "layers")["layers"]
    for layer in layers:
        for module in (m.strip() for m in layer.split("|")):
            path = ROOT / Path(*module.split("."))
            assert path.with_suffix(".py").is_file() or (path / "__init__.py").is_file(), module


@pytest.mark.parametrize("folder", ["qa"])
def test_modules_are_short_or_say_why(folder: str) -> None:
    long = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        n = text.count("\n")
        if n > MAX_LINES and "Over 400 lines:" not in (ast.get_docstring(ast.parse(text)) or ""):
            long.append(f"{path.relative_to(ROOT)}: {n} lines")
    assert not long, "modules over ~400 lines without a reason at their top: " + "; ".join(long)


def test_index_imports_no_qa() -> None:
    """Cheap double check of the forbidden contract, without import-linter: no `qa` import in index/."""
    for path in (ROOT / "index").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n == "qa" or n.startswith("qa.") for n in names), f"{path}: imports {names}"


def test_qa_ingest_and_help_stay_light() -> None:
    """Building the `qa` parser (every command registered) loads neither the LLM stack, Gradio nor pymilvus."""
    import subprocess

    code = ("import sys; from qa.cli import build_parser; build_parser(); "
            "heavy = [m for m in ('gradio', 'llama_index.core', 'openai', 'xllamacpp', 'pymilvus', 'milvus_lite', 'grpc') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout.strip()
    assert out == "[]", out
