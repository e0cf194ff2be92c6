"""Who said a quote, read from the words right after its closing mark: '"...," said X', '"...," X told the
paper', '"...," Roe's spokesman said', '"...," read the statement', '"...," according to X', a signature after a
dash. Arabic and Hebrew are read by `quote_speakers_rtl.py`."""

from __future__ import annotations

import re

from briefing_app.core.facts.dash_quotes import looking_back
from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.quote_sources import (
    DOCUMENT,
)
from briefing_app.core.facts.quote_speakers_rtl import (
    ar_speaker_after,
    he_speaker_after,
)
from briefing_app.core.facts.quote_words import (
    DOCUMENT_SAYS,
    NAME,
    NOT_AFTER_TITLE,
    verbs_of,
)
from briefing_app.core.facts.roles import is_person_noun, is_role_noun
from briefing_app.core.facts.speaker_clause_mentions import owned_reply
from briefing_app.core.facts.speaker_clues import is_unnamed

# "the department's Facebook post", "the club's official statement", "a sign on the door": a document, its owner
# and kind before it
_OWNED_DOCUMENT = (
    r"(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:tweet|post|posting|statement|letter|message|release|"
    r"email|memo|note|notice|sign|caption|website)"
)
# "a statement from", "a press release issued by": the words before the body that issued it.
_DOCUMENT_FROM = re.compile(
    r"^(?:an?|the|its)\s+(?:[a-z]+\s+)?(?:statement|release|letter|report|communiqué|email|post)\s+"
    r"(?:issued\s+|released\s+|sent\s+)?(?:from|by|of(?=\s+(?:the\s+)?[A-ZÆØÅ]))\s+"
)


# Verbs that attribute a quote they follow ('"...," Roe pointed out.') though they seldom introduce one.
_AFTER_ONLY = (
    r"pointed\s+out|points\s+out|went\s+on|goes\s+on|wondered|wonders|answered|answers|replies|asks|mused|muses|"
    r"recounted|recounts|remembered|remembers|reflected|reflects|tweets|sighed|laughed|fortsætter|fortsatte|"
    r"sighs|laughs|smiled|smiles|shrugged|shrugs|"
    # Indian and African sports and business copy: '"...," Pena shared at the post-match press conference'
    # (before a quote "shared" takes an object: "a blogger shared an article ...:")
    r"shared|"
    # verbs of manner that sport, showbusiness and tabloid copy puts after a quote ('"...," Roe beamed.', '"...,"
    # Roe snapped at reporters', '"...," Roe celebrated on Instagram'); before a quote they take an object or none
    r"beamed|beams|grinned|grins|snapped|snaps|fumed|fumes|raged|rages|gushed|gushes|enthused|enthuses|raved|raves|"
    r"hinted|hints|teased|teases|chuckled|chuckles|grumbled|grumbles|moaned|moans|groaned|groans|barked|boomed|"
    r"sneered|scoffed|scoffs|smirked|blasted|blasts|slammed|slams|bristled|reckoned|reckons|chimed\s+in|"
    r"chipped\s+in|weighed\s+in|piped\s+up|interjected|opined|ventured|vented|bemoaned|proclaimed|celebrated|"
    r"cheered|sobbed|wept|confessed|confesses|assessed|assesses|summed\s+up"
)
# A word of a subject phrase before its verb: not a relative pronoun, an auxiliary or a conjunction that would
# make the words a clause of their own ("the plan, which Roe said", "and Roe said").
_SUBJECT_WORD = (
    r"(?!(?:who|which|that|whom|whose|is|was|were|are|has|had|have|and|but|or|when|while|if|because|so|then|"
    r"der|som|og|men|er|var|har)\b)[\w.'’&-]+"
)


# The quote's own sentence going on to call it someone's judgement: '"...," was the verdict of Jane Roe', '"...,"
# came the reply from the ministry'.
_VERDICT_OF = re.compile(
    r"\s*,?\s*(?:was|is|came)\s+the\s+(?:verdict|view|message|warning|reaction|assessment|response|reply|answer|plea|"
    r"conclusion)\s+(?:of|from)\s+([^.!?\"“”]{3,120})"
)


