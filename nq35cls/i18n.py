"""The language of what nq35cls tells its user: Vietnamese or English, through gettext.

Messages are made in English where they arise (an :class:`~nq35cls.errors.InputError`'s
problem, a reader's warning, a line the command line prints) and translated
when they are shown, so that no language is ever stored in a module: the
command line chooses one per run (``--lang vi|en``, else the locale).

The Vietnamese catalog is ``locale/vi/LC_MESSAGES/nq35cls.po`` (its compiled
``nq35cls.mo`` ships beside it); English is the message ids themselves. A
message id is an English *template*: ``"file is {size} bytes, over the limit
of {limit} (raise it with --max-bytes)"``. Fixed strings are looked up with
:func:`translator` (``gettext``/``ngettext``, then ``str.format``); a message
already formatted in English is translated by :func:`translate`, which finds
the template it was made from, takes the values back out of it and puts them
into the Vietnamese text.
"""

from __future__ import annotations

import argparse
import gettext
import io
import os
import re
import struct
import sys
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import NoReturn

#: The languages nq35cls speaks; the first is the one of the catalog.
LANGUAGES: tuple[str, ...] = ("vi", "en")
#: The gettext domain: the catalogs are ``locale/<lang>/LC_MESSAGES/nq35cls.mo`` in the package.
DOMAIN = "nq35cls"
#: The environment variables that name the locale, in the order they are looked at.
LOCALE_VARIABLES: tuple[str, ...] = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")

#: The fields of a template whose value is a message itself ("{why}; LibreOffice could not read it
#: either ({error})"), translated in turn; the others (file names, figures, lists) are carried over as they are.
NESTED_FIELDS: frozenset[str] = frozenset({"why", "error", "reason", "hint", "suffix", "found"})

_FIELD = re.compile(r"\{(\w+)\}")
_MO_MAGIC = 0x950412DE
# how deep the values taken out of a message are translated in turn ("{why}; LibreOffice could not ...")
_MAX_DEPTH = 3


def language(lang: str | None = None, *, environ: Mapping[str, str] | None = None) -> str:
    """The language to speak: ``lang`` if given, else the locale's.

    Parameters
    ----------
    lang : {"vi", "en"} or None, default=None
        The language asked for (``--lang``); None means the locale's.
    environ : mapping or None, default=None
        The environment to read the locale from (default: ``os.environ``).
        The first non-empty one of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` and
        ``LANGUAGE`` decides: Vietnamese if it starts with ``vi``
        (``vi_VN.UTF-8``), else English.

    Returns
    -------
    str
        ``"vi"`` or ``"en"``.

    Raises
    ------
    ValueError
        If ``lang`` is neither None nor one of :data:`LANGUAGES`.
    """
    if lang is not None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r} (expected one of {', '.join(LANGUAGES)})")
        return lang
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


def requested_language(argv: Sequence[str]) -> str:
    """The language of a command line: its ``--lang`` option's, else the locale's.

    The command line's help texts are made in this language, so it is read
    before the parser is built: ``--lang vi`` or ``--lang=vi`` anywhere
    before ``--``. A value that is not a language is left to the parser to
    refuse (the locale's language meanwhile).

    Parameters
    ----------
    argv : sequence of str
        The arguments, without the program name.

    Returns
    -------
    str
        ``"vi"`` or ``"en"``.
    """
    asked = None
    args = list(argv)
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            asked = args[i + 1]
        elif arg.startswith("--lang="):
            asked = arg.partition("=")[2]
    return language(asked if asked in LANGUAGES else None)


