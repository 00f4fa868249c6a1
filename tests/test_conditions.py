"""Branching conditions: every form, nesting, what they read, and what they refuse."""

import pytest
from pydantic import TypeAdapter, ValidationError

from assessment.questionnaire.conditions import Condition

parse = TypeAdapter(Condition).validate_python

ANSWERS = {"kind": "public", "uses": ("x", "z"), "name": "Tessa", "profiling": "no"}


@pytest.mark.parametrize("condition, expected", [
    ({"answer": "kind", "is": "public"}, True),
    ({"answer": "kind", "is": "company"}, False),
    ({"answer": "missing", "is": "public"}, False),
    ({"answer": "kind", "in": ["company", "public"]}, True),
    ({"answer": "kind", "in": ["company"]}, False),
    ({"answer": "uses", "contains_any": ["y", "z"]}, True),
    ({"answer": "uses", "contains_any": ["y"]}, False),
    ({"answer": "uses", "contains_all": ["x", "z"]}, True),
    ({"answer": "uses", "contains_all": ["x", "y"]}, False),
    ({"answer": "missing", "contains_any": ["x"]}, False),
    ({"answer": "kind", "contains_any": ["public"]}, True),  # a single answer counts as one chosen
    ({"answered": "name"}, True),
    ({"answered": "remark"}, False),
    ({"all": [{"answered": "name"}, {"answer": "kind", "is": "public"}]}, True),
    ({"all": [{"answered": "name"}, {"answer": "kind", "is": "company"}]}, False),
    ({"any": [{"answered": "remark"}, {"answer": "profiling", "is": "no"}]}, True),
    ({"any": [{"answered": "remark"}, {"answer": "profiling", "is": "yes"}]}, False),
    ({"not": {"answer": "profiling", "is": "yes"}}, True),
    ({"not": {"answered": "name"}}, False),
    ({"not": {"answered": "remark"}}, True),  # unanswered: 'not is' holds
])
def test_every_form(condition, expected):
    assert parse(condition).holds(ANSWERS) is expected


def test_nested_all_any_not():
    condition = parse({"all": [
        {"any": [{"answer": "kind", "is": "company"}, {"not": {"answer": "uses", "contains_any": ["y"]}}]},
        {"not": {"all": [{"answered": "remark"}, {"answer": "remark", "is": "x"}]}},
    ]})
    assert condition.holds(ANSWERS)
    assert not condition.holds({**ANSWERS, "uses": ("y",)})
    assert condition.holds({**ANSWERS, "uses": ("y",), "kind": "company"})


def test_reads_lists_every_leaf_also_under_not():
    condition = parse({"any": [{"not": {"answer": "a", "in": ["x", "y"]}},
                               {"all": [{"answered": "b"}, {"answer": "c", "contains_all": ["z"]}]}]})
    assert list(condition.reads()) == [("a", ("x", "y")), ("b", ()), ("c", ("z",))]


@pytest.mark.parametrize("bad, fragment", [
    ({"answer": "a"}, "a condition needs one of"),
    ({"answer": "a", "equals": "x"}, "a condition needs one of"),
    ("answer == 'x'", "a condition needs one of"),  # no expression strings, ever
    ({"answer": "a", "is": "x", "extra": 1}, "Extra inputs are not permitted"),
    ({"answer": "a", "in": []}, "at least 1 item"),
    ({"all": []}, "at least 1 item"),
    ({"not": [{"answered": "a"}]}, "a condition needs one of"),
    ({"answered": "a", "is": "x"}, "Field required"),  # 'is' wins: its 'answer' is missing
])
def test_refuses_malformed_conditions(bad, fragment):
    with pytest.raises(ValidationError) as caught:
        parse(bad)
    assert fragment in str(caught.value)


def test_conditions_are_data_not_code():
    # A YAML author cannot smuggle code in: every leaf is a plain string compared for equality.
    condition = parse({"answer": "__import__('os').system('true')", "is": "x"})
    assert condition.holds({}) is False