# A title of up to sixteen words (its words may be joined by "and" or "for the") opening with a capital, then a full
# name: two or more capitalised words the name of a person would be.
_LONG_TITLE_THEN_NAME = (
    rf"\s*[,.!?]?\s*[A-Z][\w'’-]*\s+(?:{_SUBJECT_WORD}\s+|and\s+){{1,15}}?"
    r"((?:[A-Z][a-z][\w'’-]*\s+){1,2}[A-Z][a-z][\w'’-]*)"
)


# A short note in brackets right after a capitalised word, before a comma or the next word: "Ann Roe (74),".
_NOTE_AFTER_NAME = re.compile(r"([A-ZÆØÅ][\w'’.-]*)\s*\([^()\"“”«»]{1,30}\)(?=[,.;!?]|\s|$)")


# Degrees and honours written after a name ("Jane Roe, M.D., M.P.H," "Tom Lee MP", "Ann Holt, Ph.D."): letters with
# stops, or a post-nominal of capitals alone, before a comma, the end or a verb.
_POST_NOMINALS = re.compile(
    r"(?<=[a-z])(?:,?\s+(?:(?:[A-Z][a-z]?\.){1,3}(?:[A-Z][a-z]?\b\.?)?|(?:MP|MSP|MEP|MLA|QC|KC|OBE|MBE|CBE)\b))+"
    r"(?=,|\s*[.!?]?\s*$|\s+(?:said|says|told|added)\b)"
)


# A speaker described, not named: "the coach", "the Harbour coach", "a club spokesman".
_DESCRIBED = re.compile(r"(?:the|an?|his|her|their|its)\s+(?:[A-Z][\w'’-]*\s+){0,3}[a-z]")
# The adjunct of a speech event after such a description: a preposition, a determiner and lower-case words to the end.
_SPOKEN_WHERE = re.compile(
    r"\s+(?:at|in|during|after|following|on)\s+(?:the|an?|his|her|their|its)\s+(?:[a-z][\w'’-]*\s*)+[.!?]?\s*$"
)


# A letter, message or interview the words came in, after a described speaker, to the end: "said the union
# president in a letter to Rob Farrow, president of X." (the one written to is named there, never the speaker).
_SENT_TO = re.compile(
    r"\s+in\s+(?:an?|the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}(?:letter|e-?mail|message|note|memo|interview)\s+"
    r"(?:to|with)\s+.*$"
)


# Military and police ranks written before a name ("Lieutenant General H.R. McMaster").
_RANKS = r"(?:Lieutenant|Major|Brigadier|General|Colonel|Admiral|Commander|Captain|Sergeant|Inspector|Superintendent)"


# An employer's capitalised name, a role in lower case (two joined by "and": "co-founder and CEO") and a name:
# "Harbour Drone co-founder and CEO Bill Weller". (Not "Jane Roe and husband Tom Roe": "and" right after the
# capitalised words joins two people; nor "Jane Roe of the consumer group Fair Deal": a preposition or an article
# makes the lower-case words no role.)
_NOT_A_ROLE_WORD = r"(?!(?:of|the|a|an|for|at|from|in|with|to|on|by|who|said|says|told)\b)"
_EMPLOYER_ROLE_NAME = re.compile(
    rf"(?:[A-Z][\w&'’.-]*\s+){{1,4}}((?!and\b){_NOT_A_ROLE_WORD}[a-z][\w-]*"
    rf"(?:\s+(?:{_NOT_A_ROLE_WORD}[a-z][\w-]*|&|CEO|CFO|COO|CTO))*)\s+({NAME})[.!?]?$"
)


