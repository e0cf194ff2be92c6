"""Quotes with the right speaker: classes found by reading whole real news pages nobody here had tuned on (business,
politics, sport, technology, entertainment and world news from the search tool's stored pages, annotated by hand
first), then in the round-18 dev articles. Every test is written again with made-up names and sentences; the real
text stays out of the repository.

First run on the real pages (24 pages, quotes a careful annotator takes with a named or described speaker): 58 of 69
with the right speaker, 11 with a wrong one, none missed, no phrase taken as speech. A made-up set of 30 passages
written before its first run: 22 of 32 quotes right."""

from __future__ import annotations

from tests.unit.quote_case_checks import said


def test_statement_of_a_body_is_the_body_s() -> None:
    text = '"We regret the delay and will pay every claim in full," said a statement of the Valbruck Water Board.'
    assert said(text, "en") == [("We regret the delay and will pay every claim in full", "the Valbruck Water Board")]
    text = '"These claims have no basis at all in fact," said an online statement of the Ruritanian Foreign Ministry.'
    assert said(text, "en") == [("These claims have no basis at all in fact", "the Ruritanian Foreign Ministry")]
    text = '"He was a loving father and a loyal friend," said a statement released by the family of Joe Marley.'
    assert said(text, "en") == [("He was a loving father and a loyal friend", "the family of Joe Marley")]


def test_the_statement_said_goes_back_to_the_body_that_spoke_in_a_statement() -> None:
    text = (
        "The Harbour Alliance in a statement on Tuesday accused the council of ignoring residents.\n\n"
        '"The council has closed its ears to the people who live here," the statement said.'
    )
    assert said(text, "en") == [("The council has closed its ears to the people who live here", "The Harbour Alliance")]
    text = (
        "In a statement, the Millbrook Rail Union said the strike would go ahead. "
        '"Our members have been patient for two years and that patience is gone," the statement added.'
    )
    assert said(text, "en") == [
        ("Our members have been patient for two years and that patience is gone", "the Millbrook Rail Union")
    ]
    text = (
        "The Tolvik Ferry Company said in a statement that sailings would resume. "
        '"Safety of our passengers comes before every timetable we run," the statement said.'
    )
    assert said(text, "en") == [
        ("Safety of our passengers comes before every timetable we run", "The Tolvik Ferry Company")
    ]


def test_a_topic_heading_in_an_interview_round_up_is_no_speaker() -> None:
    text = (
        "Here is what the 31-year-old singer Tessa Vayne told the magazine:\n\n"
        'On her new album: "It is the most honest record I have made, and I was scared to release it."\n\n'
        'On touring: "I love the road, but I miss my dogs every single night."'
    )
    assert said(text, "en") == [
        ("It is the most honest record I have made, and I was scared to release it", "Tessa Vayne"),
        ("I love the road, but I miss my dogs every single night", "Tessa Vayne"),
    ]
    text = (
        "Coach Brent Aldous spoke after the game.\n\n"
        'On the penalty: "It was never a foul and everybody in the ground saw it."\n\n'
        'Asked about his future: "I have a contract and I intend to honour it."'
    )
    assert said(text, "en") == [
        ("It was never a foul and everybody in the ground saw it", "Brent Aldous"),
        ("I have a contract and I intend to honour it", "Brent Aldous"),
    ]
    # (a name in the heading is what the words are about, not who says them)
    text = (
        "Actress Lena Dorff spoke to the magazine about her year.\n\n"
        'On working with Paolo Renzi: "He is a genius, and every day on his set was different."'
    )
    assert said(text, "en") == [("He is a genius, and every day on his set was different", "Lena Dorff")]


def test_an_introduction_opening_with_on_is_still_read_when_it_has_a_clause() -> None:
    # look-alikes: a time phrase and a clause with its own subject and verb introduce their speaker
    text = (
        "Tom Weller chairs the harbour board. On Friday, the Tolvik Rowing Club issued a statement on its website, "
        "saying it would leave the harbour:\n\n"
        '"We have rowed here for ninety years and we leave with a heavy heart."'
    )
    assert said(text, "en") == [("We have rowed here for ninety years and we leave with a heavy heart",
                                 "the Tolvik Rowing Club")]  # fmt: skip
    text = 'Ann Doe met the press. On Monday she said: "We will not sell the club to anyone."'
    assert said(text, "en") == [("We will not sell the club to anyone", "Ann Doe")]


