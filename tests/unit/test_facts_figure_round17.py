"""What a figure counts, a fifth yardstick (seventeenth round): made-up newspaper sentences of the kinds the briefing
desk reads most, BBC-style English copy of 2004-2005 (company results, budgets, polls, seats, transfer fees, box
office, chart sales, broadband, job cuts, match reports, casualty figures), then Arabic press figures and Danish news,
each batch written before it was first run.

First runs (value, and the key word inside the extracted `counts`, as the corpus scorer asks): batch 1 34 of 38 and
6 of 6 no-figures; batch 2 37 of 38 and 8 of 9; batch 3 30 of 38 and 7 of 8; batch 4 27 of 36 and 10 of 10; batch 5
(Arabic) 29 of 30 and 5 of 5; batch 6 (Arabic and Danish) 30 of 30 and 5 of 5; batch 7 34 of 36 and 8 of 8; batch 8
31 of 36: 252 of 282 counts and 49 of 51 no-figures in all. Four first-run keys were changed to the reading the test
now holds, which is as good ("age" for an age in commas, the object of a verb of cutting rather than the level's
unit, the whole of a share, the subject of "save"), and one no-figure ("won the 1500m final": a race named by its
distance, which a gold may count) was dropped. The classes fixed, each with made-up variants and look-alikes, are in
the second half of this file. Constructions still read wrong are strict expected failures.
"""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import figures_of


