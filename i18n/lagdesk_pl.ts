<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action {code}</source>
        <translation>Działanie {code}</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nowe działanie</translation>
    </message>
    <message>
        <source>{code} {title} (score {score})</source>
        <translation>{code} {title} (ocena {score})</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Ogólne</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>Or&amp;ganizacje</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translation>&amp;Finansowanie</translation>
    </message>
    <message>
        <source>Mi&amp;lestones</source>
        <translation>&amp;Kamienie milowe</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>&amp;Powiązania</translation>
    </message>
    <message>
        <source>Save the action (Ctrl+Enter)</source>
        <translation>Zapisz działanie (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>Due outside the action&apos;s start and end: {titles}.</source>
        <translation>Termin poza okresem realizacji działania: {titles}.</translation>
    </message>
    <message>
        <source>To check (saving is still possible):</source>
        <translation>Do sprawdzenia (zapis jest nadal możliwy):</translation>
    </message>
    <message>
        <source>Action not saved</source>
        <translation>Nie zapisano działania</translation>
    </message>
    <message>
        <source>None: the action was not decided in a recorded meeting.</source>
        <translation>Brak: działanie nie zostało przyjęte na zarejestrowanym spotkaniu.</translation>
    </message>
    <message>
        <source>Decision {number} of “{title}” on {date}</source>
        <translation>Decyzja {number} ze spotkania „{title}” z dnia {date}</translation>
    </message>
</context>
<context>
    <name>ActionFromDecisionDialog</name>
    <message>
        <source>Decision {number} → action of the plan</source>
        <translation>Decyzja {number} → działanie planu</translation>
    </message>
    <message>
        <source>Decision {number}: {text}</source>
        <translation>Decyzja {number}: {text}</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>The action starts as planned; complete it (lead, dates, cost) in the Action plan area. It keeps a link to this decision.</source>
        <translation>Działanie otrzyma status „planowane”; uzupełnij je (odpowiedzialny, daty, koszt) w obszarze Plan działania. Zachowa ono powiązanie z tą decyzją.</translation>
    </message>
    <message>
        <source>&amp;Make action</source>
        <translation>&amp;Utwórz działanie</translation>
    </message>
    <message>
        <source>Give the action a title.</source>
        <translation>Nadaj działaniu tytuł.</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Drag an objective to reorder it; drag actions from the table onto one.</source>
        <translation>Przeciągnij cel, aby zmienić jego kolejność; przeciągnij działania z tabeli na cel.</translation>
    </message>
    <message>
        <source>Add &amp;strategic</source>
        <translation>Dodaj s&amp;trategiczny</translation>
    </message>
    <message>
        <source>Add a strategic objective at the end</source>
        <translation>Dodaj cel strategiczny na końcu</translation>
    </message>
    <message>
        <source>Add s&amp;pecific</source>
        <translation>Dodaj szczegółow&amp;y</translation>
    </message>
    <message>
        <source>Add a specific objective under the selected strategic objective</source>
        <translation>Dodaj cel szczegółowy do zaznaczonego celu strategicznego</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Zmień n&amp;azwę</translation>
    </message>
    <message>
        <source>Rename the selected objective (F2)</source>
        <translation>Zmień nazwę zaznaczonego celu (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>Delete the selected objective (Del)</source>
        <translation>Usuń zaznaczony cel (Del)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Przenieś w &amp;górę</translation>
    </message>
    <message>
        <source>Move the selected objective up (Ctrl+Up)</source>
        <translation>Przenieś zaznaczony cel w górę (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Przenieś w &amp;dół</translation>
    </message>
    <message>
        <source>Move the selected objective down (Ctrl+Down)</source>
        <translation>Przenieś zaznaczony cel w dół (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>C&amp;ele</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Eksportuj do E&amp;xcela…</translation>
    </message>
    <message>
        <source>Write the actions, funding, indicators, measurements and risks to .xlsx</source>
        <translation>Zapisz działania, finansowanie, wskaźniki, pomiary i ryzyka do pliku .xlsx</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importuj z Excela…</translation>
    </message>
    <message>
        <source>Read an edited plan workbook back, with a preview of what changes</source>
        <translation>Wczytaj z powrotem edytowany skoroszyt planu, z podglądem zmian</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation>&amp;Ryzyka</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Wersje</translation>
    </message>
    <message>
        <source>Plan totals: cost {cost} · secured {secured} · gap {gap}</source>
        <translation>Podsumowanie planu: koszt {cost} · zabezpieczone {secured} · luka finansowa {gap}</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Nowe działanie</translation>
    </message>
    <message>
        <source>Add an action to the selected objective (Insert)</source>
        <translation>Dodaj działanie do zaznaczonego celu (Insert)</translation>
    </message>
    <message>
        <source>De&amp;lete action</source>
        <translation>&amp;Usuń działanie</translation>
    </message>
    <message>
        <source>Delete the selected actions (Del in the table)</source>
        <translation>Usuń zaznaczone działania (Del w tabeli)</translation>
    </message>
    <message>
        <source>Move a&amp;ction up</source>
        <translation>Działanie &amp;w górę</translation>
    </message>
    <message>
        <source>Move the action up within its objective (Ctrl+Shift+Up)</source>
        <translation>Przenieś działanie w górę w ramach jego celu (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>&amp;Move action down</source>
        <translation>D&amp;ziałanie w dół</translation>
    </message>
    <message>
        <source>Move the action down within its objective (Ctrl+Shift+Down)</source>
        <translation>Przenieś działanie w dół w ramach jego celu (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <source>Show all ac&amp;tions</source>
        <translation>P&amp;okaż wszystkie działania</translation>
    </message>
    <message>
        <source>Show the actions of every objective, not only of the selected one</source>
        <translation>Pokaż działania wszystkich celów, nie tylko zaznaczonego</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan działania</translation>
    </message>
    <message>
        <source>Delete action {code} “{title}” with its milestones, funding lines and links?</source>
        <translation>Usunąć działanie {code} „{title}” wraz z jego kamieniami milowymi, pozycjami finansowania i powiązaniami?</translation>
    </message>
    <message>
        <source>Delete action {code}</source>
        <translation>Usuń działanie {code}</translation>
    </message>
    <message>
        <source>Delete {count} actions ({codes}) with their milestones, funding lines and links?</source>
        <translation>Usunąć działania ({count}: {codes}) wraz z ich kamieniami milowymi, pozycjami finansowania i powiązaniami?</translation>
    </message>
    <message>
        <source>Delete {count} actions</source>
        <translation>Usuń działania ({count})</translation>
    </message>
    <message>
        <source>Delete actions</source>
        <translation>Usuń działania</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Actions not deleted</source>
        <translation>Nie usunięto działań</translation>
    </message>
    <message>
        <source>Move action {code}</source>
        <translation>Przenieś działanie {code}</translation>
    </message>
    <message>
        <source>Move action {code} to objective {objective}</source>
        <translation>Przenieś działanie {code} do celu {objective}</translation>
    </message>
    <message>
        <source>Move {count} actions to objective {objective}</source>
        <translation>Przenieś działania ({count}) do celu {objective}</translation>
    </message>
    <message>
        <source>Action not moved</source>
        <translation>Nie przeniesiono działania</translation>
    </message>
    <message>
        <source>&amp;Actions of the whole plan</source>
        <translation>Działania &amp;całego planu</translation>
    </message>
    <message>
        <source>&amp;Actions of objective {code} “{title}”</source>
        <translation>Działania &amp;celu {code} „{title}”</translation>
    </message>
    <message>
        <source>Renumbered: {changes}</source>
        <translation>Zmieniono numerację: {changes}</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nowy cel</translation>
    </message>
    <message>
        <source>Objective not added</source>
        <translation>Nie dodano celu</translation>
    </message>
    <message>
        <source>Add strategic objective</source>
        <translation>Dodaj cel strategiczny</translation>
    </message>
    <message>
        <source>Add specific objective</source>
        <translation>Dodaj cel szczegółowy</translation>
    </message>
    <message>
        <source>Objective not renamed</source>
        <translation>Nie zmieniono nazwy celu</translation>
    </message>
    <message>
        <source>Objective not deleted</source>
        <translation>Nie usunięto celu</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Usuń cel</translation>
    </message>
    <message>
        <source>Objective not moved</source>
        <translation>Nie przeniesiono celu</translation>
    </message>
    <message>
        <source>Action not changed</source>
        <translation>Nie zmieniono działania</translation>
    </message>
    <message>
        <source>New action {code}</source>
        <translation>Nowe działanie {code}</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Edytuj działanie</translation>
    </message>
    <message>
        <source>Edit action {code}</source>
        <translation>Edytuj działanie {code}</translation>
    </message>
    <message>
        <source>Rename objective</source>
        <translation>Zmień nazwę celu</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation>Przenieś cel</translation>
    </message>
</context>
<context>
    <name>AddToGroupDialog</name>
    <message numerus="yes">
        <source>Add %n people to a group</source>
        <translation>
            <numerusform>Dodaj %n osobę do grupy</numerusform>
            <numerusform>Dodaj %n osoby do grupy</numerusform>
            <numerusform>Dodaj %n osób do grupy</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>Data &amp;przystąpienia:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <translation>Porządek spotkania</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Dod&amp;aj punkt</translation>
    </message>
    <message>
        <source>Add an agenda item below the selected one (Insert)</source>
        <translation>Dodaj punkt porządku spotkania pod zaznaczonym (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Usuń punkt</translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation>Usuń zaznaczony punkt (Del)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Przenieś w &amp;górę</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Przenieś zaznaczony punkt w górę (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Przenieś w &amp;dół</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Przenieś zaznaczony punkt w dół (Alt+Down)</translation>
    </message>
    <message>
        <source>Type in a cell to edit it; F2 edits the selected cell, Enter keeps it.</source>
        <translation>Wpisz tekst w komórce, aby ją edytować; F2 edytuje zaznaczoną komórkę, Enter zatwierdza zmianę.</translation>
    </message>
    <message>
        <source>Total {planned} min</source>
        <translation>Łącznie {planned} min</translation>
    </message>
    <message>
        <source>Total {planned} min of {available} min</source>
        <translation>Łącznie {planned} min z {available} min</translation>
    </message>
    <message>
        <source>{total} — more than the meeting lasts</source>
        <translation>{total} — dłużej, niż trwa spotkanie</translation>
    </message>
    <message>
        <source>Item {number}: {message}</source>
        <translation>Punkt {number}: {message}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>lagdesk cannot start</source>
        <translation>Nie można uruchomić programu lagdesk</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Interesariusze</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan działania</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>why the scores changed (optional)</source>
        <translation>dlaczego zmieniły się oceny (opcjonalnie)</translation>
    </message>
    <message>
        <source>Save &amp;assessment</source>
        <translation>Zapisz &amp;ocenę</translation>
    </message>
    <message>
        <source>&amp;Interest (1–5):</source>
        <translation>&amp;Zainteresowanie (1–5):</translation>
    </message>
    <message>
        <source>Powe&amp;r (1–5):</source>
        <translation>&amp;Wpływ (1–5):</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>&amp;Data oceny:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Uwaga:</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>Wcześniejsze oceny</translation>
    </message>
    <message>
        <source>History (newest first):</source>
        <translation>Historia (od najnowszych):</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Jeszcze nie oceniono</translation>
    </message>
    <message>
        <source>Give both scores</source>
        <translation>Podaj obie oceny</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>{extension} files (*{suffix});;All files (*)</source>
        <translation>Pliki {extension} (*{suffix});;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>File {id} is not a photo cleared for publication.</source>
        <translation>Plik {id} nie jest zdjęciem dopuszczonym do publikacji.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>Nie można odczytać pliku {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a file (a folder cannot be attached).</source>
        <translation>{file} nie jest plikiem (nie można załączyć folderu).</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes); it was not attached. Check the file.</source>
        <translation>Plik {file} jest pusty (0 bajtów); nie został załączony. Sprawdź plik.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, over the limit of {limit} MB for one file. Nothing was added. Make the file smaller (a lower resolution photo, a PDF scanned in grey) and try again.</source>
        <translation>Plik {file} ma {size} MB, a limit dla jednego pliku wynosi {limit} MB. Niczego nie dodano. Zmniejsz plik (zdjęcie w niższej rozdzielczości, PDF zeskanowany w odcieniach szarości) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>Nie można zapisać pliku {file}: {reason}</translation>
    </message>
    <message>
        <source>People can be recognised in this photo and their consent has not been checked. Tick “Consent checked” first, or untick “Identifiable”.</source>
        <translation>Na tym zdjęciu można rozpoznać osoby, a ich zgoda nie została sprawdzona. Najpierw zaznacz „Zgoda sprawdzona” albo odznacz „Możliwa identyfikacja”.</translation>
    </message>
    <message>
        <source>Publishable</source>
        <translation>Do publikacji</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>This person has been erased from the register; their attendance can only be counted anonymously.</source>
        <translation>Ta osoba została usunięta z rejestru; jej obecność można liczyć tylko anonimowo.</translation>
    </message>
    <message>
        <source>{organisation} is a new organisation: choose its sector.</source>
        <translation>{organisation} to nowa organizacja: wybierz jej sektor.</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sektor</translation>
    </message>
    <message>
        <source>name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name.</source>
        <translation>Wpisz imię i nazwisko osoby niezaproszonej.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{status} (walk-in)</source>
        <translation>{status} (osoba niezaproszona)</translation>
    </message>
    <message>
        <source>Sector unknown</source>
        <translation>Sektor nieznany</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Type a name or organisation…</source>
        <translation>Wpisz nazwisko lub organizację…</translation>
    </message>
    <message>
        <source>Find a person on the list</source>
        <translation>Znajdź osobę na liście</translation>
    </message>
    <message>
        <source>Invited people</source>
        <translation>Osoby zaproszone</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Obecny</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Usprawiedliwiony</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nieobecny</translation>
    </message>
    <message>
        <source>Back to invited</source>
        <translation>Z powrotem: zaproszony</translation>
    </message>
    <message>
        <source>Enter: attended · Ctrl+E: excused · Ctrl+D: no-show · Ctrl+I: back to invited · Ctrl+Z: undo</source>
        <translation>Enter: obecny · Ctrl+E: usprawiedliwiony · Ctrl+D: nieobecny · Ctrl+I: z powrotem zaproszony · Ctrl+Z: cofnij</translation>
    </message>
    <message>
        <source>the walk-in {name}</source>
        <translation>danych osoby niezaproszonej {name}</translation>
    </message>
    <message>
        <source>Choose a meeting to take its attendance.</source>
        <translation>Wybierz spotkanie, aby sprawdzić obecność.</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Osoba niezaproszona</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Leave empty if none</source>
        <translation>Pozostaw puste, jeśli brak</translation>
    </message>
    <message>
        <source>Choose for a new organisation</source>
        <translation>Wybierz dla nowej organizacji</translation>
    </message>
    <message>
        <source>Add &amp;walk-in</source>
        <translation>Dodaj osobę &amp;niezaproszoną</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganizacja:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sek&amp;tor:</translation>
    </message>
    <message>
        <source>Counted an&amp;onymously</source>
        <translation>Licz &amp;anonimowo</translation>
    </message>
    <message>
        <source>Anonymous: {sector}, {gender}</source>
        <translation>Anonimowo: {sector}, {gender}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>Nobody on the list matches. Enter adds “{text}” as a walk-in.</source>
        <translation>Nikt z listy nie pasuje. Enter doda „{text}” jako osobę niezaproszoną.</translation>
    </message>
    <message>
        <source>Type the organisation and press Enter to add the walk-in (Escape: back).</source>
        <translation>Wpisz organizację i naciśnij Enter, aby dodać osobę niezaproszoną (Escape: powrót).</translation>
    </message>
    <message>
        <source>{name} is already marked {status}.</source>
        <translation>{name} ma już status: {status}.</translation>
    </message>
    <message>
        <source>Mark {name} as {status}</source>
        <translation>Oznacz: {name} – {status}</translation>
    </message>
    <message>
        <source>{name}: {status}. Ctrl+Z undoes it.</source>
        <translation>{name}: {status}. Ctrl+Z cofa zmianę.</translation>
    </message>
    <message>
        <source>A new organisation: choose its sector, then press Enter.</source>
        <translation>Nowa organizacja: wybierz jej sektor, a następnie naciśnij Enter.</translation>
    </message>
    <message>
        <source>Add walk-in {name}</source>
        <translation>Dodaj osobę niezaproszoną: {name}</translation>
    </message>
    <message>
        <source>{name} added as a walk-in. Ctrl+Z undoes it.</source>
        <translation>Dodano {name} jako osobę niezaproszoną. Ctrl+Z cofa zmianę.</translation>
    </message>
    <message>
        <source>Count anonymously: {sector}, {gender}</source>
        <translation>Licz anonimowo: {sector}, {gender}</translation>
    </message>
    <message>
        <source>{present} present · {invited} invited</source>
        <translation>Obecni: {present} · zaproszeni: {invited}</translation>
    </message>
    <message>
        <source>Walk-ins {walk_ins} · counted anonymously {anonymous} · excused {excused} · no-show {no_show}</source>
        <translation>Niezaproszeni: {walk_ins} · liczeni anonimowo: {anonymous} · usprawiedliwieni: {excused} · nieobecni: {no_show}</translation>
    </message>
    <message>
        <source>{name} {count}</source>
        <translation>{name} {count}</translation>
    </message>
    <message>
        <source>By sector: {counts}</source>
        <translation>Według sektora: {counts}</translation>
    </message>
    <message>
        <source>By gender: {counts}</source>
        <translation>Według płci: {counts}</translation>
    </message>
</context>
<context>
    <name>AttendanceWindow</name>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>{title}, {date}</source>
        <translation>{title}, {date}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>Attendance — {meeting}</source>
        <translation>Obecność — {meeting}</translation>
    </message>
</context>
<context>
    <name>AutoBackups</name>
    <message>
        <source>Making a backup of {name}…</source>
        <translation>Tworzenie kopii zapasowej pliku {name}…</translation>
    </message>
    <message>
        <source>The automatic backup failed: {problem}</source>
        <translation>Automatyczna kopia zapasowa nie powiodła się: {problem}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Something went wrong. The details are in the log file.</source>
        <translation>Coś poszło nie tak. Szczegóły znajdują się w pliku dziennika.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup to {path} failed. The details are in the log file.</source>
        <translation>Nie udało się utworzyć kopii zapasowej w {path}. Szczegóły znajdują się w pliku dziennika.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path}: no such backup.</source>
        <translation>{path}: nie ma takiej kopii zapasowej.</translation>
    </message>
    <message>
        <source>{path} is not a lagdesk file, so it cannot be restored.</source>
        <translation>{path} nie jest plikiem lagdesk, więc nie można go przywrócić.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of lagdesk (schema {revision}); update lagdesk to restore it.</source>
        <translation>{path} zapisano w nowszej wersji lagdesk (schemat {revision}); zaktualizuj lagdesk, aby go przywrócić.</translation>
    </message>
    <message>
        <source>{path} is damaged, so it cannot be restored: {problem}</source>
        <translation>{path} jest uszkodzony, więc nie można go przywrócić: {problem}</translation>
    </message>
    <message>
        <source>{path} is the file itself, not a backup of it.</source>
        <translation>{path} to sam plik, a nie jego kopia zapasowa.</translation>
    </message>
    <message>
        <source>The copy of {path} did not pass its check; nothing was changed.</source>
        <translation>Kopia pliku {path} nie przeszła sprawdzenia; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The restored {path} did not pass its check; it was put back.</source>
        <translation>Przywrócony plik {path} nie przeszedł sprawdzenia; przywrócono poprzedni stan.</translation>
    </message>
    <message>
        <source>{path} could not be restored: {detail}</source>
        <translation>Nie udało się przywrócić pliku {path}: {detail}</translation>
    </message>
    <message>
        <source>On opening</source>
        <translation>Przy otwarciu</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>Przy zamknięciu</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Utworzona ręcznie</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Przed aktualizacją</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Przed przywróceniem</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{text} is not a date like 2024-03-31</source>
        <translation>{text} nie jest datą w formacie 2024-03-31</translation>
    </message>
    <message>
        <source>meetings to an iCalendar (.ics) file</source>
        <translation>spotkania do pliku iCalendar (.ics)</translation>
    </message>
    <message>
        <source>only meetings starting on or after DATE (YYYY-MM-DD)</source>
        <translation>tylko spotkania rozpoczynające się w dniu DATE lub później (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>only meetings starting on or before DATE (YYYY-MM-DD)</source>
        <translation>tylko spotkania rozpoczynające się w dniu DATE lub wcześniej (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>a meeting from an iCalendar (.ics) invitation</source>
        <translation>spotkanie z zaproszenia iCalendar (.ics)</translation>
    </message>
    <message>
        <source>{count} meeting(s) written to {path}.</source>
        <translation>Zapisano spotkania ({count}) w pliku {path}.</translation>
    </message>
    <message>
        <source>Meeting {id} imported: {title}, {start} ({zone}).</source>
        <translation>Zaimportowano spotkanie {id}: {title}, {start} ({zone}).</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>The first day ({start}) is after the last day ({end}).</source>
        <translation>Pierwszy dzień ({start}) jest późniejszy niż ostatni dzień ({end}).</translation>
    </message>
    <message>
        <source>this is not an iCalendar (.ics) file.</source>
        <translation>to nie jest plik iCalendar (.ics).</translation>
    </message>
    <message>
        <source>the invitation&apos;s {property} cannot be read.</source>
        <translation>nie można odczytać właściwości {property} zaproszenia.</translation>
    </message>
    <message>
        <source>the file holds no event (VEVENT).</source>
        <translation>plik nie zawiera żadnego wydarzenia (VEVENT).</translation>
    </message>
    <message>
        <source>the event has no start (DTSTART).</source>
        <translation>wydarzenie nie ma początku (DTSTART).</translation>
    </message>
    <message>
        <source>the event ends (DTEND) before it starts (DTSTART).</source>
        <translation>wydarzenie kończy się (DTEND) przed rozpoczęciem (DTSTART).</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Manage closely</source>
        <translation>Ściśle współpracować</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Dbać o zadowolenie</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Informować</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitorować</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>Brak ocen</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zainteresowanie</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Wpływ</translation>
    </message>
    <message>
        <source>Attendance by sector</source>
        <translation>Obecność według sektora</translation>
    </message>
    <message>
        <source>People attending</source>
        <translation>Liczba obecnych</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Data spotkania</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Bez sektora</translation>
    </message>
    <message>
        <source>No meetings to show</source>
        <translation>Brak spotkań do pokazania</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Miesiące</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Kwartały</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Lata</translation>
    </message>
    <message>
        <source>Action timeline</source>
        <translation>Harmonogram działań</translation>
    </message>
    <message>
        <source>Action timeline, page {page} of {pages}</source>
        <translation>Harmonogram działań, strona {page} z {pages}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Kamień milowy</translation>
    </message>
    <message>
        <source>Milestone done</source>
        <translation>Kamień milowy osiągnięty</translation>
    </message>
    <message>
        <source>No actions to show</source>
        <translation>Brak działań do pokazania</translation>
    </message>
    <message>
        <source>No objective</source>
        <translation>Bez celu</translation>
    </message>
    <message>
        <source>{objective} (continued)</source>
        <translation>{objective} (cd.)</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>Brak dat</translation>
    </message>
    <message>
        <source>No start date</source>
        <translation>Brak daty rozpoczęcia</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Brak daty zakończenia</translation>
    </message>
    <message>
        <source>End before start</source>
        <translation>Koniec przed początkiem</translation>
    </message>
    <message>
        <source>Actions without a bar (dates missing): {count}</source>
        <translation>Działania bez paska (brak dat): {count}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Wartość bazowa</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Zmierzona</translation>
    </message>
    <message>
        <source>Measured (running total)</source>
        <translation>Zmierzona (narastająco)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Kamienie milowe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Oczekiwany postęp</translation>
    </message>
    <message>
        <source>Current value: {value}   Progress: {progress}</source>
        <translation>Bieżąca wartość: {value}   Postęp: {progress}</translation>
    </message>
    <message>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nie określono</translation>
    </message>
    <message>
        <source>No baseline, target or measurement to show</source>
        <translation>Brak wartości bazowej, docelowej lub pomiarów do pokazania</translation>
    </message>
    <message>
        <source>Indicator status</source>
        <translation>Stan wskaźników</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Funding by source and status</source>
        <translation>Finansowanie według źródła i statusu</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Local group by sector and gender</source>
        <translation>Grupa lokalna według sektora i płci</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Na razie brak danych do pokazania</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Schema revision {revision} is older; lagdesk upgrades it when the file is opened.</source>
        <translation>Wersja schematu {revision} jest starsza; lagdesk zaktualizuje ją przy otwarciu pliku.</translation>
    </message>
    <message>
        <source>The schema revision is missing.</source>
        <translation>Brak wersji schematu.</translation>
    </message>
    <message>
        <source>Schema revision {revision} is newer than this lagdesk knows.</source>
        <translation>Wersja schematu {revision} jest nowsza niż obsługiwana przez tę wersję lagdesk.</translation>
    </message>
    <message>
        <source>Integrity: {message}</source>
        <translation>Spójność: {message}</translation>
    </message>
    <message>
        <source>Table {table}, row {rowid}: refers to a missing row of {parent}.</source>
        <translation>Tabela {table}, wiersz {rowid}: odwołuje się do nieistniejącego wiersza tabeli {parent}.</translation>
    </message>
    <message>
        <source>Table {table}, row {rowid}: column {column} holds text that is not valid UTF-8.</source>
        <translation>Tabela {table}, wiersz {rowid}: kolumna {column} zawiera tekst, który nie jest poprawnym UTF-8.</translation>
    </message>
    <message>
        <source>{count} more values are not valid UTF-8 text.</source>
        <translation>Jeszcze {count} wartości nie jest poprawnym tekstem UTF-8.</translation>
    </message>
    <message>
        <source>Table {table} is missing.</source>
        <translation>Brak tabeli {table}.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Chosen only</source>
        <translation>Tylko wybrane</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} i {count} więcej</translation>
    </message>
    <message>
        <source>Chosen ({count}): {names}</source>
        <translation>Wybrane ({count}): {names}</translation>
    </message>
    <message>
        <source>None chosen.</source>
        <translation>Nic nie wybrano.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>URBACT IV</source>
        <translation>URBACT IV</translation>
    </message>
    <message>
        <source>URBACT III</source>
        <translation>URBACT III</translation>
    </message>
    <message>
        <source>Interreg</source>
        <translation>Interreg</translation>
    </message>
    <message>
        <source>COSME</source>
        <translation>COSME</translation>
    </message>
    <message>
        <source>ESF+</source>
        <translation>EFS+</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktywacja</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planowanie</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Wdrażanie</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Partner wiodący</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publiczny</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatny</translation>
    </message>
    <message>
        <source>Civic</source>
        <translation>Społeczny</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Nauka</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Osoba niebinarna</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Wolę nie podawać</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznana</translation>
    </message>
    <message>
        <source>Local group</source>
        <translation>Grupa lokalna</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupa robocza</translation>
    </message>
    <message>
        <source>Steering board</source>
        <translation>Komitet sterujący</translation>
    </message>
    <message>
        <source>Mailing group</source>
        <translation>Grupa mailingowa</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Przewodniczący</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Ekspert</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Obserwator</translation>
    </message>
    <message>
        <source>Local group membership</source>
        <translation>Członkostwo w grupie lokalnej</translation>
    </message>
    <message>
        <source>Photo publication</source>
        <translation>Publikacja zdjęć</translation>
    </message>
    <message>
        <source>Sharing contacts with partners</source>
        <translation>Udostępnianie danych kontaktowych partnerom</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Written form</source>
        <translation>Forma pisemna</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Formularz online</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Ustnie</translation>
    </message>
    <message>
        <source>Local group meeting</source>
        <translation>Spotkanie grupy lokalnej</translation>
    </message>
    <message>
        <source>Thematic workshop</source>
        <translation>Warsztat tematyczny</translation>
    </message>
    <message>
        <source>Co-design workshop</source>
        <translation>Warsztat współprojektowania</translation>
    </message>
    <message>
        <source>Site or study visit</source>
        <translation>Wizyta studyjna lub terenowa</translation>
    </message>
    <message>
        <source>Transnational meeting</source>
        <translation>Spotkanie międzynarodowe</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinarium</translation>
    </message>
    <message>
        <source>Testing action event</source>
        <translation>Wydarzenie działania testowego</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Zaproszony</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Zarejestrowany</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Obecny</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Usprawiedliwiony</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nieobecny</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Signed attendance list</source>
        <translation>Podpisana lista obecności</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowód</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Złożona do oceny</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zwrócona</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzona</translation>
    </message>
    <message>
        <source>Strategic objective</source>
        <translation>Cel strategiczny</translation>
    </message>
    <message>
        <source>Specific objective</source>
        <translation>Cel szczegółowy</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Inwestycja</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>Budowanie potencjału</translation>
    </message>
    <message>
        <source>Policy or regulation</source>
        <translation>Polityka lub regulacja</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Komunikacja</translation>
    </message>
    <message>
        <source>Testing action</source>
        <translation>Działanie testowe</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planowane</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Opóźnione</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>01 Gender targeting</source>
        <translation>01 Ukierunkowane na płeć</translation>
    </message>
    <message>
        <source>02 Gender mainstreaming</source>
        <translation>02 Uwzględnianie aspektu płci</translation>
    </message>
    <message>
        <source>03 Gender neutral</source>
        <translation>03 Neutralne pod względem płci</translation>
    </message>
    <message>
        <source>City budget</source>
        <translation>Budżet miasta</translation>
    </message>
    <message>
        <source>ERDF</source>
        <translation>EFRR</translation>
    </message>
    <message>
        <source>National funds</source>
        <translation>Środki krajowe</translation>
    </message>
    <message>
        <source>Private funds</source>
        <translation>Środki prywatne</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Zabezpieczone</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Wnioskowane</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potencjalne</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Polityczne</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finansowe</translation>
    </message>
    <message>
        <source>Legal or procurement</source>
        <translation>Prawne lub zamówieniowe</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Potencjał instytucjonalny</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Interesariusze</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Zewnętrzne</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Ograniczone</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>t CO2e</source>
        <translation>t CO2e</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Tak/nie</translation>
    </message>
    <message>
        <source>Increase is good</source>
        <translation>Wzrost jest korzystny</translation>
    </message>
    <message>
        <source>Decrease is good</source>
        <translation>Spadek jest korzystny</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Narastająco</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Ostatnia wartość</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Co kwartał</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>Co pół roku</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Co rok</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Jednorazowo</translation>
    </message>
    <message>
        <source>Not disaggregated</source>
        <translation>Bez podziału</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Według płci</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ryzyko</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Brak danych</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Osiągnięty</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Zgodnie z planem</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Zagrożony</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Opóźniony</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>import records from a file</source>
        <translation>importuj rekordy z pliku</translation>
    </message>
    <message>
        <source>export records to a file</source>
        <translation>eksportuj rekordy do pliku</translation>
    </message>
    <message>
        <source>the lagdesk database file</source>
        <translation>plik bazy danych lagdesk</translation>
    </message>
    <message>
        <source>language: en, pl, lv, ro or bg</source>
        <translation>język: en, pl, lv, ro lub bg</translation>
    </message>
    <message>
        <source>lagdesk: stakeholders, meetings and the Integrated Action Plan of a local group.</source>
        <translation>lagdesk: interesariusze, spotkania i Zintegrowany Plan Działania grupy lokalnej.</translation>
    </message>
    <message>
        <source>{path} was upgraded to this version of lagdesk; a copy of it as it was is in {backup}.</source>
        <translation>{path} zaktualizowano do tej wersji lagdesk; kopia w poprzednim stanie jest w {backup}.</translation>
    </message>
    <message>
        <source>wait up to SECONDS while the file is open in lagdesk (default: refuse at once)</source>
        <translation>czekaj do SECONDS sekund, gdy plik jest otwarty w lagdesk (domyślnie: odmów od razu)</translation>
    </message>
    <message>
        <source>{path} is open in lagdesk (a window or another command); nothing was changed. Close it there and try again, or add --wait SECONDS to wait for it.</source>
        <translation>Plik {path} jest otwarty w lagdesk (w oknie lub w innym poleceniu); nic nie zostało zmienione. Zamknij go tam i spróbuj ponownie albo dodaj --wait SECONDS, aby na niego poczekać.</translation>
    </message>
    <message>
        <source>waiting for {path}: it is open in lagdesk (a window or another command) (up to {seconds} s)…</source>
        <translation>czekam na plik {path}: jest otwarty w lagdesk (w oknie lub w innym poleceniu) (do {seconds} s)…</translation>
    </message>
    <message>
        <source>{path} is still open in lagdesk (a window or another command) after {seconds} s; nothing was changed.</source>
        <translation>Plik {path} jest nadal otwarty w lagdesk (w oknie lub w innym poleceniu) po {seconds} s; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>fill a new database with demo data</source>
        <translation>wypełnij nową bazę danych danymi demonstracyjnymi</translation>
    </message>
    <message>
        <source>check integrity, foreign keys and the schema revision</source>
        <translation>sprawdź spójność, klucze obce i wersję schematu</translation>
    </message>
    <message>
        <source>copy the database safely while in use</source>
        <translation>bezpiecznie skopiuj bazę danych w trakcie jej używania</translation>
    </message>
    <message>
        <source>list the backups of the database: automatic and upgrade</source>
        <translation>wypisz kopie zapasowe bazy danych: automatyczne i sprzed aktualizacji</translation>
    </message>
    <message>
        <source>put a backup in place of the database, keeping the current state</source>
        <translation>wstaw kopię zapasową w miejsce bazy danych, zachowując obecny stan</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>nie pytaj o potwierdzenie</translation>
    </message>
    <message>
        <source>salvage what can be read from a damaged database into a new file</source>
        <translation>odzyskaj to, co da się odczytać z uszkodzonej bazy danych, do nowego pliku</translation>
    </message>
    <message>
        <source>No backups of {path} yet.</source>
        <translation>Nie ma jeszcze kopii zapasowych pliku {path}.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>restore replaces {path}; add --yes to confirm when not asked at a terminal.</source>
        <translation>restore zastępuje {path}; dodaj --yes, aby potwierdzić, gdy polecenie nie jest uruchomione w terminalu.</translation>
    </message>
    <message>
        <source>Replace {path} with the backup {backup}? The current state is kept beside it. [y/N] </source>
        <translation>Zastąpić {path} kopią zapasową {backup}? Obecny stan zostanie zachowany obok. [t/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>t</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>{path} restored from {backup}.</source>
        <translation>Przywrócono {path} z {backup}.</translation>
    </message>
    <message>
        <source>The previous state was moved to {previous}.</source>
        <translation>Poprzedni stan przeniesiono do {previous}.</translation>
    </message>
    <message>
        <source>{path} is the damaged file or part of it; choose another name.</source>
        <translation>{path} to uszkodzony plik lub jego część; wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Recovered from {source} into {path} (schema {revision}):</source>
        <translation>Odzyskano z {source} do {path} (schemat {revision}):</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>read</source>
        <translation>odczytano</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>odzyskano</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>pominięto</translation>
    </message>
    <message>
        <source>Parts of these tables could not be read: {tables}</source>
        <translation>Części tych tabel nie udało się odczytać: {tables}</translation>
    </message>
    <message>
        <source>These tables could not be read at all: {tables}</source>
        <translation>Tych tabel nie udało się w ogóle odczytać: {tables}</translation>
    </message>
    <message>
        <source>indicators: progress as of DATE (YYYY-MM-DD), not today</source>
        <translation>wskaźniki: postęp na dzień DATE (RRRR-MM-DD), a nie na dziś</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>zastąp plik FILE, jeśli istnieje</translation>
    </message>
    <message>
        <source>--as-of goes with list indicators only</source>
        <translation>--as-of można użyć tylko z list indicators</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD</source>
        <translation>{text} nie jest datą; wpisz ją w formacie RRRR-MM-DD</translation>
    </message>
    <message>
        <source>print a list of records</source>
        <translation>wyświetl listę rekordów</translation>
    </message>
    <message>
        <source>attendance: only this meeting</source>
        <translation>obecność: tylko to spotkanie</translation>
    </message>
    <message>
        <source>the command {command} needs a subject</source>
        <translation>polecenie {command} wymaga podania przedmiotu</translation>
    </message>
    <message>
        <source>unexpected error ({kind}); details are in {path}</source>
        <translation>nieoczekiwany błąd ({kind}); szczegóły w {path}</translation>
    </message>
    <message>
        <source>Demo data ({size}) written to {path}: {total} records.</source>
        <translation>Zapisano dane demonstracyjne ({size}) w {path}: rekordów: {total}.</translation>
    </message>
    <message>
        <source>{path}: sound (schema {revision}).</source>
        <translation>{path}: plik poprawny (schemat {revision}).</translation>
    </message>
    <message>
        <source>{path}: {count} problem(s) found:</source>
        <translation>{path}: liczba znalezionych problemów: {count}:</translation>
    </message>
    <message>
        <source>{path} exists already; choose another name or add --force.</source>
        <translation>{path} już istnieje; wybierz inną nazwę lub dodaj --force.</translation>
    </message>
    <message>
        <source>{path}: the folder does not exist.</source>
        <translation>{path}: folder nie istnieje.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Zapisano kopię zapasową w {path}.</translation>
    </message>
    <message>
        <source>--meeting goes with list attendance only</source>
        <translation>--meeting można użyć tylko z list attendance</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Porównaj wersje</translation>
    </message>
    <message>
        <source>{name} ({saved})</source>
        <translation>{name} ({saved})</translation>
    </message>
    <message>
        <source>The plan now (not saved as a version)</source>
        <translation>Bieżący plan (niezapisany jako wersja)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>From version “{old}” to the plan now</source>
        <translation>Od wersji „{old}” do bieżącego planu</translation>
    </message>
    <message>
        <source>From version “{old}” to version “{new}”</source>
        <translation>Od wersji „{old}” do wersji „{new}”</translation>
    </message>
</context>
<context>
    <name>Composition</name>
    <message>
        <source>public</source>
        <translation>publiczny</translation>
    </message>
    <message>
        <source>private</source>
        <translation>prywatny</translation>
    </message>
    <message>
        <source>civic</source>
        <translation>społeczny</translation>
    </message>
    <message>
        <source>knowledge</source>
        <translation>nauka</translation>
    </message>
    <message>
        <source>Women are {percent} % of the members whose gender is known (less than {threshold} %).</source>
        <translation>Kobiety stanowią {percent} % członków o znanej płci (mniej niż {threshold} %).</translation>
    </message>
    <message>
        <source>Men are {percent} % of the members whose gender is known (less than {threshold} %).</source>
        <translation>Mężczyźni stanowią {percent} % członków o znanej płci (mniej niż {threshold} %).</translation>
    </message>
    <message>
        <source>The group has no active members.</source>
        <translation>Grupa nie ma aktywnych członków.</translation>
    </message>
    <message>
        <source>No one from the {sector} sector.</source>
        <translation>Nikogo z sektora: {sector}.</translation>
    </message>
</context>
<context>
    <name>CompositionPanel</name>
    <message>
        <source>Members by sector and gender</source>
        <translation>Członkowie według sektora i płci</translation>
    </message>
    <message>
        <source>Choose a group to see who is in it.</source>
        <translation>Wybierz grupę, aby zobaczyć jej członków.</translation>
    </message>
    <message>
        <source>{count} people are active members today (subgroups included).</source>
        <translation>Liczba osób będących dziś aktywnymi członkami (łącznie z podgrupami): {count}.</translation>
    </message>
    <message>
        <source>Organisations that are members in their own right: {parts}.</source>
        <translation>Organizacje będące członkami we własnym imieniu: {parts}.</translation>
    </message>
</context>
<context>
    <name>ConsentMethod</name>
    <message>
        <source>Other</source>
        <translation>Inny sposób</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent records</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Zarejestruj zgodę</translation>
    </message>
    <message>
        <source>for example: signed form in the ULG folder</source>
        <translation>na przykład: podpisany formularz w teczce LGU</translation>
    </message>
    <message>
        <source>&amp;Add consent</source>
        <translation>&amp;Dodaj zgodę</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>Data ud&amp;zielenia:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>Do&amp;wód:</translation>
    </message>
    <message>
        <source>Wi&amp;thdraw the selected consent</source>
        <translation>Wycofaj zaznaczoną z&amp;godę</translation>
    </message>
    <message>
        <source>Withdrawn o&amp;n:</source>
        <translation>Data wycof&amp;ania:</translation>
    </message>
    <message>
        <source>Consent changes are stored when you choose OK.</source>
        <translation>Zmiany zgód zostaną zapisane po wybraniu OK.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: nie ma takiego pliku.</translation>
    </message>
    <message>
        <source>{path} is not a lagdesk database. Choose a file made by lagdesk or a new file name.</source>
        <translation>{path} nie jest bazą danych lagdesk. Wybierz plik utworzony w lagdesk lub podaj nazwę nowego pliku.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of lagdesk (schema {revision}). Update lagdesk to open it; the file was not changed.</source>
        <translation>Plik {path} został zapisany w nowszej wersji lagdesk (schemat {revision}). Zaktualizuj lagdesk, aby go otworzyć; plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>{path} is in use by another program. Close it there and try again.</source>
        <translation>Plik {path} jest używany przez inny program. Zamknij go w tym programie i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>Plik {path} jest uszkodzony i nie można go otworzyć. Przywróć go z kopii zapasowej.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {detail}</source>
        <translation>Nie można otworzyć pliku {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is read-only, so lagdesk cannot save changes to it. Check that you may write to the file and its folder, or copy it to a folder of your own.</source>
        <translation>Plik {path} jest tylko do odczytu, więc lagdesk nie może zapisać w nim zmian. Sprawdź, czy możesz zapisywać w tym pliku i jego folderze, albo skopiuj go do własnego folderu.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), so it holds no lagdesk data; it was not changed. Restore it from a backup, or use File &gt; New file to start a new file.</source>
        <translation>Plik {path} jest pusty (0 bajtów), więc nie zawiera danych lagdesk; nie został zmieniony. Przywróć go z kopii zapasowej albo użyj Plik &gt; Nowy plik, aby zacząć nowy plik.</translation>
    </message>
    <message>
        <source>The folder of {path} has gone (deleted or unmounted), so changes can no longer be saved there. Your work is still in memory: use Save a copy as… to keep it.</source>
        <translation>Folder pliku {path} zniknął (usunięty lub odłączony), więc zmian nie można już tam zapisać. Twoja praca jest nadal w pamięci: użyj „Zapisz kopię jako…”, aby ją zachować.</translation>
    </message>
    <message>
        <source>{path} was moved, deleted or replaced by another program while it was open, so changes can no longer be saved there. Your work is still in memory: use Save a copy as… to keep it.</source>
        <translation>Plik {path} został przeniesiony, usunięty lub zastąpiony przez inny program, gdy był otwarty, więc zmian nie można już tam zapisać. Twoja praca jest nadal w pamięci: użyj „Zapisz kopię jako…”, aby ją zachować.</translation>
    </message>
    <message>
        <source>Another program deleted {path}-wal, which holds the latest changes of {path}. lagdesk wrote your work into {path}; to be safe, also use Save a copy as… and then open that copy.</source>
        <translation>Inny program usunął plik {path}-wal, który zawiera najnowsze zmiany pliku {path}. lagdesk zapisał Twoją pracę w {path}; dla bezpieczeństwa użyj też „Zapisz kopię jako…” i otwórz tę kopię.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full. Free some space and try again.</source>
        <translation>Dysk, na którym jest plik {path}, jest pełny. Zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>{path} could not be read or written (disk I/O error). Check that the drive that holds it is still connected, then try again.</source>
        <translation>Nie można odczytać ani zapisać pliku {path} (błąd wejścia/wyjścia dysku). Sprawdź, czy dysk, na którym się znajduje, jest nadal podłączony, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: its path is {length} bytes long, and the database engine takes at most {limit}. Move the file to a folder with a shorter path, or give it a shorter name.</source>
        <translation>Nie można otworzyć pliku {path}: jego ścieżka ma {length} bajtów, a silnik bazy danych przyjmuje najwyżej {limit}. Przenieś plik do folderu o krótszej ścieżce lub nadaj mu krótszą nazwę.</translation>
    </message>
    <message>
        <source>{path} belongs to the lagdesk file {file}: a copy written there would damage it. Choose another name.</source>
        <translation>{path} należy do pliku lagdesk {file}: zapisana tam kopia uszkodziłaby go. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Upgrading {path} was stopped and undone: row {rowid} of {table} would refer to a missing row of {parent} ({count} such rows). The file was not changed.</source>
        <translation>Aktualizacja pliku {path} została zatrzymana i cofnięta: wiersz {rowid} tabeli {table} odwoływałby się do nieistniejącego wiersza tabeli {parent} (takich wierszy: {count}). Plik nie został zmieniony.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
</context>
<context>
    <name>DecisionChoiceDelegate</name>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>From decision</source>
        <translation>Z decyzji</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message>
        <source>This cannot be deleted: other records still depend on it ({detail}).</source>
        <translation>Nie można tego usunąć: zależą od tego inne rekordy ({detail}).</translation>
    </message>
    <message>
        <source>The delete cannot be undone: {table} id {id} has been given to a new record since.</source>
        <translation>Nie można cofnąć usunięcia: identyfikator {id} w tabeli {table} został w międzyczasie nadany nowemu rekordowi.</translation>
    </message>
    <message>
        <source>The delete cannot be undone: it needs {table} id {id}, which has been deleted since.</source>
        <translation>Nie można cofnąć usunięcia: wymaga ono rekordu {table} o identyfikatorze {id}, który został w międzyczasie usunięty.</translation>
    </message>
    <message>
        <source>The delete cannot be undone: {detail}</source>
        <translation>Nie można cofnąć usunięcia: {detail}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{path} already holds stakeholders, meetings, a plan or a network. The demo is only written into a new or empty file: choose another file name.</source>
        <translation>Plik {path} zawiera już interesariuszy, spotkania, plan lub sieć. Dane demonstracyjne zapisuje się tylko w nowym lub pustym pliku: wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <source>Network and partners</source>
        <translation>Sieć i partnerzy</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Groups and memberships</source>
        <translation>Grupy i członkostwa</translation>
    </message>
    <message>
        <source>Consents and stakeholder mapping</source>
        <translation>Zgody i mapowanie interesariuszy</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan działania</translation>
    </message>
    <message>
        <source>Indicators and measurements</source>
        <translation>Wskaźniki i pomiary</translation>
    </message>
    <message>
        <source>Plan versions and reviews</source>
        <translation>Wersje planu i oceny</translation>
    </message>
    <message>
        <source>Organisations and people</source>
        <translation>Organizacje i osoby</translation>
    </message>
    <message>
        <source>Groups, consents and stakeholder mapping</source>
        <translation>Grupy, zgody i mapowanie interesariuszy</translation>
    </message>
    <message>
        <source>Meetings and attendance</source>
        <translation>Spotkania i obecność</translation>
    </message>
    <message>
        <source>Indicators and review</source>
        <translation>Wskaźniki i ocena</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>In the file now</source>
        <translation>Teraz w pliku</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Twoje</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it.</source>
        <translation>Ten rekord został zmieniony gdzie indziej, odkąd go otworzono.</translation>
    </message>
    <message>
        <source>Which values do you want to keep?</source>
        <translation>Które wartości zachować?</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Zachowaj &amp;moje</translation>
    </message>
    <message>
        <source>Keep the &amp;file&apos;s</source>
        <translation>Zachowaj z &amp;pliku</translation>
    </message>
    <message>
        <source>lagdesk met an unexpected problem</source>
        <translation>W programie lagdesk wystąpił nieoczekiwany problem</translation>
    </message>
    <message>
        <source>Something went wrong inside lagdesk. Your data saved so far is safe. If it happens again, please send the log file to the people who support lagdesk.</source>
        <translation>W programie lagdesk coś poszło nie tak. Zapisane dotąd dane są bezpieczne. Jeśli sytuacja się powtórzy, prześlij plik dziennika osobom, które zapewniają wsparcie dla lagdesk.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Plik dziennika: {path}</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Otwórz folder dziennika</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Brak daty</translation>
    </message>
</context>
<context>
    <name>DueDelegate</name>
    <message>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No {what} with id {key}.</source>
        <translation>Nie znaleziono: {what} o identyfikatorze {key}.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>wiersz {row}</translation>
    </message>
    <message>
        <source>A record with the same key already exists ({detail}).</source>
        <translation>Rekord o takim samym kluczu już istnieje ({detail}).</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it ({fields}); nothing was stored.</source>
        <translation>Ten rekord został zmieniony gdzie indziej, odkąd go otworzono ({fields}); nic nie zapisano.</translation>
    </message>
    <message>
        <source>This refers to a record that does not exist, or is still in use.</source>
        <translation>Odwołanie dotyczy rekordu, który nie istnieje lub jest nadal używany.</translation>
    </message>
    <message>
        <source>The values break a rule of the database ({detail}).</source>
        <translation>Wartości naruszają regułę bazy danych ({detail}).</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence files</source>
        <translation>Pliki potwierdzające</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Pliki</translation>
    </message>
    <message>
        <source>No evidence yet. Add the files that prove this value: a scan of a register, a spreadsheet extract, a signed statement (up to {limit} MB each).</source>
        <translation>Brak dowodów. Dodaj pliki potwierdzające tę wartość: skan rejestru, wyciąg z arkusza, podpisane oświadczenie (maks. {limit} MB każdy).</translation>
    </message>
    <message>
        <source>This measurement has been deleted. Undo the delete (Ctrl+Z) to see its evidence.</source>
        <translation>Ten pomiar został usunięty. Cofnij usunięcie (Ctrl+Z), aby zobaczyć jego dowody.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Dodaj pliki…</translation>
    </message>
    <message>
        <source>Add evidence files to this measurement (Insert)</source>
        <translation>Dodaj pliki potwierdzające do tego pomiaru (Insert)</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Zapisz kopię…</translation>
    </message>
    <message>
        <source>Write a copy of the selected file to a folder</source>
        <translation>Zapisz kopię zaznaczonego pliku w folderze</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Remove the selected files (Delete); you can undo this with Ctrl+Z</source>
        <translation>Usuń zaznaczone pliki (Delete); możesz to cofnąć za pomocą Ctrl+Z</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Dodaj pliki potwierdzające</translation>
    </message>
    <message>
        <source>All files (*);;Documents (*.pdf *.docx *.doc *.odt *.xlsx *.xls *.ods *.csv *.txt);;Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Wszystkie pliki (*);;Dokumenty (*.pdf *.docx *.doc *.odt *.xlsx *.xls *.ods *.csv *.txt);;Obrazy (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Add evidence {name}</source>
        <translation>Dodaj dowód {name}</translation>
    </message>
    <message>
        <source>Add {count} evidence files</source>
        <translation>Dodaj pliki potwierdzające ({count})</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>Zapisz kopię pliku {name}</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Zapisz kopię</translation>
    </message>
    <message>
        <source>Remove evidence files</source>
        <translation>Usuń pliki potwierdzające</translation>
    </message>
    <message>
        <source>Remove evidence {name}</source>
        <translation>Usuń dowód {name}</translation>
    </message>
    <message>
        <source>Remove {count} evidence files</source>
        <translation>Usuń pliki potwierdzające ({count})</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <source>Start a new lagdesk file</source>
        <translation>Utwórz nowy plik lagdesk</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open another lagdesk file</source>
        <translation>Otwórz inny plik lagdesk</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Otwórz o&amp;statnie</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>&amp;Utwórz kopię zapasową…</translation>
    </message>
    <message>
        <source>Save a copy of this file, for example on a USB stick</source>
        <translation>Zapisz kopię tego pliku, na przykład na pendrivie</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>Put one of this file&apos;s automatic backups in its place</source>
        <translation>Wstaw w miejsce tego pliku jedną z jego automatycznych kopii zapasowych</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Us&amp;tawienia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>New lagdesk file</source>
        <translation>Nowy plik lagdesk</translation>
    </message>
    <message>
        <source>New file.sqlite</source>
        <translation>Nowy plik.sqlite</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or use File &gt; Open to open it.</source>
        <translation>{path} już istnieje. Wybierz inną nazwę lub użyj polecenia Plik &gt; Otwórz, aby go otworzyć.</translation>
    </message>
    <message>
        <source>Open lagdesk file</source>
        <translation>Otwórz plik lagdesk</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Otwórz ostatnie</translation>
    </message>
    <message>
        <source>{path} no longer exists, so it was removed from the list.</source>
        <translation>Plik {path} już nie istnieje, dlatego usunięto go z listy.</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Wyczyść listę</translation>
    </message>
    <message>
        <source>lagdesk files (*.sqlite *.db)</source>
        <translation>Pliki lagdesk (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>Utwórz kopię zapasową</translation>
    </message>
    <message>
        <source>Making a backup copy of {name}…</source>
        <translation>Tworzenie kopii zapasowej pliku {name}…</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>Zapisano kopię zapasową w {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Nie udało się utworzyć kopii zapasowej</translation>
    </message>
</context>
<context>
    <name>FileHealth</name>
    <message>
        <source>Read-only: changes cannot be saved here</source>
        <translation>Tylko do odczytu: zmian nie można tu zapisać</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Zapisz kopię jako…</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}). Restore from a backup (File → Restore from backup…) or run lagdesk recover --db {path} --out NEW_FILE to save what can still be read.</source>
        <translation>Plik {path} jest uszkodzony ({problem}). Przywróć go z kopii zapasowej (Plik → Przywróć z kopii zapasowej…) albo uruchom lagdesk recover --db {path} --out NOWY_PLIK, aby ocalić to, co da się jeszcze odczytać.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Zapisz kopię jako</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Kopia nie została zapisana</translation>
    </message>
    <message>
        <source>The copy {path} is now open.</source>
        <translation>Kopia {path} jest teraz otwarta.</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Files of the meeting</source>
        <translation>Pliki spotkania</translation>
    </message>
    <message>
        <source>Mark who is shown, so that erasing a person finds their photos</source>
        <translation>Oznacz, kto jest na zdjęciu, aby przy usuwaniu danych osoby można było odnaleźć jej zdjęcia</translation>
    </message>
    <message>
        <source>Add photos and documents; you can also drag files onto this list</source>
        <translation>Dodaj zdjęcia i dokumenty; możesz też przeciągnąć pliki na tę listę</translation>
    </message>
    <message>
        <source>No files yet: add photos and documents, or drag them here.</source>
        <translation>Brak plików: dodaj zdjęcia i dokumenty lub przeciągnij je tutaj.</translation>
    </message>
    <message>
        <source>Select a file to see it here.</source>
        <translation>Zaznacz plik, aby go tu zobaczyć.</translation>
    </message>
    <message>
        <source>{name}
{kind} · {size} · added on {added}</source>
        <translation>{name}
{kind} · {size} · dodano {added}</translation>
    </message>
    <message>
        <source>Taken on {date}</source>
        <translation>Wykonano {date}</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use Open to see it.</source>
        <translation>Brak podglądu dla tego rodzaju pliku. Użyj przycisku Otwórz, aby go zobaczyć.</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Nie można wyświetlić tego obrazu.</translation>
    </message>
    <message>
        <source>People in this photo: {names}</source>
        <translation>Osoby na tym zdjęciu: {names}</translation>
    </message>
    <message>
        <source>Nobody is marked in this photo.</source>
        <translation>Na tym zdjęciu nikogo nie oznaczono.</translation>
    </message>
    <message>
        <source>Add a signed attendance list</source>
        <translation>Dodaj podpisaną listę obecności</translation>
    </message>
    <message>
        <source>Add files to the meeting</source>
        <translation>Dodaj pliki do spotkania</translation>
    </message>
    <message>
        <source>All files (*);;Photos (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff);;Documents (*.pdf *.docx *.doc *.odt *.xlsx *.ods *.pptx *.txt)</source>
        <translation>Wszystkie pliki (*);;Zdjęcia (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff);;Dokumenty (*.pdf *.docx *.doc *.odt *.xlsx *.ods *.pptx *.txt)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dodaj pliki</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Dodaj {name}</translation>
    </message>
    <message numerus="yes">
        <source>Add %n files</source>
        <translation>
            <numerusform>Dodaj %n plik</numerusform>
            <numerusform>Dodaj %n pliki</numerusform>
            <numerusform>Dodaj %n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>Change file</source>
        <translation>Zmień plik</translation>
    </message>
    <message>
        <source>Mark {name} publishable</source>
        <translation>Oznacz {name} jako do publikacji</translation>
    </message>
    <message>
        <source>Untick consent of {name}</source>
        <translation>Odznacz zgodę dla {name}</translation>
    </message>
    <message>
        <source>Edit the caption of {name}</source>
        <translation>Edytuj podpis pliku {name}</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Zmień {name}</translation>
    </message>
    <message>
        <source>People in this photo</source>
        <translation>Osoby na tym zdjęciu</translation>
    </message>
    <message>
        <source>Mark the people in {name}</source>
        <translation>Oznacz osoby na zdjęciu {name}</translation>
    </message>
    <message>
        <source>Save {name} as</source>
        <translation>Zapisz {name} jako</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Zapisz jako</translation>
    </message>
    <message>
        <source>Saved {name} to {path}</source>
        <translation>Zapisano {name} w {path}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>People in this photo…</source>
        <translation>Osoby na tym zdjęciu…</translation>
    </message>
    <message>
        <source>Open a copy with the program your system uses (Enter in the list)</source>
        <translation>Otwórz kopię w programie domyślnym systemu (Enter na liście)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Save a copy of the file (Ctrl+Shift+S)</source>
        <translation>Zapisz kopię pliku (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>&amp;Dodaj pliki…</translation>
    </message>
    <message>
        <source>Add signed attendance list…</source>
        <translation>Dodaj podpisaną listę obecności…</translation>
    </message>
    <message>
        <source>Delete the selected files (Delete in the list)</source>
        <translation>Usuń zaznaczone pliki (Delete na liście)</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. Use Save as… and open it from the folder.</source>
        <translation>Na tym komputerze nie ma programu, który otwiera plik {name}. Użyj polecenia Zapisz jako… i otwórz go z folderu.</translation>
    </message>
    <message>
        <source>Opened a copy of {name}; changes to it are not stored in lagdesk.</source>
        <translation>Otwarto kopię pliku {name}; wprowadzone w niej zmiany nie zostaną zapisane w lagdesk.</translation>
    </message>
    <message>
        <source>Delete {name} from this meeting?</source>
        <translation>Usunąć plik {name} z tego spotkania?</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Usuń {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n files from this meeting?</source>
        <translation>
            <numerusform>Usunąć %n plik z tego spotkania?</numerusform>
            <numerusform>Usunąć te %n pliki z tego spotkania?</numerusform>
            <numerusform>Usunąć tych %n plików z tego spotkania?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n files</source>
        <translation>
            <numerusform>Usuń %n plik</numerusform>
            <numerusform>Usuń %n pliki</numerusform>
            <numerusform>Usuń %n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>{question} You can undo this with Edit &gt; Undo.</source>
        <translation>{question} Możesz to cofnąć poleceniem Edycja &gt; Cofnij.</translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>Usuń pliki</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Other</source>
        <translation>Inna częstotliwość</translation>
    </message>
</context>
<context>
    <name>FundingSource</name>
    <message>
        <source>Other</source>
        <translation>Inne źródło</translation>
    </message>
</context>
<context>
    <name>FundingTab</name>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Funding l&amp;ines (F2 edits an amount):</source>
        <translation>Po&amp;zycje finansowania (F2 edytuje kwotę):</translation>
    </message>
    <message>
        <source>&amp;Add funding line</source>
        <translation>&amp;Dodaj pozycję finansowania</translation>
    </message>
    <message>
        <source>&amp;Remove funding line</source>
        <translation>&amp;Usuń pozycję finansowania</translation>
    </message>
    <message>
        <source>funding amount</source>
        <translation>kwota finansowania</translation>
    </message>
    <message>
        <source>the amount “{text}” is not a number.</source>
        <translation>kwota „{text}” nie jest liczbą.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <source>Estimated cost {cost} · funding lines {funded}
Secured {secured} ({share} of the cost) · applied {applied} · potential {potential}
Funding gap (cost − secured) {gap}</source>
        <translation>Szacowany koszt {cost} · pozycje finansowania {funded}
Zabezpieczone {secured} ({share} kosztu) · wnioskowane {applied} · potencjalne {potential}
Luka finansowa (koszt − zabezpieczone) {gap}</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Opi&amp;s:</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Rodza&amp;j:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>Zaa&amp;wansowanie:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>Począt&amp;ek:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Ko&amp;niec:</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Szacowany koszt</translation>
    </message>
    <message>
        <source>Estimated &amp;cost:</source>
        <translation>S&amp;zacowany koszt:</translation>
    </message>
    <message>
        <source>E&amp;xpected result:</source>
        <translation>Oczekiwany rez&amp;ultat:</translation>
    </message>
    <message>
        <source>O&amp;utputs:</source>
        <translation>Pro&amp;dukty:</translation>
    </message>
    <message>
        <source>Ge&amp;nder</source>
        <translation>&amp;Równość płci</translation>
    </message>
    <message>
        <source>G&amp;reen</source>
        <translation>Zie&amp;lone</translation>
    </message>
    <message>
        <source>D&amp;igital</source>
        <translation>C&amp;yfrowe</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tagi:</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Oddzielone przecinkami</translation>
    </message>
    <message>
        <source>Ot&amp;her tags:</source>
        <translation>&amp;Inne tagi:</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nie oceniono</translation>
    </message>
    <message>
        <source>01: the action targets gender equality; 02: gender equality is mainstreamed in it; 03: it is gender neutral.</source>
        <translation>01: działanie jest ukierunkowane na równość płci; 02: równość płci jest w nim uwzględniana horyzontalnie; 03: jest neutralne pod względem płci.</translation>
    </message>
    <message>
        <source>EU gender di&amp;mension:</source>
        <translation>Wy&amp;miar płci (UE):</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>szacowany koszt</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>„{text}” nie jest kwotą.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Nowa grupa</translation>
    </message>
    <message>
        <source>{name} — group</source>
        <translation>{name} — grupa</translation>
    </message>
    <message>
        <source>for example: Working group on social clauses</source>
        <translation>na przykład: Grupa robocza ds. klauzul społecznych</translation>
    </message>
    <message>
        <source>(none: a top-level group)</source>
        <translation>(brak: grupa najwyższego poziomu)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Część grupy:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>Człon&amp;kowie</translation>
    </message>
</context>
<context>
    <name>GroupKind</name>
    <message>
        <source>Other</source>
        <translation>Inny rodzaj</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nowa grupa…</translation>
    </message>
    <message>
        <source>Ed&amp;it group…</source>
        <translation>&amp;Edytuj grupę…</translation>
    </message>
    <message>
        <source>&amp;Delete group</source>
        <translation>&amp;Usuń grupę</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Make-up of the group today</source>
        <translation>Obecny skład grupy</translation>
    </message>
    <message>
        <source>Members of {group}</source>
        <translation>Członkowie grupy {group}</translation>
    </message>
    <message>
        <source>Add group {name}</source>
        <translation>Dodaj grupę {name}</translation>
    </message>
    <message>
        <source>Edit group {name}</source>
        <translation>Edytuj grupę {name}</translation>
    </message>
    <message>
        <source>Group {name} saved.</source>
        <translation>Zapisano grupę {name}.</translation>
    </message>
    <message>
        <source>End the membership of {name}</source>
        <translation>Zakończ członkostwo: {name}</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Usuń grupę</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete group {name}</source>
        <translation>Usuń grupę {name}</translation>
    </message>
</context>
<context>
    <name>Iap</name>
    <message>
        <source>the Integrated Action Plan to a .docx, .pdf or .html file</source>
        <translation>Zintegrowany Plan Działania do pliku .docx, .pdf lub .html</translation>
    </message>
    <message>
        <source>a saved version of the plan (default: the plan as it is now)</source>
        <translation>zapisana wersja planu (domyślnie: plan w obecnym stanie)</translation>
    </message>
    <message>
        <source>show local group members&apos; personal names</source>
        <translation>pokaż imiona i nazwiska członków grupy lokalnej</translation>
    </message>
    <message>
        <source>report date for current values (YYYY-MM-DD; default: today)</source>
        <translation>data raportu dla bieżących wartości (RRRR-MM-DD; domyślnie: dziś)</translation>
    </message>
    <message>
        <source>every chart to its own file in a folder</source>
        <translation>każdy wykres do osobnego pliku w folderze</translation>
    </message>
    <message>
        <source>the folder to write the charts into (created if missing)</source>
        <translation>folder, w którym zostaną zapisane wykresy (zostanie utworzony, jeśli nie istnieje)</translation>
    </message>
    <message>
        <source>file format of the charts (default: png)</source>
        <translation>format plików wykresów (domyślnie: png)</translation>
    </message>
    <message>
        <source>the Excel report: one sheet per subject</source>
        <translation>raport Excel: jeden arkusz na każdy temat</translation>
    </message>
    <message>
        <source>replace personal names and contacts with pseudonyms (P-0001 ...)</source>
        <translation>zastąp imiona, nazwiska i dane kontaktowe pseudonimami (P-0001 ...)</translation>
    </message>
    <message>
        <source>{path}: name the file .docx, .pdf or .html.</source>
        <translation>{path}: nadaj plikowi rozszerzenie .docx, .pdf lub .html.</translation>
    </message>
    <message>
        <source>Integrated Action Plan written to {path} ({pages} pages).</source>
        <translation>Zapisano Zintegrowany Plan Działania w {path} (liczba stron: {pages}).</translation>
    </message>
    <message>
        <source>Integrated Action Plan written to {path}.</source>
        <translation>Zapisano Zintegrowany Plan Działania w {path}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} jest plikiem, a nie folderem.</translation>
    </message>
    <message>
        <source>{done} of {total} charts drawn</source>
        <translation>Narysowano wykresy: {done} z {total}</translation>
    </message>
    <message>
        <source>{count} charts written to {path}.</source>
        <translation>Zapisano wykresy ({count}) w {path}.</translation>
    </message>
    <message>
        <source>Excel report written to {path}: {sheets} sheets, {rows} rows.</source>
        <translation>Zapisano raport Excel w {path}: arkusze: {sheets}, wiersze: {rows}.</translation>
    </message>
    <message>
        <source>No plan version is named “{name}”: the plan has no saved versions.</source>
        <translation>Nie ma wersji planu o nazwie „{name}”: plan nie ma zapisanych wersji.</translation>
    </message>
    <message>
        <source>No plan version is named “{name}”. Saved versions: {names}.</source>
        <translation>Nie ma wersji planu o nazwie „{name}”. Zapisane wersje: {names}.</translation>
    </message>
    <message>
        <source>Version: {name} ({status}, {date})</source>
        <translation>Wersja: {name} ({status}, {date})</translation>
    </message>
    <message>
        <source>Version: the plan as it stands (not a saved version)</source>
        <translation>Wersja: plan w obecnym stanie (niezapisany jako wersja)</translation>
    </message>
    <message>
        <source>Report date: {date}</source>
        <translation>Data raportu: {date}</translation>
    </message>
    <message>
        <source>Integrated Action Plan</source>
        <translation>Zintegrowany Plan Działania</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Spis treści</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Rysunek</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Strategic objectives</source>
        <translation>Cele strategiczne</translation>
    </message>
    <message>
        <source>Specific objectives</source>
        <translation>Cele szczegółowe</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Szacowany koszt</translation>
    </message>
    <message>
        <source>Secured funding</source>
        <translation>Zabezpieczone finansowanie</translation>
    </message>
    <message>
        <source>Funding gap</source>
        <translation>Luka finansowa</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Indicators achieved or on track</source>
        <translation>Wskaźniki osiągnięte lub realizowane zgodnie z planem</translation>
    </message>
    <message>
        <source>Local group members</source>
        <translation>Członkowie grupy lokalnej</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Odbyte spotkania</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Ryzyka</translation>
    </message>
    <message>
        <source>{city} prepared this plan in the {network} network ({programme}).</source>
        <translation>Miasto {city} przygotowało ten plan w ramach sieci {network} ({programme}).</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Temat: {topic}</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Wizja</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Najważniejsze dane</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Cover and executive summary</source>
        <translation>Strona tytułowa i streszczenie</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <source>Problem analysis</source>
        <translation>Analiza problemu</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Wartość bazowa</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>No context, problem analysis or baseline is recorded yet.</source>
        <translation>Nie zapisano jeszcze kontekstu, analizy problemu ani wartości bazowych.</translation>
    </message>
    <message>
        <source>Context and challenge</source>
        <translation>Kontekst i wyzwanie</translation>
    </message>
    <message>
        <source>Local group composition</source>
        <translation>Skład grupy lokalnej</translation>
    </message>
    <message>
        <source>{group}: {count} members on {date}.</source>
        <translation>{group}: liczba członków w dniu {date}: {count}.</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Bez organizacji</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Local group members by sector and gender</source>
        <translation>Członkowie grupy lokalnej według sektora i płci</translation>
    </message>
    <message>
        <source>No local group members are recorded.</source>
        <translation>Nie zapisano żadnych członków grupy lokalnej.</translation>
    </message>
    <message>
        <source>{count} meetings up to {date}, with {present} attendances.</source>
        <translation>Spotkania do dnia {date}: {count}, łączna liczba obecności: {present}.</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Rodzaj spotkania</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>No meetings are recorded.</source>
        <translation>Nie zapisano żadnych spotkań.</translation>
    </message>
    <message>
        <source>Tools used</source>
        <translation>Zastosowane narzędzia</translation>
    </message>
    <message>
        <source>{tool}: {count} meetings</source>
        <translation>{tool}: liczba spotkań: {count}</translation>
    </message>
    <message>
        <source>No participatory tools are recorded.</source>
        <translation>Nie zapisano żadnych narzędzi partycypacyjnych.</translation>
    </message>
    <message>
        <source>Transnational learning</source>
        <translation>Wymiana doświadczeń międzynarodowych</translation>
    </message>
    <message>
        <source>Transnational meeting</source>
        <translation>Spotkanie międzynarodowe</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>No transnational learning is recorded.</source>
        <translation>Nie zapisano żadnej wymiany doświadczeń międzynarodowych.</translation>
    </message>
    <message>
        <source>Participatory process</source>
        <translation>Proces partycypacyjny</translation>
    </message>
    <message>
        <source>No objectives are recorded.</source>
        <translation>Nie zapisano żadnych celów.</translation>
    </message>
    <message>
        <source>Vision and objectives</source>
        <translation>Wizja i cele</translation>
    </message>
    <message>
        <source>Objective tree</source>
        <translation>Drzewo celów</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>{code} {title}</source>
        <translation>{code} {title}</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Oczekiwany rezultat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lider</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Timescale</source>
        <translation>Ramy czasowe</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>No actions are recorded.</source>
        <translation>Nie zapisano żadnych działań.</translation>
    </message>
    <message>
        <source>No actions are recorded, so there is no timeline.</source>
        <translation>Nie zapisano żadnych działań, więc nie ma harmonogramu.</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Wdrażanie</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <source>Timeline of the actions</source>
        <translation>Harmonogram działań</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Odpowiedzialność</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Osiągnięty</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Kamienie milowe</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Kamień milowy</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>No milestones are recorded.</source>
        <translation>Nie zapisano żadnych kamieni milowych.</translation>
    </message>
    <message>
        <source>Resourcing</source>
        <translation>Zasoby</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Zabezpieczone</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Wnioskowane</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potencjalne</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Luka</translation>
    </message>
    <message>
        <source>Secured share</source>
        <translation>Udział zabezpieczony</translation>
    </message>
    <message>
        <source>Cost and funding per action</source>
        <translation>Koszt i finansowanie według działań</translation>
    </message>
    <message>
        <source>Funding by source</source>
        <translation>Finansowanie według źródła</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Funding by source and status</source>
        <translation>Finansowanie według źródła i statusu</translation>
    </message>
    <message>
        <source>No funding lines are recorded.</source>
        <translation>Nie zapisano żadnych pozycji finansowania.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorowanie</translation>
    </message>
    <message>
        <source>No indicators are recorded.</source>
        <translation>Nie zapisano żadnych wskaźników.</translation>
    </message>
    <message>
        <source>{code} {name}</source>
        <translation>{code} {name}</translation>
    </message>
    <message>
        <source>Indicators by status</source>
        <translation>Wskaźniki według stanu</translation>
    </message>
    <message>
        <source>Results framework</source>
        <translation>Ramy rezultatów</translation>
    </message>
    <message>
        <source>Current values and statuses as of {date}.</source>
        <translation>Bieżące wartości i stany na dzień {date}.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Częstotliwość</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Bieżąca wartość</translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation>Wykresy postępu</translation>
    </message>
    <message>
        <source>Progress charts of {count} more indicators are left out here; the chart export draws every one.</source>
        <translation>Pominięto tu wykresy postępu kolejnych wskaźników ({count}); eksport wykresów rysuje wszystkie.</translation>
    </message>
    <message>
        <source>No risks are recorded.</source>
        <translation>Nie zapisano żadnych ryzyk.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ryzyko</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Prawdopodo­bieństwo</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Skutek</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Działania zaradcze</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Likelihood \ impact</source>
        <translation>Prawdopodobieństwo \ skutek</translation>
    </message>
    <message>
        <source>Open and mitigated risks by likelihood (rows) and impact (columns)</source>
        <translation>Ryzyka otwarte i ograniczone według prawdopodobieństwa (wiersze) i skutku (kolumny)</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Rejestr ryzyk</translation>
    </message>
    <message>
        <source>Likelihood and impact</source>
        <translation>Prawdopodobieństwo i skutek</translation>
    </message>
    <message>
        <source>Meetings and attendance</source>
        <translation>Spotkania i obecność</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Zaproszeni</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Members are listed by organisation and role, without personal names.</source>
        <translation>Członkowie są wymienieni według organizacji i roli, bez imion i nazwisk.</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Załączniki</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Unknown choice for a row: {choice}.</source>
        <translation>Nieznany wybór dla wiersza: {choice}.</translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation>kolumna {letter}</translation>
    </message>
    <message>
        <source>this is a spreadsheet workbook, not a CSV file; rename it to .xlsx.</source>
        <translation>to jest skoroszyt arkusza kalkulacyjnego, a nie plik CSV; zmień jego rozszerzenie na .xlsx.</translation>
    </message>
    <message>
        <source>this is not a text (CSV) file.</source>
        <translation>to nie jest plik tekstowy (CSV).</translation>
    </message>
    <message>
        <source>row {row} holds a NUL character (a zero byte), which no text (CSV) file has; the file is damaged or is not a CSV file. Open it in a spreadsheet program and save it as CSV UTF-8.</source>
        <translation>wiersz {row} zawiera znak NUL (bajt zerowy), którego nie ma żaden plik tekstowy (CSV); plik jest uszkodzony albo nie jest plikiem CSV. Otwórz go w arkuszu kalkulacyjnym i zapisz jako CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not an encoding lagdesk knows.</source>
        <translation>{name} nie jest kodowaniem znanym programowi lagdesk.</translation>
    </message>
    <message>
        <source>lagdesk cannot tell the text encoding of this file; save it as CSV UTF-8.</source>
        <translation>lagdesk nie może rozpoznać kodowania tekstu tego pliku; zapisz go jako CSV UTF-8.</translation>
    </message>
    <message>
        <source>line {line} is not valid {encoding} text; choose the file&apos;s encoding or save it as CSV UTF-8.</source>
        <translation>wiersz {line} nie jest poprawnym tekstem w kodowaniu {encoding}; wybierz kodowanie pliku lub zapisz go jako CSV UTF-8.</translation>
    </message>
    <message>
        <source>row {row} cannot be read as CSV ({detail}).</source>
        <translation>nie można odczytać wiersza {row} jako CSV ({detail}).</translation>
    </message>
    <message>
        <source>{organisation} is stored with the sector {sector}; the file&apos;s sector is not applied to it.</source>
        <translation>{organisation} jest zapisana z sektorem {sector}; sektor podany w pliku nie zostanie zastosowany.</translation>
    </message>
    <message>
        <source>row {row} gives {organisation} the sector {sector}; that one is used.</source>
        <translation>wiersz {row} przypisuje organizacji {organisation} sektor {sector}; ten sektor zostanie użyty.</translation>
    </message>
    <message>
        <source>{organisation} is a new organisation: give its sector (public, private, civic or knowledge).</source>
        <translation>{organisation} to nowa organizacja: podaj jej sektor (publiczny, prywatny, społeczny lub nauka).</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>ten sam e-mail</translation>
    </message>
    <message>
        <source>same first name, last name and organisation</source>
        <translation>to samo imię, nazwisko i organizacja</translation>
    </message>
    <message>
        <source>same first name and last name</source>
        <translation>to samo imię i nazwisko</translation>
    </message>
    <message>
        <source>{reason} as row {row}</source>
        <translation>{reason} co w wierszu {row}</translation>
    </message>
    <message>
        <source>no column holds the last name (a header such as “Last name” or “Surname”); the columns are: {columns}.</source>
        <translation>żadna kolumna nie zawiera nazwiska (nagłówek taki jak „Nazwisko” lub „Last name”); kolumny to: {columns}.</translation>
    </message>
    <message>
        <source>the column choice names {name}, which is not a column of the file or a field lagdesk imports, or is chosen twice.</source>
        <translation>wybór kolumn wskazuje {name}, która nie jest kolumną pliku ani polem importowanym przez lagdesk albo została wybrana dwukrotnie.</translation>
    </message>
    <message>
        <source>give both power and interest, or neither.</source>
        <translation>podaj zarówno wpływ, jak i zainteresowanie, albo żadne z nich.</translation>
    </message>
    <message>
        <source>the file has no rows.</source>
        <translation>plik nie zawiera wierszy.</translation>
    </message>
    <message>
        <source>the file has a header row but no people below it.</source>
        <translation>plik ma wiersz nagłówka, ale pod nim nie ma żadnych osób.</translation>
    </message>
    <message>
        <source>the file has more than {limit} rows; split it into smaller files.</source>
        <translation>plik ma więcej niż {limit} wierszy; podziel go na mniejsze pliki.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>to jest folder, a nie plik.</translation>
    </message>
    <message>
        <source>no such file.</source>
        <translation>nie ma takiego pliku.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>plik jest pusty.</translation>
    </message>
    <message>
        <source>lagdesk imports .xlsx and .csv files; save the file in one of these formats.</source>
        <translation>lagdesk importuje pliki .xlsx i .csv; zapisz plik w jednym z tych formatów.</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit}.</source>
        <translation>tekst ma {length} znaków; dopuszczalne maksimum to {limit}.</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} nie jest żadną z wartości: {choices}.</translation>
    </message>
    <message>
        <source>{value} is not a whole number from 1 to 5.</source>
        <translation>{value} nie jest liczbą całkowitą od 1 do 5.</translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete; open it in Excel or LibreOffice and save it again.</source>
        <translation>skoroszyt jest uszkodzony lub niekompletny; otwórz go w Excelu lub LibreOffice i zapisz ponownie.</translation>
    </message>
    <message>
        <source>the workbook is saved in a form lagdesk cannot read; open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook).</source>
        <translation>skoroszyt jest zapisany w postaci, której lagdesk nie potrafi odczytać; otwórz go w Excelu lub LibreOffice i zapisz jako .xlsx (Skoroszyt programu Excel).</translation>
    </message>
    <message>
        <source>the workbook is protected with a password; open it, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>skoroszyt jest chroniony hasłem; otwórz go, usuń hasło (Plik &gt; Informacje &gt; Chroń skoroszyt) i zapisz ponownie.</translation>
    </message>
    <message>
        <source>this is an old .xls workbook; save it as .xlsx (Excel Workbook).</source>
        <translation>to jest stary skoroszyt .xls; zapisz go jako .xlsx (Skoroszyt programu Excel).</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx).</source>
        <translation>to nie jest skoroszyt programu Excel (.xlsx).</translation>
    </message>
    <message>
        <source>this is a Word document, not an Excel workbook.</source>
        <translation>to jest dokument Word, a nie skoroszyt programu Excel.</translation>
    </message>
    <message>
        <source>this is an OpenDocument file; save it as .xlsx (Excel 2007-365).</source>
        <translation>to jest plik OpenDocument; zapisz go jako .xlsx (Excel 2007-365).</translation>
    </message>
    <message>
        <source>the cell holds a formula ({formula}); lagdesk does not calculate formulas. Copy the column and paste it as values.</source>
        <translation>komórka zawiera formułę ({formula}); lagdesk nie oblicza formuł. Skopiuj kolumnę i wklej ją jako wartości.</translation>
    </message>
    <message>
        <source>the cell shows the error {error}.</source>
        <translation>komórka zawiera błąd {error}.</translation>
    </message>
    <message>
        <source>the workbook has no sheets.</source>
        <translation>skoroszyt nie zawiera arkuszy.</translation>
    </message>
    <message>
        <source>the workbook has no sheet named {sheet}; its sheets are: {names}.</source>
        <translation>skoroszyt nie zawiera arkusza o nazwie {sheet}; jego arkusze to: {names}.</translation>
    </message>
    <message>
        <source>the chosen sheet is a chart, not a table.</source>
        <translation>wybrany arkusz jest wykresem, a nie tabelą.</translation>
    </message>
    <message>
        <source>people, their organisations and groups from an .xlsx or .csv file</source>
        <translation>osoby, ich organizacje i grupy z pliku .xlsx lub .csv</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>sprawdź i wyświetl raport, niczego nie zapisuj</translation>
    </message>
    <message>
        <source>what to do with a row for someone already known (default: skip)</source>
        <translation>co zrobić z wierszem dotyczącym osoby już znanej (domyślnie: pomiń)</translation>
    </message>
    <message>
        <source>import the valid rows, leave the others</source>
        <translation>zaimportuj poprawne wiersze, pozostałe pomiń</translation>
    </message>
    <message>
        <source>text encoding of a CSV file</source>
        <translation>kodowanie tekstu pliku CSV</translation>
    </message>
    <message>
        <source>sheet of a workbook to read</source>
        <translation>arkusz skoroszytu do odczytania</translation>
    </message>
    <message>
        <source>people and organisations to an .xlsx workbook</source>
        <translation>osoby i organizacje do skoroszytu .xlsx</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>separator {separator}</source>
        <translation>separator {separator}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>arkusz {sheet}</translation>
    </message>
    <message>
        <source>{file}: {rows} rows read ({details}).</source>
        <translation>{file}: odczytano wiersze: {rows} ({details}).</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}.</source>
        <translation>Pominięte kolumny: {columns}.</translation>
    </message>
    <message>
        <source>New people: {new}. Already known: {existing} ({unchanged} unchanged). Repeated in the file: {repeated}. Invalid: {invalid}.</source>
        <translation>Nowe osoby: {new}. Już znane: {existing} (bez zmian: {unchanged}). Powtórzone w pliku: {repeated}. Niepoprawne: {invalid}.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Uwaga: {warning}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. The import would give:</source>
        <translation>Próba na sucho: niczego nie zapisano. Import dałby następujący wynik:</translation>
    </message>
    <message>
        <source>Created: {created}. Updated: {updated}. Unchanged: {unchanged}. Skipped: {skipped}. Rejected: {rejected}.</source>
        <translation>Utworzono: {created}. Zaktualizowano: {updated}. Bez zmian: {unchanged}. Pominięto: {skipped}. Odrzucono: {rejected}.</translation>
    </message>
    <message>
        <source>New organisations: {organisations}. New groups: {groups}.</source>
        <translation>Nowe organizacje: {organisations}. Nowe grupy: {groups}.</translation>
    </message>
    <message>
        <source>Rejected: {problem}</source>
        <translation>Odrzucono: {problem}</translation>
    </message>
    <message>
        <source>lagdesk: {rows} row(s) refused; nothing was imported. Correct the file, or add --skip-invalid to import the other rows.</source>
        <translation>lagdesk: odrzucono wiersze ({rows}); niczego nie zaimportowano. Popraw plik lub dodaj --skip-invalid, aby zaimportować pozostałe wiersze.</translation>
    </message>
    <message>
        <source>{people} people and {organisations} organisations written to {path}.</source>
        <translation>Zapisano osoby ({people}) i organizacje ({organisations}) w {path}.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Wpływ</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zainteresowanie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Columns of the file</source>
        <translation>Kolumny pliku</translation>
    </message>
    <message>
        <source>Apply to &amp;all</source>
        <translation>Zastosuj do &amp;wszystkich</translation>
    </message>
    <message>
        <source>For every person already known:</source>
        <translation>Dla każdej osoby już znanej:</translation>
    </message>
    <message>
        <source>Choose a row and press F2 (or double-click) to change what is done with it.</source>
        <translation>Wybierz wiersz i naciśnij F2 (lub kliknij dwukrotnie), aby zmienić sposób jego obsługi.</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems</source>
        <translation>Po&amp;miń wiersze z problemami</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Import people from {file}</source>
        <translation>Importuj osoby z pliku {file}</translation>
    </message>
    <message>
        <source>{file}: {count} rows below the header in row {header}.</source>
        <translation>{file}: liczba wierszy pod nagłówkiem w wierszu {header}: {count}.</translation>
    </message>
    <message>
        <source>Text encoding: {encoding}.</source>
        <translation>Kodowanie tekstu: {encoding}.</translation>
    </message>
    <message>
        <source>Sheet: {sheet}.</source>
        <translation>Arkusz: {sheet}.</translation>
    </message>
    <message>
        <source>&amp;Problems ({count})</source>
        <translation>&amp;Problemy ({count})</translation>
    </message>
    <message>
        <source>Already &amp;known ({count})</source>
        <translation>Już &amp;znane ({count})</translation>
    </message>
    <message>
        <source>All &amp;rows ({count})</source>
        <translation>Wszystkie wie&amp;rsze ({count})</translation>
    </message>
    <message>
        <source>Choose the column that holds the last name.</source>
        <translation>Wybierz kolumnę zawierającą nazwisko.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nie importować)</translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>Nie importowane: {columns}.</translation>
    </message>
    <message>
        <source>Reading the file again with these columns…</source>
        <translation>Ponowne odczytywanie pliku z tymi kolumnami…</translation>
    </message>
    <message>
        <source>Rows: {count}</source>
        <translation>Wiersze: {count}</translation>
    </message>
    <message>
        <source>new people: {count}</source>
        <translation>nowe osoby: {count}</translation>
    </message>
    <message>
        <source>already in the register: {count} (with changes: {changed})</source>
        <translation>już w rejestrze: {count} (ze zmianami: {changed})</translation>
    </message>
    <message>
        <source>repeating an earlier row: {count}</source>
        <translation>powtórzenia wcześniejszego wiersza: {count}</translation>
    </message>
    <message>
        <source>with problems: {count}</source>
        <translation>z problemami: {count}</translation>
    </message>
    <message>
        <source>new organisations: {count}</source>
        <translation>nowe organizacje: {count}</translation>
    </message>
    <message>
        <source>new groups: {count}</source>
        <translation>nowe grupy: {count}</translation>
    </message>
    <message>
        <source>Some rows have problems: correct the file, or skip those rows.</source>
        <translation>Niektóre wiersze zawierają problemy: popraw plik lub pomiń te wiersze.</translation>
    </message>
</context>
<context>
    <name>IndicatorActions</name>
    <message>
        <source>New indicator {code}</source>
        <translation>Nowy wskaźnik {code}</translation>
    </message>
    <message>
        <source>Edit indicator {code}</source>
        <translation>Edytuj wskaźnik {code}</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Usuń wskaźnik</translation>
    </message>
    <message>
        <source>Delete indicator {code} “{name}” and its {count} measurements? You can undo this with Ctrl+Z.</source>
        <translation>Usunąć wskaźnik {code} „{name}” i jego pomiary (liczba: {count})? Możesz to cofnąć za pomocą Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete indicator {code}</source>
        <translation>Usuń wskaźnik {code}</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>Nowy wskaźnik</translation>
    </message>
    <message>
        <source>Indicator {code}</source>
        <translation>Wskaźnik {code}</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Ogólne</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Wartości</translation>
    </message>
    <message>
        <source>C&amp;ollection</source>
        <translation>&amp;Zbieranie danych</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>&amp;Powiązania</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>optional, e.g. RCO 83 or RCR 79</source>
        <translation>opcjonalnie, np. RCO 83 lub RCR 79</translation>
    </message>
    <message>
        <source>&amp;EU common indicator:</source>
        <translation>Wspólny wskaźnik &amp;UE:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definicja:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Poz&amp;iom:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Jednostka:</translation>
    </message>
    <message>
        <source>Whether a rising or a falling value is good</source>
        <translation>Czy korzystny jest wzrost, czy spadek wartości</translation>
    </message>
    <message>
        <source>&amp;Polarity:</source>
        <translation>Kie&amp;runek:</translation>
    </message>
    <message>
        <source>Cumulative: measurements add up to the baseline. Latest: the last measurement is the value.</source>
        <translation>Narastająco: pomiary sumują się z wartością bazową. Ostatnia wartość: wartością jest ostatni pomiar.</translation>
    </message>
    <message>
        <source>&amp;Accumulation:</source>
        <translation>&amp;Sposób agregacji:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Pochodzenie:</translation>
    </message>
    <message>
        <source>&amp;Baseline value:</source>
        <translation>Wartość &amp;bazowa:</translation>
    </message>
    <message>
        <source>Baseline &amp;date:</source>
        <translation>Da&amp;ta wartości bazowej:</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Kamienie milowe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Add m&amp;ilestone</source>
        <translation>Dodaj kamień m&amp;ilowy</translation>
    </message>
    <message>
        <source>&amp;Remove milestone</source>
        <translation>&amp;Usuń kamień milowy</translation>
    </message>
    <message>
        <source>&amp;Target value:</source>
        <translation>Wartość &amp;docelowa:</translation>
    </message>
    <message>
        <source>Target dat&amp;e:</source>
        <translation>Data wartości docelow&amp;ej:</translation>
    </message>
    <message>
        <source>Data so&amp;urce:</source>
        <translation>Ź&amp;ródło danych:</translation>
    </message>
    <message>
        <source>Collection &amp;method:</source>
        <translation>&amp;Metoda zbierania danych:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Częstotliwość:</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Wpisz imię i nazwisko</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Odpowiedzi&amp;alny:</translation>
    </message>
    <message>
        <source>Disaggregation (&amp;breakdown):</source>
        <translation>Dezagre&amp;gacja (podział):</translation>
    </message>
    <message>
        <source>Linked o&amp;bjectives</source>
        <translation>Powiązane &amp;cele</translation>
    </message>
    <message>
        <source>Linked ac&amp;tions</source>
        <translation>Powiązane &amp;działania</translation>
    </message>
    <message>
        <source>Filter by code or title</source>
        <translation>Filtruj według kodu lub tytułu</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Filtruj działania</translation>
    </message>
    <message>
        <source>Only &amp;linked</source>
        <translation>&amp;Tylko powiązane</translation>
    </message>
    <message>
        <source>From the procurement indicator library; you may change any field.</source>
        <translation>Z biblioteki wskaźników zamówień publicznych; każde pole można zmienić.</translation>
    </message>
    <message>
        <source>Your own indicator.</source>
        <translation>Własny wskaźnik.</translation>
    </message>
    <message>
        <source>{count} of {total} actions linked</source>
        <translation>Powiązane działania: {count} z {total}</translation>
    </message>
    <message>
        <source>Milestone date</source>
        <translation>Data kamienia milowego</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}” nie jest liczbą.</translation>
    </message>
    <message>
        <source>Milestone {row}: “{text}” is not a number.</source>
        <translation>Kamień milowy {row}: „{text}” nie jest liczbą.</translation>
    </message>
    <message>
        <source>milestone value</source>
        <translation>wartość kamienia milowego</translation>
    </message>
    <message>
        <source>There is no person named “{name}”.</source>
        <translation>Nie ma osoby o nazwisku „{name}”.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>odpowiedzialny</translation>
    </message>
    <message>
        <source>Indicator not saved</source>
        <translation>Nie zapisano wskaźnika</translation>
    </message>
</context>
<context>
    <name>IndicatorFilters</name>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Filtr:</translation>
    </message>
    <message>
        <source>Code or name contains…</source>
        <translation>Kod lub nazwa zawiera…</translation>
    </message>
    <message>
        <source>Filter indicators</source>
        <translation>Filtruj wskaźniki</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>P&amp;okaż:</translation>
    </message>
    <message>
        <source>Library: preloaded procurement indicators; own: those you added</source>
        <translation>Biblioteka: wskaźniki zamówień wczytane wcześniej; własne: te, które dodano</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteka</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Własne</translation>
    </message>
</context>
<context>
    <name>IndicatorLibrary</name>
    <message>
        <source>Contracts above EUR 10 000 with green clauses (share by number)</source>
        <translation>Umowy powyżej 10 000 EUR z klauzulami środowiskowymi (udział liczbowy)</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 signed in the period that contain at least one green clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Umowy o wartości powyżej 10 000 EUR zawarte w danym okresie, które zawierają co najmniej jedną klauzulę środowiskową w opisie przedmiotu zamówienia, warunkach udziału, kryteriach oceny ofert lub warunkach umowy, jako odsetek wszystkich umów powyżej 10 000 EUR zawartych w tym okresie.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with green clauses (share by value)</source>
        <translation>Umowy powyżej 10 000 EUR z klauzulami środowiskowymi (udział wartościowy)</translation>
    </message>
    <message>
        <source>Value of the contracts above EUR 10 000 with at least one green clause (specification, selection, award or contract conditions) as a percentage of the value of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Wartość umów powyżej 10 000 EUR zawierających co najmniej jedną klauzulę środowiskową (opis przedmiotu zamówienia, warunki udziału, kryteria oceny ofert lub warunki umowy) jako odsetek wartości wszystkich umów powyżej 10 000 EUR zawartych w danym okresie.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with social clauses (share by number)</source>
        <translation>Umowy powyżej 10 000 EUR z klauzulami społecznymi (udział liczbowy)</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 signed in the period that contain at least one social clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Umowy o wartości powyżej 10 000 EUR zawarte w danym okresie, które zawierają co najmniej jedną klauzulę społeczną w opisie przedmiotu zamówienia, warunkach udziału, kryteriach oceny ofert lub warunkach umowy, jako odsetek wszystkich umów powyżej 10 000 EUR zawartych w tym okresie.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with social clauses (share by value)</source>
        <translation>Umowy powyżej 10 000 EUR z klauzulami społecznymi (udział wartościowy)</translation>
    </message>
    <message>
        <source>Value of the contracts above EUR 10 000 with at least one social clause as a percentage of the value of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Wartość umów powyżej 10 000 EUR zawierających co najmniej jedną klauzulę społeczną jako odsetek wartości wszystkich umów powyżej 10 000 EUR zawartych w danym okresie.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with gender clauses (share by number)</source>
        <translation>Umowy powyżej 10 000 EUR z klauzulami równości płci (udział liczbowy)</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 signed in the period that contain at least one gender-equality clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Umowy o wartości powyżej 10 000 EUR zawarte w danym okresie, które zawierają co najmniej jedną klauzulę dotyczącą równości płci w opisie przedmiotu zamówienia, warunkach udziału, kryteriach oceny ofert lub warunkach umowy, jako odsetek wszystkich umów powyżej 10 000 EUR zawartych w tym okresie.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with gender clauses (share by value)</source>
        <translation>Umowy powyżej 10 000 EUR z klauzulami równości płci (udział wartościowy)</translation>
    </message>
    <message>
        <source>Value of the contracts above EUR 10 000 with at least one gender-equality clause as a percentage of the value of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Wartość umów powyżej 10 000 EUR zawierających co najmniej jedną klauzulę dotyczącą równości płci jako odsetek wartości wszystkich umów powyżej 10 000 EUR zawartych w danym okresie.</translation>
    </message>
    <message>
        <source>Tenders using EU GPP core or comprehensive criteria</source>
        <translation>Postępowania stosujące podstawowe lub kompleksowe kryteria GPP UE</translation>
    </message>
    <message>
        <source>Tenders published that apply the EU green public procurement (GPP) core or comprehensive criteria for their product group.</source>
        <translation>Ogłoszone postępowania, w których zastosowano podstawowe lub kompleksowe kryteria zielonych zamówień publicznych UE (GPP) dla danej grupy produktów.</translation>
    </message>
    <message>
        <source>Tenders using life-cycle costing</source>
        <translation>Postępowania z zastosowaniem rachunku kosztów cyklu życia</translation>
    </message>
    <message>
        <source>Tenders published in which the most economically advantageous tender is identified with life-cycle costing rather than purchase price alone.</source>
        <translation>Ogłoszone postępowania, w których ofertę najkorzystniejszą ekonomicznie wybiera się na podstawie rachunku kosztów cyklu życia, a nie wyłącznie ceny zakupu.</translation>
    </message>
    <message>
        <source>Procurement staff trained (by sex)</source>
        <translation>Przeszkoleni pracownicy ds. zamówień (według płci)</translation>
    </message>
    <message>
        <source>Staff of the contracting authority working on procurement who completed training on strategic (green, social or gender-responsive) procurement, counted once per person, by sex.</source>
        <translation>Pracownicy zamawiającego zajmujący się zamówieniami, którzy ukończyli szkolenie z zamówień strategicznych (zielonych, społecznych lub uwzględniających aspekt płci), liczeni jednokrotnie, w podziale na płeć.</translation>
    </message>
    <message>
        <source>Contract staff trained in gender issues (by sex)</source>
        <translation>Pracownicy ds. realizacji umów przeszkoleni w zakresie równości płci (według płci)</translation>
    </message>
    <message>
        <source>Contract managers and staff who monitor contract performance and completed training on gender issues in public contracts, counted once per person, by sex.</source>
        <translation>Osoby zarządzające umowami i pracownicy monitorujący realizację umów, którzy ukończyli szkolenie dotyczące kwestii płci w zamówieniach publicznych, liczeni jednokrotnie, w podziale na płeć.</translation>
    </message>
    <message>
        <source>Contracts with gender-balance or pay-gap targets</source>
        <translation>Umowy z celami w zakresie równowagi płci lub luki płacowej</translation>
    </message>
    <message>
        <source>Contracts signed whose conditions set the supplier a target for the gender balance of the staff delivering the contract or for closing its gender pay gap.</source>
        <translation>Zawarte umowy, których warunki nakładają na wykonawcę cel dotyczący równowagi płci wśród personelu realizującego umowę lub zmniejszenia luki płacowej między kobietami a mężczyznami.</translation>
    </message>
    <message>
        <source>Share of procurement spend with local suppliers</source>
        <translation>Udział wydatków na zamówienia u lokalnych dostawców</translation>
    </message>
    <message>
        <source>Payments to suppliers registered in the functional urban area as a percentage of all procurement payments in the period.</source>
        <translation>Płatności na rzecz dostawców zarejestrowanych w miejskim obszarze funkcjonalnym jako odsetek wszystkich płatności z tytułu zamówień w danym okresie.</translation>
    </message>
    <message>
        <source>Share of procurement spend with SMEs</source>
        <translation>Udział wydatków na zamówienia u MŚP</translation>
    </message>
    <message>
        <source>Payments to small and medium-sized enterprises as a percentage of all procurement payments in the period.</source>
        <translation>Płatności na rzecz małych i średnich przedsiębiorstw jako odsetek wszystkich płatności z tytułu zamówień w danym okresie.</translation>
    </message>
    <message>
        <source>Share of procurement spend with social-economy enterprises</source>
        <translation>Udział wydatków na zamówienia u podmiotów ekonomii społecznej</translation>
    </message>
    <message>
        <source>Payments to social-economy enterprises (social cooperatives, work integration social enterprises, NGOs with economic activity) as a percentage of all procurement payments in the period.</source>
        <translation>Płatności na rzecz podmiotów ekonomii społecznej (spółdzielni socjalnych, przedsiębiorstw społecznych integracji zawodowej, organizacji pozarządowych prowadzących działalność gospodarczą) jako odsetek wszystkich płatności z tytułu zamówień w danym okresie.</translation>
    </message>
    <message>
        <source>Share of procurement spend with women-led businesses</source>
        <translation>Udział wydatków na zamówienia u firm prowadzonych przez kobiety</translation>
    </message>
    <message>
        <source>Payments to businesses owned or managed mainly by women as a percentage of all procurement payments in the period.</source>
        <translation>Płatności na rzecz firm, których właścicielkami lub menedżerkami są głównie kobiety, jako odsetek wszystkich płatności z tytułu zamówień w danym okresie.</translation>
    </message>
    <message>
        <source>Reserved contracts awarded</source>
        <translation>Udzielone zamówienia zastrzeżone</translation>
    </message>
    <message>
        <source>Contracts awarded in procedures reserved for sheltered workshops, social enterprises or other operators whose main aim is the integration of disabled or disadvantaged people.</source>
        <translation>Umowy zawarte w postępowaniach zastrzeżonych dla zakładów pracy chronionej, przedsiębiorstw społecznych lub innych wykonawców, których głównym celem jest integracja społeczna i zawodowa osób z niepełnosprawnościami lub defaworyzowanych.</translation>
    </message>
    <message>
        <source>Jobs for disadvantaged people created through social clauses (by sex)</source>
        <translation>Miejsca pracy dla osób defaworyzowanych utworzone dzięki klauzulom społecznym (według płci)</translation>
    </message>
    <message>
        <source>People from disadvantaged groups hired by suppliers to meet the social clauses of municipal contracts, counted once per person, by sex.</source>
        <translation>Osoby z grup defaworyzowanych zatrudnione przez wykonawców w celu spełnienia klauzul społecznych w umowach miejskich, liczone jednokrotnie, w podziale na płeć.</translation>
    </message>
    <message>
        <source>Market-engagement events held</source>
        <translation>Zorganizowane wydarzenia dialogu z rynkiem</translation>
    </message>
    <message>
        <source>Preliminary market consultations, supplier days and meet-the-buyer events held before tendering.</source>
        <translation>Wstępne konsultacje rynkowe, dni dostawców i spotkania z zamawiającym zorganizowane przed wszczęciem postępowania.</translation>
    </message>
    <message>
        <source>Procurement strategy with green, social and gender content adopted</source>
        <translation>Przyjęta strategia zamówień uwzględniająca aspekty środowiskowe, społeczne i równości płci</translation>
    </message>
    <message>
        <source>Yes when the city council has adopted a procurement strategy or policy that sets green, social and gender-equality objectives for municipal purchasing.</source>
        <translation>Tak, jeśli rada miasta przyjęła strategię lub politykę zakupową wyznaczającą cele środowiskowe, społeczne i w zakresie równości płci dla zakupów miejskich.</translation>
    </message>
    <message>
        <source>Greenhouse gas emissions avoided through green contracts</source>
        <translation>Emisje gazów cieplarnianych uniknięte dzięki zielonym umowom</translation>
    </message>
    <message>
        <source>Estimated tonnes of CO2 equivalent avoided over the contract period by contracts with green clauses, compared with the previous contract or a standard product.</source>
        <translation>Szacowana liczba ton ekwiwalentu CO2 uniknięta w okresie obowiązywania umów z klauzulami środowiskowymi w porównaniu z poprzednią umową lub produktem standardowym.</translation>
    </message>
    <message>
        <source>Contracts excluding listed hazardous substances</source>
        <translation>Umowy wykluczające wymienione substancje niebezpieczne</translation>
    </message>
    <message>
        <source>Contracts whose specification excludes substances on a hazardous-substance list (such as the EU candidate list of substances of very high concern) from the goods supplied or used.</source>
        <translation>Umowy, których opis przedmiotu zamówienia wyklucza w dostarczanych lub używanych towarach substancje z listy substancji niebezpiecznych (np. unijnej listy kandydackiej substancji wzbudzających bardzo duże obawy).</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Line {line}: “{text}” is not a date (YYYY-MM-DD).</source>
        <translation>Wiersz {line}: „{text}” nie jest datą (RRRR-MM-DD).</translation>
    </message>
    <message>
        <source>Line {line}: “{text}” is not a number.</source>
        <translation>Wiersz {line}: „{text}” nie jest liczbą.</translation>
    </message>
    <message>
        <source>There is nothing to paste: no “date, value” line.</source>
        <translation>Nie ma czego wkleić: brak wiersza w postaci „data, wartość”.</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>wskaźnik</translation>
    </message>
    <message>
        <source>The code is longer than {limit} characters.</source>
        <translation>Kod jest dłuższy niż {limit} znaków.</translation>
    </message>
    <message>
        <source>Code {code} is already used by “{name}”.</source>
        <translation>Kod {code} jest już używany przez „{name}”.</translation>
    </message>
    <message>
        <source>Milestone {row} has no date.</source>
        <translation>Kamień milowy {row} nie ma daty.</translation>
    </message>
    <message>
        <source>Milestones {first} and {row} have the same date.</source>
        <translation>Kamienie milowe {first} i {row} mają tę samą datę.</translation>
    </message>
    <message>
        <source>Milestone {row} has no value.</source>
        <translation>Kamień milowy {row} nie ma wartości.</translation>
    </message>
    <message>
        <source>{count} linked items no longer exist; reopen the indicator.</source>
        <translation>Niektóre powiązane elementy ({count}) już nie istnieją; otwórz wskaźnik ponownie.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>&amp;As of:</source>
        <translation>Stan n&amp;a:</translation>
    </message>
    <message>
        <source>Results framework</source>
        <translation>Ramy rezultatów</translation>
    </message>
    <message>
        <source>&amp;New indicator…</source>
        <translation>&amp;Nowy wskaźnik…</translation>
    </message>
    <message>
        <source>Add an indicator of your own (Insert)</source>
        <translation>Dodaj własny wskaźnik (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Edit every field of the selected indicator (Enter)</source>
        <translation>Edytuj wszystkie pola zaznaczonego wskaźnika (Enter)</translation>
    </message>
    <message>
        <source>Delete indi&amp;cator</source>
        <translation>&amp;Usuń wskaźnik</translation>
    </message>
    <message>
        <source>Delete the selected indicator with its measurements (Delete)</source>
        <translation>Usuń zaznaczony wskaźnik wraz z pomiarami (Delete)</translation>
    </message>
    <message>
        <source>Import &amp;measurements…</source>
        <translation>Importuj &amp;pomiary…</translation>
    </message>
    <message>
        <source>Add measurements from an .xlsx or .csv file, with a preview first</source>
        <translation>Dodaj pomiary z pliku .xlsx lub .csv, najpierw z podglądem</translation>
    </message>
    <message>
        <source>{status} {count}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <source>{shown} of {total} indicators:</source>
        <translation>Wskaźniki: {shown} z {total}:</translation>
    </message>
    <message>
        <source>the new measurement of {indicator}</source>
        <translation>nowym pomiarze wskaźnika {indicator}</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Invited groups</source>
        <translation>Zaproszone grupy</translation>
    </message>
    <message>
        <source>No groups yet: create them in Stakeholders.</source>
        <translation>Brak grup: utwórz je w obszarze Interesariusze.</translation>
    </message>
    <message>
        <source>Invited gro&amp;ups</source>
        <translation>Zaproszone &amp;grupy</translation>
    </message>
    <message>
        <source>Everyone who is a member of a ticked group (or of one of its subgroups) on the meeting day is invited.</source>
        <translation>Zaproszeni są wszyscy, którzy w dniu spotkania są członkami zaznaczonej grupy (lub jednej z jej podgrup).</translation>
    </message>
    <message>
        <source>Type a name or organisation, then Enter</source>
        <translation>Wpisz imię i nazwisko lub organizację, a następnie naciśnij Enter</translation>
    </message>
    <message>
        <source>&amp;Add person:</source>
        <translation>&amp;Dodaj osobę:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Invite the first person found (Enter)</source>
        <translation>Zaproś pierwszą znalezioną osobę (Enter)</translation>
    </message>
    <message>
        <source>People invited by name</source>
        <translation>Osoby zaproszone imiennie</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Remove the selected people (Del)</source>
        <translation>Usuń zaznaczone osoby (Del)</translation>
    </message>
    <message>
        <source>People invited by &amp;name</source>
        <translation>Osoby zaproszone &amp;imiennie</translation>
    </message>
    <message numerus="yes">
        <source>%n people invited by name</source>
        <translation>
            <numerusform>%n osoba zaproszona imiennie</numerusform>
            <numerusform>%n osoby zaproszone imiennie</numerusform>
            <numerusform>%n osób zaproszonych imiennie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the groups add %n more</source>
        <translation>
            <numerusform>grupy dodają jeszcze %n osobę</numerusform>
            <numerusform>grupy dodają jeszcze %n osoby</numerusform>
            <numerusform>grupy dodają jeszcze %n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>{named}; {groups} on {day}: {total} invited in all.</source>
        <translation>{named}; {groups} w dniu {day}: łącznie zaproszonych: {total}.</translation>
    </message>
    <message>
        <source>{name} — {organisation}</source>
        <translation>{name} — {organisation}</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <source>Type to filter risks</source>
        <translation>Wpisz, aby filtrować ryzyka</translation>
    </message>
    <message>
        <source>Type to filter indicators</source>
        <translation>Wpisz, aby filtrować wskaźniki</translation>
    </message>
    <message>
        <source>&amp;Risks (code, title, score):</source>
        <translation>&amp;Ryzyka (kod, tytuł, ocena):</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>&amp;Wskaźniki:</translation>
    </message>
    <message>
        <source>Came from the meeting decision:</source>
        <translation>Pochodzi z decyzji spotkania:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} is already open.</source>
        <translation>Plik {name} jest już otwarty.</translation>
    </message>
    <message>
        <source>The file was not opened</source>
        <translation>Nie otwarto pliku</translation>
    </message>
    <message>
        <source>{file} — lagdesk</source>
        <translation>{file} — lagdesk</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Otwieranie pliku {file}…</translation>
    </message>
    <message>
        <source>{name} was upgraded to this version of lagdesk; a copy of it as it was is in {backup}.</source>
        <translation>{name} zaktualizowano do tej wersji lagdesk; kopia w poprzednim stanie jest w {backup}.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Nie przywrócono kopii zapasowej</translation>
    </message>
    <message>
        <source>The file as it was before is kept as {previous}.</source>
        <translation>Plik w poprzednim stanie zachowano jako {previous}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <source>{name} was restored from {backup}.</source>
        <translation>Przywrócono {name} z {backup}.</translation>
    </message>
    <message>
        <source>The file you are working in</source>
        <translation>Plik, w którym pracujesz</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About lagdesk</source>
        <translation>&amp;O programie lagdesk</translation>
    </message>
    <message>
        <source>lagdesk now speaks {language}.</source>
        <translation>Język programu lagdesk zmieniono na: {language}.</translation>
    </message>
    <message>
        <source>An offline desk for local action group coordinators: stakeholders, meetings, the Integrated Action Plan and its indicators.</source>
        <translation>Program offline dla koordynatorów lokalnych grup działania: interesariusze, spotkania, Zintegrowany Plan Działania i jego wskaźniki.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Wersja {version}</translation>
    </message>
    <message>
        <source>Open file: {path}</source>
        <translation>Otwarty plik: {path}</translation>
    </message>
    <message>
        <source>About lagdesk</source>
        <translation>O programie lagdesk</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Drawing the matrix…</source>
        <translation>Rysowanie macierzy…</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Peop&amp;le</source>
        <translation>O&amp;soby</translation>
    </message>
    <message>
        <source>Organisatio&amp;ns</source>
        <translation>Organizac&amp;je</translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>G&amp;rupa:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <source>Stakeholders in the matrix</source>
        <translation>Interesariusze w macierzy</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Oceny</translation>
    </message>
    <message>
        <source>Click a point or choose a row to see and change its scores. Stakeholders without scores are not in the matrix: give their first scores in their form.</source>
        <translation>Kliknij punkt lub wybierz wiersz, aby zobaczyć i zmienić jego oceny. Interesariusze bez ocen nie pojawiają się w macierzy: nadaj im pierwsze oceny w ich formularzu.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>Power/interest matrix</source>
        <translation>Macierz wpływu i zainteresowania</translation>
    </message>
    <message>
        <source>Scores of {name}</source>
        <translation>Oceny: {name}</translation>
    </message>
    <message>
        <source>Assess {name}</source>
        <translation>Oceń: {name}</translation>
    </message>
    <message>
        <source>New assessment of {name} saved.</source>
        <translation>Zapisano nową ocenę: {name}.</translation>
    </message>
    <message>
        <source>the scores of {name}</source>
        <translation>ocenach ({name})</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kobiety</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mężczyźni</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <source>Measu&amp;rements</source>
        <translation>Po&amp;miary</translation>
    </message>
    <message>
        <source>Measurement date</source>
        <translation>Data pomiaru</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kobiety</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mężczyźni</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Add the measurement typed above</source>
        <translation>Dodaj pomiar wpisany powyżej</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>Delete the selected measurement (Delete)</source>
        <translation>Usuń zaznaczony pomiar (Delete)</translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation>&amp;Wklej…</translation>
    </message>
    <message>
        <source>Paste lines of date (YYYY-MM-DD), value and optional source, tab-separated.</source>
        <translation>Wklej wiersze z datą (RRRR-MM-DD), wartością i opcjonalnie źródłem, rozdzielone tabulatorami.</translation>
    </message>
    <message>
        <source>Evidence file&amp;s…</source>
        <translation>Pliki potwierd&amp;zające…</translation>
    </message>
    <message>
        <source>The files that prove the selected measurement: add, save a copy, remove</source>
        <translation>Pliki potwierdzające zaznaczony pomiar: dodaj, zapisz kopię, usuń</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a number.</source>
        <translation>{field}: „{text}” nie jest liczbą.</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Dodaj pomiar</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Wpisz wartość.</translation>
    </message>
    <message>
        <source>Saved, but this measurement is dated before the baseline date; check the date.</source>
        <translation>Zapisano, ale data tego pomiaru jest wcześniejsza niż data wartości bazowej; sprawdź datę.</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>Usuń pomiar</translation>
    </message>
    <message>
        <source>{code} {name}: measurement of {date}, value {value}</source>
        <translation>{code} {name}: pomiar z dnia {date}, wartość {value}</translation>
    </message>
    <message>
        <source>Paste measurements</source>
        <translation>Wklej pomiary</translation>
    </message>
    <message>
        <source>Saved, but {count} pasted measurements are dated before the baseline date.</source>
        <translation>Zapisano, ale część wklejonych pomiarów ({count}) ma datę wcześniejszą niż data wartości bazowej.</translation>
    </message>
    <message>
        <source>Paste {count} measurements</source>
        <translation>Wklej pomiary ({count})</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>New meeting</source>
        <translation>Nowe spotkanie</translation>
    </message>
    <message>
        <source>{title} — meeting</source>
        <translation>{title} — spotkanie</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Zaproszenia</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>&amp;Porządek</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save the meeting (Ctrl+S or Ctrl+Enter)</source>
        <translation>Zapisz spotkanie (Ctrl+S lub Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Zamknij bez zapisywania (Esc)</translation>
    </message>
    <message>
        <source>for example: Problem tree workshop</source>
        <translation>na przykład: Warsztat „drzewo problemów”</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Godzina rozpoczęcia</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Godzina zakończenia</translation>
    </message>
    <message>
        <source>for example: Europe/Warsaw</source>
        <translation>na przykład: Europe/Warsaw</translation>
    </message>
    <message>
        <source>for example: City Hall, room 12</source>
        <translation>na przykład: Urząd Miasta, sala 12</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślnie</translation>
    </message>
    <message>
        <source>Signed attendance lists are audit evidence: keep them five years after the programme&apos;s last payment. By default that is five years after the network&apos;s end date, or five years after the end of the meeting&apos;s year when the network has no end date yet.</source>
        <translation>Podpisane listy obecności są dowodem na potrzeby audytu: należy je przechowywać przez pięć lat od ostatniej płatności w ramach programu. Domyślnie jest to pięć lat od daty zakończenia sieci albo, jeśli sieć nie ma jeszcze daty zakończenia, pięć lat od końca roku, w którym odbyło się spotkanie.</translation>
    </message>
    <message>
        <source>Use the default date: {rule}</source>
        <translation>Użyj daty domyślnej: {rule}</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>R&amp;ozpoczęcie:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>Za&amp;kończenie:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Strefa &amp;czasowa:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>&amp;Link online:</translation>
    </message>
    <message>
        <source>&amp;Keep evidence until:</source>
        <translation>Przechowuj &amp;dowody do:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Nieznana strefa czasowa</translation>
    </message>
    <message>
        <source>UTC{offset} on {day}</source>
        <translation>UTC{offset} w dniu {day}</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message>
        <source>This meeting has changes that are not saved. Discard them?</source>
        <translation>To spotkanie ma niezapisane zmiany. Odrzucić je?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Odrzuć zmiany</translation>
    </message>
    <message>
        <source>Meeting not changed</source>
        <translation>Nie zmieniono spotkania</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Add meeting {title}</source>
        <translation>Dodaj spotkanie {title}</translation>
    </message>
    <message>
        <source>Edit meeting {title}</source>
        <translation>Edytuj spotkanie {title}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Prowadzący</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
</context>
<context>
    <name>MeetingInvitations</name>
    <message numerus="yes">
        <source>%n people stay on the list because their attendance is recorded: {names}.</source>
        <translation>
            <numerusform>%n osoba pozostaje na liście, ponieważ zarejestrowano jej obecność: {names}.</numerusform>
            <numerusform>%n osoby pozostają na liście, ponieważ zarejestrowano ich obecność: {names}.</numerusform>
            <numerusform>%n osób pozostaje na liście, ponieważ zarejestrowano ich obecność: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>{time} {zone}</source>
        <translation>{time} {zone}</translation>
    </message>
    <message>
        <source>{zone} ({abbreviation}, UTC{offset})</source>
        <translation>{zone} ({abbreviation}, UTC{offset})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Place / link</source>
        <translation>Miejsce / link</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Zaproszeni</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Obecni</translation>
    </message>
</context>
<context>
    <name>MeetingPlan</name>
    <message>
        <source>{zone} is not a time zone. Choose one from the list.</source>
        <translation>{zone} nie jest strefą czasową. Wybierz strefę z listy.</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>strefa czasowa</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>spotkanie</translation>
    </message>
    <message>
        <source>end</source>
        <translation>koniec</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>Spotkanie kończy się przed rozpoczęciem.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Nadaj spotkaniu tytuł.</translation>
    </message>
    <message>
        <source>keep evidence until</source>
        <translation>przechowuj dowody do</translation>
    </message>
    <message>
        <source>The evidence must be kept at least until the meeting.</source>
        <translation>Dowody muszą być przechowywane co najmniej do dnia spotkania.</translation>
    </message>
    <message>
        <source>agenda item {number}, {field}</source>
        <translation>punkt porządku {number}, {field}</translation>
    </message>
    <message>
        <source>A tool&apos;s name can have at most {count} characters.</source>
        <translation>Nazwa narzędzia może mieć co najwyżej {count} znaków.</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>narzędzia</translation>
    </message>
    <message>
        <source>A group chosen here has been deleted meanwhile.</source>
        <translation>Wybrana tu grupa została w międzyczasie usunięta.</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>grupy</translation>
    </message>
    <message>
        <source>A person chosen here has been deleted meanwhile.</source>
        <translation>Wybrana tu osoba została w międzyczasie usunięta.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>osoby</translation>
    </message>
    <message>
        <source>The meeting could not be saved: {detail}</source>
        <translation>Nie udało się zapisać spotkania: {detail}</translation>
    </message>
</context>
<context>
    <name>MeetingTable</name>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gospodarz</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
</context>
<context>
    <name>MeetingTools</name>
    <message>
        <source>Problem tree</source>
        <translation>Drzewo problemów</translation>
    </message>
    <message>
        <source>Newspaper of tomorrow</source>
        <translation>Gazeta jutra</translation>
    </message>
    <message>
        <source>Power/interest matrix</source>
        <translation>Macierz wpływu i zainteresowania</translation>
    </message>
    <message>
        <source>Stakeholder mapping</source>
        <translation>Mapowanie interesariuszy</translation>
    </message>
    <message>
        <source>World café</source>
        <translation>World café</translation>
    </message>
    <message>
        <source>SWOT analysis</source>
        <translation>Analiza SWOT</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Mapa podróży użytkownika</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Głosowanie kropkami</translation>
    </message>
    <message>
        <source>Action table</source>
        <translation>Tabela działań</translation>
    </message>
    <message>
        <source>Fishbowl</source>
        <translation>Akwarium (fishbowl)</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Ocena partnerska</translation>
    </message>
    <message>
        <source>Traffic-light review</source>
        <translation>Ocena metodą sygnalizacji świetlnej</translation>
    </message>
    <message>
        <source>Market dialogue</source>
        <translation>Dialog z rynkiem</translation>
    </message>
    <message>
        <source>Gender impact checklist</source>
        <translation>Lista kontrolna wpływu na równość płci</translation>
    </message>
    <message>
        <source>Site walk</source>
        <translation>Spacer badawczy</translation>
    </message>
    <message>
        <source>Objective tree</source>
        <translation>Drzewo celów</translation>
    </message>
    <message>
        <source>Testing action canvas</source>
        <translation>Kanwa działania testowego</translation>
    </message>
</context>
<context>
    <name>MeetingType</name>
    <message>
        <source>Other</source>
        <translation>Inny typ</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>meeting</source>
        <translation>spotkanie</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Data wykonania</translation>
    </message>
    <message>
        <source>Identifiable</source>
        <translation>Możliwa identyfikacja</translation>
    </message>
    <message>
        <source>Consent checked</source>
        <translation>Zgoda sprawdzona</translation>
    </message>
    <message>
        <source>Publishable</source>
        <translation>Do publikacji</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Someone can be recognised in it</source>
        <translation>Można na nim kogoś rozpoznać</translation>
    </message>
    <message>
        <source>The people shown agreed that it may be published</source>
        <translation>Osoby widoczne na zdjęciu zgodziły się na jego publikację</translation>
    </message>
    <message>
        <source>May leave lagdesk in exports; a photo that shows people needs consent checked first</source>
        <translation>Może zostać użyte poza lagdesk w eksportach; zdjęcie przedstawiające osoby wymaga najpierw sprawdzenia zgody</translation>
    </message>
    <message>
        <source>{name} ({type})</source>
        <translation>{name} ({type})</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n zdjęcie</numerusform>
            <numerusform>%n zdjęcia</numerusform>
            <numerusform>%n zdjęć</numerusform>
        </translation>
    </message>
    <message>
        <source>{files}, {photos} ({publishable}), {size}</source>
        <translation>{files}, {photos} ({publishable}), {size}</translation>
    </message>
    <message numerus="yes">
        <source>%n publishable</source>
        <translation>
            <numerusform>%n do publikacji</numerusform>
            <numerusform>%n do publikacji</numerusform>
            <numerusform>%n do publikacji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Miesiąc</translation>
    </message>
    <message>
        <source>&amp;Participation</source>
        <translation>&amp;Udział</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>O&amp;becność</translation>
    </message>
    <message>
        <source>Min&amp;utes</source>
        <translation>&amp;Protokół</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Meetings starting on or after this day</source>
        <translation>Spotkania rozpoczynające się tego dnia lub później</translation>
    </message>
    <message>
        <source>Meetings starting on or before this day</source>
        <translation>Spotkania rozpoczynające się tego dnia lub wcześniej</translation>
    </message>
    <message>
        <source>Meetings that invited this group or a subgroup</source>
        <translation>Spotkania, na które zaproszono tę grupę lub jej podgrupę</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Wszystkie grupy</translation>
    </message>
    <message>
        <source>Title, place or notes</source>
        <translation>Tytuł, miejsce lub uwagi</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>D&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nowe spotkanie…</translation>
    </message>
    <message>
        <source>Add a meeting from an invitation (.ics file)</source>
        <translation>Dodaj spotkanie z zaproszenia (plik .ics)</translation>
    </message>
    <message>
        <source>Write the meetings between the From and To days to an .ics file</source>
        <translation>Zapisz spotkania między dniami Od i Do do pliku .ics</translation>
    </message>
    <message>
        <source>Take the roll of the selected meeting in a window of its own (F11)</source>
        <translation>Sprawdź obecność na zaznaczonym spotkaniu w osobnym oknie (F11)</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>Lista obecności do podpi&amp;su…</translation>
    </message>
    <message>
        <source>A printable PDF list of the invited people, to sign at the meeting</source>
        <translation>Lista zaproszonych osób w formacie PDF do wydrukowania i podpisania na spotkaniu</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln spotkanie</numerusform>
            <numerusform>%Ln spotkania</numerusform>
            <numerusform>%Ln spotkań</numerusform>
        </translation>
    </message>
    <message>
        <source>The filters were cleared to show the meeting.</source>
        <translation>Wyczyszczono filtry, aby pokazać spotkanie.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Usuń spotkanie</translation>
    </message>
    <message>
        <source>Delete the meeting “{title}” of {date}, with its agenda, attendance list, minutes, decisions, tasks and files?

Edit &gt; Undo brings it back.</source>
        <translation>Usunąć spotkanie „{title}” z dnia {date} wraz z porządkiem, listą obecności, protokołem, decyzjami, zadaniami i plikami?

Polecenie Edycja &gt; Cofnij je przywróci.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Informacje</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>Pli&amp;ki</translation>
    </message>
    <message>
        <source>Search the meetings (Ctrl+F)</source>
        <translation>Szukaj spotkań (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Wyczyść filtry</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Szukaj:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>O&amp;d:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Edit the selected meeting (Enter in the list)</source>
        <translation>Edytuj zaznaczone spotkanie (Enter na liście)</translation>
    </message>
    <message>
        <source>Delete the selected meeting (Delete in the list)</source>
        <translation>Usuń zaznaczone spotkanie (Delete na liście)</translation>
    </message>
    <message>
        <source>Import invitation…</source>
        <translation>Importuj zaproszenie…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>&amp;Eksportuj kalendarz…</translation>
    </message>
    <message>
        <source>Attendance mode</source>
        <translation>Tryb sprawdzania obecności</translation>
    </message>
    <message>
        <source>Delete meeting “{title}”</source>
        <translation>Usuń spotkanie „{title}”</translation>
    </message>
    <message>
        <source>Import invitation</source>
        <translation>Importuj zaproszenie</translation>
    </message>
    <message>
        <source>iCalendar invitations (*.ics);;All files (*)</source>
        <translation>Zaproszenia iCalendar (*.ics);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>{file} could not be imported: {problem}</source>
        <translation>Nie udało się zaimportować pliku {file}: {problem}</translation>
    </message>
    <message>
        <source>Import invitation “{title}”</source>
        <translation>Importuj zaproszenie „{title}”</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksportuj kalendarz</translation>
    </message>
    <message>
        <source>{file} meetings.ics</source>
        <translation>{file} spotkania.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Pliki iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings written to {path}.</source>
        <translation>
            <numerusform>Zapisano %Ln spotkanie w {path}.</numerusform>
            <numerusform>Zapisano %Ln spotkania w {path}.</numerusform>
            <numerusform>Zapisano %Ln spotkań w {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Lista obecności</translation>
    </message>
    <message>
        <source>{date} {title} sign-in sheet.pdf</source>
        <translation>{date} {title} lista obecności.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sign-in sheet was written to {path}.
Pages: {pages}. Invited people: {people}.</source>
        <translation>Zapisano listę obecności w {path}.
Strony: {pages}. Zaproszone osoby: {people}.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>Nie udało się zapisać pliku {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Show former mem&amp;bers</source>
        <translation>Pokaż byłych &amp;członków</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Data odejścia:</translation>
    </message>
    <message>
        <source>End membe&amp;rship</source>
        <translation>&amp;Zakończ członkostwo</translation>
    </message>
    <message>
        <source>The selected member leaves the group on this day</source>
        <translation>Zaznaczony członek opuszcza grupę w tym dniu</translation>
    </message>
    <message>
        <source>Current members: {current} · former or future: {other}</source>
        <translation>Obecni członkowie: {current} · byli lub przyszli: {other}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Scal osoby</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>Scal organizacje</translation>
    </message>
    <message>
        <source>These two look like the same person. Which one do you keep?</source>
        <translation>Te dwa rekordy wyglądają na tę samą osobę. Który zachować?</translation>
    </message>
    <message>
        <source>These two look like the same organisation. Which one do you keep?</source>
        <translation>Te dwa rekordy wyglądają na tę samą organizację. Który zachować?</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Zachowaj: {name}</translation>
    </message>
    <message>
        <source>(no other details)</source>
        <translation>(brak innych danych)</translation>
    </message>
    <message>
        <source>Empty fields of the record you keep are filled from the other one, which is then deleted. You can undo the merge with Edit &gt; Undo.</source>
        <translation>Puste pola zachowanego rekordu zostaną uzupełnione danymi z drugiego, który zostanie następnie usunięty. Scalenie można cofnąć poleceniem Edycja &gt; Cofnij.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Scal</translation>
    </message>
    <message>
        <source>{name} goes.</source>
        <translation>Zostanie usunięty rekord: {name}.</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <source>Milestone</source>
        <translation>Kamień milowy</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Osiągnięty</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nieosiągnięty</translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <source>&amp;Milestones (F2 edits a cell, Space ticks “Done”):</source>
        <translation>Kamienie &amp;milowe (F2 edytuje komórkę, spacja zaznacza „Osiągnięty”):</translation>
    </message>
    <message>
        <source>&amp;Add milestone</source>
        <translation>&amp;Dodaj kamień milowy</translation>
    </message>
    <message>
        <source>&amp;Remove milestone</source>
        <translation>&amp;Usuń kamień milowy</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>meeting</source>
        <translation>spotkanie</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decyzja</translation>
    </message>
    <message>
        <source>The minutes are too long to store: {size} characters, at most {limit}. Remove pasted pictures or long pasted documents and attach those as files.</source>
        <translation>Protokół jest zbyt długi, aby go zapisać: {size} znaków, maksymalnie {limit}. Usuń wklejone obrazy lub długie wklejone dokumenty i dołącz je jako pliki.</translation>
    </message>
    <message>
        <source>The title is too long: at most {limit} characters.</source>
        <translation>Tytuł jest zbyt długi: maksymalnie {limit} znaków.</translation>
    </message>
    <message>
        <source>The owner is no longer in the register (erased or deleted). Choose another owner.</source>
        <translation>Osoby odpowiedzialnej nie ma już w rejestrze (jej dane usunięto). Wybierz inną osobę odpowiedzialną.</translation>
    </message>
    <message>
        <source>The decision is not one of this meeting&apos;s.</source>
        <translation>Ta decyzja nie należy do tego spotkania.</translation>
    </message>
    <message>
        <source>The due date is before the meeting ({date}).</source>
        <translation>Termin jest wcześniejszy niż data spotkania ({date}).</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>Made on {today} from decision {number} of the meeting “{meeting}” ({date}).</source>
        <translation>Utworzono {today} na podstawie decyzji {number} ze spotkania „{meeting}” ({date}).</translation>
    </message>
    <message>
        <source>Make an action</source>
        <translation>Utwórz działanie</translation>
    </message>
    <message>
        <source>The action plan has no objectives yet; add them in the Action plan area first.</source>
        <translation>Plan działania nie ma jeszcze celów; najpierw dodaj je w obszarze Plan działania.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>No action made from this decision yet</source>
        <translation>Na podstawie tej decyzji nie utworzono jeszcze działania</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>From decision</source>
        <translation>Z decyzji</translation>
    </message>
    <message>
        <source>F2 to change; Delete in the date field clears it</source>
        <translation>F2, aby zmienić; Delete w polu daty ją czyści</translation>
    </message>
    <message>
        <source>Space ticks or unticks</source>
        <translation>Spacja zaznacza lub odznacza</translation>
    </message>
    <message>
        <source>{name} — {organisation}</source>
        <translation>{name} — {organisation}</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Minutes</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Styl akapitu</translation>
    </message>
    <message>
        <source>Paragraph style (Ctrl+Alt+0 normal, Ctrl+Alt+1 to 3 headings)</source>
        <translation>Styl akapitu (Ctrl+Alt+0 normalny, Ctrl+Alt+1 do 3 nagłówki)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Nagłówek 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Nagłówek 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Nagłówek 3</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Pogrubienie</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Pogrubienie (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursywa</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Kursywa (Ctrl+I)</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Podkreślenie</translation>
    </message>
    <message>
        <source>U</source>
        <comment>the Underline button</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>Podkreślenie (Ctrl+U)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista punktowana</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Bulleted list (Shift+F12)</source>
        <translation>Lista punktowana (Shift+F12)</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerowana</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Numbered list (F12)</source>
        <translation>Lista numerowana (F12)</translation>
    </message>
    <message>
        <source>Decrease indent</source>
        <translation>Zmniejsz wcięcie</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Zmniejsz wcięcie</translation>
    </message>
    <message>
        <source>Decrease the indent (Ctrl+Shift+M; Shift+Tab in a list)</source>
        <translation>Zmniejsz wcięcie (Ctrl+Shift+M; Shift+Tab na liście)</translation>
    </message>
    <message>
        <source>Increase indent</source>
        <translation>Zwiększ wcięcie</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Zwiększ wcięcie</translation>
    </message>
    <message>
        <source>Increase the indent (Ctrl+M; Tab in a list)</source>
        <translation>Zwiększ wcięcie (Ctrl+M; Tab na liście)</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Decisions</source>
        <translation>Decyzje</translation>
    </message>
    <message>
        <source>Add a decision at the end (Insert)</source>
        <translation>Dodaj decyzję na końcu (Insert)</translation>
    </message>
    <message>
        <source>Ma&amp;ke action…</source>
        <translation>&amp;Utwórz działanie…</translation>
    </message>
    <message>
        <source>Make the selected decision an action of the plan</source>
        <translation>Utwórz z zaznaczonej decyzji działanie planu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete the selected decision (Delete)</source>
        <translation>Usuń zaznaczoną decyzję (Delete)</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Zadania do wykonania</translation>
    </message>
    <message>
        <source>A&amp;dd decision</source>
        <translation>&amp;Dodaj decyzję</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move up: the decision takes the number before (Ctrl+Up)</source>
        <translation>W górę: decyzja otrzymuje poprzedni numer (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Move down: the decision takes the number after (Ctrl+Down)</source>
        <translation>W dół: decyzja otrzymuje następny numer (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Add follo&amp;w-up task</source>
        <translation>Dodaj &amp;zadanie</translation>
    </message>
    <message>
        <source>Add a task (Insert in the table)</source>
        <translation>Dodaj zadanie (Insert w tabeli)</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Usuń zadanie</translation>
    </message>
    <message>
        <source>Delete the selected task (Delete)</source>
        <translation>Usuń zaznaczone zadanie (Delete)</translation>
    </message>
    <message>
        <source>Choose a meeting to see its minutes.</source>
        <translation>Wybierz spotkanie, aby zobaczyć jego protokół.</translation>
    </message>
    <message>
        <source>Minutes of the meeting: who said what, what was agreed…</source>
        <translation>Protokół spotkania: kto co powiedział, co uzgodniono…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nie zapisano: {problem}</translation>
    </message>
    <message>
        <source>The minutes were not saved</source>
        <translation>Nie zapisano protokołu</translation>
    </message>
    <message>
        <source>the minutes</source>
        <translation>protokole</translation>
    </message>
    <message>
        <source>The decision was not added</source>
        <translation>Nie dodano decyzji</translation>
    </message>
    <message>
        <source>Add decision {number}</source>
        <translation>Dodaj decyzję {number}</translation>
    </message>
    <message>
        <source>The decision was not changed</source>
        <translation>Nie zmieniono decyzji</translation>
    </message>
    <message>
        <source>Edit decision {number}</source>
        <translation>Edytuj decyzję {number}</translation>
    </message>
    <message>
        <source>Delete decision {number}, “{text}”? The decisions after it are numbered again; its tasks and actions stay, without the link. Ctrl+Z brings it back.</source>
        <translation>Usunąć decyzję {number}, „{text}”? Kolejne decyzje otrzymają nowe numery; jej zadania i działania pozostaną, ale bez powiązania. Ctrl+Z ją przywróci.</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Usuń decyzję</translation>
    </message>
    <message>
        <source>The decision was not deleted</source>
        <translation>Nie usunięto decyzji</translation>
    </message>
    <message>
        <source>Delete decision {number}</source>
        <translation>Usuń decyzję {number}</translation>
    </message>
    <message>
        <source>The decision was not moved</source>
        <translation>Nie przeniesiono decyzji</translation>
    </message>
    <message>
        <source>Move decision {number}</source>
        <translation>Przenieś decyzję {number}</translation>
    </message>
    <message>
        <source>Make action {code} from decision {number}</source>
        <translation>Utwórz działanie {code} z decyzji {number}</translation>
    </message>
    <message>
        <source>Action {code} added to the plan. Ctrl+Z takes it back.</source>
        <translation>Dodano działanie {code} do planu. Ctrl+Z je wycofa.</translation>
    </message>
    <message>
        <source>The task was not saved</source>
        <translation>Nie zapisano zadania</translation>
    </message>
    <message>
        <source>Add task “{title}”</source>
        <translation>Dodaj zadanie „{title}”</translation>
    </message>
    <message>
        <source>Edit task “{title}”</source>
        <translation>Edytuj zadanie „{title}”</translation>
    </message>
    <message>
        <source>Delete the task “{title}”? Ctrl+Z brings it back.</source>
        <translation>Usunąć zadanie „{title}”? Ctrl+Z je przywróci.</translation>
    </message>
    <message>
        <source>The task was not deleted</source>
        <translation>Nie usunięto zadania</translation>
    </message>
    <message>
        <source>Delete task “{title}”</source>
        <translation>Usuń zadanie „{title}”</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokół</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Go to today&apos;s date</source>
        <translation>Przejdź do dzisiejszej daty</translation>
    </message>
    <message>
        <source>Meetings on the chosen day</source>
        <translation>Spotkania w wybranym dniu</translation>
    </message>
    <message>
        <source>Page Up / Page Down: previous / next month</source>
        <translation>Page Up / Page Down: poprzedni / następny miesiąc</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Meetings on {date}:</source>
        <translation>Spotkania w dniu {date}:</translation>
    </message>
    <message>
        <source>No meetings on {date}.</source>
        <translation>Brak spotkań w dniu {date}.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>My network</source>
        <translation>Moja sieć</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>for example GenProcure</source>
        <translation>na przykład GenProcure</translation>
    </message>
    <message>
        <source>for example gender-responsive public procurement</source>
        <translation>na przykład zamówienia publiczne uwzględniające aspekt płci</translation>
    </message>
    <message>
        <source>The partner city whose local group this file keeps</source>
        <translation>Miasto partnerskie, którego grupę lokalną prowadzi ten plik</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Temat</translation>
    </message>
    <message>
        <source>&amp;Lead expert</source>
        <translation>&amp;Ekspert wiodący</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>&amp;Faza</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Po&amp;czątek</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Koniec</translation>
    </message>
    <message>
        <source>&amp;Our city</source>
        <translation>Nasze &amp;miasto</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Jeszcze nie wybrano</translation>
    </message>
</context>
<context>
    <name>NetworkLists</name>
    <message>
        <source>Partner cities</source>
        <translation>Miasta partnerskie</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Dodaj partnera…</translation>
    </message>
    <message>
        <source>Transnational meetings</source>
        <translation>Spotkania międzynarodowe</translation>
    </message>
    <message>
        <source>Add &amp;meeting…</source>
        <translation>Dodaj &amp;spotkanie…</translation>
    </message>
    <message>
        <source>Add partner {name}</source>
        <translation>Dodaj partnera {name}</translation>
    </message>
    <message>
        <source>Edit partner {name}</source>
        <translation>Edytuj partnera {name}</translation>
    </message>
    <message>
        <source>Delete the partner {name}? Transnational meetings it hosted are kept without a host city. You can undo this with Edit &gt; Undo.</source>
        <translation>Usunąć partnera {name}? Spotkania międzynarodowe, których był gospodarzem, zostaną zachowane bez miasta gospodarza. Możesz to cofnąć poleceniem Edycja &gt; Cofnij.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Usuń partnera</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete partner {name}</source>
        <translation>Usuń partnera {name}</translation>
    </message>
    <message>
        <source>Add meeting {title}</source>
        <translation>Dodaj spotkanie {title}</translation>
    </message>
    <message>
        <source>Edit meeting {title}</source>
        <translation>Edytuj spotkanie {title}</translation>
    </message>
    <message>
        <source>Delete the transnational meeting {title}?</source>
        <translation>Usunąć spotkanie międzynarodowe {title}?</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Usuń spotkanie</translation>
    </message>
    <message>
        <source>Delete meeting {title}</source>
        <translation>Usuń spotkanie {title}</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Set up your network</source>
        <translation>Skonfiguruj swoją sieć</translation>
    </message>
    <message>
        <source>This file does not describe a network yet. Enter the name and programme of the cooperation network your city takes part in, then choose Create network. You can add the partner cities and transnational meetings afterwards.</source>
        <translation>Ten plik nie opisuje jeszcze żadnej sieci. Wpisz nazwę i program sieci współpracy, w której uczestniczy Twoje miasto, a następnie wybierz Utwórz sieć. Miasta partnerskie i spotkania międzynarodowe możesz dodać później.</translation>
    </message>
    <message>
        <source>About the network</source>
        <translation>O sieci</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Od&amp;rzuć zmiany</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Create &amp;network</source>
        <translation>Utwórz &amp;sieć</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <source>the new network</source>
        <translation>nowej sieci</translation>
    </message>
    <message>
        <source>the network {name}</source>
        <translation>sieci {name}</translation>
    </message>
    <message>
        <source>Network {name} created.</source>
        <translation>Utworzono sieć {name}.</translation>
    </message>
    <message>
        <source>Edit network</source>
        <translation>Edytuj sieć</translation>
    </message>
    <message>
        <source>Network saved.</source>
        <translation>Zapisano sieć.</translation>
    </message>
</context>
<context>
    <name>NetworkPhase</name>
    <message>
        <source>Closed</source>
        <translation>Zakończona</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>{path} is already open in another lagdesk window. Switch to that window, or close it there and try again.</source>
        <translation>Plik {path} jest już otwarty w innym oknie lagdesk. Przejdź do tego okna albo zamknij w nim plik i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Nie ustawiono</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Leave this date unset</source>
        <translation>Pozostaw tę datę nieustawioną</translation>
    </message>
</context>
<context>
    <name>OrganisationActions</name>
    <message>
        <source>Add organisation {name}</source>
        <translation>Dodaj organizację {name}</translation>
    </message>
    <message>
        <source>Edit organisation {name}</source>
        <translation>Edytuj organizację {name}</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>Zapisano: {name}.</translation>
    </message>
    <message>
        <source>Delete organisations</source>
        <translation>Usuń organizacje</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Usuń organizację</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete organisation {name}</source>
        <translation>Usuń organizację {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translation>
            <numerusform>Usuń %n organizację</numerusform>
            <numerusform>Usuń %n organizacje</numerusform>
            <numerusform>Usuń %n organizacji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Nowa organizacja</translation>
    </message>
    <message>
        <source>{name} — organisation</source>
        <translation>{name} — organizacja</translation>
    </message>
    <message>
        <source>for example: NGO, social enterprise, SME</source>
        <translation>na przykład: organizacja pozarządowa, przedsiębiorstwo społeczne, MŚP</translation>
    </message>
    <message>
        <source>two letters, for example PL</source>
        <translation>dwie litery, na przykład PL</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sektor:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Miasto:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Strona &amp;WWW:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <source>Power &amp;and interest</source>
        <translation>Wpływ &amp;i zainteresowanie</translation>
    </message>
    <message>
        <source>Give both power and interest, or neither.</source>
        <translation>Podaj zarówno wpływ, jak i zainteresowanie, albo żadne z nich.</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Type any part of the name to search the register.</source>
        <translation>Wpisz dowolną część nazwy, aby przeszukać rejestr.</translation>
    </message>
    <message>
        <source>Lea&amp;d organisation:</source>
        <translation>Organizacja &amp;wiodąca:</translation>
    </message>
    <message>
        <source>Type any part of the name or organisation to search the register.</source>
        <translation>Wpisz dowolną część imienia i nazwiska lub nazwy organizacji, aby przeszukać rejestr.</translation>
    </message>
    <message>
        <source>&amp;Responsible person:</source>
        <translation>Osoba odpowie&amp;dzialna:</translation>
    </message>
    <message>
        <source>Type to filter organisations</source>
        <translation>Wpisz, aby filtrować organizacje</translation>
    </message>
    <message>
        <source>&amp;Partner organisations:</source>
        <translation>Organizacje pa&amp;rtnerskie:</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>organizacja wiodąca</translation>
    </message>
    <message>
        <source>No organisation “{text}” in the register; pick one from the list.</source>
        <translation>W rejestrze nie ma organizacji „{text}”; wybierz organizację z listy.</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>osoba odpowiedzialna</translation>
    </message>
    <message>
        <source>No person “{text}” in the register; pick one from the list.</source>
        <translation>W rejestrze nie ma osoby „{text}”; wybierz osobę z listy.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Meeting overview</source>
        <translation>Przegląd spotkania</translation>
    </message>
    <message>
        <source>Select a meeting in the list or the calendar to see its overview.</source>
        <translation>Zaznacz spotkanie na liście lub w kalendarzu, aby zobaczyć jego przegląd.</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>{date}, {start}–{end}</source>
        <translation>{date}, {start}–{end}</translation>
    </message>
    <message>
        <source>{start_date}, {start} – {end_date}, {end}</source>
        <translation>{start_date}, {start} – {end_date}, {end}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>{time} on {date} in this computer&apos;s time zone</source>
        <translation>{time} w dniu {date} w strefie czasowej tego komputera</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Link online</translation>
    </message>
    <message>
        <source>Invited groups</source>
        <translation>Zaproszone grupy</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Zaproszeni</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Usprawiedliwieni</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nieobecni</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Niezaproszeni</translation>
    </message>
    <message>
        <source>Counted anonymously</source>
        <translation>Liczeni anonimowo</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decyzje</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Otwarte zadania</translation>
    </message>
    <message>
        <source>Evidence kept until</source>
        <translation>Dowody przechowywane do</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Porządek spotkania</translation>
    </message>
    <message>
        <source>Tools used</source>
        <translation>Zastosowane narzędzia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
</context>
<context>
    <name>OwnerDelegate</name>
    <message>
        <source>Type a name</source>
        <translation>Wpisz imię i nazwisko</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Zaproszeni</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Niezaproszeni</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonimowo</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publiczny</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatny</translation>
    </message>
    <message>
        <source>Civic</source>
        <translation>Społeczny</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Nauka</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Bez sektora</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kobiety</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mężczyźni</translation>
    </message>
    <message>
        <source>Other or not given</source>
        <translation>Inna lub nie podano</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Obecności</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Frekwencja</translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation>Ostatnia obecność</translation>
    </message>
</context>
<context>
    <name>ParticipationView</name>
    <message>
        <source>Everyone invited</source>
        <translation>Wszyscy zaproszeni</translation>
    </message>
    <message>
        <source>Drop-outs: came early on, none of their last three meetings</source>
        <translation>Rezygnujący: przychodzili na początku, ale nie byli na żadnym z trzech ostatnich spotkań</translation>
    </message>
    <message>
        <source>Never attended</source>
        <translation>Nigdy nie uczestniczyli</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <source>Per meeting</source>
        <translation>Według spotkań</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Według osób</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>Osoby: {count}</translation>
    </message>
    <message>
        <source>The chart shows the latest {shown} of {total} meetings.</source>
        <translation>Wykres pokazuje ostatnie spotkania: {shown} z {total}.</translation>
    </message>
    <message>
        <source>Attendance by sector</source>
        <translation>Obecność według sektora</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Add partner</source>
        <translation>Dodaj partnera</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Edytuj partnera</translation>
    </message>
    <message>
        <source>for example Koszalin</source>
        <translation>na przykład Koszalin</translation>
    </message>
    <message>
        <source>two letters, for example PL</source>
        <translation>dwie litery, na przykład PL</translation>
    </message>
    <message>
        <source>per cent, for example 80</source>
        <translation>procent, na przykład 80</translation>
    </message>
    <message>
        <source>This is our city (the local group this file keeps)</source>
        <translation>To jest nasze miasto (grupa lokalna prowadzona w tym pliku)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Kraj</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <source>Co-&amp;financing (%)</source>
        <translation>&amp;Współfinansowanie (%)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Uwagi</translation>
    </message>
    <message>
        <source>Enter a number, for example 80.</source>
        <translation>Wpisz liczbę, na przykład 80.</translation>
    </message>
</context>
<context>
    <name>PartnerTable</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Współfinansowanie</translation>
    </message>
    <message>
        <source>Our city</source>
        <translation>Nasze miasto</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Add person {name}</source>
        <translation>Dodaj osobę {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edytuj: {name}</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>Zapisano: {name}.</translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation>Usuń osoby</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Usuń osobę</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Usuń: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Usuń %n osobę</numerusform>
            <numerusform>Usuń %n osoby</numerusform>
            <numerusform>Usuń %n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Export personal data of {name}</source>
        <translation>Eksportuj dane osobowe: {name}</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Plik JSON (*.json)</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Eksportuj dane osobowe</translation>
    </message>
    <message>
        <source>Everything lagdesk holds about {name} was written to:
{files}</source>
        <translation>Wszystkie dane, jakie lagdesk przechowuje o osobie {name}, zapisano w:
{files}</translation>
    </message>
    <message>
        <source>Erase {name} for good? This cannot be undone. Attendance at meetings is kept only as anonymous counts by sector and gender; group memberships, consent records and assessments are deleted, and tasks, actions, risks and indicators they were responsible for are kept without them. The undo history is cleared so that no copy of their data stays behind.</source>
        <translation>Trwale usunąć dane osoby {name}? Tej operacji nie można cofnąć. Obecność na spotkaniach zostanie zachowana tylko jako anonimowe liczby według sektora i płci; członkostwa w grupach, zgody i oceny zostaną usunięte, a zadania, działania, ryzyka i wskaźniki, za które osoba odpowiadała, pozostaną bez osoby odpowiedzialnej. Historia cofania zostanie wyczyszczona, aby nie pozostała żadna kopia jej danych.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Usuń dane osoby</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Usuń trwale</translation>
    </message>
    <message numerus="yes">
        <source>{name} was erased. Attendance at %n meetings is kept as anonymous counts.</source>
        <translation>
            <numerusform>Usunięto dane osoby {name}. Obecność na %n spotkaniu zachowano jako anonimowe liczby.</numerusform>
            <numerusform>Usunięto dane osoby {name}. Obecność na %n spotkaniach zachowano jako anonimowe liczby.</numerusform>
            <numerusform>Usunięto dane osoby {name}. Obecność na %n spotkaniach zachowano jako anonimowe liczby.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name still appears in %n places of free text (minutes, notes). Edit those by hand.</source>
        <translation>
            <numerusform>Imię i nazwisko nadal występuje w %n miejscu w tekście swobodnym (protokoły, uwagi). Popraw je ręcznie.</numerusform>
            <numerusform>Imię i nazwisko nadal występuje w %n miejscach w tekście swobodnym (protokoły, uwagi). Popraw je ręcznie.</numerusform>
            <numerusform>Imię i nazwisko nadal występuje w %n miejscach w tekście swobodnym (protokoły, uwagi). Popraw je ręcznie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>{name} — person</source>
        <translation>{name} — osoba</translation>
    </message>
    <message>
        <source>Optional. Used only in anonymous counts, such as the make-up of a group.</source>
        <translation>Opcjonalnie. Używane tylko w anonimowych zestawieniach, np. w składzie grupy.</translation>
    </message>
    <message>
        <source>for example: procurement officer</source>
        <translation>na przykład: specjalista ds. zamówień publicznych</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganizacja:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Płeć:</translation>
    </message>
    <message>
        <source>Gender is optional and only counted anonymously.</source>
        <translation>Płeć jest opcjonalna i liczona tylko anonimowo.</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Ro&amp;la:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Zgody</translation>
    </message>
    <message>
        <source>Po&amp;wer and interest</source>
        <translation>&amp;Wpływ i zainteresowanie</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>Eksportuj &amp;dane osobowe…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Usuń dane tej osoby…</translation>
    </message>
    <message>
        <source>Write everything lagdesk holds about this person (JSON and HTML)</source>
        <translation>Zapisz wszystkie dane, jakie lagdesk przechowuje o tej osobie (JSON i HTML)</translation>
    </message>
    <message>
        <source>Remove the person for good, keeping only anonymous counts</source>
        <translation>Trwale usuń osobę, zachowując tylko anonimowe liczby</translation>
    </message>
    <message>
        <source>Give both power and interest, or neither.</source>
        <translation>Podaj zarówno wpływ, jak i zainteresowanie, albo żadne z nich.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>tasks</source>
        <translation>zadania</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>działania</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>ryzyka</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>wskaźniki</translation>
    </message>
    <message>
        <source>export or erase what lagdesk holds about one person</source>
        <translation>eksportuj lub usuń dane, jakie lagdesk przechowuje o jednej osobie</translation>
    </message>
    <message>
        <source>the person&apos;s id or e-mail</source>
        <translation>identyfikator lub e-mail osoby</translation>
    </message>
    <message>
        <source>write everything held about the person to FILE.json and FILE.html</source>
        <translation>zapisz wszystkie dane o osobie do plików FILE.json i FILE.html</translation>
    </message>
    <message>
        <source>erase the person, keeping their attendance as anonymous counts</source>
        <translation>usuń dane osoby, zachowując jej obecność jako anonimowe liczby</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>nie pytaj o potwierdzenie</translation>
    </message>
    <message>
        <source>Personal data of {name} written to:</source>
        <translation>Dane osobowe osoby {name} zapisano w:</translation>
    </message>
    <message>
        <source>Erasing {name} cannot be undone and there is no terminal to confirm it on: add --yes to erase without asking.</source>
        <translation>Usunięcia danych osoby {name} nie można cofnąć, a nie ma terminala, w którym można to potwierdzić: dodaj --yes, aby usunąć bez pytania.</translation>
    </message>
    <message>
        <source>Erase {name} (id {id}) from {path}? This cannot be undone. Type yes to confirm: </source>
        <translation>Usunąć dane osoby {name} (identyfikator {id}) z pliku {path}? Tej operacji nie można cofnąć. Wpisz tak, aby potwierdzić: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Niczego nie usunięto.</translation>
    </message>
    <message>
        <source>Erased {name}. Meetings kept as anonymous counts: {meetings}. Removed: group memberships {memberships}, power/interest assessments {assessments}, consent records {consents}, attendance records {attendance}.</source>
        <translation>Usunięto dane osoby {name}. Spotkania zachowane jako anonimowe liczby: {meetings}. Usunięto: członkostwa w grupach {memberships}, oceny wpływu i zainteresowania {assessments}, zgody {consents}, wpisy obecności {attendance}.</translation>
    </message>
    <message>
        <source>Photos showing them, deleted: {photos}.</source>
        <translation>Usunięte zdjęcia, na których występuje: {photos}.</translation>
    </message>
    <message>
        <source>Kept without an owner or person responsible: {records}.</source>
        <translation>Zachowane bez właściciela lub osoby odpowiedzialnej: {records}.</translation>
    </message>
    <message>
        <source>Free text still names them; edit it where it should not:</source>
        <translation>Tekst swobodny nadal zawiera imię i nazwisko tej osoby; popraw go tam, gdzie nie powinno występować:</translation>
    </message>
    <message>
        <source>{table}.{column}, record {id}</source>
        <translation>{table}.{column}, rekord {id}</translation>
    </message>
    <message>
        <source>Warning: another program was using {path}, so old copies of the erased data may remain in unused parts of the file. Close every program using it and compact the file before sharing or backing it up.</source>
        <translation>Uwaga: inny program używał pliku {path}, dlatego stare kopie usuniętych danych mogą pozostać w nieużywanych częściach pliku. Zamknij wszystkie programy, które go używają, i skompaktuj plik przed jego udostępnieniem lub utworzeniem kopii zapasowej.</translation>
    </message>
    <message>
        <source>No person with the id or e-mail {key}. They may have been erased already.</source>
        <translation>Brak osoby o identyfikatorze lub adresie e-mail {key}. Jej dane mogły już zostać usunięte.</translation>
    </message>
    <message>
        <source>Several people have the e-mail {email} (ids {ids}); give the id instead.</source>
        <translation>Kilka osób ma adres e-mail {email} (identyfikatory {ids}); podaj zamiast niego identyfikator.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Group memberships</source>
        <translation>Członkostwa w grupach</translation>
    </message>
    <message>
        <source>Power and interest assessments</source>
        <translation>Oceny wpływu i zainteresowania</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Tasks they own</source>
        <translation>Zadania, za które odpowiada</translation>
    </message>
    <message>
        <source>Risks they own</source>
        <translation>Ryzyka, za które odpowiada</translation>
    </message>
    <message>
        <source>Actions they are responsible for</source>
        <translation>Działania, za które odpowiada</translation>
    </message>
    <message>
        <source>Indicators they own</source>
        <translation>Wskaźniki, za które odpowiada</translation>
    </message>
    <message>
        <source>Free text that names them</source>
        <translation>Tekst swobodny, w którym występuje</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Zarejestrowano</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Kind of group</source>
        <translation>Rodzaj grupy</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Przystąpienie</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Odejście</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Wpływ</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zainteresowanie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Udzielona</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowód</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofana</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Osoba niezaproszona</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Data wykonania</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Id rekordu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Personal data held about {name}</source>
        <translation>Dane osobowe przechowywane o osobie {name}</translation>
    </message>
    <message>
        <source>Exported from lagdesk on {date}.</source>
        <translation>Wyeksportowano z lagdesk w dniu {date}.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Brak wpisów.</translation>
    </message>
    <message>
        <source>{path}: the folder does not exist.</source>
        <translation>{path}: folder nie istnieje.</translation>
    </message>
    <message>
        <source>{path}: choose a file name ending in .json.</source>
        <translation>{path}: wybierz nazwę pliku z rozszerzeniem .json.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {detail}</source>
        <translation>Nie można zapisać pliku {path}: {detail}</translation>
    </message>
    <message>
        <source>The person could not be erased: {detail}</source>
        <translation>Nie udało się usunąć danych osoby: {detail}</translation>
    </message>
</context>
<context>
    <name>PhotoPeopleDialog</name>
    <message>
        <source>People in this photo</source>
        <translation>Osoby na tym zdjęciu</translation>
    </message>
    <message>
        <source>Type a name or an organisation</source>
        <translation>Wpisz imię i nazwisko lub organizację</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Znajdź:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <source>{person} · attended</source>
        <translation>{person} · obecność</translation>
    </message>
    <message>
        <source>Erasing a person&apos;s data also deletes the photos they are marked in here.</source>
        <translation>Usunięcie danych osoby usuwa również zdjęcia, na których jest tu oznaczona.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Integrated Action Plan of {city}</source>
        <translation>Zintegrowany Plan Działania: {city}</translation>
    </message>
    <message>
        <source>Integrated Action Plan ({network})</source>
        <translation>Zintegrowany Plan Działania ({network})</translation>
    </message>
    <message>
        <source>Integrated Action Plan</source>
        <translation>Zintegrowany Plan Działania</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>action</source>
        <translation>działanie</translation>
    </message>
    <message>
        <source>The tag “{tag}” is longer than {limit} characters.</source>
        <translation>Tag „{tag}” jest dłuższy niż {limit} znaków.</translation>
    </message>
    <message>
        <source>milestone {field}</source>
        <translation>kamień milowy: {field}</translation>
    </message>
    <message>
        <source>funding {field}</source>
        <translation>finansowanie: {field}</translation>
    </message>
    <message>
        <source>Milestone “{title}” is due outside the action&apos;s start and end.</source>
        <translation>Termin kamienia milowego „{title}” wypada poza okresem realizacji działania.</translation>
    </message>
    <message>
        <source>The funding lines add up to {funded}, more than the estimated cost of {cost}.</source>
        <translation>Pozycje finansowania sumują się do {funded}, czyli więcej niż szacowany koszt {cost}.</translation>
    </message>
    <message>
        <source>funding line</source>
        <translation>pozycja finansowania</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>ryzyko</translation>
    </message>
    <message>
        <source>Objective {code} “{title}” cannot be deleted while actions belong to it or to its specific objectives (actions: {count}). Move them to another objective or delete them first.</source>
        <translation>Nie można usunąć celu {code} „{title}”, dopóki należą do niego lub do jego celów szczegółowych działania (liczba działań: {count}). Najpierw przenieś je do innego celu lub usuń.</translation>
    </message>
    <message>
        <source>Nothing can go under specific objective {code}: objectives go two levels deep (strategic &gt; specific). Choose a strategic objective.</source>
        <translation>Pod celem szczegółowym {code} nie można niczego umieścić: cele mają dwa poziomy (strategiczny &gt; szczegółowy). Wybierz cel strategiczny.</translation>
    </message>
    <message>
        <source>An objective cannot go under itself.</source>
        <translation>Cel nie może znaleźć się pod samym sobą.</translation>
    </message>
    <message>
        <source>Strategic objective {code} has specific objectives, so it cannot go under another objective: objectives go two levels deep (strategic &gt; specific).</source>
        <translation>Cel strategiczny {code} ma cele szczegółowe, więc nie może znaleźć się pod innym celem: cele mają dwa poziomy (strategiczny &gt; szczegółowy).</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lider</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Zabezpieczone</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Luka</translation>
    </message>
</context>
<context>
    <name>PlanColumns</name>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Objective code</source>
        <translation>Kod celu</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Kod działania</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Organizacja wiodąca</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Organizacje partnerskie</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Osoba odpowiedzialna</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>Postęp %</translation>
    </message>
    <message>
        <source>Estimated cost (EUR)</source>
        <translation>Szacowany koszt (EUR)</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Oczekiwany rezultat</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Gender dimension</source>
        <translation>Wymiar płci</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansowanie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Kwota (EUR)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Kod wskaźnika</translation>
    </message>
    <message>
        <source>EU code</source>
        <translation>Kod UE</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definicja</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>Accumulation</source>
        <translation>Sposób agregacji</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Wartość bazowa</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Data wartości bazowej</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Data wartości docelowej</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Źródło danych</translation>
    </message>
    <message>
        <source>Collection method</source>
        <translation>Metoda zbierania danych</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Częstotliwość</translation>
    </message>
    <message>
        <source>Disaggregation</source>
        <translation>Dezagregacja</translation>
    </message>
    <message>
        <source>Linked objective codes</source>
        <translation>Kody powiązanych celów</translation>
    </message>
    <message>
        <source>Linked action codes</source>
        <translation>Kody powiązanych działań</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Pomiary</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Value women</source>
        <translation>Wartość – kobiety</translation>
    </message>
    <message>
        <source>Value men</source>
        <translation>Wartość – mężczyźni</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Uwaga o źródle</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Wprowadził(a)</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Ryzyka</translation>
    </message>
    <message>
        <source>Risk code</source>
        <translation>Kod ryzyka</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>Prawdopodobieństwo (1-5)</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>Skutek (1-5)</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Działania zaradcze</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>{file}: the export is an Excel workbook; name it .xlsx.</source>
        <translation>{file}: eksport jest skoroszytem programu Excel; nadaj mu rozszerzenie .xlsx.</translation>
    </message>
    <message>
        <source>{file} exists already; choose another name or replace it.</source>
        <translation>{file} już istnieje; wybierz inną nazwę lub zastąp plik.</translation>
    </message>
    <message>
        <source>{folder}: the folder does not exist.</source>
        <translation>{folder}: folder nie istnieje.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>Nie można zapisać pliku {file}: {reason}.</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>actions, funding, indicators, measurements and risks to an .xlsx file</source>
        <translation>działania, finansowanie, wskaźniki, pomiary i ryzyka do pliku .xlsx</translation>
    </message>
    <message>
        <source>the action plan and indicators from an exported .xlsx file</source>
        <translation>plan działania i wskaźniki z wyeksportowanego pliku .xlsx</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>sprawdź i wyświetl raport, niczego nie zapisuj</translation>
    </message>
    <message>
        <source>indicator measurements from an .xlsx or .csv file</source>
        <translation>pomiary wskaźników z pliku .xlsx lub .csv</translation>
    </message>
    <message>
        <source>text encoding of a CSV file</source>
        <translation>kodowanie tekstu pliku CSV</translation>
    </message>
    <message>
        <source>sheet of a workbook to read</source>
        <translation>arkusz skoroszytu do odczytania</translation>
    </message>
    <message>
        <source>{actions} actions, {funding} funding lines, {indicators} indicators, {measurements} measurements and {risks} risks written to {path}.</source>
        <translation>Zapisano w {path}: działania ({actions}), pozycje finansowania ({funding}), wskaźniki ({indicators}), pomiary ({measurements}) i ryzyka ({risks}).</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows; new {creates}, skipped {skipped}, invalid {invalid}.</source>
        <translation>{sheet}: wiersze: {rows}; nowe {creates}, pominięte {skipped}, niepoprawne {invalid}.</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows; new {creates}, changed {updates}, unchanged {unchanged}, removed {deletes}, invalid {invalid}.</source>
        <translation>{sheet}: wiersze: {rows}; nowe {creates}, zmienione {updates}, bez zmian {unchanged}, usunięte {deletes}, niepoprawne {invalid}.</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows; new {creates}, changed {updates}, unchanged {unchanged}, invalid {invalid}.</source>
        <translation>{sheet}: wiersze: {rows}; nowe {creates}, zmienione {updates}, bez zmian {unchanged}, niepoprawne {invalid}.</translation>
    </message>
    <message>
        <source>{sheet}: columns ignored: {columns}.</source>
        <translation>{sheet}: pominięte kolumny: {columns}.</translation>
    </message>
    <message>
        <source>{field}: “{old}” -&gt; “{new}”</source>
        <translation>{field}: „{old}” -&gt; „{new}”</translation>
    </message>
    <message>
        <source>  {sheet}, row {row} ({code}): {fields}</source>
        <translation>  {sheet}, wiersz {row} ({code}): {fields}</translation>
    </message>
    <message>
        <source>  {sheet}, row {row} ({code}): new</source>
        <translation>  {sheet}, wiersz {row} ({code}): nowy</translation>
    </message>
    <message>
        <source>  {sheet}, row {row} ({code}): skipped, {reason}</source>
        <translation>  {sheet}, wiersz {row} ({code}): pominięty, {reason}</translation>
    </message>
    <message>
        <source>  {sheet}: removed {line}</source>
        <translation>  {sheet}: usunięto {line}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>{file} ({encoding}, separator {separator}): {sheets}.</source>
        <translation>{file} ({encoding}, separator {separator}): {sheets}.</translation>
    </message>
    <message>
        <source>{file}: {sheets}.</source>
        <translation>{file}: {sheets}.</translation>
    </message>
    <message>
        <source>  ... and {count} more.</source>
        <translation>  ... i {count} więcej.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Uwaga: {warning}</translation>
    </message>
    <message>
        <source>lagdesk: {rows} row(s) refused; nothing was imported. Correct the file and import it again.</source>
        <translation>lagdesk: odrzucono wiersze ({rows}); niczego nie zaimportowano. Popraw plik i zaimportuj go ponownie.</translation>
    </message>
    <message>
        <source>Nothing to import: the database already holds what the file says.</source>
        <translation>Nie ma nic do zaimportowania: baza danych zawiera już to, co jest w pliku.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Próba na sucho: niczego nie zapisano.</translation>
    </message>
    <message>
        <source>The import would create {created}, update {updated} and remove {deleted}.</source>
        <translation>Import utworzyłby: {created}, zaktualizowałby: {updated} i usunąłby: {deleted}.</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {deleted} removed.</source>
        <translation>Zaimportowano: utworzono {created}, zaktualizowano {updated}, usunięto {deleted}.</translation>
    </message>
    <message>
        <source>the code {code} is also on row {row} of this sheet.</source>
        <translation>kod {code} występuje też w wierszu {row} tego arkusza.</translation>
    </message>
    <message>
        <source>there is no organisation {name} in the stakeholder register; add it there first, or correct the name.</source>
        <translation>w rejestrze interesariuszy nie ma organizacji {name}; najpierw ją tam dodaj lub popraw nazwę.</translation>
    </message>
    <message>
        <source>there is no person {name} in the stakeholder register; write their e-mail address or their first and last name as stored.</source>
        <translation>w rejestrze interesariuszy nie ma osoby {name}; wpisz jej adres e-mail albo imię i nazwisko w takiej postaci, w jakiej są zapisane.</translation>
    </message>
    <message>
        <source>{count} people in the stakeholder register are called {name}; write the e-mail address of the one you mean.</source>
        <translation>w rejestrze interesariuszy jest kilka osób o nazwisku {name} ({count}); wpisz adres e-mail właściwej osoby.</translation>
    </message>
    <message>
        <source>no objective has the code {code}.</source>
        <translation>żaden cel nie ma kodu {code}.</translation>
    </message>
    <message>
        <source>{count} objectives have the code {code}; renumber them in lagdesk first.</source>
        <translation>kilka celów ({count}) ma kod {code}; najpierw zmień ich numerację w lagdesk.</translation>
    </message>
    <message>
        <source>{count} stored actions have the code {code}; give them different codes in lagdesk first.</source>
        <translation>kilka zapisanych działań ({count}) ma kod {code}; najpierw nadaj im różne kody w lagdesk.</translation>
    </message>
    <message>
        <source>no action has the code {code}.</source>
        <translation>żadne działanie nie ma kodu {code}.</translation>
    </message>
    <message>
        <source>{action}: {source}, {amount} ({status})</source>
        <translation>{action}: {source}, {amount} ({status})</translation>
    </message>
    <message>
        <source>the funding lines of action {code} add up to {total}, more than its estimated cost of {cost}.</source>
        <translation>pozycje finansowania działania {code} sumują się do {total}, czyli więcej niż jego szacowany koszt {cost}.</translation>
    </message>
    <message>
        <source>no indicator has the code {code}.</source>
        <translation>żaden wskaźnik nie ma kodu {code}.</translation>
    </message>
    <message>
        <source>the date is before the indicator&apos;s baseline date ({baseline}).</source>
        <translation>data jest wcześniejsza niż data wartości bazowej wskaźnika ({baseline}).</translation>
    </message>
    <message>
        <source>women and men add up to {sum}, not to the value {value}.</source>
        <translation>kobiety i mężczyźni sumują się do {sum}, a nie do wartości {value}.</translation>
    </message>
    <message>
        <source>the same indicator, date and value are stored already.</source>
        <translation>ten sam wskaźnik, data i wartość są już zapisane.</translation>
    </message>
    <message>
        <source>it repeats row {row}.</source>
        <translation>powtarza wiersz {row}.</translation>
    </message>
    <message>
        <source>a measurement of {value} on this date is stored already; this one is added beside it.</source>
        <translation>pomiar o wartości {value} z tą datą jest już zapisany; ten zostanie dodany obok niego.</translation>
    </message>
    <message>
        <source>the database has no plan yet; create it in lagdesk first.</source>
        <translation>baza danych nie zawiera jeszcze planu; najpierw utwórz go w lagdesk.</translation>
    </message>
    <message>
        <source>a plan is imported from an Excel workbook (.xlsx) as lagdesk exports it.</source>
        <translation>plan importuje się ze skoroszytu Excel (.xlsx) w postaci, w jakiej eksportuje go lagdesk.</translation>
    </message>
    <message>
        <source>the workbook has none of the sheets {sheets}; its sheets are: {names}.</source>
        <translation>skoroszyt nie zawiera żadnego z arkuszy {sheets}; jego arkusze to: {names}.</translation>
    </message>
    <message>
        <source>the file has no rows.</source>
        <translation>plik nie zawiera wierszy.</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}</source>
        <translation>{file}, arkusz {sheet}</translation>
    </message>
    <message>
        <source>sheet {sheet} has no column “{column}”; its columns are: {columns}.</source>
        <translation>arkusz {sheet} nie ma kolumny „{column}”; jego kolumny to: {columns}.</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit}.</source>
        <translation>tekst ma {length} znaków; dopuszczalne maksimum to {limit}.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} nie jest liczbą.</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} nie jest liczbą całkowitą.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{value} nie jest datą; wpisz ją w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} nie jest żadną z wartości: {choices}.</translation>
    </message>
    <message>
        <source>{item} is {length} characters long; at most {limit}.</source>
        <translation>{item} ma {length} znaków; dopuszczalne maksimum to {limit}.</translation>
    </message>
    <message>
        <source>{file}: the plan was changed (by another import or in the app) after the file was checked; nothing was imported. Check the file again, then import it.</source>
        <translation>{file}: plan został zmieniony (przez inny import lub w aplikacji) po sprawdzeniu pliku; nic nie zostało zaimportowane. Sprawdź plik ponownie, a potem go zaimportuj.</translation>
    </message>
    <message>
        <source>This preview is of a plan workbook; apply it as a plan import.</source>
        <translation>To jest podgląd skoroszytu planu; zastosuj go jako import planu.</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Nothing is written until you press Import. Then the whole file is imported in one step, or nothing if something goes wrong. Undo does not take an import back: check the changes above first.</source>
        <translation>Niczego nie zapisuje się, dopóki nie naciśniesz Importuj. Wtedy cały plik zostanie zaimportowany w jednym kroku albo nic, jeśli coś pójdzie nie tak. Polecenie Cofnij nie wycofuje importu: najpierw sprawdź powyższe zmiany.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Import measurements from {file}</source>
        <translation>Importuj pomiary z pliku {file}</translation>
    </message>
    <message>
        <source>Import the action plan from {file}</source>
        <translation>Importuj plan działania z pliku {file}</translation>
    </message>
    <message>
        <source>&amp;Changes ({count})</source>
        <translation>&amp;Zmiany ({count})</translation>
    </message>
    <message>
        <source>&amp;Problems ({problems}) and notes ({notes})</source>
        <translation>&amp;Problemy ({problems}) i uwagi ({notes})</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>{file} (text encoding {encoding}, separator {separator}).</source>
        <translation>{file} (kodowanie tekstu {encoding}, separator {separator}).</translation>
    </message>
    <message>
        <source>{file}: sheets {sheets}.</source>
        <translation>{file}: arkusze {sheets}.</translation>
    </message>
    <message>
        <source>New: {count}</source>
        <translation>Nowe: {count}</translation>
    </message>
    <message>
        <source>changed: {count}</source>
        <translation>zmienione: {count}</translation>
    </message>
    <message>
        <source>unchanged: {count}</source>
        <translation>bez zmian: {count}</translation>
    </message>
    <message>
        <source>funding lines removed: {count}</source>
        <translation>usunięte pozycje finansowania: {count}</translation>
    </message>
    <message>
        <source>skipped: {count}</source>
        <translation>pominięte: {count}</translation>
    </message>
    <message>
        <source>{rows} row(s) have problems, listed under Problems. Nothing can be imported until they are corrected: correct the file and import it again.</source>
        <translation>Wiersze z problemami ({rows}) są wymienione w zakładce Problemy. Nie można niczego zaimportować, dopóki nie zostaną poprawione: popraw plik i zaimportuj go ponownie.</translation>
    </message>
    <message>
        <source>Correct the rows with problems first.</source>
        <translation>Najpierw popraw wiersze z problemami.</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds what the file says.</source>
        <translation>Nie ma nic do zmiany: baza danych zawiera już to, co jest w pliku.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Nie ma nic do zaimportowania.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>PlanTotals</name>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Zabezpieczone</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Wnioskowane</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potencjalne</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Luka</translation>
    </message>
    <message>
        <source>Secured share</source>
        <translation>Udział zabezpieczony</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Cały plan</translation>
    </message>
</context>
<context>
    <name>PlanTransfer</name>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmienione</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Usunięte</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Arkusz</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Z problemami</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Problem or note</source>
        <translation>Problem lub uwaga</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Co się zmienia</translation>
    </message>
</context>
<context>
    <name>PlanTransfers</name>
    <message>
        <source>Export the action plan to Excel</source>
        <translation>Eksportuj plan działania do Excela</translation>
    </message>
    <message>
        <source>action-plan-{date}.xlsx</source>
        <translation>plan-dzialania-{date}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt programu Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Zapisywanie pliku {file}…</translation>
    </message>
    <message>
        <source>Import the action plan from Excel</source>
        <translation>Importuj plan działania z Excela</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Skoroszyt programu Excel (*.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Odczytywanie pliku {file}…</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>Importuj pomiary</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Arkusze kalkulacyjne (*.xlsx *.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Importing {count} rows…</source>
        <translation>Importowanie wierszy ({count})…</translation>
    </message>
    <message>
        <source>{file}: measurements added: {created}, skipped: {skipped}.</source>
        <translation>{file}: dodane pomiary: {created}, pominięte: {skipped}.</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
</context>
<context>
    <name>PlanVersions</name>
    <message>
        <source>Version {name} is approved and cannot be changed. Save a new version instead.</source>
        <translation>Wersja {name} jest zatwierdzona i nie można jej zmienić. Zamiast tego zapisz nową wersję.</translation>
    </message>
    <message>
        <source>plan version</source>
        <translation>wersja planu</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>A version named {name} already exists.</source>
        <translation>Wersja o nazwie {name} już istnieje.</translation>
    </message>
    <message>
        <source>There is no action plan yet, so there is nothing to save.</source>
        <translation>Nie ma jeszcze planu działania, więc nie ma czego zapisać.</translation>
    </message>
    <message>
        <source>Version {name} is {old}; it cannot become {new}. Allowed next: {allowed}.</source>
        <translation>Wersja {name} ma status „{old}”; nie może otrzymać statusu „{new}”. Dozwolone kolejne statusy: {allowed}.</translation>
    </message>
    <message>
        <source>{name} (draft {number})</source>
        <translation>{name} (projekt {number})</translation>
    </message>
    <message>
        <source>The saved copy of version {name} cannot be read.</source>
        <translation>Nie można odczytać zapisanej kopii wersji {name}.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Action milestones</source>
        <translation>Kamienie milowe działań</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Pozycje finansowania</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Ryzyka</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Indicator milestones</source>
        <translation>Kamienie milowe wskaźników</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>city</source>
        <translation>miasto</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>wizja</translation>
    </message>
    <message>
        <source>context</source>
        <translation>kontekst</translation>
    </message>
    <message>
        <source>problem analysis</source>
        <translation>analiza problemu</translation>
    </message>
    <message>
        <source>transnational learning</source>
        <translation>wymiana doświadczeń międzynarodowych</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>level</source>
        <translation>poziom</translation>
    </message>
    <message>
        <source>parent objective</source>
        <translation>cel nadrzędny</translation>
    </message>
    <message>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>type</source>
        <translation>rodzaj</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>organizacja wiodąca</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partnerzy</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>osoba odpowiedzialna</translation>
    </message>
    <message>
        <source>start</source>
        <translation>początek</translation>
    </message>
    <message>
        <source>end</source>
        <translation>koniec</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>progress %</source>
        <translation>postęp %</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>koszt</translation>
    </message>
    <message>
        <source>expected result</source>
        <translation>oczekiwany rezultat</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>produkty</translation>
    </message>
    <message>
        <source>gender dimension</source>
        <translation>wymiar płci</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tagi</translation>
    </message>
    <message>
        <source>source decision</source>
        <translation>decyzja źródłowa</translation>
    </message>
    <message>
        <source>due</source>
        <translation>termin</translation>
    </message>
    <message>
        <source>done</source>
        <translation>osiągnięty</translation>
    </message>
    <message>
        <source>source</source>
        <translation>źródło</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>kwota</translation>
    </message>
    <message>
        <source>note</source>
        <translation>uwaga</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategoria</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>prawdopodobieństwo</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>skutek</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>działania zaradcze</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>właściciel</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>działania</translation>
    </message>
    <message>
        <source>EU code</source>
        <translation>kod UE</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definicja</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>jednostka</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>kierunek</translation>
    </message>
    <message>
        <source>accumulation</source>
        <translation>sposób agregacji</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>wartość bazowa</translation>
    </message>
    <message>
        <source>baseline date</source>
        <translation>data wartości bazowej</translation>
    </message>
    <message>
        <source>target</source>
        <translation>wartość docelowa</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>data wartości docelowej</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>źródło danych</translation>
    </message>
    <message>
        <source>collection method</source>
        <translation>metoda zbierania danych</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>częstotliwość</translation>
    </message>
    <message>
        <source>disaggregation</source>
        <translation>dezagregacja</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>cele</translation>
    </message>
    <message>
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <source>Objective {code} “{title}”</source>
        <translation>Cel {code} „{title}”</translation>
    </message>
    <message>
        <source>Action {code} “{title}”</source>
        <translation>Działanie {code} „{title}”</translation>
    </message>
    <message>
        <source>Milestone “{title}” of action {code}</source>
        <translation>Kamień milowy „{title}” działania {code}</translation>
    </message>
    <message>
        <source>Funding line {source} of action {code}</source>
        <translation>Pozycja finansowania {source} działania {code}</translation>
    </message>
    <message>
        <source>Risk “{title}”</source>
        <translation>Ryzyko „{title}”</translation>
    </message>
    <message>
        <source>Risk {code} “{title}”</source>
        <translation>Ryzyko {code} „{title}”</translation>
    </message>
    <message>
        <source>Indicator {code} “{name}”</source>
        <translation>Wskaźnik {code} „{name}”</translation>
    </message>
    <message>
        <source>Milestone {date} of indicator {code}</source>
        <translation>Kamień milowy {date} wskaźnika {code}</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>wskaźnik</translation>
    </message>
    <message>
        <source>action</source>
        <translation>działanie</translation>
    </message>
    <message>
        <source>{item}: {field} set to {new}</source>
        <translation>{item}: {field} ustawiono na {new}</translation>
    </message>
    <message>
        <source>{item}: {field} cleared (was {old})</source>
        <translation>{item}: {field} wyczyszczono (było: {old})</translation>
    </message>
    <message>
        <source>{item}: {field} {old} -&gt; {new}</source>
        <translation>{item}: {field} {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Added: {item}</source>
        <translation>Dodano: {item}</translation>
    </message>
    <message>
        <source>Removed: {item}</source>
        <translation>Usunięto: {item}</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Other</source>
        <translation>Inny program</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Select an indicator to see its progress.</source>
        <translation>Zaznacz wskaźnik, aby zobaczyć jego postęp.</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Wykres postępu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Pokaż szczegóły...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ukryj szczegóły...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Zapisz wszystko</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ta&amp;k dla wszystkich</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ni&amp;e dla wszystkich</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Przerwij</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów próbę</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoruj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiuj &amp;adres odnośnika</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{path} is not a lagdesk file (no SQLite header), so nothing can be recovered from it.</source>
        <translation>{path} nie jest plikiem lagdesk (brak nagłówka SQLite), więc nie da się z niego niczego odzyskać.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>Nie można odczytać {path}: {detail}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{path}: cannot write the PDF.</source>
        <translation>{path}: nie można zapisać pliku PDF.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Interesariusze</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Group type</source>
        <translation>Rodzaj grupy</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Część grupy</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Przystąpienie</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Odejście</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>ID spotkania</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Link online</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Zaproszeni</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decyzje</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Otwarte zadania</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Data spotkania</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Osoba niezaproszona</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonimowo</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Decision No.</source>
        <translation>Nr decyzji</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Data wykonania</translation>
    </message>
    <message>
        <source>Decisions and tasks</source>
        <translation>Decyzje i zadania</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Kod wskaźnika</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Wartość bazowa</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Data raportu</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Bieżąca wartość</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Oczekiwany postęp</translation>
    </message>
    <message>
        <source>Measurements used</source>
        <translation>Wykorzystane pomiary</translation>
    </message>
    <message>
        <source>Latest measurement</source>
        <translation>Ostatni pomiar</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>People in the register</source>
        <translation>Osoby w rejestrze</translation>
    </message>
    <message>
        <source>Local group members</source>
        <translation>Członkowie grupy lokalnej</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Odbyte spotkania</translation>
    </message>
    <message>
        <source>Attendances at meetings held</source>
        <translation>Obecności na odbytych spotkaniach</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Szacowany koszt</translation>
    </message>
    <message>
        <source>Secured funding</source>
        <translation>Zabezpieczone finansowanie</translation>
    </message>
    <message>
        <source>Funding gap</source>
        <translation>Luka finansowa</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Indicators: {status}</source>
        <translation>Wskaźniki: {status}</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Ryzyka</translation>
    </message>
    <message>
        <source>Personal names</source>
        <translation>Imiona i nazwiska</translation>
    </message>
    <message>
        <source>Replaced by pseudonyms (P-0001 ...)</source>
        <translation>Zastąpione pseudonimami (P-0001 ...)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>{file}: the report is an Excel workbook; name it .xlsx.</source>
        <translation>{file}: raport jest skoroszytem programu Excel; nadaj mu rozszerzenie .xlsx.</translation>
    </message>
    <message>
        <source>{folder}: the folder does not exist.</source>
        <translation>{folder}: folder nie istnieje.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>Nie można zapisać pliku {file}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ReportJobs</name>
    <message>
        <source>Reading the plan…</source>
        <translation>Wczytywanie planu…</translation>
    </message>
    <message>
        <source>Building the chapters and charts…</source>
        <translation>Tworzenie rozdziałów i wykresów…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Układanie stron…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Rysowanie wykresów…</translation>
    </message>
    <message numerus="yes">
        <source>The first %n of {pages} pages, as in the PDF.</source>
        <translation>
            <numerusform>Pierwsza strona (%n z {pages}), jak w pliku PDF.</numerusform>
            <numerusform>Pierwsze %n strony z {pages}, jak w pliku PDF.</numerusform>
            <numerusform>Pierwszych %n stron z {pages}, jak w pliku PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole document: %n pages, as in the PDF.</source>
        <translation>
            <numerusform>Cały dokument: %n strona, jak w pliku PDF.</numerusform>
            <numerusform>Cały dokument: %n strony, jak w pliku PDF.</numerusform>
            <numerusform>Cały dokument: %n stron, jak w pliku PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n of {charts} charts. The export writes every chart, one file each.</source>
        <translation>
            <numerusform>Pierwszy %n z {charts} wykresów. Eksport zapisuje wszystkie wykresy, każdy w osobnym pliku.</numerusform>
            <numerusform>Pierwsze %n z {charts} wykresów. Eksport zapisuje wszystkie wykresy, każdy w osobnym pliku.</numerusform>
            <numerusform>Pierwszych %n z {charts} wykresów. Eksport zapisuje wszystkie wykresy, każdy w osobnym pliku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n charts. The export writes each to a file of its own.</source>
        <translation>
            <numerusform>%n wykres. Eksport zapisuje go w osobnym pliku.</numerusform>
            <numerusform>Wszystkie wykresy: %n. Eksport zapisuje każdy w osobnym pliku.</numerusform>
            <numerusform>Wszystkie wykresy: %n. Eksport zapisuje każdy w osobnym pliku.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zliczanie…</translation>
    </message>
    <message>
        <source>The Summary sheet. The workbook also has a sheet each for stakeholders, groups, meetings, attendance, decisions and tasks, objectives, actions, funding, risks, indicators, measurements and progress.</source>
        <translation>Arkusz „Podsumowanie”. Skoroszyt zawiera też osobne arkusze dla interesariuszy, grup, spotkań, obecności, decyzji i zadań, celów, działań, finansowania, ryzyk, wskaźników, pomiarów i postępu.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Zapisywanie pliku {file}…</translation>
    </message>
    <message>
        <source>The Integrated Action Plan was written to {path} ({pages} pages).</source>
        <translation>Zapisano Zintegrowany Plan Działania w {path} (liczba stron: {pages}).</translation>
    </message>
    <message>
        <source>The Integrated Action Plan was written to {path}.</source>
        <translation>Zapisano Zintegrowany Plan Działania w {path}.</translation>
    </message>
    <message>
        <source>Writing the sheets…</source>
        <translation>Zapisywanie arkuszy…</translation>
    </message>
    <message>
        <source>The Excel report was written to {path}: {sheets} sheets, {rows} rows.</source>
        <translation>Zapisano raport Excel w {path}: arkusze: {sheets}, wiersze: {rows}.</translation>
    </message>
    <message>
        <source>{count} charts were written to {path}.</source>
        <translation>Zapisano wykresy ({count}) w {path}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Choose a report and its options, look at the preview, then export it. The file is written whole or not at all.</source>
        <translation>Wybierz raport i jego opcje, obejrzyj podgląd, a następnie wyeksportuj raport. Plik zostanie zapisany w całości albo wcale.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>The plan document: Word, PDF or web page.</source>
        <translation>Dokument planu: Word, PDF lub strona internetowa.</translation>
    </message>
    <message>
        <source>Every register on its own sheet, for the council or an audit.</source>
        <translation>Każdy rejestr w osobnym arkuszu – dla rady miasta lub na potrzeby audytu.</translation>
    </message>
    <message>
        <source>&amp;Integrated Action Plan</source>
        <translation>&amp;Zintegrowany Plan Działania</translation>
    </message>
    <message>
        <source>E&amp;xcel report</source>
        <translation>&amp;Raport Excel</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Wy&amp;kresy</translation>
    </message>
    <message>
        <source>Every chart as a picture, one file each, for slides.</source>
        <translation>Każdy wykres jako obraz w osobnym pliku – do prezentacji.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Plan &amp;version:</source>
        <translation>&amp;Wersja planu:</translation>
    </message>
    <message>
        <source>Progress and statuses are worked out on this date.</source>
        <translation>Postęp i stany są wyliczane na ten dzień.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Stan n&amp;a:</translation>
    </message>
    <message>
        <source>Include the &amp;names of local group members</source>
        <translation>Uwzględnij &amp;imiona i nazwiska członków grupy lokalnej</translation>
    </message>
    <message>
        <source>Without this, members are listed by organisation and role only.</source>
        <translation>Bez tej opcji członkowie są wymienieni tylko według organizacji i roli.</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise personal data</source>
        <translation>&amp;Pseudonimizuj dane osobowe</translation>
    </message>
    <message>
        <source>Names become stable pseudonyms (P-0001 …) and contacts are left out, for sharing outside the city.</source>
        <translation>Imiona i nazwiska zostają zastąpione stałymi pseudonimami (P-0001 …), a dane kontaktowe są pomijane – do udostępniania poza urzędem miasta.</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>Po&amp;dgląd</translation>
    </message>
    <message>
        <source>Show what the report will look like (F5)</source>
        <translation>Pokaż, jak będzie wyglądał raport (F5)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Write the report to a file (Ctrl+E)</source>
        <translation>Zapisz raport w pliku (Ctrl+E)</translation>
    </message>
    <message>
        <source>Press Preview (F5) to see the report before you export it.</source>
        <translation>Kliknij Podgląd (F5), aby obejrzeć raport przed eksportem.</translation>
    </message>
    <message>
        <source>The plan as it is now</source>
        <translation>Plan w obecnym stanie</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Dokument Word (.docx)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Strona internetowa (.html)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Skoroszyt programu Excel (.xlsx)</translation>
    </message>
    <message>
        <source>PNG pictures</source>
        <translation>Obrazy PNG</translation>
    </message>
    <message>
        <source>SVG drawings (scalable)</source>
        <translation>Rysunki SVG (skalowalne)</translation>
    </message>
    <message>
        <source>PDF files (one per chart)</source>
        <translation>Pliki PDF (jeden na wykres)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Przygotowywanie podglądu…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Anulowano podgląd.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Preview {number}</source>
        <translation>Podgląd {number}</translation>
    </message>
    <message>
        <source>Folder for the charts</source>
        <translation>Folder na wykresy</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Anulowano eksport. Nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Nie zapisano raportu</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <source>Choose a backup of {name}. The file as it is now is kept beside it, so a restore can be undone by restoring that.</source>
        <translation>Wybierz kopię zapasową pliku {name}. Plik w obecnym stanie zostanie zachowany obok, więc przywrócenie można cofnąć, przywracając go.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>This backup</source>
        <translation>Ta kopia</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Nie ma jeszcze kopii zapasowych tego pliku.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
    <message>
        <source>Replace {name} with the backup made {when}? The file as it is now will be kept beside it.</source>
        <translation>Zastąpić {name} kopią zapasową utworzoną {when}? Plik w obecnym stanie zostanie zachowany obok.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Objectives</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Wartość bazowa</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Częstotliwość</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Bieżąca wartość</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Pochodzenie</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteka</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Własny</translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Risk {code}</source>
        <translation>Ryzyko {code}</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Nowe ryzyko</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategoria:</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Prawdopodobieństwo:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Skutek:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Likelihood × impact: low up to {low}, medium {medium_from} to {medium}, high from {high}</source>
        <translation>Prawdopodobieństwo × skutek: niska do {low}, średnia od {medium_from} do {medium}, wysoka od {high}</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Ocena:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>&amp;Mitigation:</source>
        <translation>&amp;Działania zaradcze:</translation>
    </message>
    <message>
        <source>{code} {title}</source>
        <translation>{code} {title}</translation>
    </message>
    <message>
        <source>Type part of a code or title</source>
        <translation>Wpisz część kodu lub tytułu</translation>
    </message>
    <message>
        <source>&amp;Find action:</source>
        <translation>&amp;Znajdź działanie:</translation>
    </message>
    <message>
        <source>Linked &amp;actions (tick with Space):</source>
        <translation>Powiązane działa&amp;nia (zaznaczaj spacją):</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message numerus="yes">
        <source>Linked to %n actions</source>
        <translation>
            <numerusform>Powiązane z %n działaniem</numerusform>
            <numerusform>Powiązane z %n działaniami</numerusform>
            <numerusform>Powiązane z %n działaniami</numerusform>
        </translation>
    </message>
    <message>
        <source>{score} ({band})</source>
        <translation>{score} ({band})</translation>
    </message>
    <message>
        <source>Risk not saved</source>
        <translation>Nie zapisano ryzyka</translation>
    </message>
</context>
<context>
    <name>RiskMatrixWidget</name>
    <message>
        <source>Likelihood and impact matrix</source>
        <translation>Macierz prawdopodobieństwa i skutku</translation>
    </message>
    <message>
        <source>Likelihood ↑</source>
        <translation>Prawdopodobieństwo ↑</translation>
    </message>
    <message>
        <source>From {low} (1) to {high} (5)</source>
        <translation>Od {low} (1) do {high} (5)</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Skutek →</translation>
    </message>
    <message>
        <source>Include &amp;closed risks</source>
        <translation>Uwzględnij &amp;zamknięte ryzyka</translation>
    </message>
    <message>
        <source>Count closed risks too; otherwise only open and mitigated ones</source>
        <translation>Licz także zamknięte ryzyka; w przeciwnym razie tylko otwarte i ograniczone</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>Pokaż &amp;wszystkie</translation>
    </message>
    <message>
        <source>Show every risk in the register again</source>
        <translation>Pokaż ponownie wszystkie ryzyka z rejestru</translation>
    </message>
    <message>
        <source>Likelihood × imp&amp;act</source>
        <translation>Prawdopodobieństwo × s&amp;kutek</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Prawdopodobieństwo × skutek</translation>
    </message>
    <message numerus="yes">
        <source>%n risks counted, closed ones included</source>
        <translation>
            <numerusform>Policzono %n ryzyko, łącznie z zamkniętymi</numerusform>
            <numerusform>Policzono %n ryzyka, łącznie z zamkniętymi</numerusform>
            <numerusform>Policzono %n ryzyk, łącznie z zamkniętymi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open or mitigated risks counted</source>
        <translation>
            <numerusform>Policzono %n otwarte lub ograniczone ryzyko</numerusform>
            <numerusform>Policzono %n otwarte lub ograniczone ryzyka</numerusform>
            <numerusform>Policzono %n otwartych lub ograniczonych ryzyk</numerusform>
        </translation>
    </message>
    <message>
        <source>Register shows likelihood {likelihood} × impact {impact} only.</source>
        <translation>Rejestr pokazuje tylko prawdopodobieństwo {likelihood} × skutek {impact}.</translation>
    </message>
</context>
<context>
    <name>RiskStatus</name>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
</context>
<context>
    <name>Risks</name>
    <message>
        <source>Rare</source>
        <translation>Rzadkie</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Mało prawdopodobne</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Możliwe</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Prawdopodobne</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Niemal pewne</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Pomijalny</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Niewielki</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Umiarkowany</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Poważny</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Krytyczny</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niska</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>średnia</translation>
    </message>
    <message>
        <source>high</source>
        <translation>wysoka</translation>
    </message>
    <message>
        <source>{value} – {word}</source>
        <translation>{value} – {word}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Prawdopodobieństwo</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Skutek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Działania zaradcze</translation>
    </message>
    <message>
        <source>Score {score}: {band}</source>
        <translation>Ocena {score}: {band}</translation>
    </message>
    <message>
        <source>Impact {value}: {word}</source>
        <translation>Skutek {value}: {word}</translation>
    </message>
    <message>
        <source>Likelihood {value}: {word}</source>
        <translation>Prawdopodobieństwo {value}: {word}</translation>
    </message>
    <message>
        <source>Likelihood {likelihood} ({likely}) × impact {impact} ({severe}): {count}</source>
        <translation>Prawdopodobieństwo {likelihood} ({likely}) × skutek {impact} ({severe}): {count}</translation>
    </message>
</context>
<context>
    <name>RisksView</name>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Wszystkie kategorie</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Kategori&amp;a:</translation>
    </message>
    <message>
        <source>&amp;New risk</source>
        <translation>&amp;Nowe ryzyko</translation>
    </message>
    <message>
        <source>Add a risk to the register (Insert)</source>
        <translation>Dodaj ryzyko do rejestru (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it risk</source>
        <translation>&amp;Edytuj ryzyko</translation>
    </message>
    <message>
        <source>Edit the selected risk (Enter)</source>
        <translation>Edytuj zaznaczone ryzyko (Enter)</translation>
    </message>
    <message>
        <source>Delete ris&amp;k</source>
        <translation>&amp;Usuń ryzyko</translation>
    </message>
    <message>
        <source>Delete the selected risk (Del)</source>
        <translation>Usuń zaznaczone ryzyko (Del)</translation>
    </message>
    <message>
        <source>Risk re&amp;gister</source>
        <translation>&amp;Rejestr ryzyk</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Ryzyka</translation>
    </message>
    <message>
        <source>{total} risks</source>
        <translation>Ryzyka: {total}</translation>
    </message>
    <message>
        <source>{shown} of {total} risks shown</source>
        <translation>Pokazano ryzyka: {shown} z {total}</translation>
    </message>
    <message>
        <source>Add risk {code}</source>
        <translation>Dodaj ryzyko {code}</translation>
    </message>
    <message>
        <source>Edit risk {code}</source>
        <translation>Edytuj ryzyko {code}</translation>
    </message>
    <message>
        <source>Delete risk {code} “{title}”?</source>
        <translation>Usunąć ryzyko {code} „{title}”?</translation>
    </message>
    <message>
        <source>Delete risk {code} “{title}”? Its links to actions {actions} go with it.</source>
        <translation>Usunąć ryzyko {code} „{title}”? Jego powiązania z działaniami {actions} zostaną usunięte razem z nim.</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Usuń ryzyko</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Risk not deleted</source>
        <translation>Nie usunięto ryzyka</translation>
    </message>
    <message>
        <source>Delete risk {code}</source>
        <translation>Usuń ryzyko {code}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Otwórz folder</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Przechowywane w:</translation>
    </message>
    <message>
        <source>Backups of this file:</source>
        <translation>Kopie zapasowe tego pliku:</translation>
    </message>
    <message>
        <source>Space they take:</source>
        <translation>Zajmowane miejsce:</translation>
    </message>
    <message>
        <source>A backup is made when the file is first opened each day and when it is closed after changes. Kept: the last {last}, one a day for {days} days, one a week for {weeks} weeks and one a month for {months} months, within {cap} (or {copies} times the file&apos;s size, if more).</source>
        <translation>Kopia zapasowa powstaje przy pierwszym otwarciu pliku każdego dnia oraz przy jego zamknięciu po zmianach. Zachowywane są: ostatnie {last}, jedna dziennie przez {days} dni, jedna tygodniowo przez {weeks} tygodni i jedna miesięcznie przez {months} miesięcy, w granicach {cap} (lub {copies}-krotności rozmiaru pliku, jeśli to więcej).</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Areas</source>
        <translation>Obszary</translation>
    </message>
    <message>
        <source>{area} ({keys})</source>
        <translation>{area} ({keys})</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>a meeting&apos;s sign-in sheet to a PDF file</source>
        <translation>lista obecności spotkania do pliku PDF</translation>
    </message>
    <message>
        <source>id of the meeting</source>
        <translation>identyfikator spotkania</translation>
    </message>
    <message>
        <source>Sign-in sheet written to {path}. Invited: {people}. Pages: {pages}.</source>
        <translation>Zapisano listę obecności w {path}. Zaproszeni: {people}. Strony: {pages}.</translation>
    </message>
    <message>
        <source>There is no meeting with id {meeting}.</source>
        <translation>Nie ma spotkania o identyfikatorze {meeting}.</translation>
    </message>
    <message>
        <source>Keep this signed list as audit evidence.</source>
        <translation>Zachowaj tę podpisaną listę jako dowód na potrzeby audytu.</translation>
    </message>
    <message>
        <source>Keep this signed list as audit evidence until {date}.</source>
        <translation>Zachowaj tę podpisaną listę jako dowód na potrzeby audytu do dnia {date}.</translation>
    </message>
    <message>
        <source>Sign-in sheet: {title}</source>
        <translation>Lista obecności: {title}</translation>
    </message>
    <message>
        <source>Programme logo</source>
        <translation>Logo programu</translation>
    </message>
    <message>
        <source>Attendance sign-in sheet</source>
        <translation>Lista obecności</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Data: {date}</translation>
    </message>
    <message>
        <source>Time: {time} ({zone})</source>
        <translation>Godzina: {time} ({zone})</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Miejsce: {place}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Szczegóły</translation>
    </message>
</context>
<context>
    <name>StakeholderExport</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Podtyp</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>{file}: the export is an Excel workbook; name it .xlsx.</source>
        <translation>{file}: eksport jest skoroszytem programu Excel; nadaj mu rozszerzenie .xlsx.</translation>
    </message>
    <message>
        <source>{file} exists already; choose another name or replace it.</source>
        <translation>{file} już istnieje; wybierz inną nazwę lub zastąp plik.</translation>
    </message>
    <message>
        <source>{folder}: the folder does not exist.</source>
        <translation>{folder}: folder nie istnieje.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>Nie można zapisać pliku {file}: {reason}.</translation>
    </message>
</context>
<context>
    <name>StakeholderList</name>
    <message>
        <source>Name, organisation, e-mail or role</source>
        <translation>Imię i nazwisko, organizacja, e-mail lub rola</translation>
    </message>
    <message>
        <source>Name, type, city or e-mail</source>
        <translation>Nazwa, rodzaj, miasto lub e-mail</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sek&amp;tor:</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>Dowolny sektor</translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <source>Mem&amp;bership:</source>
        <translation>&amp;Członkostwo:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Obecni członkowie</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Byli członkowie</translation>
    </message>
    <message>
        <source>Never members</source>
        <translation>Nigdy niebędący członkami</translation>
    </message>
    <message>
        <source>Membership of the chosen group, or of any group when none is chosen</source>
        <translation>Członkostwo w wybranej grupie lub w dowolnej grupie, jeśli żadnej nie wybrano</translation>
    </message>
    <message>
        <source>Gende&amp;r:</source>
        <translation>&amp;Płeć:</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Dowolna płeć</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nowa osoba…</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>Nowa o&amp;rganizacja…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Dowolna grupa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln osoba</numerusform>
            <numerusform>%Ln osoby</numerusform>
            <numerusform>%Ln osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organizacja</numerusform>
            <numerusform>%Ln organizacje</numerusform>
            <numerusform>%Ln organizacji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stakeholders</name>
    <message>
        <source>group</source>
        <translation>grupa</translation>
    </message>
    <message>
        <source>person</source>
        <translation>osoba</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>członkostwo</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizacja</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>Nie można scalić osoby z nią samą.</translation>
    </message>
    <message>
        <source>An organisation cannot be merged with itself.</source>
        <translation>Nie można scalić organizacji z nią samą.</translation>
    </message>
    <message>
        <source>The merge cannot be undone: {detail}</source>
        <translation>Nie można cofnąć scalenia: {detail}</translation>
    </message>
    <message>
        <source>The merge cannot be undone: the kept record was deleted since.</source>
        <translation>Nie można cofnąć scalenia: zachowany rekord został w międzyczasie usunięty.</translation>
    </message>
    <message>
        <source>The merge cannot be undone: id {id} has been given to a new record since.</source>
        <translation>Nie można cofnąć scalenia: identyfikator {id} został w międzyczasie nadany nowemu rekordowi.</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Ściśle współpracować</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Dbać o zadowolenie</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Informować</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitorować</translation>
    </message>
    <message>
        <source>Choose either a person or an organisation.</source>
        <translation>Wybierz osobę albo organizację.</translation>
    </message>
    <message>
        <source>consent record</source>
        <translation>zgoda</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {date}.</source>
        <translation>Ta zgoda została już wycofana w dniu {date}.</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Dodaj do grupy</translation>
    </message>
    <message>
        <source>There are no groups yet. Create one on the Groups tab first.</source>
        <translation>Nie ma jeszcze żadnych grup. Najpierw utwórz grupę w zakładce Grupy.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n people to {group}</source>
        <translation>
            <numerusform>Dodaj %n osobę do grupy {group}</numerusform>
            <numerusform>Dodaj %n osoby do grupy {group}</numerusform>
            <numerusform>Dodaj %n osób do grupy {group}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n people to {group}.</source>
        <translation>
            <numerusform>Dodano %n osobę do grupy {group}.</numerusform>
            <numerusform>Dodano %n osoby do grupy {group}.</numerusform>
            <numerusform>Dodano %n osób do grupy {group}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were members already.</source>
        <translation>
            <numerusform>%n osoba była już członkiem grupy.</numerusform>
            <numerusform>%n osoby były już członkami grupy.</numerusform>
            <numerusform>%n osób było już członkami grupy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Data oceny</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Wpływ</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zainteresowanie</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Ćwiartka</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Data udzielenia</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowód</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Data wycofania</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofana</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Ważna</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Aktywni członkowie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Przystąpienie</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Odejście</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Bez organizacji</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Wszystkie sektory</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} i {last}</translation>
    </message>
    <message numerus="yes">
        <source>attendance at %n meetings</source>
        <translation>
            <numerusform>obecność na %n spotkaniu</numerusform>
            <numerusform>obecność na %n spotkaniach</numerusform>
            <numerusform>obecność na %n spotkaniach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group memberships</source>
        <translation>
            <numerusform>%n członkostwo w grupie</numerusform>
            <numerusform>%n członkostwa w grupach</numerusform>
            <numerusform>%n członkostw w grupach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent records</source>
        <translation>
            <numerusform>%n zgoda</numerusform>
            <numerusform>%n zgody</numerusform>
            <numerusform>%n zgód</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n power/interest assessments</source>
        <translation>
            <numerusform>%n ocena wpływu i zainteresowania</numerusform>
            <numerusform>%n oceny wpływu i zainteresowania</numerusform>
            <numerusform>%n ocen wpływu i zainteresowania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n zadanie</numerusform>
            <numerusform>%n zadania</numerusform>
            <numerusform>%n zadań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n działanie</numerusform>
            <numerusform>%n działania</numerusform>
            <numerusform>%n działań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risks</source>
        <translation>
            <numerusform>%n ryzyko</numerusform>
            <numerusform>%n ryzyka</numerusform>
            <numerusform>%n ryzyk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>%n wskaźnik</numerusform>
            <numerusform>%n wskaźniki</numerusform>
            <numerusform>%n wskaźników</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Usunąć: {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people?</source>
        <translation>
            <numerusform>Usunąć %n osobę?</numerusform>
            <numerusform>Usunąć te %n osoby?</numerusform>
            <numerusform>Usunąć tych %n osób?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their {things} go with them.</source>
        <translation>Razem z tą osobą zostaną usunięte: {things}.</translation>
    </message>
    <message>
        <source>Their {things} go with them.</source>
        <comment>several people</comment>
        <translation>Razem z tymi osobami zostaną usunięte: {things}.</translation>
    </message>
    <message>
        <source>{things} will have no one responsible.</source>
        <translation>Bez osoby odpowiedzialnej pozostaną: {things}.</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Możesz to cofnąć poleceniem Edycja &gt; Cofnij.</translation>
    </message>
    <message>
        <source>Delete the organisation {name}?</source>
        <translation>Usunąć organizację {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n organisations?</source>
        <translation>
            <numerusform>Usunąć %n organizację?</numerusform>
            <numerusform>Usunąć te %n organizacje?</numerusform>
            <numerusform>Usunąć tych %n organizacji?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people who work there stay, without an organisation.</source>
        <translation>
            <numerusform>%n osoba, która tam pracuje, pozostanie w rejestrze bez organizacji.</numerusform>
            <numerusform>%n osoby, które tam pracują, pozostaną w rejestrze bez organizacji.</numerusform>
            <numerusform>%n osób, które tam pracują, pozostanie w rejestrze bez organizacji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its {things} go with it.</source>
        <translation>Razem z nią zostaną usunięte: {things}.</translation>
    </message>
    <message numerus="yes">
        <source>%n actions will have no lead organisation.</source>
        <translation>
            <numerusform>%n działanie pozostanie bez organizacji wiodącej.</numerusform>
            <numerusform>%n działania pozostaną bez organizacji wiodącej.</numerusform>
            <numerusform>%n działań pozostanie bez organizacji wiodącej.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lead of %n actions</source>
        <translation>
            <numerusform>rola lidera w %n działaniu</numerusform>
            <numerusform>rola lidera w %n działaniach</numerusform>
            <numerusform>rola lidera w %n działaniach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action partnerships</source>
        <translation>
            <numerusform>udział jako partner w %n działaniu</numerusform>
            <numerusform>udział jako partner w %n działaniach</numerusform>
            <numerusform>udział jako partner w %n działaniach</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the group {name}?</source>
        <translation>Usunąć grupę {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n memberships go with it.</source>
        <translation>
            <numerusform>Razem z nią zostanie usunięte %n członkostwo.</numerusform>
            <numerusform>Razem z nią zostaną usunięte %n członkostwa.</numerusform>
            <numerusform>Razem z nią zostanie usuniętych %n członkostw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its invitations to %n meetings go with it.</source>
        <translation>
            <numerusform>Razem z nią zostanie usunięte jej zaproszenie na %n spotkanie.</numerusform>
            <numerusform>Razem z nią zostaną usunięte jej zaproszenia na %n spotkania.</numerusform>
            <numerusform>Razem z nią zostaną usunięte jej zaproszenia na %n spotkań.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n subgroups become top-level groups.</source>
        <translation>
            <numerusform>Jej %n podgrupa stanie się grupą najwyższego poziomu.</numerusform>
            <numerusform>Jej %n podgrupy staną się grupami najwyższego poziomu.</numerusform>
            <numerusform>Jej %n podgrup stanie się grupami najwyższego poziomu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else refers to it.</source>
        <translation>Nic innego się do niej nie odwołuje.</translation>
    </message>
    <message>
        <source>Moves to the record you keep: {things}.</source>
        <translation>Do zachowanego rekordu zostaną przeniesione: {things}.</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Pomiń ten wiersz</translation>
    </message>
    <message>
        <source>Update the person</source>
        <translation>Zaktualizuj osobę</translation>
    </message>
    <message>
        <source>Add as another person</source>
        <translation>Dodaj jako nową osobę</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Zawiera problemy</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <source>Already in the register</source>
        <translation>Już w rejestrze</translation>
    </message>
    <message>
        <source>Repeats an earlier row</source>
        <translation>Powtarza wcześniejszy wiersz</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation>Powód / co się zmienia</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Merge {dropped} into {kept}</source>
        <translation>Scal {dropped} z {kept}</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(bez organizacji)</translation>
    </message>
    <message>
        <source>type to find an organisation</source>
        <translation>wpisz, aby znaleźć organizację</translation>
    </message>
    <message>
        <source>No organisation is called {name}. Choose one from the list, or add it on the Organisations tab first.</source>
        <translation>Nie ma organizacji o nazwie {name}. Wybierz organizację z listy lub najpierw dodaj ją w zakładce Organizacje.</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>&amp;Add to group…</source>
        <translation>&amp;Dodaj do grupy…</translation>
    </message>
    <message>
        <source>Add the selected people to a group</source>
        <translation>Dodaj zaznaczone osoby do grupy</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Sc&amp;al…</translation>
    </message>
    <message>
        <source>Merge two selected duplicates into one</source>
        <translation>Scal dwa zaznaczone duplikaty w jeden rekord</translation>
    </message>
    <message>
        <source>Import peop&amp;le…</source>
        <translation>&amp;Importuj osoby…</translation>
    </message>
    <message>
        <source>Add people from an Excel (.xlsx) or CSV file</source>
        <translation>Dodaj osoby z pliku Excel (.xlsx) lub CSV</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportuj…</translation>
    </message>
    <message>
        <source>Write people and organisations to an Excel workbook</source>
        <translation>Zapisz osoby i organizacje do skoroszytu programu Excel</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Osoby</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>Organi&amp;zacje</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>Grup&amp;y</translation>
    </message>
    <message>
        <source>Po&amp;wer/interest</source>
        <translation>&amp;Wpływ/zainteresowanie</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Interesariusze</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Usuń</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Scale:</source>
        <translation>S&amp;kala:</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Wszystkie cele</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>Ce&amp;l:</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>Zapisz o&amp;braz…</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG, SVG or PDF file</source>
        <translation>Zapisz harmonogram jako plik PNG, SVG lub PDF</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <source>Too many actions to name each one: only the objectives are named. Choose an objective to see its actions by name.</source>
        <translation>Zbyt wiele działań, aby podpisać każde z nich: podpisano tylko cele. Wybierz cel, aby zobaczyć nazwy jego działań.</translation>
    </message>
    <message>
        <source>Action timeline</source>
        <translation>Harmonogram działań</translation>
    </message>
    <message>
        <source>Double-click an action to open it</source>
        <translation>Kliknij dwukrotnie działanie, aby je otworzyć</translation>
    </message>
    <message>
        <source>{dates} · {status} · {progress} % done</source>
        <translation>{dates} · {status} · wykonano {progress} %</translation>
    </message>
    <message>
        <source>◆ {date} {title} (done)</source>
        <translation>◆ {date} {title} (osiągnięty)</translation>
    </message>
    <message>
        <source>◇ {date} {title}</source>
        <translation>◇ {date} {title}</translation>
    </message>
    <message>
        <source>Save the timeline</source>
        <translation>Zapisz harmonogram</translation>
    </message>
    <message>
        <source>action-timeline-{date}.png</source>
        <translation>harmonogram-dzialan-{date}.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>Obraz PNG (*.png);;Obraz SVG (*.svg);;Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The image could not be written to {path}: {reason}</source>
        <translation>Nie udało się zapisać obrazu w {path}: {reason}</translation>
    </message>
    <message>
        <source>Timeline saved to {path}</source>
        <translation>Zapisano harmonogram w {path}</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <source>Tools used</source>
        <translation>Zastosowane narzędzia</translation>
    </message>
    <message>
        <source>for example: Lego Serious Play</source>
        <translation>na przykład: Lego Serious Play</translation>
    </message>
    <message>
        <source>Ot&amp;her tool:</source>
        <translation>&amp;Inne narzędzie:</translation>
    </message>
    <message>
        <source>&amp;Add tool</source>
        <translation>&amp;Dodaj narzędzie</translation>
    </message>
    <message>
        <source>&amp;Tools used</source>
        <translation>Zastos&amp;owane narzędzia</translation>
    </message>
</context>
<context>
    <name>TotalsView</name>
    <message>
        <source>Funding by source</source>
        <translation>Finansowanie według źródła</translation>
    </message>
    <message>
        <source>Cost and funding by objective</source>
        <translation>Koszt i finansowanie według celu</translation>
    </message>
    <message>
        <source>No funding lines yet: add them in an action&apos;s detail.</source>
        <translation>Brak pozycji finansowania: dodaj je w szczegółach działania.</translation>
    </message>
    <message>
        <source>By &amp;source</source>
        <translation>Według źró&amp;dła</translation>
    </message>
    <message>
        <source>By &amp;objective</source>
        <translation>Według &amp;celu</translation>
    </message>
    <message>
        <source>Plan totals</source>
        <translation>Podsumowanie planu</translation>
    </message>
    <message>
        <source>Plan totals: cost {cost} · secured {secured} · applied {applied} · potential {potential} · gap {gap}</source>
        <translation>Podsumowanie planu: koszt {cost} · zabezpieczone {secured} · wnioskowane {applied} · potencjalne {potential} · luka {gap}</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Import people</source>
        <translation>Importuj osoby</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Arkusze kalkulacyjne (*.xlsx *.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Odczytywanie pliku {file}…</translation>
    </message>
    <message>
        <source>Reading {file} again…</source>
        <translation>Ponowne odczytywanie pliku {file}…</translation>
    </message>
    <message>
        <source>Importing {count} rows…</source>
        <translation>Importowanie wierszy ({count})…</translation>
    </message>
    <message>
        <source>Import done. People added: {count}</source>
        <translation>Import zakończony. Dodane osoby: {count}</translation>
    </message>
    <message>
        <source>updated: {count}</source>
        <translation>zaktualizowane: {count}</translation>
    </message>
    <message>
        <source>skipped: {count}</source>
        <translation>pominięte: {count}</translation>
    </message>
    <message>
        <source>already up to date: {count}</source>
        <translation>już aktualne: {count}</translation>
    </message>
    <message>
        <source>rows with problems left out: {count}</source>
        <translation>pominięte wiersze z problemami: {count}</translation>
    </message>
    <message>
        <source>new organisations: {count}</source>
        <translation>nowe organizacje: {count}</translation>
    </message>
    <message>
        <source>new groups: {count}</source>
        <translation>nowe grupy: {count}</translation>
    </message>
    <message>
        <source>Export people and organisations</source>
        <translation>Eksportuj osoby i organizacje</translation>
    </message>
    <message>
        <source>{file} stakeholders.xlsx</source>
        <translation>{file} interesariusze.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt programu Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{people} people and {organisations} organisations written to {file}.</source>
        <translation>Zapisano osoby ({people}) i organizacje ({organisations}) w {file}.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Zapisywanie pliku {file}…</translation>
    </message>
</context>
<context>
    <name>TransnationalMeetingDialog</name>
    <message>
        <source>Add transnational meeting</source>
        <translation>Dodaj spotkanie międzynarodowe</translation>
    </message>
    <message>
        <source>Edit transnational meeting</source>
        <translation>Edytuj spotkanie międzynarodowe</translation>
    </message>
    <message>
        <source>for example Transnational meeting in Umeå</source>
        <translation>na przykład Spotkanie międzynarodowe w Umeå</translation>
    </message>
    <message>
        <source>No host city</source>
        <translation>Brak miasta gospodarza</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <source>&amp;Host city</source>
        <translation>&amp;Miasto gospodarza</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Miej&amp;sce</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>O&amp;d</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>D&amp;o</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Uwagi</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Save changes to {what}? If you do not, they are lost.</source>
        <translation>Zapisać zmiany w {what}? Jeśli nie, zostaną utracone.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>To pole jest wymagane.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Wpisz liczbę.</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}.</source>
        <translation>{value} wykracza poza zakres od {low} do {high}.</translation>
    </message>
    <message>
        <source>{value} is below {low}.</source>
        <translation>{value} jest mniejsze niż {low}.</translation>
    </message>
    <message>
        <source>{later} is before {earlier}.</source>
        <translation>{later} przypada przed {earlier}.</translation>
    </message>
    <message>
        <source>Unknown value {value}.</source>
        <translation>Nieznana wartość {value}.</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>Choose either a person or an organisation.</source>
        <translation>Wybierz osobę albo organizację.</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Save version</source>
        <translation>Zapisz wersję</translation>
    </message>
    <message>
        <source>A copy of the whole plan as it is now is kept under this name: objectives, actions, funding, risks, indicators and targets. It starts as a draft.</source>
        <translation>Pod tą nazwą zostanie zachowana kopia całego planu w obecnym stanie: cele, działania, finansowanie, ryzyka, wskaźniki i wartości docelowe. Wersja otrzyma status projektu.</translation>
    </message>
    <message>
        <source>Rename version</source>
        <translation>Zmień nazwę wersji</translation>
    </message>
    <message>
        <source>Change the name or the note of version “{name}”.</source>
        <translation>Zmień nazwę lub uwagę wersji „{name}”.</translation>
    </message>
    <message>
        <source>Optional: why it was saved, who it goes to, what changed</source>
        <translation>Opcjonalnie: dlaczego ją zapisano, do kogo trafia, co się zmieniło</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Uwaga:</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>{field}: set to {new}</source>
        <translation>{field}: ustawiono {new}</translation>
    </message>
    <message>
        <source>{field}: cleared (was {old})</source>
        <translation>{field}: wyczyszczono (było: {old})</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>No differences: the two plans are the same.</source>
        <translation>Brak różnic: oba plany są takie same.</translation>
    </message>
    <message>
        <source>Added: {added} · Removed: {removed} · Changed: {changed}</source>
        <translation>Dodane: {added} · Usunięte: {removed} · Zmienione: {changed}</translation>
    </message>
    <message>
        <source>Added: {item}</source>
        <translation>Dodano: {item}</translation>
    </message>
    <message>
        <source>Removed: {item}</source>
        <translation>Usunięto: {item}</translation>
    </message>
    <message>
        <source>Changed: {item} — {change}</source>
        <translation>Zmieniono: {item} — {change}</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Dodane:</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Usunięte:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Zmienione:</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Przed:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Po:</translation>
    </message>
    <message>
        <source>No version saved yet. Save a version to keep a copy of the plan as it is now, for review or for comparing later.</source>
        <translation>Nie zapisano jeszcze żadnej wersji. Zapisz wersję, aby zachować kopię planu w obecnym stanie do oceny lub późniejszego porównania.</translation>
    </message>
</context>
<context>
    <name>VersionDiffView</name>
    <message>
        <source>Differences</source>
        <translation>Różnice</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Kopiuj do schowka</translation>
    </message>
</context>
<context>
    <name>VersionTable</name>
    <message>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>{status} (current)</source>
        <translation>{status} (bieżąca)</translation>
    </message>
    <message>
        <source>{objectives} objectives, {actions} actions, {indicators} indicators</source>
        <translation>cele: {objectives}, działania: {actions}, wskaźniki: {indicators}</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <source>Save a version before you send the plan for review. A version keeps a copy of the whole plan; compare versions to see what changed since.</source>
        <translation>Zapisz wersję przed wysłaniem planu do oceny. Wersja zachowuje kopię całego planu; porównaj wersje, aby zobaczyć, co się od tego czasu zmieniło.</translation>
    </message>
    <message>
        <source>&amp;Save version…</source>
        <translation>&amp;Zapisz wersję…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>Złóż &amp;do oceny</translation>
    </message>
    <message>
        <source>&amp;Return for changes</source>
        <translation>Z&amp;wróć do poprawy</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>Za&amp;twierdź…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Zmień &amp;nazwę…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Porównaj…</translation>
    </message>
    <message>
        <source>Keep a copy of the plan as it is now</source>
        <translation>Zachowaj kopię planu w obecnym stanie</translation>
    </message>
    <message>
        <source>Mark the selected version as sent for review</source>
        <translation>Oznacz zaznaczoną wersję jako wysłaną do oceny</translation>
    </message>
    <message>
        <source>Mark the selected version as returned by the reviewer for changes</source>
        <translation>Oznacz zaznaczoną wersję jako zwróconą przez oceniającego do poprawy</translation>
    </message>
    <message>
        <source>Mark the selected version as approved; it can no longer be changed</source>
        <translation>Oznacz zaznaczoną wersję jako zatwierdzoną; nie będzie można jej już zmienić</translation>
    </message>
    <message>
        <source>See what changed between two versions, or since the selected version</source>
        <translation>Zobacz, co się zmieniło między dwiema wersjami lub od zaznaczonej wersji</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Wersje</translation>
    </message>
    <message>
        <source>Version “{name}” is approved. Your next change starts a new draft.</source>
        <translation>Wersja „{name}” jest zatwierdzona. Następna zmiana rozpocznie nowy projekt.</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Wersja {number}</translation>
    </message>
    <message>
        <source>Version “{name}” saved.</source>
        <translation>Zapisano wersję „{name}”.</translation>
    </message>
    <message>
        <source>Approve version</source>
        <translation>Zatwierdź wersję</translation>
    </message>
    <message>
        <source>Approve version “{name}”? An approved version can no longer be renamed, deleted or changed. Later changes to the plan start a new draft.</source>
        <translation>Zatwierdzić wersję „{name}”? Zatwierdzonej wersji nie można już usunąć ani zmienić, nie można też zmienić jej nazwy. Późniejsze zmiany planu rozpoczną nowy projekt.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <source>Version “{name}”: {status}.</source>
        <translation>Wersja „{name}”: {status}.</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Usuń wersję</translation>
    </message>
    <message>
        <source>Delete version “{name}” and the reviews of it? The plan itself does not change. This cannot be undone.</source>
        <translation>Usunąć wersję „{name}” i jej oceny? Sam plan się nie zmieni. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Version “{name}” deleted.</source>
        <translation>Wersja „{name}” została usunięta.</translation>
    </message>
</context>
</TS>
