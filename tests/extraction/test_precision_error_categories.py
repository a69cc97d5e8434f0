"""Precision fixes: each test is a made-up news sentence for one error category seen on
unseen Timeline17 samples (publication day of the fixture: Saturday 2011-03-12)."""
from datetime import datetime

import pytest
from conftest import by_type, names


# -- sentence quality -------------------------------------------------------------------
def test_runon_caption_split_keeps_event_in_its_own_sentence(run):
    ev = run("Aceh was flattened by the 2004 tsunami The last disaster on that scale was "
             "the January earthquake in Haiti.")
    [d] = [e for e in by_type(ev, "disaster") if e.trigger == "earthquake"]
    assert "Aceh" not in d.sentence


def test_runon_sentence_does_not_lend_its_date(run):
    ev = run("Farrah Moreno died in June 2009 at the age of 50 However, one doctor has been "
             "referred to the state medical board.")
    [d] = by_type(ev, "death")
    assert names(d) == {"Farrah Moreno"} and d.date.value == "2009-06"


def test_first_person_comment_is_not_reportage(run):
    assert not run("I even read once of plans to evacuate Lisbon to the coast by train.")
    assert not run("We know the government inexplicably agreed with Petrolux that spills were harmless.")


def test_exclamation_is_comment(run):
    assert not run("Surely Germolene cannot claim to kill swine flu!")


# -- word sense --------------------------------------------------------------------------
def test_killed_in_an_explosion_is_no_attack(run):
    ev = run("Roy Kemp was killed in the explosion on the Ocean Star platform on Monday.")
    assert not by_type(ev, "attack")
    ev = run("The Petrolux rig Ocean Star exploded on April 20, killing 11 workers.")
    assert not by_type(ev, "attack")


def test_killing_people_is_an_attack(run):
    ev = run("Taliban fighters killed 11 workers near Kandahar on Monday.")
    [a] = by_type(ev, "attack")
    assert a.date.value == "2011-03-07"


# -- roles -------------------------------------------------------------------------------
def test_possessive_organisation_is_not_part_of_a_name(run):
    [s] = by_type(run("Mexicana's Crespo stressed on Monday that carriers still have work to do."), "statement")
    assert names(s, "agent") == {"Crespo"}


def test_photo_credit_is_not_part_of_a_name(run):
    ev = run("Photograph: Patrick Semansky/AP Barack Obama on Monday announced new drilling rules.")
    [s] = by_type(ev, "statement")
    assert names(s, "agent") == {"Barack Obama"}


def test_caption_word_is_not_part_of_a_name(run):
    ev = run("Quote Michelle Obama (End) urged tourists on Monday not to abandon the Gulf Coast.")
    [a] = by_type(ev, "appeal")
    assert names(a, "agent") == {"Michelle Obama"}


def test_reported_he_is_the_speaker(run):
    ev = run("Tony Haslam met Carl Svensson on Monday. Haslam, who has faced criticism from Svensson, "
             "told the BBC on Tuesday that he had resigned.")
    [r] = by_type(ev, "resignation")
    assert names(r, "agent") == {"Tony Haslam"}


def test_possessor_of_an_appointment_is_the_appointee(run):
    ev = run("Svensson's appointment as chairman of Petrolux last year surprised investors.")
    for a in by_type(ev, "appointment"):
        assert "Svensson" not in names(a, "agent")


def test_country_compound_of_a_spill_is_not_its_agent(run):
    ev = run("The worst U.S. offshore oil spill began on April 20.")
    for s in by_type(ev, "spill"):
        assert "United States" not in names(s, "agent")


# -- modality ----------------------------------------------------------------------------
def test_yet_to_arrive_is_negated(run):
    ev = run("The Angolan minister, Jose Botelho, has yet to arrive in Vienna for the meeting.")
    assert all(v.status == "negated" for v in by_type(ev, "visit"))


def test_generic_present_is_dropped(run):
    assert not run("Even current budget numbers are unclear because spending falls into two categories.")
    assert not run("Not only Iraqis make the allegations.")


def test_present_denial_is_kept(run):
    [d] = by_type(run("Dr Conrad Marley denies involuntary manslaughter."), "denial")
    assert names(d, "agent") == {"Conrad Marley"}


def test_called_off_visit_is_negated(run):
    ev = run("A day later, Petrolux called off the visit to the Ocean Star rig.")
    assert all(v.status == "negated" for v in by_type(ev, "visit"))


# -- dating ------------------------------------------------------------------------------
def test_subordinate_background_does_not_inherit_a_date(run):
    ev = run("European leaders met in Brussels on Friday. Merkel had resisted adopting a plan to "
             "nationalize banks, along the lines of a plan announced by Britain.")
    for s in by_type(ev, "statement"):
        assert s.date is None


def test_previous_sentence_date_needs_a_shared_actor(run):
    ev = run("Angela Merkel met Nicolas Sarkozy in Paris on Friday. Barack Obama banned deep water "
             "drilling in the gulf.")
    [r] = by_type(ev, "restriction")
    assert r.date is None


def test_previous_sentence_date_carries_over_with_shared_actor(run):
    ev = run("Angela Merkel met Nicolas Sarkozy in Paris on Friday. Merkel criticised the banks.")
    [c] = by_type(ev, "criticism")
    assert c.date is not None and c.date.value == "2011-03-11"


def test_shared_auxiliary_makes_conjunct_perfect(run):
    ev = run("Petrolux met regulators on Friday. Petrolux has already paid $8 billion and promised "
             "to set aside another $20 billion.")
    [p] = by_type(ev, "pledge")
    assert p.date is None


def test_date_of_another_noun_is_not_the_events(run):
    ev = run("The Jonas Brothers have postponed Sunday's shows in Monterrey to July 31.")
    for d in by_type(ev, "delay"):
        assert d.date is None or d.date.value != "2011-03-06"
    ev = run("The Congress was investigating the March 2005 explosion at the Texas City refinery.")
    for i in by_type(ev, "investigation"):
        assert i.date is None or i.date.value != "2005-03"


def test_for_period_is_not_the_event_date(run):
    ev = run("Analysts expect Petrolux to announce a smaller dividend for the fourth quarter.")
    for s in by_type(ev, "statement"):
        assert s.date is None


def test_planned_weekday_lies_ahead(run):
    ev = run("Barack Obama will travel to Louisiana on Friday, the White House said.",
             datetime(2010, 5, 26, 12, 0))
    [v] = by_type(ev, "visit")
    assert v.date is None or v.date.value == "2010-05-28"


def test_participial_clause_dates_the_main_clause(run):
    ev = run("Speaking in Washington on Tuesday, Barack Obama pledged to bring those responsible to justice.")
    [p] = by_type(ev, "pledge")
    assert p.date is not None and p.date.value == "2011-03-08"


def test_physical_surge_is_no_market_move(run):
    assert not by_type(run("Once oil and gas began surging to the surface, workers fled the rig."), "market_move")
    [m] = by_type(run("Petrolux shares fell 3% on Monday."), "market_move")
    assert m.date.value == "2011-03-07"


def test_relative_clause_is_not_dated_by_the_main_clause(run):
    ev = run("The chairmen of the Oil Spill Commission, which is conducting an inquiry into the disaster, "
             "expressed skepticism on Monday about the rig's safety record.")
    for i in by_type(ev, "investigation"):
        assert i.date is None


def test_possible_weekday_lies_ahead(run):
    ev = run("The House could vote on the bill as early as Wednesday.", datetime(2010, 5, 25, 12, 0))
    for v in by_type(ev, "vote"):
        assert v.date is None or v.date.value == "2010-05-26"


def test_sentence_with_its_own_dates_does_not_inherit(run):
    ev = run("Angela Merkel met Nicolas Sarkozy in Paris on Friday. The summit on Thursday drew protests "
             "and Merkel criticised the banks.")
    for c in by_type(ev, "criticism"):
        assert c.date is None or c.date.value != "2011-03-11"


def test_agreeing_that_is_an_opinion(run):
    ev = run("Robert Tomlin, a professor at Syracuse University, agreed on Monday that the media has to "
             "balance restraint with coverage.")
    assert not by_type(ev, "agreement")
    [a] = by_type(run("Nalco Holding agreed on Monday to disclose the ingredients."), "agreement")
    assert names(a, "agent") == {"Nalco Holding"}


def test_after_clause_is_not_dated_by_the_main_clause(run):
    ev = run("Bob Dudley took up his post earlier this month after his predecessor Tony Haslam stepped down.")
    for r in by_type(ev, "resignation"):
        assert r.date is None


def test_wire_dateline_inside_text_is_no_actor(run):
    ev = run("| Wed Jun 16, 2010 7:59 pm EDT WASHINGTON (Reuters) - Under pressure, Petrolux agreed on "
             "Wednesday to set up a $20 billion fund.", datetime(2010, 6, 16, 12, 0))
    for a in by_type(ev, "agreement"):
        assert "Reuters" not in names(a)


def test_clause_in_which_shares_the_antecedents_date(run):
    ev = run("On September 30, 1934 Franklin Roosevelt delivered a radio address in which he urged an end "
             "to hostilities between management and labor.")
    [a] = by_type(ev, "appeal")
    assert a.date is not None and a.date.value == "1934-09-30"


def test_withdrawal_from_a_country_is_not_by_it(run):
    ev = run("British troops will start a major withdrawal from Iraq next May.")
    for w in by_type(ev, "withdrawal"):
        assert "Iraq" not in names(w, "agent")


def test_nominal_after_following_is_not_dated_by_main_clause(run):
    ev = run("On Friday, a US court ordered the papers' release following a request by the American "
             "Civil Liberties Union.")
    for a in by_type(ev, "appeal"):
        assert a.date is None


def test_stray_date_compound_after_on_dates_the_event(run):
    ev = run("On Saturday Foreign Minister Patricia Espinosa criticised China for cutting flights to Mexico.")
    [c] = by_type(ev, "criticism")
    assert c.date is not None and c.date.value == "2011-03-12"


def test_legal_appeal_is_no_appeal_for_action(run):
    assert not by_type(run("The US Coast Guard appealed the Massachusetts Oil Spill Prevention Act on Monday."),
                       "appeal")
    [a] = by_type(run("Ban Ki-moon appealed for calm on Monday."), "appeal")
    assert names(a, "agent") == {"Ban Ki-moon"}


def test_bare_adverbial_date_after_object_dates_the_event(run):
    [s] = by_type(run("Nicolas Sarkozy announced a separate set of measures Wednesday."), "statement")
    assert s.date is not None and s.date.value == "2011-03-09"


def test_to_blame_is_no_accusation_by_its_subject(run):
    ev = run("Petrolux insists that the rig's contractor, Transocean, was to blame for the accident.")
    for a in by_type(ev, "accusation"):
        assert "Transocean" not in names(a, "agent")


def test_holding_up_a_nomination_is_not_making_it(run):
    ev = run("Senator Mary Landry is holding up Jacob Lewin's nomination in the aftermath of the accident.")
    for a in by_type(ev, "appointment"):
        assert "Mary Landry" not in names(a, "agent")


def test_country_possessor_of_a_spill_is_a_place(run):
    ev = run("Britain's worst-ever oil spill in 1967 was handled disastrously.")
    for s in by_type(ev, "spill"):
        assert "United Kingdom" not in names(s, "agent")


def test_demonym_in_a_disease_name_is_no_target(run):
    ev = run("The 1918 Spanish flu pandemic was caused by an H1N1 form of influenza.")
    for o in by_type(ev, "outbreak"):
        assert "Spain" not in names(o)


def test_timezone_is_not_part_of_a_name(run):
    ev = run("Wednesday 7 September 2005 09.33 BST Kofi Annan ordered an inquiry into the affair last year.")
    for i in by_type(ev, "investigation"):
        assert "BST Kofi Annan" not in names(i)


def test_advice_to_the_reader_is_not_reportage(run):
    assert not run("You can stick with your administrator now that Wachovia has been acquired.")


def test_political_donation_is_no_aid(run):
    ev = run("Petrolux donated $4.7 million to political advocacy groups on Monday.")
    assert not by_type(ev, "aid")
    [a] = by_type(run("China donated $1 million to earthquake victims in Haiti on Monday."), "aid")
    assert "China" in names(a, "agent")


def test_stopped_investigating_happened(run):
    # the investigation happened and ended (judged so twice in round 11); the spokeswoman claims it
    ev = run("The Drug Enforcement Agency has also stopped investigating other doctors, a spokeswoman said.")
    assert [i.status for i in by_type(ev, "investigation")] == ["claimed"]


def test_stopped_short_of_is_negated(run):
    ev = run("Barack Obama stopped short of calling for the resignation of Petrolux chief Tony Hayward.")
    assert all(e.status == "negated" for e in ev if e.type in ("appeal", "demand"))


def test_imperative_is_not_reportage(run):
    assert not run("Let Cairo drown in garbage.")


def test_honorific_inside_a_name_ends_it(run):
    ev = run("Cycle boy Charlie Simms praised by Gordon Brown Mrs Brown stood in for her husband on Monday.")
    for e in ev:
        assert "Gordon Brown Mrs Brown" not in names(e)


def test_reduced_participle_with_object_is_active(run):
    ev = run("They watched as President George Bush, nearby in the rose garden, signed into law sweeping "
             "legislation on Friday.")
    for e in by_type(ev, "law_passage"):
        assert not {"George Bush", "George W. Bush"} & names(e, "target")


def test_negated_subject_negates(run):
    ev = run("Not one Briton died in the outbreak last week.")
    assert all(d.status == "negated" for d in by_type(ev, "death"))


def test_negated_modal_is_dropped(run):
    assert not run("Monopoly's rules note that the Banker can not go bankrupt.")


def test_publication_stamp_is_no_event_date(run):
    ev = run("Oil spill clean-up machines help Petrolux Wednesday 16 June 2010 13.15 BST Kevin Coster said "
             "Petrolux had announced the spill response.", datetime(2010, 6, 16, 12, 0))
    for e in ev:
        assert e.date is None or e.date.value != "2010-06-16" or e.date.text != "Wednesday 16 June 2010"


def test_cataphoric_he_is_the_main_subject(run):
    ev = run("Tony Blair praised the cabinet on Monday. Even as he resigned on Tuesday, Robin Cooke sought "
             "to minimise the damage to the government.")
    [r] = by_type(ev, "resignation")
    assert names(r, "agent") == {"Robin Cooke"}


def test_expected_past_weekday_is_not_moved_ahead(run):
    ev = run("Thousands of people are expected to have died in Tuesday's earthquake in Haiti.",
             datetime(2010, 1, 14, 12, 0))
    for d in by_type(ev, "disaster"):
        assert d.date is None or d.date.value == "2010-01-12"


def test_page_stamp_sentence_is_not_reportage(run):
    assert not run("30 September 2011 Last updated at 06:15 GMT Help Michael Jackson's doctor told the "
                   "bodyguard to pick up vials on the day he died.")
    assert not run("First hurricane of season hits oil spill clean-up Wednesday 30 June 2010 13.15 BST "
                   "Hurricane Alex halts efforts.")


def test_timeline_list_is_not_reportage(run):
    assert not run("The war is over 1973 Mark tackles Watergate 1976 Andy comes out 1980 Reagan heads for "
                   "the White House.")


# -- actor names: titles, glued words, described people, lowercase words ---------------------
@pytest.mark.parametrize("text, type_name, expect, forbid", [
    # a title taken as the name: the apposition names the person
    ("Roman Catholic Archbishop of Port-au-Prince, Monsignor Joseph Serge Miot died when his office "
     "collapsed on Tuesday.", "death", {"Joseph Serge Miot"}, {"Roman Catholic Archbishop"}),
    # a capitalised sentence-initial verb glued to a name
    ("Rush Limbaugh is constantly blaming Barack Obama for the response. Expecting Obama to know what "
     "to do, Rush Limbaugh blamed Obama on Monday.", "accusation", {"Barack Obama"}, {"Expecting Obama"}),
    # "another Briton": someone described, not a group; "by choosing" takes the main subject
    ("Tony Hayward exacerbated his lack of savvy by choosing another Briton, Alan Parker, as his "
     "adviser on Monday.", "appointment", {"Tony Hayward", "Alan Parker"}, {"Briton", "United Kingdom"}),
])
def test_actor_names(run, text, type_name, expect, forbid):
    events = by_type(run(text), type_name)
    assert events
    got = set().union(*(names(e) for e in events))
    assert expect <= got and not got & forbid


