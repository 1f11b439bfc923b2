"""The `qa` command line (entry point `qa = "qa.cli:main"`, and `python -m qa`).

One module per job: `main` (parser, errors to exit codes, start-up), `indexing` (ingest, search,
stats, remove), `ask` (ask, chat), `serve` (serve, app.py), `evaluate` (eval), `bench` (bench),
`options` (the flags they share). Commands import the LLM stack and Gradio only when they run.
"""

from qa.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
