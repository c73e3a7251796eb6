<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action {code}</source>
        <translation>Action {code}</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>{code} {title} (score {score})</source>
        <translation>{code} {title} (score {score})</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translation>&amp;Funding</translation>
    </message>
    <message>
        <source>Mi&amp;lestones</source>
        <translation>Mi&amp;lestones</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>Lin&amp;ks</translation>
    </message>
    <message>
        <source>Save the action (Ctrl+Enter)</source>
        <translation>Save the action (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Due outside the action&apos;s start and end: {titles}.</source>
        <translation>Due outside the action&apos;s start and end: {titles}.</translation>
    </message>
    <message>
        <source>To check (saving is still possible):</source>
        <translation>To check (saving is still possible):</translation>
    </message>
    <message>
        <source>Action not saved</source>
        <translation>Action not saved</translation>
    </message>
    <message>
        <source>None: the action was not decided in a recorded meeting.</source>
        <translation>None: the action was not decided in a recorded meeting.</translation>
    </message>
    <message>
        <source>Decision {number} of “{title}” on {date}</source>
        <translation>Decision {number} of “{title}” on {date}</translation>
    </message>
</context>
<context>
    <name>ActionFromDecisionDialog</name>
    <message>
        <source>Decision {number} → action of the plan</source>
        <translation>Decision {number} → action of the plan</translation>
    </message>
    <message>
        <source>Decision {number}: {text}</source>
        <translation>Decision {number}: {text}</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objective:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>The action starts as planned; complete it (lead, dates, cost) in the Action plan area. It keeps a link to this decision.</source>
        <translation>The action starts as planned; complete it (lead, dates, cost) in the Action plan area. It keeps a link to this decision.</translation>
    </message>
    <message>
        <source>&amp;Make action</source>
        <translation>&amp;Make action</translation>
    </message>
    <message>
        <source>Give the action a title.</source>
        <translation>Give the action a title.</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Drag an objective to reorder it; drag actions from the table onto one.</source>
        <translation>Drag an objective to reorder it; drag actions from the table onto one.</translation>
    </message>
    <message>
        <source>Add &amp;strategic</source>
        <translation>Add &amp;strategic</translation>
    </message>
    <message>
        <source>Add a strategic objective at the end</source>
        <translation>Add a strategic objective at the end</translation>
    </message>
    <message>
        <source>Add s&amp;pecific</source>
        <translation>Add s&amp;pecific</translation>
    </message>
    <message>
        <source>Add a specific objective under the selected strategic objective</source>
        <translation>Add a specific objective under the selected strategic objective</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Rename the selected objective (F2)</source>
        <translation>Rename the selected objective (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected objective (Del)</source>
        <translation>Delete the selected objective (Del)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move the selected objective up (Ctrl+Up)</source>
        <translation>Move the selected objective up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Move the selected objective down (Ctrl+Down)</source>
        <translation>Move the selected objective down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectives</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Write the actions, funding, indicators, measurements and risks to .xlsx</source>
        <translation>Write the actions, funding, indicators, measurements and risks to .xlsx</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>Read an edited plan workbook back, with a preview of what changes</source>
        <translation>Read an edited plan workbook back, with a preview of what changes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation>Ris&amp;ks</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Plan totals: cost {cost} · secured {secured} · gap {gap}</source>
        <translation>Plan totals: cost {cost} · secured {secured} · gap {gap}</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;New action</translation>
    </message>
    <message>
        <source>Add an action to the selected objective (Insert)</source>
        <translation>Add an action to the selected objective (Insert)</translation>
    </message>
    <message>
        <source>De&amp;lete action</source>
        <translation>De&amp;lete action</translation>
    </message>
    <message>
        <source>Delete the selected actions (Del in the table)</source>
        <translation>Delete the selected actions (Del in the table)</translation>
    </message>
    <message>
        <source>Move a&amp;ction up</source>
        <translation>Move a&amp;ction up</translation>
    </message>
    <message>
        <source>Move the action up within its objective (Ctrl+Shift+Up)</source>
        <translation>Move the action up within its objective (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>&amp;Move action down</source>
        <translation>&amp;Move action down</translation>
    </message>
    <message>
        <source>Move the action down within its objective (Ctrl+Shift+Down)</source>
        <translation>Move the action down within its objective (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <source>Show all ac&amp;tions</source>
        <translation>Show all ac&amp;tions</translation>
    </message>
    <message>
        <source>Show the actions of every objective, not only of the selected one</source>
        <translation>Show the actions of every objective, not only of the selected one</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Delete action {code} “{title}” with its milestones, funding lines and links?</source>
        <translation>Delete action {code} “{title}” with its milestones, funding lines and links?</translation>
    </message>
    <message>
        <source>Delete action {code}</source>
        <translation>Delete action {code}</translation>
    </message>
    <message>
        <source>Delete {count} actions ({codes}) with their milestones, funding lines and links?</source>
        <translation>Delete {count} actions ({codes}) with their milestones, funding lines and links?</translation>
    </message>
    <message>
        <source>Delete {count} actions</source>
        <translation>Delete {count} actions</translation>
    </message>
    <message>
        <source>Delete actions</source>
        <translation>Delete actions</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Actions not deleted</source>
        <translation>Actions not deleted</translation>
    </message>
    <message>
        <source>Move action {code}</source>
        <translation>Move action {code}</translation>
    </message>
    <message>
        <source>Move action {code} to objective {objective}</source>
        <translation>Move action {code} to objective {objective}</translation>
    </message>
    <message>
        <source>Move {count} actions to objective {objective}</source>
        <translation>Move {count} actions to objective {objective}</translation>
    </message>
    <message>
        <source>Action not moved</source>
        <translation>Action not moved</translation>
    </message>
    <message>
        <source>&amp;Actions of the whole plan</source>
        <translation>&amp;Actions of the whole plan</translation>
    </message>
    <message>
        <source>&amp;Actions of objective {code} “{title}”</source>
        <translation>&amp;Actions of objective {code} “{title}”</translation>
    </message>
    <message>
        <source>Renumbered: {changes}</source>
        <translation>Renumbered: {changes}</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>New objective</translation>
    </message>
    <message>
        <source>Objective not added</source>
        <translation>Objective not added</translation>
    </message>
    <message>
        <source>Add strategic objective</source>
        <translation>Add strategic objective</translation>
    </message>
    <message>
        <source>Add specific objective</source>
        <translation>Add specific objective</translation>
    </message>
    <message>
        <source>Objective not renamed</source>
        <translation>Objective not renamed</translation>
    </message>
    <message>
        <source>Objective not deleted</source>
        <translation>Objective not deleted</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Delete objective</translation>
    </message>
    <message>
        <source>Objective not moved</source>
        <translation>Objective not moved</translation>
    </message>
    <message>
        <source>Action not changed</source>
        <translation>Action not changed</translation>
    </message>
    <message>
        <source>New action {code}</source>
        <translation>New action {code}</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <source>Edit action {code}</source>
        <translation>Edit action {code}</translation>
    </message>
    <message>
        <source>Rename objective</source>
        <translation>Rename objective</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation>Move objective</translation>
    </message>
</context>
<context>
    <name>AddToGroupDialog</name>
    <message numerus="yes">
        <source>Add %n people to a group</source>
        <translation>
            <numerusform>Add %n person to a group</numerusform>
            <numerusform>Add %n people to a group</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Joined on:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>Add an agenda item below the selected one (Insert)</source>
        <translation>Add an agenda item below the selected one (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation>Remove the selected item (Del)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Move the selected item up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Move the selected item down (Alt+Down)</translation>
    </message>
    <message>
        <source>Type in a cell to edit it; F2 edits the selected cell, Enter keeps it.</source>
        <translation>Type in a cell to edit it; F2 edits the selected cell, Enter keeps it.</translation>
    </message>
    <message>
        <source>Total {planned} min</source>
        <translation>Total {planned} min</translation>
    </message>
    <message>
        <source>Total {planned} min of {available} min</source>
        <translation>Total {planned} min of {available} min</translation>
    </message>
    <message>
        <source>{total} — more than the meeting lasts</source>
        <translation>{total} — more than the meeting lasts</translation>
    </message>
    <message>
        <source>Item {number}: {message}</source>
        <translation>Item {number}: {message}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>lagdesk cannot start</source>
        <translation>lagdesk cannot start</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>why the scores changed (optional)</source>
        <translation>why the scores changed (optional)</translation>
    </message>
    <message>
        <source>Save &amp;assessment</source>
        <translation>Save &amp;assessment</translation>
    </message>
    <message>
        <source>&amp;Interest (1–5):</source>
        <translation>&amp;Interest (1–5):</translation>
    </message>
    <message>
        <source>Powe&amp;r (1–5):</source>
        <translation>Powe&amp;r (1–5):</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Assessed &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>Earlier assessments</translation>
    </message>
    <message>
        <source>History (newest first):</source>
        <translation>History (newest first):</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Not assessed yet</translation>
    </message>
    <message>
        <source>Give both scores</source>
        <translation>Give both scores</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>{extension} files (*{suffix});;All files (*)</source>
        <translation>{extension} files (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>File {id} is not a photo cleared for publication.</source>
        <translation>File {id} is not a photo cleared for publication.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a file (a folder cannot be attached).</source>
        <translation>{file} is not a file (a folder cannot be attached).</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes); it was not attached. Check the file.</source>
        <translation>{file} is empty (0 bytes); it was not attached. Check the file.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, over the limit of {limit} MB for one file. Nothing was added. Make the file smaller (a lower resolution photo, a PDF scanned in grey) and try again.</source>
        <translation>{file} is {size} MB, over the limit of {limit} MB for one file. Nothing was added. Make the file smaller (a lower resolution photo, a PDF scanned in grey) and try again.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>{file} cannot be written: {reason}</translation>
    </message>
    <message>
        <source>People can be recognised in this photo and their consent has not been checked. Tick “Consent checked” first, or untick “Identifiable”.</source>
        <translation>People can be recognised in this photo and their consent has not been checked. Tick “Consent checked” first, or untick “Identifiable”.</translation>
    </message>
    <message>
        <source>Publishable</source>
        <translation>Publishable</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>This person has been erased from the register; their attendance can only be counted anonymously.</source>
        <translation>This person has been erased from the register; their attendance can only be counted anonymously.</translation>
    </message>
    <message>
        <source>{organisation} is a new organisation: choose its sector.</source>
        <translation>{organisation} is a new organisation: choose its sector.</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name.</source>
        <translation>Type the walk-in&apos;s name.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{status} (walk-in)</source>
        <translation>{status} (walk-in)</translation>
    </message>
    <message>
        <source>Sector unknown</source>
        <translation>Sector unknown</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Type a name or organisation…</source>
        <translation>Type a name or organisation…</translation>
    </message>
    <message>
        <source>Find a person on the list</source>
        <translation>Find a person on the list</translation>
    </message>
    <message>
        <source>Invited people</source>
        <translation>Invited people</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Back to invited</source>
        <translation>Back to invited</translation>
    </message>
    <message>
        <source>Enter: attended · Ctrl+E: excused · Ctrl+D: no-show · Ctrl+I: back to invited · Ctrl+Z: undo</source>
        <translation>Enter: attended · Ctrl+E: excused · Ctrl+D: no-show · Ctrl+I: back to invited · Ctrl+Z: undo</translation>
    </message>
    <message>
        <source>the walk-in {name}</source>
        <translation>the walk-in {name}</translation>
    </message>
    <message>
        <source>Choose a meeting to take its attendance.</source>
        <translation>Choose a meeting to take its attendance.</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>Leave empty if none</source>
        <translation>Leave empty if none</translation>
    </message>
    <message>
        <source>Choose for a new organisation</source>
        <translation>Choose for a new organisation</translation>
    </message>
    <message>
        <source>Add &amp;walk-in</source>
        <translation>Add &amp;walk-in</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;tor:</translation>
    </message>
    <message>
        <source>Counted an&amp;onymously</source>
        <translation>Counted an&amp;onymously</translation>
    </message>
    <message>
        <source>Anonymous: {sector}, {gender}</source>
        <translation>Anonymous: {sector}, {gender}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Nobody on the list matches. Enter adds “{text}” as a walk-in.</source>
        <translation>Nobody on the list matches. Enter adds “{text}” as a walk-in.</translation>
    </message>
    <message>
        <source>Type the organisation and press Enter to add the walk-in (Escape: back).</source>
        <translation>Type the organisation and press Enter to add the walk-in (Escape: back).</translation>
    </message>
    <message>
        <source>{name} is already marked {status}.</source>
        <translation>{name} is already marked {status}.</translation>
    </message>
    <message>
        <source>Mark {name} as {status}</source>
        <translation>Mark {name} as {status}</translation>
    </message>
    <message>
        <source>{name}: {status}. Ctrl+Z undoes it.</source>
        <translation>{name}: {status}. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>A new organisation: choose its sector, then press Enter.</source>
        <translation>A new organisation: choose its sector, then press Enter.</translation>
    </message>
    <message>
        <source>Add walk-in {name}</source>
        <translation>Add walk-in {name}</translation>
    </message>
    <message>
        <source>{name} added as a walk-in. Ctrl+Z undoes it.</source>
        <translation>{name} added as a walk-in. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Count anonymously: {sector}, {gender}</source>
        <translation>Count anonymously: {sector}, {gender}</translation>
    </message>
    <message>
        <source>{present} present · {invited} invited</source>
        <translation>{present} present · {invited} invited</translation>
    </message>
    <message>
        <source>Walk-ins {walk_ins} · counted anonymously {anonymous} · excused {excused} · no-show {no_show}</source>
        <translation>Walk-ins {walk_ins} · counted anonymously {anonymous} · excused {excused} · no-show {no_show}</translation>
    </message>
    <message>
        <source>{name} {count}</source>
        <translation>{name} {count}</translation>
    </message>
    <message>
        <source>By sector: {counts}</source>
        <translation>By sector: {counts}</translation>
    </message>
    <message>
        <source>By gender: {counts}</source>
        <translation>By gender: {counts}</translation>
    </message>
</context>
<context>
    <name>AttendanceWindow</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>{title}, {date}</source>
        <translation>{title}, {date}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Attendance — {meeting}</source>
        <translation>Attendance — {meeting}</translation>
    </message>
</context>
<context>
    <name>AutoBackups</name>
    <message>
        <source>Making a backup of {name}…</source>
        <translation>Making a backup of {name}…</translation>
    </message>
    <message>
        <source>The automatic backup failed: {problem}</source>
        <translation>The automatic backup failed: {problem}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Something went wrong. The details are in the log file.</source>
        <translation>Something went wrong. The details are in the log file.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup to {path} failed. The details are in the log file.</source>
        <translation>The backup to {path} failed. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path}: no such backup.</source>
        <translation>{path}: no such backup.</translation>
    </message>
    <message>
        <source>{path} is not a lagdesk file, so it cannot be restored.</source>
        <translation>{path} is not a lagdesk file, so it cannot be restored.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of lagdesk (schema {revision}); update lagdesk to restore it.</source>
        <translation>{path} was saved by a newer version of lagdesk (schema {revision}); update lagdesk to restore it.</translation>
    </message>
    <message>
        <source>{path} is damaged, so it cannot be restored: {problem}</source>
        <translation>{path} is damaged, so it cannot be restored: {problem}</translation>
    </message>
    <message>
        <source>{path} is the file itself, not a backup of it.</source>
        <translation>{path} is the file itself, not a backup of it.</translation>
    </message>
    <message>
        <source>The copy of {path} did not pass its check; nothing was changed.</source>
        <translation>The copy of {path} did not pass its check; nothing was changed.</translation>
    </message>
    <message>
        <source>The restored {path} did not pass its check; it was put back.</source>
        <translation>The restored {path} did not pass its check; it was put back.</translation>
    </message>
    <message>
        <source>{path} could not be restored: {detail}</source>
        <translation>{path} could not be restored: {detail}</translation>
    </message>
    <message>
        <source>On opening</source>
        <translation>On opening</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>On closing</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{text} is not a date like 2024-03-31</source>
        <translation>{text} is not a date like 2024-03-31</translation>
    </message>
    <message>
        <source>meetings to an iCalendar (.ics) file</source>
        <translation>meetings to an iCalendar (.ics) file</translation>
    </message>
    <message>
        <source>only meetings starting on or after DATE (YYYY-MM-DD)</source>
        <translation>only meetings starting on or after DATE (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>only meetings starting on or before DATE (YYYY-MM-DD)</source>
        <translation>only meetings starting on or before DATE (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a meeting from an iCalendar (.ics) invitation</source>
        <translation>a meeting from an iCalendar (.ics) invitation</translation>
    </message>
    <message>
        <source>{count} meeting(s) written to {path}.</source>
        <translation>{count} meeting(s) written to {path}.</translation>
    </message>
    <message>
        <source>Meeting {id} imported: {title}, {start} ({zone}).</source>
        <translation>Meeting {id} imported: {title}, {start} ({zone}).</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>The first day ({start}) is after the last day ({end}).</source>
        <translation>The first day ({start}) is after the last day ({end}).</translation>
    </message>
    <message>
        <source>this is not an iCalendar (.ics) file.</source>
        <translation>this is not an iCalendar (.ics) file.</translation>
    </message>
    <message>
        <source>the invitation&apos;s {property} cannot be read.</source>
        <translation>the invitation&apos;s {property} cannot be read.</translation>
    </message>
    <message>
        <source>the file holds no event (VEVENT).</source>
        <translation>the file holds no event (VEVENT).</translation>
    </message>
    <message>
        <source>the event has no start (DTSTART).</source>
        <translation>the event has no start (DTSTART).</translation>
    </message>
    <message>
        <source>the event ends (DTEND) before it starts (DTSTART).</source>
        <translation>the event ends (DTEND) before it starts (DTSTART).</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Manage closely</source>
        <translation>Manage closely</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Keep satisfied</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Keep informed</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>No assessments yet</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Attendance by sector</source>
        <translation>Attendance by sector</translation>
    </message>
    <message>
        <source>People attending</source>
        <translation>People attending</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>No sector</translation>
    </message>
    <message>
        <source>No meetings to show</source>
        <translation>No meetings to show</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quarters</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Action timeline</source>
        <translation>Action timeline</translation>
    </message>
    <message>
        <source>Action timeline, page {page} of {pages}</source>
        <translation>Action timeline, page {page} of {pages}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Milestone done</source>
        <translation>Milestone done</translation>
    </message>
    <message>
        <source>No actions to show</source>
        <translation>No actions to show</translation>
    </message>
    <message>
        <source>No objective</source>
        <translation>No objective</translation>
    </message>
    <message>
        <source>{objective} (continued)</source>
        <translation>{objective} (continued)</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>No dates</translation>
    </message>
    <message>
        <source>No start date</source>
        <translation>No start date</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>No end date</translation>
    </message>
    <message>
        <source>End before start</source>
        <translation>End before start</translation>
    </message>
    <message>
        <source>Actions without a bar (dates missing): {count}</source>
        <translation>Actions without a bar (dates missing): {count}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Measured (running total)</source>
        <translation>Measured (running total)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Expected progress</translation>
    </message>
    <message>
        <source>Current value: {value}   Progress: {progress}</source>
        <translation>Current value: {value}   Progress: {progress}</translation>
    </message>
    <message>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>not defined</translation>
    </message>
    <message>
        <source>No baseline, target or measurement to show</source>
        <translation>No baseline, target or measurement to show</translation>
    </message>
    <message>
        <source>Indicator status</source>
        <translation>Indicator status</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Funding by source and status</source>
        <translation>Funding by source and status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Local group by sector and gender</source>
        <translation>Local group by sector and gender</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Nothing to show yet</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Schema revision {revision} is older; lagdesk upgrades it when the file is opened.</source>
        <translation>Schema revision {revision} is older; lagdesk upgrades it when the file is opened.</translation>
    </message>
    <message>
        <source>The schema revision is missing.</source>
        <translation>The schema revision is missing.</translation>
    </message>
    <message>
        <source>Schema revision {revision} is newer than this lagdesk knows.</source>
        <translation>Schema revision {revision} is newer than this lagdesk knows.</translation>
    </message>
    <message>
        <source>Integrity: {message}</source>
        <translation>Integrity: {message}</translation>
    </message>
    <message>
        <source>Table {table}, row {rowid}: refers to a missing row of {parent}.</source>
        <translation>Table {table}, row {rowid}: refers to a missing row of {parent}.</translation>
    </message>
    <message>
        <source>Table {table}, row {rowid}: column {column} holds text that is not valid UTF-8.</source>
        <translation>Table {table}, row {rowid}: column {column} holds text that is not valid UTF-8.</translation>
    </message>
    <message>
        <source>{count} more values are not valid UTF-8 text.</source>
        <translation>{count} more values are not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>Table {table} is missing.</source>
        <translation>Table {table} is missing.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Chosen only</source>
        <translation>Chosen only</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} and {count} more</translation>
    </message>
    <message>
        <source>Chosen ({count}): {names}</source>
        <translation>Chosen ({count}): {names}</translation>
    </message>
    <message>
        <source>None chosen.</source>
        <translation>None chosen.</translation>
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
        <translation>Activation</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Lead partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Civic</source>
        <translation>Civic</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non-binary</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefer not to say</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Local group</source>
        <translation>Local group</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Steering board</source>
        <translation>Steering board</translation>
    </message>
    <message>
        <source>Mailing group</source>
        <translation>Mailing group</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Local group membership</source>
        <translation>Local group membership</translation>
    </message>
    <message>
        <source>Photo publication</source>
        <translation>Photo publication</translation>
    </message>
    <message>
        <source>Sharing contacts with partners</source>
        <translation>Sharing contacts with partners</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Written form</source>
        <translation>Written form</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Online form</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Local group meeting</source>
        <translation>Local group meeting</translation>
    </message>
    <message>
        <source>Thematic workshop</source>
        <translation>Thematic workshop</translation>
    </message>
    <message>
        <source>Co-design workshop</source>
        <translation>Co-design workshop</translation>
    </message>
    <message>
        <source>Site or study visit</source>
        <translation>Site or study visit</translation>
    </message>
    <message>
        <source>Transnational meeting</source>
        <translation>Transnational meeting</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Testing action event</source>
        <translation>Testing action event</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Signed attendance list</source>
        <translation>Signed attendance list</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Strategic objective</source>
        <translation>Strategic objective</translation>
    </message>
    <message>
        <source>Specific objective</source>
        <translation>Specific objective</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>Capacity building</translation>
    </message>
    <message>
        <source>Policy or regulation</source>
        <translation>Policy or regulation</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Procurement</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Testing action</source>
        <translation>Testing action</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>01 Gender targeting</source>
        <translation>01 Gender targeting</translation>
    </message>
    <message>
        <source>02 Gender mainstreaming</source>
        <translation>02 Gender mainstreaming</translation>
    </message>
    <message>
        <source>03 Gender neutral</source>
        <translation>03 Gender neutral</translation>
    </message>
    <message>
        <source>City budget</source>
        <translation>City budget</translation>
    </message>
    <message>
        <source>ERDF</source>
        <translation>ERDF</translation>
    </message>
    <message>
        <source>National funds</source>
        <translation>National funds</translation>
    </message>
    <message>
        <source>Private funds</source>
        <translation>Private funds</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Secured</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Applied for</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Political</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financial</translation>
    </message>
    <message>
        <source>Legal or procurement</source>
        <translation>Legal or procurement</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>External</source>
        <translation>External</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Mitigated</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
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
        <translation>Persons</translation>
    </message>
    <message>
        <source>t CO2e</source>
        <translation>t CO2e</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Yes/no</translation>
    </message>
    <message>
        <source>Increase is good</source>
        <translation>Increase is good</translation>
    </message>
    <message>
        <source>Decrease is good</source>
        <translation>Decrease is good</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>Every six months</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Once</translation>
    </message>
    <message>
        <source>Not disaggregated</source>
        <translation>Not disaggregated</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>By sex</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Off track</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>import records from a file</source>
        <translation>import records from a file</translation>
    </message>
    <message>
        <source>export records to a file</source>
        <translation>export records to a file</translation>
    </message>
    <message>
        <source>the lagdesk database file</source>
        <translation>the lagdesk database file</translation>
    </message>
    <message>
        <source>language: en, pl, lv, ro or bg</source>
        <translation>language: en, pl, lv, ro or bg</translation>
    </message>
    <message>
        <source>lagdesk: stakeholders, meetings and the Integrated Action Plan of a local group.</source>
        <translation>lagdesk: stakeholders, meetings and the Integrated Action Plan of a local group.</translation>
    </message>
    <message>
        <source>{path} was upgraded to this version of lagdesk; a copy of it as it was is in {backup}.</source>
        <translation>{path} was upgraded to this version of lagdesk; a copy of it as it was is in {backup}.</translation>
    </message>
    <message>
        <source>wait up to SECONDS while the file is open in lagdesk (default: refuse at once)</source>
        <translation>wait up to SECONDS while the file is open in lagdesk (default: refuse at once)</translation>
    </message>
    <message>
        <source>{path} is open in lagdesk (a window or another command); nothing was changed. Close it there and try again, or add --wait SECONDS to wait for it.</source>
        <translation>{path} is open in lagdesk (a window or another command); nothing was changed. Close it there and try again, or add --wait SECONDS to wait for it.</translation>
    </message>
    <message>
        <source>waiting for {path}: it is open in lagdesk (a window or another command) (up to {seconds} s)…</source>
        <translation>waiting for {path}: it is open in lagdesk (a window or another command) (up to {seconds} s)…</translation>
    </message>
    <message>
        <source>{path} is still open in lagdesk (a window or another command) after {seconds} s; nothing was changed.</source>
        <translation>{path} is still open in lagdesk (a window or another command) after {seconds} s; nothing was changed.</translation>
    </message>
    <message>
        <source>fill a new database with demo data</source>
        <translation>fill a new database with demo data</translation>
    </message>
    <message>
        <source>check integrity, foreign keys and the schema revision</source>
        <translation>check integrity, foreign keys and the schema revision</translation>
    </message>
    <message>
        <source>copy the database safely while in use</source>
        <translation>copy the database safely while in use</translation>
    </message>
    <message>
        <source>list the backups of the database: automatic and upgrade</source>
        <translation>list the backups of the database: automatic and upgrade</translation>
    </message>
    <message>
        <source>put a backup in place of the database, keeping the current state</source>
        <translation>put a backup in place of the database, keeping the current state</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <source>salvage what can be read from a damaged database into a new file</source>
        <translation>salvage what can be read from a damaged database into a new file</translation>
    </message>
    <message>
        <source>No backups of {path} yet.</source>
        <translation>No backups of {path} yet.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>restore replaces {path}; add --yes to confirm when not asked at a terminal.</source>
        <translation>restore replaces {path}; add --yes to confirm when not asked at a terminal.</translation>
    </message>
    <message>
        <source>Replace {path} with the backup {backup}? The current state is kept beside it. [y/N] </source>
        <translation>Replace {path} with the backup {backup}? The current state is kept beside it. [y/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} restored from {backup}.</source>
        <translation>{path} restored from {backup}.</translation>
    </message>
    <message>
        <source>The previous state was moved to {previous}.</source>
        <translation>The previous state was moved to {previous}.</translation>
    </message>
    <message>
        <source>{path} is the damaged file or part of it; choose another name.</source>
        <translation>{path} is the damaged file or part of it; choose another name.</translation>
    </message>
    <message>
        <source>Recovered from {source} into {path} (schema {revision}):</source>
        <translation>Recovered from {source} into {path} (schema {revision}):</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>recovered</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>Parts of these tables could not be read: {tables}</source>
        <translation>Parts of these tables could not be read: {tables}</translation>
    </message>
    <message>
        <source>These tables could not be read at all: {tables}</source>
        <translation>These tables could not be read at all: {tables}</translation>
    </message>
    <message>
        <source>indicators: progress as of DATE (YYYY-MM-DD), not today</source>
        <translation>indicators: progress as of DATE (YYYY-MM-DD), not today</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>replace FILE if it exists</translation>
    </message>
    <message>
        <source>--as-of goes with list indicators only</source>
        <translation>--as-of goes with list indicators only</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD</source>
        <translation>{text} is not a date; write it as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>print a list of records</source>
        <translation>print a list of records</translation>
    </message>
    <message>
        <source>attendance: only this meeting</source>
        <translation>attendance: only this meeting</translation>
    </message>
    <message>
        <source>the command {command} needs a subject</source>
        <translation>the command {command} needs a subject</translation>
    </message>
    <message>
        <source>unexpected error ({kind}); details are in {path}</source>
        <translation>unexpected error ({kind}); details are in {path}</translation>
    </message>
    <message>
        <source>Demo data ({size}) written to {path}: {total} records.</source>
        <translation>Demo data ({size}) written to {path}: {total} records.</translation>
    </message>
    <message>
        <source>{path}: sound (schema {revision}).</source>
        <translation>{path}: sound (schema {revision}).</translation>
    </message>
    <message>
        <source>{path}: {count} problem(s) found:</source>
        <translation>{path}: {count} problem(s) found:</translation>
    </message>
    <message>
        <source>{path} exists already; choose another name or add --force.</source>
        <translation>{path} exists already; choose another name or add --force.</translation>
    </message>
    <message>
        <source>{path}: the folder does not exist.</source>
        <translation>{path}: the folder does not exist.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Backup written to {path}.</translation>
    </message>
    <message>
        <source>--meeting goes with list attendance only</source>
        <translation>--meeting goes with list attendance only</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>{name} ({saved})</source>
        <translation>{name} ({saved})</translation>
    </message>
    <message>
        <source>The plan now (not saved as a version)</source>
        <translation>The plan now (not saved as a version)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>From version “{old}” to the plan now</source>
        <translation>From version “{old}” to the plan now</translation>
    </message>
    <message>
        <source>From version “{old}” to version “{new}”</source>
        <translation>From version “{old}” to version “{new}”</translation>
    </message>
</context>
<context>
    <name>Composition</name>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>civic</source>
        <translation>civic</translation>
    </message>
    <message>
        <source>knowledge</source>
        <translation>knowledge</translation>
    </message>
    <message>
        <source>Women are {percent} % of the members whose gender is known (less than {threshold} %).</source>
        <translation>Women are {percent} % of the members whose gender is known (less than {threshold} %).</translation>
    </message>
    <message>
        <source>Men are {percent} % of the members whose gender is known (less than {threshold} %).</source>
        <translation>Men are {percent} % of the members whose gender is known (less than {threshold} %).</translation>
    </message>
    <message>
        <source>The group has no active members.</source>
        <translation>The group has no active members.</translation>
    </message>
    <message>
        <source>No one from the {sector} sector.</source>
        <translation>No one from the {sector} sector.</translation>
    </message>
</context>
<context>
    <name>CompositionPanel</name>
    <message>
        <source>Members by sector and gender</source>
        <translation>Members by sector and gender</translation>
    </message>
    <message>
        <source>Choose a group to see who is in it.</source>
        <translation>Choose a group to see who is in it.</translation>
    </message>
    <message>
        <source>{count} people are active members today (subgroups included).</source>
        <translation>{count} people are active members today (subgroups included).</translation>
    </message>
    <message>
        <source>Organisations that are members in their own right: {parts}.</source>
        <translation>Organisations that are members in their own right: {parts}.</translation>
    </message>
</context>
<context>
    <name>ConsentMethod</name>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent records</source>
        <translation>Consent records</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Record a consent</translation>
    </message>
    <message>
        <source>for example: signed form in the ULG folder</source>
        <translation>for example: signed form in the ULG folder</translation>
    </message>
    <message>
        <source>&amp;Add consent</source>
        <translation>&amp;Add consent</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Given on:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>E&amp;vidence:</translation>
    </message>
    <message>
        <source>Wi&amp;thdraw the selected consent</source>
        <translation>Wi&amp;thdraw the selected consent</translation>
    </message>
    <message>
        <source>Withdrawn o&amp;n:</source>
        <translation>Withdrawn o&amp;n:</translation>
    </message>
    <message>
        <source>Consent changes are stored when you choose OK.</source>
        <translation>Consent changes are stored when you choose OK.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: no such file.</translation>
    </message>
    <message>
        <source>{path} is not a lagdesk database. Choose a file made by lagdesk or a new file name.</source>
        <translation>{path} is not a lagdesk database. Choose a file made by lagdesk or a new file name.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of lagdesk (schema {revision}). Update lagdesk to open it; the file was not changed.</source>
        <translation>{path} was saved by a newer version of lagdesk (schema {revision}). Update lagdesk to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>{path} is in use by another program. Close it there and try again.</source>
        <translation>{path} is in use by another program. Close it there and try again.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>{path} is damaged and cannot be opened. Restore it from a backup.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {detail}</source>
        <translation>{path} cannot be opened: {detail}</translation>
    </message>
    <message>
        <source>{path} is read-only, so lagdesk cannot save changes to it. Check that you may write to the file and its folder, or copy it to a folder of your own.</source>
        <translation>{path} is read-only, so lagdesk cannot save changes to it. Check that you may write to the file and its folder, or copy it to a folder of your own.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), so it holds no lagdesk data; it was not changed. Restore it from a backup, or use File &gt; New file to start a new file.</source>
        <translation>{path} is empty (0 bytes), so it holds no lagdesk data; it was not changed. Restore it from a backup, or use File &gt; New file to start a new file.</translation>
    </message>
    <message>
        <source>The folder of {path} has gone (deleted or unmounted), so changes can no longer be saved there. Your work is still in memory: use Save a copy as… to keep it.</source>
        <translation>The folder of {path} has gone (deleted or unmounted), so changes can no longer be saved there. Your work is still in memory: use Save a copy as… to keep it.</translation>
    </message>
    <message>
        <source>{path} was moved, deleted or replaced by another program while it was open, so changes can no longer be saved there. Your work is still in memory: use Save a copy as… to keep it.</source>
        <translation>{path} was moved, deleted or replaced by another program while it was open, so changes can no longer be saved there. Your work is still in memory: use Save a copy as… to keep it.</translation>
    </message>
    <message>
        <source>Another program deleted {path}-wal, which holds the latest changes of {path}. lagdesk wrote your work into {path}; to be safe, also use Save a copy as… and then open that copy.</source>
        <translation>Another program deleted {path}-wal, which holds the latest changes of {path}. lagdesk wrote your work into {path}; to be safe, also use Save a copy as… and then open that copy.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full. Free some space and try again.</source>
        <translation>The disk that holds {path} is full. Free some space and try again.</translation>
    </message>
    <message>
        <source>{path} could not be read or written (disk I/O error). Check that the drive that holds it is still connected, then try again.</source>
        <translation>{path} could not be read or written (disk I/O error). Check that the drive that holds it is still connected, then try again.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: its path is {length} bytes long, and the database engine takes at most {limit}. Move the file to a folder with a shorter path, or give it a shorter name.</source>
        <translation>{path} cannot be opened: its path is {length} bytes long, and the database engine takes at most {limit}. Move the file to a folder with a shorter path, or give it a shorter name.</translation>
    </message>
    <message>
        <source>{path} belongs to the lagdesk file {file}: a copy written there would damage it. Choose another name.</source>
        <translation>{path} belongs to the lagdesk file {file}: a copy written there would damage it. Choose another name.</translation>
    </message>
    <message>
        <source>Upgrading {path} was stopped and undone: row {rowid} of {table} would refer to a missing row of {parent} ({count} such rows). The file was not changed.</source>
        <translation>Upgrading {path} was stopped and undone: row {rowid} of {table} would refer to a missing row of {parent} ({count} such rows). The file was not changed.</translation>
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
        <translation>None</translation>
    </message>
    <message>
        <source>From decision</source>
        <translation>From decision</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message>
        <source>This cannot be deleted: other records still depend on it ({detail}).</source>
        <translation>This cannot be deleted: other records still depend on it ({detail}).</translation>
    </message>
    <message>
        <source>The delete cannot be undone: {table} id {id} has been given to a new record since.</source>
        <translation>The delete cannot be undone: {table} id {id} has been given to a new record since.</translation>
    </message>
    <message>
        <source>The delete cannot be undone: it needs {table} id {id}, which has been deleted since.</source>
        <translation>The delete cannot be undone: it needs {table} id {id}, which has been deleted since.</translation>
    </message>
    <message>
        <source>The delete cannot be undone: {detail}</source>
        <translation>The delete cannot be undone: {detail}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{path} already holds stakeholders, meetings, a plan or a network. The demo is only written into a new or empty file: choose another file name.</source>
        <translation>{path} already holds stakeholders, meetings, a plan or a network. The demo is only written into a new or empty file: choose another file name.</translation>
    </message>
    <message>
        <source>Network and partners</source>
        <translation>Network and partners</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Groups and memberships</source>
        <translation>Groups and memberships</translation>
    </message>
    <message>
        <source>Consents and stakeholder mapping</source>
        <translation>Consents and stakeholder mapping</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Indicators and measurements</source>
        <translation>Indicators and measurements</translation>
    </message>
    <message>
        <source>Plan versions and reviews</source>
        <translation>Plan versions and reviews</translation>
    </message>
    <message>
        <source>Organisations and people</source>
        <translation>Organisations and people</translation>
    </message>
    <message>
        <source>Groups, consents and stakeholder mapping</source>
        <translation>Groups, consents and stakeholder mapping</translation>
    </message>
    <message>
        <source>Meetings and attendance</source>
        <translation>Meetings and attendance</translation>
    </message>
    <message>
        <source>Indicators and review</source>
        <translation>Indicators and review</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>In the file now</source>
        <translation>In the file now</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it.</source>
        <translation>This record was changed elsewhere since you opened it.</translation>
    </message>
    <message>
        <source>Which values do you want to keep?</source>
        <translation>Which values do you want to keep?</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Keep the &amp;file&apos;s</source>
        <translation>Keep the &amp;file&apos;s</translation>
    </message>
    <message>
        <source>lagdesk met an unexpected problem</source>
        <translation>lagdesk met an unexpected problem</translation>
    </message>
    <message>
        <source>Something went wrong inside lagdesk. Your data saved so far is safe. If it happens again, please send the log file to the people who support lagdesk.</source>
        <translation>Something went wrong inside lagdesk. Your data saved so far is safe. If it happens again, please send the log file to the people who support lagdesk.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
</context>
<context>
    <name>DueDelegate</name>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No {what} with id {key}.</source>
        <translation>No {what} with id {key}.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>A record with the same key already exists ({detail}).</source>
        <translation>A record with the same key already exists ({detail}).</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it ({fields}); nothing was stored.</source>
        <translation>This record was changed elsewhere since you opened it ({fields}); nothing was stored.</translation>
    </message>
    <message>
        <source>This refers to a record that does not exist, or is still in use.</source>
        <translation>This refers to a record that does not exist, or is still in use.</translation>
    </message>
    <message>
        <source>The values break a rule of the database ({detail}).</source>
        <translation>The values break a rule of the database ({detail}).</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Files</translation>
    </message>
    <message>
        <source>No evidence yet. Add the files that prove this value: a scan of a register, a spreadsheet extract, a signed statement (up to {limit} MB each).</source>
        <translation>No evidence yet. Add the files that prove this value: a scan of a register, a spreadsheet extract, a signed statement (up to {limit} MB each).</translation>
    </message>
    <message>
        <source>This measurement has been deleted. Undo the delete (Ctrl+Z) to see its evidence.</source>
        <translation>This measurement has been deleted. Undo the delete (Ctrl+Z) to see its evidence.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>Add evidence files to this measurement (Insert)</source>
        <translation>Add evidence files to this measurement (Insert)</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>Write a copy of the selected file to a folder</source>
        <translation>Write a copy of the selected file to a folder</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected files (Delete); you can undo this with Ctrl+Z</source>
        <translation>Remove the selected files (Delete); you can undo this with Ctrl+Z</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <source>All files (*);;Documents (*.pdf *.docx *.doc *.odt *.xlsx *.xls *.ods *.csv *.txt);;Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>All files (*);;Documents (*.pdf *.docx *.doc *.odt *.xlsx *.xls *.ods *.csv *.txt);;Images (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Add evidence {name}</source>
        <translation>Add evidence {name}</translation>
    </message>
    <message>
        <source>Add {count} evidence files</source>
        <translation>Add {count} evidence files</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>Save a copy of {name}</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Remove evidence files</source>
        <translation>Remove evidence files</translation>
    </message>
    <message>
        <source>Remove evidence {name}</source>
        <translation>Remove evidence {name}</translation>
    </message>
    <message>
        <source>Remove {count} evidence files</source>
        <translation>Remove {count} evidence files</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Start a new lagdesk file</source>
        <translation>Start a new lagdesk file</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open another lagdesk file</source>
        <translation>Open another lagdesk file</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>&amp;Backup now…</translation>
    </message>
    <message>
        <source>Save a copy of this file, for example on a USB stick</source>
        <translation>Save a copy of this file, for example on a USB stick</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Res&amp;tore from backup…</translation>
    </message>
    <message>
        <source>Put one of this file&apos;s automatic backups in its place</source>
        <translation>Put one of this file&apos;s automatic backups in its place</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>New lagdesk file</source>
        <translation>New lagdesk file</translation>
    </message>
    <message>
        <source>New file.sqlite</source>
        <translation>New file.sqlite</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or use File &gt; Open to open it.</source>
        <translation>{path} already exists. Choose another name, or use File &gt; Open to open it.</translation>
    </message>
    <message>
        <source>Open lagdesk file</source>
        <translation>Open lagdesk file</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Open recent</translation>
    </message>
    <message>
        <source>{path} no longer exists, so it was removed from the list.</source>
        <translation>{path} no longer exists, so it was removed from the list.</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>lagdesk files (*.sqlite *.db)</source>
        <translation>lagdesk files (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>Backup now</translation>
    </message>
    <message>
        <source>Making a backup copy of {name}…</source>
        <translation>Making a backup copy of {name}…</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>Backup saved to {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
</context>
<context>
    <name>FileHealth</name>
    <message>
        <source>Read-only: changes cannot be saved here</source>
        <translation>Read-only: changes cannot be saved here</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Save a copy as…</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}). Restore from a backup (File → Restore from backup…) or run lagdesk recover --db {path} --out NEW_FILE to save what can still be read.</source>
        <translation>{path} is damaged ({problem}). Restore from a backup (File → Restore from backup…) or run lagdesk recover --db {path} --out NEW_FILE to save what can still be read.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>The copy was not saved</translation>
    </message>
    <message>
        <source>The copy {path} is now open.</source>
        <translation>The copy {path} is now open.</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Files of the meeting</source>
        <translation>Files of the meeting</translation>
    </message>
    <message>
        <source>Mark who is shown, so that erasing a person finds their photos</source>
        <translation>Mark who is shown, so that erasing a person finds their photos</translation>
    </message>
    <message>
        <source>Add photos and documents; you can also drag files onto this list</source>
        <translation>Add photos and documents; you can also drag files onto this list</translation>
    </message>
    <message>
        <source>No files yet: add photos and documents, or drag them here.</source>
        <translation>No files yet: add photos and documents, or drag them here.</translation>
    </message>
    <message>
        <source>Select a file to see it here.</source>
        <translation>Select a file to see it here.</translation>
    </message>
    <message>
        <source>{name}
{kind} · {size} · added on {added}</source>
        <translation>{name}
{kind} · {size} · added on {added}</translation>
    </message>
    <message>
        <source>Taken on {date}</source>
        <translation>Taken on {date}</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use Open to see it.</source>
        <translation>No preview for this kind of file. Use Open to see it.</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>This picture cannot be shown.</translation>
    </message>
    <message>
        <source>People in this photo: {names}</source>
        <translation>People in this photo: {names}</translation>
    </message>
    <message>
        <source>Nobody is marked in this photo.</source>
        <translation>Nobody is marked in this photo.</translation>
    </message>
    <message>
        <source>Add a signed attendance list</source>
        <translation>Add a signed attendance list</translation>
    </message>
    <message>
        <source>Add files to the meeting</source>
        <translation>Add files to the meeting</translation>
    </message>
    <message>
        <source>All files (*);;Photos (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff);;Documents (*.pdf *.docx *.doc *.odt *.xlsx *.ods *.pptx *.txt)</source>
        <translation>All files (*);;Photos (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff);;Documents (*.pdf *.docx *.doc *.odt *.xlsx *.ods *.pptx *.txt)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message numerus="yes">
        <source>Add %n files</source>
        <translation>
            <numerusform>Add %n file</numerusform>
            <numerusform>Add %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Change file</source>
        <translation>Change file</translation>
    </message>
    <message>
        <source>Mark {name} publishable</source>
        <translation>Mark {name} publishable</translation>
    </message>
    <message>
        <source>Untick consent of {name}</source>
        <translation>Untick consent of {name}</translation>
    </message>
    <message>
        <source>Edit the caption of {name}</source>
        <translation>Edit the caption of {name}</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Change {name}</translation>
    </message>
    <message>
        <source>People in this photo</source>
        <translation>People in this photo</translation>
    </message>
    <message>
        <source>Mark the people in {name}</source>
        <translation>Mark the people in {name}</translation>
    </message>
    <message>
        <source>Save {name} as</source>
        <translation>Save {name} as</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Saved {name} to {path}</source>
        <translation>Saved {name} to {path}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>People in this photo…</source>
        <translation>People in this photo…</translation>
    </message>
    <message>
        <source>Open a copy with the program your system uses (Enter in the list)</source>
        <translation>Open a copy with the program your system uses (Enter in the list)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Save a copy of the file (Ctrl+Shift+S)</source>
        <translation>Save a copy of the file (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>A&amp;dd files…</translation>
    </message>
    <message>
        <source>Add signed attendance list…</source>
        <translation>Add signed attendance list…</translation>
    </message>
    <message>
        <source>Delete the selected files (Delete in the list)</source>
        <translation>Delete the selected files (Delete in the list)</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. Use Save as… and open it from the folder.</source>
        <translation>No program on this computer opens {name}. Use Save as… and open it from the folder.</translation>
    </message>
    <message>
        <source>Opened a copy of {name}; changes to it are not stored in lagdesk.</source>
        <translation>Opened a copy of {name}; changes to it are not stored in lagdesk.</translation>
    </message>
    <message>
        <source>Delete {name} from this meeting?</source>
        <translation>Delete {name} from this meeting?</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n files from this meeting?</source>
        <translation>
            <numerusform>Delete this file from this meeting?</numerusform>
            <numerusform>Delete these %n files from this meeting?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n files</source>
        <translation>
            <numerusform>Delete %n file</numerusform>
            <numerusform>Delete %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>{question} You can undo this with Edit &gt; Undo.</source>
        <translation>{question} You can undo this with Edit &gt; Undo.</translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>Delete files</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>FundingSource</name>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>FundingTab</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Funding l&amp;ines (F2 edits an amount):</source>
        <translation>Funding l&amp;ines (F2 edits an amount):</translation>
    </message>
    <message>
        <source>&amp;Add funding line</source>
        <translation>&amp;Add funding line</translation>
    </message>
    <message>
        <source>&amp;Remove funding line</source>
        <translation>&amp;Remove funding line</translation>
    </message>
    <message>
        <source>funding amount</source>
        <translation>funding amount</translation>
    </message>
    <message>
        <source>the amount “{text}” is not a number.</source>
        <translation>the amount “{text}” is not a number.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Estimated cost {cost} · funding lines {funded}
Secured {secured} ({share} of the cost) · applied {applied} · potential {potential}
Funding gap (cost − secured) {gap}</source>
        <translation>Estimated cost {cost} · funding lines {funded}
Secured {secured} ({share} of the cost) · applied {applied} · potential {potential}
Funding gap (cost − secured) {gap}</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>O&amp;bjective:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Progress:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>St&amp;art:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Estimated &amp;cost:</source>
        <translation>Estimated &amp;cost:</translation>
    </message>
    <message>
        <source>E&amp;xpected result:</source>
        <translation>E&amp;xpected result:</translation>
    </message>
    <message>
        <source>O&amp;utputs:</source>
        <translation>O&amp;utputs:</translation>
    </message>
    <message>
        <source>Ge&amp;nder</source>
        <translation>Ge&amp;nder</translation>
    </message>
    <message>
        <source>G&amp;reen</source>
        <translation>G&amp;reen</translation>
    </message>
    <message>
        <source>D&amp;igital</source>
        <translation>D&amp;igital</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <source>Ot&amp;her tags:</source>
        <translation>Ot&amp;her tags:</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>01: the action targets gender equality; 02: gender equality is mainstreamed in it; 03: it is gender neutral.</source>
        <translation>01: the action targets gender equality; 02: gender equality is mainstreamed in it; 03: it is gender neutral.</translation>
    </message>
    <message>
        <source>EU gender di&amp;mension:</source>
        <translation>EU gender di&amp;mension:</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>estimated cost</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>“{text}” is not an amount.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>{name} — group</source>
        <translation>{name} — group</translation>
    </message>
    <message>
        <source>for example: Working group on social clauses</source>
        <translation>for example: Working group on social clauses</translation>
    </message>
    <message>
        <source>(none: a top-level group)</source>
        <translation>(none: a top-level group)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Part of:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>De&amp;scription:</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
</context>
<context>
    <name>GroupKind</name>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;New group…</translation>
    </message>
    <message>
        <source>Ed&amp;it group…</source>
        <translation>Ed&amp;it group…</translation>
    </message>
    <message>
        <source>&amp;Delete group</source>
        <translation>&amp;Delete group</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Make-up of the group today</source>
        <translation>Make-up of the group today</translation>
    </message>
    <message>
        <source>Members of {group}</source>
        <translation>Members of {group}</translation>
    </message>
    <message>
        <source>Add group {name}</source>
        <translation>Add group {name}</translation>
    </message>
    <message>
        <source>Edit group {name}</source>
        <translation>Edit group {name}</translation>
    </message>
    <message>
        <source>Group {name} saved.</source>
        <translation>Group {name} saved.</translation>
    </message>
    <message>
        <source>End the membership of {name}</source>
        <translation>End the membership of {name}</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete group {name}</source>
        <translation>Delete group {name}</translation>
    </message>
</context>
<context>
    <name>Iap</name>
    <message>
        <source>the Integrated Action Plan to a .docx, .pdf or .html file</source>
        <translation>the Integrated Action Plan to a .docx, .pdf or .html file</translation>
    </message>
    <message>
        <source>a saved version of the plan (default: the plan as it is now)</source>
        <translation>a saved version of the plan (default: the plan as it is now)</translation>
    </message>
    <message>
        <source>show local group members&apos; personal names</source>
        <translation>show local group members&apos; personal names</translation>
    </message>
    <message>
        <source>report date for current values (YYYY-MM-DD; default: today)</source>
        <translation>report date for current values (YYYY-MM-DD; default: today)</translation>
    </message>
    <message>
        <source>every chart to its own file in a folder</source>
        <translation>every chart to its own file in a folder</translation>
    </message>
    <message>
        <source>the folder to write the charts into (created if missing)</source>
        <translation>the folder to write the charts into (created if missing)</translation>
    </message>
    <message>
        <source>file format of the charts (default: png)</source>
        <translation>file format of the charts (default: png)</translation>
    </message>
    <message>
        <source>the Excel report: one sheet per subject</source>
        <translation>the Excel report: one sheet per subject</translation>
    </message>
    <message>
        <source>replace personal names and contacts with pseudonyms (P-0001 ...)</source>
        <translation>replace personal names and contacts with pseudonyms (P-0001 ...)</translation>
    </message>
    <message>
        <source>{path}: name the file .docx, .pdf or .html.</source>
        <translation>{path}: name the file .docx, .pdf or .html.</translation>
    </message>
    <message>
        <source>Integrated Action Plan written to {path} ({pages} pages).</source>
        <translation>Integrated Action Plan written to {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>Integrated Action Plan written to {path}.</source>
        <translation>Integrated Action Plan written to {path}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} is a file, not a folder.</translation>
    </message>
    <message>
        <source>{done} of {total} charts drawn</source>
        <translation>{done} of {total} charts drawn</translation>
    </message>
    <message>
        <source>{count} charts written to {path}.</source>
        <translation>{count} charts written to {path}.</translation>
    </message>
    <message>
        <source>Excel report written to {path}: {sheets} sheets, {rows} rows.</source>
        <translation>Excel report written to {path}: {sheets} sheets, {rows} rows.</translation>
    </message>
    <message>
        <source>No plan version is named “{name}”: the plan has no saved versions.</source>
        <translation>No plan version is named “{name}”: the plan has no saved versions.</translation>
    </message>
    <message>
        <source>No plan version is named “{name}”. Saved versions: {names}.</source>
        <translation>No plan version is named “{name}”. Saved versions: {names}.</translation>
    </message>
    <message>
        <source>Version: {name} ({status}, {date})</source>
        <translation>Version: {name} ({status}, {date})</translation>
    </message>
    <message>
        <source>Version: the plan as it stands (not a saved version)</source>
        <translation>Version: the plan as it stands (not a saved version)</translation>
    </message>
    <message>
        <source>Report date: {date}</source>
        <translation>Report date: {date}</translation>
    </message>
    <message>
        <source>Integrated Action Plan</source>
        <translation>Integrated Action Plan</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
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
        <translation>Strategic objectives</translation>
    </message>
    <message>
        <source>Specific objectives</source>
        <translation>Specific objectives</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Secured funding</source>
        <translation>Secured funding</translation>
    </message>
    <message>
        <source>Funding gap</source>
        <translation>Funding gap</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicators achieved or on track</source>
        <translation>Indicators achieved or on track</translation>
    </message>
    <message>
        <source>Local group members</source>
        <translation>Local group members</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>{city} prepared this plan in the {network} network ({programme}).</source>
        <translation>{city} prepared this plan in the {network} network ({programme}).</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>The city</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Topic: {topic}</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Cover and executive summary</source>
        <translation>Cover and executive summary</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Problem analysis</source>
        <translation>Problem analysis</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No context, problem analysis or baseline is recorded yet.</source>
        <translation>No context, problem analysis or baseline is recorded yet.</translation>
    </message>
    <message>
        <source>Context and challenge</source>
        <translation>Context and challenge</translation>
    </message>
    <message>
        <source>Local group composition</source>
        <translation>Local group composition</translation>
    </message>
    <message>
        <source>{group}: {count} members on {date}.</source>
        <translation>{group}: {count} members on {date}.</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>No organisation</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Local group members by sector and gender</source>
        <translation>Local group members by sector and gender</translation>
    </message>
    <message>
        <source>No local group members are recorded.</source>
        <translation>No local group members are recorded.</translation>
    </message>
    <message>
        <source>{count} meetings up to {date}, with {present} attendances.</source>
        <translation>{count} meetings up to {date}, with {present} attendances.</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>No meetings are recorded.</source>
        <translation>No meetings are recorded.</translation>
    </message>
    <message>
        <source>Tools used</source>
        <translation>Tools used</translation>
    </message>
    <message>
        <source>{tool}: {count} meetings</source>
        <translation>{tool}: {count} meetings</translation>
    </message>
    <message>
        <source>No participatory tools are recorded.</source>
        <translation>No participatory tools are recorded.</translation>
    </message>
    <message>
        <source>Transnational learning</source>
        <translation>Transnational learning</translation>
    </message>
    <message>
        <source>Transnational meeting</source>
        <translation>Transnational meeting</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>No transnational learning is recorded.</source>
        <translation>No transnational learning is recorded.</translation>
    </message>
    <message>
        <source>Participatory process</source>
        <translation>Participatory process</translation>
    </message>
    <message>
        <source>No objectives are recorded.</source>
        <translation>No objectives are recorded.</translation>
    </message>
    <message>
        <source>Vision and objectives</source>
        <translation>Vision and objectives</translation>
    </message>
    <message>
        <source>Objective tree</source>
        <translation>Objective tree</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>{code} {title}</source>
        <translation>{code} {title}</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>Timescale</source>
        <translation>Timescale</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>No actions are recorded.</source>
        <translation>No actions are recorded.</translation>
    </message>
    <message>
        <source>No actions are recorded, so there is no timeline.</source>
        <translation>No actions are recorded, so there is no timeline.</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Timeline of the actions</source>
        <translation>Timeline of the actions</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsibilities</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>No milestones are recorded.</source>
        <translation>No milestones are recorded.</translation>
    </message>
    <message>
        <source>Resourcing</source>
        <translation>Resourcing</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Secured</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Secured share</source>
        <translation>Secured share</translation>
    </message>
    <message>
        <source>Cost and funding per action</source>
        <translation>Cost and funding per action</translation>
    </message>
    <message>
        <source>Funding by source</source>
        <translation>Funding by source</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Funding by source and status</source>
        <translation>Funding by source and status</translation>
    </message>
    <message>
        <source>No funding lines are recorded.</source>
        <translation>No funding lines are recorded.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>No indicators are recorded.</source>
        <translation>No indicators are recorded.</translation>
    </message>
    <message>
        <source>{code} {name}</source>
        <translation>{code} {name}</translation>
    </message>
    <message>
        <source>Indicators by status</source>
        <translation>Indicators by status</translation>
    </message>
    <message>
        <source>Results framework</source>
        <translation>Results framework</translation>
    </message>
    <message>
        <source>Current values and statuses as of {date}.</source>
        <translation>Current values and statuses as of {date}.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation>Progress charts</translation>
    </message>
    <message>
        <source>Progress charts of {count} more indicators are left out here; the chart export draws every one.</source>
        <translation>Progress charts of {count} more indicators are left out here; the chart export draws every one.</translation>
    </message>
    <message>
        <source>No risks are recorded.</source>
        <translation>No risks are recorded.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Likelihood \ impact</source>
        <translation>Likelihood \ impact</translation>
    </message>
    <message>
        <source>Open and mitigated risks by likelihood (rows) and impact (columns)</source>
        <translation>Open and mitigated risks by likelihood (rows) and impact (columns)</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risk register</translation>
    </message>
    <message>
        <source>Likelihood and impact</source>
        <translation>Likelihood and impact</translation>
    </message>
    <message>
        <source>Meetings and attendance</source>
        <translation>Meetings and attendance</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Members are listed by organisation and role, without personal names.</source>
        <translation>Members are listed by organisation and role, without personal names.</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Unknown choice for a row: {choice}.</source>
        <translation>Unknown choice for a row: {choice}.</translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation>column {letter}</translation>
    </message>
    <message>
        <source>this is a spreadsheet workbook, not a CSV file; rename it to .xlsx.</source>
        <translation>this is a spreadsheet workbook, not a CSV file; rename it to .xlsx.</translation>
    </message>
    <message>
        <source>this is not a text (CSV) file.</source>
        <translation>this is not a text (CSV) file.</translation>
    </message>
    <message>
        <source>row {row} holds a NUL character (a zero byte), which no text (CSV) file has; the file is damaged or is not a CSV file. Open it in a spreadsheet program and save it as CSV UTF-8.</source>
        <translation>row {row} holds a NUL character (a zero byte), which no text (CSV) file has; the file is damaged or is not a CSV file. Open it in a spreadsheet program and save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not an encoding lagdesk knows.</source>
        <translation>{name} is not an encoding lagdesk knows.</translation>
    </message>
    <message>
        <source>lagdesk cannot tell the text encoding of this file; save it as CSV UTF-8.</source>
        <translation>lagdesk cannot tell the text encoding of this file; save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>line {line} is not valid {encoding} text; choose the file&apos;s encoding or save it as CSV UTF-8.</source>
        <translation>line {line} is not valid {encoding} text; choose the file&apos;s encoding or save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>row {row} cannot be read as CSV ({detail}).</source>
        <translation>row {row} cannot be read as CSV ({detail}).</translation>
    </message>
    <message>
        <source>{organisation} is stored with the sector {sector}; the file&apos;s sector is not applied to it.</source>
        <translation>{organisation} is stored with the sector {sector}; the file&apos;s sector is not applied to it.</translation>
    </message>
    <message>
        <source>row {row} gives {organisation} the sector {sector}; that one is used.</source>
        <translation>row {row} gives {organisation} the sector {sector}; that one is used.</translation>
    </message>
    <message>
        <source>{organisation} is a new organisation: give its sector (public, private, civic or knowledge).</source>
        <translation>{organisation} is a new organisation: give its sector (public, private, civic or knowledge).</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>same email</translation>
    </message>
    <message>
        <source>same first name, last name and organisation</source>
        <translation>same first name, last name and organisation</translation>
    </message>
    <message>
        <source>same first name and last name</source>
        <translation>same first name and last name</translation>
    </message>
    <message>
        <source>{reason} as row {row}</source>
        <translation>{reason} as row {row}</translation>
    </message>
    <message>
        <source>no column holds the last name (a header such as “Last name” or “Surname”); the columns are: {columns}.</source>
        <translation>no column holds the last name (a header such as “Last name” or “Surname”); the columns are: {columns}.</translation>
    </message>
    <message>
        <source>the column choice names {name}, which is not a column of the file or a field lagdesk imports, or is chosen twice.</source>
        <translation>the column choice names {name}, which is not a column of the file or a field lagdesk imports, or is chosen twice.</translation>
    </message>
    <message>
        <source>give both power and interest, or neither.</source>
        <translation>give both power and interest, or neither.</translation>
    </message>
    <message>
        <source>the file has no rows.</source>
        <translation>the file has no rows.</translation>
    </message>
    <message>
        <source>the file has a header row but no people below it.</source>
        <translation>the file has a header row but no people below it.</translation>
    </message>
    <message>
        <source>the file has more than {limit} rows; split it into smaller files.</source>
        <translation>the file has more than {limit} rows; split it into smaller files.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>this is a folder, not a file.</translation>
    </message>
    <message>
        <source>no such file.</source>
        <translation>no such file.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>lagdesk imports .xlsx and .csv files; save the file in one of these formats.</source>
        <translation>lagdesk imports .xlsx and .csv files; save the file in one of these formats.</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit}.</source>
        <translation>the text is {length} characters long; at most {limit}.</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} is not one of: {choices}.</translation>
    </message>
    <message>
        <source>{value} is not a whole number from 1 to 5.</source>
        <translation>{value} is not a whole number from 1 to 5.</translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete; open it in Excel or LibreOffice and save it again.</source>
        <translation>the workbook is damaged or incomplete; open it in Excel or LibreOffice and save it again.</translation>
    </message>
    <message>
        <source>the workbook is saved in a form lagdesk cannot read; open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook).</source>
        <translation>the workbook is saved in a form lagdesk cannot read; open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook).</translation>
    </message>
    <message>
        <source>the workbook is protected with a password; open it, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>the workbook is protected with a password; open it, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</translation>
    </message>
    <message>
        <source>this is an old .xls workbook; save it as .xlsx (Excel Workbook).</source>
        <translation>this is an old .xls workbook; save it as .xlsx (Excel Workbook).</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx).</source>
        <translation>this is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>this is a Word document, not an Excel workbook.</source>
        <translation>this is a Word document, not an Excel workbook.</translation>
    </message>
    <message>
        <source>this is an OpenDocument file; save it as .xlsx (Excel 2007-365).</source>
        <translation>this is an OpenDocument file; save it as .xlsx (Excel 2007-365).</translation>
    </message>
    <message>
        <source>the cell holds a formula ({formula}); lagdesk does not calculate formulas. Copy the column and paste it as values.</source>
        <translation>the cell holds a formula ({formula}); lagdesk does not calculate formulas. Copy the column and paste it as values.</translation>
    </message>
    <message>
        <source>the cell shows the error {error}.</source>
        <translation>the cell shows the error {error}.</translation>
    </message>
    <message>
        <source>the workbook has no sheets.</source>
        <translation>the workbook has no sheets.</translation>
    </message>
    <message>
        <source>the workbook has no sheet named {sheet}; its sheets are: {names}.</source>
        <translation>the workbook has no sheet named {sheet}; its sheets are: {names}.</translation>
    </message>
    <message>
        <source>the chosen sheet is a chart, not a table.</source>
        <translation>the chosen sheet is a chart, not a table.</translation>
    </message>
    <message>
        <source>people, their organisations and groups from an .xlsx or .csv file</source>
        <translation>people, their organisations and groups from an .xlsx or .csv file</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>check and report, write nothing</translation>
    </message>
    <message>
        <source>what to do with a row for someone already known (default: skip)</source>
        <translation>what to do with a row for someone already known (default: skip)</translation>
    </message>
    <message>
        <source>import the valid rows, leave the others</source>
        <translation>import the valid rows, leave the others</translation>
    </message>
    <message>
        <source>text encoding of a CSV file</source>
        <translation>text encoding of a CSV file</translation>
    </message>
    <message>
        <source>sheet of a workbook to read</source>
        <translation>sheet of a workbook to read</translation>
    </message>
    <message>
        <source>people and organisations to an .xlsx workbook</source>
        <translation>people and organisations to an .xlsx workbook</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>separator {separator}</source>
        <translation>separator {separator}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>sheet {sheet}</translation>
    </message>
    <message>
        <source>{file}: {rows} rows read ({details}).</source>
        <translation>{file}: {rows} rows read ({details}).</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}.</source>
        <translation>Columns ignored: {columns}.</translation>
    </message>
    <message>
        <source>New people: {new}. Already known: {existing} ({unchanged} unchanged). Repeated in the file: {repeated}. Invalid: {invalid}.</source>
        <translation>New people: {new}. Already known: {existing} ({unchanged} unchanged). Repeated in the file: {repeated}. Invalid: {invalid}.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Note: {warning}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. The import would give:</source>
        <translation>Dry run: nothing was written. The import would give:</translation>
    </message>
    <message>
        <source>Created: {created}. Updated: {updated}. Unchanged: {unchanged}. Skipped: {skipped}. Rejected: {rejected}.</source>
        <translation>Created: {created}. Updated: {updated}. Unchanged: {unchanged}. Skipped: {skipped}. Rejected: {rejected}.</translation>
    </message>
    <message>
        <source>New organisations: {organisations}. New groups: {groups}.</source>
        <translation>New organisations: {organisations}. New groups: {groups}.</translation>
    </message>
    <message>
        <source>Rejected: {problem}</source>
        <translation>Rejected: {problem}</translation>
    </message>
    <message>
        <source>lagdesk: {rows} row(s) refused; nothing was imported. Correct the file, or add --skip-invalid to import the other rows.</source>
        <translation>lagdesk: {rows} row(s) refused; nothing was imported. Correct the file, or add --skip-invalid to import the other rows.</translation>
    </message>
    <message>
        <source>{people} people and {organisations} organisations written to {path}.</source>
        <translation>{people} people and {organisations} organisations written to {path}.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>Apply to &amp;all</source>
        <translation>Apply to &amp;all</translation>
    </message>
    <message>
        <source>For every person already known:</source>
        <translation>For every person already known:</translation>
    </message>
    <message>
        <source>Choose a row and press F2 (or double-click) to change what is done with it.</source>
        <translation>Choose a row and press F2 (or double-click) to change what is done with it.</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems</source>
        <translation>&amp;Skip the rows with problems</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import people from {file}</source>
        <translation>Import people from {file}</translation>
    </message>
    <message>
        <source>{file}: {count} rows below the header in row {header}.</source>
        <translation>{file}: {count} rows below the header in row {header}.</translation>
    </message>
    <message>
        <source>Text encoding: {encoding}.</source>
        <translation>Text encoding: {encoding}.</translation>
    </message>
    <message>
        <source>Sheet: {sheet}.</source>
        <translation>Sheet: {sheet}.</translation>
    </message>
    <message>
        <source>&amp;Problems ({count})</source>
        <translation>&amp;Problems ({count})</translation>
    </message>
    <message>
        <source>Already &amp;known ({count})</source>
        <translation>Already &amp;known ({count})</translation>
    </message>
    <message>
        <source>All &amp;rows ({count})</source>
        <translation>All &amp;rows ({count})</translation>
    </message>
    <message>
        <source>Choose the column that holds the last name.</source>
        <translation>Choose the column that holds the last name.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>Not imported: {columns}.</translation>
    </message>
    <message>
        <source>Reading the file again with these columns…</source>
        <translation>Reading the file again with these columns…</translation>
    </message>
    <message>
        <source>Rows: {count}</source>
        <translation>Rows: {count}</translation>
    </message>
    <message>
        <source>new people: {count}</source>
        <translation>new people: {count}</translation>
    </message>
    <message>
        <source>already in the register: {count} (with changes: {changed})</source>
        <translation>already in the register: {count} (with changes: {changed})</translation>
    </message>
    <message>
        <source>repeating an earlier row: {count}</source>
        <translation>repeating an earlier row: {count}</translation>
    </message>
    <message>
        <source>with problems: {count}</source>
        <translation>with problems: {count}</translation>
    </message>
    <message>
        <source>new organisations: {count}</source>
        <translation>new organisations: {count}</translation>
    </message>
    <message>
        <source>new groups: {count}</source>
        <translation>new groups: {count}</translation>
    </message>
    <message>
        <source>Some rows have problems: correct the file, or skip those rows.</source>
        <translation>Some rows have problems: correct the file, or skip those rows.</translation>
    </message>
