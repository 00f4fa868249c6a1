"""Resolve the same assessment read more than once to its latest version, and say what was dropped."""

from collections.abc import Iterable

from assessment.overview.model import DroppedCopy, Duplicate
from assessment.overview.record import SystemRecord


def resolve(records: Iterable[SystemRecord]) -> tuple[list[SystemRecord], list[Duplicate]]:
    """One record per assessment id (the newest by `order_key`), and a report per id seen twice."""
    seen: dict[str, list[SystemRecord]] = {}
    for record in records:
        seen.setdefault(record.assessment_id, []).append(record)
    kept: list[SystemRecord] = []
    duplicates: list[Duplicate] = []
    for assessment_id, copies in seen.items():
        latest = max(copies, key=lambda r: r.order_key)
        kept.append(latest)
        if len(copies) == 1:
            continue
        dropped = [
            DroppedCopy(source=c.source, reason="identical" if _same_version(c, latest) else "older")
            for c in sorted(copies, key=lambda r: r.order_key, reverse=True) if c is not latest
        ]
        duplicates.append(Duplicate(assessment_id=assessment_id, system_name=latest.intake.system_name,
                                    kept=latest.source, dropped=dropped))
    duplicates.sort(key=lambda d: (d.system_name.casefold(), d.assessment_id))
    return kept, duplicates


def _same_version(a: SystemRecord, b: SystemRecord) -> bool:
    # The assessment did not change between the two copies; only the export (time, file) differs.
    return a.updated_at == b.updated_at and a.intake == b.intake and a.steps == b.steps \
        and a.practices == b.practices and a.risk_class == b.risk_class
