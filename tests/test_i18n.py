"""The Vietnamese interface: the catalog, the translation of formatted messages, --lang and the locale."""

from __future__ import annotations

import ast
import gettext
import importlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from nq35cls import cli
from nq35cls.errors import DataError, InputError, ModelError, OutputError
from nq35cls.i18n import (
    LANGUAGES,
    NESTED_FIELDS,
    describe,
    fill,
    language,
    read_mo,
    requested_language,
    say,
    template_pattern,
    translate,
    translator,
)
from nq35cls.labels import LABELS

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "nq35cls"
CATALOG = PACKAGE / "locale" / "vi" / "LC_MESSAGES"
FIELD = re.compile(r"\{(\w+)\}")
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


# -- the catalog ------------------------------------------------------------


def _po_string(line: str) -> str:
    return ast.literal_eval(line)  # a .po string is a C string: the Python literal of the same text here


def read_po(path: Path) -> dict[str | tuple[str, str], str | tuple[str, ...]]:
    """The entries of a .po file: msgid -> msgstr, and (msgid, msgid_plural) -> (msgstr[0], ...)."""
    entries: dict = {}
    current: dict[str, str] = {}
    key = None

    def flush() -> None:
        if "msgid" in current and current["msgid"]:
            if "msgid_plural" in current:
                forms = tuple(current[k] for k in sorted(k for k in current if k.startswith("msgstr[")))
                entries[(current["msgid"], current["msgid_plural"])] = forms
            else:
                entries[current["msgid"]] = current.get("msgstr", "")
        current.clear()

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith('"'):
            current[key] += _po_string(line)
            continue
        key, _, rest = line.partition(" ")
        if key == "msgid":
            flush()
        current[key] = _po_string(rest)
    flush()
    return entries


@pytest.fixture(scope="module")
def po():
    return read_po(CATALOG / "nq35cls.po")


def test_every_message_has_a_translation_with_the_same_fields(po):
    assert len(po) > 150
    for msgid, msgstr in po.items():
        ids = msgid if isinstance(msgid, tuple) else (msgid,)
        texts = msgstr if isinstance(msgstr, tuple) else (msgstr,)
        fields = {frozenset(FIELD.findall(i)) for i in ids}
        assert len(fields) == 1, msgid  # singular and plural ids name the same values
        for text in texts:
            assert text.strip(), f"no translation for {msgid!r}"
            assert set(FIELD.findall(text)) == set(next(iter(fields))), msgid
            assert text.count("\n") == ids[0].count("\n"), msgid


