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
