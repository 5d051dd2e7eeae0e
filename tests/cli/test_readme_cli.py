"""Every command and every option of the command line is documented in the README.

The README's "Command-line reference" lists each command as ``python main.py COMMAND ...`` followed by
its options; this test walks the real argparse tree, so a new option without documentation fails here.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command path, its documented option strings) for every leaf command."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    options = sorted(
        s for a in parser._actions if a.help != argparse.SUPPRESS
        for s in a.option_strings if s.startswith("--") and s != "--help"
    )
    if not subs:
        yield path, options
        return
    if path:
        yield path, options
    for sub in subs:
        for name, child in sub.choices.items():
            yield from _commands(child, (*path, name))


def _reference() -> dict[tuple[str, ...], str]:
    """The README's reference section: each ``python main.py ...`` line and the lines under it."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## Command-line reference")
    end = text.find("\n## ", start + 1)
    section = text[start:end if end > 0 else None]
    entries: dict[tuple[str, ...], str] = {}
    current: tuple[str, ...] | None = None
    for line in section.splitlines():
        m = re.match(r"\s*python main\.py ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*)*)", line)
        if m:
            current = tuple(m.group(1).split())
            entries[current] = line
        elif current is not None:
            entries[current] += "\n" + line
    return entries


def test_every_command_and_option_is_in_the_readme() -> None:
    import main

    reference = _reference()
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Command-line reference"):]
    parser = main.build_parser()
    # --db, --device, --json are accepted by every command and documented once, above the list
    global_options = {s for a in parser._actions for s in a.option_strings if s.startswith("--") and s != "--help"}
    missing = [f"global option {opt}" for opt in sorted(global_options) if opt not in section.split("```")[0]]
    for path, options in _commands(parser):
        if not path:
            continue
        options = [o for o in options if o not in global_options]
        entry = next((v for k, v in reference.items() if k[: len(path)] == path), None)
        if entry is None:
            missing.append(f"command `python main.py {' '.join(path)}`")
            continue
        block = "\n".join(v for k, v in reference.items() if k[: len(path)] == path)
        for opt in options:
            if not re.search(re.escape(opt) + r"(?![\w-])", block):
                missing.append(f"option {opt} of `{' '.join(path)}`")
    assert not missing, "not in the README's Command-line reference:\n" + "\n".join(missing)


def test_the_reference_names_no_command_that_does_not_exist() -> None:
    import main

    known = {path for path, _ in _commands(main.build_parser())}
    stale = [" ".join(k) for k in _reference() if k not in known]
    assert not stale, f"the README documents commands that do not exist: {stale}"
