import pytest
from django.core.exceptions import ValidationError

from clinicians.models import Clinician
from config.models import model_update

pytestmark = pytest.mark.django_db


def test_only_the_changed_fields_are_saved(clinician):
    Clinician.objects.filter(pk=clinician.pk).update(email_notifications=False)  # someone else's change meanwhile

    model_update(clinician, allowed=["time_zone"], what="a preference", changes={"time_zone": "Asia/Tokyo"})

    clinician = Clinician.objects.get(pk=clinician.pk)
    assert (clinician.time_zone, clinician.email_notifications) == ("Asia/Tokyo", False)


def test_a_field_outside_the_allowed_ones_is_refused_before_anything_is_set(clinician):
    with pytest.raises(ValueError, match="Not a preference: user_id"):
        model_update(clinician, allowed=["time_zone"], what="a preference", changes={"time_zone": "UTC", "user_id": 1})

    assert clinician.time_zone != "UTC"


def test_an_invalid_value_saves_nothing(clinician):
    before = clinician.time_zone

    with pytest.raises(ValidationError):
        model_update(clinician, allowed=["time_zone"], what="a preference", changes={"time_zone": "Mars/Olympus"})

    assert Clinician.objects.get(pk=clinician.pk).time_zone == before
