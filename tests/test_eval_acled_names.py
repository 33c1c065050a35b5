"""How `eval acled` compares place names: spelling marks do not count, letters do."""

from __future__ import annotations

import pytest

from eventfuse.evaluate.acled import _norm


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("N'Guigmi", "Nguigmi", True),
        ("Maïné-Soroa", "Maine Soroa", True),
        ("Tillabéri", "TILLABERI", True),
        ("Ségou", "Sévaré", False),
        ("Mirriah", "Mirria", False),
    ],
)
def test_place_names_compare_without_marks(a: str, b: str, same: bool) -> None:
    assert (_norm(a) == _norm(b)) is same
