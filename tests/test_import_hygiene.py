"""The engine and everything below the faces never import textual or questionary.

Checked in a fresh interpreter, module by module, so the first module that pulls in a user-interface
library is named (an earlier test in this process may have imported them already).
"""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Packages below the faces (those that exist are checked; every module inside them is imported).
PACKAGES = ["assessment.engine", "assessment.questionnaire", "assessment.legal", "assessment.outcome",
            "assessment.records", "assessment.transfer", "assessment.overview", "assessment.report",
            "assessment.app", "assessment.files"]
# Command-line modules that must stay light: `validate`, `run` and the parser never load a face.
MODULES = ["assessment", "assessment.errors", "assessment.i18n", "assessment.intake",
           "assessment.answers_file", "assessment.cli", "assessment.cli.parser",
           "assessment.cli.validate_command", "assessment.cli.run_command"]

SCRIPT = r"""
import importlib, importlib.util, json, pkgutil, sys
packages, modules = json.loads(sys.argv[1])
names = list(modules)
for package in packages:
    if importlib.util.find_spec(package) is None:
        continue
    names.append(package)
    names += [m.name for m in pkgutil.walk_packages(importlib.import_module(package).__path__, package + ".")]
checked, culprit = [], None
for name in names:
    importlib.import_module(name)
    checked.append(name)
    leaked = sorted(m for m in ("textual", "questionary") if m in sys.modules)
    if leaked:
        culprit = f"{name} imports {', '.join(leaked)}"
        break
print(json.dumps({"checked": checked, "culprit": culprit}))
"""


def test_engine_and_below_never_import_textual_or_questionary():
    result = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps([PACKAGES, MODULES])],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["culprit"] is None, report["culprit"]
    assert "assessment.engine.walk" in report["checked"]
    assert "assessment.questionnaire.validate" in report["checked"]
    assert "assessment.legal.facts" in report["checked"]


def test_the_check_would_notice_a_leak():
    result = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps([[], ["questionary"]])],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert json.loads(result.stdout.splitlines()[-1])["culprit"] == "questionary imports questionary"