def test_compiled_catalog_matches_its_source(po):
    data = (CATALOG / "nq35cls.mo").read_bytes()
    with open(CATALOG / "nq35cls.mo", "rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    for msgid, msgstr in po.items():
        if isinstance(msgid, tuple):
            assert tuple(compiled.ngettext(*msgid, n) for n in (1, 2)) == (msgstr[0], msgstr[0])
        else:
            assert compiled.gettext(msgid) == msgstr, msgid
    # the module's own reader of the .mo sees the same entries, no more
    entries = read_mo(data)
    singular = {k: v for k, v in po.items() if isinstance(k, str)}
    assert {k: v for k, v in entries.items() if "\x00" not in k} == singular
    assert len(entries) == len(po)


def test_read_mo_refuses_what_is_not_a_catalog():
    with pytest.raises(ValueError, match="not a gettext"):
        read_mo(b"PK\x03\x04" + bytes(40))


def test_vietnamese_text_is_written_with_its_marks(po):
    vietnamese = "".join(v if isinstance(v, str) else "".join(v) for v in po.values())
    assert "tệp" in vietnamese and "đoạn" in vietnamese and "báo cáo" in vietnamese
    # no message left in English by mistake: a translation differs from its id (save technical names)
    same = [k for k, v in po.items() if isinstance(k, str) and v == k]
    assert same == []


# -- translating formatted messages -----------------------------------------


def test_a_formatted_message_is_translated_with_its_values():
    message = "file is 60,000,000 bytes, over the limit of 52,428,800 (raise it with --max-bytes)"
    assert translate(message, "vi") == (
        "tệp có 60,000,000 byte, vượt quá giới hạn 52,428,800 (tăng giới hạn bằng --max-bytes)"
    )
    assert translate(message, "en") == message


def test_every_template_translates_the_messages_made_from_it(po):
    tr = translator("vi")
    for msgid, msgstr in po.items():
        if isinstance(msgid, tuple):
            continue
        values = {name: f"«{name}-7»" for name in FIELD.findall(msgid)}
        message = fill(msgid, values)
        assert template_pattern(msgid).fullmatch(message), msgid
        assert translate(message, "vi") == fill(msgstr, values), msgid
        assert fill(tr.gettext(msgid), values) == fill(msgstr, values)


def test_an_unknown_message_comes_back_unchanged():
    for message in ("something nq35cls never says", "", "file is big", "empty file, really"):
        assert translate(message, "vi") == message


def test_a_message_inside_a_message_is_translated_but_names_are_not():
    why = "a Word file older than Word 97 (Word 6/95): save it as .docx"
    message = f"{why}; LibreOffice could not read it either (LibreOffice is not installed)"
    assert translate(message, "vi") == (
        "tệp Word cũ hơn Word 97 (Word 6/95): hãy lưu lại dạng .docx; LibreOffice cũng không đọc được (chưa cài LibreOffice)"
    )
    # a file named like a message stays as it is
    assert translate("empty file: exists; use --force to overwrite it or --resume to continue it", "vi") == (
        "empty file: tệp đã có; dùng --force để ghi đè hoặc --resume để ghi tiếp"
    )
    assert {"why", "error"} <= NESTED_FIELDS and "path" not in NESTED_FIELDS


def test_values_that_span_lines_are_carried_over():
    message = "2 bad row(s):\n  line 3: 'text' must be one non-empty line\n  line 9: unknown label 'x'"
    assert translate(message, "vi") == (
        "2 dòng lỗi:\n  line 3: 'text' must be one non-empty line\n  line 9: unknown label 'x'"
    )


def test_describe_translates_a_problem_after_the_file_it_names():
    assert describe(InputError("báo cáo.txt", "empty file"), "vi") == "báo cáo.txt: tệp rỗng"
    assert describe(InputError("empty file", "permission denied"), "vi") == "empty file: không có quyền đọc tệp"
    assert describe(DataError("d.jsonl", 4, "'idx' must be an integer >= 0"), "vi") == (
        "d.jsonl:4: 'idx' phải là số nguyên >= 0"
    )
    assert describe(ModelError("m.model", "empty model file"), "en") == "m.model: empty model file"
    assert describe(OutputError("out.csv: is also an input; choose another output file"), "vi") == (
        "out.csv: cũng là tệp đầu vào; hãy chọn tệp đầu ra khác"
    )


def test_the_html_synthesis_table_can_be_replaced():
    """What nq35cls.messages (another branch) translates for the synthesis pages, translate does too."""
    problems = {
        "empty file": "tệp rỗng",
        "no such file or folder": "không có tệp hoặc thư mục này",
        "folder holds no reports (*.txt, *.docx)": "thư mục không có báo cáo nào (*.txt, *.docx)",
        "damaged .docx file (its Word parts cannot be read)": "tệp .docx bị hỏng (không đọc được các phần của tài liệu Word)",
        "has 250,000 paragraphs, over the limit of 200,000 (raise it with --max-paragraphs)": (
            "tệp có 250,000 đoạn, vượt quá giới hạn 200,000 (tăng giới hạn bằng --max-paragraphs)"
        ),
    }
    for problem, vietnamese in problems.items():
        assert translate(problem, "vi") == vietnamese


# -- the language of a run --------------------------------------------------


def _environ(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    env.update(values)
    return env


def test_language_from_the_locale():
    assert language(environ={}) == "en"
    assert language(environ={"LANG": "vi_VN.UTF-8"}) == "vi"
    assert language(environ={"LANG": "en_US.UTF-8"}) == "en"
    assert language(environ={"LANGUAGE": "vi"}) == "vi"
    assert language(environ={"LC_ALL": "C.UTF-8", "LANG": "vi_VN.UTF-8"}) == "en"  # LC_ALL comes first
    assert language(environ={"LC_ALL": "", "LC_MESSAGES": "vi_VN", "LANG": "C"}) == "vi"
    assert language("en", environ={"LANG": "vi_VN.UTF-8"}) == "en"
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        language("fr")


def test_translation_follows_the_locale_when_no_language_is_given(monkeypatch):
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    assert translate("empty file", None) == "tệp rỗng"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert translate("empty file", None) == "empty file"
    assert isinstance(translator("en"), gettext.NullTranslations)


def test_requested_language_is_read_before_the_parser():
    env_free = {"LANG": "en_US.UTF-8"}
    assert requested_language(["label", "a.txt", "--lang", "vi"]) == "vi"
    assert requested_language(["--lang=vi", "label", "a.txt"]) == "vi"
    assert requested_language(["--lang", "en", "label"]) == "en"
    assert requested_language(["label", "--", "--lang", "vi"]) == language(None)  # a file named --lang
    assert requested_language(["--lang", "fr"]) == language(None)  # left to the parser to refuse
    assert language(environ=env_free) == "en"
    assert set(LANGUAGES) == {"vi", "en"}


def test_help_texts_in_vietnamese(capsys):
    with pytest.raises(SystemExit):
        cli.main(["label", "--help", "--lang", "vi"])
    out = capsys.readouterr().out
    assert "tệp kết quả (mặc định: đầu ra chuẩn)" in out
    assert "từ chối các tệp lớn hơn N byte (mặc định 52428800)" in out
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "train", "--help"])
    out = capsys.readouterr().out
    assert "folder of labeled *.jsonl files (default: data)" in out


