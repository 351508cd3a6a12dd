"""Bytes to text: UTF-8, UTF-16 with a BOM, a declared HTML/XML charset, then cp1252."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")
_ALLOWED_CONTROLS = {9, 10, 12, 13}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_TEXTLIKE = re.compile(r"[\w\s.,;:!?'\"()\[\]/%&@#*+=<>$€£–—‘’“”…-]")


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, or `error` (one line) when it is not text."""

    text: str = ""
    encoding: str = ""
    error: str = ""


def looks_binary(data: bytes) -> bool:
    """NUL bytes, a known binary signature, or many control bytes: not a text document."""
    if data.startswith(_BINARY_MAGIC):
        return True
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if (b < 32 and b not in _ALLOWED_CONTROLS) or b == 127)
    return controls / len(head) > 0.05


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML meta tag or an XML declaration names in the first bytes, if valid."""
    head = data[:4096]
    for pattern in (_XML_ENCODING, _META_CHARSET):
        match = pattern.search(head)
        if match:
            name = match.group(1).decode("ascii", "replace")
            try:
                return codecs.lookup(name).name
            except LookupError:
                return None
    return None


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    ok = len(_TEXTLIKE.findall(text[:20000]))
    return ok / min(len(text), 20000) >= 0.95


def decode_bytes(data: bytes) -> Decoded:
    """Decode a document's bytes; `\\r\\n` and lone `\\r` become `\\n`, nothing else changes."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(_newlines(data.decode("utf-16")), "utf-16")
        except UnicodeDecodeError:
            return Decoded(error="not valid UTF-16 after a UTF-16 byte order mark")
    if looks_binary(data):
        return Decoded(error="binary file, not text")
    try:
        return Decoded(_newlines(data.decode("utf-8-sig")), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared is not None:
        try:
            return Decoded(_newlines(data.decode(declared)), declared)
        except UnicodeDecodeError:
            return Decoded(error=f"not valid in its declared encoding ({declared})")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return Decoded(error="not valid UTF-8 and no declared encoding")
    if not _looks_like_text(text):
        return Decoded(error="not valid UTF-8 and no declared encoding")
    return Decoded(_newlines(text), "cp1252")


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
