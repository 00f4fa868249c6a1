"""The two interface languages: Dutch first, English available. Kept free of pydantic so the
command line can check a language before anything heavy is loaded."""

from typing import Literal

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")


def checked_lang(value: str) -> Lang:
    """`value` as a Lang; a ValueError for anything else (never let an unchecked value through)."""
    for lang in LANGS:
        if value == lang:
            return lang
    raise ValueError(f"{value!r} is not a language of this tool (nl or en)")