def test_a_fronted_participle_without_its_comma_is_no_name() -> None:
    text = (
        'Ivo Marsh runs Zentra. When he sees my phone on the desk, Marsh is blunt: "Ours is thinner than yours." '
        'Picking up on criticisms about the build quality he says simply: "We are not made of plastic."'
    )
    assert said(text, "en") == [
        ("Ours is thinner than yours", "Ivo Marsh"),
        ("We are not made of plastic", "Ivo Marsh"),
    ]
    text = 'Ada Chu owns the bakery. Looking back on the flood she says: "We lost everything but we kept going."'
    assert said(text, "en") == [("We lost everything but we kept going", "Ada Chu")]


def test_a_product_before_saying_is_not_the_speaker() -> None:
    text = (
        "That is true for Zentra boss Ivo Marsh. In an interview with the Daily Courier, the daunted chief executive "
        'expressed his regret about the huge success of the iPhone saying "we should have taken the rival more '
        'seriously when it arrived."'
    )
    assert said(text, "en") == [("we should have taken the rival more seriously when it arrived", "Ivo Marsh")]
    # look-alike: a common noun before the participle still speaks for itself
    text = 'Ann Roe wrote to the council, with one neighbour writing "we have waited long enough for the road to be fixed."'
    assert said(text, "en") == [("we have waited long enough for the road to be fixed", "one neighbour")]


def test_a_nationality_opening_a_sentence_is_the_person_named_before() -> None:
    text = (
        'Coach Carlos Vela cut a dejected figure as his side lost. "We need to fight until the end," Vela said.\n\n'
        '"We will be together again tomorrow," he added. The Spaniard felt his team could not deal with the '
        "pressure.\n\n"
        '"I think after conceding the first goal we were in a hurry," he said.'
    )
    assert [s for _, s in said(text, "en")] == ["Carlos Vela"] * 3
    text = (
        "Striker Luca Benassi missed a penalty in the final minute. The Italian said he had let the fans down. "
        '"I will take the next one, and I will score it," he said.'
    )
    assert said(text, "en") == [("I will take the next one, and I will score it", "Luca Benassi")]


def test_an_unnamed_speaker_with_two_appositives_telling_someone() -> None:
    text = (
        "Not everyone was convinced. One shareholder, referring to one of the new models, the Zentra X2, told "
        'Mr. Dorsey: "My sense is that the launch was a mess."'
    )
    assert said(text, "en") == [("My sense is that the launch was a mess", "One shareholder")]
    text = 'A local resident, standing by the flooded road, told Mayor Ann Kell: "This has happened three times now."'
    assert said(text, "en") == [("This has happened three times now", "A local resident")]


def test_quoted_in_a_release_and_as_a_titled_name_put_it() -> None:
    text = '"The result shows the plan is working," Carla Menz was quoted in a club release as saying.'
    assert said(text, "en") == [("The result shows the plan is working", "Carla Menz")]
    text = '"We are a small club with big dreams," as chairman Ron Tilly put it.'
    assert said(text, "en") == [("We are a small club with big dreams", "Ron Tilly")]


def test_a_fronted_phrase_holding_a_participle_is_no_introduction() -> None:
    text = (
        "Singer Rory Vane stopped the concert in Tolvik. In a video posted on social media by a fan, he told the crowd: "
        '"Our drummer has collapsed and is in your local hospital."'
    )
    assert said(text, "en") == [("Our drummer has collapsed and is in your local hospital", "Rory Vane")]
    # look-alike: the phrase's own subject speaks when no clause follows it
    text = 'Tom Roe lost his seat. In a post on Facebook, Jane Doe wrote: "We did everything we could for this town."'
    assert said(text, "en") == [("We did everything we could for this town", "Jane Doe")]


def test_a_quote_left_open_goes_on_with_its_speaker() -> None:
    text = (
        "The Tolvik Players cancelled the tour, and their director Ann Moss apologised.\n\n"
        'Tour manager Ben Salas read out a statement: "Due to circumstances beyond our control, we cannot play.\n\n'
        '"This has been a very difficult decision for all of us.\n\n'
        '"We are truly sorry to everyone who bought tickets."'
    )
    assert [s for _, s in said(text, "en")] == ["Ben Salas"] * 3


