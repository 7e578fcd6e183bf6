"""Whether a predicted value says what a gold value says: typed for numbers, ranges, dates and times, lenient for words.

Gold values are strings ("56", "8000-10000", ">=5000", "2023-05-03", "11:42", "al qaeda leader"); predicted values are
JSON-like (56, [8000, 10000], [5000, None], "2023-05-03", "senior al qaeda leader"). Both sides are parsed into the
same small types and compared; words fall back to a phrase test after a crude fold (see `words`).

Given the facet, names and free descriptions are judged by the rule the align stage uses for the same facet, so a
value the evidence table shows as agreeing with the gold's wording is scored as found (see `value_matches`).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, NamedTuple

from reconcile.align.compare import compare
from reconcile.align.comparison import Relation
from reconcile.align.meaning import TEXT_SIMILARITY, text_similarity
from reconcile.align.row_values import comparison_kind
from reconcile.claims.actor_tree import same_actor
from reconcile.model import FacetValue
from reconcile.resources import lexicon

_NUMBER = r"[+-]?\d+(?:\.\d+)?"
_INTERVAL = re.compile(rf"^({_NUMBER})\s*(?:-|–|—|to)\s*({_NUMBER})$")
_OPEN = re.compile(rf"^(>=|≥|>|<=|≤|<)\s*({_NUMBER})$")
_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2})?$")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_ARTICLES = frozenset({"the", "a", "an"})
_ENDINGS = ("ing", "ed", "s")


class Interval(NamedTuple):
    """A number (lo == hi), a range, or an open range (one end None)."""

    lo: float | None
    hi: float | None


class Date(NamedTuple):
    iso: str


class Time(NamedTuple):
    hhmm: str


class Text(NamedTuple):
    words: tuple[str, ...]


def value_matches(predicted: Any, gold: str, *, facet: str | None = None) -> bool:
    """Return True when `predicted` states the gold value.

    Numbers and ranges must be equal ("56" == 56, "8000-10000" == [8000, 10000], ">=5000" == [5000, None]; ">" and
    ">=" both read as an open lower bound). A gold date matches a predicted date that starts with it ("2023-05" matches
    "2023-05-03"); times compare as HH:MM. Words match when the folded gold words occur, in order and adjacent, inside
    the folded predicted words: "al qaeda leader" is in "senior al qaeda leader", "syria" in "syria (north-west)",
    "herding sheep" equals "herd sheep". "civilian" never matches "farmer": meaning is not judged here.

    With `facet`, two facet kinds whose gold values cannot be matched word for word also accept what the align stage
    accepts, so the score and the evidence table agree (measured on the development set, 2026-11-25):
    - `person` facets (victim.name): a spelling variant or a part of the name, by `align.compare`'s name rule. The
      gold takes one spelling per person ("Marcus Delaney") while each source keeps its own ("Marcus Delane",
      "Delaney"), which the table shows as agreeing.
    - free-text facets (`text` type: actor, cause, victim.activity) and investigation, whose gold values are short
      free descriptions ("unauthorised floors", "masked individuals", "civilian casualty review"): the shared content
      words reach `align.meaning.TEXT_SIMILARITY` of the shorter value, after stop words and synonym folding
      ("two floors" states "unauthorised floors"; "group of masked people" states "masked individuals"). For
      investigation only the name before the state is compared ("criminal case: under way" -> "criminal case").
      This is lenient by design, as in the table: one shared content word of a one-word value is enough.
    """
    if isinstance(predicted, FacetValue):
        predicted = predicted.value
    if predicted is None:
        return False
    if isinstance(predicted, str) and predicted.startswith("not ") and not gold.strip().lower().startswith("not "):
        return False  # a denial ("not arson", "not 40") states the negation, never the value
    if isinstance(predicted, (list, tuple)) and not _is_interval(predicted):
        return any(value_matches(item, gold, facet=facet) for item in predicted)
    if facet is not None and isinstance(predicted, str) and _agrees_as_aligned(facet, predicted, gold):
        return True
    if facet is not None and comparison_kind(facet) == "cause":
        return False  # the cause rule has judged it: "not bird strike" holds the words of "bird strike" but denies it
    want, got = parse(gold), _parse_predicted(predicted)
    if type(want) is type(got):
        if isinstance(want, Date) and isinstance(got, Date):  # the same type: both or neither
            return got.iso.startswith(want.iso)
        if isinstance(want, Text) and isinstance(got, Text):
            return _contains(got.words, want.words)
        return want == got
    if isinstance(predicted, str):
        return _contains(words(predicted), words(gold))
    return False


def value_contradicts(predicted: Any, gold: str, *, facet: str) -> bool:
    """True when the align stage's comparator finds `predicted` in conflict with the gold value.

    `value_matches` counts every other value as a miss, though many are compatible readings the table shows as
    agreeing ("child" where the gold says "civilian", "explosive weapon" beside "mortar"). An editor is misled only by
    a value that contradicts what the source said; this tells the two apart.
    """
    if isinstance(predicted, FacetValue):
        predicted = predicted.value
    if predicted is None:
        return False
    if isinstance(predicted, (list, tuple)) and not _is_interval(predicted):
        return any(value_contradicts(item, gold, facet=facet) for item in predicted)
    want = parse(gold)
    if isinstance(want, Interval):
        expected: Any = want.lo if want.lo == want.hi else [want.lo, want.hi]
    elif isinstance(want, Date):
        expected = want.iso
    elif isinstance(want, Time):
        expected = want.hhmm
    else:
        expected = gold.strip().lower()
    try:
        return compare(comparison_kind(facet), predicted, expected).relation == Relation.CONFLICT
    except (TypeError, ValueError):
        return False  # a value the comparator cannot read is not a contradiction it can show


def _agrees_as_aligned(facet: str, predicted: str, gold: str) -> bool:
    """The align stage's judgement for names and free descriptions (see `value_matches`)."""
    kind = comparison_kind(facet)
    if kind in {"person", "cause"}:
        return compare(kind, predicted, gold).relation in {Relation.SAME, Relation.COMPATIBLE}
    if kind == "status":
        return _names_its_group(predicted, gold)
    if kind == "actor" and same_actor(predicted, gold):
        return True  # "the idf" states "israel defense forces": one node of the actor tree
    if kind == "investigation":
        predicted = predicted.partition(": ")[0]
    elif kind not in {"text", "actor"}:
        return False
    return text_similarity(predicted, gold) >= TEXT_SIMILARITY


