"""Arabic people after a speech verb (وقال رئيس الجمعية X Y، أكد X Y ...): the verb's subject read as a role
then a name, a name then a role, a title and a name, or a name alone."""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_listeners import with_possessive
from briefing_app.core.facts.ar_object_nouns import object_noun
from briefing_app.core.facts.ar_time_adjuncts import leading_time_words
from briefing_app.core.facts.gazetteer import known_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_context import nationality_adjective
from briefing_app.core.facts.people_ar_evidence import Recurring, name_evidence
from briefing_app.core.facts.people_ar_in_quotes import quoted_words_no_name
from briefing_app.core.facts.people_ar_names import ar_name_from
from briefing_app.core.facts.people_ar_roles import RANK_SECONDS, tagged_person
from briefing_app.core.facts.people_ar_words import (
    _AR_COLLECTIVE,
    _AR_FUNCTION,
    _AR_HEADS,
    _AR_INNER,
    _AR_NAME_LINKS,
    _AR_NAME_STOP,
    _AR_NOT_NAMES,
    _AR_PLACE_KINDS,
    _AR_TIME_WORDS,
    _AR_VERBISH,
    AR_ORG_WORDS,
    AR_ROLE_NOUNS,
    AR_SPEECH,
    AR_TITLES,
    _ar_core,
    _ar_definite_given,
    _ar_glued_body,
    _ar_is_given,
    _ar_linked,
    _ar_name_at,
    _ar_next_item,
    _transliterated,
    ended_by_object,
    ministry_of_place,
)
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.reporting_verbs import AR_OWN_WORDS, hamza_optional

# More verbs that introduce a named person (warned, revealed, denied, demanded ...): for finding people only;
# the quote finder keeps AR_SPEECH, whose verbs introduce quotes.
_AR_SPEECH_PEOPLE = AR_SPEECH[:-1] + (
    r"|أفاد|أفادت|حذر|حذرت|رأى|رأت|كشف|كشفت|نفى|نفت|طالب|طالبت|نوه|نوهت|أردف|أردفت|تحدث|تحدثت|أعرب|أعربت"
    # wrote, tweeted, told (كتب, which is also "books", only before a definite calling: "وكتب المدون X")
    r"|كتبت|غرد|غردت|روى|روت"
    # commented, put (a result) down to, lamented: sports and politics copy opens with them ("علق X قائد الفريق على")
    r"|علق|علقت|أرجع|أرجعت|تحسر|تحسرت"
    + r"|كتب(?=\s+(?:"
    + "|".join(sorted((h for h in _AR_HEADS if h.startswith("ال")), key=len, reverse=True))
    + r")\s))"
)

# What ends the verb's subject: the particle أن/إن (also as copy writes it with no hamza: ان، انه) or a preposition.
_AR_CLAUSE_END = hamza_optional(
    r"\s+(?:[بو]?أن|[فو]?إن|إنها|إنه|[بو]?أنه|[بو]?أنها|إنهم|[بو]?أنهم|ل|في|خلال|عن|على|إلى|لـ)(?:\s|$)"
)


def _known_name(word: str) -> bool:
    """A place or name the gazetteer knows, its opening alif written with either hamza or none ("إفريقيا" for
    "أفريقيا")."""
    forms = {word} | ({a + word[1:] for a in "اأإ"} if word[:1] in "اأإ" else set())
    return any(f in known_names() for f in forms)


# The points of the compass that open a region's name ("شمال إفريقيا", "وشمال إفريقيا").
_COMPASS = {"شمال", "جنوب", "شرق", "غرب", "الشمال", "الجنوب", "الشرق", "الغرب"}


# Words that stand in commas after an office and are no name: an adverb, a demonstrative, its own doing.
_NOT_HOLDER = {"ذلك", "هذا", "هذه", "أيضا", "أيضاً", "بدوره", "بدورها", "بدورهم", "بدوري", "كذلك", "حينها"}


