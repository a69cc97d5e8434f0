"""Precision: each test is a made-up news sentence for one error category seen on
unseen Timeline17 samples."""
from conftest import by_type, names


# -- reader comments ---------------------------------------------------------------------
def test_reader_comment_block_yields_no_event(run):
    assert not run("bluefox77 wrote: Senator Ray Hollis attacked the governor and resigned on Monday.")
    assert not run("Dana Price wrote: The company sacked Tom Wells last week.")


# -- background counts and non-events ----------------------------------------------------
def test_participle_on_counted_noun_is_background(run):
    ev = run("Relatives of 23 Dutch sailors killed off Somalia asked the navy for an inquiry.")
    assert not by_type(ev, "attack") and not by_type(ev, "death")


def test_negated_count_subject_yields_no_event(run):
    assert not run("Not one Norwegian died in the fire.")
    assert not run("Not a single Dane was hurt in the blast.")


def test_vague_plural_count_is_no_event(run):
    ev = run("Officials in Lima said there had been so many deaths in Peru.")
    assert not by_type(ev, "death")


# -- names ---------------------------------------------------------------------------------
def test_word_glued_before_a_known_name_is_trimmed(run):
    ev = run("Carla Mendes spoke in Boston. Two years after Sandy Carla Mendes visited Houston on Monday.")
    [v] = by_type(ev, "visit")
    assert names(v, "agent") == {"Carla Mendes"}


# -- pronoun "it" ------------------------------------------------------------------------
def test_it_ambiguous_between_organisations_is_left_unresolved(run):
    ev = run("Globex Corp said Initech Inc was under pressure. Last week it agreed to cancel payments.")
    assert not any(names(e) & {"Globex Corp", "Initech Inc", "Globex", "Initech"} for e in by_type(ev, "agreement"))


def test_it_with_one_organisation_in_view_is_resolved(run):
    ev = run("Petrolux said profits rose. Last week it agreed to cancel payments to shareholders.")
    [a] = by_type(ev, "agreement")
    assert names(a, "agent") == {"Petrolux"}


# -- agent through an appositive participle ---------------------------------------------------
def test_flanked_by_phrase_does_not_give_the_agent(run):
    ev = run("Governor Ray Hollis, flanked by Tom Wells and Dana Price, asked Congress "
             "to approve the budget on Friday.")
    [a] = by_type(ev, "appeal")
    assert names(a, "agent") == {"Ray Hollis"}


def test_aside_names_are_not_a_fallback_subject(run):
    ev = run("The governor , flanked by Tom Wells and Dana Price , asked Congress to approve the budget.")
    assert not any(names(e, "agent") & {"Tom Wells", "Dana Price"} for e in ev)


# -- status ------------------------------------------------------------------------------------
def test_is_to_meet_is_planned(run):
    ev = run("Chancellor Anna Berg is to meet Pierre Lamy in Geneva.")
    [m] = by_type(ev, "meeting")
    assert m.status == "planned"


# -- participles and phrasal verbs ---------------------------------------------------------------
def test_participle_adjective_is_no_event(run):
    assert not by_type(run("Mayor Tom Wells saw dying trees and dead fish in the marsh."), "death")


def test_wound_up_is_no_injury(run):
    ev = run("The senator was accused of bias and wound up backing off from the plan.")
    assert not by_type(ev, "injury")


# -- page furniture ----------------------------------------------------------------------------
def test_signed_comment_line_is_not_reportage(run):
    assert not run("Dana Price: Over 2 million people died.")


def test_byline_run_into_text_is_not_reportage(run):
    assert not run("Anna Berg Sky News Paul Reed from Rome Let's recap: the prime minister will resign.")


def test_simple_present_with_weekday_is_not_a_past_act(run):
    ev = run("The talks that matter take place in Geneva on Wednesday when Anna Berg meets Pierre Lamy.")
    assert not [m for m in by_type(ev, "meeting") if m.status == "occurred" and m.date is not None]


def test_perfect_progressive_for_years_is_a_habit(run):
    ev = run("Tom Wells pondered the fate of the beach he has been visiting for years.")
    assert not by_type(ev, "visit")
