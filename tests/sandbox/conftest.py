"""Shared fixtures for sandbox tests: an authenticated httpx API wrapper on the test's sandbox."""

from __future__ import annotations

import pytest

from tests.sandbox.helpers import Api


@pytest.fixture
def api(sandbox):
    client = Api(sandbox)
    yield client
    client.close()
