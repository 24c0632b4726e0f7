"""No write on the read path of a search can fail it (issue 12, point 8): the query log's failure is logged."""

from django.db import connection

from search.querylog.models import NoResultDailyHits


def test_a_search_whose_query_log_cannot_be_written_still_answers(member_client, stderr_log):
    with connection.cursor() as cursor:  # rolled back with the test's transaction
        cursor.execute(f"DROP TABLE {NoResultDailyHits._meta.db_table}")

    response = member_client.get("/fr/search/", {"query": "introuvablemotxyz"})

    assert response.status_code == 200
    warnings = [line for line in stderr_log.getvalue().splitlines() if " WARNING " in line]
    assert len(warnings) == 1 and "search.querylog.log: Search not counted in the query log" in warnings[0], warnings
    assert NoResultDailyHits._meta.db_table in warnings[0]  # the cause, on the same line
