"""Settings: defaults, then TRUCELINE_* variables, then flags."""

import pytest

from truceline.errors import InputError
from truceline.settings import SETTINGS, Settings


def test_environment_then_flags():
    env = {"TRUCELINE_DB": "sqlite:///env.sqlite", "TRUCELINE_TIMEOUT": "3.5"}
    s = Settings.load(env, db=None)
    assert (s.db, s.timeout, s.max_bytes) == ("sqlite:///env.sqlite", 3.5, 5_000_000)
    assert Settings.load(env, db="sqlite:///flag.sqlite").db == "sqlite:///flag.sqlite"
    assert Settings.load({}).db.endswith("ledger.sqlite")


def test_bad_numbers_and_documented_table():
    with pytest.raises(InputError, match="TRUCELINE_RETRIES"):
        Settings.load({"TRUCELINE_RETRIES": "many"})
    assert {name for name, *_ in SETTINGS} == set(Settings.__dataclass_fields__)
