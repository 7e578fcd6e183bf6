"""The parts of `reconcile.evaluate`, one concept per module.

gold.py         the gold file: dataclasses, `load_gold`, locating gold words in a text
values.py       `value_matches`: does a predicted value say what the gold value says
sources.py      `map_sources`: which predicted column stands for which gold source
attribution.py  gold spans in the ingested Documents; attribution recall and precision
score.py        `score_case` -> `CaseScore`: the tallies of one case and the metrics derived from them
report.py       `Report` (micro-averaged over cases), `render`, floors (`load_floors`, `check_floors`)

Callers import from `reconcile.evaluate`, which re-exports the public names.
"""
