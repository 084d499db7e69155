"""The client, signed in to their portal, and the validity analysis most of its tests fill in."""

import pytest


@pytest.fixture
def signed_in(client, client_profile):
    client.force_login(client_profile.user)
    return client


@pytest.fixture
def validity(give):
    return give("validity-analysis")
