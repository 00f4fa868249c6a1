"""The JSON Schema of a draft entry's fields (Publicatiestandaard 1.0, the register's API keys),
committed as data/algoritmeregister-1.0.schema.json. Run this module to print it."""

import json
from typing import Any

from pydantic import TypeAdapter

from assessment.outcome.dates import DATA_DIR
from assessment.register.model import RegisterEntry

SCHEMA_FILE = DATA_DIR / "algoritmeregister-1.0.schema.json"


def entry_schema() -> dict[str, Any]:
    schema = TypeAdapter(RegisterEntry).json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://algoritmes.overheid.nl/publicatiestandaard/1.0/entry (draft, assessment tool)",
        **schema,
        "description": (
            "An Algoritmeregister entry in Publicatiestandaard 1.0 with the keys of the register's "
            "delivery API (v1_0). A draft leaves out the fields not yet written; "
            "'x-required-to-publish' lists the fields the register needs before it publishes. "
            "maxLength counts characters as typed; the register counts them after removing HTML "
            "tags, which never gives more. 'x-tab' is the tab of the register's page."),
    }


def schema_text() -> str:
    return json.dumps(entry_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
