"""The report as Markdown; every piece of text is escaped (see `escape.markdown`)."""

from assessment.report.content import Report
from assessment.text.markup import markdown, markdown_cell


def render(report: Report) -> str:
    out = [f"# {markdown(report.title)}", ""]
    for section in report.sections:
        out += [f"## {markdown(section.heading)}", ""]
        for key, value in section.facts:
            out.append(f"- **{markdown(key)}:** {markdown(value)}")
        if section.facts:
            out.append("")
        for paragraph in section.paragraphs:
            out += [markdown(paragraph), ""]
        for item in section.items:
            out.append(f"- {markdown(item)}")
        if section.items:
            out.append("")
        if section.table:
            t = section.table
            out += [f"*{markdown(t.caption)}*", "",
                    "| " + " | ".join(markdown_cell(h) for h in t.headers) + " |",
                    "|" + "---|" * len(t.headers)]
            out += ["| " + " | ".join(markdown_cell(c) for c in row) + " |" for row in t.rows]
            out.append("")
    out += ["---", "", f"*{markdown(report.disclaimer)}*", ""]
    return "\n".join(out)
