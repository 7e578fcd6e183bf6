"""`reconcile review ...` and `reconcile log` through typer's CliRunner, on an app that mounts them as cli.py does."""

from __future__ import annotations

import pytest
import typer
from case_fixture import by_source, claim_with, make_extraction
from typer.testing import CliRunner

from reconcile.cli.review import log_command, review_app
from reconcile.errors import CaseError, StoreError
from reconcile.store import CaseStore

app = typer.Typer()
app.add_typer(review_app, name="review")
app.command("log")(log_command)
runner = CliRunner()

AGE_CLAIM = "whom his family has identified"


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("RECONCILE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("RECONCILE_REVIEWER", "ana")


@pytest.fixture
def extraction(tmp_path):
    return make_extraction(tmp_path)


@pytest.fixture
def store(tmp_path, extraction):
    path = tmp_path / "case.sqlite"
    with CaseStore.create(path) as case_store:
        case_store.save_run(extraction)
    return str(path)


def review(*args: str):
    return runner.invoke(app, ["review", *args])


def test_reject_prints_the_decision(store, extraction):
    claim = claim_with(extraction, AGE_CLAIM)
    result = review("reject", claim.id[:6], "--store", store)
    assert result.exit_code == 0, result.output
    assert (
        result.output
        == f"#1 reject claim {claim.id}: “whom his family has identified as Loutfi Hassan M…” (ana)\n"
    )


def test_each_action_from_the_command_line(store, extraction):
    age, wh = claim_with(extraction, AGE_CLAIM), claim_with(extraction, "They found the body")
    cnn = extraction.documents[0]
    start = cnn.text.index("Loutfi Hassan Mesto, 56")
    commands = [
        (
            ["accept", wh.id],
            f"#1 accept claim {wh.id}: “They found the body of Mesto, whom they described…” (ana)",
        ),
        (
            ["reassign", age.id, "White Helmets"],
            f"#2 reassign claim {age.id}: now said by White Helmets (ana)",
        ),
        (["edit", age.id, "victim.age", "57"], f"#3 edit claim {age.id}: victim.age 56 -> 57 (ana)"),
        (
            ["merge", "CENTCOM", "defense officials"],
            "#4 merge source U.S. Central Command: merged with Defense officials (ana)",
        ),
        (
            [
                "split",
                "U.S. Central Command",
                "Defense officials",
                "--claim",
                claim_with(extraction, "By May 8").id,
            ],
            "#5 split source U.S. Central Command: 'Defense officials' split off with 1 claim(s) (ana)",
        ),
        (
            [
                "add",
                cnn.id[:8],
                str(start),
                str(start + 23),
                "his family",
                "--facet",
                "victim.age",
                "--value",
                "56",
            ],
            f"#6 add document {cnn.id}: “Loutfi Hassan Mesto, 56” said by Mesto’s family, victim.age = 56 (ana)",
        ),
        (
            ["reliability", "White Helmets", "b", "--reviewer", "Desk"],
            "#7 reliability source White Helmets: reliability B (Desk)",
        ),
        (["credibility", "victim.age", "2"], "#8 credibility row victim.age: credibility 2 (ana)"),
        (
            ["verdict", "victim.age", "disputed", "--comment", "56 or 60?"],
            "#9 verdict row victim.age: disputed, because 56 or 60? (ana)",
        ),
    ]
    for args, expected in commands:
        result = review(*args, "--store", store)
        assert result.exit_code == 0, (args, result.output, result.exception)
        assert result.output == expected + "\n"
    with CaseStore.open(store) as case_store:
        assert [d.action for d in case_store.decisions()] == [args[0] for args, _ in commands]
        assert case_store.review().reliability == {by_source(extraction, "White Helmets").id: "B"}


def test_case_names_resolve_under_reconcile_home(extraction):
    with CaseStore.open("syria", create=True) as case_store:
        case_store.save_run(extraction)
    result = review(
        "verdict", "event.date", "confirmed", "--comment", "CENTCOM's own tweet", "--case", "syria"
    )
    assert result.exit_code == 0
    assert result.output == "#1 verdict row event.date: confirmed, because CENTCOM's own tweet (ana)\n"


@pytest.mark.parametrize(
    "args, error, message",
    [
        (["verdict", "victim.age", "false", "--comment", " "], CaseError, "needs a comment"),
        (["reject", "ffffffffffff"], CaseError, "No claim has the id"),
        (["reliability", "Nobody", "A"], CaseError, "No source has the id 'nobody'"),
        (["credibility", "victim.age", "9"], CaseError, "Credibility 9 is invalid"),
    ],
)
def test_bad_input_raises_the_error_the_main_cli_reports(store, args, error, message):
    result = review(*args, "--store", store)
    assert result.exit_code == 1
    assert isinstance(result.exception, error)
    assert message in str(result.exception)


def test_a_verdict_without_comment_is_a_usage_error(store):
    result = review("verdict", "victim.age", "false", "--store", store)
    assert result.exit_code == 2
    assert "--comment" in result.output


def test_without_case_or_store_the_error_says_how_to_name_one():
    result = review("orphans")
    assert isinstance(result.exception, CaseError)
    assert "--case NAME" in str(result.exception)


def test_a_missing_store_is_a_store_error(tmp_path):
    result = review("accept", "abc", "--store", str(tmp_path / "none.sqlite"))
    assert isinstance(result.exception, StoreError)


def test_orphans_lists_decisions_that_fit_nothing(store, extraction):
    assert (
        review("orphans", "--store", store).output
        == "No orphaned decisions: every decision fits the latest run.\n"
    )
    review("verdict", "event.toll", "unverified", "--comment", "only recalled", "--store", store)
    with CaseStore.open(store) as case_store:
        case_store.save_run(extraction.__class__(**{**extraction.__dict__, "claims": extraction.claims[:3]}))
        decided = case_store.decisions()[0].decided_at[:19]
    result = review("orphans", "--store", store)
    assert result.output == (
        f"#1 verdict row event.toll: unverified, because only recalled (ana) — decided {decided}, "
        "fits nothing in the latest run\n"
    )


def test_show_lists_ids_statuses_and_ratings(store, extraction):
    review("reject", claim_with(extraction, AGE_CLAIM).id, "--store", store)
    review("reliability", "CENTCOM", "A", "--store", store)
    review("verdict", "victim.age", "unverified", "--comment", "one source left", "--store", store)
    lines = review("show", "--store", store).output.splitlines()
    centcom = by_source(extraction, "U.S. Central Command")
    age = claim_with(extraction, AGE_CLAIM)
    assert f"  {centcom.id}  U.S. Central Command (also CENTCOM, Central Command)  reliability A" in lines
    assert (
        f"  {age.id}  rejected  Mesto’s family: “whom his family has identified as Loutf…”  "
        'victim.name="Loutfi Hassan Mesto", victim.age=56'
    ) in lines
    assert "  victim.age  single  verdict unverified" in lines


def test_log_prints_every_change_with_before_and_after(store, extraction):
    claim = claim_with(extraction, AGE_CLAIM)
    review("edit", claim.id, "victim.age", "57", "--store", store)
    with CaseStore.open(store) as case_store:
        entries = case_store.log()
    result = runner.invoke(app, ["log", "--store", store])
    assert result.exit_code == 0
    state = '{{"facets": {{"victim.age": {age}, "victim.name": "Loutfi Hassan Mesto"}}, "id": "{id}", '
    state += '"source": "Mesto’s family", "status": "pending"}}'
    assert result.output.splitlines()[3:] == [
        f"   2  {entries[1].at[:19]}Z  ana  edit claim {claim.id}",
        "      before: " + state.format(age=56, id=claim.id),
        "      after:  " + state.format(age=57, id=claim.id),
    ]
    assert result.output.splitlines()[0].endswith("ana  run #1")


def test_every_command_has_help_ending_with_an_example():
    for command in [*review_app.registered_commands, typer.models.CommandInfo(callback=log_command)]:
        doc = command.callback.__doc__.strip()
        assert doc.splitlines()[-1].strip().startswith("Example: reconcile "), command.callback.__name__
