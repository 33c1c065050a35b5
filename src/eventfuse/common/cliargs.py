"""The one way to add a command to ``eventfuse``: a :class:`Command` (name, help, the function
that adds its arguments, the function that runs it) or a :class:`LazyCommand` (the module that
has them), one line in ``eventfuse.cli.COMMANDS``; and the argument types several commands
share (ISO dates, bounding boxes)."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..config import Settings, settings_from_args
from .bbox import BBox, BBoxError, parse_bbox

__all__ = [
    "AnyCommand",
    "Command",
    "CommandGroup",
    "LazyCommand",
    "add_command",
    "add_common_options",
    "bbox_arg",
    "iso_date",
    "subcommands",
]

AddArguments = Callable[[argparse.ArgumentParser], None]
RunCommand = Callable[[argparse.Namespace, Settings], int]
CommonOptions = Callable[[argparse.ArgumentParser], None]


@dataclass(frozen=True)
class Command:
    """One command: ``add_arguments(parser)`` declares its own options (the common ones,
    ``--db``, ``--config`` and ``--set``, are added for it); ``run(args, settings)`` does the
    work with the settings those options select and returns the exit status."""

    name: str
    help: str
    add_arguments: AddArguments
    run: RunCommand
    description: str | None = None


@dataclass(frozen=True)
class LazyCommand:
    """A :class:`Command` whose module (``add_arguments(parser)``, ``run_command(args,
    settings)``) is imported only when the command is used: for modules that import the
    pipeline, which ``eventfuse --help`` and the other commands need not load."""

    name: str
    help: str
    module: str
    description: str | None = None

    def load(self) -> Command:
        found = importlib.import_module(self.module)
        return Command(self.name, self.help, found.add_arguments, found.run_command,
                       self.description)


@dataclass(frozen=True)
class CommandGroup:
    """A command made of commands (``eventfuse eval DATASET``); without one it prints its help
    and exits with 2."""

    name: str
    help: str
    commands: Sequence[AnyCommand]
    metavar: str = "COMMAND"


AnyCommand = Command | LazyCommand | CommandGroup


class _SubCommands(argparse._SubParsersAction):
    """Subcommands whose :class:`LazyCommand` parsers get their arguments when chosen
    (argparse's own subcommand action, installed with ``parser.register``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy: dict[str, tuple[LazyCommand, CommonOptions]] = {}

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        name = values[0] if values else None
        if name in self.lazy:
            command, common = self.lazy.pop(name)
            _fill(self._name_parser_map[name], command.load(), common)
        super().__call__(parser, namespace, values, option_string)


def subcommands(parser: argparse.ArgumentParser, **kwargs: Any) -> Any:
    """``parser.add_subparsers(**kwargs)``, able to hold lazy commands."""
    parser.register("action", "parsers", _SubCommands)
    return parser.add_subparsers(**kwargs)


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """The options every command takes: the database, a settings file, setting overrides."""
    parser.add_argument("--db", help="SQLite database (default: eventfuse.db, or setting db)")
    parser.add_argument("--config", help="TOML settings file")
    parser.add_argument("--set", action="append", metavar="KEY=VALUE",
                        help="override a setting (repeatable)")


def _runner(command: Command) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        return command.run(args, settings_from_args(args))

    return run


def _help_of(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    def show(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    return show


def add_command(
    subparsers: Any,
    command: AnyCommand,
    common: CommonOptions = add_common_options,
) -> argparse.ArgumentParser:
    """Add ``command`` to ``subparsers`` (what :func:`subcommands` or ``add_subparsers()``
    returned); the parsed arguments' ``func(args)`` runs it."""
    extra = {"description": command.description} \
        if not isinstance(command, CommandGroup) and command.description else {}
    parser: argparse.ArgumentParser = subparsers.add_parser(command.name, help=command.help,
                                                            **extra)
    if isinstance(command, CommandGroup):
        inner = subcommands(parser, dest=f"{command.name}_command", metavar=command.metavar)
        parser.set_defaults(func=_help_of(parser))
        for each in command.commands:
            add_command(inner, each, common)
    elif isinstance(command, LazyCommand):
        if not isinstance(subparsers, _SubCommands):
            _fill(parser, command.load(), common)
        else:
            subparsers.lazy[command.name] = (command, common)
    else:
        _fill(parser, command, common)
    return parser


def _fill(parser: argparse.ArgumentParser, command: Command, common: CommonOptions) -> None:
    command.add_arguments(parser)
    common(parser)
    parser.set_defaults(func=_runner(command))


# -- argument types ---------------------------------------------------------------------------


def iso_date(text: str) -> date:
    """An ISO date option (``YYYY-MM-DD``)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def bbox_arg(text: str) -> BBox:
    """A ``MIN_LON,MIN_LAT,MAX_LON,MAX_LAT`` option: four numbers (not range-checked here;
    the store refuses impossible boxes)."""
    try:
        return parse_bbox(text, check_range=False)
    except BBoxError:
        raise argparse.ArgumentTypeError("bbox is MIN_LON,MIN_LAT,MAX_LON,MAX_LAT") from None
