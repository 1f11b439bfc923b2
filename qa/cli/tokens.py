"""`qa token create|list|revoke`: API tokens scoped to collections, with read or write rights."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from qa.settings import Settings


def add_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command("token", cmd_token, "API tokens for `qa serve`'s /api and /v1, scoped to collections (read or write).")
    sub = p.add_subparsers(dest="token_command", metavar="create|list|revoke", required=True)
    c = sub.add_parser("create", help="make a token (printed once; only its hash is stored)")
    c.add_argument("--collection", action="append", required=True, metavar="NAME", help="a collection it covers (repeat for several)")
    rights = c.add_mutually_exclusive_group(required=True)
    rights.add_argument("--read", action="store_true", help="search and ask only")
    rights.add_argument("--write", action="store_true", help="also upload and remove articles")
    c.add_argument("--label", help="a note shown by `qa token list` (who or what uses it)")
    c.add_argument("--json", action="store_true")
    ls = sub.add_parser("list", help="every token: id, collections, rights, label, created, revoked")
    ls.add_argument("--json", action="store_true")
    r = sub.add_parser("revoke", help="revoke a token by its id (from `qa token list`)")
    r.add_argument("token_id", metavar="ID")


def cmd_token(args: argparse.Namespace, settings: Settings) -> int:
    from index.tokens import create_token, list_tokens, revoke_token, token_db

    db = token_db(settings.index)
    try:
        if args.token_command == "create":
            t = create_token(db, args.collection, write=args.write, label=args.label)
            if args.json:
                print(json.dumps({"id": t.id, "token": t.secret, "collections": list(t.collections), "rights": "write" if t.write else "read"}))
            else:
                print(t.secret)
                print(f"token {t.id}: {'read and write' if t.write else 'read'} on {', '.join(t.collections)}; "
                      f"shown once, only its hash is stored (revoke: qa token revoke {t.id})", file=sys.stderr)
            return 0
        if args.token_command == "list":
            rows = list_tokens(db)
            if args.json:
                print(json.dumps([r.__dict__ | {"collections": list(r.collections)} for r in rows], indent=2))
            for r in rows if not args.json else ():
                state = f"revoked {r.revoked}" if r.revoked else "live"
                print(f"{r.id}  {r.rights:<5}  {','.join(r.collections):<24}  {state:<28}  created {r.created}  {r.label or ''}")
            return 0
        if revoke_token(db, args.token_id):
            print(f"revoked token {args.token_id}")
            return 0
        print(f"qa: error: no live token with id {args.token_id!r} (see `qa token list`)", file=sys.stderr)
        return 1
    finally:
        db.close()
