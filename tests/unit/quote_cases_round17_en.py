"""Made-up English passages in the BBC News style of 2004-05 (business, politics, sport, tech, entertainment):
speakers after the quote with long titles, "told the BBC" and its programmes, quotes running over paragraphs,
interview questions and answers, "according to", partial quotes, and look-alikes in marks that are no speech
(titles of films and albums, scare quotes, slogans, operations). Written before the quote readers were run on them,
for `test_facts_quotes_round17.py`; every name and sentence is invented. The shape of a case is that of
`quote_cases_newspaper_en.py`."""

from __future__ import annotations

from tests.unit.quote_cases_newspaper_en import Case

# fmt: off
EN_R17_CASES: list[Case] = [
    ('"We are extremely disappointed with the decision," said Richard Hamblin, chief executive of the Association of Independent Retailers.', [('extremely disappointed', 'Hamblin')], [], []),
    ('"The market has been through a difficult period," Lord Ashcombe, chairman of the Investment Trusts Forum, told the BBC\'s Today programme.', [('difficult period', 'Ashcombe')], [], []),
    ('"We have seen a steady rise in complaints over the past year," said Janet Moorcroft of the consumer group Fair Deal.\n\n"Most of them concern hidden charges and poor customer service. Companies need to do better."', [('steady rise', 'Moorcroft'), ('hidden charges', 'Moorcroft')], [], []),
    ('Conservative leader Michael Howells said: "This is a budget for the next election, not for the next generation.\n\n"The chancellor has borrowed and spent and now the bills are coming in."', [('budget for the next election', 'Howells'), ('borrowed and spent', 'Howells')], [], []),
    ('The rise was "entirely predictable", according to Tony Marsham, an analyst at Capital Research.', [('entirely predictable', 'Marsham')], [], []),
    ('Home Secretary David Blanford said the plans were "a proportionate response to a real and serious threat".', [], [], ['proportionate response']),
    ('Speaking on BBC Radio Five Live, Harbour City manager Gordon Strachan-Bell said: "We were not good enough today and we know it."', [('not good enough today', 'Strachan-Bell')], [], []),
    ('"It is simply unacceptable that patients should wait this long," said Dr Ian Whitby, chairman of the Hospital Consultants Association\'s pay committee.', [('simply unacceptable', 'Whitby')], [], []),
    ('Actor Jamie Foxley won best actor at the awards on Sunday.\n\n"It is a great honour," said the 34-year-old. "I owe it all to my family," he added.', [('great honour', 'Foxley'), ('owe it all', 'Foxley')], [], []),
    ('The film, "The Aviator\'s Last Flight", took $40m at the US box office in its first weekend.', [], ["Aviator's Last Flight"], []),
    ('Their new album "Songs From The Dark Side Of Town" goes on sale on Monday.', [], ['Songs From The Dark'], []),
    ('The firm has been accused of handing out "fat cat" pay deals to its directors.', [], ['fat cat'], []),
    ('Police launched Operation "Tidal Sweep" to tackle drug dealing in the area.', [], ['Tidal Sweep'], []),
    ('The campaign, under the slogan "Make Poverty a Thing of the Past", will run until July.', [], ['Make Poverty'], []),
    ('Shares in Marlow Foods rose 5% on Tuesday. In a statement, the company said: "We are confident that the merger will be completed by the end of the year."', [('confident that the merger', 'Marlow Foods|company')], [], []),
    ('A spokeswoman for the Department of Health said: "We are looking at the report very carefully."', [('looking at the report', 'spokeswoman|Department of Health')], [], []),
    ('Former minister Robert Peale has joined the debate. "I think," said Mr Peale, "that the time has come for a change."', [('I think', 'Peale'), ('time has come', 'Peale')], [], []),
    ('EU trade commissioner Pascal Lemaire arrived in Brussels on Monday. "We expect a deal by Friday," he told reporters.', [('expect a deal', 'Lemaire')], [], []),
    ('"The lads showed great character after going a goal down," said Millfield boss Paul Jewson.', [('great character', 'Jewson')], [], []),
    ('"Consumers are feeling the pinch," said Harold Archway, chief UK and European economist at Global Outlook.', [('feeling the pinch', 'Archway')], [], []),
    ('"Mobile phones are becoming the remote control for our lives," said Tom Whitlock of research firm Gardner Analytics.', [('remote control', 'Whitlock')], [], []),
    ('Singer Jess Stonely told BBC News: "I was shaking when they read my name out."', [('shaking when they read', 'Stonely')], [], []),
    ('Liberal Democrat leader Charles Kennard told BBC One\'s Sunday Politics programme: "Voters are fed up with spin and broken promises."', [('fed up with spin', 'Kennard')], [], []),
    ('The chancellor, Gordon Brownlow, defended his record.\n\n"We have delivered the longest period of growth in 200 years," he insisted.', [('longest period of growth', 'Brownlow')], [], []),
    ('"Mr Blake has let the country down," said Tory leader Michael Howells.', [('let the country down', 'Howells')], [], []),
    ('Writing in the Daily Herald, former minister Clare Shortland said: "The war was a terrible mistake."', [('terrible mistake', 'Shortland')], [], []),
    ('Bill Trenton spoke to BBC News about his time in office.\n\nBBC: Do you regret the decision?\n\nMr Trenton: No. I would do it again tomorrow.', [('do it again tomorrow', 'Trenton')], [], ['regret the decision']),
    ('The Financial Courier quoted Mr Ebbsworth as saying: "I did nothing wrong and I will prove it in court."', [('did nothing wrong', 'Ebbsworth')], [], []),
    ('Microsoft\'s chairman Bill Gatesby described the software as "the most secure we have ever made".', [], [], ['most secure']),
    ('Opposition MPs branded the scheme a "stealth tax".', [], ['stealth tax'], []),
    ('England captain Michael Vaughn was upbeat. "We have a good team and we believe we can win the series," he said. "The bowlers have been outstanding."', [('good team', 'Vaughn'), ('bowlers have been outstanding', 'Vaughn')], [], []),
    ('"There is no doubt that interest rates will have to rise again," said Alan Crump, an economist at the Centre for Economic Studies, "but probably not until the spring."', [('no doubt that interest', 'Crump'), ('not until the spring', 'Crump')], [], []),
    ('The band\'s manager, Sue Tillotson, said the tour had been cancelled "for personal reasons".', [], [], ['personal reasons']),
]
# second batch: spokesmen, interviews, appositions after the quote, statements, names in a sentence before
EN_R17_CASES_2: list[Case] = [
    ('"We are not going to be rushed into a decision," a Downing Street spokesman said.', [('rushed into a decision', 'spokesman')], [], []),
    ('Transport Secretary Alan Dobbs faced questions on Monday. Asked whether he would resign, Mr Dobbs replied: "Absolutely not. I have a job to do."', [('Absolutely not', 'Dobbs')], [], []),
    ('Leeds striker Ryan Colley scored twice. "It\'s a fantastic result for the club," the 27-year-old told BBC Sport.', [('fantastic result', 'Colley')], [], []),
    ('Sir Alex Ferris said after the game: "We were magnificent from start to finish."', [('magnificent', 'Ferris')], [], []),
    ('"The euro has been too strong for too long," said Michel Durand, chief economist at Banque du Nord in Paris.', [('too strong for too long', 'Durand')], [], []),
    ('In an interview with the Financial Courier, Mr Grassi said: "I have never taken a penny that was not mine."', [('never taken a penny', 'Grassi')], [], []),
    ('The hit show "Desperate Neighbours" returns to Channel 4 next month.', [], ['Desperate Neighbours'], []),
    ('He warned against the so-called "axis of evil" in his speech.', [], ['axis of evil'], []),
    ('Troops took part in Operation "Desert Wind" last spring.', [], ['Desert Wind'], []),
    ('The charity launched its "Make It Count" campaign on Monday.', [], ['Make It Count'], []),
    ('"Profits were hit by the strong pound," said the company\'s finance director, Peter Lomax.', [('strong pound', 'Lomax')], [], []),
    ('"We have worked very hard to get to this point.\n\n"Now we need the government to play its part," said union leader Bob Crowther.', [('worked very hard', 'Crowther'), ('play its part', 'Crowther')], [], []),
    ('The singer\'s publicist, Jo Marshall, confirmed: "She is taking a break from touring."', [('taking a break', 'Marshall')], [], []),
    ('Jess Stonely won the award.\n\n"It was the best night of my life," Stonely, 21, told reporters.', [('best night of my life', 'Stonely')], [], []),
    ('The National Audit Board published its report on Tuesday. The report concluded: "The system is not fit for purpose."', [('not fit for purpose', 'National Audit Board|report')], [], []),
    ('BBC correspondent Nick Robbins said: "The mood here is very tense."', [('mood here is very tense', 'Robbins')], [], []),
    ('One analyst, who did not want to be named, said: "The deal makes no sense at all."', [('makes no sense', 'analyst')], [], []),
    ('Prime Minister Tony Blane welcomed the news. "I am delighted," said Mr Blane. "This is a great day for Britain."', [('I am delighted', 'Blane'), ('great day for Britain', 'Blane')], [], []),
    ('Her lawyer, Mark Stephenson, said outside court: "My client is innocent and will be cleared."', [('My client is innocent', 'Stephenson')], [], []),
    ('"We didn\'t deserve to lose," insisted boss Martin O\'Neary.', [("didn't deserve to lose", "O'Neary")], [], []),
    ('Tennis star Tim Henson lost in the first round.\n\nWriting on his website, the former champion said: "I have decided to retire from the game."', [('decided to retire', 'Henson')], [], []),
    ('In a statement, Yukor Oil said it would appeal. The statement added: "No decision has yet been taken on the sale."', [('No decision has yet', 'Yukor Oil|statement')], [], []),
    ('The company\'s motto, "Quality First Every Time", is printed on every box.', [], ['Quality First'], []),
    ('Mr Howells added that the figures were "deeply worrying".', [], [], ['deeply worrying']),
]
