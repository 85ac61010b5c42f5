<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>BreakoutsScreen</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) present in no group.</source>
        <translation>
            <numerusform>%n person present in no group.</numerusform>
            <numerusform>%n people present in no group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n group(s) made before, their names and rapporteurs are replaced. Reports already captured stay in the capture.</source>
        <translation>
            <numerusform>The group made before, its name and rapporteur are replaced. Reports already captured stay in the capture.</numerusform>
            <numerusform>The %n groups made before, their names and rapporteurs are replaced. Reports already captured stay in the capture.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>File the %n selected entries under:</source>
        <translation>
            <numerusform>File the selected entry under:</numerusform>
            <numerusform>File the %n selected entries under:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n entries</source>
        <translation>
            <numerusform>Move %n entry</numerusform>
            <numerusform>Move %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the language of %n entries</source>
        <translation>
            <numerusform>Set the language of %n entry</numerusform>
            <numerusform>Set the language of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected entries were said in:</source>
        <translation>
            <numerusform>The selected entry was said in:</numerusform>
            <numerusform>The %n selected entries were said in:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>%n person(s) will be imported;</source>
        <translation>
            <numerusform>%n person will be imported;</numerusform>
            <numerusform>%n people will be imported;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be left out.</source>
        <translation>
            <numerusform>%n row has problems and will be left out.</numerusform>
            <numerusform>%n rows have problems and will be left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Import %n person</numerusform>
            <numerusform>Import %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) (%1, separated by %2).</source>
        <translation>
            <numerusform>Read %n row (%1, separated by %2).</numerusform>
            <numerusform>Read %n rows (%1, separated by %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DotVotingScreen</name>
    <message numerus="yes">
        <source>%1&apos;s ballot is saved: %n dot(s).</source>
        <translation>
            <numerusform>%1&apos;s ballot is saved: %n dot.</numerusform>
            <numerusform>%1&apos;s ballot is saved: %n dots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FishbowlTables</name>
    <message numerus="yes">
        <source>%n person(s) present did not speak.</source>
        <translation>
            <numerusform>%n person present did not speak.</numerusform>
            <numerusform>%n people present did not speak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s), %1 in all.</source>
        <translation>
            <numerusform>%n turn, %1 in all.</numerusform>
            <numerusform>%n turns, %1 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupTree</name>
    <message numerus="yes">
        <source>Not in a group (%n)</source>
        <translation>
            <numerusform>Not in a group (%n)</numerusform>
            <numerusform>Not in a group (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinAnnouncer</name>
    <message numerus="yes">
        <source>%n shared event(s) still on their way from %1, not connected now (a USB stick?): it comes in once the folder is back.</source>
        <translation>
            <numerusform>%n shared event still on its way from %1, not connected now (a USB stick?): it comes in once the folder is back.</numerusform>
            <numerusform>%n shared events still on their way from %1, not connected now (a USB stick?): they come in once the folder is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared event(s) still on their way from %1: it comes in when another laptop&apos;s changes reach that folder.</source>
        <translation>
            <numerusform>%n shared event still on its way from %1: it comes in when another laptop&apos;s changes reach that folder.</numerusform>
            <numerusform>%n shared events still on their way from %1: they come in when another laptop&apos;s changes reach that folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved conflict(s): File ▸ Share event ▸ Conflicts…</source>
        <translation>
            <numerusform>%n unresolved conflict: File ▸ Share event ▸ Conflicts…</numerusform>
            <numerusform>%n unresolved conflicts: File ▸ Share event ▸ Conflicts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n newer changes here were kept.</source>
        <translation>
            <numerusform>%n newer change here was kept.</numerusform>
            <numerusform>%n newer changes here were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bringing in %n shared event(s)…</source>
        <translation>
            <numerusform>Bringing in %n shared event…</numerusform>
            <numerusform>Bringing in %n shared events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the bundle: %n change(s) new here</source>
        <translation>
            <numerusform>Imported the bundle: %n change new here</numerusform>
            <numerusform>Imported the bundle: %n changes new here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneTwoFourAllScreen</name>
    <message numerus="yes">
        <source>Ideas harvested (%n):</source>
        <translation>
            <numerusform>Ideas harvested (%n):</numerusform>
            <numerusform>Ideas harvested (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n phone connected</numerusform>
            <numerusform>%n phones connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeerReviewScreen</name>
    <message numerus="yes">
        <source>%n entry(ies) were captured on this case. They stay in the capture; remove the case from the review?</source>
        <translation>
            <numerusform>%n entry was captured on this case. It stays in the capture; remove the case from the review?</numerusform>
            <numerusform>%n entries were captured on this case. They stay in the capture; remove the case from the review?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback</source>
        <translation>
            <numerusform>%n feedback</numerusform>
            <numerusform>%n feedback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average rating: %1 of 5 (%n rating(s))</source>
        <translation>
            <numerusform>Average rating: %1 of 5 (%n rating)</numerusform>
            <numerusform>Average rating: %1 of 5 (%n ratings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message numerus="yes">
        <source>Delete %n photo(s)</source>
        <translation>
            <numerusform>Delete %n photo</numerusform>
            <numerusform>Delete %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Photo not attached</source>
        <translation>
            <numerusform>Photo not attached</numerusform>
            <numerusform>Photos not attached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n photo(s)…</source>
        <translation>
            <numerusform>Preparing %n photo…</numerusform>
            <numerusform>Preparing %n photos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeImportDialog</name>
    <message numerus="yes">
        <source>%n agenda items will be created. Nothing is saved until you import.</source>
        <translation>
            <numerusform>%n agenda item will be created. Nothing is saved until you import.</numerusform>
            <numerusform>%n agenda items will be created. Nothing is saved until you import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are left unpaired: see why in the table.</source>
        <translation>
            <numerusform>%n row is left unpaired: see why in the table.</numerusform>
            <numerusform>%n rows are left unpaired: see why in the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texts of the note will be the agenda&apos;s translations. Nothing is saved until you import.</source>
        <translation>
            <numerusform>%n text of the note will be a translation of the agenda. Nothing is saved until you import.</numerusform>
            <numerusform>%n texts of the note will be the agenda&apos;s translations. Nothing is saved until you import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Import %n person</numerusform>
            <numerusform>Import %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundRobinScreen</name>
    <message numerus="yes">
        <source>%n people in the round</source>
        <translation>
            <numerusform>%n person in the round</numerusform>
            <numerusform>%n people in the round</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round complete: all %n have spoken</source>
        <translation>
            <numerusform>Round complete: the one person has spoken</numerusform>
            <numerusform>Round complete: all %n have spoken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message numerus="yes">
        <source>The session went on while Forum Desktop was closed (%n minute(s)); the timer kept running.</source>
        <translation>
            <numerusform>The session went on while Forum Desktop was closed (%n minute); the timer kept running.</numerusform>
            <numerusform>The session went on while Forum Desktop was closed (%n minutes); the timer kept running.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop slept for %n minute(s); the timer caught up with the clock.</source>
        <translation>
            <numerusform>This laptop slept for %n minute; the timer caught up with the clock.</numerusform>
            <numerusform>This laptop slept for %n minutes; the timer caught up with the clock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StopWaiting</name>
    <message numerus="yes">
        <source>No longer waiting for %n shared event(s) from %1: to bring them in later, join that folder again (File ▸ Join shared events…).</source>
        <translation>
            <numerusform>No longer waiting for %n shared event from %1: to bring it in later, join that folder again (File ▸ Join shared events…).</numerusform>
            <numerusform>No longer waiting for %n shared events from %1: to bring them in later, join that folder again (File ▸ Join shared events…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop waiting for %n shared event(s) from %1? This laptop forgets that it joined them; File ▸ Join shared events… brings them in again.</source>
        <translation>
            <numerusform>Stop waiting for %n shared event from %1? This laptop forgets that it joined it; File ▸ Join shared events… brings it in again.</numerusform>
            <numerusform>Stop waiting for %n shared events from %1? This laptop forgets that it joined them; File ▸ Join shared events… brings them in again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n thing(s) in the shared folder skipped, such as: %1</source>
        <translation>
            <numerusform>%n thing in the shared folder skipped, such as: %1</numerusform>
            <numerusform>%n things in the shared folder skipped, such as: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteBallotBox</name>
    <message numerus="yes">
        <source>%1 has %2: %3 is %n too many. Take %n off, then save the ballot again.</source>
        <translation>
            <numerusform>%1 has %2: %3 is one too many. Take one off, then save the ballot again.</numerusform>
            <numerusform>%1 has %2: %3 is %n too many. Take %n off, then save the ballot again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) entered: %1</source>
        <translation>
            <numerusform>%n ballot entered: %1</numerusform>
            <numerusform>%n ballots entered: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
</context>
</TS>