def _holder_in_commas(head: str, named: list[str], construct: bool = False) -> bool:
    """ "قالت المديرة التنفيذية للمنظمة، كاثرين راسل، إن": two words in commas right after a definite office are
    its holder's name, a given name the gazetteer does not know included, unless a word of them is a definite
    noun, a word of time or function, a participle of manner ("مؤكدا ذلك") or a word with a pronoun glued on, or
    the first opens with و or ف (a second verb: "، ولخصها بعبارات :"). The caller asks for the closing comma."""
    # (or an indefinite office in construct with a definite genitive, `construct`: "أكد مدرب المنتخب العراقي،
    # خيسوس كاساس، أن")
    return (
        (head.startswith("ال") or construct)
        and (_ar_core(head) in AR_ROLE_NOUNS or _ar_core(head).removesuffix("ة") in AR_ROLE_NOUNS)
        and len(named) == 2
        and not any(
            w.startswith("ال")
            or w in _AR_NOT_NAMES
            or w in _AR_TIME_WORDS
            or w in _NOT_HOLDER
            or w in AR_ORG_WORDS
            or _ar_core(w) in AR_ROLE_NOUNS
            or re.fullmatch(r"[\u0621-\u064a]{2,}", w) is None
            or re.fullmatch(r"م[^اوي][\u0621-\u064a]{1,4}ا", w) is not None
            or w.endswith(("ها", "هم", "هما", "كم", "نا"))  # a pronoun glued on: a verb or a possessed noun
            for w in named
        )
        and not named[0].startswith(("و", "ف"))  # ("، ولخصها بعبارات :": a second verb joined by و)
    )


# The prepositions of "according to" that the speech verbs' pattern holds, and a past verb with an object
# pronoun after them ("حسب نقلتها", "بحسب أوردته"): the verb of carrying, not a name.
_ACCORDING = re.compile(r"[وف]?(?:بحسب|حسب|وفق)")
# A count before the "verb": a verb never follows a number, so the word is the counted noun it is also spelt as
# ("1.1 مليون طالب وطالبة", a million male and female students; not "طالب" demanded)
_COUNT_BEFORE = re.compile(
    r"(?:[\d٠-٩][\d٠-٩.,٫]*|و?(?:ألف|الف|آلاف|الاف|مليون|ملايين|مليار|مليارات|مئة|مائة|مئات))\s*$"
)
_CARRIED = re.compile(r"[\u0621-\u064a]{2,5}(?:تها|ته|تهم)$")


def _holder_after_body(name: list[str]) -> int:
    """Where the holder's name opens in words after a title that start with a body glued to ل ("لشركة أرامكس
    محمد قباني"): at the first given name after the body's own first word; 0 when the words open otherwise or no
    given name follows."""
    if len(name) < 3 or not _ar_glued_body(name[0]):
        return 0
    return next((k for k in range(2, len(name) - 1) if _ar_is_given(name[k])), 0)


