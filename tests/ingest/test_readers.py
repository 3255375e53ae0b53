"""Every input form, and every kind of bad input, through the readers."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.errors import InputError
from eventwire.ingest import RawDocument, read_inputs
from eventwire.ingest.raw import normalized_hash

LIMIT = 1_000_000
ARTICLE = "Police detained 12 protesters outside the parliament in Tbilisi on Monday, officials said."
PAGE = f"<html><head><title>Arrests in Tbilisi</title></head><body><article><p>{ARTICLE}</p></article></body></html>"


def read(*paths) -> list:
    return list(read_inputs([str(p) for p in paths], LIMIT))


def test_text_file(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    [doc] = read(f)
    assert isinstance(doc, RawDocument) and doc.text == ARTICLE and doc.origin == str(f)


def test_html_file_and_sniffed_html(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("<!DOCTYPE html>" + PAGE, encoding="utf-8")
    docs = read(tmp_path / "a.html", tmp_path / "b.txt")
    assert all(d.html and d.text is None for d in docs)


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": ARTICLE, "published": "2022-05-21", "title": "T"}),
        "{not json",
        json.dumps({"id": "x2"}),
        json.dumps(["a list"]),
        "",
        json.dumps({"id": "x3", "html": PAGE, "url": "https://example.org/a"}),
        json.dumps({"id": "x4", "text": ARTICLE, "published": "May 21"}),
    ]
    f.write_text("\n".join(lines), encoding="utf-8")
    items = read(f)
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.id for d in docs] == ["x1", "x3"]
    assert docs[0].published == "2022-05-21" and docs[0].title == "T"
    assert docs[1].html == PAGE and docs[1].url == "https://example.org/a"
    assert [e.origin for e in errors] == [f"{f}:2", f"{f}:3", f"{f}:4", f"{f}:7"]
    assert "invalid JSON" in errors[0].reason


def test_rss_and_atom(tmp_path: Path) -> None:
    rss = tmp_path / "feed.rss"
    rss.write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
        <item><title>One</title><link>https://e.org/1</link><pubDate>Tue, 10 Jan 2023 10:00:00 GMT</pubDate>
        <description>Troops withdrew from the village of Orikhiv on Tuesday.</description></item>
        <item><title>Empty</title><link>https://e.org/2</link></item></channel></rss>""",
        encoding="utf-8",
    )
    atom = tmp_path / "feed.atom"
    atom.write_text(
        """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
        <entry><title>Two</title><link href="https://e.org/3"/><id>urn:3</id><updated>2023-02-01T00:00:00Z</updated>
        <content type="html">&lt;p&gt;Rebels seized the airport.&lt;/p&gt;</content></entry></feed>""",
        encoding="utf-8",
    )
    items = read(rss, atom)
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.title for d in docs] == ["One", "Two"]
    assert docs[0].published == "2023-01-10" and docs[0].url == "https://e.org/1"
    assert docs[0].text and "Orikhiv" in docs[0].text
    assert docs[1].html and "Rebels seized" in docs[1].html and docs[1].id == "urn:3"
    [error] = [i for i in items if isinstance(i, InputError)]
    assert error.origin == f"{rss}#entry2"


def _warc(path: Path, gz: bool) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        html_headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        img_headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://e.org/img.png", "response", payload=io.BytesIO(b"\x89PNG\x00\x00"),
            http_headers=img_headers))
        writer.write_record(writer.create_warc_record(
            "https://e.org/story", "response", payload=io.BytesIO(PAGE.encode()), http_headers=html_headers))


def test_warc_plain_and_gzip(tmp_path: Path) -> None:
    _warc(tmp_path / "a.warc", gz=False)
    _warc(tmp_path / "b.warc.gz", gz=True)
    docs = read(tmp_path / "a.warc", tmp_path / "b.warc.gz")
    assert len(docs) == 2
    assert all(isinstance(d, RawDocument) and d.url == "https://e.org/story" and "Tbilisi" in d.html
               for d in docs)


def test_folder_is_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE + " Again.", encoding="utf-8")
    docs = read(tmp_path)
    assert [Path(d.origin).name for d in docs] == ["a.txt", "b.txt"]


