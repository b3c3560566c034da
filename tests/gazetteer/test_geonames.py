import zipfile

import pytest

from truceline.errors import GazetteerError
from truceline.gazetteer.geonames import read_dumps


@pytest.fixture
def fixtures():
    from pathlib import Path

    return Path(__file__).resolve().parent.parent / "fixtures" / "geonames"


def test_reads_places_admin1_and_alternates(fixtures):
    dump = read_dumps(
        [fixtures / "XX.txt", fixtures / "admin1CodesASCII.txt", fixtures / "alternateNamesV2.txt"]
    )
    names = {p.name for p in dump.places}
    assert "Tall Zzyzx" in names
    assert dump.admin1["SY.12"] == "Hamah"
    assert dump.alternates[9900001] == ["Zzyzx Hill"]


def test_reads_inside_a_zip(fixtures, tmp_path):
    z = tmp_path / "XX.zip"
    with zipfile.ZipFile(z, "w") as out:
        out.write(fixtures / "XX.txt", "XX.txt")
    assert len(read_dumps([z]).places) == len(read_dumps([fixtures / "XX.txt"]).places)


def test_a_malformed_line_is_reported_with_its_number(fixtures):
    with pytest.raises(GazetteerError, match=r"broken\.txt: line 2"):
        read_dumps([fixtures / "broken.txt"])


def test_a_broken_zip_is_a_clear_error(tmp_path):
    z = tmp_path / "SY.zip"
    z.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(GazetteerError, match="not a readable zip"):
        read_dumps([z])
