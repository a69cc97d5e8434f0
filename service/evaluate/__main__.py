"""`python -m service.evaluate <subcommand> ...`: a tiny dispatcher.

Every module `service/evaluate/<name>.py` (name not starting with "_") that defines
`add_arguments(parser)` and `run(args) -> int` is a sub-command `<name>`; adding one needs no change
here. Only the module of the chosen sub-command is imported, so one sub-command's heavy imports
(or a broken one) never slow down or break the others.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import service.evaluate as _pkg


def _names() -> list[str]:
    return sorted(info.name for info in pkgutil.iter_modules(_pkg.__path__) if not info.name.startswith("_"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    names = _names()
    parser = argparse.ArgumentParser(prog="python -m service.evaluate",
                                     description="Evaluation commands; `<subcommand> --help` for details.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="{" + ",".join(names) + "}")
    chosen = argv[0] if argv and argv[0] in names else None
    for name in names:
        if name != chosen:
            sub.add_parser(name, add_help=False)
            continue
        module = importlib.import_module(f"{_pkg.__name__}.{name}")
        if not (callable(getattr(module, "add_arguments", None)) and callable(getattr(module, "run", None))):
            parser.error(f"{name} is not a sub-command (needs add_arguments(parser) and run(args))")
        doc = (module.__doc__ or "").strip()
        sp = sub.add_parser(name, help=doc.splitlines()[0] if doc else None, description=doc,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(sp)
        sp.set_defaults(_run=module.run)
    args = parser.parse_args(argv)
    return int(args._run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
