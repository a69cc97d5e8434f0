"""Status: occurred / planned / possible / claimed / negated."""
from conftest import by_type, names


def test_appeal_is_not_the_visit(run):
    ev = run("IAEA chief Yukiya Amano told leaders in Tehran he expects them to allow inspectors to make a "
             "visit to the site, his spokesman said Saturday.")
    [a] = by_type(ev, "appeal")
    assert names(a, "agent") == {"Yukiya Amano"} and a.date.value == "2011-03-12"
    assert not by_type(ev, "visit")


def test_negated(run):
    [m] = by_type(run("Nicolas Sarkozy did not meet Muammar Gaddafi in Paris."), "meeting")
    assert m.status == "negated"


def test_planned_and_possible(run):
    [v] = by_type(run("Barack Obama will visit Egypt next month."), "visit")
    assert v.status == "planned"
    # speculation ("may", "could", "might", "must", "if ...") is read as possible and not emitted:
    # no event happened, and an analyst's timeline lists events, not conjectures
    assert not by_type(run("Barack Obama may visit Egypt next month."), "visit")


def test_claimed_with_source(run):
    ev = run("Activists say Syrian security forces arrested Suheir Atassi in Damascus.")
    [a] = by_type(ev, "arrest")
    assert a.status == "claimed" and a.claim_source == "Activists"
    assert "Syria" in names(a, "agent")


def test_self_report_stays_occurred(run):
    ev = run("The World Bank said late last month it would not be forthcoming before the summit.")
    [d] = by_type(ev, "delay")
    assert d.status == "occurred" and names(d, "agent") == {"World Bank"}
    assert d.date.value == "2011-02" and d.date.mod == "END"
