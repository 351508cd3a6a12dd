"""Reading inputs: every kind of input, every kind of bad input. Fixtures are invented."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest

from warcount.read import ReadError, looks_english, read_inputs
from warcount.read.decode import decode_bytes
from warcount.read.html import looks_like_html, parse_date_line
from warcount.records import Document

FIXTURES = Path(__file__).parent / "fixtures" / "read"
STORY = (
    "Armed men attacked a convoy of aid trucks on the road between two northern towns on "
    "Friday, killing three drivers and wounding two guards, a spokesman for the agency said. "
    "The trucks were carrying food and medicine to camps where thousands of displaced people "
    "have lived since the fighting began."
)
FRENCH = (
    "Des hommes armés ont attaqué un convoi de camions dans le nord du pays vendredi, tuant "
    "trois chauffeurs et blessant deux gardes, a indiqué un porte-parole de l'agence. Les "
    "camions transportaient de la nourriture et des médicaments pour les camps de déplacés."
)


def read_all(*paths: str | Path, **kwargs: object) -> list[Document | ReadError]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def only(items: list[Document | ReadError]) -> Document | ReadError:
    assert len(items) == 1, items
    return items[0]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- plain text -----------------------------------------------------------------------------


def test_read_plain_text_is_kept_untouched() -> None:
    doc = only(read_all(FIXTURES / "story.txt"))
    assert isinstance(doc, Document)
    assert doc.id == "story"
    assert doc.text == (FIXTURES / "story.txt").read_text(encoding="utf-8")
    assert doc.published is None and doc.published_from is None


def test_read_published_option_wins(tmp_path: Path) -> None:
    doc = only(read_all(FIXTURES / "story.txt", published=dt.date(2020, 5, 1)))
    assert isinstance(doc, Document)
    assert (doc.published, doc.published_from) == (dt.date(2020, 5, 1), "option")


def test_read_crlf_becomes_lf(tmp_path: Path) -> None:
    path = write(tmp_path, "crlf.txt", f"{STORY}\r\n\r\n{STORY}\r{STORY}\r\n".encode())
    doc = only(read_all(path))
    assert isinstance(doc, Document)
    assert doc.text == f"{STORY}\n\n{STORY}\n{STORY}\n"


def test_read_unknown_extension_decoding_as_text(tmp_path: Path) -> None:
    doc = only(read_all(write(tmp_path, "report.dat", STORY.encode())))
    assert isinstance(doc, Document) and doc.id == "report" and doc.text == STORY


def test_read_utf8_bom_is_dropped(tmp_path: Path) -> None:
    doc = only(read_all(write(tmp_path, "bom.txt", codecs.BOM_UTF8 + STORY.encode())))
    assert isinstance(doc, Document) and doc.text == STORY


def test_read_utf16_with_bom(tmp_path: Path) -> None:
    doc = only(read_all(write(tmp_path, "wide.txt", STORY.encode("utf-16"))))
    assert isinstance(doc, Document) and doc.text == STORY


def test_read_cp1252_as_last_resort(tmp_path: Path) -> None:
    text = "The minister’s statement – issued in Nortown – named the café owner. " + STORY
    doc = only(read_all(write(tmp_path, "old.txt", text.encode("cp1252"))))
    assert isinstance(doc, Document) and doc.text == text


def test_read_declared_html_charset() -> None:
    html = '<html><head><meta charset="iso-8859-15"></head><body><p>Café €</p></body></html>'
    decoded = decode_bytes(html.encode("iso-8859-15"))
    assert decoded.encoding == "iso8859-15" and "Café €" in decoded.text


# --- bad inputs -----------------------------------------------------------------------------


def test_read_empty_file(tmp_path: Path) -> None:
    assert only(read_all(write(tmp_path, "empty.txt", b""))) == ReadError(
        str(tmp_path / "empty.txt"), "empty file"
    )


def test_read_whitespace_only_file(tmp_path: Path) -> None:
    err = only(read_all(write(tmp_path, "blank.txt", b"  \n\n ")))
    assert isinstance(err, ReadError) and err.message == "empty file"


def test_read_binary_file(tmp_path: Path) -> None:
    err = only(read_all(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")))
    assert isinstance(err, ReadError) and err.message == "binary file, not text"


def test_read_control_bytes_are_binary(tmp_path: Path) -> None:
    err = only(read_all(write(tmp_path, "junk.bin", bytes(range(1, 32)) * 20)))
    assert isinstance(err, ReadError) and err.message == "binary file, not text"


def test_read_too_large_checked_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", STORY.encode() * 100)
    err = only(read_all(path, max_bytes=1000))
    assert isinstance(err, ReadError)
    assert err.message.startswith("file too large (") and "limit" in err.message


def test_read_undecodable_bytes(tmp_path: Path) -> None:
    # 0x81 and 0x8d are undefined in cp1252 and invalid as UTF-8
    err = only(read_all(write(tmp_path, "odd.txt", b"Some text \x81\x8d\x81 and more text")))
    assert isinstance(err, ReadError)
    assert err.message == "not valid UTF-8 and no declared encoding"


def test_read_missing_path() -> None:
    err = only(read_all("/no/such/report.txt"))
    assert err == ReadError("/no/such/report.txt", "no such file or folder")


def test_read_not_english(tmp_path: Path) -> None:
    err = only(read_all(write(tmp_path, "fr.txt", FRENCH.encode())))
    assert isinstance(err, ReadError) and err.message == "not English (looks like French)"


def test_read_bad_input_does_not_stop_the_rest(tmp_path: Path) -> None:
    items = read_all(write(tmp_path, "empty.txt", b""), FIXTURES / "story.txt")
    assert [type(i) for i in items] == [ReadError, Document]


# --- HTML -----------------------------------------------------------------------------------


def test_read_html_main_text_without_furniture() -> None:
    doc = only(read_all(FIXTURES / "page.html"))
    assert isinstance(doc, Document)
    assert doc.id == "page"
    assert doc.title == "Gunmen kill seven in raid on Karvian market town"
    assert (doc.published, doc.published_from) == (dt.date(2021, 6, 15), "metadata")
    assert doc.text.startswith("NORTOWN - Gunmen on motorbikes killed seven people")
    assert "stayed closed on Tuesday." in doc.text
    for furniture in ("min read", "[Getty]", "Share", "Related:", "Most read", "Copyright",
                      "Home", "Election date", doc.title):
        assert furniture not in doc.text, furniture


def test_read_html_date_line_used_when_no_metadata(tmp_path: Path) -> None:
    html = f"<html><body><article><p>4 March 2019</p><p>{STORY}</p></article></body></html>"
    doc = only(read_all(write(tmp_path, "nodate.html", html.encode())))
    assert isinstance(doc, Document)
    assert (doc.published, doc.published_from) == (dt.date(2019, 3, 4), "metadata")
    assert "4 March 2019" not in doc.text


def test_read_html_sniffed_without_extension(tmp_path: Path) -> None:
    html = f"<!DOCTYPE html><html><body><article><p>{STORY}</p></article></body></html>"
    doc = only(read_all(write(tmp_path, "page.txt", html.encode())))
    assert isinstance(doc, Document) and doc.text == STORY


def test_read_broken_html_never_raises(tmp_path: Path) -> None:
    item = only(read_all(write(tmp_path, "broken.html", b"<html><body><p>unclosed")))
    assert isinstance(item, (Document, ReadError))
    if isinstance(item, Document):
        assert "<" not in item.text


def test_read_html_with_no_main_text(tmp_path: Path) -> None:
    path = write(tmp_path, "shell.html", b"<html><head><title>x</title></head><body></body></html>")
    assert only(read_all(path)) == ReadError(str(path), "HTML with no main text")


def test_read_html_sniffing() -> None:
    assert looks_like_html("<!doctype html><html><body></body></html>")
    assert looks_like_html("<p>One paragraph.</p><p>Another.</p>")
    assert not looks_like_html("Casualties rose to 5 < 7 reported yesterday > the day before.")


def test_read_date_line_parsing() -> None:
    assert parse_date_line("29 October, 2017") == dt.date(2017, 10, 29)
    assert parse_date_line("Tue., Feb. 5, 2019") == dt.date(2019, 2, 5)
    assert parse_date_line("2024-09-03 19:15:11") == dt.date(2024, 9, 3)
    assert parse_date_line("Updated 21:59") is None


# --- JSON Lines -----------------------------------------------------------------------------


def test_read_jsonl_bad_lines_do_not_stop_the_rest() -> None:
    items = read_all(FIXTURES / "reports.jsonl")
    label = str(FIXTURES / "reports.jsonl")
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [d.id for d in docs] == ["rep-1", "rep-3", "reports-5"]
    assert errors == [
        ReadError(f"{label}:2", "malformed JSON on line 2"),
        ReadError(f"{label}:6", "line 6 is not a JSON object"),
    ]


def test_read_jsonl_fields() -> None:
    first = read_all(FIXTURES / "reports.jsonl")[0]
    assert isinstance(first, Document)
    assert first.title == "Police disperse protest in Karvia"
    assert first.url == "https://news.example.org/karvia-protest"
    assert first.source == "Example Daily"
    assert (first.published, first.published_from) == (dt.date(2022, 3, 5), "field")


def test_read_jsonl_text_holding_html() -> None:
    doc = read_all(FIXTURES / "reports.jsonl")[2]
    assert isinstance(doc, Document) and doc.id == "rep-3"
    assert doc.text.startswith("WESTPORT - A bomb") and "<p>" not in doc.text
    assert "min read" not in doc.text and "Photo:" not in doc.text
    assert (doc.published, doc.published_from, doc.title) == (
        dt.date(2020, 1, 9), "metadata", "Bomb hits bus in Westport")


def test_read_jsonl_option_beats_field() -> None:
    doc = read_all(FIXTURES / "reports.jsonl", published=dt.date(2001, 1, 1))[0]
    assert isinstance(doc, Document) and doc.published_from == "option"


def test_read_jsonl_line_size_limit(tmp_path: Path) -> None:
    line = json.dumps({"id": "x", "text": STORY}) + "\n"
    path = write(tmp_path, "two.jsonl", (line + '{"id": "y", "text": "Short."}\n').encode())
    items = read_all(path, max_bytes=100)
    assert isinstance(items[0], ReadError) and "too large" in items[0].message
    assert isinstance(items[1], Document) and items[1].id == "y"


# --- folders and stdin ----------------------------------------------------------------------


def test_read_folder_recursive_sorted_skipping_hidden(tmp_path: Path) -> None:
    root = tmp_path / "reports"
    shutil.copytree(FIXTURES / "folder", root)
    (root / ".hidden.txt").write_text(STORY)
    (root / ".cache").mkdir()
    (root / ".cache" / "d.txt").write_text(STORY)
    items = read_all(root)
    assert [i.id for i in items if isinstance(i, Document)] == [
        "a-first", "sub/b-second", "folder-json-1"]
    assert all(isinstance(i, Document) for i in items)


def test_read_stdin_text() -> None:
    doc = only(read_all("-", stdin=io.BytesIO(STORY.encode())))
    assert isinstance(doc, Document) and doc.id == "stdin" and doc.text == STORY


def test_read_stdin_html_sniffed() -> None:
    html = f"<html><body><article><p>{STORY}</p></article></body></html>".encode()
    doc = only(read_all("-", stdin=io.BytesIO(html)))
    assert isinstance(doc, Document) and doc.text == STORY


def test_read_stdin_jsonl_sniffed() -> None:
    data = (FIXTURES / "reports.jsonl").read_bytes()
    items = read_all("-", stdin=io.BytesIO(data))
    assert [i.id for i in items if isinstance(i, Document)] == ["rep-1", "rep-3", "stdin-5"]
    assert ReadError("-:2", "malformed JSON on line 2") in items


def test_read_stdin_too_large() -> None:
    err = only(read_all("-", stdin=io.BytesIO(STORY.encode()), max_bytes=50))
    assert isinstance(err, ReadError) and err.source == "-" and "too large" in err.message


def test_read_stdin_empty() -> None:
    assert only(read_all("-", stdin=io.BytesIO(b""))) == ReadError("-", "empty input")


# --- language -------------------------------------------------------------------------------


def test_read_looks_english() -> None:
    assert looks_english(STORY)
    assert not looks_english(FRENCH)
    assert not looks_english("Вооруженные люди напали на колонну грузовиков " * 5)


def test_read_looks_english_short_texts_pass() -> None:
    assert looks_english("Ataque en Nortown.")


@pytest.mark.shared
def test_read_dev_news_all_english() -> None:
    path = Path("/work/shared/data/dev/news_dev.jsonl")
    if not path.exists():
        pytest.skip("shared dev data absent")
    items = read_all(path)
    assert items and all(isinstance(i, Document) for i in items)


def test_read_a_json_document_object_or_list_is_read_as_documents(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "r1", "text": "Gunmen attacked a village on Monday.",
                               "published": "2024-03-05"}, indent=2), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "r2", "text": "Police arrested ten protesters."},
                                {"id": "r3", "text": "A mine killed two soldiers."}]),
                    encoding="utf-8")
    got = read_all(one, many)
    assert [d.id for d in got if isinstance(d, Document)] == ["r1", "r2", "r3"]
    first = got[0]
    assert isinstance(first, Document) and first.text.startswith("Gunmen")


def test_read_json_with_no_document_is_a_clear_error(tmp_path: Path) -> None:
    other = tmp_path / "config.json"
    other.write_text(json.dumps({"colour": "red"}), encoding="utf-8")
    (err,) = read_all(other)
    assert isinstance(err, ReadError) and "no document" in err.message
