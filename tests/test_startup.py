"""Start-up: what `rolequiz` imports before it answers (docs/performance.md)."""

from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from rolequiz import __version__


def modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running `code`."""
    probe = code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    return set(out.split())


def test_importing_the_cli_package_loads_neither_typer_nor_the_content():
    loaded = modules_after("import rolequiz.cli")
    assert not {"typer", "click", "rich", "yaml", "rolequiz.content.load"} & loaded


def test_version_answers_before_loading_typer():
    code = ("from rolequiz.cli import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit:\n    pass")
    loaded = modules_after(code)
    assert not {"typer", "rich", "yaml", "rolequiz.content.load",
                "rolequiz.content.models"} & loaded


def test_fast_version_prints_what_the_app_prints():
    proc = subprocess.run([sys.executable, "-m", "rolequiz", "--version"],
                          capture_output=True, text=True)
    from rolequiz.cli import app

    via_app = CliRunner().invoke(app, ["--version"])
    assert proc.returncode == via_app.exit_code == 0
    assert proc.stdout == via_app.output == f"rolequiz {__version__}\n"
    assert proc.stderr == ""


def test_anything_else_still_goes_to_the_app():
    proc = subprocess.run([sys.executable, "-m", "rolequiz", "--version", "--nonsense"],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "--nonsense" in proc.stderr


def test_the_app_is_the_typer_app_whichever_module_loads_first():
    code = ("import rolequiz.cli.quiz\nfrom rolequiz.cli import app\n"
            "import typer\nassert isinstance(app, typer.Typer), type(app)\n"
            "names = {c.callback.__name__ for c in app.registered_commands}\n"
            "assert {'quiz', 'validate'} <= names, names")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_quiz_json_imports_neither_rich_nor_pyyaml_once_the_content_is_cached(tmp_path, mini):
    answers = tmp_path / "answers.json"
    answers.write_text('{"answers": {"q1": 5, "q2": 2}}', encoding="utf-8")
    code = (
        "import contextlib, io, sys\nfrom rolequiz.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        f"        main(['quiz', '--answers', {str(answers)!r}, '--format', 'json',\n"
        f"              '--questions', {str(mini['questions'])!r},\n"
        f"              '--roles', {str(mini['roles'])!r}])\n"
        "    except SystemExit as e:\n"
        "        assert not e.code, e.code\n"
        "print(' '.join(sorted(sys.modules)))"
    )
    runs = [set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               check=True).stdout.split()) for _ in range(2)]
    assert "rich" not in runs[0] and "yaml" in runs[0]  # the first run reads the YAML
    assert not {"rich", "yaml", "platformdirs"} & runs[1]


def test_command_parameters_are_not_annotation_strings():
    """typer compiles every string annotation of every command at every start (about 0.3 ms
    a parameter): command modules do without `from __future__ import annotations`."""
    from rolequiz.cli import app

    callbacks = [c.callback for c in app.registered_commands]
    callbacks.append(app.registered_callback.callback)
    for group in app.registered_groups:
        callbacks += [c.callback for c in group.typer_instance.registered_commands]
    strings = {f"{cb.__module__}.{cb.__name__}: {name}"
               for cb in callbacks for name, a in cb.__annotations__.items()
               if isinstance(a, str)}
    assert not strings