</context>
<context>
    <name>IndicatorActions</name>
    <message>
        <source>New indicator {code}</source>
        <translation>New indicator {code}</translation>
    </message>
    <message>
        <source>Edit indicator {code}</source>
        <translation>Edit indicator {code}</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>Delete indicator {code} “{name}” and its {count} measurements? You can undo this with Ctrl+Z.</source>
        <translation>Delete indicator {code} “{name}” and its {count} measurements? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete indicator {code}</source>
        <translation>Delete indicator {code}</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Indicator {code}</source>
        <translation>Indicator {code}</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Values</translation>
    </message>
    <message>
        <source>C&amp;ollection</source>
        <translation>C&amp;ollection</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>Lin&amp;ks</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>optional, e.g. RCO 83 or RCR 79</source>
        <translation>optional, e.g. RCO 83 or RCR 79</translation>
    </message>
    <message>
        <source>&amp;EU common indicator:</source>
        <translation>&amp;EU common indicator:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Whether a rising or a falling value is good</source>
        <translation>Whether a rising or a falling value is good</translation>
    </message>
    <message>
        <source>&amp;Polarity:</source>
        <translation>&amp;Polarity:</translation>
    </message>
    <message>
        <source>Cumulative: measurements add up to the baseline. Latest: the last measurement is the value.</source>
        <translation>Cumulative: measurements add up to the baseline. Latest: the last measurement is the value.</translation>
    </message>
    <message>
        <source>&amp;Accumulation:</source>
        <translation>&amp;Accumulation:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origin:</translation>
    </message>
    <message>
        <source>&amp;Baseline value:</source>
        <translation>&amp;Baseline value:</translation>
    </message>
    <message>
        <source>Baseline &amp;date:</source>
        <translation>Baseline &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Milestones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Add m&amp;ilestone</source>
        <translation>Add m&amp;ilestone</translation>
    </message>
    <message>
        <source>&amp;Remove milestone</source>
        <translation>&amp;Remove milestone</translation>
    </message>
    <message>
        <source>&amp;Target value:</source>
        <translation>&amp;Target value:</translation>
    </message>
    <message>
        <source>Target dat&amp;e:</source>
        <translation>Target dat&amp;e:</translation>
    </message>
    <message>
        <source>Data so&amp;urce:</source>
        <translation>Data so&amp;urce:</translation>
    </message>
    <message>
        <source>Collection &amp;method:</source>
        <translation>Collection &amp;method:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>Disaggregation (&amp;breakdown):</source>
        <translation>Disaggregation (&amp;breakdown):</translation>
    </message>
    <message>
        <source>Linked o&amp;bjectives</source>
        <translation>Linked o&amp;bjectives</translation>
    </message>
    <message>
        <source>Linked ac&amp;tions</source>
        <translation>Linked ac&amp;tions</translation>
    </message>
    <message>
        <source>Filter by code or title</source>
        <translation>Filter by code or title</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Filter actions</translation>
    </message>
    <message>
        <source>Only &amp;linked</source>
        <translation>Only &amp;linked</translation>
    </message>
    <message>
        <source>From the procurement indicator library; you may change any field.</source>
        <translation>From the procurement indicator library; you may change any field.</translation>
    </message>
    <message>
        <source>Your own indicator.</source>
        <translation>Your own indicator.</translation>
    </message>
    <message>
        <source>{count} of {total} actions linked</source>
        <translation>{count} of {total} actions linked</translation>
    </message>
    <message>
        <source>Milestone date</source>
        <translation>Milestone date</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
    <message>
        <source>Milestone {row}: “{text}” is not a number.</source>
        <translation>Milestone {row}: “{text}” is not a number.</translation>
    </message>
    <message>
        <source>milestone value</source>
        <translation>milestone value</translation>
    </message>
    <message>
        <source>There is no person named “{name}”.</source>
        <translation>There is no person named “{name}”.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>Indicator not saved</source>
        <translation>Indicator not saved</translation>
    </message>