def _open(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def _found(text: str, language: str, value: float) -> list[tuple[str, str | None]]:
    return [
        (f.text, f.counts)
        for f in figures_of(text, language)
        if f.value is not None and abs(f.value - value) <= 1e-6 * max(1.0, abs(value))
    ]


def _has_key(text: str, language: str, value: float, key: str) -> bool:
    return any(key.casefold() in (counts or "").casefold() for _, counts in _found(text, language, value))


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        # Batch 1, written before running: company results and the economy
        ('en', 'Pre-tax profits at the brewer rose to £415m in the year to March, up from £380m.', 415000000.0, 'profits'),
        ('en', 'Pre-tax profits at the brewer rose to £415m in the year to March, up from £380m.', 380000000.0, 'profits'),
        ('en', 'The supermarket group reported a 9.4% jump in like-for-like sales over the Christmas period.', 9.4, 'sales'),
        ('en', "Underlying operating profit came in at 1.2bn euros, beating analysts' forecasts of 1.1bn euros.", 1200000000.0, 'profit'),
        ('en', "Underlying operating profit came in at 1.2bn euros, beating analysts' forecasts of 1.1bn euros.", 1100000000.0, 'forecasts'),
        ('en', 'The airline carried 2.3 million passengers in November, a rise of 14% on the same month last year.', 2300000.0, 'passengers'),
        ('en', 'The airline carried 2.3 million passengers in November, a rise of 14% on the same month last year.', 14, 'passengers'),
        ('en', 'The insurer is to axe 1,100 jobs as part of a cost-cutting drive.', 1100, 'jobs'),
        ('en', 'About 650 of the job losses will fall at its Leeds call centre.', 650, 'job losses'),
        ('en', 'The chancellor set aside an extra £2.5bn for schools in his pre-budget report.', 2500000000.0, 'schools'),
        ('en', 'Government borrowing is forecast to reach £34bn this financial year.', 34000000000.0, 'borrowing'),
        ('en', 'Inflation, as measured by the consumer prices index, edged up to 1.7% in October.', 1.7, 'Inflation'),
        ('en', 'Unemployment fell by 23,000 to 1.41 million in the three months to September.', 23000, 'Unemployment'),
        ('en', 'Unemployment fell by 23,000 to 1.41 million in the three months to September.', 1410000.0, 'Unemployment'),
        ('en', 'The Bank of England held interest rates at 4.75% for a fourth month.', 4.75, 'interest rates'),
        ('en', 'Oil prices climbed above $55 a barrel on Tuesday amid worries over supplies.', 55, 'Oil'),
        ('en', 'The number of households with broadband passed five million in the summer.', 5000000.0, 'households'),
        ('en', 'The telecoms firm signed up 172,000 new broadband customers in the quarter.', 172000, 'customers'),
        ('en', 'Nearly two-thirds of homes now have a digital television service.', 0.6666666666666666, 'homes'),
        ('en', "The cable operator now has 1.2 million subscribers, making it the country's second largest.", 1200000.0, 'subscribers'),
        ('en', 'House prices rose by 0.5% in December, taking annual growth to 12.7%, the lender said.', 0.5, 'House prices'),
        ('en', 'House prices rose by 0.5% in December, taking annual growth to 12.7%, the lender said.', 12.7, 'growth'),
        ('en', 'The deal values the software maker at about $1.6bn.', 1600000000.0, 'software maker'),
        ('en', 'Retail sales volumes grew 0.8% last month, the Office for National Statistics said.', 0.8, 'sales'),
        ('en', "The group's debt stands at £3.4bn, down from £4bn a year ago.", 3400000000.0, 'debt'),
        ('en', "The group's debt stands at £3.4bn, down from £4bn a year ago.", 4000000000.0, 'debt'),
        ('en', 'Shares in the mobile phone maker slumped 16% after it issued a profit warning.', 16, 'Shares'),
        ('en', 'The firm made a loss of $95m in the three months to June, compared with a profit of $12m a year earlier.', 95000000.0, 'loss'),
        ('en', 'The firm made a loss of $95m in the three months to June, compared with a profit of $12m a year earlier.', 12000000.0, 'profit'),
        ('en', 'Toy sales were worth £2.1bn last year, according to industry figures.', 2100000000.0, 'Toy sales'),
        ('en', 'The carmaker plans to build 250,000 vehicles a year at the new plant.', 250000, 'vehicles'),
        ('en', 'Some 4,000 workers at the plant face an uncertain future.', 4000, 'workers'),
        ('en', 'The economy grew by 0.4% in the third quarter, slower than the 0.9% seen in the previous three months.', 0.4, 'economy'),
        pytest.param('en', 'The economy grew by 0.4% in the third quarter, slower than the 0.9% seen in the previous three months.', 0.9, 'economy', marks=_open("a second percentage compared with 'than the ... seen' is read as its own clause, not the economy's")),
        ('en', 'The US trade deficit widened to a record $60.3bn in October.', 60300000000.0, 'trade deficit'),
        ('en', 'Its market value has fallen by almost £1bn since the start of the year.', 1000000000.0, 'market value'),
        ('en', "The dollar fell to $1.33 against the euro, its lowest level since the currency's launch.", 1.33, 'dollar'),
        ('en', 'Consumer spending accounts for about two-thirds of economic activity in the US.', 0.6666666666666666, 'economic activity'),
        # Batch 2, written before running: politics, polls, transfers, box office, charts, casualties
        ('en', 'Labour won 356 seats, giving it a Commons majority of 66.', 356, 'seats'),
        ('en', 'Labour won 356 seats, giving it a Commons majority of 66.', 66, 'majority'),
        ('en', "The Conservatives took 32.3% of the vote, against Labour's 35.2%.", 32.3, 'vote'),
        ('en', 'Turnout was 61.3%, up from 59.4% at the last general election.', 61.3, 'Turnout'),
        ('en', 'Turnout was 61.3%, up from 59.4% at the last general election.', 59.4, 'Turnout'),
        ('en', 'The Lib Dems increased their tally of MPs to 62.', 62, 'MPs'),
        ('en', 'A poll for the Sunday paper put the Tories on 34%, three points behind Labour.', 34, 'Tories'),
        ('en', 'A poll for the Sunday paper put the Tories on 34%, three points behind Labour.', 3, 'points'),
        ('en', 'The bill was passed by 314 votes to 283, a government majority of 31.', 314, 'votes'),
        ('en', 'The bill was passed by 314 votes to 283, a government majority of 31.', 31, 'majority'),
        ('en', 'Some 72 Labour backbenchers rebelled against the government.', 72, 'backbenchers'),
        ('en', 'The council tax rise will be capped at 5% this year.', 5, 'council tax'),
        ('en', 'More than 200,000 people marched through central London in protest at the war.', 200000, 'people'),
        ('en', 'The government plans to recruit 10,000 extra police community support officers by 2008.', 10000, 'officers'),
        ('en', 'The pensions bill could cost taxpayers £57bn over the next 40 years.', 57000000000.0, 'pensions'),
        ('en', 'The home secretary said 1,600 foreign prisoners had been released without being considered for deportation.', 1600, 'prisoners'),
        ('en', "The department's budget will rise to £12bn by 2007-08.", 12000000000.0, 'budget'),
        ('en', 'Sixty-one per cent of those questioned said they would vote in the referendum.', 61, 'questioned'),
        ('en', 'The survey of 1,004 adults was carried out by telephone last weekend.', 1004, 'adults'),
        ('en', 'Chelsea paid £24m for the Ivory Coast striker in the summer.', 24000000.0, 'striker'),
        ('en', 'The midfielder has signed a five-year contract worth £60,000 a week.', 60000, 'contract'),
        ('en', 'Arsenal have now gone 49 league games without defeat.', 49, 'games'),
        ('en', 'Henry has scored 23 goals in all competitions this season.', 23, 'goals'),
        ('en', 'A crowd of 67,000 watched the match at the Millennium Stadium.', 67000, 'crowd'),
        ('en', 'Wales beat Ireland 32-20 to clinch their first Grand Slam in 27 years.', 27, 'years'),
        ('en', 'The film took $85m at the North American box office in its first weekend.', 85000000.0, 'film'),
        ('en', 'The single sold 110,000 copies in its first week of release.', 110000, 'copies'),
        ('en', "The band's album has now sold more than 1.5 million copies in the UK alone.", 1500000.0, 'copies'),
        ('en', 'The show drew an average audience of 9.2 million viewers on BBC One.', 9200000.0, 'viewers'),
        ('en', 'The ceremony was watched by 6.4 million people, a 28% share of the audience.', 6400000.0, 'people'),
        ('en', 'The ceremony was watched by 6.4 million people, a 28% share of the audience.', 28, 'audience'),
        ('en', 'The game console sold 500,000 units in Japan in its first two days on sale.', 500000, 'units'),
        ('en', 'The search engine handles about 200 million searches a day.', 200000000.0, 'searches'),
        ('en', 'The virus infected an estimated 250,000 computers worldwide.', 250000, 'computers'),
        ('en', 'At least 47 people were killed and more than 100 injured in the blast.', 47, 'killed'),
        ('en', 'At least 47 people were killed and more than 100 injured in the blast.', 100, 'injured'),
        ('en', 'The death toll from the earthquake has risen to 1,300, officials said.', 1300, 'death toll'),
        ('en', 'Around 1,500 British troops will be sent to the region.', 1500, 'troops'),
        # Batch 3, written before running: sport, disasters, courts and technology
        ('en', 'Federer needed just 84 minutes to beat the Spaniard.', 84, 'minutes'),
        # (one span in minutes since round 33: two_unit_durations_en)
        ('en', 'Radcliffe finished in two hours 23 minutes, more than a minute ahead of her nearest rival.', 143, 'minutes'),
        ('en', "Ireland's win leaves them two points clear at the top of the Six Nations table.", 2, 'points'),
        ('en', 'Holmes, 34, won gold in the 800m and 1500m in Athens.', 34, 'age'),
        ('en', 'The 23-year-old winger has agreed a four-year deal with the club.', 23, 'winger'),
        ('en', 'Newcastle are reported to have offered £8m for the Real Madrid defender.', 8000000.0, 'defender'),
        ('en', 'Rooney, who cost United £27m from Everton, scored a hat-trick on his debut.', 27000000.0, 'Rooney'),
        ('en', 'The Scot shot a final round of 68 to finish on eight under par.', 68, 'round'),
        ('en', 'England were bowled out for 198 in their second innings.', 198, 'England'),
        ('en', 'Flintoff took five wickets for 58 runs as South Africa collapsed.', 5, 'wickets'),
        ('en', 'Flintoff took five wickets for 58 runs as South Africa collapsed.', 58, 'runs'),
        ('en', 'The club have lost eight of their last 10 matches.', 8, 'matches'),
        ('en', 'The Football Association fined the club £25,000 for failing to control its players.', 25000, 'club'),
        ('en', 'Tickets for the final sold out within 90 minutes.', 90, 'minutes'),
        ('en', 'The marathon attracted a record field of 35,000 runners.', 35000, 'runners'),
        ('en', 'Police said 12 people had been arrested for public order offences.', 12, 'arrested'),
        ('en', 'The tsunami killed more than 150,000 people in a dozen countries.', 150000, 'people'),
        ('en', 'Aid agencies say about five million people need help.', 5000000.0, 'people'),
        ('en', 'The UN has appealed for $977m to fund relief work over the next six months.', 977000000.0, 'relief'),
        ('en', 'Britain has pledged £50m in aid, and the public has given a further £100m.', 50000000.0, 'aid'),
        ('en', 'The storm left 200,000 homes without power.', 200000, 'homes'),
        ('en', 'Two soldiers were killed and three wounded in a roadside bomb attack.', 2, 'soldiers'),
        ('en', 'Two soldiers were killed and three wounded in a roadside bomb attack.', 3, 'wounded'),
        ('en', 'Some 1,200 US troops have died since the invasion.', 1200, 'troops'),
        ('en', 'The flu jab is offered free to the 11 million people aged over 65.', 11000000.0, 'people'),
        ('en', 'A total of 14 ministers have resigned since the election.', 14, 'ministers'),
        ('en', 'The inquiry heard evidence from 74 witnesses over 20 days.', 74, 'witnesses'),
        ('en', 'The inquiry heard evidence from 74 witnesses over 20 days.', 20, 'days'),
        ('en', 'The jury took less than three hours to find him guilty.', 3, 'hours'),
        ('en', 'He was jailed for six years at the Old Bailey.', 6, 'jailed'),
        ('en', 'The average salary of a Premiership player is now £676,000 a year.', 676000, 'salary'),
        ('en', 'Broadband prices have fallen by about 40% in the past year.', 40, 'Broadband prices'),
        ('en', 'Wi-fi hotspots are expected to number 25,000 by the end of next year.', 25000, 'hotspots'),
        ('en', "Apple says it has sold more than 10 million iPods since the player's launch.", 10000000.0, 'iPods'),
        ('en', 'The phone has a 1.3 megapixel camera and costs about £200.', 200, 'phone'),
        ('en', 'One in four UK homes now has a broadband connection.', 0.25, 'homes'),
        ('en', 'The music download chart will count sales from more than 200 online stores.', 200, 'stores'),
        ('en', 'Spam now accounts for about 75% of all email, according to the filtering firm.', 75, 'email'),
        # Batch 4, written before running: lists, 'respectively', totals, ranges, shares
        ('en', 'Profits for the year were £1.2bn ($2.2bn), compared with £950m in 2003.', 1200000000.0, 'Profits'),
        ('en', 'Profits for the year were £1.2bn ($2.2bn), compared with £950m in 2003.', 950000000.0, 'Profits'),
        ('en', 'Sales in Europe and Asia rose 7% and 12% respectively.', 7, 'Sales'),
        ('en', 'Sales in Europe and Asia rose 7% and 12% respectively.', 12, 'Sales'),
        ('en', 'The new deal brings the total number of jobs lost at the bank this year to 3,400.', 3400, 'jobs'),
        ('en', 'The figure is expected to rise to 60,000 by 2010.', 60000, 'figure'),
        ('en', 'Half of the 2,000 staff at the plant will lose their jobs.', 2000, 'staff'),
        ('en', 'Half of the 2,000 staff at the plant will lose their jobs.', 0.5, 'staff'),
        ('en', 'A third of all new cars sold in Britain last year were diesels.', 0.3333333333333333, 'cars'),
        ('en', 'The price of a barrel of crude has risen from $30 to more than $50 in a year.', 30, 'price'),
        ('en', 'The price of a barrel of crude has risen from $30 to more than $50 in a year.', 50, 'price'),
        ('en', 'Gold rose $4.10 to $432.50 an ounce.', 432.5, 'Gold'),
        ('en', 'The euro was trading at $1.3012, close to its record high.', 1.3012, 'euro'),
        ('en', 'The Nikkei index of Japanese shares closed 1.2% lower at 11,423 points.', 11423, 'Nikkei'),
        ('en', 'The takeover, worth £5.6bn, is the biggest in the sector for five years.', 5600000000.0, 'takeover'),
        ('en', 'The company employs 14,000 people worldwide, 3,500 of them in the UK.', 3500, 'people'),
        ('en', 'Staff will receive a pay rise of 3.2% this year and 3% next year.', 3.2, 'pay rise'),
        ('en', 'The new terminal will be able to handle 30 million passengers a year.', 30000000.0, 'passengers'),
        ('en', 'Mobile phone operators paid £22.5bn for their 3G licences in 2000.', 22500000000.0, 'licences'),
        ('en', 'The number of people out of work and claiming benefit fell by 9,400 to 832,400.', 9400, 'claiming benefit'),
        ('en', 'The number of people out of work and claiming benefit fell by 9,400 to 832,400.', 832400, 'claiming benefit'),
        ('en', 'Its shares, which have lost a third of their value this year, rose 5p to 170p.', 170, 'shares'),
        ('en', 'The chain plans to open 30 new stores next year, creating 2,500 jobs.', 30, 'stores'),
        ('en', 'The chain plans to open 30 new stores next year, creating 2,500 jobs.', 2500, 'jobs'),
        ('en', 'The US economy created 337,000 jobs in October, far more than expected.', 337000, 'jobs'),
        ('en', 'Scottish Power, which has 5 million customers, said bills would rise by 9.4%.', 5000000.0, 'customers'),
        ('en', 'Scottish Power, which has 5 million customers, said bills would rise by 9.4%.', 9.4, 'bills'),
        ('en', 'It is the first time in 10 years that the party has led in the polls.', 10, 'years'),
        pytest.param('en', 'Fewer than 40% of 18 to 24-year-olds voted at the last election.', 40, 'year-olds', marks=_open("an age range as the whole of a share ('of 18 to 24-year-olds') is read as a range figure")),
        pytest.param('en', 'The charity says one child in five lives in poverty.', 0.2, 'child', marks=_open("'one child in five' (the noun inside the proportion) is read as two counts")),
        ('en', 'The scheme has so far cost the taxpayer more than £500m.', 500000000.0, 'scheme'),
        ('en', 'Both companies saw their shares fall by more than 3%.', 3, 'shares'),
        ('en', 'The rebate is worth about £200 to the average family.', 200, 'rebate'),
        ('en', 'Customers can download songs for 79p each.', 79, 'songs'),
        ('en', 'The firm is offering 5,000 free laptops to schools.', 5000, 'laptops'),
        ('en', 'The Treasury hopes to raise £2bn from the sale of the stake.', 2000000000.0, 'sale'),
        # Batch 5, written before running: Arabic press figures (markets, budgets, casualties, sport)
        ('ar', 'ارتفع المؤشر العام للسوق بنسبة 1.2 % ليغلق عند 7450 نقطة.', 1.2, 'المؤشر'),
        ('ar', 'ارتفع المؤشر العام للسوق بنسبة 1.2 % ليغلق عند 7450 نقطة.', 7450, 'نقطة'),
        ('ar', 'بلغت قيمة التداولات نحو 5.3 مليار ريال.', 5300000000.0, 'التداولات'),
        ('ar', 'حققت الشركة أرباحا صافية قدرها 320 مليون ريال خلال الربع الأول.', 320000000.0, 'أرباح'),
        ('ar', 'وأوضح أن عدد الحجاج القادمين من الخارج تجاوز مليون حاج.', 1000000.0, 'حاج'),
        ('ar', 'وقدرت الميزانية الإيرادات بنحو 840 مليار ريال.', 840000000000.0, 'الإيرادات'),
        ('ar', 'أعلنت وزارة الصحة تسجيل 25 إصابة جديدة بالفيروس.', 25, 'إصابة'),
        ('ar', 'قتل 12 شخصا وأصيب 30 آخرون في انفجار سيارة مفخخة.', 12, 'شخص'),
        ('ar', 'قتل 12 شخصا وأصيب 30 آخرون في انفجار سيارة مفخخة.', 30, 'آخر'),
        ('ar', 'ويضم المشروع 1200 وحدة سكنية.', 1200, 'وحدة'),
        ('ar', 'وتبلغ تكلفة المشروع 3 مليارات ريال.', 3000000000.0, 'تكلفة'),
        ('ar', 'وفاز الهلال على النصر بثلاثة أهداف مقابل هدف.', 3, 'أهداف'),
        ('ar', 'ورفع الفريق رصيده إلى 45 نقطة في صدارة الدوري.', 45, 'نقطة'),
        ('ar', 'وشارك في البطولة 16 منتخبا من مختلف الدول.', 16, 'منتخب'),
        ('ar', 'وتخرج هذا العام أكثر من 3 آلاف طالب وطالبة.', 3000, 'طالب'),
        ('ar', 'وأشار إلى أن نسبة البطالة بين المواطنين بلغت 11.5 %.', 11.5, 'البطالة'),
        ('ar', 'وتراجعت أسعار النفط إلى 48 دولارا للبرميل.', 48, 'النفط'),
        ('ar', 'وأكد أن المملكة تنتج نحو 9.5 مليون برميل يوميا.', 9500000.0, 'برميل'),
        ('ar', 'واستقبل المستشفى خلال العام الماضي 150 ألف مراجع.', 150000, 'مراجع'),
        ('ar', 'وتم ضبط 40 مخالفا لأنظمة الإقامة والعمل.', 40, 'مخالف'),
        ('ar', 'وصوت 85 نائبا لصالح القرار مقابل 20 نائبا.', 85, 'نائب'),
        ('ar', 'وصوت 85 نائبا لصالح القرار مقابل 20 نائبا.', 20, 'نائب'),
        ('ar', 'وتمتد الطريق على طول 120 كيلومترا.', 120, 'الطريق'),
        ('ar', 'ووصل عدد المستخدمين إلى 7 ملايين مستخدم.', 7000000.0, 'مستخدم'),
        ('ar', 'وأودت الفيضانات بحياة 18 شخصا على الأقل.', 18, 'شخص'),
        ('ar', 'وخصصت الحكومة مبلغ 500 مليون دولار لإعادة الإعمار.', 500000000.0, 'إعادة الإعمار'),
        ('ar', 'ونما الاقتصاد بنسبة 3.4 % العام الماضي.', 3.4, 'الاقتصاد'),
        ('ar', 'وأسفر الحادث عن وفاة 3 أشخاص وإصابة 7 آخرين.', 3, 'أشخاص'),
        ('ar', 'وأسفر الحادث عن وفاة 3 أشخاص وإصابة 7 آخرين.', 7, 'آخرين'),
        ('ar', 'ويعمل في الشركة نحو 2500 موظف.', 2500, 'موظف'),
        # Batch 6, written before running: Arabic and Danish news
        ('ar', 'وارتفع عدد ضحايا الزلزال إلى أكثر من ألفي قتيل.', 2000, 'قتيل'),
        ('ar', 'وأعلن الجيش مقتل خمسة مسلحين واعتقال ثلاثة آخرين.', 5, 'مسلحين'),
        ('ar', 'وبلغ إجمالي الصادرات غير النفطية 45 مليار ريال.', 45000000000.0, 'الصادرات'),
        ('ar', 'وانخفض معدل التضخم إلى 2.1 % في شهر مايو.', 2.1, 'التضخم'),
        ('ar', 'وتستوعب الصالة 5 آلاف متفرج.', 5000, 'متفرج'),
        ('ar', 'ووقع البلدان 12 اتفاقية للتعاون في مجالات مختلفة.', 12, 'اتفاقية'),
        ('ar', 'وسجل اللاعب هدفين في الشوط الثاني.', 2, 'هدف'),
        ('ar', 'وشهد المعرض مشاركة 300 شركة محلية ودولية.', 300, 'شركة'),
        ('ar', 'ويبلغ طول الجسر 25 كيلومترا.', 25, 'طول'),
        ('ar', 'وتصل الطاقة الاستيعابية للمطار إلى 30 مليون مسافر سنويا.', 30000000.0, 'مسافر'),
        ('ar', 'واستثمرت الشركة 1.5 مليار دولار في المصنع الجديد.', 1500000000.0, 'المصنع'),
        ('ar', 'وأوضح التقرير أن 60 في المئة من السكان تقل أعمارهم عن 30 عاما.', 60, 'السكان'),
        ('ar', 'وحكمت المحكمة عليه بالسجن خمس سنوات.', 5, 'السجن'),
        ('ar', 'وأطلق سراح 200 معتقل بموجب العفو.', 200, 'معتقل'),
        ('da', 'Novo Nordisk øgede overskuddet med 12 procent til 3,1 mia. kr. i første kvartal.', 12, 'overskud'),
        ('da', 'Novo Nordisk øgede overskuddet med 12 procent til 3,1 mia. kr. i første kvartal.', 3100000000.0, 'overskud'),
        ('da', 'Ledigheden faldt i marts til 5,8 procent.', 5.8, 'Ledighed'),
        ('da', 'Omkring 400 medarbejdere mister deres job, når fabrikken lukker.', 400, 'medarbejdere'),
        ('da', 'Venstre fik 29 procent af stemmerne ved valget.', 29, 'stemmer'),
        ('da', 'Partiet har 52 mandater i Folketinget.', 52, 'mandater'),
        ('da', 'Over 30.000 mennesker demonstrerede på Christiansborg Slotsplads.', 30000, 'mennesker'),
        ('da', 'Regeringen vil bruge 2 mia. kr. på nye sygehuse.', 2000000000.0, 'sygehuse'),
        ('da', 'FC København vandt 3-1 og har nu 45 point.', 45, 'point'),
        ('da', 'Huspriserne steg med 8 procent sidste år.', 8, 'Huspriserne'),
        ('da', 'To personer blev dræbt i ulykken på motorvejen.', 2, 'personer'),
        ('da', 'Filmen er blevet set af over 500.000 biografgængere.', 500000, 'biografgængere'),
        ('da', 'Skatten på cigaretter stiger med 5 kroner pr. pakke.', 5, 'Skatten'),
        ('da', 'Ifølge en ny måling vil 54 procent af vælgerne stemme ja.', 54, 'vælgerne'),
        ('da', 'Selskabet har 1,2 millioner kunder i Norden.', 1200000.0, 'kunder'),
        ('da', 'Politiet anholdt 14 unge mænd efter uroen.', 14, 'mænd'),
        # Batch 7, written before running: longer BBC sentences (asides, quotes, ages, fractions)
        ('en', "The £3bn deal, which still needs approval from regulators, would create Europe's biggest drinks group.", 3000000000.0, 'deal'),
        ('en', 'Mr Ebbers, 63, faces up to 85 years in jail if convicted on all counts.', 85, 'jail'),
        ('en', '"We expect to sell 1.5 million units by Christmas," said chief executive Ken Allard.', 1500000.0, 'units'),
        ('en', 'The report, published on Thursday, says 1.1 million children live in overcrowded homes.', 1100000.0, 'children'),
        ('en', 'The firm, which has 25,000 employees, was founded in Helsinki in 1865.', 25000, 'employees'),
        ('en', 'Analysts had expected a figure of around 180,000 new jobs.', 180000, 'jobs'),
        ('en', 'It is the third profit warning in 18 months from the group, whose shares have lost 60% of their value.', 60, 'value'),
        ('en', 'Low-cost airlines now account for nearly half of all short-haul flights in Europe.', 0.5, 'flights'),
        ('en', 'Output from the North Sea fields has dropped by a fifth since 1999.', 0.2, 'Output'),
        ('en', "The government's £1.5bn-a-year programme aims to get 500,000 more people into work.", 1500000000.0, 'programme'),
        ('en', "The government's £1.5bn-a-year programme aims to get 500,000 more people into work.", 500000, 'people'),
        ('en', 'More than 600 flights were cancelled at Heathrow on Friday because of fog.', 600, 'flights'),
        ('en', 'Some 3,000 homes in the area are still without running water, officials say.', 3000, 'homes'),
        ('en', 'A 10-year-old boy was among those killed, police said.', 10, 'boy'),
        ('en', 'Oil giant Shell cut its estimate of proven reserves by 20% to 14.5bn barrels.', 20, 'reserves'),
        ('en', 'Oil giant Shell cut its estimate of proven reserves by 20% to 14.5bn barrels.', 14500000000.0, 'reserves'),
        ('en', 'The average price of a home in London is now £250,000, almost twice the national average.', 250000, 'price'),
        ('en', 'Mortgage lending hit a record £27.6bn in October, the Council of Mortgage Lenders said.', 27600000000.0, 'Mortgage lending'),
        ('en', 'The group said about 15% of its stores would be closed or sold.', 15, 'stores'),
        ('en', 'Executives at the firm will share a bonus pot of £40m.', 40000000.0, 'bonus'),
        ('en', 'Its chief executive was paid £3.2m last year, including a £1.1m bonus.', 3200000.0, 'paid'),
        ('en', 'Its chief executive was paid £3.2m last year, including a £1.1m bonus.', 1100000.0, 'bonus'),
        ('en', 'The 44-year-old has won 15 caps for his country.', 15, 'caps'),
        ('en', "Blunkett's majority in Sheffield Brightside was cut from 9,000 to 5,300.", 9000, 'majority'),
        ('en', "Blunkett's majority in Sheffield Brightside was cut from 9,000 to 5,300.", 5300, 'majority'),
        ('en', 'In all, 25 countries will send teams to the championships.', 25, 'countries'),
        ('en', 'The watchdog received 1,200 complaints about the programme, the most it has ever had.', 1200, 'complaints'),
        ('en', 'The festival, now in its 58th year, expects to sell 200,000 tickets.', 200000, 'tickets'),
        ('en', 'Two of the four men arrested on Saturday have been released without charge.', 2, 'men'),
        ('en', 'Two of the four men arrested on Saturday have been released without charge.', 4, 'men'),
        ('en', 'Pre-orders for the game topped 2 million, its publisher said.', 2000000.0, 'Pre-orders'),
        ('en', 'The survey suggests that around one in three workers take no lunch break.', 0.3333333333333333, 'workers'),
        ('en', 'The average UK household now owns 2.4 mobile phones.', 2.4, 'phones'),
        ('en', 'Exports to China jumped 35% to $4.6bn in the first half.', 35, 'Exports'),
        ('en', 'Exports to China jumped 35% to $4.6bn in the first half.', 4600000000.0, 'Exports'),
        ('en', 'Almost 40% of UK firms have been hit by computer viruses in the past year.', 40, 'firms'),
        # Batch 8, written before running: long BBC sentences with several figures
        ('en', 'The company, which makes the Walkman and PlayStation, said net profit for the three months to December fell 36% to 173.3bn yen ($1.6bn; £870m), hit by falling prices for flat-screen televisions.', 36, 'profit'),
        ('en', 'The company, which makes the Walkman and PlayStation, said net profit for the three months to December fell 36% to 173.3bn yen ($1.6bn; £870m), hit by falling prices for flat-screen televisions.', 173300000000.0, 'profit'),
        ('en', 'The move will see the airline cut capacity on its transatlantic routes by 7% this winter, while fares on some domestic routes will rise by up to £10.', 7, 'capacity'),
        ('en', 'The move will see the airline cut capacity on its transatlantic routes by 7% this winter, while fares on some domestic routes will rise by up to £10.', 10, 'fares'),
        ('en', "Britain's biggest building society said the average house price was £164,000 in January, with prices in Northern Ireland showing the fastest growth at 14.2%.", 164000, 'house price'),
        ('en', "Britain's biggest building society said the average house price was £164,000 in January, with prices in Northern Ireland showing the fastest growth at 14.2%.", 14.2, 'growth'),
        ('en', 'The Conservatives say their plans would save £35bn by cutting waste, with £23bn of that going back into public services and £4bn used for tax cuts.', 35000000000.0, 'plans'),
        ('en', 'The Conservatives say their plans would save £35bn by cutting waste, with £23bn of that going back into public services and £4bn used for tax cuts.', 23000000000.0, 'public services'),
        ('en', 'The Conservatives say their plans would save £35bn by cutting waste, with £23bn of that going back into public services and £4bn used for tax cuts.', 4000000000.0, 'tax cuts'),
        ('en', 'Ministers want 70% of all public sector workers to have access to the internet by the end of the year, up from about 45% now.', 70, 'workers'),
        ('en', 'Ministers want 70% of all public sector workers to have access to the internet by the end of the year, up from about 45% now.', 45, 'workers'),
        ('en', 'The Office of Fair Trading said it had received more than 5,000 complaints about the practice, which it estimates costs consumers £100m a year.', 5000, 'complaints'),
        ('en', 'The Office of Fair Trading said it had received more than 5,000 complaints about the practice, which it estimates costs consumers £100m a year.', 100000000.0, 'practice'),
        ('en', 'Fourteen of the 20 Premiership clubs made a pre-tax loss last season, according to the accountants, who said wages swallowed up 61% of turnover.', 14, 'clubs'),
        ('en', 'Fourteen of the 20 Premiership clubs made a pre-tax loss last season, according to the accountants, who said wages swallowed up 61% of turnover.', 20, 'clubs'),
        ('en', 'Fourteen of the 20 Premiership clubs made a pre-tax loss last season, according to the accountants, who said wages swallowed up 61% of turnover.', 61, 'turnover'),
        ('en', 'The film, which cost about $200m to make, has now taken more than $1bn at cinemas around the world, making it the most successful of the series.', 200000000.0, 'film'),
        ('en', 'The film, which cost about $200m to make, has now taken more than $1bn at cinemas around the world, making it the most successful of the series.', 1000000000.0, 'film'),
        ('en', 'Downloads of the single reached 25,000 in the first week, the industry body said, taking the total number of legal downloads this year past 5.7 million.', 25000, 'Downloads'),
        ('en', 'Downloads of the single reached 25,000 in the first week, the industry body said, taking the total number of legal downloads this year past 5.7 million.', 5700000.0, 'downloads'),
        ('en', 'Rescue workers in the region say the death toll could rise to as many as 400, with at least 1,000 more injured and tens of thousands left homeless.', 400, 'death toll'),
        ('en', 'Rescue workers in the region say the death toll could rise to as many as 400, with at least 1,000 more injured and tens of thousands left homeless.', 1000, 'injured'),
        ('en', 'Mr Brown told MPs growth would be between 3% and 3.5% this year, and forecast that borrowing would fall to £32bn in 2005-06.', 3, 'growth'),
        ('en', 'Mr Brown told MPs growth would be between 3% and 3.5% this year, and forecast that borrowing would fall to £32bn in 2005-06.', 32000000000.0, 'borrowing'),
        ('en', 'The striker, signed from Auxerre for £8.5m in 2003, has scored only four goals in 21 appearances for the club.', 8500000.0, 'striker'),
        ('en', 'The striker, signed from Auxerre for £8.5m in 2003, has scored only four goals in 21 appearances for the club.', 4, 'goals'),
        ('en', 'The striker, signed from Auxerre for £8.5m in 2003, has scored only four goals in 21 appearances for the club.', 21, 'appearances'),
        ('en', 'Independent analysts estimate that the fraud cost investors more than $11bn and 17,000 people their jobs.', 11000000000.0, 'fraud'),
        ('en', 'Independent analysts estimate that the fraud cost investors more than $11bn and 17,000 people their jobs.', 17000, 'people'),
        ('en', 'Figures from the Society of Motor Manufacturers and Traders showed 2.57 million new cars were registered last year, the second highest total on record.', 2570000.0, 'cars'),
        ('en', 'A spokeswoman said the company expected to create around 200 jobs at the site over the next three years, most of them in research.', 200, 'jobs'),
        ('en', "Some 85% of the firm's 11,000 staff voted in favour of the deal, the union said.", 85, 'staff'),
        ('en', "Some 85% of the firm's 11,000 staff voted in favour of the deal, the union said.", 11000, 'staff'),
        ('en', 'The chancellor raised the stamp duty threshold from £60,000 to £120,000, a move worth £200m a year to first-time buyers.', 60000, 'threshold'),
        ('en', 'The chancellor raised the stamp duty threshold from £60,000 to £120,000, a move worth £200m a year to first-time buyers.', 120000, 'threshold'),
        ('en', 'The chancellor raised the stamp duty threshold from £60,000 to £120,000, a move worth £200m a year to first-time buyers.', 200000000.0, 'move'),
    ],
)
def test_a_figure_in_desk_copy_counts_its_noun(language: str, text: str, value: float, key: str) -> None:
    assert _has_key(text, language, value, key), [(f.text, f.value, f.counts) for f in figures_of(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # Batch 1
        ('en', "The firm's 2004 results will be published on 3 March.", 2004),
        ('en', 'The company is the second-biggest retailer in the UK.', 2),
        ('en', 'Trading in the shares was suspended at 10.30 GMT.', 10.3),
        ('en', 'One of the biggest investors, Larkmoor Capital, backed the board.', 1),
        ('en', 'The FTSE 100 index closed the day higher.', 100),
        ('en', 'The ruling came as a blow to the Number 10 policy unit.', 10),
        # Batch 2
        ('en', 'Tony Blair spoke to reporters outside No 10 on Tuesday.', 10),
        ('en', 'The striker, who joined in 2003, is one of the best players in the league.', 1),
        ('en', 'Liverpool are fourth in the table.', 4),
        ('en', 'The match kicks off at 1930 GMT.', 1930),
        ('en', 'The match kicks off at 8pm on Saturday.', 8),
        ('en', 'Nokia unveiled its 6630 handset at the show.', 6630),
        ('en', "The story was first reported on BBC Radio 4's Today programme.", 4),
        ('en', 'Chelsea won the game 2-0.', 2),
        ('en', 'The G8 summit will be held at Gleneagles in July.', 8),
        # Batch 3
        ('en', 'Federer, the world number one, beat Hewitt in the final.', 1),
        ('en', 'United are three points behind in second place.', 2),
        ('en', 'The Scot finished tied for fifth.', 5),
        ('en', 'He scored in the 89th minute to seal the win.', 89),
        ('en', 'The 2012 Olympics bid team met on Monday.', 2012),
        ('en', 'The two men denied the charges at the hearing.', 2),
        ('en', 'The Windows XP Service Pack 2 update is now available.', 2),
        # Batch 4
        ('en', 'Formula One bosses met in London on Tuesday.', 1),
        ('en', 'The Big Four accountancy firms face a new inquiry.', 4),
        ('en', 'The single went straight in at number one in the UK charts.', 1),
        ('en', 'The band were in the Top 10 for 12 weeks.', 10),
        ('en', 'The one-off payment will be made in April.', 1),
        ('en', 'House prices have risen sharply since the late 1990s.', 1990),
        ('en', 'He joined the firm as a 24-year-old in 1986.', 1986),
        ('en', 'The G7 finance ministers meet in London this weekend.', 7),
        ('en', 'Channel 4 will show the match live.', 4),
        ('en', 'One analyst said the figures were disappointing.', 1),
        # Batch 5
        ('ar', 'وذلك في عام 2005 بحسب التقرير.', 2005),
        ('ar', 'وحل الفريق في المركز الثالث.', 3),
        ('ar', 'وقال أحد المسؤولين إن الوضع مستقر.', 1),
        ('ar', 'وانطلقت المباراة في الساعة 8 مساء.', 8),
        ('ar', 'صدر القرار رقم 15 لسنة 2004.', 15),
        # Batch 6
        ('da', 'Mødet finder sted klokken 14 på rådhuset.', 14),
        ('da', 'Han blev nummer to i løbet.', 2),
        ('da', 'Loven trådte i kraft i 2004.', 2004),
        ('da', 'DR2 sender programmet i aften.', 2),
        ('ar', 'وهي المرة الأولى منذ عام 1990.', 1990),
        # Batch 7
        ('en', 'Mr Ebbers, the former chief executive, denies the charges.', 1),
        ('en', "The company's fourth-quarter results beat expectations.", 4),
        ('en', "The Premiership's top four clubs all won.", 4),
        ('en', 'Microsoft released Windows XP in 2001.', 2001),
        ('en', 'They flew from Terminal 3 at Heathrow.', 3),
        ('en', 'A6 and M1 roads were closed by snow.', 1),
        ('en', 'The Radio 1 DJ will host the awards.', 1),
        ('en', 'The U2 frontman met the prime minister.', 2),
    ],
)
def test_a_number_in_desk_copy_that_is_no_figure(language: str, text: str, value: float) -> None:
    assert not _found(text, language, value), [(f.text, f.counts) for f in figures_of(text, language)]


