"""Import messages are asserted in English, the language of the source strings."""

import pytest
from django.utils import translation


@pytest.fixture
def english():
    """Run the test with English active (the site's default is French)."""
    with translation.override("en"):
        yield
