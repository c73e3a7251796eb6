"""The development tools are pinned exactly in requirements-dev.lock, and the pins agree
with the ranges of pyproject.toml's [dev] extra (the lock is what CI installs)."""

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]


def dev_extra() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(line) for line in project["optional-dependencies"]["dev"]]


def locked(text: str) -> dict[str, str]:
    """Each pin of the lock file, by canonical name; anything but `name==version` fails."""
    pins: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        requirement = Requirement(line)
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", f"{line} is not an exact pin"
        pins[canonicalize_name(requirement.name)] = specifier.version
    return pins


def test_every_dev_tool_is_pinned_within_its_range() -> None:
    pins = locked((ROOT / "requirements-dev.lock").read_text(encoding="utf-8"))
    for requirement in dev_extra():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is in [dev] but not in requirements-dev.lock"
        assert requirement.specifier.contains(pins[name]), (
            f"{requirement.name}=={pins[name]} is outside [dev]'s {requirement.specifier}"
        )


def test_the_check_sees_a_pin_outside_the_range() -> None:
    pins = locked("ruff==0.17.6\nmypy==9.0  # too new\n")
    mypy = next(r for r in dev_extra() if r.name == "mypy")
    assert pins == {"ruff": "0.17.6", "mypy": "9.0"}
    assert not mypy.specifier.contains(pins["mypy"])
