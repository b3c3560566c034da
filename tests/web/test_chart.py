"""The timeline's bars: side by side per claimant, zero drawn, no report left empty."""

from truceline.web.chart import build


def test_claimants_side_by_side_and_zero_kept():
    rows = [{"day": "2024-05-01", "claimant": "A", "violations": 4},
            {"day": "2024-05-01", "claimant": "B", "violations": 0},
            {"day": "2024-05-03", "claimant": "A", "violations": None},
            {"day": "2024-05-03", "claimant": "B", "violations": 2}]  # fmt: skip
    chart = build(rows, "violations")
    assert chart is not None
    assert [(b.day, b.claimant, b.value) for b in chart.bars] == [
        ("2024-05-01", "A", 4),
        ("2024-05-01", "B", 0),
        ("2024-05-03", "B", 2),
    ]
    a, b = chart.bars[0], chart.bars[1]
    assert b.x > a.x and b.height == 0 and a.height > chart.bars[2].height
    assert [name for name, _ in chart.legend] == ["A", "B"]
    assert build(rows, "killed") is None
