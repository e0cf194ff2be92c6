"""Quotes that are passages rather than marked words: lines labelled with their speaker ("Jane Roe: ..."),
paragraphs in quote marks, block quotes of posts and statements after an introduction, retweets; the
speaker is the one the introduction names, a pronoun's antecedent or the post's author."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.ar_slash_labels import slash_label
from briefing_app.core.facts.blockquotes import (
    DOCUMENT_LAST,
    Block,
    find_blocks,
    intro_author,
    intro_subject,
    opening_name,
    post_authors,
    presented,
)
from briefing_app.core.facts.dash_quotes import dash_paragraphs, signatures
from briefing_app.core.facts.intro_subject_ar import unnamed_intro_subject
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people import (
    Person,
)
from briefing_app.core.facts.places import LEADING_FUNCTION_WORDS
from briefing_app.core.facts.quote_cues import (
    TITLED_NAME,
    clause_subject,
)
from briefing_app.core.facts.quote_sources import (
    NOT_NAMES,
    QUOTE_FROM,
    pronoun_subject,
    source_again,
)
from briefing_app.core.facts.quote_speakers import (
    LEAD_IN,
    MIN_WORDS,
    NAME,
    is_title_or_term,
    speaker_named_before,
    verbs_of,
)
from briefing_app.core.facts.reporting_verbs import en
from briefing_app.core.facts.speaker_clues import defined_acronyms
from briefing_app.core.facts.speakers import PRONOUN_SEX, Speakers, sex_of

_LABEL = re.compile(r"^(?:\[[^\]]{1,30}\]\s*)?((?:[A-ZÆØÅ][\w'’-]+\s+){0,2}[A-ZÆØÅ][\w'’-]+)\s*:\s+(\S.*)$")
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady)\.?\s+")


def add_labelled(out: list[Fact], sentences: list[SourceSentence], speakers: Speakers) -> None:
    """Sentences opened by a person's name and a colon, the person's words after it to the paragraph's end (an
    interview's answer, "Mr Roe: No. I would do it again."): each its own quote, whatever longer quote it sits
    in (a comment thread quoted inside a blogger's post)."""
    for k, s in enumerate(sentences):
        m = _LABEL.match(s.text)
        if m is None or s.index == 0:
            continue
        rest = []  # the answer's later sentences, up to the next label
        for after in sentences[k + 1 :]:
            if after.paragraph != s.paragraph or _LABEL.match(after.text):
                break
            rest.append(after)
        said = " ".join([m.group(2)] + [r.text for r in rest])
        person = speakers.people.find(_HONORIFIC.sub("", m.group(1))) if len(said.split()) >= MIN_WORDS else None
        if person is None and len(said.split()) >= MIN_WORDS:
            person = _initials_of(m.group(1), speakers)  # an interview's "JR: ..." after "Jane Roe: ..."
        # (a headline, "Jane Roe: The Woman Who Saved the Harbour", is no speech; nor a section's heading that
        # stands alone and ends in no stop, "Jane Roe: Harbour 'faces a slow decline'")
        heading = not rest and re.search(r"[.!?…][\"'”’)]*\s*$", said) is None
        if person is None or len(said) < 12 or is_title_or_term(m.group(2)) or heading:
            continue
        if any(f.kind == "quote" and f.speaker == person.name and s.index in f.sentences for f in out):
            continue
        indexes = [s.index] + [r.index for r in rest]
        out.append(Fact("quote", said, s.index, speaker=person.name, sentences=indexes))


def _initials_of(label: str, speakers: Speakers) -> Person | None:
    """The one person of the article whose initials a label of two or three capitals spells (an interview prints
    "RM:" before each answer of Rosa Mendes), unless the article defines those letters as a body's ("the Rural
    Mission (RM)")."""
    if not re.fullmatch(r"[A-Z]{2,3}", label) or label in defined_acronyms(tuple(speakers.text.values())):
        return None
    spelled = [p for p in speakers.people.people if "".join(w[0] for w in p.name.split() if w[:1].isupper()) == label]
    return spelled[0] if len(spelled) == 1 else None


def add_paragraph_quotes(
    out: list[Fact], paragraphs: list[list[SourceSentence]], lang: str, speakers: Speakers
) -> None:
    """Speakers named at a paragraph's end or in the paragraph after it (dash_quotes.py): a Danish dash
    paragraph of several sentences becomes one quote, and a quote signed on the next line is the signer's."""
    if lang == "da":
        for found in dash_paragraphs(paragraphs, verbs_of(lang)):
            inside = [f for f in out if f.kind == "quote" and set(f.sentences or [f.sentence]) <= set(found.sentences)]
            if any(f.speaker is not None and found.sentences[0] in (f.sentences or [f.sentence]) for f in inside):
                continue  # the sentence-by-sentence reading found it and its speaker
            for f in inside:
                out.remove(f)
            # "Hun er uenig:" introducing the paragraph: the pronoun's antecedent, not the clause
            pronoun = re.match(r"(?:(?:men|og|så)\s+)?(han|hun|de)\s", found.mention, re.IGNORECASE)
            speaker = speakers.resolve(pronoun.group(1) if pronoun else found.mention, found.at)
            out.append(Fact("quote", found.text, found.sentences[0], speaker=speaker, sentences=list(found.sentences)))
    signed = signatures(paragraphs, lambda name: speakers.people.find(name) is not None)
    for f in out:
        name = signed.get((f.sentences or [f.sentence])[-1])
        if f.kind == "quote" and name is not None:
            f.speaker = speakers.resolve(name, f.sentence)


def add_blocks(out: list[Fact], sentences: list[SourceSentence], lang: str, speakers: Speakers) -> None:
    """Quotes printed as paragraphs of their own and quoted posts (blockquotes.py), where the marked-quote
    reading found no speaker for them: the introduction's subject speaks, a post's author or handle."""
    by_sentence = {i: f for f in out for i in f.sentences}
    authors = post_authors(sentences)
    by_handle: dict[str, str] = {}  # the speaker given to each handle's latest post
    for block in find_blocks(sentences, lang, lambda text: speakers.in_text(text) is not None):
        first = block.sentences[0]
        existing = by_sentence.get(first)
        opening = next((s.text for s in sentences if s.index == first), "")
        inner: Fact | None = None
        if existing is not None and block.intro is not None and len(existing.text) < 0.6 * len(opening):
            inner, existing = existing, None  # a short quote inside the quoted passage is its own ("according to X")
        elif existing is not None and existing.speaker is not None:
            continue
        speaker: str | None = None
        latin = lang not in ("ar", "he")
        subject = _intro_name(block.intro, lang) if block.intro and latin else None
        again = (_pronoun_again(block, out, speakers) or source_again(block, out, speakers)) if latin else None
        if again is not None:
            speaker = again  # "She added:" after Jane Roe's post or quote: Jane Roe goes on
        elif block.handle is not None:
            named = speakers.in_text(block.intro) if block.intro else None
            if named is not None and block.intro and latin and not _intro_subject_is(block.intro, named):
                named = None  # "Lady Gaga fans were angry:": the intro names someone, but a group speaks
            named = _spelled_by(block.handle, speakers.people.people) or named  # "@janeroe" is Jane Roe
            if named is None and block.intro and re.match(r"(?:he|she|han|hun)\b", block.intro, re.IGNORECASE):
                named = speakers.last_named(first)
            author = authors.get(block.handle.lower())
            named = named or (speakers.in_text(author) if author else None)
            speaker = named.name if named else author or _spelled_in(block.handle, speakers.text) or block.handle
            unnamed = unnamed_intro_subject(block.intro) if lang == "ar" and block.intro and named is None else None
            if unnamed is not None and speaker == block.handle:
                speaker = unnamed  # "وضع مواطن إنترنت من البلد مقارنة:" before "@handle:": the one described wrote it
            if block.shown is not None:
                # "Jane Roe @janeroe: ...": the display name the page prints beside the handle is the author's
                shown = speakers.in_text(block.shown)
                speaker = shown.name if shown is not None else block.shown
            elif subject is not None and (named is None or not _same_name(subject, named.name)):
                # "Mohammed wondered:", "Mai Roe tweeted:" beside a Jane Roe: the account holder as the
                # introduction names them, not a namesake nor the bare handle
                speaker = subject
            elif block.intro is None and block.handle in by_handle:
                speaker = by_handle[block.handle]  # the same account's next post, under one introduction
        elif block.intro is not None and latin and intro_author(block.intro) is not None:
            # "Jane Roe (@janeroe) expresses surprise:": the account holder, as the introduction names them
            written = intro_author(block.intro) or ""
            person = speakers.in_text(written)
            speaker = person.name if person is not None else written
        elif block.intro is not None and presented(block.intro, lang) is not None:
            # "Finally, there is Roe Watch:": the source presented speaks (a person of the article if one)
            source = presented(block.intro, lang) or ""
            person = speakers.in_text(source)
            speaker = person.name if person is not None else source
        elif (
            block.intro is not None
            and latin
            and (opening_pronoun := _opening_pronoun(block.intro, speakers)) is not None
        ):
            # "But he cannot see the logic of a rise that makes X the best paid:": the pronoun opening the
            # introduction speaks (its antecedent before it), not X, named later in it as an object
            speaker = speakers.resolve(opening_pronoun, block.intro_sentence or first, "")
        elif lang == "ar" and block.intro is not None and slash_label(block.intro + ":"):
            # ar_slash_labels: "مدرب الفريق/ X Y :" over his answers: the name after the slash speaks
            written = block.intro.split("/")[-1].strip()
            person = speakers.in_text(written)
            speaker = person.name if person is not None else written
        elif block.intro is not None:
            mention = speaker_named_before(block.intro + ":", lang)
            subject = intro_subject(block.intro, lang) if mention == block.intro.strip() else None
            subject = clause_subject(subject.rstrip(", ")) if subject else None
            name_like = bool(
                subject
                and subject.split()[0].lower() not in LEADING_FUNCTION_WORDS
                and (re.fullmatch(NAME, subject) or re.fullmatch(TITLED_NAME, subject))
            )  # "Jane Roe", "Life in 3 Parts", not "I" or "This"
            if subject and (speakers.in_text(subject) is not None or name_like):
                # "Again, Jane Roe reflects on the year:", "Roe explained why Doe won:": the verb's subject
                # speaks, not a name later in the introduction
                mention = subject
            named_subject = _intro_name(block.intro, lang) if latin else None
            if named_subject is not None and (mention is None or mention == block.intro.strip()):
                mention = named_subject  # "The blog Roe Notes wrote:", "Later the Governor of X issued a statement:"
            body = _possessor_body(block.intro, first, speakers)
            if body is not None:
                speaker = body  # "The network's description on its website reads:": the network named before
            elif named_subject is not None and named_subject in _titles(block.intro):
                speaker = named_subject  # 'the page "Save the Park" wrote:': the page's name as printed
            elif (
                subject
                and mention == subject
                and len(subject.split()) > 2
                and speakers.in_text(subject) is None
                and re.fullmatch(TITLED_NAME, subject)
            ):
                speaker = subject  # "Notes from the Quay, which tells the story, says": a blog's name, whole
            elif (
                lang == "en"
                and (document := DOCUMENT_LAST.search(block.intro)) is not None
                and intro_subject(block.intro, lang) is None
            ):
                # "Activists gathered support for a petition against the toll:": the petition speaks, not the last
                # person named (a verb of saying, "Roe wrote an open letter:", leaves Roe speaking)
                speaker = re.sub(r"^(?:an?|their|its|his|her)\s", "the ", document.group(0))
            elif latin and (quoted_from_name := QUOTE_FROM.search(block.intro)) is not None:
                # "Roe's News reposted a quote from Jane Doe:": the one quoted speaks, not who passes it on
                written = quoted_from_name.group(1) or re.sub(r"[\"“”]", "", quoted_from_name.group(2))
                person = speakers.in_text(written)
                speaker = person.name if person is not None else written
            elif latin and intro_subject(block.intro, lang) is None and opening_name(block.intro) is not None:
                # "Roe finished his post with a goodbye to Doe:", "Roe has an explanation:": no verb of saying, the
                # name opening the introduction speaks, not one named later in it
                written = opening_name(block.intro) or ""
                person = speakers.in_text(written)
                speaker = person.name if person is not None else written
            elif latin and (pronoun := pronoun_subject(block.intro, lang)) is not None:
                # "Roe quit the paper and joined the radio, where he explained what happened:": the pronoun
                # before the verb of saying speaks, the man named before it, not a name later in the introduction
                speaker = speakers.resolve(pronoun[0], block.intro_sentence or first, pronoun[1])
            else:
                speaker = speakers.resolve(mention, first, block.intro, last=True) if mention is not None else None
        if block.handle is not None and speaker is not None:
            by_handle[block.handle] = speaker
        if speaker is None or (inner is not None and inner.speaker == speaker):
            continue
        retweet = _retweet(block.text, sentences, block.sentences) if block.handle is not None else None
        if retweet is not None:
            # "@ann: So true! RT @bob: The bridge is closed.": Bob's post inside Ann's, each with its author
            text, handle, covered = retweet
            author = authors.get(handle.lower())
            named = speakers.in_text(author) if author else None
            out.append(Fact("quote", text, covered[0], speaker=named.name if named else author or handle,
                            sentences=covered))  # fmt: skip
            own = re.sub(r"\s*\bRT\s+@\w+\s*:?\s*$", "", block.text[: block.text.find(text)])
            if len(re.sub(r"^@\w+\s*:\s*", "", own).split()) < MIN_WORDS:
                continue  # the poster only passed it on
            mine = [i for i in block.sentences if i < covered[0]] or [first]
            if existing is None:
                out.append(Fact("quote", re.sub(r"^@\w+\s*:\s*", "", own), first, speaker=speaker, sentences=mine))
                continue
        if existing is not None:
            existing.speaker = speaker
        else:
            text = re.sub(r"^[–—-]\s+", "", block.text)  # a Danish dash paragraph's dash is no part of the words
            out.append(Fact("quote", text, first, speaker=speaker, sentences=list(block.sentences)))


_DETERMINED = r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)"