def find_speech_names(s: SourceSentence, index: PeopleIndex, recurring: Recurring | None = None) -> None:
    """After a speech verb: "ROLE ... NAME" (قال رئيس الجمعية ناصر التويم) or "NAME ROLE" (قال عبد الرؤوف أحد
    زعماء الحركة); a known surname alone (وشرح التويم)."""
    # (the Arabic semicolon sets off an apposition as a comma does: "كشف الدكتور X Y؛ رئيس القطاعات الفنية")
    for m in re.finditer(rf"(?:^|\s){_AR_SPEECH_PEOPLE}\s+([^،؛:«\".]+)(?:[،؛]\s*([^،؛:«\"]+))?", s.text):
        if _COUNT_BEFORE.search(s.text[: m.start() + 1]):
            continue  # "24 ألف طالب وطالبة عبر ...": a counted noun, no speech verb and no subject after it
        # "ممثلة الأمم المتحدة في جنوب السودان هيلدا جونسون": "in" a known place stays inside the role
        clause = re.sub(
            r"\s+في\s+((?:[\u0621-\u064a]+\s+){0,2}[\u0621-\u064a]+)",
            lambda p: f" في\u200c {p.group(1)}" if _place_prefix(p.group(1)) else p.group(0),
            m.group(1),
        )
        segment = re.split(_AR_CLAUSE_END, clause)[0]
        segment = segment.replace("\u200c", "")
        words = [w for w in segment.split() if w]
        if not words or words[0] in AR_ORG_WORDS or words[0] in _AR_NOT_NAMES or words[0] in AR_OWN_WORDS:
            continue  # ("بحسب رأيه تعود إلى": according to his view, the one named before; no name)
        verb = s.text[m.start() : m.start(1)].split()
        if verb and _ACCORDING.fullmatch(verb[0]) and _CARRIED.search(words[0]) and words[1:2] != []:
            continue  # "، حسب نقلتها الإذاعة": "as the radio carried it", a verb and its outlet, no name
        known = index.find(words[0])
        if known is not None:
            index.add(words[0], None, s.index)
            continue
        # "رجل الأعمال X", "سيدة الأعمال X": a businessman or businesswoman, a profession of two words
        role_words = 2 if words[:2] in (["رجل", "الأعمال"], ["سيدة", "الأعمال"]) else 0
        while role_words < len(words) and (
            _ar_core(words[role_words]) in AR_ROLE_NOUNS
            or _ar_core(words[role_words]).removesuffix("ة") in AR_ROLE_NOUNS
            or words[role_words] in AR_TITLES
            or words[role_words] in AR_ROLE_NOUNS
            # a definite calling ("المدون", "الناشطة", "المحلل"): "وقال المدون X الشيخ": a family name that is also
            # a title (الشيخ) ends the name after it
            or (role_words == 0 and words[0].startswith("ال") and words[0] in _AR_HEADS and words[0] not in AR_TITLES)
            # "ولي عهد البحرين": the heir's office is "guardian of the covenant" and its place; عهد (also a given
            # name) is the office's genitive, no name's first word
            or (role_words and _ar_core(words[role_words - 1]) == "ولي" and words[role_words] in ("عهد", "العهد"))
            # "الفريق أول X", "اللواء ركن X": a rank's second word after the rank
            or (role_words and words[role_words - 1] in AR_TITLES and words[role_words] in RANK_SECONDS)
            # "وزير داخلية البحرين": the ministry's nisba noun and its country (people_ar_words)
            or (role_words == 1 and _ar_core(words[0]) in AR_ROLE_NOUNS and ministry_of_place(words, 1))
        ):
            role_words += 1
        named_after = (m.group(2) or "").strip().split()
        while len(named_after) > 2 and _ar_next_item(named_after[-1]):
            named_after = named_after[:-1]  # "، نادر حق للصحفيين:": a glued preposition's object ends the name
        rest_of_role = words[role_words:]
        # "المتحدث باسم المكتب الإقليمي لشؤون الهجرة، ...": the rest is the role's chain, no name
        # ("حاكم ولاية فلوريدا، ...": a kind of place and a known place are the role's chain too)
        chain_only = all(
            w.startswith(("ال", "لل", "بال"))
            or w in AR_ORG_WORDS
            or w in _AR_PLACE_KINDS
            or _known_name(w)
            or (k and rest_of_role[k - 1] in _AR_PLACE_KINDS)  # "ولاية X": the kind names the place after it
            or _ar_linked(rest_of_role, k)
            or (k and _ar_core(w) in AR_ROLE_NOUNS)  # "رئيس مجلس الوزراء وزير الخارجية": a second office
            or re.fullmatch(r"\([^()]+\)", w) is not None  # "للطفولة (يونيسف)": the body's acronym
            # "في الشرق الأوسط وشمال إفريقيا": the region the office serves, before the name in commas
            or (w in ("في", "فى") and k + 1 < len(rest_of_role) and rest_of_role[k + 1].startswith("ال"))
            or w.removeprefix("و") in _COMPASS
            or (w.startswith("و") and _known_name(w[1:]))
            or (k and w[:1] == "ب" and _known_name(w[1:]))  # "محامي الجماعة بمصر، ...": the country it serves in
            for k, w in enumerate(rest_of_role)
        )
        linked = any(w in _AR_NAME_LINKS for w in named_after[1:-1])  # ("X بن Y آل Z": a lineage name is longer)
        if (
            role_words
            and (len(rest_of_role) < 2 or chain_only)
            and 2 <= len(named_after) <= (6 if linked else 4)
            and (
                _ar_is_given(named_after[0])
                or _transliterated(named_after[0])
                or tagged_person(s.text[m.end(1) :], " ".join(named_after))
                or (
                    _holder_in_commas(words[0], named_after, len(words) >= 2 and words[1].startswith("ال"))
                    and s.text[m.end(2) :].lstrip().startswith("،")
                )
            )
        ):
            # "وقالت المتحدثة باسم المفوضية، سارة نور، إن ...": the role, then the name in commas
            if not named_after[0].startswith("ال") and not any(w in _AR_NOT_NAMES for w in named_after):
                index.add(" ".join(named_after), " ".join(words), s.index)
                continue
        if role_words:
            after_name = ""
            tail = words[role_words:]
            while len(tail) > 2 and _ar_next_item(tail[-1]):
                tail = tail[:-1]  # "... ليلى حسن للصحفيين": a glued preposition's object ends the clause
            if len(tail) < 2 and not (role_words == 1 and words[0] in AR_TITLES and tail):
                continue
            if all(w in AR_TITLES for w in words[:role_words]):
                while len(tail) > 2 and tail[0].startswith("ال") and not _ar_definite_given(tail[0]):
                    role_words, tail = role_words + 1, tail[1:]  # الرئيس الفرنسي إيمانويل ماكرون: an adjective
                name = tail[:5]  # a title: the name follows it (العميد أحمد بن علي الكعبي)
                # ("الرئيس التنفيذي لشركة X Y Z": the title's body glued to ل and the body's own name come first;
                # the holder opens at the first given name after them)
                name = name[_holder_after_body(name) :]
                # ... up to a description ("الدكتور X Y وهو طبيب ...": and he is a doctor)
                name = name[: next((k for k in range(2, len(name)) if name[k] in ("وهو", "وهي")), len(name))]
                # ... up to the verb's object in construct with a possessed noun ("الوزير X Y التزام حكومته")
                owned = next((k for k in range(3, len(name)) if with_possessive(name[k])), None)
                if owned is not None:
                    keep = _ar_is_given(name[owned - 1]) or name[owned - 1].endswith("ي")
                    name = name[: owned if keep else owned - 1]
                # ... up to where it was said ("وقال النائب X Y من قصر بعبدا:", "... في مؤتمر صحفي"): a particle
                # or preposition no name holds after its first two words
                # (right after a two-word name, or a lineage's three: a longer run is a clause the name readers drop,
                # "الرئيس X Y الشركات التي ...", not a name to cut)
                stop = next((k for k in range(2, len(name)) if name[k] in _AR_NAME_STOP), len(name))
                name = name[:stop] if stop == 2 or (stop == 3 and name[1] in _AR_NAME_LINKS) else name
                # ... up to a role after it ("الدكتور X Y أستاذ الاقتصاد بجامعة ...", "الشيخ X Y إمام وخطيب ..."),
                # which is the person's too
                # (with the word after the name read, which a definite office after the name needs to be told
                # from a family name: "X Y المشرف على ...")
                # (the clause's words may stop before it, at a preposition: the sentence has it)
                nxt = re.search(rf"(?<![\u0621-\u064a]){re.escape(' '.join(name))}\s+([\u0621-\u064a]+)", s.text)
                ahead = [*name, nxt.group(1)] if nxt else name
                cut = next((k for k in range(2, len(name)) if _role_after_name(ahead, k)), None)
                if cut is not None:
                    after_name = " ".join(tail[cut : cut + 6])
                    name = name[:cut]
                name = name[
                    : next(  # ... up to the verb's object, a feminine noun (محمد ولد سالم حالة الطوارئ)
                        (
                            k
                            for k in range(2, len(name))
                            if _ar_object_noun(name[k]) and name[k - 1] not in _AR_NAME_LINKS
                        ),
                        len(name),
                    )
                ]
            elif any(w in ("بن", "بنت") for w in tail[1:]):
                first = next(i for i, w in enumerate(tail) if w in ("بن", "بنت") and i > 0) - 1
                name = tail[first:]
                titled = next(
                    (t for t in range(first + 2, len(tail) - 2) if tail[t] in AR_TITLES and _ar_is_given(tail[t + 1])),
                    None,
                )
                if titled is not None:
                    # "مدير مستشفى الأمير محمد بن عبدالعزيز الدكتور X Y": the chain is the body's eponym, the
                    # holder is named after his title
                    name = tail[titled + 1 :]
            else:  # a role: the name is the last two or three words (رئيس جمعية ... ناصر التويم)
                name = tail[-2:]
                # (nor an office's last conjoined genitive: "وزير الدولة للشؤون الاقتصادية والاستثمار X Y")
                conjoined = len(tail) >= 3 and tail[-3].startswith(("وال", "ولل")) and not _ar_is_given(tail[-3])
                if (
                    len(tail) >= 3
                    and not tail[-3].startswith(("ال", "لل", "بال"))
                    and tail[-3] not in known_names()
                    and not conjoined
                ):
                    name = tail[-3:]
                    glued = len(tail) >= 4 and tail[-4][:1] in "لب" and not tail[-4].startswith("ال")
                    body = tail[-4][1:] if glued else ""  # (the head glued to ل or ب: "لحركة")
                    if body in AR_ORG_WORDS and _ar_is_given(tail[-2]) and not _ar_is_given(tail[-3]):
                        name = tail[-2:]  # "رئيس المكتب السياسي لحركة فتح سمير الخطيب": the body's own name first
                # unless a name opens right after the role's definite words, and the verb's object follows it:
                # "أعلن قائد الفصيل أبو خالد الشامي انسحاب مقاتليه"
                # (past "باسم" and a rank: "نفى المتحدث باسم التحالف العقيد X Y وجود إصابات")
                start = next(
                    (
                        k
                        for k, w in enumerate(tail)
                        # (and a body's head in the chain: "المتحدث باسم وزارة الدفاع الروسية X Y")
                        if not w.startswith(("ال", "لل"))
                        and w != "باسم"
                        and w not in AR_TITLES
                        and w not in AR_ORG_WORDS
                    ),
                    len(tail),
                )
                opened = _ar_name_at(tail, start)
                if len(opened) >= 2 and (opened[0] in _AR_NAME_LINKS or _ar_is_given(opened[0])):
                    name = opened
                elif len(opened) >= 2 and name[0] in opened[1:] and start + len(opened) <= len(tail):
                    # "نفى المتحدث باسم الوزارة X Y استهداف المستشفى": the last words were the verb's object, and
                    # the name that opens after the role's chain ends at the word they started with
                    name = opened[: opened.index(name[0]) + 1]
            while len(name) >= 2 and nationality_adjective(name[0]) and not _ar_definite_given(name[0]):
                # "أكد مدرب الفريق الأرجنتيني X": the people's adjective (of a place the gazetteer knows) after the
                # role describes its holder, and no name opens with it (the role takes it below, with the words
                # before the name)
                name = name[1:]
            if all(w.startswith(("ال", "لل", "بال")) for w in name):
                continue  # وزير الدفاع الباكستاني, المتحدث الرسمي للهيئة: a role, no name
            if words[:role_words] in (["أحد"], ["إحدى"]) and name == tail:
                continue  # "قال أحد مهندسي المصنع": one of a group, its plural noun is no name
            if name == tail[: len(name)] and after_name:
                role = f"{' '.join(words[:role_words])}، {after_name}"
            elif name == tail[:5]:
                role = " ".join(words[:role_words])
            else:
                at = next(i for i in range(len(tail)) if tail[i : i + len(name)] == name)
                role = " ".join(words[:role_words] + tail[:at])
            after_role = (m.group(2) or "").strip()
            # ("كشف الدكتور X Y؛ رئيس القطاعات أنه تم ...": the reported clause after the role is no part of it)
            after_role = re.split(r"\s(?:أن|إن|بأن|أنه|إنه|أنها|إنها|بأنه|بأنها)(?:\s|$)", after_role)[0].strip()
            described = bool(re.match(r"(?:وهي|وهو)\s+", after_role))  # "..., وهي معلمة": whatever follows
            after_role = re.sub(r"^(?:وهي|وهو)\s+", "", after_role)
            # (a role's complement alone is no role: "X أبو Y، أعبر باسم بلادي ...": I speak in the name of)
            heads = [w for w in after_role.split()[:2] if w not in _COMPLEMENTS]
            if after_role.split()[:1] and after_role.split()[0] in _AR_TIME_WORDS:
                heads = []  # "صرح النائب X Y، اليوم الأحد إن": when it was said ("الأحد" is also "one of")
            # (only when the name closes the words before the comma: "قال X المتحدث ... حول اتهام الدكتور Y، وزير
            # الزراعة الجديد،" describes Y, the last one named, not the speaker)
            closes = m.group(1).rstrip().endswith(" ".join(name)) or m.group(1).rstrip().endswith(role.split("، ")[-1])
            if after_role and closes and (
                described or any(_ar_core(w) in AR_ROLE_NOUNS or w in AR_ROLE_NOUNS for w in heads)
            ):
                role = f"{role}، {after_role}"
            if leading_time_words(name[:2]) > 0:
                continue  # ar_time_adjuncts: "وقال الوزير صباح اليوم:", when the holder spoke, no name
            if not name_evidence(s.text, name, index, recurring, s.index):
                continue  # "قال المتحدث باسم الجيش في غزة": the role's last words, no name (people_ar_evidence)
            index.add(" ".join(name), role, s.index)
            continue
        nationality = None
        if _ar_nationality_before_name(words):
            # "قال البرتغالي X Y مدرب الفريق": a nationality describes the foreign name after it
            nationality, words = words[0], words[1:]
        if words[0].startswith("ال") and words[0] not in ("الشيخ",):
            name = _ar_definite_name(words) if _ar_definite_given(words[0]) else []
            if len(name) >= 2 and not any(w in known_names() for w in name[:2]):  # (a father may be a place's namesake)
                index.add(" ".join(name), None, s.index)  # "قال الحبيب الورداني": a given name with the article
            continue  # a common noun: قال المتظاهرون
        given_at = next(
            (k for k in range(2, min(len(words), 6)) if _ar_is_given(words[k]) and words[k - 1].startswith("ال")), None
        )
        if given_at is not None and (_transliterated(words[0]) or words[given_at] in _AR_FUNCTION):
            given_at = None  # "أكد X Y أهمية الحوار بين ...": a foreign name opens it, and بين is "between"
        if given_at is not None and not _ar_is_given(words[0]):
            # "قال عالم الأرصاد الجوية فادي نصر": a description closed by a definite word, then a known given name
            name = ar_name_from(words, given_at)
            if len(name) >= 2:
                index.add(" ".join(name), " ".join(words[:given_at]), s.index)
            continue
        name_words: list[str] = []
        for w in words:
            if _ar_core(w) in AR_ROLE_NOUNS or w in AR_ROLE_NOUNS or len(name_words) == 4:
                break
            if name_words and w in ("دفاع", "ودفاع"):
                break  # "قال X Y دفاع بعض المتهمين": the defence (counsel) of the accused, after the name
            if name_words and with_possessive(w):
                break  # "وأكد X دعمه للخطة": a noun with a possessive pronoun is the verb's object, no name's word
            if not re.fullmatch(r"[\u0621-\u064a]+", w) or w in _AR_FUNCTION or re.fullmatch(r"ب?[أإ]ن(?:ه|ها|هم)?", w):
                break  # "ليلى خوري (45 عاما)": an age or a mark ends the name; "ذكرت هو نتاج", "يقول بأنه": none
            if name_words and _ar_next_item(w) or ended_by_object(name_words, w):
                break  # (the verb's object after a foreign name: "أكد X Y ضرورة ...")
            name_words.append(w)
        rest = words[len(name_words) :]
        after_comma = (m.group(2) or "").split()[:1] if not rest else []
        role_follows = any(_ar_core(w) in AR_ROLE_NOUNS or w in AR_ROLE_NOUNS for w in (rest or after_comma)[:1])
        # (a foreign family name may be a town's too, "X Pereira": with a role after it, the pair is a name)
        towns = [w for w in name_words if w in known_names()]
        if len(name_words) < 2 or any(w in _AR_TIME_WORDS for w in name_words) or (
            towns and not (role_follows and towns == name_words[-1:] and not name_words[0].startswith("ال"))
        ):
            continue
        definite = [w for k, w in enumerate(name_words) if w.startswith("ال") and w not in _AR_INNER
                    and not (k and name_words[k - 1] in _AR_NAME_LINKS)]  # fmt: skip
        if len(definite) >= 2 or (definite and name_words[1:2] != definite[:1] and not _ar_is_given(name_words[0])):
            continue  # "أكد مدير مكتب الشركة الإقليمي": a construct chain and its adjective, no name
        if name_words[0] in _EVENT_NOUNS:
            continue  # "ذكرت وقوع قتيل": the verb's object, an event's verbal noun, no name
        if name_words[0] in ("نفس", "ذات") and name_words[1].startswith("ال"):
            continue  # "وحسب نفس المصدر": "the same" and a definite noun, no name
        if _ar_common_subject(name_words):
            continue  # "قال مسؤولون أمريكيون", "قال دبلوماسي غربي", "قالت وسائل إعلام محلية": no name
        if rest and not (_ar_core(rest[0]) in AR_ROLE_NOUNS or rest[0] in AR_ROLE_NOUNS):
            rest = []  # "للصحفيين ...": what follows the name is no role
        role_after = " ".join(rest) or (m.group(2) or "").strip()
        said = role_after.split()  # "X، رئيس الحكومة ممن اسماهم ...": a relative clause after the role is no role
        # ("كشف X، المدير الفني لمنتخب Y عن كواليس ...": the verb's complement after the role)
        complement = [k for k, w in enumerate(said) if k >= 2 and w in ("عن", "على")]
        complement = [k for k in complement if _ar_core(said[k - 1]) not in AR_ROLE_NOUNS]  # (النائب عن: "for")
        # (a relative or a reported clause, its pronoun glued on: "X؛ رئيس الشركة إنه سيتم ...")
        opening = ("ممن", "عمن", "الذي", "التي", "الذين", "أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "بأنه",
                   "بأنها")  # fmt: skip
        relative = [k for k, w in enumerate(said) if k and w in opening]
        # ("X Y المتهم من داخل القفص قائلا:": where he spoke from and how, after the role)
        manner = [k for k, w in enumerate(said) if k and (w.rstrip(":،") in _SAYING_PARTICIPLES or (
            w == "من" and k + 1 < len(said) and said[k + 1] in ("داخل", "خارج", "أمام", "على")))]
        cut = min(relative + complement + manner, default=None)
        role_after = " ".join(said[:cut]) if cut else role_after
        described = bool(re.match(r"(?:وهي|وهو)\s+", role_after))
        role_after = re.sub(r"^(?:وهي|وهو)\s+", "", role_after)
        if not rest and not described and not any(_ar_role_word(w) for w in role_after.split()[:2]):
            role_after = ""
        if nationality and not role_after:
            role_after = nationality
        if quoted_words_no_name(s.text, m.start(), name_words):
            continue  # '«... وتعقد إقامة صرح X Y»': a noun spelt as the verb, inside the quote
        index.add(" ".join(name_words), role_after or None, s.index)


