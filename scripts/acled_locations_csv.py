"""Write a user-gazetteer place list (CSV) from your own ACLED export: its distinct locations.

ACLED codes events at its own point per location name; a user who holds an ACLED export can
add those locations to the user gazetteer so that eventfuse resolves them as ACLED does.
The CSV is the user's own data, derived from ACLED under ACLED's terms: write it outside the
repository and never commit or ship it.

Usage (from the repository root)::

    .venv/bin/python scripts/acled_locations_csv.py EXPORT.csv --before 2021-07-01 \\
        --out /tmp/acled_locations.csv
    .venv/bin/eventfuse gazetteer add --csv /tmp/acled_locations.csv --out /tmp/acled_user.sqlite
    .venv/bin/eventfuse eval acled EXPORT.csv --since 2021-07-01 -q \\
        --set user_gazetteer=/tmp/acled_user.sqlite

Only rows dated before ``--before`` are used (so an evaluation from that date on does not
see the locations of the events it scores). Each distinct (location, admin1, admin2,
country, point) becomes one row: ``name,alternate_names,lat,lon,admin1,admin2,country``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

COLUMNS = ("name", "alternate_names", "lat", "lon", "admin1", "admin2", "country")
REPO = Path(__file__).resolve().parents[1]


def acled_locations(
    export: str | Path, *, before: date | None = None, countries: Sequence[str] = ()
) -> list[dict[str, str]]:
    """Distinct locations of an ACLED export (rows dated before ``before``), as place-list
    rows sorted by country, admin1, name."""
    wanted = {c.casefold() for c in countries}
    seen: dict[tuple[str, ...], dict[str, str]] = {}
    with Path(export).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        needed = {"event_date", "location", "latitude", "longitude", "country"}
        missing = needed - set(reader.fieldnames or ())
        if missing:
            raise SystemExit(f"{export}: not an ACLED export (missing {sorted(missing)})")
        for row in reader:
            try:
                when = date.fromisoformat(row["event_date"][:10])
                lat, lon = float(row["latitude"]), float(row["longitude"])
            except ValueError:
                continue
            if before is not None and when >= before:
                continue
            if wanted and row["country"].casefold() not in wanted:
                continue
            name = row["location"].strip()
            if not name:
                continue
            key = (
                row["country"], row.get("admin1", ""), row.get("admin2", ""), name,
                f"{lat:.4f}", f"{lon:.4f}",
            )  # fmt: skip
            seen.setdefault(
                key,
                {
                    "name": name,
                    "alternate_names": "",
                    "lat": f"{lat:.4f}",
                    "lon": f"{lon:.4f}",
                    "admin1": row.get("admin1", ""),
                    "admin2": row.get("admin2", ""),
                    "country": row["country"],
                },
            )
    return [seen[k] for k in sorted(seen)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", help="an ACLED CSV export")
    parser.add_argument("--out", required=True, help="CSV to write (outside the repository)")
    parser.add_argument(
        "--before",
        type=date.fromisoformat,
        help="use only events dated before this day (YYYY-MM-DD)",
    )
    parser.add_argument(
        "--country",
        action="append",
        default=[],
        help="only this country (repeatable; default: all)",
    )
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    if REPO in out.parents:
        print(
            "refusing to write ACLED-derived data inside the repository; use /tmp or your "
            "own folder",
            file=sys.stderr,
        )
        return 2
    rows = acled_locations(args.export, before=args.before, countries=args.country)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} locations written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
