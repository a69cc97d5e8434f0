"""The TimeML evaluation command: parsing, matching, scoring (synthetic data), plus a corpus check
that runs only when the shared TempEval data is present (it is never copied into the repo)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from service.evaluate import timeml
from service.evaluate.__main__ import main

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-02-05" temporalFunction="false" functionInDocument="CREATION_TIME">20220205</TIMEX3></DCT>
<TEXT>
His spokesman <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2022-02-05">Saturday</TIMEX3> that
AT&amp;T would pay <TIMEX3 tid="t2" type="SET" value="P1Y">every year</TIMEX3>; the world body said
<TIMEX3 tid="t3" type="DATE" value="2022-01" mod="END">late last month</TIMEX3> it had waited
<TIMEX3 tid="t4" type="DURATION" value="P3M">three months</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_parse_offsets_and_entities(tmp_path: Path):
    path = tmp_path / "doc.tml"
    path.write_text(DOC)
    doc = timeml.parse_timeml(path)
    assert doc.dct == dt.date(2022, 2, 5)
    assert "AT&T" in doc.text
    assert [g.text for g in doc.gold] == ["Saturday", "every year", "late last month", "three months"]
    for g in doc.gold:
        assert doc.text[g.start:g.end] == g.text
    assert doc.gold[2].mod == "END"


def test_match_is_one_to_one():
    G = timeml.GoldTimex
    gold = [G(0, 10, "", "DATE", "x"), G(12, 20, "", "DATE", "y")]
    system = [G(5, 15, "", "DATE", "x")]
    pairs = timeml.match(gold, system)
    assert len(pairs) == 1 and pairs[0][0] is gold[0]


def test_cli_scores_a_folder(tmp_path: Path, capsys):
    (tmp_path / "doc.tml").write_text(DOC)
    assert main(["timeml", str(tmp_path), "--worst", "5"]) == 0
    out = capsys.readouterr().out
    assert "value F1       1.0000" in out
    assert "relaxed span" in out and "strict span" in out


def test_split_is_deterministic():
    assert timeml.is_heldout("APW19980807.0261.tml") == timeml.is_heldout("/x/y/APW19980807.0261.tml")
    names = [f"doc{i}.tml" for i in range(400)]
    share = sum(map(timeml.is_heldout, names)) / len(names)
    assert 0.15 < share < 0.35


def test_a_folder_marked_heldout_is_a_test_set(tmp_path: Path, capsys):
    # A wrong gold value makes an error to list; the marker file must hide it from --worst.
    (tmp_path / "doc.tml").write_text(DOC.replace('value="P1Y">every year', 'value="P2Y">every year'))
    name_only = timeml.is_heldout(tmp_path / "doc.tml")
    assert main(["timeml", str(tmp_path), "--split", "tune" if not name_only else "heldout",
                 "--worst", "5"]) == 0
    assert ("'every year'" in capsys.readouterr().out) is not name_only

    (tmp_path / timeml.HELDOUT_MARKER).write_text("TempEval-3 platinum: scored, never tuned on\n")
    assert timeml.is_heldout(tmp_path / "doc.tml")
    assert timeml.load_documents([str(tmp_path)], "tune") == []
    [doc] = timeml.load_documents([str(tmp_path)], "heldout")
    assert doc.heldout
    assert main(["timeml", str(tmp_path), "--worst", "5"]) == 0
    out = capsys.readouterr().out
    assert "value F1       0.7500" in out and "'every year'" not in out
    assert main(["timeml", str(tmp_path), "--worst", "5", "--show-heldout-errors"]) == 0
    assert "'every year'" in capsys.readouterr().out


def test_another_taggers_output_is_scored_by_the_same_rules(tmp_path: Path, capsys):
    gold, run = tmp_path / "gold", tmp_path / "run"
    gold.mkdir()
    run.mkdir()
    (gold / "doc.tml").write_text(DOC)
    # The other tagger misses "every year" and gets "three months" wrong: 2 of 4 right values.
    (run / "doc.tml").write_text(DOC.replace('<TIMEX3 tid="t2" type="SET" value="P1Y">every year</TIMEX3>', "every year")
                                 .replace('value="P3M">three', 'value="P3D">three'))
    assert main(["timeml", str(gold), "--system", str(run)]) == 0
    out = capsys.readouterr().out
    assert "system=run: gold=4 system=3 relaxed=3 strict=3" in out
    assert "value F1       0.5714" in out and "words/s" not in out

    (run / "doc.tml").write_text(DOC.replace("His spokesman", "The spokesman"))
    assert main(["timeml", str(gold), "--system", str(run)]) == 1
    assert "text differs" in capsys.readouterr().out
    (run / "doc.tml").unlink()
    assert main(["timeml", str(gold), "--system", str(run)]) == 1
    assert "no output for doc.tml" in capsys.readouterr().out


SHARED = Path(__file__).resolve().parents[3] / "shared" / "eval" / "timeml"


@pytest.mark.skipif(not (SHARED / "timebank").is_dir(), reason="shared TimeML data not present")
def test_tune_split_quality_floor():
    docs = timeml.load_documents([str(SHARED / "timebank"), str(SHARED / "aquaint")], "tune")
    scores = timeml.score(docs, lambda d: False).summary()
    assert scores["relaxed_f1"] > 0.90
    assert scores["value_f1"] > 0.77