# Participles of saying that close the subject's description ("..., قائلا:", "مضيفا أن"): how it was said.
_SAYING_PARTICIPLES = {"قائلا", "قائلة", "قائلاً", "مضيفا", "مضيفة", "مضيفاً", "مؤكدا", "مؤكدة", "مؤكداً", "مشيرا",
                       "مشيرة", "مشيراً", "موضحا", "موضحة", "موضحاً", "معلقا", "معلقة", "معلقاً"}  # fmt: skip


# Words of an office's chain that are no office alone: "باسم" (in the name of), "العام" (general).
_COMPLEMENTS = {"باسم", "عام", "العام"}


def _ar_nationality_before_name(words: list[str]) -> bool:
    """Whether the subject opens with a definite nationality adjective before an indefinite (foreign) name:
    "البرتغالي X Y مدرب ..." (not a family name alone, "قال المصري إن", nor a construct, "الرئيس ...")."""
    return (
        len(words) >= 3
        and re.fullmatch(r"ال[\u0621-\u064a]{3,}ي", words[0]) is not None
        and words[0] not in _AR_HEADS
        and re.fullmatch(r"[\u0621-\u064a]{3,}", words[1]) is not None
        and not words[1].startswith("ال")
        and words[1] not in _AR_NAME_STOP
        and not words[2].startswith("ال")
    )