def test_word_written_lowercase_elsewhere_is_no_actor(run):
    ev = run("The propofol was found in the house. Jackson demanded Propofol from Murray on Monday.")
    for e in ev:
        assert "Propofol" not in names(e)


# -- dates: fronted adverbials, scheduled when-clauses, eras -----------------------------------
@pytest.mark.parametrize("text, published, type_name, value", [
    ("Under harsh questioning from lawmakers on Thursday, Tony Hayward urged them to await the outcome "
     "of an investigation.", datetime(2010, 6, 19, 12), "appeal", "2010-06-17"),
    ("In an interview on Sunday, Barack Obama criticised Petrolux.", datetime(2010, 6, 19, 12),
     "criticism", "2010-06-13"),
    ("They are forecasting that Petrolux will report a $5bn profit in the final quarter of last year when it "
     "unveils annual results on Tuesday.", datetime(2011, 1, 30, 12), "statement", "2011-02-01"),
    ("The World Health Organisation declared the first flu pandemic of the 21st century.",
     datetime(2009, 6, 29, 12), "statement", None),  # a declaration, not an outbreak caused by WHO
])
def test_event_dates(run, text, published, type_name, value):
    [e] = by_type(run(text, published), type_name)
    assert (e.date.value if e.date else None) == value


def test_sequence_phrase_date_stays_with_its_noun(run):
    ev = run("After the explosion on April 20, Petrolux announced a fund.", datetime(2010, 6, 19, 12))
    for s in by_type(ev, "statement"):
        assert s.date is None or s.date.value != "2010-04-20"


# -- non-narrative text ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Scotsman Haiti: Survivor freed after a week as aftershock leaves Haitians panic-stricken - 11 hrs ago",
    "Gulf oil spill threat widens, Petrolux shares drop VENICE, La. | Mon May 31, 2010 11:12 pm IST VENICE, "
    "La. (Reuters) -",
    "Their children Richard 1868 died 1870, Annie Evans died with diptheria 1873, Evan Evans born 1874.",
])
def test_page_furniture_and_lists_give_no_event(run, text):
    assert not run(text)


# -- fears, hopes, expectations and needs are no events -----------------------------------------
@pytest.mark.parametrize("text", [
    "Many fishermen fear the spill will wipe out their livelihoods.",
    "Goldman Sachs said it expected the economy to shrink even faster during the fourth quarter.",
    "The health secretary told reporters he wanted Manny Pacquiao to delay his return to the Philippines.",
    "Caricom needs to invest in disaster preparedness.",
    "Smick is a globalist who fears that Americans will start demanding barriers to trade.",
])
def test_attitude_complements_are_not_events(run, text):
    assert not run(text)


def test_scheduled_expectation_stays_planned(run):
    [m] = by_type(run("Barack Obama is expected to meet Hu Jintao on Monday."), "meeting")
    assert m.status == "planned"


# -- reported speech of a third party ----------------------------------------------------------
@pytest.mark.parametrize("text, type_name", [
    ("Conrad Murray told police that he gave Michael Jackson other drugs. But when they did not work, he "
     "claimed Jackson demanded Propofol.", "demand"),
    ("Barack Obama met Angela Merkel on Monday. He said Merkel met Vladimir Putin on Sunday.", "meeting"),
])
def test_pronoun_speaker_reporting_a_named_actor_is_a_claim(run, text, type_name):
    events = [e for e in by_type(run(text), type_name) if "claimed" in e.sentence or "said" in e.sentence]
    assert events and all(e.status == "claimed" for e in events)


def test_self_report_stays_occurred(run):
    [m] = by_type(run("Barack Obama said he met Vladimir Putin on Monday."), "meeting")
    assert m.status == "occurred"


# -- word sense and roles of ambiguous triggers -------------------------------------------------
@pytest.mark.parametrize("text, type_name", [
    ("The fine included $50m relating to a Texas refinery explosion in 2005 that killed 15 people.", "spill"),
    ("A month later he was wounded when a rocket-propelled grenade exploded a foot away from his head.", "spill"),
    ("Rebecca Solnit is in the UK to lend her support to the protest on Monday.", "investment"),
    ("John McCain aggressively pushed back on Monday, accusing Barack Obama of naivety.", "delay"),
    ("Then Petrolux will turn the valves and shoot it in.", "attack"),
    ("BP choked off the flow on Thursday, the first time oil has not spewed since the April 20 explosion on "
     "an offshore rig killed 11 workers.", "attack"),
    ("There was a defence analyst named Derek Harvey, who came to the White House on Monday.", "appointment"),
    ("Police have interviewed Conrad Murray but he has not been named as a suspect.", "appointment"),
])
def test_ambiguous_trigger_is_not_this_type(run, text, type_name):
    assert not by_type(run(text), type_name)


@pytest.mark.parametrize("text, type_name, target", [
    ("The U.S. government threatened on Sunday to remove Petrolux from efforts to seal the well.", "threat",
     "Petrolux"),
    ("Last night Barack Obama demanded billions from Petrolux.", "demand", "Petrolux"),
    ("The Senate pushed back the vote on Petrolux to Friday.", "delay", None),
])
def test_complement_and_source_targets(run, text, type_name, target):
    [e] = by_type(run(text), type_name)
    if target:
        assert target in names(e, "target")


# -- unseen-sample round 3: hypotheticals, hearsay, quoted views, deliberation ----------------
@pytest.mark.parametrize("text, type_name", [
    # a modal on the governing clause: participle and complement clauses are as possible as it
    ("Even if he is caught, the bomber can detonate the explosives, killing those trying to intervene.", "attack"),
    ("A doctor testified that Abdel Megrahi was near death and it would be compassionate to let him die a "
     "free man.", "death"),
    # "'d" parsed as "would" before a participle: a counterfactual "would have fired"
    ("Barack Obama said earlier in the week that he'd fired Petrolux chief Tony Hayward.", "dismissal"),
    # "even" without its "if"
    ("Barack Obama said Petrolux would pay even it was found guilty of negligence by Judge Carl Barbier.",
     "verdict"),
    ("A US oil lawyer said insurance would protect Petrolux against claims even it was found guilty of "
     "negligence by Judge Carl Barbier.", "verdict"),
    # a quoted view with no attribution in the sentence
    ("Otherwise Petrolux are just torturing the people and themselves.\"", "attack"),
    ("\"How Iraq is different is that Americans and British are killing Muslims.", "attack"),
    ("\"The Qur'an says it is wrong for even one innocent Muslim to be killed among 100 guilty people,\" "
     "he said.", "attack"),
    # "too ... to": not done
    ("Mr Obama is perhaps too subtle to blame the Bush administration by name.", "accusation"),
    # the content of a rumour; deliberation
    ("Silvio Berlusconi denies rumours he is to resign.", "resignation"),
    ("But on Tuesday an army official said US forces were considering pulling out of Abu Ghraib.", "withdrawal"),
    # "named as" a description, not a post
    ("Among the liaison people is Bob Lutz, named as a wildlife expert at the University of Miami.",
     "appointment"),
    ("Michael Jackson has been named as the biggest selling artist in the UK.", "appointment"),
    # a verbless list of inquiries
    ("Chemical Safety Board investigation into offshore rules Joint inquiry by the US Coast Guard and the "
     "Bureau of Ocean Energy Management", "investigation"),
])
def test_unrealised_or_unasserted_event_is_dropped(run, text, type_name):
    assert not by_type(run(text), type_name)


@pytest.mark.parametrize("text", [
    "WRAPUP 11-Petrolux says test shuts off oil leak * Obama calls the development a positive sign * Petrolux "
    "shares jump after initial test results * Apache moves ahead on deal",
    "Republicans escalate criticism of oil spill response Tuesday, May 25, 2010; 6:20 PM Republican criticism "
    "of President Barack Obama's response to the spill is escalating.",
])
def test_headline_runs_give_no_event(run, text):
    assert not run(text)


@pytest.mark.parametrize("text, type_name, expect, forbid", [
    # a surname shared by several people: the one named nearby, else the article's first-named bearer
    ("Michael Jackson's brother Tito Jackson spoke. Randy Jackson came too. The concert was held in Cardiff. "
     "It was sold out. Jackson died in June 2009 while rehearsing.", "death", {"Michael Jackson"},
     {"Tito Jackson", "Randy Jackson"}),
    # a given name alone is linked only when close
    ("Professor Dan Morgenstern of the Institute spoke on Monday. The show aired. It was good. Many came. "
     "Later Tim met teenagers. Dan died suddenly on Friday.", "death", {"Dan"}, {"Dan Morgenstern"}),
    # the description in apposition to a name is that person
    ("Daniel Becnel, a Louisiana lawyer who is suing Petrolux, said the findings were absurd.", "lawsuit",
     {"Daniel Becnel", "Petrolux"}, set()),
    # a plural role noun is several people, not the one described with that role
    ("Petrolux chief executive Tony Hayward met Barack Obama. Billy Nungesser sharply criticized Petrolux "
     "executives on Monday.", "criticism", {"Billy Nungesser"}, {"Tony Hayward"}),
])
def test_actor_linking(run, text, type_name, expect, forbid):
    events = by_type(run(text), type_name)
    assert events
    got = set().union(*(names(e) for e in events))
    assert expect <= got and not got & forbid


@pytest.mark.parametrize("text, forbid", [
    ("Conrad Murray told police he gave Michael Jackson the anesthetic Propofol on Monday. Jackson demanded "
     "Propofol from Murray on Monday.", {"Propofol"}),
    ("Last month in the Nigerian delta the SIXTEENTH worst ever oil spill took place.", {"SIXTEENTH"}),
    ("Leaders of Hezbollah praised Barack Obama during the campaign but later rejected the Democrat after he "
     "delivered speeches.", {"Democrat"}),
    ("The group has been linked to last month's Amman hotel bombings.", {"Jordan"}),
    ("He grew up in Ukraine, where in the first days of Nazi occupation his mother, having refused to be "
     "evacuated, was shot.", {"Ukraine"}),
    ("But the spill has forced him and fellow Democrats to rethink their support for such an expansion.",
     {"Democrats"}),
])
def test_things_places_and_described_people_are_no_actors(run, text, forbid):
    for e in run(text):
        assert not names(e) & forbid


@pytest.mark.parametrize("text, published, type_name", [
    # a date on the object of a preposition dates that noun
    ("Barack Obama has pledged to present a package of reforms ahead of a summit of world leaders in London "
     "this April.", datetime(2009, 1, 16, 12), "pledge"),
    # a contrasting while-clause is not dated by the main clause
    ("Hungary's government expects the economy to contract by 6 percent this year, while the forint currency "
     "has fallen sharply.", datetime(2009, 5, 8, 12), "market_move"),
    # a relative clause the parser hung on the verb
    ("Prof Ziegler based his analysis on a US study in October 2004 which estimated that 100,000 Iraqis had "
     "died since the invasion.", datetime(2005, 3, 31, 12), "death"),
    # a coordinated verb with its own time
    ("But AP says Bob Lutz left Miami two decades ago to head a department in Boca Raton, and died four years "
     "before the plan was approved.", datetime(2010, 6, 9, 12), "death"),
    # the previous sentence's date carries over only through the event's agent
    ("Last year, Petrolux paid out about $7bn in dividends. Bob Dudley also pledged to make Petrolux a good "
     "investment.", datetime(2010, 9, 30, 12), "pledge"),
])
def test_date_of_another_clause_is_not_the_events(run, text, published, type_name):
    events = by_type(run(text, published), type_name)
    assert events and all(e.date is None for e in events)


# -- round 7: untouched seeds 197-199 ---------------------------------------------------------------
@pytest.mark.parametrize("text, type_name, target", [
    ("Earlier, the Conservative leader, Michael Howard, demanded that Mr Blair explain why Lord Goldsmith "
     "changed his legal advice.", "demand", "Tony Blair"),
    ("Some U.S. leaders and commentators have called for Petrolux to be barred from drilling in the country "
     "in future.", "appeal", "Petrolux"),
    ("Mr Obama also promised an immediate $100m for Haiti's relief effort.", "pledge", "Haiti"),
    ("Visiting the storm-wrecked town of Biloxi, Mississippi, Mr Bush hugged a sobbing survivor.", "visit", "Biloxi"),
])
def test_complement_possessor_and_place_targets(run, text, type_name, target):
    [e] = by_type(run(text), type_name)
    assert target in {a.name for a in e.actors if a.role == "target"}


@pytest.mark.parametrize("text, type_name", [
    # a named participant in a cut-off that-clause or deep in a prepositional object is left out
    ("The Justice Department has already demanded that the companies involved in the spill, including BP, "
     "Transocean Ltd RIGN.", "demand"),
    ("A Spanish court began an investigation last year into a spill at one of Repsol's Mediterranean rigs, "
     "though that leak was not anywhere near as colossal as the BP spill.", "investigation"),
    # word sense
    ("Hailing from New York, Darwin claims his songs are happy music for sad people.", "praise"),
    ("In Fort Jackson in southern Louisiana, the New Orleans Saints held a rally to help lift the spirits of "
     "communities reeling from the spill.", "protest"),
    ("Born in Bellshill in February 1946, Robin Cook went to school in Aberdeen before going on to read English "
     "literature at Edinburgh University - where he met his first wife, Margaret, a consultant hematologist.",
     "meeting"),
    ("Before the cap was lowered onto the well, 172 million gallons of crude flowed into the sea, unleashed by "
     "the April 20 explosion aboard the drilling rig Deepwater Horizon that killed 11 workers.", "attack"),
    # not an event: fiction, a trend, a count, a possibility
    ("Like the Wall Street brokers who burst into cheers when Gordon Gekko, the supposed-to-be-odious broker in "
     "Oliver Stone's Wall Street, declares \"Greed is good\", films about US marines are bound to be watched by "
     "US marines.", "statement"),
    ("Andy Lippincott dying of Aids, passing over into death listening to the Beach Boys ' Pet Sounds.", "death"),
    ("Alan Greenspan's Fed chose to stand aside as asset prices rose; it preferred to deal with bubbles after "
     "they popped.", "market_move"),
    ("She was in Baghdad for the March 2003 invasion and mobilised 150 volunteers to visit hospitals and attempt "
     "to make the first proper list of people killed or injured by US forces.", "injury"),
    ("On 16 June, the cost of buying financial protection for one year against a possible debt default by "
     "Petrolux reached a staggering 10%.", "bankruptcy"),
])
def test_round7_not_this_event(run, text, type_name):
    assert not by_type(run(text), type_name)


@pytest.mark.parametrize("text, type_name, allowed", [
    ("Mr Obama is expected to order tighter safeguards for offshore drilling and to extend a ban on new "
     "permits for drilling in the Arctic.", "restriction", {"planned"}),
    ("Prime Minister Gordon Brown will discuss the global response to the financial crisis next week when he "
     "meets with President Obama at the White House.", "meeting", {"planned"}),
    ("While the top-level alert would not have an automatic effect on vaccine production, the WHO is expected "
     "to make an announcement alongside any such declaration.", "statement", set()),
    ("Prof Ziegler based some of his analysis on a US study in October 2004 which estimated that up to "
     "100,000 extra Iraqis had died since the invasion.", "death", {"claimed"}),
    ("ENA ZIZI, 69, CATHOLIC CHURCH Ms Zizi said she had been praying constantly while lying in the rubble "
     "Mexican and South African rescue teams pulled Ena Zizi out of the rubble almost exactly one week after "
     "the quake struck.", "disaster", {"occurred"}),
])
def test_round7_status(run, text, type_name, allowed):
    events = by_type(run(text), type_name)
    assert {e.status for e in events} <= allowed and (events or not allowed)


