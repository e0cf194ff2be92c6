"""Who said a quote, read from the words before or after its marks (`"...," said X`, `X said: "..."`,
`according to X`, `X, adding "..."`), and the cues shared by the quote readers: the speech verbs of each
language, how long a quote must be, titles and terms in quote marks. `quotes.py` finds the quotes and
`quote_passages.py` the block quotes, posts and labelled lines; both ask this module who spoke."""

from __future__ import annotations

import re

from briefing_app.core.facts.dash_quotes import looking_back
from briefing_app.core.facts.people import (
    AR_SPEECH,
    HE_SPEECH,
    SPEECH_VERBS,
)
from briefing_app.core.facts.people_he import (
    he_drop_adjuncts,
    he_given_at,
    he_only_adjuncts,
    he_starts_with_given,
    he_unnamed,
    without_weekday,
)
from briefing_app.core.facts.quote_cues import (
    AR_STATEMENT,
    EN_STATEMENT,
    GERSHAYIM,
    HE_STATEMENT,
    QUOTED_AS,
    QUOTED_BY,
    THING_SAYING,
    clause_subject,
    he_name_after_role,
    issuer,
)
from briefing_app.core.facts.quote_sources import (
    DOCUMENT,
)
from briefing_app.core.facts.quotes_ar import (
    credited_after,
    new_statement,
    pointed_back_speaker,
    quoted_from,
    speaker_before,
    statement_body,
    statement_to_medium,
    subject_before_verb,
    subject_phrase,
)
from briefing_app.core.facts.quotes_he import (
    body_of_passive,
    he_adjunct_clause,
    he_and_verb_subject,
    he_cue_before,
    he_first_of_joined,
    he_name_in_commas,
    he_surname_alone,
    he_verb_pronoun,
)
from briefing_app.core.facts.reporting_verbs import ACCORDING_TO, AR_MORE_SPEECH, AR_QUOTE_VERBS, da, en
from briefing_app.core.facts.roles import is_person_noun, is_role_noun
from briefing_app.core.facts.speakers import is_unnamed

OPEN_MARKS = "“«„‟‘"
CLOSE_MARKS = "”»’"
NAME = (
    r"(?:[A-ZÆØÅ]\.\s?)*[A-ZÆØÅ][\w'’-]*(?:\s+(?:(?:da|de|van|von|al|bin)\s+)?(?:[A-ZÆØÅ]\.\s?)*[A-ZÆØÅ][\w'’-]*){0,3}"
)
MIN_WORDS = 4
# »Vi er klar,« siger hun: a » that opens a word and a « that closes one later on, or none at all when the
# quote runs on into the next paragraph ('Hun siger: »Vi er klar.' and '»Det bliver svært.«' below it)
INWARD_GUILLEMETS = re.compile(r"(?:^|[\s(:–-])»\w(?:[^«»]*[\w.,!?]«|[^«»]*$)")
HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")
_AR_VERBS = rf"(?:{AR_SPEECH}|{AR_MORE_SPEECH})"
# What a statement, letter or post does with its words: "read the statement", "The council's letter said:".
_DOCUMENT_SAYS = rf"{en('read', 'base s')}|{en('say state', 'past s')}"


ALL_VERBS = "|".join(sorted({v for verbs in SPEECH_VERBS.values() for v in verbs}, key=len, reverse=True))


def verbs_of(lang: str) -> str:
    return "|".join(SPEECH_VERBS.get(lang, SPEECH_VERBS["en"]))


# Titles written with a full stop ("Dr. Jane Roe", "Sen. Roe") and initials ("J. Roe"): no sentence ends there.
_NOT_AFTER_TITLE = "".join(
    rf"(?<!\b{t}\.)"
    for t in (
        "Dr",
        "Mr",
        "Mrs",
        "Ms",
        "St",
        "Prof",
        "Sen",
        "Rep",
        "Gov",
        "Gen",
        "Lt",
        "Col",
        "Sgt",
        "Capt",
        "Rev",
        "Hon",
        "[A-Z]",
    )
)
# "a statement from", "a press release issued by": the words before the body that issued it.
_DOCUMENT_FROM = re.compile(
    r"^(?:an?|the|its)\s+(?:[a-z]+\s+)?(?:statement|release|letter|report|communiqué|email|post)\s+"
    r"(?:issued\s+|released\s+|sent\s+)?(?:from|by)\s+"
)


# Verbs that attribute a quote they follow ('"...," Roe pointed out.') though they seldom introduce one.
_AFTER_ONLY = (
    r"pointed\s+out|points\s+out|went\s+on|goes\s+on|wondered|wonders|answered|answers|replies|asks|mused|muses|"
    r"recounted|recounts|remembered|remembers|reflected|reflects|tweets|sighed|laughed|fortsætter|fortsatte|"
    r"sighs|laughs|smiled|smiles|shrugged|shrugs"
)
# A word of a subject phrase before its verb: not a relative pronoun, an auxiliary or a conjunction that would
# make the words a clause of their own ("the plan, which Roe said", "and Roe said").
_SUBJECT_WORD = (
    r"(?!(?:who|which|that|whom|whose|is|was|were|are|has|had|have|and|but|or|when|while|if|because|so|then|"
    r"der|som|og|men|er|var|har)\b)[\w.'’&-]+"
)