def _names_its_group(predicted: str, gold: str) -> bool:
    """A gold status that is a whole group ("civilian") is stated by a role of that group which the table shows as
    agreeing with it ("patient", "vegetable trader"); a gold role ("farmer") still needs its own word, and a denial
    ("not patient") states nothing."""
    groups = set(lexicon("facets")["facets"]["victim.status"]["roles"].values())
    if gold.strip().lower() not in groups or predicted.startswith("not "):
        return False
    return compare("status", predicted, gold.strip().lower()).relation in {Relation.SAME, Relation.COMPATIBLE}


def parse(value: str) -> Interval | Date | Time | Text:
    """Read a value written as a string into the type it compares as."""
    text = _THOUSANDS.sub("", value.strip())
    if re.fullmatch(_NUMBER, text):
        return Interval(float(text), float(text))
    if match := _INTERVAL.match(text):
        return Interval(float(match[1]), float(match[2]))
    if match := _OPEN.match(text):
        bound = float(match[2])
        return Interval(bound, None) if match[1] in (">=", "≥", ">") else Interval(None, bound)
    if _DATE.match(text):
        return Date(text)
    if match := _TIME.match(text):
        return Time(f"{int(match[1]):02d}:{match[2]}")
    return Text(tuple(words(text)))


def words(text: str) -> list[str]:
    """Fold a phrase into comparable words: lowercase, no punctuation or articles, crude endings stripped.

    Hyphens and brackets become spaces ("al-qaeda" == "al qaeda", "syria (north-west)" -> syria north west), dots
    inside abbreviations go ("u.s." -> "us"), possessive 's goes. Each word then loses one ending of -ing, -ed or -s
    when at least three letters remain ("herding" -> "herd", "killed" -> "kill", "civilians" -> "civilian"). This is
    deliberately crude: it is applied to both sides of a comparison during scoring, never to extracted values.
    """
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"(?<=\w)\.(?=\w)", "", text)
    return [_strip_ending(word) for word in re.split(r"[\W_]+", text) if word and word not in _ARTICLES]


def _strip_ending(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3 and not word.endswith("ss"):
            return word[: -len(ending)]
    return word


def _is_interval(value: list | tuple) -> bool:
    numeric = [v for v in value if isinstance(v, (int, float)) and not isinstance(v, bool)]
    return len(value) == 2 and len(numeric) >= 1 and all(v is None or v in numeric for v in value)


def _parse_predicted(value: Any) -> Interval | Date | Time | Text:
    if isinstance(value, bool):
        return Text((str(value).lower(),))
    if isinstance(value, (int, float)):
        return Interval(float(value), float(value))
    if isinstance(value, (list, tuple)):
        lo, hi = value
        return Interval(None if lo is None else float(lo), None if hi is None else float(hi))
    return parse(str(value))


def _contains(haystack: tuple[str, ...] | list[str], needle: tuple[str, ...] | list[str]) -> bool:
    """True when `needle` occurs as adjacent words inside `haystack` (an empty needle matches nothing)."""
    size = len(needle)
    if not size:
        return False
    return any(tuple(haystack[i : i + size]) == tuple(needle) for i in range(len(haystack) - size + 1))
