"""Words that stand around names without being names: a sentence's opening function words, months and days, and the
titles before a person's name; shared by the place, organisation and people finders."""

from __future__ import annotations

import re

# Words that start a sentence but never a name; they are cut off the front of a capitalised run.
LEADING_FUNCTION_WORDS = {
    "the", "a", "an", "in", "at", "on", "but", "and", "as", "for", "from", "by", "with", "to", "of", "after", "before",
    "while", "when", "if", "since", "this", "that", "these", "those", "it", "its", "his", "her", "their", "our",
    "i", "we", "you", "he", "she", "they", "there", "here", "what", "who", "where", "why", "how", "so", "yet", "or",
    "den", "det", "de", "en", "et", "på", "af", "til", "med", "fra", "og", "men", "når", "hvis", "som",
    "der", "han", "hun", "vi", "jeg", "ifølge", "efter", "under", "over", "mens", "both", "either", "neither",
    "all", "each", "every", "begge", "både", "hverken", "enten", "også", "kun", "selv",
    # (and "most", "few", which open a sentence before a body's name too: "Most Senate Democrats endorsed X")
    "most", "few",
    # Danish prepositions and adverbs that open a sentence before a body's name ("Hos Arbejdstilsynet mener man")
    "hos", "ved", "mod", "om", "blandt", "uden", "gennem", "inden", "omkring", "mellem", "trods", "hvor", "nu", "så",
    "derfor", "dog", "desuden", "samtidig",
    # Danish demonstratives, question words and determiners ("Dette svarer til ...": "svarer", "answers", is also a
    # verb of saying); not "hans" or "min", which are also given names
    "dette", "denne", "disse", "dem", "hvad", "hvem", "hvilke", "hvilken", "hendes", "deres", "vores", "jeres",
    "mange", "flere", "nogle", "ingen", "enhver", "ethvert",
    # counts opening the sentence before a body and its members ("Two European Parliament lawmakers said")
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some",
    # English sentence adverbs, capitalised only because they open the sentence ("Meanwhile Jane Roe said"):
    # the tagger's lower-case word list lacks the rarer ones ("indeed", "now" and "today" are left out: the
    # job site Indeed, the NOW women's group, the Today programme)
    "meanwhile", "moreover", "furthermore", "nonetheless", "nevertheless", "however", "separately", "additionally",
    "likewise", "consequently", "subsequently", "accordingly", "thus", "hence", "instead", "besides", "otherwise",
    "overall", "elsewhere", "eventually", "finally", "initially", "previously", "ultimately", "earlier", "later",
    "recently", "currently", "yesterday",
    # adverbs of sequence opening a match report's or a story's sentence ("Afterwards Harbour's manager, X told")
    "afterwards", "afterward", "beforehand", "firstly", "secondly", "lastly",
    # (not "then", which opens a former office: "Then Secretary of State X" is X's title then)
    # verbs of saying inverted before the speaker, as sports and feature copy writes them ('Continued Roe, "..."',
    # 'Added Lee, "..."'): capitalised only because they open the sentence
    "continued", "added", "concluded", "explained", "insisted", "recalled", "remarked",
    # prepositions and conjunctions that open a sentence before a name ("Via Acme's apps, ...")
    "via", "despite", "through", "throughout", "across", "among", "around", "beyond", "unlike", "like", "during",
    "until", "because", "although", "though", "whether", "unless",
    # relative words in -ever opening a free relative clause ("Whatever Anthony Roe said to himself made an impact")
    "whatever", "whoever", "whichever", "whenever", "wherever",
}  # fmt: skip


MONTHS_DAYS = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)$"
)


# A title right before a capitalised word makes it a person's name, whatever towns share it.
TITLE_BEFORE = re.compile(
    r"\b(?:President|Senator|Sen\.|Governor|Gov\.|Mayor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Judge|General|Gen\.|King|Queen|"
    r"Prince|Princess|Pope|Minister|Secretary|Rep\.|Representative|Chancellor|Premier|Sir|Lady|Lord|Professor|"
    r"Prof\.|Colonel|Captain|Sheikh|Rabbi|Father|Bishop|Saint|St\.|hr\.|fru|statsminister|minister|præsident|"
    r"borgmester)\s+$"
)
