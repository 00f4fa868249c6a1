"""Exporting from the TUI without freezing it: the record is read on the store's thread, the
document is built and written in a worker thread, and the paths are shown when done."""

import asyncio

from assessment.faces.strings import t


def export_record(app, record_id: str, on_done=None) -> None:
    """Start exporting `record_id`; a notification says where the files were written."""
    from assessment.errors import UserError

    try:
        record = app.store.find(record_id)
    except UserError as exc:
        app.notify(t("export_failed", app.lang, reason=str(exc)), severity="error")
        return
    app.run_worker(_export(app, record, on_done), group="export", exclusive=True)


async def _export(app, record, on_done) -> None:
    from assessment.errors import UserError
    from assessment.faces.exporting import export_files

    try:
        paths = await asyncio.to_thread(export_files, record, app.loaded, app.today(), app.export_dir, app.lang)
    except UserError as exc:
        app.notify(t("export_failed", app.lang, reason=str(exc)), severity="error", timeout=12)
        return
    app.last_export = paths
    app.notify(t("exported", app.lang, path="\n" + "\n".join(str(p) for p in paths)), timeout=15)
    if on_done is not None:
        on_done(paths)
