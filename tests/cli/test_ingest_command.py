"""`truceline ingest`: files in, a summary out, the same files again add nothing."""


def test_ingest_twice(sample_ledger, cli, capsys):
    capsys.readouterr()
    assert cli("ingest", "examples/reports", "--db", sample_ledger) == 0
    out = capsys.readouterr().out
    assert out.startswith("0 new reports, 0 new versions, 12 already stored")


def test_db_from_the_environment(tmp_path, cli, capsys, monkeypatch):
    monkeypatch.setenv("TRUCELINE_DB", f"sqlite:///{tmp_path / 'env.sqlite'}")
    (tmp_path / "r.txt").write_text("Monitors said 3 violations were recorded in Hama on Monday.")
    assert cli("ingest", tmp_path / "r.txt", "--published", "2024-05-07") == 0
    assert (tmp_path / "env.sqlite").exists()
    assert "1 new reports" in capsys.readouterr().out


def test_unreadable_input_fails_with_the_reason(tmp_path, cli, caplog):
    assert (
        cli("ingest", tmp_path / "missing.txt", "--db", f"sqlite:///{tmp_path / 'x.sqlite'}") == 1
    )
    assert "missing.txt: No such file" in caplog.text


def test_ingest_urls_of_a_page_and_a_feed(tmp_path, cli, site, capsys, caplog):
    from conftest import respond

    page = (b"<html><head><title>Night</title></head><body><article><p>The monitors said 6 "
            b"ceasefire violations were recorded in Hama province on Monday.</p></article>"
            b"</body></html>")  # fmt: skip
    site.routes["/page"] = respond(200, page, content_type="text/html; charset=utf-8", etag='"p1"')
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
            f"<title>Night</title><link>{site.url('/page')}</link></item></channel></rss>")  # fmt: skip
    site.routes["/feed"] = respond(200, feed.encode(), content_type="application/rss+xml")
    db = f"sqlite:///{tmp_path / 'u.sqlite'}"
    assert cli("ingest", site.url("/feed"), site.url("/page"), "--db", db, "--allow-private") == 0
    assert "1 new reports, 0 new versions, 1 already stored" in capsys.readouterr().out
    assert site.hits[-1][1].get("If-None-Match") == '"p1"'  # the page stored via the feed
    assert cli("ingest", site.url("/page"), "--db", db) == 1  # loopback without the allowance
    assert "non-public" in caplog.text


def test_jsonl_on_stdin(tmp_path, cli, capsys, monkeypatch):
    import io
    import json

    line = {"text": "Monitors said 2 violations were recorded in Hama on Monday.",
            "published": "2024-05-07"}  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(json.dumps(line).encode())))
    assert cli("ingest", "-", "--db", f"sqlite:///{tmp_path / 's.sqlite'}") == 0
    assert capsys.readouterr().out.startswith("1 new reports")
