<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action {code}</source>
        <translation>Rīcība {code}</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Jauna rīcība</translation>
    </message>
    <message>
        <source>{code} {title} (score {score})</source>
        <translation>{code} {title} (vērtējums {score})</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Vispārīgi</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organizācijas</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translation>&amp;Finansējums</translation>
    </message>
    <message>
        <source>Mi&amp;lestones</source>
        <translation>&amp;Starpposma mērķi</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>Sai&amp;tes</translation>
    </message>
    <message>
        <source>Save the action (Ctrl+Enter)</source>
        <translation>Saglabāt rīcību (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez nosaukuma)</translation>
    </message>
    <message>
        <source>Due outside the action&apos;s start and end: {titles}.</source>
        <translation>Termiņš ārpus rīcības sākuma un beigu datuma: {titles}.</translation>
    </message>
    <message>
        <source>To check (saving is still possible):</source>
        <translation>Jāpārbauda (saglabāt joprojām var):</translation>
    </message>
    <message>
        <source>Action not saved</source>
        <translation>Rīcība nav saglabāta</translation>
    </message>
    <message>
        <source>None: the action was not decided in a recorded meeting.</source>
        <translation>Nav: par rīcību netika lemts protokolētā sanāksmē.</translation>
    </message>
    <message>
        <source>Decision {number} of “{title}” on {date}</source>
        <translation>Lēmums Nr. {number} sanāksmē “{title}” {date}</translation>
    </message>