</context>
<context>
    <name>IndicatorFilters</name>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>Fil&amp;ter:</translation>
    </message>
    <message>
        <source>Code or name contains…</source>
        <translation>Code or name contains…</translation>
    </message>
    <message>
        <source>Filter indicators</source>
        <translation>Filter indicators</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>Library: preloaded procurement indicators; own: those you added</source>
        <translation>Library: preloaded procurement indicators; own: those you added</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Own</translation>
    </message>
</context>
<context>
    <name>IndicatorLibrary</name>
    <message>
        <source>Contracts above EUR 10 000 with green clauses (share by number)</source>
        <translation>Contracts above EUR 10 000 with green clauses (share by number)</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 signed in the period that contain at least one green clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Contracts above EUR 10 000 signed in the period that contain at least one green clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with green clauses (share by value)</source>
        <translation>Contracts above EUR 10 000 with green clauses (share by value)</translation>
    </message>
    <message>
        <source>Value of the contracts above EUR 10 000 with at least one green clause (specification, selection, award or contract conditions) as a percentage of the value of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Value of the contracts above EUR 10 000 with at least one green clause (specification, selection, award or contract conditions) as a percentage of the value of all contracts above EUR 10 000 signed in the period.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with social clauses (share by number)</source>
        <translation>Contracts above EUR 10 000 with social clauses (share by number)</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 signed in the period that contain at least one social clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Contracts above EUR 10 000 signed in the period that contain at least one social clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with social clauses (share by value)</source>
        <translation>Contracts above EUR 10 000 with social clauses (share by value)</translation>
    </message>
    <message>
        <source>Value of the contracts above EUR 10 000 with at least one social clause as a percentage of the value of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Value of the contracts above EUR 10 000 with at least one social clause as a percentage of the value of all contracts above EUR 10 000 signed in the period.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with gender clauses (share by number)</source>
        <translation>Contracts above EUR 10 000 with gender clauses (share by number)</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 signed in the period that contain at least one gender-equality clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Contracts above EUR 10 000 signed in the period that contain at least one gender-equality clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.</translation>
    </message>
    <message>
        <source>Contracts above EUR 10 000 with gender clauses (share by value)</source>
        <translation>Contracts above EUR 10 000 with gender clauses (share by value)</translation>
    </message>
    <message>
        <source>Value of the contracts above EUR 10 000 with at least one gender-equality clause as a percentage of the value of all contracts above EUR 10 000 signed in the period.</source>
        <translation>Value of the contracts above EUR 10 000 with at least one gender-equality clause as a percentage of the value of all contracts above EUR 10 000 signed in the period.</translation>
    </message>
    <message>
        <source>Tenders using EU GPP core or comprehensive criteria</source>
        <translation>Tenders using EU GPP core or comprehensive criteria</translation>
    </message>
    <message>
        <source>Tenders published that apply the EU green public procurement (GPP) core or comprehensive criteria for their product group.</source>
        <translation>Tenders published that apply the EU green public procurement (GPP) core or comprehensive criteria for their product group.</translation>
    </message>
    <message>
        <source>Tenders using life-cycle costing</source>
        <translation>Tenders using life-cycle costing</translation>
    </message>
    <message>
        <source>Tenders published in which the most economically advantageous tender is identified with life-cycle costing rather than purchase price alone.</source>
        <translation>Tenders published in which the most economically advantageous tender is identified with life-cycle costing rather than purchase price alone.</translation>
    </message>
    <message>
        <source>Procurement staff trained (by sex)</source>
        <translation>Procurement staff trained (by sex)</translation>
    </message>
    <message>
        <source>Staff of the contracting authority working on procurement who completed training on strategic (green, social or gender-responsive) procurement, counted once per person, by sex.</source>
        <translation>Staff of the contracting authority working on procurement who completed training on strategic (green, social or gender-responsive) procurement, counted once per person, by sex.</translation>
    </message>
    <message>
        <source>Contract staff trained in gender issues (by sex)</source>
        <translation>Contract staff trained in gender issues (by sex)</translation>
    </message>
    <message>
        <source>Contract managers and staff who monitor contract performance and completed training on gender issues in public contracts, counted once per person, by sex.</source>
        <translation>Contract managers and staff who monitor contract performance and completed training on gender issues in public contracts, counted once per person, by sex.</translation>
    </message>
    <message>
        <source>Contracts with gender-balance or pay-gap targets</source>
        <translation>Contracts with gender-balance or pay-gap targets</translation>
    </message>
    <message>
        <source>Contracts signed whose conditions set the supplier a target for the gender balance of the staff delivering the contract or for closing its gender pay gap.</source>
        <translation>Contracts signed whose conditions set the supplier a target for the gender balance of the staff delivering the contract or for closing its gender pay gap.</translation>
    </message>
    <message>
        <source>Share of procurement spend with local suppliers</source>
        <translation>Share of procurement spend with local suppliers</translation>
    </message>
    <message>
        <source>Payments to suppliers registered in the functional urban area as a percentage of all procurement payments in the period.</source>
        <translation>Payments to suppliers registered in the functional urban area as a percentage of all procurement payments in the period.</translation>
    </message>
    <message>
        <source>Share of procurement spend with SMEs</source>
        <translation>Share of procurement spend with SMEs</translation>
    </message>
    <message>
        <source>Payments to small and medium-sized enterprises as a percentage of all procurement payments in the period.</source>
        <translation>Payments to small and medium-sized enterprises as a percentage of all procurement payments in the period.</translation>
    </message>
    <message>
        <source>Share of procurement spend with social-economy enterprises</source>
        <translation>Share of procurement spend with social-economy enterprises</translation>
    </message>
    <message>
        <source>Payments to social-economy enterprises (social cooperatives, work integration social enterprises, NGOs with economic activity) as a percentage of all procurement payments in the period.</source>
        <translation>Payments to social-economy enterprises (social cooperatives, work integration social enterprises, NGOs with economic activity) as a percentage of all procurement payments in the period.</translation>
    </message>
    <message>
        <source>Share of procurement spend with women-led businesses</source>
        <translation>Share of procurement spend with women-led businesses</translation>
    </message>
    <message>
        <source>Payments to businesses owned or managed mainly by women as a percentage of all procurement payments in the period.</source>
        <translation>Payments to businesses owned or managed mainly by women as a percentage of all procurement payments in the period.</translation>
    </message>
    <message>
        <source>Reserved contracts awarded</source>
        <translation>Reserved contracts awarded</translation>
    </message>
    <message>
        <source>Contracts awarded in procedures reserved for sheltered workshops, social enterprises or other operators whose main aim is the integration of disabled or disadvantaged people.</source>
        <translation>Contracts awarded in procedures reserved for sheltered workshops, social enterprises or other operators whose main aim is the integration of disabled or disadvantaged people.</translation>
    </message>
    <message>
        <source>Jobs for disadvantaged people created through social clauses (by sex)</source>
        <translation>Jobs for disadvantaged people created through social clauses (by sex)</translation>
    </message>
    <message>
        <source>People from disadvantaged groups hired by suppliers to meet the social clauses of municipal contracts, counted once per person, by sex.</source>
        <translation>People from disadvantaged groups hired by suppliers to meet the social clauses of municipal contracts, counted once per person, by sex.</translation>
    </message>
    <message>
        <source>Market-engagement events held</source>
        <translation>Market-engagement events held</translation>
    </message>
    <message>
        <source>Preliminary market consultations, supplier days and meet-the-buyer events held before tendering.</source>
        <translation>Preliminary market consultations, supplier days and meet-the-buyer events held before tendering.</translation>
    </message>
    <message>
        <source>Procurement strategy with green, social and gender content adopted</source>
        <translation>Procurement strategy with green, social and gender content adopted</translation>
    </message>
    <message>
        <source>Yes when the city council has adopted a procurement strategy or policy that sets green, social and gender-equality objectives for municipal purchasing.</source>
        <translation>Yes when the city council has adopted a procurement strategy or policy that sets green, social and gender-equality objectives for municipal purchasing.</translation>
    </message>
    <message>
        <source>Greenhouse gas emissions avoided through green contracts</source>
        <translation>Greenhouse gas emissions avoided through green contracts</translation>
    </message>
    <message>
        <source>Estimated tonnes of CO2 equivalent avoided over the contract period by contracts with green clauses, compared with the previous contract or a standard product.</source>
        <translation>Estimated tonnes of CO2 equivalent avoided over the contract period by contracts with green clauses, compared with the previous contract or a standard product.</translation>
    </message>
    <message>
        <source>Contracts excluding listed hazardous substances</source>
        <translation>Contracts excluding listed hazardous substances</translation>
    </message>
    <message>
        <source>Contracts whose specification excludes substances on a hazardous-substance list (such as the EU candidate list of substances of very high concern) from the goods supplied or used.</source>
        <translation>Contracts whose specification excludes substances on a hazardous-substance list (such as the EU candidate list of substances of very high concern) from the goods supplied or used.</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Line {line}: “{text}” is not a date (YYYY-MM-DD).</source>
        <translation>Line {line}: “{text}” is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Line {line}: “{text}” is not a number.</source>
        <translation>Line {line}: “{text}” is not a number.</translation>
    </message>
    <message>
        <source>There is nothing to paste: no “date, value” line.</source>
        <translation>There is nothing to paste: no “date, value” line.</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>The code is longer than {limit} characters.</source>
        <translation>The code is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Code {code} is already used by “{name}”.</source>
        <translation>Code {code} is already used by “{name}”.</translation>
    </message>
    <message>
        <source>Milestone {row} has no date.</source>
        <translation>Milestone {row} has no date.</translation>
    </message>
    <message>
        <source>Milestones {first} and {row} have the same date.</source>
        <translation>Milestones {first} and {row} have the same date.</translation>
    </message>
    <message>
        <source>Milestone {row} has no value.</source>
        <translation>Milestone {row} has no value.</translation>
    </message>
    <message>
        <source>{count} linked items no longer exist; reopen the indicator.</source>
        <translation>{count} linked items no longer exist; reopen the indicator.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>Results framework</source>
        <translation>Results framework</translation>
    </message>
    <message>
        <source>&amp;New indicator…</source>
        <translation>&amp;New indicator…</translation>
    </message>
    <message>
        <source>Add an indicator of your own (Insert)</source>
        <translation>Add an indicator of your own (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Edit every field of the selected indicator (Enter)</source>
        <translation>Edit every field of the selected indicator (Enter)</translation>
    </message>
    <message>
        <source>Delete indi&amp;cator</source>
        <translation>Delete indi&amp;cator</translation>
    </message>
    <message>
        <source>Delete the selected indicator with its measurements (Delete)</source>
        <translation>Delete the selected indicator with its measurements (Delete)</translation>
    </message>
    <message>
        <source>Import &amp;measurements…</source>
        <translation>Import &amp;measurements…</translation>
    </message>
    <message>
        <source>Add measurements from an .xlsx or .csv file, with a preview first</source>
        <translation>Add measurements from an .xlsx or .csv file, with a preview first</translation>
    </message>
    <message>
        <source>{status} {count}</source>
        <translation>{status} {count}</translation>
    </message>
    <message>
        <source>{shown} of {total} indicators:</source>
        <translation>{shown} of {total} indicators:</translation>
    </message>
    <message>
        <source>the new measurement of {indicator}</source>
        <translation>the new measurement of {indicator}</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Invited groups</source>
        <translation>Invited groups</translation>
    </message>
    <message>
        <source>No groups yet: create them in Stakeholders.</source>
        <translation>No groups yet: create them in Stakeholders.</translation>
    </message>
    <message>
        <source>Invited gro&amp;ups</source>
        <translation>Invited gro&amp;ups</translation>
    </message>
    <message>
        <source>Everyone who is a member of a ticked group (or of one of its subgroups) on the meeting day is invited.</source>
        <translation>Everyone who is a member of a ticked group (or of one of its subgroups) on the meeting day is invited.</translation>
    </message>
    <message>
        <source>Type a name or organisation, then Enter</source>
        <translation>Type a name or organisation, then Enter</translation>
    </message>
    <message>
        <source>&amp;Add person:</source>
        <translation>&amp;Add person:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Invite the first person found (Enter)</source>
        <translation>Invite the first person found (Enter)</translation>
    </message>
    <message>
        <source>People invited by name</source>
        <translation>People invited by name</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected people (Del)</source>
        <translation>Remove the selected people (Del)</translation>
    </message>
    <message>
        <source>People invited by &amp;name</source>
        <translation>People invited by &amp;name</translation>
    </message>
    <message numerus="yes">
        <source>%n people invited by name</source>
        <translation>
            <numerusform>%n person invited by name</numerusform>
            <numerusform>%n people invited by name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the groups add %n more</source>
        <translation>
            <numerusform>the groups add %n more</numerusform>
            <numerusform>the groups add %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>{named}; {groups} on {day}: {total} invited in all.</source>
        <translation>{named}; {groups} on {day}: {total} invited in all.</translation>
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
        <translation>Type to filter risks</translation>
    </message>
    <message>
        <source>Type to filter indicators</source>
        <translation>Type to filter indicators</translation>
    </message>
    <message>
        <source>&amp;Risks (code, title, score):</source>
        <translation>&amp;Risks (code, title, score):</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>&amp;Indicators:</translation>
    </message>
    <message>
        <source>Came from the meeting decision:</source>
        <translation>Came from the meeting decision:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} is already open.</source>
        <translation>{name} is already open.</translation>
    </message>
    <message>
        <source>The file was not opened</source>
        <translation>The file was not opened</translation>
    </message>
    <message>
        <source>{file} — lagdesk</source>
        <translation>{file} — lagdesk</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Opening {file}…</translation>
    </message>
    <message>
        <source>{name} was upgraded to this version of lagdesk; a copy of it as it was is in {backup}.</source>
        <translation>{name} was upgraded to this version of lagdesk; a copy of it as it was is in {backup}.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>The backup was not restored</translation>
    </message>
    <message>
        <source>The file as it was before is kept as {previous}.</source>
        <translation>The file as it was before is kept as {previous}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>{name} was restored from {backup}.</source>
        <translation>{name} was restored from {backup}.</translation>
    </message>
    <message>
        <source>The file you are working in</source>
        <translation>The file you are working in</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About lagdesk</source>
        <translation>&amp;About lagdesk</translation>
    </message>
    <message>
        <source>lagdesk now speaks {language}.</source>
        <translation>lagdesk now speaks {language}.</translation>
    </message>
    <message>
        <source>An offline desk for local action group coordinators: stakeholders, meetings, the Integrated Action Plan and its indicators.</source>
        <translation>An offline desk for local action group coordinators: stakeholders, meetings, the Integrated Action Plan and its indicators.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Open file: {path}</source>
        <translation>Open file: {path}</translation>
    </message>
    <message>
        <source>About lagdesk</source>
        <translation>About lagdesk</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Drawing the matrix…</source>
        <translation>Drawing the matrix…</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Peop&amp;le</source>
        <translation>Peop&amp;le</translation>
    </message>
    <message>
        <source>Organisatio&amp;ns</source>
        <translation>Organisatio&amp;ns</translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>Gro&amp;up:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Stakeholders in the matrix</source>
        <translation>Stakeholders in the matrix</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Click a point or choose a row to see and change its scores. Stakeholders without scores are not in the matrix: give their first scores in their form.</source>
        <translation>Click a point or choose a row to see and change its scores. Stakeholders without scores are not in the matrix: give their first scores in their form.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Power/interest matrix</source>
        <translation>Power/interest matrix</translation>
    </message>
    <message>
        <source>Scores of {name}</source>
        <translation>Scores of {name}</translation>
    </message>
    <message>
        <source>Assess {name}</source>
        <translation>Assess {name}</translation>
    </message>
    <message>
        <source>New assessment of {name} saved.</source>
        <translation>New assessment of {name} saved.</translation>
    </message>
    <message>
        <source>the scores of {name}</source>
        <translation>the scores of {name}</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <source>Measu&amp;rements</source>
        <translation>Measu&amp;rements</translation>
    </message>
    <message>
        <source>Measurement date</source>
        <translation>Measurement date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Add the measurement typed above</source>
        <translation>Add the measurement typed above</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Delete the selected measurement (Delete)</source>
        <translation>Delete the selected measurement (Delete)</translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation>&amp;Paste…</translation>
    </message>
    <message>
        <source>Paste lines of date (YYYY-MM-DD), value and optional source, tab-separated.</source>
        <translation>Paste lines of date (YYYY-MM-DD), value and optional source, tab-separated.</translation>
    </message>
    <message>
        <source>Evidence file&amp;s…</source>
        <translation>Evidence file&amp;s…</translation>
    </message>
    <message>
        <source>The files that prove the selected measurement: add, save a copy, remove</source>
        <translation>The files that prove the selected measurement: add, save a copy, remove</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a number.</source>
        <translation>{field}: “{text}” is not a number.</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Add measurement</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Enter a value.</translation>
    </message>
    <message>
        <source>Saved, but this measurement is dated before the baseline date; check the date.</source>
        <translation>Saved, but this measurement is dated before the baseline date; check the date.</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>Delete measurement</translation>
    </message>
    <message>
        <source>{code} {name}: measurement of {date}, value {value}</source>
        <translation>{code} {name}: measurement of {date}, value {value}</translation>
    </message>
    <message>
        <source>Paste measurements</source>
        <translation>Paste measurements</translation>
    </message>
    <message>
        <source>Saved, but {count} pasted measurements are dated before the baseline date.</source>
        <translation>Saved, but {count} pasted measurements are dated before the baseline date.</translation>
    </message>
    <message>
        <source>Paste {count} measurements</source>
        <translation>Paste {count} measurements</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>{title} — meeting</source>
        <translation>{title} — meeting</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Invitations</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>T&amp;ools</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the meeting (Ctrl+S or Ctrl+Enter)</source>
        <translation>Save the meeting (Ctrl+S or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <source>for example: Problem tree workshop</source>
        <translation>for example: Problem tree workshop</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>for example: Europe/Warsaw</source>
        <translation>for example: Europe/Warsaw</translation>
    </message>
    <message>
        <source>for example: City Hall, room 12</source>
        <translation>for example: City Hall, room 12</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Signed attendance lists are audit evidence: keep them five years after the programme&apos;s last payment. By default that is five years after the network&apos;s end date, or five years after the end of the meeting&apos;s year when the network has no end date yet.</source>
        <translation>Signed attendance lists are audit evidence: keep them five years after the programme&apos;s last payment. By default that is five years after the network&apos;s end date, or five years after the end of the meeting&apos;s year when the network has no end date yet.</translation>
    </message>
    <message>
        <source>Use the default date: {rule}</source>
        <translation>Use the default date: {rule}</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Starts:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ends:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Online &amp;link:</translation>
    </message>
    <message>
        <source>&amp;Keep evidence until:</source>
        <translation>&amp;Keep evidence until:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Unknown time zone</translation>
    </message>
    <message>
        <source>UTC{offset} on {day}</source>
        <translation>UTC{offset} on {day}</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>This meeting has changes that are not saved. Discard them?</source>
        <translation>This meeting has changes that are not saved. Discard them?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>Meeting not changed</source>
        <translation>Meeting not changed</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Add meeting {title}</source>
        <translation>Add meeting {title}</translation>
    </message>
    <message>
        <source>Edit meeting {title}</source>
        <translation>Edit meeting {title}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>MeetingInvitations</name>
    <message numerus="yes">
        <source>%n people stay on the list because their attendance is recorded: {names}.</source>
        <translation>
            <numerusform>%n person stays on the list because their attendance is recorded: {names}.</numerusform>
            <numerusform>%n people stay on the list because their attendance is recorded: {names}.</numerusform>
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
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place / link</source>
        <translation>Place / link</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
</context>
<context>
    <name>MeetingPlan</name>
    <message>
        <source>{zone} is not a time zone. Choose one from the list.</source>
        <translation>{zone} is not a time zone. Choose one from the list.</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>time zone</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>The meeting ends before it starts.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Give the meeting a title.</translation>
    </message>
    <message>
        <source>keep evidence until</source>
        <translation>keep evidence until</translation>
    </message>
    <message>
        <source>The evidence must be kept at least until the meeting.</source>
        <translation>The evidence must be kept at least until the meeting.</translation>
    </message>
    <message>
        <source>agenda item {number}, {field}</source>
        <translation>agenda item {number}, {field}</translation>
    </message>
    <message>
        <source>A tool&apos;s name can have at most {count} characters.</source>
        <translation>A tool&apos;s name can have at most {count} characters.</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>tools</translation>
    </message>
    <message>
        <source>A group chosen here has been deleted meanwhile.</source>
        <translation>A group chosen here has been deleted meanwhile.</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groups</translation>
    </message>
    <message>
        <source>A person chosen here has been deleted meanwhile.</source>
        <translation>A person chosen here has been deleted meanwhile.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>The meeting could not be saved: {detail}</source>
        <translation>The meeting could not be saved: {detail}</translation>
    </message>
</context>
<context>
    <name>MeetingTable</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>MeetingTools</name>
    <message>
        <source>Problem tree</source>
        <translation>Problem tree</translation>
    </message>
    <message>
        <source>Newspaper of tomorrow</source>
        <translation>Newspaper of tomorrow</translation>
    </message>
    <message>
        <source>Power/interest matrix</source>
        <translation>Power/interest matrix</translation>
    </message>
    <message>
        <source>Stakeholder mapping</source>
        <translation>Stakeholder mapping</translation>
    </message>
    <message>
        <source>World café</source>
        <translation>World café</translation>
    </message>
    <message>
        <source>SWOT analysis</source>
        <translation>SWOT analysis</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Journey map</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <source>Action table</source>
        <translation>Action table</translation>
    </message>
    <message>
        <source>Fishbowl</source>
        <translation>Fishbowl</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Peer review</translation>
    </message>
    <message>
        <source>Traffic-light review</source>
        <translation>Traffic-light review</translation>
    </message>
    <message>
        <source>Market dialogue</source>
        <translation>Market dialogue</translation>
    </message>
    <message>
        <source>Gender impact checklist</source>
        <translation>Gender impact checklist</translation>
    </message>
    <message>
        <source>Site walk</source>
        <translation>Site walk</translation>
    </message>
    <message>
        <source>Objective tree</source>
        <translation>Objective tree</translation>
    </message>
    <message>
        <source>Testing action canvas</source>
        <translation>Testing action canvas</translation>
    </message>
</context>
<context>
    <name>MeetingType</name>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <source>Identifiable</source>
        <translation>Identifiable</translation>
    </message>
    <message>
        <source>Consent checked</source>
        <translation>Consent checked</translation>
    </message>
    <message>
        <source>Publishable</source>
        <translation>Publishable</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Someone can be recognised in it</source>
        <translation>Someone can be recognised in it</translation>
    </message>
    <message>
        <source>The people shown agreed that it may be published</source>
        <translation>The people shown agreed that it may be published</translation>
    </message>
    <message>
        <source>May leave lagdesk in exports; a photo that shows people needs consent checked first</source>
        <translation>May leave lagdesk in exports; a photo that shows people needs consent checked first</translation>
    </message>
    <message>
        <source>{name} ({type})</source>
        <translation>{name} ({type})</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>{files}, {photos} ({publishable}), {size}</source>
        <translation>{files}, {photos} ({publishable}), {size}</translation>
    </message>
    <message numerus="yes">
        <source>%n publishable</source>
        <translation>
            <numerusform>%n publishable</numerusform>
            <numerusform>%n publishable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;Participation</source>
        <translation>&amp;Participation</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>Min&amp;utes</source>
        <translation>Min&amp;utes</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Meetings starting on or after this day</source>
        <translation>Meetings starting on or after this day</translation>
    </message>
    <message>
        <source>Meetings starting on or before this day</source>
        <translation>Meetings starting on or before this day</translation>
    </message>
    <message>
        <source>Meetings that invited this group or a subgroup</source>
        <translation>Meetings that invited this group or a subgroup</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Title, place or notes</source>
        <translation>Title, place or notes</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>Add a meeting from an invitation (.ics file)</source>
        <translation>Add a meeting from an invitation (.ics file)</translation>
    </message>
    <message>
        <source>Write the meetings between the From and To days to an .ics file</source>
        <translation>Write the meetings between the From and To days to an .ics file</translation>
    </message>
    <message>
        <source>Take the roll of the selected meeting in a window of its own (F11)</source>
        <translation>Take the roll of the selected meeting in a window of its own (F11)</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>&amp;Sign-in sheet…</translation>
    </message>
    <message>
        <source>A printable PDF list of the invited people, to sign at the meeting</source>
        <translation>A printable PDF list of the invited people, to sign at the meeting</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>The filters were cleared to show the meeting.</source>
        <translation>The filters were cleared to show the meeting.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Delete the meeting “{title}” of {date}, with its agenda, attendance list, minutes, decisions, tasks and files?

Edit &gt; Undo brings it back.</source>
        <translation>Delete the meeting “{title}” of {date}, with its agenda, attendance list, minutes, decisions, tasks and files?

Edit &gt; Undo brings it back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>F&amp;iles</translation>
    </message>
    <message>
        <source>Search the meetings (Ctrl+F)</source>
        <translation>Search the meetings (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit the selected meeting (Enter in the list)</source>
        <translation>Edit the selected meeting (Enter in the list)</translation>
    </message>
    <message>
        <source>Delete the selected meeting (Delete in the list)</source>
        <translation>Delete the selected meeting (Delete in the list)</translation>
    </message>
    <message>
        <source>Import invitation…</source>
        <translation>Import invitation…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xport calendar…</translation>
    </message>
    <message>
        <source>Attendance mode</source>
        <translation>Attendance mode</translation>
    </message>
    <message>
        <source>Delete meeting “{title}”</source>
        <translation>Delete meeting “{title}”</translation>
    </message>
    <message>
        <source>Import invitation</source>
        <translation>Import invitation</translation>
    </message>
    <message>
        <source>iCalendar invitations (*.ics);;All files (*)</source>
        <translation>iCalendar invitations (*.ics);;All files (*)</translation>
    </message>
    <message>
        <source>{file} could not be imported: {problem}</source>
        <translation>{file} could not be imported: {problem}</translation>
    </message>
    <message>
        <source>Import invitation “{title}”</source>
        <translation>Import invitation “{title}”</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>{file} meetings.ics</source>
        <translation>{file} meetings.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings written to {path}.</source>
        <translation>
            <numerusform>%Ln meeting written to {path}.</numerusform>
            <numerusform>%Ln meetings written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>{date} {title} sign-in sheet.pdf</source>
        <translation>{date} {title} sign-in sheet.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The sign-in sheet was written to {path}.
Pages: {pages}. Invited people: {people}.</source>
        <translation>The sign-in sheet was written to {path}.
Pages: {pages}. Invited people: {people}.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} could not be written: {reason}</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Show former mem&amp;bers</source>
        <translation>Show former mem&amp;bers</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Left on:</translation>
    </message>
    <message>
        <source>End membe&amp;rship</source>
        <translation>End membe&amp;rship</translation>
    </message>
    <message>
        <source>The selected member leaves the group on this day</source>
        <translation>The selected member leaves the group on this day</translation>
    </message>
    <message>
        <source>Current members: {current} · former or future: {other}</source>
        <translation>Current members: {current} · former or future: {other}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Merge people</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>Merge organisations</translation>
    </message>
    <message>
        <source>These two look like the same person. Which one do you keep?</source>
        <translation>These two look like the same person. Which one do you keep?</translation>
    </message>
    <message>
        <source>These two look like the same organisation. Which one do you keep?</source>
        <translation>These two look like the same organisation. Which one do you keep?</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Keep {name}</translation>
    </message>
    <message>
        <source>(no other details)</source>
        <translation>(no other details)</translation>
    </message>
    <message>
        <source>Empty fields of the record you keep are filled from the other one, which is then deleted. You can undo the merge with Edit &gt; Undo.</source>
        <translation>Empty fields of the record you keep are filled from the other one, which is then deleted. You can undo the merge with Edit &gt; Undo.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>{name} goes.</source>
        <translation>{name} goes.</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <source>&amp;Milestones (F2 edits a cell, Space ticks “Done”):</source>
        <translation>&amp;Milestones (F2 edits a cell, Space ticks “Done”):</translation>
    </message>
    <message>
        <source>&amp;Add milestone</source>
        <translation>&amp;Add milestone</translation>
    </message>
    <message>
        <source>&amp;Remove milestone</source>
        <translation>&amp;Remove milestone</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>The minutes are too long to store: {size} characters, at most {limit}. Remove pasted pictures or long pasted documents and attach those as files.</source>
        <translation>The minutes are too long to store: {size} characters, at most {limit}. Remove pasted pictures or long pasted documents and attach those as files.</translation>
    </message>
    <message>
        <source>The title is too long: at most {limit} characters.</source>
        <translation>The title is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>The owner is no longer in the register (erased or deleted). Choose another owner.</source>
        <translation>The owner is no longer in the register (erased or deleted). Choose another owner.</translation>
    </message>
    <message>
        <source>The decision is not one of this meeting&apos;s.</source>
        <translation>The decision is not one of this meeting&apos;s.</translation>
    </message>
    <message>
        <source>The due date is before the meeting ({date}).</source>
        <translation>The due date is before the meeting ({date}).</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objective</translation>
    </message>
    <message>
        <source>Made on {today} from decision {number} of the meeting “{meeting}” ({date}).</source>
        <translation>Made on {today} from decision {number} of the meeting “{meeting}” ({date}).</translation>
    </message>
    <message>
        <source>Make an action</source>
        <translation>Make an action</translation>
    </message>
    <message>
        <source>The action plan has no objectives yet; add them in the Action plan area first.</source>
        <translation>The action plan has no objectives yet; add them in the Action plan area first.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>No action made from this decision yet</source>
        <translation>No action made from this decision yet</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>From decision</source>
        <translation>From decision</translation>
    </message>
    <message>
        <source>F2 to change; Delete in the date field clears it</source>
        <translation>F2 to change; Delete in the date field clears it</translation>
    </message>
    <message>
        <source>Space ticks or unticks</source>
        <translation>Space ticks or unticks</translation>
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
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Paragraph style</translation>
    </message>
    <message>
        <source>Paragraph style (Ctrl+Alt+0 normal, Ctrl+Alt+1 to 3 headings)</source>
        <translation>Paragraph style (Ctrl+Alt+0 normal, Ctrl+Alt+1 to 3 headings)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Heading 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Heading 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Heading 3</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <source>U</source>
        <comment>the Underline button</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>Underline (Ctrl+U)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• List</translation>
    </message>
    <message>
        <source>Bulleted list (Shift+F12)</source>
        <translation>Bulleted list (Shift+F12)</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. List</translation>
    </message>
    <message>
        <source>Numbered list (F12)</source>
        <translation>Numbered list (F12)</translation>
    </message>
    <message>
        <source>Decrease indent</source>
        <translation>Decrease indent</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <source>Decrease the indent (Ctrl+Shift+M; Shift+Tab in a list)</source>
        <translation>Decrease the indent (Ctrl+Shift+M; Shift+Tab in a list)</translation>
    </message>
    <message>
        <source>Increase indent</source>
        <translation>Increase indent</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Indent</translation>
    </message>
    <message>
        <source>Increase the indent (Ctrl+M; Tab in a list)</source>
        <translation>Increase the indent (Ctrl+M; Tab in a list)</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Add a decision at the end (Insert)</source>
        <translation>Add a decision at the end (Insert)</translation>
    </message>
    <message>
        <source>Ma&amp;ke action…</source>
        <translation>Ma&amp;ke action…</translation>
    </message>
    <message>
        <source>Make the selected decision an action of the plan</source>
        <translation>Make the selected decision an action of the plan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected decision (Delete)</source>
        <translation>Delete the selected decision (Delete)</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Follow-up tasks</translation>
    </message>
    <message>
        <source>A&amp;dd decision</source>
        <translation>A&amp;dd decision</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move up: the decision takes the number before (Ctrl+Up)</source>
        <translation>Move up: the decision takes the number before (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Move down: the decision takes the number after (Ctrl+Down)</source>
        <translation>Move down: the decision takes the number after (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Add follo&amp;w-up task</source>
        <translation>Add follo&amp;w-up task</translation>
    </message>
    <message>
        <source>Add a task (Insert in the table)</source>
        <translation>Add a task (Insert in the table)</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>Delete the selected task (Delete)</source>
        <translation>Delete the selected task (Delete)</translation>
    </message>
    <message>
        <source>Choose a meeting to see its minutes.</source>
        <translation>Choose a meeting to see its minutes.</translation>
    </message>
    <message>
        <source>Minutes of the meeting: who said what, what was agreed…</source>
        <translation>Minutes of the meeting: who said what, what was agreed…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
    <message>
        <source>The minutes were not saved</source>
        <translation>The minutes were not saved</translation>
    </message>
    <message>
        <source>the minutes</source>
        <translation>the minutes</translation>
    </message>
    <message>
        <source>The decision was not added</source>
        <translation>The decision was not added</translation>
    </message>
    <message>
        <source>Add decision {number}</source>
        <translation>Add decision {number}</translation>
    </message>
    <message>
        <source>The decision was not changed</source>
        <translation>The decision was not changed</translation>
    </message>
    <message>
        <source>Edit decision {number}</source>
        <translation>Edit decision {number}</translation>
    </message>
    <message>
        <source>Delete decision {number}, “{text}”? The decisions after it are numbered again; its tasks and actions stay, without the link. Ctrl+Z brings it back.</source>
        <translation>Delete decision {number}, “{text}”? The decisions after it are numbered again; its tasks and actions stay, without the link. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Delete decision</translation>
    </message>
    <message>
        <source>The decision was not deleted</source>
        <translation>The decision was not deleted</translation>
    </message>
    <message>
        <source>Delete decision {number}</source>
        <translation>Delete decision {number}</translation>
    </message>
    <message>
        <source>The decision was not moved</source>
        <translation>The decision was not moved</translation>
    </message>
    <message>
        <source>Move decision {number}</source>
        <translation>Move decision {number}</translation>
    </message>
    <message>
        <source>Make action {code} from decision {number}</source>
        <translation>Make action {code} from decision {number}</translation>
    </message>
    <message>
        <source>Action {code} added to the plan. Ctrl+Z takes it back.</source>
        <translation>Action {code} added to the plan. Ctrl+Z takes it back.</translation>
    </message>
    <message>
        <source>The task was not saved</source>
        <translation>The task was not saved</translation>
    </message>
    <message>
        <source>Add task “{title}”</source>
        <translation>Add task “{title}”</translation>
    </message>
    <message>
        <source>Edit task “{title}”</source>
        <translation>Edit task “{title}”</translation>
    </message>
    <message>
        <source>Delete the task “{title}”? Ctrl+Z brings it back.</source>
        <translation>Delete the task “{title}”? Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>The task was not deleted</source>
        <translation>The task was not deleted</translation>
    </message>
    <message>
        <source>Delete task “{title}”</source>
        <translation>Delete task “{title}”</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Go to today&apos;s date</source>
        <translation>Go to today&apos;s date</translation>
    </message>
    <message>
        <source>Meetings on the chosen day</source>
        <translation>Meetings on the chosen day</translation>
    </message>
    <message>
        <source>Page Up / Page Down: previous / next month</source>
        <translation>Page Up / Page Down: previous / next month</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Meetings on {date}:</source>
        <translation>Meetings on {date}:</translation>
    </message>
    <message>
        <source>No meetings on {date}.</source>
        <translation>No meetings on {date}.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>My network</source>
        <translation>My network</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>for example GenProcure</source>
        <translation>for example GenProcure</translation>
    </message>
    <message>
        <source>for example gender-responsive public procurement</source>
        <translation>for example gender-responsive public procurement</translation>
    </message>
    <message>
        <source>The partner city whose local group this file keeps</source>
        <translation>The partner city whose local group this file keeps</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <source>&amp;Lead expert</source>
        <translation>&amp;Lead expert</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>&amp;Our city</source>
        <translation>&amp;Our city</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Not chosen yet</translation>
    </message>
</context>
<context>
    <name>NetworkLists</name>
    <message>
        <source>Partner cities</source>
        <translation>Partner cities</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Add partner…</translation>
    </message>
    <message>
        <source>Transnational meetings</source>
        <translation>Transnational meetings</translation>
    </message>
    <message>
        <source>Add &amp;meeting…</source>
        <translation>Add &amp;meeting…</translation>
    </message>
    <message>
        <source>Add partner {name}</source>
        <translation>Add partner {name}</translation>
    </message>
    <message>
        <source>Edit partner {name}</source>
        <translation>Edit partner {name}</translation>
    </message>
    <message>
        <source>Delete the partner {name}? Transnational meetings it hosted are kept without a host city. You can undo this with Edit &gt; Undo.</source>
        <translation>Delete the partner {name}? Transnational meetings it hosted are kept without a host city. You can undo this with Edit &gt; Undo.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Delete partner</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete partner {name}</source>
        <translation>Delete partner {name}</translation>
    </message>
    <message>
        <source>Add meeting {title}</source>
        <translation>Add meeting {title}</translation>
    </message>
    <message>
        <source>Edit meeting {title}</source>
        <translation>Edit meeting {title}</translation>
    </message>
    <message>
        <source>Delete the transnational meeting {title}?</source>
        <translation>Delete the transnational meeting {title}?</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Delete meeting {title}</source>
        <translation>Delete meeting {title}</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Set up your network</source>
        <translation>Set up your network</translation>
    </message>
    <message>
        <source>This file does not describe a network yet. Enter the name and programme of the cooperation network your city takes part in, then choose Create network. You can add the partner cities and transnational meetings afterwards.</source>
        <translation>This file does not describe a network yet. Enter the name and programme of the cooperation network your city takes part in, then choose Create network. You can add the partner cities and transnational meetings afterwards.</translation>
    </message>
    <message>
        <source>About the network</source>
        <translation>About the network</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Create &amp;network</source>
        <translation>Create &amp;network</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>the new network</source>
        <translation>the new network</translation>
    </message>
    <message>
        <source>the network {name}</source>
        <translation>the network {name}</translation>
    </message>
    <message>
        <source>Network {name} created.</source>
        <translation>Network {name} created.</translation>
    </message>
    <message>
        <source>Edit network</source>
        <translation>Edit network</translation>
    </message>
    <message>
        <source>Network saved.</source>
        <translation>Network saved.</translation>
    </message>
</context>
<context>
    <name>NetworkPhase</name>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
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
        <translation>{path} is already open in another lagdesk window. Switch to that window, or close it there and try again.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Leave this date unset</source>
        <translation>Leave this date unset</translation>
    </message>
</context>
<context>
    <name>OrganisationActions</name>
    <message>
        <source>Add organisation {name}</source>
        <translation>Add organisation {name}</translation>
    </message>
    <message>
        <source>Edit organisation {name}</source>
        <translation>Edit organisation {name}</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} saved.</translation>
    </message>
    <message>
        <source>Delete organisations</source>
        <translation>Delete organisations</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete organisation {name}</source>
        <translation>Delete organisation {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translation>
            <numerusform>Delete %n organisation</numerusform>
            <numerusform>Delete %n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>{name} — organisation</source>
        <translation>{name} — organisation</translation>
    </message>
    <message>
        <source>for example: NGO, social enterprise, SME</source>
        <translation>for example: NGO, social enterprise, SME</translation>
    </message>
    <message>
        <source>two letters, for example PL</source>
        <translation>two letters, for example PL</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Co&amp;untry:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Power &amp;and interest</source>
        <translation>Power &amp;and interest</translation>
    </message>
    <message>
        <source>Give both power and interest, or neither.</source>
        <translation>Give both power and interest, or neither.</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Type any part of the name to search the register.</source>
        <translation>Type any part of the name to search the register.</translation>
    </message>
    <message>
        <source>Lea&amp;d organisation:</source>
        <translation>Lea&amp;d organisation:</translation>
    </message>
    <message>
        <source>Type any part of the name or organisation to search the register.</source>
        <translation>Type any part of the name or organisation to search the register.</translation>
    </message>
    <message>
        <source>&amp;Responsible person:</source>
        <translation>&amp;Responsible person:</translation>
    </message>
    <message>
        <source>Type to filter organisations</source>
        <translation>Type to filter organisations</translation>
    </message>
    <message>
        <source>&amp;Partner organisations:</source>
        <translation>&amp;Partner organisations:</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>lead organisation</translation>
    </message>
    <message>
        <source>No organisation “{text}” in the register; pick one from the list.</source>
        <translation>No organisation “{text}” in the register; pick one from the list.</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>responsible person</translation>
    </message>
    <message>
        <source>No person “{text}” in the register; pick one from the list.</source>
        <translation>No person “{text}” in the register; pick one from the list.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Meeting overview</source>
        <translation>Meeting overview</translation>
    </message>
    <message>
        <source>Select a meeting in the list or the calendar to see its overview.</source>
        <translation>Select a meeting in the list or the calendar to see its overview.</translation>
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
        <translation>{time} on {date} in this computer&apos;s time zone</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <source>Invited groups</source>
        <translation>Invited groups</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <source>Counted anonymously</source>
        <translation>Counted anonymously</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <source>Evidence kept until</source>
        <translation>Evidence kept until</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Tools used</source>
        <translation>Tools used</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OwnerDelegate</name>
    <message>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Civic</source>
        <translation>Civic</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>No sector</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Other or not given</source>
        <translation>Other or not given</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation>Last attended</translation>
    </message>
</context>
<context>
    <name>ParticipationView</name>
    <message>
        <source>Everyone invited</source>
        <translation>Everyone invited</translation>
    </message>
    <message>
        <source>Drop-outs: came early on, none of their last three meetings</source>
        <translation>Drop-outs: came early on, none of their last three meetings</translation>
    </message>
    <message>
        <source>Never attended</source>
        <translation>Never attended</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Per meeting</source>
        <translation>Per meeting</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Per person</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>The chart shows the latest {shown} of {total} meetings.</source>
        <translation>The chart shows the latest {shown} of {total} meetings.</translation>
    </message>
    <message>
        <source>Attendance by sector</source>
        <translation>Attendance by sector</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Add partner</source>
        <translation>Add partner</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Edit partner</translation>
    </message>
    <message>
        <source>for example Koszalin</source>
        <translation>for example Koszalin</translation>
    </message>
    <message>
        <source>two letters, for example PL</source>
        <translation>two letters, for example PL</translation>
    </message>
    <message>
        <source>per cent, for example 80</source>
        <translation>per cent, for example 80</translation>
    </message>
    <message>
        <source>This is our city (the local group this file keeps)</source>
        <translation>This is our city (the local group this file keeps)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Co-&amp;financing (%)</source>
        <translation>Co-&amp;financing (%)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Enter a number, for example 80.</source>
        <translation>Enter a number, for example 80.</translation>
    </message>
</context>
<context>
    <name>PartnerTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <source>Our city</source>
        <translation>Our city</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Add person {name}</source>
        <translation>Add person {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} saved.</translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation>Delete people</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Delete %n person</numerusform>
            <numerusform>Delete %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Export personal data of {name}</source>
        <translation>Export personal data of {name}</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <source>Everything lagdesk holds about {name} was written to:
{files}</source>
        <translation>Everything lagdesk holds about {name} was written to:
{files}</translation>
    </message>
    <message>
        <source>Erase {name} for good? This cannot be undone. Attendance at meetings is kept only as anonymous counts by sector and gender; group memberships, consent records and assessments are deleted, and tasks, actions, risks and indicators they were responsible for are kept without them. The undo history is cleared so that no copy of their data stays behind.</source>
        <translation>Erase {name} for good? This cannot be undone. Attendance at meetings is kept only as anonymous counts by sector and gender; group memberships, consent records and assessments are deleted, and tasks, actions, risks and indicators they were responsible for are kept without them. The undo history is cleared so that no copy of their data stays behind.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Erase person</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message numerus="yes">
        <source>{name} was erased. Attendance at %n meetings is kept as anonymous counts.</source>
        <translation>
            <numerusform>{name} was erased. Attendance at %n meeting is kept as an anonymous count.</numerusform>
            <numerusform>{name} was erased. Attendance at %n meetings is kept as anonymous counts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name still appears in %n places of free text (minutes, notes). Edit those by hand.</source>
        <translation>
            <numerusform>The name still appears in %n place of free text (minutes, notes). Edit it by hand.</numerusform>
            <numerusform>The name still appears in %n places of free text (minutes, notes). Edit those by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>{name} — person</source>
        <translation>{name} — person</translation>
    </message>
    <message>
        <source>Optional. Used only in anonymous counts, such as the make-up of a group.</source>
        <translation>Optional. Used only in anonymous counts, such as the make-up of a group.</translation>
    </message>
    <message>
        <source>for example: procurement officer</source>
        <translation>for example: procurement officer</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>Gender is optional and only counted anonymously.</source>
        <translation>Gender is optional and only counted anonymously.</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consent</translation>
    </message>
    <message>
        <source>Po&amp;wer and interest</source>
        <translation>Po&amp;wer and interest</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xport personal data…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Erase this person…</translation>
    </message>
    <message>
        <source>Write everything lagdesk holds about this person (JSON and HTML)</source>
        <translation>Write everything lagdesk holds about this person (JSON and HTML)</translation>
    </message>
    <message>
        <source>Remove the person for good, keeping only anonymous counts</source>
        <translation>Remove the person for good, keeping only anonymous counts</translation>
    </message>
    <message>
        <source>Give both power and interest, or neither.</source>
        <translation>Give both power and interest, or neither.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>tasks</source>
        <translation>tasks</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>risks</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indicators</translation>
    </message>
    <message>
        <source>export or erase what lagdesk holds about one person</source>
        <translation>export or erase what lagdesk holds about one person</translation>
    </message>
    <message>
        <source>the person&apos;s id or e-mail</source>
        <translation>the person&apos;s id or e-mail</translation>
    </message>
    <message>
        <source>write everything held about the person to FILE.json and FILE.html</source>
        <translation>write everything held about the person to FILE.json and FILE.html</translation>
    </message>
    <message>
        <source>erase the person, keeping their attendance as anonymous counts</source>
        <translation>erase the person, keeping their attendance as anonymous counts</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <source>Personal data of {name} written to:</source>
        <translation>Personal data of {name} written to:</translation>
    </message>
    <message>
        <source>Erasing {name} cannot be undone and there is no terminal to confirm it on: add --yes to erase without asking.</source>
        <translation>Erasing {name} cannot be undone and there is no terminal to confirm it on: add --yes to erase without asking.</translation>
    </message>
    <message>
        <source>Erase {name} (id {id}) from {path}? This cannot be undone. Type yes to confirm: </source>
        <translation>Erase {name} (id {id}) from {path}? This cannot be undone. Type yes to confirm: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Nothing was erased.</translation>
    </message>
    <message>
        <source>Erased {name}. Meetings kept as anonymous counts: {meetings}. Removed: group memberships {memberships}, power/interest assessments {assessments}, consent records {consents}, attendance records {attendance}.</source>
        <translation>Erased {name}. Meetings kept as anonymous counts: {meetings}. Removed: group memberships {memberships}, power/interest assessments {assessments}, consent records {consents}, attendance records {attendance}.</translation>
    </message>
    <message>
        <source>Photos showing them, deleted: {photos}.</source>
        <translation>Photos showing them, deleted: {photos}.</translation>
    </message>
    <message>
        <source>Kept without an owner or person responsible: {records}.</source>
        <translation>Kept without an owner or person responsible: {records}.</translation>
    </message>
    <message>
        <source>Free text still names them; edit it where it should not:</source>
        <translation>Free text still names them; edit it where it should not:</translation>
    </message>
    <message>
        <source>{table}.{column}, record {id}</source>
        <translation>{table}.{column}, record {id}</translation>
    </message>
    <message>
        <source>Warning: another program was using {path}, so old copies of the erased data may remain in unused parts of the file. Close every program using it and compact the file before sharing or backing it up.</source>
        <translation>Warning: another program was using {path}, so old copies of the erased data may remain in unused parts of the file. Close every program using it and compact the file before sharing or backing it up.</translation>
    </message>
    <message>
        <source>No person with the id or e-mail {key}. They may have been erased already.</source>
        <translation>No person with the id or e-mail {key}. They may have been erased already.</translation>
    </message>
    <message>
        <source>Several people have the e-mail {email} (ids {ids}); give the id instead.</source>
        <translation>Several people have the e-mail {email} (ids {ids}); give the id instead.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Group memberships</source>
        <translation>Group memberships</translation>
    </message>
    <message>
        <source>Power and interest assessments</source>
        <translation>Power and interest assessments</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Consent records</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Tasks they own</source>
        <translation>Tasks they own</translation>
    </message>
    <message>
        <source>Risks they own</source>
        <translation>Risks they own</translation>
    </message>
    <message>
        <source>Actions they are responsible for</source>
        <translation>Actions they are responsible for</translation>
    </message>
    <message>
        <source>Indicators they own</source>
        <translation>Indicators they own</translation>
    </message>
    <message>
        <source>Free text that names them</source>
        <translation>Free text that names them</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Kind of group</source>
        <translation>Kind of group</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Personal data held about {name}</source>
        <translation>Personal data held about {name}</translation>
    </message>
    <message>
        <source>Exported from lagdesk on {date}.</source>
        <translation>Exported from lagdesk on {date}.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <source>{path}: the folder does not exist.</source>
        <translation>{path}: the folder does not exist.</translation>
    </message>
    <message>
        <source>{path}: choose a file name ending in .json.</source>
        <translation>{path}: choose a file name ending in .json.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {detail}</source>
        <translation>{path} cannot be written: {detail}</translation>
    </message>
    <message>
        <source>The person could not be erased: {detail}</source>
        <translation>The person could not be erased: {detail}</translation>
    </message>
</context>
<context>
    <name>PhotoPeopleDialog</name>
    <message>
        <source>People in this photo</source>
        <translation>People in this photo</translation>
    </message>
    <message>
        <source>Type a name or an organisation</source>
        <translation>Type a name or an organisation</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <source>{person} · attended</source>
        <translation>{person} · attended</translation>
    </message>
    <message>
        <source>Erasing a person&apos;s data also deletes the photos they are marked in here.</source>
        <translation>Erasing a person&apos;s data also deletes the photos they are marked in here.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Integrated Action Plan of {city}</source>
        <translation>Integrated Action Plan of {city}</translation>
    </message>
    <message>
        <source>Integrated Action Plan ({network})</source>
        <translation>Integrated Action Plan ({network})</translation>
    </message>
    <message>
        <source>Integrated Action Plan</source>
        <translation>Integrated Action Plan</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objective</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>The tag “{tag}” is longer than {limit} characters.</source>
        <translation>The tag “{tag}” is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>milestone {field}</source>
        <translation>milestone {field}</translation>
    </message>
    <message>
        <source>funding {field}</source>
        <translation>funding {field}</translation>
    </message>
    <message>
        <source>Milestone “{title}” is due outside the action&apos;s start and end.</source>
        <translation>Milestone “{title}” is due outside the action&apos;s start and end.</translation>
    </message>
    <message>
        <source>The funding lines add up to {funded}, more than the estimated cost of {cost}.</source>
        <translation>The funding lines add up to {funded}, more than the estimated cost of {cost}.</translation>
    </message>
    <message>
        <source>funding line</source>
        <translation>funding line</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risk</translation>
    </message>
    <message>
        <source>Objective {code} “{title}” cannot be deleted while actions belong to it or to its specific objectives (actions: {count}). Move them to another objective or delete them first.</source>
        <translation>Objective {code} “{title}” cannot be deleted while actions belong to it or to its specific objectives (actions: {count}). Move them to another objective or delete them first.</translation>
    </message>
    <message>
        <source>Nothing can go under specific objective {code}: objectives go two levels deep (strategic &gt; specific). Choose a strategic objective.</source>
        <translation>Nothing can go under specific objective {code}: objectives go two levels deep (strategic &gt; specific). Choose a strategic objective.</translation>
    </message>
    <message>
        <source>An objective cannot go under itself.</source>
        <translation>An objective cannot go under itself.</translation>
    </message>
    <message>
        <source>Strategic objective {code} has specific objectives, so it cannot go under another objective: objectives go two levels deep (strategic &gt; specific).</source>
        <translation>Strategic objective {code} has specific objectives, so it cannot go under another objective: objectives go two levels deep (strategic &gt; specific).</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Secured</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
</context>
<context>
    <name>PlanColumns</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Objective code</source>
        <translation>Objective code</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Action code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>Progress %</translation>
    </message>
    <message>
        <source>Estimated cost (EUR)</source>
        <translation>Estimated cost (EUR)</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Gender dimension</source>
        <translation>Gender dimension</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Amount (EUR)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Indicator code</translation>
    </message>
    <message>
        <source>EU code</source>
        <translation>EU code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Polarity</translation>
    </message>
    <message>
        <source>Accumulation</source>
        <translation>Accumulation</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Baseline date</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Collection method</source>
        <translation>Collection method</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Disaggregation</source>
        <translation>Disaggregation</translation>
    </message>
    <message>
        <source>Linked objective codes</source>
        <translation>Linked objective codes</translation>
    </message>
    <message>
        <source>Linked action codes</source>
        <translation>Linked action codes</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Value women</source>
        <translation>Value women</translation>
    </message>
    <message>
        <source>Value men</source>
        <translation>Value men</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Source note</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Risk code</source>
        <translation>Risk code</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>Likelihood (1-5)</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>Impact (1-5)</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>{file}: the export is an Excel workbook; name it .xlsx.</source>
        <translation>{file}: the export is an Excel workbook; name it .xlsx.</translation>
    </message>
    <message>
        <source>{file} exists already; choose another name or replace it.</source>
        <translation>{file} exists already; choose another name or replace it.</translation>
    </message>
    <message>
        <source>{folder}: the folder does not exist.</source>
        <translation>{folder}: the folder does not exist.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>{file} cannot be written: {reason}.</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>actions, funding, indicators, measurements and risks to an .xlsx file</source>
        <translation>actions, funding, indicators, measurements and risks to an .xlsx file</translation>
    </message>
    <message>
        <source>the action plan and indicators from an exported .xlsx file</source>
        <translation>the action plan and indicators from an exported .xlsx file</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>check and report, write nothing</translation>
    </message>
    <message>
        <source>indicator measurements from an .xlsx or .csv file</source>
        <translation>indicator measurements from an .xlsx or .csv file</translation>
    </message>
    <message>
        <source>text encoding of a CSV file</source>
        <translation>text encoding of a CSV file</translation>
    </message>
    <message>
        <source>sheet of a workbook to read</source>
        <translation>sheet of a workbook to read</translation>
    </message>
    <message>
        <source>{actions} actions, {funding} funding lines, {indicators} indicators, {measurements} measurements and {risks} risks written to {path}.</source>
        <translation>{actions} actions, {funding} funding lines, {indicators} indicators, {measurements} measurements and {risks} risks written to {path}.</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows; new {creates}, skipped {skipped}, invalid {invalid}.</source>
        <translation>{sheet}: {rows} rows; new {creates}, skipped {skipped}, invalid {invalid}.</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows; new {creates}, changed {updates}, unchanged {unchanged}, removed {deletes}, invalid {invalid}.</source>
        <translation>{sheet}: {rows} rows; new {creates}, changed {updates}, unchanged {unchanged}, removed {deletes}, invalid {invalid}.</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows; new {creates}, changed {updates}, unchanged {unchanged}, invalid {invalid}.</source>
        <translation>{sheet}: {rows} rows; new {creates}, changed {updates}, unchanged {unchanged}, invalid {invalid}.</translation>
    </message>
    <message>
        <source>{sheet}: columns ignored: {columns}.</source>
        <translation>{sheet}: columns ignored: {columns}.</translation>
    </message>
    <message>
        <source>{field}: “{old}” -&gt; “{new}”</source>
        <translation>{field}: “{old}” -&gt; “{new}”</translation>
    </message>
    <message>
        <source>  {sheet}, row {row} ({code}): {fields}</source>
        <translation>  {sheet}, row {row} ({code}): {fields}</translation>
    </message>
    <message>
        <source>  {sheet}, row {row} ({code}): new</source>
        <translation>  {sheet}, row {row} ({code}): new</translation>
    </message>
    <message>
        <source>  {sheet}, row {row} ({code}): skipped, {reason}</source>
        <translation>  {sheet}, row {row} ({code}): skipped, {reason}</translation>
    </message>
    <message>
        <source>  {sheet}: removed {line}</source>
        <translation>  {sheet}: removed {line}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
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
        <translation>  ... and {count} more.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Note: {warning}</translation>
    </message>
    <message>
        <source>lagdesk: {rows} row(s) refused; nothing was imported. Correct the file and import it again.</source>
        <translation>lagdesk: {rows} row(s) refused; nothing was imported. Correct the file and import it again.</translation>
    </message>
    <message>
        <source>Nothing to import: the database already holds what the file says.</source>
        <translation>Nothing to import: the database already holds what the file says.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>The import would create {created}, update {updated} and remove {deleted}.</source>
        <translation>The import would create {created}, update {updated} and remove {deleted}.</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {deleted} removed.</source>
        <translation>Imported: {created} created, {updated} updated, {deleted} removed.</translation>
    </message>
    <message>
        <source>the code {code} is also on row {row} of this sheet.</source>
        <translation>the code {code} is also on row {row} of this sheet.</translation>
    </message>
    <message>
        <source>there is no organisation {name} in the stakeholder register; add it there first, or correct the name.</source>
        <translation>there is no organisation {name} in the stakeholder register; add it there first, or correct the name.</translation>
    </message>
    <message>
        <source>there is no person {name} in the stakeholder register; write their e-mail address or their first and last name as stored.</source>
        <translation>there is no person {name} in the stakeholder register; write their e-mail address or their first and last name as stored.</translation>
    </message>
    <message>
        <source>{count} people in the stakeholder register are called {name}; write the e-mail address of the one you mean.</source>
        <translation>{count} people in the stakeholder register are called {name}; write the e-mail address of the one you mean.</translation>
    </message>
    <message>
        <source>no objective has the code {code}.</source>
        <translation>no objective has the code {code}.</translation>
    </message>
    <message>
        <source>{count} objectives have the code {code}; renumber them in lagdesk first.</source>
        <translation>{count} objectives have the code {code}; renumber them in lagdesk first.</translation>
    </message>
    <message>
        <source>{count} stored actions have the code {code}; give them different codes in lagdesk first.</source>
        <translation>{count} stored actions have the code {code}; give them different codes in lagdesk first.</translation>
    </message>
    <message>
        <source>no action has the code {code}.</source>
        <translation>no action has the code {code}.</translation>
    </message>
    <message>
        <source>{action}: {source}, {amount} ({status})</source>
        <translation>{action}: {source}, {amount} ({status})</translation>
    </message>
    <message>
        <source>the funding lines of action {code} add up to {total}, more than its estimated cost of {cost}.</source>
        <translation>the funding lines of action {code} add up to {total}, more than its estimated cost of {cost}.</translation>
    </message>
    <message>
        <source>no indicator has the code {code}.</source>
        <translation>no indicator has the code {code}.</translation>
    </message>
    <message>
        <source>the date is before the indicator&apos;s baseline date ({baseline}).</source>
        <translation>the date is before the indicator&apos;s baseline date ({baseline}).</translation>
    </message>
    <message>
        <source>women and men add up to {sum}, not to the value {value}.</source>
        <translation>women and men add up to {sum}, not to the value {value}.</translation>
    </message>
    <message>
        <source>the same indicator, date and value are stored already.</source>
        <translation>the same indicator, date and value are stored already.</translation>
    </message>
    <message>
        <source>it repeats row {row}.</source>
        <translation>it repeats row {row}.</translation>
    </message>
    <message>
        <source>a measurement of {value} on this date is stored already; this one is added beside it.</source>
        <translation>a measurement of {value} on this date is stored already; this one is added beside it.</translation>
    </message>
    <message>
        <source>the database has no plan yet; create it in lagdesk first.</source>
        <translation>the database has no plan yet; create it in lagdesk first.</translation>
    </message>
    <message>
        <source>a plan is imported from an Excel workbook (.xlsx) as lagdesk exports it.</source>
        <translation>a plan is imported from an Excel workbook (.xlsx) as lagdesk exports it.</translation>
    </message>
    <message>
        <source>the workbook has none of the sheets {sheets}; its sheets are: {names}.</source>
        <translation>the workbook has none of the sheets {sheets}; its sheets are: {names}.</translation>
    </message>
    <message>
        <source>the file has no rows.</source>
        <translation>the file has no rows.</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}</source>
        <translation>{file}, sheet {sheet}</translation>
    </message>
    <message>
        <source>sheet {sheet} has no column “{column}”; its columns are: {columns}.</source>
        <translation>sheet {sheet} has no column “{column}”; its columns are: {columns}.</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit}.</source>
        <translation>the text is {length} characters long; at most {limit}.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} is not a number.</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} is not a whole number.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{value} is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} is not one of: {choices}.</translation>
    </message>
    <message>
        <source>{item} is {length} characters long; at most {limit}.</source>
        <translation>{item} is {length} characters long; at most {limit}.</translation>
    </message>
    <message>
        <source>{file}: the plan was changed (by another import or in the app) after the file was checked; nothing was imported. Check the file again, then import it.</source>
        <translation>{file}: the plan was changed (by another import or in the app) after the file was checked; nothing was imported. Check the file again, then import it.</translation>
    </message>
    <message>
        <source>This preview is of a plan workbook; apply it as a plan import.</source>
        <translation>This preview is of a plan workbook; apply it as a plan import.</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Nothing is written until you press Import. Then the whole file is imported in one step, or nothing if something goes wrong. Undo does not take an import back: check the changes above first.</source>
        <translation>Nothing is written until you press Import. Then the whole file is imported in one step, or nothing if something goes wrong. Undo does not take an import back: check the changes above first.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import measurements from {file}</source>
        <translation>Import measurements from {file}</translation>
    </message>
    <message>
        <source>Import the action plan from {file}</source>
        <translation>Import the action plan from {file}</translation>
    </message>
    <message>
        <source>&amp;Changes ({count})</source>
        <translation>&amp;Changes ({count})</translation>
    </message>
    <message>
        <source>&amp;Problems ({problems}) and notes ({notes})</source>
        <translation>&amp;Problems ({problems}) and notes ({notes})</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>{file} (text encoding {encoding}, separator {separator}).</source>
        <translation>{file} (text encoding {encoding}, separator {separator}).</translation>
    </message>
    <message>
        <source>{file}: sheets {sheets}.</source>
        <translation>{file}: sheets {sheets}.</translation>
    </message>
    <message>
        <source>New: {count}</source>
        <translation>New: {count}</translation>
    </message>
    <message>
        <source>changed: {count}</source>
        <translation>changed: {count}</translation>
    </message>
    <message>
        <source>unchanged: {count}</source>
        <translation>unchanged: {count}</translation>
    </message>
    <message>
        <source>funding lines removed: {count}</source>
        <translation>funding lines removed: {count}</translation>
    </message>
    <message>
        <source>skipped: {count}</source>
        <translation>skipped: {count}</translation>
    </message>
    <message>
        <source>{rows} row(s) have problems, listed under Problems. Nothing can be imported until they are corrected: correct the file and import it again.</source>
        <translation>{rows} row(s) have problems, listed under Problems. Nothing can be imported until they are corrected: correct the file and import it again.</translation>
    </message>
    <message>
        <source>Correct the rows with problems first.</source>
        <translation>Correct the rows with problems first.</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds what the file says.</source>
        <translation>Nothing to change: the database already holds what the file says.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>There is nothing to import.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PlanTotals</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Secured</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Secured share</source>
        <translation>Secured share</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Whole plan</translation>
    </message>