# The classes fixed this round, each with variants written after the first runs and look-alikes that must not change.
@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        # a percentage's change keeps the whole noun it is in, past its adjectives
        ("en", "The grocer reported a 6.1% rise in like-for-like sales over Easter.", 6.1, "like-for-like sales"),
        ("en", "Rastell posted a 12% fall in underlying profits in the half.", 12, "underlying profits"),
        ("en", "There was a 3% drop in overseas visitor numbers.", 3, "overseas visitor numbers"),
        # seasons are times, not what a large count is in
        ("en", "The number of users passed two million in the spring.", 2e6, "users"),
        ("en", "Visitor numbers hit 1.5 million in the autumn.", 1.5e6, "Visitor numbers"),
        # a noun of change after a noun of its phrase is a noun
        ("en", "Nurses are to get a pay rise of 3.5% from April.", 3.5, "pay rise"),
        ("en", "The price rise of 4p a litre was blamed on oil.", 4, "price rise"),
        # a count brought to a level, however long its object
        ("en", "The cuts take the number of jobs lost at the group this year to 2,100.", 2100, "jobs lost"),
        ("en", "Two late goals took the tally of goals scored by the side in the cup past 30.", 30, "goals scored"),
        ("en", "The new arrivals bring the number of foreign players in the squad to 14.", 14, "foreign players"),
        # a sum raised, made or earned from a noun
        ("en", "The council hopes to raise £3m from the sale of the old depot.", 3e6, "sale of the old depot"),
        ("en", "The club made £12m from television rights last season.", 12e6, "television rights"),
        ("en", "The site earned $40m from advertising in the quarter.", 40e6, "advertising"),
        # a price in pence or cents is priced like money
        ("en", "Listeners can download tracks for 79p each.", 79, "tracks"),
        ("en", "Users can send texts for 10 cents.", 10, "texts"),
        # a verb after "and" with no subject of its own shares the first clause's
        ("en", "The handset has a colour screen and costs about £150.", 150, "handset"),
        ("en", "The plant opened in May and will employ 600.", 600, "plant"),
        # "respectively" after a noun with places as its complement
        ("en", "Sales in France and Spain rose 4% and 9% respectively.", 9, "Sales in Spain"),
        ("en", "Profits at Danbury and Morcott fell 2% and 5%, respectively.", 2, "Profits at Danbury"),
        # a figure opening a verbless clause after "with"/"and" counts what its participle says
        ("en", "The plan would raise £20bn, with £12bn of that going into schools.", 12e9, "going into schools"),
        ("en", "It would save £8bn, with £5bn spent on roads and £3bn used for flood defences.", 3e9, "flood defences"),
        # a relative clause with a verb of saying inside it hangs on the noun before it
        ("en", "The scheme, which officials say costs £5m a year, will close.", 5e6, "scheme"),
        ("en", "It targets the practice, which campaigners estimate costs shoppers £40m a year.", 40e6, "practice"),
        # "by a fifth", "by a tenth"
        ("en", "Output has fallen by a fifth since 2001.", 0.2, "Output"),
        ("en", "The budget was cut by a tenth.", 0.1, "budget"),
        # a golfer's round of N
        ("en", "Lindqvist carded a round of 66 to lead by two.", 66, "round"),
        # glued grams
        ("en", "The player weighs just 85g.", 85, "player"),
        # an Arabic noun before its indefinite adjective and "قدرها"
        ("ar", "حققت المجموعة أرباحا صافية قدرها 85 مليون دينار.", 85e6, "أرباح"),
        ("ar", "وفرضت الهيئة غرامة مالية قدرها 10 آلاف ريال.", 10000, "غرامة"),
        # an Arabic fact-sheet label headed by any definite noun, and بحدود
        ("ar", "الجرحى الذين تم نقلهم إلى المستشفيات: 40 جريحا", 40, "الجرحى"),
        ("ar", "عدد سكان البلدة: بحدود 12,000 نسمة", 12000, "سكان"),
        # a spelled number a verb of harm takes at the end of its clause
        ("en", "A car bomb exploded near the market in Harwa, killing four.", 4, "killed"),
        ("en", "The blast injured two, police said.", 2, "injured"),
        # a measure named earlier keeps the noun before it
        ("en", "Officials said the death toll had risen to 35 people by Tuesday.", 35, "death toll"),
        # a span written with its unit word counts the unit and what lasted
        ("en", "The talks ran over four days in Geneva.", 4, "days"),
        ("en", "The firm must reply within 28 days or face a fine.", 28, "days"),
        ("en", "He was jailed for seven years.", 7, "jailed"),
        # the whole a part is taken from
        ("en", "Police questioned four of the seven crew members.", 7, "crew members"),
        ("en", "It is one of the three main parties.", 3, "parties"),
        # a first mention restricted by a participle past adverbs
        ("en", "Coastguards found the two boats apparently towed back from the reef.", 2, "boats"),
        # a sum opening its sentence, and where it comes from
        ("da", "12 mio. kr. fra Kulturfonden til nye spillesteder", 12e6, "Kulturfonden"),
        ("en", "£2m from lottery fund for village halls", 2e6, "lottery fund"),
    ],
)
def test_a_class_fixed_this_round(language: str, text: str, value: float, key: str) -> None:
    assert _has_key(text, language, value, key), [(f.text, f.value, f.counts) for f in figures_of(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # a model number between an owner or article and a singular noun
        ("en", "Nokia unveiled its 6630 handset at the show.", 6630),
        ("en", "The firm's new 7610 phone has a built-in camera.", 7610),
        ("en", "Reviewers praised the 5500 smartphone for its battery.", 5500),
        # a time zone's offset
        ("ar", "وقعت الغارة عند الساعة 14:07 بالتوقيت المحلي (UTC/GMT plus 2).", 2),
        ("en", "The launch is set for 0900 GMT+3.", 3),
        # the round of a knock-out draw stays a stage
        ("en", "Arsenal went out in the round of 16.", 16),
        ("en", "They reached the round of 32 for the first time.", 32),
        # a capital G is a generation of phones, not grams
        ("en", "Sales of 3G handsets doubled.", 3),
    ],
)
def test_a_look_alike_of_a_class_fixed_this_round_is_no_figure(language: str, text: str, value: float) -> None:
    assert not _found(text, language, value), [(f.text, f.counts) for f in figures_of(text, language)]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Its 300 staff were told on Monday.", 300, "staff"),  # a plural without -s is a count
        ("The council backed a 500 home development.", 500, "home"),  # a noun of a compound follows
        ("Sales of the two firms rose 5% and profits climbed 10%.", 10, "profits"),  # "and" with its own subject
        ("Nurses were offered a rise of 3%.", 3, "Nurses"),  # "a rise of": whose, as before
        ("The price of crude rose to $50 from $30.", 30, "price"),  # "from" a level, not a source
        ("Two people were killed and five injured.", 5, "injured"),  # a participle shares its kind, as before
    ],
)
def test_a_look_alike_of_a_class_fixed_this_round_keeps_its_reading(text: str, value: float, key: str) -> None:
    assert _has_key(text, "en", value, key), [(f.text, f.value, f.counts) for f in figures_of(text)]


