"""Role × route × owner for every page outside the API and the clinician dashboard (each of those has a matrix
and a resolver walk of its own): the portal, the practice admin, invitations, allauth's pages, the session
endpoint, the API's schema and docs, and the operators' admin. The last tests walk the URL resolver, so a new
route fails here until it is in a matrix (or listed as exempt, with the reason).

Cells: 302 is "sent to sign in" for anonymous callers (or to their own home, or to reauthenticate, where
noted by the page); 403 a role the page is not for; 404 someone else's object, exactly as a missing one.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

ROLES = ["anonymous", "client", "other_client", "clinician", "other_clinician", "foreign_clinician", "admin",
         "foreign_admin"]  # fmt: skip


def row(*statuses: int) -> dict[str, int]:
    return dict(zip(ROLES, statuses, strict=True))


PORTAL_PAGE = row(302, 200, 200, 403, 403, 403, 403, 403)  # the caller's own: every client has one
CLIENTS_OWN = row(302, 200, 404, 403, 403, 403, 403, 403)  # this client's object
ADMIN_PAGE = row(302, 403, 403, 403, 403, 403, 200, 200)
ADMIN_OBJECT = row(302, 403, 403, 403, 403, 403, 200, 404)  # an object of this practice
SIGNED_IN = row(302, 200, 200, 200, 200, 200, 200, 200)
STAFF_PAGE = row(302, 403, 403, 200, 200, 200, 200, 200)
PUBLIC = row(200, 200, 200, 200, 200, 200, 200, 200)

# route name → (path from the world, status per role) for GET.
GET = {
    "home": (lambda w: reverse("home"), row(302, 302, 302, 302, 302, 302, 302, 302)),  # sign in, or one's own home
    "session_status": (lambda w: reverse("session_status"), row(401, 200, 200, 200, 200, 200, 200, 200)),
    # An invitation link opened while someone is signed in says so, and changes nothing.
    "invitation_accept": (lambda w: w["invitation_link"], row(200, 409, 409, 409, 409, 409, 409, 409)),
    "api-schema": (lambda w: reverse("api-schema"), PUBLIC),  # the public contract, as API.md
    "api-docs": (lambda w: reverse("api-docs"), PUBLIC),
    "csp_report": (lambda w: reverse("csp_report"), row(405, 405, 405, 405, 405, 405, 405, 405)),
    **{
        f"clients:{name}": ((lambda n: lambda w: reverse(f"clients:{n}"))(name), PORTAL_PAGE)
        for name in (
            "today",
            "progress",
            "preferences",
            "safety_plan",
            "access_log",
            "my_data",
            "my_data_everything",
            "my_data_fhir",
            "offline",
        )
    },
    # The web app's manifest and service worker hold nothing personal: browsers fetch the manifest without
    # cookies, and the worker must install for whoever opens the portal.
    "clients:manifest": (lambda w: reverse("clients:manifest"), PUBLIC),
    "clients:service_worker": (lambda w: reverse("clients:service_worker"), PUBLIC),
    "favicon": (lambda w: reverse("favicon"), row(302, 302, 302, 302, 302, 302, 302, 302)),  # to the hashed file
    "clients:assignment": (lambda w: reverse("clients:assignment", args=[w["assignment"]]), CLIENTS_OWN),
    "clients:assignment_done": (
        lambda w: reverse("clients:assignment_done", args=[w["assignment"]]),
        row(302, 302, 404, 403, 403, 403, 403, 403),  # not sent yet: back to the form
    ),
    **{
        f"practices:{name}": ((lambda n: lambda w: reverse(f"practices:{n}"))(name), ADMIN_PAGE)
        for name in ("clinicians", "clients", "settings", "tasks", "audit")
    },
    # The library: staff of any practice read the built-in templates; their own practice's only its staff.
    "library:index": (lambda w: reverse("library:index"), STAFF_PAGE),
    "library:detail": (lambda w: reverse("library:detail", args=["acceptance"]), STAFF_PAGE),
    "library:preview": (lambda w: reverse("library:preview", args=["acceptance"]), STAFF_PAGE),
    "library:compare": (lambda w: reverse("library:compare", args=["acceptance"]), STAFF_PAGE),
    "library:paper": (lambda w: reverse("library:paper", args=["acceptance"]), STAFF_PAGE),
    # Writing: practice admins (clinicians where the practice allows it; here it does not); built-in ones only
    # by copying.
    "library:new": (lambda w: reverse("library:new"), row(302, 403, 403, 403, 403, 403, 200, 200)),
    "library:import": (lambda w: reverse("library:import"), row(302, 403, 403, 403, 403, 403, 200, 200)),
    "library:edit": (
        lambda w: reverse("library:edit", args=["acceptance"]),
        row(302, 403, 403, 403, 403, 403, 403, 403),
    ),
    "library:saves": (
        lambda w: reverse("library:saves", args=["acceptance"]),
        row(302, 403, 403, 403, 403, 403, 403, 403),
    ),
    "practices:clinician_deactivate": (
        lambda w: reverse("practices:clinician_deactivate", args=[w["other_clinician"]]),
        ADMIN_OBJECT,
    ),
    "practices:client_handover": (lambda w: reverse("practices:client_handover", args=[w["client"]]), ADMIN_OBJECT),
    "practices:client_close": (lambda w: reverse("practices:client_close", args=[w["client"]]), ADMIN_OBJECT),
    # allauth's pages: the public ones, and those for a signed-in person.
    "account_login": (lambda w: reverse("account_login"), row(200, 302, 302, 302, 302, 302, 302, 302)),
    "account_signup": (lambda w: reverse("account_signup"), row(200, 302, 302, 302, 302, 302, 302, 302)),
    "account_logout": (lambda w: reverse("account_logout"), SIGNED_IN),
    "account_inactive": (lambda w: reverse("account_inactive"), PUBLIC),
    "account_reauthenticate": (lambda w: reverse("account_reauthenticate"), SIGNED_IN),
    "account_email": (lambda w: reverse("account_email"), SIGNED_IN),
    "account_email_verification_sent": (lambda w: reverse("account_email_verification_sent"), PUBLIC),
    "account_change_password": (lambda w: reverse("account_change_password"), SIGNED_IN),
    # Everyone here has a password already: setting one sends them to change it.
    "account_set_password": (lambda w: reverse("account_set_password"), row(302, 302, 302, 302, 302, 302, 302, 302)),
    "account_reset_password": (lambda w: reverse("account_reset_password"), PUBLIC),
    "account_reset_password_done": (lambda w: reverse("account_reset_password_done"), PUBLIC),
    "account_reset_password_from_key_done": (lambda w: reverse("account_reset_password_from_key_done"), PUBLIC),
    "account_reset_password_from_key": (
        lambda w: reverse("account_reset_password_from_key", kwargs={"uidb36": "1", "key": "not-a-key"}),
        PUBLIC,  # "this link does not work": the same page whoever asks
    ),
    "account_confirm_email": (lambda w: reverse("account_confirm_email", args=["MQ:not-a-key"]), PUBLIC),
    # No sign-in by emailed code is pending for anyone: back to sign in.
    "account_confirm_login_code": (
        lambda w: reverse("account_confirm_login_code"),
        row(302, 302, 302, 302, 302, 302, 302, 302),
    ),
    "mfa_index": (lambda w: reverse("mfa_index"), SIGNED_IN),
    # No two-factor step pending, or a fresh password needed first: sent on, never shown.
    **{
        name: ((lambda n: lambda w: reverse(n))(name), row(302, 302, 302, 302, 302, 302, 302, 302))
        for name in ("mfa_authenticate", "mfa_reauthenticate", "mfa_activate_totp", "mfa_generate_recovery_codes")
    },
    # Nothing to deactivate, view or download for someone without an authenticator.
    **{
        name: ((lambda n: lambda w: reverse(n))(name), row(302, 404, 404, 404, 404, 404, 404, 404))
        for name in ("mfa_deactivate_totp", "mfa_view_recovery_codes", "mfa_download_recovery_codes")
    },
    "usersessions_list": (lambda w: reverse("usersessions_list"), SIGNED_IN),
}

# Routes that only take a POST (a GET answers 405 for everyone): what an empty POST gets.
POST = {
    "library:copy": (
        lambda w: reverse("library:copy", args=["acceptance"]),
        row(302, 403, 403, 403, 403, 403, 302, 302),  # into the admin's own practice, then to its editing page
    ),
    "library:archive": (
        lambda w: reverse("library:archive", args=["acceptance"]),
        row(302, 403, 403, 403, 403, 403, 403, 403),  # a built-in exercise is never archived by a practice
    ),
    "clients:assignment_autosave": (
        lambda w: reverse("clients:assignment_autosave", args=[w["assignment"]]),
        row(302, 200, 404, 403, 403, 403, 403, 403),
    ),
    **{
        f"clients:{name}": (
            (lambda n: lambda w: reverse(f"clients:{n}", args=[w["assignment"]]))(name),
            row(302, 302, 404, 403, 403, 403, 403, 403),
        )
        for name in ("assignment_resolve", "assignment_comment", "assignment_flag")
    },
    "practices:clinician_reactivate": (
        lambda w: reverse("practices:clinician_reactivate", args=[w["other_clinician"]]),
        row(302, 403, 403, 403, 403, 403, 302, 404),
    ),
    "csp_report": (lambda w: reverse("csp_report"), row(400, 400, 400, 400, 400, 400, 400, 400)),  # not a report
}

# Covered elsewhere, or by design the same for everyone.
EXEMPT = {
    "healthz": "a liveness probe, public by design (tests/config/test_health.py)",
    "readyz": "a readiness probe, public by design; its status is the broker's and the database's (test_health.py)",
}
ELSEWHERE = {
    "api:": "tests/api/test_matrix.py, which walks the API's routes itself",
    "clinicians:": "tests/clinicians/test_access.py, which walks the dashboard's routes itself",
    "admin:": "test_the_operators_admin_refuses_everyone_who_is_not_an_operator, below",
    "_allauth/": "allauth's app API, which the app signs in through: tests/accounts/test_api.py, test_two_factor.py",
}


@pytest.fixture
def world(cast, give, clinician, other_clinician, client_profile, foreign_admin):
    from clients.services import client_invite

    invitation = client_invite(
        clinician_user=clinician.user, email="matrix@example.test", display_name="M"
    ).user.invitations.get()
    return {
        "users": {**cast, "foreign_admin": foreign_admin, "anonymous": None},
        "assignment": give("validity-analysis").pk,
        "client": client_profile.pk,
        "other_clinician": other_clinician.pk,
        "invitation_link": reverse("invitation_accept", args=[invitation.pk, invitation.token]),
    }


ROUTES = [("get", name) for name in GET] + [("post", name) for name in POST]


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "name"), ROUTES, ids=[f"{m} {n}" for m, n in ROUTES])
def test_each_caller_gets_what_the_page_is_for_them(client, world, method, name):
    make_path, expected = (GET if method == "get" else POST)[name]
    path = make_path(world)
    got = {}
    for role in ROLES:  # one world per route, every caller in turn
        client.logout()
        if world["users"][role] is not None:
            client.force_login(world["users"][role])
        got[role] = getattr(client, method)(path, {}).status_code

    assert got == expected, f"{method.upper()} {path}"


@pytest.mark.django_db
@pytest.mark.parametrize("role", [r for r in ROLES if r != "anonymous"])
def test_the_operators_admin_refuses_everyone_who_is_not_an_operator(client, world, role):
    client.force_login(world["users"][role])
    refused = []
    for name, pattern in _routes():
        if not name.startswith("admin:") or "<" in pattern or "(?P" in pattern or name == "admin:logout":
            continue
        response = client.get(reverse(name))
        # Sent to the operators' sign-in, or (the sign-in page itself, for someone signed in) refused outright.
        if not ((response.status_code == 302 and "login" in response["Location"]) or response.status_code == 403):
            refused.append(f"{name}: {response.status_code}")
    assert not refused, refused


def _routes(patterns=None, prefix: str = "", namespace: str = "") -> list[tuple[str, str]]:
    """Every named route: (namespace:name, its pattern from the root)."""
    found = []
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            found += _routes(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern) and entry.name:
            found.append((namespace + entry.name, prefix + str(entry.pattern)))
    return found


def test_every_route_is_in_a_matrix():
    unlisted = []
    for name, pattern in _routes():
        if name in GET or name in POST or name in EXEMPT:
            continue
        if any(name.startswith(key) or pattern.startswith(key) for key in ELSEWHERE):
            continue
        unlisted.append(f"{name} ({pattern})")
    assert not unlisted, "routes without a role × owner matrix:\n" + "\n".join(unlisted)


def test_the_matrices_name_only_routes_that_exist():
    names = {name for name, _ in _routes()}
    assert set(GET) | set(POST) | set(EXEMPT) <= names
