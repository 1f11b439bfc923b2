"""Loading every format, and every kind of bad input reported by name and skipped."""

from __future__ import annotations

import json
from pathlib import Path

from index.articles import article_id, load_file, load_paths, normalise_date
from tests.conftest import SEEDS, write


def test_seed_txt_headline_and_body() -> None:
    [a] = load_file(next(SEEDS.glob("*.txt")))
    assert a.title == "Ankara, Washington to discuss Russian S-400 issue next week, says Kalın"
    assert a.text.startswith("Turkish Presidential Spokesman İbrahim Kalın")
    assert a.published is None and a.url is None and a.source is None  # nothing invented


def test_markdown_front_matter(tmp_path: Path) -> None:
    p = write(tmp_path / "a.md", "---\ntitle: \"Talks in Berlin\"\nsource: Daily\npublished: 2019-11-26\nurl: https://x.test/a\nauthor: Jo\n---\n\nBody text here.\n")
    [a] = load_file(p)
    assert (a.title, a.source, a.published, a.url, a.byline, a.text) == ("Talks in Berlin", "Daily", "2019-11-26", "https://x.test/a", "Jo", "Body text here.")


def test_markdown_heading_title(tmp_path: Path) -> None:
    [a] = load_file(write(tmp_path / "b.md", "# Big news\n\nSomething happened."))
    assert a.title == "Big news" and a.text == "Something happened."


def test_html_main_text_without_tags(tmp_path: Path) -> None:
    html = """<html><head><title>Summit ends</title><script>var x = "SECRET_SCRIPT";</script>
    <style>.a{color:red}</style></head><body><nav>Home | About</nav><article><h1>Summit ends</h1>
    <p>Leaders met in London on Wednesday and agreed on a joint statement about air defence.</p>
    <p>The spokesman said further talks would follow next month in Ankara.</p></article></body></html>"""
    [a] = load_file(write(tmp_path / "c.html", html))
    assert "Leaders met in London" in a.text and "further talks" in a.text
    assert "<p>" not in a.text and "SECRET_SCRIPT" not in a.text and "color:red" not in a.text
    assert a.title == "Summit ends"


def test_json_and_jsonl_fields(tmp_path: Path) -> None:
    rec = {"id": "x1", "title": "T1", "text": "Body one.", "url": "https://u", "source": "Wire", "published": "Nov 26, 2019", "byline": "A B"}
    [a] = load_file(write(tmp_path / "one.json", json.dumps(rec)))
    assert (a.title, a.url, a.source, a.published, a.byline) == ("T1", "https://u", "Wire", "2019-11-26", "A B")
    many = load_file(write(tmp_path / "many.json", json.dumps([rec, {**rec, "id": "x2", "text": "Body two."}])))
    assert [m.text for m in many] == ["Body one.", "Body two."]
    lines = "\n".join(json.dumps({"title": f"T{i}", "text": f"Text {i}."}) for i in range(3))
    assert [x.title for x in load_file(write(tmp_path / "c.jsonl", lines))] == ["T0", "T1", "T2"]


def test_folder_recursive_and_stable_ids(tmp_path: Path) -> None:
    write(tmp_path / "d/x/a.txt", "Head A\n\nBody A.")
    write(tmp_path / "d/b.md", "# Head B\n\nBody B.")
    write(tmp_path / "d/ignore.bin", b"\x00\x01")
    r1 = load_paths([tmp_path / "d"])
    r2 = load_paths([tmp_path / "d"])
    assert sorted(a.title for a in r1.articles) == ["Head A", "Head B"]
    assert [a.id for a in r1.articles] == [a.id for a in r2.articles]
    assert article_id("k", "t", "x") != article_id("k", "t", "y") != article_id("k2", "t", "x")


def test_bad_files_reported_by_name_and_good_ones_kept(tmp_path: Path) -> None:
    d = tmp_path / "batch"
    write(d / "good1.txt", "Good one\n\nA fine article.")
    write(d / "good2.jsonl", json.dumps({"title": "G2", "text": "Fine too."}) + "\n{broken\n" + json.dumps({"title": "no text"}) + "\n")
    write(d / "binary.txt", b"PK\x03\x04\x00\x00binary")
    write(d / "latin1.txt", "Caf\xe9 news\n\nBody".encode("latin-1"))
    write(d / "broken.json", '{"title": "x", "text": ')
    write(d / "empty.md", "   \n\n ")
    write(d / "big.txt", "Big\n\n" + "word " * 3000)
    write(d / "notext.json", json.dumps({"title": "only a title"}))
    write(d / "scripts.html", "<html><head><script>alert(1)</script><style>p{}</style></head><body></body></html>")
    report = load_paths([d, tmp_path / "missing.txt"], max_bytes=10_000)
    reasons = {Path(s.path.split(":")[0].split(" [")[0]).name: s.reason for s in report.skipped}
    # Latin-1 is read (as Windows-1252) with a warning naming the file, not dropped.
    assert sorted(a.title for a in report.articles) == ["Café news", "G2", "Good one"]
    assert "latin1.txt" not in reasons
    assert any("latin1.txt" in w and "not valid UTF-8" in w and "offset 3" in w for w in report.warnings)
    assert "binary" in reasons["binary.txt"]
    assert "broken JSON" in reasons["broken.json"]
    assert "empty" in reasons["empty.md"]
    assert "limit" in reasons["big.txt"]
    assert "'text'" in reasons["notext.json"]
    assert "no article text" in reasons["scripts.html"]
    assert "no such file" in reasons["missing.txt"]
    jsonl = [s for s in report.skipped if "good2.jsonl" in s.path]
    assert {s.path.rsplit(":", 1)[1] for s in jsonl} == {"2", "3"}  # line numbers of the bad records


def test_dates_never_invented() -> None:
    assert normalise_date("Tuesday") is None
    assert normalise_date("2019-11-26") == "2019-11-26"
    assert normalise_date("26 November 2019") == "2019-11-26"
    assert normalise_date("2019-11-26T10:00:00+00:00").startswith("2019-11-26T10:00")
    assert normalise_date("") is None