# Three more batches written before running, after the round-15 batch was read: 31 of 36 and 10 of 10 no-figures
# (batch 9), 26 of 31 and 4 of 5 (batch 10, Danish), 23 of 26 and 5 of 5 (batch 11, Arabic) at first.
@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        # Batch 9, written before running: entertainment, broadcasting, technology, results per share, referendums
        ('en', 'The musical, which opened in the West End in 2002, has been seen by more than two million people.', 2000000.0, 'people'),
        ('en', 'Ray, the biopic of Ray Charles, took $20m in its opening weekend, coming second behind the animated film.', 20000000.0, 'Ray'),
        ('en', 'The album shifted 237,000 copies in its first week, outselling the rest of the top five combined.', 237000, 'copies'),
        ('en', 'The singer, who has sold 80 million records worldwide, will tour Europe next year.', 80000000.0, 'records'),
        ('en', 'Tickets for the 12 dates sold out in less than an hour.', 12, 'dates'),
        ('en', "The BBC's digital channels now reach 31% of homes each week.", 31, 'homes'),
        ('en', 'The corporation plans to move 1,800 jobs from London to Manchester.', 1800, 'jobs'),
        ('en', 'The licence fee, currently £121, could rise above inflation.', 121, 'licence fee'),
        ('en', 'Some 14 million people tuned in to watch the final episode.', 14000000.0, 'people'),
        ('en', 'Mobile phone users sent 26.2 billion text messages last year, up 25% on 2003.', 26200000000.0, 'text messages'),
        ('en', 'Mobile phone users sent 26.2 billion text messages last year, up 25% on 2003.', 25, 'text messages'),
        ('en', 'The chipmaker will spend $2bn on a new factory in Ireland.', 2000000000.0, 'factory'),
        ('en', 'The game, which took four years to develop, went on sale on Friday priced at £39.99.', 39.99, 'game'),
        ('en', 'Net income rose to $1.5bn, or 42 cents a share, from $1.1bn a year earlier.', 1500000000.0, 'Net income'),
        ('en', 'Net income rose to $1.5bn, or 42 cents a share, from $1.1bn a year earlier.', 42, 'share'),
        ('en', 'Net income rose to $1.5bn, or 42 cents a share, from $1.1bn a year earlier.', 1100000000.0, 'Net income'),
        ('en', "The firm's workforce has shrunk from 12,000 to fewer than 7,000 in three years.", 12000, 'workforce'),
        ('en', "The firm's workforce has shrunk from 12,000 to fewer than 7,000 in three years.", 7000, 'workforce'),
        ('en', "Kenya's marathon runners took the first four places.", 4, 'places'),
        ('en', 'The Welsh side ran in six tries in a 46-13 victory.', 6, 'tries'),
        ('en', 'The 31-year-old midfielder is out of contract in the summer.', 31, 'age'),
        ('en', 'Police say they have seized drugs worth £3m on the streets.', 3000000.0, 'drugs'),
        ('en', 'The party needs a swing of just 1.5% to win the seat.', 1.5, 'swing'),
        ('en', 'The Liberal Democrats won the by-election with a majority of 460.', 460, 'majority'),
        ('en', 'Voters in the north-east rejected the plan by 78% to 22%.', 78, 'Voters'),
        ('en', 'Voters in the north-east rejected the plan by 78% to 22%.', 22, 'Voters'),
        ('en', 'The Home Office said 33,960 asylum applications were received in 2004, down 33%.', 33960, 'asylum applications'),
        ('en', 'The Home Office said 33,960 asylum applications were received in 2004, down 33%.', 33, 'asylum applications'),
        ('en', 'There are about 25,000 wind turbines in Germany, compared with about 1,000 in the UK.', 1000, 'turbines'),
        ('en', 'Fuel duty will rise by 1.9p a litre from September.', 1.9, 'Fuel duty'),
        ('en', 'Overall, 58% of those polled thought the war had been wrong.', 58, 'polled'),
        ('en', 'Its pre-tax profit for the year was £87m, on sales of £1.1bn.', 87000000.0, 'profit'),
        ('en', 'Its pre-tax profit for the year was £87m, on sales of £1.1bn.', 1100000000.0, 'sales'),
        ('en', 'The virus has now spread to more than 30 countries.', 30, 'countries'),
        ('en', "Russia's stake in the firm, currently 38%, would rise to 51%.", 38, 'stake'),
        ('en', "Russia's stake in the firm, currently 38%, would rise to 51%.", 51, 'stake'),
        # Batch 10, written before running: Danish news (Ritzau/DR style: jobless figures, results, elections, sport, courts)
        ('da', 'Ifølge Danmarks Statistik steg antallet af ledige i oktober med 1.200 til 158.000 personer.', 1200, 'ledige'),
        ('da', 'Ifølge Danmarks Statistik steg antallet af ledige i oktober med 1.200 til 158.000 personer.', 158000, 'ledige'),
        ('da', 'Koncernen kom ud af regnskabsåret med et overskud før skat på 2,4 mia. kr. mod 1,9 mia. kr. året før.', 2400000000.0, 'overskud'),
        ('da', 'Koncernen kom ud af regnskabsåret med et overskud før skat på 2,4 mia. kr. mod 1,9 mia. kr. året før.', 1900000000.0, 'overskud'),
        ('da', 'Omkring 300 af virksomhedens 1.100 ansatte skal afskediges inden jul.', 300, 'ansatte'),
        ('da', 'Omkring 300 af virksomhedens 1.100 ansatte skal afskediges inden jul.', 1100, 'ansatte'),
        ('da', 'Regeringen og Dansk Folkeparti er enige om at afsætte 500 mio. kr. til ældreplejen.', 500000000.0, 'ældreplejen'),
        ('da', 'Ved valget fik Socialdemokraterne 25,9 procent af stemmerne og 47 mandater.', 25.9, 'stemmer'),
        ('da', 'Ved valget fik Socialdemokraterne 25,9 procent af stemmerne og 47 mandater.', 47, 'mandater'),
        ('da', 'Valgdeltagelsen endte på 84,5 procent, hvilket er lidt lavere end ved sidste valg.', 84.5, 'Valgdeltagelse'),
        ('da', 'Brøndby vandt søndag 2-0 over AaB og fører nu Superligaen med fire point.', 4, 'point'),
        ('da', 'Den 28-årige angriber har scoret 11 mål i denne sæson.', 11, 'mål'),
        ('da', 'Danskeren blev nummer tre i den 12 kilometer lange enkeltstart, 45 sekunder efter vinderen.', 12, 'enkeltstart'),
        ('da', 'Danskeren blev nummer tre i den 12 kilometer lange enkeltstart, 45 sekunder efter vinderen.', 45, 'sekunder'),
        ('da', 'Aktien steg 4,3 procent til 212 kroner på Københavns Fondsbørs.', 4.3, 'Aktien'),
        ('da', 'Aktien steg 4,3 procent til 212 kroner på Københavns Fondsbørs.', 212, 'Aktien'),
        ('da', 'Mindst 15 mennesker omkom, da en bus kørte i grøften i det nordlige Indien.', 15, 'mennesker'),
        ('da', 'Politiet har i alt rejst sigtelse mod 23 personer i sagen.', 23, 'personer'),
        ('da', 'Hver fjerde dansker har ikke været hos tandlægen det seneste år.', 0.25, 'dansker'),
        ('da', 'Filmen solgte 210.000 billetter i den første weekend.', 210000, 'billetter'),
        ('da', 'Bredbånd er nu udbredt i 1,1 millioner danske husstande.', 1100000.0, 'husstande'),
        ('da', 'Prisen på en liter benzin er steget med 40 øre på en uge.', 40, 'benzin'),  # since round 45
        ('da', 'Forsvaret sender yderligere 80 soldater til Irak.', 80, 'soldater'),
        ('da', 'Kommunen skal spare 45 millioner kroner på næste års budget.', 45000000.0, 'budget'),
        ('da', 'Næsten halvdelen af de adspurgte mener, at skatten er for høj.', 0.5, 'adspurgte'),
        ('da', 'Han blev idømt fire års fængsel for røveriet.', 4, 'fængsel'),
        ('da', 'Rejseselskabet havde 1,3 millioner passagerer i fjor, en stigning på 9 procent.', 1300000.0, 'passagerer'),
        ('da', 'Rejseselskabet havde 1,3 millioner passagerer i fjor, en stigning på 9 procent.', 9, 'stigning'),
        ('da', 'Over 2.000 husstande var uden strøm efter stormen natten til lørdag.', 2000, 'husstande'),
        ('da', 'Undersøgelsen omfatter 1.500 elever fra 60 skoler.', 1500, 'elever'),
        ('da', 'Undersøgelsen omfatter 1.500 elever fra 60 skoler.', 60, 'skoler'),
        # Batch 11, written before running: longer Arabic press sentences (budgets, results, markets, courts, elections)
        ('ar', 'وأوضح وزير المالية أن الميزانية العامة للدولة للعام المقبل تتضمن نفقات تقدر بـ 280 مليار ريال وإيرادات تقدر بـ 300 مليار ريال.', 280000000000.0, 'نفقات'),
        ('ar', 'وأوضح وزير المالية أن الميزانية العامة للدولة للعام المقبل تتضمن نفقات تقدر بـ 280 مليار ريال وإيرادات تقدر بـ 300 مليار ريال.', 300000000000.0, 'إيرادات'),
        ('ar', 'وأعلنت الشركة السعودية للكهرباء عن ارتفاع أرباحها الصافية في الربع الثالث بنسبة 18 في المائة لتصل إلى 2.1 مليار ريال.', 18, 'أرباح'),
        ('ar', 'وأعلنت الشركة السعودية للكهرباء عن ارتفاع أرباحها الصافية في الربع الثالث بنسبة 18 في المائة لتصل إلى 2.1 مليار ريال.', 2100000000.0, 'أرباح'),
        ('ar', 'وأشارت الإحصاءات إلى أن عدد السياح الذين زاروا المملكة خلال العام الماضي بلغ 8 ملايين سائح.', 8000000.0, 'سائح'),
        ('ar', 'ولقي 14 شخصا مصرعهم وأصيب 40 آخرون في حادث تصادم بين حافلة وشاحنة على طريق الرياض.', 14, 'شخص'),
        ('ar', 'ولقي 14 شخصا مصرعهم وأصيب 40 آخرون في حادث تصادم بين حافلة وشاحنة على طريق الرياض.', 40, 'آخرون'),
        ('ar', 'وتمكن رجال الجمارك من ضبط أكثر من مليوني حبة مخدرة مخبأة داخل شاحنة.', 2000000.0, 'حبة'),
        ('ar', 'وأكد مدير التعليم أن عدد الطلاب والطالبات في المنطقة يتجاوز 450 ألف طالب وطالبة موزعين على 1800 مدرسة.', 450000, 'طالب'),
        ('ar', 'وأكد مدير التعليم أن عدد الطلاب والطالبات في المنطقة يتجاوز 450 ألف طالب وطالبة موزعين على 1800 مدرسة.', 1800, 'مدرسة'),
        ('ar', 'وأغلق مؤشر سوق الأسهم السعودية مرتفعا 52 نقطة أو ما نسبته 0.7 في المائة.', 52, 'نقطة'),
        ('ar', 'وأغلق مؤشر سوق الأسهم السعودية مرتفعا 52 نقطة أو ما نسبته 0.7 في المائة.', 0.7, 'نقطة'),
        ('ar', 'وبلغت كمية الأسهم المتداولة 210 ملايين سهم توزعت على 95 ألف صفقة.', 210000000.0, 'سهم'),
        ('ar', 'وبلغت كمية الأسهم المتداولة 210 ملايين سهم توزعت على 95 ألف صفقة.', 95000, 'صفقة'),
        ('ar', 'وفاز الاتحاد على الشباب بهدفين مقابل هدف واحد في المباراة التي أقيمت على استاد الأمير عبدالله الفيصل.', 2, 'هدف'),
        pytest.param('ar', 'وتعاقد النادي مع المهاجم البرازيلي لمدة موسمين مقابل مليوني دولار.', 2000000.0, 'دولار', marks=_open("a price after مقابل at the end of a clause of contracting counts the clause, not the sum's currency noun")),
        ('ar', 'وتبلغ مساحة المشروع 1.2 مليون متر مربع.', 1200000.0, 'مساحة'),
        ('ar', 'وأفاد شهود عيان بأن أكثر من 5 آلاف متظاهر خرجوا إلى الشوارع.', 5000, 'متظاهر'),
        ('ar', 'وصدر حكم بسجن المتهم 15 عاما وجلده 500 جلدة.', 15, 'سجن'),
        ('ar', 'وصدر حكم بسجن المتهم 15 عاما وجلده 500 جلدة.', 500, 'جلدة'),
        ('ar', 'وقدمت المملكة مساعدات إنسانية بقيمة 100 مليون دولار للمتضررين من الزلزال.', 100000000.0, 'مساعدات'),
        ('ar', 'ويستفيد من البرنامج نحو 60 ألف أسرة في مختلف مناطق المملكة.', 60000, 'أسرة'),
        ('ar', 'وارتفع عدد المصابين بالمرض إلى 320 حالة منذ بداية العام.', 320, 'حالة'),
        ('ar', 'وبلغت نسبة السعودة في القطاع 35 في المائة.', 35, 'السعودة'),
        ('ar', 'وحصل الحزب على 88 مقعدا من أصل 275 مقعدا في البرلمان.', 88, 'مقعد'),
        ('ar', 'وحصل الحزب على 88 مقعدا من أصل 275 مقعدا في البرلمان.', 275, 'مقعد'),
    ],
)
def test_a_figure_in_later_desk_copy_counts_its_noun(language: str, text: str, value: float, key: str) -> None:
    assert _has_key(text, language, value, key), [(f.text, f.value, f.counts) for f in figures_of(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # Batch 9
        ('en', 'The 2004 Christmas number one was a charity single.', 1),
        ('en', 'The charity single went to number one in 1984.', 1),
        ('en', 'The game was delayed for the Xbox 360 launch.', 360),
        ('en', 'The Ryder Cup will be played at the K Club in 2006.', 2006),
        ('en', 'The 7 July bombings changed London.', 7),
        ('en', "He appeared on BBC One's Question Time on Thursday.", 1),
        ('en', 'The Formula 1 season starts in March.', 1),
        ('en', 'The A380 made its maiden flight from Toulouse.', 380),
        ('en', 'Both men were taken to hospital.', 2),
        ('en', 'The last time the two sides met was in the 1966 final.', 1966),
        # Batch 10
        ('da', 'Mødet begynder klokken 10.30 i Folketingssalen.', 10.3),
        ('da', 'Kampen sendes på TV 2 Sport i aften.', 2),
        ('da', 'Han blev nummer tre i løbet.', 3),
        ('da', 'Reformen træder i kraft 1. januar 2006.', 2006),
        ('da', 'Den ene af de to mænd er løsladt.', 1),
        # Batch 11
        ('ar', 'وعقد الاجتماع في الساعة العاشرة من صباح يوم الأحد.', 10),
        ('ar', 'واحتل المنتخب المركز الخامس في الترتيب العام.', 5),
        ('ar', 'وأطلقت الشركة جهاز آيفون 6 في الأسواق.', 6),
        ('ar', 'وذلك خلال الفترة من 2003 إلى 2005.', 2003),
        ('ar', 'وقال أحد الشهود إن الانفجار كان قويا.', 1),
    ],
)
def test_a_number_in_later_desk_copy_that_is_no_figure(language: str, text: str, value: float) -> None:
    assert not _found(text, language, value), [(f.text, f.counts) for f in figures_of(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        # a level set in commas with an adverb of time
        ("en", "The minimum wage, currently £4.85 an hour, will rise in October.", 4.85, "minimum wage"),
        ("en", "Inflation, now 2.1%, is above the target.", 2.1, "Inflation"),
        # a price after a day counts the clause's subject
        ("en", "The console goes on sale on Thursday priced at £129.", 129, "console"),
        ("en", "The album was released in March priced at £9.99.", 9.99, "album"),
        # "of just", "of only"
        ("en", "The government has a majority of just 12.", 12, "majority"),
        # a level left after an aside restating the first level
        ("en", "Profit rose to £90m, or 11p a share, from £70m.", 70e6, "Profit"),
        # Danish spans and measures named earlier
        ("da", "Forhandlingerne varede i tre døgn.", 3, "døgn"),
        ("da", "I fjor steg antallet af konkurser med 300 til 4.100 virksomheder.", 4100, "konkurser"),
        # Arabic conjuncts, restatements and "تقدر بـ"
        ("ar", "وسجلت الشركة مبيعات بقيمة 90 مليون ريال وأرباحا بقيمة 12 مليون ريال.", 90e6, "مبيعات"),
        ("ar", "وتتضمن الخطة مشاريع تقدر بـ 15 مليار درهم.", 15e9, "مشاريع"),
        ("ar", "وارتفع المؤشر 80 نقطة أي ما يعادل 1.1 في المائة.", 1.1, "نقطة"),
    ],
)
def test_a_later_class_fixed_this_round(language: str, text: str, value: float, key: str) -> None:
    assert _has_key(text, language, value, key), [(f.text, f.value, f.counts) for f in figures_of(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("da", "Programmet sendes på TV 2 Fri i morgen.", 2),
        ("da", "Kanal 4 viser filmen.", 4),
    ],
)
def test_a_later_look_alike_is_no_figure(language: str, text: str, value: float) -> None:
    assert not _found(text, language, value), [(f.text, f.counts) for f in figures_of(text, language)]


