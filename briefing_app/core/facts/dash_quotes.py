"""Quotes whose speaker stands in a line of its own or at the end of a paragraph of several sentences.

Danish news prints speech as a paragraph opened by a dash ("– Vi er klar. Det bliver svært, siger X.") and
often names the speaker only in the paragraph's last sentence, or in the next paragraph ("Sådan lyder det
fra X.", "Det siger X, der er formand."). English web copy sets a quotation off and signs it on the next
line ("— Jane Roe, nurse"). The sentence-by-sentence reading in `quotes.py` sees one sentence at a time;
this module reads whole paragraphs and hands back who is named, for `quotes.py` to resolve.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefing_app.core.facts.da_inverted_subject import inverted_subject
from briefing_app.core.facts.da_verb_second import fronted_pronoun_subject
from briefing_app.core.facts.dash_goes_on import goes_on_after_narration, other_subject_between
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.reporting_verbs import da
from briefing_app.core.facts.roles import is_role_noun

_DASH = re.compile(r"^[–—-]\s+")
# "Sådan lyder det fra X.", "Det siger X.", "Det fortæller X, der er ...": the paragraph before was X's.
_NEXT_ATTRIBUTION = re.compile(
    # ("Sådan lød det med en dirrende stemme fra X", "Sådan lyder det nedslået fra X": how, before "fra"; "Sådan lyder
    # den umiddelbare reaktion fra X": what the words were, before "fra")
    r"^(?:Sådan|Det|Dette|Således)\s+(?:(?:lyder|lød)\s+(?:det|den|de|[a-zæøå]{4,}(?:en|et|ne))\s+(?:[\wæøå-]+\s+){0,5}?(?:fra|hos)|"
    rf"(?:{da('sige fortælle', 'present past')}|"
    rf"{da('forklare mene skrive understrege vurdere tilføje påpege konstatere', 'present')})(?:\s+nu)?)\s+(.+?)\.?$"
)
# ("Sådan lyder vurderingen fra X": a speech noun in its definite form for "det")
# "Sådan lød det fra X": a look back that only follows the speaker's own words, with or without a dash before them
# ("Det siger X" also follows reported speech, which is no quote).
_WORDS_FROM = re.compile(
    r"^(?:Sådan|Således)\s+(?:lyder|lød)\s+(?:det|den|de|[a-zæøå]{4,}(?:en|et|ne))\s+(?:[\wæøå-]+\s+){0,5}?(?:fra|hos)\s"
)
# "— Jane Roe", "– Jane Roe, shelter manager": a signature line, two to four capitalised words first.
_SIGNATURE = re.compile(
    r"^[–—-]\s*([A-ZÆØÅ][\w'’.-]+(?:\s+(?:(?:de|van|von|al|bin)\s+)?[A-ZÆØÅ][\w'’.-]+){1,3})(?:\s*,\s*[^.!?]{0,80})?\.?$"
)


# "That is how Jane Roe put it.", "So says Jane Roe, a nurse.", "Those were the words of Jane Roe.": the words
# just quoted were the named one's (in the same paragraph or the next).
LOOKING_BACK = re.compile(
    r"^\s*(?:(?:That|This|Such)\s+(?:is|was)\s+how\s+(.{3,80}?)\s+(?:puts?|put|sums?|summed|summarised|summarized|"
    r"describes?|described|explains?|explained|sees?|saw)\b|So\s+says\s+(.{3,80}?)[.,]|(?:Those|These)\s+(?:are|were)\s+"
    # ("Those were the sentiments expressed by skipper Jane Roe to the fans after ...": whose words, up to where or
    # to whom they were said)
    r"the\s+(?:[a-z]+\s+)?(?:words|sentiments|thoughts|feelings|comments|remarks)\s+(?:of|from|(?:expressed|voiced|"
    r"offered|shared|spoken)\s+by)\s+(.{3,80}?)(?:[.,]|\s+(?=(?:to|after|at|on|in|during|when|as|following)\s))|"
    # "This is according to Jane Roe, who ...", "That's according to Roe.": whose words they were
    r"(?:That|This)(?:\s+is|['’]s)\s+according\s+to\s+(.{3,80}?)(?:[.,]|\s+(?=who\b))|"
    # "That was the verdict of Jane Roe, who ...", "This is the view from Roe.": a judgement looked back at
    # ("This was the earnest request by farmers to the committee": who asked, not whom they asked)
    r"(?:That|This|Such)\s+(?:is|was)\s+the\s+(?:[a-z]+\s+)?(?:verdict|view|message|warning|reaction|assessment|"
    r"opinion|response|conclusion|plea|request|demand|appeal|call)\s+(?:of|from|by)\s+(.{3,80}?)(?:[.,]|(?=\s+to\s))|"
    rf"Sådan\s+(?:{da('sige', 'present past')}|{da('forklare', 'present')}|ser)\s+(.{{3,80}}?)\s+det\b|"
    # Danish: "Det siger Peter Dam til TV2.", "Sådan siger X.", "Sådan lyder det fra X.", "Det fortæller X, der er ..."
    r"(?:Det|Sådan|Således)\s+(?:(?:lyder|lød)\s+(?:det|den|de|[a-zæøå]{4,}(?:en|et|ne))\s+(?:[\wæøå-]+\s+){0,5}?fra|"
    rf"{da('sige fortælle', 'present past')}|{da('forklare skrive mene understrege vurdere tilføje', 'present')})\s+"
    r"(.{3,80}?)(?:\s+(?:til|i|på|over\s+for)\s+[^,.]+)?(?:[,.]|\s*$))"
)


def whole_and_looked_back(text: str, start: int, end: int, following: str) -> bool:
    """Whether the quoted stretch `text[start:end]` is the whole sentence (nothing but marks around it) and the next
    sentence looks back at it as someone's words ("Sådan lyder det fra X.", "That is how Jane Roe put it.")."""
    whole = re.fullmatch(r"\W*", text[:start]) is not None and re.fullmatch(r"\W*", text[end + 1 :]) is not None
    return whole and looking_back(following) is not None


