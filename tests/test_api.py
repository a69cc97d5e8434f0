"""The HTTP API through httpx (FastAPI's TestClient), on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest

from service.models import Article, Event

PROBLEM = "application/problem+json"
SATURDAY_TEXT = "The minister met with the Kenyan president Saturday in Nairobi, his office said."


def ingest(client, body, expected=201):
    response = client.post("/v1/articles", json=body)
    assert response.status_code == expected, response.text
    return response.json()


def count(session, model):
    return session.query(model).count()


def assert_problem(response, status):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"] and body["type"].startswith("https://")
    return body


def test_seed_yields_the_required_events(client, seed_article):
    article = ingest(client, seed_article)
    events = article["events"]
    by_type = {}
    for event in events:
        by_type.setdefault(event["type"], []).append(event)

    def names(event):
        return {a["name"] for a in event["actors"]}

    meeting = next(e for e in by_type["meeting"] if {"Antonio Guterres", "Xi Jinping"} <= names(e))
    assert meeting["date"]["value"] == "2022-02-05" and meeting["date"]["granularity"] == "day"
    denial = next(e for e in by_type["denial"] if "Michelle Bachelet" in names(e) and "China" in names(e))
    assert denial["date"] is None or denial["date"]["end"] <= "2022-02-05"
    delay = next(e for e in by_type["delay"] if "United Nations" in names(e))
    assert (delay["date"]["value"], delay["date"]["mod"], delay["date"]["granularity"]) == ("2022-01", "END", "month")
    assert delay["date"]["start"] == "2022-01-01" and delay["date"]["end"] == "2022-01-31"
    text = seed_article["text"]
    for event in events:
        span = event["span"]
        assert 0 <= span["start"] < span["end"] <= len(text)
        assert event["sentence"] in text


def test_timeline_by_actor_and_topic_in_date_order(client, seed_article):
    ingest(client, seed_article)
    for query in ({"actor": "Guterres"}, {"actor": "guterres"}, {"topic": "human rights"}):
        items = client.get("/v1/events", params=query).json()["items"]
        assert items, query
        keys = [(e["date"]["start"] if e["date"] else e["reported_at"][:10], e["id"]) for e in items]
        assert keys == sorted(keys), query
    guterres = {e["type"] for e in client.get("/v1/events", params={"actor": "Guterres"}).json()["items"]}
    assert "meeting" in guterres
    rights = {e["type"] for e in client.get("/v1/events", params={"topic": "human-rights"}).json()["items"]}
    assert {"meeting", "denial", "delay"} <= rights


def test_resending_an_article_never_duplicates_it(client, session, seed_article):
    first = ingest(client, seed_article)
    articles, events = count(session, Article), count(session, Event)
    again = ingest(client, seed_article, expected=200)
    assert again["id"] == first["id"]
    assert [e["id"] for e in again["events"]] == [e["id"] for e in first["events"]]
    assert (count(session, Article), count(session, Event)) == (articles, events)


def test_same_url_with_other_text_is_a_conflict_and_changes_nothing(client, session):
    ingest(client, {"text": SATURDAY_TEXT, "published_at": "2022-02-05", "url": "https://example.org/a"})
    before = (count(session, Article), count(session, Event))
    response = client.post("/v1/articles", json={"text": "Other text.", "url": "https://example.org/a"})
    assert_problem(response, 409)
    assert (count(session, Article), count(session, Event)) == before


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": ""},
        {"text": "   \n "},
        {"text": "ok", "published_at": "yesterday-ish"},
        {"text": "ok", "published_at": "2022-13-01"},
        {"text": "ok", "language": "fr"},
        {"text": "ok", "url": "not a url"},
        {"text": "ok", "unknown_field": 1},
        {"text": 42},
    ],
)
def test_bad_input_is_a_problem_and_stores_nothing(client, session, body):
    before = count(session, Article)
    body_out = assert_problem(client.post("/v1/articles", json=body), 422)
    assert body_out["errors"]
    assert count(session, Article) == before


def test_malformed_json_is_a_problem(client):
    response = client.post("/v1/articles", content=b"{not json", headers={"content-type": "application/json"})
    assert_problem(response, 422)


def test_missing_publication_time_uses_ingestion_time(client):
    article = ingest(client, {"text": SATURDAY_TEXT})
    assert article["published_at_source"] == "ingested"
    stored = client.get(f"/v1/articles/{article['id']}").json()
    assert stored["published_at"] == article["published_at"]


def test_not_found_is_a_problem(client):
    for path in ("/v1/articles/999999", "/v1/events/999999", "/v1/actors/999999", "/v1/nowhere"):
        assert_problem(client.get(path), 404)
    assert_problem(client.delete("/v1/articles/999999"), 404)


def test_bad_query_parameters_are_problems(client):
    assert_problem(client.get("/v1/events", params={"cursor": "!!!"}), 422)
    assert_problem(client.get("/v1/events", params={"from": "2022-02-05", "to": "2022-01-01"}), 422)
    assert_problem(client.get("/v1/events", params={"limit": 0}), 422)
    assert_problem(client.get("/v1/events", params={"status": "rumoured"}), 422)
    assert_problem(client.get("/v1/events", params={"from": "last week"}), 422)


def test_keyset_pagination_walks_the_whole_timeline(client, seed_article):
    article = ingest(client, seed_article)
    total = len(article["events"])
    assert total >= 3
    seen, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = client.get("/v1/events", params=params).json()
        seen += [e["id"] for e in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(e["id"] for e in article["events"]) and len(seen) == len(set(seen))


def test_date_range_filter(client, seed_article):
    ingest(client, seed_article)
    january = client.get("/v1/events", params={"from": "2022-01-01", "to": "2022-01-31"}).json()["items"]
    assert january and all(e["date"] and e["date"]["start"] <= "2022-01-31" for e in january)
    assert "delay" in {e["type"] for e in january}


def test_delete_article_removes_events_actors_and_topics(client, seed_article):
    article = ingest(client, seed_article)
    assert client.get("/v1/actors").json()["items"]
    assert client.delete(f"/v1/articles/{article['id']}").status_code == 204
    assert client.get("/v1/events").json()["items"] == []
    assert client.get("/v1/actors").json()["items"] == []
    assert client.get("/v1/topics").json() == []
    assert_problem(client.get(f"/v1/articles/{article['id']}"), 404)


def test_actors_search_and_detail(client, seed_article):
    ingest(client, seed_article)
    page = client.get("/v1/actors", params={"q": "xi"}).json()
    xi = next(a for a in page["items"] if a["name"] == "Xi Jinping")
    assert xi["kind"] == "person" and xi["event_count"] >= 1
    detail = client.get(f"/v1/actors/{xi['id']}").json()
    assert "Xi" in detail["aliases"]
    by_id = client.get("/v1/events", params={"actor": str(xi["id"])}).json()["items"]
    assert by_id and all(any(a["id"] == xi["id"] for a in e["actors"]) for e in by_id)


def test_actors_filtered_by_kind_place_versus_country(client):
    ingest(client, {"text": "Louisiana officials criticized BP on Tuesday.\nParis condemned the attack.",
                    "published_at": "2010-06-10T12:00:00Z", "source": "test"})
    places = {a["name"] for a in client.get("/v1/actors", params={"kind": "place"}).json()["items"]}
    countries = {a["name"] for a in client.get("/v1/actors", params={"kind": "country"}).json()["items"]}
    assert places == {"Louisiana"} and countries == {"France"}
    assert_problem(client.get("/v1/actors", params={"kind": "city"}), 422)


def test_analyze_stores_nothing(client, session, seed_article):
    before = count(session, Article)
    response = client.post("/v1/analyze", json=seed_article)
    assert response.status_code == 200, response.text
    body = response.json()
    saturday = next(t for t in body["timexes"] if t["text"] == "Saturday")
    assert (saturday["type"], saturday["value"]) == ("DATE", "2022-02-05")
    late = next(t for t in body["timexes"] if "late last month" in t["text"])
    assert (late["value"], late["mod"]) == ("2022-01", "END")
    text = seed_article["text"]
    assert all(text[t["start"]:t["end"]] == t["text"] for t in body["timexes"])
    assert body["events"]
    assert count(session, Article) == before


def test_event_vocabulary(client):
    types = {t["name"]: t for t in client.get("/v1/event-types").json()}
    required = ["meeting", "visit", "statement", "appeal", "demand", "agreement", "praise", "criticism",
                "accusation", "denial", "delay", "threat", "protest", "sanction", "arrest", "attack",
                "election", "appointment", "resignation", "death", "disaster"]
    assert set(required) <= set(types)
    assert types["meeting"]["cameo"] == "04" and types["meeting"]["definition"] and types["meeting"]["triggers"]


def test_summary_timeline(client, seed_article):
    ingest(client, seed_article)
    days = client.get("/v1/timeline/summary", params={"limit": 3}).json()
    assert any(d["date"] == "2022-02-05" and d["events"] for d in days)
    assert [d["date"] for d in days] == sorted(d["date"] for d in days)


def test_health(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"


def test_openapi_is_clean(client):
    spec = client.get("/openapi.json").json()
    operations = [op for path in spec["paths"].values() for op in path.values()]
    ids = [op["operationId"] for op in operations]
    assert len(ids) == len(set(ids))
    assert {"ingest_article", "list_events", "analyze", "get_article", "delete_article"} <= set(ids)
    for path in ("/v1/articles", "/v1/events", "/v1/analyze", "/v1/actors", "/v1/topics", "/v1/event-types"):
        assert path in spec["paths"]


def test_openapi_documents_errors_as_problems(client):
    spec = client.get("/openapi.json").json()
    assert "Problem" in spec["components"]["schemas"]
    errors = [
        response
        for path in spec["paths"].values()
        for operation in path.values()
        for code, response in operation["responses"].items()
        if code[0] in "45"
    ]
    assert errors and all(list(r["content"]) == ["application/problem+json"] for r in errors)


def test_a_planned_deadline_is_served_as_on_or_before(client):
    article = ingest(client, {"text": "Britain and the US are privately planning to withdraw most of their forces "
                                      "from Iraq by early next year.", "published_at": "2005-07-10T12:00:00Z"})
    [event] = [e for e in article["events"] if e["type"] == "withdrawal"]
    assert event["status"] == "planned"
    assert event["date"]["mod"] == "ON_OR_BEFORE" and event["date"]["start"] == "2005-07-10"
    assert event["date"]["value"] == "2006" and event["date"]["text"] == "by early next year"
    spec = client.get("/openapi.json").json()
    assert "ON_OR_BEFORE" in spec["components"]["schemas"]["EventDateOut"]["properties"]["mod"]["description"]
