"""Organisations, people and roles in general newspaper copy (business, politics, sport, technology, entertainment;
English and Danish), round 15: a yardstick of made-up sentences written before they were first run, then the
classes fixed, each with look-alikes that must not fire. Every name here is made up."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing_app.core.facts import extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document

# (language, sentence, organisations ("|" joins the spellings any of which counts), {person: role word or None},
# names that must be no organisation)
YARDSTICK = [
    ('en', 'Shares in Corvane fell 4% after the retailer warned that Christmas sales had been weak.', ['Corvane'], {}, []),
    ('en', 'Marlow Group said pre-tax profits rose to £320m in the year to March.', ['Marlow Group'], {}, []),
    ('en', 'Tessaly plc, the Leeds-based housebuilder, cut its dividend for the first time.', ['Tessaly plc|Tessaly'], {}, []),
    ('en', 'The chief executive of Brenwick Holdings, Sarah Colfax, said the deal would create 400 jobs.', ['Brenwick Holdings'], {'Sarah Colfax': 'chief executive'}, []),
    ('en', 'Pelham Foods bought rival Strathmore Dairies for £1.2bn last year.', ['Pelham Foods', 'Strathmore Dairies'], {}, []),
    ('en', 'Dunmore Ltd has appointed Kevin Arkwright as its new finance director.', ['Dunmore Ltd|Dunmore'], {'Kevin Arkwright': 'finance director'}, []),
    ('en', 'Graysons Inc, the US software maker, reported a loss of $40m.', ['Graysons Inc|Graysons'], {}, []),
    ('en', 'The Retail Markets Authority (RMA) fined the bank £2m. The RMA said it had acted to protect savers.', ['Retail Markets Authority|RMA'], {}, []),
    ('en', "The Allied Rail Workers' Union said its members would strike next week.", ["Allied Rail Workers' Union"], {}, []),
    ('en', 'Rowan Airways chairman Lord Ashby said fuel costs had doubled.', ['Rowan Airways'], {'Lord Ashby': 'chairman'}, []),
    ('en', "Kellerby's chief executive Mark Tolley said sales were strong in the run-up to Christmas.", ['Kellerby'], {'Mark Tolley': 'chief executive'}, []),
    ('en', 'Analysts at Fenwright Securities expect a further rise in interest rates.', ['Fenwright Securities'], {}, []),
    ('en', 'The offer values Halbrook Energy at $4bn, or 310p a share.', ['Halbrook Energy'], {}, []),
    ('en', 'Orvel Motors, which makes the Zephyr hatchback, will close its plant in Sunderland.', ['Orvel Motors'], {}, ['Zephyr']),
    ('en', "Holt Mining's shares rose 3p to 245p on the London Stock Exchange.", ['Holt Mining', 'London Stock Exchange'], {}, []),
    ('en', 'The competition watchdog, the Office of Fair Markets, will investigate the merger.', ['Office of Fair Markets'], {}, []),
    ('en', 'A spokesman for Carrow Brewery said the site would stay open.', ['Carrow Brewery'], {}, []),
    ('en', 'Jenna Pike, an analyst at Stanmore Capital, said the figures were disappointing.', ['Stanmore Capital'], {'Jenna Pike': 'analyst'}, []),
    ('en', 'Brisco Bank agreed to buy Tallow Finance in a deal worth £800m.', ['Brisco Bank', 'Tallow Finance'], {}, []),
    ('en', 'The takeover of Melling by Arden Retail was cleared by regulators on Tuesday.', ['Melling', 'Arden Retail'], {}, []),
    ('en', 'Grendon Pharmaceuticals said its drug Velaxin had passed final trials.', ['Grendon Pharmaceuticals'], {}, ['Velaxin']),
    ('en', 'Fenmore Insurance boss Roger Daly quit on Monday after a row with shareholders.', ['Fenmore Insurance'], {'Roger Daly': 'boss'}, []),
    ('en', 'Sales at department store chain Hallam & Cole fell 2% over the summer.', ['Hallam & Cole'], {}, []),
    ('en', 'The Federation of Small Traders (FST) said the tax rise would cost jobs.', ['Federation of Small Traders|FST'], {}, []),
    ('en', 'Mortgage lender Castlegate said house prices had risen 1.2% in May.', ['Castlegate'], {}, []),
    ('en', 'Budget airline FlyAvon is to add 12 routes from Bristol.', ['FlyAvon'], {}, []),
    ('en', 'The Bank of Ruritania raised interest rates to 4.75%.', ['Bank of Ruritania'], {}, []),
    ('en', 'Tom Ridley, finance director at Oakhurst Homes, said demand had slowed.', ['Oakhurst Homes'], {'Tom Ridley': 'finance director'}, []),
    ('en', 'Investors in Dunstable Telecom have lost patience with its board.', ['Dunstable Telecom'], {}, []),
    ('en', 'Steelmaker Corlan, formerly known as Anglo Northern Steel, cut 3,000 jobs.', ['Corlan', 'Anglo Northern Steel'], {}, []),
    ('en', 'The Trade Union Congress general secretary, Brendan Barrow, called the offer an insult.', [], {'Brendan Barrow': 'general secretary'}, []),
    ('en', 'Shareholders at Pennock voted against the pay deal for boss Alan Fairley.', ['Pennock'], {'Alan Fairley': 'boss'}, []),
    ('en', 'Wexley Holdings, which owns the Daily Courier, is in talks with Marsh Media.', ['Wexley Holdings', 'Daily Courier', 'Marsh Media'], {}, []),
    ('en', "The airline's rival, Skyrun, said passenger numbers had grown 8%.", ['Skyrun'], {}, []),
    ('en', "Carla Benn, who chairs the Institute of Directors' policy unit, said the budget was bold.", [], {'Carla Benn': None}, []),
    ('en', 'Chancellor Gordon Bramwell said the economy would grow by 3% next year.', [], {'Gordon Bramwell': 'Chancellor'}, []),
    ('en', 'Tom Ellery, the shadow home secretary, said the plan was unworkable.', [], {'Tom Ellery': 'shadow home secretary'}, []),
    ('en', 'Liberal Democrat leader Charles Penrose attacked the plan in the Commons.', [], {'Charles Penrose': 'leader'}, []),
    ('en', 'The Home Office said 300 more officers would be recruited in London.', ['Home Office'], {}, []),
    ('en', 'The Department for Education and Skills announced a review of exams.', ['Department for Education and Skills'], {}, []),
    ('en', 'Conservative MP Alan Dorsey asked the prime minister to apologise.', [], {'Alan Dorsey': 'MP'}, []),
    ('en', 'Foreign Secretary Jack Harlow will meet his French counterpart in Paris on Friday.', [], {'Jack Harlow': 'Foreign Secretary'}, []),
    ('en', "Prime Minister Tony Blaine's official spokesman said no decision had been taken.", [], {'Tony Blaine': 'Prime Minister'}, []),
    ('en', 'The Commons public accounts committee said the scheme had wasted £100m.', ['public accounts committee|Commons public accounts committee'], {}, []),
    ('en', 'Westmere County Council will vote on the plan next month.', ['Westmere County Council'], {}, []),
    ('en', 'Former minister Clare Sheldon, who resigned in 2003, said the party had lost its way.', [], {'Clare Sheldon': 'former minister'}, []),
    ('en', 'The Boundary Review Commission said three seats would be abolished.', ['Boundary Review Commission'], {}, []),
    ('en', 'Welsh Secretary Owen Pryce said the assembly would get new powers.', [], {'Owen Pryce': 'Welsh Secretary'}, []),
    ('en', 'Home Secretary David Blunden announced plans for identity cards.', [], {'David Blunden': 'Home Secretary'}, []),
    ('en', 'The Treasury said the figures showed the economy was stable.', ['Treasury'], {}, []),
    ('en', 'Shadow chancellor Oliver Letts said taxes had risen 66 times.', [], {'Oliver Letts': 'chancellor'}, []),
    ('en', 'The English Heritage Party (EHP) won two seats in the council elections.', ['English Heritage Party|EHP'], {}, []),
    ('en', 'Labour chairman Ian McCarran said the election would be fought on the economy.', ['Labour'], {'Ian McCarran': 'chairman'}, []),
    ('en', 'Conservative leader Michael Howden promised to cut red tape.', [], {'Michael Howden': 'leader'}, []),
    ('en', 'The Council Finance Association (CFA) warned that council tax would rise.', ['Council Finance Association|CFA'], {}, []),
    ('en', 'Mayor of Lowbridge Ken Livesey said the congestion charge had worked.', [], {'Ken Livesey': 'Mayor'}, []),
    ('en', 'The Department of Trade and Industry is to review the rules, a spokeswoman said.', ['Department of Trade and Industry'], {}, []),
    ('en', 'Mr Harlow told BBC Radio 5 Live that he would not resign.', ['BBC Radio 5 Live|BBC'], {'Harlow': None}, []),
    ('en', "The Scottish Parliament's health committee will hear evidence from doctors.", ['Scottish Parliament'], {}, []),
    ('en', 'Sarah Tewkes, the Lib Dem spokeswoman on health, said waiting lists were too long.', [], {'Sarah Tewkes': 'spokeswoman'}, []),
    ('en', 'Education Secretary Ruth Kelby said the tests would be scrapped.', [], {'Ruth Kelby': 'Education Secretary'}, []),
    ('en', 'The Ministry of Defence confirmed that two soldiers had died.', ['Ministry of Defence'], {}, []),
    ('en', 'Lord Falconby, the Lord Chancellor, defended the reforms.', [], {'Lord Falconby': 'Lord Chancellor'}, []),
    ('en', 'Ex-Labour MP George Gallow said the war was illegal.', ['Labour'], {'George Gallow': 'MP'}, []),
    ('en', 'The Crown Prosecution Service said there was not enough evidence.', ['Crown Prosecution Service'], {}, []),
    ('en', 'Peter Hayle, a former adviser to the prime minister, said the plan would fail.', [], {'Peter Hayle': 'adviser'}, []),
    ('en', 'Ruritanian President Marek Vandal met the Secretary-General of Nato.', ['Nato'], {'Marek Vandal': 'President'}, []),
    ('en', 'The National Union of Teachers (NUT) will ballot its members.', ['National Union of Teachers|NUT'], {}, []),
    ('en', 'Backbencher Ian Cawley, who represents Northfield, said the vote was a disgrace.', [], {'Ian Cawley': 'Backbencher'}, []),
    ('en', 'Ashbourne Rovers manager Neil Warrick said his side deserved to win.', ['Ashbourne Rovers'], {'Neil Warrick': 'manager'}, []),
    ('en', 'Former England captain Alan Shearling scored twice in the friendly.', [], {'Alan Shearling': 'captain'}, []),
    ('en', 'The Northern Bowls Federation suspended the player for six months.', ['Northern Bowls Federation'], {}, []),
    ('en', 'Kelso Town FC were fined £10,000 for fielding an ineligible player.', ['Kelso Town FC|Kelso Town'], {}, []),
    ('en', 'Glenbury striker Mo Danso scored twice as Glenbury beat Harwood 3-1 at home.', ['Glenbury', 'Harwood'], {'Mo Danso': 'striker'}, []),
    ('en', 'The Premiership club have signed defender Luis Ortega from Sporting Almada.', ['Sporting Almada'], {'Luis Ortega': 'defender'}, []),
    ('en', 'Wales coach Mike Rudland named an unchanged side for the game against Italy.', [], {'Mike Rudland': 'coach'}, []),
    ('en', 'Crestwood Cricket Club chairman Peter Moss resigned on Thursday.', ['Crestwood Cricket Club'], {'Peter Moss': 'chairman'}, []),
    ('en', "The Professional Riders' Association (PRA) chief executive Gordon Tait said the ban was harsh.", ["Professional Riders' Association|PRA"], {'Gordon Tait': 'chief executive'}, []),
    ('en', 'Olympic champion Kelly Harmer will race in Glasgow next month.', [], {'Kelly Harmer': 'Olympic champion'}, []),
    ('en', 'Brentham Sharks beat Colby Tigers 24-13 in the Powergen Cup.', ['Brentham Sharks', 'Colby Tigers'], {}, ['Powergen Cup']),
    ('en', 'Wexford Wanderers goalkeeper Sean Doyle has signed a new two-year contract.', ['Wexford Wanderers'], {'Sean Doyle': 'goalkeeper'}, []),
    ('en', 'Athletics Ruritania performance director Dave Collin said the team was on course.', ['Athletics Ruritania'], {'Dave Collin': 'performance director'}, []),
    ('en', 'The Jockey Club said the race would be re-run.', ['Jockey Club'], {}, []),
    ('en', 'Fulmer, 24, moved to Thornbury United from Castleford Athletic in January.', ['Thornbury United', 'Castleford Athletic'], {'Fulmer': None}, []),
    ('en', 'World number one Roger Ferrar beat Andy Roddock in straight sets.', [], {'Roger Ferrar': 'World number one', 'Andy Roddock': None}, []),
    ('en', "The Rugby League's disciplinary panel banned the prop for four matches.", ['Rugby League'], {}, []),
    ('en', 'Harcastle boss Steve Bruford said his players had let the fans down.', ['Harcastle'], {'Steve Bruford': 'boss'}, []),
    ('en', 'Davies, the Lions captain, will miss the first Test.', ['Lions'], {'Davies': 'captain'}, []),
    ('en', 'The Ryder Cup will be held at the K Club in 2006.', ['K Club'], {}, ['Ryder Cup']),
    ('en', "Scotland's Marion Ketts won the 800m in a personal best time.", [], {'Marion Ketts': None}, []),
    ('en', 'The Welsh Rugby Union (WRU) said the coach would stay until the World Cup.', ['Welsh Rugby Union|WRU'], {}, ['World Cup']),
    ('en', 'Coventry Blaze defenceman Ross Tait was named man of the match.', ['Coventry Blaze'], {'Ross Tait': 'defenceman'}, []),
    ('en', 'The International Cycling Federation said the rider had failed a drugs test.', ['International Cycling Federation'], {}, []),
    ('en', 'Ex-Arsenal midfielder Ray Parlow has joined Brookfield on a free transfer.', ['Arsenal', 'Brookfield'], {'Ray Parlow': 'midfielder'}, []),
    ('en', 'Pellucid Systems launched its Nimbus 3 handset in Europe on Monday.', ['Pellucid Systems'], {}, ['Nimbus 3', 'Nimbus']),
    ('en', 'Search giant Findly said its profits had tripled.', ['Findly'], {}, []),
    ('en', 'Software firm Tanager Labs has been bought by Quellbridge for $300m.', ['Tanager Labs', 'Quellbridge'], {}, []),
    ('en', 'The Glint phone, made by Orrin Electronics, goes on sale in March.', ['Orrin Electronics'], {}, ['Glint']),
    ('en', 'Chipmaker Vellum Semiconductor said demand for its processors was slowing.', ['Vellum Semiconductor'], {}, []),
    ('en', 'The Online Safety Foundation said it had removed 2,000 sites.', ['Online Safety Foundation'], {}, []),
    ('en', 'Kira Lange, head of research at Datacore Analytics, said users wanted speed.', ['Datacore Analytics'], {'Kira Lange': 'head of research'}, []),
    ('en', 'Users of the HoloTab tablet complained that the battery died too quickly.', [], {}, ['HoloTab']),
    ('en', 'Net firm Zeppo Networks and mobile operator Fonetel signed a deal.', ['Zeppo Networks', 'Fonetel'], {}, []),
    ('en', 'Games publisher Riftworks Studios will release Iron Saga 2 in the autumn.', ['Riftworks Studios'], {}, ['Iron Saga']),
    ('en', 'The Entertainment Software Council (ESC) said piracy cost the industry £1bn.', ['Entertainment Software Council|ESC'], {}, []),
    ('en', "Jan Obert, Orrin's chief technology officer, said the chip was twice as fast.", ['Orrin'], {'Jan Obert': 'chief technology officer'}, []),
    ('en', 'Shares in Nexwave Inc jumped 12% in New York.', ['Nexwave Inc|Nexwave'], {}, []),
    ('en', 'Harbour Lane Records signed the band in 2003.', ['Harbour Lane Records'], {}, []),
    ('en', 'Pinewell Studios will release the film in cinemas in May.', ['Pinewell Studios'], {}, []),
    ('en', 'The Academy of Screen Arts (ASA) named the film best picture.', ['Academy of Screen Arts|ASA'], {}, []),
    ('en', "Director Martin Scorsby's latest film opens in London next week.", [], {'Martin Scorsby': 'Director'}, []),
    ('en', 'Actress Helen Mirrow won the award for best actress.', [], {'Helen Mirrow': 'Actress'}, []),
    ('en', 'Singer Joss Stonely, 17, has sold a million albums.', [], {'Joss Stonely': 'Singer'}, []),
    ('en', 'The Orbital Theatre Company will tour the play next year.', ['Orbital Theatre Company'], {}, []),
    ('en', 'Radio station Heartline FM lost 100,000 listeners.', ['Heartline FM'], {}, []),
    ('en', 'The Velvet Owls frontman, Danny Creel, said the tour was cancelled.', ['Velvet Owls'], {'Danny Creel': 'frontman'}, []),
    ('en', 'The film, produced by Greystone Pictures, took $50m in its first weekend.', ['Greystone Pictures'], {}, []),
    ('en', 'Lee Marvell, who plays the detective in ITV drama Cold Street, has quit the show.', ['ITV'], {'Lee Marvell': None}, ['Cold Street']),
    ('en', 'Broadcaster Channel Nine Media said the series would return.', ['Channel Nine Media'], {}, []),
    ('en', "Paula Ridge, the Royal Opera House's music director, will step down.", ['Royal Opera House'], {'Paula Ridge': 'music director'}, []),
    ('en', 'The novel won the Kessler Prize for fiction on Tuesday.', [], {}, ['Kessler Prize']),
    ('en', 'Record label Tinfoil Music dropped the singer after one album.', ['Tinfoil Music'], {}, []),
    ('da', 'Formand for Landsforeningen for Bygherrer, Poul Krag, siger at priserne stiger.', ['Landsforeningen for Bygherrer'], {'Poul Krag': 'formand'}, []),
    ('da', 'Peter Holm, direktør i Nordvik Energi, forventer et større overskud.', ['Nordvik Energi'], {'Peter Holm': 'direktør'}, []),
    ('da', 'Aktierne i Lindholm Gruppen steg 4 procent i går.', ['Lindholm Gruppen'], {}, []),
    ('da', 'Erhvervsminister Bente Vang vil stramme reglerne.', [], {'Bente Vang': 'Erhvervsminister'}, []),
    ('da', 'Administrerende direktør i Halsnæs Bank, Ole Friis, siger op.', ['Halsnæs Bank'], {'Ole Friis': 'direktør'}, []),
    ('da', 'Vestkyst IF vandt 2-1 over Nørreby BK i søndags.', ['Vestkyst IF', 'Nørreby BK'], {}, []),
    ('da', 'Skovlund A/S har købt konkurrenten Brunsgaard for 300 mio. kr.', ['Skovlund A/S|Skovlund', 'Brunsgaard'], {}, []),
    ('da', 'Fagforeningen Byggefolkenes Forbund kræver højere løn.', ['Byggefolkenes Forbund'], {}, []),
    ('da', 'Konkurrence- og Forbrugerstyrelsen har undersøgt sagen.', ['Konkurrence- og Forbrugerstyrelsen'], {}, []),
    ('da', 'Lars Mørk, der er formand for Dansk Havbrug, er utilfreds.', ['Dansk Havbrug'], {'Lars Mørk': 'formand'}, []),
    ('da', 'Koncernchef i Rødby Foods, Hanne Kjær, fortæller at salget faldt.', ['Rødby Foods'], {'Hanne Kjær': 'Koncernchef'}, []),
    ('da', 'Ifølge cheføkonom i Sundby Sparekasse, Mads Lind, er renten for høj.', ['Sundby Sparekasse'], {'Mads Lind': 'cheføkonom'}, []),
    ('da', 'Socialdemokratiets politiske ordfører Karen Bæk kalder forslaget urimeligt.', ['Socialdemokratiet'], {'Karen Bæk': 'ordfører'}, []),
    ('da', 'Justitsministeriet oplyser, at loven træder i kraft til sommer.', ['Justitsministeriet'], {}, []),
    ('da', 'Landstræner Erik Sand har udtaget 22 spillere.', [], {'Erik Sand': 'Landstræner'}, []),
    ('en', 'A spokeswoman for the Office for Regional Statistics said the figures were provisional.', ['Office for Regional Statistics'], {}, []),
    ('en', "The Bank of Ruritania's monetary policy committee voted 7-2 to hold rates.", ['Bank of Ruritania'], {}, []),
    ('en', 'Kessby-based Harwick Foods said it would cut 120 jobs.', ['Harwick Foods'], {}, []),
    ('en', "Fenland District Council's planning committee rejected the scheme.", ['Fenland District Council'], {}, []),
    ('en', 'The Serious Crimes Office (SCO) has opened an inquiry into the firm.', ['Serious Crimes Office|SCO'], {}, []),
    ('en', 'Members of the Kessby Chamber of Commerce voted against the plan.', ['Kessby Chamber of Commerce'], {}, []),
    ('en', 'The Kessby Building Society raised its mortgage rates.', ['Kessby Building Society'], {}, []),
    ('en', 'The World Anti-Cheating Agency (Waca) said the tests were clear. Waca will publish its report in May.', ['World Anti-Cheating Agency|Waca'], {}, []),
    ('en', 'The conciliation service, Acap, said talks would resume on Monday.', ['Acap'], {}, []),
    ('en', "Speaking on the BBC's Newsnight programme, he said the plan would fail.", ['BBC'], {}, ['Newsnight']),
    ('en', "The Ministry of Justice's chief inspector, Anne Owlett, criticised the prison.", ['Ministry of Justice'], {'Anne Owlett': 'chief inspector'}, []),
    ('en', 'Union leaders at the National Union of Rail, Sea and Transport Workers (NURST) rejected the deal.', ['National Union of Rail, Sea and Transport Workers|NURST'], {}, []),
    ('en', 'The Kessby Chronicle reported that the mayor had resigned.', ['Kessby Chronicle'], {}, []),
    ('en', 'Harwick Football Club was fined by the league.', ['Harwick Football Club'], {}, []),
    ('en', 'The Dorvale Police said two men had been arrested.', ['Dorvale Police'], {}, []),
    ('en', 'Gordon Pell, the Lib Dem leader, said the tax was unfair.', [], {'Gordon Pell': 'leader'}, []),
    ('en', 'Pensions minister Malcolm Wick told MPs the scheme would be reviewed.', [], {'Malcolm Wick': 'Pensions minister'}, []),
    ('en', 'Former Tory chairman Lord Kessel said the party had to change.', [], {'Lord Kessel': 'chairman'}, []),
    ('en', 'Ann Lowry, director general of the Retail Federation, said shoppers were cautious.', ['Retail Federation'], {'Ann Lowry': 'director general'}, []),
    ('en', 'Quellbridge, the online retailer, said sales had doubled.', ['Quellbridge'], {}, []),
    ('en', "The row began when Dorvale Water's chief executive, Ian Marsh, defended the rise.", ['Dorvale Water'], {'Ian Marsh': 'chief executive'}, []),
    ('en', 'Opposition leader Mark Tavish called for an inquiry.', [], {'Mark Tavish': 'Opposition leader'}, []),
    ('en', 'Health Secretary Patricia Hewin admitted waiting lists had grown.', [], {'Patricia Hewin': 'Health Secretary'}, []),
    ('en', 'Tennis star Lara Pinto won her third title of the year.', [], {'Lara Pinto': 'star'}, []),
    ('en', 'Pinewood Athletic manager Joe Kinnear said his team had been robbed.', ['Pinewood Athletic'], {'Joe Kinnear': 'manager'}, []),
    ('en', "Director Jane Camden's new film stars Hugh Grantley.", [], {'Jane Camden': 'Director', 'Hugh Grantley': None}, []),
    ('en', 'Music mogul Simon Cowling said the show would return.', [], {'Simon Cowling': 'mogul'}, []),
    ('en', 'The Kessby Festival was cancelled because of rain.', [], {}, ['Kessby Festival']),
    ('en', 'The company launched the Xentra 500 car at the Geneva motor show.', [], {}, ['Xentra 500', 'Xentra']),
    ('en', 'He played in the Harwick Open last year.', [], {}, ['Harwick Open']),
    ('da', 'Det oplyser Vesthavn Kommune i en pressemeddelelse.', ['Vesthavn Kommune'], {}, []),
    ('da', 'Medicinalvirksomheden Halvorsen Pharma fyrer 200 medarbejdere.', ['Halvorsen Pharma'], {}, []),
    ('da', 'Ifølge Brancheforeningen for Vindenergi vil priserne stige.', ['Brancheforeningen for Vindenergi'], {}, []),
    ('da', 'Søren Lund, der er administrerende direktør i Kystfisk A/S, siger at salget falder.', ['Kystfisk A/S|Kystfisk'], {'Søren Lund': 'direktør'}, []),
    ('da', 'Formanden for Lærerforeningen, Anne Holm, er bekymret.', ['Lærerforeningen'], {'Anne Holm': 'Formand'}, []),
    ('da', 'Koncernen Nordlys Gruppen har opkøbt Fjordbus.', ['Nordlys Gruppen', 'Fjordbus'], {}, []),
    ('da', 'Vestby Boldklub tabte 0-2 til Østerby IF i søndags.', ['Vestby Boldklub', 'Østerby IF'], {}, []),
    ('da', 'Partiet Fremtidens Danmark fik 3,1 procent af stemmerne.', ['Fremtidens Danmark'], {}, []),
    ('da', 'Sagen er blevet behandlet i Østre Landsret.', ['Østre Landsret'], {}, []),
    ('da', 'Det siger Lise Berg, der er talskvinde for Patientforeningen.', ['Patientforeningen'], {'Lise Berg': 'talskvinde'}, []),
    ('da', 'Aktionærerne i Havbrug Invest har godkendt handlen.', ['Havbrug Invest'], {}, []),
    ('da', 'Dagbladet Vestkysten skriver, at fabrikken lukker.', ['Vestkysten'], {}, []),
    ('da', 'Direktør for Kystbanken, Hans Mørch, afviser kritikken.', ['Kystbanken'], {'Hans Mørch': 'Direktør'}, []),
    ('da', 'Virksomheden Grønvang Foods har fået en bøde på 2 mio. kr.', ['Grønvang Foods'], {}, []),
    ('da', 'Borgmester i Vesthavn Kommune Peter Dahl (V) glæder sig over aftalen.', ['Vesthavn Kommune'], {'Peter Dahl': 'Borgmester'}, []),
    ('da', 'Transportminister Jens Kvist (S) vil bygge en ny bro.', [], {'Jens Kvist': 'Transportminister'}, []),
    ('da', 'EU-Kommissionen har givet grønt lys til støtten.', ['EU-Kommissionen'], {}, []),
    ('da', 'Skuespilleren Mette Lind fra Vestby Teater har fået en pris.', ['Vestby Teater'], {'Mette Lind': 'skuespiller'}, []),
    ('da', 'Fagforbundet Metalarbejderne kræver en ny overenskomst.', ['Metalarbejderne'], {}, []),
    ('da', 'Landstræneren Ole Bak roser holdet efter sejren over Norge.', [], {'Ole Bak': 'Landstræner'}, []),
]  # fmt: skip
# a third batch, written before its first run (after the round-13 dev articles were read)
YARDSTICK += [
    ('en', 'A report by the Institute for Fiscal Research said taxes would have to rise.', ['Institute for Fiscal Research'], {}, []),
    ('en', "The Kessby Echo's editor, Sam Pride, defended the story.", ['Kessby Echo'], {'Sam Pride': 'editor'}, []),
    ('en', 'Vodaline, the mobile phone operator, reported a rise in subscribers.', ['Vodaline'], {}, []),
    ('en', 'Talks between the Royal Union of Nurses and health managers broke down.', ['Royal Union of Nurses'], {}, []),
    ('en', 'Investment bank Harcourt Lane advised on the deal.', ['Harcourt Lane'], {}, []),
    ('en', 'The Orbit Awards, run by the Digital Music Council, will be held in May.', ['Digital Music Council'], {}, ['Orbit Awards']),
    ('en', 'Glasshouse, the Leeds-based games developer, has laid off 40 staff.', ['Glasshouse'], {}, []),
    ('en', "The Kessby Symphony Orchestra's principal conductor, Ivo Brandt, will retire.", ['Kessby Symphony Orchestra'], {'Ivo Brandt': 'conductor'}, []),
    ('en', 'Ms Quill, a former Treasury official, now advises Pennock Bank.', ['Treasury', 'Pennock Bank'], {'Quill': 'official'}, []),
    ('en', 'Rebels from the Ruritanian Liberation Front seized the town.', ['Ruritanian Liberation Front'], {}, []),
    ('en', 'The stadium is owned by Kessby City Council and leased to Kessby Rovers.', ['Kessby City Council', 'Kessby Rovers'], {}, []),
    ('en', 'Online retailer Shopwell saw sales jump 40% over Christmas.', ['Shopwell'], {}, []),
    ('en', 'He was signed by Tinfoil Records after a gig in Camden.', ['Tinfoil Records'], {}, []),
    ('en', 'Dorvale Airlines chief executive Willie Walshe said fares would fall.', ['Dorvale Airlines'], {'Willie Walshe': 'chief executive'}, []),
    ('en', 'The European Court of Human Rights ruled against the government.', ['European Court of Human Rights'], {}, []),
    ('da', 'Ifølge Landsforeningen af Ejendomsmæglere er priserne faldet.', ['Landsforeningen af Ejendomsmæglere'], {}, []),
    ('da', 'Vestkyst Energi A/S har hyret en ny direktør, Karin Lund.', ['Vestkyst Energi A/S|Vestkyst Energi'], {'Karin Lund': 'direktør'}, []),
    ('da', 'Både Kystbyens Museum og Nørreby Bibliotek får flere penge.', ['Kystbyens Museum', 'Nørreby Bibliotek'], {}, []),
    ('da', 'Sagen er anmeldt til Datatilsynet.', ['Datatilsynet'], {}, []),
    ('da', 'Landsholdsspilleren Mads Krag fra Vestby IF er skadet.', ['Vestby IF'], {'Mads Krag': 'Landsholdsspiller'}, []),
]  # fmt: skip

# Sentences still read wrong (kept so that a fix shows): a club named in one sentence of no match report, a
# one-word firm in an apposition, a lower-case committee, a band whose first word is a given name, ...
_STILL_WRONG = {
    "Steelmaker Corlan, formerly known as Anglo Northern Steel, cut 3,000 jobs.",  # WordNet: a steelmaker is a person
    "The airline's rival, Skyrun, said passenger numbers had grown 8%.",
    "The Commons public accounts committee said the scheme had wasted £100m.",
    # clubs named in one sentence with no match report around it (see the tests with one below; "beat X 3-1" reads
    # as one since the lead's round-27 fix)
    "Brentham Sharks beat Colby Tigers 24-13 in the Powergen Cup.",
    "Davies, the Lions captain, will miss the first Test.",
    "Coventry Blaze defenceman Ross Tait was named man of the match.",
    "Ex-Arsenal midfielder Ray Parlow has joined Brookfield on a free transfer.",
    "The Velvet Owls frontman, Danny Creel, said the tour was cancelled.",  # "Velvet" is a given name
    "Paula Ridge, the Royal Opera House's music director, will step down.",
    "Skovlund A/S har købt konkurrenten Brunsgaard for 300 mio. kr.",
    "The conciliation service, Acap, said talks would resume on Monday.",
    "Ms Quill, a former Treasury official, now advises Pennock Bank.",
}


def _facts(text: str, language: str = "en") -> list:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "Title", [TextBlock(p) for p in text.split("\n")])
    return extract_facts(build_document(article, language=language))


def _norm(name: str) -> str:
    name = name.replace("’", "'").strip(" .,;:\"'“”()")
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    return re.sub(r"'s$", "", name).lower()


def _problems(
    language: str, text: str, orgs: list[str], people: dict[str, str | None], not_orgs: list[str]
) -> list[str]:
    facts = _facts(text, language)
    found = {_norm(f.text) for f in facts if f.kind == "organisation"}
    persons = [(f.text, f.role or "") for f in facts if f.kind == "person"]
    out = [f"missed {o}" for o in orgs if not {_norm(a) for a in o.split("|")} & found]
    out += [f"wrong {o}" for o in not_orgs if _norm(o) in found]
    for name, role in people.items():
        roles = [r for t, r in persons if re.search(rf"(?<![\w']){re.escape(name)}(?![\w'])", t)]
        if not roles:
            out.append(f"missed {name}")
        elif role and not any(role.lower() in r.lower() for r in roles):
            out.append(f"role of {name}: {roles}")
    return out


@pytest.mark.parametrize(
    ("language", "text", "orgs", "people", "not_orgs"),
    [
        pytest.param(*item, marks=pytest.mark.xfail(strict=True)) if item[1] in _STILL_WRONG else item
        for item in YARDSTICK
    ],
)
def test_newspaper_yardstick(
    language: str, text: str, orgs: list[str], people: dict[str, str | None], not_orgs: list[str]
) -> None:
    assert _problems(language, text, orgs, people, not_orgs) == []


_MATCH = "The striker scored twice in the second half and the goalkeeper was injured before the semi-final."


def _named(text: str, kind: str, language: str = "en") -> list[str]:
    return [f.text for f in _facts(text, language) if f.kind == kind]


def _roles(text: str, language: str = "en") -> dict[str, str | None]:
    return {f.text: f.role for f in _facts(text, language) if f.kind == "person"}


def test_a_firm_named_by_its_trade_but_not_a_field_of_study_or_a_portfolio() -> None:
    bodies = _named(
        "Analysts at Ostrel Energy and Pemberton Finance agreed. Vardy Retail and Hallam Pictures fell.", "organisation"
    )
    assert {"Ostrel Energy", "Pemberton Finance", "Vardy Retail", "Hallam Pictures"} <= set(bodies)
    text = "She has a degree in Finance from Kessby. Corporate Finance is booming, said Jane Roe (Mines and Energy)."
    assert not {"Finance", "Corporate Finance", "Mines and Energy"} & set(_named(text, "organisation"))


def test_an_employer_opening_the_sentence_before_a_job_only_a_body_has() -> None:
    assert "Harcastle" in _named("Harcastle chief executive Steve Bruford said sales were up.", "organisation")
    assert "Quelmark" in _named("Quelmark boss Ann Tilly said the plant would stay open.", "organisation")
    for opening in ("Outgoing", "Former", "Veteran", "Acting"):
        assert _named(f"{opening} chairman Steve Bruford said sales were up.", "organisation") == []


def test_a_firm_after_its_kind_opening_the_sentence_or_glued_to_maker() -> None:
    assert "Vellum Semiconductor" in _named("Chipmaker Vellum Semiconductor said demand was slowing.", "organisation")
    assert "Channel Nine Media" in _named(
        "Broadcaster Channel Nine Media said the series would return.", "organisation"
    )
    assert "Orvel" in _named("Shares in carmaker Orvel rose 3% on Monday.", "organisation")
    assert "Network Rail" in _named("Network Rail said trains would run.", "organisation")
    assert _named("Lawmaker Ahmad Tarsi told the paper he would vote against.", "organisation") == []
    assert "Miles of Tampa" not in _named("Team Miles of Tampa, Florida, was the sole team.", "organisation")


def test_a_body_with_an_officer_is_no_person_to_the_tagger() -> None:
    text = "Jan Obert, Orrin's chief technology officer, said the chip was twice as fast."
    assert "Orrin" in _named(text, "organisation") and "Orrin" not in _named(text, "person")


def test_a_job_opening_the_sentence_is_the_role_though_written_in_lower_case_elsewhere() -> None:
    assert _roles("Actress Helen Mirrow won the award for best actress.")["Helen Mirrow"] == "Actress"
    assert _roles("Singer Joss Stonely has sold a million albums.")["Joss Stonely"] == "Singer"
    assert "star" in (_roles("Tennis star Lara Pinto won her third title of the year.")["Lara Pinto"] or "")
    text = "Hamill's panel included Kevin Conroy, in which the Star Wars lead played the Joker."
    assert "Star Wars" not in _named(text, "person")


def test_a_genitive_body_opening_an_apposition_owns_the_role() -> None:
    text = "Paula Ridge, the Royal Opera House's music director, will step down."
    assert "music director" in (_roles(text)["Paula Ridge"] or "")
    text = "The Ministry of Justice's chief inspector, Anne Owlett, criticised the prison."
    assert "Ministry of Justice" in _named(text, "organisation") and "Justice" not in _named(text, "organisation")


def test_a_peer_keeps_the_title_and_an_honorific_makes_a_town_a_person() -> None:
    assert _roles("Rowan Airways chairman Lord Ashby said fuel costs had doubled.") == {
        "Lord Ashby": "Rowan Airways chairman"
    }
    assert "Lord Chancellor" not in _roles("Lord Falconby, the Lord Chancellor, defended the reforms.")
    assert "Harlow" in _roles("Mr Harlow said he would not resign.")
    assert "Harlow" in _named("He lives in Harlow, Mr Kent said.", "place")


def test_clubs_in_a_match_report() -> None:
    bodies = _named(
        f"Glenbury striker Mo Danso scored twice as Glenbury beat Harwood 3-1 at home. {_MATCH}", "organisation"
    )
    assert {"Glenbury", "Harwood"} <= set(bodies)
    bodies = _named(f"Coventry Blaze defenceman Ross Tait was named man of the match. {_MATCH}", "organisation")
    assert "Coventry Blaze" in bodies
    bodies = _named(
        f"Ex-Arsenal midfielder Ray Parlow has joined Brookfield on a free transfer. {_MATCH}", "organisation"
    )
    assert {"Arsenal", "Brookfield"} <= set(bodies) and "Ex-Arsenal" not in bodies
    bodies = _named(f"England lost 1-0 to Wales. Former England captain Tom Pell was angry. {_MATCH}", "organisation")
    assert not {"England", "Wales", "England captain"} & set(bodies)


def test_a_body_after_ex_and_channels_with_their_station_name() -> None:
    assert "Labour" in _named("Ex-Labour MP George Gallow said the war was illegal.", "organisation")
    assert "BBC Radio 5 Live" in _named("Mr Harlow told BBC Radio 5 Live that he would not resign.", "organisation")
    assert "Pennock" in _named("Shareholders at Pennock voted against the pay deal.", "organisation")


def test_investors_labels_and_record_companies_by_their_trade_word() -> None:
    assert "Kessby Capital" in _named("A consortium led by Kessby Capital has bought the club.", "organisation")
    assert "Pennock Asset Management" in _named("Pennock Asset Management said it would sell its stake.", "organisation")
    assert {"Warner Bros", "Tinpot Music"} <= set(_named("The deal was signed by Warner Bros and Tinpot Music.", "organisation"))
    text = "Venture Capital is booming. He studied Music at Kessby, the European Capital of Culture."
    assert not {"Venture Capital", "Music", "European Capital"} & set(_named(text, "organisation"))
    text = "The Office of Management and Budget said so."
    assert "Office of Management and Budget" in _named(text, "organisation")


def test_dean_before_one_surname_is_a_given_name() -> None:
    assert _roles("Harlequins director of rugby Dean Ricks said the club would appeal.") == {
        "Dean Ricks": "Harlequins director of rugby"
    }
    assert _roles("Dean Jane Roe of the law school said so.") == {"Jane Roe": "Dean"}


def test_venues_counts_and_compound_adjectives_are_no_bodies_or_people() -> None:
    text = "Jane Roe spoke at the Kessby Convention Centre. The venue was the Harbour Cultural Centre."
    assert not {"Kessby Convention Centre", "Harbour Cultural Centre"} & set(_named(text, "organisation"))
    assert "Kessby Arts Trust" in _named("The Kessby Arts Trust runs the Kessby Convention Centre.", "organisation")
    bodies = _named("Two European Parliament lawmakers from Ruritania, Jane Roe and Ann Tilly, backed it.", "organisation")
    assert "European Parliament" in bodies and "Two European Parliament" not in bodies
    text = "Also on Friday, the journal published a report of a Kessby University-led research team."
    assert _named(text, "person") == [] and "Kessby University" in _named(text, "organisation")


def test_a_body_kind_owning_a_job_refers_back_and_a_legal_form_after_a_comma_is_left_off() -> None:
    text = "The Harwick Baptist Church held a vigil. Jane Roe, the Church's spokeswoman, spoke."
    assert "Church" not in _named(text, "organisation")
    bodies = _named("Bayfield Loan Servicing, LLC and Quellmark Bank have 7 complaints each.", "organisation")
    assert "Bayfield Loan Servicing" in bodies


def test_a_ministry_by_its_portfolio_and_ministry_in_lower_case() -> None:
    assert "Interior ministry" in _named("Last month, the Ruritanian Interior ministry tried to bar his entry.", "organisation")
    assert _named("He was sent to the ministry and later to the Interior.", "organisation") == []


def test_a_danish_name_the_tagger_calls_a_body_is_a_person_when_it_opens_with_a_given_name() -> None:
    text = 'Kommissær for udvikling, Štefan Holm, udtalte: "Aftalen har givet øget stabilitet."'
    assert _named(text, "organisation", "da") == [] and "Štefan Holm" in _named(text, "person", "da")


def test_an_office_taken_up_in_a_relative_clause_and_no_preposition_in_a_name() -> None:
    assert _roles("Mr Bright, who took over as chief executive in May, said sales were up.") == {
        "Bright": "chief executive"
    }
    assert _roles("Jane Roe, who took over the firm in May, said so.") == {"Jane Roe": None}
    assert _named("This morning I read the papers and saw 'Premier Under Fire'.", "person") == []


def test_a_share_index_is_no_body() -> None:
    text = "The FTSE 100 closed up 12 points, while the CAC 40 fell. The RSPCB said the dogs had been badly treated."
    bodies = _named(text, "organisation")
    assert "RSPCB" in bodies and not {"FTSE", "CAC"} & set(bodies)


def test_an_apposition_calling_a_one_word_name_a_supplier_or_an_operator() -> None:
    assert "Vodaline" in _named("Vodaline, the mobile phone operator, reported a rise in subscribers.", "organisation")
    assert "Glasshouse" in _named("Glasshouse, the Leeds-based games developer, has laid off 40 staff.", "organisation")
    assert _roles("Jane Roe, the games developer, said so.") == {"Jane Roe": "games developer"}


def test_a_club_by_its_letters_before_a_possessive() -> None:
    assert "Kessby United" in _named("Kessby United's Ryan Gigg scored twice.", "organisation")
    assert "FC Vestby" in _named("FC Vestby's coach resigned on Monday.", "organisation")
