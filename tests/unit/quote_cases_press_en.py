"""Made-up English newspaper passages in constructions the earlier sets did not cover (interview Q&A, quotes
running over paragraphs whose speaker is named only in the first, "according to X" with a quote, a colon after a
full sentence naming the speaker, speakers in fronted phrases and verdict clauses) with the quotes a reader would
list and who said each, for `test_facts_quotes_press.py`. Written before the quote readers were run on them;
every name and sentence is invented. The shape of a case is that of `quote_cases_newspaper_en.py`."""

from __future__ import annotations

from tests.unit.quote_cases_newspaper_en import Case

# fmt: off
EN_PRESS_CASES: list[Case] = [
    ('"We have done everything we can," said headteacher Moira Quinlan. "The staff have been magnificent.\n\n"But we cannot keep the school open without more money."', [('done everything we can', 'Quinlan'), ('staff have been magnificent', 'Quinlan'), ('keep the school open', 'Quinlan')], [], []),
    ('Mr Oduya said: "The plan is dead in the water.\n\n"Nobody in the party supports it any more.\n\n"We need to start again from scratch."', [('plan is dead', 'Oduya'), ('Nobody in the party', 'Oduya'), ('start again from scratch', 'Oduya')], [], []),
    ('"Prices will keep rising until the summer," according to Helen Frost, an analyst at Carden Securities.', [('keep rising', 'Frost')], [], []),
    ('According to the club\'s manager, Dave Kerrigan, "the players simply ran out of steam in the second half".', [('ran out of steam', 'Kerrigan')], [], []),
    ('Shadow health secretary Mona Patel put it simply: "The health service is on its knees."', [('on its knees', 'Patel')], [], []),
    ('Chancellor Gordon Ashby had a clear message for the banks on Tuesday: "Lend to small firms or face the consequences."', [('Lend to small firms', 'Ashby')], [], []),
    ('Mr Achebe-Lowe was blunt about the club\'s prospects: "We are not good enough to win the league this season."', [('not good enough', 'Achebe-Lowe')], [], []),
    ('"I\'m not going anywhere." That was the message from embattled chairman Roy Tillett on Monday.', [('not going anywhere', 'Tillett')], [], []),
    ('Finance director Carla Nunes said profits would fall. Asked if she would stay on, she said: "Never say never."', [('Never say never', 'Nunes')], [], []),
    ('Striker Jamie Coles scored twice on Saturday.\n\nSpeaking to BBC Radio 5 Live, the Wigan striker said: "It was a great team performance and the lads deserved it."', [('great team performance', 'Coles')], [], []),
    ('Amina Shah, 19, died in the crash on the A14.\n\nIn a statement, her family said: "She was the light of our lives and we will never forget her."', [('light of our lives', 'family|Shah')], [], []),
    ('Mr Kovacs, speaking at the party\'s conference in Brighton, said: "We will scrap the tax on day one."', [('scrap the tax', 'Kovacs')], [], []),
    ('"It\'s a scandal, plain and simple," was the verdict of Andy Pell, who chairs the residents\' association.', [('scandal, plain and simple', 'Pell')], [], []),
    ('Writing in the Sunday Courier, former minister Tom Ashdown argued: "The party has lost touch with its voters."', [('lost touch', 'Ashdown')], [], []),
    ('One source close to the negotiations said: "Both sides are further apart than they have ever been."', [('further apart', 'source')], [], []),
    ('Her lawyer, Paul Drummond QC, told the court: "My client accepts full responsibility for what happened."', [('accepts full responsibility', 'Drummond')], [], []),
    ('Judge Alan Forbes, sentencing Wilcox to six years, said: "You showed no remorse for your actions."', [('showed no remorse', 'Forbes')], [], []),
    ('Olympic champion Grace Mbeki won the 400m in Rome.\n\nThe 31-year-old added: "I just wanted to enjoy the race and the crowd."', [('enjoy the race', 'Mbeki')], [], []),
    ('"We will appeal against this decision," said a statement from Harwood Rovers.', [('appeal against this decision', 'Harwood Rovers|statement')], [], []),
    ('For Samira Khouri, who has run the corner shop for 20 years, the changes are bad news. "I don\'t know how we will survive," she says.', [('how we will survive', 'Khouri')], [], []),
    ('Doctors\' leader Dr Hamish Rowe told the BBC\'s Today programme: "Junior doctors are exhausted and they are leaving."', [('Junior doctors are exhausted', 'Rowe')], [], []),
    ('Ian Corbett, the council\'s leader, was in no mood to compromise. In his words: "The decision has been made and it will not be reversed."', [('will not be reversed', 'Corbett')], [], []),
    ('We spoke to departing chairman Neil Brannock.\n\nWhy did you decide to step down now?\n\nI felt the club needed a fresh voice. It was the right moment for everyone.', [], [], ['fresh voice']),
    ('Neil Brannock: "I felt the club needed a fresh voice."', [('fresh voice', 'Brannock')], [], []),
    ('Business Secretary Lena Moor said on Sunday that the scheme had worked. "It has saved thousands of jobs," she told Sky News. "We will extend it to the end of the year."', [('saved thousands of jobs', 'Moor'), ('extend it to the end', 'Moor')], [], []),
    ('"The weather was our biggest enemy," admitted skipper Rhys Bowden, whose crew finished third.', [('biggest enemy', 'Bowden')], [], []),
    ('Police said the man, 42, was arrested at the scene.\n\nDet Insp Karen Wyatt said: "This was a targeted attack and we believe there is no wider risk to the public."', [('targeted attack', 'Wyatt')], [], []),
    ('"I was sitting in the front row when the ceiling came down," she recalled. "There was dust everywhere."\n\nMaria Delgado, 58, was among dozens of people at the concert.', [('front row', 'Delgado'), ('dust everywhere', 'Delgado')], [], []),
    ('A Treasury spokesperson said: "We do not comment on speculation about the Budget."', [('do not comment on speculation', 'spokesperson|Treasury')], [], []),
    ('"There is no evidence that the product is unsafe," the firm insisted in a statement on Friday.\n\nPelham Foods has recalled 20,000 jars.', [], [], ['no evidence that the product']),
    ('Pelham Foods has recalled 20,000 jars of its jam. "There is no evidence that the product is unsafe," the firm insisted in a statement on Friday.', [('no evidence that the product', 'Pelham Foods|firm')], [], []),
    ('Mr Varley told reporters outside Downing Street: "We have reached a deal. It is a good deal for Britain."\n\nLabour called the agreement "a cynical fudge".', [('reached a deal', 'Varley'), ('good deal for Britain', 'Varley')], ['cynical fudge'], []),
    ('The report, titled "Failing Our Children", was published on Tuesday.', [], ['Failing Our Children'], []),
    ('Fans chanted "Sack the board" throughout the second half.', [], [], ['Sack the board']),
]
# second batch: BBC business, politics, sport, technology and entertainment copy
EN_PRESS_CASES_2: list[Case] = [
    ('Rovers manager Jim Hartley was furious with the referee.\n\nSpeaking after the match, Hartley said: "We were second best all afternoon."', [('second best', 'Hartley')], [], []),
    ('Actress Cora Lindqvist, 34, won the award on Sunday.\n\nThe star, who plays Lady Hester in the drama, told Radio Times: "I was terrified on the first day."', [('terrified on the first day', 'Lindqvist')], [], []),
    ('Mr Phiri told the BBC he was "shocked and saddened" by the news.', [], ['shocked and saddened'], []),
    ('"The numbers simply don\'t add up," said Sarah Jennings of the Institute for Fiscal Studies. "Somebody will have to pay."', [('don\'t add up', 'Jennings'), ('Somebody will have to pay', 'Jennings')], [], []),
    ('Analysts were unimpressed. "This is a company that has lost its way," said Mark Todd at Brewin Capital.', [('lost its way', 'Todd')], [], []),
    ('Telecoms giant Orion Mobile lost its appeal on Monday.\n\n"We are disappointed," the company said in a statement. "But we respect the decision of the regulator."', [('We are disappointed', 'Orion Mobile'), ('respect the decision', 'Orion Mobile')], [], []),
    ('Education Secretary Ruth Kelso was asked on the Today programme whether she would resign. "Certainly not," she replied.', [('Certainly not', 'Kelso')], [], []),
    ('He added that the firm had "no plans" to cut jobs.', [], ['no plans'], []),
    ('"It is the biggest shake-up of the industry in a generation," Watcom chief executive David Bryce told BBC News.', [('biggest shake-up', 'Bryce')], [], []),
    ('In a blog post, the search firm\'s head of products, Priya Nair, wrote: "We are making search faster for everyone."', [('making search faster', 'Nair')], [], []),
    ('Singer Mae Collins announced her retirement.\n\nCollins, whose band sold 30 million albums, said: "I never expected any of this."', [('never expected', 'Collins')], [], []),
    ('Veteran defender Lee Barnes has been offered a new deal.\n\nAsked about his future, the 35-year-old replied: "I\'ll sit down with the club at the end of the season."', [('sit down with the club', 'Barnes')], [], []),
    ('Lib Dem spokesman Ed Davies MP said: "This is a betrayal of every student in the country."', [('betrayal of every student', 'Davies')], [], []),
    ('Mr Harker\'s official spokesman said: "The prime minister has full confidence in the chancellor."', [('full confidence', 'spokesman')], [], []),
    ('Welsh captain Gareth Hughes was left in tears after the defeat.\n\n"We\'ll be back," vowed Hughes.', [('We\'ll be back', 'Hughes')], [], []),
    ('But Conservative leader Michael Keane hit back, saying: "Labour has run out of ideas."', [('run out of ideas', 'Keane')], [], []),
    ('One analyst, who asked not to be named, said: "The board has lost patience with him."', [('lost patience', 'analyst')], [], []),
    ('Mr Oliphant\'s lawyer said in a statement: "My client will be vigorously contesting these charges."', [('vigorously contesting', 'lawyer')], [], []),
    ('Chancellor Rishi Kalra defended the plan.\n\n"We have made the right choices," he said. "The economy is growing again."\n\nShadow chancellor Anna Reeve disagreed. "Families are worse off," she said.', [('right choices', 'Kalra'), ('growing again', 'Kalra'), ('worse off', 'Reeve')], [], []),
    ('"I think the fans deserve an apology," said the former England striker, now a BBC pundit.\n\nAlan Shearwood was speaking after the 4-0 defeat.', [], [], ['fans deserve an apology']),
]
# third batch: BBC business, politics, sport, technology and entertainment copy of 2004-05
EN_PRESS_CASES_3: list[Case] = [
    ('Mr Blair told BBC One\'s Breakfast with Frost programme: "I have never had a conversation with him about stepping down."', [('never had a conversation', 'Blair')], [], []),
    ('Home Secretary David Blunkton said the plans were being reviewed. "We are not going to be rushed into a decision," he told BBC Radio 4\'s Today programme.', [('rushed into a decision', 'Blunkton')], [], []),
    ('Shadow chancellor Oliver Letts said: "Gordon Brown\'s figures simply do not add up."', [('do not add up', 'Letts')], [], []),
    ('Analyst Sam Gibbs, of Jupiter Research, said: "Broadband is now a mass-market product."', [('mass-market product', 'Gibbs')], [], []),
    ('Arsenal boss Arsene Wenlock told a news conference: "We have to react after Sunday."\n\nThe Frenchman added: "I am confident in my players."', [('react after Sunday', 'Wenlock'), ('confident in my players', 'Wenlock')], [], []),
    ('"It was a fantastic result for us," said United boss Sir Alex Fergus.', [('fantastic result', 'Fergus')], [], []),
    ('Technology analyst Peter Dunn studied the data.\n\n"The figures are very encouraging," said Mr Dunn, who is head of research at the firm.', [('very encouraging', 'Dunn')], [], []),
    ('Pop star Kylie Monroe has cancelled her tour.\n\nThe singer\'s spokeswoman said: "She is resting at home and is expected to make a full recovery."', [('resting at home', 'spokeswoman')], [], []),
    ('Rapper Jay Walker won two awards on Thursday.\n\nThe 25-year-old star told MTV News: "I just want to make music that people enjoy."', [('make music', 'Walker')], [], []),
    ('In a statement, the firm said it was "confident" of meeting its targets.', [], ['confident'], []),
    ('"People are fed up with being lied to," Mr Kilroy-Silk said. "They want a party that tells the truth."', [('fed up with being lied to', 'Kilroy-Silk'), ('tells the truth', 'Kilroy-Silk')], [], []),
    ('Speaking at the launch in London, software chairman Bill Gatesby said: "This is the most important release in our history."', [('most important release', 'Gatesby')], [], []),
    ('Chancellor Gordon Brunt is expected to announce the measures on Wednesday.\n\nMr Brunt said last week: "We will continue to take the tough decisions."', [('tough decisions', 'Brunt')], [], []),
    ('Opposition leader Michael Howe said: "Mr Blair has lost the trust of the British people." He added that the government had "run out of steam".', [('lost the trust', 'Howe')], [], ['run out of steam']),
    ('Striker Alan Smithers joined on Friday.\n\n"I\'m delighted to have signed for such a big club," Smithers told the club\'s website.', [('delighted to have signed', 'Smithers')], [], []),
    ('The phone maker\'s head of marketing, Lars Nyberg, told BBC News Online: "Consumers want phones that do more."', [('Consumers want phones', 'Nyberg')], [], []),
    ('"There is a real danger that we will lose a generation of young people," warned the report\'s author, Professor Jane Mills.', [('lose a generation', 'Mills')], [], []),
]
# fourth batch: names, titles, slogans and descriptions in marks that nobody says
EN_PRESS_CASES_4: list[Case] = [
    ('Police launched Operation "Clean Sweep Through the City" in May.', [], ['Clean Sweep'], []),
    ('The report, "Breaking Point: Care Homes in Crisis", was published on Monday.', [], ['Breaking Point'], []),
    ('He was known locally as "the man who saved the club".', [], ['the man who saved'], []),
    ('The song "I Will Always Love You Tonight" topped the charts for six weeks.', [], ['Always Love You'], []),
    ('Under the slogan "Save Our Local Hospital Now", residents marched through the town.', [], ['Save Our Local'], []),
    ('Campaigners have dubbed the scheme "a tax on the poorest families in Britain".', [], ['tax on the poorest'], []),
    ('The minister said the rise was "unacceptable and must be reversed immediately".', [], [], ['unacceptable and must']),
    ('A sign on the door read "Closed until further notice due to illness".', [], ['Closed until further'], []),
]
# fifth batch: whole BBC-style stories of several paragraphs, speakers carried across them
EN_PRESS_CASES_5: list[Case] = [
    ('Shares in Harlow Foods fell 12% after the supermarket warned on profits.\n\nChief executive Tim Beckwith said trading over Christmas had been "disappointing".\n\n"We did not get our pricing right and customers noticed," he told analysts on a conference call.\n\n"We have already started to put that right."\n\nAnalysts were not convinced. Clare Dunmore at Seymour Pierce said: "This is the third profit warning in a year. Investors are running out of patience."', [('pricing right', 'Beckwith'), ('already started to put that right', 'Beckwith'), ('third profit warning', 'Dunmore'), ('running out of patience', 'Dunmore')], [], ['disappointing']),
    ('The Conservatives have promised to cut council tax for pensioners if they win the election.\n\nParty leader Michael Hawes made the pledge during a visit to a care home in Kent.\n\nHe said: "Pensioners have been hit hardest by this government\'s stealth taxes.\n\n"A Conservative government will give them a fair deal."\n\nBut Labour said the plans were uncosted. A party spokesman said: "The Tories cannot say where the money would come from."', [('hit hardest', 'Hawes'), ('fair deal', 'Hawes'), ('cannot say where the money', 'spokesman')], [], []),
    ('England coach Andy Ridley has named an unchanged side for Saturday\'s game against Wales.\n\nRidley said he had been pleased with the performance in Rome. "The players deserve another chance," he said.\n\nCaptain Jason Ashworth added: "Wales will be tough, but we are ready for them."\n\nWales coach Mike Rudd was less confident. "We have injuries in key positions," admitted Rudd. "It will be a battle."', [('deserve another chance', 'Ridley'), ('we are ready for them', 'Ashworth'), ('injuries in key positions', 'Rudd'), ('It will be a battle', 'Rudd')], [], []),
    ('Mobile phone firm Telvox is to launch a handset that can play music downloaded from the internet.\n\nThe company\'s head of products, Sara Lindgren, said the phone would go on sale in March.\n\n"Music is the next big thing for mobiles," she said. "People want one device that does everything."\n\nBut industry analyst Ben Carver of Ovum said the firm faced stiff competition. "Every manufacturer is chasing the same customers," he said.', [('next big thing', 'Lindgren'), ('one device that does everything', 'Lindgren'), ('chasing the same customers', 'Carver')], [], []),
    ('Oscar-winning actress Helen Marr is to star in a new West End play.\n\nThe 58-year-old will play a retired judge in the drama, which opens in May.\n\n"I have wanted to work with this director for years," Marr said in a statement.\n\nProducer David Quill said: "We are thrilled to have Helen on board. She is one of the finest actresses of her generation."', [('wanted to work with this director', 'Marr'), ('thrilled to have Helen', 'Quill'), ('finest actresses', 'Quill')], [], []),
    ('Home Secretary Charles Clement has defended plans for identity cards.\n\nSpeaking on BBC Radio 4\'s Today programme, Mr Clement said the cards would help fight terrorism and identity fraud.\n\n"This is not about creating a surveillance society," he said.\n\nLiberal Democrat home affairs spokesman Mark Oaten disagreed: "These cards will cost billions and do nothing to stop a determined terrorist."\n\nCivil liberties group Liberty said the scheme was "a step too far".', [('surveillance society', 'Clement'), ('cost billions', 'Oaten')], [], ['step too far']),
]
# sixth batch: more BBC attribution shapes (of-phrases, quoted-by, it said, solicitors and correspondents)
EN_PRESS_CASES_6: list[Case] = [
    ('Author Ruth Ellery won the prize on Tuesday.\n\n"It\'s a great honour and a complete surprise," she said of the award.', [('great honour', 'Ellery')], [], []),
    ('"The prime minister has full confidence in the home secretary," the prime minister\'s official spokesman said.', [('full confidence', 'spokesman')], [], []),
    ('Mr Brannan, who was speaking in Glasgow, said: "Scotland will not be left behind."', [('not be left behind', 'Brannan')], [], []),
    ('Midfielder Joe Cattermole signed a new deal.\n\n"I\'m really happy here and I want to win trophies," the 27-year-old told BBC Sport.', [('really happy here', 'Cattermole')], [], []),
    ('"We have not lost a game at home all season," Mr Jenkins, 54, added.', [('not lost a game', 'Jenkins')], [], []),
    ('In a statement, electronics giant Sonar said: "We are co-operating fully with the authorities."', [('co-operating fully', 'Sonar')], [], []),
    ('The Department of Health said: "We are investing record sums in the health service."', [('investing record sums', 'Department of Health')], [], []),
    ('Harbridge Bank has cut 400 jobs.\n\n"This was a difficult decision," it said in a statement.', [('difficult decision', 'Harbridge Bank')], [], []),
    ('Mr Ferguson was quoted by the Sun as saying: "I have no intention of retiring."', [('no intention of retiring', 'Ferguson')], [], []),
    ('"The board has let the fans down," he was quoted as saying by the paper.\n\nHe is the third director to resign.', [], [], ['let the fans down']),
    ('According to a Downing Street spokesman, "the prime minister has full confidence in his ministers".', [('full confidence in his ministers', 'spokesman|Downing Street')], [], []),
    ('Speaking to reporters after the hearing, his solicitor, Mark Fenwick, said: "My client is relieved this is over."', [('relieved this is over', 'Fenwick')], [], []),
    ('Writing in the Times, former chancellor Ken Carlow said: "The euro will not survive in its present form."', [('euro will not survive', 'Carlow')], [], []),
    ('"Nobody saw this coming," said one senior Labour backbencher. "It is a shock to all of us."', [('Nobody saw this coming', 'backbencher'), ('shock to all of us', 'backbencher')], [], []),
]
# fmt: on
