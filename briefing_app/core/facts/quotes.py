"""Quotes and who said them, including the shapes wire copy and interviews leave behind.

Handled: marked quotes with the speaker after (`"...," Okafor said.`, `"...," said the Green
Party's health spokesman John Doe.`) or before (`X said: «...»`, `X warned the "..."`,
`according to X, "..."`); a paragraph whose opening quote mark is missing; a quote that runs to the
paragraph's end unclosed and goes on in the next paragraph (the speaker named at the end of the last
paragraph said all of it); quotes whose marks were stripped (`That will take time, Okafor said.`);
Danish dash quotes (`– ..., siger X.`). A pronoun ("he said", "sagde han") is the subject of the
quote's clause, else of the sentence before (the person named first there); a role ("the spokesman
said", "siger FDBchefen") is the person with that role, else the person named most recently; "the
company" or "the ministry" is the body named before. Quoted words of fewer than four words are names or
scare quotes, not quotes, and so are titles and slogans (`quote_cues.py` holds the cues). A speaker is
always resolved to a person of the article when one is named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing_app.core.facts.ar_bare_chain import according_to_a_thing, carry_bare_chain
from briefing_app.core.facts.ar_plural_credit import credited_to_them, plural_subject
from briefing_app.core.facts.da_unmarked_says import as_dash_line, retold
from briefing_app.core.facts.dash_quotes import danish_dash, looking_back, whole_and_looked_back
from briefing_app.core.facts.he_pronoun_goes_on import he_pronoun_goes_on
from briefing_app.core.facts.it_said_documents_en import document_it_is
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people import (
    PeopleIndex,
)
from briefing_app.core.facts.pos_tagger import tag_words
from briefing_app.core.facts.quote_asked import asked_and_answered
from briefing_app.core.facts.quote_asked_to_act_en import asked_to_act
from briefing_app.core.facts.quote_carry import carry_to_bare_pronouns, carry_unnamed_speakers
from briefing_app.core.facts.quote_cues import (
    BODY_SUBJECT,
    NAMED_AS,
    NAMED_AS_LATER,
    WORK_NAMED,
)
from briefing_app.core.facts.quote_generic_askers_en import question_people_ask
from briefing_app.core.facts.quote_goes_on_en import headline_only, speaker_going_on
from briefing_app.core.facts.quote_interviews_en import add_answers
from briefing_app.core.facts.quote_labels_rtl import add_labelled_rtl
from briefing_app.core.facts.quote_marks_intact import marks_intact
from briefing_app.core.facts.quote_middles import after_participle_opener, closes_without_opening
from briefing_app.core.facts.quote_passages import add_blocks, add_labelled, add_paragraph_quotes
from briefing_app.core.facts.quote_phrases import TERM_BEFORE_NOUN, named_by_words, phrase_not_clause
from briefing_app.core.facts.quote_phrases_da import da_phrase_not_clause
from briefing_app.core.facts.quote_replies_en import replies_to_other_party
from briefing_app.core.facts.quote_self_reports_en import name_and_title, speaks_of_self
from briefing_app.core.facts.quote_short import CREDITED_AFTER
from briefing_app.core.facts.quote_sources import (
    DOCUMENT,
    body_it_is,
    document_issuer,
    headline_author,
    introduced_author,
    named_body_subject,
)
from briefing_app.core.facts.quote_spans import doubled_marks, quote_spans
from briefing_app.core.facts.quote_speakers import (
    MIN_WORDS,
    NAME,
    is_title_or_term,
    name_introducing,
    quoted_noun_phrase,
    speaker_named_after,
    speaker_named_before,
    verbs_of,
)
from briefing_app.core.facts.quote_that_subject_en import subject_given_before
from briefing_app.core.facts.quote_transcripts_en import add_transcript_turns
from briefing_app.core.facts.quote_turns import (
    headline,
    introduced_by,
    narration_between,
    not_named_in_own_quote,
    previous_speaker,
    spoken_of_not_speaking,
)
from briefing_app.core.facts.quote_words import mask_nested_terms, topic_label
from briefing_app.core.facts.quotes_ar import (
    follows_intro,
    speaker_titled_before,
    subject_before_verb,
    subject_phrase,
)
from briefing_app.core.facts.quotes_ar_bare import bare_verb_before
from briefing_app.core.facts.quotes_ar_body_marks import blank_body_marks
from briefing_app.core.facts.quotes_ar_credit import credited_to_body, credited_to_outlet
from briefing_app.core.facts.quotes_ar_defined import defined_in_marks
from briefing_app.core.facts.quotes_ar_headline import add_headline_ar
from briefing_app.core.facts.quotes_ar_marked_names import ar_marked_name
from briefing_app.core.facts.quotes_ar_named import ar_charge_in_marks, ar_named_in_marks
from briefing_app.core.facts.quotes_ar_parens import speech_in_brackets
from briefing_app.core.facts.quotes_ar_partial import (
    long_predicate_after_that,
    object_of_preposition,
    predicate_after_that,
    without_named_bodies,
)
from briefing_app.core.facts.quotes_ar_same_sentence import carry_within_sentence
from briefing_app.core.facts.quotes_ar_slashes import slashes_as_marks
from briefing_app.core.facts.quotes_ar_unmarked import AR_PARTICIPLE_COLON, AR_UNMARKED_COLON
from briefing_app.core.facts.quotes_he import he_plural_said
from briefing_app.core.facts.quotes_he_cited import cited_in_marks
from briefing_app.core.facts.quotes_he_confirmed import confirmed_before
from briefing_app.core.facts.quotes_he_cues import he_body_kind_colon, he_document_before, he_quote_in_clause
from briefing_app.core.facts.quotes_he_further import bare_role, he_further_said
from briefing_app.core.facts.quotes_he_headline import add_headline_he, headline_office_holders
from briefing_app.core.facts.quotes_he_marks import he_as_written, he_quote_marks
from briefing_app.core.facts.quotes_he_plural_bodies import plural_body_speaker
from briefing_app.core.facts.quotes_he_pulled import pulled_quote_speakers
from briefing_app.core.facts.quotes_he_so_said import so_said_speakers
from briefing_app.core.facts.quotes_he_statement_on import statement_goes_on
from briefing_app.core.facts.quotes_he_statements import carry_statement_sources
from briefing_app.core.facts.roles import is_person_noun, is_role_noun
from briefing_app.core.facts.speaker_labels_en import trailing_label_speaker, verbless_label
from briefing_app.core.facts.speaker_subjects import opening_subject
from briefing_app.core.facts.speaker_subordinate_en import subordinate_speaker
from briefing_app.core.facts.speaker_words_ar import ar_goes_on
from briefing_app.core.facts.speakers import Speakers
from briefing_app.core.facts.speakers_ar_documents import issuer_in
from briefing_app.core.facts.unmarked_release_quotes_en import add_release_continuations

# An unmarked clause that opens with a person's full name and speaks of them with no first or second person word:
# "Jane Roe was happy when she left, Tom says" reports what Tom told the writer, in the writer's words.
_THIRD_PERSON_OPENING = re.compile(r"(?:[A-Z][a-z][\w'’-]*\s+){1,2}[A-Z][a-z][\w'’-]*\s+[a-z]")
_FIRST_OR_SECOND = re.compile(r"\b(?:I|[Ww]e|me|us|[Mm]y|[Oo]ur|[Yy]ou|[Yy]our|jeg|vi|mig|os|min|vores|du|dig)\b")


# The marks a quote may open with, stripped off the words before it to read who introduced it (Arabic sites that
# type the closing mark at both ends, 'قائلا ”...”', open with ”).
OPENING_MARKS = ' "“«„”'


# An introduction whose subject is the one answered, not the one speaking: "Y, who followed, received a similarly
# hostile reply to a question about margins:", "Y got a blunt answer:".
_GIVEN_A_REPLY = re.compile(
    r"\b(?:received|got|drew|was\s+given|were\s+given)\s+(?:an?\s+|the\s+same\s+)?(?:[a-z]+\s+){0,3}"
    r"(?:reply|answer|response|retort|rebuke)\b[^\"“”‘’']*:\s*['‘\"“]?$"
)


# Title Case: capitalised words, with the small words titles keep lower ("News of the World", "Sound of Metal").
_TITLE_CASE = re.compile(
    r"[A-Z0-9][\w'’&:-]*(?:\s+(?:(?:of|the|a|an|and|in|on|at|to|for|with|from|by|or)\s+)*[A-Z0-9][\w'’&:-]*)*"
)
# The words before a work's title in marks: "for", "in", "from", "titled", "called", or the kind of work.
_WORK_LEAD = re.compile(
    r"\b(?:for|in|from|titled|entitled|called|film|movie|album|song|single|series|show|book|novel|play)\s*[“\"‘']?\s*$",
    re.IGNORECASE,
)


def _goes_on_from(
    out: list[Fact],
    first: int,
    text: str,
    offsets: list[tuple[int, SourceSentence]],
    start: int,
    goes_on: Callable[[str], bool] = ar_goes_on,
) -> str | None:
    """The speaker of the quote that ended in the sentence right before, when this sentence's words before the
    quote say the same speaker goes on (`goes_on`; Arabic "وتابع: «...»", "وأضاف قائلا:"); None otherwise."""
    last = out[-1] if out else None
    if last is None or not last.speaker or last.kind != "quote" or (last.sentences or [last.sentence])[-1] != first - 1:
        return None
    sentence_start = max(off for off, _ in offsets if off <= max(start - 1, 0))
    return last.speaker if goes_on(text[sentence_start:start]) else None


def _told_of_a_third_person(clause: str) -> bool:
    """Whether an unmarked clause before ", X says" is the writer's report about someone named in full (see
    _THIRD_PERSON_OPENING), not the speaker's own words with their marks stripped. (A clause of several phrases
    with no "I" or "we" is left as speech: copy with its marks stripped writes the speaker's words so too, "Going
    back to the fighting only perpetuates the cycle of death, Roe said.")"""
    return _THIRD_PERSON_OPENING.match(clause) is not None and _FIRST_OR_SECOND.search(clause) is None