def _after_verb(subject: str) -> str:
    """The speaker in the words after an inverted verb ('"...," said X'): a name the commas set off after a role
    ("said Roe's neighbour, Ada Chu." is Chu), else the words without a relative clause after them ("said the
    24-year-old, who won gold" is "the 24-year-old") or the document they issued ("a statement from X": X)."""
    subject = re.sub(_DOCUMENT_FROM, "", subject.strip())  # "said a statement from the family of X": the family
    # ("said Trump's National Security Advisor, Lieutenant General H.R. McMaster, who ...": a capitalised title, and a
    # rank before the name, as wire copy writes them)
    set_off = re.match(
        rf"(?:{NAME}['’]s?|the|an?|his|her|their)\s+[A-Za-z][\w\s'’-]{{1,40}}?,\s+((?:{_RANKS}\s+){{0,2}}{NAME})"
        rf"\s*(?:,.*|[.!?]?)$",
        subject,
    )
    if set_off is not None:
        return set_off.group(1)
    employed = _EMPLOYER_ROLE_NAME.match(subject)
    if employed is not None and any(is_person_noun(w) for w in employed.group(1).split()):
        # ("recalls Harbour Drone co-founder and CEO Bill Weller": the employer's words may read as a name; the
        # name after the role speaks)
        return employed.group(2)
    # "said Jeffrey Lyon, Certified Systems Professional with the X team, to the paper": the name before its
    # title (two or more capitalised words, as a person's full name is written)
    # (also "Jane Roe, Director of the Harbour Health Agency")
    titled = re.match(
        r"((?:[A-Z][a-z][\w'’-]*\s+){1,2}[A-Z][a-z][\w'’-]*),\s+[A-Z][a-z]+\s+(?:(?:of|for|at)\s+(?:the\s+)?)?[A-Z][a-z]",
        subject,
    )
    if titled is not None:
        return titled.group(1)
    # ("said one shopper, dismayed that ...": an unnamed speaker, then a clause describing them)
    unnamed = re.match(r"((?:one|another|an?)\s+(?:[a-z-]+\s+)?[a-z-]+),\s+[a-z]", subject)
    if unnamed is not None:
        return unnamed.group(1)
    # (and a relative clause after any speaker: "said Roe's lawyers, who promised more"; or a participle's clause:
    # "said the spokeswoman, adding that the firm would ...", "said the coach, speaking after the game")
    subject = re.sub(r",\s+(?:who|whose|which|[a-z]{3,}ing)\s.*$", "", subject)
    # ("joked the 26-year-old holding the new trophy": a described speaker's participle phrase, no comma before it)
    subject = re.sub(r"^((?:the|an?)\s.*?)\s+[a-z]{3,}ing\s+(?:the|an?|his|her|their|its)\s.*$", r"\1", subject)
    # ("joked the 26-year-old from Riga": where an age-described speaker comes from is no part of the description)
    subject = re.sub(r"^(the\s+\d+-year-old)\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$", r"\1", subject)
    # "said the Harbour coach at the press conference", "said the head coach in a post-match interview": where or
    # when a described speaker spoke is no part of the description (the coach is the one the article named)
    subject = _SENT_TO.sub("", subject)  # ("said the union president in an open letter to Rob Farrow": the president)
    return _SPOKEN_WHERE.sub("", subject) if _DESCRIBED.match(subject) else subject



# '"...," the unsourced report quoted Netanyahu as saying', '..., the paper quoted him as telling ...': who quotes
# comes first (any short subject, no quote mark or comma in it), the one quoted speaks.
_QUOTED_AS_AFTER = re.compile(
    rf"\s*[,.!?]?\s*[^\"“”,.]{{2,60}}?\bquot(?:ed|es|ing)\s+({NAME}|him|her)\s+as\s+(?:saying|telling|stating)\b"
)

# ('"...," a council spokesperson has said.': the perfect's auxiliary belongs to the verb, not to the speaker)
_PERFECT = r"(?:(?:has|have|had)\s+)?"


