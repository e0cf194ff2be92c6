<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
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
            <source>{language} (no language pack)</source>
            <translation>{language} (ingen sprogpakke)</translation>
        </message>
        <message>
            <source>Choose the languages to translate into (“Translate into:”).</source>
            <translation>Vælg de sprog, der skal oversættes til (»Oversæt til:«).</translation>
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
            <source>&amp;Export PDF Briefing…</source>
            <translation>&amp;Eksportér PDF-briefing …</translation>
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
            <source>Articles ({patterns});;All files (*)</source>
            <translation>Artikler ({patterns});;Alle filer (*)</translation>
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
            <source>Export PDF Briefing</source>
            <translation>Eksportér PDF-briefing</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
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
            <source>The PDF could not be exported: {error}</source>
            <translation>PDF-filen kunne ikke eksporteres: {error}</translation>
        </message>
        <message>
            <source>Translation file missing: {path}</source>
            <translation>Oversættelsesfilen mangler: {path}</translation>
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
        <name>PacksDialog</name>
        <message>
            <source>Language Packs</source>
            <translation>Sprogpakker</translation>
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
            <source>Paste the article below. The first line is used as its headline.</source>
            <translation>Indsæt artiklen herunder. Den første linje bruges som overskrift.</translation>
        </message>
    </context>
</TS>