</context>
<context>
    <name>PlanTransfer</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>With problems</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Problem or note</source>
        <translation>Problem or note</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>What changes</translation>
    </message>
</context>
<context>
    <name>PlanTransfers</name>
    <message>
        <source>Export the action plan to Excel</source>
        <translation>Export the action plan to Excel</translation>
    </message>
    <message>
        <source>action-plan-{date}.xlsx</source>
        <translation>action-plan-{date}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <source>Import the action plan from Excel</source>
        <translation>Import the action plan from Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Excel workbook (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>Import measurements</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Importing {count} rows…</source>
        <translation>Importing {count} rows…</translation>
    </message>
    <message>
        <source>{file}: measurements added: {created}, skipped: {skipped}.</source>
        <translation>{file}: measurements added: {created}, skipped: {skipped}.</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>PlanVersions</name>
    <message>
        <source>Version {name} is approved and cannot be changed. Save a new version instead.</source>
        <translation>Version {name} is approved and cannot be changed. Save a new version instead.</translation>
    </message>
    <message>
        <source>plan version</source>
        <translation>plan version</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>A version named {name} already exists.</source>
        <translation>A version named {name} already exists.</translation>
    </message>
    <message>
        <source>There is no action plan yet, so there is nothing to save.</source>
        <translation>There is no action plan yet, so there is nothing to save.</translation>
    </message>
    <message>
        <source>Version {name} is {old}; it cannot become {new}. Allowed next: {allowed}.</source>
        <translation>Version {name} is {old}; it cannot become {new}. Allowed next: {allowed}.</translation>
    </message>
    <message>
        <source>{name} (draft {number})</source>
        <translation>{name} (draft {number})</translation>
    </message>
    <message>
        <source>The saved copy of version {name} cannot be read.</source>
        <translation>The saved copy of version {name} cannot be read.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Action milestones</source>
        <translation>Action milestones</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Funding lines</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicator milestones</source>
        <translation>Indicator milestones</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>vision</translation>
    </message>
    <message>
        <source>context</source>
        <translation>context</translation>
    </message>
    <message>
        <source>problem analysis</source>
        <translation>problem analysis</translation>
    </message>
    <message>
        <source>transnational learning</source>
        <translation>transnational learning</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>parent objective</source>
        <translation>parent objective</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objective</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>lead organisation</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>responsible person</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>progress %</source>
        <translation>progress %</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <source>expected result</source>
        <translation>expected result</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>outputs</translation>
    </message>
    <message>
        <source>gender dimension</source>
        <translation>gender dimension</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>source decision</source>
        <translation>source decision</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>likelihood</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>mitigation</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>EU code</source>
        <translation>EU code</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definition</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>polarity</translation>
    </message>
    <message>
        <source>accumulation</source>
        <translation>accumulation</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>baseline date</source>
        <translation>baseline date</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>target date</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>data source</translation>
    </message>
    <message>
        <source>collection method</source>
        <translation>collection method</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>frequency</translation>
    </message>
    <message>
        <source>disaggregation</source>
        <translation>disaggregation</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>objectives</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Objective {code} “{title}”</source>
        <translation>Objective {code} “{title}”</translation>
    </message>
    <message>
        <source>Action {code} “{title}”</source>
        <translation>Action {code} “{title}”</translation>
    </message>
    <message>
        <source>Milestone “{title}” of action {code}</source>
        <translation>Milestone “{title}” of action {code}</translation>
    </message>
    <message>
        <source>Funding line {source} of action {code}</source>
        <translation>Funding line {source} of action {code}</translation>
    </message>
    <message>
        <source>Risk “{title}”</source>
        <translation>Risk “{title}”</translation>
    </message>
    <message>
        <source>Risk {code} “{title}”</source>
        <translation>Risk {code} “{title}”</translation>
    </message>
    <message>
        <source>Indicator {code} “{name}”</source>
        <translation>Indicator {code} “{name}”</translation>
    </message>
    <message>
        <source>Milestone {date} of indicator {code}</source>
        <translation>Milestone {date} of indicator {code}</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>{item}: {field} set to {new}</source>
        <translation>{item}: {field} set to {new}</translation>
    </message>
    <message>
        <source>{item}: {field} cleared (was {old})</source>
        <translation>{item}: {field} cleared (was {old})</translation>
    </message>
    <message>
        <source>{item}: {field} {old} -&gt; {new}</source>
        <translation>{item}: {field} {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Added: {item}</source>
        <translation>Added: {item}</translation>
    </message>
    <message>
        <source>Removed: {item}</source>
        <translation>Removed: {item}</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Select an indicator to see its progress.</source>
        <translation>Select an indicator to see its progress.</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Progress chart</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{path} is not a lagdesk file (no SQLite header), so nothing can be recovered from it.</source>
        <translation>{path} is not a lagdesk file (no SQLite header), so nothing can be recovered from it.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>{path} cannot be read: {detail}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{path}: cannot write the PDF.</source>
        <translation>{path}: cannot write the PDF.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Group type</source>
        <translation>Group type</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>Meeting ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Decision No.</source>
        <translation>Decision No.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Decisions and tasks</source>
        <translation>Decisions and tasks</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Indicator code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Expected progress</translation>
    </message>
    <message>
        <source>Measurements used</source>
        <translation>Measurements used</translation>
    </message>
    <message>
        <source>Latest measurement</source>
        <translation>Latest measurement</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>People in the register</source>
        <translation>People in the register</translation>
    </message>
    <message>
        <source>Local group members</source>
        <translation>Local group members</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <source>Attendances at meetings held</source>
        <translation>Attendances at meetings held</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Secured funding</source>
        <translation>Secured funding</translation>
    </message>
    <message>
        <source>Funding gap</source>
        <translation>Funding gap</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicators: {status}</source>
        <translation>Indicators: {status}</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Personal names</source>
        <translation>Personal names</translation>
    </message>
    <message>
        <source>Replaced by pseudonyms (P-0001 ...)</source>
        <translation>Replaced by pseudonyms (P-0001 ...)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>{file}: the report is an Excel workbook; name it .xlsx.</source>
        <translation>{file}: the report is an Excel workbook; name it .xlsx.</translation>
    </message>
    <message>
        <source>{folder}: the folder does not exist.</source>
        <translation>{folder}: the folder does not exist.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>{file} cannot be written: {reason}.</translation>
    </message>
</context>
<context>
    <name>ReportJobs</name>
    <message>
        <source>Reading the plan…</source>
        <translation>Reading the plan…</translation>
    </message>
    <message>
        <source>Building the chapters and charts…</source>
        <translation>Building the chapters and charts…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Drawing the charts…</translation>
    </message>
    <message numerus="yes">
        <source>The first %n of {pages} pages, as in the PDF.</source>
        <translation>
            <numerusform>The first %n page of {pages}, as in the PDF.</numerusform>
            <numerusform>The first %n of {pages} pages, as in the PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole document: %n pages, as in the PDF.</source>
        <translation>
            <numerusform>The whole document: %n page, as in the PDF.</numerusform>
            <numerusform>The whole document: %n pages, as in the PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n of {charts} charts. The export writes every chart, one file each.</source>
        <translation>
            <numerusform>The first %n chart of {charts}. The export writes every chart, one file each.</numerusform>
            <numerusform>The first %n of {charts} charts. The export writes every chart, one file each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n charts. The export writes each to a file of its own.</source>
        <translation>
            <numerusform>%n chart. The export writes it to a file of its own.</numerusform>
            <numerusform>All %n charts. The export writes each to a file of its own.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>The Summary sheet. The workbook also has a sheet each for stakeholders, groups, meetings, attendance, decisions and tasks, objectives, actions, funding, risks, indicators, measurements and progress.</source>
        <translation>The Summary sheet. The workbook also has a sheet each for stakeholders, groups, meetings, attendance, decisions and tasks, objectives, actions, funding, risks, indicators, measurements and progress.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <source>The Integrated Action Plan was written to {path} ({pages} pages).</source>
        <translation>The Integrated Action Plan was written to {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>The Integrated Action Plan was written to {path}.</source>
        <translation>The Integrated Action Plan was written to {path}.</translation>
    </message>
    <message>
        <source>Writing the sheets…</source>
        <translation>Writing the sheets…</translation>
    </message>
    <message>
        <source>The Excel report was written to {path}: {sheets} sheets, {rows} rows.</source>
        <translation>The Excel report was written to {path}: {sheets} sheets, {rows} rows.</translation>
    </message>
    <message>
        <source>{count} charts were written to {path}.</source>
        <translation>{count} charts were written to {path}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Choose a report and its options, look at the preview, then export it. The file is written whole or not at all.</source>
        <translation>Choose a report and its options, look at the preview, then export it. The file is written whole or not at all.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>The plan document: Word, PDF or web page.</source>
        <translation>The plan document: Word, PDF or web page.</translation>
    </message>
    <message>
        <source>Every register on its own sheet, for the council or an audit.</source>
        <translation>Every register on its own sheet, for the council or an audit.</translation>
    </message>
    <message>
        <source>&amp;Integrated Action Plan</source>
        <translation>&amp;Integrated Action Plan</translation>
    </message>
    <message>
        <source>E&amp;xcel report</source>
        <translation>E&amp;xcel report</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Charts</translation>
    </message>
    <message>
        <source>Every chart as a picture, one file each, for slides.</source>
        <translation>Every chart as a picture, one file each, for slides.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Plan &amp;version:</source>
        <translation>Plan &amp;version:</translation>
    </message>
    <message>
        <source>Progress and statuses are worked out on this date.</source>
        <translation>Progress and statuses are worked out on this date.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>Include the &amp;names of local group members</source>
        <translation>Include the &amp;names of local group members</translation>
    </message>
    <message>
        <source>Without this, members are listed by organisation and role only.</source>
        <translation>Without this, members are listed by organisation and role only.</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise personal data</source>
        <translation>&amp;Pseudonymise personal data</translation>
    </message>
    <message>
        <source>Names become stable pseudonyms (P-0001 …) and contacts are left out, for sharing outside the city.</source>
        <translation>Names become stable pseudonyms (P-0001 …) and contacts are left out, for sharing outside the city.</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>P&amp;review</translation>
    </message>
    <message>
        <source>Show what the report will look like (F5)</source>
        <translation>Show what the report will look like (F5)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Write the report to a file (Ctrl+E)</source>
        <translation>Write the report to a file (Ctrl+E)</translation>
    </message>
    <message>
        <source>Press Preview (F5) to see the report before you export it.</source>
        <translation>Press Preview (F5) to see the report before you export it.</translation>
    </message>
    <message>
        <source>The plan as it is now</source>
        <translation>The plan as it is now</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word document (.docx)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Web page (.html)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>PNG pictures</source>
        <translation>PNG pictures</translation>
    </message>
    <message>
        <source>SVG drawings (scalable)</source>
        <translation>SVG drawings (scalable)</translation>
    </message>
    <message>
        <source>PDF files (one per chart)</source>
        <translation>PDF files (one per chart)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>The preview was cancelled.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Preview {number}</source>
        <translation>Preview {number}</translation>
    </message>
    <message>
        <source>Folder for the charts</source>
        <translation>Folder for the charts</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>The export was cancelled. No file was written.</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>The report was not written</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Choose a backup of {name}. The file as it is now is kept beside it, so a restore can be undone by restoring that.</source>
        <translation>Choose a backup of {name}. The file as it is now is kept beside it, so a restore can be undone by restoring that.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>This backup</source>
        <translation>This backup</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>There are no backups of this file yet.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Replace {name} with the backup made {when}? The file as it is now will be kept beside it.</source>
        <translation>Replace {name} with the backup made {when}? The file as it is now will be kept beside it.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Own</translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Risk {code}</source>
        <translation>Risk {code}</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>New risk</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Likelihood:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Likelihood × impact: low up to {low}, medium {medium_from} to {medium}, high from {high}</source>
        <translation>Likelihood × impact: low up to {low}, medium {medium_from} to {medium}, high from {high}</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Mitigation:</source>
        <translation>&amp;Mitigation:</translation>
    </message>
    <message>
        <source>{code} {title}</source>
        <translation>{code} {title}</translation>
    </message>
    <message>
        <source>Type part of a code or title</source>
        <translation>Type part of a code or title</translation>
    </message>
    <message>
        <source>&amp;Find action:</source>
        <translation>&amp;Find action:</translation>
    </message>
    <message>
        <source>Linked &amp;actions (tick with Space):</source>
        <translation>Linked &amp;actions (tick with Space):</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message numerus="yes">
        <source>Linked to %n actions</source>
        <translation>
            <numerusform>Linked to %n action</numerusform>
            <numerusform>Linked to %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>{score} ({band})</source>
        <translation>{score} ({band})</translation>
    </message>
    <message>
        <source>Risk not saved</source>
        <translation>Risk not saved</translation>
    </message>
</context>
<context>
    <name>RiskMatrixWidget</name>
    <message>
        <source>Likelihood and impact matrix</source>
        <translation>Likelihood and impact matrix</translation>
    </message>
    <message>
        <source>Likelihood ↑</source>
        <translation>Likelihood ↑</translation>
    </message>
    <message>
        <source>From {low} (1) to {high} (5)</source>
        <translation>From {low} (1) to {high} (5)</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>Include &amp;closed risks</source>
        <translation>Include &amp;closed risks</translation>
    </message>
    <message>
        <source>Count closed risks too; otherwise only open and mitigated ones</source>
        <translation>Count closed risks too; otherwise only open and mitigated ones</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>Show a&amp;ll</translation>
    </message>
    <message>
        <source>Show every risk in the register again</source>
        <translation>Show every risk in the register again</translation>
    </message>
    <message>
        <source>Likelihood × imp&amp;act</source>
        <translation>Likelihood × imp&amp;act</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Likelihood × impact</translation>
    </message>
    <message numerus="yes">
        <source>%n risks counted, closed ones included</source>
        <translation>
            <numerusform>%n risk counted, closed ones included</numerusform>
            <numerusform>%n risks counted, closed ones included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open or mitigated risks counted</source>
        <translation>
            <numerusform>%n open or mitigated risk counted</numerusform>
            <numerusform>%n open or mitigated risks counted</numerusform>
        </translation>
    </message>
    <message>
        <source>Register shows likelihood {likelihood} × impact {impact} only.</source>
        <translation>Register shows likelihood {likelihood} × impact {impact} only.</translation>
    </message>
</context>
<context>
    <name>RiskStatus</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>Risks</name>
    <message>
        <source>Rare</source>
        <translation>Rare</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Unlikely</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Likely</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Almost certain</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Negligible</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>{value} – {word}</source>
        <translation>{value} – {word}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <source>Score {score}: {band}</source>
        <translation>Score {score}: {band}</translation>
    </message>
    <message>
        <source>Impact {value}: {word}</source>
        <translation>Impact {value}: {word}</translation>
    </message>
    <message>
        <source>Likelihood {value}: {word}</source>
        <translation>Likelihood {value}: {word}</translation>
    </message>
    <message>
        <source>Likelihood {likelihood} ({likely}) × impact {impact} ({severe}): {count}</source>
        <translation>Likelihood {likelihood} ({likely}) × impact {impact} ({severe}): {count}</translation>
    </message>
</context>
<context>
    <name>RisksView</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Categor&amp;y:</translation>
    </message>
    <message>
        <source>&amp;New risk</source>
        <translation>&amp;New risk</translation>
    </message>
    <message>
        <source>Add a risk to the register (Insert)</source>
        <translation>Add a risk to the register (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it risk</source>
        <translation>Ed&amp;it risk</translation>
    </message>
    <message>
        <source>Edit the selected risk (Enter)</source>
        <translation>Edit the selected risk (Enter)</translation>
    </message>
    <message>
        <source>Delete ris&amp;k</source>
        <translation>Delete ris&amp;k</translation>
    </message>
    <message>
        <source>Delete the selected risk (Del)</source>
        <translation>Delete the selected risk (Del)</translation>
    </message>
    <message>
        <source>Risk re&amp;gister</source>
        <translation>Risk re&amp;gister</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>{total} risks</source>
        <translation>{total} risks</translation>
    </message>
    <message>
        <source>{shown} of {total} risks shown</source>
        <translation>{shown} of {total} risks shown</translation>
    </message>
    <message>
        <source>Add risk {code}</source>
        <translation>Add risk {code}</translation>
    </message>
    <message>
        <source>Edit risk {code}</source>
        <translation>Edit risk {code}</translation>
    </message>
    <message>
        <source>Delete risk {code} “{title}”?</source>
        <translation>Delete risk {code} “{title}”?</translation>
    </message>
    <message>
        <source>Delete risk {code} “{title}”? Its links to actions {actions} go with it.</source>
        <translation>Delete risk {code} “{title}”? Its links to actions {actions} go with it.</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Delete risk</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Risk not deleted</source>
        <translation>Risk not deleted</translation>
    </message>
    <message>
        <source>Delete risk {code}</source>
        <translation>Delete risk {code}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Kept in:</translation>
    </message>
    <message>
        <source>Backups of this file:</source>
        <translation>Backups of this file:</translation>
    </message>
    <message>
        <source>Space they take:</source>
        <translation>Space they take:</translation>
    </message>
    <message>
        <source>A backup is made when the file is first opened each day and when it is closed after changes. Kept: the last {last}, one a day for {days} days, one a week for {weeks} weeks and one a month for {months} months, within {cap} (or {copies} times the file&apos;s size, if more).</source>
        <translation>A backup is made when the file is first opened each day and when it is closed after changes. Kept: the last {last}, one a day for {days} days, one a week for {weeks} weeks and one a month for {months} months, within {cap} (or {copies} times the file&apos;s size, if more).</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
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
        <translation>a meeting&apos;s sign-in sheet to a PDF file</translation>
    </message>
    <message>
        <source>id of the meeting</source>
        <translation>id of the meeting</translation>
    </message>
    <message>
        <source>Sign-in sheet written to {path}. Invited: {people}. Pages: {pages}.</source>
        <translation>Sign-in sheet written to {path}. Invited: {people}. Pages: {pages}.</translation>
    </message>
    <message>
        <source>There is no meeting with id {meeting}.</source>
        <translation>There is no meeting with id {meeting}.</translation>
    </message>
    <message>
        <source>Keep this signed list as audit evidence.</source>
        <translation>Keep this signed list as audit evidence.</translation>
    </message>
    <message>
        <source>Keep this signed list as audit evidence until {date}.</source>
        <translation>Keep this signed list as audit evidence until {date}.</translation>
    </message>
    <message>
        <source>Sign-in sheet: {title}</source>
        <translation>Sign-in sheet: {title}</translation>
    </message>
    <message>
        <source>Programme logo</source>
        <translation>Programme logo</translation>
    </message>
    <message>
        <source>Attendance sign-in sheet</source>
        <translation>Attendance sign-in sheet</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <source>Time: {time} ({zone})</source>
        <translation>Time: {time} ({zone})</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Place: {place}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
</context>
<context>
    <name>StakeholderExport</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Subtype</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>{file}: the export is an Excel workbook; name it .xlsx.</source>
        <translation>{file}: the export is an Excel workbook; name it .xlsx.</translation>
    </message>
    <message>
        <source>{file} exists already; choose another name or replace it.</source>
        <translation>{file} exists already; choose another name or replace it.</translation>
    </message>
    <message>
        <source>{folder}: the folder does not exist.</source>
        <translation>{folder}: the folder does not exist.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>{file} cannot be written: {reason}.</translation>
    </message>
</context>
<context>
    <name>StakeholderList</name>
    <message>
        <source>Name, organisation, e-mail or role</source>
        <translation>Name, organisation, e-mail or role</translation>
    </message>
    <message>
        <source>Name, type, city or e-mail</source>
        <translation>Name, type, city or e-mail</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;tor:</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>Any sector</translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>Gro&amp;up:</translation>
    </message>
    <message>
        <source>Mem&amp;bership:</source>
        <translation>Mem&amp;bership:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Current members</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Former members</translation>
    </message>
    <message>
        <source>Never members</source>
        <translation>Never members</translation>
    </message>
    <message>
        <source>Membership of the chosen group, or of any group when none is chosen</source>
        <translation>Membership of the chosen group, or of any group when none is chosen</translation>
    </message>
    <message>
        <source>Gende&amp;r:</source>
        <translation>Gende&amp;r:</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Any gender</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;New organisation…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Any group</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stakeholders</name>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>membership</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>A person cannot be merged with themselves.</translation>
    </message>
    <message>
        <source>An organisation cannot be merged with itself.</source>
        <translation>An organisation cannot be merged with itself.</translation>
    </message>
    <message>
        <source>The merge cannot be undone: {detail}</source>
        <translation>The merge cannot be undone: {detail}</translation>
    </message>
    <message>
        <source>The merge cannot be undone: the kept record was deleted since.</source>
        <translation>The merge cannot be undone: the kept record was deleted since.</translation>
    </message>
    <message>
        <source>The merge cannot be undone: id {id} has been given to a new record since.</source>
        <translation>The merge cannot be undone: id {id} has been given to a new record since.</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Manage closely</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Keep satisfied</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Keep informed</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Choose either a person or an organisation.</source>
        <translation>Choose either a person or an organisation.</translation>
    </message>
    <message>
        <source>consent record</source>
        <translation>consent record</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {date}.</source>
        <translation>This consent was already withdrawn on {date}.</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Add to group</translation>
    </message>
    <message>
        <source>There are no groups yet. Create one on the Groups tab first.</source>
        <translation>There are no groups yet. Create one on the Groups tab first.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n people to {group}</source>
        <translation>
            <numerusform>Add %n person to {group}</numerusform>
            <numerusform>Add %n people to {group}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n people to {group}.</source>
        <translation>
            <numerusform>Added %n person to {group}.</numerusform>
            <numerusform>Added %n people to {group}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were members already.</source>
        <translation>
            <numerusform>%n was a member already.</numerusform>
            <numerusform>%n were members already.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>No organisation</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message numerus="yes">
        <source>attendance at %n meetings</source>
        <translation>
            <numerusform>attendance at %n meeting</numerusform>
            <numerusform>attendance at %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group memberships</source>
        <translation>
            <numerusform>%n group membership</numerusform>
            <numerusform>%n group memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent records</source>
        <translation>
            <numerusform>%n consent record</numerusform>
            <numerusform>%n consent records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n power/interest assessments</source>
        <translation>
            <numerusform>%n power/interest assessment</numerusform>
            <numerusform>%n power/interest assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risks</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Delete {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people?</source>
        <translation>
            <numerusform>Delete this person?</numerusform>
            <numerusform>Delete these %n people?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their {things} go with them.</source>
        <translation>Their {things} go with them.</translation>
    </message>
    <message>
        <source>Their {things} go with them.</source>
        <comment>several people</comment>
        <translation>Their {things} go with them.</translation>
    </message>
    <message>
        <source>{things} will have no one responsible.</source>
        <translation>{things} will have no one responsible.</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>You can undo this with Edit &gt; Undo.</translation>
    </message>
    <message>
        <source>Delete the organisation {name}?</source>
        <translation>Delete the organisation {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n organisations?</source>
        <translation>
            <numerusform>Delete this organisation?</numerusform>
            <numerusform>Delete these %n organisations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people who work there stay, without an organisation.</source>
        <translation>
            <numerusform>%n person who works there stays, without an organisation.</numerusform>
            <numerusform>%n people who work there stay, without an organisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its {things} go with it.</source>
        <translation>Its {things} go with it.</translation>
    </message>
    <message numerus="yes">
        <source>%n actions will have no lead organisation.</source>
        <translation>
            <numerusform>%n action will have no lead organisation.</numerusform>
            <numerusform>%n actions will have no lead organisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lead of %n actions</source>
        <translation>
            <numerusform>the lead of %n action</numerusform>
            <numerusform>the lead of %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action partnerships</source>
        <translation>
            <numerusform>%n action partnership</numerusform>
            <numerusform>%n action partnerships</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the group {name}?</source>
        <translation>Delete the group {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n memberships go with it.</source>
        <translation>
            <numerusform>Its %n membership goes with it.</numerusform>
            <numerusform>Its %n memberships go with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its invitations to %n meetings go with it.</source>
        <translation>
            <numerusform>Its invitation to %n meeting goes with it.</numerusform>
            <numerusform>Its invitations to %n meetings go with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n subgroups become top-level groups.</source>
        <translation>
            <numerusform>Its %n subgroup becomes a top-level group.</numerusform>
            <numerusform>Its %n subgroups become top-level groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else refers to it.</source>
        <translation>Nothing else refers to it.</translation>
    </message>
    <message>
        <source>Moves to the record you keep: {things}.</source>
        <translation>Moves to the record you keep: {things}.</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Skip this row</translation>
    </message>
    <message>
        <source>Update the person</source>
        <translation>Update the person</translation>
    </message>
    <message>
        <source>Add as another person</source>
        <translation>Add as another person</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Has problems</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Already in the register</source>
        <translation>Already in the register</translation>
    </message>
    <message>
        <source>Repeats an earlier row</source>
        <translation>Repeats an earlier row</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
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
        <translation>What to do</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation>Why / what changes</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Merge {dropped} into {kept}</source>
        <translation>Merge {dropped} into {kept}</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <source>type to find an organisation</source>
        <translation>type to find an organisation</translation>
    </message>
    <message>
        <source>No organisation is called {name}. Choose one from the list, or add it on the Organisations tab first.</source>
        <translation>No organisation is called {name}. Choose one from the list, or add it on the Organisations tab first.</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>&amp;Add to group…</source>
        <translation>&amp;Add to group…</translation>
    </message>
    <message>
        <source>Add the selected people to a group</source>
        <translation>Add the selected people to a group</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Merge two selected duplicates into one</source>
        <translation>Merge two selected duplicates into one</translation>
    </message>
    <message>
        <source>Import peop&amp;le…</source>
        <translation>Import peop&amp;le…</translation>
    </message>
    <message>
        <source>Add people from an Excel (.xlsx) or CSV file</source>
        <translation>Add people from an Excel (.xlsx) or CSV file</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Write people and organisations to an Excel workbook</source>
        <translation>Write people and organisations to an Excel workbook</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <source>Po&amp;wer/interest</source>
        <translation>Po&amp;wer/interest</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Scale:</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>All objectives</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objective:</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>Save &amp;image…</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG, SVG or PDF file</source>
        <translation>Save the timeline as a PNG, SVG or PDF file</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Too many actions to name each one: only the objectives are named. Choose an objective to see its actions by name.</source>
        <translation>Too many actions to name each one: only the objectives are named. Choose an objective to see its actions by name.</translation>
    </message>
    <message>
        <source>Action timeline</source>
        <translation>Action timeline</translation>
    </message>
    <message>
        <source>Double-click an action to open it</source>
        <translation>Double-click an action to open it</translation>
    </message>
    <message>
        <source>{dates} · {status} · {progress} % done</source>
        <translation>{dates} · {status} · {progress} % done</translation>
    </message>
    <message>
        <source>◆ {date} {title} (done)</source>
        <translation>◆ {date} {title} (done)</translation>
    </message>
    <message>
        <source>◇ {date} {title}</source>
        <translation>◇ {date} {title}</translation>
    </message>
    <message>
        <source>Save the timeline</source>
        <translation>Save the timeline</translation>
    </message>
    <message>
        <source>action-timeline-{date}.png</source>
        <translation>action-timeline-{date}.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>The image could not be written to {path}: {reason}</source>
        <translation>The image could not be written to {path}: {reason}</translation>
    </message>
    <message>
        <source>Timeline saved to {path}</source>
        <translation>Timeline saved to {path}</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <source>Tools used</source>
        <translation>Tools used</translation>
    </message>
    <message>
        <source>for example: Lego Serious Play</source>
        <translation>for example: Lego Serious Play</translation>
    </message>
    <message>
        <source>Ot&amp;her tool:</source>
        <translation>Ot&amp;her tool:</translation>
    </message>
    <message>
        <source>&amp;Add tool</source>
        <translation>&amp;Add tool</translation>
    </message>
    <message>
        <source>&amp;Tools used</source>
        <translation>&amp;Tools used</translation>
    </message>
</context>
<context>
    <name>TotalsView</name>
    <message>
        <source>Funding by source</source>
        <translation>Funding by source</translation>
    </message>
    <message>
        <source>Cost and funding by objective</source>
        <translation>Cost and funding by objective</translation>
    </message>
    <message>
        <source>No funding lines yet: add them in an action&apos;s detail.</source>
        <translation>No funding lines yet: add them in an action&apos;s detail.</translation>
    </message>
    <message>
        <source>By &amp;source</source>
        <translation>By &amp;source</translation>
    </message>
    <message>
        <source>By &amp;objective</source>
        <translation>By &amp;objective</translation>
    </message>
    <message>
        <source>Plan totals</source>
        <translation>Plan totals</translation>
    </message>
    <message>
        <source>Plan totals: cost {cost} · secured {secured} · applied {applied} · potential {potential} · gap {gap}</source>
        <translation>Plan totals: cost {cost} · secured {secured} · applied {applied} · potential {potential} · gap {gap}</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Import people</source>
        <translation>Import people</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Reading {file} again…</source>
        <translation>Reading {file} again…</translation>
    </message>
    <message>
        <source>Importing {count} rows…</source>
        <translation>Importing {count} rows…</translation>
    </message>
    <message>
        <source>Import done. People added: {count}</source>
        <translation>Import done. People added: {count}</translation>
    </message>
    <message>
        <source>updated: {count}</source>
        <translation>updated: {count}</translation>
    </message>
    <message>
        <source>skipped: {count}</source>
        <translation>skipped: {count}</translation>
    </message>
    <message>
        <source>already up to date: {count}</source>
        <translation>already up to date: {count}</translation>
    </message>
    <message>
        <source>rows with problems left out: {count}</source>
        <translation>rows with problems left out: {count}</translation>
    </message>
    <message>
        <source>new organisations: {count}</source>
        <translation>new organisations: {count}</translation>
    </message>
    <message>
        <source>new groups: {count}</source>
        <translation>new groups: {count}</translation>
    </message>
    <message>
        <source>Export people and organisations</source>
        <translation>Export people and organisations</translation>
    </message>
    <message>
        <source>{file} stakeholders.xlsx</source>
        <translation>{file} stakeholders.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>{people} people and {organisations} organisations written to {file}.</source>
        <translation>{people} people and {organisations} organisations written to {file}.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
</context>
<context>
    <name>TransnationalMeetingDialog</name>
    <message>
        <source>Add transnational meeting</source>
        <translation>Add transnational meeting</translation>
    </message>
    <message>
        <source>Edit transnational meeting</source>
        <translation>Edit transnational meeting</translation>
    </message>
    <message>
        <source>for example Transnational meeting in Umeå</source>
        <translation>for example Transnational meeting in Umeå</translation>
    </message>
    <message>
        <source>No host city</source>
        <translation>No host city</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Host city</source>
        <translation>&amp;Host city</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save changes to {what}? If you do not, they are lost.</source>
        <translation>Save changes to {what}? If you do not, they are lost.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}.</source>
        <translation>{value} is outside {low} to {high}.</translation>
    </message>
    <message>
        <source>{value} is below {low}.</source>
        <translation>{value} is below {low}.</translation>
    </message>
    <message>
        <source>{later} is before {earlier}.</source>
        <translation>{later} is before {earlier}.</translation>
    </message>
    <message>
        <source>Unknown value {value}.</source>
        <translation>Unknown value {value}.</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} is not an e-mail address.</translation>
    </message>
    <message>
        <source>Choose either a person or an organisation.</source>
        <translation>Choose either a person or an organisation.</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Save version</source>
        <translation>Save version</translation>
    </message>
    <message>
        <source>A copy of the whole plan as it is now is kept under this name: objectives, actions, funding, risks, indicators and targets. It starts as a draft.</source>
        <translation>A copy of the whole plan as it is now is kept under this name: objectives, actions, funding, risks, indicators and targets. It starts as a draft.</translation>
    </message>
    <message>
        <source>Rename version</source>
        <translation>Rename version</translation>
    </message>
    <message>
        <source>Change the name or the note of version “{name}”.</source>
        <translation>Change the name or the note of version “{name}”.</translation>
    </message>
    <message>
        <source>Optional: why it was saved, who it goes to, what changed</source>
        <translation>Optional: why it was saved, who it goes to, what changed</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>{field}: set to {new}</source>
        <translation>{field}: set to {new}</translation>
    </message>
    <message>
        <source>{field}: cleared (was {old})</source>
        <translation>{field}: cleared (was {old})</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>No differences: the two plans are the same.</source>
        <translation>No differences: the two plans are the same.</translation>
    </message>
    <message>
        <source>Added: {added} · Removed: {removed} · Changed: {changed}</source>
        <translation>Added: {added} · Removed: {removed} · Changed: {changed}</translation>
    </message>
    <message>
        <source>Added: {item}</source>
        <translation>Added: {item}</translation>
    </message>
    <message>
        <source>Removed: {item}</source>
        <translation>Removed: {item}</translation>
    </message>
    <message>
        <source>Changed: {item} — {change}</source>
        <translation>Changed: {item} — {change}</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Added:</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Removed:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Changed:</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>After:</translation>
    </message>
    <message>
        <source>No version saved yet. Save a version to keep a copy of the plan as it is now, for review or for comparing later.</source>
        <translation>No version saved yet. Save a version to keep a copy of the plan as it is now, for review or for comparing later.</translation>
    </message>
</context>
<context>
    <name>VersionDiffView</name>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copy to clipboard</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{status} (current)</source>
        <translation>{status} (current)</translation>
    </message>
    <message>
        <source>{objectives} objectives, {actions} actions, {indicators} indicators</source>
        <translation>{objectives} objectives, {actions} actions, {indicators} indicators</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <source>Save a version before you send the plan for review. A version keeps a copy of the whole plan; compare versions to see what changed since.</source>
        <translation>Save a version before you send the plan for review. A version keeps a copy of the whole plan; compare versions to see what changed since.</translation>
    </message>
    <message>
        <source>&amp;Save version…</source>
        <translation>&amp;Save version…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>Su&amp;bmit for review</translation>
    </message>
    <message>
        <source>&amp;Return for changes</source>
        <translation>&amp;Return for changes</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <source>Keep a copy of the plan as it is now</source>
        <translation>Keep a copy of the plan as it is now</translation>
    </message>
    <message>
        <source>Mark the selected version as sent for review</source>
        <translation>Mark the selected version as sent for review</translation>
    </message>
    <message>
        <source>Mark the selected version as returned by the reviewer for changes</source>
        <translation>Mark the selected version as returned by the reviewer for changes</translation>
    </message>
    <message>
        <source>Mark the selected version as approved; it can no longer be changed</source>
        <translation>Mark the selected version as approved; it can no longer be changed</translation>
    </message>
    <message>
        <source>See what changed between two versions, or since the selected version</source>
        <translation>See what changed between two versions, or since the selected version</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version “{name}” is approved. Your next change starts a new draft.</source>
        <translation>Version “{name}” is approved. Your next change starts a new draft.</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Version “{name}” saved.</source>
        <translation>Version “{name}” saved.</translation>
    </message>
    <message>
        <source>Approve version</source>
        <translation>Approve version</translation>
    </message>
    <message>
        <source>Approve version “{name}”? An approved version can no longer be renamed, deleted or changed. Later changes to the plan start a new draft.</source>
        <translation>Approve version “{name}”? An approved version can no longer be renamed, deleted or changed. Later changes to the plan start a new draft.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Version “{name}”: {status}.</source>
        <translation>Version “{name}”: {status}.</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Delete version</translation>
    </message>
    <message>
        <source>Delete version “{name}” and the reviews of it? The plan itself does not change. This cannot be undone.</source>
        <translation>Delete version “{name}” and the reviews of it? The plan itself does not change. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Version “{name}” deleted.</source>
        <translation>Version “{name}” deleted.</translation>
    </message>
</context>
</TS>
