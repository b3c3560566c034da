"""`truceline serve`: its flags, and a clear error for a missing outlines file."""

from __future__ import annotations

import truceline.cli as cli
from truceline.settings import Settings


def test_serve_defaults_to_loopback_port_8000():
    args = cli.build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8000, None)


def test_a_missing_outlines_file_is_a_clear_error(tmp_path, capsys):
    code = cli.main(["serve", "--db", f"sqlite:///{tmp_path}/l.sqlite",
                     "--admin1-outlines", str(tmp_path / "none.geojson")])  # fmt: skip
    assert code == 2 and "--admin1-outlines: no such file" in capsys.readouterr().err


def test_web_settings_from_the_environment():
    env = {
        "TRUCELINE_READ_TOKEN": "true",
        "TRUCELINE_TILE_URL": "https://t.example/{z}/{x}/{y}.png",
    }
    s = Settings.load(env)
    assert s.read_token is True and s.tile_url.startswith("https://t.example")
    assert Settings.load({"TRUCELINE_READ_TOKEN": "no"}).read_token is False


def test_admin1_outlines_are_served_from_the_file(settings, tmp_path):
    from dataclasses import replace

    from starlette.testclient import TestClient

    from truceline.web import create_app

    path = tmp_path / "provinces.geojson"
    path.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", '
                    '"properties": {"name": "Idlib"}, "geometry": null}]}')  # fmt: skip
    app = create_app(replace(settings, admin1_outlines=str(path)))
    with TestClient(app) as c:
        assert (
            c.get("/api/outlines/admin1.geojson").json()["features"][0]["properties"]["name"]
            == "Idlib"
        )
        assert c.get("/api/outlines/rivers.geojson").status_code == 404
    app.state.ctx.engine.dispose()


def test_workers_default_to_one_and_must_be_positive(tmp_path, capsys):
    assert cli.build_parser().parse_args(["serve"]).workers == 1
    code = cli.main(["serve", "--db", f"sqlite:///{tmp_path}/l.sqlite", "--workers", "0"])
    assert code == 2 and "--workers must be at least 1" in capsys.readouterr().err


def test_a_worker_process_builds_its_app_from_the_environment(db_url, monkeypatch):
    from starlette.testclient import TestClient

    from truceline.cli.serve import app_from_environment

    monkeypatch.setenv("TRUCELINE_DB", db_url)
    monkeypatch.setenv("TRUCELINE_SESSION_SECRET", "worker-test")
    app = app_from_environment()
    try:
        assert app.state.ctx.settings.db == db_url
        with TestClient(app) as c:
            assert c.get("/api/claims", params={"limit": 1}).json()["items"]
    finally:
        app.state.ctx.engine.dispose()
