<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>ActionModel</name>
    <message>
        <source>%1 — Overdue</source>
        <translation>%1 — En retard</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Action status: %1</source>
        <translation>Statut de l&apos;action : %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ActionTracker</name>
    <message>
        <source>&amp;Open in its event</source>
        <translation>&amp;Ouvrir dans son événement</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;En retard seulement</translation>
    </message>
    <message>
        <source>Action tracker — all events</source>
        <translation>Suivi des actions — tous les événements</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions of all events</source>
        <translation>Actions de tous les événements</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Actions : %1</translation>
    </message>
    <message>
        <source>Actions: %1 of %2</source>
        <translation>Actions : %1 sur %2</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <source>No actions yet. Type “&gt; ” in the quick-capture bar to capture one.</source>
        <translation>Aucune action pour l&apos;instant. Tapez « &gt; » dans la barre de saisie rapide pour en saisir une.</translation>
    </message>
    <message>
        <source>Show event</source>
        <translation>Afficher l&apos;événement</translation>
    </message>
    <message>
        <source>Show owner</source>
        <translation>Afficher le responsable</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Afficher le statut</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>en retard : %1</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Energiser</source>
        <translation>Dynamiseur</translation>
    </message>
    <message>
        <source>Group method</source>
        <translation>Méthode de groupe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer « %1 »</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Not a duration</source>
        <translation>Durée non valide</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Planned %1; its sub-items take %2</source>
        <translation>Prévu : %1 ; ses sous-points prennent %2</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>end +%1 min</source>
        <translation>fin +%1 min</translation>
    </message>
    <message>
        <source>ends %1 min after the session&apos;s end</source>
        <translation>finit %1 min après la fin de la session</translation>
    </message>
    <message>
        <source>parent +%1 min</source>
        <translation>parent +%1 min</translation>
    </message>
    <message>
        <source>past midnight</source>
        <translation>après minuit</translation>
    </message>
    <message>
        <source>runs %1 min past the end of its parent</source>
        <translation>dépasse de %1 min la fin du point parent</translation>
    </message>
    <message>
        <source>runs past midnight</source>
        <translation>dépasse minuit</translation>
    </message>
    <message>
        <source>starts %1 min after its locked time</source>
        <translation>commence %1 min après son heure fixée</translation>
    </message>
    <message>
        <source>⚠ Sync conflict: another laptop&apos;s version of a text is kept (Resolve conflict… in the item&apos;s details settles it).</source>
        <translation>⚠ Conflit de synchronisation : la version d&apos;un texte venue d&apos;un autre ordinateur est conservée (Résoudre le conflit… dans les détails du point le règle).</translation>
    </message>
    <message>
        <source>🔒 +%1 min</source>
        <translation>🔒 +%1 min</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Nouveau point</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Indenter</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Désindenter</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session :</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Add s&amp;ub-item</source>
        <translation>So&amp;us-point</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la session</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>Delete “%1” and its agenda? Edit ▸ Undo brings it back.</source>
        <translation>Supprimer « %1 » et son ordre du jour ? Édition ▸ Annuler la fait revenir.</translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation>Dupliquer le point</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Modifier la session</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>Modifier la session…</translation>
    </message>
    <message>
        <source>From template…</source>
        <translation>À partir d’un modèle…</translation>
    </message>
    <message>
        <source>Group methods: read about them, write your own, use one for an item</source>
        <translation>Méthodes de groupe : les découvrir, écrire les vôtres, en utiliser une pour un point</translation>
    </message>
    <message>
        <source>Import programme</source>
        <translation>Importer le programme</translation>
    </message>
    <message>
        <source>Import programme…</source>
        <translation>Importer un programme…</translation>
    </message>
    <message>
        <source>Import translation</source>
        <translation>Importer la traduction</translation>
    </message>
    <message>
        <source>Indent item</source>
        <translation>Indenter le point</translation>
    </message>
    <message>
        <source>Method &amp;library…</source>
        <translation>&amp;Bibliothèque de méthodes…</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Déplacer le point</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>New session %1</source>
        <translation>Nouvelle session %1</translation>
    </message>
    <message>
        <source>New session from %1</source>
        <translation>Nouvelle session à partir de %1</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nouvelle session…</translation>
    </message>
    <message>
        <source>Outdent item</source>
        <translation>Désindenter le point</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Save template %1</source>
        <translation>Enregistrer le modèle %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>Description de la session</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Titre de la session</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nom du modèle :</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Modèle enregistré</translation>
    </message>
    <message>
        <source>This event has no sessions yet. Create one with “New session…”.</source>
        <translation>Cet événement n’a pas encore de session. Créez-en une avec « Nouvelle session… ».</translation>
    </message>
    <message>
        <source>This programme&apos;s items are already in the agenda (imported before): they were not added again.</source>
        <translation>Les points de ce programme sont déjà dans l’ordre du jour (importés auparavant) : ils n’ont pas été ajoutés une seconde fois.</translation>
    </message>
    <message>
        <source>planned: %1</source>
        <translation>prévu : %1</translation>
    </message>
    <message>
        <source>planned: %1 of %2 available</source>
        <translation>prévu : %1 sur %2 disponibles</translation>
    </message>
    <message>
        <source>· %1–%2 on this laptop</source>
        <translation>· %1–%2 sur cet ordinateur</translation>
    </message>
    <message>
        <source>“%1” is now among the templates of “From template…”.</source>
        <translation>« %1 » fait maintenant partie des modèles de « À partir d’un modèle… ».</translation>
    </message>
    <message>
        <source>⚠ %1 over the session&apos;s end</source>
        <translation>⚠ %1 au-delà de la fin de la session</translation>
    </message>
</context>
<context>
    <name>Amend</name>
    <message>
        <source>Minutes are final</source>
        <translation>Compte rendu définitif</translation>
    </message>
    <message>
        <source>Record amendment</source>
        <translation>Enregistrer un amendement</translation>
    </message>
    <message>
        <source>The minutes of “%1” are final. Record this change as an amendment, with your name and the time?</source>
        <translation>Le compte rendu de « %1 » est définitif. Enregistrer cette modification comme un amendement, avec votre nom et l&apos;heure ?</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Non annulé</translation>
    </message>
</context>
<context>
    <name>ApplicationsMenuActions</name>
    <message>
        <source>&amp;Remove from the applications menu</source>
        <translation>Re&amp;tirer du menu des applications</translation>
    </message>
    <message>
        <source>A&amp;dd to the applications menu</source>
        <translation>&amp;Ajouter au menu des applications</translation>
    </message>
    <message>
        <source>Added to the applications menu</source>
        <translation>Ajouté au menu des applications</translation>
    </message>
    <message>
        <source>Forum Desktop is in your applications menu (%1).</source>
        <translation>Forum Desktop figure dans votre menu des applications (%1).</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Non ajouté</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non retiré</translation>
    </message>
    <message>
        <source>The menu entry could not be removed: %1</source>
        <translation>L&apos;entrée de menu n&apos;a pas pu être retirée : %1</translation>
    </message>
    <message>
        <source>The menu entry could not be written: %1</source>
        <translation>L&apos;entrée de menu n&apos;a pas pu être écrite : %1</translation>
    </message>
</context>
<context>
    <name>BreakoutsPublic</name>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de dépassement</translation>
    </message>
    <message>
        <source>Next group: %1</source>
        <translation>Groupe suivant : %1</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Rapporteur : %1</translation>
    </message>
    <message>
        <source>Reporting now: %1</source>
        <translation>Restitue maintenant : %1</translation>
    </message>
