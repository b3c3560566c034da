"""web.claims reads the flat export row straight off the columns; it must give exactly what
`export.flat.row` gives for the same stored claim, odd claims included."""

from __future__ import annotations

from sqlalchemy import select

from truceline.export import flat
from truceline.export.countries import country_fields
from truceline.ledger.records import Record
from truceline.model import Claim, Count, Location, Party, Period, Span
from truceline.store import claims as claim_rows
from truceline.store import connect
from truceline.store.reports import replace_claims
from truceline.store.schema import claims, reports
from truceline.web import claims as claim_query

SPAN = (Span(0, 9, "Shelling\n  hit"), Span(20, 30, "two  homes"))
ODD = (
    # no period: the report's date stands in; no claimant: the report's default speaks
    Claim("incident", SPAN, id="c1", methods=("shelling", "drone")),
    # the first location unresolved, the resolved one near: the resolved one is the place
    Claim(
        "violation_tally",
        SPAN[:1],
        id="c2",
        count=Count(4, "at_least", "violation"),
        period=Period("2025-03-01", "2025-03-02"),
        locations=(
            Location("the hills"),
            Location("Masyaf", None, "near", "settlement", "SY", "Hama", None, 1, 35.06, 36.34),
        ),
        claimant=Party("Observatory", "it", "monitor"),
        perpetrator=Party("Army"),
        target=Party("Militia", aliases=("the militia",)),
    ),
    # nothing resolved: the first mention; casualties without a count
    Claim(
        "casualty_tally",
        SPAN,
        id="c3",
        killed=Count(2, "exact", "person"),
        injured=Count(0, "exact", "person"),
        locations=(Location("north"), Location("x")),
        claimant=Party(""),
        outcome="unknown",
        part_of="c2",
        confidence=0.9,
    ),
)


def expected(engine, ids):
    query = (
        select(claims, reports.c.text_hash, reports.c.published, reports.c.claimant.label("dflt"))
        .join(reports, claims.c.report_id == reports.c.id)
        .where(claims.c.id.in_(ids))
        .order_by(claims.c.id)
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    out = []
    for r in rows:
        row = flat.row(Record(r.text_hash, claim_rows.from_row(r), r.published, r.dflt))
        out.append((r.id, row))
    return out


def test_items_are_the_export_rows_of_every_claim(db_url):
    engine = connect(db_url)
    try:
        with engine.connect() as conn:
            report_id = conn.execute(select(reports.c.id).order_by(reports.c.id)).scalar()
        replace_claims(engine, report_id, ODD, "test")
        with engine.connect() as conn:
            ids = list(conn.execute(select(claims.c.id)).scalars())
        items = claim_query.for_ids(engine, ids)
        want = expected(engine, ids)
    finally:
        engine.dispose()
    assert len(items) == len(want) > len(ODD)
    for item, (claim_id, row) in zip(items, want, strict=True):
        assert item["id"] == claim_id and item["key"] == row.pop("claim")
        assert {k: item[k] for k in row} == row
        assert list(item)[7 : 7 + len(row)] == list(row)  # the export's column order
        assert item["country_name"] == (country_fields(row["country"])["country"] or None)
    odd = {i["key"].split("#")[1]: i for i in items if i["report_id"] == report_id}
    assert odd["c1"]["start"] == odd["c1"]["end"] and odd["c1"]["start"] is not None
    assert odd["c2"]["place"] == "Masyaf" and odd["c2"]["perpetrator"] == "Army"
    assert odd["c3"]["place"] == "north" and odd["c3"]["claimant"] == ""
    assert odd["c1"]["evidence"] == "Shelling hit | two homes"
    assert odd["c1"]["spans"] == [[0, 9], [20, 30]]


SPEAKERS = (
    # two names holding 'observ', in two cases; one claim naming nobody (its report speaks)
    Claim("incident", SPAN[:1], id="o1", period=Period("2025-03-01", "2025-03-01"),
          count=Count(3, "exact", "violation"), claimant=Party("Syrian Observatory")),
    Claim("incident", SPAN[:1], id="o2", period=Period("2025-03-01", "2025-03-01"),
          count=Count(1, "exact", "violation"), claimant=Party("the OBSERVATORY office")),
    Claim("incident", SPAN[:1], id="o3", period=Period("2025-03-01", "2025-03-01"),
          claimant=Party("Syrian Observatory")),
    Claim("incident", SPAN[:1], id="o4", period=Period("2025-02-01", "2025-02-02")),
    Claim("incident", SPAN[:1], id="o5", claimant=Party("50%_off")),
)  # fmt: skip


def _walk(engine, f, sort):
    """Every claim the filter keeps, read two at a time through the keyset cursor."""
    from truceline.web import filters

    ids, after = [], None
    while True:
        p = filters.page(sort, 2, after, sorts=filters.CLAIM_SORTS, default="-period")
        items, after = claim_query.page(engine, f, p)
        ids += [i["id"] for i in items]
        if after is None:
            return ids


def test_a_claimant_filter_read_by_names_keeps_what_the_substring_keeps(db_url, monkeypatch):
    """The claimant filter reads each matching name's claims off the index and merges them;
    it must keep exactly the claims whose claimant (or, naming none, whose report's
    claimant) holds the text, in sort order, across pages: as the one LIKE query does."""
    from truceline.web.filters import Filters

    engine = connect(db_url)
    try:
        with engine.begin() as conn:
            report_id = conn.execute(select(reports.c.id).order_by(reports.c.id)).scalar()
            conn.execute(reports.update().where(reports.c.id == report_id)
                         .values(claimant="Observatory press desk"))  # fmt: skip
        replace_claims(engine, report_id, SPEAKERS, "test")
        every = claim_query.page(engine, Filters(), claim_query_page(1000))[0]
        for text in ("observ", "OBSERVATORY", "syrian obs", "%_", "army", "no such speaker"):
            want_ids = {i["id"] for i in every if text.lower() in (i["claimant"] or "").lower()}
            for sort in ("-period", "period", "id", "-count"):
                f = Filters(claimant=text)
                by_names = _walk(engine, f, sort)
                monkeypatch.setattr(claim_query, "MAX_ARMS", -1)  # the one LIKE query
                by_like = _walk(engine, f, sort)
                monkeypatch.undo()
                assert by_names == by_like, (text, sort)
                assert set(by_names) == want_ids and len(by_names) == len(want_ids)
        odd = {i["key"].split("#")[1]: i for i in every if i["report_id"] == report_id}
        assert odd["o4"]["claimant"] == "Observatory press desk"  # the report speaks
        assert {odd["o1"]["id"], odd["o2"]["id"], odd["o4"]["id"]} <= {
            i for i in _walk(engine, Filters(claimant="observ"), "-period")}  # fmt: skip
    finally:
        engine.dispose()


def claim_query_page(limit):
    from truceline.web import filters

    return filters.page(None, limit, None, sorts=filters.CLAIM_SORTS, default="-period")