# The last part of an unmarked clause before ", X said." opening with a conjunction of time or cause: a fronted
# adverbial of the writer's narration ("..., but after protests by the Greens, Roe commented."), no speech.
_ADVERBIAL_BEFORE_SUBJECT = re.compile(
    r"(?:^|,\s+)(?:(?:but|and|yet)\s+)?(?:after|before|when|while|following|despite|since|until|once|because)\s[^,]*$"
)


# Up to three lower-case words of a role between a Danish verb of saying and the name after it ("siger
# udenrigsminister X", "siger administrerende direktør X"); _role_or_nothing_before_name checks they end in one.
# (not a pronoun or a preposition: ", siger han til X" is his speech to X)
_DA_ROLE_WORDS = r"(?:(?!(?:han|hun|de|den|det|der|til|for|om|over|blandt|også|nu|så)\s)[a-zæøå][\wæøå-]*\s+){0,3}"


def _named(mention: str | None) -> str:
    """The name of a mention after an inverted verb, without the role words before it ("udenrigsminister X")."""
    return re.sub(r"^(?:[a-zæøå][\wæøå-]*\s+)+", "", mention or "")


def _role_or_nothing_before_name(mention: str | None, clause: str) -> bool:
    """Whether the lower-case words before a capitalised name after an unmarked clause's comma are none, or end in
    a role or a noun for a person (", state police spokesman Tom Weller said."), not another clause's words
    (", the rest going to Tom Weller said" is none), nor an owner's ("its director X said" after a clause naming a
    work in marks, which stays the writer's report, as before)."""
    if not mention or not mention[:1].islower() or mention.split()[0] in ("the", "he", "she", "they", "han", "hun"):
        return True
    lower = [w for w in mention.split() if w[:1].islower()]
    if len(lower) == len(mention.split()):
        return True  # (no name after them: a pronoun or "the X", read as before)
    if lower[0] in ("its", "his", "her", "their", "our", "my") or re.search(r"[\"“”]", clause):
        return False
    return is_role_noun(lower[-1]) or is_person_noun(lower[-1])


def _body_retold(mention: str | None) -> bool:
    """Whether the one an unmarked clause is attributed to is "the" and a noun of no person ("the company", "the
    ministry", "the report"): news retells what a body said in its own words; a body's words with their marks
    stripped are rare, a person's are not."""
    m = re.fullmatch(r"the\s+([a-z]+)", mention or "")
    if m is None or m.group(1) in ("two", "three", "four", "pair", "couple", "trio", "both"):
        return False  # ("..., the two said.": people)
    return not is_role_noun(m.group(1)) and not is_person_noun(m.group(1))


def _participle_phrase(clause: str) -> bool:
    """Whether an unmarked clause is a participle's phrase with no finite verb after it ("Standing alongside X at
    a base near Paris"), which fronts the writer's sentence; a gerund subject has its verb ("Going back ...
    only perpetuates ...")."""
    words = clause.split()
    if not re.fullmatch(r"[A-Z][a-z]+ing", words[0] if words else "") or "," in clause:
        return False
    return not {"VERB", "AUX"} & set(tag_words([words[0].lower(), *words[1:]])[1:])


def _verbless_phrase(clause: str) -> bool:
    """Whether an unmarked English clause before ", X said" is a phrase opened by a preposition with no verb
    ("Within months of the deal, Roe said, the chain cut prices"): the writer's adverbial, no speech. The
    tagger says which first word is a preposition, so no list of them has to be complete."""
    words = clause.split()
    if "," in clause or not words:
        return False
    tags = tag_words(words)
    return tags[0] == "ADP" and not {"VERB", "AUX"} & set(tags)


