"""allauth's pages in the product's voice: every page a person meets while signing in, resetting a
password or setting up two-factor authentication is written in sentence case, in plain words, with
nothing left of the library's stock wording."""

import re
from html.parser import HTMLParser

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

from tests.accounts.test_two_factor import give_totp, sign_in_and_confirm_password
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

# Words that keep their capital inside a sentence.
PROPER = {"I", "QR", "PDF", "Rejection", "Recovery"}
STOCK = (
    "Sign Up Closed",
    "We are sorry",
    "Two-Factor",
    "Authenticator App",
    "Recovery Codes",
    "Bad Token",
    "Confirm Access",
    "Reset My Password",
    "reauthenticate",
    "Please contact us",
)


def title_case_words(text: str) -> list[str]:
    """Capitalised words that do not start a sentence and are not names: what Title Case leaves."""
    found = []
    for sentence in re.split(r"(?<=[.?!:])\s+", text.strip()):
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*", sentence)
        found += [word for word in words[1:] if word[0].isupper() and word not in PROPER and not word.isupper()]
    return found


class _Labels(HTMLParser):
    """The text of every title, heading, label, button and table heading, and of <main>."""

    LABELS = {"title", "h1", "h2", "h3", "label", "legend", "button", "th"}

    def __init__(self):
        super().__init__()
        self.labels: list[list[str]] = []
        self.open: list[tuple[str, list[str]]] = []
        self.main: list[str] = []
        self.in_main = False

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.in_main = True
        classes = (dict(attrs).get("class") or "").split()
        if tag in self.LABELS or (tag == "a" and "button" in classes):
            self.open.append((tag, []))

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main = False
        if self.open and self.open[-1][0] == tag:
            self.labels.append(self.open.pop()[1])

    def handle_data(self, data):
        for _tag, text in self.open:
            text.append(data)
        if self.in_main:
            self.main.append(data)


def wording_problems(html: bytes) -> list[str]:
    page = _Labels()
    page.feed(html.decode())
    problems = []
    for parts in page.labels:
        text = " ".join("".join(parts).split())
        if words := title_case_words(text):
            problems.append(f"{text!r}: {words}")
    main = " ".join(page.main)
    return problems + [f"stock wording {phrase!r}" for phrase in STOCK if phrase in main]


def test_title_case_is_caught_and_sentence_case_is_not():
    assert title_case_words("Two-Factor Authentication") == ["Authentication"]
    assert title_case_words("Set up an authenticator app. Then type the code: Six digits") == []
    assert title_case_words("Where you're signed in") == []


ANONYMOUS_PAGES = [
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/accounts/password/reset/done/",
    "/accounts/password/reset/key/1-not-a-key/",
    "/accounts/confirm-email/not-a-key/",
    "/accounts/confirm-email/",
    "/accounts/inactive/",
]


@pytest.mark.parametrize("path", ANONYMOUS_PAGES)
def test_the_pages_before_signing_in_are_in_the_products_voice(client, path):
    response = client.get(path, follow=True)

    assert response.status_code == 200, path
    assert wording_problems(response.content) == []


def test_sign_up_says_accounts_come_by_invitation(client):
    page = client.get("/accounts/signup/")

    assert b"made by invitation" in page.content
    assert b'href="/accounts/login/"' in page.content


SIGNED_IN_PAGES = [
    "/accounts/2fa/",
    "/accounts/2fa/totp/activate/",
    "/accounts/password/change/",
    "/accounts/sessions/",
    "/accounts/logout/",
]


@pytest.mark.parametrize("path", SIGNED_IN_PAGES)
def test_the_security_pages_without_two_factor_are_in_the_products_voice(client, client_profile, path):
    sign_in_and_confirm_password(client, client_profile.user)

    response = client.get(path)

    assert response.status_code == 200, path
    assert wording_problems(response.content) == []


def test_the_reauthentication_page_is_in_the_products_voice(client, client_profile):
    client.post("/accounts/login/", {"login": client_profile.user.email, "password": PASSWORD})

    page = client.get("/accounts/2fa/totp/activate/", follow=True)

    assert page.redirect_chain[-1][0].startswith("/accounts/reauthenticate/")
    assert b"Confirm it" in page.content
    assert wording_problems(page.content) == []


WITH_TWO_FACTOR_PAGES = [
    "/accounts/2fa/",
    "/accounts/2fa/totp/deactivate/",
    "/accounts/2fa/recovery-codes/",
    "/accounts/2fa/recovery-codes/generate/",
]


@pytest.mark.parametrize("path", WITH_TWO_FACTOR_PAGES)
def test_the_two_factor_pages_are_in_the_products_voice(client, clinician, path):
    give_totp(clinician.user)
    RecoveryCodes.activate(clinician.user)
    client.force_login(clinician.user)
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})

    response = client.get(path, follow=True)

    assert response.status_code == 200, path
    assert response.redirect_chain == [], f"{path} went to {response.redirect_chain}"
    assert wording_problems(response.content) == []


def test_the_overview_counts_the_recovery_codes_left(client, clinician):
    give_totp(clinician.user)
    codes = RecoveryCodes.activate(clinician.user)
    codes.validate_code(codes.get_unused_codes()[0])
    client.force_login(clinician.user)

    page = client.get("/accounts/2fa/")

    assert b"9 of 10 codes still unused" in page.content
    assert Authenticator.objects.filter(user=clinician.user).count() == 2


def test_the_code_page_at_sign_in_is_in_the_products_voice(client, clinician):
    give_totp(clinician.user)

    page = client.post("/accounts/login/", {"login": clinician.user.email, "password": PASSWORD}, follow=True)

    assert page.redirect_chain[-1][0] == "/accounts/2fa/authenticate/"
    assert b"Enter your code" in page.content
    assert wording_problems(page.content) == []
