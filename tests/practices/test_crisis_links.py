import pytest

from practices.templatetags.crisis import tel_links


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samaritans: call 116 123, any time.", 'Samaritans: call <a href="tel:116123">116 123</a>, any time.'),
        ("Call or text 988.", 'Call or text <a href="tel:988">988</a>.'),
        ("Clinic: +44 20 7946 0000", 'Clinic: <a href="tel:+442079460000">+44 20 7946 0000</a>'),
        ("Open 24/7", "Open 24/7"),
        ("<b>999</b> isn't markup", '&lt;b&gt;<a href="tel:999">999</a>&lt;/b&gt; isn&#x27;t markup'),
    ],
)
def test_phone_numbers_in_crisis_resources_become_tap_to_call_links(text, expected):
    assert tel_links(text) == expected
