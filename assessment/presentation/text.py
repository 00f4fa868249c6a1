"""The presented outcome as plain lines: `run` prints them, the plain mode prints them (a screen
reader reads them in order), the full screen shows them one widget per line.

Each line is (indent, text): the indent is a nesting depth, so a face can hang wrapped text under
itself instead of cutting it."""

import textwrap

from assessment.presentation import blocks as b
from assessment.words import w

Row = tuple[int, str, str]
"""(depth, text, kind): kind is 'heading', 'warning' or '' for ordinary text."""


def rows(blocks: list[b.Block], lang: str) -> list[Row]:
    out: list[Row] = []
    for block in blocks:
        out += _rows(block, lang)
    return out


def _labelled(depth: int, label: str, items: tuple[str, ...]) -> list[Row]:
    if not items:
        return []
    if len(items) == 1:
        return [(depth, f"{label}: {items[0]}", "")]
    return [(depth, f"{label}:", ""), *((depth + 1, f"• {item}", "") for item in items)]


def _joined(depth: int, label: str, items: tuple[str, ...]) -> list[Row]:
    """Short items (references) on one line; citations hold commas, so semicolons separate them."""
    return [(depth, f"{label}: {'; '.join(items)}", "")] if items else []


def _rows(block: b.Block, lang: str) -> list[Row]:
    match block:
        case b.Section(title=title):
            return [(0, title, "heading")]
        case b.Warning(text=text):
            return [(0, f"!! {text}", "warning")]
        case b.Conclusion(label=label, value=value, reason=reason, refs=refs, answers=answers):
            out: list[Row] = [(0, f"{label}: {value}" if value else f"{label}:", "")]
            if reason:
                out.append((1, reason, ""))
            out += _joined(1, w("out.refs", lang), refs)
            out += _labelled(1, w("out.because", lang), answers)
            return out
        case b.Fact(label=label, value=value):
            return [(0, f"{label}: {value}", "")]
        case b.Step():
            s = block
            out = [(0, f"• {s.title} [{s.status}]", ""),
                   (1, f"{w('out.owner', lang)}: {s.owner} · {w('out.deadline', lang)}: {s.deadline}", "")]
            if s.timing:
                out.append((1, f"{w('out.timing', lang)}: {s.timing}", ""))
            if s.deadline_reason:
                out.append((1, s.deadline_reason, ""))
            if s.decided_by:
                out.append((1, f"!! {w('out.decided_by', lang, date=s.decided_by)}", "warning"))
            out += [(1, f"!! {mark}", "warning") for mark in s.marks]
            out.append((1, f"{w('out.why', lang)}: {s.why}", ""))
            out += _joined(1, w("out.refs", lang), s.refs)
            out += _labelled(1, w("out.details", lang), s.details)
            out += _labelled(1, w("out.checks", lang), s.checks)
            out += _labelled(1, w("out.because", lang), s.answers)
            return out
        case b.LegalDate(date=date, covers=covers, source=source, verify=verify):
            return [(0, f"• {date}: {covers} ({source})" + (f" [{verify}]" if verify else ""), "")]
        case b.OpenQuestion(text=text, refs=refs, affects=affects, alternatives=alternatives):
            out = [(0, f"• {text}", "")]
            out += _joined(1, w("out.refs", lang), refs)
            out += _joined(1, w("out.open_affects", lang), affects)
            out += [(1, alternative, "") for alternative in alternatives]
            return out
        case b.NotAsked(question=question, implied=implied, because=because, answers=answers):
            return [(0, f"• {question} → {implied}" if implied else f"• {question}", ""), (1, because, ""),
                    *_labelled(1, w("out.because", lang), answers)]
        case b.Signal(text=text, answers=answers):
            return [(0, f"• {text}", ""), *_labelled(1, w("out.because", lang), answers)]
        case b.Remark(question=question, answer=answer, note=note, flag=flag):
            out = [(0, f"• {question} → {answer}", "")]
            if flag:
                out.append((1, f"⚑ {flag}", ""))
            if note:
                out.append((1, f"{w('out.note', lang)}: {note}", ""))
            return out
        case b.Line(text=text):
            return [(0, text, "")]
    raise TypeError(f"unknown block {block!r}")


def text(blocks: list[b.Block], lang: str, width: int | None = None) -> str:
    """The blocks as indented text, a blank line before each heading. With `width`, long lines
    wrap at word boundaries and hang under their own start (a screen reader hears whole words)."""
    lines: list[str] = []
    for depth, line, kind in rows(blocks, lang):
        if kind == "heading" and lines:
            lines.append("")
        indent = "  " * depth
        if width is None or len(indent) + len(line) <= width:
            lines.append(indent + line)
        else:
            hang = indent + " " * (2 if line.startswith(("• ", "!! ")) else 0)
            if line.startswith("!! "):
                hang += " "
            lines += textwrap.wrap(line, width=max(20, width), initial_indent=indent, subsequent_indent=hang,
                                   break_long_words=False, break_on_hyphens=False)
        if kind == "heading":
            lines.append("-" * len(line))
    return "\n".join(lines)