def looking_back(text: str) -> str | None:
    """The one a sentence says the words just quoted were from ("That is how Jane Roe put it"), or None."""
    m = LOOKING_BACK.match(text)
    return next((g for g in m.groups() if g), None) if m else None


@dataclass(frozen=True)
class ParagraphQuote:
    """A quote over whole paragraph(s): its text, its sentences and the words that name its speaker."""

    text: str
    sentences: tuple[int, ...]
    mention: str
    at: int  # the sentence the mention is in


# "..., men på nuværende tidspunkt fortsætter vi så vidt muligt. ...": a verb followed by the speaker's own
# "vi" / "jeg" (or "du", "man") goes on inside the speech; the attribution names someone else.
# ("..., og så lyder der et par brag": an expletive "der" or "det", save in "lyder det fra X", is no speaker either)
# ("..., lyder det onsdag på CCTV": a day between, and "på" before a capitalised broadcaster or agency, say whose
# words they are too)
# ("..., lyder det i en skriftlig kommentar fra X", "lød det i en pressemeddelelse fra Y": the document the words
# came in, then whose it is)
_FROM_WHOM = (
    r"\s+(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|nu|også|i\s+dag|i\s+går)\s+)?"
    r"(?:i\s+(?:en|et)\s+(?:[a-zæøå-]+\s+){0,2}?[a-zæøå-]+\s+(?=fra\s))?"
    r"(?:fra|hos|på(?=\s+[A-ZÆØÅ]))\s"
)
_OWN_VOICE = re.compile(rf"(?:vi|jeg|du|man|der|det(?!{_FROM_WHOM}))\b")


# What a speaker after the verb looks like: a name or a title and name within a few words ("siger landstræner
# Jesper Holm"), a pronoun, a definite role ("siger formanden", "kom det fra stregspilleren"), a description ("en
# ærgerlig X", "den 52-årige landmand") or "det fra X". Not an adverb or an object going on with the clause ("og
# fortsætter alligevel med spillet", "jeg fortalte dem, at ...").
# (An indefinite pronoun or adverb ending like a definite noun, "noget", "meget", "igen", is no speaker: "At vi kan
# være skuffede nu siger noget om os." is the speaker's own sentence.)
_SPEAKER_SHAPE = re.compile(
    r"(?:[a-zæøå0-9.-]+\s+){0,4}[A-ZÆØÅ]|(?:han|hun|de)\b|(?:den|det|en|et)\s|"
    r"(?!(?:noget|intet|meget|andet|nogen|ingen|igen|siden|hinanden|sammen|egentlig)\b)[\wæøå-]+(?:en|et|ne)\b"
)