def test_a_statement_on_behalf_of_someone_is_theirs_not_the_one_who_shared_it() -> None:
    text = (
        "Fans were angry when the Harbour Kings pulled out of the festival.\n\n"
        'A statement on behalf of the band which was shared by Zentra Live read: "We are sorry that we cannot '
        'play this summer."'
    )
    assert said(text, "en") == [("We are sorry that we cannot play this summer", "the band")]
    # look-alike: a statement released by someone is still theirs
    text = 'The statement was released by the Tolvik Arts Council: "The festival will go ahead as planned."'
    assert said(text, "en") == [("The festival will go ahead as planned", "the Tolvik Arts Council")]


def test_a_name_with_a_particle_before_its_office() -> None:
    text = (
        'Lena Marquez de Souto, secretary of culture for the province said, "I ask the families to forgive us '
        'for what they are about to see."'
    )
    assert said(text, "en") == [
        ("I ask the families to forgive us for what they are about to see", "Lena Marquez de Souto")
    ]
    text = 'Piet van Aller, a teacher from the Tolvik college, mentioned: "We want our students to write in both languages."'
    assert said(text, "en") == [("We want our students to write in both languages", "Piet van Aller")]


def test_danish_inverted_verb_with_a_long_office_after_the_name() -> None:
    text = (
        "I anledning af prisen udtalte Mette Kragh, formand for udvalget for kultur, idræt, fritid og "
        'ungdom: "Jeg vil gerne ønske byen til lykke med den flotte pris."'
    )
    assert said(text, "da") == [("Jeg vil gerne ønske byen til lykke med den flotte pris", "Mette Kragh")]


def test_a_noun_phrase_object_of_the_writer_s_verb_is_no_speech() -> None:
    text = (
        'The court, besides handing down the sentence, ruled that Marlow had committed "crimes against humanity in '
        'the context of the repression that took place in the north".'
    )
    assert said(text, "en") == []
    # look-alike: after a verb of saying the same words with a verb of their own are speech
    text = 'The judge warned that "crimes against humanity will never go unpunished in this country," Marlow said.'
    assert said(text, "en") == [("crimes against humanity will never go unpunished in this country", "Marlow")]


def test_arabic_a_statement_that_claims_or_lays_down_is_its_issuer_s() -> None:
    text = (
        "ردا على ذلك أصدرت جمعية المزارعين في المدينة تصريحًا صحفيًا يوم الأحد، ويزعم البيان الصحفي أن "
        '"المياه الملوثة وصلت إلى الحقول الشمالية منذ أسبوعين ولم يتحرك أحد".\n\n'
        'البيان نفسه ينص لاحقا على أنه "في الثالث من آذار أغلقت البلدية القناة الرئيسية دون أي إنذار".'
    )
    speakers = [s or "" for _, s in said(text, "ar")]
    assert len(speakers) == 2 and all("جمعية المزارعين" in s for s in speakers), speakers


def test_the_one_told_is_not_who_a_later_pronoun_is() -> None:
    text = (
        "Ann Roe chairs the harbour trust.\n\n"
        "She said the vote was early but told the Herald's Kate Moss on Monday: \"It is never acceptable to bully "
        'members."\n\n'
        'She added that she has no doubt the chair will look into it and "it is for him to make the final decision".'
    )
    assert [s for _, s in said(text, "en")] == ["Ann Roe", "Ann Roe"]
    # look-alike: a clause naming its own subject after the pronoun keeps that subject
    text = (
        'Tom Weller fled the country in 1999; the following year, Premier Lin Hart said "If Weller came back he '
        'would face the courts like anyone else."'
    )
    assert said(text, "en") == [("If Weller came back he would face the courts like anyone else", "Lin Hart")]


