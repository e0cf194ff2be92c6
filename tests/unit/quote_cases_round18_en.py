"""Made-up English passages in the style of BBC news copy of 2004-05 (politics, business, sport, tech,
entertainment) and Danish news copy: "told MPs", "speaking on BBC Radio 4's Today programme", "writing in", titles
and roles around names, statements of bodies, "according to", questions and answers, quotes over paragraphs,
descriptions for a speaker named before ("the 23-year-old", "the Gunners boss"), and look-alikes (titles of
films, songs, books and programmes; "so-called"). Written before the quote readers were run on them, for
`test_facts_quotes_round18.py`; every name and sentence is invented."""

from __future__ import annotations

from tests.unit.quote_cases_newspaper_en import Case

# fmt: off
EN_R18_CASES: list[Case] = [
    ('Mr Brannock told MPs: "We will not be deflected from our course by threats of any kind."', [('will not be deflected', 'Brannock')], [], []),
    ('"It is a very sad day for everyone connected with the club," said manager Alan Pettigrew.', [('very sad day', 'Alan Pettigrew|Pettigrew')], [], []),
    ('The Football League said in a statement: "We are disappointed by the decision and will consider our options."', [('disappointed by the decision', 'Football League')], [], []),
    ('Tory leader Martin Howe was on the offensive.\n\nSpeaking on BBC Radio 4\'s Today programme, Mr Howe said: "The government has simply lost control of the asylum system."', [('simply lost control', 'Howe')], [], []),
    ('But Liberal Democrat spokesman Vince Calder said: "These figures show the chancellor\'s sums simply do not add up."', [('sums simply do not', 'Vince Calder|Calder')], [], []),
    ('A spokeswoman for the Department of Health said: "We are looking very carefully at the report\'s findings."', [('looking very carefully', 'spokeswoman')], [], []),
    ('Derek Hollis, 45, from Swindon, added: "I have never seen anything like it in my whole life."', [('never seen anything like', 'Derek Hollis|Hollis')], [], []),
    ('Striker Danny Oakes scored twice in the second half.\n\nHe told BBC Sport: "The lads showed real character after the break and we deserved the points."', [('showed real character', 'Danny Oakes|Oakes')], [], []),
    ('"We knew it would be a difficult year for the whole industry.\n\n"But we have come through it in better shape than most of our rivals," he said.\n\nThe comments came from chief executive Tom Ashcroft.', [('difficult year for the whole', 'Ashcroft'), ('come through it in better shape', 'Ashcroft')], [], []),
    ('Arsenal manager Pierre Lafitte was furious after the game. The Frenchman said: "The referee made three wrong decisions and every one of them went against us."', [('three wrong decisions', 'Pierre Lafitte|Lafitte')], [], []),
    ('"We have to be realistic," said Mr Jowett. "The market is very tough at the moment and it will not get easier this year."', [('have to be realistic', 'Jowett'), ('market is very tough', 'Jowett')], [], []),
    ('According to analysts at Fenwick Economics, "the slowdown in consumer spending is likely to continue well into next year".', [('slowdown in consumer spending', 'Fenwick Economics|analysts')], [], []),
    ('In a statement, Mitsuko Electronics said: "The company regrets any inconvenience caused to its customers."', [('regrets any inconvenience', 'Mitsuko Electronics|Mitsuko')], [], []),
    ('The singer\'s spokesman told the Sun newspaper: "She is resting at home and is expected to make a full recovery."', [('resting at home', "spokesman")], [], []),
    ('Writing in the Daily Telegraph, Mr Latimer said: "The prime minister must now come clean about what he knew and when."', [('must now come clean', 'Latimer')], [], []),
    ('Culture Secretary Tessa Jewell was unrepentant.\n\nMs Jewell insisted: "The licence fee remains the best way of funding the BBC for the foreseeable future."', [('licence fee remains', 'Tessa Jewell|Jewell')], [], []),
    ('Lord Goldring, the Attorney General, said: "The advice I gave was my own honest view of the law."', [('advice I gave', 'Goldring')], [], []),
    ('Dr Helen Marsh, from the University of Kent, said: "The research shows a clear link between diet and behaviour in children."', [('clear link between diet', 'Helen Marsh|Marsh')], [], []),
    ('Olympic champion Kelly Barnes, 34, won the race easily. "It\'s a great honour to win here again in front of my home crowd," the 34-year-old told reporters.', [('great honour to win', 'Kelly Barnes|Barnes')], [], []),
    ('US President George Walker said: "We will stand with our allies until the job is done."', [('stand with our allies', 'George Walker|Walker')], [], []),
    ('Clint Eastfield\'s film "A Million Dollar Dream" took the best picture award.', [], ['A Million Dollar Dream'], []),
    ('The band\'s new single "Somewhere Only You Can Go" went straight to number one.', [], ['Somewhere Only You Can Go'], []),
    ('He said the programme "Who Wants To Win A Fortune" would return in the autumn.', [], ['Who Wants To Win'], []),
    ('Critics attacked the so-called "stealth tax on working families" announced in the Budget.', [], [], ['stealth tax on working families']),
    ('Shares in Kellmark fell 5% after it warned that profits would be "significantly below" expectations.', [], [], ['significantly below']),
    ('Mr Fairbairn later admitted: "I got it wrong and I apologise unreservedly to those I offended."', [('got it wrong', 'Fairbairn')], [], []),
    ('The minister, who faces a tough fight to hold her seat, warned: "Anyone who thinks this election is in the bag is badly mistaken."', [('in the bag', 'minister')], [], []),
    ('Home Secretary David Blanchard defended the plans. He told the Commons: "These powers are necessary to protect the public from a very real threat."', [('These powers are necessary', 'David Blanchard|Blanchard')], [], []),
    # (a participle phrase after "had been" is read as the rest of the writer's clause, by design: the gold is split)
    ('Mr Kerslake said the firm had been "let down badly by its suppliers over the whole of the past year".', [], [], ['let down badly by its suppliers']),
    ('Chelsea boss Jorge Mendes refused to blame his goalkeeper. "Everybody makes mistakes and he has saved us many points this season," the Portuguese said.', [('Everybody makes mistakes', 'Jorge Mendes|Mendes')], [], []),
]
# second batch: Danish news copy (dash quotes, "siger", "fortæller", "ifølge", "udtaler", colon introductions)
DA_R18_CASES: list[Case] = [
    ('– Vi er meget glade for aftalen, siger borgmester Jens Holm.', [('meget glade for aftalen', 'Jens Holm|Holm')], [], []),
    ('Formanden for Dansk Landbrug, Karen Birk, er utilfreds.\n\n– Det er en katastrofe for de unge landmænd, siger hun.', [('katastrofe for de unge', 'Karen Birk|Birk')], [], []),
    ('"Vi har gjort alt, hvad vi kunne, for at redde virksomheden," siger direktør Lars Vind.', [('gjort alt, hvad vi kunne', 'Lars Vind|Vind')], [], []),
    ('Ifølge politiinspektør Mette Lund er der "ingen tegn på, at nogen har været i huset i flere dage".', [('ingen tegn på', 'Mette Lund|Lund')], [], []),
    ('Ministeren udtaler i en pressemeddelelse: "Vi skal have flere hænder ind i ældreplejen."', [('flere hænder ind', 'Ministeren|ministeren')], [], ['flere hænder ind']),
    ('Sundhedsminister Anne Vestergaard udtaler i en pressemeddelelse: "Vi skal have flere hænder ind i ældreplejen."', [('flere hænder ind', 'Anne Vestergaard|Vestergaard')], [], []),
    ('Peter Møller fortæller, at han var på vej hjem, da ulykken skete.\n\n– Jeg så bilen køre direkte ind i muren, fortæller han.', [('så bilen køre', 'Peter Møller|Møller')], [], []),
    ('EU-kommissær Hanne Storm sagde på mødet: "Europa skal stå sammen om klimaet, ellers taber vi alle."', [('Europa skal stå sammen', 'Hanne Storm|Storm')], [], []),
    ('Kommissionen skriver i en meddelelse: "Forslaget vil sikre bedre vilkår for forbrugerne i hele EU."', [('sikre bedre vilkår', 'Kommissionen')], [], []),
    ('Romanen "Et år i det stille hus" udkom i 2003.', [], ['Et år i det stille hus'], []),
    ('– Det er ikke godt nok, lyder det fra formand for fagforeningen Ole Berg.', [('ikke godt nok', 'Ole Berg|Berg')], [], []),
    ('Træner Michael Lunde var skuffet efter kampen. "Vi spillede slet ikke godt nok i første halvleg," sagde han.', [('spillede slet ikke godt', 'Michael Lunde|Lunde')], [], []),
]
# third batch: BBC copy where several people are named around the quote (who took over from whom, whom the
# speaker met or praised, a name inside the quote), possessive roles and agents, pronouns of either sex
EN_R18_CASES_2: list[Case] = [
    ('Mr Calloway, who succeeded John Bright as chairman last year, said: "The board is united behind the new strategy."', [('board is united', 'Calloway')], [], []),
    ('"We have a lot of work still to do," said Mr Penrose, who replaced Alan Frost in May.', [('lot of work still to do', 'Penrose')], [], []),
    ('Speaking after talks with Chinese premier Wen Lian, Mr Blakemore said: "Our trade links have never been stronger."', [('trade links have never', 'Blakemore')], [], []),
    ('Mrs Aldous, whose son Tom was killed in the crash, told the BBC: "Nobody from the company has ever said sorry to us."', [('Nobody from the company', 'Aldous')], [], []),
    ('"I spoke to Gordon Crane yesterday about the budget," Mr Barlow said. "He agreed with every word of it," he added.', [('spoke to Gordon Crane', 'Barlow'), ('agreed with every word', 'Barlow')], [], []),
    ('Mr Jessop was backed by his colleague Ann Leigh. "We all support him completely in what he is doing," she said.', [('all support him', 'Ann Leigh|Leigh')], [], []),
    ('England coach Andy Robson praised captain Lewis Hartley. "He was magnificent today and led from the front," said Robson.', [('magnificent today', 'Andy Robson|Robson')], [], []),
    ('Asked if he would stand again, Mr Clarkson said: "I have not made up my mind and I will not be rushed."', [('not made up my mind', 'Clarkson')], [], []),
    ('"The evidence simply does not support the claims made by ministers." That was the verdict of Labour MP Ann Dunmore.', [('evidence simply does not', 'Ann Dunmore|Dunmore')], [], []),
    ('The BBC\'s political editor Nick Robbins said: "This is the most serious crisis of the prime minister\'s career."', [('most serious crisis', 'Nick Robbins|Robbins')], [], []),
    ('Zentrix chairman Bill Gaites told the conference in Las Vegas: "The next ten years will change computing for ever."', [('next ten years', 'Bill Gaites|Gaites')], [], []),
    ('Her agent, Max Clifford-Jones, said: "She is devastated by the stories and is considering legal action."', [('devastated by the stories', 'Max Clifford-Jones|Clifford-Jones')], [], []),
    ('Arsenal\'s Thierry Hebert said: "We were not good enough in the first half and they punished us."', [('not good enough in the first', 'Thierry Hebert|Hebert')], [], []),
    ('Mr Presley\'s spokesman said: "The deputy prime minister has nothing further to add at this stage."', [('nothing further to add', 'spokesman')], [], []),
    ('Former England captain Alan Shearman, now a BBC pundit, said: "The manager has lost the dressing room and everybody can see it."', [('lost the dressing room', 'Alan Shearman|Shearman')], [], []),
    ('Lib Dem leader Charles Kemble said: "Voters deserve a straight answer on tax." He added: "The other parties are simply ducking the question."', [('straight answer on tax', 'Charles Kemble|Kemble'), ('simply ducking the question', 'Charles Kemble|Kemble')], [], []),
    ('Judge Peter Langley told Smithers: "You showed no remorse for what you did to your victims."', [('showed no remorse', 'Peter Langley|Langley')], [], []),
    ('Detective Inspector Sarah Quinn, who led the inquiry, said: "This was a callous attack on a vulnerable man."', [('callous attack', 'Sarah Quinn|Quinn')], [], []),
    ('Chancellor Gordon Crane met union leaders on Monday. Unison general secretary Dave Prentis said afterwards: "The talks were constructive but there is a long way to go."', [('talks were constructive', 'Dave Prentis|Prentis')], [], []),
    ('The firm\'s founder, Sir Martin Seller, said in a statement: "I am proud of what we have built over thirty years."', [('proud of what we have built', 'Martin Seller|Seller')], [], []),
]
