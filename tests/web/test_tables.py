"""CSV cells: formulas neutralised, numbers kept."""

from truceline.web.tables import cell, stream


def test_formula_cells_get_a_quote_and_numbers_stay_numbers():
    assert cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert [cell(v) for v in ("+1", "-x", "@a", "plain")] == ["'+1", "'-x", "'@a", "plain"]
    assert (cell(-3), cell(None), cell(["a", "=b"])) == ("-3", "", "a;=b")


def test_stream_writes_header_and_rows():
    text = "".join(stream(("a", "b"), [{"a": 1, "b": "=x"}, {"a": None}]))
    assert text.splitlines() == ["a,b", "1,'=x", ","]
