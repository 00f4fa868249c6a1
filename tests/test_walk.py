"""The pure engine: answering per kind, back, edit, annotate, replay, progress."""

import pytest

from assessment.engine.walk import MAX_TEXT, Answer, AnswerError, Progress, Walk, check_answer


@pytest.fixture
def walk(branching) -> Walk:
    return Walk(branching.questionnaire)


def along(walk: Walk, *values) -> Walk:
    for value in values:
        walk = walk.answer(walk.current().id, value)
    return walk


# answering, per kind -------------------------------------------------------------------------------

def test_single_choice_accepts_only_its_options(walk):
    assert walk.answer("kind", "public").values == {"kind": "public"}
    with pytest.raises(AnswerError, match=r"kind: no option 'pub' \(choose from public, company, unsure\)"):
        walk.answer("kind", "pub")
    with pytest.raises(AnswerError, match="give one answer, not a list"):
        walk.answer("kind", ["public"])


def test_multiple_choice_normalises_order_and_repeats(walk):
    walk = walk.answer("kind", "public")
    assert walk.answer("uses", ["z", "x", "z"]).values["uses"] == ("x", "z")
    assert walk.answer("uses", "y").values["uses"] == ("y",)


@pytest.mark.parametrize("value, message", [
    ([], "choose at least one option"),
    (["x", "w"], "no option 'w'"),
    (["none", "x"], "'none' cannot be combined with other options"),
    ([1], "no option '1'"),
])
def test_multiple_choice_refuses(walk, value, message):
    with pytest.raises(AnswerError, match=message):
        walk.answer("kind", "public").answer("uses", value)


def test_yes_no_accepts_unknown_when_offered(walk):
    walk = along(walk, "public", ["x"])
    assert walk.answer("profiling", "unknown").values["profiling"] == "unknown"
    with pytest.raises(AnswerError, match="no option 'maybe'"):
        walk.answer("profiling", "maybe")


def test_date_is_checked_and_normalised(walk):
    walk = along(walk, "public", ["y", "z"])
    assert walk.current().id == "started"
    assert walk.answer("started", " 2025-03-01 ").values["started"] == "2025-03-01"
    for bad in ("01-03-2025", "2025-02-30", ""):
        with pytest.raises(AnswerError, match="is not a date"):
            walk.answer("started", bad)


def test_text_required_unless_optional_and_bounded(walk):
    walk = along(walk, "company")
    assert walk.current().id == "name"
    with pytest.raises(AnswerError, match="an answer is required"):
        walk.answer("name", "   ")
    with pytest.raises(AnswerError, match="longer than"):
        walk.answer("name", "x" * (MAX_TEXT + 1))
    unsure = along(Walk(walk.questionnaire), "unsure", ["none"], "Naam")
    assert unsure.current().id == "remark"
    assert unsure.answer("remark", "").complete


def test_only_the_current_question_can_be_answered(walk):
    with pytest.raises(AnswerError, match="not the current question"):
        walk.answer("name", "x")
    done = along(walk, "company", "Naam")
    assert done.complete and done.current() is None
    with pytest.raises(AnswerError, match="already complete"):
        done.answer("remark", "x")


def test_answers_keep_note_flag_and_time(walk):
    walk = walk.answer("kind", "public", note="volgens de eigenaar", flagged=True, answered_at="2026-11-22T10:00")
    assert walk.answer_to("kind") == Answer("kind", "public", "volgens de eigenaar", True, "2026-11-22T10:00")


def test_walk_is_immutable(walk):
    after = walk.answer("kind", "public")
    assert walk.answers == () and after.answers != ()


# branching and the path ----------------------------------------------------------------------------

def test_branches_follow_the_first_rule_that_holds(walk):
    assert along(walk, "company").current().id == "name"
    assert along(walk, "public", ["x"]).current().id == "profiling"
    assert along(walk, "public", ["y", "z"]).current().id == "started"
    assert along(walk, "public", ["y"]).current().id == "name"
    assert along(walk, "public", ["x"], "no").current().id == "name"
    assert along(walk, "public", ["x"], "unknown").current().id == "started"
    assert along(walk, "public", ["x"], "yes", "2024-01-01", "N").current().id == "remark"
    assert along(walk, "public", ["y"], "N").complete


def test_path_lists_answered_then_current(walk):
    walk = along(walk, "public", ["x"])
    assert walk.path() == ["kind", "uses", "profiling"]
    assert along(walk, "no", "N").path() == ["kind", "uses", "profiling", "name"]


# back, edit, annotate --------------------------------------------------------------------------------

