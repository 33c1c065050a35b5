"""Crash-test helper: fills a store with generated extractions and events (tests kill it).

Usage: python tests/store_writer.py DB [--articles N] [--every K] [--pause-ms MS]

Prints "ready" once the store is open, "done" at the end. Re-running it on the same file
resumes: stored articles are skipped and the final events depend only on what is stored.
"""

from __future__ import annotations

import argparse
import sys
import time

from store_records import events_from_mentions, generated_extraction, writer_run

from eventfuse.store import Store

# statements in the middle of a transaction: a kill while one sleeps interrupts that transaction
SLOW_STATEMENTS = ("INSERT INTO mentions", "INSERT INTO events_fts", "DELETE FROM events_fts")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--every", type=int, default=20, help="replace events every K articles")
    parser.add_argument(
        "--pause-ms",
        type=float,
        default=0.0,
        help="sleep this long before some writes, so that kills land inside transactions",
    )
    args = parser.parse_args(argv)
    with Store.open(args.db) as store:
        if args.pause_ms:
            pause = args.pause_ms / 1000

            def slow_down(statement: str) -> None:
                if statement.startswith(SLOW_STATEMENTS):
                    time.sleep(pause)

            store._db.set_trace_callback(slow_down)  # test hook: widen the write windows
        print("ready", flush=True)
        for i in range(args.articles):
            store.add_extraction(generated_extraction(i))
            if i % args.every == args.every - 1:
                store.replace_events(events_from_mentions(store.mentions()))
        store.replace_events(events_from_mentions(store.mentions()))
        report, skipped = writer_run()
        store.add_run(report, skipped)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