def speaker_named_after(after: str, lang: str, ended: bool = False) -> str | None:
    """The speaker named right after a closing quote mark, "" for a bare verb, None if none. `ended`: the quote
    ended its sentence with a full stop inside the marks, so a new sentence's "Roe said" is not its attribution."""
    if lang in ("en", "da"):
        # 'the victim's mother, Ann Roe (74), told reporters', 'Roe (R-Ohio) said': a short note in brackets after a
        # name (an age, a party, "pictured") is no part of the attribution's shape
        after = _NOTE_AFTER_NAME.sub(r"\1", after)
    if lang == "en":
        # ('"...," saidJane Roe, M.D., M.P.H, Director of X': a verb glued to the name, as pasted web copy has it, and
        # the letters of degrees and honours after the name are no part of the attribution's shape)
        after = re.sub(rf"^(\s*[,.]?\s*(?:{verbs_of(lang)}))(?=[A-Z][a-z])", r"\1 ", after)
        after = _POST_NOMINALS.sub("", after)
    if lang == "en":
        tail = _ending_attribution(after)
        if tail:
            return tail  # '"..." while they were in power, Roe said.': the quote's clause runs on to its speaker
    if lang in ("en", "da"):
        if re.match(r"\s*[,;]?\s*(?:while|whereas|but|mens|men)\s", after):
            return None  # '"...", while Weller said it "..."': a new clause, whose speaker is its own quote's
        # ('"..." - Jane Roe': plain text writes the dash as a hyphen between spaces)
        # (an age before the name too: '"..." — 12-year-old Jane Roe, nominated for ...')
        signed = re.match(rf"\s*[,.]?\s*(?:[–—]|(?<=\s)-(?=\s))\s*(?:\d{{1,3}}-year-old\s+)?({NAME})", after)
        if signed:
            return signed.group(1)
        # '"..."Jane Roe - Chair of the Board': a name and a dash then the role, right after the mark
        signed = re.match(rf"\s*({NAME})\s+[–—-]\s+[A-ZÆØÅ][^.!?\"“”]{{0,60}}$", after)
        if signed:
            return signed.group(1)
        signed = re.fullmatch(rf"\s*({NAME})\s*[”\"]?\s*", after)
        if signed and len(signed.group(1).split()) >= 2:
            return signed.group(1)  # '"Work is life, but not all of it." Jane Roe': a saying signed by its author
        back = looking_back(re.sub(r"^\s*[.!?]", "", after))
        if back:
            return back  # '"...." That is how Jane Roe put it.'
        reply = owned_reply(after) if lang == "en" else None
        if reply:
            return reply  # '"...," was his reply to a query': the one the pronoun stands for
        verdict = _VERDICT_OF.match(after) if lang == "en" else None
        if verdict:
            return _after_verb(verdict.group(1))  # '"...," was the verdict of Jane Roe, who chairs the trust.'
        alone = re.match(rf"\s+({NAME}|[Hh]e|[Ss]he)\s+(?:{verbs_of(lang)})\s*\.", after) if ended else None
        if alone:
            return alone.group(1)  # '"...." Roe said.': a sentence that is nothing but the attribution
        if ended and re.match(r"\s+[A-ZÆØÅ]", after):
            return None  # 'She added, "... family." Roe said her ...': the next sentence is its own
    # this sentence only (a title's full stop, "said Dr. Jane Roe", ends none)
    after = re.split(rf"{NOT_AFTER_TITLE}(?<=[.!?])\s+(?=[A-ZÆØÅ\"“])", after, maxsplit=1)[0]
    # ('‘...,’ said one shopper, dismayed that she had to ‘fight ...’': the attribution ends before the next quote)
    # ('"...," wrote Jane Roe "and ...': a straight mark after a space opens the quote's next part, no name)
    after = re.split(r"(?<=\s)[“‘\"]", after, maxsplit=1)[0] if lang == "en" else after
    if lang == "he":
        return he_speaker_after(after)
    if lang == "ar":
        return ar_speaker_after(after)
    quoted = _QUOTED_AS_AFTER.match(after) if lang == "en" else None
    if quoted:  # '"...," the report quoted Netanyahu as saying': the one quoted speaks, not who quotes him
        return {"him": "he", "her": "she"}.get(quoted.group(1), quoted.group(1))
    read = re.match(
        rf"\s*[,.!?]?\s*(?:{DOCUMENT_SAYS})\s+({DOCUMENT.pattern})\b"
        # ('said a statement released by the family', 'said an online statement of the Foreign Ministry')
        r"(\s+(?:(?:issued|released|sent)\s+)?(?:from|by|of(?=\s+(?:the\s+)?[A-ZÆØÅ]))\s+\S.*)?",
        after,
    )
    if read and lang == "en" and read.group(2):
        return _after_verb(after[read.start(1) :])  # '"...," said a statement from the family.': the family
    if read and lang == "en":
        return read.group(1)  # '"...," read the statement.': the document, which stands for whoever issued it
    verbs = verbs_of(lang)
    # an adverb may stand between the speaker and the verb ("Holt later said", "Holt reportedly told"), and
    # reported attribution ends the same way ("Holt was quoted as saying")
    # ("Holt was quoted by the paper as saying": the paper that quoted him may stand before "as")
    verbs = (
        rf"{verbs}|continued|continues|reported|reports|{_AFTER_ONLY}|"
        r"(?:was|is|has\s+been)\s+quoted\s+(?:by\s+(?:the\s+)?[A-ZÆØÅ][\w.&'’-]*(?:\s+[A-ZÆØÅ][\w.&'’-]*){0,3}\s+)?"
        # ("X was quoted in a club release as saying": where he was quoted may stand there too)
        r"(?:in\s+(?:an?|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?[a-z]+\s+)?as\s+saying"
    )
    adverb = r"(?:(?:also|later|then|again|once|[a-z]{3,}ly)\s+)?"
    as_said = (
        # ('"...," as chairman Jane Roe put it': a lower-case title may stand before the name)
        re.match(rf"\s*[,.!?]?\s*as\s+(?:(?:the\s+)?(?!the\s)[a-z][a-z-]+\s+(?:[a-z][a-z-]+\s+)?(?=[A-Z]))?"
                 rf"({NAME}|the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+{adverb}"
                 rf"(?:{verbs}|put\s+it|wrote|noted)\b", after)
        if lang == "en"
        else None
    )  # fmt: skip
    # ('»...,« som Ulrik Vang forklarede.': Danish "som" before the name and a verb of saying, as English "as")
    som_said = rf"\s*[,.!?]?\s*som\s+(?:[a-zæøå-]+\s+){{0,2}}?({NAME}|han|hun)\s+{adverb}(?:{verbs})\b"
    as_said = as_said or (re.match(som_said, after) if lang == "da" else None)
    if as_said:
        return as_said.group(1)  # '"...," as Reuters reported', '"...," as the Guardian put it': the source named
    # '"...," the glowing tweet, posted from the city's verified account, said.': a document and a participle saying
    # where it came from; whoever posted or issued it speaks
    # ('"...," Roe's statement, released on Saturday, said.': its owner named before it, the one it stands for)
    m = re.match(
        rf"\s*[,.!?]?\s*((?:the|a|an|his|her|their|its|{NAME}['’]s)\s+(?:[a-z-]+\s+)?(?:tweet|post|statement|letter|"
        rf"message|release|email))\s*,\s+([a-z]+ed)\b([^,\"“”]{{0,80}}),\s+{adverb}(?:{verbs})\b",
        after,
    )
    if m:
        origin = re.search(r"\b(?:from|by)\s+(.+)$", m.group(3))
        return origin.group(1).strip() if origin else m.group(1)
    # '"...," the department's Facebook post read.': a document after its owner reads the words; it stands for
    # whoever wrote it, not for the last person named
    m = re.match(rf"\s*[,.!?]?\s*({_OWNED_DOCUMENT})\s+(?:read|reads)\b", after)
    if m:
        return m.group(1)
    m = re.match(rf"\s*[,.!?]?\s*({NAME}['’]s\s+(?:[a-z-]+\s+){{1,3}}{NAME})\s+{adverb}(?:{verbs})\b", after)
    if m:
        return m.group(1)  # '"...," Roe's father Marcus said': the one named after what he is to Roe (resolve)
    m = re.match(rf"\s*[,.!?]?\s*({NAME}['’]s\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+)\s+{adverb}(?:{verbs})\b", after)
    if m:
        return m.group(1)  # '"...," Roe's spokesman said': the spokesman, someone the article does not name
    # (a bracket may stand between the name and the verb: "Roe (pictured) said", "Roe (R-Ohio) told")
    m = re.match(rf"\s*[,.!?]?\s*(?:({NAME}|[Hh]e|[Ss]he|they|han|hun|both\s+(?:men|women)|"
                 rf"(?:the|a|an|his|her|their)\s+[\w\s'-]{{2,40}}?)"
                 rf"(?:\s*\([^()]{{1,40}}\))?\s+{adverb}{_PERFECT}(?:{verbs})\b|(?:{verbs})\s+(.+))",
                 after)  # fmt: skip
    if m and m.group(1) and re.search(r"\s(?:was|were)$", m.group(1)):
        return None  # '"...," the visiting team was told.': the one told, not the one speaking
    if m and m.group(2) and re.match(r"(?:he|she|they|han|hun|de)\b", m.group(2)):
        return m.group(2).split()[0]  # "siger han til avisen", "said she in a letter": the pronoun, not its adjuncts
    if m and m.group(2):
        return _after_verb(m.group(2))
    if m:
        return (m.group(1) or "").strip()
    # "police said", "one witness told the BBC", "officials said": people the article does not name speak
    # (where they stood or what they belong to may follow: "one fan outside the stadium told the BBC")
    m = re.match(rf"\s*[,.!?]?\s*((?:(?:one|another|two|three|several|some|many|other)\s+)?(?:[a-z][\w-]+\s+)?"
                 rf"[a-z][\w-]+)(\s+(?:outside|inside|at|in|from|near|on|of)\s+(?:the\s+|a\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
                 rf"\s+{adverb}(?:{verbs})\b", after)  # fmt: skip
    one_told = m is not None and re.match(r"(?:one|another)\s+[a-z]+$", m.group(1)) is not None
    # ("one fan told the BBC": only a person tells someone, whatever the noun's commonest sense)
    told = one_told and m is not None and m.group(0).endswith("told")
    # ('"...," one said.', '"...," one of them added': one of the group the sentences before spoke of)
    one = m is not None and re.fullmatch(r"(?:one|another)(?:\s+of\s+(?:them|us|those))?", m.group(1)) is not None
    one = one and m is not None and (m.group(2) is None or bool(re.match(r"\s+of\s+(?:them|the|those)\b", m.group(2))))
    if (
        m
        and (is_unnamed(m.group(1)) or told or one)
        and (m.group(2) is None or re.match(r"(?:one|another)(?:\s|$)", m.group(1)))
    ):
        return m.group(1) + (m.group(2) or "")
    # "Roberts, 45, said", "Anna Roberts, who runs the farm, told reporters": an appositive between the two (wire
    # copy's titles run long: "Wang Li, disaster relief division director at the Ministry of Civil Affairs, told")
    m = re.match(
        rf"\s*[,.!?]?\s*({NAME}),\s+[^\"“”,]{{1,110}}(?:,\s+[^\"“”,]{{1,40}})?,\s+(?:also\s+)?(?:{verbs})\b", after
    )
    if m:
        return m.group(1)
    # ('"...," Jane Roe, the show's executive producer said in a statement': the appositive's closing comma left out;
    # its last word is a noun for a person or a post)
    m = re.match(rf"\s*[,.!?]?\s*({NAME}),\s+([^\"“”,.;:!?]{{2,60}}?)\s+(?:also\s+)?(?:{verbs})\b", after)
    post = m.group(2).split()[-1] if m else ""
    if m and (is_person_noun(post.lower()) or is_role_noun(post.lower()) or re.fullmatch(r"[A-Z]{2,4}", post)):
        return m.group(1)
    # '"...," photographer Tom Reller, who visited four villages, told AP': a title before the name too, its last
    # word a noun for a person (not an owner of the one named: "the family of Tom Reller, who died, said")
    m = re.match(
        rf"\s*[,.!?]?\s*((?:[A-Za-z][\w'’.-]*\s+){{1,4}}?)({NAME}),\s+[^\"“”,]{{1,110}}(?:,\s+[^\"“”,]{{1,40}})?,\s+"
        rf"(?:also\s+)?(?:{verbs})\b",
        after,
    )
    after_preposition = m is not None and re.search(r"\b(?:of|for|to|with|by)\s+$", m.group(1)) is not None
    # ('"...," Ald. Jane Roe, District 6, said', '"...," Sen. Tom Bell, R-Ohio, said': an abbreviated title with its
    # full stop before the name stands for the person noun)
    if m and _names_a_person(m.group(1).split()[-1]) and not after_preposition:
        return m.group(2)
    # '"...," Anna Roberts, head of the trust and a former mayor said.': the appositive's closing comma left out, the
    # verb ending the sentence
    m = re.match(rf"\s*[,.!?]?\s*({NAME}),\s+[^\"“”,]{{3,80}}?\s+(?:{verbs})\s*[.!?]?\s*$", after)
    if m:
        return m.group(1)
    # '"...," the mayor's spokesman, Ian Voss, told the paper', '"...," Roe's neighbour, Ada Chu, said': a role
    # before the name the commas set off
    # ('"...," the study's lead author, Dr. Ian Voss of Kessby and Lowton Hospital, said': an honorific before the
    # name and the place he works at after it)
    m = re.match(
        rf"\s*[,.!?]?\s*(?:(?:the|a|an|[Hh]is|[Hh]er|[Tt]heir)\s+|{NAME}['’]s?\s+)[\w\s'’-]{{2,40}}?,\s+"
        rf"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?({NAME}){_WORKPLACE_AFTER_NAME}?,\s+"
        rf"{adverb}(?:{verbs})\b",
        after,
    )
    if m:
        return m.group(1)
    # (an affiliation runs long, "Jeff Roe of the Virginia Department of Emergency Management said", and a stray
    # comma may close it before the verb, as an apposition's: "... Emergency Management, said")
    m = re.match(rf"\s*[,.!?]?\s*((?:{_SUBJECT_WORD}\s+){{2,8}}?){adverb}(?:{verbs})\b", after) or re.match(
        rf"\s*[,.!?]?\s*({NAME}\s+of\s+(?:the\s+)?(?:{_SUBJECT_WORD}\s+){{0,8}}?{_SUBJECT_WORD}),?\s+{adverb}(?:{verbs})\b",
        after,
    )
    if m and re.search(r"[A-ZÆØÅ][\w'’-]+\s+(?:[a-z]{1,3}-)?[A-ZÆØÅ][\w'’-]+", m.group(1)):
        # '"...," Harbour Trust chair Jane Roe said', '"...," former mayor Jane Roe said', '"...," Jane Roe of the
        # Trust said': a title, a body or an affiliation around a full name before the verb; the phrase names her
        return m.group(1).strip()
    m = re.match(rf"{_LONG_TITLE_THEN_NAME}\s+{adverb}(?:{verbs})\b", after) if lang == "en" else None
    if m:
        # '"...", Deputy Minister for Coastal Affairs and Harbour Party politician Jane Roe said': a title too
        # long (or joined by "and") for the phrase above, then a full name right before the verb: the name
        return m.group(1)
    m = re.match(r"\s*[,.]?\s*(?:according to|ifølge)\s+(.+)", after, re.IGNORECASE)
    # "according to a statement from the ministry": the ministry; (not the clause the sentence goes on with:
    # "according to the X Association, and are 250 times ...")
    source = re.split(r",\s+(?:and|but|while|whereas|though|although|so|yet)\s", m.group(1))[0] if m else ""
    return re.sub(_DOCUMENT_FROM, "", source) if m else None


