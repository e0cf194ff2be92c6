"""Quoted words inside the writer's sentence that are a phrase, not a clause anyone said ('described them as
"heroes who served"', 'is "a real waste of time"'): `phrase_not_clause`. Moved out of `quote_cues.py` to keep it
under 500 lines."""

from __future__ import annotations

import re

from briefing_app.core.facts.pos_tagger import tag_words
from briefing_app.core.facts.quote_resumed_en import resumes_a_quote
from briefing_app.core.facts.reporting_verbs import SPEECH_VERBS, en

# A finite verb a clause cannot do without, as a marker: an auxiliary, a modal or a contracted one ("it's").
_FINITE = re.compile(
    r"(?:^|\s)(?i:is|are|was|were|am|has|have|had|can|could|will|would|shall|should|may|might|must|do|does|did|"
    r"ca|wo)(?:n['’]t)?\b|\w['’](?:re|m|ve|ll|d)\b|n['’]t\b|"
    # "there's" is a verb, "everyone's time" a possessive
    r"\b(?i:it|that|there|here|he|she|what|who|where|let)['’]s\b|"
    # a personal pronoun as a subject: 'was "about to die and I ask to be left in peace"' holds a clause
    r"(?:^|\s)(?:I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he)\s+[a-z]",
)
# A verb of saying (or its participle) and "that" right before the quoted words, a few words apart at most.
_SAID_THAT = re.compile(
    rf"\b(?:{'|'.join(SPEECH_VERBS['en'])}|{en('add say note state write warn tell explain', 'ing')})"
    r"(?:\s+[\w'’-]+){0,4}?\s+that\s*[\"“]?$"
)
# Words that open a noun phrase, a prepositional phrase or a verb phrase without a subject, not a clause.
_PHRASE_OPENERS = {
    "a", "an", "the", "no", "every", "each", "some", "any", "all", "this", "these", "those", "its", "their", "his",
    "her", "our", "my", "your", "within", "without", "in", "on", "at", "for", "of", "with", "by", "from", "about",
    "against", "between", "under", "over", "into", "through", "during", "toward", "towards", "more", "less", "most",
}  # fmt: skip


# An auxiliary, a modal or a negation right before quoted words: what follows is the rest of the writer's verb.
_BEFORE_VERB_PHRASE = re.compile(
    r"(?:do|does|did|will|would|can|could|shall|should|may|might|must|not|never|[a-z]+n['’]t|cannot)"
)


# The writer's copula right before quoted words: what follows is its predicate ('the storm could be "..."').
_COPULAS = frozenset({"be", "been", "being", "is", "are", "was", "were", "remain", "remains", "became", "become"})


def _main_part(quoted: str) -> str:
    """Quoted words up to their first relative or subordinate clause, without infinitives of "be", "have" and "do"
    ("to find a way to have it done so that Roe is safe": "to find a way to it done so"): a finite verb there
    belongs to the quoted words' own clause, not to one inside a phrase."""
    opener = r"\b(?:that|which|what|who|whom|whose|where|when|if|because|while|although)\b"
    main = re.split(opener, quoted, maxsplit=1)[0]
    return re.sub(r"\bto\s+(?:be|have|do)\b", "to", main)


# Whose words the quote is, set off by a comma before it: "According to Jane Roe,", "In the words of the mayor,";
# also with an apposition: "According to the club's manager, Jane Roe,", "According to Roe, a virologist,".
_CREDITED_BEFORE = re.compile(
    r"\b(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+[^,\"“”]{2,80},(?:[^,\"“”]{2,80},)?[\s\"“]*$"
)


# Existential "there" and a form of "be" right before quoted words: they are the noun phrase it introduces.
_EXISTENTIAL = re.compile(
    r"\bthere\s+(?:is|are|was|were|(?:will|would|could|might|may|must)\s+be|(?:has|have|had)\s+been|"
    r"remains?|remained|seems?\s+to\s+be)\s*[\"“]?$",
    re.IGNORECASE,
)


_RUNS_ON = re.compile(r"[a-z]{2}(?<!Mrs)[.!?…]+\s+[A-Z]")  # a sentence's end inside the marks, not "Mr. X"


# Words after which quoted words are a clause ("that", "which") or a complement of the object ("called it").
_CLAUSE_OR_OBJECT = frozenset({"that", "which", "who", "it", "them", "him", "her", "this"})
# A subordinator or relative opening a clause of its own inside the quoted words.
_SUBORDINATE = re.compile(
    r"\b(?:although|though|because|while|whereas|unless|if|when|since|which|who|whom|whose|where)\b", re.I
)