@pytest.mark.parametrize("text, published, type_name, value", [
    # a subjectless conjunct shares the fronted date of its plan
    ("Barack Obama had a good week. In the coming week, he will weigh the latest dose of good news, sign a "
     "Wall Street overhaul into law and hold talks with new British Prime Minister David Cameron.",
     datetime(2010, 7, 18, 12), "meeting", "2010-W29"),
    # a date right after another event noun is that noun's ("over the star's death in June 2009")
    ("The concert was held during the criminal trial of Conrad Murray, the doctor charged with involuntary "
     "manslaughter over the star's death in June 2009.", datetime(2011, 10, 9, 12), "charge", None),
    # a that-clause conjunct with its own subject is not dated by the first one, but by its own period
    ("Bush and his aides are quick to point out that they oversaw 52 straight months of job growth in the "
     "middle of this decade, and that the economy expanded at a steady clip from 2003 to 2007.",
     datetime(2008, 10, 3, 12), "economic_report", "2003"),
    # a speech act does not inherit the date of what the previous sentence reported
    ("By late September the carbon ratios in microscopic life had returned to normal, Graham said. Graham "
     "emphasized that the results of his research don't mean the plankton are at any risk.",
     datetime(2010, 11, 8, 12), "statement", None),
])
def test_round7_dates(run, text, published, type_name, value):
    events = [e for e in by_type(run(text, published), type_name) if "Graham said" not in e.sentence]
    assert events and all((e.date.value if e.date else None) == value for e in events)


@pytest.mark.parametrize("text, type_name", [
    # a single person without a legislator's description does not vote
    ("On April 28.2010 Ken Salazar announced his decision at a joint Massachusetts State House news "
     "conference with Gov. Deval Patrick voting to go forward with the Nantucket wind turbine project.", "vote"),
])
def test_round7_agent_kind(run, text, type_name):
    assert not by_type(run(text), type_name)


def test_body_and_legislator_vote_kept(run):
    assert by_type(run("Senator John McCain voted against the bill on Tuesday."), "vote")
    assert by_type(run("The Senate voted 60-40 to approve the bill."), "vote")


# -- round 7b: seeds 194-196 ------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_name", [
    # a gerund under a modal, a negation shared by a conjunct, a company "hurt"
    ("Obama also explained why he thinks nationalizing banks wouldn't make sense.", "bailout"),
    ("The lack of local knowledge hurt Petrolux in those first few weeks.", "injury"),
    # a complement subject's of-phrase is not the one asked
    ("Republicans were deeply embarrassed by Barton's apology to Petrolux during a House hearing Thursday, "
     "demanding that the ranking member of the House Energy and Commerce Committee retract his mea culpa.",
     "demand"),
    # a name misattached to the verb is a participant left out
    ("Republicans have strongly rebuked one of their own, Texas Rep. Joe Barton, for accusing the White House "
     "of engaging in a shakedown of Petrolux.", "criticism"),
])
def test_round7b_not_this_event(run, text, type_name):
    assert not by_type(run(text), type_name)


def test_shared_negation_of_a_conjunct(run):
    ev = run("Britain did not pour military hardware into Saddam's Iraq for 15 years, or call for an uprising "
             "against Saddam in 1991.")
    assert {e.status for e in by_type(ev, "appeal")} <= {"negated"}


def test_parenthesised_wire_credit_is_no_agent(run):
    [p] = by_type(run("(AP) President Obama on Saturday promised Gulf Coast residents that the federal "
                      "government won't abandon them."), "pledge")
    assert names(p) == {"Obama"} or "Associated Press" not in names(p)


@pytest.mark.parametrize("text, published, type_name, value", [
    ("BP announced its\" Vessels of Opportunity\" program in early May, roughly two weeks after the "
     "April 20 oil rig explosion that killed 11 workers.", datetime(2010, 6, 5, 12), "statement", "2010-05"),
    ("US light crude fell by $2.17, or 2.4%, to $89.38 a barrel in Tuesday trading, while London Brent dropped "
     "by $1.31 to $93.53 a barrel.", datetime(2011, 1, 4, 12), "market_move", "2011-01-04"),
    ("Tony Blair has denounced the BBC's coverage of Hurricane Katrina as full of hatred of America, it was "
     "reported yesterday.", datetime(2005, 9, 18, 12), "criticism", None),
])
def test_round7b_dates(run, text, published, type_name, value):
    events = by_type(run(text, published), type_name)
    assert events and all((e.date.value if e.date else None) == value for e in events)


def test_event_named_in_a_temporal_phrase_is_presupposed(run):
    ev = run("Frank Thorp, a US citizen in Haiti, says he drove about 100 miles to Port-au-Prince immediately "
             "after Tuesday's earthquake to rescue his wife.")
    assert {e.status for e in by_type(ev, "disaster")} == {"occurred"}


# -- round 7c: seeds 191-193 ------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_name, status", [
    ("The new potential blow comes as David Cameron travels to Washington later today for his first meeting "
     "with the US president.", "visit", "planned"),
    ("President-elect Barack Obama has selected New York Federal Reserve Bank President Timothy F. Geithner as "
     "Treasury secretary, according to Democratic and industry officials yesterday.", "appointment", "claimed"),
    ("Lack of accurate flow rate estimates at the start of the BP spill in April eroded public confidence, the "
     "panel said.", "spill", "occurred"),
])
def test_round7c_status(run, text, type_name, status):
    events = by_type(run(text), type_name)
    assert events and {e.status for e in events} == {status}


def test_according_to_date_is_the_telling(run):
    [a] = by_type(run("President-elect Barack Obama has selected New York Federal Reserve Bank President Timothy "
                      "F. Geithner as Treasury secretary, according to Democratic and industry officials "
                      "yesterday."), "appointment")
    assert a.date is None and a.claim_source == "Democratic and industry officials"


# -- round 7d: seeds 188-190 ------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_name", [
    ("It is thought the child, who rescuers have named Mia, was trapped for three days.", "appointment"),
    ("As for the succession to President Bush, Bob Woodward has named Mr Cheney as a likely candidate.",
     "appointment"),
    ("Pakistan was being battered by inflation before the global financial tsunami hit.", "disaster"),
    ("Hurricane Katrina deeply wounded President George W. Bush's second term.", "injury"),
    ("George Galloway stormed up to Capitol Hill yesterday morning for the confrontation of his career.", "attack"),
    ("The White House has been fighting back aggressively against criticism that Obama has been too slow.",
     "fighting"),
])
def test_round7d_figures_and_names_are_no_events(run, text, type_name):
    assert not by_type(run(text), type_name)


def test_comma_participle_after_its_noun_is_passive(run):
    ev = run("Hong Kong, criticised for delaying quarantine measures during the outbreak of Sars in 2003, has "
             "sealed the central Metropark hotel.")
    assert all("Hong Kong" not in {a.name for a in e.actors if a.role == "agent"} for e in by_type(ev, "criticism"))
    [c] = by_type(run("Barack Obama, speaking in Washington, criticised Petrolux on Monday."), "criticism")
    assert "Barack Obama" in {a.name for a in c.actors if a.role == "agent"}


def test_naming_to_a_post_is_kept(run):
    assert by_type(run("Obama named Timothy Geithner as Treasury secretary on Monday."), "appointment")
    assert by_type(run("Taliban fighters stormed the building on Monday."), "attack")


# -- seeds 207-209: negated plans, attitude adjectives, offices taken, lending targets ----
@pytest.mark.parametrize("text, type_name, kept", [
    # a negated intent verb: no plan
    ("Kofi Annan says he is not planning to resign and intends to see out his tenure.", "resignation", False),
    ("Kofi Annan is planning to resign next month.", "resignation", True),
    # the that-clause of an attitude adjective is hoped for, not planned
    ("Obama and McCain said they are optimistic that Congress will agree on a bailout plan in the coming days.",
     "agreement", False),
    ("Barack Obama said Congress will agree on a bailout plan in the coming days.", "agreement", True),
    # taking over a public office is no acquisition
    ("Condoleezza Rice takes over the State Department this week.", "acquisition", False),
    ("In 1998 Daimler took over Chrysler to form DaimlerChrysler.", "acquisition", True),
])
def test_plan_attitude_and_office_readings(run, text, type_name, kept):
    assert bool(by_type(run(text), type_name)) is kept


@pytest.mark.parametrize("text, type_name, target", [
    ("The Treasury said it would also lend up to $1 billion to GM so that the automaker would invest.",
     "investment", "GM"),
    ("The Treasury said it would lend up to $4 billion to Chrysler.", "investment", "Chrysler"),
])
def test_to_object_of_lending_is_the_target(run, text, type_name, target):
    [e] = by_type(run(text), type_name)
    assert target in names(e, "target")


@pytest.mark.parametrize("text, name, desc", [
    # a relative clause, a possessed thing or a natural region is no title: the description is dropped
    ("Jackson has been named as the biggest selling artist in the UK since the singer's death Pop star "
     "Michael Jackson died on Monday.", "Michael Jackson", None),
    # clean titles stay
    ("Bob Abbey, the agency's acting director, announced new rules on Monday.", "Bob Abbey",
     "agency's acting director"),
    ("Mexican President Felipe Calderon praised the precautions on Monday.", "Felipe Calderon", "Mexican President"),
])
def test_description_is_a_clean_title(run, text, name, desc):
    got = [a for e in run(text) for a in e.actors if a.name == name]
    assert got and all(a.description == desc for a in got)


# Sentences that must not yield an event of the given type (one row per former single test).
@pytest.mark.parametrize("text, absent_type", [
    pytest.param("Dr Alan Brooks pleaded not guilty to a charge of manslaughter on Monday.",
                 "appeal", id="plead_guilty_is_no_appeal"),
    pytest.param("Senator spokesman Luke Barlow dismissed Ray Hollis's performance on Tuesday.",
                 "dismissal", id="dismissing_a_performance_is_no_dismissal"),
    pytest.param("Engineers of Petrolux killed the well on Monday with heavy mud.",
                 "attack", id="killing_a_well_is_no_attack"),
    pytest.param("Petrolux has already shelled out more than $8 billion on Friday.",
                 "attack", id="shelling_out_money_is_no_attack"),
    pytest.param("On Monday, Kenneth Fenwick takes over one of the messiest cases of his career.",
                 "acquisition", id="taking_over_a_case_is_no_acquisition"),
    pytest.param("The Spanish Pandemic killed millions of people in 1918.",
                 "outbreak", id="capitalised_noun_inside_a_name_is_no_trigger"),
    pytest.param("Short sellers borrow Petrolux stock and sell it on, expecting to buy it back later.",
                 "acquisition", id="object_it_is_not_the_company"),
    pytest.param("Jesse Moreno spoke to reporters. He said the family wanted answers from the star's doctor, "
                 "Conrad Marley, who was with him when he died.",
                 "death", id="ambiguous_he_in_subordinate_clause_stays_unresolved"),
    pytest.param("A pupil who visited Spain during the holidays was diagnosed with flu on Monday.",
                 "visit", id="agentless_visit_is_dropped"),
    pytest.param("If Beijing keeps sending cash, the banking system is going to end up lending it to Russia.",
                 "investment", id="conditional_event_is_dropped"),
    pytest.param("Last week, Randy Moreno said on CNN that Dr Marley should be charged with murder.",
                 "charge", id="should_is_no_event"),
    pytest.param("Hank Paulson stressed the urgent need for Congress to pass legislation on Friday.",
                 "law_passage", id="unrealised_infinitive_is_no_event"),
    pytest.param("There are an estimated 20 major quakes in the world every year.",
                 "disaster", id="generic_plural_disaster_is_dropped"),
    pytest.param("Petrolux said on Monday it was investigating other options to cap the leak.",
                 "investigation", id="investigating_options_is_no_investigation"),
    pytest.param("China is taking the H1N1 threat very seriously, Li Wen said on Monday.",
                 "threat", id="taking_a_threat_seriously_is_no_threat"),
    pytest.param("If the spill delays barge traffic, prices for corn could rise 5 percent on global markets, "
                 "said Greg Warner.",
                 "market_move", id="sentence_opening_with_if_is_hypothetical"),
    pytest.param("Caroline Atwood withdrew from consideration for the Treasury job on Monday.",
                 "withdrawal", id="withdrawing_from_consideration_is_no_withdrawal"),
    pytest.param("American troops took the city and toppled the dictator's statue in Firdos square on Monday.",
                 "dismissal", id="toppling_a_statue_is_no_dismissal"),
    pytest.param("A leak of poisonous gas killed 12,000 people in Bhopal in 1984.",
                 "attack", id="chemical_leak_killing_people_is_no_attack"),
    pytest.param("During the campaign, the government dismissed any suggestion that Iran might be attacked.",
                 "attack", id="speculative_attack_is_dropped"),
    pytest.param("Barack Obama has been pushing Congress to pass a new climate law this year.",
                 "law_passage", id="pressing_someone_to_act_is_not_the_act"),
    pytest.param("Alaska has spill contingency plans that were updated on Monday.",
                 "spill", id="compound_modifier_is_no_trigger"),
    pytest.param("Shell did not rule out reclaiming the cash from Petrolux on Monday.",
                 "verdict", id="not_ruling_out_is_no_verdict"),
    pytest.param("Business editor Robert Pym and Megan Greer give their verdict.",
                 "verdict", id="opinion_verdict_is_no_court_verdict"),
    pytest.param("Donald Macleod rescued Johan Svendsen from obscurity on Monday.",
                 "rescue", id="rescue_from_obscurity_is_no_rescue"),
    pytest.param("Frank Patton approved a Petrolux drilling plan on Monday.",
                 "law_passage", id="approving_a_drilling_plan_is_no_law"),
    pytest.param("Barack Obama was attacked on Monday for expanding government.",
                 "attack", id="attacked_for_is_criticism_not_attack"),
    pytest.param("Margaret Chan, director-general of the agency, is charged with deciding when to move to phase six.",
                 "charge", id="charged_with_a_duty_is_no_charge"),
    pytest.param("In the 1970s a military dictatorship ruled South Korea, and the government detained dissidents.",
                 "verdict", id="ruling_a_country_is_no_verdict"),
    pytest.param("With that Tony Banks stormed off the set on Monday.",
                 "attack", id="storming_off_is_no_attack"),
    pytest.param("Petrolux said on Monday that the flow rate had increased over time.",
                 "economic_report", id="flow_rate_is_no_economic_report"),
    pytest.param('"Petrolux will continue to invest in the things that matter," he said.',
                 "investment", id="continuing_commitment_is_no_event"),
    pytest.param("Steven Pearlman says he was often dismissed as a pro-regulation zealot last year.",
                 "dismissal", id="dismissed_as_is_no_dismissal"),
    pytest.param("Three major forecasts from the National Hurricane Center (NHC), Accuweather and Colorado State have "
                 "all called for dramatic hurricane seasons this year.",
                 "appeal", id="forecast_calling_for_is_no_appeal"),
])
def test_no_event_of_type(run, text, absent_type):
    assert not by_type(run(text), absent_type)


# -- round 11: seeds 216-221 ------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_name, status", [
    # a finite clause under an intent verb reports; it does not intend
    ("Health authorities have agreements with Petrolux that allow them to place orders for its vaccine now "
     "that a pandemic has been declared by WHO, Petrolux said.", "statement", "occurred"),
    ("The United States has declared a health emergency and in Mexico the government has ordered a "
     "five-day partial shutdown of offices.", "statement", "occurred"),
    # an implicative verb in the past asserts its complement
    ("Red Cross workers across the world have helped deliver aid to Haiti.", "aid", "occurred"),
    ("The UN will help deliver aid to Haiti.", "aid", "planned"),
    ("Barack Obama demanded that Petrolux pay the fund.", "demand", "occurred"),
])
def test_round11_status(run, text, type_name, status):
    events = by_type(run(text), type_name)
    assert events and {e.status for e in events} == {status}


@pytest.mark.parametrize("text, type_name, value", [
    # a when-clause of the event's own clause happens at its time
    ("John Smith died when the rig exploded on April 20.", "death", "2010-04-20"),
    ("Petrolux shares fell when the company reported a loss on Tuesday.", "market_move", "2010-06-08"),
])
def test_round11_when_clause_dates_its_main_clause(run, text, type_name, value):
    [e] = by_type(run(text, datetime(2010, 6, 13, 12)), type_name)
    assert e.date is not None and e.date.value == value


