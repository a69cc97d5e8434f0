"""Run before the server starts: migrate the database to head, then load the seeds.

    python -m service.prestart [--no-seeds]
"""
from __future__ import annotations

import argparse
import logging
import sys

from service import migrate, seeds
from service.config import get_settings
from service.db import get_sessionmaker


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-seeds", action="store_true", help="only apply migrations")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    settings = get_settings()
    migrate.upgrade(settings.database_url)
    if not args.no_seeds:
        with get_sessionmaker()() as session:
            created, existing = seeds.load(session, settings.seeds_dir)
        print(f"seeds: {created} ingested, {existing} already stored")
    return 0


if __name__ == "__main__":
    sys.exit(main())