def _opening_pronoun(intro: str, speakers: Speakers) -> str | None:
    """The subject pronoun opening an introduction ("But he cannot see ...:", "Men hun mener ...:") that names a
    person after it, in lower case; None when it opens otherwise or names no one."""
    m = re.match(r"(?:(?:Men|Og|Så|But|And|Yet|So)\s+)?(han|hun|he|she)\s", intro, re.IGNORECASE)
    if m is None or speakers.in_text(intro[m.end() :]) is None:
        return None
    return m.group(1).lower()


def _intro_name(intro: str, lang: str) -> str | None:
    """The name an introduction gives its speaker, as it writes it: "Jane Roe (@jroe) wrote" is "Jane Roe", "The
    blog Roe Notes posted" is "Roe Notes", "Later the Governor of Lakeland issued a statement" is "Governor of
    Lakeland", 'the page "Save the Park" celebrated' is "Save the Park"; None for a pronoun or a phrase with no
    name ("Many readers wrote")."""
    source = re.search(
        r"(?:^|,\s+)[Aa]s\s+((?:the\s+)?[A-ZÆØÅ][\w.'’&-]*(?:\s+[A-ZÆØÅ][\w.'’&-]*){0,4})\s+"
        r"(?:reports|reported|writes|wrote|notes|noted|explains|explained|puts\s+it|put\s+it),",
        intro,
    )
    if source and lang in ("en", "da"):
        return source.group(1)  # "The re-arrest of X, as Uncommon Sense reports, also shows this:": the source
    raw = intro_subject(intro, lang)
    if raw is None:
        return None
    subject = LEAD_IN.sub("", clause_subject(re.sub(r"\s*\([^()]*\)", "", raw).rstrip(", ")).strip())
    titled = re.search(rf"(?:^|\s){_DETERMINED}\s+(?:[a-z][\w'’-]*\s+){{1,2}}[\"“]([^\"”]{{3,80}})[\"”]$", subject)
    if titled:
        return titled.group(1)
    site = re.match(rf"{_DETERMINED}\s+((?:[\w-]+\.)+[a-z]{{2,6}})\s+[a-z]+$", subject)
    if site:
        return site.group(1)  # "A roenotes.org editorial predicts": the site named by its address
    described = re.fullmatch(
        rf"{_DETERMINED}\s+(?:[a-z][\w'’-]*\s+){{0,2}}((?:[A-ZÆØÅ][\w.'’&-]*\s*)+"
        r"(?:\s*(?:of|for)\s+(?:the\s+)?(?:[A-ZÆØÅ][\w.'’&-]*\s*)+)?)",
        subject,
    )
    if described:
        return described.group(1).strip()
    if re.fullmatch(r"(?:[A-ZÆØÅ]\.\s?){2,4}", subject):
        return subject  # "On Twitter, H.K. agrees": a writer known by initials
    if (
        re.fullmatch(NAME, subject)
        and subject.split()[0].lower() not in LEADING_FUNCTION_WORDS
        and subject.split()[0].lower() not in NOT_NAMES
    ):
        return subject
    return None


