"""Key bindings whose footer text follows the interface language.

A binding's `id` names its text in `faces.strings`; `localise` swaps the descriptions in place
when the language changes, so one binding table serves both languages."""

from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from assessment.faces.strings import keys, t

_KNOWN = set(keys())


def key(keys_: str, action: str, text_id: str, *, show: bool = True, priority: bool = False) -> Binding:
    """A binding labelled by the strings-table entry `text_id`."""
    return Binding(keys_, action, t(text_id, "nl"), show=show, priority=priority, id=text_id)


def localise(node: DOMNode, lang: str) -> None:
    """Relabel the bindings of `node` in `lang`."""
    table = node._bindings.key_to_bindings  # one table per instance (a copy of the class's)
    for name, bindings in table.items():
        table[name] = [replace(b, description=t(b.id, lang)) if b.id in _KNOWN else b for b in bindings]
    node.refresh_bindings()