def speaker_named_after(after: str, lang: str, ended: bool = False) -> str | None:
    """The speaker named right after a closing quote mark, "" for a bare verb, None if none. `ended`: the quote
    ended its sentence with a full stop inside the marks, so a new sentence's "Roe said" is not its attribution."""
    if lang in ("en", "da"):
        if re.match(r"\s*[,;]?\s*(?:while|whereas|but|mens|men)\s", after):
            return None  # '"...", while Weller said it "..."': a new clause, whose speaker is its own quote's
        signed = re.match(rf"\s*[,.]?\s*[–—]\s*({NAME})", after)  # '"..." – Jane Roe.'
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
        alone = re.match(rf"\s+({NAME}|[Hh]e|[Ss]he)\s+(?:{verbs_of(lang)})\s*\.", after) if ended else None
        if alone:
            return alone.group(1)  # '"...." Roe said.': a sentence that is nothing but the attribution
        if ended and re.match(r"\s+[A-ZÆØÅ]", after):
            return None  # 'She added, "... family." Roe said her ...': the next sentence is its own
    # this sentence only (a title's full stop, "said Dr. Jane Roe", ends none)
    after = re.split(rf"{_NOT_AFTER_TITLE}(?<=[.!?])\s+(?=[A-ZÆØÅ\"“])", after, maxsplit=1)[0]
    if lang == "he":
        after = without_weekday(after)  # "אמר היום (שלישי) X": the weekday stands between verb and subject
        body = body_of_passive(after)
        if body is not None:
            return body  # quotes_he: '"...", נמסר מהמשטרה': the body the statement came from
        pronoun = re.match(rf"\s*,\s*(הוא|היא|הם|הן)\s+{HE_SPEECH}", after)
        if pronoun:
            return pronoun.group(1)  # '"...", היא אומרת': the last person of that sex named
        # '"...". כך אמר X.' (so said X): the next sentence points back at the quote
        # ('"...", ואמר X': "and said", the verb of a second clause after the quote)
        # (not '" והוסיפה ש"...': with no comma, "and added" opens the next clause and its own quote)
        m = re.match(rf"\s*(?:,\s*ו|[,.]?\s*[–—-]?\s*(?:כך\s+)?){HE_SPEECH}(?:\s+((?:[^.\"]|{GERSHAYIM})+))?", after)
        if not m:
            return None
        parts = [he_drop_adjuncts(p.strip()) for p in (m.group(1) or "").split(",") if p.strip()]
        parts = [he_surname_alone(p) for p in parts]  # quotes_he: "אמר גלעדי בכנס": גלעדי; "כתב בעמוד": ""
        if parts and not parts[0]:
            return ""
        named = he_name_in_commas(parts)  # quotes_he: "אמר דובר המשטרה, רב-פקד X Y,": X Y
        if named is not None:
            return named
        if parts and he_unnamed(parts[0].split()):
            return " ".join(parts[0].split()[:3])  # "אמרה תושבת קיבוץ שביקשה ...": a description (or a role)
        return he_name_after_role(parts[0].split()[:5]) if parts else ""
    if lang == "ar":
        if re.match(r"\s*[،,]?\s*(?:على حد|حسب|بحسب|وفق)\s+(?:تعبير|قول|وصف)(?:ه|ها|هم)(?![\u0600-\u06ff])", after):
            return ""  # "...»، على حد تعبيره" (in his words): the person just named
        credited = credited_after(after)
        if credited is not None:
            return credited  # quotes_ar: "«...»، وفقا لوزير التجارة X": the source credited after the quote
        m = re.match(rf"\s*[،,.]?\s*{_AR_VERBS}\s+([^،.\"]+)", after)
        if m and new_statement(after, m.group(1)):
            return None  # quotes_ar: '«...». وقال X: إن ...': the next sentence's own introduction
        return m.group(1).strip() if m else pointed_back_speaker(after)  # "هكذا قال X", "بهذه الكلمات ..."
    read = re.match(rf"\s*[,.!?]?\s*(?:{_DOCUMENT_SAYS})\s+({DOCUMENT.pattern})\b", after)
    if read and lang == "en":
        return read.group(1)  # '"...," read the statement.': the document, which stands for whoever issued it
    verbs = verbs_of(lang)
    # an adverb may stand between the speaker and the verb ("Holt later said", "Holt reportedly told"), and
    # reported attribution ends the same way ("Holt was quoted as saying")
    # ("Holt was quoted by the paper as saying": the paper that quoted him may stand before "as")
    verbs = (
        rf"{verbs}|continued|continues|reported|reports|{_AFTER_ONLY}|"
        r"(?:was|is|has\s+been)\s+quoted\s+(?:by\s+(?:the\s+)?[A-ZÆØÅ][\w.&'’-]*(?:\s+[A-ZÆØÅ][\w.&'’-]*){0,3}\s+)?"
        r"as\s+saying"
    )
    adverb = r"(?:(?:also|later|then|again|once|[a-z]{3,}ly)\s+)?"
    m = re.match(rf"\s*[,.!?]?\s*({NAME}['’]s\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+)\s+{adverb}(?:{verbs})\b", after)
    if m:
        return m.group(1)  # '"...," Roe's spokesman said': the spokesman, someone the article does not name
    # (a bracket may stand between the name and the verb: "Roe (pictured) said", "Roe (R-Ohio) told")
    m = re.match(rf"\s*[,.!?]?\s*(?:({NAME}|[Hh]e|[Ss]he|they|han|hun|both\s+(?:men|women)|"
                 rf"(?:the|a|an|his|her|their)\s+[\w\s'-]{{2,40}}?)"
                 rf"(?:\s*\([^()]{{1,40}}\))?\s+{adverb}(?:{verbs})\b|(?:{verbs})\s+(.+))", after)  # fmt: skip
    if m and m.group(2) and re.match(r"(?:he|she|they|han|hun|de)\b", m.group(2)):
        return m.group(2).split()[0]  # "siger han til avisen", "said she in a letter": the pronoun, not its adjuncts
    if m:
        return (m.group(1) or m.group(2) or "").strip()
    # "police said", "one witness told the BBC", "officials said": people the article does not name speak
    m = re.match(rf"\s*[,.!?]?\s*((?:(?:one|another|two|three|several|some|many|other)\s+)?(?:[a-z][\w-]+\s+)?"
                 rf"[a-z][\w-]+)\s+{adverb}(?:{verbs})\b", after)  # fmt: skip
    if m and is_unnamed(m.group(1)):
        return m.group(1)
    # "Roberts, 45, said", "Anna Roberts, who runs the farm, told reporters": an appositive between the two
    m = re.match(
        rf"\s*[,.!?]?\s*({NAME}),\s+[^\"“”,]{{1,60}}(?:,\s+[^\"“”,]{{1,40}})?,\s+(?:also\s+)?(?:{verbs})\b", after
    )
    if m:
        return m.group(1)
    # '"...," the mayor's spokesman, Ian Voss, told the paper', '"...," Roe's neighbour, Ada Chu, said': a role
    # before the name the commas set off
    m = re.match(
        rf"\s*[,.!?]?\s*(?:(?:the|a|an|[Hh]is|[Hh]er|[Tt]heir)\s+|{NAME}['’]s?\s+)[\w\s'’-]{{2,40}}?,\s+({NAME}),\s+"
        rf"{adverb}(?:{verbs})\b",
        after,
    )
    if m:
        return m.group(1)
    m = re.match(rf"\s*[,.!?]?\s*((?:{_SUBJECT_WORD}\s+){{2,8}}?){adverb}(?:{verbs})\b", after)
    if m and re.search(r"[A-ZÆØÅ][\w'’-]+\s+(?:[a-z]{1,3}-)?[A-ZÆØÅ][\w'’-]+", m.group(1)):
        # '"...," Harbour Trust chair Jane Roe said', '"...," former mayor Jane Roe said', '"...," Jane Roe of the
        # Trust said': a title, a body or an affiliation around a full name before the verb; the phrase names her
        return m.group(1).strip()
    m = re.match(r"\s*[,.]?\s*(?:according to|ifølge)\s+(.+)", after, re.IGNORECASE)
    # "according to a statement from the ministry": the ministry
    return re.sub(_DOCUMENT_FROM, "", m.group(1)) if m else None


