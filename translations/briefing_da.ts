<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>no README in this pack</source>
        <translation>pakken har ingen README</translation>
    </message>
    <message>
        <source>About Briefing Desk</source>
        <translation>Om Briefing Desk</translation>
    </message>
    <message>
        <source>licence not stated</source>
        <translation>licensen er ikke angivet</translation>
    </message>
    <message>
        <source>demo language pack: not a real translation</source>
        <translation>demosprogpakke: ikke en rigtig oversættelse</translation>
    </message>
    <message>
        <source>Briefing Desk</source>
        <translation>Briefing Desk</translation>
    </message>
    <message>
        <source>Offline translation and briefing of news articles.</source>
        <translation>Oversættelse og briefing af nyhedsartikler uden internetforbindelse.</translation>
    </message>
    <message>
        <source>Language packs in use</source>
        <translation>Sprogpakker i brug</translation>
    </message>
    <message>
        <source>No language packs installed</source>
        <translation>Der er ingen sprogpakker installeret</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Skrifttyper</translation>
    </message>
    <message>
        <source>The PDF briefings embed Noto Sans, Noto Sans Arabic and Noto Sans Hebrew (Google), under the SIL Open Font License 1.1. Their notes and licence follow as their authors wrote them.</source>
        <translation>PDF-briefingerne indlejrer Noto Sans, Noto Sans Arabic og Noto Sans Hebrew (Google) under SIL Open Font License 1.1. Deres noter og licens følger, som forfatterne skrev dem.</translation>
    </message>
    <message>
        <source>Font licence (SIL Open Font License 1.1)</source>
        <translation>Licens for skrifttyperne (SIL Open Font License 1.1)</translation>
    </message>
</context>
<context>
    <name>DocumentHeader</name>
    <message>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <source>If the detected language is wrong, choose the right one</source>
        <translation>Hvis det genkendte sprog er forkert, så vælg det rigtige</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Oversæt til:</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Oversæt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>{language} (detected, {confidence}%)</source>
        <translation>{language} (genkendt, {confidence} %)</translation>
    </message>
    <message>
        <source>No language packs installed</source>
        <translation>Der er ingen sprogpakker installeret</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vælg)</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <source>Demo language pack: not a real translation</source>
        <translation>Demosprogpakke: ikke en rigtig oversættelse</translation>
    </message>
    <message>
        <source>Choose the languages to translate into with “Translate into:” above, then press Translate.</source>
        <translation>Vælg de sprog, der skal oversættes til, under “Oversæt til:” ovenfor, og tryk så på Oversæt.</translation>
    </message>
    <message>
        <source>{language} (no language pack)</source>
        <translation>{language} (ingen sprogpakke)</translation>
    </message>
    <message>
        <source>Choose the languages to translate into (“Translate into:”).</source>
        <translation>Vælg de sprog, der skal oversættes til (»Oversæt til:«).</translation>
    </message>
    <message>
        <source>Translation failed: {error}; the previous translation is kept.</source>
        <translation>Oversættelsen mislykkedes: {error}; den tidligere oversættelse er bevaret.</translation>
    </message>
    <message>
        <source>Cancelled; the previous translation is kept.</source>
        <translation>Annulleret; den tidligere oversættelse er bevaret.</translation>
    </message>
    <message>
        <source>Translation failed with an internal error: {error}</source>
        <translation>Oversættelsen mislykkedes på grund af en intern fejl: {error}</translation>
    </message>
    <message>
        <source>Translating… {progress}</source>
        <translation>Oversætter … {progress}</translation>
    </message>
    <message>
        <source>Translated: {progress}</source>
        <translation>Oversat: {progress}</translation>
    </message>
    <message>
        <source>Cancelled. The sentences already translated are kept: {progress}</source>
        <translation>Annulleret. De sætninger, der allerede er oversat, er bevaret: {progress}</translation>
    </message>
    <message>
        <source>Translation failed; see the message above.</source>
        <translation>Oversættelsen mislykkedes; se meddelelsen ovenfor.</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <source>Key Facts</source>
        <translation>Nøglefakta</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citater</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer og tidspunkter</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Steder</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>In {language}</source>
        <translation>{language}</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Faktum</translation>
    </message>
    <message>
        <source>The key facts appear here when the article is translated.</source>
        <translation>Nøglefakta vises her, når artiklen er oversat.</translation>
    </message>
    <message>
        <source>No key facts were found in this article.</source>
        <translation>Der blev ikke fundet nøglefakta i denne artikel.</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>Added by you ({count})</source>
        <translation>Tilføjet af dig ({count})</translation>
    </message>
    <message>
        <source>Remove This Added Fact</source>
        <translation>Fjern dette tilføjede faktum</translation>
    </message>
    <message>
        <source>Dismiss This Fact</source>
        <translation>Afvis dette faktum</translation>
    </message>
    <message>
        <source>In {language}: {sentence}</source>
        <translation>{language}: {sentence}</translation>
    </message>
