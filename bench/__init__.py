"""Benchmarks for qa-bot: `python -m bench --help`."""
