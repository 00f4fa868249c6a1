"""The overview as JSON for machines: the `Overview` model, keys `schema` and `version` first.

The shape is `Overview.model_json_schema(by_alias=True)` (see `json_schema()`); dates are ISO
8601, ids are language-neutral, texts from the exports keep both languages, free text is as typed.
"""

import json

from assessment.overview.model import Overview


def render(overview: Overview, lang: str = "nl") -> str:
    # `lang` is accepted for a uniform renderer signature; JSON carries ids and both languages.
    return overview.model_dump_json(by_alias=True, indent=2) + "\n"


def json_schema() -> str:
    return json.dumps(Overview.model_json_schema(by_alias=True, mode="serialization"), indent=2,
                      ensure_ascii=False) + "\n"
