"""Topics (themes, places, named events) and the governing date."""
from conftest import by_type

from service.extraction import extract


def test_topics(run):
    ev = run("Amnesty International condemned the arrests in Bahrain during the 2011 Asian Cup.\n"
             "The Asian Cup organisers praised the Bahraini government.")
    [c] = by_type(ev, "criticism")
    slugs = {t.slug for t in c.topics}
    assert "human-rights" in slugs and "bahrain" in slugs
    kinds = {t.slug: t.kind for t in c.topics}
    assert kinds["bahrain"] == "place"


def test_named_event_short_mention(run):
    ev = run("Athletes arrived for the Winter Olympics in Vancouver.\n"
             "Canada praised the Games volunteers, Canadian officials said on Friday.")
    [p] = by_type(ev, "praise")
    assert any(t.kind == "named_event" and t.slug == "winter-olympics" for t in p.topics)


def test_no_report_time_inheritance(run):
    text = ("Field Marshal Mohamed Hussein Tantawi met Wael Ghonim in Cairo, state television said Friday.\n"
            "The young activist had been released by Egyptian police.\n"
            "Tantawi also criticized Hosni Mubarak.\n"
            "The Egyptian military has so far refused to lift the emergency law.")
    ev = extract(text, __import__("datetime").datetime(2011, 2, 19)).events
    crit = by_type(ev, "criticism")
    assert crit and crit[0].date is None  # two sentences after the dated lede: no article-wide report time
    ref = by_type(ev, "denial")
    assert ref and ref[0].date is None  # present perfect / "so far": undated


def test_date_in_another_clause_does_not_govern(run):
    ev = run("Timothy Geithner has criticized the plan, and Congress plans to take it up next year.")
    [c] = by_type(ev, "criticism")
    assert c.date is None
