"""The report as one self-contained, print-friendly, accessible HTML page; all text escaped."""

from assessment.i18n import checked_lang
from assessment.report.content import Report
from assessment.text.markup import html_text as h

_CSS = """
body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 60rem; margin: 2rem auto;
       padding: 0 1rem; color: #111; background: #fff; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #888; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { font-weight: bold; } dd { margin: 0; }
table { border-collapse: collapse; width: 100%; } caption { text-align: left; font-style: italic; }
th, td { border: 1px solid #888; padding: .3rem .5rem; text-align: left; vertical-align: top; }
.disclaimer { border: 2px solid #111; padding: .75rem; margin-top: 2rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; } tr, .disclaimer { break-inside: avoid; }
  thead { display: table-header-group; }
}
"""


def render(report: Report) -> str:
    out = ["<!DOCTYPE html>", f'<html lang="{checked_lang(report.lang)}">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{h(report.title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
           "<main>", f"<h1>{h(report.title)}</h1>"]
    for number, section in enumerate(report.sections, start=1):
        heading_id = f"s{number}"
        out.append(f'<section aria-labelledby="{heading_id}">')
        out.append(f'<h2 id="{heading_id}">{h(section.heading)}</h2>')
        if section.facts:
            out.append("<dl>")
            out += [f"<dt>{h(k)}</dt><dd>{h(v)}</dd>" for k, v in section.facts]
            out.append("</dl>")
        out += [f"<p>{h(p)}</p>" for p in section.paragraphs]
        if section.items:
            out.append("<ul>")
            out += [f"<li>{h(item)}</li>" for item in section.items]
            out.append("</ul>")
        if section.table:
            t = section.table
            out += ["<table>", f"<caption>{h(t.caption)}</caption>", "<thead><tr>"]
            out += [f'<th scope="col">{h(c)}</th>' for c in t.headers]
            out += ["</tr></thead>", "<tbody>"]
            out += ["<tr>" + "".join(f"<td>{h(c)}</td>" for c in row) + "</tr>" for row in t.rows]
            out += ["</tbody>", "</table>"]
        out.append("</section>")
    out += [f'<aside class="disclaimer" role="note"><p>{h(report.disclaimer)}</p></aside>',
            "</main>", "</body>", "</html>", ""]
    return "\n".join(out)
