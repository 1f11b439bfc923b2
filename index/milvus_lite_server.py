"""Milvus Lite's gRPC server with a Milvus server's keepalive policy: a stand-in Milvus server on
one machine (the tests' loopback server; trying `QA_VECTOR_STORE=http://...` without a cluster).

    .venv/bin/python -m index.milvus_lite_server server --data-dir DIR [--host 127.0.0.1] [--port 19530]

pymilvus pings its channel every 10 s, also between calls. A Milvus server permits that (its
gRPC enforcement policy allows pings without calls every 5 s); the gRPC server that
`python -m milvus_lite server` builds keeps gRPC's defaults, answers the third idle ping with
GOAWAY "too_many_pings", and a test that reuses the channel minutes later fails to connect. This
launcher gives the server Milvus's policy and then runs milvus_lite's own command line.
"""

from __future__ import annotations

import sys

import grpc

_server = grpc.server
_KEEPALIVE = [
    ("grpc.keepalive_permit_without_calls", 1),
    ("grpc.http2.min_ping_interval_without_data_ms", 5000),
    ("grpc.http2.max_ping_strikes", 0),
]


def _with_keepalive(*args, options=(), **kwargs):  # type: ignore[no-untyped-def]
    return _server(*args, options=[*options, *_KEEPALIVE], **kwargs)


if __name__ == "__main__":
    grpc.server = _with_keepalive  # this process only: the server milvus_lite builds next
    from milvus_lite.cmdline import main

    raise SystemExit(main(sys.argv[1:]))
