import pytest

from truceline.export.countries import country_fields


@pytest.mark.parametrize(
    ("iso2", "country", "iso", "region"),
    [
        ("SY", "Syria", "760", "Middle East"),
        ("AZ", "Azerbaijan", "31", "Caucasus and Central Asia"),
        ("IR", "Iran", "364", "Middle East"),
        ("SS", "South Sudan", "728", "Eastern Africa"),
        ("UA", "Ukraine", "804", "Europe"),
    ],
)
def test_acled_country_columns(iso2, country, iso, region):
    assert country_fields(iso2) == {"country": country, "iso": iso, "region": region}


def test_no_country_gives_empty_columns():
    assert country_fields(None) == {"country": "", "iso": "", "region": ""}