def speaker_named_before(before: str, lang: str) -> str | None:
    """A speaker introducing the quote in the same sentence: "X said:", "X warned the", "according to X,".
    In a sentence that reports two speakers ('Roe said the pier "...", while Weller called it "..."'), the
    clause after the earlier quote names the later quote's speaker."""
    found = _named_before(before, lang)
    if found is None and lang in ("en", "da"):
        rest = clause_after_quote(before)
        if rest is not None:
            return _named_before(rest, lang)
    return found


# After an earlier quote's closing mark: the conjunction opening the next clause ('", while Weller said it was').
_NEXT_CLAUSE = re.compile(
    r"^\s*[,;]?\s*(?:(?:while|whereas|but|and|as|although|though|yet|mens|men|og)\s+)?(?=[A-ZÆØÅa-zæøå])"
)


def clause_after_quote(before: str) -> str | None:
    """The clause after the last quote the sentence closed before this one, when a conjunction or a comma
    opens it ('"...", while Tom Weller said it was'); None when no quote closed before."""
    straight = [m.end() for m in re.finditer(r'"', before)]
    curly = [m.end() for m in re.finditer(r"[”»]", before)]
    ends = curly + (straight[1::2] if len(straight) % 2 == 0 else [])
    if not ends:
        return None
    rest = before[max(ends) :]
    opening = _NEXT_CLAUSE.match(rest)
    conjunction = re.match(r"\s+(?:while|whereas|but|and|as|although|though|yet|mens|men|og)\s", rest)
    if opening is None or opening.end() == 0 or not (re.match(r"\s*[,;]", rest) or conjunction):
        return None  # ('"..." Roe said': no comma and no conjunction, the attribution of the quote before)
    rest = rest[opening.end() :]
    # (a named subject opens it: "while Tom Weller said", "but Weller, the harbour master, called it")
    return rest if re.match(rf"(?:{NAME})(?:,[^,]{{2,60}},)?\s+[a-z]", rest) else None


