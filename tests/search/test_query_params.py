"""Search parameters from the URL: anything sent gives valid parameters, and they write back to the URL."""

from django.http import QueryDict

from search.query import MAX_QUERY_LENGTH, SearchParams

THEME = "6f0c1a4e-2b7d-4f57-9a51-3d1f0e6b9c21"


def params(query_string: str) -> SearchParams:
    return SearchParams.from_query_dict(QueryDict(query_string))


def test_defaults():
    p = params("")
    assert (p.text, p.filters, p.all_languages, p.sort, p.page, p.truncated) == ("", {}, False, "relevance", 1, False)
    assert p.is_fresh


def test_valid_values_are_kept():
    p = params(f"query=eau&type=testimony&theme={THEME}&country=ml&year=2010&lang=all&sort=date&page=3")
    assert p.text == "eau"
    assert p.filters == {"type": "testimony", "theme": THEME, "country": "ML", "year": 2010}
    assert p.all_languages and p.sort == "date" and p.page == 3
    assert not p.is_fresh


def test_invalid_values_are_dropped():
    p = params("type=poem&theme=water&organisation=1&country=XX&year=abc&lang=klingon&sort=random&page=abc")
    assert p.filters == {} and not p.all_languages and p.sort == "relevance" and p.page == 1


def test_page_numbers_below_one_become_one():
    assert params("page=-1").page == 1
    assert params("page=0").page == 1
    assert params("page=99999").page == 99999  # the view shows the last page


def test_control_characters_and_spaces_are_cleaned():
    assert params("query=%00eau%0A%09%20%20assainissement%E2%80%8B").text == "eau assainissement"


def test_long_queries_are_cut_at_a_word():
    p = params("query=" + "mot " * 5000)
    assert p.truncated and len(p.text) <= MAX_QUERY_LENGTH and p.text.endswith("mot")


def test_url_writes_back_what_is_not_default():
    p = params(f"query=l'eau 1%&theme={THEME}&sort=date&page=2")
    assert p.url() == f"?query=l%27eau+1%25&theme={THEME}&sort=date&page=2"
    assert params(p.url()[1:]) == p


def test_changing_a_filter_goes_back_to_page_one():
    p = params("query=eau&page=4&type=event")
    assert p.with_filter("year", 2010).page == 1
    assert p.without("type").filters == {} and p.without("type").page == 1
    assert p.on_page(2).page == 2