# An office (with the body it serves) and a comma before the name, as translated copy sets a name off after its
# office: "siger agenturets talsmand, Budi Rahardjo", "siger en talsmand for ministeriet, Agus Wiranto".
_OFFICE_COMMA_NAME = re.compile(r"((?:[\wæøå.'’-]+\s+){0,4}?[\wæøå.'’-]+),\s+[A-ZÆØÅ]")


def _speaker_shaped(words: str) -> bool:
    """Whether `words` after a verb of saying look like its speaker (see _SPEAKER_SHAPE), or an office with a role
    noun in it, a comma and a name."""
    if _SPEAKER_SHAPE.match(words):
        return True
    office = _OFFICE_COMMA_NAME.match(words)
    return office is not None and any(is_role_noun(w) for w in office.group(1).split() if w[:1].islower())


def _attribution(m: re.Match[str] | None, group: int = 2) -> re.Match[str] | None:
    """`m` unless what stands where its speaker should is the speaker's own voice ("fortsætter vi ...") or no
    speaker at all ("fortsætter alligevel med ...")."""
    if m is None or _OWN_VOICE.match(m.group(group)) or not _speaker_shaped(m.group(group)):
        return None
    if group == 2 and m.string[m.end(1) : m.end(1) + 1] != "," and not _SPEAKER_ALONE.fullmatch(m.group(2)):
        return None  # "I går skrev Jonas Holm dansk sportshistorie.": no comma before the verb, an object after
    return m


# A speaker after a verb that no comma sets off from the words before: the name (or pronoun or definite role) and
# at most where, to whom or when it was said.
_SPEAKER_ALONE = re.compile(
    r"(?:(?:[a-zæøå-]+\s+){0,2}[A-ZÆØÅ][\w'’.-]*(?:\s+[A-ZÆØÅ][\w'’.-]*){0,3}|han|hun|de|[\wæøå-]+(?:en|et|ne))"
    r"(?:\s+(?:til|på|i|over|efter|ved|med|fra|om|for|da|som|der|og|onsdag|torsdag|fredag)\b.*|,.*)?"
)


