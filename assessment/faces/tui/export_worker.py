"""Exporting from the TUI without freezing it: the record is read on the store's thread, the
document is built and written in a worker thread, and the paths are shown when done."""

import asyncio
from pathlib import Path

from assessment.faces.strings import t


def export_record(app, record_id: str, on_done=None, *, folder: Path | None = None, failed=None,
                  register: bool = False) -> None:
    """Start exporting `record_id` into `folder` (default: the app's export folder). `on_done`
    gets the paths written; `failed` the reason (default: a notification). `register`: write
    only the draft Algoritmeregister entry."""
    from assessment.errors import UserError

    def report(reason: str) -> None:
        if failed is not None:
            failed(reason)
        else:
            app.notify(t("export_failed", app.lang, reason=reason), severity="error", timeout=12)

    try:
        record = app.store.find(record_id)
    except UserError as exc:
        report(str(exc))
        return
    app.run_worker(_export(app, record, folder or app.export_dir, on_done, report, register), group="export",
                   exclusive=True)


async def _export(app, record, folder: Path, on_done, report, register: bool) -> None:
    from assessment.errors import UserError
    from assessment.app.exporting import export_files, register_files

    try:
        if register:
            paths = await asyncio.to_thread(register_files, record, app.loaded, app.today(), folder)
        else:
            paths = await asyncio.to_thread(export_files, record, app.loaded, app.today(), folder, app.lang)
    except UserError as exc:
        report(str(exc))
        return
    app.last_export = paths
    if on_done is not None:
        on_done(paths)
