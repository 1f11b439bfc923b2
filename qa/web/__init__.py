"""The web face: the chat page and the HTTP APIs over one `qa.service.Service`.

One module per job: `app` (assembles the FastAPI app), `api` (/api and the error shapes),
`openai` (/v1), `guards` (token, body size, admission), `page` (Gradio layout, static/ CSS and
JS), `render` (the page's HTML, pure), `run` (uvicorn, exposure warning). Importing this package
imports Gradio.
"""

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline: no telemetry calls (before Gradio is imported)

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