def dash_paragraphs(paragraphs: Sequence[Sequence[SourceSentence]], verbs: str) -> list[ParagraphQuote]:
    """Danish dash paragraphs whose speaker is named after the speech verb of a later sentence ("– Vi er
    klar. Det bliver svært, siger X. Kampen er i morgen.": the first two are X's), by the next
    paragraph ("Sådan lyder det fra X."), by an introduction ending in a colon before it, or by the dash
    paragraph before or after it."""
    out: list[ParagraphQuote] = []
    last_verb = re.compile(rf"^(.+?),?\s+(?:{verbs})\s+(.+?)\.?$")

    def speaker_of(group: Sequence[SourceSentence]) -> tuple[str, int] | None:
        """Who a dash paragraph names after its verb ("..., siger X."), and in which sentence; for one that names
        no one, whom this reader already gave it to (a run's earlier paragraph named the speaker)."""
        if not group or not _DASH.match(group[0].text):
            return None
        given = next((q for q in reversed(out) if group[0].index in q.sentences), None)
        if given is not None:
            return given.mention, given.at
        found = next(
            (
                (m, s)
                for s in group
                if (m := _attribution(_comma_verb(verbs).match(_DASH.sub("", s.text))))
                or (m := _attribution(last_verb.match(_DASH.sub("", s.text))))
            ),
            None,
        )
        return (found[0].group(2), found[1].index) if found else None

    for position, group in enumerate(paragraphs):
        following = paragraphs[position + 1] if position + 1 < len(paragraphs) else []
        if group and not _DASH.match(group[0].text) and following and _WORDS_FROM.match(following[0].text):
            body = " ".join(s.text for s in group)
            named = _NEXT_ATTRIBUTION.match(following[0].text)
            if named and len(body.split()) >= 3 and not re.search(r"[\"“”«»„]", body):
                # "Det er en stor dag.\nSådan lød det fra X, da ...": the paragraph was X's words, its dash left out
                out.append(ParagraphQuote(body, tuple(s.index for s in group), named.group(1), following[0].index))
            continue
        labelled = _LABELLED_DASH.match(group[0].text) if group else None
        if labelled is not None:
            # "Jane Holm, pensionist, 90 år og fra Vejle: - Jeg fik brevet. ...": a vox pop's label, then her words
            body = " ".join([labelled.group(3), *(s.text for s in group[1:])])
            out.append(ParagraphQuote(body, tuple(s.index for s in group), labelled.group(1), group[0].index))
            continue
        if not group or not _DASH.match(group[0].text):
            continue
        if interviewer_question(group):
            continue  # "– Forstår du, at folk kan pege fingre?": the reporter's question between the answers
        indices = tuple(s.index for s in group)
        text = " ".join(s.text for s in group)
        body = _DASH.sub("", text)
        # the speech runs to the first sentence that ends with its verb and speaker; narration may follow
        endings = (
            (k, _attribution(_comma_verb(verbs).match(s.text)) or _attribution(last_verb.match(s.text)))
            for k, s in enumerate(group)
        )
        k, ending = next(((k, m) for k, m in endings if m), (0, None))
        if ending and k >= 1:
            spoken = " ".join([*(s.text for s in group[:k]), ending.group(1)])
            out.append(ParagraphQuote(_DASH.sub("", spoken), indices[: k + 1], ending.group(2), group[k].index))
            continue
        if ending:
            continue  # attributed in its first sentence, read sentence by sentence
        named = _NEXT_ATTRIBUTION.match(following[0].text) if following else None
        if named:
            out.append(ParagraphQuote(body, indices, named.group(1), following[0].index))
            continue
        previous = paragraphs[position - 1] if position > 0 else []
        if (
            previous
            and not _DASH.match(previous[0].text)  # (a dash paragraph's "..., siger hun og tilføjer:" is read below)
            and previous[-1].text.rstrip().endswith(":")
            and len(body.split()) >= 3
        ):
            # "Formand Ole Brink er uenig:\n– Aftalen er for dyr.": the introduction ending in a colon names him
            introduction = previous[-1].text.rstrip(" :")
            # ("Så meget vil hun love:": the pronoun after the verb speaks, not the fronted "Så")
            said_by = fronted_pronoun_subject(introduction) or introduction
            out.append(ParagraphQuote(body, indices, said_by, previous[-1].index))
            continue
        # "– ... .\n– ..., siger X.": dash paragraphs in a row are one speaker's, named in either (after it, in the
        # first dash paragraph of the run that names anyone: "– A.\n– B.\n– C, siger X." are all X's)
        beside = (speaker_of(paragraphs[position - 1]) if position > 0 else None) or _run_speaker(
            paragraphs[position + 1 :], speaker_of
        )
        # (a verb of saying inside it that names no speaker, "jeg fortalte dem, at ...", is the speaker's own report)
        speaking = any(
            _attribution(re.match(r"(.*)", text[v.end() :]), 1) for v in re.finditer(rf"\s(?:{verbs})\s+", text)
        )
        if beside and not speaking and len(body.split()) >= 4:
            out.append(ParagraphQuote(body, indices, beside[0], beside[1]))
            continue
        # "I foreningen frygter direktør Jens Holm, at ...\n– Vi tror, det er ...": a narration paragraph whose last
        # sentence reports what a named person says or thinks introduces the dash paragraph after it as theirs
        reporter = _reported_by(previous[-1].text, verbs) if previous and not _DASH.match(previous[0].text) else None
        if reporter and not re.search(rf"\s(?:{verbs})\s", text) and len(body.split()) >= 4:
            out.append(ParagraphQuote(body, indices, reporter, previous[-1].index))
            continue
        # "Det var X, der stod i spidsen ... . Og han var også stolt efter kampen.\n– Spillerne ...": a narration
        # paragraph whose last sentence has a pronoun for its subject introduces the dash paragraph as that one's
        told = _pronoun_subject(previous[-1].text) if previous and not _DASH.match(previous[0].text) else None
        if told and not re.search(rf"\s(?:{verbs})\s", text) and len(body.split()) >= 4:
            out.append(ParagraphQuote(body, indices, told, previous[-1].index))
            continue
        # "Også det kritiserer Ghita Holm.\n– Det er mærkeligt ...": a short narration sentence in verb-second order
        # whose named subject stands right after its verb, at its end, introduces the dash paragraph as theirs
        inverted = inverted_subject(previous[-1].text) if previous and not _DASH.match(previous[0].text) else None
        if inverted and not re.search(rf"\s(?:{verbs})\s", text) and len(body.split()) >= 4:
            out.append(ParagraphQuote(body, indices, inverted, previous[-1].index))
            continue
        # "– ..., siger borgmesteren.\n<narration>\n– Mit ønske er ...": an interview's dash paragraph naming no one,
        # a narration paragraph or two after the last dash paragraph, whose named speaker goes on
        back = next((k for k in (2, 3) if position >= k and paragraphs[position - k]
                     and _DASH.match(paragraphs[position - k][0].text)), None)  # fmt: skip
        between = paragraphs[position - back + 1 : position] if back else []
        narration = all(p and not _DASH.match(p[0].text) and not re.search(r"[:\"“”«»„]", p[-1].text) for p in between)
        earlier = speaker_of(paragraphs[position - back]) if back and between and narration else None
        other = other_subject_between(between, earlier[0]) if earlier else None
        if other is not None and len(body.split()) >= 6:
            # (the narration between names someone else as its subject: they speak now)
            out.append(ParagraphQuote(body, indices, other, previous[-1].index))
            continue
        if earlier is None:
            earlier = goes_on_after_narration(paragraphs, position, speaker_of)
        if earlier and not re.search(rf"\s(?:{verbs})\s", text) and len(body.split()) >= 6:
            out.append(ParagraphQuote(body, indices, earlier[0], earlier[1]))
            continue
        # "– Jeg når lige at se bilen ...\nJournalist Jens Holm blev vidne til ulykken ...": a dash paragraph naming no
        # one, then a narration paragraph opening with a named person (a role word or two before the name) as its
        # subject: the words were that person's
        opening = re.match(rf"(?:[A-ZÆØÅa-zæøå-]+\s+){{0,2}}?({_NAME_DA})\s+[a-zæøå]+\b", following[0].text) if (
            following and not _DASH.match(following[0].text)) else None  # fmt: skip
        if opening and len(body.split()) >= 6:  # (no sentence of it ends with an attribution: read above)
            out.append(ParagraphQuote(body, indices, opening.group(1), following[0].index))
    return out