def _possessor_body(intro: str, sentence: int, speakers: Speakers) -> str | None:
    """The body whose page, statement or description speaks: "The network's statement reads:" is the body
    named before whose name holds "network"; None when no such body was named."""
    m = re.match(rf"(?:the|its|their)\s+([a-z]{{4,}})['’]s\s+(?:[a-z]+\s+){{0,4}}?"
                 rf"(?:{en('read', 's base')}|{en('say state', 's past')})$",
                 intro, re.IGNORECASE)  # fmt: skip
    if m is None:
        return None
    noun = m.group(1).lower()
    named = [o for o in speakers.organisations if min(o.sentences or [o.sentence]) <= sentence
             and noun in o.text.lower()]  # fmt: skip
    return named[-1].text if named else None


def _titles(text: str) -> list[str]:
    """The words a text puts in quote marks."""
    return re.findall(r"[\"“]([^\"”]{3,80})[\"”]", text)


def _same_name(written: str, name: str) -> bool:
    """Whether an introduction's name and a person's name agree: one holds the other ("Roe", "Jane Roe")."""
    return written in name or name in written


def _pronoun_again(block: Block, out: list[Fact], speakers: Speakers) -> str | None:
    """The speaker a pronoun introduction points back to: "She added:" right after Jane Roe's quote is Jane
    Roe (not a name inside her quote); "On May 1 it tweeted:" after "The Roe Society posts updates." is the
    body named in the sentence before. None when the introduction is no pronoun's or nothing fits."""
    if block.intro is None or block.intro_sentence is None:
        return None
    m = re.match(
        r"(?:[\w\s,]*?[\s,])?(he|she|it|they)\s+(?:(?:also|then|later|again)\s+)?[a-z]+(?:ed|s)?\b",
        block.intro,
        re.IGNORECASE,
    )
    if m is None or len(block.intro[: m.start(1)].split()) > 5:
        return None  # the pronoun is the introduction's subject, near its start ("On May 4 it published")
    pronoun = m.group(1).lower()
    at = block.intro_sentence
    if pronoun == "it":
        for index in (at, at - 1, at - 2):
            text = speakers.text.get(index, "")
            lead = re.match(r"(?:The\s+)?((?:[A-ZÆØÅ][\w'’&-]*\s*)+)", text)
            if lead is not None:  # "Roe Watch posts updates.": the body that is the sentence's subject,
                head = lead.group(1).strip()  # named in full or by the first words of its name
                known = [o.text for o in speakers.organisations if o.text == head or o.text.startswith(head + " ")]
                if known:
                    return known[0]
            bodies = [
                o for o in speakers.organisations
                if o.text in text and not re.search(r"\b(?:on|in|at|via|from|to|with)\s+(?:the\s+)?$",
                                                    text[: text.find(o.text)])
            ]  # fmt: skip
            if bodies:  # else the first body the sentence names, not one it only mentions ("on Twitter")
                return min(bodies, key=lambda o: text.find(o.text)).text
        return None
    before = [f for f in out if f.kind == "quote" and f.speaker and max(f.sentences or [f.sentence]) == at - 1]
    if not before:
        return None
    speaker = before[-1].speaker
    person = speakers.people.find(speaker) if speaker else None
    sex = PRONOUN_SEX.get(pronoun, "")
    if person is not None and sex and sex_of(person) not in ("", sex):
        return None
    return speaker