def test_command_line_mistakes_in_vietnamese(capsys):
    mistakes = {
        ("label", "a.txt", "--format", "pdf"): "nq35cls label: lỗi: đối số --format: lựa chọn không hợp lệ: 'pdf' "
        "(chọn một trong: 'jsonl', 'csv', 'xlsx', 'html', 'md', 'docx')",
        ("label", "a.txt", "-j", "x"): "nq35cls label: lỗi: đối số -j/--jobs: giá trị int không hợp lệ: 'x'",
        ("label",): "nq35cls label: lỗi: thiếu các đối số bắt buộc: PATH",
        ("label", "a.txt", "--bogus"): "nq35cls: lỗi: không nhận ra các đối số: --bogus",
    }
    for argv, told in mistakes.items():
        with pytest.raises(SystemExit) as stop:
            cli.main(["--lang", "vi", *argv])
        assert stop.value.code == 2
        err = capsys.readouterr().err
        assert err.startswith("usage: ") and err.splitlines()[-1] == told
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "label"])
    assert (
        capsys.readouterr().err.splitlines()[-1] == "nq35cls label: error: the following arguments are required: PATH"
    )


def test_an_unknown_language_is_refused(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["label", "a.txt", "--lang", "fr"])
    assert stop.value.code == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def _reports(folder: Path) -> Path:
    folder.mkdir()
    (folder / "bao_cao.txt").write_text(
        "BÁO CÁO SƠ KẾT CÔNG TÁC QUÝ III\n"
        "Xã Hòa Phong đã hoàn thành 14 công trình giao thông nông thôn, đạt 112% kế hoạch.\n"
        "Tuy nhiên, việc giải ngân vốn đầu tư công còn chậm, mới đạt 41%.\n"
        "Trong thời gian tới, cần tập trung đôn đốc các chủ đầu tư đẩy nhanh tiến độ.\n",
        encoding="utf-8",
    )
    (folder / "rong.txt").write_bytes(b"")
    return folder


def _label(folder: Path, model: Path, out: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "nq35cls", "label", str(folder), "--model", str(model), "-o", str(out), *args]
    environ = _environ(PYTHONPATH=str(REPO), **env)
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=environ, cwd=REPO)


