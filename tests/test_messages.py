"""Why a file failed, told in Vietnamese in the syntheses."""

from __future__ import annotations

import ast
from pathlib import Path

from nq35cls.messages import problem_in_vietnamese


def test_failure_reasons_in_vietnamese():
    # every fixed problem the readers and the CLI raise has its Vietnamese text
    package = Path(__file__).resolve().parent.parent / "nq35cls"
    fixed = set()
    for source in package.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "InputError" and len(node.args) == 2:
                if isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str):
                    fixed.add(node.args[1].value)
    assert len(fixed) > 15
    untranslated = [p for p in fixed if problem_in_vietnamese(p) == p]
    assert untranslated == []
    size = "file is 60,000,000 bytes, over the limit of 52,428,800 (raise it with --max-bytes)"
    assert problem_in_vietnamese(size) == "tệp có 60,000,000 byte, vượt giới hạn 52,428,800 (tăng bằng --max-bytes)"
    assert problem_in_vietnamese("damaged PDF file (PSEOF: x)") == "tệp PDF bị hỏng (PSEOF: x)"
    assert problem_in_vietnamese("something new") == "something new"  # an unknown message is shown as it is
