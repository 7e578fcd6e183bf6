"""What one comparison of two values found: how they relate, and the kind of reason."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reconcile.model import Reason


class Relation(StrEnum):
    SAME = "same"
    COMPATIBLE = "compatible"
    PARTIAL = "partial"
    CONFLICT = "conflict"
    DIFFERENT = "different"


@dataclass(frozen=True)
class Comparison:
    relation: Relation
    reason: Reason
