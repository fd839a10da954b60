"""The ``newsclean`` command.

    newsclean [clean] PATH... [-o OUTPUT]   clean files, folders, JSONL, stdin
    newsclean explain PATH...               show what goes and why
    newsclean learn PATH... -o FILE.json    learn site templates from a corpus
    newsclean rule CODE | --all             describe rules

``clean`` and ``explain`` take ``--templates FILE.json`` (templates ``learn`` wrote), or
``--learn`` to learn them from their own inputs first (two passes over them).

``clean`` is the default command, so ``newsclean article.txt`` cleans. Exit
status: 0 when every record was cleaned, 1 when some records had errors (they
are still in the output, flagged), 2 for usage errors, which are reported
before any document is read, 3 when an output could not be written (a full
disk), 130 when interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from tqdm import tqdm

from .. import __version__, rulefile
from ..config import LANGUAGES, Config
from ..rulefile import RuleFileError
from ..rules import Rule
from ..templates import TemplateLearner, TemplateParams, Templates, TemplatesError
from .inputs import InputError, ReadPosition, Source, discover, read_items
from .outputs import AtomicWriter, Output, OutputFields, OutputWriteError
from .records import Fields, read_record, site_of_record
from .report import Report
from .runner import Cleaners, Settings, clean_items, explain_record
from .summary import Tally
from .targets import OutputError, plan
from .terminal import printable, render, wants_colour

__all__ = ["main"]

COMMANDS = ("clean", "explain", "learn", "rule")


_UNFINISHED = "finished outputs are complete, unfinished ones were not written"


class UsageError(Exception):
    """A mistake on the command line or in the configuration: exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments or (arguments[0] not in COMMANDS and arguments[0] not in ("-h", "--help", "--version")):
        arguments.insert(0, "clean")
    args = _parser().parse_args(arguments)
    try:
        return int(args.run(args))
    except (UsageError, InputError, OutputError, RuleFileError, TemplatesError) as error:
        print(f"newsclean: {error}", file=sys.stderr)
        return 2
    except OutputWriteError as error:
        print(f"newsclean: {error}; {_UNFINISHED}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print(f"newsclean: interrupted; {_UNFINISHED}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `newsclean ... | head`: the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


# --- clean -----------------------------------------------------------------------------------


def _clean(args: argparse.Namespace) -> int:
    config = _config(args)
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (every core) or more")
    sources = discover(args.paths or ["-"], include=args.include, exclude=args.exclude, jsonl=args.jsonl)
    config = _with_templates(args, config, sources)
    output_fields = OutputFields(
        text=args.output_field,
        removals=args.removals,
        metadata=args.metadata,
        format=args.output_format,
        title=args.include_title,
    )
    reports = [Path(name) for name in (args.stats, args.report) if name]
    suffix = {"txt": ".txt", "markdown": ".md", "json": ".json"}[args.output_format]
    writing = plan(args.output, sources, output_fields, resume=args.resume, reports=reports, suffix=suffix)
    output, sources = writing.output, writing.sources
    settings = Settings(
        config,
        _fields(args),
        output_fields,
        writing.mode,
        args.url,
        args.time_limit or None,
    )
    rules = {rule.code: rule for rule in config.rules()}
    tally = Tally(rules, skipped=writing.skipped, url_field=args.url_field or None)
    report = Report(rules, limit=args.report_limit) if args.report else None
    keep = frozenset(range(report.limit)) if report else frozenset()
    position = ReadPosition()
    progress = Progress(sources, position, disable=args.quiet or not sys.stderr.isatty())
    complete = False
    try:
        ordered = _SourceOrder(sources, output)
        items = read_items(sources, limit=config.size_limit, position=position)
        results = clean_items(items, settings, jobs=args.jobs or os.cpu_count() or 1, keep=keep)
        for item, result in results:
            ordered.reached(item.source)
            output.write(item, result.payload)
            tally.add(item, result)
            if report is not None:
                report.add(item, result)
            progress.update()
        ordered.finish()
        complete = True
    finally:
        output.close(complete=complete)
        progress.close(complete=complete)
    if report is not None:
        report.write(Path(args.report), tally)
    if args.stats:
        with AtomicWriter(Path(args.stats)) as stats:
            stats.write((json.dumps(tally.as_dict(), indent=2) + "\n").encode("utf-8"))
    if not args.quiet:
        _say_how_it_went(writing.mode, tally, output.written(), args.report)
    return 1 if tally.errors else 0


def _say_how_it_went(mode: str, tally: Tally, written: str | None, report: str | None) -> None:
    """The summary on standard error, with what was written; after one text on standard output,
    no summary (it would read as noise after the text), but the reason when there is no text."""
    if mode != "text":
        print(tally.render(), file=sys.stderr)
        if written is not None:
            print(printable(f"  {written}"), file=sys.stderr)
        if report is not None:
            print(printable(f"  report: {report}"), file=sys.stderr)
    elif tally.first_errors:
        print(printable(f"newsclean: {tally.first_errors[0]}"), file=sys.stderr)


class _SourceOrder:
    """Tells the output where each source begins and ends, including sources with no records
    (an empty JSONL file still gets its empty output)."""

    def __init__(self, sources: list[Source], output: Output) -> None:
        self.pending = iter(sources)
        self.output = output
        self.current: Source | None = None

    def reached(self, source: Source) -> None:
        while self.current is not source:
            if self.current is not None:
                self.output.end(self.current)
            self.current = next(self.pending)
            self.output.begin(self.current)

    def finish(self) -> None:
        if self.current is not None:
            self.output.end(self.current)
        for source in self.pending:
            self.output.begin(source)
            self.output.end(source)


class Progress:
    """The progress bar on standard error, with a total and the time left when the input's size
    is known: documents counted against the number of files, JSONL against the bytes of the
    files as stored (compressed ones too), with the documents done beside. Standard input,
    whose size nobody knows, gets a count and a rate."""

    def __init__(self, sources: list[Source], position: ReadPosition, *, disable: bool) -> None:
        self.position = position
        self.documents = 0
        self.total = 0
        sized = all(source.path is not None for source in sources)
        self.by_bytes = sized and any(source.jsonl for source in sources)
        if self.by_bytes:
            total: int | None = sum(_file_size(s.path) for s in sources if s.path is not None)
            self.total = total or 0
        else:
            total = len(sources) if sized or not any(source.jsonl for source in sources) else None
        self.bar = tqdm(
            total=total,
            unit="B" if self.by_bytes else "doc",
            unit_scale=self.by_bytes,
            unit_divisor=1024 if self.by_bytes else 1000,
            file=sys.stderr,
            dynamic_ncols=True,
            mininterval=0.5,
            disable=disable,
        )

    def update(self) -> None:
        self.documents += 1
        if self.bar.disable:
            return
        if not self.by_bytes:
            self.bar.update()
            return
        self.bar.set_postfix_str(f"{self.documents:,} docs", refresh=False)
        self.bar.update(min(self.position.bytes_read(), self.total) - self.bar.n)

    def close(self, *, complete: bool = False) -> None:
        if complete and self.by_bytes and not self.bar.disable:
            self.bar.update(self.total - self.bar.n)  # read to the end
        self.bar.close()


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# --- explain ---------------------------------------------------------------------------------


def _explain(args: argparse.Namespace) -> int:
    sources = discover(args.paths or ["-"], jsonl=args.jsonl)
    cleaners = Cleaners(_with_templates(args, _config(args), sources))
    colour = wants_colour(sys.stdout, args.color)
    fields = _fields(args)
    errors = 0
    for item in read_items(sources, limit=cleaners.default.config.size_limit):
        record = read_record(
            item.data, item.error, jsonl=item.source.jsonl, name=item.where, fields=fields, url=args.url
        )
        result, error = explain_record(cleaners(record.language), record, metadata=True)
        if result is None:
            print(printable(f"── {item.where}: {error}"), file=sys.stderr)
            errors += 1
            continue
        print(render(result, item.where, colour=colour))
        print()
    return 1 if errors else 0


# --- learn -----------------------------------------------------------------------------------


def _learn(args: argparse.Namespace) -> int:
    if not args.output or args.output == "-":
        raise UsageError("name the templates file to write: newsclean learn PATH... -o templates.json")
    config = _config(args)
    params = _params(args)
    sources = discover(args.paths or ["-"], include=args.include, exclude=args.exclude, jsonl=args.jsonl)
    templates, pages, skipped = _learn_from(args, config, sources, params)
    Templates.save(templates, args.output)
    if not args.quiet:
        note = f", {skipped} without a site (no URL, no --site-field) skipped" if skipped else ""
        print(
            f"newsclean: learned {templates.lines} template lines of {len(templates)} sites "
            f"from {pages} pages{note}: {args.output}",
            file=sys.stderr,
        )
    return 0


def _learn_from(
    args: argparse.Namespace, config: Config, sources: list[Source], params: TemplateParams
) -> tuple[Templates, int, int]:
    """The templates of the records in ``sources``; how many pages were read, and skipped for
    want of a site."""
    learner = TemplateLearner(config=config)
    fields = _fields(args)
    pages = skipped = 0
    for item in read_items(sources, limit=config.size_limit):
        record = read_record(
            item.data, item.error, jsonl=item.source.jsonl, name=item.where, fields=fields, url=args.url
        )
        if record.error is not None or record.content is None:
            continue
        site = site_of_record(record)
        if site is None:
            skipped += 1
            continue
        try:
            learner.add(site, record.content, url=record.url)
        except ValueError:  # a page the cleaner refuses (too large, binary) teaches nothing
            continue
        pages += 1
    return learner.templates(params), pages, skipped


def _with_templates(args: argparse.Namespace, config: Config, sources: list[Source]) -> Config:
    """The config with the templates named by ``--templates``, or learned first (``--learn``)."""
    if args.templates and args.learn:
        raise UsageError("--templates and --learn: choose one (templates from a file, or learned here)")
    if args.templates:
        return config.replace(templates=Templates.load(args.templates))
    if not args.learn:
        return config
    if any(source.path is None for source in sources):
        raise UsageError("--learn reads its inputs twice: it cannot read standard input")
    templates, _, _ = _learn_from(args, config, sources, _params(args))
    return config.replace(templates=templates)


def _params(args: argparse.Namespace) -> TemplateParams:
    defaults = TemplateParams()
    try:
        return TemplateParams(
            min_pages=args.min_pages if args.min_pages is not None else defaults.min_pages,
            min_share=args.min_share if args.min_share is not None else defaults.min_share,
            long_share=args.long_share if args.long_share is not None else defaults.long_share,
        )
    except ValueError as error:
        raise UsageError(str(error)) from None


def _fields(args: argparse.Namespace) -> Fields:
    return Fields(
        text=args.text_field,
        id=args.id_field or None,
        url=args.url_field or None,
        language=args.language_field or None,
        site=args.site_field or None,
    )


# --- rule ------------------------------------------------------------------------------------


def _rule(args: argparse.Namespace) -> int:
    # Every rule there is, the rule file's own included: built-ins first, then site packs, then yours.
    if args.config:
        mine = Config.from_file(args.config).extra_rules
    elif args.no_config or (rule_file := rulefile.discover(".")) is None:
        mine = ()
    else:
        mine = Config.from_file(rule_file).extra_rules
    rules = sorted(
        Config(extra_rules=mine, preview=True).rules(), key=lambda rule: (rule in mine, bool(rule.sites))
    )
    if args.all:
        for rule in rules:
            print(f"{rule.code:<8} {rule.name:<32} {rule.category.label:<13} {rule.summary}")
        return 0
    if not args.code:
        raise UsageError("name a rule (newsclean rule PAY001) or list them all (newsclean rule --all)")
    wanted = args.code.upper()
    found = next((r for r in rules if wanted in (r.code, *r.aliases) or args.code == r.name), None)
    if found is None:
        raise UsageError(f"no rule {args.code!r}; `newsclean rule --all` lists them")
    print(_describe(found))
    return 0


def _describe(rule: Rule) -> str:
    lines = [
        f"{rule.code} {rule.name}",
        f"  category: {rule.category.label}    evidence: {rule.evidence.value}"
        f"    status: {rule.status.value}",
        f"  languages: {', '.join(rule.languages)}"
        + (f"    sites: {', '.join(rule.sites)}" if rule.sites else ""),
        "",
        f"  {rule.summary}",
    ]
    if rule.safety:
        lines += ["", f"  Safety: {rule.safety}"]
    removes = [e.text for e in rule.examples if e.removed]
    keeps = [e.text for e in rule.examples if not e.removed]
    if removes:
        lines += ["", "  Removes:"] + [f"    - {text}" for text in removes]
    if keeps:
        lines += ["", "  Keeps:"] + [f"    + {text}" for text in keeps]
    return "\n".join(lines)


# --- configuration and arguments -------------------------------------------------------------


def _config(args: argparse.Namespace) -> Config:
    """The rule file (named, discovered, or none), then the command line's own options over it."""
    if args.config:
        config = Config.from_file(args.config)
    elif args.no_config or (found := rulefile.discover(".")) is None:
        config = Config()
    else:
        config = Config.from_file(found)
        if not getattr(args, "quiet", False):  # a file nobody named: say which it is
            message = f"newsclean: rules from {found} (--no-config leaves them out)"
            print(printable(message), file=sys.stderr)
    changes: dict[str, object] = {}
    if args.select:
        changes["select"] = _split(args.select)
    if args.ignore:
        changes["ignore"] = (*config.ignore, *_split(args.ignore))
    if args.languages:
        changes["languages"] = _split(args.languages)
    for name in ("format", "favor", "guard_threshold"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.size_limit is not None:
        changes["size_limit"] = args.size_limit or None  # 0: no limit
    if args.preview:
        changes["preview"] = True
    if getattr(args, "no_tables", False):
        changes["tables"] = False
    if getattr(args, "include_comments", False):
        changes["comments"] = True
    try:
        config = config.replace(**changes)
        config.rules()  # a selector that selects nothing is a usage error, now
    except (TypeError, ValueError) as error:
        raise UsageError(str(error)) from None
    return config


def _split(values: list[str]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([KMG]?)B?")
_UNITS = {"": 1, "K": 1_000, "M": 1_000_000, "G": 1_000_000_000}


def _size(value: str) -> int:
    """``5MB``, ``1.5KB`` or a plain number of characters or bytes: a whole number of them
    (``0.4`` would round to 0, which means no limit at all)."""
    found = _SIZE.fullmatch(value.strip().upper())
    if found is None:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (try 5MB, 500KB, or 0 for no limit)")
    size = Decimal(found[1]) * _UNITS[found[2]]
    if size != size.to_integral_value():
        raise argparse.ArgumentTypeError(f"not a whole number of characters or bytes: {value!r}")
    return int(size)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r} (try 30, or 0 for no limit)")
    return seconds


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Strip boilerplate from news articles, keeping the article.",
        epilog="`newsclean PATH` is short for `newsclean clean PATH`.",
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    rules = argparse.ArgumentParser(add_help=False)
    group = rules.add_argument_group("rules and configuration")
    group.add_argument(
        "--config",
        metavar="FILE",
        help="a rule file (default: newsclean.toml or [tool.newsclean] in pyproject.toml, looked up "
        "from the current directory to its project's root, the first holding .git or pyproject.toml)",
    )
    group.add_argument("--no-config", action="store_true", help="ignore rule files; built-in defaults only")
    group.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="RULES",
        help="run only these codes, prefixes, categories or lang:xx (comma-separated, repeatable)",
    )
    group.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="RULES",
        help="leave these out, in addition to the rule file's ignore list",
    )
    group.add_argument(
        "--languages",
        action="append",
        default=[],
        metavar="LANGS",
        help=f"the language packs to run, English one like the others (default all: "
        f"{','.join(LANGUAGES)}); rules for no language in particular always run",
    )
    group.add_argument("--preview", action="store_true", help="also run preview rules")
    group.add_argument("--format", choices=("auto", "text", "html"), help="force text or HTML (default auto)")
    group.add_argument(
        "--favor",
        choices=("recall", "balanced", "precision"),
        help="how trafilatura extracts HTML pages (default balanced)",
    )
    group.add_argument("--no-tables", action="store_true", help="leave HTML pages' tables out of the text")
    group.add_argument(
        "--include-comments",
        action="store_true",
        help="keep HTML pages' reader comments, after the article (the comment-section rule NAV201 is off)",
    )
    group.add_argument(
        "--guard-threshold",
        type=float,
        metavar="SHARE",
        help="largest share of words weak evidence may remove (default 0.5)",
    )
    group.add_argument(
        "--size-limit",
        type=_size,
        metavar="SIZE",
        help="largest document cleaned, in characters or bytes, e.g. 5MB; larger ones are "
        "errors (default 20MB; 0: no limit)",
    )

    reading = argparse.ArgumentParser(add_help=False)
    group = reading.add_argument_group("inputs")
    group.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, folders (searched recursively) or - for standard input (the default)",
    )
    group.add_argument(
        "--jsonl",
        action=argparse.BooleanOptionalAction,
        help="read every input as JSONL; --no-jsonl: only .jsonl and .ndjson files (default: those, "
        "and standard input or a file of another name, such as .json, whose first line is a JSON object)",
    )
    group.add_argument(
        "--text-field", default="text", metavar="NAME", help="JSONL field with the text or HTML"
    )
    group.add_argument("--id-field", default="id", metavar="NAME", help="JSONL field naming the record")
    group.add_argument("--url-field", default="url", metavar="NAME", help="JSONL field with the page's URL")
    group.add_argument(
        "--language-field",
        metavar="NAME",
        help="JSONL field with each record's language (de, de-AT...): its pack runs, with those "
        "--languages names; records without a known one get --languages (default all)",
    )
    group.add_argument("--url", help="the URL of document inputs (turns on site packs)")
    group.add_argument(
        "--site-field",
        metavar="NAME",
        help="JSONL field naming the record's site, for site templates (default: its URL's host)",
    )

    learning = argparse.ArgumentParser(add_help=False)
    group = learning.add_argument_group("site templates")
    defaults = TemplateParams()
    group.add_argument(
        "--min-pages",
        type=int,
        metavar="K",
        help=f"fewest distinct pages of its site a template line is on (default {defaults.min_pages})",
    )
    group.add_argument(
        "--min-share",
        type=float,
        metavar="P",
        help=f"share of its site's pages a short template line is on (default {defaults.min_share})",
    )
    group.add_argument(
        "--long-share",
        type=float,
        metavar="P",
        help=f"share a line of {defaults.long_words} words or more is on (default {defaults.long_share})",
    )

    templates = argparse.ArgumentParser(add_help=False, parents=[learning])
    group = templates.add_argument_group("using site templates")
    group.add_argument("--templates", metavar="FILE.json", help="site templates `newsclean learn` wrote")
    group.add_argument(
        "--learn",
        action="store_true",
        help="learn the site templates from the inputs first, then clean with them (two passes)",
    )

    folders = argparse.ArgumentParser(add_help=False)
    group = folders.add_argument_group("choosing files in folders")
    group.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="GLOB",
        help="file names to read in folders (repeatable; default: *.txt *.html *.htm *.jsonl "
        "*.ndjson and more, also .gz and .zst)",
    )
    group.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="file names to skip")

    clean = commands.add_parser(
        "clean",
        parents=[reading, folders, rules, templates],
        help="clean documents (the default)",
        description="Clean files, folders, JSONL corpora or standard input.",
    )
    group = clean.add_argument_group("outputs")
    group.add_argument(
        "-o",
        "--output",
        metavar="OUTPUT",
        help="a folder (a name ending in /, or without a suffix: mirrors the inputs), a "
        ".jsonl[.gz|.zst] file, one document's file (clean.txt), or - for standard output "
        "(the default: the text of one document, else JSONL)",
    )
    group.add_argument(
        "--output-field",
        default="clean_text",
        metavar="NAME",
        help="JSONL field for the cleaned text (default clean_text; name the text field to replace it)",
    )
    group.add_argument("--removals", action="store_true", help="add each record's removals (clean_removals)")
    group.add_argument(
        "--metadata",
        "--with-metadata",
        dest="metadata",
        action="store_true",
        help="add HTML pages' metadata: clean_metadata in JSONL, a YAML header on a text or Markdown "
        "document, 'metadata' in JSON",
    )
    group.add_argument(
        "--output-format",
        choices=("txt", "markdown", "json"),
        default="txt",
        help="a document's output: txt (the default), markdown (an HTML page's headings, lists and "
        "tables; also the text of JSONL records) or json (one object: id, title, text)",
    )
    group.add_argument(
        "--include-title",
        action="store_true",
        help="start an HTML page's text with its headline (metadata otherwise; text keeps its own)",
    )
    group.add_argument("--resume", action="store_true", help="skip inputs whose output already exists")
    group.add_argument("--report", metavar="FILE.html", help="write an HTML report of the removals")
    group.add_argument(
        "--report-limit",
        type=int,
        default=100,
        metavar="N",
        help="documents shown in the report (default 100; the summary counts all)",
    )
    group.add_argument("--stats", metavar="FILE.json", help="write the closing summary as JSON")
    group = clean.add_argument_group("running")
    group.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1; 0: one per core)"
    )
    group.add_argument(
        "--time-limit",
        type=_seconds,
        default=60.0,
        metavar="SECONDS",
        help="longest a document may take; one that takes longer comes out as an error and the "
        "run goes on (default 60; 0: no limit)",
    )
    group.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    clean.set_defaults(run=_clean)

    explain = commands.add_parser(
        "explain",
        parents=[reading, rules, templates],
        help="show what goes and why",
        description="Show each document with its removals struck out.",
    )
    explain.add_argument(
        "--color",
        "--colour",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the view (default: on a terminal, unless NO_COLOR is set)",
    )
    explain.set_defaults(run=_explain)

    learn = commands.add_parser(
        "learn",
        parents=[reading, folders, rules, learning],
        help="learn site templates from a corpus",
        description="Learn each site's template lines from its pages (files, folders, JSONL); "
        "clean with them with --templates. A record's site is its --site-field, else its URL's host.",
    )
    learn.add_argument(
        "-o", "--output", metavar="FILE.json", help="the templates file to write (.json or .json.gz)"
    )
    learn.add_argument("-q", "--quiet", action="store_true", help="no summary")
    learn.set_defaults(run=_learn)

    rule = commands.add_parser(
        "rule", help="describe a rule", description="Describe a rule, or list them all."
    )
    rule.add_argument("code", nargs="?", help="a rule code (PAY001) or name (metered-article-counter)")
    rule.add_argument("--all", action="store_true", help="one line per rule")
    rule.add_argument(
        "--config", metavar="FILE", help="include this rule file's rules (default: the one found here)"
    )
    rule.add_argument("--no-config", action="store_true", help="built-in rules only")
    rule.set_defaults(run=_rule)
    return parser