class ArgumentParser(argparse.ArgumentParser):
    """An :class:`argparse.ArgumentParser` that tells a command-line mistake in a language.

    argparse's messages ("argument --format: invalid choice: ...", "the
    following arguments are required: PATH") are translated like any other
    (:func:`translate`); its other fixed words ("usage:", "options:") stay.
    The subcommand parsers it makes are of this class too: give them the same
    ``lang``.

    Parameters
    ----------
    *args, **kwargs
        Those of :class:`argparse.ArgumentParser`.
    lang : {"vi", "en"} or None, default=None
        The language of its error messages (None: the locale's).
    """

    def __init__(self, *args, lang: str | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lang = lang

    def error(self, message: str) -> NoReturn:
        """Print the usage and the mistake in the parser's language, and exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {say(self.lang, 'error: {message}', message=translate(message, self.lang))}\n")


def add_lang_argument(parser: argparse.ArgumentParser, lang: str | None, *, main: bool = True) -> None:
    """Add the ``--lang {vi,en}`` option to a command-line parser, its help in ``lang``.

    Parameters
    ----------
    parser : argparse.ArgumentParser
    lang : {"vi", "en"} or None
        The language of the help text (None: the locale's).
    main : bool, default=True
        False for a subcommand's parser: its default then does not
        overwrite what the main parser read (``nq35cls --lang vi label ...``).
    """
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None if main else argparse.SUPPRESS,
        help=translator(lang).gettext("language of the messages: vi or en (default: from the locale, LANG)"),
    )


def catalog_path(lang: str = "vi") -> str:
    """The path of a language's compiled catalog inside the package (``locale/vi/LC_MESSAGES/nq35cls.mo``)."""
    return f"locale/{lang}/LC_MESSAGES/{DOMAIN}.mo"


@lru_cache(maxsize=4)
def _catalog_bytes(lang: str) -> bytes | None:
    """The compiled catalog, or None if it cannot be read (then messages stay in English: nothing is lost)."""
    try:
        return resources.files("nq35cls").joinpath(catalog_path(lang)).read_bytes()
    except OSError:
        return None


def read_mo(data: bytes) -> dict[str, str]:
    """The entries of a compiled gettext catalog (a ``.mo`` file's bytes), message id to text.

    The header entry (empty id) is left out; a plural entry keeps its ids and
    texts joined by NUL, as the file stores them.

    Parameters
    ----------
    data : bytes
        The ``.mo`` file.

    Returns
    -------
    dict of str to str

    Raises
    ------
    ValueError
        If ``data`` is not a ``.mo`` file.
    """
    if len(data) < 20:
        raise ValueError("not a gettext .mo file (too short)")
    for order in ("<", ">"):
        if struct.unpack(order + "I", data[:4])[0] == _MO_MAGIC:
            break
    else:
        raise ValueError("not a gettext .mo file (bad magic number)")
    _, count, ids_at, texts_at = struct.unpack(order + "4I", data[4:20])
    entries = {}
    for i in range(count):
        id_len, id_at = struct.unpack(order + "2I", data[ids_at + 8 * i : ids_at + 8 * i + 8])
        text_len, text_at = struct.unpack(order + "2I", data[texts_at + 8 * i : texts_at + 8 * i + 8])
        msgid = data[id_at : id_at + id_len].decode("utf-8")
        if msgid:
            entries[msgid] = data[text_at : text_at + text_len].decode("utf-8")
    return entries


@lru_cache(maxsize=4)
def _translations(lang: str) -> gettext.NullTranslations:
    data = None if lang == "en" else _catalog_bytes(lang)  # English is the message ids
    return gettext.NullTranslations() if data is None else gettext.GNUTranslations(io.BytesIO(data))


def translator(lang: str | None) -> gettext.NullTranslations:
    """The translations of a language, for fixed strings: ``translator("vi").gettext("permission denied")``.

    Parameters
    ----------
    lang : {"vi", "en"} or None
        None means the locale's (:func:`language`), read at each call.

    Returns
    -------
    gettext.NullTranslations
        A :class:`gettext.GNUTranslations` on the packaged catalog for
        Vietnamese, the identity for English (loaded once per language; also
        when the catalog is missing from an installation).
    """
    return _translations(language(lang))


def say(lang: str | None, msgid: str, **values: object) -> str:
    """A fixed message in a language, its ``{fields}`` filled in: ``say("vi", "{n} documents", n=3)``.

    Parameters
    ----------
    lang : {"vi", "en"} or None
        None means the locale's.
    msgid : str
        The English template, a message id of the catalog.
    **values
        The values of its fields (turned into text with ``str``).

    Returns
    -------
    str
    """
    return fill(translator(lang).gettext(msgid), {k: str(v) for k, v in values.items()})


def template_pattern(template: str) -> re.Pattern:
    """The regular expression that matches the messages formatted from an English template.

    Parameters
    ----------
    template : str
        A message id with named fields: ``"has {count} paragraphs, over the limit of {limit}"``.

    Returns
    -------
    re.Pattern
        The literal parts escaped, each field a non-greedy named group
        (matching across lines); a field used twice must hold the same text.
    """
    parts, seen, end = [], set(), 0
    for m in _FIELD.finditer(template):
        parts.append(re.escape(template[end : m.start()]))
        name = m.group(1)
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
        seen.add(name)
        end = m.end()
    parts.append(re.escape(template[end:]))
    return re.compile("".join(parts), re.DOTALL)


def fill(text: str, values: Mapping[str, str]) -> str:
    """A template's ``{name}`` fields replaced by their values (other braces and format specs left alone)."""
    return _FIELD.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), text)


