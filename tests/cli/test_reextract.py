"""`truceline reextract`: only reports from another extractor version, unless --all."""

from sqlalchemy import update

from truceline.store import connect
from truceline.store.schema import claims, reports


def test_reextract_old_versions(sample_ledger, cli, capsys):
    engine = connect(sample_ledger)
    with engine.begin() as conn:
        conn.execute(update(reports).where(reports.c.id <= 2).values(extractor_version="0.0.1"))
        conn.execute(update(claims).values(extractor_version="0.0.1"))
    capsys.readouterr()
    assert cli("reextract", "--db", sample_ledger) == 0
    assert "2 reports re-extracted, 10 already current" in capsys.readouterr().out
    assert cli("reextract", "--all", "--db", sample_ledger) == 0
    assert "12 reports re-extracted" in capsys.readouterr().out
    with engine.connect() as conn:
        versions = set(conn.scalars(claims.select().with_only_columns(claims.c.extractor_version)))
    engine.dispose()
    assert "0.0.1" not in versions