# A vox pop's label opening a paragraph: a name, what the paper says of them in commas (age, job, town), a colon and
# a dash before their words ("Jane Holm, pensionist, 90 år og fra Vejle: - Jeg fik brevet.").
_LABELLED_DASH = re.compile(
    r"^([A-ZÆØÅ][\w'’-]+(?:\s+[A-ZÆØÅ][\w'’-]+){1,3})((?:,\s+[^,:.!?\"“”«»]{1,60}){0,4}):\s*[–—-]\s+(\S.*)$"
)


# "du", "dig", "I" (inside the sentence), "jer", "De": the one asked is addressed
_ADDRESSED = re.compile(r"\b(?:du|dig|din|dit|dine|jer|jeres)\b|(?<=[a-zæøå,] )(?:I|De)\b")


def interviewer_question(group: Sequence[SourceSentence]) -> bool:
    """Whether a dash paragraph is a reporter's question in an interview: every sentence a question, one of them
    addressed to the one asked ("– Hvornår bliver I klar over det?", "– Forstår du, at ...? Eventuelt ...?");
    a speaker's own rhetorical question speaks of "vi" or "man" and is signed ("..., siger X")."""
    texts = [_DASH.sub("", s.text).strip() for s in group]
    return bool(texts) and all(t.endswith("?") for t in texts) and any(_ADDRESSED.search(t) for t in texts)


def _pronoun_subject(text: str) -> str | None:
    """ "Og han var også stolt efter kampen.", "Hun kiggede op og konstaterede:": the pronoun subject opening a
    narration sentence with no quotation in it, or None."""
    m = re.match(r"(?:(?:Og|Men|Så)\s+)?(han|hun|Han|Hun)\s+[a-zæøå]+", text)
    return m.group(1).lower() if m and not re.search(r"[\"“”«»„]", text) else None


def _run_speaker(
    after: Sequence[Sequence[SourceSentence]], speaker_of: Callable[[Sequence[SourceSentence]], tuple[str, int] | None]
) -> tuple[str, int] | None:
    """The speaker the first attributed paragraph of a run of dash paragraphs names (the run that `after` opens),
    or None when the run ends before any names one."""
    for group in after:
        if not group or not _DASH.match(group[0].text):
            return None
        found = speaker_of(group)
        if found is not None:
            return found
    return None