@lru_cache(maxsize=4)
def _templates(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    data = _catalog_bytes(lang)
    catalog = read_mo(data) if data is not None else {}
    entries = [(msgid, text) for msgid, text in catalog.items() if "\x00" not in msgid]
    # the most specific template first: the one with the most literal text
    entries.sort(key=lambda e: (-len(_FIELD.sub("", e[0])), e[0]))
    return tuple((template_pattern(msgid), text) for msgid, text in entries)


def translate(message: str, lang: str | None, *, depth: int = _MAX_DEPTH) -> str:
    """An English message, already formatted, in the language asked for.

    Parameters
    ----------
    message : str
        A message as nq35cls makes it, values filled in
        (``"file is 60,000,000 bytes, over the limit of 52,428,800 (raise it with --max-bytes)"``).
    lang : {"vi", "en"} or None
        None means the locale's.
    depth : int, default=3
        How deep the values of :data:`NESTED_FIELDS` taken out of the message
        are translated in turn (a message may hold another:
        ``"{why}; LibreOffice could not read it either ({error})"``).

    Returns
    -------
    str
        The translation, the values carried over, when a template of the
        catalog matches the whole message; else ``message`` unchanged (it
        stays in English, nothing is lost).

    Examples
    --------
    >>> translate("file is 60,000,000 bytes, over the limit of 52,428,800 (raise it with --max-bytes)", "vi")
    'tệp có 60,000,000 byte, vượt quá giới hạn 52,428,800 (tăng giới hạn bằng --max-bytes)'
    >>> translate("something nq35cls never says", "vi")
    'something nq35cls never says'
    """
    code = language(lang)
    if code == "en" or not message:
        return message
    for pattern, text in _templates(code):
        m = pattern.fullmatch(message)
        if m is not None:
            values = m.groupdict()
            if depth > 0:
                values = {
                    k: translate(v, code, depth=depth - 1) if k in NESTED_FIELDS else v for k, v in values.items()
                }
            return fill(text, values)
    return message


def describe(error: BaseException, lang: str | None) -> str:
    """An error as the command line prints it, translated part by part: ``"a.txt: tệp rỗng"``.

    Parameters
    ----------
    error : BaseException
        Usually an :class:`~nq35cls.errors.Nq35Error`; one with ``path`` and
        ``problem`` (and ``line``) has its problem translated after the file
        (and line) it names, any other its whole message.
    lang : {"vi", "en"} or None
        None means the locale's.

    Returns
    -------
    str
    """
    problem = getattr(error, "problem", None)
    path = getattr(error, "path", None)
    if not isinstance(problem, str) or not isinstance(path, str):
        return translate(str(error), lang)
    line = getattr(error, "line", None)
    where = f"{path}:{line}" if isinstance(line, int) else path
    return f"{where}: {translate(problem, lang)}"