def _described_speaker(clause: str, verbs: str) -> str | None:
    """The description ("The Labour leader", "the shadow chancellor") opening the clause of a quote when a verb of
    saying follows it ('The Labour leader said on Monday that ..., "..."'); None otherwise."""
    m = re.match(rf"\W*((?:[Tt]he)\s+(?:[A-Za-z'’-]+\s+){{0,3}}?([a-z][a-z-]+))\s+(?:also\s+|then\s+)?(?:{verbs})\b",
                 clause)  # fmt: skip
    return m.group(1) if m and (is_role_noun(m.group(2)) or is_person_noun(m.group(2))) else None


def _inside_dash_attribution(sentence: str, text: str, start: int, verbs: str) -> bool:
    """Whether a Danish marked phrase stands in the attribution of a one-sentence dash quote, after its verb of
    saying ('– Det er godt, siger X, som kalder det "et godt år".'): the sentence is one dash quote of X's."""
    dash = danish_dash(sentence, verbs)
    at = text.find(sentence)
    return dash is not None and at >= 0 and start - at > len(sentence) - len(dash[1]) - 1


def _adds_to_last_quote(
    mention: str, clause: str, speaker: str | None, out: list[Fact], first: int, speakers: Speakers
) -> bool:
    """Whether a description that "added" a quote ("the Red Devils boss added:") is the speaker of the quote just
    before it: the last quote is at most three sentences back with another speaker, and the person the description
    was resolved to holds no role with its head noun (a role holder the article named stays: "the minister added")."""
    adds = re.search(r"\b(?:added|continued|went\s+on)\s*[:,]?\s*[\"“]?\s*$", clause)
    if not re.match(r"[Tt]he\s", mention) or adds is None:
        return False
    if not out or not out[-1].speaker or out[-1].sentence < first - 3 or speaker == out[-1].speaker:
        return False
    person = speakers.people.find(speaker or "")
    head = mention.split()[-1].lower()
    # ("The Brookvale boss added:" resolved to the one whose role is "Brookvale manager": the body the description names
    # is the one in that person's role, so the holder stays whatever the noun for the post)
    owners = [w for w in mention.split()[1:-1] if w[:1].isupper()]
    owned = person is not None and bool(person.role) and bool(owners) and all(w in (person.role or "") for w in owners)
    return not (owned or (person is not None and person.role and head in person.role.lower()))


