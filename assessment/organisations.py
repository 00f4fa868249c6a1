"""The ministries and organisation types the intake offers (data/organisations.yaml), and matching a
ministry written by hand ("Ministerie van IenW") to its stable id, so the overview counts it once."""

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from assessment.errors import UserError
from assessment.i18n import Lang, Text
from assessment.resources import content_dir

ORGANISATIONS_FILE = content_dir("data") / "organisations.yaml"
_ID = r"^[a-z][a-z0-9_]*$"


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Ministry(_Data):
    id: str = Field(pattern=_ID)
    name: Text
    short: tuple[str, ...] = ()
    former: tuple[str, ...] = ()
    """Earlier names of this same ministry (renamed, not split)."""

    def label(self, lang: Lang) -> str:
        return self.name.get(lang)


class OrganisationKind(_Data):
    """An organisation type: its id (its words are in the shared vocabulary) and what it tells."""

    id: str = Field(pattern=_ID)
    ministry: Literal["required", "optional", "none"]
    public_authority: bool | None
    public_law_or_service: bool | None
    for_public_authorities: bool | None


class Organisations(_Data):
    verified: dt.date
    ministries: tuple[Ministry, ...]
    organisation_types: tuple[OrganisationKind, ...]
    _by_key: dict[str, Ministry] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _unique(self) -> "Organisations":
        for kind, items in (("ministry", self.ministries), ("organisation type", self.organisation_types)):
            ids = [i.id for i in items]
            if len(ids) != len(set(ids)):
                raise ValueError(f"a {kind} id is listed twice")
        for m in self.ministries:
            for written in (m.name.nl, m.name.en, *m.short, *m.former):
                key = match_key(written)
                if self._by_key.setdefault(key, m) is not m:
                    raise ValueError(f"{written!r} names both {self._by_key[key].id} and {m.id}")
        return self

    def ministry(self, ministry_id: str | None) -> Ministry | None:
        return next((m for m in self.ministries if m.id == ministry_id), None)

    def kind(self, type_id: str | None) -> OrganisationKind | None:
        return next((k for k in self.organisation_types if k.id == type_id), None)

    def match_ministry(self, written: str) -> Ministry | None:
        """The ministry `written` names, ignoring case, accents, punctuation, 'Ministerie van' and
        'en' written as '&'; a short name or a former name counts. None when nothing matches."""
        key = match_key(written)
        if not key:
            return None
        return self._by_key.get(key)


_PREFIX = re.compile(r"^(het\s+)?(ministerie|min\.?)\s+(van|voor)\s+(de\s+)?|^(the\s+)?ministry\s+(of|for)\s+(the\s+)?")


def match_key(written: str) -> str:
    """The form two spellings of one ministry share: 'Ministerie van I&W' and 'IenW' both 'ienw'."""
    text = unicodedata.normalize("NFKD", written.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.replace("&", " en ").split())
    text = _PREFIX.sub("", text)
    return re.sub(r"[^a-z0-9]", "", text)


@lru_cache(maxsize=4)
def load_organisations(path: Path = ORGANISATIONS_FILE) -> Organisations:
    """The lists; a bad file is one UserError naming it. Read here rather than with the
    questionnaire's reader: the intake, below the questionnaire, needs them."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        document = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
        return Organisations.model_validate(document)
    except (OSError, YAMLError) as exc:
        raise UserError(f"cannot read the ministries and organisation types ({exc})", str(path)) from None
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        field = ".".join(str(p) for p in error["loc"])
        raise UserError(f"{field}: {error['msg'].removeprefix('Value error, ')}", str(path)) from None


def ministry_label(ministry_id: str | None, lang: Lang, fallback: str = "") -> str:
    """The ministry's name for an id; `fallback` (the name as exported) for an id not in the list."""
    found = load_organisations().ministry(ministry_id)
    return found.label(lang) if found is not None else fallback