def _opens_a_predicate(before: str, words: list[str]) -> bool:
    """Whether quoted words open with a verb (or an adverb and a verb), read with the writer's words before them:
    'authorities "routinely detain ..."', 'the government "condemns the attack"'."""
    lead = re.findall(r"[\w'’-]+|[^\w\s\"“”]", before)[-6:]
    tags = tag_words([*lead, *words])[len(lead) :]
    return bool(tags) and (tags[0] in ("VERB", "AUX") or (tags[0] == "ADV" and tags[1:2] in (["VERB"], ["AUX"])))


def phrase_not_clause(before: str, quoted: str) -> bool:
    """Whether quoted words inside the writer's sentence are a phrase, not a clause the speaker said: they open in
    lower case mid-sentence, hold no auxiliary, modal or contracted verb, and open as a noun, prepositional or
    subjectless verb phrase does ('described them as "heroes who served"', 'is "a real waste of time"', 'stressed
    there was "no need to leave"', 'killed while "doing his duty"', 'the task was to; "monitor the truce"').
    A clause keeps its finite verb ('said the plan "was never agreed"', 'said that "we will appeal"')."""
    words = re.findall(r"[\w'’-]+", quoted)
    # (words running on into a sentence of their own, '"a moment... A moment that ..."', are speech)
    if not words or not (words[0][:1].islower() or words[0][:1].isdigit()) or _RUNS_ON.search(quoted):
        return False
    if re.search(r"(?:^|[.!?:])[\s\"“”«»„‘’]*$", before):  # (a quote opening a sentence, or after a colon, is speech)
        return False
    if resumes_a_quote(before):
        return False  # quote_resumed_en: '"...," said Chief Roe, "the fire started on the deck"': speech goes on
    if len(words) >= 4 and _CREDITED_BEFORE.search(before):
        return False  # 'According to Roe, "the water rose two metres"': the words credited to Roe, a clause

    first = words[0].lower()
    # (an infinitive is read up to its first subordinate clause: 'asked the states "to find a way to ensure that
    # Roe is granted asylum"' is a phrase whatever the clause inside it)
    lead = re.search(r"([\w'’-]+)\W*$", before)
    infinitive = first == "to" or (lead is not None and lead.group(1).lower() == "to")
    # 'inviting them to sign in and "pray for the town"': a second infinitive joined by "and"
    infinitive = infinitive or re.search(r"\bto\s+[a-z]+(?:\s+[a-z]+)?\s+and\s*[\"“]?$", before) is not None
    # (a noun phrase is read up to its relative clause too: 'committed "the murder of a man who was only 16"')
    noun_phrase = first in ("the", "a", "an") and not re.search(r"\b(?:I|me|my|we|us|our)\b", quoted)
    # (and a verb phrase after the writer's modal: 'would "end up in prison if there was a charge"'; or after the
    # writer's copula: 'was "sitting on his hands in the hope that you stay home"', 'could be "nothing next to
    # what's coming"', whose finite verbs are in a clause inside the predicate)
    modal_lead = lead is not None and _BEFORE_VERB_PHRASE.fullmatch(lead.group(1).lower()) is not None
    copula_lead = lead is not None and lead.group(1).lower() in _COPULAS
    own_words = re.search(r"\b(?:I|me|my|we|us|our)\b", quoted) is not None  # the speaker speaking of themself
    stopped = re.search(r"[.!?][\"”’']*\s*$", quoted) is not None
    if lead is not None and lead.group(1).lower() in ("has", "have", "had") and not own_words and not stopped:
        # 'said the rivals had "decided they are losing", causing ...': the rest of the writer's verb, whatever
        # clause its participle governs (words stopped inside the marks, 'had "asked that ... be sent."', run on
        # to the sentence's end as speech does)
        return True
    if _EXISTENTIAL.search(before) and not own_words:
        # 'quipped that there were "rooms so cold you wear a coat."': the noun phrase "there were" introduces is the
        # writer's clause's subject, whatever reduced relative ("you wear") it holds
        return True
    if _FINITE.search(_main_part(quoted) if infinitive or noun_phrase or modal_lead or copula_lead else quoted):
        return False
    if _SAID_THAT.search(before) and first in ("the", "a", "an", "this", "these", "those", "its", "their", "our"):
        return False  # 'adding that "the plan came from nowhere"': the "that" of a verb of saying opens a clause
    if lead is not None and _BEFORE_VERB_PHRASE.fullmatch(lead.group(1).lower()) and not own_words:
        return True  # 'he doesn't "understand those things"', 'had never "looked down on anyone"': a verb phrase
    if (first == "to" or infinitive) and len(words) > 1 and not own_words:
        return True  # 'asked the states "to find a common solution"': an infinitive, no clause
    # (after "be" or "been" the quoted words are a predicate: 'would rather be "eaten by fish"')
    # (and after a copula: 'eleven people are "highly likely to have died"', a predicate of the writer's clause)
    after_as_or_to = lead is not None and lead.group(1).lower() in (
        "as",
        "to",
        "while",
        "when",
        "like",
        "be",
        "been",
        "being",
        "become",
        "became",
        "remain",
        "remains",
        "is",
        "are",
        "was",
        "were",
    )
    if lead is not None and lead.group(1).lower() in ("has", "have", "had") and not own_words:
        return True  # 'said the crime had "caused considerable distress"': the rest of the writer's verb
    after_pause = re.search(r"[:,]\W*$", before) is not None
    adverb_verb = len(words) > 1 and first.endswith("ly") and re.fullmatch(r"[a-z]+(?:[^su]s|ed)", words[1])
    if adverb_verb and lead is not None and not _SAID_THAT.search(before) and not after_pause and not own_words:
        return True  # 'said their site "gladly reprints stories from X"': an adverb and a verb whose subject is out
    if first.endswith("ed") and lead is not None and not _SAID_THAT.search(before) and not after_pause:
        # 'said the murder "caused shock and concern"': a predicate whose subject stands outside the marks
        return not own_words
    if lead is not None and lead.group(1).lower() in ("and", "or") and re.search(r"[\"”]\s+(?:and|or)\W*$", before):
        return True  # 'based upon "our initial work" and "inquiries following calls"': a second phrase
    if (
        lead is not None
        and re.fullmatch(r"[a-z]{3,}ed", lead.group(1))
        and lead.group(1) not in SPEECH_VERBS["en"]
        and not own_words
        and not after_pause
    ):
        return True  # 'ruled that X committed "crimes against humanity that ..."': the object of the writer's verb
    if (
        not own_words
        and not after_pause
        and not _SAID_THAT.search(before)
        and re.search(r"[a-z]\s*[\"“]?$", before)
        # (after "that", "which", "who" a clause; after an object pronoun a verb of calling's complement, 'called it
        # "far too late for this season"', which is the caller's judgement in their words)
        and not (lead is not None and lead.group(1).lower() in _CLAUSE_OR_OBJECT)
        and not _opens_a_predicate(before, re.findall(r"[\w'’-]+|[^\w\s\"“”]", quoted)[:4])
        # (a clause of its own inside the marks, '"countless mistakes, although nobody wants to say so"', is speech)
        and not _SUBORDINATE.search(quoted)
    ):
        # 'promised the Danes "full solidarity in this trial"', 'posted "private and confidential information"':
        # verbless words in lower case inside the writer's clause, after a word of it, with no "I" or "we" of the
        # speaker's, and no verb opening them (a predicate, 'the government "condemns the attack"', stays speech)
        return True
    return first in _PHRASE_OPENERS or first.endswith("ing") or first[:1].isdigit() or after_as_or_to