</context>
<context>
    <name>BreakoutsScreen</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1 is over its time: %2.</source>
        <translation>%1 dépasse son temps : %2.</translation>
    </message>
    <message>
        <source>%1 of %2 groups reported.</source>
        <translation>Restitutions faites : %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 reports now.</source>
        <translation>%1 restitue maintenant.</translation>
    </message>
    <message>
        <source>%1 reports: %2 left.</source>
        <translation>%1 restitue : reste %2.</translation>
    </message>
    <message>
        <source>%1 reports: %2.</source>
        <translation>%1 restitue : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) present in no group.</source>
        <translation>
            <numerusform>%n personne présente n&apos;est dans aucun groupe.</numerusform>
            <numerusform>%n personnes présentes ne sont dans aucun groupe.</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Balance of the groups</source>
        <translation>Équilibre des groupes</translation>
    </message>
    <message>
        <source>Balanced by country</source>
        <translation>Équilibrés par pays</translation>
    </message>
    <message>
        <source>Balanced by organisation</source>
        <translation>Équilibrés par organisation</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <source>Capture a group&apos;s report</source>
        <translation>Saisir la restitution d&apos;un groupe</translation>
    </message>
    <message>
        <source>Capture the report</source>
        <translation>Saisir la restitution</translation>
    </message>
    <message>
        <source>Capture the report (Ctrl+Return)</source>
        <translation>Saisir la restitution (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Change a group&apos;s report time</source>
        <translation>Changer le temps de restitution d&apos;un groupe</translation>
    </message>
    <message>
        <source>Change the report-back order</source>
        <translation>Changer l&apos;ordre des restitutions</translation>
    </message>
    <message>
        <source>Choose a rapporteur</source>
        <translation>Choisir un rapporteur</translation>
    </message>
    <message>
        <source>Count groups or people per group</source>
        <translation>Compter des groupes ou des personnes par groupe</translation>
    </message>
    <message>
        <source>Countries spread unevenly: %1</source>
        <translation>Pays mal répartis : %1</translation>
    </message>
    <message>
        <source>Done report&amp;ing</source>
        <translation>Restitutions term&amp;inées</translation>
    </message>
    <message>
        <source>End the report-back</source>
        <translation>Terminer les restitutions</translation>
    </message>
    <message>
        <source>End the report-back for now</source>
        <translation>Terminer les restitutions pour l&apos;instant</translation>
    </message>
    <message>
        <source>Every country is spread evenly.</source>
        <translation>Chaque pays est bien réparti.</translation>
    </message>
    <message>
        <source>Every group has reported.</source>
        <translation>Tous les groupes ont restitué.</translation>
    </message>
    <message>
        <source>Every organisation is spread evenly.</source>
        <translation>Chaque organisation est bien répartie.</translation>
    </message>
    <message>
        <source>Give the floor to the next group&apos;s rapporteur, with the group&apos;s time</source>
        <translation>Donner la parole au rapporteur du groupe suivant, avec le temps du groupe</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Group sizes: %1.</source>
        <translation>Taille des groupes : %1.</translation>
    </message>
    <message>
        <source>Group to move the selected people to</source>
        <translation>Groupe où déplacer les personnes sélectionnées</translation>
    </message>
    <message>
        <source>How to make the groups</source>
        <translation>Comment former les groupes</translation>
    </message>
    <message>
        <source>Make breakout groups</source>
        <translation>Former les groupes de travail</translation>
    </message>
    <message>
        <source>Make gr&amp;oups</source>
        <translation>Former les &amp;groupes</translation>
    </message>
    <message>
        <source>Make groups of the people present</source>
        <translation>Former des groupes avec les personnes présentes</translation>
    </message>
    <message>
        <source>Make new groups</source>
        <translation>Former de nouveaux groupes</translation>
    </message>
    <message>
        <source>Make the groups first.</source>
        <translation>Formez d&apos;abord les groupes.</translation>
    </message>
    <message>
        <source>Make the groups to name them and capture reports.</source>
        <translation>Formez les groupes pour les nommer et saisir leurs restitutions.</translation>
    </message>
    <message>
        <source>Move people between groups</source>
        <translation>Déplacer des personnes entre groupes</translation>
    </message>
    <message>
        <source>Move se&amp;lected</source>
        <translation>Déplac&amp;er la sélection</translation>
    </message>
    <message>
        <source>Move the selected people to the chosen group (or drag them; Alt+Up/Down)</source>
        <translation>Déplacer les personnes sélectionnées vers le groupe choisi (ou les faire glisser ; Alt+Haut/Bas)</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Déplacer vers :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Ne&amp;xt group reports</source>
        <translation>Le groupe suivant e&amp;xpose</translation>
    </message>
    <message>
        <source>Next group reports</source>
        <translation>Le groupe suivant expose</translation>
    </message>
    <message>
        <source>No groups yet: choose how to make them, then Make groups.</source>
        <translation>Pas encore de groupes : choisissez comment les former, puis Former les groupes.</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Dans aucun groupe</translation>
    </message>
    <message>
        <source>Number of groups, or people per group</source>
        <translation>Nombre de groupes, ou de personnes par groupe</translation>
    </message>
    <message>
        <source>Organisations spread unevenly: %1</source>
        <translation>Organisations mal réparties : %1</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Au hasard</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Rapporteur:</source>
        <translation>Rapporteur :</translation>
    </message>
    <message>
        <source>Rename a group</source>
        <translation>Renommer un groupe</translation>
    </message>
    <message>
        <source>Report time:</source>
        <translation>Temps de restitution :</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Restitution</translation>
    </message>
    <message>
        <source>Report-back time</source>
        <translation>Temps de restitution</translation>
    </message>
    <message>
        <source>Reports captured for this group</source>
        <translation>Restitutions saisies pour ce groupe</translation>
    </message>
    <message>
        <source>Select the people to move in the list first.</source>
        <translation>Sélectionnez d&apos;abord dans la liste les personnes à déplacer.</translation>
    </message>
    <message>
        <source>Start the session before the report-back.</source>
        <translation>Démarrez la session avant les restitutions.</translation>
    </message>
    <message numerus="yes">
        <source>The %n group(s) made before, their names and rapporteurs are replaced. Reports already captured stay in the capture.</source>
        <translation>
            <numerusform>Le groupe formé avant, son nom et son rapporteur sont remplacés. Les restitutions déjà saisies restent dans la saisie.</numerusform>
            <numerusform>Les %n groupes formés avant, leurs noms et leurs rapporteurs sont remplacés. Les restitutions déjà saisies restent dans la saisie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group&apos;s report</source>
        <translation>La restitution du groupe</translation>
    </message>
    <message>
        <source>What the group reports back (Ctrl+Return captures it)</source>
        <translation>Ce que le groupe restitue (Ctrl+Entrée pour saisir)</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>people per group</source>
        <translation>personnes par groupe</translation>
    </message>
    <message>
        <source>rapporteur: %1</source>
        <translation>rapporteur : %1</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>a restitué</translation>
    </message>
    <message>
        <source>reporting now</source>
        <translation>restitue maintenant</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Entries attach to the item you are on.</source>
        <translation>Les entrées sont rattachées au point en cours.</translation>
    </message>
    <message>
        <source>Not saved yet: another program is writing to the database. Press Enter to try again.</source>
        <translation>Pas encore enregistré : un autre programme écrit dans la base de données. Appuyez sur Entrée pour réessayer.</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>Type an entry and press Enter to save it at once</source>
        <translation>Tapez une entrée et appuyez sur Entrée pour l’enregistrer aussitôt</translation>
    </message>
    <message>
        <source>Type and press Enter — ! decision  &gt; action  ? question  &quot; quote  @name  #tag  due:friday</source>
        <translation>Tapez puis Entrée — ! décision  &gt; action  ? question  &quot; citation  @nom  #étiquette  due:vendredi</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>Ce qui sera enregistré</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance : %1</translation>
    </message>
    <message>
        <source>people: %1</source>
        <translation>personnes : %1</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Approve entries</source>
        <translation>Approuver les entrées</translation>
    </message>
    <message>
        <source>Back to d&amp;raft</source>
        <translation>Remettre en b&amp;rouillon</translation>
    </message>
    <message>
        <source>Capture %1</source>
        <translation>Saisir : %1</translation>
    </message>
    <message>
        <source>Captured entries</source>
        <translation>Entrées saisies</translation>
    </message>
    <message>
        <source>Ctrl+] next item · Ctrl+[ previous item</source>
        <translation>Ctrl+] point suivant · Ctrl+[ point précédent</translation>
    </message>
    <message>
        <source>Delete entries</source>
        <translation>Supprimer les entrées</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Modifier l’entrée</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Entries back to draft</source>
        <translation>Entrées remises en brouillon</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>Entrée : %1</translation>
    </message>
    <message numerus="yes">
        <source>File the %n selected entries under:</source>
        <translation>
            <numerusform>Classer l’entrée choisie sous :</numerusform>
            <numerusform>Classer les %n entrées choisies sous :</numerusform>
        </translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation>Point : %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Loading entries…</source>
        <translation>Chargement des entrées…</translation>
    </message>
    <message>
        <source>Mark the minutes of “%1” final (the DRAFT mark goes)</source>
        <translation>Rendre définitif le compte rendu de « %1 » (la mention PROJET disparaît)</translation>
    </message>
    <message>
        <source>Merge entries</source>
        <translation>Fusionner les entrées</translation>
    </message>
    <message>
        <source>Minutes &amp;final</source>
        <translation>Compte rendu &amp;définitif</translation>
    </message>
    <message>
        <source>Minutes of %1 final</source>
        <translation>Compte rendu de %1 définitif</translation>
    </message>
    <message>
        <source>Mo&amp;ve to item…</source>
        <translation>Dé&amp;placer vers un point…</translation>
    </message>
    <message numerus="yes">
        <source>Move %n entries</source>
        <translation>
            <numerusform>Déplacer %n entrée</numerusform>
            <numerusform>Déplacer %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to item</source>
        <translation>Déplacer vers un point</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Point suivant de l’ordre du jour</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Point précédent de l’ordre du jour</translation>
    </message>
    <message>
        <source>Reopen minutes of %1</source>
        <translation>Rouvrir le compte rendu de %1</translation>
    </message>
    <message>
        <source>Reopen the minutes of “%1”</source>
        <translation>Rouvrir le compte rendu de « %1 »</translation>
    </message>
    <message>
        <source>Resolve &amp;conflict…</source>
        <translation>Résoudre le &amp;conflit…</translation>
    </message>
    <message>
        <source>Select entries of a session, or choose in “We are on” an item of the session whose minutes are final.</source>
        <translation>Sélectionnez des entrées d’une séance, ou choisissez dans « Nous en sommes à » un point de la séance dont le compte rendu est définitif.</translation>
    </message>
    <message numerus="yes">
        <source>Set the language of %n entries</source>
        <translation>
            <numerusform>Indiquer la langue de %n entrée</numerusform>
            <numerusform>Indiquer la langue de %n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected entries were said in:</source>
        <translation>
            <numerusform>L’entrée choisie a été dite en :</numerusform>
            <numerusform>Les %n entrées choisies ont été dites en :</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda item the room is on</source>
        <translation>Le point de l’ordre du jour en cours dans la salle</translation>
    </message>
    <message>
        <source>The language the selected entries were said in</source>
        <translation>La langue dans laquelle les entrées choisies ont été dites</translation>
    </message>
    <message>
        <source>The minutes of “%1” are final: new entries and changes are recorded as amendments.</source>
        <translation>Le compte rendu de « %1 » est définitif : les nouvelles entrées et les modifications sont enregistrées comme amendements.</translation>
    </message>
    <message>
        <source>The selected entries belong to several sessions: select entries of one session to mark its minutes final.</source>
        <translation>Les entrées sélectionnées appartiennent à plusieurs séances : sélectionnez des entrées d’une seule séance pour rendre son compte rendu définitif.</translation>
    </message>
    <message>
        <source>We are &amp;on:</source>
        <translation>Nous en sommes &amp;à :</translation>
    </message>
    <message>
        <source>the entry “%1”</source>
        <translation>l’entrée « %1 »</translation>
    </message>
    <message>
        <source>— no particular item —</source>
        <translation>— aucun point en particulier —</translation>
    </message>
</context>
<context>
    <name>CapturedPicker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Add as options</source>
        <translation>Ajouter comme options</translation>
    </message>
    <message>
        <source>Add options from captured items</source>
        <translation>Ajouter des options depuis la saisie</translation>
    </message>
    <message>
        <source>Captured items</source>
        <translation>Éléments saisis</translation>
    </message>
    <message>
        <source>Tick the &amp;entries to vote on (Space ticks):</source>
        <translation>Cochez les &amp;entrées à mettre au vote (Espace coche) :</translation>
    </message>
</context>
<context>
    <name>ConflictNote</name>
    <message>
        <source>Resolve conflict…</source>
        <translation>Résoudre le conflit…</translation>
    </message>
    <message>
        <source>⚠ Two laptops typed different versions of: %1. One shows here, the other is kept until someone chooses.</source>
        <translation>⚠ Deux ordinateurs ont saisi des versions différentes de : %1. L&apos;une s&apos;affiche ici, l&apos;autre est conservée jusqu&apos;à ce que quelqu&apos;un choisisse.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>%1 · %2 — also kept: a version by %3, %4</source>
        <translation>%1 · %2 — aussi conservée : une version de %3, %4</translation>
    </message>
    <message>
        <source>&amp;Resolve with the result</source>
        <translation>&amp;Résoudre avec le résultat</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point du programme</translation>
    </message>
    <message>
        <source>Also kept, by %1</source>
        <translation>Aussi conservée, de %1</translation>
    </message>
    <message>
        <source>Answer to a phone&apos;s question</source>
        <translation>Réponse à la question d&apos;un téléphone</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Garder les &amp;deux</translation>
    </message>
    <message>
        <source>No unresolved conflicts.</source>
        <translation>Aucun conflit à résoudre.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Phone&apos;s text as shown</source>
        <translation>Texte d&apos;un téléphone tel qu&apos;affiché</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Result (edit to combine):</source>
        <translation>Résultat (modifiez pour combiner) :</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Affichée maintenant</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Use &amp;kept</source>
        <translation>Utiliser la version &amp;conservée</translation>
    </message>
    <message>
        <source>Use &amp;shown</source>
        <translation>Utiliser la version &amp;affichée</translation>
    </message>
    <message>
        <source>Version kept aside</source>
        <translation>Version mise de côté</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>Version affichée</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorer cette colonne)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Onsite / online</source>
        <translation>Sur place / en ligne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>%n person(s) will be imported;</source>
        <translation>
            <numerusform>%n personne sera importée ;</numerusform>
            <numerusform>%n personnes seront importées ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be left out.</source>
        <translation>
            <numerusform>%n ligne a un problème et sera laissée de côté.</numerusform>
            <numerusform>%n lignes ont des problèmes et seront laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two reasons</comment>
        <translation> ; </translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Impossible d’importer %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Importer %n personne</numerusform>
            <numerusform>Importer %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import roster from %1</source>
        <translation>Importer des participants depuis %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) (%1, separated by %2).</source>
        <translation>
            <numerusform>%n ligne lue (%1, séparée par des %2).</numerusform>
            <numerusform>%n lignes lues (%1, séparées par des %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows that will &amp;not be imported:</source>
        <translation>Lignes qui &amp;ne seront pas importées :</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Lignes qui ne seront pas importées</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Lignes à importer</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>“%1” is chosen for more than one column: choose it for one only.</source>
        <translation>« %1 » est choisi pour plusieurs colonnes : choisissez-le pour une seule.</translation>
    </message>
</context>
<context>
    <name>DotVotingScreen</name>
    <message>
        <source>%1 has no ballot now.</source>
        <translation>%1 n’a plus de bulletin.</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s ballot is saved: %n dot(s).</source>
        <translation>
            <numerusform>Bulletin de %1 enregistré : %n gommette.</numerusform>
            <numerusform>Bulletin de %1 enregistré : %n gommettes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add options from captured items</source>
        <translation>Ajouter des options depuis la saisie</translation>
    </message>
    <message>
        <source>Add people to the roster to enter their ballots, or count a show of hands.</source>
        <translation>Ajoutez des personnes à la liste des participants pour saisir leurs bulletins, ou comptez les mains levées.</translation>
    </message>
    <message>
        <source>Change how votes are entered</source>
        <translation>Changer la façon de saisir les votes</translation>
    </message>
    <message>
        <source>Change the vote&apos;s limits</source>
        <translation>Changer les limites du vote</translation>
    </message>
    <message>
        <source>Count a show of hands</source>
        <translation>Compter les mains levées</translation>
    </message>
    <message>
        <source>Enter the ballot of %1</source>
        <translation>Saisir le bulletin de %1</translation>
    </message>
    <message>
        <source>Hide the resu&amp;lts</source>
        <translation>Masquer les &amp;résultats</translation>
    </message>
    <message>
        <source>Hide the results</source>
        <translation>Masquer les résultats</translation>
    </message>
    <message>
        <source>Nothing captured is left to vote on: capture ideas, insights or recommendations first, or key in the options.</source>
        <translation>Rien de ce qui a été saisi ne reste à mettre au vote : saisissez d’abord des idées, des enseignements ou des recommandations, ou tapez les options.</translation>
    </message>
    <message>
        <source>Rec&amp;ord the result</source>
        <translation>Consi&amp;gner le résultat</translation>
    </message>
    <message>
        <source>Record the vote&apos;s result</source>
        <translation>Consigner le résultat du vote</translation>
    </message>
    <message>
        <source>Recorded result</source>
        <translation>Résultat consigné</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reveal the resu&amp;lts</source>
        <translation>Révéler les &amp;résultats</translation>
    </message>
    <message>
        <source>Reveal the results</source>
        <translation>Révéler les résultats</translation>
    </message>
    <message>
        <source>The recorded result is up to date.</source>
        <translation>Le résultat consigné est à jour.</translation>
    </message>
    <message>
        <source>The result is in the capture.</source>
        <translation>Le résultat figure dans la saisie.</translation>
    </message>
    <message>
        <source>The result is not recorded yet.</source>
        <translation>Le résultat n’est pas encore consigné.</translation>
    </message>
    <message>
        <source>The result is recorded in the capture.</source>
        <translation>Le résultat est consigné dans la saisie.</translation>
    </message>
    <message>
        <source>The votes changed since the result was recorded: record it again.</source>
        <translation>Les votes ont changé depuis que le résultat a été consigné : consignez-le à nouveau.</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thème : %1</translation>
    </message>
    <message>
        <source>There is nothing to record: add the options first.</source>
        <translation>Il n’y a rien à consigner : ajoutez d’abord les options.</translation>
    </message>
    <message>
        <source>Update the rec&amp;orded result</source>
        <translation>Mettre à jour le résultat consi&amp;gné</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>someone no longer on the roster</source>
        <translation>une personne qui n’est plus dans la liste</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Forum Desktop met an unexpected problem: %1

Your saved work is safe. The details are in %2; please send that file to the developers.</source>
        <translation>Forum Desktop a rencontré un problème inattendu : %1

Votre travail enregistré est intact. Les détails sont dans %2 ; merci d’envoyer ce fichier aux développeurs.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close the evaluation</source>
        <translation>&amp;Fermer l’évaluation</translation>
    </message>
    <message>
        <source>&amp;Open the evaluation</source>
        <translation>&amp;Ouvrir l’évaluation</translation>
    </message>
    <message>
        <source>Close the evaluation</source>
        <translation>Fermer l’évaluation</translation>
    </message>
    <message>
        <source>Open the evaluation</source>
        <translation>Ouvrir l’évaluation</translation>
    </message>
    <message>
        <source>Phones answer three short questions: how useful the session was (1–5), what to keep, what to change. The minutes print the counts and comments.</source>
        <translation>Les téléphones répondent à trois courtes questions : l’utilité de la séance (1–5), ce qu’il faut garder, ce qu’il faut changer. Le compte rendu en imprime les décomptes et les commentaires.</translation>
    </message>
    <message>
        <source>Session evaluated</source>
        <translation>Séance évaluée</translation>
    </message>
    <message>
        <source>average usefulness %1 of 5</source>
        <translation>utilité moyenne %1 sur 5</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexte :</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>&amp;Daté</translation>
    </message>
    <message>
        <source>&amp;Footer line:</source>
        <translation>&amp;Pied de page :</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation>&amp;Organisateurs :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Change the dates</source>
        <translation>Modifier les dates</translation>
    </message>
    <message>
        <source>Change the logo in the footer</source>
        <translation>Modifier le logo du pied de page</translation>
    </message>
    <message>
        <source>Change the time zone</source>
        <translation>Modifier le fuseau horaire</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <source>Edit the context</source>
        <translation>Modifier le contexte</translation>
    </message>
    <message>
        <source>Edit the event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <source>Edit the footer line</source>
        <translation>Modifier le pied de page</translation>
    </message>
    <message>
        <source>Edit the organisers</source>
        <translation>Modifier les organisateurs</translation>
    </message>
    <message>
        <source>Edit the place</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Footer line of the documents</source>
        <translation>Ligne de pied de page des documents</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Logo in the footer too</source>
        <translation>Logo aussi dans le pied de page</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objectifs :</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Prints the logo small at the left of every page&apos;s footer.</source>
        <translation>Imprime le logo en petit à gauche du pied de chaque page.</translation>
    </message>
    <message>
        <source>Rename event</source>
        <translation>Renommer l’événement</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>The event has dates</source>
        <translation>L’événement a des dates</translation>
    </message>
    <message>
        <source>The event has no logo: set one above first.</source>
        <translation>L’événement n’a pas de logo : choisissez-en d’abord un ci-dessus.</translation>
    </message>
    <message>
        <source>The logo in the footer of every page too</source>
        <translation>Le logo aussi dans le pied de chaque page</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Working &amp;languages:</source>
        <translation>&amp;Langues de travail :</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Saisie</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>No event is open.

Choose one on the left, or create one with File ▸ New event (Ctrl+N).</source>
        <translation>Aucun événement n’est ouvert.

Choisissez-en un à gauche, ou créez-en un avec Fichier ▸ Nouvel événement (Ctrl+N).</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>Ani&amp;mation</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Could not start the export: %1</source>
        <translation>Impossible de lancer l’export : %1</translation>
    </message>
    <message>
        <source>The export of %1 stopped (%2).</source>
        <translation>L’export de %1 s’est arrêté (%2).</translation>
    </message>
    <message>
        <source>The export stopped.</source>
        <translation>L’export s’est arrêté.</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <source>Challenges:</source>
        <translation>Défis :</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Sans note</translation>
    </message>
    <message>
        <source>Others could transfer:</source>
        <translation>Transférable ailleurs :</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Recommandations :</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Pair évaluateur</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Pair évaluateur :</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Points forts :</translation>
    </message>
    <message>
        <source>What others could transfer</source>
        <translation>Ce que d&apos;autres pourraient transférer</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Group by agenda item</source>
        <translation>&amp;Grouper par point du programme</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Filter entries</source>
        <translation>Filtrer les entrées</translation>
    </message>
    <message>
        <source>Filter: words, #tag, a name, an author…</source>
        <translation>Filtrer : mots, #étiquette, un nom, un auteur…</translation>
    </message>
    <message>
        <source>Show action status</source>
        <translation>Afficher le statut des actions</translation>
    </message>
    <message>
        <source>Show author</source>
        <translation>Afficher l&apos;auteur</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Afficher le type</translation>
    </message>
    <message>
        <source>Show owner</source>
        <translation>Afficher le responsable</translation>
    </message>
    <message>
        <source>Show tag</source>
        <translation>Afficher l&apos;étiquette</translation>
    </message>
</context>
<context>
    <name>FishbowlPanel</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Leave the circle</source>
        <translation>&amp;Quitter le cercle</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>Thèm&amp;e :</translation>
    </message>
    <message>
        <source>Add to &amp;queue</source>
        <translation>A&amp;jouter à la file</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Saisir</translation>
    </message>
    <message>
        <source>Chairs in the inner circle</source>
        <translation>Chaises du cercle intérieur</translation>
    </message>
    <message>
        <source>Chairs:</source>
        <translation>Chaises :</translation>
    </message>
    <message>
        <source>Contri&amp;bution:</source>
        <translation>Contri&amp;bution :</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Current topic</source>
        <translation>Thème en cours</translation>
    </message>
    <message>
        <source>Each speaker:</source>
        <translation>Par intervenant·e :</translation>
    </message>
    <message>
        <source>End the speaker&apos;s turn (Ctrl+Shift+J).</source>
        <translation>Mettre fin à l’intervention (Ctrl+Maj+J).</translation>
    </message>
    <message>
        <source>Enter adds the person to the queue; Ctrl+Enter seats the chosen people directly, for the opening panel.</source>
        <translation>Entrée ajoute la personne à la file ; Ctrl+Entrée fait asseoir directement les personnes choisies, pour le premier panel.</translation>
    </message>
    <message>
        <source>Fishbowl message</source>
        <translation>Message de l’aquarium</translation>
    </message>
    <message>
        <source>Floor t&amp;o the chair</source>
        <translation>Parole à ce siè&amp;ge</translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation>Cercle intérieur</translation>
    </message>
    <message>
        <source>Keep one chair open</source>
        <translation>Garder une chaise libre</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Ne&amp;w topic…</source>
        <translation>No&amp;uveau thème…</translation>
    </message>
    <message>
        <source>Outer circle</source>
        <translation>Cercle extérieur</translation>
    </message>
    <message>
        <source>Outer circle (Enter adds to the queue)</source>
        <translation>Cercle extérieur (Entrée ajoute à la file)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>Queue (first comes in next)</source>
        <translation>File d’attente (la première personne entre ensuite)</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>Retirer de la file</translation>
    </message>
    <message>
        <source>Seat the chosen directly</source>
        <translation>Faire asseoir les personnes choisies</translation>
    </message>
    <message>
        <source>Stop spea&amp;king</source>
        <translation>Arrêter l’&amp;intervention</translation>
    </message>
    <message>
        <source>Swap &amp;in</source>
        <translation>Faire ent&amp;rer</translation>
    </message>
    <message>
        <source>The first in the queue takes the open chair, or the selected chair, whose sitter leaves (Ctrl+I).</source>
        <translation>La première personne de la file prend la chaise libre, ou la chaise sélectionnée, dont l’occupant·e sort (Ctrl+I).</translation>
    </message>
    <message>
        <source>Time per speaker</source>
        <translation>Temps par intervenant·e</translation>
    </message>
    <message>
        <source>What they said; Enter captures it</source>
        <translation>Ce qui a été dit ; Entrée l’enregistre</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Qui l’a dit</translation>
    </message>
    <message>
        <source>Whoever takes the last free chair makes the longest sitter leave.</source>
        <translation>Quand quelqu’un prend la dernière chaise libre, la personne assise depuis le plus longtemps sort.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>FishbowlPublic</name>
    <message>
        <source>%1 has the floor: %2</source>
        <translation>%1 a la parole : %2</translation>
    </message>
    <message>
        <source>%1 has the floor: %2 left</source>
        <translation>%1 a la parole : reste %2</translation>
    </message>
    <message>
        <source>%1 is over their time: %2</source>
        <translation>%1 dépasse son temps : %2</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Personne n’a la parole.</translation>
    </message>
    <message>
        <source>Nobody is waiting to come in.</source>
        <translation>Personne n’attend pour entrer.</translation>
    </message>
    <message>
        <source>Open chair</source>
        <translation>Chaise libre</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thème : %1</translation>
    </message>
    <message>
        <source>Waiting to come in: %1</source>
        <translation>En attente pour entrer : %1</translation>
    </message>
</context>
<context>
    <name>FishbowlScreen</name>
    <message>
        <source>%1 (waiting, %2)</source>
        <translation>%1 (en attente, %2)</translation>
    </message>
    <message>
        <source>(not on the roster)</source>
        <translation>(hors liste des participant·e·s)</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>Ajouter à la file</translation>
    </message>
    <message>
        <source>Capture a contribution</source>
        <translation>Saisir une contribution</translation>
    </message>
    <message>
        <source>Chair %1</source>
        <translation>Chaise %1</translation>
    </message>
    <message>
        <source>Change the chairs</source>
        <translation>Modifier les chaises</translation>
    </message>
    <message>
        <source>Change the time per speaker</source>
        <translation>Modifier le temps par intervenant·e</translation>
    </message>
    <message>
        <source>Choose who said it first.</source>
        <translation>Choisissez d’abord qui l’a dit.</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <source>Leave the circle</source>
        <translation>Quitter le cercle</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Open chair</source>
        <translation>Chaise libre</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>Retirer de la file</translation>
    </message>
    <message>
        <source>Reorder the queue</source>
        <translation>Réordonner la file</translation>
    </message>
    <message>
        <source>Seat the opening panel</source>
        <translation>Faire asseoir le premier panel</translation>
    </message>
    <message>
        <source>Select someone in the outer circle first.</source>
        <translation>Sélectionnez d’abord quelqu’un dans le cercle extérieur.</translation>
    </message>
    <message>
        <source>Select the chair of the person who leaves the circle.</source>
        <translation>Sélectionnez la chaise de la personne qui quitte le cercle.</translation>
    </message>
    <message>
        <source>Select the chair of the person who speaks.</source>
        <translation>Sélectionnez la chaise de la personne qui parle.</translation>
    </message>
    <message>
        <source>Start the session before timing speakers.</source>
        <translation>Démarrez la session avant de chronométrer les interventions.</translation>
    </message>
    <message>
        <source>Swap in</source>
        <translation>Faire entrer</translation>
    </message>
    <message>
        <source>Switch topic</source>
        <translation>Changer de thème</translation>
    </message>
    <message>
        <source>The fishbowl&apos;s next topic:</source>
        <translation>Thème suivant de l’aquarium :</translation>
    </message>
    <message>
        <source>Type what was said first.</source>
        <translation>Saisissez d’abord ce qui a été dit.</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>a la parole</translation>
    </message>
</context>
<context>
    <name>FishbowlTables</name>
    <message numerus="yes">
        <source>%n person(s) present did not speak.</source>
        <translation>
            <numerusform>%n personne présente n’a pas pris la parole.</numerusform>
            <numerusform>%n personnes présentes n’ont pas pris la parole.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s), %1 in all.</source>
        <translation>
            <numerusform>%n intervention, %1 au total.</numerusform>
            <numerusform>%n interventions, %1 au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(non renseignée)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chaise</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Équité</translation>
    </message>
    <message>
        <source>Fishbowl records</source>
        <translation>Relevés de l’aquarium</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Rotation log</source>
        <translation>Journal des rotations</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Speaking time in all</source>
        <translation>Temps de parole total</translation>
    </message>
    <message>
        <source>Speaking time per organisation</source>
        <translation>Temps de parole par organisation</translation>
    </message>
    <message>
        <source>Speaking time per person</source>
        <translation>Temps de parole par personne</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>assis·e</translation>
    </message>