def _intro_subject_is(intro: str, person: Person) -> bool:
    """Whether `person` is the subject of an introduction: named near its start and not as the owner of a
    group ("Jane Roe wanted an apology", not "Jane Roe fans were angry")."""
    at = intro.find(person.key)
    if at < 0 or len(intro[:at].split()) > 6:  # "According to film director Jane Roe, ..."
        return False
    if re.search(r"\b(?:by|from|of)\s+(?:[A-ZÆØÅ][\w.'’-]*\s+)*$", intro[:at]):
        return False  # "A photo posted by Jane Roe has gone viral": the passive's agent, not the subject
    # "Jane Roe fans were angry", "Roe supporters, who ...": a plural noun after the name is the subject
    return not re.match(r"(?:['’]s)?\s+[a-z]+s,?\s+(?:were|are|have|had|who)\b", intro[at + len(person.key) :])


def _spelled_in(handle: str, texts: dict[int, str]) -> str | None:
    """A name the article writes that a handle spells, ignoring case and spaces ("@NadiaRoe" for "Nadia Roe" written
    anywhere in the article), also with a short title before it or cut at fifteen characters; None if none."""
    bare = re.sub(r"[^a-z]", "", handle.lower())
    if len(bare) < 8:
        return None
    for text in texts.values():
        for m in re.finditer(r"(?<![\w@])(?=((?:[A-ZÆØÅ][\w'’-]+\s+){1,3}[A-ZÆØÅ][\w'’-]+))", text):
            words = m.group(1).split()
            for n in range(len(words), 1, -1):
                name = " ".join(words[:n])
                letters = re.sub(r"[^a-z]", "", name.lower())
                if len(letters) >= 8 and (
                    letters == bare
                    or (len(bare) == 15 and letters.startswith(bare))
                    or (bare.endswith(letters) and len(bare) - len(letters) <= 4)
                ):
                    return name
    return None


