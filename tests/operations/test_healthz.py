"""``/healthz`` for the load balancer: 200 when the database, the search backend and the storage answer, else 503
naming what failed (the database down: tests/operations/test_unavailable.py)."""

import json


def test_healthz_answers_200_when_everything_answers(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ok",
        "checks": {"database": "ok", "search": "ok", "storage": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_naming_the_storage_that_cannot_be_written(client, db, settings, tmp_path):
    not_a_folder = tmp_path / "media"
    not_a_folder.write_text("a file where the media folder should be")
    settings.MEDIA_ROOT = str(not_a_folder)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert json.loads(response.content)["checks"] == {"database": "ok", "search": "ok", "storage": "failed"}
