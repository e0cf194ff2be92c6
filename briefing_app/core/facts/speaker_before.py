"""Who said a quote, read from its introduction in the same sentence before its opening mark: "X said:",
"X warned that", "according to X,", "in a statement issued by the ministry:", "Roe addressed the council
saying", "Til avisen siger X:", and the clause after an earlier quote that names a later one's speaker. Arabic
and Hebrew are read by `quote_speakers_rtl.py`."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_he_phrases import without_weekday
from briefing_app.core.facts.pos_tagger import tag_words
from briefing_app.core.facts.quote_cues import (
    EN_STATEMENT,
    QUOTED_AS,
    QUOTED_BY,
    THING_SAYING,
    clause_subject,
    issuer,
)
from briefing_app.core.facts.quote_speakers_rtl import (
    ar_speaker_before,
    he_speaker_before,
)
from briefing_app.core.facts.quote_words import (
    DOCUMENT_SAYS,
    LEAD_IN,
    NAME,
    NOT_AFTER_TITLE,
    topic_label,
    verbs_of,
)
from briefing_app.core.facts.quotes_he_cues import he_statement_before
from briefing_app.core.facts.reporting_verbs import ACCORDING_TO, da, en
from briefing_app.core.facts.roles import is_person_noun
from briefing_app.core.facts.speaker_by_saying import by_saying_subject, crowd_chanting
from briefing_app.core.facts.speaker_clause_mentions import subject_before_participle, titled_list_name
from briefing_app.core.facts.speaker_clause_unnamed_en import unnamed_clause_speaker
from briefing_app.core.facts.speaker_embedded_en import (
    fronted_question_subject,
    quoted_as_saying_subject,
    relative_clause_subject,
    reported_turn_subject,
)
from briefing_app.core.facts.speaker_fronted_en import (
    FRONTED_RECIPIENT,
    main_clause_after_fronted,
    without_participle_aside,
)
from briefing_app.core.facts.speaker_participles import PARTICIPLES, participle_subject
from briefing_app.core.facts.speaker_subjects import opening_subject
from briefing_app.core.facts.speaker_unnamed import unnamed_subject


def name_introducing(before: str, verbs: str) -> str | None:
    """The name that introduces a quote with a verb and a comma or colon right before it ('Roe continued, "...'),
    which a pronoun after the quote ('..." he said.') stands for, whatever a given-name list says of its sex."""
    intro = re.search(rf"(?:^|[.!?][\"”’]?\s+)({NAME})\s+(?:{verbs}|continued|went\s+on)\s*[,:]\s*$", before)
    return intro.group(1) if intro is not None else None


# A name, what describes it, then a verb of issuing and the words it issued, with a participle of saying: "Jane Roe
# who owns the airline, made a comment saying:", "Roe, the owner, issued a statement stating:".
_MADE_A_COMMENT = re.compile(
    rf"({NAME})(?:,?\s+who\s[^,:\"“”]*,|,\s+[^,:\"“”]*,)?\s+(?:has\s+|had\s+|later\s+)?"
    r"(?:made|issued|released|gave|posted|published|put\s+out)\s+(?:a|an)\s+(?:[a-z]+\s+)?"
    r"(?:comment|statement|remark|response|reply|post|tweet|message)\s+(?:saying|stating|reading)\s*[,:]?\s*$"
)
# "The official response from (the rest of) the X Office, given to the press by Y, reads as follows:": the body
# it came from, whoever handed it out.
_RESPONSE_FROM = re.compile(
    r"\b(?:statement|response|reply|release|letter|message)\s+from\s+(?:the\s+[a-z]+\s+of\s+)?"
    r"((?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&'’.-]*){0,5})\s*,[^:\"“”]*?"
    r"\b(?:reads?|read|said|says|stated|states)(?:\s+as\s+follows)?\s*:\s*$"
)
# "the last words (that) he said (on the radio) were:": the pronoun's antecedent spoke them.
_LAST_WORDS = re.compile(
    r"\b(?:last|final|first|only)\s+words\s+(?:that\s+|which\s+)?(he|she)\s+(?:said|spoke|uttered|wrote|sent)\b"
    r"[^:\"“”]{0,60}?\s+(?:were|was)\s*:?\s*$"
)


# Arabic conjunctions and adverbs that open a clause before its verb of saying ("كما أكد", "فيما أشار"): no subject.
_AR_CONJUNCTIONS = {"كما", "فيما", "بينما", "حيث", "ثم", "وكما", "لكن", "كذلك", "أيضا"}


# A verb phrase of going on or of manner before an infinitive of saying, ending an introduction's subject: "went on
# to say", "was quick to add", "is keen to stress".
_GOES_ON_TO = re.compile(
    r"\s+(?:went|goes|go|was|is|were|are)\s+(?:on|quick|keen|eager|careful|happy|anxious|at\s+pains)\s+to\s+[a-z]+"
    r"(?:\s+(?:that|reporters|journalists|the\s+[a-z]+))?$"
)


# An absolute "with" before a colon: "with one source saying of X's criticisms:", "with Roe adding:".
_WITH_SAYING = re.compile(
    r"\bwith\s+((?:(?:one|another|a|an|the|some|several|two|three)\s+)[a-z][\w-]*(?:\s+[a-z][\w-]*)?|"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:saying|adding|telling|noting|writing|stating|warning|arguing)\b"
    r"[^\"“”:]{0,80}:\s*$"
)


# Words in marks opening in lower case and closing on a letter, not on punctuation, followed by more of the
# writer's sentence: a phrase quoted in passing ('was "sitting on his hands" and said'), no quote of speech.
# (only after a copula or "had", whose complement it is: 'the GP shared the experiences of "heartbroken" doctors and
# said' keeps its marks, so no clause of the writer is read as the speaker)
_PHRASE_IN_PASSING = re.compile(
    r"\b((?i:is|are|was|were|be|been|had)\s+)[\"“]([a-z][^\"“”]{0,120}?[a-z])[\"”](?=\s+[a-z])"
)


def speaker_named_before(before: str, lang: str) -> str | None:
    """A speaker introducing the quote in the same sentence: "X said:", "X warned the", "according to X,".
    In a sentence that reports two speakers ('Roe said the pier "...", while Weller called it "..."'), the
    clause after the earlier quote names the later quote's speaker."""
    if lang == "en":
        # ('Roe said that Lee was "sitting on his hands" and said: "...': a phrase quoted in passing inside the
        # introduction is the writer's words; its marks hide the clause whose subject speaks)
        before = _PHRASE_IN_PASSING.sub(lambda m: f"{m.group(1)} {m.group(2)} ", before)
        # ('Roe, 20, ranked ... in the world, said; "...': a semicolon typed for the colon after the verb of saying)
        before = re.sub(rf"\b({verbs_of(lang)})\s*;(\s*)$", r"\1:\2", before)
    with_saying = _WITH_SAYING.search(before) if lang == "en" else None
    if with_saying:  # "..., with one source saying of the criticisms:": the one saying it, not the clause's subject
        return with_saying.group(1)
    recipient = FRONTED_RECIPIENT.match(before) if lang == "en" else None
    if recipient is not None and re.search(rf"\b(?:{verbs_of(lang)})\b", before[recipient.end() :]):
        before = before[recipient.end() :]  # "To Holm and Bartley, who ..., Poe said:": Poe, not those addressed
    unnamed = unnamed_clause_speaker(before) if lang == "en" else None
    if unnamed is not None:
        return unnamed  # speaker_clause_unnamed_en: "Emotions flared as one woman jumped up ... and shouted,"
    found = _named_before(before, lang)
    if found is not None and lang == "ar" and found.strip() in _AR_CONJUNCTIONS:
        found = ""  # "كما شدد على أن «...»" (and he also stressed): no subject named, the one just named
    if found is not None and lang == "en":
        # ("As Tony Blair, who sat next to him, flinched, Mr Howard shot back:": a fronted clause, then the speaker)
        # (not before a pronoun, which may be the fronted clause's own subject: "While Roe has stressed X, he
        # criticized Doe for ...:")
        fronted = _FRONTED_CLAUSE.match(found)
        named_after = fronted is not None and re.match(r"(?!(?:He|She|They|It)\b)[A-Z]", found[fronted.end() :])
        found = found[fronted.end() :] if fronted is not None and named_after else found
        # "As the report states:", "As Roe put it:": the clause of comparison names the speaker after "As"
        found = re.sub(r"^As\s+(?=[A-Za-z])", "", found)
        found = re.sub(r"\s+put\s+it$", "", found)
        # ("The leader of the board went on to say:", "The manager was quick to add:": the subject before the verb
        # phrase of going on or of manner, whose infinitive is the verb of saying)
        found = _GOES_ON_TO.sub("", found)
    if found is not None and found.lower() in ("who", "which") and lang == "en":
        # '..., said a statement from Roe's lawyers, who promised "...": the ones "who" stands for
        antecedent = re.search(
            r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*(?:['’]s\s+[a-z-]+)?),\s+(?:who|which)\s+(?:\w+\s+){0,2}$", before
        )
        return antecedent.group(1) if antecedent else None
    if found is None and lang == "en":
        found = _group_says(before)  # 'Political analysts say, "..."': an unnamed group in the plural present
    if found is None and lang in ("en", "da"):
        rest = clause_after_quote(before)
        if rest is not None:
            return _named_before(rest, lang)
    return found


# A plural noun for people (a modifier before it) as the subject of "say" right before the quote: 'Political
# analysts say, "..."', 'Residents say: "..."' (not 'He would not say, "..."', whose "say" is an infinitive).
_GROUP_SAYS = re.compile(r"(?:^|[.!?]\s+)((?:[A-Z][\w-]*\s+)?[A-Za-z][a-z-]+s)\s+say\s*[,:]\s*$")


def _group_says(before: str) -> str | None:
    """The group that says the quote after `before` ("Political analysts"), when a noun for people heads it."""
    m = _GROUP_SAYS.search(before)
    head = m.group(1).split()[-1].lower() if m else ""
    return m.group(1) if m and is_person_noun(head[:-1]) else None


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


# A sentence opening with its verb of saying, then the speaker and a comma or colon: 'Says one worker, "..."'.
_VERB_FIRST = re.compile(
    r"(?:^|(?<=[.!?])\s+|(?<=[.!?][\"”’])\s+)([A-Z][a-z]+)\s+((?:(?:the|an?|one|another)\s+)?[^,:\"“.!?]{1,60}?)"
    r"\s*[,:]\s*$"
)
# Verbs of saying whose object is the one spoken to: "told the Herald:" names the listener, never the speaker.
_TO_LISTENER = re.compile(r"told|tells|telling|asked|asks|informed|informs|assured|assures|urged|urges")
# "Forum user bluecrab", "LiveJournal user i_l_d", "Twitter user @ann": the user a platform is named before.
_PLATFORM_USER = re.compile(r"\b(?:[Uu]ser|[Bb]logger|[Cc]ommenter|[Tt]weeter|[Nn]etizen)\s+(@?[\w.-]{2,30}),?\s+")
# "He is reported to have said", "Roe was said to have told": a report about the subject's words.
_REPORTED_TO_HAVE = re.compile(r"\s+(?:is|was|are|were)\s+(?:reported|said|believed|understood|known)\s+to\s+have\s+$")
# A main clause, then a participle of saying without a comma or after "by": "Roe started his speech by saying",
# "Roe addressed the council saying,", "He made this clear by saying": the main clause's subject speaks.
_MAIN_CLAUSE_THEN_PARTICIPLE = re.compile(
    # ("On Monday, Roe ...", "On Sunday, in a video posted online, Roe ...")
    # ("Responding to X's post, the mayor fired back ..., writing,": a participle phrase fronted before the subject)
    r"^(?:(?:On|In|At|After|Following|During|Before|Later|Then|on|in|at|after|during|[A-Z][a-z]{3,}ing)\s[^,]{1,40},"
    r"\s*){0,2}"
    # ("The defeated Roe was gracious in defeat saying:": an article and an adjective before the name are no name)
    r"(?:(?:The|A|An)\s+[a-z-]+\s+(?=[A-Z]))?"
    rf"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?((?!(?:The|A|An)\s){NAME}|[Hh]e|[Ss]he|[Tt]hey|"
    r"[Tt]he\s+(?:[a-z-]+\s+)?(?!also\b|then\b|later\b)[a-z]+(?<!ly))"
    # an appositive or a relative clause after the name, its closing comma sometimes left out
    r"(?:,[^,]{2,100},|,\s+who\s[^,]{2,100}?,?)?\s+(?:also\s+|then\s+|later\s+|[a-z]{3,}ly\s+)?"
    # ("quotes an aide as saying:": the one quoted speaks, QUOTED_AS reads it)
    r"[a-z]+(?:ed|s|de|ke|ve|ne)\b[^,:;\"“”]{0,80}?,?\s(?<!\bas\s)(?:by\s+)?"
    # (an adverb of manner before the participle: "showed no remorse when arrested, simply stating")
    r"(?:(?:simply|only|merely|just|then|later|also|[a-z]{3,}ly)\s+)?"
    r"(?:saying|adding|stating|declaring|writing|tweeting|posting)"
    r"(?:\s+that)?\s*[,:]?\s*$"
)


# A clause of time, condition or concession opening the sentence, with a subject and a verb of its own, up to its
# comma ("When the mistake was pointed out to the council, ", "After the court ruled, ").
_FRONTED_CLAUSE = re.compile(
    r"(?:When|Whenever|If|After|Before|As|While|Whilst|Although|Though|Because|Since|Once|Until)\s+"
    # (past a relative clause set off inside it: "As Tony Blair, who was sitting next to him, flinched, ")
    r"(?:the|a|an|his|her|its|their|this|that|[A-Z][\w'’-]*)\s(?:[^,\"“”]|,\s+(?:who|whom|whose|which)\s[^,\"“”]{1,80},)"
    r"{3,120}?,\s+(?=[A-Z]|(?:he|she|they|the)\s)"
)
# A subordinator and a passive participle of being asked or told opening the sentence, up to the comma before the
# main clause's subject ("When told by the paper that Roe claimed he was “afraid”, he responded:"): whoever
# the clause names is what was put to the speaker, who is the main clause's subject. Short quoted words may stand
# inside it.
_FRONTED_PUT_TO = re.compile(
    r"(?:When|Whenever|If|Once|After|Before|Until|Unless)\s+(?:asked|told|pressed|shown|informed|reminded|"
    r"questioned|challenged|confronted|quizzed)\s(?:[^,\"“”]|[\"“][^\"“”]{1,40}[\"”]){3,200}?,\s+"
    r"(?=[A-Z]|(?:he|she|they|the)\s)"
)
# A prepositional phrase opening the sentence that holds a participle of its own, up to its comma ("In a video
# posted online by a fan, "): the verb introducing the quote comes after it.
# A participle clause opening the sentence, up to its comma ("Addressing a concern over funding among lawmakers
# including Senator X, "): its object may hold names and run long; the subject and verb after the comma speak.
_FRONTED_PARTICIPLE = re.compile(
    r"[A-Z][a-z]{3,}ing\s+(?:the|a|an|his|her|its|their|this|that|these|those|to|on|about|with|for|at|in|over|"
    # (or a name: "Adapting Ann Lee's famous attack on X, she said:")
    r"questions?|reporters|journalists|critics|[A-Z][\w'’-]*)\s[^,\"“”]{3,160}?,\s+(?=[A-Z]|(?:he|she|they|the)\s)"
)
_FRONTED_PHRASE = re.compile(
    r"(?:In|On|At|During|Through|From)\s+(?:an?|the|his|her|its|their)\s[^,\"“”]{0,60}?\b[a-z]{3,}ed\b[^,\"“”]{0,80}?,"
    r"\s+(?=[A-Z]|(?:he|she|they|the)\s)"
)


# A passive of announcing and its agent before a colon: "The news was announced by his family the next morning:",
# "The statement was released by the Harbour Board:": the agent's words follow.
_ANNOUNCED_BY = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been)\s+(?:announced|confirmed|released|issued|posted|published|shared|"
    r"read\s+out)\s+by\s+((?:the|his|her|their|its)\s+[^,:;\"“”]{2,50}?|[A-ZÆØÅ][^,:;\"“”]{1,50}?)"
    r"(?:\s+(?:on|in|at|the|this|last|yesterday|today|earlier|later)\b[^:;\"“”]{0,40})?\s*:\s*$"
)


# A subordinate clause between a verb of saying and the quote, closed by a comma: 'said (that) although the plan is
# known, "..."', 'said that if the vote fails, "..."'.
_SAID_THEN_CLAUSE = re.compile(
    r"\s+(?:that\s+)?(?:although|though|while|whilst|because|if|when|whenever|after|before|since|once|unless|until)\s"
    r"[^\"“”:;]{3,200},\s*$"
)


# A document named as the subject of its own reading: "The resolution read,", "The statement said:".
_DOCUMENT_READS = re.compile(
    r"(?:^|[.!?]\s+|,\s+)(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?(statement|resolution|motion|declaration|"
    r"letter|release|communiqu[ée]|notice)\s+(?:read|reads|said|says|stated|states|added|continued)\s*[,:]?\s*$"
)


# A capitalised nickname in quote marks between a given name and a family name: 'Phil "The Hammer" Garside'.
_NICKNAME = re.compile(r"\b([A-Z][a-z]+)\s+[\"“‘'][A-Z][^\"“”‘’]{0,25}[\"”’']\s+([A-Z][\w'’-]+)")


# Words that open a fronted phrase of place, time or manner before the subject, never a name of its own.
_FRONTING_WORDS = frozenset(
    "in at on for from by with after before during as when while since under over across near outside inside "
    "despite following".split()
)


# A participle of saying and no more, perhaps with whom it was said to: "adding:", "adding to the BBC:"; "before"
# may stand before it, the same speaker going on ('"...," before adding: "...').
_PARTICIPLE_ALONE = re.compile(rf"\s*(?:before\s+)?{PARTICIPLES}(?:\s+(?:to|til)\s+[^,:\"“”]{{1,40}})?\s*[,:]?\s*")


# A prepositional phrase fronted before the subject, set off by its comma: "On a call with analysts, "
# (any such phrase, for the subject of an "adding:" participle; `_FRONTED_PHRASE` above holds a participle)
_FRONTED_ADVERBIAL = re.compile(
    r"\s*(?:On|In|At|During|After|Before|Speaking\s+(?:on|at|to|in)|Later|Earlier|Asked\s+about)\b"
    r"[^,\"“”]{0,80},\s+(?=[A-Z])"
)


def _named_before(before: str, lang: str) -> str | None:
    if re.search(r"[.!?]\W*$", before) or not before.strip() or (lang == "en" and topic_label(before)):
        return None  # the quote starts a sentence ('On the penalty: "..."' too): no introduction in it
    # '... early." After the match, X said, "...' (not after a title's or an initial's full stop: "the U.S. position")
    # (a straight single mark closes a quote too: "... a megalomaniac.' Sir Ian replied:")
    issued_before = he_statement_before(without_weekday(before)) if lang == "he" else None
    if issued_before is not None:
        return issued_before  # "X פרסמה הודעה. בהודעה נכתב כי": who issued it, named in the sentence before
    before = re.split(rf"{NOT_AFTER_TITLE}(?<=[.!?])[\"”’»']?\s+", before)[-1]
    if lang == "ar":
        return ar_speaker_before(before)
    if lang == "he":
        return None if topic_label(before, lang) else he_speaker_before(before)
    # 'Phil "The Hammer" Garside said:': a nickname in quote marks inside a name is no quote; the name goes on
    before = _NICKNAME.sub(r"\1 \2", before)
    sentence = before  # (the whole sentence before the quote, for a subject that stands before an earlier quote)
    # ("According to Isna, the spokesperson said:", "Pointing out that ..., the envoy said:": the main clause speaks)
    before = (main_clause_after_fronted(before, verbs_of(lang)) if lang == "en" else None) or before
    before = without_participle_aside(before, verbs_of(lang)) if lang == "en" else before  # ("X, noting ..., said,")
    title_list = titled_list_name(before, verbs_of(lang)) if lang == "en" else None
    if title_list is not None:
        return title_list  # speaker_clause_mentions: "Jane Roe, Chairman, President and CEO stated,"
    # '"...," she said, adding: "...': the introduction starts after the previous quote's closing mark
    # (a quote of speech ends in punctuation; a term in scare quotes, '"dangerous" and', does not)
    before = re.split(r"(?<=[,.!?])[\"”»’']\s+(?=\S)", before)[-1]
    if before != sentence and _PARTICIPLE_ALONE.fullmatch(before) and lang in ("en", "da"):
        # 'He called the plan "insulting," adding: "...': after a fragment quoted in passing, a participle of saying
        # alone; the sentence's opening subject speaks
        subject = opening_subject(sentence)
        fronted = _FRONTED_ADVERBIAL.match(sentence) if subject is None and lang == "en" else None
        if fronted is not None:
            # ('On a call with analysts, Roe said, "...," adding: "...': past a fronted phrase, the clause's subject)
            subject = opening_subject(sentence[fronted.end() :])
        if subject is not None:
            return subject
        if re.match(r"\s*before\s", before) and re.match(r"\s*[\"“‘']", sentence):
            # ('Roe said. "Sales are up," before adding: "...': the sentence opens with the quote, the participle's
            # subject is the one who spoke it, named before; never "before adding")
            return ""
    # ("X, speaking to Y, said": the participle in commas stands between the subject and its verb)
    before = re.sub(r",\s+speaking\s+(?:to|with|on|at)\s[^,\"“”]{2,60},\s+(?=[a-z]+\b)", " ", before)
    # '"...," Lee said, and Weller added: "...': a second clause with its own subject and verb of saying
    # ('Roe's sister pleaded with him, but he replied "...": the pronoun of the last clause speaks)
    # ('The board asked if ... – Roe said, yes, "...': a clause after a spaced dash, likewise)
    joined = re.split(
        r"(?:,\s+(?:and|but|while|whereas|og|men|mens)|\s[–—])\s+(?=[A-ZÆØÅ]|(?:he|she|han|hun)\s)", before
    )
    if len(joined) > 1 and re.match(rf"(?:{NAME}|he|she|han|hun)\s+(?:\w+\s+)?(?:{verbs_of(lang)})\b", joined[-1]):
        before = joined[-1]
    elif len(joined) > 1 and before.rstrip().endswith(":") and re.match(
        rf"(?:{NAME}|he|she)\s+(?:also\s+|then\s+)?[a-z]{{3,}}(?:ed|s)\b[^\"“”]*:\s*$", joined[-1]
    ):
        before = joined[-1]  # "X summarised the day, and Ann Roe shared another insight:": the clause the colon ends
    # ("What they're saying, via X's Tim Oakes: Sen. Jo Lind (R-Utah) said,": a label before a colon, then a clause
    # with its own subject and verb of saying, which introduces the quote)
    labelled = re.split(r":\s+(?=[A-ZÆØÅ])", before)
    if len(labelled) > 1 and re.search(rf"\s(?:{verbs_of(lang)})\s*,?\s*$", labelled[-1]):
        before = labelled[-1]
    # "The agency was accused of ignoring them and one interviewee said his "...": an unnamed subject of the clause
    # after "and" (no comma) speaks
    unnamed_joined = re.split(
        rf"\s+(?:and|but)\s+(?=(?:an?|one|another)\s+(?:[a-z-]+\s+){{1,2}}(?:{verbs_of(lang)})\b)", before
    )
    if len(unnamed_joined) > 1 and lang == "en":
        before = unnamed_joined[-1]
    read_out = _DOCUMENT_READS.search(before) if lang == "en" else None
    if read_out is not None:
        return f"the {read_out.group(1)}"  # "The resolution read,": the document, which speaks for its issuer
    # ("a resident can be heard telling the council \"...\"": the listener between the participle and the quote)
    verbs = verbs_of(lang) + f"|{en('say add note state write warn tell', 'ing')}|insisting|citing|"
    verbs += da("sige", "present past")
    verbs += "|emphasises|emphasizes|underlines|underlined|highlights|highlighted"  # '... that "we are ..."'
    verbs += "|states|asserts|asserted|affirms|declares|yelling|shouting|screaming|chanting"  # 'the dog states that'
    verbs += "|chanted|chants|shouted|shouts|yelled|yells|screamed|screams"  # 'X led the crowd and chanted, "..."'
    turn = (reported_turn_subject(before, verbs) or quoted_as_saying_subject(before)) if lang == "en" else None
    if turn is not None:
        # speaker_embedded_en: "He said Sgt Roe replied:": the one whose turn is reported speaks; "The paper quoted
        # an aide as saying Roe "...": the aide
        return turn
    m = re.search(rf"(?:{ACCORDING_TO})\s+(.+?),?\s*$", before, re.IGNORECASE)
    if m:
        # "Ifølge borgmesteren er broen": the source ends before the comma or the finite verb that follows it
        return re.split(r",|\s+(?:er|var|har|havde|vil|skal|kan|bliver|blev|må|bør|is|was|will|has)\b", m.group(1))[0]
    named = re.match(rf"({NAME}),\s+(?:an?|another|one)\s+[a-z][^,\"“”]{{2,40}}?\s+(?:{verbs})\s*[,:]?\s*$", before)
    if named is not None and lang == "en":
        return named.group(1)  # "Ann Roe, another resident said:": the name, its appositive's comma left out
    unnamed = unnamed_subject(before, verbs) if lang == "en" else None
    if unnamed is not None:
        return unnamed  # speaker_unnamed: "A woman who lives nearby, who asked not to be named, said:"
    user = _PLATFORM_USER.search(before) if lang == "en" else None
    # ("Blogger roe_writes, voices his concern:": before a colon any verb introduces the user's words)
    any_verb = r"|[a-z]{3,}(?:ed|es|s)" if before.rstrip().endswith(":") else ""
    if user is not None and re.match(rf"(?:[a-z]+ly\s+)?(?:{verbs}{any_verb})\b", before[user.end() :]):
        return user.group(1)  # "Forum user bluecrab responded simply:": the user, not the forum
    by_saying = (by_saying_subject(before) or crowd_chanting(before)) if lang == "en" else None
    if by_saying is not None:
        return by_saying  # speaker_by_saying: "Last Thursday, he backed it by saying", "an official stood by it saying"
    main = _MAIN_CLAUSE_THEN_PARTICIPLE.match(LEAD_IN.sub("", before)) if lang == "en" else None
    if main is not None and (not main.group(1).lower().startswith("the ") or is_person_noun(main.group(1).split()[-1])):
        return main.group(1)  # "Roe started his speech by saying", "Roe addressed the council saying,": Roe
    m = EN_STATEMENT.search(before) if lang == "en" else None
    if m and m.group(3):
        return m.group(3)  # "A statement on behalf of the band which was shared by X read:": the band, not X
    m = _ANNOUNCED_BY.search(before) if lang == "en" else None
    if m:
        return m.group(1)  # "News of his death was announced by his family on Saturday:": the agent speaks
    m = _MADE_A_COMMENT.search(before) if lang == "en" else None
    if m:
        return m.group(1)  # "X, who owns the airline, made a comment saying:": X, not the comment
    m = _RESPONSE_FROM.search(before) if lang == "en" else None
    if m:
        return m.group(1)  # "The official response from the X Office, given by its spokesman Y, reads:": the office
    m = _LAST_WORDS.search(before) if lang == "en" else None
    if m:
        return m.group(1)  # "the last words that he said on the radio were:": he
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
                  rf"{DOCUMENT_SAYS}|"
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
    # ("X apologised for the incident saying:": the object of a preposition of cause or topic is no speaker)
    if m and not re.search(r"\b(?:in|on|from|for|about|over|after|of)\s+$", before[: m.start()]):
        return m.group(1)  # "a sign reading", "one reader writing": the thing or person that says it
    object_then_saying = subject_before_participle(before) if lang == "en" else None
    if object_then_saying is not None:
        return object_then_saying  # speaker_clause_mentions: "... Board Bob Toomey has apologised for it saying:"
    looked_back = _LOOKED_BACK.match(LEAD_IN.sub("", before)) if lang == "en" else None
    if looked_back:
        return looked_back.group(1)  # "That is how the blog X explains it:": X
    inverted_end = re.search(rf",\s+({verbs})\s+((?:the\s+)?[A-ZÆØÅ@][^,:\"“]{{1,50}}?)\s*:\s*$", before)
    if inverted_end and _TO_LISTENER.fullmatch(inverted_end.group(1)):
        inverted_end = None  # "As Ann Lee, a scientist, told the Harbour Echo:": the paper listened, Lee spoke
    if inverted_end and len(inverted_end.group(2).split()) <= 5 and lang in ("en", "da"):
        return inverted_end.group(2)  # "Nevertheless, the unions will march, explained La voz del Puerto:"
    inverted = _DANISH_INVERTED.match(before) if lang == "da" else None
    # (before a colon any verb introduces the words: "Efter kampen satte Roe et par ord på dagens kamp:")
    if inverted is not None and (re.match(rf"(?:{verbs})$", inverted.group(1)) or before.rstrip().endswith(":")):
        return inverted.group(2)  # "Til avisen siger Jane Roe:", "Det mener hun:": the subject after the verb
    opening = _VERB_FIRST.search(before) if lang == "en" else None
    if opening is not None and re.fullmatch(verbs, opening.group(1).lower()):
        # ("Asked if she had signed it she said:": a fronted participle of asking, then the subject and its verb)
        asked = fronted_question_subject(opening.group(2), verbs)
        return asked or opening.group(2)  # 'Says one worker, "..."', 'Said Jane Roe:': the verb first, then who speaks
    # (also a prepositional phrase holding a participle: "In a video posted online by a fan, he told the crowd:")
    fronted = (
        (
            _FRONTED_CLAUSE.match(before)
            or _FRONTED_PUT_TO.match(before)
            or _FRONTED_PHRASE.match(before)
            or FRONTED_RECIPIENT.match(before)
        )
        if lang == "en"
        else None
    )  # (speaker_fronted_en: "To Holm and Bartley, who ..., Poe said:": those addressed, then the speaker)
    opening = _FRONTED_PARTICIPLE.match(before) if lang == "en" and fronted is None else None
    if opening is not None and re.match(rf"(?:\S+\s+){{1,4}}(?:{verbs})\b", before[opening.end() :]):
        fronted = opening  # ("Addressing ..., Roe said": the subject right after its comma, and its verb)
    if fronted is not None and re.search(rf"\b(?:{verbs})\b", before[fronted.end() :]):
        # "When the mistake was pointed out to the council, Roe said": a fronted clause's verb is not the one
        # introducing the quote; the main clause after its comma is
        before = before[fronted.end() :]
    m = re.search(rf"^(.*?)\b(?:{verbs})\b", before)
    if m and re.fullmatch(r"\s*(?:(?:when|if|once|after|before|as|while|until|unless)\s*)?", m.group(1), re.IGNORECASE):
        # "When asked about the plan, Roe noted:": a passive participle with no subject of its own; the verb after
        m = re.search(rf"^(.{{{m.end()},}}?)\b(?:{verbs})\b", before)
    # "He described the plan for the coast road as": a verb of naming may stand far from its "as"
    reach = 120 if re.search(r"\bas\s*$", before) else 60
    if m and _SAID_THEN_CLAUSE.match(before[m.end() :]):
        reach = len(before)  # "Roe said although X is known, "nobody has looked": a clause between verb and quote
    set_off = (
        re.fullmatch(rf"({NAME}),\s+(?:an?|the|one|another)\s+[^\"“”,]+(?:,[^\"“”,]+)?,\s*", m.group(1)) if m else None
    )
    if set_off is not None and set_off.group(1).split()[0].lower() in _FRONTING_WORDS:
        set_off = None  # ("In Perth, the minister, from the coast, said:": a fronted place, the minister speaks)
    if set_off is not None and m is not None and lang == "en" and len(before) - m.end() < reach:
        # "India Against Corruption, a website supporting Roe's demand for ..., posted on Facebook "...": the name
        # before a long apposition set off by commas speaks, not a name inside the apposition
        return set_off.group(1)
    if m and len(before) - m.end() < reach and len(m.group(1).split()) <= 12 and not re.search(r"[\"“”«»]", m.group(1)):
        # "He is reported to have said": the subject before the report
        said_by = clause_subject(_REPORTED_TO_HAVE.sub(" ", m.group(1)))
        # ("Picking up on the criticism he says simply:", "On Monday she said:": a fronted participle or phrase
        # without its comma; the pronoun after it speaks)
        # (and a clause of time or condition without its comma: "When asked whether it was true she replied:")
        no_comma = (
            r"^(?:[A-Z][a-z]+(?:ing|ed)|On|In|At|After|Before|Later|Earlier|During|When|Once|If)\s[^,]*\s(he|she|they)$"
        )
        said_by = re.sub(no_comma, r"\1", said_by) if lang == "en" else said_by
        # ('... she plainly replied: "..."', 'Roe quickly added:': an adverb of manner between the subject and its verb
        # is no part of the one speaking; only after a pronoun or a capitalised name, so "the family" keeps its word)
        # (a capitalised determiner is no name: "Her family replied:" keeps "family")
        manner = re.fullmatch(
            r"([Hh]e|[Ss]he|[Tt]hey|(?!(?:Her|His|Their|Its|The|Our|My|Your|A|An)\s)(?:[A-Z][\w'’.-]*\s+){0,3}"
            r"[A-Z][\w'’-]*)\s+[a-z]{3,}ly",
            said_by,
        )
        said_by = manner.group(1) if manner and lang == "en" else said_by
        # "Acme stepped in and tweeted this announcement:": the subject of the first verb, which "and" joins
        first_verb = re.fullmatch(rf"({NAME})\s+[a-z]+(?:\s+[a-z]+){{0,3}}\s+(?:and|og)", said_by)
        if first_verb is not None and lang in ("en", "da"):
            said_by = first_verb.group(1)
        clause = m.group(1).split()[:4]
        # ('... described his assurances as "insulting," adding: "...': a participle of saying after the fragment)
        if (
            lang == "en"
            and clause
            and clause[0][:1].islower()
            and (tag_words(clause)[0] in ("VERB", "AUX") or re.fullmatch(PARTICIPLES, clause[0].rstrip(",:")))
        ):
            # 'X said the minister "certainly does," have his party's support, adding: "...': after a quoted
            # fragment the sentence's predicate goes on, no subject; the subject opens the sentence
            said_by = opening_subject(sentence) or said_by
        if said_by.lower() in ("", "and", "or", "but", "then", "og", "men") and lang in ("en", "da"):
            # "Ann Moss of the council started the petition, and stated:": the first clause's subject
            # ("He would not say how much, but stated,": the pronoun opening the first clause)
            pronoun = re.match(r"(?:[A-Z][a-z]+,\s+)?([Hh]e|[Ss]he|[Tt]hey)\s", LEAD_IN.sub("", before))
            said_by = _head_subject(before) or (pronoun.group(1) if pronoun else "") or said_by
        conjunction = re.search(r"(?:^|\s)(?:and|but|og|men)(?:\s+(?:then|also|så|også))?$", said_by, re.I)
        if conjunction and lang in ("en", "da"):
            # "His mother, Ann Roe, spoke on his behalf, believes in his "innocence," and said,", "Roe, dressed in
            # grey, spoke briefly and then said:": the words before "and" are a predicate, not a subject; the
            # subject opens the sentence, before its first verb (and before any earlier quote in it)
            said_by = opening_subject(sentence) or said_by
        if lang == "en":
            # "But a spokeswoman for the Department of Health said:", "And a club spokesman added:": the
            # conjunction opening the sentence joins it to the one before; it is no part of the subject
            said_by = re.sub(r"^(?:But|And|Yet)\s+(?=[a-zA-Z])", "", said_by)
        described = re.search(r"\b((?:an?|one|another)\s+(?:[a-z-]+\s+)?([a-z]+))$", said_by) if lang == "en" else None
        if described and is_person_noun(described.group(2)):
            return described.group(1)  # "To which an anonymous commenter responded:": the one described
        participle = re.match(rf"{PARTICIPLES}\b", before[len(m.group(1)) :]) is not None
        if said_by or not participle or lang not in ("en", "da"):
            return said_by
        # "Roe expressed concern, stating": nothing after the comma, the participle's subject is the clause's
        return participle_subject(before, verbs) or said_by
    nearest = participle_subject(before, verbs) if lang in ("en", "da") else None
    if nearest is not None:
        return nearest
    own_words = re.search(r"(?:^|[.!?]\s+)(?:In|As\s+in)\s+(his|her)\s+(?:own\s+)?words\s*[:,]\s*$", before, re.I)
    if own_words and lang == "en":
        return "he" if own_words.group(1).lower() == "his" else "she"  # "In his words:": the man just named
    if re.search(r":\s*$", before):  # "Thomas: ..." or an introduction ending in a colon
        # a round-up's line: "Quoting Acme head coach Jim Roe after the win:", "Jim Roe on beating his brother, Al:"
        # (who is quoted, then what about: the one quoted, not a name in the topic)
        quoting = re.match(r"Quoting\s+(.+?)(?:\s+(?:after|following|on|about|before|during)\s.*)?\s*:\s*$", before)
        named_on = re.match(rf"({NAME})\s+on\s+([a-z][^:\"“”]*):\s*$", before)
        if named_on is not None and re.search(rf"\b(?:{verbs})\b", named_on.group(2)):
            named_on = None  # ("Jim Roe on the radio said:": the clause's own verb of saying is read below)
        if (quoting or named_on) and lang == "en":
            return quoting.group(1) if quoting else named_on.group(1) if named_on else None
        titled = re.search(
            r"\b(?:blog|page|site|website|account|newspaper|paper|magazine|column)\s+[\"“]([^\"”]{3,80})[\"”]", before
        )
        if titled:
            return titled.group(1)  # 'Finally, the blog "Roe Notes" shares some numbers:': the blog
        second_subject = re.search(
            rf"\s(?:and|but)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}({NAME})\s+(?:{verbs})\s*:\s*$", before
        )
        if second_subject is not None and lang == "en":
            # "He trained on Thursday and the head coach Jim Roe said:": the clause before the colon has its own
            # subject, who speaks (not the pronoun opening the first clause)
            return second_subject.group(1)
        pronoun = re.match(
            r"(?:(?:but|and|yet|however|while|as|men|og|mens)[\s,]+)?(he|she|they|han|hun|de|I|we|jeg|vi)\s+\S",
            before,
            re.IGNORECASE,
        )
        if pronoun and lang != "da" and pronoun.group(1).lower() in ("han", "hun", "de", "jeg", "vi"):
            pronoun = None  # "De Miranda evokes it:", "Vi Hart wrote:": a Danish pronoun spelling an English name
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
        titled = _ROLE_NAME_VERB.search(lead)
        if titled is not None and is_person_noun(titled.group(1)):
            # "Liberal Democrat home affairs spokesman Mark Oaten disagreed:": the name after the role, not the
            # party opening the title
            return titled.group(2)
        titled = _ROLE_NAME_THEN_VERB.match(lead) if before.rstrip().endswith(":") else None
        if titled is not None and is_person_noun(titled.group(1)):
            # "Renowned Acme photographer Jane Roe gave the show a ringing endorsement:": the name after the role,
            # not the capitalised words of the title before it
            return titled.group(2)
        opening = _CLAUSE_OPENING.match(lead)
        if (
            opening
            and len(opening.group(1).split()) >= 2
            and opening.group(1).split()[0].lower() not in _NOT_OPENING_NAMES
            and re.search(r"\b[A-ZÆØÅ][\w'’-]+", lead[opening.end() :])  # another name after the verb: its object
        ):
            return opening.group(1)
        lone = _lone_name_subject(lead) if lang == "en" else None
        if lone is not None:
            return lone
        fronted_subject = _FRONTED_THEN_SUBJECT.match(lead)
        if fronted_subject is not None:
            return fronted_subject.group(1)  # "Asked about the rumours, the actress laughed:": the actress
        relative = relative_clause_subject(before, verbs) if lang == "en" else None
        # speaker_embedded_en: "... a letter he wrote last May in which he wrote:": the relative's subject
        return relative or before.rstrip(": ")
    return None


# A title of capitalised words and a role noun, a name, then its verb and an object: "Renowned Acme photographer
# Jane Roe gave the show ...".
_ROLE_NAME_THEN_VERB = re.compile(
    rf"(?:[A-Z][\w'’.&-]*\s+){{1,4}}([a-z]+)\s+({NAME})\s+(?:also\s+|then\s+)?"
    r"(?:[a-z]{3,}(?:ed|s)|gave|made|wrote|took|had|sent|put|drew|told|spoke)\b"
)
# A lower-case role noun, a name and a verb of stance closing the introduction ("... spokesman Jane Roe disagreed:").
_ROLE_NAME_VERB = re.compile(rf"\b([a-z]+)\s+({NAME})\s+(?:also\s+|then\s+)?[a-z]{{3,}}(?:ed|s)\s*:?\s*$")
# A participle or prepositional phrase fronted before the subject and its verb, which then closes the introduction:
# "Asked about the rumours, the actress laughed", "After the match, Roe shrugged", "Pressed on it, he snapped".
_FRONTED_THEN_SUBJECT = re.compile(
    r"(?:[A-Z][a-z]+(?:ed|ing)|In|On|At|After|Before|During|Following|Later|Earlier)\b[^,\"“”]{0,80},\s+"
    rf"((?:the\s+)?(?:[a-z-]+\s+)?[a-z-]+(?<!ed)|{NAME}|he|she|they)\s+(?:also\s+|then\s+|[a-z]{{3,}}ly\s+)?"
    r"[a-z]{3,}(?:ed|s|d)\b[^,\"“”]{0,30}$"
)


# "That is how the blog X explains it", "This is what Jane Roe wrote": the source an introduction looks back to.
_LOOKED_BACK = re.compile(
    r"(?:That|This|Here)\s+is\s+(?:how|what)\s+((?:the\s+[a-z]+\s+)?[A-ZÆØÅ@][^,:\"“]{1,60}?)\s+[a-z]+s\b"
)


def _lone_name_subject(clause: str) -> str | None:
    """A one-word name (the family name of someone named in full before) opening a colon introduction as the
    subject of its verb, when another name follows as an object: "Roe addressed the delay behind Weller's
    complaint:", "Roe later praised Weller:" (Roe speaks, not Weller). None when the first word is no proper noun
    ("Officials praised Roe:", "Asked about Weller:") or no name follows."""
    words = clause.rstrip(": ").split()
    if len(words) < 3 or words[0].lower() in _NOT_OPENING_NAMES or not re.fullmatch(r"[A-Z][a-z'’-]+", words[0]):
        return None
    if not re.search(r"\b[A-Z][\w'’-]+", " ".join(words[2:])):
        return None  # ("Roe agreed with the plan:": the introduction names no one else; read as it is)
    tags = tag_words(words[:4])
    verb_at = 2 if tags[1] == "ADV" else 1
    if tags[0] != "PROPN" or verb_at >= len(tags) or tags[verb_at] != "VERB":
        return None
    return words[0]


def _head_subject(clause: str) -> str | None:
    """The name opening a clause as its subject, before an appositive, an affiliation or its verb ("Ann Moss, a
    councillor, said", "Ann Moss of the council started ..."); None when the clause opens otherwise."""
    clause = LEAD_IN.sub("", clause).lstrip()
    head = re.match(rf"({NAME})(?:,|\s+(?:of|from|for)\s|\s+[a-z])", clause)
    if head is not None and re.search(r"['’]s?$", head.group(1)):
        # "The town's paper in the north, @HarbourNews, published": an owner, the name the commas set off speaks
        set_off = re.match(rf"[^,]+,\s*(@\w{{1,30}}|{NAME}),", clause)
        return set_off.group(1) if set_off else None
    if head is None or head.group(1).split()[0].lower() in _NOT_OPENING_NAMES:
        return None
    # (one word only with an age set off after it, as copy names someone again: "Emma, 28 – who won X – told ...")
    if len(head.group(1).split()) < 2 and not re.match(r",\s*\d{1,3}\s*[,–—-]", clause[head.end(1) :]):
        return None
    return head.group(1)


# Danish puts the finite verb second: after a fronted adverbial or object ("Til avisen", "Det", "Derfor") the
# subject follows the verb ("Til avisen siger Jane Roe:").
_DANISH_INVERTED = re.compile(
    r"(?:Det|Dette|Derfor|Nu|Så|Her|Da|Også|Samtidig|Bagefter|Senere|Alligevel|Desuden|Herefter|Dertil|"
    r"(?:Til|I|På|Efter|Om|Med|For|Over|Fra|Ved|Hos|Mod|Overfor|Over\s+for)\s[^,:]{1,50}?)\s+([a-zæøå]+)\s+"
    # (a long office may follow the name: "udtalte Anna Holm, EU-kommissær for uddannelse, kultur og ungdom:")
    rf"({NAME}|han|hun|de)\b[^:\"“«»]{{0,120}}:?\s*$"
)
# Capitalised words that open a sentence but no name ("The", "On", "Another").
_NOT_OPENING_NAMES = {"the", "a", "an", "another", "on", "in", "at", "by", "this", "that", "these", "those", "one",
                      "some", "many", "for", "from", "with", "after", "before", "when", "while", "as", "if", "but",
                      "and", "so", "our", "my", "his", "her", "their", "its", "den", "det", "de", "en", "et", "i", "på"}
# A name opening a clause as the subject of the lower-case word after it (no preposition or conjunction).
_CLAUSE_OPENING = re.compile(
    rf"({NAME})\s+(?!(?:and|or|of|for|from|in|at|on|to|the|og|i|på|af|da|de|van|von|al|bin)\b)(?:also\s+|then\s+|later\s+)?[a-zæøå]{{2,}}\b"
)
