"""One Content value: every content file read and checked once, from any folder, with no copy kept."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from carerhelp.domain.content import load_content
from carerhelp.domain.errors import ContentError
from carerhelp.paths import resources_dir

SRC = Path(__file__).resolve().parents[2] / "src" / "carerhelp"


def copy_resources(tmp_path: Path) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root, ignore=shutil.ignore_patterns("fonts", "icons"))
    return root


def test_everything_is_read_from_the_folder_given(tmp_path: Path):
    root = copy_resources(tmp_path)
    (root / "authorities" / "authorities.toml").write_text(
        '[[authorities]]\nid = "x"\nname = "Test Council"\nnation = "wales"\nkind = "council"\n'
        'team = "Carers"\n',
        encoding="utf-8",
    )
    (root / "phrases" / "en" / "extra.toml").write_text('hello = "Hello"\n', encoding="utf-8")
    content = load_content(root)
    assert [a.id for a in content.authorities.all] == ["x"]
    assert content.authorities.get("leeds") is None
    assert content.phrases.text("extra.hello") == "Hello"
    assert {"assessment", "respite"} <= set(content.letters)
    assert content.citations["care_act_s10"].act == "Care Act 2014"
    assert "nation" in content.questionnaire


@pytest.mark.parametrize(
    ("path", "text", "message"),
    [
        ("letters/kinds/respite.toml", "this is not [toml", "respite.toml"),
        ("law/citations.toml", '[x]\nact = "A"\n', "table of laws"),
        ("rates/rates.toml", "periods = []\n", "no rate periods"),
        ("questionnaire/index.toml", 'sections = ["nowhere"]\n', "nowhere.toml"),
        ("phrases/en/labels.toml", 'x = "[[no_such_law]]"\n', "unknown law"),
    ],
)
def test_a_damaged_file_stops_the_load_with_its_name(tmp_path: Path, path, text, message):
    root = copy_resources(tmp_path)
    (root / path).write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=message):
        load_content(root)


CACHES = {"cache", "lru_cache", "cached_property"}
ALLOWED = {"letters/fonts.py"}  # reportlab's font registry, not content (see the module)


def test_no_module_keeps_a_cache_of_its_own():
    found = []
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            name = (
                node.attr
                if isinstance(node, ast.Attribute)
                else node.id
                if isinstance(node, ast.Name)
                else None
            )
            if name in CACHES and relative not in ALLOWED:
                found.append(f"{relative}:{node.lineno}")
    assert found == []