# Verbs of saying whose object is the one spoken to: "told the Herald:" names the listener, never the speaker.
_TO_LISTENER = re.compile(r"told|tells|telling|asked|asks|informed|informs|assured|assures|urged|urges")
# "Forum user bluecrab", "LiveJournal user i_l_d", "Twitter user @ann": the user a platform is named before.
_PLATFORM_USER = re.compile(r"\b(?:user|blogger|commenter|tweeter|netizen)\s+(@?[\w.-]{2,30})\s+")
# "He is reported to have said", "Roe was said to have told": a report about the subject's words.
_REPORTED_TO_HAVE = re.compile(r"\s+(?:is|was|are|were)\s+(?:reported|said|believed|understood|known)\s+to\s+have\s+$")
# A main clause, then a participle of saying without a comma or after "by": "Roe started his speech by saying",
# "Roe addressed the council saying,", "He made this clear by saying": the main clause's subject speaks.
_MAIN_CLAUSE_THEN_PARTICIPLE = re.compile(
    r"^(?:(?:On|In|At|After|Following|During|Before|Later|Then)\s[^,]{1,40},\s*)?"  # ("On Monday, Roe ...")
    rf"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?({NAME}|[Hh]e|[Ss]he|[Tt]hey)"
    # an appositive or a relative clause after the name, its closing comma sometimes left out
    r"(?:,[^,]{2,100},|,\s+who\s[^,]{2,100}?,?)?\s+(?:also\s+|then\s+|later\s+)?"
    r"[a-z]+(?:ed|s|de|ke|ve|ne)\b[^,:;\"“”]{0,80}?,?\s(?:by\s+)?(?:saying|adding|stating|declaring)(?:\s+that)?\s*,?\s*$"
)