def _spelled_by(handle: str, people: Sequence[Person]) -> Person | None:
    """The person whose name a handle spells, ignoring case and spaces ("@JaneRoe", "@roe" for Jane Roe), also with a
    short title before it or cut at fifteen characters."""
    bare = re.sub(r"[^a-z]", "", handle.lower())
    for person in people:
        name = re.sub(r"[^a-z]", "", person.name.lower())
        key = re.sub(r"[^a-z]", "", person.key.lower())
        if len(bare) >= 5 and bare in (name, key):
            return person
    for person in people:
        name = re.sub(r"[^a-z]", "", person.name.lower())
        if len(person.name.split()) < 2 or len(name) < 8:
            continue
        # "@NadiaRoeGilmo" for Nadia Roe Gilmore: cut at Twitter's fifteen characters; "@SenJaneRoe", "@DrJaneRoe": a
        # title before the name
        if (len(bare) == 15 and name.startswith(bare)) or (bare.endswith(name) and len(bare) - len(name) <= 4):
            return person
    return None


def _retweet(text: str, sentences: list[SourceSentence], indices: tuple[int, ...]) -> tuple[str, str, list[int]] | None:
    """The post passed on inside a post ("... RT @bob: text"): its text, its handle and the sentences it
    covers; None when the post passes none on after its own opening."""
    m = re.search(r"(?<=\s)RT\s+(@\w{1,30})\s*:\s*(\S.*)$", text)
    if m is None or len(m.group(2).split()) < 3:
        return None
    by_index = {s.index: s.text for s in sentences}
    covered = [i for i in indices if m.group(2)[:20] in by_index.get(i, "")]
    start = covered[0] if covered else indices[-1]
    return m.group(2), m.group(1), [i for i in indices if i >= start]
