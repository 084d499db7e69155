"""The time-zone picker: canonical zones only, grouped and named for people, a stored legacy zone kept as it
is, and the local time shown beside the choice."""

import datetime

import pytest

from clients.forms import ClientPreferencesForm
from practices.timezones import TimeZoneField, aliases, canonical_names, local_time_words, time_zone_choices


def labels() -> dict[str, str]:
    return {value: label for _group, options in time_zone_choices()[1:] for value, label in options}


def test_only_canonical_zones_are_offered_never_the_legacy_aliases():
    offered = canonical_names()

    assert 300 < len(offered) < 500  # about 600 names exist, with the aliases
    assert {"Europe/London", "Europe/Kyiv", "Asia/Kolkata", "America/Argentina/Buenos_Aires", "UTC"} <= offered
    assert not offered & {"US/Eastern", "GB", "Europe/Kiev", "Asia/Calcutta", "Etc/GMT+5", "EST5EDT", "Zulu"}


def test_zones_are_grouped_by_region_and_named_by_city_and_country():
    choices = time_zone_choices()
    groups = [group for group, _options in choices[1:]]

    assert choices[0] == ("UTC", "UTC (Coordinated Universal Time)")
    assert groups == sorted(groups) and {"Europe", "Americas", "Asia", "Pacific Ocean"} <= set(groups)
    assert labels()["Europe/London"] == "London, United Kingdom"
    assert labels()["America/New_York"] == "New York, United States (Eastern (most areas))"
    assert labels()["America/Argentina/Buenos_Aires"] == "Buenos Aires, Argentina"


def test_the_local_time_is_said_in_words():
    moment = datetime.datetime(2026, 12, 4, 13, 5, tzinfo=datetime.UTC)

    assert local_time_words("Asia/Tokyo", moment) == "It is 22:05 on Friday there now."
    assert local_time_words("Not/AZone", moment) == ""


def test_the_select_shows_the_local_time_tied_to_the_control():
    html = TimeZoneField(label="Your time zone").widget.render("time_zone", "Europe/London", {"id": "id_time_zone"})

    assert '<optgroup label="Europe">' in html
    assert '<option value="Europe/London" selected>London, United Kingdom</option>' in html
    assert 'aria-describedby="id_time_zone_now"' in html
    assert 'id="id_time_zone_now"' in html and "there now." in html


@pytest.mark.django_db
def test_a_stored_legacy_name_shows_as_the_zone_it_links_to(client_profile):
    client_profile.time_zone = "US/Eastern"

    html = str(ClientPreferencesForm(instance=client_profile)["time_zone"])

    assert aliases()["US/Eastern"] == "America/New_York" and aliases()["Asia/Calcutta"] == "Asia/Kolkata"
    assert '<option value="America/New_York" selected>' in html
    assert "Your current setting" not in html


@pytest.mark.django_db
def test_a_stored_zone_that_is_not_offered_is_shown_and_kept_so_saving_moves_nobody(client_profile):
    client_profile.time_zone = "Etc/GMT+5"
    form = ClientPreferencesForm(instance=client_profile)

    html = str(form["time_zone"])

    assert '<optgroup label="Your current setting">' in html
    assert '<option value="Etc/GMT+5" selected>Etc/GMT+5</option>' in html
    assert form.fields["time_zone"].valid_value("Etc/GMT+5")


@pytest.mark.parametrize("value", ["Mars/Olympus_Mons", "", "Europe/London\n"])
def test_an_unknown_zone_gets_a_clear_error(value):
    field = TimeZoneField(label="Your time zone")

    with pytest.raises(Exception) as raised:
        field.clean(value)

    assert raised.value.messages in (["Choose a time zone from the list."], ["This field is required."])
