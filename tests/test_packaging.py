"""A wheel install carries the shipped content: every questionnaire and data file is listed."""

import tomllib
from pathlib import Path

from assessment.resources import content_dir

ROOT = Path(__file__).resolve().parents[1]


def test_every_shipped_content_file_is_in_the_wheel_data_files():
    listed = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["data-files"]
    in_wheel = {f for files in listed.values() for f in files}
    shipped = {str(p.relative_to(ROOT)) for p in (ROOT / "questionnaires").glob("*.yaml")}
    shipped |= {str(p.relative_to(ROOT)) for pattern in ("*.yaml", "*.schema.json")
                for p in (ROOT / "data").glob(pattern)}
    assert shipped - in_wheel == set(), "add these to [tool.setuptools.data-files] in pyproject.toml"
    for target, files in listed.items():
        assert target == f"share/assessment/{Path(files[0]).parent}"


def test_a_checkout_reads_its_content_in_place():
    assert content_dir("questionnaires") == ROOT / "questionnaires"
    assert content_dir("data") == ROOT / "data"