</context>
<context>
    <name>GroupTree</name>
    <message>
        <source>%1 (absent)</source>
        <translation>%1 (absent·e)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Group / person</source>
        <translation>Groupe / personne</translation>
    </message>
    <message>
        <source>Groups and their members</source>
        <translation>Les groupes et leurs membres</translation>
    </message>
    <message>
        <source>Move down: next group, or report later</source>
        <translation>Descendre : groupe suivant, ou restituer plus tard</translation>
    </message>
    <message>
        <source>Move up: previous group, or report earlier</source>
        <translation>Monter : groupe précédent, ou restituer plus tôt</translation>
    </message>
    <message numerus="yes">
        <source>Not in a group (%n)</source>
        <translation>
            <numerusform>Dans aucun groupe (%n)</numerusform>
            <numerusform>Dans aucun groupe (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>InvalidInput</name>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 ne peut pas rester vide.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters at most. Shorten it.</source>
        <translation>%1 dépasse la longueur permise : %2 caractères au plus. Raccourcissez le texte.</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>La réponse</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La ville</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>L’adresse e-mail</translation>
    </message>
    <message>
        <source>The footer</source>
        <translation>Le pied de page</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>L’organisation</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Le lieu</translation>
    </message>
    <message>
        <source>The presenter&apos;s name</source>
        <translation>Le nom de la personne qui présente</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Le texte</translation>
    </message>
    <message>
        <source>The time zone</source>
        <translation>Le fuseau horaire</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The topic</source>
        <translation>Le thème</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows: choose one in the list (such as Europe/Paris).</source>
        <translation>« %1 » n’est pas un fuseau horaire connu de cet ordinateur : choisissez-en un dans la liste (par exemple Europe/Paris).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>« %1 » n’est pas une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>ItemBands</name>
    <message>
        <source>Agenda item: %1</source>
        <translation>Point du programme : %1</translation>
    </message>
    <message>
        <source>No particular agenda item</source>
        <translation>Aucun point en particulier</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>&amp;Guiding question:</source>
        <translation>&amp;Question directrice :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Locked start at</source>
        <translation>Début &amp;fixé à</translation>
    </message>
    <message>
        <source>&amp;Private notes:</source>
        <translation>Notes &amp;privées :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Item details&lt;/b&gt;</source>
        <translation>&lt;b&gt;Détails du point&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a method from the library to add its steps as timed phases, or type any name.</source>
        <translation>Choisissez une méthode de la bibliothèque pour ajouter ses étapes comme phases minutées, ou saisissez un nom quelconque.</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Facilitator notes (private)</source>
        <translation>Notes du facilitateur (privées)</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitateurs</translation>
    </message>
    <message>
        <source>Facilitators:</source>
        <translation>Facilitateurs :</translation>
    </message>
    <message>
        <source>Fixed: never shortened</source>
        <translation>Fixe : jamais raccourci</translation>
    </message>
    <message>
        <source>Flexible: may be shortened</source>
        <translation>Souple : peut être raccourci</translation>
    </message>
    <message>
        <source>Group method</source>
        <translation>Méthode de groupe</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Question directrice</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Locked start</source>
        <translation>Début fixé</translation>
    </message>
    <message>
        <source>Locked start time</source>
        <translation>Heure de début fixée</translation>
    </message>
    <message>
        <source>M&amp;aterials:</source>
        <translation>Matérie&amp;l :</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>M&amp;inimum :</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Meth&amp;od:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>Minimum duration when running late</source>
        <translation>Durée minimale en cas de retard</translation>
    </message>
    <message>
        <source>Not a duration</source>
        <translation>Durée non valide</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objectifs :</translation>
    </message>
    <message>
        <source>Optional: may be dropped</source>
        <translation>Facultatif : peut être supprimé</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité :</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <source>Priority when running late</source>
        <translation>Priorité en cas de retard</translation>
    </message>
    <message>
        <source>Rapporteurs</source>
        <translation>Rapporteurs</translation>
    </message>
    <message>
        <source>Rapporteurs:</source>
        <translation>Rapporteurs :</translation>
    </message>
    <message>
        <source>Select an agenda item to see its details.</source>
        <translation>Sélectionnez un point de l’ordre du jour pour en voir les détails.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Intervenants :</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type 15, 15 min, 1h30, 1:30 or 90&apos;</source>
        <translation>Tapez 15, 15 min, 1h30, 1:30 ou 90&apos;</translation>
    </message>
    <message>
        <source>half, if flexible</source>
        <translation>la moitié, si flexible</translation>
    </message>
</context>
<context>
    <name>JoinAnnouncer</name>
    <message numerus="yes">
        <source>%n shared event(s) still on their way from %1, not connected now (a USB stick?): it comes in once the folder is back.</source>
        <translation>
            <numerusform>%n événement partagé toujours attendu de %1, non connecté pour l’instant (une clé USB ?) : il arrivera au retour du dossier.</numerusform>
            <numerusform>%n événements partagés toujours attendus de %1, non connecté pour l’instant (une clé USB ?) : ils arriveront au retour du dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared event(s) still on their way from %1: it comes in when another laptop&apos;s changes reach that folder.</source>
        <translation>
            <numerusform>%n événement partagé toujours attendu de %1 : il arrivera quand les modifications d’un autre ordinateur atteindront ce dossier.</numerusform>
            <numerusform>%n événements partagés toujours attendus de %1 : ils arriveront quand les modifications d’un autre ordinateur atteindront ce dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved conflict(s): File ▸ Share event ▸ Conflicts…</source>
        <translation>
            <numerusform>%n conflit non résolu : Fichier ▸ Partager l&apos;événement ▸ Conflits…</numerusform>
            <numerusform>%n conflits non résolus : Fichier ▸ Partager l&apos;événement ▸ Conflits…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not bring in the shared event yet (%1): it is still awaited and comes in once a merge succeeds.</source>
        <translation>L’événement partagé n’a pas encore pu être importé (%1) : il reste attendu et arrivera dès qu’une synchronisation réussira.</translation>
    </message>
    <message>
        <source>The shared event has not arrived yet: it comes in as soon as the other laptop&apos;s changes reach the folder.</source>
        <translation>L’événement partagé n’est pas encore arrivé : il arrivera dès que les modifications de l’autre ordinateur atteindront le dossier.</translation>
    </message>
    <message>
        <source>“%1” arrived from the shared folder and is open.</source>
        <translation>« %1 » est arrivé du dossier partagé et il est ouvert.</translation>
    </message>
    <message>
        <source>“%1” arrived from the shared folder: it is in the events list.</source>
        <translation>« %1 » est arrivé du dossier partagé : il est dans la liste des événements.</translation>
    </message>
    <message>
        <source>“%1” is back: another laptop edited it after it was deleted here.</source>
        <translation>« %1 » est de retour : un autre ordinateur l’a modifié après sa suppression ici.</translation>
    </message>
</context>
<context>
    <name>JoinBadge</name>
    <message>
        <source>Phones connected: %1</source>
        <translation>Téléphones connectés : %1</translation>
    </message>
    <message>
        <source>QR code of the participants&apos; address</source>
        <translation>Code QR de l’adresse des participants</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a logo may be at most %3 MB. Choose a smaller picture.</source>
        <translation>%1 pèse %2 Mo ; un logo ne peut dépasser %3 Mo. Choisissez une image plus légère.</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG picture, or it is damaged. Save the logo as PNG and choose it again.</source>
        <translation>%1 n&apos;est pas une image PNG ou JPEG, ou elle est endommagée. Enregistrez le logo en PNG et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Set logo…</source>
        <translation>Choisir un lo&amp;go…</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Choose a logo for the minutes&apos; cover</source>
        <translation>Choisir un logo pour la couverture du compte rendu</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo not changed</source>
        <translation>Logo inchangé</translation>
    </message>
    <message>
        <source>Logo on the minutes&apos; cover</source>
        <translation>Logo de la couverture du compte rendu</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Set the logo</source>
        <translation>Choisir le logo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 - agenda.pdf</source>
        <translation>%1 - programme.pdf</translation>
    </message>
    <message>
        <source>%1 - minutes.docx</source>
        <translation>%1 - compte rendu.docx</translation>
    </message>
    <message>
        <source>%1 - minutes.md</source>
        <translation>%1 - compte rendu.md</translation>
    </message>
    <message>
        <source>%1 - minutes.pdf</source>
        <translation>%1 - compte rendu.pdf</translation>
    </message>
    <message>
        <source>%1 - run-sheet.pdf</source>
        <translation>%1 - conducteur.pdf</translation>
    </message>
    <message>
        <source>%1 - sign-in sheet.pdf</source>
        <translation>%1 - feuille d’émargement.pdf</translation>
    </message>
    <message>
        <source>%1 holds no event this laptop does not have yet.</source>
        <translation>%1 ne contient aucun événement que cet ordinateur n&apos;a pas déjà.</translation>
    </message>
    <message>
        <source>%1.ics</source>
        <translation>%1.ics</translation>
    </message>
    <message numerus="yes">
        <source>%n newer changes here were kept.</source>
        <translation>
            <numerusform>%n modification plus récente faite ici a été gardée.</numerusform>
            <numerusform>%n modifications plus récentes faites ici ont été gardées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About Forum Desktop</source>
        <translation>À &amp;propos de Forum Desktop</translation>
    </message>
    <message>
        <source>&amp;Action tracker</source>
        <translation>Suivi des &amp;actions</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Supprimer l’événement…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>&amp;Events panel</source>
        <translation>&amp;Panneau des événements</translation>
    </message>
    <message>
        <source>&amp;Export event (JSON)…</source>
        <translation>&amp;Exporter l’événement (JSON)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Import event (JSON)…</source>
        <translation>&amp;Importer un événement (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Join shared events…</source>
        <translation>Re&amp;joindre des événements partagés…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Compte rendu</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>&amp;Participants&apos; agenda (PDF)…</source>
        <translation>&amp;Programme des participants (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quick capture</source>
        <translation>&amp;Saisie rapide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet (PDF)…</source>
        <translation>&amp;Feuille d’émargement (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>About Forum Desktop</source>
        <translation>À propos de Forum Desktop</translation>
    </message>
    <message>
        <source>All changes saved · editing as %1 · %2</source>
        <translation>Toutes les modifications sont enregistrées · vous modifiez en tant que %1 · %2</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Déjà à jour</translation>
    </message>
    <message numerus="yes">
        <source>Bringing in %n shared event(s)…</source>
        <translation>
            <numerusform>Import de %n événement partagé…</numerusform>
            <numerusform>Import de %n événements partagés…</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle not used</source>
        <translation>Paquet non utilisé</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Impossible d’importer %1</translation>
    </message>
    <message>
        <source>D&amp;uplicate event</source>
        <translation>D&amp;upliquer l’événement</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <source>Delete “%1” with its roster and agenda?

You can bring it back with Edit ▸ Undo.</source>
        <translation>Supprimer « %1 » avec ses participants et son ordre du jour ?

Vous pouvez le faire revenir avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Word document (DOCX)…</source>
        <translation>Exporter en document &amp;Word (DOCX)…</translation>
    </message>
    <message>
        <source>Export &amp;agenda</source>
        <translation>Exporter l’&amp;ordre du jour</translation>
    </message>
    <message>
        <source>Export agenda</source>
        <translation>Exporter l’ordre du jour</translation>
    </message>
    <message>
        <source>Export event</source>
        <translation>Exporter l’événement</translation>
    </message>
    <message>
        <source>Export event &amp;bundle…</source>
        <translation>Exporter le paquet d&apos;événemen&amp;t…</translation>
    </message>
    <message>
        <source>Export event bundle</source>
        <translation>Exporter le paquet d&apos;événement</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Exporter le compte rendu</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Export de %1</translation>
    </message>
    <message>
        <source>Facilitator&apos;s &amp;run-sheet (PDF)…</source>
        <translation>&amp;Conducteur du facilitateur (PDF)…</translation>
    </message>
    <message>
        <source>Forum Desktop</source>
        <translation>Forum Desktop</translation>
    </message>
    <message>
        <source>Forum Desktop %1

Plan, run and record workshops offline, and publish their minutes.

Database: %2</source>
        <translation>Forum Desktop %1

Préparer, animer et consigner des ateliers hors ligne, et en publier le compte rendu.

Base de données : %2</translation>
    </message>
    <message>
        <source>Forum Desktop bundles (*.fdbundle)</source>
        <translation>Paquets Forum Desktop (*.fdbundle)</translation>
    </message>
    <message>
        <source>Forum Desktop events (*.json)</source>
        <translation>Événements Forum Desktop (*.json)</translation>
    </message>
    <message>
        <source>Forum Desktop events (*.json);;All files (*)</source>
        <translation>Événements Forum Desktop (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Import as a &amp;copy…</source>
        <translation>Importer une &amp;copie…</translation>
    </message>
    <message>
        <source>Import as a copy</source>
        <translation>Importer une copie</translation>
    </message>
    <message>
        <source>Import event</source>
        <translation>Importer un événement</translation>
    </message>
    <message>
        <source>Import event b&amp;undle…</source>
        <translation>Importer un paquet d&apos;é&amp;vénement…</translation>
    </message>
    <message>
        <source>Import event bundle</source>
        <translation>Importer un paquet d&apos;événement</translation>
    </message>
    <message numerus="yes">
        <source>Imported the bundle: %n change(s) new here</source>
        <translation>
            <numerusform>Paquet importé : %n modification nouvelle ici</numerusform>
            <numerusform>Paquet importé : %n modifications nouvelles ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New event %1</source>
        <translation>Nouvel événement %1</translation>
    </message>
    <message>
        <source>Newer changes kept</source>
        <translation>Modifications plus récentes gardées</translation>
    </message>
    <message>
        <source>No events yet.
Create one with Ctrl+N.</source>
        <translation>Aucun événement pour l’instant.
Créez-en un avec Ctrl+N.</translation>
    </message>
    <message>
        <source>Nothing to join</source>
        <translation>Rien à rejoindre</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Re&amp;name event…</source>
        <translation>Re&amp;nommer l’événement…</translation>
    </message>
    <message>
        <source>Rename event</source>
        <translation>Renommer l’événement</translation>
    </message>
    <message>
        <source>Replace everything in the database with this backup? The current state is kept as a backup first. Undo history is cleared.</source>
        <translation>Remplacer tout le contenu de la base de données par cette sauvegarde ? L’état actuel est d’abord conservé dans une sauvegarde. L’historique d’annulation est effacé.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>Ru&amp;n</source>
        <translation>A&amp;nimation</translation>
    </message>
    <message>
        <source>S&amp;hare event…</source>
        <translation>&amp;Partager l&apos;événement…</translation>
    </message>
    <message>
        <source>Sessions as a &amp;calendar (.ics)…</source>
        <translation>Sessions en &amp;calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Shared folder to join</source>
        <translation>Dossier partagé à rejoindre</translation>
    </message>
    <message>
        <source>Stop &amp;waiting for shared events…</source>
        <translation>Ne plus &amp;attendre des événements partagés…</translation>
    </message>
    <message>
        <source>This database already holds everything in %1.</source>
        <translation>Cette base de données contient déjà tout le contenu de %1.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Undo and redo act on “%1”: it is open now.</source>
        <translation>Annuler et rétablir agissent sur « %1 » : cet événement est maintenant ouvert.</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Wrote the event bundle</source>
        <translation>Paquet d&apos;événement écrit</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>%1 is not a Forum Desktop database (%2). Choose another file with --db, or restore a backup. The file was not changed.</source>
        <translation>%1 n’est pas une base de données Forum Desktop (%2). Choisissez un autre fichier avec --db ou restaurez une sauvegarde. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Forum Desktop is already open on %1. Switch to that window, or open another database with --db.</source>
        <translation>Forum Desktop est déjà ouvert sur %1. Passez à cette fenêtre, ou ouvrez une autre base de données avec --db.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore a backup. The damaged file was not changed.</source>
        <translation>La base de données %1 est endommagée (%2). Restaurez une sauvegarde. Le fichier endommagé n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Forum Desktop (schema %2; this version knows up to %3). Update Forum Desktop to open it. The file was not changed.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Forum Desktop (schéma %2 ; cette version connaît jusqu’au %3). Mettez Forum Desktop à jour pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The database is busy (another program is writing to it), so this was not saved. Try again.</source>
        <translation>La base de données est occupée (un autre programme y écrit) : ceci n’a pas été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved. Free some space and try again; everything saved before is intact.</source>
        <translation>Le disque est plein : la dernière modification n’a pas été enregistrée. Libérez de l’espace et réessayez ; tout ce qui a été enregistré auparavant est intact.</translation>
    </message>
    <message>
        <source>What you were editing no longer exists (it was deleted).</source>
        <translation>Ce que vous modifiiez n’existe plus (cela a été supprimé).</translation>
    </message>
    <message>
        <source>another program&apos;s SQLite file</source>
        <translation>fichier SQLite d’un autre programme</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>pas un fichier SQLite</translation>
    </message>
</context>
<context>
    <name>MethodApply</name>
    <message>
        <source>Fit the phases into %1 min</source>
        <translation>Ajuster les phases à %1 min</translation>
    </message>
    <message>
        <source>Keep them under the phases</source>
        <translation>Les garder sous les phases</translation>
    </message>
    <message>
        <source>Lengthen it to %1 min</source>
        <translation>L’allonger à %1 min</translation>
    </message>
    <message>
        <source>Make them the fishbowl&apos;s topics</source>
        <translation>En faire les thèmes de l’aquarium</translation>
    </message>
    <message>
        <source>Make them the peer review&apos;s cases</source>
        <translation>En faire les cas de l’évaluation par les pairs</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Use a method for “%1”</source>
        <translation>Utiliser une méthode pour « %1 »</translation>
    </message>
    <message>
        <source>Use the method&apos;s own times (%1 min)</source>
        <translation>Garder les durées de la méthode (%1 min)</translation>
    </message>
    <message>
        <source>“%1” already has sub-items of its own. What should they become?</source>
        <translation>« %1 » a déjà ses propres sous-points. Qu’en faire ?</translation>
    </message>
    <message>
        <source>“%1” is planned for %2 min: too short for the method&apos;s phases, which need at least %3 min.</source>
        <translation>« %1 » est prévu pour %2 min : trop court pour les phases de la méthode, qui demandent au moins %3 min.</translation>
    </message>
    <message>
        <source>“%1” is planned for %2 min; the method&apos;s phases take %3 min.</source>
        <translation>« %1 » est prévu pour %2 min ; les phases de la méthode durent %3 min.</translation>
    </message>
</context>
<context>
    <name>MethodEditDialog</name>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>%1: %2 (English is needed for the name and every step&apos;s name)</source>
        <translation>%1 : %2 (l&apos;anglais est requis pour le nom et pour le nom de chaque étape)</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation>&amp;Langue des textes :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Retirer l&apos;étape</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Fewest people</source>
        <translation>Nombre minimum de personnes</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Language of the texts</source>
        <translation>Langue des textes</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Most people</source>
        <translation>Nombre maximum de personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>People (fewest, most):</source>
        <translation>Personnes (minimum, maximum) :</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Retirer l&apos;étape</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source&apos;s web address</source>
        <translation>Adresse web de la source</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Adresse web :</translation>
    </message>
    <message>
        <source>What it produces</source>
        <translation>Ce qu&apos;elle produit</translation>
    </message>
    <message>
        <source>What it produces:</source>
        <translation>Ce qu&apos;elle produit :</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Quand l&apos;utiliser</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>MethodLibraryDialog</name>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (la vôtre)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 is not a method file Forum Desktop can use: %2</source>
        <translation>%1 n&apos;est pas un fichier de méthode utilisable par Forum Desktop : %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min in all</source>
        <translation>%1 min en tout</translation>
    </message>
    <message>
        <source>%1 people or more</source>
        <translation>%1 personnes ou plus</translation>
    </message>
    <message>
        <source>%1 to %2 people</source>
        <translation>%1 à %2 personnes</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Use for this item</source>
        <translation>&amp;Utiliser pour ce point</translation>
    </message>
    <message>
        <source>About the method</source>
        <translation>À propos de la méthode</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete a method</source>
        <translation>Supprimer une méthode</translation>
    </message>
    <message>
        <source>Delete “%1” from your methods? Agenda items that use it keep their phases.</source>
        <translation>Supprimer « %1 » de vos méthodes ? Les points du programme qui l&apos;utilisent gardent leurs phases.</translation>
    </message>
    <message>
        <source>Duplicate a method</source>
        <translation>Dupliquer une méthode</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Edit a method</source>
        <translation>Modifier une méthode</translation>
    </message>
    <message>
        <source>Export a method</source>
        <translation>Exporter une méthode</translation>
    </message>
    <message>
        <source>Give the agenda item selected in the Agenda tab this method&apos;s phases.</source>
        <translation>Donner au point sélectionné dans l&apos;onglet Programme les phases de cette méthode.</translation>
    </message>
    <message>
        <source>Import a method</source>
        <translation>Importer une méthode</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Bibliothèque de méthodes</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>New method</source>
        <translation>Nouvelle méthode</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Search methods</source>
        <translation>Rechercher des méthodes</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Some method files could not be read and are left out: %1</source>
        <translation>Certains fichiers de méthode n&apos;ont pas pu être lus et sont laissés de côté : %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>What it produces</source>
        <translation>Ce qu&apos;elle produit</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Quand l&apos;utiliser</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>All working languages (one file each)</source>
        <translation>Toutes les langues de travail (un fichier chacune)</translation>
    </message>
    <message>
        <source>Approved entries &amp;only</source>
        <translation>&amp;Uniquement les entrées approuvées</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Contexte et objectifs</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Exporter le compte rendu</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Langue du compte rendu</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Leave out people&apos;s &amp;names</source>
        <translation>Omettre les &amp;noms des personnes</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Questions ouvertes</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Format de page :</translation>
    </message>
    <message>
        <source>Proceedings, item by item</source>
        <translation>Déroulé et résultats, point par point</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sessions :</translation>
    </message>
</context>
<context>
    <name>ModerationPanel</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>(typed: %1)</source>
        <translation>(saisi : %1)</translation>
    </message>
    <message>
        <source>Approve a&amp;ll</source>
        <translation>&amp;Tout approuver</translation>
    </message>
    <message>
        <source>Approve all texts</source>
        <translation>Approuver tous les textes</translation>
    </message>
    <message>
        <source>Approve texts</source>
        <translation>Approuver des textes</translation>
    </message>
    <message>
        <source>Edit a shown text</source>
        <translation>Modifier un texte affiché</translation>
    </message>
    <message>
        <source>Edit the shown text</source>
        <translation>Modifier le texte affiché</translation>
    </message>
    <message>
        <source>For a room you trust: show every text still waiting.</source>
        <translation>Pour une salle de confiance : afficher tous les textes en attente.</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Hide a text</source>
        <translation>Masquer un texte</translation>
    </message>
    <message>
        <source>Keep the text off the projector; it stays in the record, marked hidden.</source>
        <translation>Ne pas projeter le texte ; il reste enregistré, marqué comme masqué.</translation>
    </message>
    <message>
        <source>Phones&apos; texts</source>
        <translation>Textes des téléphones</translation>
    </message>
    <message>
        <source>Show the chosen texts on the projector.</source>
        <translation>Projeter les textes choisis.</translation>
    </message>
    <message>
        <source>Show the text as you rewrite it; the phone&apos;s words stay in the record.</source>
        <translation>Projeter le texte tel que vous le réécrivez ; les mots du téléphone restent enregistrés.</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affiché</translation>
    </message>
    <message>
        <source>Shown text:</source>
        <translation>Texte affiché :</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>&amp;Language of documents:</source>
        <translation>&amp;Langue des documents :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message>
        <source>+%1 ▸</source>
        <translation>+%1 ▸</translation>
    </message>
    <message>
        <source>Next notice</source>
        <translation>Avis suivant</translation>
    </message>
    <message>
        <source>Show the next notice</source>
        <translation>Afficher l’avis suivant</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>A chair that would go is taken: ask its sitter to leave the circle first.</source>
        <translation>Une chaise à retirer est occupée : demandez d’abord à la personne assise de quitter le cercle.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un groupe doit avoir un nom.</translation>
    </message>
    <message>
        <source>A speaker needs a name.</source>
        <translation>Il faut un nom pour la personne qui parle.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Un thème doit avoir un nom.</translation>
    </message>
    <message>
        <source>A title or a name is one line: put the versions on one line (separated by “ / ”, say).</source>
        <translation>Un titre ou un nom tient sur une ligne : mettez les versions sur une seule ligne (séparées par « / », par exemple).</translation>
    </message>
    <message>
        <source>An option needs words: type the option first.</source>
        <translation>Une option a besoin de mots : tapez d’abord l’option.</translation>
    </message>
    <message>
        <source>Answer at least one of the questions before sending.</source>
        <translation>Répondez à au moins une des questions avant d’envoyer.</translation>
    </message>
    <message>
        <source>Choose or type the reviewer&apos;s name first.</source>
        <translation>Choisissez ou tapez d&apos;abord le nom du pair évaluateur.</translation>
    </message>
    <message>
        <source>Choose the ideas of this item to group them into a theme.</source>
        <translation>Choisissez les idées de ce point pour les regrouper dans un thème.</translation>
    </message>
    <message>
        <source>Choose two different themes to merge.</source>
        <translation>Choisissez deux thèmes différents à fusionner.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); choose another folder or name.</source>
        <translation>Impossible d’écrire {path} ({reason})&#xa0;; choisissez un autre dossier ou un autre nom.</translation>
    </message>
    <message>
        <source>Could not write {path}: it is a folder; choose a file name.</source>
        <translation>Impossible d’écrire {path}&#xa0;: c’est un dossier&#xa0;; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Could not write {path}: that folder does not accept new files; choose another folder.</source>
        <translation>Impossible d’écrire {path}&#xa0;: ce dossier n’accepte pas de nouveaux fichiers&#xa0;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Could not write {path}: the disk is full; free some space or choose another disk.</source>
        <translation>Impossible d’écrire {path}&#xa0;: le disque est plein&#xa0;; libérez de la place ou choisissez un autre disque.</translation>
    </message>
    <message>
        <source>Could not write {path}: the folder {folder} does not exist; choose another folder.</source>
        <translation>Impossible d’écrire {path}&#xa0;: le dossier {folder} n’existe pas&#xa0;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read ({error}). Check that every quote (&quot;) that opens a cell also closes it.</source>
        <translation>La ligne {line} ne peut pas être lue ({error}). Vérifiez que chaque guillemet (&quot;) qui ouvre une cellule la ferme aussi.</translation>
    </message>
    <message>
        <source>Line {line} opens a quoted cell (&quot;) that is never closed, so the rest of the file would be read as one cell. Close or remove that quote.</source>
        <translation>La ligne {line} ouvre une cellule entre guillemets (&quot;) qui n&apos;est jamais fermée : le reste du fichier serait lu comme une seule cellule. Fermez ou supprimez ce guillemet.</translation>
    </message>
    <message>
        <source>No chair is free: select the chair of the person who gives up their seat.</source>
        <translation>Aucune chaise n’est libre : sélectionnez la chaise de la personne qui cède sa place.</translation>
    </message>
    <message>
        <source>No item is running.</source>
        <translation>Aucun point n&apos;est en cours.</translation>
    </message>
    <message>
        <source>No shared event is still awaited from {folder}: it may have arrived meanwhile (see the events list).</source>
        <translation>Aucun événement partagé n’est encore attendu de {folder} : il est peut-être arrivé entre-temps (voir la liste des événements).</translation>
    </message>
    <message>
        <source>Nobody has the floor: press Next person (F4) first, then type.</source>
        <translation>Personne n&apos;a la parole : appuyez d&apos;abord sur Personne suivante (F4), puis saisissez.</translation>
    </message>
    <message>
        <source>Nobody is in the queue: add someone from the outer circle first.</source>
        <translation>La file est vide : ajoutez d’abord quelqu’un du cercle extérieur.</translation>
    </message>
    <message>
        <source>Nobody is present: add people on the Roster tab or check them in.</source>
        <translation>Personne n&apos;est présent : ajoutez des personnes dans l&apos;onglet Participants ou pointez leur présence.</translation>
    </message>
    <message>
        <source>Nobody sits in that chair: select the chair of someone sitting.</source>
        <translation>Personne n’est assis sur cette chaise : choisissez la chaise d’une personne assise.</translation>
    </message>
    <message>
        <source>Nothing in the note pairs with the event&apos;s agenda (by date, start time or order); check that it is this event&apos;s programme, with its days and items.</source>
        <translation>Rien dans la note ne correspond au programme de l&apos;événement (par date, heure de début ou ordre) ; vérifiez qu&apos;il s&apos;agit bien du programme de cet événement, avec ses journées et ses points.</translation>
    </message>
    <message>
        <source>Only the first {count} people, tags and due dates are read; the rest is kept as text</source>
        <translation>Seuls les {count} premiers noms, étiquettes et échéances sont lus ; le reste est gardé comme texte</translation>
    </message>
    <message>
        <source>That case is no longer in the review: choose another one.</source>
        <translation>Ce cas ne fait plus partie de la revue : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>That group is no longer there: choose another one.</source>
        <translation>Ce groupe n&apos;existe plus : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>That idea is no longer in the harvest.</source>
        <translation>Cette idée ne fait plus partie de la récolte.</translation>
    </message>
    <message>
        <source>That item is not on this session&apos;s agenda.</source>
        <translation>Ce point n&apos;est pas à l&apos;ordre du jour de cette session.</translation>
    </message>
    <message>
        <source>That question is no longer there: it may have been removed.</source>
        <translation>Cette question n’est plus là : elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>That question was already answered or dismissed.</source>
        <translation>Cette question a déjà été répondue ou écartée.</translation>
    </message>
    <message>
        <source>That session belongs to another event: choose one of this event&apos;s sessions, or none to add new ones.</source>
        <translation>Cette séance appartient à un autre événement : choisissez l’une des séances de cet événement, ou aucune pour en ajouter de nouvelles.</translation>
    </message>
    <message>
        <source>That text did not come from a phone: there is nothing to approve.</source>
        <translation>Ce texte ne vient pas d’un téléphone : il n’y a rien à approuver.</translation>
    </message>
    <message>
        <source>That text&apos;s record is not in the event any more: reload and try again.</source>
        <translation>L’élément de ce texte n’est plus dans l’événement : rechargez et réessayez.</translation>
    </message>
    <message>
        <source>That theme is no longer there: choose another one.</source>
        <translation>Ce thème n&apos;existe plus : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The ballot of {name} has {given} dots: change it before lowering the limit to {limit}.</source>
        <translation>Le bulletin de {name} a {given} gommettes : modifiez-le avant d’abaisser la limite à {limit}.</translation>
    </message>
    <message>
        <source>The bundle changes a {record_type} of another event here ({title}); it was refused and nothing was imported.</source>
        <translation>Le paquet modifie un enregistrement {record_type} d&apos;un autre événement présent ici ({title}) ; il a été refusé et rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The bundle has no manifest.json: it is not a Forum Desktop bundle.</source>
        <translation>Le paquet n&apos;a pas de manifest.json : ce n&apos;est pas un paquet Forum Desktop.</translation>
    </message>
    <message>
        <source>The bundle holds {count} files; at most {limit}.</source>
        <translation>Le paquet contient {count} fichiers ; {limit} au plus.</translation>
    </message>
    <message>
        <source>The bundle holds {name}, which no Forum Desktop bundle has; it was refused and nothing was imported.</source>
        <translation>Le paquet contient {name}, qu&apos;aucun paquet Forum Desktop ne contient ; il a été refusé et rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The bundle is damaged ({error}); ask for it again.</source>
        <translation>Le paquet est endommagé ({error}) ; demandez-le à nouveau.</translation>
    </message>
    <message>
        <source>The bundle is format version {version}; this Forum Desktop reads version {supported}. Update Forum Desktop to import it.</source>
        <translation>Le paquet est au format version {version} ; ce Forum Desktop lit la version {supported}. Mettez Forum Desktop à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>The bundle is {megabytes} MB; bundles are limited to {limit} MB.</source>
        <translation>Le paquet fait {megabytes} Mo ; les paquets sont limités à {limit} Mo.</translation>
    </message>
    <message>
        <source>The bundle unpacks to more than {limit} MB; it was refused.</source>
        <translation>Décompressé, le paquet dépasse {limit} Mo ; il a été refusé.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest.json is not a Forum Desktop manifest.</source>
        <translation>Le manifest.json du paquet n&apos;est pas un manifeste Forum Desktop.</translation>
    </message>
    <message>
        <source>The entry has no text: type what to capture.</source>
        <translation>L&apos;entrée n&apos;a pas de texte : tapez ce qu&apos;il faut noter.</translation>
    </message>
    <message>
        <source>The evaluation is not open: wait for the facilitator to open it.</source>
        <translation>L’évaluation n’est pas ouverte : attendez que l’animateur l’ouvre.</translation>
    </message>
    <message>
        <source>The event keeps its dates ({event_dates}); the programme&apos;s sessions are on {dates}.</source>
        <translation>L’événement garde ses dates ({event_dates}) ; les sessions du programme ont lieu le {dates}.</translation>
    </message>
    <message>
        <source>The event, undated so far, takes the programme&apos;s dates: {dates}.</source>
        <translation>L’événement, sans dates jusqu’ici, prend celles du programme : {dates}.</translation>
    </message>
    <message>
        <source>The file has column names but nobody below them. Add one person per row under the column names.</source>
        <translation>Le fichier a des noms de colonnes mais personne en dessous. Ajoutez une personne par ligne sous les noms de colonnes.</translation>
    </message>
    <message>
        <source>The file has {count} rows; at most {limit} people are imported at once. Split it into smaller files.</source>
        <translation>Le fichier compte {count} lignes ; au plus {limit} personnes sont importées à la fois. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is JSON but not a Forum Desktop event document.</source>
        <translation>Le fichier est du JSON, mais pas un document d&apos;événement Forum Desktop.</translation>
    </message>
    <message>
        <source>The file is empty. Choose a CSV file with a row of column names and one person per row.</source>
        <translation>Le fichier est vide. Choisissez un fichier CSV avec une ligne de noms de colonnes et une personne par ligne.</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB, far more than a programme. Check that you chose the right file, or split it into smaller files.</source>
        <translation>Le fichier dépasse {megabytes} Mo, bien plus qu’un programme. Vérifiez que vous avez choisi le bon fichier, ou divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB, far more than a roster. Check that you chose the right file, or split it into smaller files.</source>
        <translation>Le fichier dépasse {megabytes} Mo, bien plus qu&apos;une liste de participants. Vérifiez que vous avez choisi le bon fichier, ou découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, so it is not an event document.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8, ce n&apos;est donc pas un document d&apos;événement.</translation>
    </message>
    <message>
        <source>The file is not a Forum Desktop bundle (it is not a zip file).</source>
        <translation>Le fichier n&apos;est pas un paquet Forum Desktop (ce n&apos;est pas un fichier zip).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}: {error}).</source>
        <translation>Le fichier n&apos;est pas du JSON valide (ligne {line}, colonne {column} : {error}).</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (“Unicode text”), which is not supported. Save the roster from your spreadsheet as “CSV UTF-8” and import that file.</source>
        <translation>Le fichier est enregistré en UTF-16 (« Texte Unicode »), qui n&apos;est pas pris en charge. Enregistrez la liste depuis votre tableur au format « CSV UTF-8 » et importez ce fichier.</translation>
    </message>
    <message>
        <source>The file is {megabytes} MB; event documents are limited to {limit} MB.</source>
        <translation>Le fichier fait {megabytes} Mo ; les documents d&apos;événement sont limités à {limit} Mo.</translation>
    </message>
    <message>
        <source>The first row (line {line}) looks like a person, not column names. Add a row of column names (such as Name, Organisation, Email) at the top of the file.</source>
        <translation>La première ligne (ligne {line}) ressemble à une personne, pas à des noms de colonnes. Ajoutez une ligne de noms de colonnes (comme Nom, Organisme, Courriel) en haut du fichier.</translation>
    </message>
    <message>
        <source>The programme gives its times in several time zones ({zones}): they were kept as written; check them.</source>
        <translation>Le programme donne ses horaires dans plusieurs fuseaux horaires ({zones}) : ils ont été gardés tels quels ; vérifiez-les.</translation>
    </message>
    <message>
        <source>The programme gives its times in {zone}; this event is in {event_zone}: the times were converted to {times}.</source>
        <translation>Le programme donne ses horaires en {zone} ; cet événement est en {event_zone} : les horaires ont été convertis en {times}.</translation>
    </message>
    <message>
        <source>The programme gives its times in {zone}; this event is in {event_zone}: the times were kept as written; check them.</source>
        <translation>Le programme donne ses horaires en {zone} ; cet événement est en {event_zone} : les horaires ont été gardés tels quels ; vérifiez-les.</translation>
    </message>
    <message>
        <source>The programme has {count} agenda items; at most {limit} are imported at once. Split it into smaller files.</source>
        <translation>Le programme compte {count} points d’ordre du jour ; au plus {limit} sont importés à la fois. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The rapporteur must be one of the group&apos;s members: move them into the group first.</source>
        <translation>Le ou la rapporteur·e doit être membre du groupe : déplacez d&apos;abord la personne dans le groupe.</translation>
    </message>
    <message>
        <source>The re-plan names items that are not on this session&apos;s agenda.</source>
        <translation>La replanification cite des points qui ne sont pas à l&apos;ordre du jour de cette session.</translation>
    </message>
    <message>
        <source>The shown text cannot be empty: hide the text instead.</source>
        <translation>Le texte affiché ne peut pas être vide : masquez plutôt le texte.</translation>
    </message>
    <message>
        <source>The text is {length} characters; shorten it to {limit} at most.</source>
        <translation>Le texte fait {length} caractères ; raccourcissez-le à {limit} au plus.</translation>
    </message>
    <message>
        <source>The {field} of that record has no version per language.</source>
        <translation>Le champ {field} de cet élément n’a pas de version par langue.</translation>
    </message>
    <message>
        <source>There is no chair {chair}: the circle has {chairs}.</source>
        <translation>Il n’y a pas de chaise {chair} : le cercle en compte {chairs}.</translation>
    </message>
    <message>
        <source>There is no entry {entry_id}: check the id.</source>
        <translation>Il n&apos;y a pas d&apos;entrée {entry_id} : vérifiez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>There is no event {event_id}: check the id.</source>
        <translation>Il n&apos;y a pas d&apos;événement {event_id} : vérifiez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>There is no method {method} in the library.</source>
        <translation>La bibliothèque ne contient pas de méthode {method}.</translation>
    </message>
    <message>
        <source>There is nothing to record: add the options first.</source>
        <translation>Il n’y a rien à consigner : ajoutez d’abord les options.</translation>
    </message>
    <message>
        <source>They already sit in the inner circle.</source>
        <translation>Cette personne est déjà assise dans le cercle intérieur.</translation>
    </message>
    <message>
        <source>This file does not contain text, so it is not a CSV file. Save the roster from your spreadsheet as “CSV UTF-8” and import that file.</source>
        <translation>Ce fichier ne contient pas de texte : ce n&apos;est donc pas un fichier CSV. Enregistrez la liste depuis votre tableur au format « CSV UTF-8 » et importez ce fichier.</translation>
    </message>
    <message>
        <source>This file does not contain text, so it is not a programme. Save it as plain text (.txt) or Markdown (.md) and try again.</source>
        <translation>Ce fichier ne contient pas de texte, ce n’est donc pas un programme. Enregistrez-le en texte brut (.txt) ou en Markdown (.md) et réessayez.</translation>
    </message>
    <message>
        <source>This has changed since, by an act that cannot be undone (the session run again, for instance), so it was not undone; edit it yourself if it still needs changing.</source>
        <translation>Ceci a changé depuis, par une action qui ne s’annule pas (la session relancée, par exemple) : rien n’a été annulé ; modifiez-le vous-même s’il faut encore le changer.</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook, not a CSV file. Save the roster from your spreadsheet as “CSV UTF-8” and import that file.</source>
        <translation>Ceci est un classeur de tableur, pas un fichier CSV. Enregistrez la liste depuis votre tableur au format « CSV UTF-8 » et importez ce fichier.</translation>
    </message>
    <message>
        <source>This is the first item.</source>
        <translation>C&apos;est le premier point.</translation>
    </message>
    <message>
        <source>This session has ended: resume it where it stopped, or run it again.</source>
        <translation>Cette session est terminée : reprenez-la où elle s&apos;est arrêtée, ou relancez-la.</translation>
    </message>
    <message>
        <source>This session has no agenda items to run.</source>
        <translation>Cette session n&apos;a aucun point à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>This session has not ended.</source>
        <translation>Cette session n&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>This session is already paused.</source>
        <translation>Cette session est déjà en pause.</translation>
    </message>
    <message>
        <source>This session is already running.</source>
        <translation>Cette session est déjà en cours.</translation>
    </message>
    <message>
        <source>This session is not paused.</source>
        <translation>Cette session n&apos;est pas en pause.</translation>
    </message>
    <message>
        <source>This session is not running.</source>
        <translation>Cette session n&apos;est pas en cours.</translation>
    </message>
    <message>
        <source>Type the group&apos;s report first.</source>
        <translation>Tapez d&apos;abord la restitution du groupe.</translation>
    </message>
    <message>
        <source>Type the idea first.</source>
        <translation>Tapez d&apos;abord l&apos;idée.</translation>
    </message>
    <message>
        <source>Type the presenter&apos;s name or the case&apos;s topic, then add the case.</source>
        <translation>Tapez le nom de la personne qui présente ou le sujet du cas, puis ajoutez le cas.</translation>
    </message>
    <message>
        <source>Type the question first.</source>
        <translation>Tapez d’abord la question.</translation>
    </message>
    <message>
        <source>Type the topic&apos;s words first.</source>
        <translation>Saisissez d’abord l’intitulé du thème.</translation>
    </message>
    <message>
        <source>What this belonged to has been deleted since (on another laptop, perhaps), so it was not undone; add it again where it belongs if it is still needed.</source>
        <translation>Ce à quoi ceci appartenait a été supprimé depuis (sur un autre ordinateur, peut-être) : rien n&apos;a été annulé ; ajoutez-le de nouveau là où il faut s&apos;il est encore utile.</translation>
    </message>
    <message>
        <source>Write at least one of strengths, challenges, recommendations or what others could transfer.</source>
        <translation>Écrivez au moins un des points forts, défis, recommandations ou ce que d&apos;autres pourraient transférer.</translation>
    </message>
    <message>
        <source>a change by {author} is dated {when} UTC, more than a day ahead of this laptop&apos;s clock: a laptop&apos;s clock is wrong (nothing is lost; check the date on the laptops)</source>
        <translation>une modification de {author} est datée du {when} UTC, plus d&apos;un jour en avance sur l&apos;horloge de cet ordinateur : l&apos;horloge d&apos;un ordinateur est fausse (rien n&apos;est perdu ; vérifiez la date des ordinateurs)</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>illisible : {error}</translation>
    </message>
    <message>
        <source>due: needs a date: use 2022-03-15, 15/03/2022, friday or +3d</source>
        <translation>due: demande une date : utilisez 2022-03-15, 15/03/2022, vendredi ou +3d</translation>
    </message>
    <message>
        <source>email {typed} is not an e-mail address</source>
        <translation>le courriel {typed} n&apos;est pas une adresse électronique</translation>
    </message>
    <message>
        <source>id {id} is already used by {path}</source>
        <translation>l&apos;identifiant {id} est déjà utilisé par {path}</translation>
    </message>
    <message>
        <source>language {typed} is not one of {allowed}</source>
        <translation>la langue {typed} n&apos;est pas l&apos;une de {allowed}</translation>
    </message>
    <message>
        <source>line {line}: no duration for {title}</source>
        <translation>ligne {line} : aucune durée pour {title}</translation>
    </message>
    <message>
        <source>line {line}: the programme&apos;s day is taken from {heading}</source>
        <translation>ligne {line} : le jour du programme est tiré de {heading}</translation>
    </message>
    <message>
        <source>line {line}: the {minutes} min from {start} to {end} are shared equally between {count} items; adjust them before importing</source>
        <translation>ligne {line} : les {minutes} min de {start} à {end} sont partagées à égalité entre {count} points ; ajustez-les avant d&apos;importer</translation>
    </message>
    <message>
        <source>line {line}: {heading} has no year; give the year of the programme (the Year field, or --year)</source>
        <translation>ligne {line} : {heading} n&apos;a pas d&apos;année ; indiquez l&apos;année du programme (le champ Année, ou --year)</translation>
    </message>
    <message>
        <source>line {line}: {heading} is not a date in the calendar</source>
        <translation>ligne {line} : {heading} n&apos;est pas une date du calendrier</translation>
    </message>
    <message>
        <source>line {line}: {heading} says “{weekday}” but {date} is a {named}</source>
        <translation>ligne {line} : {heading} indique « {weekday} » mais le {date} tombe un autre jour ({named})</translation>
    </message>
    <message>
        <source>line {line}: {text} comes before the context heading {heading}; it is not taken as context</source>
        <translation>ligne {line} : {text} précède le titre de contexte {heading} ; il n’est pas repris dans le contexte</translation>
    </message>
    <message>
        <source>line {line}: {text} is the note&apos;s title; it is not taken as context</source>
        <translation>ligne {line} : {text} est le titre de la note ; il n’est pas repris dans le contexte</translation>
    </message>
    <message>
        <source>line {line}: {text} names the kind of document; it is not taken as context</source>
        <translation>ligne {line} : {text} indique le type de document ; il n’est pas repris dans le contexte</translation>
    </message>
    <message>
        <source>line {line}: {title} has no time; its time is to be confirmed</source>
        <translation>ligne {line} : {title} n&apos;a pas d&apos;horaire ; son horaire est à confirmer</translation>
    </message>
    <message>
        <source>line {line}: {title} is the library method “{method}”</source>
        <translation>ligne {line} : {title} est la méthode de la bibliothèque « {method} »</translation>
    </message>
    <message>
        <source>line {line}: {title} says {minutes} min but its slot {start}–{end} lasts {slot} min; {minutes} min kept</source>
        <translation>ligne {line} : {title} indique {minutes} min mais son créneau {start}–{end} dure {slot} min ; {minutes} min retenues</translation>
    </message>
    <message>
        <source>mode {typed} is not one of {allowed}</source>
        <translation>le mode {typed} n&apos;est pas l&apos;un de {allowed}</translation>
    </message>
    <message>
        <source>no duration given: type minutes (15), 1h30 or 1:30</source>
        <translation>aucune durée indiquée : tapez des minutes (15), 1h30 ou 1:30</translation>
    </message>
    <message>
        <source>no item of the agenda starts at {time} here</source>
        <translation>aucun point du programme ne commence à {time} ici</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>aucun nom</translation>
    </message>
    <message>
        <source>no session of the event is on {date}</source>
        <translation>aucune session de l&apos;événement n&apos;a lieu le {date}</translation>
    </message>
    <message>
        <source>role {typed} is not one of {allowed}</source>
        <translation>le rôle {typed} n&apos;est pas l&apos;un de {allowed}</translation>
    </message>
    <message>
        <source>the agenda has no item left here to pair it with</source>
        <translation>le programme n&apos;a plus de point ici à lui associer</translation>
    </message>
    <message>
        <source>the bytes of image {digest} are missing from the database</source>
        <translation>les octets de l&apos;image {digest} manquent dans la base de données</translation>
    </message>
    <message>
        <source>the event cannot end ({end}) before it starts ({start}); give an end on or after the start</source>
        <translation>l&apos;événement ne peut pas finir ({end}) avant de commencer ({start}) ; donnez une fin le jour du début ou après</translation>
    </message>
    <message>
        <source>the event has no session left to pair it with</source>
        <translation>l&apos;événement n&apos;a plus de session à lui associer</translation>
    </message>
    <message>
        <source>the file holds no method (a JSON object was expected)</source>
        <translation>le fichier ne contient aucune méthode (un objet JSON était attendu)</translation>
    </message>
    <message>
        <source>the file is not JSON (line {line}, column {column}: {error})</source>
        <translation>le fichier n&apos;est pas du JSON (ligne {line}, colonne {column} : {error})</translation>
    </message>
    <message>
        <source>the file is not text (UTF-8)</source>
        <translation>le fichier n&apos;est pas du texte (UTF-8)</translation>
    </message>
    <message>
        <source>the file is over {kilobytes} KB; a method file is at most {kilobytes} KB</source>
        <translation>le fichier dépasse {kilobytes} Ko ; un fichier de méthode fait au plus {kilobytes} Ko</translation>
    </message>
    <message>
        <source>the item it belongs to is not paired</source>
        <translation>le point dont il fait partie n&apos;est pas associé</translation>
    </message>
    <message>
        <source>the method: {message}</source>
        <translation>la méthode : {message}</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>le nom dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the note has no day for this session</source>
        <translation>la note n&apos;a pas de journée pour cette session</translation>
    </message>
    <message>
        <source>the note has no item at {time} here</source>
        <translation>la note n&apos;a pas de point à {time} ici</translation>
    </message>
    <message>
        <source>the note has no item left here to pair it with</source>
        <translation>la note n&apos;a plus de point ici à lui associer</translation>
    </message>
    <message>
        <source>{author} changed this on another laptop since, so it was not undone; edit it yourself if it still needs changing.</source>
        <translation>{author} a modifié ceci depuis sur un autre ordinateur : rien n&apos;a été annulé ; modifiez-le vous-même s&apos;il faut encore le changer.</translation>
    </message>
    <message>
        <source>{cells} cells but only {width} column names (a cell may contain a comma without quotes around it)</source>
        <translation>{cells} cellules mais seulement {width} noms de colonnes (une cellule contient peut-être une virgule sans guillemets autour)</translation>
    </message>
    <message>
        <source>{cells} cells but only {width} column names (a cell may contain a semicolon without quotes around it)</source>
        <translation>{cells} cellules mais seulement {width} noms de colonnes (une cellule contient peut-être un point-virgule sans guillemets autour)</translation>
    </message>
    <message>
        <source>{cells} cells but only {width} column names (a cell may contain a tab without quotes around it)</source>
        <translation>{cells} cellules mais seulement {width} noms de colonnes (une cellule contient peut-être une tabulation sans guillemets autour)</translation>
    </message>
    <message>
        <source>{chosen} people chosen, but {free} at most can sit down (one chair stays open): choose fewer.</source>
        <translation>{chosen} personnes choisies, mais {free} au plus peuvent s’asseoir (une chaise reste libre) : choisissez-en moins.</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field} : {message}</translation>
    </message>
    <message>
        <source>{first} has sub-items, a run or entries of its own, so it cannot become a topic or a case: keep the sub-items under the phases instead.</source>
        <translation>{first} a ses propres sous-points, un déroulé ou des notes : il ne peut pas devenir un thème ou un cas. Gardez plutôt les sous-points sous les phases.</translation>
    </message>
    <message>
        <source>{item} has phases of its method that were edited or already run ({first}). Delete or move them in the Agenda tab first, then apply the method again.</source>
        <translation>{item} a des phases de sa méthode modifiées ou déjà déroulées ({first}). Supprimez-les ou déplacez-les d’abord dans l’onglet Ordre du jour, puis appliquez à nouveau la méthode.</translation>
    </message>
    <message>
        <source>{item} is not a dot vote: apply the dot voting method to it first.</source>
        <translation>{item} n’est pas un vote par gommettes : appliquez-lui d’abord la méthode du vote par gommettes.</translation>
    </message>
    <message>
        <source>{item} leaves {minutes} min for the {phases} phases of {method}, which need at least {needed} min: lengthen the item or use the method&apos;s own times.</source>
        <translation>{item} laisse {minutes} min aux {phases} phases de {method}, qui demandent au moins {needed} min : allongez le point ou gardez les durées de la méthode.</translation>
    </message>
    <message>
        <source>{language} is not one of the event&apos;s working languages ({languages}); add it to the event&apos;s languages first.</source>
        <translation>{language} n’est pas une des langues de travail de l’événement ({languages}) ; ajoutez-la d’abord aux langues de l’événement.</translation>
    </message>
    <message>
        <source>{language} is the event&apos;s main language: edit the text itself, not a translation.</source>
        <translation>{language} est la langue principale de l’événement : modifiez le texte lui-même, pas une traduction.</translation>
    </message>
    <message>
        <source>{method} has no cases to make of the sub-items: keep them under the phases instead.</source>
        <translation>{method} n’a pas de cas à faire des sous-points : gardez-les plutôt sous les phases.</translation>
    </message>
    <message>
        <source>{method} has no topics to make of the sub-items: keep them under the phases instead.</source>
        <translation>{method} n’a pas de thèmes à faire des sous-points : gardez-les plutôt sous les phases.</translation>
    </message>
    <message>
        <source>{name} ends in half a line: the bundle was cut; ask for it again.</source>
        <translation>{name} se termine par une ligne incomplète : le paquet a été tronqué ; demandez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} has {limit} dots: {given} is {over} too many. Take {over} off, then cast the ballot again.</source>
        <translation>{name} a {limit} gommettes : {given}, c’est {over} de trop. Retirez-en {over}, puis votez à nouveau.</translation>
    </message>
    <message>
        <source>{name} is not in the round: mark them present first.</source>
        <translation>{name} ne fait pas partie du tour : marquez d’abord cette personne présente.</translation>
    </message>
    <message>
        <source>{name} is not on the event&apos;s roster: add them first, or cast an anonymous ballot.</source>
        <translation>{name} n’est pas dans la liste des participants de l’événement : ajoutez cette personne d’abord, ou votez de façon anonyme.</translation>
    </message>
    <message>
        <source>{name} is not the image its name says; nothing was imported.</source>
        <translation>{name} n&apos;est pas l&apos;image que son nom indique ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{name} put {given} dots on “{option}”: at most {limit} may go on one option. Move the rest to another option.</source>
        <translation>{name} a mis {given} gommettes sur « {option} » : {limit} au plus sur une même option. Placez le reste sur une autre option.</translation>
    </message>
    <message>
        <source>{path}: a second run of the same item</source>
        <translation>{path} : un second déroulé du même point</translation>
    </message>
    <message>
        <source>{path}: a second run of the same session</source>
        <translation>{path} : un second déroulé de la même session</translation>
    </message>
    <message>
        <source>{path}: no photo or logo in the document uses it</source>
        <translation>{path} : aucune photo ni aucun logo du document ne l&apos;utilise</translation>
    </message>
    <message>
        <source>{path}: no such entry in the document</source>
        <translation>{path} : cette entrée n&apos;est pas dans le document</translation>
    </message>
    <message>
        <source>{path}: no such image in the document</source>
        <translation>{path} : cette image n&apos;est pas dans le document</translation>
    </message>
    <message>
        <source>{path}: no such item in the document</source>
        <translation>{path} : ce point n&apos;est pas dans le document</translation>
    </message>
    <message>
        <source>{path}: no such item in the same session</source>
        <translation>{path} : ce point n&apos;est pas dans la même session</translation>
    </message>
    <message>
        <source>{path}: no such participant in the document</source>
        <translation>{path} : ce participant n&apos;est pas dans le document</translation>
    </message>
    <message>
        <source>{path}: no such record of that kind in the document</source>
        <translation>{path} : aucun élément de ce type dans le document</translation>
    </message>
    <message>
        <source>{path}: no such session in the document</source>
        <translation>{path} : cette session n&apos;est pas dans le document</translation>
    </message>
    <message>
        <source>{path}: not the document&apos;s event</source>
        <translation>{path} : ce n&apos;est pas l&apos;événement du document</translation>
    </message>
    <message>
        <source>{path}: the parent links form a cycle</source>
        <translation>{path} : les liens vers les points parents forment une boucle</translation>
    </message>
    <message>
        <source>{path}: this record belongs to another event here ({title}); import the file as a copy to keep both.</source>
        <translation>{path} : cet enregistrement appartient à un autre événement présent ici ({title}) ; importez le fichier comme copie pour garder les deux.</translation>
    </message>
    <message>
        <source>{path}: {id} is used twice</source>
        <translation>{path} : {id} est utilisé deux fois</translation>
    </message>
    <message>
        <source>{path}: {message}</source>
        <translation>{path} : {message}</translation>
    </message>
    <message>
        <source>{place} is not a session or agenda item of this event: give one of the event&apos;s.</source>
        <translation>{place} n&apos;est ni une session ni un point de l&apos;ordre du jour de cet événement : donnez-en un de l&apos;événement.</translation>
    </message>
    <message>
        <source>{problem}; nothing was imported.</source>
        <translation>{problem} ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{typed} could be {names} or others: type more of the name</source>
        <translation>{typed} peut désigner {names} ou d&apos;autres personnes : tapez davantage du nom</translation>
    </message>
    <message>
        <source>{typed} could be {names} or {last}: type more of the name</source>
        <translation>{typed} peut désigner {names} ou {last} : tapez davantage du nom</translation>
    </message>
    <message>
        <source>{typed} is a second due date: the first, {first}, is kept</source>
        <translation>{typed} est une deuxième échéance : la première, {first}, est gardée</translation>
    </message>
    <message>
        <source>{typed} is kept in the text: only actions (&gt;) have a due date</source>
        <translation>{typed} reste dans le texte : seules les actions (&gt;) ont une échéance</translation>
    </message>
    <message>
        <source>{typed} is longer than 24 hours</source>
        <translation>{typed} dépasse 24 heures</translation>
    </message>
    <message>
        <source>{typed} is negative: a duration is 0 minutes or more</source>
        <translation>{typed} est négatif : une durée est de 0 minute ou plus</translation>
    </message>
    <message>
        <source>{typed} is not a date: use 2022-03-15, 15/03/2022, friday or +3d</source>
        <translation>{typed} n&apos;est pas une date : utilisez 2022-03-15, 15/03/2022, vendredi ou +3d</translation>
    </message>
    <message>
        <source>{typed} is not a duration: type minutes (15), 1h30 or 1:30</source>
        <translation>{typed} n&apos;est pas une durée : tapez des minutes (15), 1h30 ou 1:30</translation>
    </message>
    <message>
        <source>{typed} needs a closing quote</source>
        <translation>{typed} : il manque le guillemet fermant</translation>
    </message>
    <message>
        <source>{typed}: {count} people on the roster are called {name}</source>
        <translation>{typed} : {count} personnes de la liste s&apos;appellent {name}</translation>
    </message>
    <message>
        <source>“{option}” is already an option.</source>
        <translation>« {option} » est déjà une option.</translation>
    </message>
    <message>
        <source>“{option}” is not an option of this vote: add it first, or check its spelling.</source>
        <translation>« {option} » n’est pas une option de ce vote : ajoutez-la d’abord, ou vérifiez l’orthographe.</translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <source>Add &amp;list…</source>
        <translation>Ajouter une &amp;liste…</translation>
    </message>
    <message>
        <source>Add a list of objectives</source>
        <translation>Ajouter une liste d’objectifs</translation>
    </message>
    <message>
        <source>Add ob&amp;jective</source>
        <translation>Ajouter un ob&amp;jectif</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <source>First objective:</source>
        <translation>Premier objectif :</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>Intitulé :</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Remove objectives</source>
        <translation>Retirer des objectifs</translation>
    </message>
    <message>
        <source>Rename list of objectives</source>
        <translation>Renommer la liste d’objectifs</translation>
    </message>
