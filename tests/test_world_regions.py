"""A continent or macro-region named with "in" is no locality of the act (geo.world_regions_as_areas)."""

from __future__ import annotations

import pytest

from eventfuse.geo import Gazetteer, world_regions_as_areas
from eventfuse.records import PlaceMention, Span


@pytest.fixture(scope="module")
def shipped() -> Gazetteer:
    return Gazetteer.open()


def _pm(text: str, relation: str | None = "in") -> PlaceMention:
    return PlaceMention(text=text, span=Span(article="a", start=0, end=len(text), quote=text), relation=relation)


@pytest.mark.parametrize(("region", "town"), [("West Africa", "Mopti"), ("Afrique de l'Ouest", "Tombouctou")])
def test_a_macro_region_is_an_area_not_the_acts_locality(shipped: Gazetteer, region: str, town: str) -> None:
    # "workers of the Mining Company in West Africa were ambushed near Mopti"
    out = world_regions_as_areas([_pm(region), _pm(town)], shipped)
    assert [p.relation for p in out] == ["region", "in"]


@pytest.mark.parametrize("continent", ["Africa", "Afrique"])
def test_a_continent_named_near_is_left_as_written(shipped: Gazetteer, continent: str) -> None:
    # only "in" is relabelled: other relations already keep a name from being the act's place
    (out,) = world_regions_as_areas([_pm(continent, "near")], shipped)
    assert out.relation == "near"
    (inside,) = world_regions_as_areas([_pm(continent)], shipped)
    assert inside.relation == "region"