def find_quotes(
    sentences: list[SourceSentence], language: str, people: PeopleIndex, organisations: Sequence[Fact] = ()
) -> list[Fact]:
    """Quotes with their speakers, one fact per quote, covering every sentence it runs through;
    `organisations` (the article's) are who "the company" and "the ministry" are."""
    lang = language.split("-")[0].lower()
    speakers = Speakers(people, {s.index: s.text for s in sentences}, organisations)
    paragraphs: dict[int, list[SourceSentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    out: list[Fact] = []
    verbs = verbs_of(lang)
    pending: list[Fact] = []  # quotes of earlier paragraphs left open, waiting for their speaker
    # (quote_marks_intact: in copy whose marks are whole, an unmarked clause before ", X said." is retold)
    intact = marks_intact(" ".join(s.text for s in group) for group in paragraphs.values()) if lang == "en" else True
    carried: str | None = None  # the speaker of the quote that ended the paragraph before
    left_open = False  # whether the paragraph before ended inside a quote
    groups = list(paragraphs.values())
    for position, group in enumerate(groups):
        text, offsets = "", []
        for s in group:
            offsets.append((len(text) + (1 if text else 0), s))
            text = f"{text} {s.text}" if text else s.text
        written = text
        text = doubled_marks(text)  # quote_spans: ‘‘...’’ is “...”, the same length
        if lang == "ar":
            text = blank_body_marks(text)  # quotes_ar_body_marks: 'عضو كتلة “X Y”، النائب Z': a name, no speech
            text = speech_in_brackets(text)  # quotes_ar_parens: "وقال X في التسجيل (...)": brackets as marks
            text = slashes_as_marks(text)  # quotes_ar_slashes: the press agency's "// ... //" as "..."
        if lang == "ar" and "''" in text:
            # Egyptian sites type double quotes as two straight single marks (''القاهرة اليوم''); Arabic has no
            # other use for the apostrophe, so each pair is a mark, opening before a letter, the same length
            text = re.sub("''(?=[\u0621-\u064a])", ' "', text).replace("''", '" ')
        if lang == "he":
            text = text.replace("\u05f4", '"')  # ״ typed as a quotation mark reads like "; the fact keeps ״
            text = he_quote_marks(text)  # quotes_he_marks: ”...“ and ׳...׳ as “...”, the same length
        previous: str | None = None
        previous_end, previous_ended = 0, False
        covered: set[int] = set()
        named_end: int | None = None  # where the last title or slogan in marks ended
        spans = quote_spans(mask_nested_terms(text))  # quote_words: '"... "المناطق المحررة" ..."' is one quote
        if not spans and left_open and lang in ("en", "da") and closes_without_opening(groups[position + 1 :]):
            # quote_middles: '“We had an incident. ...' / 'Staff was suspicious ...' / '... a priority.”': a
            # paragraph with no marks between a quote left open and one closed with no opening mark is its middle
            spans = [(0, len(text), False)]
        if lang == "ar":
            # (and the name of a person the article names: Egyptian copy quotes names, 'أن الإعلامى "X Y" أكد')
            spans = without_named_bodies(spans, text, [f.text for f in organisations] + [p.name for p in people.people])
        for start, end, closed in spans:
            inside = [s for off, s in offsets if off < end and start < off + len(s.text)]
            first = inside[0].index
            if lang == "da" and len(inside) == 1 and _inside_dash_attribution(inside[0].text, text, start, verbs):
                continue  # '– ..., siger X, som kalder det "et godt år".': the dash quote is X's, read below
            ended = text[start:end].rstrip().endswith(".")
            mention = speaker_named_after(text[end + 1 :], lang, ended) if closed else None
            if mention is None and closed and lang == "en":  # "'...' Harbour manager Tom Briggs after the draw."
                mention = trailing_label_speaker(text[:start], text[end + 1 :], ended)
            if mention == "" and lang == "he":  # '"...", ציינו.' after "ציינו במשרד כי": the ministry's people
                mention = plural_body_speaker(text[:start], text[end + 1 :]) or mention
            if mention == "" and lang == "ar":  # 'قالت X إن «...»، على حد تعبيرها': who introduced it, if anyone
                mention = speaker_named_before(text[:start].rstrip(OPENING_MARKS), lang) or mention
                if credited_to_them(text[end + 1 :]):  # ar_plural_credit: "وأشاد المحامون ... «...»، حسب قولهم"
                    mention = plural_subject(inside[0].text) or mention
            if mention and lang == "ar" and credited_to_outlet(text[end + 1 :]):  # 'قال X إن «...»، بحسب صحيفة Y'
                # (or 'وأصدرت X بيانا نص على أن «...»، وفقا لوكالة Y': X, who issued the statement)
                lead = text[:start].rstrip(OPENING_MARKS)
                introducing = speaker_named_before(lead, lang)
                # ('افتتح X الدورة، قائلا: «...»، وفقا لما ذكرته قناة Y': a bare introduction, "" for the one just
                # named, speaks all the same; the channel only reported it)
                mention = introducing or issuer_in(lead) or ("" if introducing == "" else mention)
            elif mention and lang == "ar" and credited_to_body(mention, [f.text for f in organisations]):
                # 'قال X إن "..."، بحسب "Y"': a body the article names (an agency's short name) reported it
                mention = speaker_named_before(text[:start].rstrip(OPENING_MARKS), lang) or mention
            lead = text[:start].rstrip(' "“«„')
            if mention and lang == "he" and re.search(r",\s*ש?לפי(?:ה|ו|הם|הן)\s*$", lead):
                # 'בתשובה לטענת X, לפיה "...", השיב Y: "..."': the claim is X's, Y's verb introduces the next quote
                mention = speaker_named_before(lead, lang) or mention
            reported = r"\s*[,.]?\s*(?:according\s+to\s|the\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+reported\b)"
            if mention and lang == "en" and re.match(reported, text[end + 1 :], re.I):
                # 'X made a statement in court, saying, "...," according to the Tribune.': the paper reported what
                # the introduction's speaker said
                introducing = rf"{verbs}|saying|adding|stating|writing|posting|tweeting|telling\s+[^,]{{1,40}}|" + (
                    r"captioned\s+(?:the|his|her|their)\s+(?:post|video|photo|picture|clip)"
                )  # ('He captioned the post, "...," the Post reported.': the poster's words, which the paper reported)
                if re.search(rf"\b(?:{introducing})\s*[,:]\s*$", lead):
                    own = re.split(r"(?<=[.!?])\s+(?=[A-Z])", lead)[-1]
                    mention = speaker_named_before(lead, lang) or opening_subject(own) or mention
            if mention is None and lang == "en" and closed:
                mention = body_it_is(text[end + 1 :], first, speakers)  # '"...," it said.': the body before
            following = speakers.text.get(inside[-1].index + 1, "") if mention is None and closed else ""
            if lang == "en" and following and whole_and_looked_back(text, start, end, following):
                # ('"We are very sorry". ¶ Those were the sentiments expressed by skipper X to the fans ...': a
                # paragraph of nothing but the quote, whose speaker the next paragraph names looking back)
                mention = looking_back(following)
            # (also "a statement from X's lawyers, who ...": the document, then who issued it)
            document = re.sub(r"\s+(?:from|by)\s.*$", "", mention.strip(" ,.")) if mention is not None else ""
            if lang == "en" and DOCUMENT.fullmatch(document):
                mention = document_issuer(inside[-1].index, speakers) or mention  # '"...," read the statement.'
            introduced = False
            if mention is not None and lang == "en" and mention.lower() in ("he", "she"):
                # 'Roe continued, "...," he said.': a name introducing the quote is who the pronoun after it is
                mention = name_introducing(text[:start].rstrip(OPENING_MARKS), verbs) or mention
            if mention is None:
                # (and a single mark opening the quote: "@annroe: 'Be present.'")
                lead = text[:start].rstrip(OPENING_MARKS)
                mention = speaker_named_before(lead.rstrip("'‘ ") if lead.endswith(("'", "‘")) else lead, lang)
                introduced = mention is not None
                if mention is None and lang == "he":
                    mention = confirmed_before(lead)  # quotes_he_confirmed: 'המשטרה אישרה את הדברים. "..."'
                    introduced = mention is not None
                if mention == "" and lang == "he":  # 'בעמותה דוחים ..., ומבהירים: "..."': the body's people
                    mention = plural_body_speaker(lead, "") or mention
                if introduced and lang == "en" and mention is not None and mention.strip(" ,.:") == "It":
                    # ('A letter ... was sent to X. It says: "..."': the document opening the sentence before, as
                    # '"...," it said.' after a quote is)
                    mention = document_it_is(speakers.text.get(first - 1, "")) or mention
                if mention is None and lang == "ar" and bare_verb_before(lead):
                    mention, introduced = "", True  # quotes_ar_bare: 'وتابع "..."', the one who spoke before goes on
                if mention is None and lang == "en" and (label := verbless_label(lead)) is not None:
                    mention, introduced = label, True  # speaker_labels_en: 'Assemblyman X (D-Y) "...': X's words
            quoted = text[start:end]
            lead_in = text[:start].rstrip(OPENING_MARKS)
            topic = topic_label(lead_in, lang)  # ('On touring: "..."', 'על התקציב: "..."': who spoke before goes on)
            bare_lead = "" if topic else text[:start]
            named_later = lang == "en" and NAMED_AS_LATER.search(lead_in) is not None  # '... motto was, "..."'
            # quotes_ar: "قال مدير المشروع: «...»"; quotes_ar_partial: "أن المشروع «سيكتمل ...»."
            titled = lang == "ar" and (
                speaker_titled_before(lead_in)
                or predicate_after_that(text, start, end)
                or long_predicate_after_that(text, start, end)
            )
            # (Hebrew: "בהודעה שפרסמה המשטרה נכתב:", a statement's words, however "נכתב" reads alone)
            titled = titled or (lang == "he" and (he_document_before(lead_in) or he_body_kind_colon(lead_in)))
            # (and a second one joined to it: 'banners saying "..." and "..."')
            between = text[named_end + 1 : start] if named_end is not None else "-"
            joined = re.fullmatch(r"[\s,]*(?:and|or|og|eller)?[\s\"“«„]*", between)
            # ('He captioned the post, "...': the words written under a post are its poster's, not its title)
            work = WORK_NAMED.search(lead_in) and not re.search(r"\bcaptioned\s+(?:the|his|her|their)\s+\w+\s*,\s*$",
                                                                 lead_in)  # fmt: skip
            if (NAMED_AS.search(lead_in) and not titled) or work or named_later or joined:
                named_end = end
                continue  # "under the slogan ...", "شعارها ...": a title or slogan, nobody's speech
            if lang == "ar" and defined_in_marks(lead_in):
                continue  # quotes_ar_defined: "يحدد القانون X على أنهم «...»": a text's definition, no speech
            if lang == "ar" and (ar_named_in_marks(quoted, lead_in) or ar_charge_in_marks(quoted, lead_in)):
                continue  # quotes_ar_named: 'فى "قضية اغتيال ..."': a case's or an event's name, no speech
            if lang == "ar" and ar_marked_name(quoted, speakers.people.people):
                continue  # quotes_ar_marked_names: 'الناطق الإعلامي "الرائد X Y" إن': a name in marks, no speech
            if lang == "ar" and object_of_preposition(quoted, lead_in):
                continue  # quotes_ar_partial: "داعيا إلى «تكثيف الجلسات»": a call's object in marks, no statement
            if lang == "ar" and re.search(r"(?<![\u0600-\u06ff])(?:كـ|ك|مثل|ومثل)\s*$", lead_in):
                continue  # "روبوتات الدردشة كـ «X»", "مثل «X»": an example named in marks (like, such as), no speech
            if lang == "he" and cited_in_marks(lead_in):
                continue  # quotes_he_cited: "סעיף 8 לחוק קובע כי “...”": a law's own words, no speech
            # (a quote that opens a sentence and ends one, '... attend? "It's Warhol. He is a legend."', is speech)
            ends_sentence = quoted.rstrip()[-1:] in ".!?"
            # (Hebrew puts the full stop after the closing mark: '"... מפחדים".')
            # (Arabic too: '"... الأنابيب المتضررة".')
            stop_after = re.match(r"\s*[.!?؟]", text[end + 1 :]) is not None
            ends_sentence = ends_sentence or (lang in ("he", "ar") and stop_after)
            opens_sentence = re.search(r"(?:^|[.!?])\W*$", text[:start]) is not None and ends_sentence
            if closed and lang == "en" and TERM_BEFORE_NOUN.match(text, end + 1) and not ends_sentence:
                continue  # 'the "don't ask, don't tell" policy': a policy's name, no speech
            if closed and lang == "en" and not ends_sentence and named_by_words(lead_in, text[end + 1 :]):
                continue  # 'Call it the "I hate this bill and I sign it" letter.': the thing's name, no speech
            # ('"Nuh-uh," replied Ms. Doe.': a capitalised answer opening its sentence, with its attribution: no title)
            answer = mention is not None and re.search(r"[,!?]\s*$", quoted) is not None
            answer = answer and re.search(r"(?:^|[.!?])\W*$", text[:start]) is not None
            # (also in single marks, which OPENING_MARKS leaves on the lead: "contained the phrase 'A more ...'")
            if lang == "en" and re.search(r"\b(?:the|a)\s+(?:words?|phrases?|term)\s*[,:]?\s*$", lead_in.rstrip("'‘ ")):
                continue  # 'replaced with the phrase "practice session in progress."': words shown, no one's speech
            # (quote_that_subject_en: 'Roe warned that growers "could not survive."', a short clause of Roe's words)
            given = lang == "en" and subject_given_before(text[:start], quoted)
            in_passing = mention is None and previous is None and closed and len(quoted.split()) < 8
            # ('“AI kom pludselig ind fra højre”' alone, then "Sådan lyder det fra X, der ...": words looked back at
            # as someone's, however short and unstopped)
            in_passing = in_passing and not whole_and_looked_back(text, start, end, speakers.text.get(first + 1, ""))
            in_passing = in_passing and not given
            # ('nominated for best actress in a film for “News of the World.”': a work's title after a preposition of
            # works, whose full stop American style puts inside the marks, is no sentence of speech)
            work_title = lang == "en" and len(quoted.split()) <= 6 and _WORK_LEAD.search(lead_in) is not None
            work_title = work_title and _TITLE_CASE.fullmatch(quoted.strip().rstrip(".,!?")) is not None
            if work_title or (is_title_or_term(quoted) and not answer) or (in_passing and not opens_sentence
                                                             and not (topic and carried)):  # fmt: skip
                continue  # a title ("The Internet Explorer 6 Countdown") or a phrase quoted in passing
            if lang == "he" and closed and he_quote_in_clause(text[:start], text[end + 1 :]):
                continue  # quotes_he: 'לטענת X "..." סירבה': a name in the clause, nobody's speech
            if lang in ("en", "da") and (introduced or mention is None) and quoted_noun_phrase(text[:start], quoted):
                continue  # 'help end the "terrible trend of ..."', 'a bill concerning "equity in ..."': no speech
            credited = CREDITED_AFTER.match(text, end) is not None  # ('is "a waste", according to Roe': Roe's words)
            if lang == "en" and phrase_not_clause(text[:start].rstrip(' "“«„'), quoted) and not credited and not given:
                continue  # 'described them as "heroes who served"', 'is "a waste of time"': a phrase, no clause said
            da_lead = text[:start].rstrip(' "“«»„‘\'') if lang == "da" else ""
            if lang == "da" and closed and not credited and da_phrase_not_clause(da_lead, quoted):
                continue  # quote_phrases_da: 'skrev han, at de havde "meget gode samtaler"': a phrase, no clause said
            if lang == "en" and asked_to_act(text[:start], quoted, text[end + 1 :]):
                continue  # 'She asked "people who care for their kids" to join her': whom she asked, no speech
            if lang == "en" and mention is None and question_people_ask(text[:start]):
                continue  # quote_generic_askers_en: 'Fans often ask me "when is the tour"': a crowd's usual question
            if (
                mention is None
                and previous is not None
                and narration_between(offsets, previous_end, start, previous_ended)
            ):
                # quote_turns: '"...," Roe said. The mayor rejected that. "..."': the narration's person speaks
                speaker: str | None = speakers.resolve("", first)
            elif mention is None and previous is not None:
                speaker = previous
            elif lang == "ar" and mention == "" and previous is not None and ar_goes_on(text[previous_end:start]):
                speaker = previous  # speaker_words_ar: '"..."، مضيفا: "..."': the one just quoted goes on
            elif lang == "ar" and mention == "" and (goes_on := _goes_on_from(out, first, text, offsets, start)):
                # 'وأضاف: "نترحم على الشهيد X ...". وتابع: "..."': the one quoted in the sentence before goes on,
                # not a name inside his quote
                speaker = goes_on
            elif mention is None and left_open and carried is not None and re.match(r"\W*$", bare_lead):
                speaker = carried  # 'X read: "... (open)' then '"...' below it: the quote left open goes on
            elif mention is None and not closed:
                speaker = None  # decided by the paragraph that closes it
            elif (
                lang == "he"
                and mention is not None
                and (
                    mention in ("", "הוא", "היא")
                    or (bare_role(mention) and speakers.resolve(mention, first) == mention)
                )
                and (goes_on := _goes_on_from(out, first, text, offsets, start, he_further_said))
            ):
                # quotes_he_further: 'עוד התייחס ל...: "..."' (he further spoke of) right after a quote: its speaker
                # goes on, not the last person the narration named ('עוד הוסיף המאמן:', a role nobody the article
                # names holds: the coach just quoted)
                speaker = goes_on
            elif (
                lang == "he"
                and mention == ""
                and (issuer := statement_goes_on(out, first, text[:start], speakers.text)) is not None
            ):
                # quotes_he_statement_on: "עוד נמסר:" (it was further stated) a sentence of narration after the
                # statement's quote: the statement's issuer goes on, not the last name the narration gave
                speaker = issuer
            elif mention is None and lang == "ar" and follows_intro(speakers.text, first, text[:start]):
                # the subject of the introduction that closed the paragraph before with a colon ("وقال X خلال
                # الجلسة، اليوم الثلاثاء:"), read as add_blocks reads a quoted passage's, so that a second quote
                # of the paragraph after a participle ('"..."، مضيفا: "..."') goes on with it
                closing_intro = speakers.text.get(first - 1, "")
                said_by = speaker_named_before(closing_intro, lang) or ""
                speaker = speakers.resolve(said_by, first - 1, closing_intro)
            elif mention is None and carried is not None and re.match(r"\W*$", bare_lead):
                speaker = carried  # a quote paragraph right after another, unattributed: the same speaker goes on
            elif (
                mention is None
                and lang in ("en", "da")
                and (intro := introduced_by(bare_lead, first, speakers.text)) is not None
            ):
                # "He disagreed:" closing the paragraph before: the introduction's subject (a pronoun of his sex)
                said = speaker_named_before(intro, lang)
                speaker = speakers.resolve(said, first, intro) if said else None
                # (a body the article names speaks too: "HBF issued the statement, saying:")
                of_body = speaker is not None and any(o.text in speaker for o in speakers.organisations)
                # (and whoever the introduction says issued a statement: "Acme released a statement, saying in part:")
                issued = re.match(rf"{NAME}\s+(?:released|issued|put\s+out|published)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?"
                                  r"(?:statement|letter|release|response)\b", intro)  # fmt: skip
                if speaker is None or (speakers.people.find(speaker) is None and not of_body and not issued):
                    speaker = speakers.resolve("", first, bare_lead)  # it names no one: who was named last
            else:
                sentence_start = max(off for off, s in offsets if off <= max(start - 1, 0))
                clause = text[sentence_start:start] if bare_lead else ""  # (a topic heading names no speaker)
                body = BODY_SUBJECT.match(clause) if mention is None and lang in ("en", "da") else None
                if body is not None and speakers.in_text(clause) is None:
                    mention = body.group(1)  # 'The court justified the sentence on the grounds "..."': the court
                # (also when a verb of saying gave "the Roe Trust (RT)" as the mention: the body goes by its name)
                body_named = mention is None or re.match(r"[Tt]he\s+[A-Z]", mention) is not None
                named_body = (
                    named_body_subject(clause, speakers)
                    if body_named and lang in ("en", "da") and speakers.in_text(clause) is None
                    else None
                )
                unnamed_before = (
                    lang == "en"
                    and mention in ("he", "she")
                    and carried is not None
                    and not re.search(r"\w", text[:start])
                    and speakers.people.find(carried) is None
                    and speakers.in_text(carried) is None
                )
                if named_body is not None:
                    speaker = named_body  # 'the Roe Trust (RT) advised "..."': the body, whatever its verb
                elif unnamed_before:
                    # '[The source] also said "...".' then '"...," he declared.': the unnamed source just quoted
                    # goes on; the last person named is only talked about
                    speaker = carried
                else:
                    # (an Arabic introduction puts the verb first and the name right after it, a role in apposition
                    # after the name: "يقول الباحث X مدير المختبر:" is X's, so the first person named in it speaks)
                    last = introduced and lang != "ar"
                    pronoun = re.match(r"(He|She)\s", clause) if mention is None and lang == "en" else None
                    pronoun = pronoun if pronoun and speakers.in_text(clause) is None else None  # (none named)
                    mention = pronoun.group(1) if pronoun else mention  # ('She added that ... "..."': she speaks)
                    if mention is None and lang == "en" and not clause.strip(' "“') and sentence_start > 0:
                        # ('She said they called the city. "I have sent emails ..."': the quote opens its sentence
                        # and the sentence before it in the paragraph has a pronoun for its subject; the pronoun
                        # speaks, so "she" passes over the husband named with her)
                        before_quote = text[max(off for off, _ in offsets if off < sentence_start) : sentence_start]
                        told = re.match(r"(He|She)\s", before_quote)
                        mention = told.group(1) if told and speakers.in_text(before_quote) is None else None
                    # ('The Labour leader said on Monday that ... "...": the description opening the clause speaks)
                    described = _described_speaker(clause, verbs) if mention is None and lang == "en" else None
                    mention = described if described and speakers.in_text(clause) is None else mention
                    # (a quote over paragraphs that names no one: who was named before its first paragraph)
                    at = pending[0].sentence if pending and mention is None and not clause.strip(' "“') else first
                    apposed = (
                        re.match(
                            rf"((?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*),\s+[^,\"“”]{{3,160}},\s+(?:{verbs})\s*$",
                            mention,
                        )
                        if mention and lang == "en"
                        else None
                    )
                    if apposed is not None:
                        # ("Roe, coach in the absence of Lions boss Max Holm, said:": the name before the apposition
                        # speaks, not one named inside it)
                        mention, last = apposed.group(1), False
                    mention = after_participle_opener(mention, clause, speakers) if lang == "en" else mention
                    # ("Britain has been told to brace itself as forecasters warned:": the clause's own subject)
                    mention = (subordinate_speaker(clause, verbs) or mention) if lang == "en" else mention
                    speaker = speakers.resolve(mention if mention is not None else "", at, clause, last=last)
                    if lang == "en" and mention and _adds_to_last_quote(mention, clause, speaker, out, first, speakers):
                        # ('On Roe's display, the club's boss added: "..."' after the boss's own quote: a description
                        # that adds, with no holder of its role named, goes on with the last quote's speaker)
                        speaker = out[-1].speaker
                    if mention is None and lang == "en" and not clause.strip(' "“') and not pending:
                        # quote_goes_on_en: narration by "he"/"she" naming no one since the last quote
                        speaker = speaker_going_on(out, first, speakers) or speaker
                    if mention is None and lang == "en" and not clause.strip(' "“'):
                        # quote_turns: 'The bright spot was Dan Kerr. "Dan was superb tonight."': the one
                        # quoted before speaks of Kerr, who is not the speaker
                        speaker = spoken_of_not_speaking(speakers, speaker, quoted, out, first)
                    if lang == "en" and out and out[-1].sentence >= first - 3 and _GIVEN_A_REPLY.search(clause):
                        speaker = out[-1].speaker  # ("Y received a similar reply: '...'": the one quoted replying)
                    if mention is not None and mention.lower() in ("he", "she", "han", "hun"):
                        # quote_turns: 'X stated: "... Mr Doe had a meeting." He also added that ...': the one who
                        # spoke the sentence before, not a name inside his quote
                        speaker = previous_speaker(out, first, mention, speakers, speaker) or speaker
                        speaker = not_named_in_own_quote(speakers, speaker, quoted, mention, first, clause)
                        # ("‘...,’ said one shopper. ‘...,’ she added.": no one named, the one quoted just before)
                        speaker = previous if speaker == mention and previous is not None else speaker
                    if lang == "he":  # he_pronoun_goes_on: '"...". הוא אומר: "..."' (the one quoted goes on)
                        speaker = he_pronoun_goes_on(out, first, mention, speakers) or speaker
            if lang == "he" and mention == "" and he_plural_said(text[:start].rstrip(' "“«„')):
                # quotes_he: 'בעצומה כתבו כי "..."', a plural verb and no subject: many spoke, not the one named last
                speaker = None if speakers.people.find(speaker or "") is not None else speaker
            if lang == "he":
                speaker = he_as_written(speaker, written)  # quotes_he_marks: ״ as the article types it
            if speaker is None and start == 0 and closed and not left_open and lang in ("ar", "he"):
                if text[:1] not in "\"“”«»„":
                    continue  # a lone closing mark with no quote open before it: where the words began is not here
            fact = Fact(
                "quote", written[start:end].strip(" ,"), first, speaker=speaker, sentences=[s.index for s in inside]
            )
            if speaker is not None:
                for waiting in pending:
                    waiting.speaker = speaker
                pending = []
            elif not closed:
                pending.append(fact)
            previous, previous_end, previous_ended = speaker, end, quoted.rstrip().endswith((".", "!", "?"))
            covered.update(s.index for s in inside)
            out.append(fact)
        left_open = bool(spans) and spans[-1][2] is False
        quoted_facts = [f for f in out if f.sentences and f.sentences[-1] == group[-1].index and f.kind == "quote"]
        # (a paragraph that is one quote left open, awaiting its speaker, keeps the one before it: '"...," said Roe.'
        # then '"... (open)' and '...."' below it are Roe's unless the paragraph that closes it names another)
        whole_open = left_open and not re.search(r"\w", text[: spans[-1][0]]) and quoted_facts[-1:] == pending[-1:]
        carried = (quoted_facts[-1].speaker if quoted_facts else None) or (carried if whole_open else None)
        if lang == "he" and re.search(r"\s•\s", text):
            # ('... • X חשף: "..."': a subtitle listing the story's points, each with its own speaker; the last
            # point's speaker does not go on into the body's first paragraph)
            carried = None
        if spans and spans[-1][2] is True:
            for waiting in pending:  # an open quote the next paragraph did not take up
                waiting.speaker = waiting.speaker or speakers.resolve("", waiting.sentence)
            pending = []
        for s in group:
            if s.index in covered:
                continue
            if lang == "da":
                # (da_unmarked_says: "Vi tager næste skridt, siger han og fortsætter.": a dash quote, its dash lost)
                unmarked = as_dash_line(s.text)
                dash = danish_dash(s.text, verbs) or (danish_dash(unmarked, verbs) if unmarked else None)
                if dash:
                    out.append(Fact("quote", dash[0], s.index, speaker=speakers.resolve(dash[1], s.index)))
                    continue
            if lang == "ar":
                m = AR_UNMARKED_COLON.search(s.text)  # quotes_ar_unmarked: "وقال : ما رأيناه ..."
                participle = AR_PARTICIPLE_COLON.search(s.text) if m is None else None
                if participle is not None and len(participle.group(1).split()) >= MIN_WORDS:
                    # quotes_ar_unmarked: "...، مضيفا: نطلب ثقتكم ...": the main clause's subject, or the one before
                    speaker = speakers.resolve("", s.index, s.text[: participle.start()])
                    out.append(Fact("quote", participle.group(1).strip(), s.index, speaker=speaker))
                    continue
                if (
                    m
                    and len(m.group(2).split()) >= MIN_WORDS
                    # ("وزاد : إن كان الأمر كذلك لانسحبنا": إن before كان or لم is "if", the speaker's own words)
                    and not re.match(r"(?:إن(?!\s+(?:كان|كانت|كنا|كنت|لم)\s)|أن|إنه|أنه|إنها|أنها)\s", m.group(2))
                ):
                    # "وقال : ما رأيناه في رواندا لم نره في دارفور.": speech after a colon, unmarked
                    # ("X يقول: ..."; "وقال X في مؤتمر صحفي: ...": the subject without where it was said)
                    # (quotes_ar_unmarked: 'وأضاف العقيد "X": ...', a name in marks is the subject's own word)
                    subject = re.sub(r"[\"«»“”]", "", m.group(1))
                    mention = subject_phrase(subject) or subject_before_verb(s.text[: m.start(2)]) or ""
                    if according_to_a_thing(m.group(0), (m.group(1).split() or [""])[0]):
                        # ar_bare_chain: "...، وفق الأطر الدولية، وأضاف: ...": "according to" a thing, then a bare
                        # verb; no one is named, the one who spoke before goes on
                        mention = ""
                    speaker = speakers.resolve(mention, s.index, s.text[: m.start()])
                    out.append(Fact("quote", m.group(2).strip(), s.index, speaker=speaker))
                    continue
            if lang in ("en", "da"):
                m = re.match(
                    rf"^(.{{12,}}?),\s+(?:((?:the\s+\w+)|(?:[a-z][\w-]*\s+){{0,3}}{NAME}|he|she|they|han|hun)\s+(?:{verbs})|"
                    # (da_inverted_role_says: "..., siger udenrigsminister X.": Danish inverts the verb before the
                    # role and the name, as "..., spokesman X said" has them before it)
                    rf"(?:{verbs})\s+({_DA_ROLE_WORDS if lang == 'da' else ''}{NAME}))"
                    r"(?:\s+\w+)?\s*(?:[.,]|$)",
                    s.text,
                )
                adverbial = re.match(  # "In a letter to his neighbour, Roe complained": a phrase, no speech
                    r"(?:In|On|At|As|After|Before|During|With|Without|For|From|About|Asked|Speaking|Writing|Following|"
                    r"Despite|Since|When|While|Through|Under|Over|Like|Unlike|Efter|Før|Under|Med|Uden|Om|Ifølge|I|På)"
                    r"\s[^,]*$",
                    m.group(1) if m else "",
                ) and not re.search(  # (a clause after the phrase is speech: "In my view the plan is flawed")
                    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|must|should|do|does|did|er|var|har|vil)\b",
                    m.group(1) if m else "",
                )
                if (
                    m
                    and not adverbial
                    and not re.search(rf"\b(?:{verbs})\b", m.group(1))
                    # ("a group, called Safecast,": a verb of naming gives a name, nobody speaks)
                    and not re.match(r",\s+(?:called|named|labell?ed|dubbed|described)\s", s.text[len(m.group(1)) :])
                    # (", quoted Bible verses, or ...": a verb in a list of actions, with its object; no attribution)
                    and not re.match(r",\s+(?:quoted|cited|quotes|cites)\s", s.text[len(m.group(1)) :])
                    # ("Jane Roe, a union official, said Acme Corp. had ...": a subject and its appositive, no speech)
                    and not re.fullmatch(rf"{NAME},\s+(?:an?|the)\s[^,]*", m.group(1))
                    # (", when X asked Sir Ian Holt, chairman of Y, why ...": the name is the one asked, no speaker)
                    and not (m.group(3) and re.search(r"\b(?:why|whether|how|what|if)\s", s.text[m.end() :]))
                    and len(m.group(1).split()) >= MIN_WORDS
                    and not _told_of_a_third_person(m.group(1))
                    # ("Ifølge X, skyldes det, at ..., skriver avisen.": the writer reports whom the paper cites)
                    and not (lang == "da" and re.match(r"Ifølge\s", m.group(1)))
                    and not speaks_of_self(m.group(1), m.group(2) or m.group(3))  # ("But she felt lucky, she said.")
                    and not name_and_title(m.group(1))  # ("Lai Roe, minister of information, says Ann Lee ...")
                    and not _ADVERBIAL_BEFORE_SUBJECT.search(m.group(1))
                    and not (lang == "en" and _verbless_phrase(m.group(1)))
                    # (", state police spokesman Tom Weller said.": lower-case words before the name end in a role)
                    and _role_or_nothing_before_name(m.group(2) or m.group(3), m.group(1))
                    # ("Higher deliveries powered the increase, the company said.": a body's statement retold)
                    and not _body_retold(m.group(2))
                    # ("Nearly 20 persons were also injured after the bus rammed a truck, they said.", "More than 48
                    # hours after the accident, rescue teams are still searching, X told EFE": English wire copy
                    # retells in the writer's words; speech whose marks were lost speaks as "I", "we" or "you")
                    and (lang != "en" or not intact or _FIRST_OR_SECOND.search(m.group(1)) is not None)
                    # (da_unmarked_says: "Næsten alle husene står under vand, siger redningstjenesten.": a body's
                    # report or a count the writer retells, where Danish would mark speech with a dash)
                    and not (
                        lang == "da"
                        and retold(m.group(1), speakers.people.find(m.group(2) or _named(m.group(3))) is not None)
                    )
                    # ("Standing alongside X at a base southwest of Paris, Y said": a participle's phrase, no clause;
                    # not "Going back to the fighting only perpetuates ...", a gerund subject with its verb)
                    and not _participle_phrase(m.group(1))
                ):
                    mention = m.group(2) or m.group(3)
                    out.append(Fact("quote", m.group(1), s.index, speaker=speakers.resolve(mention, s.index)))
    for waiting in pending:
        waiting.speaker = waiting.speaker or speakers.resolve("", waiting.sentence)
    if lang in ("en", "da") and headline(sentences):
        # quote_turns: 'Ruritania: "Stand Up, the Rent Is Due!"' as the headline repeats the body's words
        # (unless the body never says them: 'Jane Roe: "More projects will help the climate"' over a story that
        # only paraphrases them, where the headline is the one place her words stand; quote_goes_on_en)
        story = " ".join(s.text for s in sentences[1:])
        marked = re.search(r"[\"“”«»„]", sentences[0].text) is not None
        out = [
            f
            for f in out
            if (f.sentences or [f.sentence]) != [sentences[0].index]
            or (marked and speakers.people.find(f.speaker or "") is not None and headline_only(f, story))
        ]
    if lang in ("en", "da"):
        add_paragraph_quotes(out, list(paragraphs.values()), lang, speakers)
    if lang == "en":
        # unmarked_release_quotes_en: "..., said Jane Roe, Director. <the quote goes on, its marks lost>"
        add_release_continuations(out, list(paragraphs.values()), speakers)
    add_blocks(out, sentences, lang, speakers)
    if lang in ("en", "da"):
        add_labelled(out, sentences, speakers)
        if lang == "en":
            add_answers(out, sentences, speakers)  # quote_interviews_en: "Q: ..." then "A: ...", the interviewee's
            add_transcript_turns(out, sentences, speakers)  # quote_transcripts_en: "TONY ROE, PRESENTER: ..."
        asked_and_answered(out, sentences, speakers)  # quote_asked: "X asks Y:", the question X's, the answer Y's
        if lang == "en":
            replies_to_other_party(out, sentences, speakers)  # quote_replies_en: '"...," he replied.' is not his own
    else:
        add_labelled_rtl(out, sentences, speakers)  # quote_labels_rtl: an interview's "X: ..." and "ج: ..."
        if lang == "ar":
            add_headline_ar(out, sentences, speakers)  # quotes_ar_headline: "وزير الخارجية: يجب وقف ..."
        else:
            add_headline_he(out, sentences, speakers)  # quotes_he_headline: "שר האוצר X: נביא את התקציב ..."
            headline_office_holders(out, sentences, speakers)  # quotes_he_headline: 'מפקדת הצוות: "..."', her
            so_said_speakers(out, sentences, speakers)  # quotes_he_so_said: '"..."' then "כך אמר שר הביטחון X"
            pulled_quote_speakers(out, sentences)  # quotes_he_pulled: an intertitle's words, said again in the body
    opening = introduced_author([s.text for s in sentences]) if lang == "en" else None
    if opening is not None:
        # quote_sources: "The following is a statement from Jane Roe on the death of Max Holm": the paragraphs
        # after it are Roe's, though Holm is the one named last before them
        at, by, about = opening
        speaker = speakers.resolve(by, sentences[at].index)
        for f in out:
            if f.sentence > sentences[at].index and (not f.speaker or (f.speaker in about and f.speaker not in by)):
                f.speaker = speaker
    author = headline_author(sentences[0].text) if lang == "en" and sentences else None
    if author is not None:
        for f in out:  # quote_sources: "Statement from NASA's Jane Roe on ...": her unattributed paragraphs
            f.speaker = f.speaker or speakers.resolve(author, f.sentence)
    carry_unnamed_speakers(out, sentences)  # quote_carry: '"...," a spokesman said.', narration, '"..."': his
    if lang == "en":
        carry_to_bare_pronouns(out, sentences)  # quote_carry: "the spokesperson said: ..." then "He stated: ...": his
    if lang == "ar":  # quotes_ar_same_sentence: 'وأضافت أن «...»، مبينة أن «...»': the first quote's speaker
        carry_bare_chain(out, speakers.text)  # ar_bare_chain: "اعتبر الوزير أن «...»" then "واعتبر ان «...»"
        carry_within_sentence(out, sentences, [p.name for p in people.people] + [o.text for o in organisations])
    if lang == "he":
        # quotes_he_statements: 'נמסר מהמשטרה כי ... . "...", נמסר.': the body the statement came from
        carry_statement_sources(out, sentences, [o.text for o in organisations])
        # (words in marks that no reader above could credit to anyone, a group's or a document's left unnamed ('במכתב
        # כתבו כי "..."'): the briefing cannot say whose they are, so they are no quote)
        out = [f for f in out if f.speaker is not None]
    return out
