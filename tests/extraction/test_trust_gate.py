"""The trust gate and the rules of the precision round after the strict judging of seeds 201-203:
each row is a real sentence shape from Timeline17 news (fixture publication day: Saturday 2011-03-12)."""
import pytest
from conftest import by_type, names


# -- actor names: titles out of the name, the surname resolved to the full name ----------------------
@pytest.mark.parametrize("text, type_name, role, expect", [
    ("Dr Steven Shafer told the court on Monday that Propofol was dangerous. Dr Shafer also criticised "
     "Dr Murray for talking on the phone.", "criticism", "agent", {"Steven Shafer"}),
    ("Coast Guard Adm. Thad Allen spoke on Friday. Adm Allen refused to give a specific timescale for "
     "the operation.", "denial", "agent", {"Thad Allen"}),
    ("Belfast appeal Dean Houston McKelvey has started an appeal for the quake victims. Dean McKelvey "
     "criticised the government on Monday.", "criticism", "agent", {"Houston McKelvey"}),
])
def test_title_is_not_part_of_the_name(run, text, type_name, role, expect):
    events = by_type(run(text), type_name)
    assert events and all(names(e, role) == expect for e in events)


@pytest.mark.parametrize("text, forbid", [
    # a description that says nothing about the person is dropped, not kept garbled
    ("So it has come to pass in the Gulf of Mexico Kevin Costner signed a deal with Petrolux on Monday.",
     {"Mexico"}),
])
def test_garbled_description_is_dropped(run, text, forbid):
    for e in run(text):
        for a in e.actors:
            assert a.description not in forbid


# -- a participant the sentence names must hold a role ---------------------------------------------
@pytest.mark.parametrize("text, type_name, target", [
    ("Homeland Security Secretary Janet Napolitano was touring the Alabama coast on Monday.", "visit", "Alabama"),
    ("Barack Obama sat down with the heads of the commission, Bob Graham and William Reilly, on Tuesday.",
     "meeting", "William Reilly"),
])
def test_named_participant_is_assigned(run, text, type_name, target):
    events = by_type(run(text), type_name)
    assert events and all(target in names(e) for e in events)


@pytest.mark.parametrize("text, type_name, target", [
    ("Petrolux blamed Transocean's blowout preventer for the blast on Monday.", "accusation", "Transocean"),
    ("BP urged Transocean, Anadarko and MOEX to pay their share on Monday.", "appeal", "MOEX"),
    ("BP also urged other defendants in the case, including rig owner Transocean Holdings LLC, Anadarko "
     "Petroleum Corp and MOEX Offshore 2007, to pay.", "appeal", "Transocean Holdings LLC"),
    ("BP blamed the failure of Transocean's blowout preventer on Monday.", "accusation", "Transocean"),
    ("To consummate the deal, the FDIC promised to limit Citigroup's losses on Monday.", "pledge", "Citigroup"),
])
def test_named_participant_left_out_drops_the_event(run, text, type_name, target):
    assert all(target in names(e) for e in by_type(run(text), type_name))


# -- dates -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_name", [
    # a planned act does not take the date of the saying / announcing
    ("Louisiana officials plan to ask Petrolux to pay for the berms, Gov. Bobby Jindal said Saturday.", "appeal"),
    ("The US Government announced at the beginning of March that it will investigate Petrolux.", "investigation"),
    # no article-wide report time: a later sentence without a date of its own stays undated
    ("Barack Obama met Angela Merkel on Friday, officials said.\nThe summit was long.\n"
     "Barack Obama banned deep water drilling in the gulf.", "restriction"),
])
def test_date_not_borrowed(run, text, type_name):
    events = by_type(run(text), type_name)
    assert events and all(e.date is None for e in events)


def test_date_after_a_bare_preposition_dates_the_verb(run):
    ev = run("In a visit to Louisiana, Barack Obama stressed on Sunday Petrolux was responsible for paying for "
             "the cleanup.")
    [s] = by_type(ev, "statement")
    assert s.date is not None and s.date.value == "2011-03-06"


def test_back_reference_to_a_dated_meeting(run):
    ev = run("Antonio Guterres met Xi Jinping in Beijing on Friday, his spokesman said.\n"
             "Campaigners say a million people are held.\n"
             "Guterres congratulated Xi on the organisation of the Games in their talks.")
    [p] = by_type(ev, "praise")
    assert p.date is not None and p.date.value == "2011-03-11"


# -- word sense --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_name", [
    ("George Clooney attended the Golden Globe awards, where he was nominated for best actor.", "appointment"),
    ("UN worker Frederick Wooldridge was the first Briton named among the dead.", "appointment"),
    ("The deadliest incident was on November 15 2003, when two Black Hawk helicopters collided in Mosul, "
     "killing 17 soldiers.", "attack"),
    ("The previous most deadly incident involving US troops was on November 15 2003, when two Black Hawk "
     "helicopters collided in Mosul while trying to avoid ground fire, killing 17 soldiers.", "attack"),
    ("It was only one-sixth of the crude that surged into the gulf over three months.", "market_move"),
])
def test_sense_constraints(run, text, type_name):
    assert not by_type(run(text), type_name)


