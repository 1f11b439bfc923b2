"""The web face: the chat page and the HTTP APIs over one `qa.service.Service`.

One module per job: `app` (assembles the FastAPI app), `api` (/api and the error shapes),
`openai` (/v1), `guards` (token, body size, admission), `page` (Gradio layout, static/ CSS and
JS), `chat` (conversations answered on the server, one question at a time, Stop), `views` and
`render` (the page's HTML, pure), `markdown` (safe Markdown in, Markdown out for copy and
export), `backends_ui` (the backends offered, the OpenAI server probe), `run` (uvicorn, exposure
warning). Importing this package imports Gradio.
"""

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline: no telemetry calls (before Gradio is imported)
# Gradio summarises every finished event with pandas for its usage statistics, through options
# pandas 3 deprecates (3 warnings an event in the server log). This app shows no such statistics,
# so the summary is not computed at all (it is recomputed only every N events).
os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", str(10**12))

from qa.service import Service, open_service
from qa.web.app import create_app
from qa.web.guards import BodyLimit, QuestionGate
from qa.web.openai import MODEL_PREFIX, backend_for_model
from qa.web.run import ServerThread, exposure_warning, free_port, is_loopback, parse_auth, serve

__all__ = [
    "MODEL_PREFIX",
    "BodyLimit",
    "QuestionGate",
    "ServerThread",
    "Service",
    "backend_for_model",
    "create_app",
    "exposure_warning",
    "free_port",
    "is_loopback",
    "open_service",
    "parse_auth",
    "serve",
]
