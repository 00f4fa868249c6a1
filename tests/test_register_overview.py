"""The CIO office overview per system in register category A or B: is a draft there, and which
mandatory fields are still open; in every format. Exports without a draft stay readable."""

import csv
import io
import json

from fixtures import export_factory as f

from assessment.cli import main
from tests.register_support import scenario_draft


def _exports(tmp_path):
    high = scenario_draft("employment_cv_screening_4a")
    rules = scenario_draft("excel_rule_set_not_ai", contact_address="algoritmes@duo.example.nl")
    weather = scenario_draft("weather_nowcasting_category_c")
    made = [
        f.assessment(id=f.hex_id("cv"), system_name="CV-voorselectie").model_copy(update={"register_draft": high}),
        f.assessment(id=f.hex_id("rules"), system_name="Beslistabel").model_copy(update={"register_draft": rules}),
        f.assessment(id=f.hex_id("weather"), system_name="Neerslag").model_copy(update={"register_draft": weather}),
        # made before drafts existed: the register step still tells the category
        f.assessment(id=f.hex_id("old"), system_name="Oude export",
                     steps=[f.step("algoritmeregister", category="B")]),
    ]
    path = f.write(tmp_path / "in" / "export.json", f.document(*made))
    raw = json.loads(path.read_text("utf-8"))
    assert "register_draft" not in raw["assessments"][3] or raw["assessments"][3]["register_draft"] is None
    return tmp_path / "in"


def test_every_format_says_per_a_or_b_system_whether_a_draft_is_there_and_what_is_open(tmp_path, capsys):
    folder = _exports(tmp_path)
    assert main(["aggregate", str(folder), "--format", "json"]) == 0
    overview = json.loads(capsys.readouterr().out)
    drafts = {d["system"]["system_name"]: (d["category"], d["draft"], d["open_mandatory"])
              for d in overview["register_drafts"]}
    assert drafts == {"CV-voorselectie": ("A", True, ["contact_email"]), "Beslistabel": ("B", True, []),
                      "Oude export": ("B", False, [])}  # the weather model (C) is not listed
    rows = {s["system_name"]: (s["register_category"], s["register_draft"]) for s in overview["systems"]}
    assert rows["Neerslag"] == ("C", True)

    assert main(["aggregate", str(folder), "--format", "md"]) == 0
    md = capsys.readouterr().out
    assert "## Algoritmeregister: concepten voor categorie A en B" in md
    bzk = "Binnenlandse Zaken en Koninkrijksrelaties"  # one name per ministry (the exports say "BZK")
    assert f"| CV-voorselectie | {bzk} | Dienst Uitvoering | A | in gebruik | ja | Contactgegevens |" in md
    assert f"| Beslistabel | {bzk} | Dienst Uitvoering | B | in gebruik | ja | niets |" in md
    assert "(geen concept in de export)" in md

    assert main(["aggregate", str(folder), "--format", "html", "--lang", "en"]) == 0
    page = capsys.readouterr().out
    assert "Algoritmeregister: drafts for categories A and B" in page and "<td>contact_email</td>" in page

    assert main(["aggregate", str(folder), "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff")), delimiter=";"))
    by_name = {r["systeem"]: r for r in table}
    assert (by_name["CV-voorselectie"]["registercategorie"], by_name["CV-voorselectie"]["registerconcept"],
            by_name["CV-voorselectie"]["register: verplicht nog open"]) == ("A", "ja", "Contactgegevens")
    assert by_name["Oude export"]["registerconcept"] == "nee"