def _named_before(before: str, lang: str) -> str | None:
    if re.search(r"[.!?]\W*$", before) or not before.strip():
        return None  # the quote starts a sentence: no introduction in it
    # '... early." After the match, X said, "...' (not after a title's or an initial's full stop: "the U.S. position")
    before = re.split(rf"{_NOT_AFTER_TITLE}(?<=[.!?])[\"”’»]?\s+", before)[-1]
    if lang not in ("ar", "he"):
        # '"...," she said, adding: "...': the introduction starts after the previous quote's closing mark
        # (a quote of speech ends in punctuation; a term in scare quotes, '"dangerous" and', does not)
        before = re.split(r"(?<=[,.!?])[\"”»]\s+(?=\S)", before)[-1]
        # '"...," Lee said, and Weller added: "...': a second clause with its own subject and verb of saying
        joined = re.split(r",\s+(?:and|but|while|whereas|og|men|mens)\s+(?=[A-ZÆØÅ])", before)
        if len(joined) > 1 and re.match(rf"(?:{NAME})\s+(?:\w+\s+)?(?:{verbs_of(lang)})\b", joined[-1]):
            before = joined[-1]
    if lang == "ar":
        m = AR_STATEMENT.search(before)
        if m and not statement_to_medium(before, m):  # (quotes_ar: "في تصريح لوكالة ..." is given to it)
            # "ورد في بيان صادر عن الحكومة:": the body that issued the statement speaks
            return statement_body(before, m)
        source = quoted_from(before)
        if source is not None:
            return source  # quotes_ar: "نقلت الوكالة عن X قوله": X speaks, the agency only reports it
        said = list(re.finditer(rf"(?<![\u0600-\u06ff])(?={_AR_VERBS}\s+([^،:]+))", before))
        later = [v for v in re.finditer(rf"(?:^|\s){AR_QUOTE_VERBS}(?![\u0600-\u06ff])", before)]
        if said and later and later[-1].start() > said[-1].start():
            said = []  # "وأعلنت إيران ...، وأفاد التلفزيون:": a verb of the other list is nearer the quote
        if said:  # the verb nearest the quote: "أعلن النادي ...، وهذا ما أكده X، حيث قال:" is X's
            return subject_phrase(said[-1].group(1))  # quotes_ar: "وزارة الخارجية في بيان أن": the ministry
        if re.search(rf"(?<![\u0600-\u06ff]){_AR_VERBS}\s*:\s*$", before):
            return subject_before_verb(before) or ""  # "وقال: «...»": a bare verb, the person just named
        m = re.search(rf"(?:^|\s){AR_QUOTE_VERBS}(?![\u0600-\u06ff])\s*([^،:]*)[:\s]*$", before)
        if m is None:
            return speaker_before(before)  # quotes_ar: a subject before its verb, a participle of saying
        # "وحذرت المنظمة من جانبها من أن": the subject up to the words of reported speech; "قائلا:" alone: the
        # person just named
        name = subject_phrase(m.group(1).strip())
        if len(name.split()) <= 3:
            return name
        # "وحذر مدير البعثة في غزة X قائلا:": a long title and the name after it; the speaker is the person named
        # in the whole subject (the words after "في" included), which the resolver finds in it
        whole = re.sub(r"\s+(?:قائلا|قائلة|قائلين|قائلاً)\s*$", "", m.group(1).strip())
        return whole if len(whole.split()) <= 12 else ""
    if lang == "he":
        m = HE_STATEMENT.search(before)
        if m:  # "בהודעה של המשטרה:" (in a statement of the police): the police speak
            return m.group(1).strip()
        cue = he_cue_before(before)
        if cue is not None:
            return cue  # quotes_he: "לדבריה," "לפי X," "מדובר צה"ל נמסר:", "X אמרה ל-ynet:"
        m = re.search(rf"(?:^|\s|,)((?:[^,:\"]|{GERSHAYIM}){{2,60}}?)\s+{HE_SPEECH}\s*(?:כי|ש)?\s*:?\s*$", before)
        if m:  # "דובר המשטרה אמר כי" (the police spokesman said that): the subject before the verb
            # ("בראיון לעיתון אמרה:", "על כך כתב:": only an adjunct before the verb, the person just named)
            adjunct = he_adjunct_clause(m.group(1).split())
            return he_verb_pronoun(before) if adjunct else he_name_after_role(m.group(1).split()[-5:])
        role_then_name = rf"{HE_SPEECH}\s+((?:[^,:\"]|{GERSHAYIM}){{2,60}}),\s*([^,:\"]{{3,40}}),\s*(?:כי|ש)?\s*:?\s*$"
        m = re.search(role_then_name, before)
        if m:  # "סבר נשיא בית המשפט, דן לוי, כי": the name in commas after the role; "לדברי X Y, המייצג את
            # ..., ": the name first, its description in the commas
            named_first = he_given_at(m.group(1).split()) or he_starts_with_given(m.group(1))
            return he_name_after_role(m.group(1).split()[-5:]) if named_first else m.group(2).strip()
        and_subject = he_and_verb_subject(before) if re.search(r":\s*$", before) else None
        if and_subject is not None:
            return and_subject  # quotes_he: "מאות אחיות חתמו על עצומה, ופירטו:": the sentence's subject
        if not re.search(HE_SPEECH, before) and re.search(r":\s*$", before):
            # 'שר הביטחון משה כהן: "..."': a name, or a title and a name, then a colon introduces the quote
            clause = [p for p in re.split(r"[,;]", before.rstrip(" :")) if p.strip()][-1:]
            return he_name_after_role(clause[0].split()[-5:]) if clause else None
        m = re.search(rf"{HE_SPEECH}\s+((?:[^,:\"]|{GERSHAYIM})+)", before)
        if m and he_only_adjuncts(m.group(1).split()):
            # 'X אמר הבוקר בישיבה:', 'משרד הבריאות מסר בתגובה כי': a time or a place after the verb, the
            # speaker is the subject before it (or the person just named)
            subject = [p for p in re.split(r"[,:;]", before[: m.start()]) if p.strip()][-1:]
            words = he_first_of_joined(subject[0].split(), before[m.start() :]) if subject else []
            return he_name_after_role(words[-5:]) if subject else ""
        if m:
            return he_name_after_role(m.group(1).split()[:5])
        # a bare verb before the quote ('בראיון ל"X" אמרה:'): the person just named, of the verb's sex
        return he_verb_pronoun(before) if re.search(HE_SPEECH, before) else None
    verbs = verbs_of(lang) + f"|{en('say add note state write warn', 'ing')}|insisting|citing|"
    verbs += da("sige", "present past")
    verbs += "|emphasises|emphasizes|underlines|underlined|highlights|highlighted"  # '... that "we are ..."'
    verbs += "|states|asserts|asserted|affirms|declares|yelling|shouting|screaming|chanting"  # 'the dog states that'
    m = re.search(rf"(?:{ACCORDING_TO})\s+(.+?),?\s*$", before, re.IGNORECASE)
    if m:
        # "Ifølge borgmesteren er broen": the source ends before the comma or the finite verb that follows it
        return re.split(r",|\s+(?:er|var|har|havde|vil|skal|kan|bliver|blev|må|bør|is|was|will|has)\b", m.group(1))[0]
    user = _PLATFORM_USER.search(before) if lang == "en" else None
    if user is not None and re.match(rf"(?:[a-z]+ly\s+)?(?:{verbs})\b", before[user.end() :]):
        return user.group(1)  # "Forum user bluecrab responded simply:": the user, not the forum
    main = _MAIN_CLAUSE_THEN_PARTICIPLE.match(LEAD_IN.sub("", before)) if lang == "en" else None
    if main is not None:
        return main.group(1)  # "Roe started his speech by saying", "Roe addressed the council saying,": Roe
    m = EN_STATEMENT.search(before)
    if m:  # "in a statement issued by the ministry:": the ministry speaks
        return (m.group(1) or m.group(2)).strip()
    m = QUOTED_AS.search(before) or QUOTED_BY.search(before)
    if m:  # "the paper quotes an aide as saying:", "an aide was quoted by the paper as saying": the aide
        return re.sub(r"[\"“”«»]", "", m.group(1)).strip()
    m = re.search(
        rf"\b[Ii]t\s+(?:is|was|has\s+been)\s+(?:{en('note state', 'past')}|written|"
        rf"{en('say report announce explain', 'past')})\s+"
        r"(?:on|in|by)\s+((?:the\s+)?[A-ZÆØÅ][^,\"“”]{2,60}?)(?:\s+that)?\s*[,:]?\s*$",
        before,
    )
    if m:
        return m.group(1)  # 'It is noted on the Harbour Website that "..."': the website says it
    m = re.search(r"(?:^|[,;]\s*)((?:[Tt]he\s+)?[\w .&-]{2,60}?)['’]s?\s+(?:[a-z]+\s+){0,2}(?:statement|letter|post|"
                  r"tweet|message|release|website|report|response|reply|answer)\s+(?:"
                  rf"{_DOCUMENT_SAYS}|"
                  r"was|went)?\s*[,:]?\s*$", before)  # fmt: skip
    if m:
        return m.group(1)  # 'The council's statement read:', 'Roe's reply:': whose words they are
    m = re.search(
        r"^(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts)\s+(?:[a-z]+\s+)?(?:email|e-mail|letter|message|memo|note|"
        r"text|fax|cable)\s+(?:sent\s+)?(?:from|by)\s+(.{2,60}?)(?:\s+to\s+.{2,60}?)?\s+[a-z]+s\b",
        before,
    )
    if m:
        return m.group(1)  # "An email from Roe & Co. to the minister advises:", "An email by Roe shows": the sender
    issued_by = issuer(before)
    if issued_by is not None:
        return issued_by  # "The ministry issued a statement saying": the ministry, not "a statement"
    m = THING_SAYING.search(before)
    if m and not re.search(r"\b(?:in|on|from)\s+$", before[: m.start()]):
        return m.group(1)  # "a sign reading", "one reader writing": the thing or person that says it
    looked_back = _LOOKED_BACK.match(LEAD_IN.sub("", before)) if lang == "en" else None
    if looked_back:
        return looked_back.group(1)  # "That is how the blog X explains it:": X
    inverted_end = re.search(rf",\s+({verbs})\s+((?:the\s+)?[A-ZÆØÅ@][^,:\"“]{{1,50}}?)\s*:\s*$", before)
    if inverted_end and _TO_LISTENER.fullmatch(inverted_end.group(1)):
        inverted_end = None  # "As Ann Lee, a scientist, told the Harbour Echo:": the paper listened, Lee spoke
    if inverted_end and len(inverted_end.group(2).split()) <= 5 and lang in ("en", "da"):
        return inverted_end.group(2)  # "Nevertheless, the unions will march, explained La voz del Puerto:"
    inverted = _DANISH_INVERTED.match(before) if lang == "da" else None
    if inverted is not None and re.match(rf"(?:{verbs})$", inverted.group(1)):
        return inverted.group(2)  # "Til avisen siger Jane Roe:", "Det mener hun:": the subject after the verb
    m = re.search(rf"^(.*?)\b(?:{verbs})\b", before)
    if m and re.fullmatch(r"\s*(?:(?:when|if|once|after|before|as|while|until|unless)\s*)?", m.group(1), re.IGNORECASE):
        # "When asked about the plan, Roe noted:": a passive participle with no subject of its own; the verb after
        m = re.search(rf"^(.{{{m.end()},}}?)\b(?:{verbs})\b", before)
    # "He described the plan for the coast road as": a verb of naming may stand far from its "as"
    reach = 120 if re.search(r"\bas\s*$", before) else 60
    if m and len(before) - m.end() < reach and len(m.group(1).split()) <= 12 and not re.search(r"[\"“”«»]", m.group(1)):
        # "He is reported to have said": the subject before the report
        said_by = clause_subject(_REPORTED_TO_HAVE.sub(" ", m.group(1)))
        if said_by.lower() in ("", "and", "or", "but", "then", "og", "men") and lang in ("en", "da"):
            # "Ann Moss of the council started the petition, and stated:": the first clause's subject
            said_by = _head_subject(before) or said_by
        described = re.search(r"\b((?:an?|one|another)\s+(?:[a-z-]+\s+)?([a-z]+))$", said_by) if lang == "en" else None
        if described and is_person_noun(described.group(2)):
            return described.group(1)  # "To which an anonymous commenter responded:": the one described
        participle = re.match(rf"{_PARTICIPLES}\b", before[len(m.group(1)) :]) is not None
        if said_by or not participle or lang not in ("en", "da"):
            return said_by
        # "Roe expressed concern, stating": nothing after the comma, the participle's subject is the clause's
        return _participle_subject(before, verbs) or said_by
    nearest = _participle_subject(before, verbs) if lang in ("en", "da") else None
    if nearest is not None:
        return nearest
    if re.search(r":\s*$", before):  # "Thomas: ..." or an introduction ending in a colon
        titled = re.search(
            r"\b(?:blog|page|site|website|account|newspaper|paper|magazine|column)\s+[\"“]([^\"”]{3,80})[\"”]", before
        )
        if titled:
            return titled.group(1)  # 'Finally, the blog "Roe Notes" shares some numbers:': the blog
        pronoun = re.match(
            r"(?:(?:but|and|yet|however|while|as|men|og|mens)[\s,]+)?(he|she|they|han|hun|de|I|we|jeg|vi)\s+\S",
            before,
            re.IGNORECASE,
        )
        if pronoun:
            return pronoun.group(1)  # "She disagreed:", "Hun er uenig:": the pronoun's antecedent speaks
        possessive = re.fullmatch(r"\s*(?:(?:but|and)\s+)?(his|her)\s+(?:[a-z]+\s+)?[a-z]+\s*:\s*", before, re.I)
        if possessive:
            return "he" if possessive.group(1).lower() == "his" else "she"  # "Her answer:", "His verdict:"
        # "Jane Roe hit back at Weller:", "Later, Mayor Jane Roe reacted angrily:": the name opening the clause is
        # its subject; a name after the verb is its object
        lead = LEAD_IN.sub("", before)
        participial = re.match(r"[A-Z][a-z]+ing\s[^,]*$", lead)
        named_last = re.search(rf"({NAME})\s+(?:also\s+)?[a-z]+(?:s|ed)\s*:?\s*$", lead) if participial else None
        if named_last and named_last.start() > 0:
            return named_last.group(1)  # "Reporting the reopening ProPakistani narrates:" (its comma left out)
        said_then = re.search(rf"\b(?:{verbs})\b", lead)
        head = _head_subject(lead[: said_then.start()]) if said_then and lang in ("en", "da") else None
        if re.search(r"\b(?:comment|post|message|letter|note|quote|quotation|words|remarks?|statement|text)s?\s+"
                     r"(?:from|by|of)\s+[A-ZÆØÅ@]", lead):  # fmt: skip
            head = None  # "X posted a comment from Y, in which she ...:": Y's words, read elsewhere
        if head is not None:
            # "Ann Moss, a councillor, said she would back Weller if he returns:": a reported clause before the
            # colon; its speech verb's subject speaks, not a name in the clause it reports
            return head
        opening = _CLAUSE_OPENING.match(lead)
        if (
            opening
            and len(opening.group(1).split()) >= 2
            and opening.group(1).split()[0].lower() not in _NOT_OPENING_NAMES
            and re.search(r"\b[A-ZÆØÅ][\w'’-]+", lead[opening.end() :])  # another name after the verb: its object
        ):
            return opening.group(1)
        return before.rstrip(": ")
    return None


