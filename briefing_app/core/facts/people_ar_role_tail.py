"""The given name باسم (Bassem) read as the end of a role: "رئيس الديوان الملكي الأسبق باسم عوض الله" gave the
person "عوض الله" and the role "... الأسبق باسم", for "باسم" is also "in the name of" after a spokesman
("المتحدث باسم الحكومة"), where the role readers rightly keep it. A role that ends with it and holds no
spokesman's noun ended before the holder's given name."""

from __future__ import annotations

from briefing_app.core.facts.people_index import PeopleIndex

_SPOKESMEN = {"المتحدث", "المتحدثة", "متحدث", "متحدثة", "الناطق", "الناطقة", "ناطق", "ناطقة", "نيابة", "ممثل",
              "ممثلة", "الممثل", "الممثلة", "تحدث", "ينطق"}  # fmt: skip


def given_name_from_role(index: PeopleIndex) -> None:
    """Moves a role's last word باسم to the front of the name when the role speaks for no one."""
    for p in index.people:
        words = (p.role or "").split()
        if len(words) < 2 or words[-1] != "باسم" or any(w in _SPOKESMEN for w in words):
            continue
        if p.name.split()[0] == "باسم":
            continue
        p.name = f"باسم {p.name}"
        p.role = " ".join(words[:-1])
