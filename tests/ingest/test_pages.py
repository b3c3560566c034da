"""Pages as documents: declared or detected charsets, HTML main text, non-pages refused."""

import pytest

from truceline.ingest.pages import document
from truceline.ingest.web import FetchError, Response


def page(body, ctype="text/html", charset=None):
    return Response("http://x.example/report", 200, body, ctype, charset)


def test_non_utf8_page_without_charset_is_detected():
    text = "Le cessez-le-feu a été violé à Hodeïda à cinq reprises, selon l'armée."
    doc, warnings = document(page(text.encode("cp1252"), "text/plain"))
    assert "été violé" in doc.text and warnings


def test_declared_charset_is_used():
    body = "<html><body><p>Перемирие нарушено пять раз.</p></body></html>".encode("cp1251")
    doc, _ = document(page(body, charset="windows-1251"))
    assert "Перемирие" in doc.text


def test_binary_and_non_page_types_are_refused():
    with pytest.raises(FetchError, match="not a page"):
        document(page(b"%PDF-1.4", "application/pdf"))
    with pytest.raises(FetchError, match="binary"):
        document(page(b"\0\1\2" * 10, "text/plain"))
