"""article-qa web app: `python app.py [--host H] [--port P] [--llm extractive] [--auth U:P] [--token T]`.

Chat UI at http://127.0.0.1:7860/, JSON API at /api/ask, OpenAI-compatible API at /v1
(see docs/ui.md). The same as `qa serve`.
"""

from qa.cli.serve import main

if __name__ == "__main__":
    raise SystemExit(main())