@pytest.mark.parametrize("text, wrong", [
    # a class noun with a name of its own is another organisation than the one last named
    ("Petrolux said it would cooperate. The US justice department is also investigating the disaster.", "Petrolux"),
    # a reduced relative misparsed as the verb's complement: the committees investigate, not Petrolux
    ("Bly said that Petrolux had briefed Interior Secretary Ken Salazar and congressional committees "
     "investigating the accident on the status of its inquiry.", "Petrolux"),
])
def test_round11_investigator_is_not_the_company_investigated(run, text, wrong):
    assert all(wrong not in names(e, "agent") for e in by_type(run(text), "investigation"))


@pytest.mark.parametrize("text, type_name, agent, target", [
    ("Barack Obama blamed everything from Katrina to the financial meltdown on George Bush.", "accusation",
     "Barack Obama", "George W. Bush"),
    ("Barack Obama blamed the spill on Petrolux on Monday.", "accusation", "Barack Obama", "Petrolux"),
    ("Shares fell after Barack Obama launched his most strident attack yet on Petrolux.", "criticism",
     "Barack Obama", "Petrolux"),
    ("The bill, signed by President Bill Clinton, also endorsed the ouster of Saddam Hussein.", "law_passage",
     "Bill Clinton", None),
    ("Barack Obama signed an executive order on Monday creating the commission.", "law_passage",
     "Barack Obama", None),
    ("The passage of the bill by the Senate on Monday surprised analysts.", "law_passage", "US Senate", None),
])
def test_round11_type_and_roles(run, text, type_name, agent, target):
    [e] = by_type(run(text), type_name)
    assert names(e, "agent") == {agent} and names(e, "target") == ({target} if target else set())


@pytest.mark.parametrize("text, type_name", [
    ("The Foreign Office said it would not release the deleted passage of the Wilmshurst letter.", "law_passage"),
    ("The Foreign Office signed the bill.", "agreement"),  # a bill signed is a law, not an agreement
    ("Insurgents launched an attack on a US base; Barack Obama launched a fierce attack on Petrolux.", "attack"),
    ("That view is supported by an opinion given in August 1992 by the UN Legal Counsel, Carl-August "
     "Fleischauer.", "concession"),  # a preposition with its object is no particle
    ("Barack Obama will encounter several Latin American leaders who have long criticized the Washington "
     "consensus.", "criticism"),  # a long-standing attitude, no single event
    ("Nicolas Sarkozy portrays himself as a bold leader, a trait his detractors have sometimes denounced as "
     "impetuosity.", "criticism"),
    ("The California Democrat denounced a cover-up of the real size of the oil spill.", "criticism"),  # unnamed
    ("The second century saint Irenaeus and the philosopher John Hick appeal instead to what is sometimes "
     "called soul-making.", "appeal"),  # appealing to an idea is no plea
    ("Another option Petrolux is investigating involves lowering a new blowout preventer onto the old one.",
     "investigation"),  # a mere option
    ("The dollar is going to fall, that's how it's going to happen.", "market_move"),  # a forecast
    ("Amoco Corp., which merged with Petrolux in 1998, hired him.", "acquisition"),  # a merger has no buyer
])
def test_round11_no_event_of_type(run, text, type_name):
    assert not by_type(run(text), type_name)


@pytest.mark.parametrize("text, expected", [
    ("James Cameron called Petrolux, offering to lend the company his fleet of manned submarines.", False),
    ("Rebecca Solnit is in the UK to lend her support to the protest on Monday.", False),
    ("China will lend money to Greece.", True),
])
def test_round11_a_loan_is_of_money(run, text, expected):
    assert bool(by_type(run(text), "investment")) is expected


def test_round11_a_place_does_not_die(run):
    assert not by_type(run("New Orleans drowned because of weak levees, making it a man made disaster."), "death")


def test_round11_date_of_a_following_phrase_is_the_other_events(run):
    ev = run("Smaller protests have erupted in Bulgaria and Hungary, following weeks of street violence in "
             "Greece last month.", datetime(2009, 1, 10, 12))
    assert [p.date for p in by_type(ev, "protest")] == [None]


@pytest.mark.parametrize("text", [
    "Later in the day, GOP leaders demanded that Joe Barton retract his apology and stress Petrolux's "
    "responsibility for the spill.",
    "Democrats insisted that Joe Barton apologise to Petrolux.",
])
def test_round11_a_mandated_act_is_no_event(run, text):
    assert not [e for e in run(text) if e.type not in ("demand", "appeal")]


@pytest.mark.parametrize("text, type_name, expected", [
    ("Barack Obama is killing thousands of jobs instead of enforcing the regulations.", "attack", False),
    ("The Taliban killed thousands of civilians in 2009.", "attack", True),
    ("The World Health Organization declared a pandemic on Thursday.", "outbreak", False),
    ("The World Health Organization declared a pandemic on Thursday.", "statement", True),
])
def test_round11_word_sense(run, text, type_name, expected):
    assert bool(by_type(run(text), type_name)) is expected


@pytest.mark.parametrize("text, type_name, agent, target", [
    ("Simon Cowell said he had had a request to record a single from Prime Minister Gordon Brown.", "appeal",
     "Gordon Brown", "Simon Cowell"),
    ("Haiti received aid from the United States on Monday.", "aid", "United States", "Haiti"),
    ("George Bush meekly gave in to Nicolas Sarkozy on Monday.", "concession", "George W. Bush", "Nicolas Sarkozy"),
])
def test_round11_receiving_and_yielding(run, text, type_name, agent, target):
    [e] = by_type(run(text), type_name)
    assert names(e, "agent") == {agent} and names(e, "target") == {target}


def test_round11_date_on_the_office_dates_the_election(run):
    [e] = by_type(run("Bobby Jindal, 38, was elected governor in 2008, his political rise starting when he was "
                      "appointed to head the state's health department.", datetime(2010, 5, 18, 12)), "election")
    assert e.date is not None and e.date.value == "2008"


@pytest.mark.parametrize("text, place", [
    ("Attorney General Eric Holder, who visited the Gulf on Tuesday to survey the coastline, would not say "
     "who might be targeted.", "Gulf"),
    ("Lisa Jackson, who has toured the Gulf Coast twice since the disaster began, told reporters oil was "
     "piling up.", "Gulf Coast"),
])
def test_round11_place_visited_is_the_target(run, text, place):
    [v] = by_type(run(text, datetime(2010, 6, 2, 12)), "visit")
    assert names(v, "target") == {place}


@pytest.mark.parametrize("text", ["In that case, Petrolux will soon be blaming Transocean.",
                                  "Otherwise Petrolux will sue Transocean."])
def test_round11_conditional_opener(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, published, type_name, value", [
    ("Interior Secretary Ken Salazar announced a lifting of the moratorium on Tuesday after reviewing progress.",
     datetime(2010, 10, 12, 12), "statement", "2010-10-12"),  # a weekday after the object dates the verb
    ("A U.N. Environment Programme report on Tuesday urged businesses to take more account of their impact.",
     datetime(2010, 7, 14, 12), "appeal", "2010-07-13"),  # the report speaks on Tuesday
])
def test_round11_weekday_dates(run, text, published, type_name, value):
    [e] = by_type(run(text, published), type_name)
    assert e.date is not None and e.date.value == value


@pytest.mark.parametrize("text, published, type_name, value", [
    # a date in a phrase on a name or a thing noun is the verb's
    ("Tony Hayward and other directors of Petrolux will meet Barack Obama at the White House on Wednesday "
     "prepared to offer concessions.", datetime(2010, 6, 14, 12), "meeting", "2010-06-16"),
    ("Shell Oil Co evacuated nonessential workers from production platforms and drilling rigs in U.S.-regulated "
     "areas of the Gulf oil fields on Saturday, anticipating Alex's impact.", datetime(2010, 6, 27, 12),
     "evacuation", "2010-06-26"),
    # a speech setting's date is the act's
    ("David Nagel, head of Petrolux's Washington office, emphasized in a meeting with reporters Monday that the "
     "company is making every effort.", datetime(2010, 5, 10, 12), "statement", "2010-05-10"),
])
def test_round11_dates_hung_low_by_the_parser(run, text, published, type_name, value):
    [e] = by_type(run(text, published), type_name)
    assert e.date is not None and e.date.value == value


@pytest.mark.parametrize("text, role, wrong", [
    ("Several Latin American leaders criticized the plan on Monday.", "agent", "United States"),  # a region
    ("The US Treasury said on Monday it would act. Treasury officials have yet to decide whether he should get "
     "the severance package that the company had promised him.", "agent", "US Treasury"),  # no public body
    ("U.S. shares fell 3 percent on Monday.", "target", "United States"),  # a country owns no shares
    ("Conrad Murray stands accused of causing his death by involuntary manslaughter.", "agent", "Conrad Murray"),
])
def test_round11_wrong_actor_in_a_role(run, text, role, wrong):
    assert all(wrong not in names(e, role) for e in run(text))


@pytest.mark.parametrize("text, type_name, value, start, end, mod", [
    ("Bush and his aides point out that the economy expanded at a steady clip from 2003 to 2007.",
     "economic_report", "2003", "2003-01-01", "2007-12-31", None),
    ("Petrolux shares have fallen by half since April.", "market_move", "2010-04", "2010-04-01", "2010-07-01",
     "ON_OR_AFTER"),
])
def test_round11_a_period_dates_the_event(run, text, type_name, value, start, end, mod):
    [e] = by_type(run(text, datetime(2010, 7, 1, 12)), type_name)
    assert (e.date.value, e.date.start.isoformat(), e.date.end.isoformat(), e.date.mod) == (value, start, end, mod)


def test_round11_a_planned_act_takes_no_period(run):
    [e] = by_type(run("Petrolux will sue Transocean from 2011.", datetime(2010, 7, 1, 12)), "lawsuit")
    assert e.date is None


def test_round11_possessor_of_an_assassination_is_the_victim(run):
    ev = run("Hugo Chavez said on Monday that the United States had plotted his assassination in 2002.")
    assert all("Hugo Chavez" not in names(e, "agent") for e in by_type(ev, "attack"))


@pytest.mark.parametrize("text, status", [
    ("Oil services companies have been to court to try to overturn President Barack Obama's six-month ban on "
     "deepwater drilling.", "occurred"),  # what is to be undone exists
    ("Barack Obama will impose a ban on deepwater drilling.", "planned"),
])
def test_round11_an_act_to_be_undone_exists(run, text, status):
    [r] = by_type(run(text), "restriction")
    assert r.status == status


@pytest.mark.parametrize("text, type_name, role, expected", [
    # names: a description run into an organisation name, titles, an honorific + surname tagged ORG
    ("Nordic bank Nordea has sold its shares in Petrolux, accusing the oil giant of a lack of transparency.",
     "accusation", "agent", "Nordea"),
    ("British soldier Lance-Corporal George Solomou was arrested on Monday.", "arrest", "target", "George Solomou"),
    ("Secretary of the Interior Ken Salazar called for a halt to permits on Monday.", "appeal", "agent",
     "Ken Salazar"),
    ("But Dr Fukuda urged calm on Monday.", "appeal", "agent", "Keiji Fukuda"),  # (people.json: WHO, 2009-2012)
    # targets read off the parse
    ("Petrolux chairman Carl-Henric Svanberg praised the contribution Mr Hayward had made to Petrolux during 28 "
     "years of service.", "praise", "target", "Hayward"),  # subject of a relative clause on the object
    ("Eric Holder launched a criminal investigation aimed at Petrolux on Monday.", "investigation", "target",
     "Petrolux"),
    ("Shares of Transocean Ltd, operator of the sunken oil rig, rose 0.82 percent to 72.91.", "market_move",
     "target", "Transocean"),
    # places and countries named through a noun
    ("Foreign Minister Patricia Espinosa urged Mexicans to avoid travel to China, accusing its government of "
     "discrimination for the quarantine measures.", "accusation", "target", "China"),
    ("Thousands are feared dead after a powerful earthquake hit the Caribbean nation of Haiti.", "disaster",
     "participant", "Haiti"),  # a place struck is where it happened
    ("A 7.0 earthquake struck off the coast of Haiti on Tuesday.", "disaster", "participant", "Haiti"),
])
def test_round11_role_filler(run, text, type_name, role, expected):
    [e] = by_type(run(text), type_name)
    assert names(e, role) == {expected}


@pytest.mark.parametrize("text, type_name", [
    ("Petrolux refused to comment directly on the speculation, but said it welcomed new investors.", "denial"),
    ("The temporary moratorium being called for by OTS may be beneficial, said Bob Davis.", "restriction"),
    ("Ken Salazar called for a halt to permits on Monday.", "restriction"),
])
def test_round11_asked_for_or_declined_to_discuss_is_no_event(run, text, type_name):
    assert not by_type(run(text), type_name)


# -- round 11b: fresh seeds 301-309 ----------------------------------------------------------------------
@pytest.mark.parametrize("text, type_name", [
    ("Margaret Chan is trying to broker an agreement by January 2010.", "agreement"),  # tried, not done
    ("Voser accepted that Shell and others had not invested enough in developing solutions.", "investment"),
    ("Petrolux is expected to cap the well on Thursday.", "appeal"),  # a schedule, nobody asked
    ("The crews were attacking the spill with dispersants.", "attack"),  # fighting a disaster
    ("Sonia was captured by TV crews on Monday.", "arrest"),  # filmed
    ("Conrad Murray was bailed in February 2010.", "bailout"),  # legal bail
    ("Greenpeace acquired a document on Monday.", "acquisition"),  # a thing, no company
])
def test_round11b_no_event_of_type(run, text, type_name):
    assert not by_type(run(text), type_name)


@pytest.mark.parametrize("text, type_name, role, expected", [
    ("It is not just that Merrill Lynch agreed to be purchased by Bank of America.", "agreement", "target",
     {"Bank of America"}),
    ("Democratic leaders said the bill would crack down on oil companies such as Petrolux.", "restriction",
     "target", {"Petrolux"}),
    ("Doug Suttles urged Gulf residents to report oil on Monday.", "appeal", "target", set()),  # where they live
    ("Counsel Fred Bartlit emphasized the failures on Monday.", "statement", "agent", {"Fred Bartlit"}),
])
def test_round11b_role_filler(run, text, type_name, role, expected):
    [e] = by_type(run(text), type_name)
    assert names(e, role) == expected


def test_round11b_a_clause_with_its_own_subject_and_mark_has_its_own_time(run):
    [s] = by_type(run("The news came as an official announced that he will step down May 31 and as Interior "
                      "Secretary Ken Salazar unveiled reforms.", datetime(2010, 5, 18, 12)), "statement")
    assert s.status == "occurred" and s.date is None


@pytest.mark.parametrize("text, published, type_name, value", [
    # a when-clause hung on a date says what happens then
    ("Many of them will be back in a few weeks on 29 November when Conrad Murray is sentenced.",
     datetime(2011, 11, 8, 12), "verdict", "2011-11-29"),
])
def test_round11b_when_clause_on_a_date(run, text, published, type_name, value):
    [e] = by_type(run(text, published), type_name)
    assert e.date is not None and e.date.value == value


@pytest.mark.parametrize("text, type_name, role, wrong", [
    ("Al-Qaeda is watching the U.S. stock market's downward slide with jubilation, with its leaders hailing the "
     "financial crisis.", "praise", "agent", "United States"),  # "its" is the subject's
])
def test_round11b_wrong_actor_in_a_role(run, text, type_name, role, wrong):
    assert all(wrong not in names(e, role) for e in by_type(run(text), type_name))


def test_round11b_an_oscar_nomination_is_no_appointment(run):
    assert not by_type(run("David Holmes, the local DJ who received an Oscar nomination for his music, would "
                           "play in the venue."), "appointment")


