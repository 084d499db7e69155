import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from config.localtime import at_local, local_today, zone_of

LONDON = SimpleNamespace(time_zone="Europe/London")
TOKYO = SimpleNamespace(time_zone="Asia/Tokyo")


def test_eight_in_the_evening_stays_eight_across_the_clock_change():
    zone = zone_of(LONDON)
    before = at_local(datetime.date(2026, 10, 24), datetime.time(20), zone)  # BST, UTC+1
    after = at_local(datetime.date(2026, 10, 25), datetime.time(20), zone)  # GMT

    assert before == datetime.datetime(2026, 10, 24, 19, tzinfo=datetime.UTC)
    assert after == datetime.datetime(2026, 10, 25, 20, tzinfo=datetime.UTC)
    assert after.tzinfo is datetime.UTC


def test_today_is_the_persons_own_date():
    moment = datetime.datetime(2026, 12, 1, 20, tzinfo=datetime.UTC)  # 05:00 on the 2nd in Tokyo

    assert local_today(LONDON, moment) == datetime.date(2026, 12, 1)
    assert local_today(TOKYO, moment) == datetime.date(2026, 12, 2)
    assert zone_of(TOKYO) == ZoneInfo("Asia/Tokyo")
