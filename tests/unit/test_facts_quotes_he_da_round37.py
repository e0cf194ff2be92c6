"""Hebrew (and Danish) quotes with the right speaker, round 37: shapes that real Israeli news pages showed (radio
interviews of ministers, police statements, match reports, a minister's apology), written again with made-up names
and sentences. Every class is a construction of the language, not of one page:

* '"...", המשיך X' (went on): after a quote and its comma "went on" is a verb of saying, so X speaks, not a name
  inside the quote; before a quote, with no comma, it stays a verb of going on;
* 'הוא מתנצל וכותב: "..."' (he apologises and writes:): a pronoun opening the clause before the colon speaks as
  the person it stands for, never its verbs read as a name;
* 'אחד השחקנים אף הגיב:', 'X Y אף אמר:' (even, also): an adverb between the subject and its verb is no word of
  the subject or of the name.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(language: str, paragraphs: list[str], title: str = "כותרת") -> list[Fact]:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "", [TextBlock(p) for p in [title, *paragraphs]])
    return extract_facts(build_document(article, language=language))


def _quotes(paragraphs: list[str], language: str = "he") -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in _facts(language, paragraphs) if f.kind == "quote" and f.sentence > 0]


def _people(paragraphs: list[str], language: str = "he") -> list[str]:
    return [f.text for f in _facts(language, paragraphs) if f.kind == "person"]


# --- '"...", המשיך X' ------------------------------------------------------------------------------------------

_MINISTER = [
    'שר החקלאות רון אלמוג אמר בכנס כי "המחירים יירדו בקרוב מאוד לכל הצרכנים".',
    "אלמוג אמר את הדברים בתגובה להקלטות של שרת הפנים מיכל דהן, בהן נשמעה השרה טוענת שהממשלה טועה.",
]


def test_went_on_after_a_quote_and_its_comma_names_the_speaker() -> None:
    paragraphs = [*_MINISTER, '"אני לא יכול לענות על כל מה שאומרת מיכל או שר אחר", המשיך אלמוג.']
    assert _quotes(paragraphs)[-1] == ("אני לא יכול לענות על כל מה שאומרת מיכל או שר אחר", "רון אלמוג")


def test_went_on_in_the_feminine_names_her() -> None:
    paragraphs = [
        'שרת החינוך דנה לוי אמרה: "הלימודים יתחדשו בשבוע הבא בכל בתי הספר".',
        "ראש הממשלה משה כרמי הודיע על תקציב חדש למערכת החינוך ולבתי החולים.",
        '"אנחנו נעבוד קשה כדי שכל התלמידים יחזרו ללמוד", המשיכה לוי.',
    ]
    assert _quotes(paragraphs)[-1] == ("אנחנו נעבוד קשה כדי שכל התלמידים יחזרו ללמוד", "דנה לוי")


def test_went_on_in_the_next_sentence_without_a_comma_names_no_speaker() -> None:
    # near miss: "המשיכה לוי בדרכה" opens a sentence of its own; the quote stays its introducer's
    paragraphs = [
        'שר החקלאות רון אלמוג אמר: "המחירים יירדו בקרוב מאוד לכל הצרכנים". המשיכה לוי בדרכה אל הכנסת.',
    ]
    assert _quotes(paragraphs) == [("המחירים יירדו בקרוב מאוד לכל הצרכנים", "רון אלמוג")]


# --- a pronoun and its verbs before the colon -----------------------------------------------------------------


def test_a_pronoun_opening_the_clause_before_the_colon_speaks() -> None:
    paragraphs = [
        'לאחר שדבריו של שר הפנים רון אלמוג עוררו סערה, הוא מתנצל וכותב: "טעיתי בדבריי ואני מצטער על הפגיעה בתושבים".'
    ]
    assert _quotes(paragraphs) == [("טעיתי בדבריי ואני מצטער על הפגיעה בתושבים", "רון אלמוג")]


def test_a_pronoun_and_a_present_verb_of_writing_speak() -> None:
    paragraphs = [
        "שר הפנים רון אלמוג התראיין אמש ברדיו על המשבר בצפון.",
        'אחרי הביקורת הוא כותב: "טעיתי בדבריי ואני מצטער על הפגיעה בתושבים".',
    ]
    assert _quotes(paragraphs)[-1] == ("טעיתי בדבריי ואני מצטער על הפגיעה בתושבים", "רון אלמוג")


def test_a_clause_with_no_pronoun_before_the_colon_keeps_its_subject() -> None:
    # near miss: the name opens the clause, as before
    paragraphs = [
        "שר הפנים רון אלמוג התראיין אמש ברדיו על המשבר בצפון.",
        'אלמוג מתנצל וכותב: "טעיתי בדבריי ואני מצטער על הפגיעה בתושבים".',
    ]
    assert _quotes(paragraphs)[-1] == ("טעיתי בדבריי ואני מצטער על הפגיעה בתושבים", "רון אלמוג")


# --- "אף" between a subject and its verb ----------------------------------------------------------------------


def test_even_between_an_unnamed_subject_and_its_verb_is_no_word_of_it() -> None:
    paragraphs = ['אחד השחקנים אף הגיב: "המאמן טעה כשהשאיר את השחקנים הטובים על הספסל".']
    assert _quotes(paragraphs) == [("המאמן טעה כשהשאיר את השחקנים הטובים על הספסל", "אחד השחקנים")]


def test_even_after_a_name_is_no_family_name() -> None:
    paragraphs = ['שר האוצר רון אלמוג אף אמר: "המחירים יירדו בקרוב מאוד לכל הצרכנים".']
    assert _people(paragraphs) == ["רון אלמוג"]
    assert _quotes(paragraphs) == [("המחירים יירדו בקרוב מאוד לכל הצרכנים", "רון אלמוג")]


def test_an_unnamed_subject_with_no_adverb_is_unchanged() -> None:
    # near miss: no adverb, the description speaks whole
    paragraphs = ['אחד התושבים סיפר: "המים הגיעו עד החלונות של הבית שלנו".']
    assert _quotes(paragraphs) == [("המים הגיעו עד החלונות של הבית שלנו", "אחד התושבים")]


# --- the head of a regional council and the council's name ----------------------------------------------------
# 'ראש המועצה האזורית X Y:' (the head of the X Y regional council): the words after the council's kind are its
# name, never its holder's; the holder is the person with that office, else nobody.


def test_a_regional_councils_name_after_its_kind_is_no_person() -> None:
    paragraphs = ['ראש המועצה האזורית גבעות הזית אמר כי "אנחנו זועמים על ההחלטה של הממשלה".']
    assert _people(paragraphs) == []
    assert [s for _, s in _quotes(paragraphs)] == ["ראש המועצה האזורית גבעות הזית"]


def test_a_headline_label_with_the_councils_office_goes_to_its_holder() -> None:
    paragraphs = [
        'ראש המועצה האזורית גבעות הזית: "אנחנו זועמים על ההחלטה של הממשלה"',
        'אורן לוי, ראש המועצה האזורית גבעות הזית, אמר לרדיו: "אנחנו זועמים על ההחלטה של הממשלה. לא נוותר".',
    ]
    assert _people(paragraphs) == ["אורן לוי"]
    assert [s for _, s in _quotes(paragraphs)] == ["אורן לוי", "אורן לוי"]


# --- "אמר" (said), also a given name, after an apposition's comma ---------------------------------------------


def test_said_after_an_appositions_comma_is_the_verb_not_a_name() -> None:
    paragraphs = ['אורן לוי, מנהל בית הספר, אמר לרדיו: "אנחנו זועמים על ההחלטה של משרד החינוך".']
    assert _people(paragraphs) == ["אורן לוי"]


def test_a_name_after_an_office_and_its_comma_stays_a_name() -> None:
    # near miss: a known given name and a family name after the office's comma
    paragraphs = ['ראש הממשלה, דני כהן, אמר לרדיו: "אנחנו זועמים על ההחלטה של משרד החינוך".']
    assert _people(paragraphs) == ["דני כהן"]


def test_a_known_given_name_after_the_councils_name_is_its_holder() -> None:
    # near miss: the holder named after the council's name
    paragraphs = ['ראש המועצה האזורית גבעות הזית אורן לוי אמר כי "אנחנו זועמים על ההחלטה של הממשלה".']
    assert _people(paragraphs) == ["אורן לוי"]
    assert [s for _, s in _quotes(paragraphs)] == ["אורן לוי"]


def test_a_local_councils_head_and_a_name_right_after_its_kind() -> None:
    # near miss: no council name, the holder's name right after the kind
    paragraphs = ['ראש המועצה המקומית משה כהן אמר כי "אנחנו זועמים על ההחלטה של הממשלה".']
    assert _people(paragraphs) == ["משה כהן"]


# --- a list of people and their roles -------------------------------------------------------------------------


def test_and_glued_to_the_next_persons_given_name_ends_the_role() -> None:
    paragraphs = [
        "בפאנל השתתפו דני כהן, ראש מועצה אזורית גבעות הזית ומשה פרץ, ראש מועצה אזורית עמק הדר.",
    ]
    roles = {f.text: f.role for f in _facts("he", paragraphs) if f.kind == "person"}
    assert roles["דני כהן"] == "ראש מועצה אזורית גבעות הזית"
    assert roles["משה פרץ"] == "ראש מועצה אזורית עמק הדר"


def test_and_glued_to_a_word_that_is_no_given_name_stays_in_the_role() -> None:
    # near miss: "ויו"ר" (and chairman) goes on with a second office of the same person
    paragraphs = ['בכנס נאם דני כהן, ראש המועצה ויו"ר הפורום, ואחריו נאמו אחרים.']
    roles = {f.text: f.role for f in _facts("he", paragraphs) if f.kind == "person"}
    assert roles.get("דני כהן", "").startswith('ראש המועצה ויו"ר')


# --- a town that is also a given name, ending an office ------------------------------------------------------


def test_a_town_that_is_also_a_given_name_ends_the_office_in_commas() -> None:
    paragraphs = ['ירון לוי, מאמן הפועל חדרה, אמר: "השחקנים שלי הוכיחו את עצמם היום".']
    roles = {f.text: f.role for f in _facts("he", paragraphs) if f.kind == "person"}
    assert roles == {"ירון לוי": "מאמן הפועל חדרה"}


def test_a_given_name_inside_the_office_with_a_family_name_after_it_is_no_town() -> None:
    # near miss: "אילת" is a town and a given name; with a family name after it, it names a person, not the office's
    # town, and the description keeps that person's name as it was written
    paragraphs = ['דני כהן, יועץ של אילת שקד, אמר כי "המצב בעיר קשה מאוד".']
    roles = {f.text: f.role for f in _facts("he", paragraphs) if f.kind == "person"}
    assert roles == {"דני כהן": "יועץ של אילת שקד"}


# --- a headline's office, then a clause with its own verb, before the colon ----------------------------------


def test_an_office_then_a_past_verb_and_its_object_speaks_as_the_office() -> None:
    paragraphs = ['יו"ר האיגוד ערך ביקור הזדהות עם תושבי הצפון: "את הברית בינינו לא ניתן להפר"']
    assert _people(paragraphs) == []
    assert [s for _, s in _quotes(paragraphs)] == ['יו"ר האיגוד']


def test_an_office_then_a_listed_family_name_before_the_colon_is_the_holder() -> None:
    # near miss: a family name of three letters the lists hold, then where it was said
    paragraphs = ['שר הביטחון גנץ בביקור בצפון: "לא נאפשר לאויב לפגוע בתושבים"']
    assert _people(paragraphs) == ["גנץ"]


# --- a pronoun opening a clause whose last part, after a comma, is a relative clause -------------------------


def test_a_pronoun_opening_the_clause_speaks_whatever_its_last_part() -> None:
    paragraphs = [
        'יו"ר האיגוד רון אלמוג ביקר היום בצפון.',
        'הוא נפגש אחר כך עם עובדות במפעל הטקסטיל, המייצר מדים לצבא: "אנחנו נלחמים כגוף אחד על הארץ שלנו".',
    ]
    assert _quotes(paragraphs)[-1] == ("אנחנו נלחמים כגוף אחד על הארץ שלנו", "רון אלמוג")


# --- Danish: the body a person is from, owned by a genitive ---------------------------------------------------
# "siger Mette Holm fra Venstres hovedbestyrelse": the genitive owns the body the noun after it names; the role is
# the whole phrase, not "fra Venstres" cut at the genitive.

_DA_QUOTE = "- Vi ser meget alvorligt på sagen. Der blev fremsat udtalelser, der er fuldstændigt uacceptable, siger"


def test_a_danish_genitive_keeps_the_body_it_owns_in_the_role() -> None:
    paragraphs = [f"{_DA_QUOTE} Mette Holm fra Strandpartiets hovedbestyrelse i en pressemeddelelse."]
    roles = {f.text: f.role for f in _facts("da", paragraphs, title="Titel") if f.kind == "person"}
    assert roles == {"Mette Holm": "fra Strandpartiets hovedbestyrelse"}


def test_a_danish_body_with_no_genitive_is_unchanged() -> None:
    # near miss: "fra Strandpartiet i en pressemeddelelse": no genitive, the body alone
    paragraphs = [f"{_DA_QUOTE} Mette Holm fra Strandpartiet i en pressemeddelelse."]
    roles = {f.text: f.role for f in _facts("da", paragraphs, title="Titel") if f.kind == "person"}
    assert roles == {"Mette Holm": "fra Strandpartiet"}


def test_a_genitive_before_a_preposition_owns_nothing() -> None:
    # near miss: a place in the genitive-like spelling, then "i": no noun owned
    paragraphs = [f"{_DA_QUOTE} Mette Holm fra Strandpartiets i går."]
    roles = {f.text: f.role for f in _facts("da", paragraphs, title="Titel") if f.kind == "person"}
    assert "i går" not in (roles.get("Mette Holm") or "")


# --- "revealed" after a quote, and "further" with no subject right after one ----------------------------------

_INTERVIEW = "העיתונאי רון אלמוג שוחח עם דני כהן ויוסי פרץ והתייחס לדברים."


def test_revealed_after_a_quote_and_its_comma_names_the_speaker() -> None:
    paragraphs = [_INTERVIEW, '"ממה שאני מבין, הדובר פשוט כעס אחרי השידור של אתמול בערב", חשף אלמוג.']
    assert _quotes(paragraphs)[-1] == ("ממה שאני מבין, הדובר פשוט כעס אחרי השידור של אתמול בערב", "רון אלמוג")


def test_further_and_a_verb_right_after_a_quote_goes_on_with_its_speaker() -> None:
    paragraphs = [
        _INTERVIEW,
        'אלמוג אמר כי "עשרות כתבים מכל כלי התקשורת עזבו את הקבוצה בימים האחרונים".',
        'עוד התייחס לעיכוב הטיסה: "יש לי הרגשה שמישהו תכנן את כל העיכוב הזה מראש".',
    ]
    assert _quotes(paragraphs)[-1] == ("יש לי הרגשה שמישהו תכנן את כל העיכוב הזה מראש", "רון אלמוג")


def test_further_with_no_quote_right_before_is_left_to_the_names() -> None:
    # near miss: narration between, so the quote before is not the one going on
    paragraphs = [
        'אלמוג אמר כי "עשרות כתבים מכל כלי התקשורת עזבו את הקבוצה בימים האחרונים".',
        "בהמשך הערב עלה לשידור דני כהן ודיבר על הבחירות.",
        'עוד התייחס לעיכוב הטיסה: "יש לי הרגשה שמישהו תכנן את כל העיכוב הזה מראש".',
    ]
    assert _quotes(paragraphs)[-1][1] == "דני כהן"


# --- "to me" after a word that is also a given name -----------------------------------------------------------


def test_to_me_after_a_word_the_given_names_hold_is_no_family_name() -> None:
    paragraphs = [
        'רון אלמוג אמר: "לא נעים לי להגיד את זה, אבל זו האמת".',
        '"לא נעים לי להגיד, אבל ההחלטה הזאת הייתה שגויה", הוסיף.',
    ]
    assert _people(paragraphs) == ["רון אלמוג"]


def test_a_foreign_given_name_spelled_out_keeps_its_family_name_li() -> None:
    # near miss: a foreign given name spelled with a geresh, then the listed family name "לי"
    paragraphs = ["השחקן ג'ט לי הגיע לפסטיבל בירושלים.", "ג'ט לי אמר שהוא שמח להיות כאן."]
    assert "ג'ט לי" in _people(paragraphs)


def test_a_genitive_owning_a_person_gives_no_body_to_the_word_before() -> None:
    # near miss: "Udtalelser fra Strandpartiets formand, X Y," (statements from the party's chairman): a person
    # owned, no body the headline's first word is from
    title = "Udtalelser fra Strandpartiets formand, Mette Holm, om aftalen"
    facts = _facts("da", ['Formanden, Mette Holm, udtalte: "Aftalen er et stort skridt fremad for os alle."'], title)
    assert "Udtalelser" not in [f.text for f in facts if f.kind == "person"]


# --- Danish: a particle verb of saying around its subject -----------------------------------------------------


def test_the_verb_of_a_split_particle_verb_is_no_word_of_the_role() -> None:
    paragraphs = ["Holdet gik efter at vinde, slår klubbens træner Jens Holm fast. Men de endte med at tabe."]
    roles = {f.text: f.role for f in _facts("da", paragraphs, title="Titel") if f.kind == "person"}
    assert roles == {"Jens Holm": "klubbens træner"}


def test_a_role_opening_the_sentence_before_the_verb_is_unchanged() -> None:
    # near miss: the subject first, the particle verb whole after it
    paragraphs = ["Klubbens træner Jens Holm slår fast, at holdet gik efter at vinde."]
    roles = {f.text: f.role for f in _facts("da", paragraphs, title="Titel") if f.kind == "person"}
    assert roles == {"Jens Holm": "Klubbens træner"}
