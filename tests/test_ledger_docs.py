"""docs/ledger.md documents every ledger command, export format and setting."""

from pathlib import Path

from truceline.export import FORMATS
from truceline.settings import SETTINGS

DOC = (Path(__file__).parent.parent / "docs" / "ledger.md").read_text(encoding="utf-8")
COMMANDS = ("ingest", "sources", "watch", "reextract", "tally", "events", "export", "settings",
            "users", "review", "audit")  # fmt: skip


def test_every_command_format_and_setting_is_documented():
    missing = [f"truceline {c}" for c in COMMANDS if f"`truceline {c}" not in DOC]
    missing += [f for f in FORMATS if f"`{f}`" not in DOC]
    missing += [env for _, env, *_ in SETTINGS if f"`{env}`" not in DOC]
    assert not missing
