"""Reliability suite of issue #15: a fuzz corpus generator, its harness and a local server."""