# Batch 12, written before running: BBC copy with numbers that name roads, pages, events, channels and scores beside
# real counts (9 of 10 and 10 of 10 at first; the miss was a participle of measuring in commas, now read).
@pytest.mark.parametrize(
    ("language", "text", "value", "key"),
    [
        ('en', 'The top seed needed five sets to beat the world number 34.', 5, 'sets'),
        ('en', 'Pupils in England sat 750,000 A-level exams this summer.', 750000, 'exams'),
        ('en', 'The pass rate rose for the 22nd year in a row, to 96%.', 96, 'pass rate'),
        ('en', 'Traffic on the M25 was held up for three hours after the crash.', 3, 'hours'),
        ('en', 'The index has risen 5% since the start of the year, while the pound has fallen 2 cents against the dollar.', 5, 'index'),
        ('en', 'The index has risen 5% since the start of the year, while the pound has fallen 2 cents against the dollar.', 2, 'pound'),
        ('en', 'Seven of the 10 most popular baby names were the same as last year.', 7, 'names'),
        ('en', 'The firm has 1,700 stores in 22 countries.', 22, 'countries'),
        ('en', 'He was the first of 11 children.', 11, 'children'),
        ('en', 'The quake, measuring 6.2 on the Richter scale, struck at dawn.', 6.2, 'quake'),
        ("en", "The fish, weighing 12kg, was caught off Cornwall.", 12, "fish"),
        ("en", "The crowd, numbering about 5,000, marched to parliament.", 5000, "crowd"),
    ],
)
def test_a_figure_beside_numbered_names_counts_its_noun(language: str, text: str, value: float, key: str) -> None:
    assert _has_key(text, language, value, key), [(f.text, f.value, f.counts) for f in figures_of(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ('en', "Chelsea's 1-0 defeat by Newcastle ended their run.", 1),
        ('en', 'The page 3 story was widely criticised.', 3),
        ('en', 'Jobs were lost on the M25 widening scheme.', 25),
        ('en', 'She sang at Live 8 in Hyde Park.', 8),
        ('en', 'The 24-hour strike began at midnight.', 2004),
        ('en', 'He signed for the club in the 2003-04 season.', 2003),
        ('en', 'The plane came down near Junction 23 of the M1.', 23),
        ('en', 'Sky One will broadcast the series.', 1),
        ('en', 'The Apple iPod mini went on sale.', 1),
        ('en', "The BBC's Panorama programme aired on Sunday at 10pm.", 10),
    ],
)
def test_a_numbered_name_in_desk_copy_is_no_figure(language: str, text: str, value: float) -> None:
    assert not _found(text, language, value), [(f.text, f.counts) for f in figures_of(text, language)]


