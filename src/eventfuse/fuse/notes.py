"""Write a one-paragraph, ACLED-style summary of a fused event."""

from __future__ import annotations

from datetime import date

from ..records import Event

VERBS = {
    "Attack": "attacked",
    "Armed clash": "clashed with",
    "Abduction/forced disappearance": "abducted",
    "Sexual violence": "sexually assaulted",
    "Air/drone strike": "carried out an air or drone strike on",
    "Suicide bomb": "carried out a suicide bombing against",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "detonated an explosive device against",
    "Grenade": "threw a grenade at",
    "Peaceful protest": "held a peaceful protest",
    "Protest with intervention": "protested and were dispersed",
    "Excessive force against protesters": "used excessive force against protesters",
    "Violent demonstration": "rioted",
    "Mob violence": "engaged in mob violence against",
    "Arrests": "arrested",
    "Looting/property destruction": "looted or destroyed property of",
    "Disrupted weapons use": "disrupted weapons use by",
    "Agreement": "reached an agreement with",
    "Change to group/activity": "changed activity regarding",
    "Headquarters or base established": "established a base",
    "Non-violent transfer of territory": "took over territory from",
    "Non-state actor overtakes territory": "took control of territory held by",
    "Government regains territory": "regained territory from",
    "Other": "was involved in an event with",
}


def _when(value: object, precision: object) -> str:
    if not isinstance(value, date):
        return "On an unknown date"
    text = f"{value.day} {value:%B %Y}"
    if precision == 2:
        return f"Around {text} (week of)"
    if precision == 3:
        return f"In {value:%B %Y} (month of)"
    return f"On {text}"


def write_notes(event: Event, victims: list[str]) -> str:
    """Summary from the fused fields only (no text is copied from the reports)."""
    sub = str(event.value("sub_event_type") or "Other")
    actor1 = event.value("actor1") or "an unidentified actor"
    actor2 = event.value("actor2")
    target = ", ".join(victims) if victims else (str(actor2) if actor2 else "")
    verb = VERBS.get(sub, "was involved in")
    place = event.value("location")
    admin = ", ".join(str(x) for x in (event.value("admin2"), event.value("admin1")) if x)
    where = f" in {place}" + (f" ({admin})" if admin else "") if place else ""
    country = event.value("country")
    if country and place != country:
        where += f", {country}"
    sentence = f"{_when(event.value('event_date'), event.value('time_precision'))}, {actor1} {verb}"
    if target and not verb.endswith(("protest", "rioted", "a base")):
        sentence += f" {target}"
    sentence += f"{where}."
    fat = event.value("fatalities")
    parts = [sentence]
    if isinstance(fat, int) and fat > 0:
        parts.append(f"{fat} reported {'fatality' if fat == 1 else 'fatalities'}.")
    n = event.independent_sources
    parts.append(
        f"Reported by {len(event.articles)} article{'s' if len(event.articles) != 1 else ''} "
        f"in {n} independent source chain{'s' if n != 1 else ''}."
    )
    conflicts = [c for c in event.contradictions if c.kind != "single_source"]
    if conflicts:
        parts.append(f"{len(conflicts)} contradiction{'s' if len(conflicts) != 1 else ''} between reports flagged.")
    return " ".join(parts)