@pytest.mark.parametrize("text, type_name, role, expected", [
    ("It is transported to Stansted airport in Essex where, along with aid from the Red Cross, it will be packed "
     "onto a flight donated free of charge by British Airways.", "aid", "agent", {"British Airways"}),
])
def test_round11b_by_phrase_hung_on_the_noun_after_a_participle(run, text, type_name, role, expected):
    [e] = by_type(run(text), type_name)
    assert names(e, role) == expected


@pytest.mark.parametrize("text, type_name, status", [
    ("Yeah, but they weren't really in it until Japan bombed Pearl Harbour.", "attack", "occurred"),
    ("Barack Obama will not decide until he has met Hu Jintao.", "meeting", "planned"),
])
def test_round11b_until_clause_under_a_past_or_future_clause(run, text, type_name, status):
    [e] = by_type(run(text), type_name)
    assert e.status == status


@pytest.mark.parametrize("text, type_name", [
    ("The crowd drowned out Christopher Hitchens on Monday.", "death"),
    ("Jamie Hinton was fired up by the speech on Monday.", "dismissal"),
])
def test_round11b_phrasal_verbs_of_another_sense(run, text, type_name):
    assert not by_type(run(text), type_name)


@pytest.mark.parametrize("text, type_name, role, expected", [
    ("Transocean shares also tumbled in New York, trading to their lowest in 18 months.", "market_move", "target",
     {"Transocean"}),  # a name the tagger took for an adjective
    ("British shares fell 3 percent on Monday.", "market_move", "target", set()),
    ("Barack Obama vowed to hold Petrolux accountable.", "pledge", "target", {"Petrolux"}),
])
def test_round11c_role_filler(run, text, type_name, role, expected):
    [e] = by_type(run(text), type_name)
    assert names(e, role) == expected


def test_round11c_since_a_dated_event_starts_a_period(run):
    [m] = by_type(run("Petrolux shares have fallen 50 percent since the April 20 fire.", datetime(2010, 7, 8, 12)),
                  "market_move")
    assert (m.date.value, m.date.mod, m.date.text) == ("2010-04-20", "ON_OR_AFTER", "since the April 20 fire")


def test_round11c_the_place_a_where_clause_hangs_on_is_the_place_visited(run):
    [v] = by_type(run("In Canada, where President Barack Obama visited yesterday, oil prices fell."), "visit")
    assert names(v, "target") == {"Canada"}


def test_round11c_a_person_is_never_the_object_of_a_resignation(run):
    ev = run("In his first interview since resigning Tony Hayward said as the face of Petrolux he had been demonised.")
    assert all("Tony Hayward" not in names(e, "target") for e in by_type(ev, "resignation"))


@pytest.mark.parametrize("text, published, type_name, role, expected", [
    ("The Gulf of Mexico spill grew. Barack Obama will fly to the gulf on Friday.", datetime(2010, 5, 27, 12),
     "visit", "target", {"Gulf of Mexico"}),  # "the gulf" is the Gulf named in the article
    ("BP agreed to buy Amoco in 1998.", datetime(2010, 5, 27, 12), "agreement", "target", {"Amoco"}),
])
def test_round11d_role_filler(run, text, published, type_name, role, expected):
    [e] = by_type(run(text, published), type_name)
    assert names(e, role) == expected


def test_round11d_a_light_verb_noun_dates_with_its_verb(run):
    [a] = by_type(run("Transocean reached an agreement in June to sell its retail business in France to Delek Europe.",
                      datetime(2010, 8, 1, 12)), "agreement")
    assert a.date is not None and a.date.value == "2010-06"


# -- round 12: strict judging of fresh seeds 337-345 ---------------------------------------------

@pytest.mark.parametrize("text, type_name", [
    ("George Galloway drowned Christopher Hitchens out on Monday.", "death"),  # phrasal verb, object between
    ("BP had been blasting heavy mud into the ruptured well.", "criticism"),  # a motion
    ("John Hick appealed instead to what is sometimes called soul-making.", "appeal"),
    ("Tony Hayward began pressure tests on Thursday and expected them to last up to 48 hours.", "appeal"),
])
def test_round12_trigger_of_another_sense(run, text, type_name):
    assert not by_type(run(text), type_name)


@pytest.mark.parametrize("text, type_name", [
    ("Critics say the government will not be able to move on until Tony Blair quits.", "resignation"),
    ("Makers will switch production as and when the World Health Organization declares a pandemic.", "statement"),
])
def test_round12_a_pending_condition_is_no_event(run, text, type_name):
    assert not by_type(run(text), type_name)


@pytest.mark.parametrize("text, type_name, role, expected", [
    # "the company" is the one company the sentence names, even after a public body or later on
    ("In a sign of pressure on Petrolux, Coast Guard Admiral Thad Allen demanded that the company provide "
     "more information.", "demand", "target", {"Petrolux"}),
    # a place is where a spill or explosion happened, never who did it; the owner is
    ("The oil spilled by Petrolux's blown-out Gulf of Mexico well has eclipsed the Exxon Valdez disaster.",
     "spill", "agent", {"Petrolux"}),
    ("The limits do not apply if Petrolux was negligent at the time the Gulf of Mexico rig exploded.",
     "accident", "agent", set()),
    # where a ban was issued is not what it targets; what goods come from is
    ("In Washington, Interior Secretary Ken Salazar issued a new moratorium on offshore drilling.",
     "restriction", "target", set()),
    ("Russia banned pork imports from Mexico on Monday.", "restriction", "target", {"Mexico"}),
    ("A massive earthquake has devastated a country called Haiti.", "disaster", "participant", {"Haiti"}),
])
def test_round12_role_filler(run, text, type_name, role, expected):
    [e] = by_type(run(text), type_name)
    assert names(e, role) == expected


def test_round12_a_building_before_a_meeting_noun_is_the_venue(run):
    [m] = by_type(run("Barack Obama attended a White House meeting with Tony Hayward on Wednesday."), "meeting")
    assert "White House" not in names(m, "agent") | names(m, "participant")


@pytest.mark.parametrize("text, value", [
    ("On Saturday morning, a magnitude-4.5 aftershock struck close to the capital.", "2011-03-12TMO"),
    ("The earthquake that struck Haiti on January 12 killed 200,000 people.", "2011-01-12"),
])
def test_round12_a_disaster_is_dated_in_the_clause_where_it_occurs(run, text, value):
    [d] = by_type(run(text), "disaster")
    assert d.date is not None and d.date.value == value


@pytest.mark.parametrize("text, type_name, role, expected", [
    ("Tom Service wrote the review. The siege ended when the Special Air Service stormed the building.",
     "attack", "agent", {"Special Air Service"}),  # an organisation's head noun is no surname
    ("John McCain called George Bush and asked him to hold a meeting.", "appeal", "target", {"George W. Bush"}),
    ("Harry Reid sent a letter signed by 54 senators to Tony Hayward demanding his company create a fund.",
     "demand", "agent", {"Harry Reid"}),
    ("Harry Reid sent a letter signed by 54 senators to Tony Hayward demanding his company create a fund.",
     "demand", "target", {"Tony Hayward"}),
    ("Barack Obama spoke to Bobby Jindal on Tuesday, urging him to build the berms.", "appeal", "target",
     {"Bobby Jindal"}),
    ("Barack Obama went to Louisiana on Tuesday, urging residents to be patient.", "appeal", "target", set()),
    ("Al Naomi requested $2m from the East Jefferson Levee Authority.", "appeal", "target",
     {"East Jefferson Levee Authority"}),
])
def test_round12b_role_filler(run, text, type_name, role, expected):
    [e] = by_type(run(text), type_name)
    assert names(e, role) == expected


@pytest.mark.parametrize("text, type_name, value", [
    ("BP reports its results on 27 July, when it will announce the size of its payout.", "statement",
     "2011-07-27"),  # a when-clause right after the date, though hung on the verb
    ("Gordon Brown announced the move at a charity poetry reading in London on Saturday.", "statement",
     "2011-03-12"),  # an occasion noun parsed as a participle is a setting
])
def test_round12b_date(run, text, type_name, value):
    [e] = by_type(run(text), type_name)
    assert e.date is not None and e.date.value == value


# -- round 13: strict judging of seeds 355-366 (278/360) ---------------------------------------
@pytest.mark.parametrize("text, type_name, role, expected", [
    ("Boris Johnson accused the Obama administration of indulging in anti-British rhetoric.", "accusation",
     "target", {"Obama administration"}),  # a government named after its leader
    ("The Bush administration sued Petrolux on Monday.", "lawsuit", "agent", {"Bush administration"}),
    ("Transocean blamed decisions made by Petrolux for the blowout.", "accusation", "target",
     {"Petrolux"}),  # the by-agent of what is blamed
    ("Petrolux spokesman Andrew Gowers said Petrolux had taken Kenneth Abbott's allegations seriously.",
     "accusation", "agent",
     {"Kenneth Abbott"}),  # the possessor of the allegations, not the one who took them seriously
    ("China will lend money to Greece.", "investment", "target", {"Greece"}),  # a dative parsed on "to"
    ("Billy Nungesser sharply criticized Petrolux executives.", "criticism", "target",
     {"Petrolux"}),  # whose executives they are
    ("Chinese state media accused Tony Hayward of lying.", "accusation", "agent", {"China"}),
])
def test_round13_role_filler(run, text, type_name, role, expected):
    [e] = by_type(run(text), type_name)
    assert names(e, role) == expected


def test_round13_media_are_no_state_unless_state_run(run):
    for e in by_type(run("US media accused Tony Hayward of turning his back on the Gulf."), "accusation"):
        assert "United States" not in names(e, "agent")


@pytest.mark.parametrize("text, type_name", [
    ("US military police were forced to raid the Guest House on Monday.", "investigation"),
    ("Barbara Mason was forced to ask the City of Alexandria to release the money.", "appeal"),
    ("Iraqi police managed to arrest Ali Hassan on Monday.", "arrest"),
])
def test_round13_a_past_implicative_verb_asserts_its_complement(run, text, type_name):
    [e] = by_type(run(text), type_name)
    assert e.status == "occurred"


@pytest.mark.parametrize("text, type_name", [
    ("The commission said BP made decisions to cut costs but that Halliburton and Transocean were also to "
     "blame.", "accusation"),  # "were to blame" is no plan of theirs to blame anyone
])
def test_round13_a_misread_party_is_not_emitted(run, text, type_name):
    for e in by_type(run(text), type_name):
        assert not names(e, "agent") & {"Halliburton", "Transocean"}


@pytest.mark.parametrize("text, type_name", [
    ("Barack Obama, who made a third trip to the Gulf coast on Friday, said he has put in place the largest "
     "response.", "visit"),
    ("Henry Waxman accused Bush administration officials of withholding information on overcharges by "
     "Halliburton.", "accusation"),
])
def test_round13_a_directed_act_whose_named_party_was_missed_is_not_emitted(run, text, type_name):
    assert all(names(e, "target") for e in by_type(run(text), type_name))


@pytest.mark.parametrize("text, published, value", [
    ("Last August Enzo Baldoni, an Italian freelance journalist, was killed near Najaf.", datetime(2005, 2, 4),
     "2004-08"),  # a fronted date run into the subject's name
])
def test_round13_date(run, text, published, value):
    [e] = by_type(run(text, published), "attack")
    assert e.date is not None and e.date.value == value


def test_round13_live_blog_clock_stamps_are_no_years(run):
    ev = run("1504 International aid agency Cafod pledges # 100,000 to assist with the relief effort. 1510 Oxfam "
             "pledges # 20,000 to Haiti.", datetime(2010, 1, 13, 12, 0))
    assert all(e.date is None or not e.date.value.startswith("15") for e in ev)


@pytest.mark.parametrize("text, published, expected", [
    ("Toyota's U.S. sales dropped 32 percent in March.", datetime(2009, 12, 10), {"Toyota"}),  # the company's
    ("China's exports fell 2.2 percent in November.", datetime(2009, 12, 10), {"China"}),  # a country's own
])
def test_round13b_an_economic_indicator_belongs_to_its_owner(run, text, published, expected):
    [e] = by_type(run(text, published), "economic_report")
    assert names(e, "target") == expected


@pytest.mark.parametrize("text, type_name", [
    ("Natural gas sales are rising.", "economic_report"),  # a present trend of no one, undated
    ("Conservatives insist that electing John McCain is crucial.", "election"),  # an act as a subject
    ("The US Justice Department launched a legal battle against Petrolux on Wednesday.", "fighting"),
    ("Jose Luis Zapatero clashed with the Bush administration over Iraq.", "fighting"),  # in words
    ("A 21-year-old Canadian has tested positive for swine flu in Beijing.", "infection"),  # not Canada
])
def test_round13b_not_this_event(run, text, type_name):
    assert not [e for e in by_type(run(text), type_name) if "Canada" in names(e) or type_name != "infection"]


@pytest.mark.parametrize("text, type_name, role, forbid", [
    ("The Press-Register newspaper in Mobile, Alabama has called for Kenneth Feinberg to resign.", "appeal",
     "agent", "Alabama"),  # the state after a comma is no second subject
    ("The project gained impetus after the Yemen terror attack on the USS Cole in 2000.", "attack", "agent",
     "Yemen"),  # where terrorists struck
])
def test_round13b_a_place_is_not_the_doer(run, text, type_name, role, forbid):
    for e in by_type(run(text), type_name):
        assert forbid not in names(e, role)


def test_round13b_a_date_after_following_x_dates_x(run):
    [e] = by_type(run("BP's shares climbed 8p to 411p following confirmation on Sunday that the company "
                      "had permanently sealed the Macondo field.", datetime(2010, 9, 20)), "market_move")
    assert e.date is None


def test_round13b_state_abbreviations_are_states(run):
    ev = run("Tony Hayward toured Houma on Friday. Hayward flew to a convention center in Mobile, Ala., on Sunday.")
    [v] = [e for e in by_type(ev, "visit") if e.trigger.startswith("flew")]
    assert names(v, "target") == {"Mobile", "Alabama"}


@pytest.mark.parametrize("text, type_name", [
    ("Egypt has begun a mass slaughter of thousands of pigs in an effort to prevent swine flu spreading.",
     "mass_violence"),
    ("Egypt has slaughtered thousands of pigs.", "mass_violence"),  # animals, not people
    ("Robin Cook resigned on Monday. Robin Cook's stock rose after the speech.", "market_move"),  # standing
])
def test_round13c_not_this_event(run, text, type_name):
    assert not by_type(run(text), type_name)


def test_round13c_a_clock_time_is_no_company(run):
    for e in by_type(run("By 0718 GMT, shares in the group had risen 1.3 percent to 43.28."), "market_move"):
        assert "GMT" not in names(e)


def test_round13c_a_city_police_is_an_organisation(run):
    [e] = by_type(run("Los Angeles police are investigating Conrad Murray."), "investigation")
    assert names(e, "agent") == {"Los Angeles Police"}
    [e] = by_type(run("Iraqi police arrested Ali Hassan on Monday."), "arrest")
    assert names(e, "agent") == {"Iraq"}  # a country's police is the state


@pytest.mark.parametrize("text, type_name, role, expected", [
    ("The Obama administration on Wednesday launched a legal battle against BP Plc and its partners by suing "
     "them for the worst offshore oil spill.", "lawsuit", "target", {"BP"}),  # "them": the one company named
    ("BP has struggled. Completion of the well could help bolster the energy giant's battered shares, which rose "
     "about 9 percent in New York trade.", "market_move", "target", {"BP"}),  # a possessor epithet
    ("Japan's real estate market fell 30 percent in 1991.", "market_move", "target", {"Japan"}),  # its own market
    ("NATO launched an offensive against Libya on Monday.", "fighting", "target", {"Libya"}),  # on the phrase's noun
    ("Most important about this latest attack by North Korea against its South Korean enemy is that it was "
     "permissible.", "attack", "target", {"South Korea"}),  # the other side's country
])
def test_round13d_role_filler(run, text, type_name, role, expected):
    [e] = by_type(run(text), type_name)
    assert names(e, role) == expected


@pytest.mark.parametrize("text, type_name", [
    ("After punches and kicks, Ali Taha nearly died.", "death"),  # it did not happen
    ("Barack Obama is taking the offensive in this to cover up the fact.", "fighting"),  # a figure of speech
])
def test_round13d_not_this_event(run, text, type_name):
    assert not by_type(run(text), type_name)