</context>
<context>
    <name>OneTwoFourAllPublic</name>
    <message>
        <source>Guiding question</source>
        <translation>Question directrice</translation>
    </message>
    <message>
        <source>Ideas harvested</source>
        <translation>Idées récoltées</translation>
    </message>
    <message>
        <source>What to do in this round</source>
        <translation>Ce qu&apos;il faut faire dans ce tour</translation>
    </message>
    <message>
        <source>… earlier ideas: %1</source>
        <translation>… idées précédentes : %1</translation>
    </message>
</context>
<context>
    <name>OneTwoFourAllScreen</name>
    <message>
        <source>%1 left in this round</source>
        <translation>encore %1 dans ce tour</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Idée :</translation>
    </message>
    <message>
        <source>1 — alone</source>
        <translation>1 — seul·e</translation>
    </message>
    <message>
        <source>2 — in pairs</source>
        <translation>2 — à deux</translation>
    </message>
    <message>
        <source>4 — in foursomes</source>
        <translation>4 — à quatre</translation>
    </message>
    <message>
        <source>Add to the &amp;list</source>
        <translation>A&amp;jouter à la liste</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>An idea a group shares</source>
        <translation>Une idée partagée par un groupe</translation>
    </message>
    <message>
        <source>Choose the ideas to group in the list first.</source>
        <translation>Choisissez d&apos;abord dans la liste les idées à regrouper.</translation>
    </message>
    <message>
        <source>Current round</source>
        <translation>Tour en cours</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>Modifi&amp;er</translation>
    </message>
    <message>
        <source>Edit an idea</source>
        <translation>Modifier une idée</translation>
    </message>
    <message>
        <source>Enter adds the idea to the harvest (and to the projector). F2 edits the chosen idea, Delete removes it, Ctrl+G puts the chosen ones in a theme.</source>
        <translation>Entrée ajoute l&apos;idée à la récolte (et au projecteur). F2 modifie l&apos;idée choisie, Suppr la retire, Ctrl+G met les idées choisies dans un thème.</translation>
    </message>
    <message>
        <source>Group ideas into a theme</source>
        <translation>Regrouper des idées dans un thème</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Question directrice</translation>
    </message>
    <message>
        <source>Guiding question: %1</source>
        <translation>Question directrice : %1</translation>
    </message>
    <message>
        <source>Harvest an idea</source>
        <translation>Récolter une idée</translation>
    </message>
    <message>
        <source>Ideas harvested</source>
        <translation>Idées récoltées</translation>
    </message>
    <message numerus="yes">
        <source>Ideas harvested (%n):</source>
        <translation>
            <numerusform>Idée récoltée (%n) :</numerusform>
            <numerusform>Idées récoltées (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge two themes</source>
        <translation>Fusionner deux thèmes</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <source>Put the chosen ideas in a theme</source>
        <translation>Mettre les idées choisies dans un thème</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove an idea</source>
        <translation>Retirer une idée</translation>
    </message>
    <message>
        <source>Rename a theme</source>
        <translation>Renommer un thème</translation>
    </message>
    <message>
        <source>Round %1 of %2: %3</source>
        <translation>Tour %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Time is up: over by %1</source>
        <translation>Temps écoulé : dépassé de %1</translation>
    </message>
    <message>
        <source>Time left in this round</source>
        <translation>Temps restant dans ce tour</translation>
    </message>
    <message>
        <source>Type the idea first, then press Enter.</source>
        <translation>Saisissez d&apos;abord l&apos;idée, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Type the name of the theme to merge the chosen one into.</source>
        <translation>Tapez le nom du thème dans lequel fusionner le thème choisi.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>&amp;Anonymous (no name in the minutes)</source>
        <translation>&amp;Anonyme (aucun nom dans le compte rendu)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Other owners:</source>
        <translation>&amp;Autres responsables :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Point de l’ordre du jour :</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Modifier l’entrée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owners not on the roster, separated by commas</source>
        <translation>Responsables absents de la liste des participants, séparés par des virgules</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>Tags, separated by spaces</source>
        <translation>Étiquettes, séparées par des espaces</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>%1

Sync conflict: also kept from another laptop:
%2
(Resolve conflict… settles it.)</source>
        <translation>%1

Conflit de synchronisation : aussi conservé depuis un autre ordinateur :
%2
(Résoudre le conflit… le règle.)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Case synthesis</source>
        <translation>Synthèse du cas</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Group report</source>
        <translation>Restitution de groupe</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Peer feedback</source>
        <translation>Retour des pairs</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Presenter&apos;s response</source>
        <translation>Réponse de la personne présentatrice</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Vote result</source>
        <translation>Résultat du vote</translation>
    </message>
    <message>
        <source>⚠ In conflict: %1</source>
        <translation>⚠ En conflit : %1</translation>
    </message>
</context>
<context>
    <name>ParticipantView</name>
    <message>
        <source>%1 — contributions</source>
        <translation>%1 — contributions</translation>
    </message>
    <message>
        <source>Double-click or Enter shows an entry in the capture tab.</source>
        <translation>Un double-clic ou Entrée affiche une entrée dans l&apos;onglet Saisie.</translation>
    </message>
    <message>
        <source>What they &amp;own (%1)</source>
        <translation>Ce dont la personne est &amp;responsable (%1)</translation>
    </message>
    <message>
        <source>What they &amp;said (%1)</source>
        <translation>Ce que la personne a &amp;dit (%1)</translation>
    </message>
    <message>
        <source>What they own</source>
        <translation>Ce dont la personne est responsable</translation>
    </message>
    <message>
        <source>What they own: no actions</source>
        <translation>Responsable de : aucune action</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Ce que la personne a dit</translation>
    </message>
    <message>
        <source>What they said: nothing captured yet (quotes, mentions)</source>
        <translation>Ce que la personne a dit : rien de saisi pour l&apos;instant (citations, mentions)</translation>
    </message>
</context>
<context>
    <name>ParticipantsControl</name>
    <message>
        <source>Open to &amp;participants…</source>
        <translation>Ouvrir aux &amp;participants…</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n téléphone connecté</numerusform>
            <numerusform>%n téléphones connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close to participants</source>
        <translation>&amp;Fermer aux participants</translation>
    </message>
    <message>
        <source>&amp;Give the name to this phone</source>
        <translation>&amp;Donner le nom à ce téléphone</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Remove this phone</source>
        <translation>Re&amp;tirer ce téléphone</translation>
    </message>
    <message>
        <source>A fixed port helps when a firewall must let it in.</source>
        <translation>Un port fixe aide quand un pare-feu doit le laisser passer.</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>N’importe quel port libre</translation>
    </message>
    <message>
        <source>Approve what phones typed before the projector shows it.</source>
        <translation>Approuver ce que les téléphones ont saisi avant que le projecteur ne l’affiche.</translation>
    </message>
    <message>
        <source>Asks for %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <source>Names claimed a second time</source>
        <translation>Noms demandés une seconde fois</translation>
    </message>
    <message>
        <source>Names claimed a second time:</source>
        <translation>Noms demandés une seconde fois :</translation>
    </message>
    <message>
        <source>No name yet</source>
        <translation>Pas encore de nom</translation>
    </message>
    <message>
        <source>Not open.</source>
        <translation>Non ouvert.</translation>
    </message>
    <message>
        <source>Open %1 to participants</source>
        <translation>Ouvrir %1 aux participants</translation>
    </message>
    <message>
        <source>Open to participants</source>
        <translation>Ouvrir aux participants</translation>
    </message>
    <message>
        <source>Participants&apos; address</source>
        <translation>Adresse des participants</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Phones may take part &amp;anonymously</source>
        <translation>Les téléphones peuvent participer &amp;anonymement</translation>
    </message>
    <message>
        <source>Phones on the same network open the address below (or scan the code) to follow the agenda and take part. The address is plain HTTP: its secret part keeps out people who cannot see this screen, not someone watching the network.</source>
        <translation>Les téléphones du même réseau ouvrent l’adresse ci-dessous (ou scannent le code) pour suivre l’ordre du jour et participer. L’adresse est en HTTP simple : sa partie secrète écarte les personnes qui ne voient pas cet écran, pas quelqu’un qui surveille le réseau.</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Téléphones :</translation>
    </message>
    <message>
        <source>QR code of the participants&apos; address</source>
        <translation>Code QR de l’adresse des participants</translation>
    </message>
    <message>
        <source>Show the code on the pro&amp;jector (Q)</source>
        <translation>Afficher le code au pro&amp;jecteur (Q)</translation>
    </message>
    <message>
        <source>The page could not be served on this network: %1.</source>
        <translation>La page n’a pas pu être servie sur ce réseau : %1.</translation>
    </message>
    <message>
        <source>The phone must open the address again; its name is free to claim.</source>
        <translation>Le téléphone doit rouvrir l’adresse ; son nom peut être repris.</translation>
    </message>
    <message>
        <source>The room&apos;s p&amp;hones…</source>
        <translation>Les télép&amp;hones de la salle…</translation>
    </message>
</context>
<context>
    <name>PeerReviewPublic</name>
    <message>
        <source>Case %1 of %2</source>
        <translation>Cas %1 sur %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>En cours : %1</translation>
    </message>
    <message>
        <source>Peer review: the next case starts soon.</source>
        <translation>Évaluation par les pairs : le prochain cas commence bientôt.</translation>
    </message>
</context>
<context>
    <name>PeerReviewScreen</name>
    <message>
        <source>%1 — %2, %3 left for this case</source>
        <translation>%1 — %2, encore %3 pour ce cas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 used</source>
        <translation>%1 : %2 utilisées sur %3</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) were captured on this case. They stay in the capture; remove the case from the review?</source>
        <translation>
            <numerusform>%n saisie a été faite sur ce cas. Elle reste dans la saisie ; retirer le cas de l&apos;évaluation ?</numerusform>
            <numerusform>%n saisies ont été faites sur ce cas. Elles restent dans la saisie ; retirer le cas de l&apos;évaluation ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback</source>
        <translation>
            <numerusform>%n retour</numerusform>
            <numerusform>%n retours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Begin its phases</source>
        <translation>&amp;Lancer ses phases</translation>
    </message>
    <message>
        <source>Add &amp;this case</source>
        <translation>Ajout&amp;er un cas</translation>
    </message>
    <message>
        <source>Add a case</source>
        <translation>Ajouter un cas</translation>
    </message>
    <message>
        <source>Add or change a case</source>
        <translation>Ajouter ou modifier un cas</translation>
    </message>
    <message>
        <source>Add the cases under review below: presenter, organisation, city, topic.</source>
        <translation>Ajoutez ci-dessous les cas à évaluer : personne qui présente, organisation, ville, sujet.</translation>
    </message>
    <message numerus="yes">
        <source>Average rating: %1 of 5 (%n rating(s))</source>
        <translation>
            <numerusform>Note moyenne : %1 sur 5 (%n note)</numerusform>
            <numerusform>Note moyenne : %1 sur 5 (%n notes)</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Capture feedback</source>
        <translation>Saisir un retour</translation>
    </message>
    <message>
        <source>Capture the case&apos;s synthesis</source>
        <translation>Saisir la synthèse du cas</translation>
    </message>
    <message>
        <source>Capture the presenter&apos;s response</source>
        <translation>Saisir la réponse de la personne qui présente</translation>
    </message>
    <message>
        <source>Cases under review</source>
        <translation>Cas évalués</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <source>Change a case</source>
        <translation>Modifier un cas</translation>
    </message>
    <message>
        <source>Change feedback</source>
        <translation>Modifier un retour</translation>
    </message>
    <message>
        <source>Choose the case the room reviews now (Review this case).</source>
        <translation>Choisissez le cas que la salle examine maintenant (Examiner ce cas).</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>Ctrl+Enter in the boxes</source>
        <translation>Ctrl+Entrée dans les zones de texte</translation>
    </message>
    <message>
        <source>Ctrl+Enter in the form</source>
        <translation>Ctrl+Entrée dans le formulaire</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>Supprimer un retour</translation>
    </message>
    <message>
        <source>Delete th&amp;is feedback</source>
        <translation>Supprimer ce reto&amp;ur</translation>
    </message>
    <message>
        <source>Enter on a feedback puts it in the form to change</source>
        <translation>Entrée sur un retour le met dans le formulaire pour le modifier</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Feedback (add a case first)</source>
        <translation>Retours (ajoutez d&apos;abord un cas)</translation>
    </message>
    <message>
        <source>Feedback given on this case</source>
        <translation>Retours donnés sur ce cas</translation>
    </message>
    <message>
        <source>Feedback on %1</source>
        <translation>Retours sur le cas de %1</translation>
    </message>
    <message>
        <source>Feedback so far:</source>
        <translation>Retours donnés :</translation>
    </message>
    <message>
        <source>On now: %1</source>
        <translation>En cours : %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <source>Phases for this case:</source>
        <translation>Phases de ce cas :</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Personne qui présente</translation>
    </message>
    <message>
        <source>Presenter not named</source>
        <translation>Personne qui présente non nommée</translation>
    </message>
    <message>
        <source>Presenter:</source>
        <translation>Présente :</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Rem&amp;ove case</source>
        <translation>Ret&amp;irer le cas</translation>
    </message>
    <message>
        <source>Remove a case</source>
        <translation>Retirer un cas</translation>
    </message>
    <message>
        <source>Remove the case</source>
        <translation>Retirer le cas</translation>
    </message>
    <message>
        <source>Response and synthesis</source>
        <translation>Réponse et synthèse</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>Revie&amp;w this case</source>
        <translation>E&amp;xaminer ce cas</translation>
    </message>
    <message>
        <source>Review the next case</source>
        <translation>Passer au cas suivant</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save feedbac&amp;k</source>
        <translation>Enregistrer le &amp;retour</translation>
    </message>
    <message>
        <source>Save response and s&amp;ynthesis</source>
        <translation>Enregistrer réponse et s&amp;ynthèse</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Synthesis of the case</source>
        <translation>Synthèse du cas</translation>
    </message>
    <message>
        <source>Synthesis:</source>
        <translation>Synthèse :</translation>
    </message>
    <message>
        <source>The method&apos;s phases for this case</source>
        <translation>Les phases de la méthode pour ce cas</translation>
    </message>
    <message>
        <source>The presenter&apos;s response</source>
        <translation>La réponse de la personne qui présente</translation>
    </message>
    <message>
        <source>The room moves to this case and the method&apos;s first phase starts for it</source>
        <translation>La salle passe à ce cas et la première phase de la méthode commence pour lui</translation>
    </message>
    <message>
        <source>This method item has no phases: add them in the agenda.</source>
        <translation>Ce point de méthode n&apos;a pas de phases : ajoutez-les dans l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Transferable</source>
        <translation>Transférable</translation>
    </message>
    <message>
        <source>U&amp;pdate case</source>
        <translation>Mettre à &amp;jour le cas</translation>
    </message>
    <message>
        <source>Where the review stands</source>
        <translation>Où en est l&apos;évaluation</translation>
    </message>
    <message>
        <source>rating %1/5</source>
        <translation>note %1/5</translation>
    </message>
    <message>
        <source>response</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>synthèse</translation>
    </message>
    <message>
        <source>▶ %1: %2 left</source>
        <translation>▶ %1 : encore %2</translation>
    </message>
    <message>
        <source>▶ %1: %2 over</source>
        <translation>▶ %1 : %2 de dépassement</translation>
    </message>
