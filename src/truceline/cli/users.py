"""`truceline users`: accounts that may write to the ledger, and their API tokens.

`add` asks for the password twice (or reads one line from stdin with --password-stdin);
`token` prints a new token once: the ledger keeps only its hash.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from truceline.cli import ledgerdb
from truceline.errors import InputError
from truceline.store import accounts


def register(sub: Any) -> None:
    p = sub.add_parser("users", help="add analysts and make API tokens", description=__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = _action(actions, "add", "create an account")
    add.add_argument("--role", choices=accounts.ROLES, default="analyst")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from the first line of stdin")  # fmt: skip
    token = _action(actions, "token", "make an API token (printed once)")
    token.add_argument("--label", default="", help="what the token is for")
    revoke = _action(actions, "revoke", "revoke a user's tokens")
    revoke.add_argument("--label", help="only the tokens with this label")
    _action(actions, "disable", "disable an account (its tokens stop working)")
    _action(actions, "enable", "enable a disabled account again")
    ledgerdb.add_db(actions.add_parser("list", help="list accounts"))
    p.set_defaults(func=run)


def _action(actions: Any, name: str, help: str) -> Any:
    sp = actions.add_parser(name, help=help)
    sp.add_argument("name", help="username: a-z, 0-9, '.', '_', '-'")
    ledgerdb.add_db(sp)
    return sp


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"password for {args.name}: ")
    if getpass.getpass("again: ") != first:
        raise InputError("the two passwords differ")
    return first


def run(args: argparse.Namespace) -> int:
    engine = ledgerdb.engine(args)
    try:
        if args.action == "add":
            accounts.check_username(args.name)
            user = accounts.add_user(engine, args.name, _password(args), role=args.role)
            print(f"added {user.username} ({user.role})")
        elif args.action == "token":
            print(accounts.new_token(engine, args.name, label=args.label))
        elif args.action == "revoke":
            n = accounts.revoke_tokens(engine, args.name, label=args.label)
            print(f"{n} token{'s' if n != 1 else ''} revoked")
        elif args.action in ("disable", "enable"):
            accounts.set_disabled(engine, args.name, disabled=args.action == "disable")
            print(f"{args.name} {args.action}d")
        else:
            _list(engine)
    finally:
        engine.dispose()
    return 0


def _list(engine: Any) -> None:
    rows = accounts.list_users(engine)
    if not rows:
        print("(no users; add one with `truceline users add NAME`)")
    for u in rows:
        state = "disabled" if u["disabled"] else "enabled"
        print(f"{u['username']}\t{u['role']}\t{state}\t{u['tokens']} tokens\t{u['created_at']}")
