"""Arabic family names of the nisba's shape that are also a people's adjective: "سامر نوري العراقي" (al-Iraqi),
"سامي العراقي". After a name the people finders stop before a definite adjective of nationality, which most
often describes ("اللاعب محمد صلاح المصري": the Egyptian player); the article shows it is the family name when
it later names the person by that word alone as a verb's subject ("وقال العراقي إن ...")."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH

_ARABIC = r"[\u0621-\u064a]"


def mend_nisba_family_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """A found name of two or three words right before a nisba (ال...ي) takes it as its family name when another
    sentence has a verb of saying with that word alone as its subject."""
    texts = {s.index: s.text for s in sentences}
    for person in index.people:
        if not 2 <= len(person.name.split()) <= 3:
            continue
        for at in person.sentences:
            m = re.search(
                rf"(?<!{_ARABIC}){re.escape(person.name)}\s+(ال{_ARABIC}{{3,}}ي)(?!{_ARABIC})", texts.get(at, "")
            )
            if m is None:
                continue
            nisba = m.group(1)
            # (or before the quote itself, 'وأضاف السوداني “...”'; or opening a sentence as its subject, "السوداني
            # وفي مقابلة ... أكد")
            # (or alone in quote marks, as Egyptian copy marks a surname: 'التصويت على "السوداني" نهائي'; after
            # "that", the subject of its clause: "يشار إلى أنّ السوداني كان ..."; after the verb that opens a
            # sentence: "تولى السوداني وزارة العمل", where a people's adjective would follow a noun)
            alone = (
                rf"(?<!{_ARABIC}){AR_ANY_SPEECH}\s+{nisba}(?:\s*[،,:\"“«]|\s+(?:إن|أن|بأن|في|على|إلى|عن)(?!{_ARABIC}))"
                rf"|^\W*{nisba}\s+و?(?:في|خلال|عقب|بعد|أكد|قال|أوضح|أشار)(?!{_ARABIC})"
                rf"|[\"“«]\s*{nisba}\s*[\"”»]"
                rf"|(?<!{_ARABIC})[أإ]نّ?\s+{nisba}\s+(?!ال|{_ARABIC}*ين(?!{_ARABIC}))"
                rf"|^\W*و?(?!ال){_ARABIC}{{3,5}}\s+{nisba}\s+(?!في|من)"
            )
            # (a shorter name of the same man, given name and family name, may already hold the word: "محمد
            # السوداني" in the headline)
            holder = index.find(nisba)
            same_man = holder is not None and holder.name.split()[0] == person.name.split()[0]
            if any(re.search(alone, t) for i, t in texts.items() if i != at) and (holder in (None, person) or same_man):
                person.name = f"{person.name} {nisba}"
            break