# -- modality ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_name, allowed", [
    ("Petrolux is poised to announce a record loss.", "statement", {"planned"}),
    ("Barack Obama has not ruled out meeting Tony Hayward.", "meeting", set()),
    ("Carl-Henric Svanberg will not decide until after he has met Barack Obama.", "meeting", {"planned"}),
])
def test_modality_words(run, text, type_name, allowed):
    assert {e.status for e in by_type(run(text), type_name)} <= allowed


# -- round 7: names run together across a lost sentence break -----------------------------------------
def test_merged_names_are_dropped():
    from service.extraction.actors import Actor
    from service.extraction.trust import _merged_surname
    pastor = Actor(name="Michael Pastor Murray", kind="person", name_tokens=frozenset())
    murray = Actor(name="Conrad Murray", kind="person", name_tokens=frozenset())
    bush = Actor(name="George W. Bush", kind="person", name_tokens=frozenset())
    laura = Actor(name="Laura Bush", kind="person", name_tokens=frozenset())
    assert _merged_surname(pastor, [pastor, murray])
    assert not _merged_surname(murray, [pastor, murray])
    assert not _merged_surname(bush, [bush, laura])  # an initial is no merged name


def test_run_on_description_is_dropped():
    from service.extraction.resources import get_resources
    from service.extraction.trust import _run_on_description
    res = get_resources()
    assert _run_on_description("Washington US speaker", res)
    assert not _run_on_description("US speaker", res)
    assert not _run_on_description("British Prime Minister", res)


def test_caps_caption_in_a_name_is_bad():
    from service.extraction.resources import get_resources
    from service.extraction.trust import _bad_name
    res = get_resources()
    assert _bad_name("Obama - WHO STOPPED", "person", res)
    assert not _bad_name("ENA ZIZI", "person", res)
    assert not _bad_name("Barack Obama", "person", res)


# -- precision round after the strict judging of seeds 204-206 -------------------------------------
@pytest.mark.parametrize("text, type_name", [
    # inverted conditional: "Had/Were/Should" before the subject opens a condition, no event
    ("Had he been killed in that action, no argument.", "attack"),
    ("Were the well to collapse, the oil would gush for months.", "disaster"),
    ("Should they refuse to pay, Petrolux will face new charges.", "charge"),
    # a simile compares, reports nothing
    ("\"It's like waiting for a hurricane to hit,\" said Mike Voisin, owner of Motivatit Seafood.", "disaster"),
    # a future seen from the past never happened
    ("NVCJD was going to kill millions.", "attack"),
    # simple present + iterative adverb: habitual
    ("Fisk repeatedly emphasises messages that he feels should have been learned from history.", "statement"),
    # present perfect + "before" / "in the past" / "many times": career background
    ("Smith, who has sued major oil companies before, immediately contacted toxicologists.", "lawsuit"),
    ("Petrolux has sued Transocean many times.", "lawsuit"),
])
def test_non_event_shapes_are_dropped(run, text, type_name):
    assert not by_type(run(text), type_name)


@pytest.mark.parametrize("text, type_name", [
    # rows the rules above must leave alone
    ("Petrolux said it had sued Transocean on Monday.", "lawsuit"),
    ("Police said Taliban fighters had killed 11 workers near Kandahar on Monday.", "attack"),
    ("Taleb has blasted bankers and economists on Monday.", "criticism"),
    ("Petrolux has sued Transocean on Monday.", "lawsuit"),
    ("Barack Obama met Gordon Brown in London on Monday.", "meeting"),
    ("US troops raided a house in Falluja on Monday, killing two insurgents.", "attack"),
])
def test_real_events_are_kept(run, text, type_name):
    assert by_type(run(text), type_name)


@pytest.mark.parametrize("text, wrong, right", [
    # "attacked" + an abstract object is verbal: criticism
    ("Bill Clinton also attacked the tone of the BBC coverage at a seminar on the media.", "attack", "criticism"),
    ("Senator Joe Barton attacked the plan on Monday.", "attack", "criticism"),
    # a police raid on offices is a search, part of an investigation
    ("Dr Murray's offices were raided last month as part of the police investigation into the singer's death.",
     "attack", "investigation"),
    # a sports fixture is no diplomatic meeting
    ("There's commentary of the second FA Cup semi-final live from Wembley as Harry Redknapp's Tottenham "
     "Hotspur meets his former side, Portsmouth.", "meeting", None),
    ("Manchester City meets Birmingham in the Premier League on Saturday.", "meeting", None),
])
def test_word_sense_by_object_and_context(run, text, wrong, right):
    ev = run(text)
    assert not by_type(ev, wrong)
    if right is not None:
        assert by_type(ev, right)