def test_round13d_would_begin_is_planned(run):
    [e] = by_type(run("Italy's prime minister, Silvio Berlusconi, yesterday announced that he would begin "
                      "withdrawing his country's troops from Iraq in September.", datetime(2005, 3, 16)), "withdrawal")
    assert e.status == "planned"


def test_round13e_a_protest_is_made_to_someone(run):
    [e] = by_type(run("Mike Williams protested to a Transocean supervisor, Mark Hay, who dismissed his concerns."),
                  "protest")
    assert names(e, "target") == {"Mark Hay"}


def test_round13e_a_statement_takes_no_target_from_a_described_owner(run):
    [e] = by_type(run("BP has struggled. Tony Hayward, BP's chief executive, reiterated the company's commitment "
                      "to cleaning up the mess."), "statement")
    assert not names(e, "target")  # the company's own commitment, no one acted upon


def test_round13f_a_visit_to_a_named_region_targets_it(run):
    [e] = by_type(run("Barack Obama is due to make his second visit to the Gulf of Mexico region on Friday."),
                  "visit")
    assert names(e, "target") == {"Gulf of Mexico"}


def test_round13f_the_source_of_a_report_is_no_missed_party(run):
    ev = run("China's Ministry of Agriculture on Wednesday denied overseas reports that dead pigs might be to "
             "blame for swine flu, according to an official Xinhua news agency article.")
    assert by_type(ev, "denial")


def test_round13h_the_iraqi_is_one_person_and_irak_is_iraq(run):
    for e in by_type(run("The Iraqi protested loudly to Ali Hassan on Monday."), "protest"):
        assert "Iraq" not in names(e, "agent")  # one unnamed man, not the state
    [v] = by_type(run("Barack Obama visited Irak in April."), "visit")
    assert names(v, "target") == {"Iraq"}


def test_round13i_opposite_blames_are_two_events(run):
    ev = by_type(run("BP blamed the failure of Transocean's blowout preventer and raised a new question about the "
                     "rig. Transocean blamed decisions made by BP and cited possible flaws in the cementing job done "
                     "by Halliburton."), "accusation")  # the same actors in other roles are another event
    assert {(tuple(names(e, "agent")), tuple(names(e, "target"))) for e in ev} == {
        (("BP",), ("Transocean",)), (("Transocean",), ("BP",))}


# -- round 14 (development seeds 391-402) -------------------------------------------------
def test_round14_a_name_after_an_abbreviated_title_stays_in_its_sentence(run):
    [e] = by_type(run("BP announced that retired Coast Guard Adm. Thad W. Allen had approved the plan."),
                  "statement")
    assert "Thad W. Allen" in e.sentence


@pytest.mark.parametrize("text, type_name, role, expected", [
    # a scraped text that lost its apostrophes: "Reyes s" is "Reyes's"; a person's possessor is not the person
    ("Petrolux hired Anna Berg and Tom Reyes s former campaign spokeswoman on Monday.", "appointment", "target",
     {"Anna Berg"}),
    ("Farrah Moreno's doctor, Dr Alan Pike, was charged with manslaughter on Monday.", "charge", "target",
     {"Alan Pike"}),
    # the author of a measure named below it: agent, not target
    ("Ken Salazar told a Senate hearing he would ask BP to repay the salaries of any workers laid off because of "
     "the six-month moratorium on deepwater exploratory drilling imposed by the U.S. government after the spill.",
     "restriction", "agent", {"United States"}),
    ("Aid worker Tom Reyes was kidnapped, tortured and killed by Hezbollah in 1985.", "abduction", "agent",
     {"Hezbollah"}),  # one by-phrase for the whole list of participles
    ("Ken Salazar demanded in a letter to Tom Reyes that the company pay all claims.",
     "demand", "target", {"Tom Reyes"}),  # the letter's addressee
    ("Oil from the Gulf of Mexico well reached Louisiana. Barack Obama visited the Gulf on Tuesday.", "visit",
     "target", {"Gulf of Mexico"}),  # the short name stands for the full one the article writes
])
def test_round14_role_filler(run, text, type_name, role, expected):
    [e] = by_type(run(text), type_name)
    assert names(e, role) == expected


@pytest.mark.parametrize("text, type_name", [
    ("Barack Obama said that individuals will still be able to sue Petrolux.", "lawsuit"),  # a possibility
    ("New cases in Japan made it more likely that the WHO will declare a full pandemic.", "statement"),
    ("Some Louisiana officials are concerned that Petrolux will bail out prematurely.", "bailout"),  # a fear
])
def test_round14_only_possible_or_feared(run, text, type_name):
    assert not by_type(run(text), type_name)


def test_round14_not_until_means_it_happened(run):
    [e] = by_type(run("Barack Obama did not visit Louisiana until the oil reached its marshes."), "visit")
    assert e.status == "occurred"
    [p] = by_type(run("Barack Obama didn't promise not to play golf until the last drop was cleaned up."), "pledge")
    assert p.status == "negated"  # the until-clause is the promise's content


def test_round14_a_relative_clause_on_a_date_is_dated_by_it(run):
    [e] = by_type(run("Deutsche Bank shifted $32 billion of troubled assets. And the markets were fooled, bidding "
                      "Deutsche Bank's shares up nearly 19 percent on Oct. 30, the day it made the startling "
                      "announcement that it had turned an unexpected profit."), "statement")
    assert e.date is not None and e.date.value == "2010-10-30"


def test_round14_a_lower_case_common_noun_is_no_party(run):
    ev = run("Having swept elections in January, conservatives boast a democratic mandate in Baghdad.")
    assert not any(a.name == "Conservative Party" for e in ev for a in e.actors)


# -- round 14b (development seeds 391-402, continued) --------------------------------------
def test_round14b_a_date_before_a_sequence_clause_is_the_main_clauses(run):
    [e] = by_type(run("On April 16, four days before the Deepwater Horizon exploded in a fireball, one of the two "
                      "company men boarded a helicopter.", datetime(2010, 5, 20, 12)), "accident")
    assert e.date is None or e.date.value != "2010-04-16"


def test_round14b_a_plural_noun_listing_names_gives_them_all(run):
    [e] = by_type(run("Also on Monday, four members of Obama's Cabinet -- Homeland Security Secretary Janet "
                      "Napolitano, Interior Secretary Ken Salazar, EPA Administrator Lisa P. Jackson and Energy "
                      "Secretary Steven Chu -- met with BP chief executive Tony Hayward."), "meeting")
    assert {"Janet Napolitano", "Ken Salazar", "Lisa P. Jackson", "Steven Chu"} <= names(e, "agent")


@pytest.mark.parametrize("text, type_name", [
    ("But new sales have not been increasing.", "economic_report"),  # a denied trend of no one
    ("The contagious infection kills an estimated 1,600 children under the age of 5 every day.", "infection"),
])
def test_round14b_not_an_event(run, text, type_name):
    assert not by_type(run(text), type_name)


@pytest.mark.parametrize("text, type_name, status", [
    ("No one had told Corrigan's wife that Dave Corrigan was injured.", "injury", "occurred"),  # nobody's claim
    ("Ken Salazar said an ongoing investigation by U.S. authorities would hold BP accountable.", "investigation",
     "claimed"),  # under way, not planned
])
def test_round14b_status(run, text, type_name, status):
    [e] = by_type(run(text), type_name)
    assert e.status == status


def test_round14b_a_raided_home_is_no_armed_attack(run):
    assert not by_type(run("Conrad Murray was questioned. On 28 July 2009 Dr Murray's home is also raided."), "attack")


# -- round 14c (development seeds 415-426) --------------------------------------------------
def test_round14c_a_whose_phrase_is_the_subject_of_its_own_verb(run):
    ev = run("Claims spokeswoman Amy Weiss declined comment, referring AP to a report from former U.S. Attorney "
             "General Michael Mukasey, whose own firm, Debevoise & Plimpton LLP, was hired by Feinberg's office.")
    assert not any("Amy Weiss" in names(e) for e in by_type(ev, "appointment"))  # the firm was hired, not her


@pytest.mark.parametrize("text, type_name", [
    # no state: business leaders of a country, a girl from its capital
    ("Women hold 12 percent of directorships, according to a group of major British business leaders who have "
     "called for urgent action.", "appeal"),
    ("An 11-year-old girl from south-west London who had visited the US is among those who have contracted swine "
     "flu.", "visit"),
    ("Brazil is already receiving inquiries from companies looking to move their rigs here.", "investigation"),
    ("Zaki Chehab can reach places and people in Iraq denied to almost all western reporters.", "denial"),
])
def test_round14c_no_such_event_or_actor(run, text, type_name):
    for e in by_type(run(text), type_name):
        assert "United Kingdom" not in names(e) and "Zaki Chehab" not in names(e)


@pytest.mark.parametrize("text, published, type_name, value", [
    # a date after a before/after/until clause with its own verb is that clause's
    ("Fidel Castro accused Mexico of failing to disclose the spread of swine flu until after Barack Obama, the US "
     "president, had visited the country on 16 April.", datetime(2009, 5, 2, 12), "accusation", None),
    # a date in a phrase after another event noun dates that noun
    ("BP released on Wednesday an internal investigation into the explosion on the Deepwater Horizon drilling "
     "rig on April 20.", datetime(2010, 9, 9, 12), "investigation", "2010-09-08"),
    # "<date>, when ...": the when-clause happens then
    ("BP believes the extra pumping power can help reduce the spill by early next week, when President Barack "
     "Obama is scheduled to make his fourth visit to the Gulf.", datetime(2010, 6, 8, 12), "visit", "2010-W24"),
    # a record's baseline is no period of the event
    ("BP shares in the UK have fallen to their lowest level since 1997 amid fears of huge US penalties.",
     datetime(2010, 6, 8, 12), "market_move", None),
    # a date opening a timeline line, run into the subject
    ("May 2009 Dr Murray is hired by promoters AEG Live, at Jackson's request, as the star's personal physician.",
     datetime(2009, 9, 26, 12), "appointment", "2009-05"),
    # a deadline of a plan
    ("Britain and the US are privately planning to withdraw most of their forces from Iraq by early next year.",
     datetime(2005, 7, 10, 12), "withdrawal", "2006"),
])
def test_round14c_event_dates(run, text, published, type_name, value):
    [e] = by_type(run(text, published), type_name)
    assert (e.date.value if e.date else None) == value


def test_round14c_a_deadline_is_on_or_before(run):
    [e] = by_type(run("Britain and the US are privately planning to withdraw most of their forces from Iraq by "
                      "early next year.", datetime(2005, 7, 10, 12)), "withdrawal")
    assert e.date.mod == "ON_OR_BEFORE" and e.date.start == datetime(2005, 7, 10).date()


@pytest.mark.parametrize("text, published, role, expected", [
    ("President Obama urged Congress to act.", datetime(2010, 6, 8, 12), "agent", {"Barack Obama"}),
    ("President Bush visited Kuwait on Monday.", datetime(1991, 3, 6, 12), "agent", {"George H. W. Bush"}),
    ("President Bush visited Biloxi on Monday.", datetime(2005, 9, 6, 12), "agent", {"George W. Bush"}),
])
def test_round14c_a_bare_surname_of_a_known_figure_of_its_time(run, text, published, role, expected):
    [e] = run(text, published)
    assert names(e, role) == expected


def test_round14c_a_participle_after_a_list_describes_its_last_name(run):
    [e] = by_type(run("At least 20 companies make flu vaccines including Sanofi Pasteur, Australia's CSL Ltd, "
                      "GlaxoSmithKline Plc, Novartis AG, Baxter and nasal spray maker MedImmune, acquired by "
                      "AstraZeneca Plc."), "acquisition")
    assert names(e, "target") == {"MedImmune"}


def test_round14c_a_relative_clause_is_about_its_one_antecedent(run):
    for e in by_type(run("The scientists include General Amir al-Saadi, who negotiated with UN inspectors on behalf "
                         "of the Saddam regime; Rihab Taha, a biologist also known as Dr Germ; and Huda Amash, a "
                         "biologist nicknamed Mrs Anthrax by UN inspectors."), "meeting"):
        assert not {"Rihab Taha", "Huda Amash"} & names(e)


def test_round14c_a_name_of_common_nouns_is_no_titled_person(run):
    ev = run("\"They don't know how to pick stuff up,\" said Dmytryk, whose organization is working with Tri-State "
             "Bird Rescue, a company hired by BP to coordinate animal rescue and cleaning in Louisiana.")
    assert not any(a.kind == "person" and a.name == "Bird Rescue" for e in ev for a in e.actors)


# -- round 15 (strict judging of development seeds 427-438) ------------------------------------
@pytest.mark.parametrize("text, published, type_name, value", [
    # "according to X, which last week chose ...": the relative clause has its own date
    ("A contradiction in terms, according to some of his Foreign Office friends, but not according to the Joseph "
     "Rowntree Charitable Trust, which last week chose Ross as one of its seven visionaries.",
     datetime(2005, 6, 20, 12), "appointment", "2005-W24"),
    # the complement of an aspect verb carries the clause's date
    ("Barack Obama continued to pile pressure on BP on Friday, calling for funds to be placed into an escrow "
     "account.", datetime(2010, 6, 14, 12), "appeal", "2010-06-11"),
    # an event noun inside what was said is not dated by the saying
    ("Last night, friends of Robin Cook said his demise had left a huge gap in British politics.",
     datetime(2005, 8, 7, 12), "death", None),
])
def test_round15_event_dates(run, text, published, type_name, value):
    [e] = by_type(run(text, published), type_name)
    assert (e.date.value if e.date else None) == value


def test_round15_a_possessed_death_in_a_claim_is_a_known_fact(run):
    [e] = by_type(run("Last night, friends of Robin Cook said his demise had left a huge gap in British politics.",
                      datetime(2005, 8, 7, 12)), "death")
    assert e.status == "occurred" and names(e, "target") == {"Robin Cook"}


@pytest.mark.parametrize("text, expected", [
    ("The revised figures suggest the disaster will be far more costly for BP, which has seen its stock plummet "
     "since the explosion.", {"BP"}),
    ("Shares in Transocean and in Anadarko Petroleum, two firms which may face legal liabilities, rallied on "
     "Wednesday.", {"Transocean", "Anadarko Petroleum"}),
])
def test_round15_whose_shares_moved(run, text, expected):
    [e] = by_type(run(text, datetime(2010, 6, 11, 12)), "market_move")
    assert names(e, "target") == expected


@pytest.mark.parametrize("text, type_name", [
    ("BP said its profit fell. It blamed the delays that dogged its attempts to seal the leak, along with higher "
     "clean-up costs.", "accusation"),  # a cause blamed, no one accused
    ("Crews working at the site toiled under oppressive conditions as the heat index soared to 110 degrees and "
     "toxic vapors emanated from the depths.", "market_move"),
    ("Last month, Munich Re began a trial of the world's first flood microinsurance policy in Jakarta.", "trial"),
    ("More than 100 Haitians have been picked up off the Turks and Caicos Islands by marine police.",
     "appointment"),
    ("Fitch Ratings expected BP to face greater costs than previously thought.", "appeal"),
    ("In a move seen as an echo of the 1970s, when a military dictatorship ruled South Korea, the government "
     "detained Park this month, invoking a law that charges him with spreading false rumors.", "verdict"),
    ("And the Fed should have shut down the easy-money party by raising interest rates.", "monetary_policy"),
    ("The Chinese go around the world quietly signing big oil supply deals with Sudan and Iran.", "agreement"),
    ("Suspects abducted by the CIA are loaded in shackles onto executive jets.", "arrest"),
    ("Frank Gardner's doctors can not increase his medication without side effects, which he refuses to "
     "countenance.", "denial"),
])
def test_round15_not_an_event(run, text, type_name):
    assert not by_type(run(text), type_name)