# Kinship nouns in construct with a definite noun (والدة الضحية، شقيق المعتقل): a relative described by whose
# relative they are. (Not أم and أبو, which open a name by its first son: أم أحمد، أبو محمد.)
_KIN_IN_CONSTRUCT = {"والد", "والدة", "شقيق", "شقيقة", "زوج", "زوجة", "ابن", "ابنة", "نجل", "أخ", "أخت", "عم", "خال",
                     "جد", "جدة", "أرملة", "ذوو", "ذوي", "أقارب", "أهالي"}  # fmt: skip


def _ar_common_subject(words: list[str]) -> bool:
    """Whether a speech verb's subject is a common noun phrase, not a name: a collective noun, or a first
    word with a plural or feminine ending (-ون، -ية) that is no given name ("ناشطون سوريون"). Foreign
    family names end so too (كلينتون، بوتين), so only the first word counts."""
    first = words[0].removeprefix("و") if len(words[0]) > 3 else words[0]
    if first in _AR_COLLECTIVE or words[0] in _AR_COLLECTIVE:
        return True
    kin = words[0] in _KIN_IN_CONSTRUCT or first in _KIN_IN_CONSTRUCT  # (والدة starts with و, no "and")
    if kin and len(words) > 1 and words[1].startswith("ال"):
        return True  # "وقالت والدة الضحية"، "وقال شقيق المعتقل": whose kin speaks, a description, no name
    return len(first) >= 5 and first.endswith(("ون", "ية")) and not _ar_is_given(first)


