"""Trigger -> type and agent/target from the parse."""
import pytest
from conftest import by_type, names


def test_meeting_with_conjuncts(run):
    ev = run("German Chancellor Angela Merkel met with French President Nicolas Sarkozy and "
             "Italian Prime Minister Silvio Berlusconi in Brussels on Friday.")
    [m] = by_type(ev, "meeting")
    assert names(m, "agent") == {"Angela Merkel"}
    assert {"Nicolas Sarkozy", "Silvio Berlusconi"} <= names(m)
    assert m.date is not None and m.date.value == "2011-03-11"


def test_passive_agent_with_metonymy(run):
    ev = run("The opposition accused the government of fraud, a charge flatly denied by Moscow.")
    denial = by_type(ev, "denial")
    assert denial and names(denial[0], "agent") == {"Russia"}


def test_dative_target(run):
    ev = run("Iran has denied Amnesty International access to the prison.")
    [d] = by_type(ev, "denial")
    assert names(d, "agent") == {"Iran"}
    assert "Amnesty International" in names(d, "target")
    assert d.date is None  # present perfect: undated


def test_direct_object_target(run):
    ev = run("Russian President Dmitry Medvedev congratulated Barack Obama on his election victory.")
    [p] = by_type(ev, "praise")
    assert names(p, "agent") == {"Dmitry Medvedev"} and names(p, "target") == {"Barack Obama"}


def test_nominal_with_light_verb(run):
    ev = run("The United Nations launched an appeal for $560 million on Friday.")
    [a] = by_type(ev, "appeal")
    assert names(a, "agent") == {"United Nations"}


def test_passive_arrest(run):
    ev = run("Opposition leader Ayman Nour was arrested by Egyptian police on Tuesday.")
    [a] = by_type(ev, "arrest")
    assert names(a, "target") == {"Ayman Nour"} and names(a, "agent") == {"Egypt"}
    assert a.date.value == "2011-03-08"


def test_plain_said_is_not_an_event(run):
    assert run("The minister said the economy was in good shape, his spokesman said Saturday.") == []


def test_mentioned_in_passing_is_not_an_event(run):
    assert by_type(run("Fishermen worried about the BP oil spill and its effect on tourism."), "spill") == []


@pytest.mark.parametrize("sentence, owner", [
    ("BP's shares fell sharply on Tuesday.", "BP"),
    ("Shares in BP fell a further 5% on Tuesday.", "BP"),
    ("Shares of Citigroup plunged 20 percent on Friday.", "Citigroup"),
    ("BP stock rose 1.4 percent on Wednesday.", "BP"),
    ("General Motors' stock price plunged 31 percent on Thursday.", "General Motors"),
    ("The Dow fell 300 points on Monday.", None),  # an index is what moved, not an actor
    ("Its shares fell 5 percent on Monday.", None),  # a pronoun with no antecedent stays unnamed
    ("Petrolux said it would pay. Its shares fell 5 percent.", "Petrolux"),
    ("Bankers say Petrolux is on a drive for its stock, whose price has fallen by half since April.", "Petrolux"),
])
def test_market_move_target_is_the_owner_of_what_moved(run, sentence, owner):
    [m] = by_type(run(sentence), "market_move")
    assert names(m) == ({owner} if owner else set())
    assert names(m, "target") == names(m)