</context>
<context>
    <name>Fidelity</name>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(intet)</translation>
    </message>
    <message>
        <source>{severity}: {message}
Expected: {expected} · Found: {found}</source>
        <translation>{severity}: {message}
Forventet: {expected} · Fundet: {found}</translation>
    </message>
    <message numerus="yes">
        <source>%n fidelity warning(s)</source>
        <translation>
            <numerusform>%n advarsel om nøjagtighed</numerusform>
            <numerusform>%n advarsler om nøjagtighed</numerusform>
        </translation>
    </message>
    <message>
        <source>{warnings} in {language}</source>
        <translation>{language}: {warnings}</translation>
    </message>
    <message>
        <source>No fidelity warnings</source>
        <translation>Ingen advarsler om nøjagtighed</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Ordliste</translation>
    </message>
    <message>
        <source>Names and terms the translation must render exactly. In each language column: the required rendering, “=” to keep the term as written, or nothing for no rule.</source>
        <translation>Navne og udtryk, som oversættelsen skal gengive nøjagtigt. I hver sprogkolonne: den påkrævede gengivelse, “=” for at beholde udtrykket, som det er skrevet, eller intet, hvis der ikke er nogen regel.</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fil: {path}</translation>
    </message>
    <message>
        <source>Add Term</source>
        <translation>Tilføj udtryk</translation>
    </message>
    <message>
        <source>Remove Term</source>
        <translation>Fjern udtryk</translation>
    </message>
    <message>
        <source>Add Language…</source>
        <translation>Tilføj sprog …</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importér …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér …</translation>
    </message>
    <message>
        <source>Start from the Starter Glossary</source>
        <translation>Start med grundordlisten</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Udtryk</translation>
    </message>
    <message>
        <source>Add Language</source>
        <translation>Tilføj sprog</translation>
    </message>
    <message>
        <source>Language code (e.g. fr, de, fa):</source>
        <translation>Sprogkode (f.eks. fr, de, fa):</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Kunne ikke gemme {path}: {error}</translation>
    </message>
    <message>
        <source>Import Glossary</source>
        <translation>Importér ordliste</translation>
    </message>
    <message>
        <source>Glossaries (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>Ordlister (*.tsv *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Export Glossary</source>
        <translation>Eksportér ordliste</translation>
    </message>
    <message>
        <source>Glossaries (*.tsv *.csv *.txt)</source>
        <translation>Ordlister (*.tsv *.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Arabic</source>
        <translation>Arabisk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tysk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spansk</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisk</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Fransk</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebraisk</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisk</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Tyrkisk</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainsk</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Kinesisk</translation>
    </message>
    <message>
        <source>{target} (via {pivot})</source>
        <translation>{target} (via {pivot})</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <comment>separator between the items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Briefing Desk</source>
        <translation>Briefing Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>&amp;Paste an Article…</source>
        <translation>&amp;Indsæt en artikel …</translation>
    </message>
    <message>
        <source>&amp;Export Briefing (PDF, Word, HTML)…</source>
        <translation>&amp;Eksportér briefing (PDF, Word, HTML)…</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>&amp;Luk artikel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Værktøjer</translation>
    </message>
    <message>
        <source>&amp;Language Packs…</source>
        <translation>&amp;Sprogpakker …</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>&amp;Ordliste …</translation>
    </message>
    <message>
        <source>Work &amp;Offline (Never Use the Network)</source>
        <translation>Arbejd &amp;offline (brug aldrig netværket)</translation>
    </message>
    <message>
        <source>&amp;Interface Language</source>
        <translation>&amp;Brugerfladens sprog</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Briefing Desk</source>
        <translation>&amp;Om Briefing Desk</translation>
    </message>
    <message>
        <source>Open an article with File › Open (Ctrl+O), drop a file on this window, or paste its text with File › Paste an Article (Ctrl+Shift+V).</source>
        <translation>Åbn en artikel med Filer › Åbn (Ctrl+O), træk en fil hen på dette vindue, eller indsæt dens tekst med Filer › Indsæt en artikel (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <source>No recent articles</source>
        <translation>Ingen seneste artikler</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Ryd listen</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Åbn artikler</translation>
    </message>
    <message>
        <source>Articles ({patterns});;Saved briefings (*.briefing.json);;Language packs (*.argosmodel);;All files (*)</source>
        <translation>Artikler ({patterns});;Gemte briefinger (*.briefing.json);;Sprogpakker (*.argosmodel);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>Eksportér briefing</translation>
    </message>
    <message>
        <source>The briefing could not be exported: {error}</source>
        <translation>Briefingen kunne ikke eksporteres: {error}</translation>
    </message>
    <message>
        <source>The briefing could not be exported: internal error ({error})</source>
        <translation>Briefingen kunne ikke eksporteres: intern fejl ({error})</translation>
    </message>
    <message>
        <source>Reading {files}…</source>
        <translation>Læser {files}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Nothing was opened: the pasted text is empty.</source>
        <translation>Intet blev åbnet: den indsatte tekst er tom.</translation>
    </message>
    <message>
        <source>Could not open {reason}</source>
        <translation>Kunne ikke åbne {reason}</translation>
    </message>
    <message>
        <source>Could not open the article: internal error ({error})</source>
        <translation>Kunne ikke åbne artiklen: intern fejl ({error})</translation>
    </message>
    <message>
        <source>Translate the article first: there is no complete translation to export.</source>
        <translation>Oversæt artiklen først: der er ingen færdig oversættelse at eksportere.</translation>
    </message>
    <message>
        <source>Exporting {path}…</source>
        <translation>Eksporterer {path} …</translation>
    </message>
    <message>
        <source>Briefing exported to {path}</source>
        <translation>Briefingen er eksporteret til {path}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Translation file missing: {path}</source>
        <translation>Oversættelsesfilen mangler: {path}</translation>
    </message>
    <message>
        <source>The glossary is not used until it is fixed: {error}</source>
        <translation>Ordlisten bruges ikke, før den er rettet: {error}</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detaljer …</translation>
    </message>
    <message>
        <source>Error Details</source>
        <translation>Detaljer om fejlen</translation>
    </message>
    <message>
        <source>The open articles and their translations are kept. Please report this error.</source>
        <translation>De åbne artikler og deres oversættelser er bevaret. Rapportér venligst denne fejl.</translation>
    </message>
    <message>
        <source>Glossary saved.</source>
        <translation>Ordlisten er gemt.</translation>
    </message>
    <message>
        <source>Glossary saved. Translate the open articles again so that it applies?</source>
        <translation>Ordlisten er gemt. Vil du oversætte de åbne artikler igen, så den bliver brugt?</translation>
    </message>
    <message>
        <source>Translate Again</source>
        <translation>Oversæt igen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Save Briefing</source>
        <translation>&amp;Gem briefing</translation>
    </message>
    <message>
        <source>Save Briefing &amp;As…</source>
        <translation>Gem briefing &amp;som…</translation>
    </message>
    <message>
        <source>&amp;Correct the Selected Sentence (F2)</source>
        <translation>&amp;Ret den valgte sætning (F2)</translation>
    </message>
    <message>
        <source>Translation &amp;Memory…</source>
        <translation>Oversættelses&amp;hukommelse…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Could not open the briefing {path}: {reason}</source>
        <translation>Briefingen {path} kunne ikke åbnes: {reason}</translation>
    </message>
    <message>
        <source>Translate the article first: there is nothing to save.</source>
        <translation>Oversæt artiklen først: der er intet at gemme.</translation>
    </message>
    <message>
        <source>Save Briefing</source>
        <translation>Gem briefing</translation>
    </message>
    <message>
        <source>Briefing JSON (*.briefing.json)</source>
        <translation>Briefing-JSON (*.briefing.json)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>{path} kunne ikke gemmes: {reason}</translation>
    </message>
    <message>
        <source>Briefing saved to {path}</source>
        <translation>Briefingen er gemt i {path}</translation>
    </message>
</context>
<context>
    <name>MemoryDialog</name>
    <message>
        <source>Translation Memory</source>
        <translation>Oversættelseshukommelse</translation>
    </message>
    <message>
        <source>Your corrections. Each is used, ahead of the language pack, whenever the same source sentence is translated on the same route again.</source>
        <translation>Dine rettelser. Hver bruges før sprogpakken, hver gang den samme kildesætning oversættes igen ad samme rute.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rute</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Your translation</source>
        <translation>Din oversættelse</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Rettet</translation>
    </message>
    <message>
        <source>&amp;Forget Selected</source>
        <translation>&amp;Glem de valgte</translation>
    </message>
    <message>
        <source>&amp;Export as TMX…</source>
        <translation>&amp;Eksportér som TMX…</translation>
    </message>
    <message>
        <source>Machine translation: {text}</source>
        <translation>Maskinoversættelse: {text}</translation>
    </message>
    <message>
        <source>Export Translation Memory</source>
        <translation>Eksportér oversættelseshukommelse</translation>
    </message>
    <message>
        <source>TMX files (*.tmx)</source>
        <translation>TMX-filer (*.tmx)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Luk denne meddelelse</translation>
    </message>
</context>
<context>
    <name>PackOpener</name>
    <message>
        <source>Install Language Pack</source>
        <translation>Installér sprogpakke</translation>
    </message>
    <message>
        <source>{file} is a language pack: {source} → {target}, version {version}.

Install it?</source>
        <translation>{file} er en sprogpakke: {source} → {target}, version {version}.

Vil du installere den?</translation>
    </message>
    <message>
        <source>Could not install the language pack: {error}</source>
        <translation>Sprogpakken kunne ikke installeres: {error}</translation>
    </message>
    <message>
        <source>Installed the language pack {source} → {target} {version}.</source>
        <translation>Sprogpakken {source} → {target} {version} er installeret.</translation>
    </message>
    <message>
        <source>Upgraded the language pack {source} → {target} to {version}.</source>
        <translation>Sprogpakken {source} → {target} er opgraderet til {version}.</translation>
    </message>
    <message>
        <source>The language pack {source} → {target} {version} is already installed.</source>
        <translation>Sprogpakken {source} → {target} {version} er allerede installeret.</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>This pack has no README.</source>
        <translation>Denne pakke har ingen README.</translation>
    </message>
    <message>
        <source>Select a pack for its credits and licence.</source>
        <translation>Vælg en pakke for at se dens kreditering og licens.</translation>
    </message>
    <message>
        <source>Language Packs</source>
        <translation>Sprogpakker</translation>
    </message>
    <message>
        <source>Change Folder…</source>
        <translation>Skift mappe …</translation>
    </message>
    <message>
        <source>Where the language packs are kept (e.g. a shared or removable drive)</source>
        <translation>Hvor sprogpakkerne ligger (f.eks. et delt eller flytbart drev)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Install from Files…</source>
        <translation>Installér fra filer …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>from:to, e.g. en:ar,he</source>
        <translation>fra:til, f.eks. en:ar,he</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Hent</translation>
    </message>
    <message>
        <source>Offline mode is on (Tools › Work Offline): downloading is disabled. Install packs from files instead.</source>
        <translation>Offline-tilstand er slået til (Værktøjer › Arbejd offline): hentning er slået fra. Installér pakker fra filer i stedet.</translation>
    </message>
    <message>
        <source>Download from the Argos index:</source>
        <translation>Hent fra Argos-indekset:</translation>
    </message>
    <message>
        <source>Pack folder: {folder}</source>
        <translation>Mappe med sprogpakker: {folder}</translation>
    </message>
    <message>
        <source>demo language pack: not a real translation</source>
        <translation>demosprogpakke: ikke en rigtig oversættelse</translation>
    </message>
    <message>
        <source>{size:.1f} MB</source>
        <translation>{size:.1f} MB</translation>
    </message>
    <message>
        <source>Unusable folders in the pack folder:</source>
        <translation>Ubrugelige mapper i pakkemappen:</translation>
    </message>
    <message>
        <source>Language Pack Folder</source>
        <translation>Mappe med sprogpakker</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Mislykkedes: {error}</translation>
    </message>
    <message>
        <source>Install Language Packs</source>
        <translation>Installér sprogpakker</translation>
    </message>
    <message>
        <source>Argos language packs (*.argosmodel)</source>
        <translation>Argos-sprogpakker (*.argosmodel)</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Installerer …</translation>
    </message>
    <message>
        <source>Write the languages as from:to, for example en:ar,he</source>
        <translation>Skriv sprogene som fra:til, for eksempel en:ar,he</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <source>Select a pack to remove.</source>
        <translation>Vælg en pakke, der skal fjernes.</translation>
    </message>
    <message>
        <source>Remove Language Pack</source>
        <translation>Fjern sprogpakke</translation>
    </message>
    <message>
        <source>Remove the pack {source} → {target}?</source>
        <translation>Vil du fjerne pakken {source} → {target}?</translation>
    </message>
    <message>
        <source>Removed {source} → {target} {version}</source>
        <translation>Fjernede {source} → {target} {version}</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste an Article</source>
        <translation>Indsæt en artikel</translation>
    </message>
    <message>
        <source>Paste the article below. The first line is used as its headline. Ctrl+Enter opens it.</source>
        <translation>Indsæt artiklen herunder. Første linje bruges som overskrift. Ctrl+Enter åbner den.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>Corrected by you.</source>
        <translation>Rettet af dig.</translation>
    </message>
    <message>
        <source>From your translation memory.</source>
        <translation>Fra din oversættelseshukommelse.</translation>
    </message>
    <message>
        <source>Machine translation: {text}</source>
        <translation>Maskinoversættelse: {text}</translation>
    </message>
    <message>
        <source>Correct sentence {number}</source>
        <translation>Ret sætning {number}</translation>
    </message>
    <message>
        <source>Wait for the translation to finish before correcting it.</source>
        <translation>Vent, til oversættelsen er færdig, før du retter den.</translation>
    </message>
    <message>
        <source>Remove added fact</source>
        <translation>Fjern tilføjet faktum</translation>
    </message>
    <message>
        <source>Dismiss fact</source>
        <translation>Afvis faktum</translation>
    </message>
    <message>
        <source>Wait for the translation to finish before adding key facts.</source>
        <translation>Vent, til oversættelsen er færdig, før du tilføjer nøglefakta.</translation>
    </message>
    <message>
        <source>Add key fact</source>
        <translation>Tilføj nøglefaktum</translation>
    </message>
    <message>
        <source>Correct This Sentence (F2)</source>
        <translation>Ret denne sætning (F2)</translation>
    </message>
    <message>
        <source>Add as Key Fact</source>
        <translation>Tilføj som nøglefaktum</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
</context>
</TS>
