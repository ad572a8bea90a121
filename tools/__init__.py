"""Developer tools that need the repository (its gold files, ../shared): not part of the installed package.

Run from the repository root, e.g. ``python -m tools.evaluate statements``.
"""
