"""The session key: configured, or generated once and kept private; tile hosts in the CSP."""

from __future__ import annotations

import stat

import pytest

from truceline.errors import InputError
from truceline.web.security import check_csrf, csrf_token, session_secret, tile_origin


def test_a_generated_secret_is_kept_owner_only_and_reused(tmp_path):
    path = tmp_path / "data" / "session-secret"
    first = session_secret(None, path)
    assert len(first) >= 40 and session_secret(None, path) == first
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert session_secret("configured", path) == "configured"


def test_csrf_token_is_per_session():
    session: dict[str, object] = {}
    token = csrf_token(session)
    assert csrf_token(session) == token and check_csrf(session, token)
    assert not check_csrf(session, "other") and not check_csrf({}, token)


def test_tile_url_must_be_http():
    assert tile_origin("https://tile.example.org/{z}/{x}/{y}.png") == "https://tile.example.org"
    with pytest.raises(InputError, match="tile_url"):
        tile_origin("javascript:alert(1)")