def test_back_withdraws_the_last_answer(walk):
    two = along(walk, "public", ["x"])
    assert two.back().values == {"kind": "public"}
    assert two.back().current().id == "uses"
    assert walk.back() == walk


def test_edit_drops_answers_that_leave_the_path(walk):
    full = along(walk, "public", ["x"], "yes", "2024-01-01", "N")
    edited, dropped = full.edit("uses", ["y"])
    assert dropped == ["profiling", "started"]
    assert [a.question_id for a in edited.answers] == ["kind", "uses", "name"]
    assert edited.complete  # name -> end now: profiling is no longer answered


def test_edit_keeps_answers_still_on_the_path(walk):
    full = along(walk, "public", ["x"], "yes", "2024-01-01", "N", "")
    edited, dropped = full.edit("profiling", "unknown")
    assert dropped == [] and edited.values["profiling"] == "unknown"
    assert edited.complete


def test_edit_can_open_new_questions(walk):
    short = along(walk, "company", "N")
    edited, dropped = short.edit("kind", "public")
    # The answers are always one unbroken route from the start: 'name' now lies beyond the
    # unanswered 'uses', so it is dropped (and reported, so a face can say so).
    assert dropped == ["name"] and edited.current().id == "uses"
    assert [a.question_id for a in edited.answers] == ["kind"]


def test_edit_refuses_bad_values_and_unanswered_questions(walk):
    walk = along(walk, "company")
    with pytest.raises(AnswerError, match="no option"):
        walk.edit("kind", "nobody")
    with pytest.raises(AnswerError, match="uses: not answered on this path"):
        walk.edit("uses", ["x"])


def test_annotate_changes_note_and_flag_only(walk):
    walk = along(walk, "public", ["x"])
    noted = walk.annotate("kind", note="navragen")
    assert noted.answer_to("kind").note == "navragen" and not noted.answer_to("kind").flagged
    flagged = noted.annotate("kind", flagged=True)
    assert flagged.answer_to("kind").note == "navragen" and flagged.answer_to("kind").flagged
    assert flagged.values == walk.values
    with pytest.raises(AnswerError):
        walk.annotate("name", note="x")


# replay --------------------------------------------------------------------------------------------

def test_replay_in_any_order_returns_off_path_answers(branching):
    answers = [Answer("name", "N"), Answer("uses", ["y"]), Answer("kind", "public"),
               Answer("profiling", "yes"), Answer("ghost", "x")]
    walk, off = Walk.replay(branching.questionnaire, iter(answers))
    assert [a.question_id for a in walk.answers] == ["kind", "uses", "name"]
    assert walk.values["uses"] == ("y",)  # a stored list is normalised to a tuple
    assert [a.question_id for a in off] == ["profiling", "ghost"]
    assert walk.complete


def test_replay_stops_at_an_answer_that_no_longer_fits(branching):
    walk, off = Walk.replay(branching.questionnaire, [Answer("kind", "public"), Answer("uses", ["old"]),
                                                      Answer("name", "N")])
    assert [a.question_id for a in walk.answers] == ["kind"]
    assert [a.question_id for a in off] == ["uses", "name"]
    assert walk.current().id == "uses"


def test_replay_of_a_repeated_question_keeps_the_last(branching):
    first, last = Answer("kind", "public"), Answer("kind", "company")
    walk, off = Walk.replay(branching.questionnaire, [first, last])
    assert walk.values == {"kind": "company"} and off == [first]


# progress ------------------------------------------------------------------------------------------

def test_progress_counts_answered_and_the_remaining_range(walk):
    assert walk.progress()[:3] == (0, 2, 6)  # kind-name .. kind-uses-profiling-started-name-remark
    assert walk.progress().estimate == 0
    middle = along(walk, "public", ["x"])
    assert middle.progress()[:3] == (2, 2, 4)
    done = along(middle, "no", "N")
    assert done.progress() == Progress(4, 0, 0, 0) and done.progress().estimate == 1.0


def test_progress_estimate_never_overshoots(walk):
    for values in (("company", "N"), ("public", ["x"], "yes", "2024-01-01", "N", "")):
        w = Walk(walk.questionnaire)
        shares = []
        for value in values:
            shares.append(w.progress().estimate)
            w = w.answer(w.current().id, value)
        assert shares == sorted(shares) and all(0 <= s < 1 for s in shares)


def test_check_answer_is_the_same_rule_everywhere(branching):
    question = branching.questionnaire.question("uses")
    assert check_answer(question, ("z", "x")) == ("x", "z")
