"""The JSON API through an in-process client: filters, payloads, exports, tokens, limits,
posting articles, the one error shape, and the dashboard's static files."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import time
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from store_records import MOPTI, make_mention, sample_events, sample_extractions

from eventfuse.config import Settings
from eventfuse.errors import ConfigError
from eventfuse.records import Article, ArticleExtraction
from eventfuse.store import Store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from eventfuse.serve.app import create_app

READ = "read-token-0123456789"
WRITE = "write-token-0123456789"


class StubStages:
    """Stands in for the loaded models: one attack mention per article, at Mopti."""

    def process(self, articles: Sequence[Article]) -> list[ArticleExtraction]:
        out = []
        for article in articles:
            trigger = next(w for w in ("attacked", "attaqué", "killed", "report")
                           if w in article.text)
            out.append(ArticleExtraction(article, (make_mention(article, trigger, place=MOPTI,
                                                                fatalities=2),)))
        return out


@pytest.fixture()
def db(tmp_path: Path) -> Iterator[tuple[Store, list[str]]]:
    store = Store.open(tmp_path / "api.db")
    extractions = sample_extractions()
    for extraction in extractions:
        store.add_extraction(extraction)
    ids = [x.article.id for x in extractions]
    store.replace_events(sample_events(ids))
    yield store, ids
    store.close()


def client_for(store: Store, **settings: Any) -> TestClient:
    base = Settings(db=store.path, progress=False, api_allowed_hosts="testserver")
    app = create_app(settings=replace(base, **settings), store=store, stages=StubStages())
    return TestClient(app, raise_server_exceptions=False)


def finished(c: TestClient, response: Any, timeout: float = 60.0) -> dict[str, Any]:
    """The job a POST queued (202), polled until it is done or failed."""
    assert response.status_code == 202, response.text
    where = response.headers["Location"]
    assert where == response.json()["url"] == f"/api/jobs/{response.json()['id']}"
    headers = {"Authorization": f"Bearer {WRITE}"}
    deadline = time.monotonic() + timeout
    while True:
        job = c.get(where, headers=headers).json()
        if job["status"] in {"done", "failed"} or time.monotonic() > deadline:
            return dict(job)
        time.sleep(0.02)


def posted(c: TestClient, response: Any) -> dict[str, Any]:
    """The result of a job that must succeed."""
    job = finished(c, response)
    assert job["status"] == "done", job
    return dict(job["result"])


@pytest.fixture()
def client(db: tuple[Store, list[str]]) -> Iterator[TestClient]:
    with client_for(db[0]) as c:
        yield c


def ids_of(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [e["id"] for e in response.json()["events"]]


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    assert "hint" in body["error"]
    return dict(body["error"])


# -- listing and filters ----------------------------------------------------------------------


def test_list_is_small_by_default_and_paginates(client: TestClient) -> None:
    page = client.get("/api/events", params={"limit": 2}).json()
    assert page["total"] == 4 and page["count"] == 2 and page["offset"] == 0
    first = page["events"][0]
    assert first["id"] == "ev-abduction"  # newest first
    for bulky in ("fields", "claims", "source_chains", "contradictions", "articles"):
        assert bulky not in first
    assert first["contradictions_count"] == 1 and first["articles_count"] == 2
    assert first["independent_sources"] == 2 and first["location"] == "Mopti"
    rest = client.get(page["next"]).json()
    assert rest["next"] is None and rest["offset"] == 2
    seen = [e["id"] for e in page["events"] + rest["events"]]
    assert sorted(seen) == ["ev-abduction", "ev-clash", "ev-dori", "ev-unplaced"]


def test_extras_are_opt_in(client: TestClient) -> None:
    event = client.get("/api/events", params={"_extra": "provenance,contradictions,articles",
                                              "limit": 1}).json()["events"][0]
    assert event["fields"]["sub_event_type"]["support"][0]["quote"] == "abducted Aïssata Koné"
    assert event["claims"][0]["attribute"] == "followers"
    assert event["contradictions"][0]["kind"] == "date_conflict"
    assert len(event["articles"]) == 2 and len(event["source_chains"]) == 2
    assert event["article_meta"][0]["title"] == "Presenter abducted near Mopti"
    only = client.get("/api/events", params={"_extra": "contradictions", "limit": 1})
    assert "fields" not in only.json()["events"][0]
    assert_error(client.get("/api/events", params={"_extra": "everything"}), 400, "EF400")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"bbox": "-5,14,-3,15"}, ["ev-abduction"]),
        ({"bbox": "-1,13,1,17"}, ["ev-clash", "ev-dori"]),
        ({"since": "2024-03-03", "until": "2024-03-03"}, ["ev-clash"]),
        ({"since": "2024-03-01"}, ["ev-abduction", "ev-clash"]),
        ({"event_type": "battles"}, ["ev-clash"]),
        ({"sub_event_type": "Abduction/forced disappearance"}, ["ev-abduction"]),
        ({"actor": "jnim"}, ["ev-clash"]),
        ({"country": "burkina faso"}, ["ev-dori"]),
        ({"admin1": "Gao"}, ["ev-clash"]),
        ({"min_fatalities": 3}, ["ev-clash", "ev-dori"]),
        ({"min_sources": 2}, ["ev-abduction"]),
        ({"q": "aissata kone"}, ["ev-abduction"]),  # accent-insensitive
        ({"q": "AÏSSATA"}, ["ev-abduction"]),
        ({"q": "eleveurs"}, ["ev-dori"]),  # French text, accents folded
        ({"q": "clash*"}, ["ev-clash"]),
        ({"q": "cattle stolen"}, ["ev-unplaced"]),
        ({"q": "nothing-like-this"}, []),
        ({"country": "mali", "min_fatalities": 1}, ["ev-clash"]),
    ],
)
def test_filters(client: TestClient, params: dict[str, object], expected: list[str]) -> None:
    response = client.get("/api/events", params=params)
    assert sorted(ids_of(response)) == expected
    assert response.json()["total"] == len(expected)


@pytest.mark.parametrize(
    "params",
    [
        {"bbox": "1,2,3"},
        {"bbox": "a,b,c,d"},
        {"bbox": "0,10,5,5"},  # south > north
        {"bbox": "0,0,200,10"},
        {"since": "2024-13-01"},
        {"since": "2024-03-05", "until": "2024-03-01"},
        {"limit": 0},
        {"limit": 1001},
        {"offset": -1},
        {"min_fatalities": -1},
        {"min_sources": "two"},
        {"event_type": "Skirmish"},
        {"q": "x" * 201},
        {"country": "Mali\x00"},
        {"colour": "red"},  # unknown parameter: an error, not silently ignored
    ],
)
def test_invalid_parameters_answer_400(client: TestClient, params: dict[str, object]) -> None:
    assert_error(client.get("/api/events", params=params), 400, "EF400")


def test_repeated_parameter_is_refused(client: TestClient) -> None:
    assert_error(client.get("/api/events?country=Mali&country=Niger"), 400, "EF400")


@pytest.mark.parametrize(
    "hostile",
    [
        "' OR 1=1 --",
        '"; DROP TABLE events; --',
        "Mali') UNION SELECT json FROM events --",
        'NEAR("a" "b") OR *',
        "notes : x OR quotes : y",
    ],
)
def test_hostile_text_never_reaches_sql(
    db: tuple[Store, list[str]], client: TestClient, hostile: str
) -> None:
    for name in ("q", "actor", "country", "admin1"):
        response = client.get("/api/events", params={name: hostile})
        assert response.status_code == 200, (name, response.text)
        assert response.json()["total"] == 0, name
    with sqlite3.connect(db[0].path) as raw:
        assert raw.execute("SELECT count(*) FROM events").fetchone()[0] == 4


# -- one event, one article -------------------------------------------------------------------


def test_event_is_the_contract_json(db: tuple[Store, list[str]], client: TestClient) -> None:
    response = client.get("/api/events/ev-abduction")
    assert response.status_code == 200
    stored = db[0].event("ev-abduction")
    assert stored is not None
    assert response.json() == json.loads(json.dumps(stored.to_json()))
    with_meta = client.get("/api/events/ev-abduction", params={"_extra": "articles"}).json()
    assert [m["id"] for m in with_meta["article_meta"]] == with_meta["articles"]
    assert with_meta["article_meta"][1]["outlet"] == "Le Journal du Sahel"


def test_unknown_event_and_bad_ids(client: TestClient) -> None:
    error = assert_error(client.get("/api/events/ev-none"), 404, "EF404")
    assert "ev-none" in error["message"]
    assert_error(client.get("/api/events/bad%20id"), 400, "EF400")
    assert_error(client.get("/api/events/" + "a" * 200), 400, "EF400")
    assert_error(client.get("/api/events/ev-clash", params={"limit": 3}), 400, "EF400")


def test_article_with_text_and_events(db: tuple[Store, list[str]], client: TestClient) -> None:
    a1 = db[1][0]
    body = client.get(f"/api/articles/{a1}").json()
    assert body["id"] == a1 and body["text"].startswith("Gunmen abducted")
    assert body["events"] == ["ev-abduction", "ev-unplaced"]
    assert body["source"] == "fixture.jsonl"  # the file name, not the server's folders
    assert body["published"] == "2024-03-05" and body["language"] == "en"
    assert_error(client.get("/api/articles/0000000000000000"), 404, "EF404")


# -- exports ----------------------------------------------------------------------------------


def test_export_acled_csv(client: TestClient) -> None:
    response = client.get("/api/export", params={"format": "acled", "country": "Mali"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(r["event_uid"] for r in rows) == ["ev-abduction", "ev-clash"]
    assert {r["country"] for r in rows} == {"Mali"}


def test_export_geojson_and_jsonl(client: TestClient) -> None:
    geo = client.get("/api/export", params={"format": "geojson"})
    assert geo.headers["content-type"].startswith("application/geo+json")
    collection = geo.json()
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 3 and collection["skipped_without_coordinates"] == 1
    lines = client.get("/api/export", params={"format": "jsonl", "min_sources": 2}).text
    docs = [json.loads(line) for line in lines.splitlines()]
    assert [d["id"] for d in docs] == ["ev-abduction"]
    assert docs[0]["fields"]["event_date"]["value"] == "2024-03-04"
    assert_error(client.get("/api/export", params={"format": "xlsx"}), 400, "EF400")
    assert_error(client.get("/api/export"), 400, "EF400")


# -- tokens -----------------------------------------------------------------------------------


def test_read_token(db: tuple[Store, list[str]]) -> None:
    with client_for(db[0], api_read_token=READ, api_write_token=WRITE) as c:
        error = assert_error(c.get("/api/events"), 401, "EF401")
        assert "Bearer" in error["hint"]
        assert_error(c.get("/api/events", headers={"Authorization": "Bearer wrong-token"}),
                     401, "EF401")
        assert_error(c.get("/api/export?format=jsonl"), 401, "EF401")
        assert_error(c.get("/api/articles/" + db[1][0]), 401, "EF401")
        for token in (READ, WRITE):
            ok = c.get("/api/events", headers={"Authorization": f"Bearer {token}"})
            assert ok.status_code == 200 and ok.json()["total"] == 4
        meta = c.get("/api/meta").json()  # the dashboard learns that it needs a token
        assert meta["read_token_required"] is True and meta["writes_enabled"] is True


def test_reads_are_open_without_read_token(db: tuple[Store, list[str]]) -> None:
    with client_for(db[0], api_write_token=WRITE) as c:
        assert c.get("/api/events").status_code == 200
        assert c.get("/api/meta").json()["read_token_required"] is False


@pytest.mark.parametrize("token", ["short", " padded-token-0123456789 "])
def test_weak_tokens_are_refused(db: tuple[Store, list[str]], token: str) -> None:
    with pytest.raises(ConfigError):
        create_app(settings=Settings(db=db[0].path, api_write_token=token), store=db[0])


# -- writes -----------------------------------------------------------------------------------

ARTICLE_EN = {"id": "wire-1", "text": "Gunmen attacked a market near Mopti on Monday.",
              "published": "2024-03-05", "language": "en", "outlet": "Test Wire"}
ARTICLE_FR = {"text": "Des hommes armés ont attaqué un marché près de Mopti lundi.",
              "published": "2024-03-05", "language": "fr"}


def test_writes_disabled_without_write_token(client: TestClient) -> None:
    error = assert_error(client.post("/api/articles", json=ARTICLE_EN), 403, "EF403")
    assert "api_write_token" in error["hint"]


def test_post_one_article_updates_events(db: tuple[Store, list[str]]) -> None:
    store = db[0]
    with client_for(store, api_write_token=WRITE) as c:
        assert_error(c.post("/api/articles", json=ARTICLE_EN), 401, "EF401")
        assert_error(c.post("/api/articles", json=ARTICLE_EN,
                            headers={"Authorization": f"Bearer {READ}"}), 401, "EF401")
        response = c.post("/api/articles", json=ARTICLE_EN,
                          headers={"Authorization": f"Bearer {WRITE}"})
        body = posted(c, response)
        assert body["articles_received"] == 1 and body["articles_new"] == 1
        result = body["articles"][0]
        assert result["stored"] is True and result["skipped"] == []
        article = store.article(result["id"])
        assert article is not None and article.given_id == "wire-1"
        assert article.outlet == "Test Wire"
        assert result["events"] and all(store.event(e) for e in result["events"])
        event = c.get(f"/api/events/{result['events'][0]}").json()
        assert result["id"] in event["articles"]
        again = posted(c, c.post("/api/articles", json=ARTICLE_EN,
                                 headers={"Authorization": f"Bearer {WRITE}"}))
        assert again["articles_new"] == 0 and again["duplicates"] == 1


@pytest.mark.parametrize("language", ["en", "fr"])
def test_post_jsonl_batch(db: tuple[Store, list[str]], language: str) -> None:
    first = ARTICLE_EN if language == "en" else ARTICLE_FR
    second = {**first, "text": first["text"].replace("Mopti", "Mopti town"), "id": None}
    body = "\n".join(json.dumps(a) for a in (first, second)) + "\n\n"
    with client_for(db[0], api_write_token=WRITE) as c:
        response = c.post("/api/articles", content=body.encode(),
                          headers={"Authorization": f"Bearer {WRITE}",
                                   "Content-Type": "application/x-ndjson"})
        result = posted(c, response)
        assert result["articles_received"] == 2 and result["articles_new"] == 2
        assert [a["index"] for a in result["articles"]] == [0, 1]
        assert all(a["stored"] for a in result["articles"])
        assert db[0].stats()["articles"] == 5


def test_post_reports_unparsable_dates_per_article(db: tuple[Store, list[str]]) -> None:
    batch = [ARTICLE_EN, {**ARTICLE_FR, "published": "not a date"}]
    with client_for(db[0], api_write_token=WRITE) as c:
        result = posted(c, c.post("/api/articles", json=batch,
                                  headers={"Authorization": f"Bearer {WRITE}"}))
    assert result["articles"][0]["skipped"] == []
    assert [s["reason"] for s in result["articles"][1]["skipped"]] == ["EF106"]
    assert result["skipped"] == {"EF106": 1}
    # the stored run record counts it too, as it does for `eventfuse run`
    assert [s.reason for s in db[0].skipped(str(result["run_id"]))] == ["EF106"]


@pytest.mark.parametrize(
    ("body", "content_type", "status", "code"),
    [
        (b'{"text": ', "application/json", 400, "EF400"),
        (b'{"title": "no text"}', "application/json", 400, "EF400"),
        (b'{"text": ""}', "application/json", 400, "EF400"),
        (b'{"text": "x", "secret": 1}', "application/json", 400, "EF400"),
        (b'{"text": "x", "published": 2024}', "application/json", 400, "EF400"),
        (b"[1, 2]", "application/json", 400, "EF400"),
        (b"[]", "application/json", 400, "EF400"),
        (b'{"text": "ok"}\nnot json\n', "application/x-ndjson", 400, "EF400"),
        (b"\xff\xfe", "application/x-ndjson", 400, "EF400"),
        (b'{"text": "x"}', "application/xml", 415, "EF415"),
        (b'{"text": "x"}', "", 415, "EF415"),
    ],
)
def test_post_validation(
    db: tuple[Store, list[str]], body: bytes, content_type: str, status: int, code: str
) -> None:
    headers = {"Authorization": f"Bearer {WRITE}"}
    if content_type:
        headers["Content-Type"] = content_type
    with client_for(db[0], api_write_token=WRITE) as c:
        assert_error(c.post("/api/articles", content=body, headers=headers), status, code)
    assert db[0].stats()["articles"] == 3  # nothing was stored


def test_post_body_size_limit(db: tuple[Store, list[str]]) -> None:
    big = json.dumps({"text": "Gunmen attacked a village. " * 200})
    with client_for(db[0], api_write_token=WRITE, api_max_body_bytes=1000) as c:
        headers = {"Authorization": f"Bearer {WRITE}", "Content-Type": "application/json"}
        error = assert_error(c.post("/api/articles", content=big, headers=headers), 413, "EF413")
        assert "api_max_body_bytes" in error["hint"]

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted while reading
            for _ in range(20):
                yield b" " * 100

        assert_error(c.post("/api/articles", content=chunks(), headers=headers), 413, "EF413")
    assert db[0].stats()["articles"] == 3


def test_internal_errors_keep_the_error_shape(db: tuple[Store, list[str]]) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom with /secret/path")

    app = create_app(settings=Settings(db=db[0].path, api_write_token=WRITE,
                                       api_allowed_hosts="testserver"),
                     store=db[0], stages=StubStages(), runner=broken)
    with TestClient(app, raise_server_exceptions=False) as c:
        job = finished(c, c.post("/api/articles", json=ARTICLE_EN,
                                 headers={"Authorization": f"Bearer {WRITE}"}))
        assert job["status"] == "failed"
        assert job["error"]["code"] == "EF500" and job["error"]["hint"]
        assert "secret" not in json.dumps(job)
        assert c.get("/api/health").json()["status"] == "ok"


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "fr"])
def test_post_runs_the_real_pipeline(tmp_path: Path, language: str) -> None:
    text = {
        "en": "Gunmen killed three civilians in an attack on the village of Hombori, in the "
              "Mopti region of Mali, on Sunday, the mayor said.",
        "fr": "Des hommes armés ont tué trois civils lors d'une attaque contre le village de "
              "Hombori, dans la région de Mopti au Mali, dimanche, selon le maire.",
    }[language]
    store = Store.open(tmp_path / "real.db")
    settings = Settings(db=store.path, api_write_token=WRITE, progress=False,
                        api_allowed_hosts="testserver")
    with TestClient(create_app(settings=settings, store=store)) as c:
        result = posted(c, c.post("/api/articles", json={"text": text, "published": "2024-03-18",
                                                         "language": language},
                                  headers={"Authorization": f"Bearer {WRITE}"}))
        assert result["articles_new"] == 1
        events = c.get("/api/events").json()["events"]
    store.close()
    assert events and events[0]["country"] == "Mali"
    assert events[0]["fatalities"] == 3


# -- documents, dashboard, docs ---------------------------------------------------------------


def test_openapi_and_offline_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles/{article_id}",
                 "/api/export", "/api/articles"):
        assert path in spec["paths"]
    assert "post" in spec["paths"]["/api/articles"]
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "cdn" not in docs.text.lower() and "/vendor/docs/swagger-ui-bundle.js" in docs.text
    assert client.get("/vendor/docs/swagger-ui-bundle.js").status_code == 200


def test_dashboard_is_served_offline(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for needed in ("/vendor/leaflet/leaflet.js", "/static/app.js", "/static/style.css"):
        assert needed in page.text
        assert client.get(needed).status_code == 200
    assert "http" not in page.text.replace("http-equiv", "")  # nothing from the network
    outlines = client.get("/outlines.geojson").json()
    names = {f["properties"]["name"] for f in outlines["features"]}
    assert {"Mali", "Niger", "Burkina Faso"} <= names
    meta = client.get("/api/meta").json()
    assert meta["event_types"][0]["name"] == "Battles"
    assert meta["tile_url"] is None and meta["writes_enabled"] is False


def test_tile_url_is_checked_and_allowed_by_the_page(db: tuple[Store, list[str]]) -> None:
    url = "https://tiles.example.org/{z}/{x}/{y}.png"
    with client_for(db[0], tile_url=url) as c:
        assert c.get("/api/meta").json()["tile_url"] == url
        assert "https://tiles.example.org" in c.get("/").headers["content-security-policy"]
    with pytest.raises(ConfigError):
        create_app(settings=Settings(db=db[0].path, tile_url="javascript:alert(1)"), store=db[0])


def test_unknown_route_has_the_error_shape(client: TestClient) -> None:
    assert_error(client.get("/api/nothing"), 404, "EF404")
    assert_error(client.delete("/api/events"), 405, "EF405")


def test_summary_of_events_without_coordinates(client: TestClient) -> None:
    event = next(e for e in client.get("/api/events").json()["events"]
                 if e["id"] == "ev-unplaced")
    assert event["latitude"] is None and event["event_date"] is None