def _place_prefix(words: str) -> bool:
    """Whether the words start with a place the gazetteer knows (جنوب السودان, لبنان)."""
    parts = words.split()
    return any(" ".join(parts[:n]) in known_names() for n in range(len(parts), 0, -1))


def _ar_definite_name(words: list[str]) -> list[str]:
    """A name whose given name carries the article (الحبيب الورداني، الطاهر بن سالم): the given name and a
    family name, with or without the article, or بن/ولد and the father's name; [] for anything else."""
    if len(words) < 2:
        return []
    second = words[1]
    if second in ("بن", "بنت", "ولد") and len(words) > 2 and not _ar_next_item(words[2]):
        return words[:3]
    if _ar_next_item(second) or second in _AR_NOT_NAMES or second in AR_ROLE_NOUNS or second in _AR_HEADS:
        return []
    if _AR_VERBISH.match(second) and not _transliterated(second):
        return []
    return words[:2]


def _ar_role_word(word: str) -> bool:
    """A role noun or a profession that heads a description (رئيس، الناشطة، المدير): what follows a name in
    commas is then its role."""
    return _ar_core(word) in AR_ROLE_NOUNS or word in _AR_HEADS or word.removesuffix("ة") in _AR_HEADS


def _ar_object_noun(word: str) -> bool:
    """A feminine noun that is no given name (حالة، خطة): after a name, the verb's object."""
    return (word.endswith("ة") and not _ar_is_given(word)) or object_noun(word)  # (ar_object_nouns: وجود، دعم)


