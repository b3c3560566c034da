"""Evidence marking: every slice escaped, overlapping spans cut, nothing lost."""

from truceline.web.marks import marked, pieces


def test_overlapping_spans_are_cut_and_keep_every_character():
    text = "abcdefghij"
    found = pieces(text, [(1, 5, "1"), (3, 8, "2")])
    assert "".join(p.text for p in found) == text
    assert [(p.text, p.claims) for p in found] == [
        ("a", ()),
        ("bc", ("1",)),
        ("de", ("1", "2")),
        ("fgh", ("2",)),
        ("ij", ()),
    ]


def test_markup_escapes_text_inside_and_outside_marks():
    html = str(marked("<b>x</b> said <script>", [(9, 13, "7")], focus=frozenset({"7"})))
    assert html.startswith("&lt;b&gt;x&lt;/b&gt; ")
    assert '<mark class="evidence focus" data-claims="7"' in html and "&lt;script&gt;" in html
    assert "<script>" not in html and "<b>" not in html


def test_spans_outside_the_text_are_ignored():
    assert [p.text for p in pieces("abc", [(2, 9, "1"), (-1, 1, "2")])] == ["abc"]
