"""Search reads the kinds the models declare; a declaration that names no field fails `manage.py check`."""

from dataclasses import replace

from django.core.management import call_command

from cases.models import TestimonyPage
from search.kinds import all_kinds, by_slug, check_declared_kinds, kind_of_model, lookup_errors


def test_the_kinds_are_the_declared_ones_in_facet_order():
    assert [kind.slug for kind in all_kinds()] == [
        "testimony",
        "legal-text",
        "event",
        "meeting-report",
        "document",
        "page",
    ]
    assert by_slug("testimony").model is TestimonyPage
    assert kind_of_model(TestimonyPage) is by_slug("testimony")  # one object per kind


def test_every_declared_lookup_exists():
    assert check_declared_kinds() == []
    call_command("check")  # the check is registered: it would raise SystemCheckError otherwise


def test_a_renamed_field_is_reported_where_it_is_declared():
    renamed = replace(kind_of_model(TestimonyPage), themes=("topics__theme",), organisations=("partners__partner",))
    assert lookup_errors(renamed) == ["topics__theme", "partners__partner"]