def test_bad_files_each_get_one_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "huge.txt").write_bytes(b"a" * (LIMIT + 1))
    (tmp_path / "bad.txt.gz").write_bytes(b"not gzip at all")
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    items = read(tmp_path, tmp_path / "missing.txt")
    errors = {Path(i.origin).name: i.reason for i in items if isinstance(i, InputError)}
    assert set(errors) == {"empty.txt", "blank.txt", "binary.txt", "huge.txt", "bad.txt.gz", "missing.txt"}
    assert "limit" in errors["huge.txt"] and "binary" in errors["binary.txt"]
    assert [d.text for d in items if isinstance(d, RawDocument)] == [ARTICLE]


def test_encodings(tmp_path: Path) -> None:
    text = "Kyiv’s mayor said “calm” had returned — café reopened."
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "cp1252.txt").write_bytes(text.encode("cp1252"))
    mixed = "First line in UTF-8: Kyiv’s mayor.\n".encode() + "Second in cp1252: café “calm”.\n".encode("cp1252")
    (tmp_path / "mixed.txt").write_bytes(mixed)
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode())
    docs = {Path(d.origin).name: d.text for d in read(tmp_path)}
    assert docs["utf16.txt"] == text and docs["cp1252.txt"] == text and docs["bom.txt"] == text
    assert docs["mixed.txt"].splitlines() == ["First line in UTF-8: Kyiv’s mayor.", "Second in cp1252: café “calm”."]


def test_gzip_jsonl(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl.gz"
    f.write_bytes(gzip.compress(json.dumps({"id": "g", "text": ARTICLE}).encode()))
    [doc] = read(f)
    assert doc.id == "g"


def test_normalized_hash_is_stable_over_whitespace_and_case() -> None:
    assert normalized_hash("Troops  withdrew.\n") == normalized_hash("troops withdrew.")
    assert normalized_hash("Troops withdrew.") != normalized_hash("Troops advanced.")


def test_folder_skips_files_not_named_like_inputs(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "tool.py").write_text("print(1)", encoding="utf-8")
    (tmp_path / "story.htm").write_text(PAGE, encoding="utf-8")
    assert [Path(d.origin).name for d in read(tmp_path)] == ["story.htm"]
    named = read(tmp_path / "README.md", tmp_path / "tool.py")  # named explicitly: read as text
    assert all(isinstance(d, RawDocument) and d.text for d in named)


def test_a_gzip_bomb_is_refused_without_being_inflated(tmp_path: Path) -> None:
    import resource

    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * (400 * 2**20)))  # 400 MB in about 400 KB
    ok = tmp_path / "ok.txt"
    ok.write_text("Rebels attacked Goma.", encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    items = list(read_inputs([str(bomb), str(ok)], max_bytes=20 * 2**20))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert isinstance(items[0], InputError) and "over the" in items[0].reason
    assert isinstance(items[1], RawDocument)
    assert grown_mb < 100  # nothing near 400 MB was ever held


def test_a_truncated_warc_gz_says_its_later_records_were_lost(tmp_path: Path) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(5):
        body = (f"<html><body><p>Report {i} " + "x" * 2000 + "</p></body></html>").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(f"http://example.org/{i}", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    path = tmp_path / "cut.warc.gz"
    data = buf.getvalue()
    path.write_bytes(data[: int(len(data) * 0.7)])
    items = list(read_inputs([str(path)], max_bytes=2**24))
    assert isinstance(items[-1], InputError) and "truncated" in items[-1].reason
    assert any(isinstance(i, RawDocument) for i in items)


def test_json_nested_past_the_recursion_limit_costs_its_line_only(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    deep = '{"id": "a", "text": "x", "more": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path.write_text(deep + '\n{"id": "b", "text": "Rebels attacked Goma."}\n', encoding="utf-8")
    items = list(read_inputs([str(path)], max_bytes=2**24))
    assert isinstance(items[0], InputError) and items[0].origin.endswith(":1")
    assert isinstance(items[1], RawDocument) and items[1].id == "b"


def test_a_nul_character_arrives_as_u_fffd_one_for_one() -> None:
    from eventwire.ingest import RawDocument

    raw = RawDocument(origin="x", text="a\x00b", title="t\x00")
    assert (raw.text, raw.title) == ("a\ufffdb", "t\ufffd")