# Offices of worship and of faculties that follow a name in Gulf copy, beyond the shared role nouns.
_AFTER_NAME_HEADS = {"إمام", "خطيب", "عميدة", "وكيلة", "مديرة", "رئيسة"}


def _role_after_name(name: list[str], k: int) -> bool:
    """Whether name[k] opens a role after the name (a role noun not linked by بن, with its genitive next)."""
    w = name[k]
    if w in ("القائم", "قائم") and k + 1 < len(name) and name[k + 1] in ("بالأعمال", "بأعمال"):
        return True  # "X Y القائم بالأعمال": the chargé d'affaires, an office after the name
    if name[k - 1] in _AR_NAME_LINKS:
        return False
    if w.startswith("ال"):
        # ("الدكتور X Y المتحدث باسم وزارة ...", "X Y المدير الفني لـ"): a definite spokesman or director with
        # the words that make it an office; any other definite word is a family name's (X Y الشامي)
        after = name[k + 1] if k + 1 < len(name) else ""
        return (
            (w in _SPOKESMAN_HEADS and after in ("باسم", "بلسان", "الرسمي", "الإعلامي"))
            or (w in ("المدير", "المديرة") and after in ("العام", "العامة", "التنفيذي", "التنفيذية", "الفني"))
            # ("المهندس X Y المشرف على المشروع", "X Y المشرف العام على ..."): the supervisor of what follows, an
            # office; "المشرف" with no "على" or "العام" after it may be a family name (X Y المشرف قال ...)
            or (w in ("المشرف", "المشرفة") and after in ("على", "العام", "العامة"))
        )
    return _ar_core(w) in AR_ROLE_NOUNS and w != "عام" or w in _AFTER_NAME_HEADS


# Spokesmen by their definite noun, which after a name opens its office ("X Y المتحدث باسم ...").
_SPOKESMAN_HEADS = {"المتحدث", "المتحدثة", "الناطق", "الناطقة"}

# Verbal nouns of events that a verb of saying reports as its object ("ذكرت وقوع قتيل", "أكد حدوث انفجار").
_EVENT_NOUNS = {"وقوع", "حدوث", "سقوط", "مقتل", "وفاة", "إصابة", "اندلاع", "تنفيذ", "استمرار", "ارتفاع", "انخفاض",
                "تراجع", "وصول", "إطلاق", "تعرض", "انفجار"}  # fmt: skip