</context>
<context>
    <name>PhotoModel</name>
    <message>
        <source>(no caption)</source>
        <translation>(sans légende)</translation>
    </message>
    <message>
        <source>Original kept</source>
        <translation>Original conservé</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>Légende de la photo</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Photo : %1</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is %2 pixels, more than %4 megapixels. Save a smaller copy and attach that.</source>
        <translation>%1 fait %2 pixels, soit plus de %4 mégapixels. Enregistrez une copie plus petite et joignez-la.</translation>
    </message>
    <message>
        <source>%1 is larger than %3 MB. Save a smaller copy (most photo apps can export at a lower size) and attach that.</source>
        <translation>%1 dépasse %3 Mo. Enregistrez une copie plus petite (la plupart des applications photo savent exporter en taille réduite) et joignez-la.</translation>
    </message>
    <message>
        <source>%1 is not a picture. Attach a JPEG, PNG, GIF, WebP, BMP or TIFF file.</source>
        <translation>%1 n’est pas une image. Joignez un fichier JPEG, PNG, GIF, WebP, BMP ou TIFF.</translation>
    </message>
    <message>
        <source>%1 looks like a picture but cannot be decoded (%2).</source>
        <translation>%1 ressemble à une image mais ne peut pas être décodé (%2).</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Also keep each original file, full size, beside the scaled photo</source>
        <translation>Conserver aussi chaque fichier original, en taille réelle, à côté de la photo réduite</translation>
    </message>
    <message>
        <source>Attach &amp;photo…</source>
        <translation>Joindre une &amp;photo…</translation>
    </message>
    <message>
        <source>Attach photo</source>
        <translation>Joindre une photo</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Joindre des photos</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <source>Choose an agenda item or an entry to attach photos to it.</source>
        <translation>Choisissez un point de l’ordre du jour ou une entrée pour y joindre des photos.</translation>
    </message>
    <message>
        <source>Choose the agenda item the room is on, or select an entry, then attach the photo again.</source>
        <translation>Choisissez le point de l’ordre du jour en cours dans la salle, ou sélectionnez une entrée, puis joignez de nouveau la photo.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n photo(s)</source>
        <translation>
            <numerusform>Supprimer %n photo</numerusform>
            <numerusform>Supprimer %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>Supprimer la photo</translation>
    </message>
    <message>
        <source>Keep originals</source>
        <translation>Conserver les originaux</translation>
    </message>
    <message numerus="yes">
        <source>Photo not attached</source>
        <translation>
            <numerusform>Photo non jointe</numerusform>
            <numerusform>Photos non jointes</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Photos attach to: %1</source>
        <translation>Les photos seront jointes à : %1</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n photo(s)…</source>
        <translation>
            <numerusform>Préparation de %n photo…</numerusform>
            <numerusform>Préparation de %n photos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>This photo cannot be shown: its image is damaged.</source>
        <translation>Impossible d’afficher cette photo : son image est endommagée.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitateur</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Celles du système (clair ou sombre)</translation>
    </message>
    <message>
        <source>Forum Desktop records who made each change, so that notes from several laptops can be merged and credited. This is stored on this laptop only.</source>
        <translation>Forum Desktop enregistre l’auteur de chaque modification, pour que les notes de plusieurs ordinateurs puissent être fusionnées et attribuées. Ces informations restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Who is using this laptop?</source>
        <translation>Qui utilise cet ordinateur ?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