# A closing mark, then a noun the quoted words name or modify ('the "don't ask, don't tell" policy', 'her "no
# surrender" campaign', 'the "one in, one out" rule'): a policy's or slogan's name, nobody's speech in this sentence.
TERM_BEFORE_NOUN = re.compile(
    r"\s*(?:policy|policies|rule|rules|law|laws|campaign|doctrine|slogan|motto|programme|program|strategy|movement|"
    r"initiative|scheme|approach|era|label|clause|mantra|agenda|plan|deal|pledge|principle)\b(?!\s+(?:said|says))"
)


# A determiner right before the opening mark, and one noun after the closing mark that ends the clause: the quoted
# words name the thing the noun is ('the "I hate this bill and I sign it" letter.', 'his "we will not retreat"
# speech,'), however much of a sentence they hold.
_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:the|a|an|this|that|his|her|their|its|our)\s*[\"“‘']?$")
_NOUN_CLOSING = re.compile(
    r"[\"”’']?\s*(?!(?:and|or|but|to|in|on|at|of|for|with|as|is|was|are|were|will|has|had|he|she|they|it|said|says|"
    # (an adverb of time after a partial quote ends the reported clause: 'called the "plan dead" today.')
    r"today|tonight|yesterday|now|again|too|also|here|there|instead|anyway|though|then|ever|yet|already)\b)"
    r"[a-z]{3,}\s*(?:[.,;:!?]|\s+(?:is|was|has|had|that|which)\b)"
)


def named_by_words(lead: str, after: str) -> bool:
    """Whether quoted words stand between a determiner and the noun they name ('Call it the "..." letter.')."""
    return _DETERMINER_BEFORE.search(lead) is not None and _NOUN_CLOSING.match(after) is not None
