"""Evaluations of the tables against gold data: ``python -m analysis.evaluate SUBCOMMAND``.

Each subcommand is a module of this package with ``main(argv) -> int`` (``statements``,
``framing``); modules are imported only when their subcommand runs, so one evaluation's
development data never has to be present for another to run.
"""