def test_quote_paragraphs_left_open_after_an_attributed_one_keep_its_speaker() -> None:
    text = (
        "Ann Berg beat Lisa Holm in straight sets on Saturday.\n\n"
        '"I think it was a good match," said Holm. "I started well but could not keep it up."\n\n'
        '"In important moments she played some amazing shots.\n\n'
        '"Then she took the set and it was too late for me."\n\n'
        'Berg reaches her first final. "I did not think I would be here again," Berg said.'
    )
    assert [s for _, s in said(text, "en")] == ["Lisa Holm"] * 4 + ["Ann Berg"]


def test_the_world_number_one_and_according_to_after_a_quote() -> None:
    text = 'Ann Berg hit 41 winners. "I just made a few errors at the start," said the world No. 1.'
    assert said(text, "en") == [("I just made a few errors at the start", "Ann Berg")]
    text = (
        "Patient wants minister to visit ward\n\n"
        '"Nurses on this ward have not got time to breathe."\n\n'
        "This is according to Deana who is a long-term patient at the hospital."
    )
    assert said(text, "en") == [("Nurses on this ward have not got time to breathe", "Deana")]


def test_a_press_release_opening_attributed_at_its_end() -> None:
    text = (
        "Claims from Transport Minister Tom Weller that the trains are on time are not supported by the figures, "
        "the Harbour Party's transport spokesperson, Dr Ann Roe, says.\n\n"
        '"A driver was recently reported saying that he had never seen so many cancellations. Yet Tom Weller sits in '
        "his office and claims all is well.\n\n"
        '"None of this is a sign of a railway that works."'
    )
    assert [s for _, s in said(text, "en")] == ["Ann Roe", "Ann Roe"]
    # look-alike: a passive's agent that ends a sentence with no verb of saying after it is still no subject
    text = 'Tom Weller was met at the station by Ann Roe. "We have a lot of work to do on this line," he said.'
    assert said(text, "en") == [("We have a lot of work to do on this line", "Tom Weller")]


def test_arabic_a_statement_received_by_an_outlet_and_one_of_a_body() -> None:
    # an outlet that received the statement is named after تلقته; its name may spell a verb of saying (أكد)
    text = (
        "أصدرت هيئة الموانئ، الاحد، توضيحاً حول كتاب متداول.\n\n"
        "وذكر المتحدث باسم الهيئة سامر نجيب في بيان، تلقته أكد نيوز، ان “الكتاب الذي تداولته الصفحات صادر "
        "في السنة الماضية وليس اليوم”.\n\n"
        "واضاف، انه “تم استغلال تطابق اليوم والشهر لإشغال الرأي العام”."
    )
    assert [s for _, s in said(text, "ar")] == ["سامر نجيب", "سامر نجيب"]
    # "بيان للوزارة" (a statement of the ministry's), then "بحسب البيان": the ministry's words
    text = (
        "أوضحت وزارة الزراعة، اليوم الاثنين، حقيقة ما يتداول بشأن القانون.\n\n"
        'وذكر بيان للوزارة، تلقته وكالة الأنباء، ان "وزارة الزراعة تنفي المزاعم التي تداولتها بعض وسائل الإعلام '
        'بشأن القانون الجديد".\n\n'
        'واكدت الوزارة بحسب البيان، مؤكدة "انها لم يصدر عنها أي تصريح أو إجراء متعلق بهذا الشأن".'
    )
    speakers = [s or "" for _, s in said(text, "ar")]
    # (the statement of the ministry is the ministry the article named, "وزارة الزراعة", or "الوزارة" as written)
    assert speakers and all("وزارة" in s for s in speakers), speakers


def test_arabic_pointed_out_that_has_no_subject_after_it() -> None:
    # "وأشار إلى أن" (he pointed out that): إلى is no name; the source who spoke before goes on, not a word inside
    # the quote ("بند")
    text = (
        "قال مصدر في وزارة الزراعة إن الدفعة ستصرف قريبا.\n\n"
        "وقال المصدر لإذاعة “صوت المدينة” المحلية “لن يتم خصم أي قيمة من المبالغ التي صرفت قبل العيد”.\n\n"
        "وأشار إلى أن ” ما صرف من دفعات قبيل العيد هي طارئة ووفق بند خاص جاء للتخفيف عن المزارعين”."
    )
    speakers = [s or "" for _, s in said(text, "ar")]
    assert speakers and "المصدر" in speakers[-1], speakers