# "That is how the blog X explains it", "This is what Jane Roe wrote": the source an introduction looks back to.
_LOOKED_BACK = re.compile(
    r"(?:That|This|Here)\s+is\s+(?:how|what)\s+((?:the\s+[a-z]+\s+)?[A-ZÆØÅ@][^,:\"“]{1,60}?)\s+[a-z]+s\b"
)


def _head_subject(clause: str) -> str | None:
    """The name opening a clause as its subject, before an appositive, an affiliation or its verb ("Ann Moss, a
    councillor, said", "Ann Moss of the council started ..."); None when the clause opens otherwise."""
    clause = LEAD_IN.sub("", clause).lstrip()
    head = re.match(rf"({NAME})(?:,|\s+(?:of|from|for)\s|\s+[a-z])", clause)
    if head is not None and re.search(r"['’]s?$", head.group(1)):
        # "The town's paper in the north, @HarbourNews, published": an owner, the name the commas set off speaks
        set_off = re.match(rf"[^,]+,\s*(@\w{{1,30}}|{NAME}),", clause)
        return set_off.group(1) if set_off else None
    if head is None or head.group(1).split()[0].lower() in _NOT_OPENING_NAMES or len(head.group(1).split()) < 2:
        return None
    return head.group(1)


# Danish puts the finite verb second: after a fronted adverbial or object ("Til avisen", "Det", "Derfor") the
# subject follows the verb ("Til avisen siger Jane Roe:").
_DANISH_INVERTED = re.compile(
    r"(?:Det|Dette|Derfor|Nu|Så|Her|Da|Også|Samtidig|Bagefter|Senere|Alligevel|Desuden|Herefter|Dertil|"
    r"(?:Til|I|På|Efter|Om|Med|For|Over|Fra|Ved|Hos|Mod|Overfor|Over\s+for)\s[^,:]{1,50}?)\s+([a-zæøå]+)\s+"
    rf"({NAME}|han|hun|de)\b[^:\"“«»]{{0,60}}:?\s*$"
)
# Capitalised words that open a sentence but no name ("The", "On", "Another").
_NOT_OPENING_NAMES = {"the", "a", "an", "another", "on", "in", "at", "by", "this", "that", "these", "those", "one",
                      "some", "many", "for", "from", "with", "after", "before", "when", "while", "as", "if", "but",
                      "and", "so", "our", "my", "his", "her", "their", "its", "den", "det", "de", "en", "et", "i", "på"}