# Batch 13, written before running: Hebrew news figures (10 of 12 and 3 of 3 at first; a basketball score is no
# figure the desk keys, so it was dropped).
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("במהלך השנה נרשמו 1,200 תאונות דרכים, ירידה של 8% לעומת אשתקד.", 1200, "תאונות"),
        ("במהלך השנה נרשמו 1,200 תאונות דרכים, ירידה של 8% לעומת אשתקד.", 8, "ירידה"),
        ("החברה דיווחה על רווח נקי של 45 מיליון שקל ברבעון השלישי.", 45e6, "רווח"),
        ("שיעור האבטלה עלה ל-7.5% בחודש מרץ.", 7.5, "האבטלה"),
        ("בפיגוע נהרגו שלושה בני אדם ו-20 נפצעו.", 3, "בני אדם"),
        ("בפיגוע נהרגו שלושה בני אדם ו-20 נפצעו.", 20, "נפצעו"),
        ("הממשלה אישרה תקציב של 300 מיליארד שקל לשנה הבאה.", 300e9, "תקציב"),
        ("הכנסת אישרה את החוק ברוב של 61 חברי כנסת מול 48.", 61, "חברי כנסת"),
        ("במדינה חיים כ-6.8 מיליון תושבים.", 6.8e6, "תושבים"),
        ("מחיר הדלק יעלה ב-12 אגורות לליטר.", 12, "הדלק"),
        ("הנאשם נידון לשמונה שנות מאסר.", 8, "מאסר"),
        # the classes fixed: a noun and its adjective in -י before "של", and a time after a sum
        ("העובדים יקבלו מענק שנתי של 5,000 שקל.", 5000, "מענק"),
        ("החברה רשמה הפסד כספי של 12 מיליון דולר בשנה שעברה.", 12e6, "הפסד"),
    ],
)
def test_a_hebrew_figure_counts_its_noun(text: str, value: float, key: str) -> None:
    assert _has_key(text, "he", value, key), [(f.text, f.value, f.counts) for f in figures_of(text, "he")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("הישיבה תתקיים ביום שני בשעה 10:00.", 10),
        ("הוא סיים במקום השני.", 2),
        ("החוק נחקק בשנת 2004.", 2004),
    ],
)
def test_a_hebrew_number_that_is_no_figure(text: str, value: float) -> None:
    assert not _found(text, "he", value), [(f.text, f.counts) for f in figures_of(text, "he")]