def _names_a_person(word: str) -> bool:
    """Whether the word right before a name makes it someone's: a noun for a person ("photographer"), or a title
    abbreviated with its full stop ("Ald.", "Sen.", "Gov.")."""
    return is_person_noun(word.lower()) or (word.endswith(".") and word[:1].isupper() and is_title(word))


# Where the one named works, after the name: "of Kessby and Lowton Hospital", "of the Harbour Trust".
_WORKPLACE_AFTER_NAME = (
    r"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|and|of|for|&)){0,6})"
)


def _ending_attribution(after: str) -> str | None:
    """The speaker when the words after the closing mark finish the quoted clause and the sentence ends with
    its attribution: '"The board is to blame" for the delays, Roe said.', '"..." by May, Roe told reporters.'
    The words between hold no quote mark and no verb of saying, so no other speaker or quote stands there."""
    sentence = re.split(rf"{NOT_AFTER_TITLE}(?<=[.!?])\s+(?=[A-Z\"“])", after, maxsplit=1)[0]
    verbs = verbs_of("en")
    m = re.fullmatch(
        rf"\s+(?![,.;:!?])([^\"“”]{{2,80}}?),\s+({NAME}|[Hh]e|[Ss]he)\s+(?:(?:also|later|then)\s+)?(?:{verbs})"
        rf"(?:\s+(?:reporters|journalists|the\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}}|[a-z]+))?\s*[.!?]?\s*",
        sentence,
    )
    if m is None or re.search(rf"\b(?:{verbs})\b", m.group(1)):
        return None
    return m.group(2)