# "frygter direktør Jens Holm, at", "mener Jens Holm, at": a verb of saying or thinking, its named subject (after it,
# the sentence opening with an adverbial) and "at" with what was said; or "Jens Holm mener, at".
_NAME_DA = r"[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3}"


def _reported_by(text: str, verbs: str) -> str | None:
    """The named person a Danish sentence reports as saying or thinking something ("I foreningen frygter direktør
    Jens Holm, at ...", "Jens Holm mener, at ..."), with the role words before the name; None otherwise."""
    m = re.search(rf"\b(?:{verbs})\s+((?:[a-zæøå-]+\s+){{0,3}}?{_NAME_DA})(?:\s+\([A-ZÆØÅ]{{1,3}}\))?,?\s+at\b", text)
    m = m or re.match(rf"(?:[a-zæøå-]+\s+){{0,3}}?({_NAME_DA})(?:\s+\([A-ZÆØÅ]{{1,3}}\))?\s+(?:{verbs}),?\s+at\b", text)
    return m.group(1) if m else None


def signatures(paragraphs: Sequence[Sequence[SourceSentence]], is_person: Callable[[str], bool]) -> dict[int, str]:
    """{index of a paragraph's last sentence: name} for each paragraph signed by the one after it
    ("— Jane Roe, shelter manager", "That is how Jane Roe put it."), when it names a person of the article."""
    out: dict[int, str] = {}
    for position in range(1, len(paragraphs)):
        group = paragraphs[position]
        if not group:
            continue
        # (a signature is a line of its own; a look back may open a longer paragraph: "Sådan lyder vurderingen fra
        # Jens Holm. Han er journalist ...")
        m = _SIGNATURE.match(group[0].text.strip()) if len(group) == 1 else None
        name = m.group(1) if m else looking_back(group[0].text)
        if name and is_person(name) and paragraphs[position - 1]:
            out[paragraphs[position - 1][-1].index] = name
    return out


def _comma_verb(verbs: str) -> re.Pattern[str]:
    """The LAST ", siger X" of a sentence: "- ... som Ekstra Bladet skriver om, siger X." has a verb inside the quote
    ("skriver"), the attribution is the one after the last comma."""
    return re.compile(rf"^(.+),\s+(?:{verbs})\s+(.+?)\.?$")


_DANISH_DASH_RE1 = re.compile(r"^[–-]\s+(.+),\s+(?:lød|lyder)\s+det(?:\s+i\s+(?:en\s+|et\s+)?[\wæøå-]+)?\.?$")


def danish_dash(text: str, verbs: str) -> tuple[str, str] | None:
    """A Danish dash quote in one sentence and who it names: "– Vi er klar, siger X." or, after an introduction
    and a colon, "Hun understreger: – Byen skal ikke betale." (the introduction's subject)."""
    # (also where it was written: "..., lyder det i Facebook-opslaget.", "..., lød det i en pressemeddelelse.")
    bare = _DANISH_DASH_RE1.match(text)
    if bare:
        return (bare.group(1), "det")  # "– Jeg kan ikke sige, hvem vi taler med, lød det.": the one just asked
    m = _attribution(re.match(rf"^[–-]\s+(.+),\s+(?:{verbs})\s+(.+?)\.?$", text)) or _attribution(
        re.match(rf"^[–-]\s+(.+?),?\s+(?:{verbs})\s+(.+?)\.?$", text)
    )
    if m:
        # ("..., siger han onsdag i en tale i X.": a pronoun after the verb is the whole speaker, the rest says when
        # and where)
        # ("..., fortsætter han, men vil ikke sige ...": a comma after the pronoun opens the writer's next clause)
        pronoun = re.match(r"(han|hun|de)(?:\s|,)", m.group(2))
        # ("..., siger vicepolitiinspektøren, der ikke kan uddybe ...": a definite role, then a relative clause about
        # its holder; the role alone is the speaker, resolved to whoever holds it)
        role = re.match(r"([a-zæøå][\wæøå-]*(?:en|et|ne)),\s+(?:der|som|men|og)\s", m.group(2))
        return (m.group(1), pronoun.group(1) if pronoun else role.group(1) if role else m.group(2))
    m = re.match(rf"^(.{{2,80}}?)\s+(?:{verbs})(?:\s+[a-zæøå]+)?\s*:\s*[–-]\s+(\S.{{11,}})$", text)
    return (m.group(2), m.group(1)) if m else None
