"""The overview as JSON for machines: the `Overview` model, keys `schema` and `version` first.

The shape is `json_schema()`; dates are ISO 8601, ids are language-neutral, texts from the
exports keep both languages ({nl, en}), free text is exactly as typed (escaping is the reader's).
"""

import json

from assessment.overview.model import ADAPTER, Overview


def render(overview: Overview, lang: str = "nl") -> str:
    # `lang` is accepted for a uniform renderer signature; JSON carries ids and both languages.
    return ADAPTER.dump_json(overview, indent=2).decode("utf-8") + "\n"


def json_schema() -> str:
    """The JSON Schema of `--format json` (committed as data/overview.schema.json)."""
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              **ADAPTER.json_schema(mode="serialization")}
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
