"""``python -m eventwire.geo [--rebuild] [PATH]``: build the gazetteer ahead of first use
(for CI or an image build), and say where it is."""

from __future__ import annotations

import argparse
from pathlib import Path

from .gazetteer import Gazetteer, build, default_path, source_version


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventwire.geo", description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, help="default: the user cache file")
    parser.add_argument("--rebuild", action="store_true", help="build even if it exists")
    args = parser.parse_args(argv)
    path = args.path or default_path()
    if args.rebuild or not path.exists():
        build(path)
    gazetteer = Gazetteer(path)
    print(f"{path}: {gazetteer.count()} entries, version {source_version()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