def test_label_lines_warnings_and_summary_in_vietnamese(tmp_path, small_model_file, capsys, monkeypatch):
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    folder = _reports(tmp_path / "in")
    damaged = (folder / "bao_cao.txt").read_bytes().replace("Hòa Phong".encode(), b"H\xf2a Phong")
    (folder / "hong.txt").write_bytes(damaged)
    assert cli.main(["label", str(folder), "--model", str(small_model_file)]) == 1
    captured = capsys.readouterr()
    assert captured.out.count("\n") == 8  # the records, on standard output
    err = captured.err.splitlines()
    assert err[0].startswith(f"{folder / 'bao_cao.txt'}: 4 đoạn (")
    assert err[1] == (
        f"nq35cls: {folder / 'hong.txt'}: cảnh báo: một số byte không hợp lệ theo UTF-8 (tệp bị hỏng, hoặc văn bản "
        "được dán từ bảng mã khác): các byte đó hiện thành \ufffd"
    )
    assert err[2].startswith(f"{folder / 'hong.txt'}: 4 đoạn (")
    assert err[3] == f"nq35cls: {folder / 'rong.txt'}: tệp rỗng"
    labels = {"kết quả", "hạn chế", "giải pháp", "khác"}
    counts = re.fullmatch(r".*: 4 đoạn \((.*)\)", err[0]).group(1).split(", ")
    assert {c.rsplit(" ", 1)[0] for c in counts} <= labels
    assert err[-1] == "2 báo cáo đã phân loại, 1 lỗi, ghi ra đầu ra chuẩn"
    # -q: no per-file lines and no summary, the problems still
    assert cli.main(["label", str(folder), "--model", str(small_model_file), "-q", "--lang", "en"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"nq35cls: {folder / 'hong.txt'}: warning: {txt_warning()}",
        f"nq35cls: {folder / 'rong.txt'}: empty file",
    ]


def txt_warning() -> str:
    from nq35cls.readers.txt import DAMAGED_UTF8, WARNINGS

    return WARNINGS[DAMAGED_UTF8]


def test_a_bad_argument_is_told_in_vietnamese(capsys):
    assert cli.main(["label", "a.txt", "-j", "0", "--lang", "vi"]) == 2
    assert capsys.readouterr().err == "nq35cls: --jobs phải từ 1 trở lên (đang là 0)\n"
    assert cli.main(["label", "a.txt", "--review-size", "0", "--la", "vi"]) == 2  # argparse's abbreviation
    assert capsys.readouterr().err == "nq35cls: --review-size phải từ 1 trở lên (đang là 0)\n"
    assert cli.main(["--lang", "vi", "label", "a.txt", "--max-bytes", "0"]) == 2  # before the command
    assert capsys.readouterr().err == "nq35cls: --max-bytes phải từ 1 trở lên (đang là 0)\n"
    assert cli.main(["--lang", "en", "label", "a.txt", "--max-bytes", "0"]) == 2
    assert capsys.readouterr().err == "nq35cls: --max-bytes must be at least 1, not 0\n"


@pytest.mark.slow
def test_label_speaks_the_language_asked_for(tmp_path, small_model_file):
    folder = _reports(tmp_path / "in")
    out = tmp_path / "tonghop.jsonl"
    vi = _label(folder, small_model_file, out, "--lang", "vi")
    assert vi.returncode == 1, vi.stderr
    lines = vi.stderr.splitlines()
    assert re.fullmatch(r".*bao_cao\.txt: 4 đoạn \((\w[\w ]* \d+(, )?)+\)", lines[0]), lines
    assert f"nq35cls: {folder / 'rong.txt'}: tệp rỗng" in lines
    assert lines[-1] == f"1 báo cáo đã phân loại, 1 lỗi, ghi vào {out}"
    assert "paragraphs" not in vi.stderr

    en = _label(folder, small_model_file, out, "--lang", "en", "--force", LANG="vi_VN.UTF-8")
    assert en.returncode == 1, en.stderr
    lines = en.stderr.splitlines()
    assert re.fullmatch(r".*bao_cao\.txt: 4 paragraphs \(.*\)", lines[0]), lines
    assert f"nq35cls: {folder / 'rong.txt'}: empty file" in lines
    assert lines[-1] == f"1 report labeled, 1 failed, written to {out}"

    by_locale = _label(folder, small_model_file, out, "--force", LANG="vi_VN.UTF-8")
    assert by_locale.stderr == vi.stderr
    quiet = _label(folder, small_model_file, out, "--force", "-q", LANG="vi_VN.UTF-8")
    assert quiet.stderr.splitlines() == [f"nq35cls: {folder / 'rong.txt'}: tệp rỗng"]


# -- every message a user may see has its translation ------------------------

#: The argument of each error class that holds the problem a user reads.
PROBLEM_ARGUMENT = {
    "InputError": 1,
    "ModelError": 1,
    "DataError": 2,
    "OutputError": 0,
    "Nq35Error": 0,
    "_BeyondThisReader": 0,
}
#: Functions whose ValueErrors a user reads (a model file refused, a --set of train.py).
VALUE_ERROR_FUNCTIONS = {("persist.py", "_check_fitted"), ("retrain.py", "_parse_setting")}
#: Values of the source that are not known without running it.
UNKNOWN = "«?»"
_SAFE_NODES = (ast.Name, ast.Attribute, ast.Load, ast.Constant, ast.BinOp, ast.operator, ast.Call)


def _module(path: Path):
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return importlib.import_module(".".join(parts))


def _value(node: ast.expr, namespace: dict, spec: str = "", conversion: int = -1) -> str:
    """A value of the source: a module constant (or a join of one) as it is, anything else unknown."""
    nodes = list(ast.walk(node))
    if not all(isinstance(n, _SAFE_NODES) for n in nodes) or any(
        isinstance(n, ast.Call) and not (isinstance(n.func, ast.Attribute) and n.func.attr == "join") for n in nodes
    ):
        return UNKNOWN
    try:
        value = eval(compile(ast.Expression(node), "<message>", "eval"), dict(namespace))  # noqa: S307 - our source
    except Exception:
        return UNKNOWN
    if conversion == ord("r"):
        value = repr(value)
    return format(value, spec) if isinstance(value, (str, int, float)) else UNKNOWN


def _sample(node: ast.expr, namespace: dict) -> str:
    """The message a piece of source makes, with its unknown values as :data:`UNKNOWN`."""
    if isinstance(node, ast.JoinedStr):
        out = []
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                spec = "".join(p.value for p in getattr(part.format_spec, "values", ()) if isinstance(p, ast.Constant))
                out.append(_value(part.value, namespace, spec, part.conversion))
            else:
                out.append(str(part.value))  # type: ignore[attr-defined]
        return "".join(out)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _sample(node.left, namespace) + _sample(node.right, namespace)
    return _value(node, namespace)


def _source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__main__.py")


def _problems() -> list[tuple[str, str]]:
    """(where, message) of every problem raised in nq35cls/ and every warning its readers give."""
    found = []
    for path in _source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        namespace = vars(_module(path))
        for node in ast.walk(tree):
            where = f"{path.relative_to(REPO)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                position = PROBLEM_ARGUMENT.get(name)
                if name == "OSError" and path.parent.name == "readers":  # its text becomes a file's problem
                    position = 0
                if position is not None and len(node.args) > position:
                    found.append((where, _sample(node.args[position], namespace)))
            if isinstance(node, ast.FunctionDef) and (path.name, node.name) in VALUE_ERROR_FUNCTIONS:
                found += [
                    (f"{path.relative_to(REPO)}:{call.lineno}", _sample(call.args[0], namespace))
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "ValueError"
                ]
            # warnings: the strings of a tuple named *warnings, or returned beside a reader's blocks
            targets: list[ast.expr] = []
            if isinstance(node, (ast.Assign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any("warning" in getattr(t, "id", "") for t in targets) and isinstance(node.value, ast.Tuple):
                    found += [(where, _sample(e, namespace)) for e in node.value.elts]
            if (
                isinstance(node, ast.Return)
                and path.parent.name == "readers"
                and isinstance(node.value, ast.Tuple)
                and len(node.value.elts) == 2
                and isinstance(node.value.elts[1], ast.Tuple)
            ):
                found += [(where, _sample(e, namespace)) for e in node.value.elts[1].elts]
    from nq35cls.readers import _UNSUPPORTED, html, ocr, txt

    found += [("readers._UNSUPPORTED", problem) for _, problem in _UNSUPPORTED]
    found += [("readers.txt.WARNINGS", w) for w in txt.WARNINGS.values()]
    found += [("readers.html", html.NO_EXTRACTOR), ("readers.html", html.NO_MAIN_CONTENT)]
    found += [("readers.ocr.INSTALL_HINT", ocr.INSTALL_HINT)]
    return found


def test_every_problem_and_warning_has_a_translation():
    problems = _problems()
    assert len(problems) > 100  # the extraction finds the messages
    assert any("over the limit of" in m for _, m in problems)
    missing = [
        (where, message)
        for where, message in problems
        if message.replace(UNKNOWN, "") and translate(message, "vi") == message
    ]
    assert missing == [], "add these messages to nq35cls/locale/vi/LC_MESSAGES/nq35cls.po (then msgfmt)"


def _cli_messages() -> list[tuple[str, str]]:
    """(where, msgid) of the fixed strings the command line looks up."""
    found = []
    for name in ("cli.py", "retrain.py", "i18n.py"):
        tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            args = node.args[1:2] if called == "say" else node.args[:2] if called in ("gettext", "ngettext") else []
            for arg in args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((f"{name}:{node.lineno}", arg.value))
    return found


def test_every_line_and_help_text_of_the_command_line_has_a_translation(po):
    messages = _cli_messages()
    assert len(messages) > 50
    plural_ids = {i for key in po if isinstance(key, tuple) for i in key}
    missing = [(where, m) for where, m in messages if m not in po and m not in plural_ids]
    assert missing == []
    assert all(label in po for label in LABELS)  # the per-file counts name the labels


def test_train_speaks_the_language_asked_for(capsys):
    from nq35cls.retrain import main as train_main

    assert train_main(["--set", "bogus", "--lang", "vi"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("train.py: --set: 'bogus': dùng dạng NAME=VALUE với NAME là một trong: ")
    assert cli.main(["train", "--lang", "vi", "--source-weight", "web=2"]) == 2
    assert capsys.readouterr().err == (
        "nq35cls train: --source-weight 'web=2': dùng dạng SOURCE=WEIGHT, với SOURCE là một trong: "
        "real, real-rewritten, authored, reviewed, WEIGHT >= 0\n"
    )


def test_evaluate_speaks_the_language_asked_for(small_model_file, capsys):
    data = REPO / "data" / "real"
    assert cli.main(["evaluate", str(data), "--model", str(small_model_file), "--lang", "vi"]) == 0
    captured = capsys.readouterr()
    n = len(list(data.glob("*.jsonl")))
    assert captured.out.splitlines()[0] == f"{data}: {n} văn bản ({n} văn bản đã dùng khi huấn luyện)"
    assert captured.err.startswith(f"nq35cls evaluate: cảnh báo: {n} trong số {n} văn bản nằm trong dữ liệu huấn luyện")


def test_a_missing_catalog_leaves_messages_in_english(monkeypatch):
    import nq35cls.i18n as i18n

    caches = (i18n._catalog_bytes, i18n._translations, i18n._templates)
    monkeypatch.setattr(i18n, "catalog_path", lambda lang="vi": f"locale/{lang}/LC_MESSAGES/missing.mo")
    for cache in caches:
        cache.cache_clear()
    try:
        assert translate("empty file", "vi") == "empty file"
        assert say("vi", "{data}: {n} documents", data="d", n=3) == "d: 3 documents"
    finally:
        monkeypatch.undo()
        for cache in caches:
            cache.cache_clear()
    assert translate("empty file", "vi") == "tệp rỗng"