@pytest.mark.parametrize("text, type_name, forbid", [
    # a kin noun's named possessor, or a "he" read as a woman, is not the victim
    ("His wife Lynthia said that after he had been injured he was told he had only a 50-50 chance of surviving.",
     "injury", "Lynthia"),
    ("Ms Toward added: \"He has been talking about his dad and wants to tell him how proud he is that he "
     "fought and died for his country.\"", "death", "Toward"),
    ("John Smith's wife was injured in the blast on Monday.", "injury", "John Smith"),
    ("Ms Toward's husband died on Monday.", "death", "Toward"),
])
def test_kin_possessor_is_not_the_victim(run, text, type_name, forbid):
    for e in by_type(run(text), type_name):
        assert not any(forbid in n for n in names(e, "target"))


@pytest.mark.parametrize("text, type_name, target", [
    ("Ms Toward said she was injured in the blast on Monday.", "injury", "Toward"),
    ("Mr Blair said he was injured in the blast on Monday.", "injury", "Blair"),
])
def test_pronoun_of_matching_sex_is_kept(run, text, type_name, target):
    events = by_type(run(text), type_name)
    assert events and all(any(target in n for n in names(e, "target")) for e in events)


# -- precision round after the strict judging of seeds 210-212 -------------------------------------
@pytest.mark.parametrize("text, type_name, allowed", [
    # a past disaster/accident noun is occurred whatever the main verb's tense
    ("The Democratic Republic of Congo has announced it is sending $2.5 m in emergency aid to Haiti, to help "
     "it cope with last week's earthquake.", "disaster", {"occurred"}),
    ("Relief workers plan to help Haitians cope with Tuesday's earthquake.", "disaster", {"occurred"}),
])
def test_past_disaster_noun_is_not_planned(run, text, type_name, allowed):
    events = by_type(run(text), type_name)
    assert events and {e.status for e in events} <= allowed


def test_a_disaster_ahead_is_a_forecast_not_an_event(run):
    # a disaster noun that is the subject of its own future verb lies ahead: nobody plans it (filter forecast)
    assert not by_type(run("The hurricane will hit Florida on Monday."), "disaster")


@pytest.mark.parametrize("text, type_name, kept", [
    # a third party's forecast of an actor's act is a prediction, not the actor's plan
    ("\"The Fed is going to lower rates,\" he said.", "monetary_policy", False),
    ("Glenn Migliozzi, an investment officer, said the Fed is going to lower rates.", "monetary_policy", False),
    ("Economists predict the Fed will lower rates on Tuesday.", "monetary_policy", False),
    # left alone: a self-announced plan
    ("The Fed said it will lower rates.", "monetary_policy", True),
    ("The Fed said it is going to lower rates.", "monetary_policy", True),
    # a hypothetical option is no lawsuit
    ("That also allows them the option to back out and sue Petrolux.", "lawsuit", False),
    ("Fishermen have the right to sue Petrolux over the spill.", "lawsuit", False),
    ("Fishermen could sue Petrolux over the spill.", "lawsuit", False),
    # left alone: a lawsuit filed
    ("Fishermen sued Petrolux on Monday.", "lawsuit", True),
])
def test_forecast_and_option_are_no_events(run, text, type_name, kept):
    assert bool(by_type(run(text), type_name)) == kept


@pytest.mark.parametrize("text, forbid", [
    # a dateline after a headline line, a name cut from a rig's name, a lower-case noun phrase
    ("Massive Oil Spill Washes Ashore in the Gulf\nNEW ORLEANS -- Petrolux's stock plummeted and took much of "
     "the market down with it Tuesday.", "NEW ORLEANS"),
    ("BP's share price - which had more than halved since the Deepwater Horizon oil rig explosion in April first "
     "triggered the company's woes - has staged an impressive recovery.", "Horizon"),
    ("The White House blocked scientists from warning the public, a report released by the national commission "
     "investigating the oil spill said yesterday.", "national commission"),
])
def test_dateline_cut_name_and_common_noun_are_no_actors(run, text, forbid):
    assert all(forbid not in names(e) for e in run(text))


def test_full_rig_name_is_kept(run):
    ev = run("The loss of 11 lives in last month's Deepwater Horizon explosion has left a deep emotional impact.")
    assert any("Deepwater Horizon" in names(e, "agent") for e in ev)


def test_line_dateline_needs_a_line_start_and_a_dash():
    from service.extraction.actors import _line_dateline
    from service.extraction.nlp import get_nlp
    nlp = get_nlp()
    doc = nlp("Oil Spill Washes Ashore\nNEW ORLEANS -- BP's stock plummeted.")
    assert any(_line_dateline(e) for e in doc.ents if e.text == "NEW ORLEANS")
    doc = nlp("Barack Obama flew to NEW ORLEANS on Tuesday.")
    assert not any(_line_dateline(e) for e in doc.ents)
