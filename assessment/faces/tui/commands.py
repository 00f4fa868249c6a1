"""The tool's own commands in the command palette (Ctrl+P), in the interface language, and the
readable names of the colour themes (palette and Ctrl+T toast)."""

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import SystemCommand

from assessment.faces.strings import t

if TYPE_CHECKING:
    from assessment.faces.tui.app import AssessmentApp

THEMES = ("textual-dark", "textual-light", "ansi-dark", "ansi-light")
"""Ctrl+T cycles these; the ansi themes use the terminal's own palette."""


def theme_name(theme: str, lang: str) -> str:
    """'donker', 'licht', 'terminalkleuren, donker'...; an unknown theme by its own name."""
    return t(f"theme_{theme.replace('-', '_')}", lang) if theme in THEMES else theme


def palette_commands(app: "AssessmentApp") -> Iterable[SystemCommand]:
    lang = app.lang
    yield SystemCommand(t("cmd_new", lang), t("cmd_new_help", lang), app.action_new_assessment)
    yield SystemCommand(t("cmd_resume", lang), t("cmd_resume_help", lang), app.action_stored)
    if app.session is not None:
        yield SystemCommand(t("cmd_export", lang), t("cmd_export_help", lang), app.action_export)
        yield SystemCommand(t("cmd_report", lang), t("cmd_report_help", lang), app.action_export)
    yield SystemCommand(t("cmd_language", lang), t("cmd_language_help", lang), app.action_switch_language)
    for theme in THEMES:
        yield SystemCommand(f"{t('theme', lang)}: {theme_name(theme, lang)}", t("cmd_theme_help", lang),
                            lambda theme=theme: app.choose_theme(theme))
    yield SystemCommand(t("cmd_help", lang), t("cmd_help_help", lang), app.action_help)
    yield SystemCommand(t("cmd_quit", lang), t("cmd_quit_help", lang), app.action_quit)