# A name opening a clause as the subject of the lower-case word after it (no preposition or conjunction).
_CLAUSE_OPENING = re.compile(
    rf"({NAME})\s+(?!(?:and|or|of|for|from|in|at|on|to|the|og|i|på|af|da|de|van|von|al|bin)\b)(?:also\s+|then\s+|later\s+)?[a-zæøå]{{2,}}\b"
)


_PARTICIPLES = (
    rf"(?:{en('add say note state write warn', 'ing')}|insisting|{en('tell explain', 'ing')}|citing|"
    rf"{da('tilføje sige', 'present')})"
)


# The name heading a clause ("the Roe Centre for Coastal Safety recorded ..."), not a determiner opening it.
_HEAD_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?!(?:An?|The|This|That|These|Those|His|Her|Its|Their|One)\b)[A-ZÆØÅ][\w'’-]*"
    r"(?:\s+(?:(?:of|to|for|on|and|the)\s+)*[A-ZÆØÅ][\w'’-]*)*"
)


def _participle_subject(before: str, verbs: str) -> str | None:
    """The subject of a participle of saying after a comma, or of a speech verb joined by "and", when the main
    verb stands too far from the quote: the subject opening the sentence ("US citizen Jane Roe, the mother of
    ..., called him "..." and "...", adding to the BBC:" is "US citizen Jane Roe"; "In its first year, the Roe
    Centre recorded 63 cases, ..., and noted that" is "the Roe Centre"); None for any other verb."""
    found = list(re.finditer(rf"\b(?:{verbs})\b", before))
    if not found or len(before) - found[-1].end() >= 60:
        return None
    verb, lead = found[-1], before[: found[-1].start()]
    participle = re.fullmatch(_PARTICIPLES, verb.group(0)) and re.search(r",\s*$", lead)
    if not participle and not re.search(r",?\s+(?:and|og)\s+$", lead):
        return None
    parts = [p.strip() for p in LEAD_IN.sub("", before).split(",")]
    while parts and re.match(r"(?:in|on|at|after|before|during|following|for|with|i|på|efter|under)\s", parts[0], re.I):
        parts = parts[1:]  # "In its first year, the Roe Centre ...": a lead-in of time or place is no subject
    opening = parts[0] if parts else ""
    if len(parts) > 2 and re.search(r"\s[a-z]", opening) and re.fullmatch(rf"@\w{{1,30}}|{NAME}", parts[1]):
        return parts[1]  # "The town's paper in the north, @HarbourNews, published ..., saying": the name set off
    if re.search(r"[\"“”«»]", opening) or not re.search(r"[A-ZÆØÅ]", opening):
        return None
    head = _HEAD_NAME.match(opening)
    if head and re.match(r"\s+[a-z]+ed\b", opening[head.end() :]):
        return head.group(0)  # "Roe expressed concern, stating": the name before the main verb
    if len(opening.split()) <= 6:
        return opening
    # a role before a name heads the clause: "Army spokesman Weerachon Sukhon expressed ..."
    titled = re.match(
        r"(?:[A-ZÆØÅ][\w-]*\s+)?((?:[a-z][\w-]*\s+){1,2})([A-ZÆØÅ][\w'’-]+(?:\s+[A-ZÆØÅ][\w'’-]+){1,2})\b", opening
    )
    if titled and all(is_role_noun(w) for w in titled.group(1).split()):
        return titled.group(2)
    # a long main clause: its subject is the name at its head ("the Roe Centre for X recorded 63 cases")
    return head.group(0) if head else None


