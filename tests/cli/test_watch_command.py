"""`truceline watch --for`: polls a loopback feed and stops on time."""

from conftest import respond

FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
        b"<title>Night</title><description>Monitors said 5 violations were recorded in Hama "
        b"on Monday.</description><pubDate>Tue, 07 May 2024 08:00:00 GMT</pubDate></item>"
        b"</channel></rss>")  # fmt: skip


def test_watch_for_a_while(tmp_path, cli, site, capsys):
    site.routes["/feed.xml"] = respond(200, FEED, content_type="application/rss+xml")
    db = f"sqlite:///{tmp_path / 'w.sqlite'}"
    assert cli("sources", "add", "mon", site.url("/feed.xml"), "--allow-private", "--db", db) == 0
    assert cli("watch", "--for", "1.5", "--db", db) == 0
    assert "1 new reports" in capsys.readouterr().out
    assert cli("tally", "--db", db, "--json") == 0
    assert '"violations": 5' in capsys.readouterr().out