@pytest.mark.parametrize("text, type_name, role, expected", [
    ("Barack Obama blamed BP for the spill.", "accusation", "target", {"BP"}),
    ("BP blamed the delays on Transocean.", "accusation", "target", {"Transocean"}),
    ("The Fed responded by raising interest rates on Tuesday.", "monetary_policy", "agent", {"Federal Reserve"}),
])
def test_round15_guards(run, text, type_name, role, expected):
    [e] = by_type(run(text), type_name)
    assert names(e, role) == expected


@pytest.mark.parametrize("text, published, type_name, role, expected", [
    # a given name shares the family name of its pair or of the parent named before "whose"
    ("In 2000, McCain accused Texas businessmen Sam and Charles Wyly of being corrupt.", datetime(2008, 9, 24, 12),
     "accusation", "target", {"Sam Wyly", "Charles Wyly"}),
    ("The campaign is led by Rose Gentle from Glasgow, whose 19-year-old son Gordon was killed in Iraq in June "
     "last year.", datetime(2005, 1, 19, 12), "attack", "target", {"Gordon Gentle"}),
    ("Sean Cassidy, whose son, Ciaran, 24, was killed in the Russell Square bomb, said he would attend.",
     datetime(2005, 11, 1, 12), "attack", "target", {"Ciaran Cassidy"}),
    # the recogniser's "the Deepwater [Horizon]"
    ("In the fateful hours before the Deepwater Horizon exploded about 50 miles off the Louisiana shore, a safety "
     "test was performed.", datetime(2010, 5, 14, 12), "accident", "agent", {"Deepwater Horizon"}),
    ("The country's most senior Shia cleric Grand Ayatollah Ali al-Sistani has also urged Shias to refrain from "
     "retaliation.", datetime(2005, 5, 30, 12), "appeal", "agent", {"Ali al-Sistani"}),
    ("Lula called on the group to come up with proposals for change.", datetime(2008, 11, 9, 12), "appeal",
     "agent", {"Luiz Inacio Lula da Silva"}),
])
def test_round15_actor_names(run, text, published, type_name, role, expected):
    [e] = by_type(run(text, published), type_name)
    assert names(e, role) == expected


def test_round15_officials_including_a_named_one(run):
    [e] = by_type(run("Tony Hayward is in Moscow where he has held meetings with Russian officials including "
                      "Deputy Prime Minister Igor Sechin.", datetime(2010, 6, 28, 12)), "meeting")
    assert "Igor Sechin" in names(e)


# -- round 15b (strict judging of seeds 439-450, then used for development) -------------------------
@pytest.mark.parametrize("text, published, type_name, value", [
    # what was said in the past perfect happened before the telling
    ("Cameron attended a meeting yesterday, and also revealed last night that BP had turned down his offer of "
     "help.", datetime(2010, 6, 3, 12), "denial", None),
    # a year that is the object of a declaration is its content, not its date
    ("The United Nations has declared 2010 the International Year of Biodiversity.", datetime(2010, 1, 13, 12),
     "statement", None),
    # a consent's infinitive dates it
    ("A penalty for BP could top the record $1.3 billion that Pfizer agreed to pay last September.",
     datetime(2010, 6, 30, 12), "agreement", "2009-09"),
])
def test_round15b_event_dates(run, text, published, type_name, value):
    [e] = by_type(run(text, published), type_name)
    assert (e.date.value if e.date else None) == value


@pytest.mark.parametrize("text, type_name", [
    ("First, ever since the demise of Bear Stearns in March, the government had been drawing up contingency "
     "plans.", "death"),  # a firm does not die
    ("With many of Haiti's communication lines down, Haitians living abroad have been battling to get through to "
     "relatives.", "fighting"),  # a struggle, no fight
    ("For Iraqis, already accustomed to unspeakable things happening to anyone detained by Saddam's police in Abu "
     "Ghraib, little can have changed.", "arrest"),  # whoever it may be
])
def test_round15b_not_an_event(run, text, type_name):
    assert not by_type(run(text, datetime(2008, 9, 17, 12)), type_name)


@pytest.mark.parametrize("text, published, type_name, role, expected", [
    ("Barak Obama appointed Fred Bartlit on Friday.", datetime(2010, 6, 14, 12), "appointment", "agent",
     {"Barack Obama"}),
    ("FDR declared war on Japan.", datetime(2008, 10, 1, 12), "fighting", "agent", {"Franklin D. Roosevelt"}),
    ("Cambodian Prime Minster Hun Sen made a plea for calm on Friday.", datetime(2009, 5, 5, 12), "appeal",
     "agent", {"Hun Sen"}),
    # a known name the recogniser ran into a date
    ("June 1 - BP shares plunge 17 percent in London trading, wiping $23 billion off its market value.",
     datetime(2010, 7, 23, 12), "market_move", "target", {"BP"}),
    # the one who grants a request was asked
    ("Judge Michael Pastor also granted a request by the California Medical Board to suspend the licence of Dr "
     "Conrad Murray.", datetime(2011, 1, 11, 12), "appeal", "target", {"Michael Pastor"}),
])
def test_round15b_actors(run, text, published, type_name, role, expected):
    [e] = by_type(run(text, published), type_name)
    assert names(e, role) == expected


# -- round 15c (strict judging of seeds 451-462, then used for development) -------------------------
def test_round15c_days_counted_on_from_a_day_told_about(run):
    [e] = by_type(run("She went to the hospital in Oaxaca, the state capital, on 8 April but Adela Maria Gutierrez "
                      "died five days later.", datetime(2009, 4, 29, 12)), "death")
    assert e.date.value == "2009-04-13" and e.date.text == "five days later"


def test_round15c_a_public_figure_at_the_end_of_a_run_in_name(run):
    [e] = by_type(run("Locals compare the response to that after hurricane Katrina Barack Obama surveys damage along "
                      "the coastline. Obama's two-day visit is the latest attempt to assert his mastery over the "
                      "spill.", datetime(2010, 6, 13, 12)), "visit")
    assert names(e, "agent") == {"Barack Obama"}


@pytest.mark.parametrize("text, type_name", [
    # a headline's passive: the subject is the one attacked, and no critic is named
    ("BP attacked over oil leak video BP has come under fire over a video showing oil still leaking.", "criticism"),
    ("In many ways, Louisiana made its deal with the devil long ago.", "agreement"),  # a figure of speech
    ("When not defending himself against the senate report's allegations, Mr Galloway attacked the morality of the "
     "post-Gulf war sanctions on Iraq and the wisdom of the 2003 US-led invasion.", "attack"),  # words, no arms
])
def test_round15c_not_an_event(run, text, type_name):
    assert not by_type(run(text, datetime(2010, 5, 20, 12)), type_name)


# -- round 15d (strict judging of seeds 463-474, then used for development) -------------------------
def test_round15d_a_kidnapping_is_no_arrest(run):
    ev = run("Hezbollah kidnapped William Buckley in Beirut in 1984.")
    assert not by_type(ev, "arrest")
    [e] = by_type(ev, "abduction")
    assert names(e, "agent") == {"Hezbollah"} and names(e, "target") == {"William Buckley"}


def test_round15d_a_pledge_of_aid_for_a_country_targets_it(run):
    [e] = by_type(run("The EU has pledged more than 400m euros in emergency aid for Haiti, as rescuers battle to help "
                      "survivors.", datetime(2010, 1, 20, 12)), "pledge")
    assert names(e, "target") == {"Haiti"}


# -- round 16 (strict judging of seeds 487-498, then used for development) --------------------------
@pytest.mark.parametrize("text, published, type_name, role, expected", [
    # a name modifying the noun after "a" is still a name
    ("A BP petrol station closed due to a Greenpeace protest, in Camden, London, 27 July 2010.",
     datetime(2011, 1, 6, 12), "protest", "agent", {"Greenpeace"}),
    # a known figure's name written in lower case elsewhere in a comment is still the figure
    ("And all Obama has done is pass the buck and blame bush. Obama was either naive or lying when he blamed "
     "everything from Katrina to the financial meltdown on Bush.", datetime(2010, 5, 26, 12), "accusation", "target",
     {"George W. Bush"}),
    # blamed on a failure at a company: the company
    ("On Saturday, U.S. President Barack Obama blamed the massive Gulf of Mexico oil spill on \"a breakdown of "
     "responsibility\" at BP.", datetime(2010, 5, 24, 12), "accusation", "target", {"BP"}),
    # a place name right after the verb, misparsed as an adverb, is its object
    ("Chilean President Michelle Bachelet, who has been visiting Washington, was due to hold talks with officials.",
     datetime(2009, 6, 24, 12), "visit", "target", {"United States"}),
    # a second name coordinated inside the first one's apposition
    ("But George Tenet, then CIA chief, and his deputy, John McLaughlin, both denied having been told of it.",
     datetime(2005, 4, 1, 12), "denial", "agent", {"George Tenet", "John McLaughlin"}),
    # companions set off before the verb act with the subject
    ("Federal Reserve Chairman Ben S. Bernanke, along with Treasury Secretary Henry M. Paulson Jr., had urged "
     "Congress to pass legislation.", datetime(2008, 9, 30, 12), "appeal", "agent",
     {"Ben S. Bernanke", "Henry M. Paulson Jr."}),
    # the names a subject's "including" gives
    ("Several countries including Russia and China have banned pork imports from Mexico.",
     datetime(2009, 4, 28, 12), "restriction", "agent", {"Russia", "China"}),
    # what speeches imply is the speakers' claim (not the date's, "on Sunday", before the participle)
    ("George Bush and Tony Blair made heroic speeches on Sunday implying that Iraqis had voted to approve the "
     "occupation.", datetime(2005, 2, 1, 12), "vote", "agent", {"Iraqis"}),
])
def test_round16_actors(run, text, published, type_name, role, expected):
    [e] = by_type(run(text, published), type_name)
    assert names(e, role) == expected


def test_round16_an_apposition_description_stops_at_its_conjunct(run):
    [e] = by_type(run("But George Tenet, then CIA chief, and his deputy, John McLaughlin, both denied having been "
                      "told of it.", datetime(2005, 4, 1, 12)), "denial")
    assert {a.name: a.description for a in e.actors}["George Tenet"] == "then CIA chief"


def test_round16_implied_is_claimed_by_the_speakers(run):
    [e] = by_type(run("George Bush and Tony Blair made heroic speeches on Sunday implying that Iraqis had voted to "
                      "approve the occupation.", datetime(2005, 2, 1, 12)), "vote")
    assert e.status == "claimed" and e.claim_source == "George W. Bush" and e.date is None


@pytest.mark.parametrize("text, published, type_name, value", [
    # a plain date of the same event sharpens an open-ended one
    ("The radical leader of neighbouring Colombia, Jorge Gaitn, was assassinated more than 50 years ago, in 1948.",
     datetime(2005, 8, 25, 12), "attack", "1948"),
    # a past act through a period: the period
    ("While the U.S. economy expanded through the first half of this year, economists are predicting that it will "
     "contract.", datetime(2008, 10, 3, 12), "economic_report", "2008-H1"),
    # "a day after" a clause, counted back from the day told about
    ("The Novartis vaccine will enter clinical trials next month, the Swiss drugmaker said on Friday, a day after the "
     "World Health Organization declared a pandemic.", datetime(2009, 6, 12, 12), "statement", "2009-06-11"),
])
def test_round16_event_dates(run, text, published, type_name, value):
    [e] = by_type(run(text, published), type_name)
    assert e.date is not None and e.date.value == value


@pytest.mark.parametrize("text, published, type_name", [
    # an act judged in an expletive clause is not done
    ("Governor Bob Riley said he opposed the decision on the grounds that it was premature to sue BP before it has "
     "a chance to pay claims.", datetime(2010, 8, 13, 12), "lawsuit"),
    # what a worry or a possibility is about
    ("White House spokesman Robert Gibbs expressed no concern about BP going bankrupt or being broken up.",
     datetime(2010, 6, 3, 12), "bankruptcy"),
    ("And there is now little possibility of a nuclear-armed Iraq threatening the Middle East.",
     datetime(2005, 2, 20, 12), "threat"),
    # a building in the compound of an attack noun was struck, it struck nothing
    ("The two major al-Qaeda-linked attacks on U.S. soil -- the World Trade Center bombing in 1993 and the 2001 "
     "hijackings -- occurred in the early months of new administrations.", datetime(2008, 11, 15, 12), "attack"),
    # a clause after "but" has its own subject, even when the parser joined it to the noun before
    ("BP has managed to seal one of three leaks but oil is still gushing into the sea.", datetime(2010, 5, 5, 12),
     "spill"),
    # a sea does not threaten; oil spewing into it "threatening five states" is a hazard
    ("Five thousand barrels of oil a day continue to spew into the Gulf of Mexico threatening five states.",
     datetime(2010, 5, 10, 12), "threat"),
])
def test_round16_not_an_event(run, text, published, type_name):
    assert not by_type(run(text, published), type_name)


@pytest.mark.parametrize("text, type_name", [
    ("Alabama decided to sue BP.", "lawsuit"),  # guard: a decision is a plan
    ("A BP spokesman denied the report.", "denial"),  # "a" goes with the spokesman, BP speaks
])
def test_round16_guards(run, text, type_name):
    assert by_type(run(text, datetime(2010, 8, 13, 12)), type_name)


# -- round 16b (strict judging of seeds 499-510, then used for development) -------------------------
@pytest.mark.parametrize("text, published, type_name, value", [
    # a trailing participle shares its head's plan and time
    ("On Monday, Obama will make his fourth trip to the Gulf, visiting Alabama, Mississippi and Florida for the first "
     "time since the start of the crisis.", datetime(2010, 6, 13, 12), "visit", "2010-06-14"),
    # "shortly before noon on Monday" is about then, no deadline
    ("Obama is set to arrive in Biloxi, Miss., shortly before noon on Monday.", datetime(2010, 6, 14, 12), "visit",
     "2010-06-14T12:00"),
    # a finite verb the parser hung on a root noun is the main verb, dated by the fronted day
    ("On Tuesday, the Paris Club of creditor governments, including the US, UK, France and Germany, called on other "
     "nations to follow its lead in canceling debts to Haiti.", datetime(2010, 1, 19, 12), "appeal", "2010-01-19"),
])
def test_round16b_event_dates(run, text, published, type_name, value):
    [e] = by_type(run(text, published), type_name)
    assert e.date is not None and e.date.value == value


def test_round16b_a_day_counted_back_only_from_a_day_of_an_act(run):
    [e] = by_type(run("Ray Kelly is likely to have caused more consternation in Scotland Yard after disclosing new "
                      "details about the July 7 investigation, a week after the Met appealed to international "
                      "agencies to be discrete.", datetime(2005, 8, 4, 12)), "appeal")
    assert e.date is None


@pytest.mark.parametrize("text, published, type_name, role, expected", [
    # a passive relative clause is about its antecedent
    ("He was the deputy of Abu Musab Zarqawi, the Jordanian-born leader of al-Qaida in Iraq who has been sentenced to "
     "death in absentia by a Jordanian court.", datetime(2005, 11, 14, 12), "verdict", "target", {"Abu Musab Zarqawi"}),
    # accusations that someone did it accuse them
    ("Relations have worsened following accusations by Sheikh Harith al-Dhari that the Badr Brigades had orchestrated "
     "the killing of a number of prominent Sunni figures.", datetime(2005, 5, 30, 12), "accusation", "target",
     {"Badr Brigades"}),
    # one withdraws one's own troops from somewhere
    ("Obama will withdraw US troops from Afghanistan.", datetime(2010, 11, 27, 12), "withdrawal", "target",
     {"Afghanistan"}),
])
def test_round16b_actors(run, text, published, type_name, role, expected):
    [e] = by_type(run(text, published), type_name)
    assert names(e, role) == expected


def test_round16b_what_reports_say_is_claimed(run):
    [e] = by_type(run("Local health officials have, however, denied reports that Ms Gutierrez had infected 20 people "
                      "as well as members of her family.", datetime(2009, 4, 29, 12)), "infection")
    assert e.status == "claimed"


@pytest.mark.parametrize("text, type_name", [
    ("Today presenter John Humphrys, which were controversially leaked to the press.", "spill"),  # no oil
    ("The final live show hears Stephen Nolan rounding up a special four days of programming from Newcastle.",
     "arrest"),  # rounding up a programme arrests no one
])
def test_round16b_not_an_event(run, text, type_name):
    assert not by_type(run(text, datetime(2010, 9, 8, 12)), type_name)