</context>
<context>
    <name>ProgrammeImportDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1 (new agenda)</source>
        <translation>%1 (nouvel ordre du jour)</translation>
    </message>
    <message>
        <source>%1 (translation of this agenda)</source>
        <translation>%1 (traduction de cet ordre du jour)</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items will be created. Nothing is saved until you import.</source>
        <translation>
            <numerusform>%n point de l’ordre du jour sera créé. Rien n’est enregistré avant l’import.</numerusform>
            <numerusform>%n points de l’ordre du jour seront créés. Rien n’est enregistré avant l’import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are left unpaired: see why in the table.</source>
        <translation>
            <numerusform>%n ligne reste sans correspondance : voyez pourquoi dans le tableau.</numerusform>
            <numerusform>%n lignes restent sans correspondance : voyez pourquoi dans le tableau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texts of the note will be the agenda&apos;s translations. Nothing is saved until you import.</source>
        <translation>
            <numerusform>%n texte de la note deviendra une traduction de l’ordre du jour. Rien n’est enregistré avant l’import.</numerusform>
            <numerusform>%n textes de la note deviendront les traductions de l’ordre du jour. Rien n’est enregistré avant l’import.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Put items in:</source>
        <translation>&amp;Placer les points dans :</translation>
    </message>
    <message>
        <source>&amp;Read into:</source>
        <translation>&amp;Lire en :</translation>
    </message>
    <message>
        <source>&amp;Year of dates without one:</source>
        <translation>&amp;Année des dates qui n&apos;en ont pas :</translation>
    </message>
    <message>
        <source>Add the objectives found</source>
        <translation>Ajouter les objectifs trouvés</translation>
    </message>
    <message>
        <source>Append to “%1”</source>
        <translation>Ajouter à la fin de « %1 »</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Duration of “%1”</source>
        <translation>Durée de « %1 »</translation>
    </message>
    <message>
        <source>Import a programme</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>New sessions, one per day</source>
        <translation>Nouvelles sessions, une par jour</translation>
    </message>
    <message>
        <source>Open a programme</source>
        <translation>Ouvrir un programme</translation>
    </message>
    <message>
        <source>Paste or open the translated note: its days and items will be paired with this agenda&apos;s by date, time and order.</source>
        <translation>Collez ou ouvrez la note traduite : ses journées et ses points seront associés à ceux de cet ordre du jour par date, heure et ordre.</translation>
    </message>
    <message>
        <source>Paste the concept note or programme here, or open a .txt or .md file.</source>
        <translation>Collez ici la note conceptuelle ou le programme, ou ouvrez un fichier .txt ou .md.</translation>
    </message>
    <message>
        <source>Programme text</source>
        <translation>Texte du programme</translation>
    </message>
    <message>
        <source>Read the note into</source>
        <translation>Langue dans laquelle lire la note</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation>Texte (*.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Use the rest as the event&apos;s &amp;context</source>
        <translation>Utiliser le reste comme &amp;contexte de l’événement</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation>Ce qui sera créé</translation>
    </message>
    <message>
        <source>Where to put the items</source>
        <translation>Où placer les points</translation>
    </message>
    <message>
        <source>Year of dates without one</source>
        <translation>Année des dates qui n&apos;en ont pas</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <source>⚠ none</source>
        <translation>⚠ aucune</translation>
    </message>
</context>
<context>
    <name>ProgrammePairsTable</name>
    <message>
        <source>From the note</source>
        <translation>Dans la note</translation>
    </message>
    <message>
        <source>In the agenda</source>
        <translation>Dans l’ordre du jour</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Sans correspondance</translation>
    </message>
    <message>
        <source>Pairs of the agenda and the note</source>
        <translation>Correspondances entre l’ordre du jour et la note</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>ProjectorControl</name>
    <message>
        <source>Also in %1</source>
        <translation>Aussi : %1</translation>
    </message>
    <message>
        <source>Display %1 (%2×%3)</source>
        <translation>Écran %1 (%2×%3)</translation>
    </message>
    <message>
        <source>Display for the projector window</source>
        <translation>Écran de la fenêtre du projecteur</translation>
    </message>
    <message>
        <source>Projector in a second language</source>
        <translation>Projecteur dans une deuxième langue</translation>
    </message>
    <message>
        <source>Show the item&apos;s title and guiding question in the event&apos;s second working language too, smaller, under the main language&apos;s.</source>
        <translation>Afficher aussi le titre et la question directrice du point dans la deuxième langue de travail de l’événement, en plus petit, sous ceux de la langue principale.</translation>
    </message>
    <message>
        <source>The projector window is on the same display as this console. If the displays are mirrored, the room sees your notes and this console: choose another display, or set the displays to extend.</source>
        <translation>La fenêtre du projecteur est sur le même écran que cette console. Si les écrans sont en miroir, la salle voit vos notes et cette console : choisissez un autre écran, ou configurez les écrans en mode étendu.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Almost done</source>
        <translation>Bientôt terminé</translation>
    </message>
    <message>
        <source>Back at %1</source>
        <translation>Reprise à %1</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>End of the session</source>
        <translation>Fin de la séance</translation>
    </message>
    <message>
        <source>Forum Desktop — projector</source>
        <translation>Forum Desktop — projecteur</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Projector window</source>
        <translation>Fenêtre du projecteur</translation>
    </message>
    <message>
        <source>Time is up — over time</source>
        <translation>Temps écoulé — dépassement</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n voix</numerusform>
            <numerusform>%n voix</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Answered…</source>
        <translation>&amp;Répondue…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Écarter</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>Répondre à une question</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Dismiss a question</source>
        <translation>Écarter une question</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <source>Mark the question answered, with a note of the answer for the minutes.</source>
        <translation>Marquer la question comme répondue, avec une note de la réponse pour le compte rendu.</translation>
    </message>
    <message>
        <source>Question answered</source>
        <translation>Question répondue</translation>
    </message>
    <message>
        <source>Questions from phones</source>
        <translation>Questions des téléphones</translation>
    </message>
    <message>
        <source>Set the question aside (off topic, asked twice): the minutes leave it out.</source>
        <translation>Écarter la question (hors sujet, posée deux fois) : le compte rendu ne la reprend pas.</translation>
    </message>
    <message>
        <source>The answer, for the minutes (may stay empty):</source>
        <translation>La réponse, pour le compte rendu (peut rester vide) :</translation>
    </message>
</context>
<context>
    <name>RehearsalStart</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Preparing the rehearsal: copying the database…</source>
        <translation>Préparation de la répétition : copie de la base de données…</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Rehearsal cancelled: nothing was copied.</source>
        <translation>Répétition annulée : rien n’a été copié.</translation>
    </message>
    <message>
        <source>Rehearsal cancelled: the copy was deleted.</source>
        <translation>Répétition annulée : la copie a été supprimée.</translation>
    </message>
    <message>
        <source>The rehearsal did not start (%1). The event is unchanged.</source>
        <translation>La répétition n’a pas démarré (%1). L’événement est inchangé.</translation>
    </message>
    <message>
        <source>The rehearsal did not start: another program is writing to the database. Try again in a moment; the event is unchanged.</source>
        <translation>La répétition n’a pas démarré : un autre programme écrit dans la base de données. Réessayez dans un instant ; l’événement est inchangé.</translation>
    </message>
    <message>
        <source>The rehearsal did not start: the disk is full. Free some space and try again; the event is unchanged.</source>
        <translation>La répétition n’a pas démarré : le disque est plein. Libérez de l’espace et réessayez ; l’événement est inchangé.</translation>
    </message>
</context>
<context>
    <name>RehearsalWindow</name>
    <message>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Rehearsal — %1</source>
        <translation>Répétition — %1</translation>
    </message>
    <message>
        <source>Rehearsal: timed from now, on a copy. Nothing done here is kept, synced or in the minutes; close this window to end it.</source>
        <translation>Répétition : chronométrée à partir de maintenant, sur une copie. Rien de ce qui est fait ici n’est gardé, synchronisé ni repris au compte rendu ; fermez cette fenêtre pour la terminer.</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <source>%1 → %2 min</source>
        <translation>%1 → %2 min</translation>
    </message>
    <message>
        <source>%1: dropped</source>
        <translation>%1 : supprimé</translation>
    </message>
    <message>
        <source>&amp;Drop optional items</source>
        <translation>&amp;Supprimer les points facultatifs</translation>
    </message>
    <message>
        <source>&amp;Move the session&apos;s end</source>
        <translation>&amp;Décaler la fin de la session</translation>
    </message>
    <message>
        <source>&amp;Shorten the flexible items</source>
        <translation>&amp;Raccourcir les points souples</translation>
    </message>
    <message>
        <source>Does not fit: still %1 over.</source>
        <translation>Ne tient pas : encore %1 de trop.</translation>
    </message>
    <message>
        <source>Ends at %1</source>
        <translation>Fin à %1</translation>
    </message>
    <message>
        <source>Fits.</source>
        <translation>Tient dans le temps.</translation>
    </message>
    <message>
        <source>Nothing to change this way.</source>
        <translation>Rien à changer de cette façon.</translation>
    </message>
    <message>
        <source>Re-plan the rest of the session</source>
        <translation>Replanifier la suite de la session</translation>
    </message>
    <message>
        <source>Still late for its fixed start: %1</source>
        <translation>Toujours en retard sur l’heure fixée : %1</translation>
    </message>
    <message>
        <source>The session is projected to end %1 after its planned end.</source>
        <translation>La session devrait finir %1 après la fin prévue.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>Les sauvegardes sont conservées dans %1</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. What is in the database now is kept aside as a backup first, so a restore can itself be undone by restoring that copy.</source>
        <translation>Choisissez la copie à laquelle revenir. Le contenu actuel de la base est d’abord mis de côté dans une sauvegarde : une restauration peut donc être annulée en restaurant cette copie.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Il n’y a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>at start</source>
        <translation>au démarrage</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>toutes les heures</translation>
    </message>
</context>
<context>
    <name>RoomConsole</name>
    <message>
        <source>&amp;Evaluation</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>Phones&apos; &amp;texts</source>
        <translation>&amp;Textes des téléphones</translation>
    </message>
    <message>
        <source>The room&apos;s phones</source>
        <translation>Les téléphones de la salle</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>%1

Sync conflict: also kept from another laptop:
%2
(Resolve conflict… settles it.)</source>
        <translation>%1

Conflit de synchronisation : aussi conservé depuis un autre ordinateur :
%2
(Résoudre le conflit… le règle.)</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Do not name me</source>
        <translation>Ne pas me nommer</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitateur</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>Marquer %1 : %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nommé·e</translation>
    </message>
    <message>
        <source>Named in minutes</source>
        <translation>Nommé·e dans le compte rendu</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>Pas de photos</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Pas encore arrivé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Onsite / online</source>
        <translation>Sur place / en ligne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Photos allowed</source>
        <translation>Photos autorisées</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>⚠ In conflict: %1</source>
        <translation>⚠ En conflit : %1</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 personnes sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer :</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>&amp;Late</source>
        <translation>&amp;En retard</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présent</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>A&amp;bsent</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose between the versions two laptops typed for the selected person</source>
        <translation>Choisir entre les versions que deux ordinateurs ont saisies pour la personne choisie</translation>
    </message>
    <message>
        <source>Con&amp;tributions…</source>
        <translation>Con&amp;tributions…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Exporter les participants</translation>
    </message>
    <message>
        <source>Filter by name, organisation, city…</source>
        <translation>Filtrer par nom, organisation, ville…</translation>
    </message>
    <message>
        <source>Filter the roster</source>
        <translation>Filtrer les participants</translation>
    </message>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Importer %n personne</numerusform>
            <numerusform>Importer %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Marquer : %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Nobody on the roster yet.
Add people one by one (Ctrl+Shift+A) or import a spreadsheet saved as CSV.</source>
        <translation>Aucun participant pour l’instant.
Ajoutez des personnes une par une (Ctrl+Maj+A) ou importez un tableur enregistré en CSV.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Resolve &amp;conflict…</source>
        <translation>Résoudre le &amp;conflit…</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Tableurs (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>What the selected person said and owns (Ctrl+Shift+O)</source>
        <translation>Ce que la personne sélectionnée a dit et ce dont elle est responsable (Ctrl+Maj+O)</translation>
    </message>
</context>
<context>
    <name>RoundRobinPanel</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ans&amp;wer:</source>
        <translation>&amp;Réponse :</translation>
    </message>
    <message>
        <source>Answer of the person speaking</source>
        <translation>Réponse de la personne qui parle</translation>
    </message>
    <message>
        <source>Call &amp;back</source>
        <translation>Rapp&amp;eler</translation>
    </message>
    <message>
        <source>Drag a name, or press Ctrl+Up / Ctrl+Down, to change the order.</source>
        <translation>Faites glisser un nom, ou appuyez sur Ctrl+Haut / Ctrl+Bas, pour changer l&apos;ordre.</translation>
    </message>
    <message>
        <source>Enter or F4: save the answer, next person · Shift+F4: skip for now</source>
        <translation>Entrée ou F4 : enregistrer la réponse, personne suivante · Maj+F4 : passer, y revenir</translation>
    </message>
    <message>
        <source>Enter saves the answer against the speaker&apos;s name and gives the floor to the next person; with nothing typed, Enter only moves on.</source>
        <translation>Entrée enregistre la réponse au nom de la personne qui parle et donne la parole à la suivante ; sans rien de saisi, Entrée passe seulement à la suivante.</translation>
    </message>
    <message>
        <source>Give the floor to the person chosen in the skipped list or in the order.</source>
        <translation>Donner la parole à la personne choisie dans la liste des tours passés ou dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Question directrice</translation>
    </message>
    <message>
        <source>Mark absen&amp;t</source>
        <translation>Mar&amp;quer absent·e</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Ne&amp;xt person</source>
        <translation>Personne su&amp;ivante</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <source>Progress of the round</source>
        <translation>Avancement du tour</translation>
    </message>
    <message>
        <source>Roster &amp;order</source>
        <translation>Ordre de &amp;base</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Passer, &amp;y revenir</translation>
    </message>
    <message>
        <source>Shuff&amp;le</source>
        <translation>Mélan&amp;ger</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Passer, y revenir</translation>
    </message>
    <message>
        <source>Skipped, to come back to</source>
        <translation>Tours passés, à rappeler</translation>
    </message>
    <message>
        <source>Skipped, to come back to:</source>
        <translation>Tours passés, à rappeler :</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>A la parole</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>Ordre de parole</translation>
    </message>
    <message>
        <source>T&amp;ime each:</source>
        <translation>Temps po&amp;ur chacun·e :</translation>
    </message>
    <message>
        <source>Time for each person, in seconds</source>
        <translation>Temps pour chaque personne, en secondes</translation>
    </message>
    <message>
        <source>Time the round needs</source>
        <translation>Temps dont le tour a besoin</translation>
    </message>
    <message>
        <source>What they answered</source>
        <translation>Ce que la personne a répondu</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>RoundRobinPublic</name>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 spoken</source>
        <translation>%1 de parole</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Question directrice</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>En cours : %1</translation>
    </message>
    <message>
        <source>People in the round: %1</source>
        <translation>Personnes dans le tour : %1</translation>
    </message>
    <message>
        <source>Progress of the round</source>
        <translation>Avancement du tour</translation>
    </message>
    <message>
        <source>Round complete: everyone has spoken</source>
        <translation>Tour terminé : tout le monde a parlé</translation>
    </message>
    <message>
        <source>Speaker&apos;s time left</source>
        <translation>Temps restant de l&apos;intervenant·e</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>A la parole</translation>
    </message>
    <message>
        <source>Time is up: over by %1</source>
        <translation>Temps écoulé : dépassé de %1</translation>
    </message>
</context>
<context>
    <name>RoundRobinScreen</name>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 people × %2 = %3: more than the %4 min of “%5”.</source>
        <translation>%1 personnes × %2 = %3 : plus que les %4 min de « %5 ».</translation>
    </message>
    <message>
        <source>%1 spoken</source>
        <translation>%1 de parole</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the round</source>
        <translation>
            <numerusform>%n personne dans le tour</numerusform>
            <numerusform>%n personnes dans le tour</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back %1</source>
        <translation>Rappeler %1</translation>
    </message>
    <message>
        <source>Change the order</source>
        <translation>Changer l&apos;ordre</translation>
    </message>
    <message>
        <source>Choose the answers to group in the list first.</source>
        <translation>Choisissez d&apos;abord dans la liste les réponses à regrouper.</translation>
    </message>
    <message>
        <source>Everyone present has spoken.</source>
        <translation>Toutes les personnes présentes ont parlé.</translation>
    </message>
    <message>
        <source>Group answers into a theme</source>
        <translation>Regrouper des réponses en un thème</translation>
    </message>
    <message>
        <source>Guiding question: %1</source>
        <translation>Question directrice : %1</translation>
    </message>
    <message>
        <source>Mark absen&amp;t</source>
        <translation>Mar&amp;quer absent·e</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Marquer absent·e</translation>
    </message>
    <message>
        <source>Mark presen&amp;t</source>
        <translation>Mar&amp;quer présent·e</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Marquer présent·e</translation>
    </message>
    <message>
        <source>Merge two themes</source>
        <translation>Fusionner deux thèmes</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Nobody has the floor: press Next person (F4) to give it.</source>
        <translation>Personne n&apos;a la parole : appuyez sur Personne suivante (F4) pour la donner.</translation>
    </message>
    <message>
        <source>Nobody is in the round: add people in the Roster tab.</source>
        <translation>Personne dans le tour : ajoutez des participant·e·s dans l&apos;onglet Participants.</translation>
    </message>
    <message>
        <source>Order as on the roster</source>
        <translation>Ordre de la liste des participant·e·s</translation>
    </message>
    <message>
        <source>Rename a theme</source>
        <translation>Renommer un thème</translation>
    </message>
    <message numerus="yes">
        <source>Round complete: all %n have spoken</source>
        <translation>
            <numerusform>Tour terminé : la personne a parlé</numerusform>
            <numerusform>Tour terminé : les %n personnes ont parlé</numerusform>
        </translation>
    </message>
    <message>
        <source>Shuffle the order</source>
        <translation>Tirer l&apos;ordre au sort</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Passer, y revenir</translation>
    </message>
    <message>
        <source>Speaking now: %1</source>
        <translation>A la parole : %1</translation>
    </message>
    <message>
        <source>Speaking now: %1 (%2)</source>
        <translation>A la parole : %1 (%2)</translation>
    </message>
    <message>
        <source>The round</source>
        <translation>Le tour</translation>
    </message>
    <message>
        <source>Themes of the answers</source>
        <translation>Thèmes des réponses</translation>
    </message>
    <message>
        <source>Time for each person</source>
        <translation>Temps pour chaque personne</translation>
    </message>
    <message>
        <source>Time is up: over by %1</source>
        <translation>Temps écoulé : dépassé de %1</translation>
    </message>
    <message>
        <source>Type the name of the theme to merge the chosen one into.</source>
        <translation>Tapez le nom du thème dans lequel fusionner le thème choisi.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent·e</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>tour passé</translation>
    </message>
    <message>
        <source>speaking now</source>
        <translation>a la parole</translation>
    </message>
    <message>
        <source>spoke</source>
        <translation>a parlé</translation>
    </message>
</context>
<context>
    <name>RoundRobinThemes</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Answers to &amp;group:</source>
        <translation>Réponses à c&amp;lasser en thèmes :</translation>
    </message>
    <message>
        <source>Answers to group into themes</source>
        <translation>Réponses à regrouper en thèmes</translation>
    </message>
    <message>
        <source>Choose answers (Shift or Ctrl with the arrows), press Ctrl+G, type a theme&apos;s name (a new one or an existing one) and press Enter. Or drag them onto a theme.</source>
        <translation>Choisissez des réponses (Maj ou Ctrl avec les flèches), appuyez sur Ctrl+G, tapez le nom d&apos;un thème (nouveau ou existant) et appuyez sur Entrée. Ou faites-les glisser sur un thème.</translation>
    </message>
    <message>
        <source>Drag answers here or press Ctrl+G to make a theme</source>
        <translation>Faites glisser des réponses ici ou appuyez sur Ctrl+G pour créer un thème</translation>
    </message>
    <message>
        <source>Drop answers here for a new theme</source>
        <translation>Déposez des réponses ici pour un nouveau thème</translation>
    </message>
    <message>
        <source>Put the chosen answers in a theme</source>
        <translation>Mettre les réponses choisies dans un thème</translation>
    </message>
    <message>
        <source>Put the chosen answers in this theme</source>
        <translation>Mettre les réponses choisies dans ce thème</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>&amp;End the session</source>
        <translation>&amp;Terminer la session</translation>
    </message>
    <message>
        <source>Change the item&apos;s time</source>
        <translation>Modifier la durée du point</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>End the session now? Its times are kept; Edit ▸ Undo takes this back.</source>
        <translation>Terminer la session maintenant ? Ses temps sont conservés ; Édition ▸ Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>End the turn</source>
        <translation>Terminer l’intervention</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <source>Jump to item</source>
        <translation>Aller au point</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Point suivant</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Point précédent</translation>
    </message>
    <message>
        <source>Re-plan the rest of the session</source>
        <translation>Replanifier la suite de la session</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume the session</source>
        <translation>Reprendre la session</translation>
    </message>
    <message>
        <source>Resume where we stopped</source>
        <translation>Reprendre où nous nous sommes arrêtés</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Run the session again</source>
        <translation>Relancer la session</translation>
    </message>
    <message>
        <source>Skip item</source>
        <translation>Sauter le point</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Démarrer la session</translation>
    </message>
    <message>
        <source>Start the session before timing speakers.</source>
        <translation>Démarrez la session avant de chronométrer les interventions.</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>La session est terminée</translation>
    </message>
    <message numerus="yes">
        <source>The session went on while Forum Desktop was closed (%n minute(s)); the timer kept running.</source>
        <translation>
            <numerusform>La session a continué pendant que Forum Desktop était fermé (%n minute) ; le minuteur a continué de tourner.</numerusform>
            <numerusform>La session a continué pendant que Forum Desktop était fermé (%n minutes) ; le minuteur a continué de tourner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop slept for %n minute(s); the timer caught up with the clock.</source>
        <translation>
            <numerusform>Cet ordinateur a été en veille pendant %n minute ; le minuteur s’est recalé sur l’horloge.</numerusform>
            <numerusform>Cet ordinateur a été en veille pendant %n minutes ; le minuteur s’est recalé sur l’horloge.</numerusform>
        </translation>
    </message>
    <message>
        <source>This session has ended. Resume where you stopped, or run it again from the start? Running it again keeps the earlier run&apos;s times; the minutes report the latest run.</source>
        <translation>Cette session est terminée. La reprendre où vous vous êtes arrêtés, ou la relancer depuis le début ? La relancer conserve les temps du déroulé précédent ; le compte rendu présente le dernier déroulé.</translation>
    </message>
</context>
<context>
    <name>RunItemsModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>passed over</source>
        <translation>non traité</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sauté</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>&amp;Advance phases automatically</source>
        <translation>&amp;Avancer automatiquement dans les phases</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>&amp;Terminer la session</translation>
    </message>
    <message>
        <source>&amp;Give the floor</source>
        <translation>Donner la paro&amp;le</translation>
    </message>
    <message>
        <source>&amp;Hold screen</source>
        <translation>Écran d’&amp;attente</translation>
    </message>
    <message>
        <source>&amp;Mute cues</source>
        <translation>&amp;Couper les signaux</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>Point &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pause / reprise</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Agenda and method screen</source>
        <translation>Ordre du jour et écran de la méthode</translation>
    </message>
    <message>
        <source>Capture %1</source>
        <translation>Saisir : %1</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Point en cours</translation>
    </message>
    <message>
        <source>E&amp;nd the turn</source>
        <translation>Fin de l’i&amp;ntervention</translation>
    </message>
    <message>
        <source>Go to the running method&apos;s live screen (or the agenda when none runs).</source>
        <translation>Aller à l&apos;écran en direct de la méthode en cours (ou à l&apos;ordre du jour si aucune ne tourne).</translation>
    </message>
    <message>
        <source>Guiding question: %1</source>
        <translation>Question directrice : %1</translation>
    </message>
    <message>
        <source>Instructions for this phase</source>
        <translation>Consignes de cette phase</translation>
    </message>
    <message>
        <source>Me&amp;thod screen</source>
        <translation>Écran de la mé&amp;thode</translation>
    </message>
    <message>
        <source>Method phase</source>
        <translation>Phase de la méthode</translation>
    </message>
    <message>
        <source>Notes (only on this screen): %1</source>
        <translation>Notes (visibles sur cet écran seulement) : %1</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>P&amp;revious item</source>
        <translation>Point p&amp;récédent</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Phase %1 of %2 of “%3”</source>
        <translation>Phase %1 sur %2 de « %3 »</translation>
    </message>
    <message>
        <source>Planned end %1 · projected end %2 (%3)</source>
        <translation>Fin prévue %1 · fin estimée %2 (%3)</translation>
    </message>
    <message>
        <source>Planned for %1: if you start it today, it will follow its planned times.</source>
        <translation>Prévue le %1 : si vous la démarrez aujourd’hui, elle suivra ses horaires prévus.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Pro&amp;jector window</source>
        <translation>Fenêtre du pro&amp;jecteur</translation>
    </message>
    <message>
        <source>Projected end %1</source>
        <translation>Fin estimée %1</translation>
    </message>
    <message>
        <source>Projector on:</source>
        <translation>Projecteur sur :</translation>
    </message>
    <message>
        <source>Re-&amp;plan…</source>
        <translation>Replani&amp;fier…</translation>
    </message>
    <message>
        <source>Re-plan…</source>
        <translation>Replanifier…</translation>
    </message>
    <message>
        <source>Ready. Press F5 to start the session.</source>
        <translation>Prêt. Appuyez sur F5 pour démarrer la session.</translation>
    </message>
    <message>
        <source>Rehearse…</source>
        <translation>Répéter…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Run the session on a copy, timed from now: nothing of it is kept</source>
        <translation>Dérouler la session sur une copie, chronométrée à partir de maintenant : rien n’en est gardé</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Running late: the session would end %1 after its planned end.</source>
        <translation>En retard : la session finirait %1 après la fin prévue.</translation>
    </message>
    <message>
        <source>S&amp;kip item</source>
        <translation>Sa&amp;uter le point</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Entrée enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Session end</source>
        <translation>Fin de la session</translation>
    </message>
    <message>
        <source>Session to run</source>
        <translation>Session à animer</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session :</translation>
    </message>
    <message>
        <source>The session is over.</source>
        <translation>La session est terminée.</translation>
    </message>
    <message>
        <source>The session&apos;s items</source>
        <translation>Les points de la session</translation>
    </message>
    <message>
        <source>This event has no session yet: plan one in the Agenda tab.</source>
        <translation>Cet événement n’a pas encore de session : préparez-en une dans l’onglet Ordre du jour.</translation>
    </message>
    <message>
        <source>This session has no agenda items yet: add them in the Agenda tab.</source>
        <translation>Cette session n’a pas encore de points à l’ordre du jour : ajoutez-les dans l’onglet Ordre du jour.</translation>
    </message>
    <message>
        <source>Time is up: over by %1</source>
        <translation>Temps écoulé : dépassement de %1</translation>
    </message>
    <message>
        <source>Time left on the current item</source>
        <translation>Temps restant pour le point en cours</translation>
    </message>
    <message>
        <source>Time used on the current item</source>
        <translation>Temps utilisé sur le point en cours</translation>
    </message>
    <message>
        <source>Timer state</source>
        <translation>État du minuteur</translation>
    </message>
    <message>
        <source>Untimed item: counting up</source>
        <translation>Point sans durée : temps écoulé</translation>
    </message>
    <message>
        <source>Warning: less than %1 left</source>
        <translation>Attention : il reste moins de %1</translation>
    </message>
    <message>
        <source>When a phase of a group method is up, go on to its next phase; after the last phase, the next item waits for you.</source>
        <translation>Quand le temps d&apos;une phase d&apos;une méthode de groupe est écoulé, passer à la phase suivante ; après la dernière phase, le point suivant vous attend.</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>l’événement</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find in all events</source>
        <translation>Rechercher dans tous les événements</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or shorter words.</source>
        <translation>Rien trouvé pour « %1 ». Essayez moins de mots ou des mots plus courts.</translation>
    </message>
    <message>
        <source>Results: %1 — Enter opens the selected one</source>
        <translation>Résultats : %1 — Entrée ouvre celui qui est sélectionné</translation>
    </message>
    <message>
        <source>Search all events</source>
        <translation>Rechercher dans tous les événements</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Type to search all events</source>
        <translation>Tapez pour rechercher dans tous les événements</translation>
    </message>
    <message>
        <source>Words or the start of words…</source>
        <translation>Des mots ou des débuts de mots…</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Point du programme</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1 (the event&apos;s)</source>
        <translation>%1 (celui de l’événement)</translation>
    </message>
    <message>
        <source>%1, ending the next day</source>
        <translation>%1, fin le lendemain</translation>
    </message>
    <message>
        <source>&amp;Chatham House rule: keep what is said, name nobody</source>
        <translation>Règle de &amp;Chatham House : garder ce qui est dit, ne nommer personne</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>&amp;Daté</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Timed</source>
        <translation>&amp;Horaires</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>De&amp;scription :</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Modifier la session</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Length of the session</source>
        <translation>Durée de la session</translation>
    </message>
    <message>
        <source>Link for online participants</source>
        <translation>Lien pour les participants en ligne</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Onsite, online or hybrid</source>
        <translation>Sur place, en ligne ou hybride</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Timer &amp;warns at:</source>
        <translation>Le minuteur &amp;avertit à :</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Horaires :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Warn at most this many minutes before the end</source>
        <translation>Avertir au plus tant de minutes avant la fin</translation>
    </message>
    <message>
        <source>Warn at this share of an item&apos;s time</source>
        <translation>Avertir à cette part du temps d&apos;un point</translation>
    </message>
    <message>
        <source>What the session is about</source>
        <translation>Ce dont traite la session</translation>
    </message>
    <message>
        <source>of the item&apos;s time, at most</source>
        <translation>du temps du point, au plus</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Choisir le dossier…</translation>
    </message>
    <message>
        <source>&amp;Merge now</source>
        <translation>&amp;Fusionner maintenant</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflits…</translation>
    </message>
    <message>
        <source>Cannot share</source>
        <translation>Partage impossible</translation>
    </message>
    <message>
        <source>Could not prepare %1: %2</source>
        <translation>Impossible de préparer %1 : %2</translation>
    </message>
    <message>
        <source>Folder to share the event through</source>
        <translation>Dossier par lequel partager l&apos;événement</translation>
    </message>
    <message>
        <source>Laptops working on this event merge their work through a shared folder: one that Syncthing, a cloud folder or a USB stick keeps in step. Each laptop adds its own files there; nothing is overwritten. The folder gets a short Syncthing how-to.</source>
        <translation>Les ordinateurs qui travaillent sur cet événement fusionnent leur travail par un dossier partagé : un dossier que Syncthing, un dossier en ligne ou une clé USB tient à jour. Chaque ordinateur y ajoute ses propres fichiers ; rien n&apos;est écrasé. Le dossier reçoit un court mode d&apos;emploi de Syncthing.</translation>
    </message>
    <message>
        <source>Not shared yet.</source>
        <translation>Pas encore partagé.</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Partager %1</translation>
    </message>
    <message>
        <source>Shared through: %1</source>
        <translation>Partagé par : %1</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>SpeakerPanel</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1 has the floor: %2</source>
        <translation>%1 a la parole : %2</translation>
    </message>
    <message>
        <source>%1 has the floor: %2 left</source>
        <translation>%1 a la parole : reste %2</translation>
    </message>
    <message>
        <source>%1 is over their time: %2</source>
        <translation>%1 a dépassé son temps : %2</translation>
    </message>
    <message>
        <source>End turn</source>
        <translation>Fin de l’intervention</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Personne n’a la parole.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Speaker timer</source>
        <translation>Minuteur des interventions</translation>
    </message>
    <message>
        <source>Speaker: a name</source>
        <translation>Intervenant : un nom</translation>
    </message>
    <message>
        <source>Spoke so far: %1</source>
        <translation>Interventions passées : %1</translation>
    </message>
    <message>
        <source>Time per speaker</source>
        <translation>Temps de parole par personne</translation>
    </message>
    <message>
        <source>Type or choose the speaker&apos;s name first.</source>
        <translation>Tapez ou choisissez d&apos;abord le nom de la personne qui parle.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Choose a backup to restore in its place.</source>
        <translation>Choisissez une sauvegarde à restaurer à sa place.</translation>
    </message>
    <message>
        <source>Forum Desktop is already open</source>
        <translation>Forum Desktop est déjà ouvert</translation>
    </message>
    <message>
        <source>No backups were found in %1.</source>
        <translation>Aucune sauvegarde n’a été trouvée dans %1.</translation>
    </message>
    <message>
        <source>The unreadable file was kept as %1.</source>
        <translation>Le fichier illisible a été conservé sous %1.</translation>
    </message>
</context>
<context>
    <name>StopWaiting</name>
    <message>
        <source>A merge from that folder is running: try again in a moment.</source>
        <translation>Une synchronisation avec ce dossier est en cours : réessayez dans un instant.</translation>
    </message>
    <message numerus="yes">
        <source>No longer waiting for %n shared event(s) from %1: to bring them in later, join that folder again (File ▸ Join shared events…).</source>
        <translation>
            <numerusform>%n événement partagé de %1 n’est plus attendu : pour l’importer plus tard, rejoignez de nouveau ce dossier (Fichier ▸ Rejoindre des événements partagés…).</numerusform>
            <numerusform>%n événements partagés de %1 ne sont plus attendus : pour les importer plus tard, rejoignez de nouveau ce dossier (Fichier ▸ Rejoindre des événements partagés…).</numerusform>
        </translation>
    </message>
    <message>
        <source>No shared event is awaited on this laptop.</source>
        <translation>Aucun événement partagé n’est attendu sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Shared events are awaited from several folders: stop waiting for those of which folder?</source>
        <translation>Des événements partagés sont attendus de plusieurs dossiers : ne plus attendre ceux de quel dossier ?</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Ne plus attendre</translation>
    </message>
    <message numerus="yes">
        <source>Stop waiting for %n shared event(s) from %1? This laptop forgets that it joined them; File ▸ Join shared events… brings them in again.</source>
        <translation>
            <numerusform>Ne plus attendre %n événement partagé de %1 ? Cet ordinateur oublie qu’il l’a rejoint ; Fichier ▸ Rejoindre des événements partagés… le fera de nouveau venir.</numerusform>
            <numerusform>Ne plus attendre %n événements partagés de %1 ? Cet ordinateur oublie qu’il les a rejoints ; Fichier ▸ Rejoindre des événements partagés… les fera de nouveau venir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop waiting for shared events</source>
        <translation>Ne plus attendre des événements partagés</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n thing(s) in the shared folder skipped, such as: %1</source>
        <translation>
            <numerusform>%n élément du dossier partagé ignoré, par exemple : %1</numerusform>
            <numerusform>%n éléments du dossier partagé ignorés, par exemple : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not sync: %1</source>
        <translation>Synchronisation impossible : %1</translation>
    </message>
    <message>
        <source>Laptops seen: %1 · changes in: %2, out: %3 · unresolved conflicts: %4</source>
        <translation>Ordinateurs vus : %1 · modifications reçues : %2, envoyées : %3 · conflits à résoudre : %4</translation>
    </message>
    <message>
        <source>Not merged yet.</source>
        <translation>Pas encore fusionné.</translation>
    </message>
    <message>
        <source>waiting for records: %1</source>
        <translation>en attente d&apos;enregistrements : %1</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>&amp;Delete template</source>
        <translation>&amp;Supprimer le modèle</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Date of the new session</source>
        <translation>Date de la nouvelle session</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete template %1</source>
        <translation>Supprimer le modèle %1</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>New session from a template</source>
        <translation>Nouvelle session à partir d’un modèle</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Template agenda</source>
        <translation>Ordre du jour du modèle</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Title of the new session</source>
        <translation>Titre de la nouvelle session</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>A theme&apos;s name</source>
        <translation>Le nom d&apos;un thème</translation>
    </message>
    <message>
        <source>Drag ideas here or press Ctrl+G to make a theme</source>
        <translation>Faites glisser des idées ici ou appuyez sur Ctrl+G pour créer un thème</translation>
    </message>
    <message>
        <source>Drop ideas here for a new theme</source>
        <translation>Déposez ici pour un nouveau thème</translation>
    </message>
    <message>
        <source>Give the chosen theme this name</source>
        <translation>Donner ce nom au thème choisi</translation>
    </message>
    <message>
        <source>Group the chosen ideas under this name</source>
        <translation>Regrouper les idées choisies sous ce nom</translation>
    </message>
    <message>
        <source>Group under this name</source>
        <translation>Regrouper sous ce nom</translation>
    </message>
    <message>
        <source>Merge into the named theme</source>
        <translation>Fusionner dans le thème nommé</translation>
    </message>
    <message>
        <source>Merge the chosen theme into the named one</source>
        <translation>Fusionner le thème choisi dans celui nommé</translation>
    </message>
    <message>
        <source>Name of the new theme:</source>
        <translation>Nom du nouveau thème :</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>Nom du thème</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Themes and their ideas</source>
        <translation>Les thèmes et leurs idées</translation>
    </message>
</context>
<context>
    <name>ThemesPublic</name>
    <message>
        <source>More themes</source>
        <translation>Autres thèmes</translation>
    </message>
    <message>
        <source>Theme and its ideas</source>
        <translation>Thème et ses idées</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>… more themes: %1</source>
        <translation>… autres thèmes : %1</translation>
    </message>
</context>
<context>
    <name>TranslationRow</name>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Context in %1</source>
        <translation>Contexte : %1</translation>
    </message>
    <message>
        <source>Description in %1</source>
        <translation>Description : %1</translation>
    </message>
    <message>
        <source>Guiding question in %1</source>
        <translation>Question directrice : %1</translation>
    </message>
    <message>
        <source>The main language&apos;s text shows in its place until you type one.</source>
        <translation>Le texte de la langue principale s’affiche à sa place tant que vous n’en tapez pas.</translation>
    </message>
    <message>
        <source>Title in %1</source>
        <translation>Titre : %1</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation>non traduit</translation>
    </message>
</context>
<context>
    <name>TranslationRows</name>
    <message>
        <source>Translate “%1” into %2</source>
        <translation>Traduire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>VoteBallotBox</name>
    <message numerus="yes">
        <source>%1 has %2: %3 is %n too many. Take %n off, then save the ballot again.</source>
        <translation>
            <numerusform>%1 a %2 : %3, c’est %n de trop. Retirez-en %n, puis enregistrez à nouveau le bulletin.</numerusform>
            <numerusform>%1 a %2 : %3, c’est %n de trop. Retirez-en %n, puis enregistrez à nouveau le bulletin.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 put %2 on “%3”: at most %4 may go on one option. Move the rest to another option.</source>
        <translation>%1 a mis %2 sur « %3 » : %4 au plus sur une même option. Placez le reste sur une autre option.</translation>
    </message>
    <message>
        <source>%1 — voted</source>
        <translation>%1 — a voté</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) entered: %1</source>
        <translation>
            <numerusform>%n bulletin saisi : %1</numerusform>
            <numerusform>%n bulletins saisis : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n gommette</numerusform>
            <numerusform>%n gommettes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Whose ballot:</source>
        <translation>&amp;Bulletin de :</translation>
    </message>
    <message>
        <source>A ballot per person</source>
        <translation>Un bulletin par personne</translation>
    </message>
    <message>
        <source>Ballots entered</source>
        <translation>Bulletins saisis</translation>
    </message>
    <message>
        <source>Do&amp;ts per person:</source>
        <translation>&amp;Quota par personne :</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Gommettes par personne</translation>
    </message>
    <message>
        <source>Key in the options, or add them from what was captured.</source>
        <translation>Saisissez les options, ou ajoutez-les depuis ce qui a été saisi.</translation>
    </message>
    <message>
        <source>Ma&amp;x on one option:</source>
        <translation>Ma&amp;x. sur une option :</translation>
    </message>
    <message>
        <source>Most dots on one option</source>
        <translation>Gommettes au plus sur une option</translation>
    </message>
    <message>
        <source>No ballot entered yet.</source>
        <translation>Aucun bulletin saisi pour l’instant.</translation>
    </message>
    <message>
        <source>Save the &amp;ballot</source>
        <translation>&amp;Enregistrer le bulletin</translation>
    </message>
    <message>
        <source>The ballot of %1 has %2 on “%4”: change it before lowering the limit to %3.</source>
        <translation>Le bulletin de %1 a %2 sur « %4 » : modifiez-le avant d’abaisser la limite à %3.</translation>
    </message>
    <message>
        <source>The ballot of %1 has %2: change it before lowering the limit to %3.</source>
        <translation>Le bulletin de %1 a %2 : modifiez-le avant d’abaisser la limite à %3.</translation>
    </message>
    <message>
        <source>Totals from a show of hands</source>
        <translation>Totaux à main levée</translation>
    </message>
    <message>
        <source>Vote message</source>
        <translation>Message du vote</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Whose ballot</source>
        <translation>Bulletin de</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>someone no longer on the roster</source>
        <translation>une personne qui n’est plus dans la liste</translation>
    </message>
</context>
<context>
    <name>VoteChart</name>
    <message>
        <source>Options of the vote</source>
        <translation>Options du vote</translation>
    </message>
    <message>
        <source>Vote result</source>
        <translation>Résultat du vote</translation>
    </message>
</context>
<context>
    <name>VoteEntries</name>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Dots or hands for “%1”</source>
        <translation>Gommettes ou mains pour « %1 »</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Mains</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total for “%1”</source>
        <translation>Total pour « %1 »</translation>
    </message>
</context>
<context>
    <name>VoteOptionsEditor</name>
    <message>
        <source>&amp;Key in an option:</source>
        <translation>Nouvelle opt&amp;ion :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <source>Add from captured &amp;items…</source>
        <translation>Ajo&amp;uter depuis la saisie…</translation>
    </message>
    <message>
        <source>Enter renames, Alt+Up and Alt+Down move, Delete removes the option.</source>
        <translation>Entrée renomme, Alt+Haut et Alt+Bas déplacent, Suppr retire l’option.</translation>
    </message>
    <message>
        <source>Move an option</source>
        <translation>Déplacer une option</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nouvelle option</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Options of the vote</source>
        <translation>Options du vote</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove an option</source>
        <translation>Retirer une option</translation>
    </message>
    <message>
        <source>Rename an option</source>
        <translation>Renommer une option</translation>
    </message>
    <message>
        <source>Type an option and press Enter</source>
        <translation>Tapez une option et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Type the option first, then press Enter.</source>
        <translation>Tapez d’abord l’option, puis appuyez sur Entrée.</translation>
    </message>
</context>
<context>
    <name>WorkingLanguagesField</name>
    <message>
        <source>%1 (main)</source>
        <translation>%1 (principale)</translation>
    </message>
    <message>
        <source>Add %1 to the working languages</source>
        <translation>Langues de travail : ajouter %1</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>Ajouter une langue…</translation>
    </message>
    <message>
        <source>Add a working language</source>
        <translation>Ajouter une langue de travail</translation>
    </message>
    <message>
        <source>Make %1 the main language</source>
        <translation>Langue principale : %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the language down</source>
        <translation>Descendre la langue</translation>
    </message>
    <message>
        <source>Move the language up</source>
        <translation>Monter la langue</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1 from the working languages</source>
        <translation>Langues de travail : retirer %1</translation>
    </message>
    <message>
        <source>Remove the language</source>
        <translation>Retirer la langue</translation>
    </message>
    <message>
        <source>Reorder the working languages</source>
        <translation>Réordonner les langues de travail</translation>
    </message>
    <message>
        <source>The first language is the main one: the projector&apos;s words and the texts you type in the agenda are in it. The second also shows on the projector.</source>
        <translation>La première langue est la principale : les mots du projecteur et les textes saisis dans l’ordre du jour sont dans cette langue. La deuxième s’affiche aussi au projecteur.</translation>
    </message>
    <message>
        <source>Working languages, the main one first</source>
        <translation>Langues de travail, la principale en premier</translation>
    </message>
</context>
</TS>
