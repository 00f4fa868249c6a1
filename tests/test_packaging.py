"""Every kind of install finds the shipped content: a wheel is built, installed into a fresh virtual
environment and with `pip install --user` (PYTHONUSERBASE), and `validate` and `run` work there.

Offline and quick: the wheel is built without build isolation, installed with --no-deps, and the
installed copy borrows the dependencies of the project's own environment (a .pth file, or
PYTHONPATH for the --user install), so nothing is downloaded.
"""

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from assessment.resources import content_dir

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = ROOT / "tests" / "scenarios" / "benefits_eligibility_5a.yaml"
AS_OF = "2026-09-01"


def _shipped() -> set[str]:
    files = {f"questionnaires/{p.name}" for p in (ROOT / "questionnaires").glob("*.yaml")}
    files |= {f"data/{p.name}" for pattern in ("*.yaml", "*.schema.json") for p in (ROOT / "data").glob(pattern)}
    return files


def test_a_checkout_reads_its_content_in_place():
    assert content_dir("questionnaires") == ROOT / "questionnaires"
    assert content_dir("data") == ROOT / "data"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # Built from a copy: setuptools leaves build/ and *.egg-info in the tree it builds, and a stale
    # build/ would carry removed modules into later wheels.
    source, out = tmp_path_factory.mktemp("source"), tmp_path_factory.mktemp("wheel")
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    skip = shutil.ignore_patterns("__pycache__", "assessments*", "*.lock")
    for name in ("assessment", "questionnaires", "data"):
        shutil.copytree(ROOT / name, source / name, ignore=skip)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(out), str(source)], check=True, capture_output=True, timeout=300)
    (built,) = out.glob("assessment-*.whl")
    return built


@pytest.fixture(scope="module")
def checkout_result(tmp_path_factory) -> dict:
    return _run_json([sys.executable, "-m", "assessment"], _clean_env(tmp_path_factory.mktemp("home")), ROOT)


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    """No database, cache or language from the developer's environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ASSESSMENT_", "XDG_", "PYTHON"))}
    env.update(HOME=str(home), ASSESSMENT_CACHE_DIR="", **extra)
    return env


def _run_json(command: list[str], env: dict[str, str], cwd: Path) -> dict:
    result = subprocess.run([*command, "run", "--answers", str(SCENARIO), "--json", "--as-of", AS_OF],
                            env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _check_install(command: list[str], python: str, env: dict[str, str], cwd: Path, prefix: Path,
                   expected: dict) -> None:
    """The installed tool reads its own copy of the content (not this checkout), and gives the same
    outcome as the checkout."""
    where = subprocess.run([python, "-c", "from assessment.resources import content_dir as c; "
                            "print(c('questionnaires')); print(c('data'))"],
                           env=env, cwd=cwd, capture_output=True, text=True, timeout=60, check=True)
    for folder in where.stdout.split():
        assert Path(folder).is_relative_to(prefix), folder
    validate = subprocess.run([*command, "validate"], env=env, cwd=cwd, capture_output=True, text=True,
                              timeout=120)
    assert validate.returncode == 0, validate.stderr
    assert "ai-verordening.yaml: ok" in validate.stdout
    assert _run_json(command, env, cwd) == expected


def test_the_wheel_carries_every_content_file_as_package_data(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    missing = {f for f in _shipped() if f"assessment/content/{f}" not in names}
    assert not missing, "not in the wheel (see [tool.setuptools.package-data])"
    assert not [n for n in names if n.startswith("assessment/content/data/assessments")], "a database shipped"


def test_a_wheel_in_a_fresh_virtual_environment(wheel, tmp_path, checkout_result):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = str(venv / "bin" / "python")
    subprocess.run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True, capture_output=True, timeout=300)
    purelib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    # The dependencies come from the project's environment; `assessment` itself only from the wheel
    # (the project's copy is an editable install, whose finder a plain path entry does not load).
    Path(purelib, "project-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _check_install([str(venv / "bin" / "assessment")], python, _clean_env(tmp_path), tmp_path, venv,
                   checkout_result)


def test_a_wheel_installed_with_pip_install_user(wheel, tmp_path, checkout_result):
    base_python = getattr(sys, "_base_executable", None) or sys.executable
    userbase = tmp_path / "userbase"
    env = _clean_env(tmp_path, PYTHONUSERBASE=str(userbase))
    subprocess.run([sys.executable, "-m", "pip", "--python", base_python, "install", "--quiet", "--user",
                    "--no-deps", "--no-index", "--break-system-packages", str(wheel)],
                   env=env, check=True, capture_output=True, timeout=300)
    # Dependencies from the project's environment; the user site still comes first for `assessment`
    # because the project environment holds no `assessment` folder (its install is editable).
    env["PYTHONPATH"] = os.pathsep.join(site.getsitepackages())
    _check_install([str(userbase / "bin" / "assessment")], base_python, env, tmp_path, userbase,
                   checkout_result)