# -- round 16c (strict judging of seeds 511-522, then used for development) -------------------------
@pytest.mark.parametrize("text, published, type_name", [
    # the level a move started from dates the level, not the move
    ("Home prices have already fallen about 25 percent from their peak in 2006, and experts say they must fall "
     "further.", datetime(2008, 10, 30, 12), "market_move"),
    # a conjunct sharing "had" is told in the past perfect: the telling's day is not its date
    ("Late Saturday, BP spokesman Andrew Gowers said the company had taken Abbott's allegations seriously and "
     "investigated them thoroughly.", datetime(2010, 5, 15, 12), "investigation"),
])
def test_round16c_undated(run, text, published, type_name):
    [e] = by_type(run(text, published), type_name)
    assert e.date is None


def test_round16c_a_reduced_relative_tagged_past_is_passive(run):
    [e] = by_type(run("Ben Emmerson QC represented Katherine Gun, the former GCHQ translator accused of leaking details "
                      "of an operation to spy on the United Nations, and the Paris Club accused BP.",
                      datetime(2005, 6, 5, 12)), "accusation")
    assert names(e, "agent") == {"Paris Club"} and names(e, "target") == {"BP"}


@pytest.mark.parametrize("text, type_name", [
    # done "without" it: not done
    ("It sometimes accepted the accounts of company officials without probing more deeply, the report shows.",
     "investigation"),
])
def test_round16c_not_an_event(run, text, type_name):
    assert not by_type(run(text, datetime(2010, 7, 18, 12)), type_name)


def test_round16c_a_present_conjunct_takes_no_past_year(run):
    ev = by_type(run("Wyclef Jean was made a roving ambassador for Haiti in 2007 and provides humanitarian aid to Haiti "
                     "through his Yele Haiti foundation.", datetime(2010, 1, 13, 12)), "aid")
    assert all(e.date is None or e.date.value != "2007" for e in ev)


# -- round 16d (strict judging of seeds 523-534, then used for development) -------------------------
def test_round16d_a_threat_of_action_against_someone_targets_them_and_no_other_mention_joins(run):
    [e] = by_type(run("The memo is said to describe an alleged conversation between Bush and Tony Blair last April, "
                      "when Bush apparently threatened to use \"military action\" against al-Jazeera.",
                      datetime(2005, 11, 28, 12)), "threat")
    assert names(e, "agent") == {"George W. Bush"} and names(e, "target") == {"Al Jazeera"}


def test_round16d_the_election_of_someone_elects_them(run):
    [e] = by_type(run("After several years of unrest, this new hope was symbolised by the election in 1990 of a young "
                      "former Catholic priest, Jean-Bertrand Aristide.", datetime(2010, 1, 13, 12)), "election")
    assert names(e, "target") == {"Jean-Bertrand Aristide"} and not names(e, "agent")


# -- round 16e (strict judging of seeds 535-546, then used for development) -------------------------
def test_round16e_a_vow_to_kill_is_a_threat(run):
    ev = run("Al-Qaida forces in Iraq had vowed to kill anyone who took part in the referendum.",
             datetime(2005, 10, 27, 12))
    assert by_type(ev, "threat") and not by_type(ev, "pledge")
    assert by_type(run("Obama vowed to help Haiti.", datetime(2010, 1, 27, 12)), "pledge")  # a promise stays one


def test_round16e_a_week_after_under_a_present_main_clause_counts_back_from_publication(run):
    [e] = by_type(run("A week after a devastating earthquake hit Haiti, people are still battling for daily survival "
                      "among the wreckage of their homes.", datetime(2010, 1, 19, 12)), "disaster")
    assert e.date is not None and e.date.value == "2010-01-12"
    [e] = by_type(run("Two days after the quake struck Haiti, aid began to arrive.", datetime(2010, 1, 19, 12)),
                  "disaster")
    assert e.date is None  # a past main clause has a day of its own, not the publication's


# -- round 17 (strict judging of seeds 559-570, then used for development) -------------------------
def test_round17_an_acronym_the_text_defines_for_a_device_is_no_actor(run):
    ev = run("The Health and Safety Executive issued Transocean with an improvement notice in 2006, criticising "
             "the testing of a so-called blow out preventer (BOP). Transocean bought the BOP from Cameron.",
             datetime(2010, 5, 6, 12))
    assert not any(a.name == "BOP" for e in ev for a in e.actors)
    ev = run("Iraq's Supreme Council for the Islamic Revolution in Iraq (SCIRI) called for a federal state.",
             datetime(2005, 8, 12, 12))
    assert any(a.role == "agent" for e in by_type(ev, "appeal") for a in e.actors)  # a name's acronym stays


def test_round17_a_bare_conjunct_or_gerund_object_of_a_pressed_for_infinitive_is_not_done(run):
    for text in ["Groups are pressing the US administration to halt the burning and prosecute BP.",
                 "Groups are pressing the US administration to halt the burning and look at prosecuting BP."]:
        assert not by_type(run(text, datetime(2010, 6, 25, 12)), "charge"), text
    ev = run("McCain tried to change the race by announcing that he would suspend his campaign.",
             datetime(2008, 9, 25, 12))
    assert by_type(ev, "statement")  # the means was used


def test_round17_a_past_tense_before_clause_is_no_pending_act(run):
    [e] = by_type(run("The infection is believed to have resulted from exposure in Mexico before the WHO recognized "
                      "and announced the epidemic.", datetime(2009, 4, 30, 12)), "statement")
    assert e.status == "occurred"
    [e] = by_type(run("BP will not decide until after Svanberg has met Obama.", datetime(2010, 6, 12, 12)), "meeting")
    assert e.status == "planned"


def test_round17_a_planned_perfect_after_until_after_takes_the_coming_weekday(run):
    [e] = by_type(run("But a source said a decision may not be made until after BP Chairman Carl-Henric Svanberg has "
                      "met with Obama at the White House on Wednesday.", datetime(2010, 6, 12, 12)), "meeting")
    assert e.date is not None and e.date.value == "2010-06-16"


def test_round17_this_week_in_a_sunday_paper_is_the_coming_week_for_a_plan(run):
    [e] = by_type(run("This week David Cameron will travel to the US to meet Obama.", datetime(2010, 7, 18, 12)),
                  "visit")
    assert e.date is not None and e.date.value == "2010-W29"
    [e] = by_type(run("This week David Cameron will travel to the US to meet Obama.", datetime(2010, 7, 15, 12)),
                  "visit")
    assert e.date is not None and e.date.value == "2010-W28"  # on a weekday it is the current week


def test_round17_an_inline_dateline_dates_nothing_and_is_no_sentence_of_events(run):
    [e] = by_type(run("(By Andrew Harrer -- Bloomberg News) NEW YORK, June 16 -- The acquisition of Barclays Global "
                      "Investors by BlackRock creates a giant.", datetime(2009, 6, 17, 12)), "acquisition")
    assert e.date is None
    ev = run("Decision due early 2011, delays possible By Wojciech Moskwa and Gwladys Fouche OSLO, July 29 (Reuters) "
             "- Norway's consensus on offshore drilling is under attack.", datetime(2010, 7, 29, 12))
    assert not any("Moskwa" in a.name for e in ev for a in e.actors)


def test_round17_the_giver_of_pledges_taken_from_them_is_not_the_taker(run):
    ev = run("Some of them performed while others, including director Steven Spielberg, singer Stevie Wonder and TV "
             "star Ellen DeGeneres, took telephone pledges from viewers.", datetime(2010, 1, 24, 12))
    assert not any(a.name == "Steven Spielberg" and a.role == "agent" for e in by_type(ev, "pledge") for a in e.actors)


def test_round17_a_name_in_a_comparison_is_no_antecedent(run):
    ev = run("The High Court heard that British soldiers forced them to dance 'like Michael Jackson' and beat one "
             "detainee for three days until he died.", datetime(2005, 6, 5, 12))
    assert not any(a.name == "Michael Jackson" for e in by_type(ev, "death") for a in e.actors)


def test_round17_a_well_known_company_taken_for_a_product_is_the_company(run):
    [e] = by_type(run("Investors are starting to bet that Anadarko, whose shares have tumbled 43 percent, may not "
                      "face the financial hit.", datetime(2010, 6, 14, 12)), "market_move")
    assert names(e, "target") == {"Anadarko Petroleum"}


def test_round17_a_photo_position_is_an_aside(run):
    [e] = by_type(run("Then-President George W. Bush, center, flanked by Federal Reserve Chairman Ben S. Bernanke, left, "
                      "Treasury Secretary Henry M. Paulson Jr. and Securities and Exchange Commission head Christopher "
                      "Cox, asked Congress to enact a historic rescue package.", datetime(2008, 9, 19, 12)), "appeal")
    assert names(e, "agent") == {"George W. Bush"}
    assert ", center," in e.sentence  # the article's words are shown as written


def test_round17_a_clause_after_a_day_after_is_narrated_not_claimed(run):
    [e] = by_type(run("The energy giant also suggested it had already made clear its position on paying damages for "
                      "the disaster, a day after the US government demanded immediate clarification on the issue.",
                      datetime(2010, 5, 17, 12)), "demand")
    assert e.status == "occurred"


# -- round 17b (the same batch, second step) -------------------------------------------------------
def test_round17b_a_named_part_of_a_century_dates_an_act(run):
    [e] = by_type(run("He recounts what happened when the British raided Benin at the end of the 19th century.",
                      datetime(2010, 9, 8, 12)), "attack")
    assert e.date is not None and e.date.value == "18" and e.date.mod == "END"


def test_round17b_whatever_an_if_clause_holds_is_hypothetical(run):
    ev = run("Stearns wonders if Hayward would have been fired if he was the captain of a ship that crashed into "
             "New Orleans, killing 11 people and spilling lots of oil.", datetime(2010, 6, 17, 12))
    assert not by_type(ev, "spill") and not by_type(ev, "death")


def test_round17b_what_a_permission_makes_possible_is_not_done(run):
    for text in ["With elections on December 15 allowing Tony Blair to hail the introduction of democracy, a joint "
                 "statement is expected.", "The ruling lets Obama visit Cuba."]:
        assert not run(text, datetime(2005, 11, 23, 12)), text


def test_round17b_what_a_dated_reaction_reacts_to_takes_no_date(run):
    [e] = by_type(run("A spokeswoman for the trade body, Oil & Gas UK, said today that the industry was disappointed "
                      "that Oettinger reiterated his desire for a moratorium.", datetime(2010, 7, 16, 12)), "statement")
    assert e.date is None


def test_round17b_the_sayings_day_hung_on_a_past_perfect_is_still_the_sayings(run):
    [e] = by_type(run("BP said on Monday it had agreed to pay.", datetime(2010, 7, 16, 12)), "agreement")
    assert e.date is None
    [e] = by_type(run("BP said it had agreed on Monday to pay.", datetime(2010, 7, 16, 12)), "agreement")
    assert e.date is not None and e.date.value == "2010-07-12"  # a day inside what was said is its own


# -- round 17c (strict judging of seeds 571-582, then used for development) ------------------------
def test_round17c_the_named_party_in_an_agreed_acts_phrase_is_the_target(run):
    [e] = by_type(run("When Warren Buffett agreed to take the helm at Salomon Brothers in 1991, he insisted on a "
                      "salary of one dollar.", datetime(2009, 1, 1, 12)), "agreement")
    assert names(e, "target") == {"Salomon Brothers"}
    [e] = by_type(run("Citigroup agreed to pay $2.16 billion for Wachovia.", datetime(2008, 9, 30, 12)), "agreement")
    assert names(e, "target") == {"Wachovia"}


def test_round17c_a_spill_that_threatens_is_no_threat(run):
    ev = run("Just as the economy was starting to turn around, the Gulf of Mexico oil spill is threatening to crush the "
             "regional industries.", datetime(2010, 6, 1, 12))
    assert not by_type(ev, "threat")
    assert by_type(run("Iran threatened to close the Strait of Hormuz.", datetime(2010, 6, 1, 12)), "threat")


def test_round17c_a_conjunct_shares_the_modal_of_its_first_verb(run):
    ev = run("The Fed was concerned that both Merrill Lynch and Bank of America could lose the confidence of investors "
             "and collapse, threatening the broader financial system.", datetime(2009, 6, 12, 12))
    assert not by_type(ev, "threat")


def test_round17c_a_person_noun_with_a_possessive_pronoun_blocks_an_earlier_antecedent(run):
    ev = run("Anthony Fatayi-Williams was killed in the bombing. Now, as his mother has traveled to London, she has "
             "made an appeal which is as haunting as it is relevant.", datetime(2005, 7, 13, 12))
    assert not any(a.name == "Anthony Fatayi-Williams" for e in by_type(ev, "appeal") for a in e.actors)


def test_round17c_a_known_figure_or_a_surname_before_and_is_no_given_name(run):
    [e] = by_type(run("Henry Paulson spoke. Later Paulson and Ben Bernanke met in Washington.",
                      datetime(2008, 9, 20, 12)), "meeting")
    assert {a.name for a in e.actors} >= {"Henry Paulson", "Ben Bernanke"}
    [e] = by_type(run("Obama and Hillary Clinton met in Washington.", datetime(2009, 3, 1, 12)), "meeting")
    assert "Obama Clinton" not in {a.name for a in e.actors}


def test_round17c_whip_is_a_title(run):
    [e] = by_type(run("According to a GOP leadership aide, Barton met with House Minority Leader John Boehner (Ohio) "
                      "and Minority Whip Eric Cantor (Va.)", datetime(2010, 6, 18, 12)), "meeting")
    assert "Eric Cantor" in {a.name for a in e.actors} and "Whip Eric Cantor" not in {a.name for a in e.actors}


def test_round17c_a_list_hung_on_its_first_name_as_an_apposition_is_a_list(run):
    [e] = by_type(run("Homeland Security Secretary Janet Napolitano, Commerce Secretary Gary Locke, NOAA Administrator "
                      "Jane Lubchenco and EPA Deputy Administrator Bob Perciasepe will travel to the region this week.",
                      datetime(2010, 5, 1, 12)), "visit")
    assert names(e, "agent") == {"Janet Napolitano", "Gary Locke", "Jane Lubchenco", "Bob Perciasepe"}


def test_round17c_a_relative_clause_on_a_dated_noun_takes_its_date(run):
    [e] = by_type(run("Investigators cited a 2003 letter to Wells from the federal Minerals Management Service that "
                      "blasted BP for incomplete planning.", datetime(2010, 8, 1, 12)), "criticism")
    assert e.date is not None and e.date.value == "2003"


def test_round17c_years_after_under_a_present_main_clause_count_back_from_publication(run):
    [e] = by_type(run("Five years after the then Home Secretary John Reid declared the system was not fit for purpose, "
                      "the Times says nothing has changed.", datetime(2011, 1, 12, 12)), "statement")
    assert e.date is not None and e.date.value == "2006"


def test_round17c_a_fronted_day_of_reported_news_stays_the_news(run):
    [e] = by_type(run("On Saturday morning, a magnitude-4.5 aftershock struck close to Haiti's capital, the US "
                      "Geological Survey said, forcing people to flee buildings.", datetime(2010, 1, 16, 12)), "disaster")
    assert e.date is not None and e.date.value.startswith("2010-01-16")
    [e] = by_type(run("He has already secured a judicial review into whether an inquiry should be held into the death "
                      "of Mousa, who died in custody in September 2003.", datetime(2005, 6, 5, 12)), "death")
    assert e.status == "occurred"  # a relative clause on a name inside a whether-clause is told as fact


# -- round 17d (the 583-594 batch) ----------------------------------------------------------------
def test_round17d_what_someone_is_called_on_to_do_is_not_done(run):
    ev = run("In February, more than a dozen members of Congress called on the Minerals Management Service, the "
             "federal agency that oversees offshore drilling, to investigate Abbott's complaints.",
             datetime(2010, 5, 16, 12))
    assert not by_type(ev, "investigation")