# Words after which quoted words are a noun phrase the sentence uses (a determiner, "about"), or a gloss
# in brackets, not someone's speech.
_BEFORE_PHRASE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|this|these|those|about|concerning|regarding|for|against|en|et|om)|\()"
    r"\s*[\"“«„‘»]?$",
    re.IGNORECASE,
)


# A verb of naming and its object before quoted words: 'called the plan "a setback"', 'dubbed it "the ..."'.
_NAMING = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|brand(?:s|ed|ing)?|label(?:s|led|ed|ling)?|term(?:s|ed|ing)?)\s+"
    r"(?:it|them|this|that|him|her|(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s*[\"“«„‘]?$"
)


def quoted_noun_phrase(before: str, quoted: str) -> bool:
    """Whether quoted words starting in lower case are a phrase the writer's own sentence uses: right after a
    determiner or "about" ('wrote about the "untold story of ..."'), or a gloss in brackets."""
    if _NAMING.search(before.rstrip()) and re.match(r"(?:an?|the)\s", quoted):
        return True  # 'has called the plan "a clear setback"': a name given to something, not speech
    m = _BEFORE_PHRASE.search(before.rstrip())
    if m is None or not quoted[:1].islower():
        return False
    # 'warns the "levels are ..."', 'sagde det "...': after a verb of saying the determiner opens the speech
    return re.search(rf"\b(?:{ALL_VERBS})\s*$", before[: m.start()]) is None


def is_title_or_term(quoted: str) -> bool:
    """Quoted Title Case words with no sentence in them: a work, site or campaign's name, not speech."""
    words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
    if not words or re.search(r"[.!?,;:]\s", quoted + " ") and len(words) > 8:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals / len(words) >= 0.6 and not re.search(r"[.!?]\s*$", quoted.strip())


# Words before an introduction's subject that are no part of it: "Later the Governor", "However, Jane Roe".
LEAD_IN = re.compile(
    r"^(?:(?:later|then|finally|however|meanwhile|also|again|similarly|likewise|instead|"
    r"earlier|today|yesterday|separately|elsewhere|on\s+twitter|on\s+facebook)\b[\s,]*)+",
    re.I,
)