</context>
<context>
    <name>ActionFromDecisionDialog</name>
    <message>
        <source>Decision {number} → action of the plan</source>
        <translation>Lēmums Nr. {number} → plāna rīcība</translation>
    </message>
    <message>
        <source>Decision {number}: {text}</source>
        <translation>Lēmums Nr. {number}: {text}</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Mērķis:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kods:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>The action starts as planned; complete it (lead, dates, cost) in the Action plan area. It keeps a link to this decision.</source>
        <translation>Rīcība sākas ar statusu “plānota”; papildiniet to (atbildīgais, datumi, izmaksas) sadaļā “Rīcības plāns”. Tā saglabā saiti uz šo lēmumu.</translation>
    </message>
    <message>
        <source>&amp;Make action</source>
        <translation>&amp;Izveidot rīcību</translation>
    </message>
    <message>
        <source>Give the action a title.</source>
        <translation>Norādiet rīcības nosaukumu.</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Drag an objective to reorder it; drag actions from the table onto one.</source>
        <translation>Velciet mērķi, lai mainītu secību; velciet rīcības no tabulas uz mērķi.</translation>
    </message>
    <message>
        <source>Add &amp;strategic</source>
        <translation>Pievienot &amp;stratēģisko</translation>
    </message>
    <message>
        <source>Add a strategic objective at the end</source>
        <translation>Pievienot stratēģisko mērķi saraksta beigās</translation>
    </message>
    <message>
        <source>Add s&amp;pecific</source>
        <translation>Pievienot s&amp;pecifisko</translation>
    </message>
    <message>
        <source>Add a specific objective under the selected strategic objective</source>
        <translation>Pievienot specifisko mērķi atlasītajam stratēģiskajam mērķim</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Pā&amp;rdēvēt</translation>
    </message>
    <message>
        <source>Rename the selected objective (F2)</source>
        <translation>Pārdēvēt atlasīto mērķi (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <source>Delete the selected objective (Del)</source>
        <translation>Dzēst atlasīto mērķi (Del)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Pārvietot &amp;augšup</translation>
    </message>
    <message>
        <source>Move the selected objective up (Ctrl+Up)</source>
        <translation>Pārvietot atlasīto mērķi augšup (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Pārvietot &amp;lejup</translation>
    </message>
    <message>
        <source>Move the selected objective down (Ctrl+Down)</source>
        <translation>Pārvietot atlasīto mērķi lejup (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Mērķi</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Rīcības</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Eksportēt uz Excel…</translation>
    </message>
    <message>
        <source>Write the actions, funding, indicators, measurements and risks to .xlsx</source>
        <translation>Ierakstīt rīcības, finansējumu, rādītājus, mērījumus un riskus .xlsx failā</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importēt no Excel…</translation>
    </message>
    <message>
        <source>Read an edited plan workbook back, with a preview of what changes</source>
        <translation>Nolasīt rediģētu plāna darbgrāmatu, priekšskatot izmaiņas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Laika grafiks</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Kopsummas</translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation>Ris&amp;ki</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versijas</translation>
    </message>
    <message>
        <source>Plan totals: cost {cost} · secured {secured} · gap {gap}</source>
        <translation>Plāna kopsummas: izmaksas {cost} · nodrošināts {secured} · iztrūkums {gap}</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Jauna rīcība</translation>
    </message>
    <message>
        <source>Add an action to the selected objective (Insert)</source>
        <translation>Pievienot rīcību atlasītajam mērķim (Insert)</translation>
    </message>
    <message>
        <source>De&amp;lete action</source>
        <translation>D&amp;zēst rīcību</translation>
    </message>
    <message>
        <source>Delete the selected actions (Del in the table)</source>
        <translation>Dzēst atlasītās rīcības (Del tabulā)</translation>
    </message>
    <message>
        <source>Move a&amp;ction up</source>
        <translation>Pārvietot rī&amp;cību augšup</translation>
    </message>
    <message>
        <source>Move the action up within its objective (Ctrl+Shift+Up)</source>
        <translation>Pārvietot rīcību augšup sava mērķa ietvaros (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>&amp;Move action down</source>
        <translation>Pārvietot rīcību lej&amp;up</translation>
    </message>
    <message>
        <source>Move the action down within its objective (Ctrl+Shift+Down)</source>
        <translation>Pārvietot rīcību lejup sava mērķa ietvaros (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <source>Show all ac&amp;tions</source>
        <translation>Rādī&amp;t visas rīcības</translation>
    </message>
    <message>
        <source>Show the actions of every objective, not only of the selected one</source>
        <translation>Rādīt visu mērķu rīcības, ne tikai atlasītā mērķa</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <source>Delete action {code} “{title}” with its milestones, funding lines and links?</source>
        <translation>Dzēst rīcību {code} “{title}” kopā ar tās starpposma mērķiem, finansējuma pozīcijām un saitēm?</translation>
    </message>
    <message>
        <source>Delete action {code}</source>
        <translation>Dzēst rīcību {code}</translation>
    </message>
    <message>
        <source>Delete {count} actions ({codes}) with their milestones, funding lines and links?</source>
        <translation>Dzēst {count} rīcības ({codes}) kopā ar to starpposma mērķiem, finansējuma pozīcijām un saitēm?</translation>
    </message>
    <message>
        <source>Delete {count} actions</source>
        <translation>Dzēst rīcības ({count})</translation>
    </message>
    <message>
        <source>Delete actions</source>
        <translation>Dzēst rīcības</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Actions not deleted</source>
        <translation>Rīcības nav izdzēstas</translation>
    </message>
    <message>
        <source>Move action {code}</source>
        <translation>Pārvietot rīcību {code}</translation>
    </message>
    <message>
        <source>Move action {code} to objective {objective}</source>
        <translation>Pārvietot rīcību {code} uz mērķi {objective}</translation>
    </message>
    <message>
        <source>Move {count} actions to objective {objective}</source>
        <translation>Pārvietot {count} rīcības uz mērķi {objective}</translation>
    </message>
    <message>
        <source>Action not moved</source>
        <translation>Rīcība nav pārvietota</translation>
    </message>
    <message>
        <source>&amp;Actions of the whole plan</source>
        <translation>&amp;Visa plāna rīcības</translation>
    </message>
    <message>
        <source>&amp;Actions of objective {code} “{title}”</source>
        <translation>&amp;Visas mērķa {code} “{title}” rīcības</translation>
    </message>
    <message>
        <source>Renumbered: {changes}</source>
        <translation>Pārnumurēts: {changes}</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Jauns mērķis</translation>
    </message>
    <message>
        <source>Objective not added</source>
        <translation>Mērķis nav pievienots</translation>
    </message>
    <message>
        <source>Add strategic objective</source>
        <translation>Pievienot stratēģisko mērķi</translation>
    </message>
    <message>
        <source>Add specific objective</source>
        <translation>Pievienot specifisko mērķi</translation>
    </message>
    <message>
        <source>Objective not renamed</source>
        <translation>Mērķis nav pārdēvēts</translation>
    </message>
    <message>
        <source>Objective not deleted</source>
        <translation>Mērķis nav izdzēsts</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Dzēst mērķi</translation>
    </message>
    <message>
        <source>Objective not moved</source>
        <translation>Mērķis nav pārvietots</translation>
    </message>
    <message>
        <source>Action not changed</source>
        <translation>Rīcība nav mainīta</translation>
    </message>
    <message>
        <source>New action {code}</source>
        <translation>Jauna rīcība {code}</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Rediģēt rīcību</translation>
    </message>
    <message>
        <source>Edit action {code}</source>
        <translation>Rediģēt rīcību {code}</translation>
    </message>
    <message>
        <source>Rename objective</source>
        <translation>Pārdēvēt mērķi</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation>Pārvietot mērķi</translation>
    </message>
</context>
<context>
    <name>AddToGroupDialog</name>
    <message numerus="yes">
        <source>Add %n people to a group</source>
        <translation>
            <numerusform>Pievienot grupai %n personu</numerusform>
            <numerusform>Pievienot grupai %n personas</numerusform>
            <numerusform>Pievienot grupai %n personu</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>Pie&amp;vienojās:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Loma:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Pievienot</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <translation>Darba kārtība</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Pievienot punktu</translation>
    </message>
    <message>
        <source>Add an agenda item below the selected one (Insert)</source>
        <translation>Pievienot darba kārtības punktu zem atlasītā (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Noņemt punktu</translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation>Noņemt atlasīto punktu (Del)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Pārvietot &amp;augšup</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Pārvietot atlasīto punktu augšup (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Pārvietot &amp;lejup</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Pārvietot atlasīto punktu lejup (Alt+Down)</translation>
    </message>
    <message>
        <source>Type in a cell to edit it; F2 edits the selected cell, Enter keeps it.</source>
        <translation>Rakstiet šūnā, lai to rediģētu; F2 rediģē atlasīto šūnu, Enter saglabā izmaiņas.</translation>
    </message>
    <message>
        <source>Total {planned} min</source>
        <translation>Kopā {planned} min</translation>
    </message>
    <message>
        <source>Total {planned} min of {available} min</source>
        <translation>Kopā {planned} min no {available} min</translation>
    </message>
    <message>
        <source>{total} — more than the meeting lasts</source>
        <translation>{total} — ilgāk, nekā ilgst sanāksme</translation>
    </message>
    <message>
        <source>Item {number}: {message}</source>
        <translation>Punkts {number}: {message}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>lagdesk cannot start</source>
        <translation>lagdesk nevar palaist</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Network</source>
        <translation>Tīkls</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Ieinteresētās puses</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sanāksmes</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Rādītāji</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Pārskati</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>why the scores changed (optional)</source>
        <translation>kāpēc vērtējumi mainījās (nav obligāti)</translation>
    </message>
    <message>
        <source>Save &amp;assessment</source>
        <translation>Saglabāt &amp;novērtējumu</translation>
    </message>
    <message>
        <source>&amp;Interest (1–5):</source>
        <translation>&amp;Interese (1–5):</translation>
    </message>
    <message>
        <source>Powe&amp;r (1–5):</source>
        <translation>Ie&amp;tekme (1–5):</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Novērtēšanas &amp;datums:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Piezī&amp;me:</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>Iepriekšējie novērtējumi</translation>
    </message>
    <message>
        <source>History (newest first):</source>
        <translation>Vēsture (jaunākie vispirms):</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Vēl nav novērtēts</translation>
    </message>
    <message>
        <source>Give both scores</source>
        <translation>Norādiet abus vērtējumus</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>{extension} files (*{suffix});;All files (*)</source>
        <translation>{extension} faili (*{suffix});;Visi faili (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi faili (*)</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>File {id} is not a photo cleared for publication.</source>
        <translation>Fails {id} nav publicēšanai atļauta fotogrāfija.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>Failu {file} nevar nolasīt: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a file (a folder cannot be attached).</source>
        <translation>{file} nav fails (mapi nevar pievienot).</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes); it was not attached. Check the file.</source>
        <translation>Fails {file} ir tukšs (0 baiti), tāpēc netika pievienots. Pārbaudiet failu.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, over the limit of {limit} MB for one file. Nothing was added. Make the file smaller (a lower resolution photo, a PDF scanned in grey) and try again.</source>
        <translation>Fails {file} ir {size} MB liels, kas pārsniedz viena faila ierobežojumu {limit} MB. Nekas netika pievienots. Samaziniet faila izmēru (fotogrāfija ar zemāku izšķirtspēju, PDF, kas skenēts pelēktoņos) un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>Failu {file} nevar ierakstīt: {reason}</translation>
    </message>
    <message>
        <source>People can be recognised in this photo and their consent has not been checked. Tick “Consent checked” first, or untick “Identifiable”.</source>
        <translation>Šajā fotogrāfijā var atpazīt cilvēkus, un viņu piekrišana nav pārbaudīta. Vispirms atzīmējiet “Piekrišana pārbaudīta” vai noņemiet atzīmi “Atpazīstami cilvēki”.</translation>
    </message>
    <message>
        <source>Publishable</source>
        <translation>Publicējama</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>This person has been erased from the register; their attendance can only be counted anonymously.</source>
        <translation>Šī persona ir dzēsta no reģistra; tās dalību var uzskaitīt tikai anonīmi.</translation>
    </message>
    <message>
        <source>{organisation} is a new organisation: choose its sector.</source>
        <translation>{organisation} ir jauna organizācija: izvēlieties tās sektoru.</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sektors</translation>
    </message>
    <message>
        <source>name</source>
        <translation>vārds</translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name.</source>
        <translation>Ierakstiet neuzaicinātā dalībnieka vārdu.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>skaits</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>{status} (walk-in)</source>
        <translation>{status} (neuzaicināts)</translation>
    </message>
    <message>
        <source>Sector unknown</source>
        <translation>Sektors nav zināms</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Type a name or organisation…</source>
        <translation>Ierakstiet vārdu vai organizāciju…</translation>
    </message>
    <message>
        <source>Find a person on the list</source>
        <translation>Atrast personu sarakstā</translation>
    </message>
    <message>
        <source>Invited people</source>
        <translation>Uzaicinātās personas</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Piedalījās</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Attaisnots kavējums</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Neieradās</translation>
    </message>
    <message>
        <source>Back to invited</source>
        <translation>Atpakaļ uz uzaicinātajiem</translation>
    </message>
    <message>
        <source>Enter: attended · Ctrl+E: excused · Ctrl+D: no-show · Ctrl+I: back to invited · Ctrl+Z: undo</source>
        <translation>Enter: piedalījās · Ctrl+E: attaisnots kavējums · Ctrl+D: neieradās · Ctrl+I: atpakaļ uz uzaicinātajiem · Ctrl+Z: atsaukt</translation>
    </message>
    <message>
        <source>the walk-in {name}</source>
        <translation>neuzaicinātā dalībnieka {name} datos</translation>
    </message>
    <message>
        <source>Choose a meeting to take its attendance.</source>
        <translation>Izvēlieties sanāksmi, lai reģistrētu tās apmeklējumu.</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Neuzaicināts dalībnieks</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vārds un uzvārds</translation>
    </message>
    <message>
        <source>Leave empty if none</source>
        <translation>Atstājiet tukšu, ja nav</translation>
    </message>
    <message>
        <source>Choose for a new organisation</source>
        <translation>Izvēlieties jaunai organizācijai</translation>
    </message>
    <message>
        <source>Add &amp;walk-in</source>
        <translation>Pievienot &amp;neuzaicinātu dalībnieku</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Vārds:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganizācija:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sek&amp;tors:</translation>
    </message>
    <message>
        <source>Counted an&amp;onymously</source>
        <translation>Uzskaitīts an&amp;onīmi</translation>
    </message>
    <message>
        <source>Anonymous: {sector}, {gender}</source>
        <translation>Anonīmi: {sector}, {gender}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Nobody on the list matches. Enter adds “{text}” as a walk-in.</source>
        <translation>Sarakstā neviens neatbilst. Ar Enter “{text}” tiks pievienots kā neuzaicināts dalībnieks.</translation>
    </message>
    <message>
        <source>Type the organisation and press Enter to add the walk-in (Escape: back).</source>
        <translation>Ierakstiet organizāciju un nospiediet Enter, lai pievienotu neuzaicināto dalībnieku (Escape: atpakaļ).</translation>
    </message>
    <message>
        <source>{name} is already marked {status}.</source>
        <translation>{name} jau ir atzīmēts ar statusu “{status}”.</translation>
    </message>
    <message>
        <source>Mark {name} as {status}</source>
        <translation>Atzīmēt {name} ar statusu “{status}”</translation>
    </message>
    <message>
        <source>{name}: {status}. Ctrl+Z undoes it.</source>
        <translation>{name}: {status}. Ar Ctrl+Z to var atsaukt.</translation>
    </message>
    <message>
        <source>A new organisation: choose its sector, then press Enter.</source>
        <translation>Jauna organizācija: izvēlieties tās sektoru un nospiediet Enter.</translation>
    </message>
    <message>
        <source>Add walk-in {name}</source>
        <translation>Pievienot neuzaicinātu dalībnieku {name}</translation>
    </message>
    <message>
        <source>{name} added as a walk-in. Ctrl+Z undoes it.</source>
        <translation>{name} pievienots kā neuzaicināts dalībnieks. Ar Ctrl+Z to var atsaukt.</translation>
    </message>
    <message>
        <source>Count anonymously: {sector}, {gender}</source>
        <translation>Uzskaitīt anonīmi: {sector}, {gender}</translation>
    </message>
    <message>
        <source>{present} present · {invited} invited</source>
        <translation>Klātesoši {present} · uzaicināti {invited}</translation>
    </message>
    <message>
        <source>Walk-ins {walk_ins} · counted anonymously {anonymous} · excused {excused} · no-show {no_show}</source>
        <translation>Neuzaicināti {walk_ins} · uzskaitīti anonīmi {anonymous} · attaisnots kavējums {excused} · neieradās {no_show}</translation>
    </message>
    <message>
        <source>{name} {count}</source>
        <translation>{name} {count}</translation>
    </message>
    <message>
        <source>By sector: {counts}</source>
        <translation>Pa sektoriem: {counts}</translation>
    </message>
    <message>
        <source>By gender: {counts}</source>
        <translation>Pa dzimumiem: {counts}</translation>
    </message>
</context>
<context>
    <name>AttendanceWindow</name>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Atcelt atsaukšanu</translation>
    </message>
    <message>
        <source>{title}, {date}</source>
        <translation>{title}, {date}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Attendance — {meeting}</source>
        <translation>Apmeklējums — {meeting}</translation>
    </message>
</context>
<context>
    <name>AutoBackups</name>
    <message>
        <source>Making a backup of {name}…</source>
        <translation>Veido faila {name} rezerves kopiju…</translation>
    </message>
    <message>
        <source>The automatic backup failed: {problem}</source>
        <translation>Automātiskā rezerves kopija neizdevās: {problem}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Something went wrong. The details are in the log file.</source>
        <translation>Radās kļūda. Sīkāka informācija ir žurnālfailā.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Atceļ…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup to {path} failed. The details are in the log file.</source>
        <translation>Rezerves kopiju uz {path} neizdevās izveidot. Sīkāka informācija ir žurnālfailā.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path}: no such backup.</source>
        <translation>{path}: šādas rezerves kopijas nav.</translation>
    </message>
    <message>
        <source>{path} is not a lagdesk file, so it cannot be restored.</source>
        <translation>{path} nav lagdesk fails, tāpēc to nevar atjaunot.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of lagdesk (schema {revision}); update lagdesk to restore it.</source>
        <translation>{path} saglabāts ar jaunāku lagdesk versiju (shēma {revision}); atjauniniet lagdesk, lai to atjaunotu.</translation>
    </message>
    <message>
        <source>{path} is damaged, so it cannot be restored: {problem}</source>
        <translation>{path} ir bojāts, tāpēc to nevar atjaunot: {problem}</translation>
    </message>
    <message>
        <source>{path} is the file itself, not a backup of it.</source>
        <translation>{path} ir pats fails, nevis tā rezerves kopija.</translation>
    </message>
    <message>
        <source>The copy of {path} did not pass its check; nothing was changed.</source>
        <translation>Faila {path} kopija neizturēja pārbaudi; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>The restored {path} did not pass its check; it was put back.</source>
        <translation>Atjaunotais fails {path} neizturēja pārbaudi; iepriekšējais stāvoklis ir atlikts atpakaļ.</translation>
    </message>
    <message>
        <source>{path} could not be restored: {detail}</source>
        <translation>Failu {path} neizdevās atjaunot: {detail}</translation>
    </message>
    <message>
        <source>On opening</source>
        <translation>Atverot</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>Aizverot</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Izveidota manuāli</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Pirms atjaunināšanas</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Pirms atjaunošanas</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{text} is not a date like 2024-03-31</source>
        <translation>{text} nav datums formātā 2024-03-31</translation>
    </message>
    <message>
        <source>meetings to an iCalendar (.ics) file</source>
        <translation>sanāksmes iCalendar (.ics) failā</translation>
    </message>
    <message>
        <source>only meetings starting on or after DATE (YYYY-MM-DD)</source>
        <translation>tikai sanāksmes, kas sākas DATE vai vēlāk (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>only meetings starting on or before DATE (YYYY-MM-DD)</source>
        <translation>tikai sanāksmes, kas sākas DATE vai agrāk (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a meeting from an iCalendar (.ics) invitation</source>
        <translation>sanāksme no iCalendar (.ics) ielūguma</translation>
    </message>
    <message>
        <source>{count} meeting(s) written to {path}.</source>
        <translation>Sanāksmes ierakstītas failā {path}: {count}.</translation>
    </message>
    <message>
        <source>Meeting {id} imported: {title}, {start} ({zone}).</source>
        <translation>Sanāksme {id} importēta: {title}, {start} ({zone}).</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>The first day ({start}) is after the last day ({end}).</source>
        <translation>Pirmā diena ({start}) ir pēc pēdējās dienas ({end}).</translation>
    </message>
    <message>
        <source>this is not an iCalendar (.ics) file.</source>
        <translation>šis nav iCalendar (.ics) fails.</translation>
    </message>
    <message>
        <source>the invitation&apos;s {property} cannot be read.</source>
        <translation>ielūguma lauku {property} nevar nolasīt.</translation>
    </message>
    <message>
        <source>the file holds no event (VEVENT).</source>
        <translation>failā nav neviena notikuma (VEVENT).</translation>
    </message>
    <message>
        <source>the event has no start (DTSTART).</source>
        <translation>notikumam nav sākuma (DTSTART).</translation>
    </message>
    <message>
        <source>the event ends (DTEND) before it starts (DTSTART).</source>
        <translation>notikums beidzas (DTEND) pirms tā sākuma (DTSTART).</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Manage closely</source>
        <translation>Cieši iesaistīt</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Uzturēt apmierinātību</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Regulāri informēt</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Uzraudzīt</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>Vēl nav novērtējumu</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interese</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Ietekme</translation>
    </message>
    <message>
        <source>Attendance by sector</source>
        <translation>Apmeklējums pa sektoriem</translation>
    </message>
    <message>
        <source>People attending</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Sanāksmes datums</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Bez sektora</translation>
    </message>
    <message>
        <source>No meetings to show</source>
        <translation>Nav sanāksmju, ko parādīt</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mēneši</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Ceturkšņi</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Gadi</translation>
    </message>
    <message>
        <source>Action timeline</source>
        <translation>Rīcību laika grafiks</translation>
    </message>
    <message>
        <source>Action timeline, page {page} of {pages}</source>
        <translation>Rīcību laika grafiks, {page}. lpp. no {pages}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Starpposma mērķis</translation>
    </message>
    <message>
        <source>Milestone done</source>
        <translation>Starpposma mērķis sasniegts</translation>
    </message>
    <message>
        <source>No actions to show</source>
        <translation>Nav rīcību, ko parādīt</translation>
    </message>
    <message>
        <source>No objective</source>
        <translation>Bez mērķa</translation>
    </message>
    <message>
        <source>{objective} (continued)</source>
        <translation>{objective} (turpinājums)</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>Nav datumu</translation>
    </message>
    <message>
        <source>No start date</source>
        <translation>Nav sākuma datuma</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Nav beigu datuma</translation>
    </message>
    <message>
        <source>End before start</source>
        <translation>Beigas pirms sākuma</translation>
    </message>
    <message>
        <source>Actions without a bar (dates missing): {count}</source>
        <translation>Rīcības bez joslas (trūkst datumu): {count}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Bāzes vērtība</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Izmērīts</translation>
    </message>
    <message>
        <source>Measured (running total)</source>
        <translation>Izmērīts (kumulatīvi)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Starpposma mērķi</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mērķa vērtība</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Sagaidāmais progress</translation>
    </message>
    <message>
        <source>Current value: {value}   Progress: {progress}</source>
        <translation>Pašreizējā vērtība: {value}   Progress: {progress}</translation>
    </message>
    <message>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nav noteikts</translation>
    </message>
    <message>
        <source>No baseline, target or measurement to show</source>
        <translation>Nav bāzes vērtības, mērķa vērtības vai mērījuma, ko parādīt</translation>
    </message>
    <message>
        <source>Indicator status</source>
        <translation>Rādītāju statuss</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Rādītāji</translation>
    </message>
    <message>
        <source>Funding by source and status</source>
        <translation>Finansējums pa avotiem un statusiem</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Local group by sector and gender</source>
        <translation>Vietējā grupa pa sektoriem un dzimumiem</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Vēl nav ko parādīt</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Schema revision {revision} is older; lagdesk upgrades it when the file is opened.</source>
        <translation>Shēmas versija {revision} ir vecāka; lagdesk to atjaunina, kad fails tiek atvērts.</translation>
    </message>
    <message>
        <source>The schema revision is missing.</source>
        <translation>Trūkst shēmas versijas.</translation>
    </message>
    <message>
        <source>Schema revision {revision} is newer than this lagdesk knows.</source>
        <translation>Shēmas versija {revision} ir jaunāka, nekā zina šī lagdesk versija.</translation>
    </message>
    <message>
        <source>Integrity: {message}</source>
        <translation>Integritāte: {message}</translation>
    </message>
    <message>
        <source>Table {table}, row {rowid}: refers to a missing row of {parent}.</source>
        <translation>Tabula {table}, rinda {rowid}: atsaucas uz neesošu tabulas {parent} rindu.</translation>
    </message>
    <message>
        <source>Table {table}, row {rowid}: column {column} holds text that is not valid UTF-8.</source>
        <translation>Tabula {table}, rinda {rowid}: kolonnā {column} ir teksts, kas nav derīgs UTF-8.</translation>
    </message>
    <message>
        <source>{count} more values are not valid UTF-8 text.</source>
        <translation>Vēl {count} vērtības nav derīgs UTF-8 teksts.</translation>
    </message>
    <message>
        <source>Table {table} is missing.</source>
        <translation>Trūkst tabulas {table}.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Chosen only</source>
        <translation>Tikai izvēlētie</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} un vēl {count}</translation>
    </message>
    <message>
        <source>Chosen ({count}): {names}</source>
        <translation>Izvēlēti ({count}): {names}</translation>
    </message>
    <message>
        <source>None chosen.</source>
        <translation>Nekas nav izvēlēts.</translation>
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
        <translation>ESF+</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivizācija</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Plānošana</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Īstenošana</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Vadošais partneris</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partneris</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publiskais</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privātais</translation>
    </message>
    <message>
        <source>Civic</source>
        <translation>Pilsoniskā sabiedrība</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Zinātne</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Sieviete</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Vīrietis</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Nebinārs</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Nevēlos norādīt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nav zināms</translation>
    </message>
    <message>
        <source>Local group</source>
        <translation>Vietējā grupa</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Darba grupa</translation>
    </message>
    <message>
        <source>Steering board</source>
        <translation>Vadības grupa</translation>
    </message>
    <message>
        <source>Mailing group</source>
        <translation>Adresātu grupa</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Priekšsēdētājs</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinators</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Eksperts</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Novērotājs</translation>
    </message>
    <message>
        <source>Local group membership</source>
        <translation>Dalība vietējā grupā</translation>
    </message>
    <message>
        <source>Photo publication</source>
        <translation>Fotogrāfiju publicēšana</translation>
    </message>
    <message>
        <source>Sharing contacts with partners</source>
        <translation>Kontaktinformācijas kopīgošana ar partneriem</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Jaunumu izdevums</translation>
    </message>
    <message>
        <source>Written form</source>
        <translation>Rakstiski</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Tiešsaistes veidlapa</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Mutiski</translation>
    </message>
    <message>
        <source>Local group meeting</source>
        <translation>Vietējās grupas sanāksme</translation>
    </message>
    <message>
        <source>Thematic workshop</source>
        <translation>Tematiskā darbnīca</translation>
    </message>
    <message>
        <source>Co-design workshop</source>
        <translation>Kopradīšanas darbnīca</translation>
    </message>
    <message>
        <source>Site or study visit</source>
        <translation>Vietas vai mācību vizīte</translation>
    </message>
    <message>
        <source>Transnational meeting</source>
        <translation>Starptautiska sanāksme</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Vebinārs</translation>
    </message>
    <message>
        <source>Testing action event</source>
        <translation>Izmēģinājuma rīcības pasākums</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uzaicināts</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Reģistrējies</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Piedalījās</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Attaisnots kavējums</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Neieradās</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokuments</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotogrāfija</translation>
    </message>
    <message>
        <source>Signed attendance list</source>
        <translation>Parakstīts dalībnieku saraksts</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pierādījums</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Melnraksts</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Iesniegts izskatīšanai</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Atgriezts</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Apstiprināts</translation>
    </message>
    <message>
        <source>Strategic objective</source>
        <translation>Stratēģiskais mērķis</translation>
    </message>
    <message>
        <source>Specific objective</source>
        <translation>Specifiskais mērķis</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investīcijas</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>Kapacitātes stiprināšana</translation>
    </message>
    <message>
        <source>Policy or regulation</source>
        <translation>Politika vai regulējums</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Iepirkums</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Komunikācija</translation>
    </message>
    <message>
        <source>Testing action</source>
        <translation>Izmēģinājuma rīcība</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plānota</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Notiek</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Pabeigta</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Kavējas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Atcelta</translation>
    </message>
    <message>
        <source>01 Gender targeting</source>
        <translation>01 Vērsta uz dzimumu līdztiesību</translation>
    </message>
    <message>
        <source>02 Gender mainstreaming</source>
        <translation>02 Dzimumu līdztiesība integrēta</translation>
    </message>
    <message>
        <source>03 Gender neutral</source>
        <translation>03 Dzimumneitrāla</translation>
    </message>
    <message>
        <source>City budget</source>
        <translation>Pilsētas budžets</translation>
    </message>
    <message>
        <source>ERDF</source>
        <translation>ERAF</translation>
    </message>
    <message>
        <source>National funds</source>
        <translation>Valsts finansējums</translation>
    </message>
    <message>
        <source>Private funds</source>
        <translation>Privātie līdzekļi</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Nodrošināts</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Pieprasīts</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Iespējamais</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Politisks</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanšu</translation>
    </message>
    <message>
        <source>Legal or procurement</source>
        <translation>Juridisks vai iepirkuma</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitāte</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Ieinteresētās puses</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Ārējs</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Mazināts</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Skaits</translation>
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
        <translation>Personas</translation>
    </message>
    <message>
        <source>t CO2e</source>
        <translation>t CO2e</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Jā/nē</translation>
    </message>
    <message>
        <source>Increase is good</source>
        <translation>Vēlams pieaugums</translation>
    </message>
    <message>
        <source>Decrease is good</source>
        <translation>Vēlams samazinājums</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumulatīvi</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Pēdējā vērtība</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Reizi mēnesī</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Reizi ceturksnī</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>Reizi pusgadā</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Reizi gadā</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Vienreiz</translation>
    </message>
    <message>
        <source>Not disaggregated</source>
        <translation>Bez sadalījuma</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Pa dzimumiem</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Nosūtīts</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Atrisināts</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plāns</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Rīcība</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Nav datu</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Sasniegts</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Atbilst plānam</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Pakļauts riskam</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Atpaliek</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>import records from a file</source>
        <translation>importēt ierakstus no faila</translation>
    </message>
    <message>
        <source>export records to a file</source>
        <translation>eksportēt ierakstus uz failu</translation>
    </message>
    <message>
        <source>the lagdesk database file</source>
        <translation>lagdesk datubāzes fails</translation>
    </message>
    <message>
        <source>language: en, pl, lv, ro or bg</source>
        <translation>valoda: en, pl, lv, ro vai bg</translation>
    </message>
    <message>
        <source>lagdesk: stakeholders, meetings and the Integrated Action Plan of a local group.</source>
        <translation>lagdesk: vietējās grupas ieinteresētās puses, sanāksmes un integrētais rīcības plāns.</translation>
    </message>
    <message>
        <source>{path} was upgraded to this version of lagdesk; a copy of it as it was is in {backup}.</source>
        <translation>{path} ir atjaunināts uz šo lagdesk versiju; tā kopija iepriekšējā stāvoklī ir {backup}.</translation>
    </message>
    <message>
        <source>wait up to SECONDS while the file is open in lagdesk (default: refuse at once)</source>
        <translation>gaidīt līdz SECONDS sekundēm, kamēr fails ir atvērts lagdesk (noklusējums: atteikt uzreiz)</translation>
    </message>
    <message>
        <source>{path} is open in lagdesk (a window or another command); nothing was changed. Close it there and try again, or add --wait SECONDS to wait for it.</source>
        <translation>{path} ir atvērts lagdesk (logā vai citā komandā); nekas netika mainīts. Aizveriet to tur un mēģiniet vēlreiz vai pievienojiet --wait SECONDS, lai to gaidītu.</translation>
    </message>
    <message>
        <source>waiting for {path}: it is open in lagdesk (a window or another command) (up to {seconds} s)…</source>
        <translation>gaida {path}: tas ir atvērts lagdesk (logā vai citā komandā) (līdz {seconds} s)…</translation>
    </message>
    <message>
        <source>{path} is still open in lagdesk (a window or another command) after {seconds} s; nothing was changed.</source>
        <translation>{path} joprojām ir atvērts lagdesk (logā vai citā komandā) pēc {seconds} s; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>fill a new database with demo data</source>
        <translation>aizpildīt jaunu datubāzi ar demonstrācijas datiem</translation>
    </message>
    <message>
        <source>check integrity, foreign keys and the schema revision</source>
        <translation>pārbaudīt integritāti, ārējās atslēgas un shēmas versiju</translation>
    </message>
    <message>
        <source>copy the database safely while in use</source>
        <translation>droši kopēt datubāzi, kamēr tā tiek lietota</translation>
    </message>
    <message>
        <source>list the backups of the database: automatic and upgrade</source>
        <translation>uzskaitīt datubāzes rezerves kopijas: automātiskās un pirms atjaunināšanas</translation>
    </message>
    <message>
        <source>put a backup in place of the database, keeping the current state</source>
        <translation>aizstāt datubāzi ar rezerves kopiju, saglabājot pašreizējo stāvokli</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>neprasīt apstiprinājumu</translation>
    </message>
    <message>
        <source>salvage what can be read from a damaged database into a new file</source>
        <translation>izglābt no bojātas datubāzes to, ko var nolasīt, jaunā failā</translation>
    </message>
    <message>
        <source>No backups of {path} yet.</source>
        <translation>Faila {path} rezerves kopiju vēl nav.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Izveidota</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ceļš</translation>
    </message>
    <message>
        <source>restore replaces {path}; add --yes to confirm when not asked at a terminal.</source>
        <translation>restore aizstāj {path}; pievienojiet --yes, lai apstiprinātu, ja komanda netiek palaista terminālī.</translation>
    </message>
    <message>
        <source>Replace {path} with the backup {backup}? The current state is kept beside it. [y/N] </source>
        <translation>Aizstāt {path} ar rezerves kopiju {backup}? Pašreizējais stāvoklis tiks saglabāts blakus. [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>{path} restored from {backup}.</source>
        <translation>{path} atjaunots no {backup}.</translation>
    </message>
    <message>
        <source>The previous state was moved to {previous}.</source>
        <translation>Iepriekšējais stāvoklis pārvietots uz {previous}.</translation>
    </message>
    <message>
        <source>{path} is the damaged file or part of it; choose another name.</source>
        <translation>{path} ir bojātais fails vai tā daļa; izvēlieties citu nosaukumu.</translation>
    </message>
    <message>
        <source>Recovered from {source} into {path} (schema {revision}):</source>
        <translation>Izglābts no {source} uz {path} (shēma {revision}):</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabula</translation>
    </message>
    <message>
        <source>read</source>
        <translation>nolasīts</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>izglābts</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>izmests</translation>
    </message>
    <message>
        <source>Parts of these tables could not be read: {tables}</source>
        <translation>Daļu no šīm tabulām nevarēja nolasīt: {tables}</translation>
    </message>
    <message>
        <source>These tables could not be read at all: {tables}</source>
        <translation>Šīs tabulas nevarēja nolasīt nemaz: {tables}</translation>
    </message>
    <message>
        <source>indicators: progress as of DATE (YYYY-MM-DD), not today</source>
        <translation>rādītāji: progress datumā DATE (YYYY-MM-DD), nevis šodien</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>aizstāt FILE, ja tas jau pastāv</translation>
    </message>
    <message>
        <source>--as-of goes with list indicators only</source>
        <translation>--as-of lieto tikai kopā ar list indicators</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD</source>
        <translation>{text} nav datums; rakstiet to formātā YYYY-MM-DD</translation>
    </message>
    <message>
        <source>print a list of records</source>
        <translation>izdrukāt ierakstu sarakstu</translation>
    </message>
    <message>
        <source>attendance: only this meeting</source>
        <translation>apmeklējums: tikai šī sanāksme</translation>
    </message>
    <message>
        <source>the command {command} needs a subject</source>
        <translation>komandai {command} jānorāda objekts</translation>
    </message>
    <message>
        <source>unexpected error ({kind}); details are in {path}</source>
        <translation>neparedzēta kļūda ({kind}); sīkāka informācija ir failā {path}</translation>
    </message>
    <message>
        <source>Demo data ({size}) written to {path}: {total} records.</source>
        <translation>Demonstrācijas dati ({size}) ierakstīti failā {path}: ierakstu skaits – {total}.</translation>
    </message>
    <message>
        <source>{path}: sound (schema {revision}).</source>
        <translation>{path}: kārtībā (shēma {revision}).</translation>
    </message>
    <message>
        <source>{path}: {count} problem(s) found:</source>
        <translation>{path}: atrastās problēmas ({count}):</translation>
    </message>
    <message>
        <source>{path} exists already; choose another name or add --force.</source>
        <translation>{path} jau pastāv; izvēlieties citu nosaukumu vai pievienojiet --force.</translation>
    </message>
    <message>
        <source>{path}: the folder does not exist.</source>
        <translation>{path}: mape nepastāv.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Rezerves kopija ierakstīta failā {path}.</translation>
    </message>
    <message>
        <source>--meeting goes with list attendance only</source>
        <translation>--meeting lieto tikai kopā ar list attendance</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Salīdzināt versijas</translation>
    </message>
    <message>
        <source>{name} ({saved})</source>
        <translation>{name} ({saved})</translation>
    </message>
    <message>
        <source>The plan now (not saved as a version)</source>
        <translation>Pašreizējais plāns (nav saglabāts kā versija)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;No:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Līdz:</translation>
    </message>
    <message>
        <source>From version “{old}” to the plan now</source>
        <translation>No versijas „{old}” līdz pašreizējam plānam</translation>
    </message>
    <message>
        <source>From version “{old}” to version “{new}”</source>
        <translation>No versijas „{old}” līdz versijai „{new}”</translation>
    </message>
</context>
<context>
    <name>Composition</name>
    <message>
        <source>public</source>
        <translation>publiskais</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privātais</translation>
    </message>
    <message>
        <source>civic</source>
        <translation>pilsoniskā sabiedrība</translation>
    </message>
    <message>
        <source>knowledge</source>
        <translation>zinātne</translation>
    </message>
    <message>
        <source>Women are {percent} % of the members whose gender is known (less than {threshold} %).</source>
        <translation>Sievietes veido {percent} % no dalībniekiem, kuru dzimums ir zināms (mazāk nekā {threshold} %).</translation>
    </message>
    <message>
        <source>Men are {percent} % of the members whose gender is known (less than {threshold} %).</source>
        <translation>Vīrieši veido {percent} % no dalībniekiem, kuru dzimums ir zināms (mazāk nekā {threshold} %).</translation>
    </message>
    <message>
        <source>The group has no active members.</source>
        <translation>Grupai nav aktīvu dalībnieku.</translation>
    </message>
    <message>
        <source>No one from the {sector} sector.</source>
        <translation>Nav neviena no sektora “{sector}”.</translation>
    </message>
</context>
<context>
    <name>CompositionPanel</name>
    <message>
        <source>Members by sector and gender</source>
        <translation>Dalībnieki pa sektoriem un dzimumiem</translation>
    </message>
    <message>
        <source>Choose a group to see who is in it.</source>
        <translation>Izvēlieties grupu, lai redzētu tās sastāvu.</translation>
    </message>
    <message>
        <source>{count} people are active members today (subgroups included).</source>
        <translation>Aktīvie dalībnieki šodien (ieskaitot apakšgrupas): {count}.</translation>
    </message>
    <message>
        <source>Organisations that are members in their own right: {parts}.</source>
        <translation>Organizācijas, kas ir dalībnieces pašas par sevi: {parts}.</translation>
    </message>
</context>
<context>
    <name>ConsentMethod</name>
    <message>
        <source>Other</source>
        <translation>Cits veids</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent records</source>
        <translation>Piekrišanu ieraksti</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Reģistrēt piekrišanu</translation>
    </message>
    <message>
        <source>for example: signed form in the ULG folder</source>
        <translation>piemēram: parakstīta veidlapa vietējās grupas mapē</translation>
    </message>
    <message>
        <source>&amp;Add consent</source>
        <translation>&amp;Pievienot piekrišanu</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Mērķis:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Sniegta:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>Pie&amp;rādījums:</translation>
    </message>
    <message>
        <source>Wi&amp;thdraw the selected consent</source>
        <translation>A&amp;tsaukt atlasīto piekrišanu</translation>
    </message>
    <message>
        <source>Withdrawn o&amp;n:</source>
        <translation>Atsaukta (&amp;datums):</translation>
    </message>
    <message>
        <source>Consent changes are stored when you choose OK.</source>
        <translation>Piekrišanu izmaiņas tiek saglabātas, kad izvēlaties “Labi”.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: šāda faila nav.</translation>
    </message>
    <message>
        <source>{path} is not a lagdesk database. Choose a file made by lagdesk or a new file name.</source>
        <translation>{path} nav lagdesk datubāze. Izvēlieties ar lagdesk izveidotu failu vai jauna faila nosaukumu.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of lagdesk (schema {revision}). Update lagdesk to open it; the file was not changed.</source>
        <translation>{path} ir saglabāts ar jaunāku lagdesk versiju (shēma {revision}). Lai to atvērtu, atjauniniet lagdesk; fails netika mainīts.</translation>
    </message>
    <message>
        <source>{path} is in use by another program. Close it there and try again.</source>
        <translation>{path} izmanto cita programma. Aizveriet to tur un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>{path} ir bojāts, un to nevar atvērt. Atjaunojiet to no rezerves kopijas.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {detail}</source>
        <translation>{path} nevar atvērt: {detail}</translation>
    </message>
    <message>
        <source>{path} is read-only, so lagdesk cannot save changes to it. Check that you may write to the file and its folder, or copy it to a folder of your own.</source>
        <translation>{path} ir tikai lasāms, tāpēc lagdesk nevar tajā saglabāt izmaiņas. Pārbaudiet, vai jums ir tiesības rakstīt šajā failā un tā mapē, vai nokopējiet to savā mapē.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), so it holds no lagdesk data; it was not changed. Restore it from a backup, or use File &gt; New file to start a new file.</source>
        <translation>{path} ir tukšs (0 baitu), tāpēc tajā nav lagdesk datu; tas netika mainīts. Atjaunojiet to no rezerves kopijas vai izmantojiet Fails &gt; Jauns fails, lai sāktu jaunu failu.</translation>
    </message>
    <message>
        <source>The folder of {path} has gone (deleted or unmounted), so changes can no longer be saved there. Your work is still in memory: use Save a copy as… to keep it.</source>
        <translation>Faila {path} mape ir pazudusi (izdzēsta vai atvienota), tāpēc izmaiņas tur vairs nevar saglabāt. Jūsu darbs joprojām ir atmiņā: izmantojiet “Saglabāt kopiju kā…”, lai to paturētu.</translation>
    </message>
    <message>
        <source>{path} was moved, deleted or replaced by another program while it was open, so changes can no longer be saved there. Your work is still in memory: use Save a copy as… to keep it.</source>
        <translation>Cita programma pārvietoja, izdzēsa vai aizstāja {path}, kamēr tas bija atvērts, tāpēc izmaiņas tur vairs nevar saglabāt. Jūsu darbs joprojām ir atmiņā: izmantojiet “Saglabāt kopiju kā…”, lai to paturētu.</translation>
    </message>
    <message>
        <source>Another program deleted {path}-wal, which holds the latest changes of {path}. lagdesk wrote your work into {path}; to be safe, also use Save a copy as… and then open that copy.</source>
        <translation>Cita programma izdzēsa {path}-wal, kurā ir jaunākās {path} izmaiņas. lagdesk ierakstīja jūsu darbu failā {path}; drošības labad izmantojiet arī “Saglabāt kopiju kā…” un pēc tam atveriet šo kopiju.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full. Free some space and try again.</source>
        <translation>Disks, kurā atrodas {path}, ir pilns. Atbrīvojiet vietu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>{path} could not be read or written (disk I/O error). Check that the drive that holds it is still connected, then try again.</source>
        <translation>{path} nevarēja nolasīt vai ierakstīt (diska ievades/izvades kļūda). Pārbaudiet, vai disks, kurā tas atrodas, joprojām ir pievienots, un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: its path is {length} bytes long, and the database engine takes at most {limit}. Move the file to a folder with a shorter path, or give it a shorter name.</source>
        <translation>{path} nevar atvērt: tā ceļš ir {length} baitus garš, bet datubāzes dzinējs pieņem ne vairāk kā {limit}. Pārvietojiet failu uz mapi ar īsāku ceļu vai piešķiriet tam īsāku nosaukumu.</translation>
    </message>
    <message>
        <source>{path} belongs to the lagdesk file {file}: a copy written there would damage it. Choose another name.</source>
        <translation>{path} pieder lagdesk failam {file}: tur ierakstīta kopija to sabojātu. Izvēlieties citu nosaukumu.</translation>
    </message>
    <message>
        <source>Upgrading {path} was stopped and undone: row {rowid} of {table} would refer to a missing row of {parent} ({count} such rows). The file was not changed.</source>
        <translation>{path} atjaunināšana tika apturēta un atsaukta: tabulas {table} rinda {rowid} atsauktos uz neesošu tabulas {parent} rindu (šādu rindu: {count}). Fails netika mainīts.</translation>
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
        <translation>Nav</translation>
    </message>
    <message>
        <source>From decision</source>
        <translation>No lēmuma</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message>
        <source>This cannot be deleted: other records still depend on it ({detail}).</source>
        <translation>To nevar dzēst: no tā joprojām ir atkarīgi citi ieraksti ({detail}).</translation>
    </message>
    <message>
        <source>The delete cannot be undone: {table} id {id} has been given to a new record since.</source>
        <translation>Dzēšanu nevar atsaukt: {table} id {id} pa to laiku ir piešķirts jaunam ierakstam.</translation>
    </message>
    <message>
        <source>The delete cannot be undone: it needs {table} id {id}, which has been deleted since.</source>
        <translation>Dzēšanu nevar atsaukt: tai vajadzīgs {table} id {id}, kas pa to laiku ir izdzēsts.</translation>
    </message>
    <message>
        <source>The delete cannot be undone: {detail}</source>
        <translation>Dzēšanu nevar atsaukt: {detail}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{path} already holds stakeholders, meetings, a plan or a network. The demo is only written into a new or empty file: choose another file name.</source>
        <translation>Failā {path} jau ir ieinteresētās puses, sanāksmes, plāns vai tīkls. Demonstrācijas dati tiek ierakstīti tikai jaunā vai tukšā failā: izvēlieties citu faila nosaukumu.</translation>
    </message>
    <message>
        <source>Network and partners</source>
        <translation>Tīkls un partneri</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizācijas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Groups and memberships</source>
        <translation>Grupas un dalība</translation>
    </message>
    <message>
        <source>Consents and stakeholder mapping</source>
        <translation>Piekrišanas un ieinteresēto pušu kartēšana</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sanāksmes</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <source>Indicators and measurements</source>
        <translation>Rādītāji un mērījumi</translation>
    </message>
    <message>
        <source>Plan versions and reviews</source>
        <translation>Plāna versijas un izvērtējumi</translation>
    </message>
    <message>
        <source>Organisations and people</source>
        <translation>Organizācijas un personas</translation>
    </message>
    <message>
        <source>Groups, consents and stakeholder mapping</source>
        <translation>Grupas, piekrišanas un ieinteresēto pušu kartēšana</translation>
    </message>
    <message>
        <source>Meetings and attendance</source>
        <translation>Sanāksmes un apmeklējums</translation>
    </message>
    <message>
        <source>Indicators and review</source>
        <translation>Rādītāji un izvērtējums</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saglabāt</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Atmest</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <source>In the file now</source>
        <translation>Tagad failā</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Jūsu</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it.</source>
        <translation>Šis ieraksts kopš tā atvēršanas ir mainīts citur.</translation>
    </message>
    <message>
        <source>Which values do you want to keep?</source>
        <translation>Kuras vērtības paturēt?</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Paturēt &amp;manējās</translation>
    </message>
    <message>
        <source>Keep the &amp;file&apos;s</source>
        <translation>Paturēt &amp;faila</translation>
    </message>
    <message>
        <source>lagdesk met an unexpected problem</source>
        <translation>lagdesk saskārās ar neparedzētu problēmu</translation>
    </message>
    <message>
        <source>Something went wrong inside lagdesk. Your data saved so far is safe. If it happens again, please send the log file to the people who support lagdesk.</source>
        <translation>lagdesk darbībā radās kļūda. Līdz šim saglabātie dati ir drošībā. Ja tas atkārtojas, lūdzu, nosūtiet žurnālfailu lagdesk atbalsta komandai.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Žurnālfails: {path}</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Atvērt žurnālu mapi</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tukšs)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Nav datuma</translation>
    </message>
</context>
<context>
    <name>DueDelegate</name>
    <message>
        <source>Due date</source>
        <translation>Izpildes termiņš</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No {what} with id {key}.</source>
        <translation>Nav atrasts ieraksts ({what}) ar id {key}.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}. rinda</translation>
    </message>
    <message>
        <source>A record with the same key already exists ({detail}).</source>
        <translation>Ieraksts ar tādu pašu atslēgu jau pastāv ({detail}).</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it ({fields}); nothing was stored.</source>
        <translation>Šis ieraksts kopš tā atvēršanas ir mainīts citur ({fields}); nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>This refers to a record that does not exist, or is still in use.</source>
        <translation>Tas atsaucas uz ierakstu, kas nepastāv vai joprojām tiek izmantots.</translation>
    </message>
    <message>
        <source>The values break a rule of the database ({detail}).</source>
        <translation>Vērtības pārkāpj datubāzes noteikumu ({detail}).</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence files</source>
        <translation>Pierādījumu faili</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <source>No evidence yet. Add the files that prove this value: a scan of a register, a spreadsheet extract, a signed statement (up to {limit} MB each).</source>
        <translation>Pierādījumu vēl nav. Pievienojiet failus, kas apliecina šo vērtību: reģistra skenējumu, izklājlapas izrakstu, parakstītu apliecinājumu (katrs līdz {limit} MB).</translation>
    </message>
    <message>
        <source>This measurement has been deleted. Undo the delete (Ctrl+Z) to see its evidence.</source>
        <translation>Šis mērījums ir izdzēsts. Atsauciet dzēšanu (Ctrl+Z), lai redzētu tā pierādījumus.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Pievienot failus…</translation>
    </message>
    <message>
        <source>Add evidence files to this measurement (Insert)</source>
        <translation>Pievienot šim mērījumam pierādījumu failus (Insert)</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Saglabāt kopiju…</translation>
    </message>
    <message>
        <source>Write a copy of the selected file to a folder</source>
        <translation>Ierakstīt atlasītā faila kopiju mapē</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Noņemt</translation>
    </message>
    <message>
        <source>Remove the selected files (Delete); you can undo this with Ctrl+Z</source>
        <translation>Noņemt atlasītos failus (Delete); to var atsaukt ar Ctrl+Z</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Pievienot pierādījumu failus</translation>
    </message>
    <message>
        <source>All files (*);;Documents (*.pdf *.docx *.doc *.odt *.xlsx *.xls *.ods *.csv *.txt);;Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Visi faili (*);;Dokumenti (*.pdf *.docx *.doc *.odt *.xlsx *.xls *.ods *.csv *.txt);;Attēli (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Add evidence {name}</source>
        <translation>Pievienot pierādījumu {name}</translation>
    </message>
    <message>
        <source>Add {count} evidence files</source>
        <translation>Pievienot pierādījumu failus ({count})</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>Saglabāt {name} kopiju</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Saglabāt kopiju</translation>
    </message>
    <message>
        <source>Remove evidence files</source>
        <translation>Noņemt pierādījumu failus</translation>
    </message>
    <message>
        <source>Remove evidence {name}</source>
        <translation>Noņemt pierādījumu {name}</translation>
    </message>
    <message>
        <source>Remove {count} evidence files</source>
        <translation>Noņemt pierādījumu failus ({count})</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n fails</numerusform>
            <numerusform>%n faili</numerusform>
            <numerusform>%n failu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Pievienots</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Jauns…</translation>
    </message>
    <message>
        <source>Start a new lagdesk file</source>
        <translation>Sākt jaunu lagdesk failu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Atvērt…</translation>
    </message>
    <message>
        <source>Open another lagdesk file</source>
        <translation>Atvērt citu lagdesk failu</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Atvērt &amp;nesen lietotu</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>&amp;Rezerves kopija tagad…</translation>
    </message>
    <message>
        <source>Save a copy of this file, for example on a USB stick</source>
        <translation>Saglabāt šī faila kopiju, piemēram, USB zibatmiņā</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Atjaunot no re&amp;zerves kopijas…</translation>
    </message>
    <message>
        <source>Put one of this file&apos;s automatic backups in its place</source>
        <translation>Aizstāt šo failu ar vienu no tā automātiskajām rezerves kopijām</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ie&amp;statījumi…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <source>New lagdesk file</source>
        <translation>Jauns lagdesk fails</translation>
    </message>
    <message>
        <source>New file.sqlite</source>
        <translation>Jauns fails.sqlite</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or use File &gt; Open to open it.</source>
        <translation>{path} jau pastāv. Izvēlieties citu nosaukumu vai atveriet to ar Fails &gt; Atvērt.</translation>
    </message>
    <message>
        <source>Open lagdesk file</source>
        <translation>Atvērt lagdesk failu</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Atvērt nesen lietotu</translation>
    </message>
    <message>
        <source>{path} no longer exists, so it was removed from the list.</source>
        <translation>{path} vairs nepastāv, tāpēc tas tika izņemts no saraksta.</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Notīrīt sarakstu</translation>
    </message>
    <message>
        <source>lagdesk files (*.sqlite *.db)</source>
        <translation>lagdesk faili (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi faili (*)</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>Rezerves kopija tagad</translation>
    </message>
    <message>
        <source>Making a backup copy of {name}…</source>
        <translation>Veido {name} rezerves kopiju…</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>Rezerves kopija saglabāta: {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Rezerves kopiju neizdevās izveidot</translation>
    </message>
</context>
<context>
    <name>FileHealth</name>
    <message>
        <source>Read-only: changes cannot be saved here</source>
        <translation>Tikai lasīšanai: izmaiņas šeit nevar saglabāt</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Saglabāt kopiju kā…</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}). Restore from a backup (File → Restore from backup…) or run lagdesk recover --db {path} --out NEW_FILE to save what can still be read.</source>
        <translation>{path} ir bojāts ({problem}). Atjaunojiet to no rezerves kopijas (Fails → Atjaunot no rezerves kopijas…) vai palaidiet lagdesk recover --db {path} --out JAUNS_FAILS, lai saglabātu to, ko vēl var nolasīt.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Saglabāt kopiju kā</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Kopija netika saglabāta</translation>
    </message>
    <message>
        <source>The copy {path} is now open.</source>
        <translation>Kopija {path} tagad ir atvērta.</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Files of the meeting</source>
        <translation>Sanāksmes faili</translation>
    </message>
    <message>
        <source>Mark who is shown, so that erasing a person finds their photos</source>
        <translation>Atzīmējiet, kas redzams attēlā, lai, dzēšot personu, tiktu atrastas arī tās fotogrāfijas</translation>
    </message>
    <message>
        <source>Add photos and documents; you can also drag files onto this list</source>
        <translation>Pievienojiet fotogrāfijas un dokumentus; failus var arī ievilkt šajā sarakstā</translation>
    </message>
    <message>
        <source>No files yet: add photos and documents, or drag them here.</source>
        <translation>Failu vēl nav: pievienojiet fotogrāfijas un dokumentus vai ievelciet tos šeit.</translation>
    </message>
    <message>
        <source>Select a file to see it here.</source>
        <translation>Atlasiet failu, lai to apskatītu šeit.</translation>
    </message>
    <message>
        <source>{name}
{kind} · {size} · added on {added}</source>
        <translation>{name}
{kind} · {size} · pievienots {added}</translation>
    </message>
    <message>
        <source>Taken on {date}</source>
        <translation>Uzņemts {date}</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use Open to see it.</source>
        <translation>Šāda veida failam nav priekšskatījuma. Lai to apskatītu, izmantojiet “Atvērt”.</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Šo attēlu nevar parādīt.</translation>
    </message>
    <message>
        <source>People in this photo: {names}</source>
        <translation>Šajā fotogrāfijā redzami: {names}</translation>
    </message>
    <message>
        <source>Nobody is marked in this photo.</source>
        <translation>Šajā fotogrāfijā neviens nav atzīmēts.</translation>
    </message>
    <message>
        <source>Add a signed attendance list</source>
        <translation>Pievienot parakstītu dalībnieku sarakstu</translation>
    </message>
    <message>
        <source>Add files to the meeting</source>
        <translation>Pievienot sanāksmei failus</translation>
    </message>
    <message>
        <source>All files (*);;Photos (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff);;Documents (*.pdf *.docx *.doc *.odt *.xlsx *.ods *.pptx *.txt)</source>
        <translation>Visi faili (*);;Fotogrāfijas (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff);;Dokumenti (*.pdf *.docx *.doc *.odt *.xlsx *.ods *.pptx *.txt)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Pievienot failus</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Pievienot {name}</translation>
    </message>
    <message numerus="yes">
        <source>Add %n files</source>
        <translation>
            <numerusform>Pievienot %n failu</numerusform>
            <numerusform>Pievienot %n failus</numerusform>
            <numerusform>Pievienot %n failu</numerusform>
        </translation>
    </message>
    <message>
        <source>Change file</source>
        <translation>Mainīt failu</translation>
    </message>
    <message>
        <source>Mark {name} publishable</source>
        <translation>Atzīmēt {name} kā publicējamu</translation>
    </message>
    <message>
        <source>Untick consent of {name}</source>
        <translation>Noņemt {name} piekrišanas atzīmi</translation>
    </message>
    <message>
        <source>Edit the caption of {name}</source>
        <translation>Rediģēt {name} aprakstu</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Mainīt {name}</translation>
    </message>
    <message>
        <source>People in this photo</source>
        <translation>Personas šajā fotogrāfijā</translation>
    </message>
    <message>
        <source>Mark the people in {name}</source>
        <translation>Atzīmēt personas fotogrāfijā {name}</translation>
    </message>
    <message>
        <source>Save {name} as</source>
        <translation>Saglabāt {name} kā</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Saglabāt kā</translation>
    </message>
    <message>
        <source>Saved {name} to {path}</source>
        <translation>{name} saglabāts: {path}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <source>People in this photo…</source>
        <translation>Personas šajā fotogrāfijā…</translation>
    </message>
    <message>
        <source>Open a copy with the program your system uses (Enter in the list)</source>
        <translation>Atvērt kopiju ar sistēmas noklusēto programmu (Enter sarakstā)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Saglabāt kā…</translation>
    </message>
    <message>
        <source>Save a copy of the file (Ctrl+Shift+S)</source>
        <translation>Saglabāt faila kopiju (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>&amp;Pievienot failus…</translation>
    </message>
    <message>
        <source>Add signed attendance list…</source>
        <translation>Pievienot parakstītu dalībnieku sarakstu…</translation>
    </message>
    <message>
        <source>Delete the selected files (Delete in the list)</source>
        <translation>Dzēst atlasītos failus (Delete sarakstā)</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. Use Save as… and open it from the folder.</source>
        <translation>Šajā datorā nav programmas, kas atver {name}. Izmantojiet “Saglabāt kā…” un atveriet failu no mapes.</translation>
    </message>
    <message>
        <source>Opened a copy of {name}; changes to it are not stored in lagdesk.</source>
        <translation>Atvērta {name} kopija; tās izmaiņas lagdesk netiek saglabātas.</translation>
    </message>
    <message>
        <source>Delete {name} from this meeting?</source>
        <translation>Dzēst {name} no šīs sanāksmes?</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Dzēst {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n files from this meeting?</source>
        <translation>
            <numerusform>Dzēst no šīs sanāksmes %n failu?</numerusform>
            <numerusform>Dzēst no šīs sanāksmes %n failus?</numerusform>
            <numerusform>Dzēst no šīs sanāksmes %n failu?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n files</source>
        <translation>
            <numerusform>Dzēst %n failu</numerusform>
            <numerusform>Dzēst %n failus</numerusform>
            <numerusform>Dzēst %n failu</numerusform>
        </translation>
    </message>
    <message>
        <source>{question} You can undo this with Edit &gt; Undo.</source>
        <translation>{question} To var atsaukt ar Rediģēt &gt; Atsaukt.</translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>Dzēst failus</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Faili</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Other</source>
        <translation>Cits biežums</translation>
    </message>
</context>
<context>
    <name>FundingSource</name>
    <message>
        <source>Other</source>
        <translation>Cits avots</translation>
    </message>
</context>
<context>
    <name>FundingTab</name>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Funding l&amp;ines (F2 edits an amount):</source>
        <translation>Finansējuma poz&amp;īcijas (F2 rediģē summu):</translation>
    </message>
    <message>
        <source>&amp;Add funding line</source>
        <translation>&amp;Pievienot finansējuma pozīciju</translation>
    </message>
    <message>
        <source>&amp;Remove funding line</source>
        <translation>&amp;Noņemt finansējuma pozīciju</translation>
    </message>
    <message>
        <source>funding amount</source>
        <translation>finansējuma summa</translation>
    </message>
    <message>
        <source>the amount “{text}” is not a number.</source>
        <translation>summa “{text}” nav skaitlis.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nav zināms</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nav norādīts</translation>
    </message>
    <message>
        <source>Estimated cost {cost} · funding lines {funded}
Secured {secured} ({share} of the cost) · applied {applied} · potential {potential}
Funding gap (cost − secured) {gap}</source>
        <translation>Plānotās izmaksas {cost} · finansējuma pozīcijas {funded}
Nodrošināts {secured} ({share} no izmaksām) · pieprasīts {applied} · iespējamais {potential}
Finansējuma iztrūkums (izmaksas − nodrošināts) {gap}</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Apraksts:</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>&amp;Mērķis:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statuss:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Progress:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>Sā&amp;kums:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Beigas:</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Plānotās izmaksas</translation>
    </message>
    <message>
        <source>Estimated &amp;cost:</source>
        <translation>Plānotās &amp;izmaksas:</translation>
    </message>
    <message>
        <source>E&amp;xpected result:</source>
        <translation>Sagaidāmais &amp;rezultāts:</translation>
    </message>
    <message>
        <source>O&amp;utputs:</source>
        <translation>Iznāk&amp;umi:</translation>
    </message>
    <message>
        <source>Ge&amp;nder</source>
        <translation>&amp;Dzimumu līdztiesība</translation>
    </message>
    <message>
        <source>G&amp;reen</source>
        <translation>&amp;Zaļa</translation>
    </message>
    <message>
        <source>D&amp;igital</source>
        <translation>Di&amp;gitāla</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Birkas:</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Atdalītas ar komatiem</translation>
    </message>
    <message>
        <source>Ot&amp;her tags:</source>
        <translation>Ci&amp;tas birkas:</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nav novērtēts</translation>
    </message>
    <message>
        <source>01: the action targets gender equality; 02: gender equality is mainstreamed in it; 03: it is gender neutral.</source>
        <translation>01: rīcība ir vērsta uz dzimumu līdztiesību; 02: dzimumu līdztiesība tajā ir integrēta; 03: tā ir dzimumneitrāla.</translation>
    </message>
    <message>
        <source>EU gender di&amp;mension:</source>
        <translation>ES dzimumu līdztiesības dimensi&amp;ja:</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>plānotās izmaksas</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>“{text}” nav summa.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Jauna grupa</translation>
    </message>
    <message>
        <source>{name} — group</source>
        <translation>{name} — grupa</translation>
    </message>
    <message>
        <source>for example: Working group on social clauses</source>
        <translation>piemēram: Darba grupa par sociālajiem kritērijiem</translation>
    </message>
    <message>
        <source>(none: a top-level group)</source>
        <translation>(nav: augstākā līmeņa grupa)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Ietilpst grupā:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>A&amp;praksts:</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Dalībnieki</translation>
    </message>
</context>
<context>
    <name>GroupKind</name>
    <message>
        <source>Other</source>
        <translation>Cits veids</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groups</source>
        <translation>Grupas</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Jauna grupa…</translation>
    </message>
    <message>
        <source>Ed&amp;it group…</source>
        <translation>&amp;Rediģēt grupu…</translation>
    </message>
    <message>
        <source>&amp;Delete group</source>
        <translation>&amp;Dzēst grupu</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Make-up of the group today</source>
        <translation>Grupas sastāvs šodien</translation>
    </message>
    <message>
        <source>Members of {group}</source>
        <translation>Grupas {group} dalībnieki</translation>
    </message>
    <message>
        <source>Add group {name}</source>
        <translation>Pievienot grupu {name}</translation>
    </message>
    <message>
        <source>Edit group {name}</source>
        <translation>Rediģēt grupu {name}</translation>
    </message>
    <message>
        <source>Group {name} saved.</source>
        <translation>Grupa {name} saglabāta.</translation>
    </message>
    <message>
        <source>End the membership of {name}</source>
        <translation>Izbeigt {name} dalību</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Dzēst grupu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Delete group {name}</source>
        <translation>Dzēst grupu {name}</translation>
    </message>
</context>
<context>
    <name>Iap</name>
    <message>
        <source>the Integrated Action Plan to a .docx, .pdf or .html file</source>
        <translation>integrētais rīcības plāns .docx, .pdf vai .html failā</translation>
    </message>
    <message>
        <source>a saved version of the plan (default: the plan as it is now)</source>
        <translation>saglabāta plāna versija (noklusējums: plāns pašreizējā stāvoklī)</translation>
    </message>
    <message>
        <source>show local group members&apos; personal names</source>
        <translation>rādīt vietējās grupas dalībnieku vārdus un uzvārdus</translation>
    </message>
    <message>
        <source>report date for current values (YYYY-MM-DD; default: today)</source>
        <translation>pārskata datums pašreizējām vērtībām (YYYY-MM-DD; noklusējums: šodiena)</translation>
    </message>
    <message>
        <source>every chart to its own file in a folder</source>
        <translation>katra diagramma atsevišķā failā mapē</translation>
    </message>
    <message>
        <source>the folder to write the charts into (created if missing)</source>
        <translation>mape, kurā ierakstīt diagrammas (tiek izveidota, ja nepastāv)</translation>
    </message>
    <message>
        <source>file format of the charts (default: png)</source>
        <translation>diagrammu faila formāts (noklusējums: png)</translation>
    </message>
    <message>
        <source>the Excel report: one sheet per subject</source>
        <translation>Excel pārskats: katrai tēmai sava lapa</translation>
    </message>
    <message>
        <source>replace personal names and contacts with pseudonyms (P-0001 ...)</source>
        <translation>aizstāt personu vārdus un kontaktinformāciju ar pseidonīmiem (P-0001 ...)</translation>
    </message>
    <message>
        <source>{path}: name the file .docx, .pdf or .html.</source>
        <translation>{path}: faila nosaukumam jābeidzas ar .docx, .pdf vai .html.</translation>
    </message>
    <message>
        <source>Integrated Action Plan written to {path} ({pages} pages).</source>
        <translation>Integrētais rīcības plāns ierakstīts failā {path} (lappušu skaits: {pages}).</translation>
    </message>
    <message>
        <source>Integrated Action Plan written to {path}.</source>
        <translation>Integrētais rīcības plāns ierakstīts failā {path}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} ir fails, nevis mape.</translation>
    </message>
    <message>
        <source>{done} of {total} charts drawn</source>
        <translation>Uzzīmētas diagrammas: {done} no {total}</translation>
    </message>
    <message>
        <source>{count} charts written to {path}.</source>
        <translation>Diagrammas ierakstītas mapē {path}: {count}.</translation>
    </message>
    <message>
        <source>Excel report written to {path}: {sheets} sheets, {rows} rows.</source>
        <translation>Excel pārskats ierakstīts failā {path}: lapas – {sheets}, rindas – {rows}.</translation>
    </message>
    <message>
        <source>No plan version is named “{name}”: the plan has no saved versions.</source>
        <translation>Nav plāna versijas ar nosaukumu „{name}”: plānam nav saglabātu versiju.</translation>
    </message>
    <message>
        <source>No plan version is named “{name}”. Saved versions: {names}.</source>
        <translation>Nav plāna versijas ar nosaukumu „{name}”. Saglabātās versijas: {names}.</translation>
    </message>
    <message>
        <source>Version: {name} ({status}, {date})</source>
        <translation>Versija: {name} ({status}, {date})</translation>
    </message>
    <message>
        <source>Version: the plan as it stands (not a saved version)</source>
        <translation>Versija: plāns pašreizējā stāvoklī (nav saglabāta versija)</translation>
    </message>
    <message>
        <source>Report date: {date}</source>
        <translation>Pārskata datums: {date}</translation>
    </message>
    <message>
        <source>Integrated Action Plan</source>
        <translation>Integrētais rīcības plāns</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Saturs</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{page}. lpp. no {pages}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Pozīcija</translation>
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
        <translation>Stratēģiskie mērķi</translation>
    </message>
    <message>
        <source>Specific objectives</source>
        <translation>Specifiskie mērķi</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Rīcības</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Plānotās izmaksas</translation>
    </message>
    <message>
        <source>Secured funding</source>
        <translation>Nodrošinātais finansējums</translation>
    </message>
    <message>
        <source>Funding gap</source>
        <translation>Finansējuma iztrūkums</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Rādītāji</translation>
    </message>
    <message>
        <source>Indicators achieved or on track</source>
        <translation>Sasniegti vai plānam atbilstoši rādītāji</translation>
    </message>
    <message>
        <source>Local group members</source>
        <translation>Vietējās grupas dalībnieki</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Notikušās sanāksmes</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>{city} prepared this plan in the {network} network ({programme}).</source>
        <translation>Šo plānu {city} sagatavoja tīklā {network} ({programme}).</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Tēma: {topic}</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vīzija</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Galvenie skaitļi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Pozīcija</translation>
    </message>
    <message>
        <source>Cover and executive summary</source>
        <translation>Titullapa un kopsavilkums</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Konteksts</translation>
    </message>
    <message>
        <source>Problem analysis</source>
        <translation>Problēmu analīze</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Bāzes vērtība</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mērvienība</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>No context, problem analysis or baseline is recorded yet.</source>
        <translation>Konteksts, problēmu analīze vai bāzes vērtība vēl nav ierakstīta.</translation>
    </message>
    <message>
        <source>Context and challenge</source>
        <translation>Konteksts un izaicinājums</translation>
    </message>
    <message>
        <source>Local group composition</source>
        <translation>Vietējās grupas sastāvs</translation>
    </message>
    <message>
        <source>{group}: {count} members on {date}.</source>
        <translation>{group}: dalībnieku skaits {date} – {count}.</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Bez organizācijas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektors</translation>
    </message>
    <message>
        <source>Local group members by sector and gender</source>
        <translation>Vietējās grupas dalībnieki pa sektoriem un dzimumiem</translation>
    </message>
    <message>
        <source>No local group members are recorded.</source>
        <translation>Vietējās grupas dalībnieki nav ierakstīti.</translation>
    </message>
    <message>
        <source>{count} meetings up to {date}, with {present} attendances.</source>
        <translation>Sanāksmes līdz {date}: {count}, apmeklējumu skaits: {present}.</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Sanāksmes veids</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sanāksmes</translation>
    </message>
    <message>
        <source>No meetings are recorded.</source>
        <translation>Sanāksmes nav ierakstītas.</translation>
    </message>
    <message>
        <source>Tools used</source>
        <translation>Izmantotie rīki</translation>
    </message>
    <message>
        <source>{tool}: {count} meetings</source>
        <translation>{tool}: sanāksmju skaits – {count}</translation>
    </message>
    <message>
        <source>No participatory tools are recorded.</source>
        <translation>Līdzdalības rīki nav ierakstīti.</translation>
    </message>
    <message>
        <source>Transnational learning</source>
        <translation>Starptautiskā pieredzes apmaiņa</translation>
    </message>
    <message>
        <source>Transnational meeting</source>
        <translation>Starptautiska sanāksme</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumi</translation>
    </message>
    <message>
        <source>No transnational learning is recorded.</source>
        <translation>Starptautiskā pieredzes apmaiņa nav ierakstīta.</translation>
    </message>
    <message>
        <source>Participatory process</source>
        <translation>Līdzdalības process</translation>
    </message>
    <message>
        <source>No objectives are recorded.</source>
        <translation>Mērķi nav ierakstīti.</translation>
    </message>
    <message>
        <source>Vision and objectives</source>
        <translation>Vīzija un mērķi</translation>
    </message>
    <message>
        <source>Objective tree</source>
        <translation>Mērķu koks</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <source>{code} {title}</source>
        <translation>{code} {title}</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Sagaidāmais rezultāts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Rīcība</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Iznākumi</translation>
    </message>
    <message>
        <source>Timescale</source>
        <translation>Laika periods</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Izmaksas</translation>
    </message>
    <message>
        <source>No actions are recorded.</source>
        <translation>Rīcības nav ierakstītas.</translation>
    </message>
    <message>
        <source>No actions are recorded, so there is no timeline.</source>
        <translation>Rīcības nav ierakstītas, tāpēc nav laika grafika.</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Īstenošana</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Laika grafiks</translation>
    </message>
    <message>
        <source>Timeline of the actions</source>
        <translation>Rīcību laika grafiks</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Atbildība</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Atbildīgais</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Izpildīts</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Starpposma mērķi</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Starpposma mērķis</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>No milestones are recorded.</source>
        <translation>Starpposma mērķi nav ierakstīti.</translation>
    </message>
    <message>
        <source>Resourcing</source>
        <translation>Resursi</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Nodrošināts</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Pieprasīts</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Iespējamais</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Iztrūkums</translation>
    </message>
    <message>
        <source>Secured share</source>
        <translation>Nodrošinātā daļa</translation>
    </message>
    <message>
        <source>Cost and funding per action</source>
        <translation>Izmaksas un finansējums pa rīcībām</translation>
    </message>
    <message>
        <source>Funding by source</source>
        <translation>Finansējums pa avotiem</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Funding by source and status</source>
        <translation>Finansējums pa avotiem un statusiem</translation>
    </message>
    <message>
        <source>No funding lines are recorded.</source>
        <translation>Finansējuma pozīcijas nav ierakstītas.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Uzraudzība</translation>
    </message>
    <message>
        <source>No indicators are recorded.</source>
        <translation>Rādītāji nav ierakstīti.</translation>
    </message>
    <message>
        <source>{code} {name}</source>
        <translation>{code} {name}</translation>
    </message>
    <message>
        <source>Indicators by status</source>
        <translation>Rādītāji pa statusiem</translation>
    </message>
    <message>
        <source>Results framework</source>
        <translation>Rezultātu ietvars</translation>
    </message>
    <message>
        <source>Current values and statuses as of {date}.</source>
        <translation>Pašreizējās vērtības un statusi {date}.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mērķa vērtība</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Biežums</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Pašreizējā vērtība</translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation>Progresa diagrammas</translation>
    </message>
    <message>
        <source>Progress charts of {count} more indicators are left out here; the chart export draws every one.</source>
        <translation>Vēl {count} rādītāju progresa diagrammas šeit nav iekļautas; diagrammu eksports uzzīmē tās visas.</translation>
    </message>
    <message>
        <source>No risks are recorded.</source>
        <translation>Riski nav ierakstīti.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Varbūtība</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Ietekme</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mazināšanas pasākumi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atbildīgais</translation>
    </message>
    <message>
        <source>Likelihood \ impact</source>
        <translation>Varbūtība \ ietekme</translation>
    </message>
    <message>
        <source>Open and mitigated risks by likelihood (rows) and impact (columns)</source>
        <translation>Aktuālie un mazinātie riski pēc varbūtības (rindas) un ietekmes (kolonnas)</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risku reģistrs</translation>
    </message>
    <message>
        <source>Likelihood and impact</source>
        <translation>Varbūtība un ietekme</translation>
    </message>
    <message>
        <source>Meetings and attendance</source>
        <translation>Sanāksmes un apmeklējums</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sanāksme</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Klātesošie</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uzaicinātie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Members are listed by organisation and role, without personal names.</source>
        <translation>Dalībnieki norādīti pēc organizācijas un lomas, bez vārdiem un uzvārdiem.</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Pielikumi</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Unknown choice for a row: {choice}.</source>
        <translation>Nezināma izvēle rindai: {choice}.</translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation>kolonna {letter}</translation>
    </message>
    <message>
        <source>this is a spreadsheet workbook, not a CSV file; rename it to .xlsx.</source>
        <translation>šī ir izklājlapu darbgrāmata, nevis CSV fails; pārdēvējiet to par .xlsx.</translation>
    </message>
    <message>
        <source>this is not a text (CSV) file.</source>
        <translation>šis nav teksta (CSV) fails.</translation>
    </message>
    <message>
        <source>row {row} holds a NUL character (a zero byte), which no text (CSV) file has; the file is damaged or is not a CSV file. Open it in a spreadsheet program and save it as CSV UTF-8.</source>
        <translation>rindā {row} ir NUL rakstzīme (nulles baits), kādas nav nevienā teksta (CSV) failā; fails ir bojāts vai nav CSV fails. Atveriet to izklājlapu programmā un saglabājiet kā CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not an encoding lagdesk knows.</source>
        <translation>{name} nav lagdesk zināms kodējums.</translation>
    </message>
    <message>
        <source>lagdesk cannot tell the text encoding of this file; save it as CSV UTF-8.</source>
        <translation>lagdesk nevar noteikt šī faila teksta kodējumu; saglabājiet to kā CSV UTF-8.</translation>
    </message>
    <message>
        <source>line {line} is not valid {encoding} text; choose the file&apos;s encoding or save it as CSV UTF-8.</source>
        <translation>{line}. rinda nav derīgs {encoding} teksts; izvēlieties faila kodējumu vai saglabājiet to kā CSV UTF-8.</translation>
    </message>
    <message>
        <source>row {row} cannot be read as CSV ({detail}).</source>
        <translation>{row}. rindu nevar nolasīt kā CSV ({detail}).</translation>
    </message>
    <message>
        <source>{organisation} is stored with the sector {sector}; the file&apos;s sector is not applied to it.</source>
        <translation>{organisation} ir saglabāta ar sektoru {sector}; failā norādītais sektors tai netiek piemērots.</translation>
    </message>
    <message>
        <source>row {row} gives {organisation} the sector {sector}; that one is used.</source>
        <translation>{row}. rinda organizācijai {organisation} norāda sektoru {sector}; tiek izmantots tas.</translation>
    </message>
    <message>
        <source>{organisation} is a new organisation: give its sector (public, private, civic or knowledge).</source>
        <translation>{organisation} ir jauna organizācija: norādiet tās sektoru (publiskais, privātais, pilsoniskā sabiedrība vai zinātne).</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>tas pats e-pasts</translation>
    </message>
    <message>
        <source>same first name, last name and organisation</source>
        <translation>tas pats vārds, uzvārds un organizācija</translation>
    </message>
    <message>
        <source>same first name and last name</source>
        <translation>tas pats vārds un uzvārds</translation>
    </message>
    <message>
        <source>{reason} as row {row}</source>
        <translation>{reason} kā {row}. rindā</translation>
    </message>
    <message>
        <source>no column holds the last name (a header such as “Last name” or “Surname”); the columns are: {columns}.</source>
        <translation>neviena kolonna nesatur uzvārdu (virsraksts, piemēram, „Uzvārds” vai „Last name”); kolonnas ir: {columns}.</translation>
    </message>
    <message>
        <source>the column choice names {name}, which is not a column of the file or a field lagdesk imports, or is chosen twice.</source>
        <translation>kolonnu izvēlē norādīts {name}, kas nav ne faila kolonna, ne lauks, ko lagdesk importē, vai arī tas izvēlēts divreiz.</translation>
    </message>
    <message>
        <source>give both power and interest, or neither.</source>
        <translation>norādiet gan ietekmi, gan interesi vai nevienu no tām.</translation>
    </message>
    <message>
        <source>the file has no rows.</source>
        <translation>failā nav rindu.</translation>
    </message>
    <message>
        <source>the file has a header row but no people below it.</source>
        <translation>failā ir virsraksta rinda, bet zem tās nav personu.</translation>
    </message>
    <message>
        <source>the file has more than {limit} rows; split it into smaller files.</source>
        <translation>failā ir vairāk nekā {limit} rindu; sadaliet to mazākos failos.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>šī ir mape, nevis fails.</translation>
    </message>
    <message>
        <source>no such file.</source>
        <translation>šāda faila nav.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>fails ir tukšs.</translation>
    </message>
    <message>
        <source>lagdesk imports .xlsx and .csv files; save the file in one of these formats.</source>
        <translation>lagdesk importē .xlsx un .csv failus; saglabājiet failu kādā no šiem formātiem.</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit}.</source>
        <translation>teksta garums ir {length} rakstzīmes; atļauts ne vairāk kā {limit}.</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} nav neviena no šīm vērtībām: {choices}.</translation>
    </message>
    <message>
        <source>{value} is not a whole number from 1 to 5.</source>
        <translation>{value} nav vesels skaitlis no 1 līdz 5.</translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete; open it in Excel or LibreOffice and save it again.</source>
        <translation>darbgrāmata ir bojāta vai nepilnīga; atveriet to programmā Excel vai LibreOffice un saglabājiet vēlreiz.</translation>
    </message>
    <message>
        <source>the workbook is saved in a form lagdesk cannot read; open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook).</source>
        <translation>darbgrāmata ir saglabāta veidā, ko lagdesk nevar nolasīt; atveriet to programmā Excel vai LibreOffice un saglabājiet kā .xlsx (Excel darbgrāmata).</translation>
    </message>
    <message>
        <source>the workbook is protected with a password; open it, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>darbgrāmata ir aizsargāta ar paroli; atveriet to, noņemiet paroli (Fails &gt; Informācija &gt; Aizsargāt darbgrāmatu) un saglabājiet vēlreiz.</translation>
    </message>
    <message>
        <source>this is an old .xls workbook; save it as .xlsx (Excel Workbook).</source>
        <translation>šī ir veca .xls darbgrāmata; saglabājiet to kā .xlsx (Excel darbgrāmata).</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx).</source>
        <translation>šī nav Excel darbgrāmata (.xlsx).</translation>
    </message>
    <message>
        <source>this is a Word document, not an Excel workbook.</source>
        <translation>šis ir Word dokuments, nevis Excel darbgrāmata.</translation>
    </message>
    <message>
        <source>this is an OpenDocument file; save it as .xlsx (Excel 2007-365).</source>
        <translation>šis ir OpenDocument fails; saglabājiet to kā .xlsx (Excel 2007-365).</translation>
    </message>
    <message>
        <source>the cell holds a formula ({formula}); lagdesk does not calculate formulas. Copy the column and paste it as values.</source>
        <translation>šūnā ir formula ({formula}); lagdesk formulas neaprēķina. Nokopējiet kolonnu un ielīmējiet to kā vērtības.</translation>
    </message>
    <message>
        <source>the cell shows the error {error}.</source>
        <translation>šūnā redzama kļūda {error}.</translation>
    </message>
    <message>
        <source>the workbook has no sheets.</source>
        <translation>darbgrāmatā nav lapu.</translation>
    </message>
    <message>
        <source>the workbook has no sheet named {sheet}; its sheets are: {names}.</source>
        <translation>darbgrāmatā nav lapas ar nosaukumu {sheet}; tās lapas ir: {names}.</translation>
    </message>
    <message>
        <source>the chosen sheet is a chart, not a table.</source>
        <translation>izvēlētā lapa ir diagramma, nevis tabula.</translation>
    </message>
    <message>
        <source>people, their organisations and groups from an .xlsx or .csv file</source>
        <translation>personas, to organizācijas un grupas no .xlsx vai .csv faila</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>pārbaudīt un ziņot, neko neierakstīt</translation>
    </message>
    <message>
        <source>what to do with a row for someone already known (default: skip)</source>
        <translation>ko darīt ar rindu par jau zināmu personu (noklusējums: izlaist)</translation>
    </message>
    <message>
        <source>import the valid rows, leave the others</source>
        <translation>importēt derīgās rindas, pārējās atstāt</translation>
    </message>
    <message>
        <source>text encoding of a CSV file</source>
        <translation>CSV faila teksta kodējums</translation>
    </message>
    <message>
        <source>sheet of a workbook to read</source>
        <translation>lasāmā darbgrāmatas lapa</translation>
    </message>
    <message>
        <source>people and organisations to an .xlsx workbook</source>
        <translation>personas un organizācijas .xlsx darbgrāmatā</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulēšanas zīme</translation>
    </message>
    <message>
        <source>separator {separator}</source>
        <translation>atdalītājs {separator}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>lapa {sheet}</translation>
    </message>
    <message>
        <source>{file}: {rows} rows read ({details}).</source>
        <translation>{file}: nolasītas rindas – {rows} ({details}).</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}.</source>
        <translation>Ignorētās kolonnas: {columns}.</translation>
    </message>
    <message>
        <source>New people: {new}. Already known: {existing} ({unchanged} unchanged). Repeated in the file: {repeated}. Invalid: {invalid}.</source>
        <translation>Jaunas personas: {new}. Jau zināmas: {existing} (bez izmaiņām: {unchanged}). Failā atkārtojas: {repeated}. Nederīgas: {invalid}.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Piezīme: {warning}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. The import would give:</source>
        <translation>Izmēģinājuma palaišana: nekas netika ierakstīts. Imports dotu šādu rezultātu:</translation>
    </message>
    <message>
        <source>Created: {created}. Updated: {updated}. Unchanged: {unchanged}. Skipped: {skipped}. Rejected: {rejected}.</source>
        <translation>Izveidoti: {created}. Atjaunināti: {updated}. Bez izmaiņām: {unchanged}. Izlaisti: {skipped}. Noraidīti: {rejected}.</translation>
    </message>
    <message>
        <source>New organisations: {organisations}. New groups: {groups}.</source>
        <translation>Jaunas organizācijas: {organisations}. Jaunas grupas: {groups}.</translation>
    </message>
    <message>
        <source>Rejected: {problem}</source>
        <translation>Noraidīts: {problem}</translation>
    </message>
    <message>
        <source>lagdesk: {rows} row(s) refused; nothing was imported. Correct the file, or add --skip-invalid to import the other rows.</source>
        <translation>lagdesk: noraidītas rindas – {rows}; nekas netika importēts. Izlabojiet failu vai pievienojiet --skip-invalid, lai importētu pārējās rindas.</translation>
    </message>
    <message>
        <source>{people} people and {organisations} organisations written to {path}.</source>
        <translation>Failā {path} ierakstītas personas ({people}) un organizācijas ({organisations}).</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektors</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Dzimums</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupas</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Ietekme</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interese</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Columns of the file</source>
        <translation>Faila kolonnas</translation>
    </message>
    <message>
        <source>Apply to &amp;all</source>
        <translation>Piemērot &amp;visiem</translation>
    </message>
    <message>
        <source>For every person already known:</source>
        <translation>Katrai jau zināmai personai:</translation>
    </message>
    <message>
        <source>Choose a row and press F2 (or double-click) to change what is done with it.</source>
        <translation>Izvēlieties rindu un nospiediet F2 (vai veiciet dubultklikšķi), lai mainītu, kas ar to tiek darīts.</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems</source>
        <translation>&amp;Izlaist rindas ar problēmām</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mportēt</translation>
    </message>
    <message>
        <source>Import people from {file}</source>
        <translation>Importēt personas no {file}</translation>
    </message>
    <message>
        <source>{file}: {count} rows below the header in row {header}.</source>
        <translation>{file}: rindu skaits zem virsraksta rindas ({header}. rinda) – {count}.</translation>
    </message>
    <message>
        <source>Text encoding: {encoding}.</source>
        <translation>Teksta kodējums: {encoding}.</translation>
    </message>
    <message>
        <source>Sheet: {sheet}.</source>
        <translation>Lapa: {sheet}.</translation>
    </message>
    <message>
        <source>&amp;Problems ({count})</source>
        <translation>&amp;Problēmas ({count})</translation>
    </message>
    <message>
        <source>Already &amp;known ({count})</source>
        <translation>Jau &amp;zināmas ({count})</translation>
    </message>
    <message>
        <source>All &amp;rows ({count})</source>
        <translation>Visas &amp;rindas ({count})</translation>
    </message>
    <message>
        <source>Choose the column that holds the last name.</source>
        <translation>Izvēlieties kolonnu, kurā ir uzvārds.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(netiek importēts)</translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>Netiek importētas: {columns}.</translation>
    </message>
    <message>
        <source>Reading the file again with these columns…</source>
        <translation>Fails tiek nolasīts vēlreiz ar šīm kolonnām…</translation>
    </message>
    <message>
        <source>Rows: {count}</source>
        <translation>Rindas: {count}</translation>
    </message>
    <message>
        <source>new people: {count}</source>
        <translation>jaunas personas: {count}</translation>
    </message>
    <message>
        <source>already in the register: {count} (with changes: {changed})</source>
        <translation>jau reģistrā: {count} (ar izmaiņām: {changed})</translation>
    </message>
    <message>
        <source>repeating an earlier row: {count}</source>
        <translation>atkārto iepriekšēju rindu: {count}</translation>
    </message>
    <message>
        <source>with problems: {count}</source>
        <translation>ar problēmām: {count}</translation>
    </message>
    <message>
        <source>new organisations: {count}</source>
        <translation>jaunas organizācijas: {count}</translation>
    </message>
    <message>
        <source>new groups: {count}</source>
        <translation>jaunas grupas: {count}</translation>
    </message>
    <message>
        <source>Some rows have problems: correct the file, or skip those rows.</source>
        <translation>Dažās rindās ir problēmas: izlabojiet failu vai izlaidiet šīs rindas.</translation>
    </message>
</context>
<context>
    <name>IndicatorActions</name>
    <message>
        <source>New indicator {code}</source>
        <translation>Jauns rādītājs {code}</translation>
    </message>
    <message>
        <source>Edit indicator {code}</source>
        <translation>Rediģēt rādītāju {code}</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Dzēst rādītāju</translation>
    </message>
    <message>
        <source>Delete indicator {code} “{name}” and its {count} measurements? You can undo this with Ctrl+Z.</source>
        <translation>Dzēst rādītāju {code} “{name}” un tā mērījumus ({count})? To var atsaukt ar Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Delete indicator {code}</source>
        <translation>Dzēst rādītāju {code}</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>Jauns rādītājs</translation>
    </message>
    <message>
        <source>Indicator {code}</source>
        <translation>Rādītājs {code}</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Vispārīgi</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>Vē&amp;rtības</translation>
    </message>
    <message>
        <source>C&amp;ollection</source>
        <translation>&amp;Datu vākšana</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>Sai&amp;tes</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kods:</translation>
    </message>
    <message>
        <source>optional, e.g. RCO 83 or RCR 79</source>
        <translation>nav obligāti, piem., RCO 83 vai RCR 79</translation>
    </message>
    <message>
        <source>&amp;EU common indicator:</source>
        <translation>&amp;ES kopējais rādītājs:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>Def&amp;inīcija:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Līmenis:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Mērvienība:</translation>
    </message>
    <message>
        <source>Whether a rising or a falling value is good</source>
        <translation>Vai vēlama vērtības palielināšanās vai samazināšanās</translation>
    </message>
    <message>
        <source>&amp;Polarity:</source>
        <translation>Vēlamais vir&amp;ziens:</translation>
    </message>
    <message>
        <source>Cumulative: measurements add up to the baseline. Latest: the last measurement is the value.</source>
        <translation>Kumulatīvi: mērījumi tiek pieskaitīti bāzes vērtībai. Pēdējā vērtība: vērtība ir pēdējais mērījums.</translation>
    </message>
    <message>
        <source>&amp;Accumulation:</source>
        <translation>&amp;Uzkrāšana:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Izcelsme:</translation>
    </message>
    <message>
        <source>&amp;Baseline value:</source>
        <translation>&amp;Bāzes vērtība:</translation>
    </message>
    <message>
        <source>Baseline &amp;date:</source>
        <translation>Bāzes vērtības dat&amp;ums:</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Starpposma mērķi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Add m&amp;ilestone</source>
        <translation>&amp;Pievienot starpposma mērķi</translation>
    </message>
    <message>
        <source>&amp;Remove milestone</source>
        <translation>&amp;Noņemt starpposma mērķi</translation>
    </message>
    <message>
        <source>&amp;Target value:</source>
        <translation>&amp;Mērķa vērtība:</translation>
    </message>
    <message>
        <source>Target dat&amp;e:</source>
        <translation>Mērķa vērtības d&amp;atums:</translation>
    </message>
    <message>
        <source>Data so&amp;urce:</source>
        <translation>Datu &amp;avots:</translation>
    </message>
    <message>
        <source>Collection &amp;method:</source>
        <translation>Vākšanas &amp;metode:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Biežums:</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Ierakstiet vārdu</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Atbildī&amp;gais:</translation>
    </message>
    <message>
        <source>Disaggregation (&amp;breakdown):</source>
        <translation>&amp;Sadalījums:</translation>
    </message>
    <message>
        <source>Linked o&amp;bjectives</source>
        <translation>Saistītie &amp;mērķi</translation>
    </message>
    <message>
        <source>Linked ac&amp;tions</source>
        <translation>Saistītās rī&amp;cības</translation>
    </message>
    <message>
        <source>Filter by code or title</source>
        <translation>Filtrēt pēc koda vai nosaukuma</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Filtrēt rīcības</translation>
    </message>
    <message>
        <source>Only &amp;linked</source>
        <translation>Tikai sa&amp;istītās</translation>
    </message>
    <message>
        <source>From the procurement indicator library; you may change any field.</source>
        <translation>No publisko iepirkumu rādītāju bibliotēkas; jebkuru lauku var mainīt.</translation>
    </message>
    <message>
        <source>Your own indicator.</source>
        <translation>Jūsu pašu rādītājs.</translation>
    </message>
    <message>
        <source>{count} of {total} actions linked</source>
        <translation>Saistītās rīcības: {count} no {total}</translation>
    </message>
    <message>
        <source>Milestone date</source>
        <translation>Starpposma mērķa datums</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” nav skaitlis.</translation>
    </message>
    <message>
        <source>Milestone {row}: “{text}” is not a number.</source>
        <translation>Starpposma mērķis {row}: “{text}” nav skaitlis.</translation>
    </message>
    <message>
        <source>milestone value</source>
        <translation>starpposma mērķa vērtība</translation>
    </message>
    <message>
        <source>There is no person named “{name}”.</source>
        <translation>Nav personas ar vārdu “{name}”.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>atbildīgais</translation>
    </message>
    <message>
        <source>Indicator not saved</source>
        <translation>Rādītājs nav saglabāts</translation>
    </message>
</context>
<context>
    <name>IndicatorFilters</name>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Filtrs:</translation>
    </message>
    <message>
        <source>Code or name contains…</source>
        <translation>Kods vai nosaukums satur…</translation>
    </message>
    <message>
        <source>Filter indicators</source>
        <translation>Filtrēt rādītājus</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Rā&amp;dīt:</translation>
    </message>
    <message>
        <source>Library: preloaded procurement indicators; own: those you added</source>
        <translation>Bibliotēka: iepriekš ielādēti iepirkumu rādītāji; savi: jūsu pievienotie</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotēka</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Savi</translation>
    </message>
</context>
<context>
    <name>IndicatorLibrary</name>
    <message>
        <source>Contracts above EUR 10 000 with green clauses (share by number)</source>
        <translation>Līgumi virs EUR 10 000 ar zaļajām prasībām (daļa pēc skaita)</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 signed in the period that contain at least one green clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Periodā noslēgtie līgumi virs EUR 10 000, kuru tehniskajā specifikācijā, atlases prasībās, piedāvājumu izvērtēšanas kritērijos vai līguma izpildes noteikumos ir vismaz viena zaļā prasība, procentos no visiem periodā noslēgtajiem līgumiem virs EUR 10 000.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with green clauses (share by value)</source>
        <translation>Līgumi virs EUR 10 000 ar zaļajām prasībām (daļa pēc vērtības)</translation>
    </message>
    <message>
        <source>Value of the contracts above EUR 10 000 with at least one green clause (specification, selection, award or contract conditions) as a percentage of the value of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Līgumu virs EUR 10 000 ar vismaz vienu zaļo prasību (tehniskajā specifikācijā, atlasē, izvērtēšanā vai līguma izpildes noteikumos) vērtība procentos no visu periodā noslēgto līgumu virs EUR 10 000 vērtības.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with social clauses (share by number)</source>
        <translation>Līgumi virs EUR 10 000 ar sociālajām prasībām (daļa pēc skaita)</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 signed in the period that contain at least one social clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Periodā noslēgtie līgumi virs EUR 10 000, kuru tehniskajā specifikācijā, atlases prasībās, piedāvājumu izvērtēšanas kritērijos vai līguma izpildes noteikumos ir vismaz viena sociālā prasība, procentos no visiem periodā noslēgtajiem līgumiem virs EUR 10 000.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with social clauses (share by value)</source>
        <translation>Līgumi virs EUR 10 000 ar sociālajām prasībām (daļa pēc vērtības)</translation>
    </message>
    <message>
        <source>Value of the contracts above EUR 10 000 with at least one social clause as a percentage of the value of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Līgumu virs EUR 10 000 ar vismaz vienu sociālo prasību vērtība procentos no visu periodā noslēgto līgumu virs EUR 10 000 vērtības.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with gender clauses (share by number)</source>
        <translation>Līgumi virs EUR 10 000 ar dzimumu līdztiesības prasībām (daļa pēc skaita)</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 signed in the period that contain at least one gender-equality clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Periodā noslēgtie līgumi virs EUR 10 000, kuru tehniskajā specifikācijā, atlases prasībās, piedāvājumu izvērtēšanas kritērijos vai līguma izpildes noteikumos ir vismaz viena dzimumu līdztiesības prasība, procentos no visiem periodā noslēgtajiem līgumiem virs EUR 10 000.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with gender clauses (share by value)</source>
        <translation>Līgumi virs EUR 10 000 ar dzimumu līdztiesības prasībām (daļa pēc vērtības)</translation>
    </message>
    <message>
        <source>Value of the contracts above EUR 10 000 with at least one gender-equality clause as a percentage of the value of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Līgumu virs EUR 10 000 ar vismaz vienu dzimumu līdztiesības prasību vērtība procentos no visu periodā noslēgto līgumu virs EUR 10 000 vērtības.</translation>
    </message>
    <message>
        <source>Tenders using EU GPP core or comprehensive criteria</source>
        <translation>Iepirkuma procedūras, kurās piemēroti ES ZPI pamata vai visaptverošie kritēriji</translation>
    </message>
    <message>
        <source>Tenders published that apply the EU green public procurement (GPP) core or comprehensive criteria for their product group.</source>
        <translation>Izsludinātās iepirkuma procedūras, kurās piemēroti attiecīgās produktu grupas ES zaļā publiskā iepirkuma (ZPI) pamata vai visaptverošie kritēriji.</translation>
    </message>
    <message>
        <source>Tenders using life-cycle costing</source>
        <translation>Iepirkuma procedūras, kurās izmantots aprites cikla izmaksu aprēķins</translation>
    </message>
    <message>
        <source>Tenders published in which the most economically advantageous tender is identified with life-cycle costing rather than purchase price alone.</source>
        <translation>Izsludinātās iepirkuma procedūras, kurās saimnieciski visizdevīgāko piedāvājumu nosaka pēc aprites cikla izmaksām, nevis tikai pēc iegādes cenas.</translation>
    </message>
    <message>
        <source>Procurement staff trained (by sex)</source>
        <translation>Apmācītie iepirkumu speciālisti (pa dzimumiem)</translation>
    </message>
    <message>
        <source>Staff of the contracting authority working on procurement who completed training on strategic (green, social or gender-responsive) procurement, counted once per person, by sex.</source>
        <translation>Pasūtītāja darbinieki, kas strādā ar iepirkumiem un ir pabeiguši apmācību par stratēģisko (zaļo, sociāli atbildīgo vai dzimumsensitīvo) iepirkumu; katru personu uzskaita vienreiz, sadalījumā pa dzimumiem.</translation>
    </message>
    <message>
        <source>Contract staff trained in gender issues (by sex)</source>
        <translation>Līgumu darbinieki, kas apmācīti dzimumu līdztiesības jautājumos (pa dzimumiem)</translation>
    </message>
    <message>
        <source>Contract managers and staff who monitor contract performance and completed training on gender issues in public contracts, counted once per person, by sex.</source>
        <translation>Līgumu vadītāji un darbinieki, kas uzrauga līgumu izpildi un ir pabeiguši apmācību par dzimumu līdztiesības jautājumiem publiskajos līgumos; katru personu uzskaita vienreiz, sadalījumā pa dzimumiem.</translation>
    </message>
    <message>
        <source>Contracts with gender-balance or pay-gap targets</source>
        <translation>Līgumi ar dzimumu līdzsvara vai darba samaksas atšķirību mērķiem</translation>
    </message>
    <message>
        <source>Contracts signed whose conditions set the supplier a target for the gender balance of the staff delivering the contract or for closing its gender pay gap.</source>
        <translation>Noslēgtie līgumi, kuru noteikumos piegādātājam noteikts mērķis attiecībā uz līguma izpildē iesaistīto darbinieku dzimumu līdzsvaru vai vīriešu un sieviešu darba samaksas atšķirības mazināšanu.</translation>
    </message>
    <message>
        <source>Share of procurement spend with local suppliers</source>
        <translation>Iepirkumu izdevumu daļa vietējiem piegādātājiem</translation>
    </message>
    <message>
        <source>Payments to suppliers registered in the functional urban area as a percentage of all procurement payments in the period.</source>
        <translation>Maksājumi piegādātājiem, kas reģistrēti funkcionālajā pilsētteritorijā, procentos no visiem periodā veiktajiem iepirkumu maksājumiem.</translation>
    </message>
    <message>
        <source>Share of procurement spend with SMEs</source>
        <translation>Iepirkumu izdevumu daļa MVU</translation>
    </message>
    <message>
        <source>Payments to small and medium-sized enterprises as a percentage of all procurement payments in the period.</source>
        <translation>Maksājumi mazajiem un vidējiem uzņēmumiem procentos no visiem periodā veiktajiem iepirkumu maksājumiem.</translation>
    </message>
    <message>
        <source>Share of procurement spend with social-economy enterprises</source>
        <translation>Iepirkumu izdevumu daļa sociālās ekonomikas uzņēmumiem</translation>
    </message>
    <message>
        <source>Payments to social-economy enterprises (social cooperatives, work integration social enterprises, NGOs with economic activity) as a percentage of all procurement payments in the period.</source>
        <translation>Maksājumi sociālās ekonomikas uzņēmumiem (sociālajiem kooperatīviem, darba integrācijas sociālajiem uzņēmumiem, NVO ar saimniecisko darbību) procentos no visiem periodā veiktajiem iepirkumu maksājumiem.</translation>
    </message>
    <message>
        <source>Share of procurement spend with women-led businesses</source>
        <translation>Iepirkumu izdevumu daļa sieviešu vadītiem uzņēmumiem</translation>
    </message>
    <message>
        <source>Payments to businesses owned or managed mainly by women as a percentage of all procurement payments in the period.</source>
        <translation>Maksājumi uzņēmumiem, kurus galvenokārt pārvalda vai vada sievietes, procentos no visiem periodā veiktajiem iepirkumu maksājumiem.</translation>
    </message>
    <message>
        <source>Reserved contracts awarded</source>
        <translation>Piešķirtie rezervētie līgumi</translation>
    </message>
    <message>
        <source>Contracts awarded in procedures reserved for sheltered workshops, social enterprises or other operators whose main aim is the integration of disabled or disadvantaged people.</source>
        <translation>Līgumi, kas piešķirti procedūrās, kuras rezervētas aizsargātajām darbnīcām, sociālajiem uzņēmumiem vai citiem piegādātājiem, kuru galvenais mērķis ir personu ar invaliditāti vai nelabvēlīgā situācijā esošu personu integrācija.</translation>
    </message>
    <message>
        <source>Jobs for disadvantaged people created through social clauses (by sex)</source>
        <translation>Ar sociālajām prasībām radītās darbvietas nelabvēlīgā situācijā esošām personām (pa dzimumiem)</translation>
    </message>
    <message>
        <source>People from disadvantaged groups hired by suppliers to meet the social clauses of municipal contracts, counted once per person, by sex.</source>
        <translation>Nelabvēlīgā situācijā esošu grupu personas, ko piegādātāji pieņēmuši darbā, lai izpildītu pašvaldības līgumu sociālās prasības; katru personu uzskaita vienreiz, sadalījumā pa dzimumiem.</translation>
    </message>
    <message>
        <source>Market-engagement events held</source>
        <translation>Notikušie pasākumi sadarbībai ar tirgu</translation>
    </message>
    <message>
        <source>Preliminary market consultations, supplier days and meet-the-buyer events held before tendering.</source>
        <translation>Iepriekšējās tirgus izpētes konsultācijas, piegādātāju dienas un tikšanās ar pasūtītāju, kas notikušas pirms iepirkuma izsludināšanas.</translation>
    </message>
    <message>
        <source>Procurement strategy with green, social and gender content adopted</source>
        <translation>Pieņemta iepirkumu stratēģija ar zaļo, sociālo un dzimumu līdztiesības saturu</translation>
    </message>
    <message>
        <source>Yes when the city council has adopted a procurement strategy or policy that sets green, social and gender-equality objectives for municipal purchasing.</source>
        <translation>Jā, ja pilsētas dome ir pieņēmusi iepirkumu stratēģiju vai politiku, kas pašvaldības iepirkumiem nosaka zaļos, sociālos un dzimumu līdztiesības mērķus.</translation>
    </message>
    <message>
        <source>Greenhouse gas emissions avoided through green contracts</source>
        <translation>Ar zaļajiem līgumiem novērstās siltumnīcefekta gāzu emisijas</translation>
    </message>
    <message>
        <source>Estimated tonnes of CO2 equivalent avoided over the contract period by contracts with green clauses, compared with the previous contract or a standard product.</source>
        <translation>Aplēstās CO2 ekvivalenta tonnas, kas līguma darbības laikā novērstas ar līgumiem, kuros ir zaļās prasības, salīdzinot ar iepriekšējo līgumu vai standarta produktu.</translation>
    </message>
    <message>
        <source>Contracts excluding listed hazardous substances</source>
        <translation>Līgumi, kas izslēdz sarakstā iekļautās bīstamās vielas</translation>
    </message>
    <message>
        <source>Contracts whose specification excludes substances on a hazardous-substance list (such as the EU candidate list of substances of very high concern) from the goods supplied or used.</source>
        <translation>Līgumi, kuru tehniskā specifikācija izslēdz bīstamo vielu sarakstā (piemēram, ES īpaši bīstamo vielu kandidātu sarakstā) iekļautās vielas no piegādātajām vai izmantotajām precēm.</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Line {line}: “{text}” is not a date (YYYY-MM-DD).</source>
        <translation>{line}. rinda: “{text}” nav datums (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Line {line}: “{text}” is not a number.</source>
        <translation>{line}. rinda: “{text}” nav skaitlis.</translation>
    </message>
    <message>
        <source>There is nothing to paste: no “date, value” line.</source>
        <translation>Nav ko ielīmēt: nav nevienas rindas “datums, vērtība”.</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>rādītājs</translation>
    </message>
    <message>
        <source>The code is longer than {limit} characters.</source>
        <translation>Kods ir garāks par {limit} rakstzīmēm.</translation>
    </message>
    <message>
        <source>Code {code} is already used by “{name}”.</source>
        <translation>Kodu {code} jau izmanto “{name}”.</translation>
    </message>
    <message>
        <source>Milestone {row} has no date.</source>
        <translation>{row}. starpposma mērķim nav datuma.</translation>
    </message>
    <message>
        <source>Milestones {first} and {row} have the same date.</source>
        <translation>{first}. un {row}. starpposma mērķim ir vienāds datums.</translation>
    </message>
    <message>
        <source>Milestone {row} has no value.</source>
        <translation>{row}. starpposma mērķim nav vērtības.</translation>
    </message>
    <message>
        <source>{count} linked items no longer exist; reopen the indicator.</source>
        <translation>Saistītie vienumi vairs nepastāv ({count}); atveriet rādītāju vēlreiz.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stāvoklis uz:</translation>
    </message>
    <message>
        <source>Results framework</source>
        <translation>Rezultātu ietvars</translation>
    </message>
    <message>
        <source>&amp;New indicator…</source>
        <translation>&amp;Jauns rādītājs…</translation>
    </message>
    <message>
        <source>Add an indicator of your own (Insert)</source>
        <translation>Pievienot savu rādītāju (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Rediģēt…</translation>
    </message>
    <message>
        <source>Edit every field of the selected indicator (Enter)</source>
        <translation>Rediģēt visus atlasītā rādītāja laukus (Enter)</translation>
    </message>
    <message>
        <source>Delete indi&amp;cator</source>
        <translation>Dzēst rādī&amp;tāju</translation>
    </message>
    <message>
        <source>Delete the selected indicator with its measurements (Delete)</source>
        <translation>Dzēst atlasīto rādītāju kopā ar tā mērījumiem (Delete)</translation>
    </message>
    <message>
        <source>Import &amp;measurements…</source>
        <translation>Importēt &amp;mērījumus…</translation>
    </message>
    <message>
        <source>Add measurements from an .xlsx or .csv file, with a preview first</source>
        <translation>Pievienot mērījumus no .xlsx vai .csv faila, vispirms tos priekšskatot</translation>
    </message>
    <message>
        <source>{status} {count}</source>
        <translation>{status} {count}</translation>
    </message>
    <message>
        <source>{shown} of {total} indicators:</source>
        <translation>Rādītāji – {shown} no {total}:</translation>
    </message>
    <message>
        <source>the new measurement of {indicator}</source>
        <translation>rādītāja {indicator} jaunajā mērījumā</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Rādītāji</translation>
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
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Invited groups</source>
        <translation>Uzaicinātās grupas</translation>
    </message>
    <message>
        <source>No groups yet: create them in Stakeholders.</source>
        <translation>Grupu vēl nav: izveidojiet tās sadaļā “Ieinteresētās puses”.</translation>
    </message>
    <message>
        <source>Invited gro&amp;ups</source>
        <translation>Uzaicinātās gr&amp;upas</translation>
    </message>
    <message>
        <source>Everyone who is a member of a ticked group (or of one of its subgroups) on the meeting day is invited.</source>
        <translation>Tiek uzaicināti visi, kas sanāksmes dienā ir kādas atzīmētās grupas (vai tās apakšgrupas) dalībnieki.</translation>
    </message>
    <message>
        <source>Type a name or organisation, then Enter</source>
        <translation>Ierakstiet vārdu vai organizāciju un nospiediet Enter</translation>
    </message>
    <message>
        <source>&amp;Add person:</source>
        <translation>&amp;Pievienot personu:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <source>Invite the first person found (Enter)</source>
        <translation>Uzaicināt pirmo atrasto personu (Enter)</translation>
    </message>
    <message>
        <source>People invited by name</source>
        <translation>Pēc vārda uzaicinātās personas</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Noņemt</translation>
    </message>
    <message>
        <source>Remove the selected people (Del)</source>
        <translation>Noņemt atlasītās personas (Del)</translation>
    </message>
    <message>
        <source>People invited by &amp;name</source>
        <translation>Pēc &amp;vārda uzaicinātās personas</translation>
    </message>
    <message numerus="yes">
        <source>%n people invited by name</source>
        <translation>
            <numerusform>Pēc vārda uzaicināta %n persona</numerusform>
            <numerusform>Pēc vārda uzaicinātas %n personas</numerusform>
            <numerusform>Pēc vārda uzaicināts %n personu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the groups add %n more</source>
        <translation>
            <numerusform>grupas pievieno vēl %n personu</numerusform>
            <numerusform>grupas pievieno vēl %n personas</numerusform>
            <numerusform>grupas pievieno vēl %n personu</numerusform>
        </translation>
    </message>
    <message>
        <source>{named}; {groups} on {day}: {total} invited in all.</source>
        <translation>{named}; {groups} ({day}); kopā uzaicināti: {total}.</translation>
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
        <translation>Rakstiet, lai filtrētu riskus</translation>
    </message>
    <message>
        <source>Type to filter indicators</source>
        <translation>Rakstiet, lai filtrētu rādītājus</translation>
    </message>
    <message>
        <source>&amp;Risks (code, title, score):</source>
        <translation>&amp;Riski (kods, nosaukums, vērtējums):</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>Rā&amp;dītāji:</translation>
    </message>
    <message>
        <source>Came from the meeting decision:</source>
        <translation>Izriet no sanāksmes lēmuma:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} is already open.</source>
        <translation>{name} jau ir atvērts.</translation>
    </message>
    <message>
        <source>The file was not opened</source>
        <translation>Fails netika atvērts</translation>
    </message>
    <message>
        <source>{file} — lagdesk</source>
        <translation>{file} — lagdesk</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Atver {file}…</translation>
    </message>
    <message>
        <source>{name} was upgraded to this version of lagdesk; a copy of it as it was is in {backup}.</source>
        <translation>{name} ir atjaunināts uz šo lagdesk versiju; tā kopija iepriekšējā stāvoklī ir {backup}.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Rezerves kopija netika atjaunota</translation>
    </message>
    <message>
        <source>The file as it was before is kept as {previous}.</source>
        <translation>Fails iepriekšējā stāvoklī saglabāts kā {previous}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Atjaunošana no rezerves kopijas</translation>
    </message>
    <message>
        <source>{name} was restored from {backup}.</source>
        <translation>{name} atjaunots no {backup}.</translation>
    </message>
    <message>
        <source>The file you are working in</source>
        <translation>Fails, ar kuru strādājat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Atcelt atsaukšanu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Valoda</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>&amp;About lagdesk</source>
        <translation>&amp;Par lagdesk</translation>
    </message>
    <message>
        <source>lagdesk now speaks {language}.</source>
        <translation>lagdesk saskarnes valoda: {language}.</translation>
    </message>
    <message>
        <source>An offline desk for local action group coordinators: stakeholders, meetings, the Integrated Action Plan and its indicators.</source>
        <translation>Bezsaistes darba vieta vietējo rīcības grupu koordinatoriem: ieinteresētās puses, sanāksmes, integrētais rīcības plāns un tā rādītāji.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versija {version}</translation>
    </message>
    <message>
        <source>Open file: {path}</source>
        <translation>Atvērtais fails: {path}</translation>
    </message>
    <message>
        <source>About lagdesk</source>
        <translation>Par lagdesk</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Drawing the matrix…</source>
        <translation>Zīmē matricu…</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Peop&amp;le</source>
        <translation>Per&amp;sonas</translation>
    </message>
    <message>
        <source>Organisatio&amp;ns</source>
        <translation>Organizā&amp;cijas</translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>Gr&amp;upa:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Rādīt:</translation>
    </message>
    <message>
        <source>Stakeholders in the matrix</source>
        <translation>Ieinteresētās puses matricā</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Vērtējumi</translation>
    </message>
    <message>
        <source>Click a point or choose a row to see and change its scores. Stakeholders without scores are not in the matrix: give their first scores in their form.</source>
        <translation>Noklikšķiniet uz punkta vai izvēlieties rindu, lai redzētu un mainītu tā vērtējumus. Ieinteresētās puses bez vērtējumiem matricā netiek rādītas: norādiet to pirmos vērtējumus to veidlapā.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>Power/interest matrix</source>
        <translation>Ietekmes un intereses matrica</translation>
    </message>
    <message>
        <source>Scores of {name}</source>
        <translation>{name} vērtējumi</translation>
    </message>
    <message>
        <source>Assess {name}</source>
        <translation>Novērtēt: {name}</translation>
    </message>
    <message>
        <source>New assessment of {name} saved.</source>
        <translation>Jauns novērtējums saglabāts: {name}.</translation>
    </message>
    <message>
        <source>the scores of {name}</source>
        <translation>{name} vērtējumos</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Sievietes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Vīrieši</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pierādījumi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <source>Measu&amp;rements</source>
        <translation>Mērīj&amp;umi</translation>
    </message>
    <message>
        <source>Measurement date</source>
        <translation>Mērījuma datums</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Sievietes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Vīrieši</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Pievienot</translation>
    </message>
    <message>
        <source>Add the measurement typed above</source>
        <translation>Pievienot augstāk ierakstīto mērījumu</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>D&amp;zēst</translation>
    </message>
    <message>
        <source>Delete the selected measurement (Delete)</source>
        <translation>Dzēst atlasīto mērījumu (Delete)</translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation>&amp;Ielīmēt…</translation>
    </message>
    <message>
        <source>Paste lines of date (YYYY-MM-DD), value and optional source, tab-separated.</source>
        <translation>Ielīmējiet rindas ar datumu (YYYY-MM-DD), vērtību un, ja vajag, avotu, atdalot tos ar tabulēšanas zīmi.</translation>
    </message>
    <message>
        <source>Evidence file&amp;s…</source>
        <translation>Pierādījumu f&amp;aili…</translation>
    </message>
    <message>
        <source>The files that prove the selected measurement: add, save a copy, remove</source>
        <translation>Faili, kas apliecina atlasīto mērījumu: pievienot, saglabāt kopiju, noņemt</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a number.</source>
        <translation>{field}: “{text}” nav skaitlis.</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Pievienot mērījumu</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Ievadiet vērtību.</translation>
    </message>
    <message>
        <source>Saved, but this measurement is dated before the baseline date; check the date.</source>
        <translation>Saglabāts, taču šī mērījuma datums ir pirms bāzes vērtības datuma; pārbaudiet datumu.</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>Dzēst mērījumu</translation>
    </message>
    <message>
        <source>{code} {name}: measurement of {date}, value {value}</source>
        <translation>{code} {name}: mērījums {date}, vērtība {value}</translation>
    </message>
    <message>
        <source>Paste measurements</source>
        <translation>Ielīmēt mērījumus</translation>
    </message>
    <message>
        <source>Saved, but {count} pasted measurements are dated before the baseline date.</source>
        <translation>Saglabāts, taču daļa ielīmēto mērījumu ({count}) ir datēta pirms bāzes vērtības datuma.</translation>
    </message>
    <message>
        <source>Paste {count} measurements</source>
        <translation>Ielīmēt mērījumus ({count})</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>New meeting</source>
        <translation>Jauna sanāksme</translation>
    </message>
    <message>
        <source>{title} — meeting</source>
        <translation>{title} — sanāksme</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Pamatdati</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Ielūgumi</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Darba &amp;kārtība</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Rīki</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Save the meeting (Ctrl+S or Ctrl+Enter)</source>
        <translation>Saglabāt sanāksmi (Ctrl+S vai Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Aizvērt, nesaglabājot (Esc)</translation>
    </message>
    <message>
        <source>for example: Problem tree workshop</source>
        <translation>piemēram: Problēmu koka darbnīca</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Sākuma datums</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Sākuma laiks</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Beigu datums</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Beigu laiks</translation>
    </message>
    <message>
        <source>for example: Europe/Warsaw</source>
        <translation>piemēram: Europe/Riga</translation>
    </message>
    <message>
        <source>for example: City Hall, room 12</source>
        <translation>piemēram: Rātsnams, 12. telpa</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Noklusējums</translation>
    </message>
    <message>
        <source>Signed attendance lists are audit evidence: keep them five years after the programme&apos;s last payment. By default that is five years after the network&apos;s end date, or five years after the end of the meeting&apos;s year when the network has no end date yet.</source>
        <translation>Parakstītie dalībnieku saraksti ir revīzijas pierādījumi: glabājiet tos piecus gadus pēc programmas pēdējā maksājuma. Pēc noklusējuma tas ir pieci gadi pēc tīkla beigu datuma vai, ja tīkla beigu datums vēl nav zināms, pieci gadi pēc sanāksmes gada beigām.</translation>
    </message>
    <message>
        <source>Use the default date: {rule}</source>
        <translation>Izmantot noklusējuma datumu: {rule}</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Sākums:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Beigas:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Laika josla:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Vie&amp;ta:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Tiešsaistes s&amp;aite:</translation>
    </message>
    <message>
        <source>&amp;Keep evidence until:</source>
        <translation>&amp;Glabāt pierādījumus līdz:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Pie&amp;zīmes:</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Nezināma laika josla</translation>
    </message>
    <message>
        <source>UTC{offset} on {day}</source>
        <translation>UTC{offset} ({day})</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Atmest izmaiņas</translation>
    </message>
    <message>
        <source>This meeting has changes that are not saved. Discard them?</source>
        <translation>Šajā sanāksmē ir nesaglabātas izmaiņas. Vai atmest tās?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Atmest izmaiņas</translation>
    </message>
    <message>
        <source>Meeting not changed</source>
        <translation>Sanāksme nav mainīta</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sanāksme</translation>
    </message>
    <message>
        <source>Add meeting {title}</source>
        <translation>Pievienot sanāksmi {title}</translation>
    </message>
    <message>
        <source>Edit meeting {title}</source>
        <translation>Rediģēt sanāksmi {title}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkts</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minūtes</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Ziņotājs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
</context>
<context>
    <name>MeetingInvitations</name>
    <message numerus="yes">
        <source>%n people stay on the list because their attendance is recorded: {names}.</source>
        <translation>
            <numerusform>Sarakstā paliek %n persona, jo ir reģistrēts tās apmeklējums: {names}.</numerusform>
            <numerusform>Sarakstā paliek %n personas, jo ir reģistrēts viņu apmeklējums: {names}.</numerusform>
            <numerusform>Sarakstā paliek %n personu, jo ir reģistrēts viņu apmeklējums: {names}.</numerusform>
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
        <translation>Datums</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Place / link</source>
        <translation>Vieta / saite</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uzaicināti</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Klātesoši</translation>
    </message>
</context>
<context>
    <name>MeetingPlan</name>
    <message>
        <source>{zone} is not a time zone. Choose one from the list.</source>
        <translation>{zone} nav laika josla. Izvēlieties to no saraksta.</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>laika josla</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>sanāksme</translation>
    </message>
    <message>
        <source>end</source>
        <translation>beigas</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>Sanāksme beidzas pirms tās sākuma.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>nosaukums</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Norādiet sanāksmes nosaukumu.</translation>
    </message>
    <message>
        <source>keep evidence until</source>
        <translation>glabāt pierādījumus līdz</translation>
    </message>
    <message>
        <source>The evidence must be kept at least until the meeting.</source>
        <translation>Pierādījumi jāglabā vismaz līdz sanāksmei.</translation>
    </message>
    <message>
        <source>agenda item {number}, {field}</source>
        <translation>darba kārtības {number}. punkts, {field}</translation>
    </message>
    <message>
        <source>A tool&apos;s name can have at most {count} characters.</source>
        <translation>Rīka nosaukumā var būt ne vairāk kā {count} rakstzīmes.</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>rīki</translation>
    </message>
    <message>
        <source>A group chosen here has been deleted meanwhile.</source>
        <translation>Šeit izvēlēta grupa pa to laiku ir izdzēsta.</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>grupas</translation>
    </message>
    <message>
        <source>A person chosen here has been deleted meanwhile.</source>
        <translation>Šeit izvēlēta persona pa to laiku ir izdzēsta.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>The meeting could not be saved: {detail}</source>
        <translation>Sanāksmi neizdevās saglabāt: {detail}</translation>
    </message>
</context>
<context>
    <name>MeetingTable</name>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rīkotājs</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumi</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sanāksmes</translation>
    </message>
</context>
<context>
    <name>MeetingTools</name>
    <message>
        <source>Problem tree</source>
        <translation>Problēmu koks</translation>
    </message>
    <message>
        <source>Newspaper of tomorrow</source>
        <translation>Rītdienas avīze</translation>
    </message>
    <message>
        <source>Power/interest matrix</source>
        <translation>Ietekmes un intereses matrica</translation>
    </message>
    <message>
        <source>Stakeholder mapping</source>
        <translation>Ieinteresēto pušu kartēšana</translation>
    </message>
    <message>
        <source>World café</source>
        <translation>Pasaules kafejnīca</translation>
    </message>
    <message>
        <source>SWOT analysis</source>
        <translation>SVID analīze</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Klienta ceļa karte</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Balsošana ar punktiem</translation>
    </message>
    <message>
        <source>Action table</source>
        <translation>Rīcību tabula</translation>
    </message>
    <message>
        <source>Fishbowl</source>
        <translation>Akvārija diskusija</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Salīdzinošā izvērtēšana</translation>
    </message>
    <message>
        <source>Traffic-light review</source>
        <translation>Luksofora izvērtējums</translation>
    </message>
    <message>
        <source>Market dialogue</source>
        <translation>Dialogs ar tirgu</translation>
    </message>
    <message>
        <source>Gender impact checklist</source>
        <translation>Ietekmes uz dzimumu līdztiesību kontrolsaraksts</translation>
    </message>
    <message>
        <source>Site walk</source>
        <translation>Vietas apsekošana</translation>
    </message>
    <message>
        <source>Objective tree</source>
        <translation>Mērķu koks</translation>
    </message>
    <message>
        <source>Testing action canvas</source>
        <translation>Izmēģinājuma rīcības plānošanas veidne</translation>
    </message>
</context>
<context>
    <name>MeetingType</name>
    <message>
        <source>Other</source>
        <translation>Cits veids</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>meeting</source>
        <translation>sanāksme</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Uzņemts</translation>
    </message>
    <message>
        <source>Identifiable</source>
        <translation>Atpazīstami cilvēki</translation>
    </message>
    <message>
        <source>Consent checked</source>
        <translation>Piekrišana pārbaudīta</translation>
    </message>
    <message>
        <source>Publishable</source>
        <translation>Publicējams</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <source>Someone can be recognised in it</source>
        <translation>Tajā var atpazīt kādu cilvēku</translation>
    </message>
    <message>
        <source>The people shown agreed that it may be published</source>
        <translation>Redzamās personas piekrita publicēšanai</translation>
    </message>
    <message>
        <source>May leave lagdesk in exports; a photo that shows people needs consent checked first</source>
        <translation>Var tikt iekļauts eksportos ārpus lagdesk; fotogrāfijai, kurā redzami cilvēki, vispirms jāpārbauda piekrišana</translation>
    </message>
    <message>
        <source>{name} ({type})</source>
        <translation>{name} ({type})</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n fails</numerusform>
            <numerusform>%n faili</numerusform>
            <numerusform>%n failu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n fotogrāfija</numerusform>
            <numerusform>%n fotogrāfijas</numerusform>
            <numerusform>%n fotogrāfiju</numerusform>
        </translation>
    </message>
    <message>
        <source>{files}, {photos} ({publishable}), {size}</source>
        <translation>{files}, {photos} ({publishable}), {size}</translation>
    </message>
    <message numerus="yes">
        <source>%n publishable</source>
        <translation>
            <numerusform>%n publicējama</numerusform>
            <numerusform>%n publicējamas</numerusform>
            <numerusform>%n publicējamu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Saraksts</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mēnesis</translation>
    </message>
    <message>
        <source>&amp;Participation</source>
        <translation>&amp;Līdzdalība</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Apmeklējums</translation>
    </message>
    <message>
        <source>Min&amp;utes</source>
        <translation>Pro&amp;tokols</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <source>Meetings starting on or after this day</source>
        <translation>Sanāksmes, kas sākas šajā dienā vai vēlāk</translation>
    </message>
    <message>
        <source>Meetings starting on or before this day</source>
        <translation>Sanāksmes, kas sākas šajā dienā vai agrāk</translation>
    </message>
    <message>
        <source>Meetings that invited this group or a subgroup</source>
        <translation>Sanāksmes, uz kurām uzaicināta šī grupa vai tās apakšgrupa</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Visas grupas</translation>
    </message>
    <message>
        <source>Title, place or notes</source>
        <translation>Nosaukums, vieta vai piezīmes</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Lī&amp;dz:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Jauna sanāksme…</translation>
    </message>
    <message>
        <source>Add a meeting from an invitation (.ics file)</source>
        <translation>Pievienot sanāksmi no ielūguma (.ics fails)</translation>
    </message>
    <message>
        <source>Write the meetings between the From and To days to an .ics file</source>
        <translation>Ierakstīt .ics failā sanāksmes no dienas “No” līdz dienai “Līdz”</translation>
    </message>
    <message>
        <source>Take the roll of the selected meeting in a window of its own (F11)</source>
        <translation>Reģistrēt atlasītās sanāksmes apmeklējumu atsevišķā logā (F11)</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>&amp;Reģistrācijas lapa…</translation>
    </message>
    <message>
        <source>A printable PDF list of the invited people, to sign at the meeting</source>
        <translation>Drukājams PDF uzaicināto personu saraksts parakstīšanai sanāksmē</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sanāksmes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln sanāksme</numerusform>
            <numerusform>%Ln sanāksmes</numerusform>
            <numerusform>%Ln sanāksmju</numerusform>
        </translation>
    </message>
    <message>
        <source>The filters were cleared to show the meeting.</source>
        <translation>Filtri tika notīrīti, lai parādītu sanāksmi.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Dzēst sanāksmi</translation>
    </message>
    <message>
        <source>Delete the meeting “{title}” of {date}, with its agenda, attendance list, minutes, decisions, tasks and files?

Edit &gt; Undo brings it back.</source>
        <translation>Dzēst sanāksmi „{title}” ({date}) kopā ar tās darba kārtību, dalībnieku sarakstu, protokolu, lēmumiem, uzdevumiem un failiem?

Ar Rediģēt &gt; Atsaukt to var atjaunot.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Pārskats</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <source>Search the meetings (Ctrl+F)</source>
        <translation>Meklēt sanāksmes (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>N&amp;otīrīt filtrus</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Meklēt:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;No:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediģēt…</translation>
    </message>
    <message>
        <source>Edit the selected meeting (Enter in the list)</source>
        <translation>Rediģēt atlasīto sanāksmi (Enter sarakstā)</translation>
    </message>
    <message>
        <source>Delete the selected meeting (Delete in the list)</source>
        <translation>Dzēst atlasīto sanāksmi (Delete sarakstā)</translation>
    </message>
    <message>
        <source>Import invitation…</source>
        <translation>Importēt ielūgumu…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>&amp;Eksportēt kalendāru…</translation>
    </message>
    <message>
        <source>Attendance mode</source>
        <translation>Apmeklējuma režīms</translation>
    </message>
    <message>
        <source>Delete meeting “{title}”</source>
        <translation>Dzēst sanāksmi „{title}”</translation>
    </message>
    <message>
        <source>Import invitation</source>
        <translation>Importēt ielūgumu</translation>
    </message>
    <message>
        <source>iCalendar invitations (*.ics);;All files (*)</source>
        <translation>iCalendar ielūgumi (*.ics);;Visi faili (*)</translation>
    </message>
    <message>
        <source>{file} could not be imported: {problem}</source>
        <translation>{file} neizdevās importēt: {problem}</translation>
    </message>
    <message>
        <source>Import invitation “{title}”</source>
        <translation>Importēt ielūgumu „{title}”</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksportēt kalendāru</translation>
    </message>
    <message>
        <source>{file} meetings.ics</source>
        <translation>{file} sanāksmes.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar faili (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings written to {path}.</source>
        <translation>
            <numerusform>%Ln sanāksme ierakstīta failā {path}.</numerusform>
            <numerusform>%Ln sanāksmes ierakstītas failā {path}.</numerusform>
            <numerusform>%Ln sanāksmju ierakstīts failā {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Reģistrācijas lapa</translation>
    </message>
    <message>
        <source>{date} {title} sign-in sheet.pdf</source>
        <translation>{date} {title} reģistrācijas lapa.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>The sign-in sheet was written to {path}.
Pages: {pages}. Invited people: {people}.</source>
        <translation>Reģistrācijas lapa ierakstīta failā {path}.
Lappuses: {pages}. Uzaicinātās personas: {people}.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} neizdevās ierakstīt: {reason}</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Members</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Show former mem&amp;bers</source>
        <translation>Rādīt &amp;bijušos dalībniekus</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Izstājās:</translation>
    </message>
    <message>
        <source>End membe&amp;rship</source>
        <translation>Izbeigt &amp;dalību</translation>
    </message>
    <message>
        <source>The selected member leaves the group on this day</source>
        <translation>Atlasītais dalībnieks izstājas no grupas šajā dienā</translation>
    </message>
    <message>
        <source>Current members: {current} · former or future: {other}</source>
        <translation>Pašreizējie dalībnieki: {current} · bijušie vai nākamie: {other}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Apvienot personas</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>Apvienot organizācijas</translation>
    </message>
    <message>
        <source>These two look like the same person. Which one do you keep?</source>
        <translation>Šķiet, ka šie divi ieraksti ir viena un tā pati persona. Kuru paturēt?</translation>
    </message>
    <message>
        <source>These two look like the same organisation. Which one do you keep?</source>
        <translation>Šķiet, ka šie divi ieraksti ir viena un tā pati organizācija. Kuru paturēt?</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Paturēt {name}</translation>
    </message>
    <message>
        <source>(no other details)</source>
        <translation>(citas informācijas nav)</translation>
    </message>
    <message>
        <source>Empty fields of the record you keep are filled from the other one, which is then deleted. You can undo the merge with Edit &gt; Undo.</source>
        <translation>Paturētā ieraksta tukšie lauki tiek aizpildīti no otra ieraksta, kas pēc tam tiek dzēsts. Apvienošanu var atsaukt ar Rediģēt &gt; Atsaukt.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Apvienot</translation>
    </message>
    <message>
        <source>{name} goes.</source>
        <translation>{name} tiks dzēsts.</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <source>Milestone</source>
        <translation>Starpposma mērķis</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Izpildes termiņš</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Izpildīts</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nav izpildīts</translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <source>&amp;Milestones (F2 edits a cell, Space ticks “Done”):</source>
        <translation>&amp;Starpposma mērķi (F2 rediģē šūnu, atstarpe atzīmē “Izpildīts”):</translation>
    </message>
    <message>
        <source>&amp;Add milestone</source>
        <translation>&amp;Pievienot starpposma mērķi</translation>
    </message>
    <message>
        <source>&amp;Remove milestone</source>
        <translation>&amp;Noņemt starpposma mērķi</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>meeting</source>
        <translation>sanāksme</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>lēmums</translation>
    </message>
    <message>
        <source>The minutes are too long to store: {size} characters, at most {limit}. Remove pasted pictures or long pasted documents and attach those as files.</source>
        <translation>Protokols ir pārāk garš, lai to saglabātu: {size} rakstzīmes, atļauts ne vairāk kā {limit}. Izņemiet ielīmētos attēlus vai garus ielīmētus dokumentus un pievienojiet tos kā failus.</translation>
    </message>
    <message>
        <source>The title is too long: at most {limit} characters.</source>
        <translation>Nosaukums ir pārāk garš: atļauts ne vairāk kā {limit} rakstzīmes.</translation>
    </message>
    <message>
        <source>The owner is no longer in the register (erased or deleted). Choose another owner.</source>
        <translation>Atbildīgās personas vairs nav reģistrā (tā ir dzēsta). Izvēlieties citu atbildīgo.</translation>
    </message>
    <message>
        <source>The decision is not one of this meeting&apos;s.</source>
        <translation>Šis lēmums nav pieņemts šajā sanāksmē.</translation>
    </message>
    <message>
        <source>The due date is before the meeting ({date}).</source>
        <translation>Izpildes termiņš ir pirms sanāksmes ({date}).</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>mērķis</translation>
    </message>
    <message>
        <source>Made on {today} from decision {number} of the meeting “{meeting}” ({date}).</source>
        <translation>Izveidots {today} no lēmuma Nr. {number}, kas pieņemts sanāksmē “{meeting}” ({date}).</translation>
    </message>
    <message>
        <source>Make an action</source>
        <translation>Izveidot rīcību</translation>
    </message>
    <message>
        <source>The action plan has no objectives yet; add them in the Action plan area first.</source>
        <translation>Rīcības plānā vēl nav mērķu; vispirms pievienojiet tos sadaļā “Rīcības plāns”.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Lēmums</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Rīcība</translation>
    </message>
    <message>
        <source>No action made from this decision yet</source>
        <translation>No šī lēmuma vēl nav izveidota rīcība</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uzdevums</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atbildīgais</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Izpildīts</translation>
    </message>
    <message>
        <source>From decision</source>
        <translation>No lēmuma</translation>
    </message>
    <message>
        <source>F2 to change; Delete in the date field clears it</source>
        <translation>F2 – mainīt; Delete datuma laukā to notīra</translation>
    </message>
    <message>
        <source>Space ticks or unticks</source>
        <translation>Atstarpe atzīmē vai noņem atzīmi</translation>
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
        <translation>Protokols</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Rindkopas stils</translation>
    </message>
    <message>
        <source>Paragraph style (Ctrl+Alt+0 normal, Ctrl+Alt+1 to 3 headings)</source>
        <translation>Rindkopas stils (Ctrl+Alt+0 parasts, Ctrl+Alt+1 līdz 3 virsraksti)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Parasts</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Virsraksts 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Virsraksts 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Virsraksts 3</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Treknraksts</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Treknraksts (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Slīpraksts</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Slīpraksts (Ctrl+I)</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Pasvītrojums</translation>
    </message>
    <message>
        <source>U</source>
        <comment>the Underline button</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>Pasvītrojums (Ctrl+U)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aizzīmju saraksts</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Saraksts</translation>
    </message>
    <message>
        <source>Bulleted list (Shift+F12)</source>
        <translation>Aizzīmju saraksts (Shift+F12)</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numurēts saraksts</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Saraksts</translation>
    </message>
    <message>
        <source>Numbered list (F12)</source>
        <translation>Numurēts saraksts (F12)</translation>
    </message>
    <message>
        <source>Decrease indent</source>
        <translation>Samazināt atkāpi</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Mazāka atkāpe</translation>
    </message>
    <message>
        <source>Decrease the indent (Ctrl+Shift+M; Shift+Tab in a list)</source>
        <translation>Samazināt atkāpi (Ctrl+Shift+M; Shift+Tab sarakstā)</translation>
    </message>
    <message>
        <source>Increase indent</source>
        <translation>Palielināt atkāpi</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Lielāka atkāpe</translation>
    </message>
    <message>
        <source>Increase the indent (Ctrl+M; Tab in a list)</source>
        <translation>Palielināt atkāpi (Ctrl+M; Tab sarakstā)</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Decisions</source>
        <translation>Lēmumi</translation>
    </message>
    <message>
        <source>Add a decision at the end (Insert)</source>
        <translation>Pievienot lēmumu beigās (Insert)</translation>
    </message>
    <message>
        <source>Ma&amp;ke action…</source>
        <translation>Izveidot &amp;rīcību…</translation>
    </message>
    <message>
        <source>Make the selected decision an action of the plan</source>
        <translation>Pārveidot atlasīto lēmumu par plāna rīcību</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Delete the selected decision (Delete)</source>
        <translation>Dzēst atlasīto lēmumu (Delete)</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Turpmākie uzdevumi</translation>
    </message>
    <message>
        <source>A&amp;dd decision</source>
        <translation>&amp;Pievienot lēmumu</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Pārvietot augšup</translation>
    </message>
    <message>
        <source>Move up: the decision takes the number before (Ctrl+Up)</source>
        <translation>Pārvietot augšup: lēmums saņem iepriekšējo numuru (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pārvietot lejup</translation>
    </message>
    <message>
        <source>Move down: the decision takes the number after (Ctrl+Down)</source>
        <translation>Pārvietot lejup: lēmums saņem nākamo numuru (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Add follo&amp;w-up task</source>
        <translation>Pievienot &amp;uzdevumu</translation>
    </message>
    <message>
        <source>Add a task (Insert in the table)</source>
        <translation>Pievienot uzdevumu (Insert tabulā)</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Dzēst uzdevumu</translation>
    </message>
    <message>
        <source>Delete the selected task (Delete)</source>
        <translation>Dzēst atlasīto uzdevumu (Delete)</translation>
    </message>
    <message>
        <source>Choose a meeting to see its minutes.</source>
        <translation>Izvēlieties sanāksmi, lai redzētu tās protokolu.</translation>
    </message>
    <message>
        <source>Minutes of the meeting: who said what, what was agreed…</source>
        <translation>Sanāksmes protokols: kas ko teica, par ko vienojās…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Vēl nav saglabāts</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saglabāts</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saglabā…</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nav saglabāts: {problem}</translation>
    </message>
    <message>
        <source>The minutes were not saved</source>
        <translation>Protokols netika saglabāts</translation>
    </message>
    <message>
        <source>the minutes</source>
        <translation>protokolā</translation>
    </message>
    <message>
        <source>The decision was not added</source>
        <translation>Lēmums netika pievienots</translation>
    </message>
    <message>
        <source>Add decision {number}</source>
        <translation>Pievienot lēmumu Nr. {number}</translation>
    </message>
    <message>
        <source>The decision was not changed</source>
        <translation>Lēmums netika mainīts</translation>
    </message>
    <message>
        <source>Edit decision {number}</source>
        <translation>Rediģēt lēmumu Nr. {number}</translation>
    </message>
    <message>
        <source>Delete decision {number}, “{text}”? The decisions after it are numbered again; its tasks and actions stay, without the link. Ctrl+Z brings it back.</source>
        <translation>Dzēst lēmumu Nr. {number} “{text}”? Nākamie lēmumi tiks pārnumurēti; tā uzdevumi un rīcības paliek, bet bez saites. Ar Ctrl+Z to var atjaunot.</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Dzēst lēmumu</translation>
    </message>
    <message>
        <source>The decision was not deleted</source>
        <translation>Lēmums netika izdzēsts</translation>
    </message>
    <message>
        <source>Delete decision {number}</source>
        <translation>Dzēst lēmumu Nr. {number}</translation>
    </message>
    <message>
        <source>The decision was not moved</source>
        <translation>Lēmums netika pārvietots</translation>
    </message>
    <message>
        <source>Move decision {number}</source>
        <translation>Pārvietot lēmumu Nr. {number}</translation>
    </message>
    <message>
        <source>Make action {code} from decision {number}</source>
        <translation>Izveidot rīcību {code} no lēmuma Nr. {number}</translation>
    </message>
    <message>
        <source>Action {code} added to the plan. Ctrl+Z takes it back.</source>
        <translation>Rīcība {code} pievienota plānam. Ar Ctrl+Z to var atsaukt.</translation>
    </message>
    <message>
        <source>The task was not saved</source>
        <translation>Uzdevums netika saglabāts</translation>
    </message>
    <message>
        <source>Add task “{title}”</source>
        <translation>Pievienot uzdevumu “{title}”</translation>
    </message>
    <message>
        <source>Edit task “{title}”</source>
        <translation>Rediģēt uzdevumu “{title}”</translation>
    </message>
    <message>
        <source>Delete the task “{title}”? Ctrl+Z brings it back.</source>
        <translation>Dzēst uzdevumu “{title}”? Ar Ctrl+Z to var atjaunot.</translation>
    </message>
    <message>
        <source>The task was not deleted</source>
        <translation>Uzdevums netika izdzēsts</translation>
    </message>
    <message>
        <source>Delete task “{title}”</source>
        <translation>Dzēst uzdevumu “{title}”</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokols</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <source>Go to today&apos;s date</source>
        <translation>Pāriet uz šodienas datumu</translation>
    </message>
    <message>
        <source>Meetings on the chosen day</source>
        <translation>Izvēlētās dienas sanāksmes</translation>
    </message>
    <message>
        <source>Page Up / Page Down: previous / next month</source>
        <translation>Page Up / Page Down: iepriekšējais / nākamais mēnesis</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sanāksmes</translation>
    </message>
    <message>
        <source>Meetings on {date}:</source>
        <translation>Sanāksmes {date}:</translation>
    </message>
    <message>
        <source>No meetings on {date}.</source>
        <translation>{date} nav sanāksmju.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>My network</source>
        <translation>Mans tīkls</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>for example GenProcure</source>
        <translation>piemēram, GenProcure</translation>
    </message>
    <message>
        <source>for example gender-responsive public procurement</source>
        <translation>piemēram, dzimumsensitīvs publiskais iepirkums</translation>
    </message>
    <message>
        <source>The partner city whose local group this file keeps</source>
        <translation>Partnerpilsēta, kuras vietējās grupas dati ir šajā failā</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nosaukums</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Tēma</translation>
    </message>
    <message>
        <source>&amp;Lead expert</source>
        <translation>&amp;Vadošais eksperts</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>P&amp;osms</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Sākums</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Beigas</translation>
    </message>
    <message>
        <source>&amp;Our city</source>
        <translation>&amp;Mūsu pilsēta</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Apraksts</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Vēl nav izvēlēta</translation>
    </message>
</context>
<context>
    <name>NetworkLists</name>
    <message>
        <source>Partner cities</source>
        <translation>Partnerpilsētas</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Pievienot partneri…</translation>
    </message>
    <message>
        <source>Transnational meetings</source>
        <translation>Starptautiskās sanāksmes</translation>
    </message>
    <message>
        <source>Add &amp;meeting…</source>
        <translation>Pievienot &amp;sanāksmi…</translation>
    </message>
    <message>
        <source>Add partner {name}</source>
        <translation>Pievienot partneri {name}</translation>
    </message>
    <message>
        <source>Edit partner {name}</source>
        <translation>Rediģēt partneri {name}</translation>
    </message>
    <message>
        <source>Delete the partner {name}? Transnational meetings it hosted are kept without a host city. You can undo this with Edit &gt; Undo.</source>
        <translation>Dzēst partneri {name}? Tā rīkotās starptautiskās sanāksmes tiks saglabātas bez rīkotājas pilsētas. To var atsaukt ar Rediģēt &gt; Atsaukt.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Dzēst partneri</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Delete partner {name}</source>
        <translation>Dzēst partneri {name}</translation>
    </message>
    <message>
        <source>Add meeting {title}</source>
        <translation>Pievienot sanāksmi {title}</translation>
    </message>
    <message>
        <source>Edit meeting {title}</source>
        <translation>Rediģēt sanāksmi {title}</translation>
    </message>
    <message>
        <source>Delete the transnational meeting {title}?</source>
        <translation>Dzēst starptautisko sanāksmi {title}?</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Dzēst sanāksmi</translation>
    </message>
    <message>
        <source>Delete meeting {title}</source>
        <translation>Dzēst sanāksmi {title}</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Set up your network</source>
        <translation>Iestatiet savu tīklu</translation>
    </message>
    <message>
        <source>This file does not describe a network yet. Enter the name and programme of the cooperation network your city takes part in, then choose Create network. You can add the partner cities and transnational meetings afterwards.</source>
        <translation>Šajā failā vēl nav aprakstīts tīkls. Ievadiet sadarbības tīkla, kurā piedalās jūsu pilsēta, nosaukumu un programmu un izvēlieties “Izveidot tīklu”. Partnerpilsētas un starptautiskās sanāksmes varat pievienot vēlāk.</translation>
    </message>
    <message>
        <source>About the network</source>
        <translation>Par tīklu</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Atmest izmaiņas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saglabāt</translation>
    </message>
    <message>
        <source>Create &amp;network</source>
        <translation>Izveidot &amp;tīklu</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Tīkls</translation>
    </message>
    <message>
        <source>the new network</source>
        <translation>jaunajā tīklā</translation>
    </message>
    <message>
        <source>the network {name}</source>
        <translation>tīklā {name}</translation>
    </message>
    <message>
        <source>Network {name} created.</source>
        <translation>Tīkls {name} izveidots.</translation>
    </message>
    <message>
        <source>Edit network</source>
        <translation>Rediģēt tīklu</translation>
    </message>
    <message>
        <source>Network saved.</source>
        <translation>Tīkls saglabāts.</translation>
    </message>
</context>
<context>
    <name>NetworkPhase</name>
    <message>
        <source>Closed</source>
        <translation>Noslēgusies</translation>
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
        <translation>{path} jau ir atvērts citā lagdesk logā. Pārejiet uz šo logu vai aizveriet failu tur un mēģiniet vēlreiz.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Nav norādīts</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Notīrīt</translation>
    </message>
    <message>
        <source>Leave this date unset</source>
        <translation>Atstāt šo datumu nenorādītu</translation>
    </message>
</context>
<context>
    <name>OrganisationActions</name>
    <message>
        <source>Add organisation {name}</source>
        <translation>Pievienot organizāciju {name}</translation>
    </message>
    <message>
        <source>Edit organisation {name}</source>
        <translation>Rediģēt organizāciju {name}</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} saglabāta.</translation>
    </message>
    <message>
        <source>Delete organisations</source>
        <translation>Dzēst organizācijas</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Dzēst organizāciju</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Delete organisation {name}</source>
        <translation>Dzēst organizāciju {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translation>
            <numerusform>Dzēst %n organizāciju</numerusform>
            <numerusform>Dzēst %n organizācijas</numerusform>
            <numerusform>Dzēst %n organizāciju</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Jauna organizācija</translation>
    </message>
    <message>
        <source>{name} — organisation</source>
        <translation>{name} — organizācija</translation>
    </message>
    <message>
        <source>for example: NGO, social enterprise, SME</source>
        <translation>piemēram: NVO, sociālais uzņēmums, MVU</translation>
    </message>
    <message>
        <source>two letters, for example PL</source>
        <translation>divi burti, piemēram, LV</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sektors:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Pilsēta:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>V&amp;alsts:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Tīmekļa vietne:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pasts:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tā&amp;lrunis:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Pie&amp;zīmes:</translation>
    </message>
    <message>
        <source>Power &amp;and interest</source>
        <translation>&amp;Ietekme un interese</translation>
    </message>
    <message>
        <source>Give both power and interest, or neither.</source>
        <translation>Norādiet gan ietekmi, gan interesi vai nevienu no tām.</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <source>(none)</source>
        <translation>(nav)</translation>
    </message>
    <message>
        <source>Type any part of the name to search the register.</source>
        <translation>Ierakstiet jebkuru nosaukuma daļu, lai meklētu reģistrā.</translation>
    </message>
    <message>
        <source>Lea&amp;d organisation:</source>
        <translation>&amp;Vadošā organizācija:</translation>
    </message>
    <message>
        <source>Type any part of the name or organisation to search the register.</source>
        <translation>Ierakstiet jebkuru vārda vai organizācijas daļu, lai meklētu reģistrā.</translation>
    </message>
    <message>
        <source>&amp;Responsible person:</source>
        <translation>&amp;Atbildīgā persona:</translation>
    </message>
    <message>
        <source>Type to filter organisations</source>
        <translation>Rakstiet, lai filtrētu organizācijas</translation>
    </message>
    <message>
        <source>&amp;Partner organisations:</source>
        <translation>&amp;Partnerorganizācijas:</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>vadošā organizācija</translation>
    </message>
    <message>
        <source>No organisation “{text}” in the register; pick one from the list.</source>
        <translation>Reģistrā nav organizācijas “{text}”; izvēlieties to no saraksta.</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>atbildīgā persona</translation>
    </message>
    <message>
        <source>No person “{text}” in the register; pick one from the list.</source>
        <translation>Reģistrā nav personas “{text}”; izvēlieties to no saraksta.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Meeting overview</source>
        <translation>Sanāksmes pārskats</translation>
    </message>
    <message>
        <source>Select a meeting in the list or the calendar to see its overview.</source>
        <translation>Atlasiet sanāksmi sarakstā vai kalendārā, lai redzētu tās pārskatu.</translation>
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
        <translation>{date} {time} pēc šī datora laika joslas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Laika josla</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Tiešsaistes saite</translation>
    </message>
    <message>
        <source>Invited groups</source>
        <translation>Uzaicinātās grupas</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uzaicināti</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Klātesoši</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Attaisnots kavējums</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Neieradās</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Neuzaicināti dalībnieki</translation>
    </message>
    <message>
        <source>Counted anonymously</source>
        <translation>Uzskaitīti anonīmi</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Lēmumi</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Neizpildītie uzdevumi</translation>
    </message>
    <message>
        <source>Evidence kept until</source>
        <translation>Pierādījumi glabājami līdz</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Darba kārtība</translation>
    </message>
    <message>
        <source>Tools used</source>
        <translation>Izmantotie rīki</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
</context>
<context>
    <name>OwnerDelegate</name>
    <message>
        <source>Type a name</source>
        <translation>Ierakstiet vārdu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atbildīgais</translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sanāksme</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uzaicināti</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Klātesoši</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Neuzaicināti</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonīmi</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publiskais</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privātais</translation>
    </message>
    <message>
        <source>Civic</source>
        <translation>Pilsoniskā sabiedrība</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Zinātne</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Bez sektora</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Sievietes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Vīrieši</translation>
    </message>
    <message>
        <source>Other or not given</source>
        <translation>Cits vai nav norādīts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Piedalījās</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Apmeklētība</translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation>Pēdējo reizi piedalījās</translation>
    </message>
</context>
<context>
    <name>ParticipationView</name>
    <message>
        <source>Everyone invited</source>
        <translation>Visi uzaicinātie</translation>
    </message>
    <message>
        <source>Drop-outs: came early on, none of their last three meetings</source>
        <translation>Atkritušie: piedalījās sākumā, bet nevienā no pēdējām trim sanāksmēm</translation>
    </message>
    <message>
        <source>Never attended</source>
        <translation>Nekad nav piedalījušies</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Rādīt:</translation>
    </message>
    <message>
        <source>Per meeting</source>
        <translation>Pa sanāksmēm</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Pa personām</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Līdzdalība</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>Personas: {count}</translation>
    </message>
    <message>
        <source>The chart shows the latest {shown} of {total} meetings.</source>
        <translation>Diagrammā parādītas pēdējās sanāksmes: {shown} no {total}.</translation>
    </message>
    <message>
        <source>Attendance by sector</source>
        <translation>Apmeklējums pa sektoriem</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Add partner</source>
        <translation>Pievienot partneri</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Rediģēt partneri</translation>
    </message>
    <message>
        <source>for example Koszalin</source>
        <translation>piemēram, Valmiera</translation>
    </message>
    <message>
        <source>two letters, for example PL</source>
        <translation>divi burti, piemēram, LV</translation>
    </message>
    <message>
        <source>per cent, for example 80</source>
        <translation>procenti, piemēram, 80</translation>
    </message>
    <message>
        <source>This is our city (the local group this file keeps)</source>
        <translation>Šī ir mūsu pilsēta (vietējā grupa, kuras dati ir šajā failā)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nosaukums</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Valsts</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Loma</translation>
    </message>
    <message>
        <source>Co-&amp;financing (%)</source>
        <translation>Līdz&amp;finansējums (%)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Pie&amp;zīmes</translation>
    </message>
    <message>
        <source>Enter a number, for example 80.</source>
        <translation>Ievadiet skaitli, piemēram, 80.</translation>
    </message>
</context>
<context>
    <name>PartnerTable</name>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Līdzfinansējums</translation>
    </message>
    <message>
        <source>Our city</source>
        <translation>Mūsu pilsēta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>(none)</source>
        <translation>(nav)</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Add person {name}</source>
        <translation>Pievienot personu {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Rediģēt {name}</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} saglabāts.</translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation>Dzēst personas</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Dzēst personu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Dzēst {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Dzēst %n personu</numerusform>
            <numerusform>Dzēst %n personas</numerusform>
            <numerusform>Dzēst %n personu</numerusform>
        </translation>
    </message>
    <message>
        <source>Export personal data of {name}</source>
        <translation>Eksportēt {name} personas datus</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON fails (*.json)</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Eksportēt personas datus</translation>
    </message>
    <message>
        <source>Everything lagdesk holds about {name} was written to:
{files}</source>
        <translation>Visa informācija, kas lagdesk glabājas par {name}, ierakstīta:
{files}</translation>
    </message>
    <message>
        <source>Erase {name} for good? This cannot be undone. Attendance at meetings is kept only as anonymous counts by sector and gender; group memberships, consent records and assessments are deleted, and tasks, actions, risks and indicators they were responsible for are kept without them. The undo history is cleared so that no copy of their data stays behind.</source>
        <translation>Neatgriezeniski dzēst {name}? To nevar atsaukt. Sanāksmju apmeklējums tiek saglabāts tikai kā anonīmi skaitļi pa sektoriem un dzimumiem; dalība grupās, piekrišanu ieraksti un novērtējumi tiek dzēsti, bet uzdevumi, rīcības, riski un rādītāji, par kuriem šī persona bija atbildīga, tiek saglabāti bez tās. Atsaukšanas vēsture tiek notīrīta, lai nepaliktu neviena šīs personas datu kopija.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Dzēst personu</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Dzēst</translation>
    </message>
    <message numerus="yes">
        <source>{name} was erased. Attendance at %n meetings is kept as anonymous counts.</source>
        <translation>
            <numerusform>{name} ir dzēsts. Dalība %n sanāksmē saglabāta anonīmu skaitļu veidā.</numerusform>
            <numerusform>{name} ir dzēsts. Dalība %n sanāksmēs saglabāta anonīmu skaitļu veidā.</numerusform>
            <numerusform>{name} ir dzēsts. Dalība %n sanāksmēs saglabāta anonīmu skaitļu veidā.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name still appears in %n places of free text (minutes, notes). Edit those by hand.</source>
        <translation>
            <numerusform>Vārds joprojām minēts %n vietā brīvajā tekstā (protokolos, piezīmēs). Izlabojiet to manuāli.</numerusform>
            <numerusform>Vārds joprojām minēts %n vietās brīvajā tekstā (protokolos, piezīmēs). Izlabojiet tās manuāli.</numerusform>
            <numerusform>Vārds joprojām minēts %n vietās brīvajā tekstā (protokolos, piezīmēs). Izlabojiet tās manuāli.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Jauna persona</translation>
    </message>
    <message>
        <source>{name} — person</source>
        <translation>{name} — persona</translation>
    </message>
    <message>
        <source>Optional. Used only in anonymous counts, such as the make-up of a group.</source>
        <translation>Nav obligāti. Tiek izmantots tikai anonīmos skaitļos, piemēram, grupas sastāvā.</translation>
    </message>
    <message>
        <source>for example: procurement officer</source>
        <translation>piemēram: iepirkumu speciālists</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vārds:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Uzvārds:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganizācija:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Dzimums:</translation>
    </message>
    <message>
        <source>Gender is optional and only counted anonymously.</source>
        <translation>Dzimumu norādīt nav obligāti, un to uzskaita tikai anonīmi.</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Loma:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pasts:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Tālrunis:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Piezīmes:</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>Pie&amp;krišana</translation>
    </message>
    <message>
        <source>Po&amp;wer and interest</source>
        <translation>&amp;Ietekme un interese</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>Eksp&amp;ortēt personas datus…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Dzēst šo personu…</translation>
    </message>
    <message>
        <source>Write everything lagdesk holds about this person (JSON and HTML)</source>
        <translation>Ierakstīt visu, ko lagdesk glabā par šo personu (JSON un HTML)</translation>
    </message>
    <message>
        <source>Remove the person for good, keeping only anonymous counts</source>
        <translation>Neatgriezeniski dzēst personu, saglabājot tikai anonīmus skaitļus</translation>
    </message>
    <message>
        <source>Give both power and interest, or neither.</source>
        <translation>Norādiet gan ietekmi, gan interesi vai nevienu no tām.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>tasks</source>
        <translation>uzdevumi</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>rīcības</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>riski</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>rādītāji</translation>
    </message>
    <message>
        <source>export or erase what lagdesk holds about one person</source>
        <translation>eksportēt vai dzēst to, ko lagdesk glabā par vienu personu</translation>
    </message>
    <message>
        <source>the person&apos;s id or e-mail</source>
        <translation>personas id vai e-pasts</translation>
    </message>
    <message>
        <source>write everything held about the person to FILE.json and FILE.html</source>
        <translation>ierakstīt visu par personu glabāto failos FILE.json un FILE.html</translation>
    </message>
    <message>
        <source>erase the person, keeping their attendance as anonymous counts</source>
        <translation>dzēst personu, saglabājot tās apmeklējumu kā anonīmus skaitļus</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>neprasīt apstiprinājumu</translation>
    </message>
    <message>
        <source>Personal data of {name} written to:</source>
        <translation>{name} personas dati ierakstīti:</translation>
    </message>
    <message>
        <source>Erasing {name} cannot be undone and there is no terminal to confirm it on: add --yes to erase without asking.</source>
        <translation>{name} dzēšanu nevar atsaukt, un nav termināļa, kurā to apstiprināt: pievienojiet --yes, lai dzēstu bez jautāšanas.</translation>
    </message>
    <message>
        <source>Erase {name} (id {id}) from {path}? This cannot be undone. Type yes to confirm: </source>
        <translation>Dzēst {name} (id {id}) no {path}? To nevar atsaukt. Lai apstiprinātu, ierakstiet jā: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Nekas netika dzēsts.</translation>
    </message>
    <message>
        <source>Erased {name}. Meetings kept as anonymous counts: {meetings}. Removed: group memberships {memberships}, power/interest assessments {assessments}, consent records {consents}, attendance records {attendance}.</source>
        <translation>{name} dzēsts. Sanāksmes, kas saglabātas kā anonīmi skaitļi: {meetings}. Noņemts: dalība grupās {memberships}, ietekmes un intereses novērtējumi {assessments}, piekrišanu ieraksti {consents}, apmeklējuma ieraksti {attendance}.</translation>
    </message>
    <message>
        <source>Photos showing them, deleted: {photos}.</source>
        <translation>Dzēstās fotogrāfijas, kurās persona redzama: {photos}.</translation>
    </message>
    <message>
        <source>Kept without an owner or person responsible: {records}.</source>
        <translation>Saglabāti bez atbildīgās personas: {records}.</translation>
    </message>
    <message>
        <source>Free text still names them; edit it where it should not:</source>
        <translation>Brīvajā tekstā persona joprojām minēta; izlabojiet to, kur tai nevajadzētu būt:</translation>
    </message>
    <message>
        <source>{table}.{column}, record {id}</source>
        <translation>{table}.{column}, ieraksts {id}</translation>
    </message>
    <message>
        <source>Warning: another program was using {path}, so old copies of the erased data may remain in unused parts of the file. Close every program using it and compact the file before sharing or backing it up.</source>
        <translation>Brīdinājums: {path} izmantoja cita programma, tāpēc faila neizmantotajās daļās var būt palikušas vecas dzēsto datu kopijas. Pirms kopīgošanas vai rezerves kopijas veidošanas aizveriet visas programmas, kas to izmanto, un saspiediet failu.</translation>
    </message>
    <message>
        <source>No person with the id or e-mail {key}. They may have been erased already.</source>
        <translation>Nav personas ar id vai e-pastu {key}. Iespējams, tā jau ir dzēsta.</translation>
    </message>
    <message>
        <source>Several people have the e-mail {email} (ids {ids}); give the id instead.</source>
        <translation>E-pasts {email} ir vairākām personām (id {ids}); norādiet id.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Group memberships</source>
        <translation>Dalība grupās</translation>
    </message>
    <message>
        <source>Power and interest assessments</source>
        <translation>Ietekmes un intereses novērtējumi</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Piekrišanu ieraksti</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sanāksmes</translation>
    </message>
    <message>
        <source>Tasks they own</source>
        <translation>Uzdevumi, par kuriem atbild</translation>
    </message>
    <message>
        <source>Risks they own</source>
        <translation>Riski, par kuriem atbild</translation>
    </message>
    <message>
        <source>Actions they are responsible for</source>
        <translation>Rīcības, par kurām atbild</translation>
    </message>
    <message>
        <source>Indicators they own</source>
        <translation>Rādītāji, par kuriem atbild</translation>
    </message>
    <message>
        <source>Free text that names them</source>
        <translation>Brīvais teksts, kurā persona minēta</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Dzimums</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Reģistrēts</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Pēdējās izmaiņas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektors</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Kind of group</source>
        <translation>Grupas veids</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Pievienojās</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izstājās</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Ietekme</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interese</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Sniegta</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pierādījums</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Atsaukta</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sanāksme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Neuzaicināts</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Izpildīts</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Izpildes datums</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabula</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Ieraksta id</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>Personal data held about {name}</source>
        <translation>Par {name} glabātie personas dati</translation>
    </message>
    <message>
        <source>Exported from lagdesk on {date}.</source>
        <translation>Eksportēts no lagdesk {date}.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nekas nav reģistrēts.</translation>
    </message>
    <message>
        <source>{path}: the folder does not exist.</source>
        <translation>{path}: mape nepastāv.</translation>
    </message>
    <message>
        <source>{path}: choose a file name ending in .json.</source>
        <translation>{path}: izvēlieties faila nosaukumu, kas beidzas ar .json.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {detail}</source>
        <translation>{path} nevar ierakstīt: {detail}</translation>
    </message>
    <message>
        <source>The person could not be erased: {detail}</source>
        <translation>Personu neizdevās dzēst: {detail}</translation>
    </message>
</context>
<context>
    <name>PhotoPeopleDialog</name>
    <message>
        <source>People in this photo</source>
        <translation>Personas šajā fotogrāfijā</translation>
    </message>
    <message>
        <source>Type a name or an organisation</source>
        <translation>Ierakstiet vārdu vai organizāciju</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Meklēt:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <source>{person} · attended</source>
        <translation>{person} · piedalījās</translation>
    </message>
    <message>
        <source>Erasing a person&apos;s data also deletes the photos they are marked in here.</source>
        <translation>Dzēšot personas datus, tiek dzēstas arī fotogrāfijas, kurās tā šeit atzīmēta.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Integrated Action Plan of {city}</source>
        <translation>{city} integrētais rīcības plāns</translation>
    </message>
    <message>
        <source>Integrated Action Plan ({network})</source>
        <translation>Integrētais rīcības plāns ({network})</translation>
    </message>
    <message>
        <source>Integrated Action Plan</source>
        <translation>Integrētais rīcības plāns</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>mērķis</translation>
    </message>
    <message>
        <source>action</source>
        <translation>rīcība</translation>
    </message>
    <message>
        <source>The tag “{tag}” is longer than {limit} characters.</source>
        <translation>Birka “{tag}” ir garāka par {limit} rakstzīmēm.</translation>
    </message>
    <message>
        <source>milestone {field}</source>
        <translation>starpposma mērķis: {field}</translation>
    </message>
    <message>
        <source>funding {field}</source>
        <translation>finansējums: {field}</translation>
    </message>
    <message>
        <source>Milestone “{title}” is due outside the action&apos;s start and end.</source>
        <translation>Starpposma mērķa “{title}” termiņš ir ārpus rīcības sākuma un beigu datuma.</translation>
    </message>
    <message>
        <source>The funding lines add up to {funded}, more than the estimated cost of {cost}.</source>
        <translation>Finansējuma pozīciju kopsumma ir {funded}, kas pārsniedz plānotās izmaksas {cost}.</translation>
    </message>
    <message>
        <source>funding line</source>
        <translation>finansējuma pozīcija</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risks</translation>
    </message>
    <message>
        <source>Objective {code} “{title}” cannot be deleted while actions belong to it or to its specific objectives (actions: {count}). Move them to another objective or delete them first.</source>
        <translation>Mērķi {code} “{title}” nevar dzēst, kamēr tam vai tā specifiskajiem mērķiem ir piesaistītas rīcības (rīcību skaits: {count}). Vispirms pārvietojiet tās uz citu mērķi vai izdzēsiet.</translation>
    </message>
    <message>
        <source>Nothing can go under specific objective {code}: objectives go two levels deep (strategic &gt; specific). Choose a strategic objective.</source>
        <translation>Specifiskajam mērķim {code} nevar pakārtot neko: mērķiem ir tikai divi līmeņi (stratēģiskais &gt; specifiskais). Izvēlieties stratēģisko mērķi.</translation>
    </message>
    <message>
        <source>An objective cannot go under itself.</source>
        <translation>Mērķi nevar pakārtot pašam sev.</translation>
    </message>
    <message>
        <source>Strategic objective {code} has specific objectives, so it cannot go under another objective: objectives go two levels deep (strategic &gt; specific).</source>
        <translation>Stratēģiskajam mērķim {code} ir specifiskie mērķi, tāpēc to nevar pakārtot citam mērķim: mērķiem ir tikai divi līmeņi (stratēģiskais &gt; specifiskais).</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beigas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Izmaksas</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Nodrošināts</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Iztrūkums</translation>
    </message>
</context>
<context>
    <name>PlanColumns</name>
    <message>
        <source>Actions</source>
        <translation>Rīcības</translation>
    </message>
    <message>
        <source>Objective code</source>
        <translation>Mērķa kods</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Rīcības kods</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Vadošā organizācija</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partnerorganizācijas</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Atbildīgā persona</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beigas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>Progress %</translation>
    </message>
    <message>
        <source>Estimated cost (EUR)</source>
        <translation>Plānotās izmaksas (EUR)</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Sagaidāmais rezultāts</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Iznākumi</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
    <message>
        <source>Gender dimension</source>
        <translation>Dzimumu līdztiesības dimensija</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansējums</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Summa (EUR)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Rādītāji</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Rādītāja kods</translation>
    </message>
    <message>
        <source>EU code</source>
        <translation>ES kods</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definīcija</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Līmenis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mērvienība</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Vēlamais virziens</translation>
    </message>
    <message>
        <source>Accumulation</source>
        <translation>Uzkrāšana</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Bāzes vērtība</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Bāzes vērtības datums</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Mērķa vērtība</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Mērķa vērtības datums</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datu avots</translation>
    </message>
    <message>
        <source>Collection method</source>
        <translation>Vākšanas metode</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Biežums</translation>
    </message>
    <message>
        <source>Disaggregation</source>
        <translation>Sadalījums</translation>
    </message>
    <message>
        <source>Linked objective codes</source>
        <translation>Saistīto mērķu kodi</translation>
    </message>
    <message>
        <source>Linked action codes</source>
        <translation>Saistīto rīcību kodi</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mērījumi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Value women</source>
        <translation>Vērtība sievietēm</translation>
    </message>
    <message>
        <source>Value men</source>
        <translation>Vērtība vīriešiem</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Avota piezīme</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Ievadīja</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>Risk code</source>
        <translation>Riska kods</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>Varbūtība (1-5)</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>Ietekme (1-5)</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mazināšanas pasākumi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atbildīgais</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>{file}: the export is an Excel workbook; name it .xlsx.</source>
        <translation>{file}: eksports ir Excel darbgrāmata; faila nosaukumam jābeidzas ar .xlsx.</translation>
    </message>
    <message>
        <source>{file} exists already; choose another name or replace it.</source>
        <translation>{file} jau pastāv; izvēlieties citu nosaukumu vai aizstājiet to.</translation>
    </message>
    <message>
        <source>{folder}: the folder does not exist.</source>
        <translation>{folder}: mape nepastāv.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>{file} nevar ierakstīt: {reason}.</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>actions, funding, indicators, measurements and risks to an .xlsx file</source>
        <translation>rīcības, finansējums, rādītāji, mērījumi un riski .xlsx failā</translation>
    </message>
    <message>
        <source>the action plan and indicators from an exported .xlsx file</source>
        <translation>rīcības plāns un rādītāji no eksportēta .xlsx faila</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>pārbaudīt un ziņot, neko neierakstīt</translation>
    </message>
    <message>
        <source>indicator measurements from an .xlsx or .csv file</source>
        <translation>rādītāju mērījumi no .xlsx vai .csv faila</translation>
    </message>
    <message>
        <source>text encoding of a CSV file</source>
        <translation>CSV faila teksta kodējums</translation>
    </message>
    <message>
        <source>sheet of a workbook to read</source>
        <translation>lasāmā darbgrāmatas lapa</translation>
    </message>
    <message>
        <source>{actions} actions, {funding} funding lines, {indicators} indicators, {measurements} measurements and {risks} risks written to {path}.</source>
        <translation>Failā {path} ierakstīts: rīcības – {actions}, finansējuma pozīcijas – {funding}, rādītāji – {indicators}, mērījumi – {measurements}, riski – {risks}.</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows; new {creates}, skipped {skipped}, invalid {invalid}.</source>
        <translation>{sheet}: rindas – {rows}; jaunas {creates}, izlaistas {skipped}, nederīgas {invalid}.</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows; new {creates}, changed {updates}, unchanged {unchanged}, removed {deletes}, invalid {invalid}.</source>
        <translation>{sheet}: rindas – {rows}; jaunas {creates}, mainītas {updates}, bez izmaiņām {unchanged}, noņemtas {deletes}, nederīgas {invalid}.</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows; new {creates}, changed {updates}, unchanged {unchanged}, invalid {invalid}.</source>
        <translation>{sheet}: rindas – {rows}; jaunas {creates}, mainītas {updates}, bez izmaiņām {unchanged}, nederīgas {invalid}.</translation>
    </message>
    <message>
        <source>{sheet}: columns ignored: {columns}.</source>
        <translation>{sheet}: ignorētās kolonnas: {columns}.</translation>
    </message>
    <message>
        <source>{field}: “{old}” -&gt; “{new}”</source>
        <translation>{field}: „{old}” -&gt; „{new}”</translation>
    </message>
    <message>
        <source>  {sheet}, row {row} ({code}): {fields}</source>
        <translation>  {sheet}, {row}. rinda ({code}): {fields}</translation>
    </message>
    <message>
        <source>  {sheet}, row {row} ({code}): new</source>
        <translation>  {sheet}, {row}. rinda ({code}): jauna</translation>
    </message>
    <message>
        <source>  {sheet}, row {row} ({code}): skipped, {reason}</source>
        <translation>  {sheet}, {row}. rinda ({code}): izlaista, {reason}</translation>
    </message>
    <message>
        <source>  {sheet}: removed {line}</source>
        <translation>  {sheet}: noņemts {line}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulēšanas zīme</translation>
    </message>
    <message>
        <source>{file} ({encoding}, separator {separator}): {sheets}.</source>
        <translation>{file} ({encoding}, atdalītājs {separator}): {sheets}.</translation>
    </message>
    <message>
        <source>{file}: {sheets}.</source>
        <translation>{file}: {sheets}.</translation>
    </message>
    <message>
        <source>  ... and {count} more.</source>
        <translation>  ... un vēl {count}.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Piezīme: {warning}</translation>
    </message>
    <message>
        <source>lagdesk: {rows} row(s) refused; nothing was imported. Correct the file and import it again.</source>
        <translation>lagdesk: noraidītas rindas – {rows}; nekas netika importēts. Izlabojiet failu un importējiet to vēlreiz.</translation>
    </message>
    <message>
        <source>Nothing to import: the database already holds what the file says.</source>
        <translation>Nav ko importēt: datubāzē jau ir tas, kas norādīts failā.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Izmēģinājuma palaišana: nekas netika ierakstīts.</translation>
    </message>
    <message>
        <source>The import would create {created}, update {updated} and remove {deleted}.</source>
        <translation>Imports: tiktu izveidoti {created}, atjaunināti {updated}, noņemti {deleted}.</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {deleted} removed.</source>
        <translation>Importēts: izveidoti {created}, atjaunināti {updated}, noņemti {deleted}.</translation>
    </message>
    <message>
        <source>the code {code} is also on row {row} of this sheet.</source>
        <translation>kods {code} ir arī šīs lapas {row}. rindā.</translation>
    </message>
    <message>
        <source>there is no organisation {name} in the stakeholder register; add it there first, or correct the name.</source>
        <translation>ieinteresēto pušu reģistrā nav organizācijas {name}; vispirms pievienojiet to tur vai izlabojiet nosaukumu.</translation>
    </message>
    <message>
        <source>there is no person {name} in the stakeholder register; write their e-mail address or their first and last name as stored.</source>
        <translation>ieinteresēto pušu reģistrā nav personas {name}; ierakstiet tās e-pasta adresi vai vārdu un uzvārdu tieši tā, kā tie saglabāti.</translation>
    </message>
    <message>
        <source>{count} people in the stakeholder register are called {name}; write the e-mail address of the one you mean.</source>
        <translation>ieinteresēto pušu reģistrā ir vairākas personas ar vārdu {name} ({count}); ierakstiet tās personas e-pasta adresi, kuru domājat.</translation>
    </message>
    <message>
        <source>no objective has the code {code}.</source>
        <translation>nav mērķa ar kodu {code}.</translation>
    </message>
    <message>
        <source>{count} objectives have the code {code}; renumber them in lagdesk first.</source>
        <translation>kods {code} ir vairākiem mērķiem ({count}); vispirms pārnumurējiet tos lagdesk.</translation>
    </message>
    <message>
        <source>{count} stored actions have the code {code}; give them different codes in lagdesk first.</source>
        <translation>kods {code} ir vairākām saglabātām rīcībām ({count}); vispirms piešķiriet tām lagdesk atšķirīgus kodus.</translation>
    </message>
    <message>
        <source>no action has the code {code}.</source>
        <translation>nav rīcības ar kodu {code}.</translation>
    </message>
    <message>
        <source>{action}: {source}, {amount} ({status})</source>
        <translation>{action}: {source}, {amount} ({status})</translation>
    </message>
    <message>
        <source>the funding lines of action {code} add up to {total}, more than its estimated cost of {cost}.</source>
        <translation>rīcības {code} finansējuma pozīciju kopsumma ir {total}, kas pārsniedz tās plānotās izmaksas {cost}.</translation>
    </message>
    <message>
        <source>no indicator has the code {code}.</source>
        <translation>nav rādītāja ar kodu {code}.</translation>
    </message>
    <message>
        <source>the date is before the indicator&apos;s baseline date ({baseline}).</source>
        <translation>datums ir pirms rādītāja bāzes vērtības datuma ({baseline}).</translation>
    </message>
    <message>
        <source>women and men add up to {sum}, not to the value {value}.</source>
        <translation>sieviešu un vīriešu vērtību summa ir {sum}, nevis {value}.</translation>
    </message>
    <message>
        <source>the same indicator, date and value are stored already.</source>
        <translation>tas pats rādītājs, datums un vērtība jau ir saglabāti.</translation>
    </message>
    <message>
        <source>it repeats row {row}.</source>
        <translation>tā atkārto {row}. rindu.</translation>
    </message>
    <message>
        <source>a measurement of {value} on this date is stored already; this one is added beside it.</source>
        <translation>šajā datumā jau ir saglabāts mērījums {value}; šis tiek pievienots blakus.</translation>
    </message>
    <message>
        <source>the database has no plan yet; create it in lagdesk first.</source>
        <translation>datubāzē vēl nav plāna; vispirms izveidojiet to lagdesk.</translation>
    </message>
    <message>
        <source>a plan is imported from an Excel workbook (.xlsx) as lagdesk exports it.</source>
        <translation>plānu importē no Excel darbgrāmatas (.xlsx) tādā formā, kādā to eksportē lagdesk.</translation>
    </message>
    <message>
        <source>the workbook has none of the sheets {sheets}; its sheets are: {names}.</source>
        <translation>darbgrāmatā nav nevienas no lapām {sheets}; tās lapas ir: {names}.</translation>
    </message>
    <message>
        <source>the file has no rows.</source>
        <translation>failā nav rindu.</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}</source>
        <translation>{file}, lapa {sheet}</translation>
    </message>
    <message>
        <source>sheet {sheet} has no column “{column}”; its columns are: {columns}.</source>
        <translation>lapā {sheet} nav kolonnas „{column}”; tās kolonnas ir: {columns}.</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit}.</source>
        <translation>teksta garums ir {length} rakstzīmes; atļauts ne vairāk kā {limit}.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} nav skaitlis.</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} nav vesels skaitlis.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{value} nav datums; rakstiet to formātā YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} nav neviena no šīm vērtībām: {choices}.</translation>
    </message>
    <message>
        <source>{item} is {length} characters long; at most {limit}.</source>
        <translation>{item} garums ir {length} rakstzīmes; atļauts ne vairāk kā {limit}.</translation>
    </message>
    <message>
        <source>{file}: the plan was changed (by another import or in the app) after the file was checked; nothing was imported. Check the file again, then import it.</source>
        <translation>{file}: plāns tika mainīts (ar citu importu vai lietotnē) pēc faila pārbaudes; nekas netika importēts. Pārbaudiet failu vēlreiz un tad importējiet to.</translation>
    </message>
    <message>
        <source>This preview is of a plan workbook; apply it as a plan import.</source>
        <translation>Šis priekšskatījums attiecas uz plāna darbgrāmatu; piemērojiet to kā plāna importu.</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Nothing is written until you press Import. Then the whole file is imported in one step, or nothing if something goes wrong. Undo does not take an import back: check the changes above first.</source>
        <translation>Nekas netiek ierakstīts, kamēr nenospiežat “Importēt”. Tad viss fails tiek importēts vienā solī vai, ja kaut kas noiet greizi, netiek importēts nekas. Importu nevar atsaukt: vispirms pārbaudiet iepriekš redzamās izmaiņas.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importēt</translation>
    </message>
    <message>
        <source>Import measurements from {file}</source>
        <translation>Importēt mērījumus no {file}</translation>
    </message>
    <message>
        <source>Import the action plan from {file}</source>
        <translation>Importēt rīcības plānu no {file}</translation>
    </message>
    <message>
        <source>&amp;Changes ({count})</source>
        <translation>I&amp;zmaiņas ({count})</translation>
    </message>
    <message>
        <source>&amp;Problems ({problems}) and notes ({notes})</source>
        <translation>&amp;Problēmas ({problems}) un piezīmes ({notes})</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulēšanas zīme</translation>
    </message>
    <message>
        <source>{file} (text encoding {encoding}, separator {separator}).</source>
        <translation>{file} (teksta kodējums {encoding}, atdalītājs {separator}).</translation>
    </message>
    <message>
        <source>{file}: sheets {sheets}.</source>
        <translation>{file}: lapas {sheets}.</translation>
    </message>
    <message>
        <source>New: {count}</source>
        <translation>Jauni: {count}</translation>
    </message>
    <message>
        <source>changed: {count}</source>
        <translation>mainīti: {count}</translation>
    </message>
    <message>
        <source>unchanged: {count}</source>
        <translation>bez izmaiņām: {count}</translation>
    </message>
    <message>
        <source>funding lines removed: {count}</source>
        <translation>noņemtas finansējuma pozīcijas: {count}</translation>
    </message>
    <message>
        <source>skipped: {count}</source>
        <translation>izlaisti: {count}</translation>
    </message>
    <message>
        <source>{rows} row(s) have problems, listed under Problems. Nothing can be imported until they are corrected: correct the file and import it again.</source>
        <translation>Rindas ar problēmām ({rows}) ir uzskaitītas sadaļā “Problēmas”. Kamēr tās nav izlabotas, neko nevar importēt: izlabojiet failu un importējiet to vēlreiz.</translation>
    </message>
    <message>
        <source>Correct the rows with problems first.</source>
        <translation>Vispirms izlabojiet rindas ar problēmām.</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds what the file says.</source>
        <translation>Nav ko mainīt: datubāzē jau ir tas, kas norādīts failā.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Nav ko importēt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
</context>
<context>
    <name>PlanTotals</name>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Nodrošināts</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Pieprasīts</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Iespējamais</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Izmaksas</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Iztrūkums</translation>
    </message>
    <message>
        <source>Secured share</source>
        <translation>Nodrošinātā daļa</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Viss plāns</translation>
    </message>
</context>
<context>
    <name>PlanTransfer</name>
    <message>
        <source>New</source>
        <translation>Jauns</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Mainīts</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Izlaists</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Noņemts</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Lapa</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rindas</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Bez izmaiņām</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Ar problēmām</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rinda</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Problem or note</source>
        <translation>Problēma vai piezīme</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problēma</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Izmaiņa</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Kas mainās</translation>
    </message>
</context>
<context>
    <name>PlanTransfers</name>
    <message>
        <source>Export the action plan to Excel</source>
        <translation>Eksportēt rīcības plānu uz Excel</translation>
    </message>
    <message>
        <source>action-plan-{date}.xlsx</source>
        <translation>ricibas-plans-{date}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel darbgrāmata (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Ieraksta {file}…</translation>
    </message>
    <message>
        <source>Import the action plan from Excel</source>
        <translation>Importēt rīcības plānu no Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Excel darbgrāmata (*.xlsx);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Nolasa {file}…</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>Importēt mērījumus</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Izklājlapas (*.xlsx *.csv);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Importing {count} rows…</source>
        <translation>Importē rindas ({count})…</translation>
    </message>
    <message>
        <source>{file}: measurements added: {created}, skipped: {skipped}.</source>
        <translation>{file}: pievienoti mērījumi: {created}, izlaisti: {skipped}.</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Rīcības</translation>
    </message>
</context>
<context>
    <name>PlanVersions</name>
    <message>
        <source>Version {name} is approved and cannot be changed. Save a new version instead.</source>
        <translation>Versija {name} ir apstiprināta, un to nevar mainīt. Tā vietā saglabājiet jaunu versiju.</translation>
    </message>
    <message>
        <source>plan version</source>
        <translation>plāna versija</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nosaukums</translation>
    </message>
    <message>
        <source>A version named {name} already exists.</source>
        <translation>Versija ar nosaukumu {name} jau pastāv.</translation>
    </message>
    <message>
        <source>There is no action plan yet, so there is nothing to save.</source>
        <translation>Rīcības plāna vēl nav, tāpēc nav ko saglabāt.</translation>
    </message>
    <message>
        <source>Version {name} is {old}; it cannot become {new}. Allowed next: {allowed}.</source>
        <translation>Versijas {name} statuss ir “{old}”; to nevar mainīt uz “{new}”. Atļautie nākamie statusi: {allowed}.</translation>
    </message>
    <message>
        <source>{name} (draft {number})</source>
        <translation>{name} ({number}. melnraksts)</translation>
    </message>
    <message>
        <source>The saved copy of version {name} cannot be read.</source>
        <translation>Versijas {name} saglabāto kopiju nevar nolasīt.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plāns</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mērķi</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Rīcības</translation>
    </message>
    <message>
        <source>Action milestones</source>
        <translation>Rīcību starpposma mērķi</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Finansējuma pozīcijas</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Rādītāji</translation>
    </message>
    <message>
        <source>Indicator milestones</source>
        <translation>Rādītāju starpposma mērķi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <source>title</source>
        <translation>nosaukums</translation>
    </message>
    <message>
        <source>city</source>
        <translation>pilsēta</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>vīzija</translation>
    </message>
    <message>
        <source>context</source>
        <translation>konteksts</translation>
    </message>
    <message>
        <source>problem analysis</source>
        <translation>problēmu analīze</translation>
    </message>
    <message>
        <source>transnational learning</source>
        <translation>starptautiskā pieredzes apmaiņa</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kods</translation>
    </message>
    <message>
        <source>level</source>
        <translation>līmenis</translation>
    </message>
    <message>
        <source>parent objective</source>
        <translation>augstāka līmeņa mērķis</translation>
    </message>
    <message>
        <source>description</source>
        <translation>apraksts</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>mērķis</translation>
    </message>
    <message>
        <source>type</source>
        <translation>veids</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>vadošā organizācija</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partneri</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>atbildīgā persona</translation>
    </message>
    <message>
        <source>start</source>
        <translation>sākums</translation>
    </message>
    <message>
        <source>end</source>
        <translation>beigas</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statuss</translation>
    </message>
    <message>
        <source>progress %</source>
        <translation>progress %</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>izmaksas</translation>
    </message>
    <message>
        <source>expected result</source>
        <translation>sagaidāmais rezultāts</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>iznākumi</translation>
    </message>
    <message>
        <source>gender dimension</source>
        <translation>dzimumu līdztiesības dimensija</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>birkas</translation>
    </message>
    <message>
        <source>source decision</source>
        <translation>avota lēmums</translation>
    </message>
    <message>
        <source>due</source>
        <translation>termiņš</translation>
    </message>
    <message>
        <source>done</source>
        <translation>izpildīts</translation>
    </message>
    <message>
        <source>source</source>
        <translation>avots</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>summa</translation>
    </message>
    <message>
        <source>note</source>
        <translation>piezīme</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategorija</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>varbūtība</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>ietekme</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>mazināšanas pasākumi</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>atbildīgais</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>rīcības</translation>
    </message>
    <message>
        <source>EU code</source>
        <translation>ES kods</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definīcija</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>mērvienība</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>vēlamais virziens</translation>
    </message>
    <message>
        <source>accumulation</source>
        <translation>uzkrāšana</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>bāzes vērtība</translation>
    </message>
    <message>
        <source>baseline date</source>
        <translation>bāzes vērtības datums</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mērķa vērtība</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>mērķa vērtības datums</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>datu avots</translation>
    </message>
    <message>
        <source>collection method</source>
        <translation>vākšanas metode</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>biežums</translation>
    </message>
    <message>
        <source>disaggregation</source>
        <translation>sadalījums</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>mērķi</translation>
    </message>
    <message>
        <source>value</source>
        <translation>vērtība</translation>
    </message>
    <message>
        <source>Objective {code} “{title}”</source>
        <translation>Mērķis {code} „{title}”</translation>
    </message>
    <message>
        <source>Action {code} “{title}”</source>
        <translation>Rīcība {code} „{title}”</translation>
    </message>
    <message>
        <source>Milestone “{title}” of action {code}</source>
        <translation>Rīcības {code} starpposma mērķis „{title}”</translation>
    </message>
    <message>
        <source>Funding line {source} of action {code}</source>
        <translation>Rīcības {code} finansējuma pozīcija {source}</translation>
    </message>
    <message>
        <source>Risk “{title}”</source>
        <translation>Risks „{title}”</translation>
    </message>
    <message>
        <source>Risk {code} “{title}”</source>
        <translation>Risks {code} „{title}”</translation>
    </message>
    <message>
        <source>Indicator {code} “{name}”</source>
        <translation>Rādītājs {code} „{name}”</translation>
    </message>
    <message>
        <source>Milestone {date} of indicator {code}</source>
        <translation>Rādītāja {code} starpposma mērķis {date}</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>rādītājs</translation>
    </message>
    <message>
        <source>action</source>
        <translation>rīcība</translation>
    </message>
    <message>
        <source>{item}: {field} set to {new}</source>
        <translation>{item}: {field} iestatīts uz {new}</translation>
    </message>
    <message>
        <source>{item}: {field} cleared (was {old})</source>
        <translation>{item}: {field} notīrīts (bija {old})</translation>
    </message>
    <message>
        <source>{item}: {field} {old} -&gt; {new}</source>
        <translation>{item}: {field} {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Added: {item}</source>
        <translation>Pievienots: {item}</translation>
    </message>
    <message>
        <source>Removed: {item}</source>
        <translation>Noņemts: {item}</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Other</source>
        <translation>Cita programma</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Select an indicator to see its progress.</source>
        <translation>Atlasiet rādītāju, lai redzētu tā progresu.</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Progresa diagramma</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Atc&amp;elt atsaukšanu</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Izgriez&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Ielīmēt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Atlasīt visu</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Rādīt sīkāku informāciju...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Slēpt sīkāku informāciju...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Labi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Saglabāt visu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jā</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Jā &amp;visiem</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nē</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nē v&amp;isiem</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Pārtraukt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Mēģināt vēlreiz</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorēt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Nesaglabāt</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Palīdzība</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Lietot</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atiestatīt</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Atjaunot noklusējumus</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Atc&amp;elt atsaukšanu</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Izgriez&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopēt &amp;saites adresi</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Ielīmēt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Atlasīt visu</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{path} is not a lagdesk file (no SQLite header), so nothing can be recovered from it.</source>
        <translation>{path} nav lagdesk fails (nav SQLite galvenes), tāpēc no tā neko nevar izglābt.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>{path} nevar nolasīt: {detail}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{path}: cannot write the PDF.</source>
        <translation>{path}: PDF nevar ierakstīt.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Ieinteresētās puses</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Group type</source>
        <translation>Grupas veids</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Daļa no</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektors</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Pievienojās</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izstājās</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupas</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>Sanāksmes ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beigas</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Laika josla</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Tiešsaistes saite</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uzaicināti</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Klātesoši</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Lēmumi</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Neizpildītie uzdevumi</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sanāksmes</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Sanāksmes datums</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Dzimums</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Neuzaicināts</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonīmi</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sanāksme</translation>
    </message>
    <message>
        <source>Decision No.</source>
        <translation>Lēmuma Nr.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Lēmums</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Rīcības</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uzdevums</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atbildīgais</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Izpildīts</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Izpildes datums</translation>
    </message>
    <message>
        <source>Decisions and tasks</source>
        <translation>Lēmumi un uzdevumi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Līmenis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mērķi</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Rādītāja kods</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mērvienība</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Bāzes vērtība</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mērķa vērtība</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Pārskata datums</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Pašreizējā vērtība</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Sagaidāmais progress</translation>
    </message>
    <message>
        <source>Measurements used</source>
        <translation>Izmantotie mērījumi</translation>
    </message>
    <message>
        <source>Latest measurement</source>
        <translation>Pēdējais mērījums</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Tīkls</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plāns</translation>
    </message>
    <message>
        <source>People in the register</source>
        <translation>Personas reģistrā</translation>
    </message>
    <message>
        <source>Local group members</source>
        <translation>Vietējās grupas dalībnieki</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Notikušās sanāksmes</translation>
    </message>
    <message>
        <source>Attendances at meetings held</source>
        <translation>Apmeklējumi notikušajās sanāksmēs</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Plānotās izmaksas</translation>
    </message>
    <message>
        <source>Secured funding</source>
        <translation>Nodrošinātais finansējums</translation>
    </message>
    <message>
        <source>Funding gap</source>
        <translation>Finansējuma iztrūkums</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Rādītāji</translation>
    </message>
    <message>
        <source>Indicators: {status}</source>
        <translation>Rādītāji: {status}</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>Personal names</source>
        <translation>Personu vārdi</translation>
    </message>
    <message>
        <source>Replaced by pseudonyms (P-0001 ...)</source>
        <translation>Aizstāti ar pseidonīmiem (P-0001 ...)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Pozīcija</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kopsavilkums</translation>
    </message>
    <message>
        <source>{file}: the report is an Excel workbook; name it .xlsx.</source>
        <translation>{file}: pārskats ir Excel darbgrāmata; faila nosaukumam jābeidzas ar .xlsx.</translation>
    </message>
    <message>
        <source>{folder}: the folder does not exist.</source>
        <translation>{folder}: mape nepastāv.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>{file} nevar ierakstīt: {reason}.</translation>
    </message>
</context>
<context>
    <name>ReportJobs</name>
    <message>
        <source>Reading the plan…</source>
        <translation>Nolasa plānu…</translation>
    </message>
    <message>
        <source>Building the chapters and charts…</source>
        <translation>Veido nodaļas un diagrammas…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Izkārto lappuses…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Zīmē diagrammas…</translation>
    </message>
    <message numerus="yes">
        <source>The first %n of {pages} pages, as in the PDF.</source>
        <translation>
            <numerusform>Pirmā %n lappuse no {pages}, kā PDF failā.</numerusform>
            <numerusform>Pirmās %n lappuses no {pages}, kā PDF failā.</numerusform>
            <numerusform>Pirmās %n lappuses no {pages}, kā PDF failā.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole document: %n pages, as in the PDF.</source>
        <translation>
            <numerusform>Viss dokuments: %n lappuse, kā PDF failā.</numerusform>
            <numerusform>Viss dokuments: %n lappuses, kā PDF failā.</numerusform>
            <numerusform>Viss dokuments: %n lappušu, kā PDF failā.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n of {charts} charts. The export writes every chart, one file each.</source>
        <translation>
            <numerusform>Pirmā %n no {charts} diagrammām. Eksportējot tiek ierakstītas visas diagrammas, katra savā failā.</numerusform>
            <numerusform>Pirmās %n no {charts} diagrammām. Eksportējot tiek ierakstītas visas diagrammas, katra savā failā.</numerusform>
            <numerusform>Pirmās %n no {charts} diagrammām. Eksportējot tiek ierakstītas visas diagrammas, katra savā failā.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n charts. The export writes each to a file of its own.</source>
        <translation>
            <numerusform>%n diagramma. Eksportējot tā tiek ierakstīta atsevišķā failā.</numerusform>
            <numerusform>Visas %n diagrammas. Eksportējot katra tiek ierakstīta savā failā.</numerusform>
            <numerusform>Visas diagrammas: %n. Eksportējot katra tiek ierakstīta savā failā.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Skaita…</translation>
    </message>
    <message>
        <source>The Summary sheet. The workbook also has a sheet each for stakeholders, groups, meetings, attendance, decisions and tasks, objectives, actions, funding, risks, indicators, measurements and progress.</source>
        <translation>Lapa “Kopsavilkums”. Darbgrāmatā ir arī atsevišķa lapa katrai no šīm tēmām: ieinteresētās puses, grupas, sanāksmes, apmeklējums, lēmumi un uzdevumi, mērķi, rīcības, finansējums, riski, rādītāji, mērījumi un progress.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Ieraksta {file}…</translation>
    </message>
    <message>
        <source>The Integrated Action Plan was written to {path} ({pages} pages).</source>
        <translation>Integrētais rīcības plāns ierakstīts failā {path} (lappuses: {pages}).</translation>
    </message>
    <message>
        <source>The Integrated Action Plan was written to {path}.</source>
        <translation>Integrētais rīcības plāns ierakstīts failā {path}.</translation>
    </message>
    <message>
        <source>Writing the sheets…</source>
        <translation>Ieraksta lapas…</translation>
    </message>
    <message>
        <source>The Excel report was written to {path}: {sheets} sheets, {rows} rows.</source>
        <translation>Excel pārskats ierakstīts failā {path}: lapas – {sheets}, rindas – {rows}.</translation>
    </message>
    <message>
        <source>{count} charts were written to {path}.</source>
        <translation>Diagrammas ierakstītas mapē {path}: {count}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Choose a report and its options, look at the preview, then export it. The file is written whole or not at all.</source>
        <translation>Izvēlieties pārskatu un tā opcijas, apskatiet priekšskatījumu un pēc tam eksportējiet pārskatu. Fails tiek ierakstīts pilnībā vai netiek ierakstīts vispār.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Pārskats</translation>
    </message>
    <message>
        <source>The plan document: Word, PDF or web page.</source>
        <translation>Plāna dokuments: Word, PDF vai tīmekļa lapa.</translation>
    </message>
    <message>
        <source>Every register on its own sheet, for the council or an audit.</source>
        <translation>Katrs reģistrs savā lapā – domei vai revīzijai.</translation>
    </message>
    <message>
        <source>&amp;Integrated Action Plan</source>
        <translation>In&amp;tegrētais rīcības plāns</translation>
    </message>
    <message>
        <source>E&amp;xcel report</source>
        <translation>E&amp;xcel pārskats</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Dia&amp;grammas</translation>
    </message>
    <message>
        <source>Every chart as a picture, one file each, for slides.</source>
        <translation>Katra diagramma kā attēls atsevišķā failā – prezentāciju slaidiem.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opcijas</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formāts:</translation>
    </message>
    <message>
        <source>Plan &amp;version:</source>
        <translation>Plāna ve&amp;rsija:</translation>
    </message>
    <message>
        <source>Progress and statuses are worked out on this date.</source>
        <translation>Progress un statusi tiek aprēķināti uz šo datumu.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stāvoklis uz:</translation>
    </message>
    <message>
        <source>Include the &amp;names of local group members</source>
        <translation>&amp;Iekļaut vietējās grupas dalībnieku vārdus</translation>
    </message>
    <message>
        <source>Without this, members are listed by organisation and role only.</source>
        <translation>Citādi dalībnieki tiek norādīti tikai ar organizāciju un lomu.</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise personal data</source>
        <translation>Pseidonimizēt personas &amp;datus</translation>
    </message>
    <message>
        <source>Names become stable pseudonyms (P-0001 …) and contacts are left out, for sharing outside the city.</source>
        <translation>Vārdi tiek aizstāti ar nemainīgiem pseidonīmiem (P-0001 …), un kontaktinformācija netiek iekļauta, lai pārskatu varētu kopīgot ārpus pašvaldības.</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Priekšskatīt</translation>
    </message>
    <message>
        <source>Show what the report will look like (F5)</source>
        <translation>Parādīt, kā izskatīsies pārskats (F5)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportēt…</translation>
    </message>
    <message>
        <source>Write the report to a file (Ctrl+E)</source>
        <translation>Ierakstīt pārskatu failā (Ctrl+E)</translation>
    </message>
    <message>
        <source>Press Preview (F5) to see the report before you export it.</source>
        <translation>Nospiediet “Priekšskatīt” (F5), lai apskatītu pārskatu pirms eksportēšanas.</translation>
    </message>
    <message>
        <source>The plan as it is now</source>
        <translation>Plāns pašreizējā stāvoklī</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word dokuments (.docx)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Tīmekļa lapa (.html)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel darbgrāmata (.xlsx)</translation>
    </message>
    <message>
        <source>PNG pictures</source>
        <translation>PNG attēli</translation>
    </message>
    <message>
        <source>SVG drawings (scalable)</source>
        <translation>SVG zīmējumi (mērogojami)</translation>
    </message>
    <message>
        <source>PDF files (one per chart)</source>
        <translation>PDF faili (katrai diagrammai savs)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Priekšskatījums</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Sagatavo priekšskatījumu…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Priekšskatījums atcelts.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Pozīcija</translation>
    </message>
    <message>
        <source>Preview {number}</source>
        <translation>Priekšskatījums {number}</translation>
    </message>
    <message>
        <source>Folder for the charts</source>
        <translation>Mape diagrammām</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Eksportēt pārskatu</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksports</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportē…</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Eksportēšana atcelta. Neviens fails netika ierakstīts.</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Pārskats netika ierakstīts</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Atjaunošana no rezerves kopijas</translation>
    </message>
    <message>
        <source>Choose a backup of {name}. The file as it is now is kept beside it, so a restore can be undone by restoring that.</source>
        <translation>Izvēlieties faila {name} rezerves kopiju. Fails pašreizējā stāvoklī tiks saglabāts blakus, tāpēc atjaunošanu var atsaukt, atjaunojot to.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Izveidota</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <source>This backup</source>
        <translation>Šī kopija</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Tagad</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizācijas</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sanāksmes</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Darbības</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Rādītāji</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Šim failam vēl nav rezerves kopiju.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Atjaunot…</translation>
    </message>
    <message>
        <source>Replace {name} with the backup made {when}? The file as it is now will be kept beside it.</source>
        <translation>Aizstāt {name} ar rezerves kopiju, kas izveidota {when}? Fails pašreizējā stāvoklī tiks saglabāts blakus.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atjaunot</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Objectives</source>
        <translation>Mērķi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mērvienība</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Bāzes vērtība</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mērķa vērtība</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Biežums</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Pašreizējā vērtība</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Izcelsme</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotēka</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Savs</translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>Open</source>
        <translation>Atvērts</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Risk {code}</source>
        <translation>Risks {code}</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Jauns risks</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Apraksts:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorija:</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Varbūtība:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Ietekme:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>Likelihood × impact: low up to {low}, medium {medium_from} to {medium}, high from {high}</source>
        <translation>Varbūtība × ietekme: zems līdz {low}, vidējs no {medium_from} līdz {medium}, augsts no {high}</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Vērtējums:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statuss:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(neviens)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>A&amp;tbildīgais:</translation>
    </message>
    <message>
        <source>&amp;Mitigation:</source>
        <translation>&amp;Mazināšanas pasākumi:</translation>
    </message>
    <message>
        <source>{code} {title}</source>
        <translation>{code} {title}</translation>
    </message>
    <message>
        <source>Type part of a code or title</source>
        <translation>Ierakstiet koda vai nosaukuma daļu</translation>
    </message>
    <message>
        <source>&amp;Find action:</source>
        <translation>Mek&amp;lēt rīcību:</translation>
    </message>
    <message>
        <source>Linked &amp;actions (tick with Space):</source>
        <translation>Saistītās &amp;rīcības (atzīmē ar atstarpi):</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message numerus="yes">
        <source>Linked to %n actions</source>
        <translation>
            <numerusform>Saistīts ar %n rīcību</numerusform>
            <numerusform>Saistīts ar %n rīcībām</numerusform>
            <numerusform>Saistīts ar %n rīcībām</numerusform>
        </translation>
    </message>
    <message>
        <source>{score} ({band})</source>
        <translation>{score} ({band})</translation>
    </message>
    <message>
        <source>Risk not saved</source>
        <translation>Risks nav saglabāts</translation>
    </message>
</context>
<context>
    <name>RiskMatrixWidget</name>
    <message>
        <source>Likelihood and impact matrix</source>
        <translation>Varbūtības un ietekmes matrica</translation>
    </message>
    <message>
        <source>Likelihood ↑</source>
        <translation>Varbūtība ↑</translation>
    </message>
    <message>
        <source>From {low} (1) to {high} (5)</source>
        <translation>No {low} (1) līdz {high} (5)</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Ietekme →</translation>
    </message>
    <message>
        <source>Include &amp;closed risks</source>
        <translation>Iekļaut &amp;noslēgtos riskus</translation>
    </message>
    <message>
        <source>Count closed risks too; otherwise only open and mitigated ones</source>
        <translation>Uzskaitīt arī noslēgtos riskus; citādi tikai aktuālos un mazinātos</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>Rādīt &amp;visus</translation>
    </message>
    <message>
        <source>Show every risk in the register again</source>
        <translation>Atkal rādīt visus reģistra riskus</translation>
    </message>
    <message>
        <source>Likelihood × imp&amp;act</source>
        <translation>Varbūtība × ie&amp;tekme</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Varbūtība × ietekme</translation>
    </message>
    <message numerus="yes">
        <source>%n risks counted, closed ones included</source>
        <translation>
            <numerusform>Uzskaitīts %n risks, ieskaitot noslēgtos</numerusform>
            <numerusform>Uzskaitīti %n riski, ieskaitot noslēgtos</numerusform>
            <numerusform>Uzskaitīts %n risku, ieskaitot noslēgtos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open or mitigated risks counted</source>
        <translation>
            <numerusform>Uzskaitīts %n aktuāls vai mazināts risks</numerusform>
            <numerusform>Uzskaitīti %n aktuāli vai mazināti riski</numerusform>
            <numerusform>Uzskaitīts %n aktuālu vai mazinātu risku</numerusform>
        </translation>
    </message>
    <message>
        <source>Register shows likelihood {likelihood} × impact {impact} only.</source>
        <translation>Reģistrā redzami tikai riski ar varbūtību {likelihood} × ietekmi {impact}.</translation>
    </message>
</context>
<context>
    <name>RiskStatus</name>
    <message>
        <source>Open</source>
        <translation>Aktuāls</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Slēgts</translation>
    </message>
</context>
<context>
    <name>Risks</name>
    <message>
        <source>Rare</source>
        <translation>Reti</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Maz ticams</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Iespējams</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Ticams</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Gandrīz drošs</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Nenozīmīga</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Neliela</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mērena</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Būtiska</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Kritiska</translation>
    </message>
    <message>
        <source>low</source>
        <translation>zems</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>vidējs</translation>
    </message>
    <message>
        <source>high</source>
        <translation>augsts</translation>
    </message>
    <message>
        <source>{value} – {word}</source>
        <translation>{value} – {word}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Varbūtība</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Ietekme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atbildīgais</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Rīcības</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mazināšanas pasākumi</translation>
    </message>
    <message>
        <source>Score {score}: {band}</source>
        <translation>Vērtējums {score}: {band}</translation>
    </message>
    <message>
        <source>Impact {value}: {word}</source>
        <translation>Ietekme {value}: {word}</translation>
    </message>
    <message>
        <source>Likelihood {value}: {word}</source>
        <translation>Varbūtība {value}: {word}</translation>
    </message>
    <message>
        <source>Likelihood {likelihood} ({likely}) × impact {impact} ({severe}): {count}</source>
        <translation>Varbūtība {likelihood} ({likely}) × ietekme {impact} ({severe}): {count}</translation>
    </message>
</context>
<context>
    <name>RisksView</name>
    <message>
        <source>All statuses</source>
        <translation>Visi statusi</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Visas kategorijas</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatuss:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Kate&amp;gorija:</translation>
    </message>
    <message>
        <source>&amp;New risk</source>
        <translation>&amp;Jauns risks</translation>
    </message>
    <message>
        <source>Add a risk to the register (Insert)</source>
        <translation>Pievienot risku reģistram (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it risk</source>
        <translation>&amp;Rediģēt risku</translation>
    </message>
    <message>
        <source>Edit the selected risk (Enter)</source>
        <translation>Rediģēt atlasīto risku (Enter)</translation>
    </message>
    <message>
        <source>Delete ris&amp;k</source>
        <translation>Dzēst ris&amp;ku</translation>
    </message>
    <message>
        <source>Delete the selected risk (Del)</source>
        <translation>Dzēst atlasīto risku (Del)</translation>
    </message>
    <message>
        <source>Risk re&amp;gister</source>
        <translation>Risku &amp;reģistrs</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>{total} risks</source>
        <translation>Riski: {total}</translation>
    </message>
    <message>
        <source>{shown} of {total} risks shown</source>
        <translation>Parādīti riski: {shown} no {total}</translation>
    </message>
    <message>
        <source>Add risk {code}</source>
        <translation>Pievienot risku {code}</translation>
    </message>
    <message>
        <source>Edit risk {code}</source>
        <translation>Rediģēt risku {code}</translation>
    </message>
    <message>
        <source>Delete risk {code} “{title}”?</source>
        <translation>Dzēst risku {code} “{title}”?</translation>
    </message>
    <message>
        <source>Delete risk {code} “{title}”? Its links to actions {actions} go with it.</source>
        <translation>Dzēst risku {code} “{title}”? Tiks dzēstas arī tā saites ar rīcībām {actions}.</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Dzēst risku</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Risk not deleted</source>
        <translation>Risks nav izdzēsts</translation>
    </message>
    <message>
        <source>Delete risk {code}</source>
        <translation>Dzēst risku {code}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Rezerves kopijas</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Atvērt mapi</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Glabājas:</translation>
    </message>
    <message>
        <source>Backups of this file:</source>
        <translation>Šī faila rezerves kopijas:</translation>
    </message>
    <message>
        <source>Space they take:</source>
        <translation>Aizņemtā vieta:</translation>
    </message>
    <message>
        <source>A backup is made when the file is first opened each day and when it is closed after changes. Kept: the last {last}, one a day for {days} days, one a week for {weeks} weeks and one a month for {months} months, within {cap} (or {copies} times the file&apos;s size, if more).</source>
        <translation>Rezerves kopija tiek izveidota, kad fails katru dienu tiek atvērts pirmo reizi, un kad tas tiek aizvērts pēc izmaiņām. Tiek glabātas: pēdējās {last}, viena dienā {days} dienas, viena nedēļā {weeks} nedēļas un viena mēnesī {months} mēnešus, ne vairāk kā {cap} (vai {copies} reizes faila izmērs, ja tas ir vairāk).</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Areas</source>
        <translation>Sadaļas</translation>
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
        <translation>sanāksmes reģistrācijas lapa PDF failā</translation>
    </message>
    <message>
        <source>id of the meeting</source>
        <translation>sanāksmes id</translation>
    </message>
    <message>
        <source>Sign-in sheet written to {path}. Invited: {people}. Pages: {pages}.</source>
        <translation>Reģistrācijas lapa ierakstīta failā {path}. Uzaicināti: {people}. Lappuses: {pages}.</translation>
    </message>
    <message>
        <source>There is no meeting with id {meeting}.</source>
        <translation>Nav sanāksmes ar id {meeting}.</translation>
    </message>
    <message>
        <source>Keep this signed list as audit evidence.</source>
        <translation>Glabājiet šo parakstīto sarakstu kā revīzijas pierādījumu.</translation>
    </message>
    <message>
        <source>Keep this signed list as audit evidence until {date}.</source>
        <translation>Glabājiet šo parakstīto sarakstu kā revīzijas pierādījumu līdz {date}.</translation>
    </message>
    <message>
        <source>Sign-in sheet: {title}</source>
        <translation>Reģistrācijas lapa: {title}</translation>
    </message>
    <message>
        <source>Programme logo</source>
        <translation>Programmas logotips</translation>
    </message>
    <message>
        <source>Attendance sign-in sheet</source>
        <translation>Dalībnieku reģistrācijas lapa</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Datums: {date}</translation>
    </message>
    <message>
        <source>Time: {time} ({zone})</source>
        <translation>Laiks: {time} ({zone})</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Vieta: {place}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Paraksts</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{page}. lpp. no {pages}</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Informācija</translation>
    </message>
</context>
<context>
    <name>StakeholderExport</name>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektors</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Apakštips</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizācijas</translation>
    </message>
    <message>
        <source>{file}: the export is an Excel workbook; name it .xlsx.</source>
        <translation>{file}: eksports ir Excel darbgrāmata; faila nosaukumam jābeidzas ar .xlsx.</translation>
    </message>
    <message>
        <source>{file} exists already; choose another name or replace it.</source>
        <translation>{file} jau pastāv; izvēlieties citu nosaukumu vai aizstājiet to.</translation>
    </message>
    <message>
        <source>{folder}: the folder does not exist.</source>
        <translation>{folder}: mape nepastāv.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>{file} nevar ierakstīt: {reason}.</translation>
    </message>
</context>
<context>
    <name>StakeholderList</name>
    <message>
        <source>Name, organisation, e-mail or role</source>
        <translation>Vārds, organizācija, e-pasts vai loma</translation>
    </message>
    <message>
        <source>Name, type, city or e-mail</source>
        <translation>Nosaukums, veids, pilsēta vai e-pasts</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Meklēt:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sek&amp;tors:</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>Jebkurš sektors</translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>Gr&amp;upa:</translation>
    </message>
    <message>
        <source>Mem&amp;bership:</source>
        <translation>Da&amp;lība:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Jebkurš</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Pašreizējie dalībnieki</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Bijušie dalībnieki</translation>
    </message>
    <message>
        <source>Never members</source>
        <translation>Nekad nav bijuši dalībnieki</translation>
    </message>
    <message>
        <source>Membership of the chosen group, or of any group when none is chosen</source>
        <translation>Dalība izvēlētajā grupā vai jebkurā grupā, ja neviena nav izvēlēta</translation>
    </message>
    <message>
        <source>Gende&amp;r:</source>
        <translation>D&amp;zimums:</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Jebkurš dzimums</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Jauna persona…</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Jauna organizācija…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Rediģēt…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizācijas</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Jebkura grupa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
            <numerusform>%Ln personu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organizācija</numerusform>
            <numerusform>%Ln organizācijas</numerusform>
            <numerusform>%Ln organizāciju</numerusform>
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
        <translation>persona</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>dalība</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizācija</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>Personu nevar apvienot pašu ar sevi.</translation>
    </message>
    <message>
        <source>An organisation cannot be merged with itself.</source>
        <translation>Organizāciju nevar apvienot pašu ar sevi.</translation>
    </message>
    <message>
        <source>The merge cannot be undone: {detail}</source>
        <translation>Apvienošanu nevar atsaukt: {detail}</translation>
    </message>
    <message>
        <source>The merge cannot be undone: the kept record was deleted since.</source>
        <translation>Apvienošanu nevar atsaukt: paturētais ieraksts pa to laiku ir izdzēsts.</translation>
    </message>
    <message>
        <source>The merge cannot be undone: id {id} has been given to a new record since.</source>
        <translation>Apvienošanu nevar atsaukt: id {id} pa to laiku ir piešķirts jaunam ierakstam.</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Cieši iesaistīt</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Uzturēt apmierinātību</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Regulāri informēt</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Uzraudzīt</translation>
    </message>
    <message>
        <source>Choose either a person or an organisation.</source>
        <translation>Izvēlieties vai nu personu, vai organizāciju.</translation>
    </message>
    <message>
        <source>consent record</source>
        <translation>piekrišanas ieraksts</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {date}.</source>
        <translation>Šī piekrišana jau tika atsaukta {date}.</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Pievienot grupai</translation>
    </message>
    <message>
        <source>There are no groups yet. Create one on the Groups tab first.</source>
        <translation>Grupu vēl nav. Vispirms izveidojiet grupu cilnē “Grupas”.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n people to {group}</source>
        <translation>
            <numerusform>Pievienot %n personu grupai {group}</numerusform>
            <numerusform>Pievienot %n personas grupai {group}</numerusform>
            <numerusform>Pievienot %n personu grupai {group}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n people to {group}.</source>
        <translation>
            <numerusform>Grupai {group} pievienota %n persona.</numerusform>
            <numerusform>Grupai {group} pievienotas %n personas.</numerusform>
            <numerusform>Grupai {group} pievienots %n personu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were members already.</source>
        <translation>
            <numerusform>%n persona jau bija šajā grupā.</numerusform>
            <numerusform>%n personas jau bija šajā grupā.</numerusform>
            <numerusform>%n personu jau bija šajā grupā.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Novērtēšanas datums</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Ietekme</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interese</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Kvadrants</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Sniegta</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pierādījums</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Atsaukta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Vēl nav saglabāts</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Atsaukta</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Spēkā</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Aktīvie dalībnieki</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektors</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Pievienojās</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izstājās</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Bez organizācijas</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Visi sektori</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} un {last}</translation>
    </message>
    <message numerus="yes">
        <source>attendance at %n meetings</source>
        <translation>
            <numerusform>dalība %n sanāksmē</numerusform>
            <numerusform>dalība %n sanāksmēs</numerusform>
            <numerusform>dalība %n sanāksmēs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group memberships</source>
        <translation>
            <numerusform>dalība %n grupā</numerusform>
            <numerusform>dalība %n grupās</numerusform>
            <numerusform>dalība %n grupās</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent records</source>
        <translation>
            <numerusform>%n piekrišanas ieraksts</numerusform>
            <numerusform>%n piekrišanas ieraksti</numerusform>
            <numerusform>%n piekrišanas ierakstu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n power/interest assessments</source>
        <translation>
            <numerusform>%n ietekmes un intereses novērtējums</numerusform>
            <numerusform>%n ietekmes un intereses novērtējumi</numerusform>
            <numerusform>%n ietekmes un intereses novērtējumu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n uzdevums</numerusform>
            <numerusform>%n uzdevumi</numerusform>
            <numerusform>%n uzdevumu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n rīcība</numerusform>
            <numerusform>%n rīcības</numerusform>
            <numerusform>%n rīcību</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risks</source>
        <translation>
            <numerusform>%n risks</numerusform>
            <numerusform>%n riski</numerusform>
            <numerusform>%n risku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>%n rādītājs</numerusform>
            <numerusform>%n rādītāji</numerusform>
            <numerusform>%n rādītāju</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Dzēst {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people?</source>
        <translation>
            <numerusform>Dzēst %n personu?</numerusform>
            <numerusform>Dzēst šīs %n personas?</numerusform>
            <numerusform>Dzēst %n personu?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their {things} go with them.</source>
        <translation>Kopā ar personu tiks dzēsti arī šie dati: {things}.</translation>
    </message>
    <message>
        <source>Their {things} go with them.</source>
        <comment>several people</comment>
        <translation>Kopā ar personām tiks dzēsti arī šie dati: {things}.</translation>
    </message>
    <message>
        <source>{things} will have no one responsible.</source>
        <translation>Bez atbildīgās personas paliks: {things}.</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>To var atsaukt ar Rediģēt &gt; Atsaukt.</translation>
    </message>
    <message>
        <source>Delete the organisation {name}?</source>
        <translation>Dzēst organizāciju {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n organisations?</source>
        <translation>
            <numerusform>Dzēst %n organizāciju?</numerusform>
            <numerusform>Dzēst šīs %n organizācijas?</numerusform>
            <numerusform>Dzēst %n organizāciju?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people who work there stay, without an organisation.</source>
        <translation>
            <numerusform>%n tajā strādājošā persona paliek reģistrā bez organizācijas.</numerusform>
            <numerusform>%n tajā strādājošās personas paliek reģistrā bez organizācijas.</numerusform>
            <numerusform>%n tajā strādājošo personu paliek reģistrā bez organizācijas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its {things} go with it.</source>
        <translation>Kopā ar to tiks dzēsti arī šie dati: {things}.</translation>
    </message>
    <message numerus="yes">
        <source>%n actions will have no lead organisation.</source>
        <translation>
            <numerusform>%n rīcībai vairs nebūs vadošās organizācijas.</numerusform>
            <numerusform>%n rīcībām vairs nebūs vadošās organizācijas.</numerusform>
            <numerusform>%n rīcībām vairs nebūs vadošās organizācijas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
            <numerusform>%n personu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lead of %n actions</source>
        <translation>
            <numerusform>vadošā loma %n rīcībā</numerusform>
            <numerusform>vadošā loma %n rīcībās</numerusform>
            <numerusform>vadošā loma %n rīcībās</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action partnerships</source>
        <translation>
            <numerusform>dalība %n rīcībā kā partnerim</numerusform>
            <numerusform>dalība %n rīcībās kā partnerim</numerusform>
            <numerusform>dalība %n rīcībās kā partnerim</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the group {name}?</source>
        <translation>Dzēst grupu {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n memberships go with it.</source>
        <translation>
            <numerusform>Kopā ar to tiks dzēsts %n dalības ieraksts.</numerusform>
            <numerusform>Kopā ar to tiks dzēsti %n dalības ieraksti.</numerusform>
            <numerusform>Kopā ar to tiks dzēsts %n dalības ierakstu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its invitations to %n meetings go with it.</source>
        <translation>
            <numerusform>Kopā ar to tiks dzēsts ielūgums uz %n sanāksmi.</numerusform>
            <numerusform>Kopā ar to tiks dzēsti ielūgumi uz %n sanāksmēm.</numerusform>
            <numerusform>Kopā ar to tiks dzēsti ielūgumi uz %n sanāksmēm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n subgroups become top-level groups.</source>
        <translation>
            <numerusform>Tās %n apakšgrupa kļūs par augstākā līmeņa grupu.</numerusform>
            <numerusform>Tās %n apakšgrupas kļūs par augstākā līmeņa grupām.</numerusform>
            <numerusform>Tās %n apakšgrupu kļūs par augstākā līmeņa grupām.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else refers to it.</source>
        <translation>Nekas cits uz to neatsaucas.</translation>
    </message>
    <message>
        <source>Moves to the record you keep: {things}.</source>
        <translation>Uz paturēto ierakstu tiek pārcelts: {things}.</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Izlaist šo rindu</translation>
    </message>
    <message>
        <source>Update the person</source>
        <translation>Atjaunināt personu</translation>
    </message>
    <message>
        <source>Add as another person</source>
        <translation>Pievienot kā citu personu</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Ir problēmas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Jauns</translation>
    </message>
    <message>
        <source>Already in the register</source>
        <translation>Jau ir reģistrā</translation>
    </message>
    <message>
        <source>Repeats an earlier row</source>
        <translation>Atkārto iepriekšēju rindu</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rinda</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problēma</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation>Iemesls / izmaiņas</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Merge {dropped} into {kept}</source>
        <translation>Apvienot {dropped} ar {kept}</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(bez organizācijas)</translation>
    </message>
    <message>
        <source>type to find an organisation</source>
        <translation>rakstiet, lai atrastu organizāciju</translation>
    </message>
    <message>
        <source>No organisation is called {name}. Choose one from the list, or add it on the Organisations tab first.</source>
        <translation>Nav organizācijas ar nosaukumu {name}. Izvēlieties to no saraksta vai vispirms pievienojiet cilnē “Organizācijas”.</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>&amp;Add to group…</source>
        <translation>Pie&amp;vienot grupai…</translation>
    </message>
    <message>
        <source>Add the selected people to a group</source>
        <translation>Pievienot atlasītās personas grupai</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Apvienot…</translation>
    </message>
    <message>
        <source>Merge two selected duplicates into one</source>
        <translation>Apvienot divus atlasītos dublikātus vienā ierakstā</translation>
    </message>
    <message>
        <source>Import peop&amp;le…</source>
        <translation>Importēt pe&amp;rsonas…</translation>
    </message>
    <message>
        <source>Add people from an Excel (.xlsx) or CSV file</source>
        <translation>Pievienot personas no Excel (.xlsx) vai CSV faila</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportēt…</translation>
    </message>
    <message>
        <source>Write people and organisations to an Excel workbook</source>
        <translation>Ierakstīt personas un organizācijas Excel darbgrāmatā</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organizācijas</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupas</translation>
    </message>
    <message>
        <source>Po&amp;wer/interest</source>
        <translation>&amp;Ietekme/interese</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Ieinteresētās puses</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediģēt…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Dzēst</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Mērogs:</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Visi mērķi</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>Mē&amp;rķis:</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>Saglabāt &amp;attēlu…</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG, SVG or PDF file</source>
        <translation>Saglabāt laika grafiku PNG, SVG vai PDF failā</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Laika grafiks</translation>
    </message>
    <message>
        <source>Too many actions to name each one: only the objectives are named. Choose an objective to see its actions by name.</source>
        <translation>Rīcību ir pārāk daudz, lai nosauktu katru: nosaukti tikai mērķi. Izvēlieties mērķi, lai redzētu tā rīcību nosaukumus.</translation>
    </message>
    <message>
        <source>Action timeline</source>
        <translation>Rīcību laika grafiks</translation>
    </message>
    <message>
        <source>Double-click an action to open it</source>
        <translation>Veiciet dubultklikšķi uz rīcības, lai to atvērtu</translation>
    </message>
    <message>
        <source>{dates} · {status} · {progress} % done</source>
        <translation>{dates} · {status} · izpildīts {progress} %</translation>
    </message>
    <message>
        <source>◆ {date} {title} (done)</source>
        <translation>◆ {date} {title} (izpildīts)</translation>
    </message>
    <message>
        <source>◇ {date} {title}</source>
        <translation>◇ {date} {title}</translation>
    </message>
    <message>
        <source>Save the timeline</source>
        <translation>Saglabāt laika grafiku</translation>
    </message>
    <message>
        <source>action-timeline-{date}.png</source>
        <translation>ricibu-laika-grafiks-{date}.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG attēls (*.png);;SVG attēls (*.svg);;PDF dokuments (*.pdf)</translation>
    </message>
    <message>
        <source>The image could not be written to {path}: {reason}</source>
        <translation>Attēlu neizdevās ierakstīt failā {path}: {reason}</translation>
    </message>
    <message>
        <source>Timeline saved to {path}</source>
        <translation>Laika grafiks saglabāts: {path}</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <source>Tools used</source>
        <translation>Izmantotie rīki</translation>
    </message>
    <message>
        <source>for example: Lego Serious Play</source>
        <translation>piemēram: Lego Serious Play</translation>
    </message>
    <message>
        <source>Ot&amp;her tool:</source>
        <translation>Ci&amp;ts rīks:</translation>
    </message>
    <message>
        <source>&amp;Add tool</source>
        <translation>&amp;Pievienot rīku</translation>
    </message>
    <message>
        <source>&amp;Tools used</source>
        <translation>&amp;Izmantotie rīki</translation>
    </message>
</context>
<context>
    <name>TotalsView</name>
    <message>
        <source>Funding by source</source>
        <translation>Finansējums pa avotiem</translation>
    </message>
    <message>
        <source>Cost and funding by objective</source>
        <translation>Izmaksas un finansējums pa mērķiem</translation>
    </message>
    <message>
        <source>No funding lines yet: add them in an action&apos;s detail.</source>
        <translation>Finansējuma pozīciju vēl nav: pievienojiet tās rīcības informācijā.</translation>
    </message>
    <message>
        <source>By &amp;source</source>
        <translation>Pa &amp;avotiem</translation>
    </message>
    <message>
        <source>By &amp;objective</source>
        <translation>Pa &amp;mērķiem</translation>
    </message>
    <message>
        <source>Plan totals</source>
        <translation>Plāna kopsummas</translation>
    </message>
    <message>
        <source>Plan totals: cost {cost} · secured {secured} · applied {applied} · potential {potential} · gap {gap}</source>
        <translation>Plāna kopsummas: izmaksas {cost} · nodrošināts {secured} · pieprasīts {applied} · iespējamais {potential} · iztrūkums {gap}</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Import people</source>
        <translation>Importēt personas</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Izklājlapas (*.xlsx *.csv);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Nolasa {file}…</translation>
    </message>
    <message>
        <source>Reading {file} again…</source>
        <translation>Vēlreiz nolasa {file}…</translation>
    </message>
    <message>
        <source>Importing {count} rows…</source>
        <translation>Importē rindas ({count})…</translation>
    </message>
    <message>
        <source>Import done. People added: {count}</source>
        <translation>Imports pabeigts. Pievienotas personas: {count}</translation>
    </message>
    <message>
        <source>updated: {count}</source>
        <translation>atjauninātas: {count}</translation>
    </message>
    <message>
        <source>skipped: {count}</source>
        <translation>izlaistas: {count}</translation>
    </message>
    <message>
        <source>already up to date: {count}</source>
        <translation>jau aktuālas: {count}</translation>
    </message>
    <message>
        <source>rows with problems left out: {count}</source>
        <translation>neiekļautās rindas ar problēmām: {count}</translation>
    </message>
    <message>
        <source>new organisations: {count}</source>
        <translation>jaunas organizācijas: {count}</translation>
    </message>
    <message>
        <source>new groups: {count}</source>
        <translation>jaunas grupas: {count}</translation>
    </message>
    <message>
        <source>Export people and organisations</source>
        <translation>Eksportēt personas un organizācijas</translation>
    </message>
    <message>
        <source>{file} stakeholders.xlsx</source>
        <translation>{file} ieinteresētās puses.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel darbgrāmata (*.xlsx)</translation>
    </message>
    <message>
        <source>{people} people and {organisations} organisations written to {file}.</source>
        <translation>Failā {file} ierakstītas personas ({people}) un organizācijas ({organisations}).</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Ieraksta {file}…</translation>
    </message>
</context>
<context>
    <name>TransnationalMeetingDialog</name>
    <message>
        <source>Add transnational meeting</source>
        <translation>Pievienot starptautisku sanāksmi</translation>
    </message>
    <message>
        <source>Edit transnational meeting</source>
        <translation>Rediģēt starptautisku sanāksmi</translation>
    </message>
    <message>
        <source>for example Transnational meeting in Umeå</source>
        <translation>piemēram, Starptautiska sanāksme Umeā</translation>
    </message>
    <message>
        <source>No host city</source>
        <translation>Nav rīkotājas pilsētas</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Nosaukums</translation>
    </message>
    <message>
        <source>&amp;Host city</source>
        <translation>&amp;Rīkotāja pilsēta</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Vieta</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>N&amp;o</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Līdz</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Pie&amp;zīmes</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesaglabātas izmaiņas</translation>
    </message>
    <message>
        <source>Save changes to {what}? If you do not, they are lost.</source>
        <translation>Saglabāt izmaiņas {what}? Ja nē, tās tiks zaudētas.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>Šis lauks ir obligāts.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Ievadiet skaitli.</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}.</source>
        <translation>{value} ir ārpus diapazona no {low} līdz {high}.</translation>
    </message>
    <message>
        <source>{value} is below {low}.</source>
        <translation>{value} ir mazāks par {low}.</translation>
    </message>
    <message>
        <source>{later} is before {earlier}.</source>
        <translation>{later} ir pirms {earlier}.</translation>
    </message>
    <message>
        <source>Unknown value {value}.</source>
        <translation>Nezināma vērtība {value}.</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} nav e-pasta adrese.</translation>
    </message>
    <message>
        <source>Choose either a person or an organisation.</source>
        <translation>Izvēlieties vai nu personu, vai organizāciju.</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Save version</source>
        <translation>Saglabāt versiju</translation>
    </message>
    <message>
        <source>A copy of the whole plan as it is now is kept under this name: objectives, actions, funding, risks, indicators and targets. It starts as a draft.</source>
        <translation>Ar šo nosaukumu tiek saglabāta visa plāna kopija pašreizējā stāvoklī: mērķi, rīcības, finansējums, riski, rādītāji un mērķa vērtības. Sākotnēji tā ir melnraksts.</translation>
    </message>
    <message>
        <source>Rename version</source>
        <translation>Pārdēvēt versiju</translation>
    </message>
    <message>
        <source>Change the name or the note of version “{name}”.</source>
        <translation>Mainiet versijas „{name}” nosaukumu vai piezīmi.</translation>
    </message>
    <message>
        <source>Optional: why it was saved, who it goes to, what changed</source>
        <translation>Nav obligāti: kāpēc tā saglabāta, kam tā paredzēta, kas mainījies</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Pie&amp;zīme:</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>{field}: set to {new}</source>
        <translation>{field}: iestatīts uz {new}</translation>
    </message>
    <message>
        <source>{field}: cleared (was {old})</source>
        <translation>{field}: notīrīts (bija {old})</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>No differences: the two plans are the same.</source>
        <translation>Atšķirību nav: abi plāni ir vienādi.</translation>
    </message>
    <message>
        <source>Added: {added} · Removed: {removed} · Changed: {changed}</source>
        <translation>Pievienots: {added} · Noņemts: {removed} · Mainīts: {changed}</translation>
    </message>
    <message>
        <source>Added: {item}</source>
        <translation>Pievienots: {item}</translation>
    </message>
    <message>
        <source>Removed: {item}</source>
        <translation>Noņemts: {item}</translation>
    </message>
    <message>
        <source>Changed: {item} — {change}</source>
        <translation>Mainīts: {item} — {change}</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Pievienots:</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Noņemts:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Mainīts:</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Pirms:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Pēc:</translation>
    </message>
    <message>
        <source>No version saved yet. Save a version to keep a copy of the plan as it is now, for review or for comparing later.</source>
        <translation>Neviena versija vēl nav saglabāta. Saglabājiet versiju, lai paturētu plāna kopiju pašreizējā stāvoklī izvērtēšanai vai vēlākai salīdzināšanai.</translation>
    </message>
</context>
<context>
    <name>VersionDiffView</name>
    <message>
        <source>Differences</source>
        <translation>Atšķirības</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Kopēt starpliktuvē</translation>
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
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saglabāta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>{status} (current)</source>
        <translation>{status} (pašreizējā)</translation>
    </message>
    <message>
        <source>{objectives} objectives, {actions} actions, {indicators} indicators</source>
        <translation>mērķi: {objectives}, rīcības: {actions}, rādītāji: {indicators}</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <source>Save a version before you send the plan for review. A version keeps a copy of the whole plan; compare versions to see what changed since.</source>
        <translation>Saglabājiet versiju, pirms nosūtāt plānu izvērtēšanai. Versija saglabā visa plāna kopiju; salīdziniet versijas, lai redzētu, kas kopš tā laika mainījies.</translation>
    </message>
    <message>
        <source>&amp;Save version…</source>
        <translation>&amp;Saglabāt versiju…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>&amp;Iesniegt izvērtēšanai</translation>
    </message>
    <message>
        <source>&amp;Return for changes</source>
        <translation>&amp;Atgriezt labošanai</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>Apstip&amp;rināt…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Pārdēvēt…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Dzēst…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>Sa&amp;līdzināt…</translation>
    </message>
    <message>
        <source>Keep a copy of the plan as it is now</source>
        <translation>Saglabāt plāna kopiju pašreizējā stāvoklī</translation>
    </message>
    <message>
        <source>Mark the selected version as sent for review</source>
        <translation>Atzīmēt atlasīto versiju kā nosūtītu izvērtēšanai</translation>
    </message>
    <message>
        <source>Mark the selected version as returned by the reviewer for changes</source>
        <translation>Atzīmēt atlasīto versiju kā izvērtētāja atgrieztu labošanai</translation>
    </message>
    <message>
        <source>Mark the selected version as approved; it can no longer be changed</source>
        <translation>Atzīmēt atlasīto versiju kā apstiprinātu; to vairs nevarēs mainīt</translation>
    </message>
    <message>
        <source>See what changed between two versions, or since the selected version</source>
        <translation>Skatīt, kas mainījies starp divām versijām vai kopš atlasītās versijas</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versijas</translation>
    </message>
    <message>
        <source>Version “{name}” is approved. Your next change starts a new draft.</source>
        <translation>Versija „{name}” ir apstiprināta. Nākamā izmaiņa sāks jaunu melnrakstu.</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versija {number}</translation>
    </message>
    <message>
        <source>Version “{name}” saved.</source>
        <translation>Versija „{name}” saglabāta.</translation>
    </message>
    <message>
        <source>Approve version</source>
        <translation>Apstiprināt versiju</translation>
    </message>
    <message>
        <source>Approve version “{name}”? An approved version can no longer be renamed, deleted or changed. Later changes to the plan start a new draft.</source>
        <translation>Apstiprināt versiju „{name}”? Apstiprinātu versiju vairs nevar pārdēvēt, dzēst vai mainīt. Turpmākās plāna izmaiņas sāks jaunu melnrakstu.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Apstiprināt</translation>
    </message>
    <message>
        <source>Version “{name}”: {status}.</source>
        <translation>Versija „{name}”: {status}.</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Dzēst versiju</translation>
    </message>
    <message>
        <source>Delete version “{name}” and the reviews of it? The plan itself does not change. This cannot be undone.</source>
        <translation>Dzēst versiju „{name}” un tās izvērtējumus? Pats plāns netiek mainīts. To nevar atsaukt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Version “{name}” deleted.</source>
        <translation>Versija „{name}” dzēsta.</translation>
    </message>
</context>
</TS>
