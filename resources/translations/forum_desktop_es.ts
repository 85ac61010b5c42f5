<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name>ActionModel</name>
    <message>
        <source>%1 — Overdue</source>
        <translation>%1 — Vencida</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Action status: %1</source>
        <translation>Estado de la acción: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ActionTracker</name>
    <message>
        <source>&amp;Open in its event</source>
        <translation>&amp;Abrir en su evento</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Solo &amp;vencidas</translation>
    </message>
    <message>
        <source>Action tracker — all events</source>
        <translation>Seguimiento de acciones — todos los eventos</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Actions of all events</source>
        <translation>Acciones de todos los eventos</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Acciones: %1</translation>
    </message>
    <message>
        <source>Actions: %1 of %2</source>
        <translation>Acciones: %1 de %2</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Cambiar el &amp;estado</translation>
    </message>
    <message>
        <source>No actions yet. Type “&gt; ” in the quick-capture bar to capture one.</source>
        <translation>Todavía no hay acciones. Escriba «&gt; » en la barra de captura rápida para capturar una.</translation>
    </message>
    <message>
        <source>Show event</source>
        <translation>Mostrar el evento</translation>
    </message>
    <message>
        <source>Show owner</source>
        <translation>Mostrar el responsable</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Mostrar el estado</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>vencidas: %1</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>Energiser</source>
        <translation>Dinamizador</translation>
    </message>
    <message>
        <source>Group method</source>
        <translation>Método grupal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Mover «%1»</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Not a duration</source>
        <translation>Duración no válida</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Planned %1; its sub-items take %2</source>
        <translation>Previsto: %1; sus subpuntos ocupan %2</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>end +%1 min</source>
        <translation>fin +%1 min</translation>
    </message>
    <message>
        <source>ends %1 min after the session&apos;s end</source>
        <translation>termina %1 min después del final de la sesión</translation>
    </message>
    <message>
        <source>parent +%1 min</source>
        <translation>superior +%1 min</translation>
    </message>
    <message>
        <source>past midnight</source>
        <translation>tras medianoche</translation>
    </message>
    <message>
        <source>runs %1 min past the end of its parent</source>
        <translation>se excede %1 min del final del punto superior</translation>
    </message>
    <message>
        <source>runs past midnight</source>
        <translation>pasa de la medianoche</translation>
    </message>
    <message>
        <source>starts %1 min after its locked time</source>
        <translation>empieza %1 min después de su hora fija</translation>
    </message>
    <message>
        <source>⚠ Sync conflict: another laptop&apos;s version of a text is kept (Resolve conflict… in the item&apos;s details settles it).</source>
        <translation>⚠ Conflicto de sincronización: se conserva la versión de un texto llegada de otro portátil (Resolver conflicto… en los detalles del punto lo resuelve).</translation>
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
        <translation>&amp;Añadir punto</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Sangrar</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Quitar sangría</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <source>Add s&amp;ub-item</source>
        <translation>S&amp;ubpunto</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <source>Delete “%1” and its agenda? Edit ▸ Undo brings it back.</source>
        <translation>¿Eliminar «%1» y su orden del día? Editar ▸ Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation>Duplicar punto</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>Editar sesión…</translation>
    </message>
    <message>
        <source>From template…</source>
        <translation>Desde una plantilla…</translation>
    </message>
    <message>
        <source>Group methods: read about them, write your own, use one for an item</source>
        <translation>Métodos de grupo: conocerlos, escribir los suyos, usar uno para un punto</translation>
    </message>
    <message>
        <source>Import programme</source>
        <translation>Importar programa</translation>
    </message>
    <message>
        <source>Import programme…</source>
        <translation>Importar programa…</translation>
    </message>
    <message>
        <source>Import translation</source>
        <translation>Importar la traducción</translation>
    </message>
    <message>
        <source>Indent item</source>
        <translation>Sangrar punto</translation>
    </message>
    <message>
        <source>Method &amp;library…</source>
        <translation>&amp;Biblioteca de métodos…</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Mover punto</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo punto</translation>
    </message>
    <message>
        <source>New session %1</source>
        <translation>Nueva sesión %1</translation>
    </message>
    <message>
        <source>New session from %1</source>
        <translation>Nueva sesión desde %1</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>Outdent item</source>
        <translation>Quitar sangría del punto</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Guardar como plantilla…</translation>
    </message>
    <message>
        <source>Save template %1</source>
        <translation>Guardar la plantilla %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>Descripción de la sesión</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Título de la sesión</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Plantilla guardada</translation>
    </message>
    <message>
        <source>This event has no sessions yet. Create one with “New session…”.</source>
        <translation>Este evento todavía no tiene sesiones. Cree una con «Nueva sesión…».</translation>
    </message>
    <message>
        <source>This programme&apos;s items are already in the agenda (imported before): they were not added again.</source>
        <translation>Los puntos de este programa ya están en la agenda (importados antes): no se han añadido otra vez.</translation>
    </message>
    <message>
        <source>planned: %1</source>
        <translation>previsto: %1</translation>
    </message>
    <message>
        <source>planned: %1 of %2 available</source>
        <translation>previsto: %1 de %2 disponibles</translation>
    </message>
    <message>
        <source>· %1–%2 on this laptop</source>
        <translation>· %1–%2 en este portátil</translation>
    </message>
    <message>
        <source>“%1” is now among the templates of “From template…”.</source>
        <translation>«%1» figura ahora entre las plantillas de «Desde una plantilla…».</translation>
    </message>
    <message>
        <source>⚠ %1 over the session&apos;s end</source>
        <translation>⚠ %1 más allá del final de la sesión</translation>
    </message>
</context>
<context>
    <name>Amend</name>
    <message>
        <source>Minutes are final</source>
        <translation>Acta definitiva</translation>
    </message>
    <message>
        <source>Record amendment</source>
        <translation>Registrar una enmienda</translation>
    </message>
    <message>
        <source>The minutes of “%1” are final. Record this change as an amendment, with your name and the time?</source>
        <translation>El acta de «%1» es definitiva. ¿Registrar este cambio como una enmienda, con su nombre y la hora?</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>No deshecho</translation>
    </message>
</context>
<context>
    <name>ApplicationsMenuActions</name>
    <message>
        <source>&amp;Remove from the applications menu</source>
        <translation>&amp;Quitar del menú de aplicaciones</translation>
    </message>
    <message>
        <source>A&amp;dd to the applications menu</source>
        <translation>A&amp;ñadir al menú de aplicaciones</translation>
    </message>
    <message>
        <source>Added to the applications menu</source>
        <translation>Añadido al menú de aplicaciones</translation>
    </message>
    <message>
        <source>Forum Desktop is in your applications menu (%1).</source>
        <translation>Forum Desktop está en su menú de aplicaciones (%1).</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>No añadido</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>No quitado</translation>
    </message>
    <message>
        <source>The menu entry could not be removed: %1</source>
        <translation>No se pudo quitar la entrada del menú: %1</translation>
    </message>
    <message>
        <source>The menu entry could not be written: %1</source>
        <translation>No se pudo escribir la entrada del menú: %1</translation>
    </message>
</context>
<context>
    <name>BreakoutsPublic</name>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de más</translation>
    </message>
    <message>
        <source>Next group: %1</source>
        <translation>Siguiente grupo: %1</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Relator: %1</translation>
    </message>
    <message>
        <source>Reporting now: %1</source>
        <translation>Expone ahora: %1</translation>
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
        <translation>%1 se pasa de su tiempo: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 groups reported.</source>
        <translation>%1 de %2 grupos han expuesto.</translation>
    </message>
    <message>
        <source>%1 reports now.</source>
        <translation>%1 expone ahora.</translation>
    </message>
    <message>
        <source>%1 reports: %2 left.</source>
        <translation>%1 expone: quedan %2.</translation>
    </message>
    <message>
        <source>%1 reports: %2.</source>
        <translation>%1 expone: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) present in no group.</source>
        <translation>
            <numerusform>%n persona presente no está en ningún grupo.</numerusform>
            <numerusform>%n personas presentes no están en ningún grupo.</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nadie todavía)</translation>
    </message>
    <message>
        <source>Balance of the groups</source>
        <translation>Equilibrio de los grupos</translation>
    </message>
    <message>
        <source>Balanced by country</source>
        <translation>Equilibrados por país</translation>
    </message>
    <message>
        <source>Balanced by organisation</source>
        <translation>Equilibrados por organización</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
    <message>
        <source>Capture a group&apos;s report</source>
        <translation>Capturar el informe de un grupo</translation>
    </message>
    <message>
        <source>Capture the report</source>
        <translation>Capturar el informe</translation>
    </message>
    <message>
        <source>Capture the report (Ctrl+Return)</source>
        <translation>Capturar el informe (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Change a group&apos;s report time</source>
        <translation>Cambiar el tiempo de exposición de un grupo</translation>
    </message>
    <message>
        <source>Change the report-back order</source>
        <translation>Cambiar el orden de la puesta en común</translation>
    </message>
    <message>
        <source>Choose a rapporteur</source>
        <translation>Elegir un relator</translation>
    </message>
    <message>
        <source>Count groups or people per group</source>
        <translation>Contar grupos o personas por grupo</translation>
    </message>
    <message>
        <source>Countries spread unevenly: %1</source>
        <translation>Países repartidos de forma desigual: %1</translation>
    </message>
    <message>
        <source>Done report&amp;ing</source>
        <translation>Finali&amp;zar la puesta en común</translation>
    </message>
    <message>
        <source>End the report-back</source>
        <translation>Terminar la puesta en común</translation>
    </message>
    <message>
        <source>End the report-back for now</source>
        <translation>Terminar la puesta en común por ahora</translation>
    </message>
    <message>
        <source>Every country is spread evenly.</source>
        <translation>Cada país está bien repartido.</translation>
    </message>
    <message>
        <source>Every group has reported.</source>
        <translation>Todos los grupos han expuesto.</translation>
    </message>
    <message>
        <source>Every organisation is spread evenly.</source>
        <translation>Cada organización está bien repartida.</translation>
    </message>
    <message>
        <source>Give the floor to the next group&apos;s rapporteur, with the group&apos;s time</source>
        <translation>Dar la palabra al relator del grupo siguiente, con el tiempo del grupo</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Group sizes: %1.</source>
        <translation>Tamaño de los grupos: %1.</translation>
    </message>
    <message>
        <source>Group to move the selected people to</source>
        <translation>Grupo al que mover a las personas seleccionadas</translation>
    </message>
    <message>
        <source>How to make the groups</source>
        <translation>Cómo formar los grupos</translation>
    </message>
    <message>
        <source>Make breakout groups</source>
        <translation>Formar los grupos de trabajo</translation>
    </message>
    <message>
        <source>Make gr&amp;oups</source>
        <translation>Formar &amp;grupos</translation>
    </message>
    <message>
        <source>Make groups of the people present</source>
        <translation>Formar grupos con las personas presentes</translation>
    </message>
    <message>
        <source>Make new groups</source>
        <translation>Formar grupos nuevos</translation>
    </message>
    <message>
        <source>Make the groups first.</source>
        <translation>Forme primero los grupos.</translation>
    </message>
    <message>
        <source>Make the groups to name them and capture reports.</source>
        <translation>Forme los grupos para nombrarlos y capturar sus informes.</translation>
    </message>
    <message>
        <source>Move people between groups</source>
        <translation>Mover personas entre grupos</translation>
    </message>
    <message>
        <source>Move se&amp;lected</source>
        <translation>Cam&amp;biar de grupo</translation>
    </message>
    <message>
        <source>Move the selected people to the chosen group (or drag them; Alt+Up/Down)</source>
        <translation>Mover a las personas seleccionadas al grupo elegido (o arrastrarlas; Alt+Arriba/Abajo)</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Mover a:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Ne&amp;xt group reports</source>
        <translation>E&amp;xpone el grupo siguiente</translation>
    </message>
    <message>
        <source>Next group reports</source>
        <translation>Expone el grupo siguiente</translation>
    </message>
    <message>
        <source>No groups yet: choose how to make them, then Make groups.</source>
        <translation>Aún no hay grupos: elija cómo formarlos y luego Formar grupos.</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>En ningún grupo</translation>
    </message>
    <message>
        <source>Number of groups, or people per group</source>
        <translation>Número de grupos, o de personas por grupo</translation>
    </message>
    <message>
        <source>Organisations spread unevenly: %1</source>
        <translation>Organizaciones repartidas de forma desigual: %1</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Al azar</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Rapporteur:</source>
        <translation>Relator:</translation>
    </message>
    <message>
        <source>Rename a group</source>
        <translation>Cambiar el nombre de un grupo</translation>
    </message>
    <message>
        <source>Report time:</source>
        <translation>Tiempo de exposición:</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Puesta en común</translation>
    </message>
    <message>
        <source>Report-back time</source>
        <translation>Tiempo de exposición</translation>
    </message>
    <message>
        <source>Reports captured for this group</source>
        <translation>Informes capturados para este grupo</translation>
    </message>
    <message>
        <source>Select the people to move in the list first.</source>
        <translation>Seleccione primero en la lista a las personas que quiere mover.</translation>
    </message>
    <message>
        <source>Start the session before the report-back.</source>
        <translation>Inicie la sesión antes de la puesta en común.</translation>
    </message>
    <message numerus="yes">
        <source>The %n group(s) made before, their names and rapporteurs are replaced. Reports already captured stay in the capture.</source>
        <translation>
            <numerusform>El grupo formado antes, su nombre y su relator se sustituyen. Los informes ya capturados se quedan en la captura.</numerusform>
            <numerusform>Los %n grupos formados antes, sus nombres y sus relatores se sustituyen. Los informes ya capturados se quedan en la captura.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group&apos;s report</source>
        <translation>El informe del grupo</translation>
    </message>
    <message>
        <source>What the group reports back (Ctrl+Return captures it)</source>
        <translation>Lo que el grupo expone (Ctrl+Intro lo captura)</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>grupos</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>people per group</source>
        <translation>personas por grupo</translation>
    </message>
    <message>
        <source>rapporteur: %1</source>
        <translation>relator: %1</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>ha expuesto</translation>
    </message>
    <message>
        <source>reporting now</source>
        <translation>expone ahora</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Entries attach to the item you are on.</source>
        <translation>Las entradas se vinculan al punto en curso.</translation>
    </message>
    <message>
        <source>Not saved yet: another program is writing to the database. Press Enter to try again.</source>
        <translation>Aún no se ha guardado: otro programa está escribiendo en la base de datos. Pulse Intro para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Captura rápida</translation>
    </message>
    <message>
        <source>Type an entry and press Enter to save it at once</source>
        <translation>Escriba una entrada y pulse Intro para guardarla al instante</translation>
    </message>
    <message>
        <source>Type and press Enter — ! decision  &gt; action  ? question  &quot; quote  @name  #tag  due:friday</source>
        <translation>Escriba y pulse Intro — ! decisión  &gt; acción  ? pregunta  &quot; cita  @nombre  #etiqueta  due:viernes</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>Lo que se guardará</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>plazo: %1</translation>
    </message>
    <message>
        <source>people: %1</source>
        <translation>personas: %1</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Approve entries</source>
        <translation>Aprobar las entradas</translation>
    </message>
    <message>
        <source>Back to d&amp;raft</source>
        <translation>Volver a bo&amp;rrador</translation>
    </message>
    <message>
        <source>Capture %1</source>
        <translation>Capturar: %1</translation>
    </message>
    <message>
        <source>Captured entries</source>
        <translation>Entradas capturadas</translation>
    </message>
    <message>
        <source>Ctrl+] next item · Ctrl+[ previous item</source>
        <translation>Ctrl+] punto siguiente · Ctrl+[ punto anterior</translation>
    </message>
    <message>
        <source>Delete entries</source>
        <translation>Eliminar las entradas</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Entries back to draft</source>
        <translation>Entradas de vuelta a borrador</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message numerus="yes">
        <source>File the %n selected entries under:</source>
        <translation>
            <numerusform>Archivar la nota elegida en:</numerusform>
            <numerusform>Archivar las %n notas elegidas en:</numerusform>
        </translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation>Punto: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Loading entries…</source>
        <translation>Cargando las entradas…</translation>
    </message>
    <message>
        <source>Mark the minutes of “%1” final (the DRAFT mark goes)</source>
        <translation>Marcar como definitiva el acta de «%1» (desaparece la marca BORRADOR)</translation>
    </message>
    <message>
        <source>Merge entries</source>
        <translation>Fusionar las entradas</translation>
    </message>
    <message>
        <source>Minutes &amp;final</source>
        <translation>Acta &amp;definitiva</translation>
    </message>
    <message>
        <source>Minutes of %1 final</source>
        <translation>Acta de %1 definitiva</translation>
    </message>
    <message>
        <source>Mo&amp;ve to item…</source>
        <translation>Mo&amp;ver a un punto…</translation>
    </message>
    <message numerus="yes">
        <source>Move %n entries</source>
        <translation>
            <numerusform>Mover %n nota</numerusform>
            <numerusform>Mover %n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to item</source>
        <translation>Mover a un punto</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Siguiente punto del orden del día</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Punto anterior del orden del día</translation>
    </message>
    <message>
        <source>Reopen minutes of %1</source>
        <translation>Reabrir el acta de %1</translation>
    </message>
    <message>
        <source>Reopen the minutes of “%1”</source>
        <translation>Reabrir el acta de «%1»</translation>
    </message>
    <message>
        <source>Resolve &amp;conflict…</source>
        <translation>Resolver &amp;conflicto…</translation>
    </message>
    <message>
        <source>Select entries of a session, or choose in “We are on” an item of the session whose minutes are final.</source>
        <translation>Seleccione entradas de una sesión, o elija en «Estamos en» un punto de la sesión cuya acta es definitiva.</translation>
    </message>
    <message numerus="yes">
        <source>Set the language of %n entries</source>
        <translation>
            <numerusform>Indicar el idioma de %n nota</numerusform>
            <numerusform>Indicar el idioma de %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected entries were said in:</source>
        <translation>
            <numerusform>La nota elegida se dijo en:</numerusform>
            <numerusform>Las %n notas elegidas se dijeron en:</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda item the room is on</source>
        <translation>El punto del orden del día en curso en la sala</translation>
    </message>
    <message>
        <source>The language the selected entries were said in</source>
        <translation>El idioma en que se dijeron las notas elegidas</translation>
    </message>
    <message>
        <source>The minutes of “%1” are final: new entries and changes are recorded as amendments.</source>
        <translation>El acta de «%1» es definitiva: las nuevas entradas y los cambios se registran como enmiendas.</translation>
    </message>
    <message>
        <source>The selected entries belong to several sessions: select entries of one session to mark its minutes final.</source>
        <translation>Las entradas seleccionadas pertenecen a varias sesiones: seleccione entradas de una sola sesión para marcar su acta como definitiva.</translation>
    </message>
    <message>
        <source>We are &amp;on:</source>
        <translation>Estamos &amp;en:</translation>
    </message>
    <message>
        <source>the entry “%1”</source>
        <translation>la entrada «%1»</translation>
    </message>
    <message>
        <source>— no particular item —</source>
        <translation>— ningún punto en particular —</translation>
    </message>
</context>
<context>
    <name>CapturedPicker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add as options</source>
        <translation>Añadir como opciones</translation>
    </message>
    <message>
        <source>Add options from captured items</source>
        <translation>Añadir opciones desde lo capturado</translation>
    </message>
    <message>
        <source>Captured items</source>
        <translation>Elementos capturados</translation>
    </message>
    <message>
        <source>Tick the &amp;entries to vote on (Space ticks):</source>
        <translation>Marque las &amp;entradas que se votarán (Espacio marca):</translation>
    </message>
</context>
<context>
    <name>ConflictNote</name>
    <message>
        <source>Resolve conflict…</source>
        <translation>Resolver conflicto…</translation>
    </message>
    <message>
        <source>⚠ Two laptops typed different versions of: %1. One shows here, the other is kept until someone chooses.</source>
        <translation>⚠ Dos portátiles escribieron versiones distintas de: %1. Una se muestra aquí; la otra se conserva hasta que alguien elija.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>%1 · %2 — also kept: a version by %3, %4</source>
        <translation>%1 · %2 — también guardada: una versión de %3, %4</translation>
    </message>
    <message>
        <source>&amp;Resolve with the result</source>
        <translation>&amp;Resolver con el resultado</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del programa</translation>
    </message>
    <message>
        <source>Also kept, by %1</source>
        <translation>También guardada, de %1</translation>
    </message>
    <message>
        <source>Answer to a phone&apos;s question</source>
        <translation>Respuesta a la pregunta de un teléfono</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Conservar &amp;ambas</translation>
    </message>
    <message>
        <source>No unresolved conflicts.</source>
        <translation>Ningún conflicto por resolver.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Phone&apos;s text as shown</source>
        <translation>Texto de un teléfono tal como se muestra</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Resolver el conflicto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Result (edit to combine):</source>
        <translation>Resultado (edite para combinar):</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Mostrada ahora</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Use &amp;kept</source>
        <translation>Usar la &amp;guardada</translation>
    </message>
    <message>
        <source>Use &amp;shown</source>
        <translation>Usar la &amp;mostrada</translation>
    </message>
    <message>
        <source>Version kept aside</source>
        <translation>Versión apartada</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>Versión mostrada</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorar esta columna)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Onsite / online</source>
        <translation>Presencial / en línea</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>%n person(s) will be imported;</source>
        <translation>
            <numerusform>Se importará %n persona;</numerusform>
            <numerusform>Se importarán %n personas;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be left out.</source>
        <translation>
            <numerusform>%n fila tiene problemas y se dejará fuera.</numerusform>
            <numerusform>%n filas tienen problemas y se dejarán fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two reasons</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>No se puede importar %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Importar %n persona</numerusform>
            <numerusform>Importar %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Import roster from %1</source>
        <translation>Importar participantes desde %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) (%1, separated by %2).</source>
        <translation>
            <numerusform>Se leyó %n fila (%1, separada por %2).</numerusform>
            <numerusform>Se leyeron %n filas (%1, separadas por %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows that will &amp;not be imported:</source>
        <translation>Filas que &amp;no se importarán:</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Filas que no se importarán</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas que se importarán</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y comas</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <source>“%1” is chosen for more than one column: choose it for one only.</source>
        <translation>«%1» está elegido para más de una columna: elíjalo para una sola.</translation>
    </message>
</context>
<context>
    <name>DotVotingScreen</name>
    <message>
        <source>%1 has no ballot now.</source>
        <translation>%1 ya no tiene papeleta.</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s ballot is saved: %n dot(s).</source>
        <translation>
            <numerusform>Papeleta de %1 guardada: %n punto.</numerusform>
            <numerusform>Papeleta de %1 guardada: %n puntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add options from captured items</source>
        <translation>Añadir opciones desde lo capturado</translation>
    </message>
    <message>
        <source>Add people to the roster to enter their ballots, or count a show of hands.</source>
        <translation>Añada personas a la lista de participantes para registrar sus papeletas, o cuente las manos alzadas.</translation>
    </message>
    <message>
        <source>Change how votes are entered</source>
        <translation>Cambiar cómo se registran los votos</translation>
    </message>
    <message>
        <source>Change the vote&apos;s limits</source>
        <translation>Cambiar los límites de la votación</translation>
    </message>
    <message>
        <source>Count a show of hands</source>
        <translation>Contar las manos alzadas</translation>
    </message>
    <message>
        <source>Enter the ballot of %1</source>
        <translation>Registrar la papeleta de %1</translation>
    </message>
    <message>
        <source>Hide the resu&amp;lts</source>
        <translation>Dejar de &amp;mostrar los resultados</translation>
    </message>
    <message>
        <source>Hide the results</source>
        <translation>Ocultar los resultados</translation>
    </message>
    <message>
        <source>Nothing captured is left to vote on: capture ideas, insights or recommendations first, or key in the options.</source>
        <translation>No queda nada capturado para votar: capture primero ideas, aprendizajes o recomendaciones, o escriba las opciones.</translation>
    </message>
    <message>
        <source>Rec&amp;ord the result</source>
        <translation>&amp;Registrar el resultado</translation>
    </message>
    <message>
        <source>Record the vote&apos;s result</source>
        <translation>Registrar el resultado de la votación</translation>
    </message>
    <message>
        <source>Recorded result</source>
        <translation>Resultado registrado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reveal the resu&amp;lts</source>
        <translation>&amp;Mostrar los resultados</translation>
    </message>
    <message>
        <source>Reveal the results</source>
        <translation>Mostrar los resultados</translation>
    </message>
    <message>
        <source>The recorded result is up to date.</source>
        <translation>El resultado registrado está al día.</translation>
    </message>
    <message>
        <source>The result is in the capture.</source>
        <translation>El resultado está en la captura.</translation>
    </message>
    <message>
        <source>The result is not recorded yet.</source>
        <translation>El resultado aún no está registrado.</translation>
    </message>
    <message>
        <source>The result is recorded in the capture.</source>
        <translation>El resultado queda registrado en la captura.</translation>
    </message>
    <message>
        <source>The votes changed since the result was recorded: record it again.</source>
        <translation>Los votos cambiaron desde que se registró el resultado: regístrelo de nuevo.</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>There is nothing to record: add the options first.</source>
        <translation>No hay nada que registrar: añada primero las opciones.</translation>
    </message>
    <message>
        <source>Update the rec&amp;orded result</source>
        <translation>Actualizar el &amp;resultado registrado</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>someone no longer on the roster</source>
        <translation>alguien que ya no está en la lista</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Forum Desktop met an unexpected problem: %1

Your saved work is safe. The details are in %2; please send that file to the developers.</source>
        <translation>Forum Desktop encontró un problema inesperado: %1

Su trabajo guardado está a salvo. Los detalles están en %2; envíe ese archivo a los desarrolladores.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close the evaluation</source>
        <translation>&amp;Cerrar la evaluación</translation>
    </message>
    <message>
        <source>&amp;Open the evaluation</source>
        <translation>&amp;Abrir la evaluación</translation>
    </message>
    <message>
        <source>Close the evaluation</source>
        <translation>Cerrar la evaluación</translation>
    </message>
    <message>
        <source>Open the evaluation</source>
        <translation>Abrir la evaluación</translation>
    </message>
    <message>
        <source>Phones answer three short questions: how useful the session was (1–5), what to keep, what to change. The minutes print the counts and comments.</source>
        <translation>Los teléfonos responden tres preguntas breves: la utilidad de la sesión (1–5), qué conservar, qué cambiar. El acta imprime los recuentos y los comentarios.</translation>
    </message>
    <message>
        <source>Session evaluated</source>
        <translation>Sesión evaluada</translation>
    </message>
    <message>
        <source>average usefulness %1 of 5</source>
        <translation>utilidad media %1 de 5</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexto:</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>&amp;Con fecha</translation>
    </message>
    <message>
        <source>&amp;Footer line:</source>
        <translation>&amp;Pie de página:</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation>&amp;Organizadores:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Change the dates</source>
        <translation>Cambiar las fechas</translation>
    </message>
    <message>
        <source>Change the logo in the footer</source>
        <translation>Cambiar el logotipo del pie de página</translation>
    </message>
    <message>
        <source>Change the time zone</source>
        <translation>Cambiar la zona horaria</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>Edit the context</source>
        <translation>Editar el contexto</translation>
    </message>
    <message>
        <source>Edit the event</source>
        <translation>Editar el evento</translation>
    </message>
    <message>
        <source>Edit the footer line</source>
        <translation>Editar el pie de página</translation>
    </message>
    <message>
        <source>Edit the organisers</source>
        <translation>Editar los organizadores</translation>
    </message>
    <message>
        <source>Edit the place</source>
        <translation>Editar el lugar</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Footer line of the documents</source>
        <translation>Línea de pie de página de los documentos</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Logo in the footer too</source>
        <translation>Logotipo también en el pie de página</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Prints the logo small at the left of every page&apos;s footer.</source>
        <translation>Imprime el logotipo pequeño a la izquierda del pie de cada página.</translation>
    </message>
    <message>
        <source>Rename event</source>
        <translation>Cambiar el nombre del evento</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>The event has dates</source>
        <translation>El evento tiene fechas</translation>
    </message>
    <message>
        <source>The event has no logo: set one above first.</source>
        <translation>El evento no tiene logotipo: elija primero uno arriba.</translation>
    </message>
    <message>
        <source>The logo in the footer of every page too</source>
        <translation>El logotipo también en el pie de cada página</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Working &amp;languages:</source>
        <translation>&amp;Idiomas de trabajo:</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Orden del día</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>Cap&amp;tura</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Detalle&amp;s</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>No event is open.

Choose one on the left, or create one with File ▸ New event (Ctrl+N).</source>
        <translation>No hay ningún evento abierto.

Elija uno a la izquierda o cree uno con Archivo ▸ Nuevo evento (Ctrl+N).</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>En d&amp;irecto</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Could not start the export: %1</source>
        <translation>No se pudo iniciar la exportación: %1</translation>
    </message>
    <message>
        <source>The export of %1 stopped (%2).</source>
        <translation>La exportación de %1 se detuvo (%2).</translation>
    </message>
    <message>
        <source>The export stopped.</source>
        <translation>La exportación se detuvo.</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Desafíos</translation>
    </message>
    <message>
        <source>Challenges:</source>
        <translation>Desafíos:</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Sin valoración</translation>
    </message>
    <message>
        <source>Others could transfer:</source>
        <translation>Transferible a otros:</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Valoración:</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Recomendaciones:</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Par revisor</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Par revisor:</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Fortalezas:</translation>
    </message>
    <message>
        <source>What others could transfer</source>
        <translation>Lo que otros podrían transferir</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Group by agenda item</source>
        <translation>A&amp;grupar por punto del programa</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Filter entries</source>
        <translation>Filtrar las entradas</translation>
    </message>
    <message>
        <source>Filter: words, #tag, a name, an author…</source>
        <translation>Filtrar: palabras, #etiqueta, un nombre, un autor…</translation>
    </message>
    <message>
        <source>Show action status</source>
        <translation>Mostrar el estado de las acciones</translation>
    </message>
    <message>
        <source>Show author</source>
        <translation>Mostrar el autor</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Mostrar el tipo</translation>
    </message>
    <message>
        <source>Show owner</source>
        <translation>Mostrar el responsable</translation>
    </message>
    <message>
        <source>Show tag</source>
        <translation>Mostrar la etiqueta</translation>
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
        <translation>Sa&amp;lir del círculo</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>Add to &amp;queue</source>
        <translation>A&amp;ñadir a la fila</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Chairs in the inner circle</source>
        <translation>Sillas del círculo interior</translation>
    </message>
    <message>
        <source>Chairs:</source>
        <translation>Sillas:</translation>
    </message>
    <message>
        <source>Contri&amp;bution:</source>
        <translation>&amp;Qué se dijo:</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Aporte</translation>
    </message>
    <message>
        <source>Current topic</source>
        <translation>Tema actual</translation>
    </message>
    <message>
        <source>Each speaker:</source>
        <translation>Por persona:</translation>
    </message>
    <message>
        <source>End the speaker&apos;s turn (Ctrl+Shift+J).</source>
        <translation>Terminar la intervención (Ctrl+Mayús+J).</translation>
    </message>
    <message>
        <source>Enter adds the person to the queue; Ctrl+Enter seats the chosen people directly, for the opening panel.</source>
        <translation>Intro añade a la persona a la cola; Ctrl+Intro sienta directamente a las personas elegidas, para el primer panel.</translation>
    </message>
    <message>
        <source>Fishbowl message</source>
        <translation>Mensaje de la pecera</translation>
    </message>
    <message>
        <source>Floor t&amp;o the chair</source>
        <translation>Pala&amp;bra a esta silla</translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation>Círculo interior</translation>
    </message>
    <message>
        <source>Keep one chair open</source>
        <translation>Dejar una silla libre</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Ne&amp;w topic…</source>
        <translation>&amp;Nuevo tema…</translation>
    </message>
    <message>
        <source>Outer circle</source>
        <translation>Círculo exterior</translation>
    </message>
    <message>
        <source>Outer circle (Enter adds to the queue)</source>
        <translation>Círculo exterior (Intro añade a la fila)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila de espera</translation>
    </message>
    <message>
        <source>Queue (first comes in next)</source>
        <translation>Fila de espera (la primera persona entra a continuación)</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>Quitar de la fila</translation>
    </message>
    <message>
        <source>Seat the chosen directly</source>
        <translation>Sentar directamente a las elegidas</translation>
    </message>
    <message>
        <source>Stop spea&amp;king</source>
        <translation>Terminar inte&amp;rvención</translation>
    </message>
    <message>
        <source>Swap &amp;in</source>
        <translation>&amp;Hacer entrar</translation>
    </message>
    <message>
        <source>The first in the queue takes the open chair, or the selected chair, whose sitter leaves (Ctrl+I).</source>
        <translation>La primera persona de la fila ocupa la silla libre, o la silla seleccionada, y quien la ocupa sale (Ctrl+I).</translation>
    </message>
    <message>
        <source>Time per speaker</source>
        <translation>Tiempo por persona</translation>
    </message>
    <message>
        <source>What they said; Enter captures it</source>
        <translation>Lo que se dijo; Intro lo registra</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Quién lo dijo</translation>
    </message>
    <message>
        <source>Whoever takes the last free chair makes the longest sitter leave.</source>
        <translation>Quien ocupa la última silla libre hace salir a quien lleva más tiempo sentado.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
</context>
<context>
    <name>FishbowlPublic</name>
    <message>
        <source>%1 has the floor: %2</source>
        <translation>%1 tiene la palabra: %2</translation>
    </message>
    <message>
        <source>%1 has the floor: %2 left</source>
        <translation>%1 tiene la palabra: quedan %2</translation>
    </message>
    <message>
        <source>%1 is over their time: %2</source>
        <translation>%1 supera su tiempo: %2</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Nadie tiene la palabra.</translation>
    </message>
    <message>
        <source>Nobody is waiting to come in.</source>
        <translation>Nadie espera para entrar.</translation>
    </message>
    <message>
        <source>Open chair</source>
        <translation>Silla libre</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Waiting to come in: %1</source>
        <translation>Esperan para entrar: %1</translation>
    </message>
</context>
<context>
    <name>FishbowlScreen</name>
    <message>
        <source>%1 (waiting, %2)</source>
        <translation>%1 (en espera, %2)</translation>
    </message>
    <message>
        <source>(not on the roster)</source>
        <translation>(fuera de la lista de participantes)</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>Añadir a la fila</translation>
    </message>
    <message>
        <source>Capture a contribution</source>
        <translation>Registrar un aporte</translation>
    </message>
    <message>
        <source>Chair %1</source>
        <translation>Silla %1</translation>
    </message>
    <message>
        <source>Change the chairs</source>
        <translation>Cambiar las sillas</translation>
    </message>
    <message>
        <source>Change the time per speaker</source>
        <translation>Cambiar el tiempo por persona</translation>
    </message>
    <message>
        <source>Choose who said it first.</source>
        <translation>Elija primero quién lo dijo.</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Dar la palabra</translation>
    </message>
    <message>
        <source>Leave the circle</source>
        <translation>Salir del círculo</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>Open chair</source>
        <translation>Silla libre</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>Quitar de la fila</translation>
    </message>
    <message>
        <source>Reorder the queue</source>
        <translation>Reordenar la fila</translation>
    </message>
    <message>
        <source>Seat the opening panel</source>
        <translation>Sentar el primer panel</translation>
    </message>
    <message>
        <source>Select someone in the outer circle first.</source>
        <translation>Seleccione primero a alguien del círculo exterior.</translation>
    </message>
    <message>
        <source>Select the chair of the person who leaves the circle.</source>
        <translation>Seleccione la silla de la persona que sale del círculo.</translation>
    </message>
    <message>
        <source>Select the chair of the person who speaks.</source>
        <translation>Seleccione la silla de la persona que habla.</translation>
    </message>
    <message>
        <source>Start the session before timing speakers.</source>
        <translation>Inicie la sesión antes de cronometrar las intervenciones.</translation>
    </message>
    <message>
        <source>Swap in</source>
        <translation>Hacer entrar</translation>
    </message>
    <message>
        <source>Switch topic</source>
        <translation>Cambiar de tema</translation>
    </message>
    <message>
        <source>The fishbowl&apos;s next topic:</source>
        <translation>Siguiente tema de la pecera:</translation>
    </message>
    <message>
        <source>Type what was said first.</source>
        <translation>Escriba primero lo que se dijo.</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>tiene la palabra</translation>
    </message>
</context>
<context>
    <name>FishbowlTables</name>
    <message numerus="yes">
        <source>%n person(s) present did not speak.</source>
        <translation>
            <numerusform>%n persona presente no tomó la palabra.</numerusform>
            <numerusform>%n personas presentes no tomaron la palabra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s), %1 in all.</source>
        <translation>
            <numerusform>%n intervención, %1 en total.</numerusform>
            <numerusform>%n intervenciones, %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Silla</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Aporte</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Aportes</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Equidad</translation>
    </message>
    <message>
        <source>Fishbowl records</source>
        <translation>Registros de la pecera</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Rotation log</source>
        <translation>Registro de rotaciones</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Tiempo de palabra</translation>
    </message>
    <message>
        <source>Speaking time in all</source>
        <translation>Tiempo de palabra total</translation>
    </message>
    <message>
        <source>Speaking time per organisation</source>
        <translation>Tiempo de palabra por organización</translation>
    </message>
    <message>
        <source>Speaking time per person</source>
        <translation>Tiempo de palabra por persona</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>sentado/a</translation>
    </message>
</context>
<context>
    <name>GroupTree</name>
    <message>
        <source>%1 (absent)</source>
        <translation>%1 (ausente)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Group / person</source>
        <translation>Grupo / persona</translation>
    </message>
    <message>
        <source>Groups and their members</source>
        <translation>Los grupos y sus miembros</translation>
    </message>
    <message>
        <source>Move down: next group, or report later</source>
        <translation>Bajar: grupo siguiente, o exponer más tarde</translation>
    </message>
    <message>
        <source>Move up: previous group, or report earlier</source>
        <translation>Subir: grupo anterior, o exponer antes</translation>
    </message>
    <message numerus="yes">
        <source>Not in a group (%n)</source>
        <translation>
            <numerusform>En ningún grupo (%n)</numerusform>
            <numerusform>En ningún grupo (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>InvalidInput</name>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 no puede quedar en blanco.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters at most. Shorten it.</source>
        <translation>%1 supera la longitud permitida: %2 caracteres como máximo. Acorte el texto.</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>La respuesta</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La ciudad</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>La dirección de correo</translation>
    </message>
    <message>
        <source>The footer</source>
        <translation>El pie de página</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>La organización</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>El lugar</translation>
    </message>
    <message>
        <source>The presenter&apos;s name</source>
        <translation>El nombre de quien presenta</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>El texto</translation>
    </message>
    <message>
        <source>The time zone</source>
        <translation>La zona horaria</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>El título</translation>
    </message>
    <message>
        <source>The topic</source>
        <translation>El tema</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows: choose one in the list (such as Europe/Paris).</source>
        <translation>«%1» no es una zona horaria que este ordenador conozca: elija una de la lista (por ejemplo Europe/Paris).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo.</translation>
    </message>
</context>
<context>
    <name>ItemBands</name>
    <message>
        <source>Agenda item: %1</source>
        <translation>Punto del programa: %1</translation>
    </message>
    <message>
        <source>No particular agenda item</source>
        <translation>Ningún punto en particular</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Guiding question:</source>
        <translation>&amp;Pregunta guía:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Locked start at</source>
        <translation>Inicio &amp;fijo a las</translation>
    </message>
    <message>
        <source>&amp;Private notes:</source>
        <translation>N&amp;otas privadas:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Item details&lt;/b&gt;</source>
        <translation>&lt;b&gt;Detalles del punto&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a method from the library to add its steps as timed phases, or type any name.</source>
        <translation>Elija un método de la biblioteca para añadir sus pasos como fases cronometradas, o escriba cualquier nombre.</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>De&amp;scripción:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>Facilitator notes (private)</source>
        <translation>Notas del facilitador (privadas)</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Facilitators:</source>
        <translation>Facilitadores:</translation>
    </message>
    <message>
        <source>Fixed: never shortened</source>
        <translation>Fijo: nunca se acorta</translation>
    </message>
    <message>
        <source>Flexible: may be shortened</source>
        <translation>Flexible: puede acortarse</translation>
    </message>
    <message>
        <source>Group method</source>
        <translation>Método grupal</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Pregunta guía</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Locked start</source>
        <translation>Inicio fijo</translation>
    </message>
    <message>
        <source>Locked start time</source>
        <translation>Hora de inicio fija</translation>
    </message>
    <message>
        <source>M&amp;aterials:</source>
        <translation>Materia&amp;les:</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>Mí&amp;nimo:</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Meth&amp;od:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Minimum duration when running late</source>
        <translation>Duración mínima si hay retraso</translation>
    </message>
    <message>
        <source>Not a duration</source>
        <translation>Duración no válida</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <source>Optional: may be dropped</source>
        <translation>Opcional: puede suprimirse</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>Duración prevista</translation>
    </message>
    <message>
        <source>Priority when running late</source>
        <translation>Prioridad si hay retraso</translation>
    </message>
    <message>
        <source>Rapporteurs</source>
        <translation>Relatores</translation>
    </message>
    <message>
        <source>Rapporteurs:</source>
        <translation>Relatores:</translation>
    </message>
    <message>
        <source>Select an agenda item to see its details.</source>
        <translation>Seleccione un punto del orden del día para ver sus detalles.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Ponentes:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type 15, 15 min, 1h30, 1:30 or 90&apos;</source>
        <translation>Escriba 15, 15 min, 1h30, 1:30 o 90&apos;</translation>
    </message>
    <message>
        <source>half, if flexible</source>
        <translation>la mitad, si es flexible</translation>
    </message>
</context>
<context>
    <name>JoinAnnouncer</name>
    <message numerus="yes">
        <source>%n shared event(s) still on their way from %1, not connected now (a USB stick?): it comes in once the folder is back.</source>
        <translation>
            <numerusform>%n evento compartido aún en camino desde %1, no conectada ahora (¿una memoria USB?): entrará cuando vuelva la carpeta.</numerusform>
            <numerusform>%n eventos compartidos aún en camino desde %1, no conectada ahora (¿una memoria USB?): entrarán cuando vuelva la carpeta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared event(s) still on their way from %1: it comes in when another laptop&apos;s changes reach that folder.</source>
        <translation>
            <numerusform>%n evento compartido aún en camino desde %1: entrará cuando los cambios de otro portátil lleguen a esa carpeta.</numerusform>
            <numerusform>%n eventos compartidos aún en camino desde %1: entrarán cuando los cambios de otro portátil lleguen a esa carpeta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved conflict(s): File ▸ Share event ▸ Conflicts…</source>
        <translation>
            <numerusform>%n conflicto sin resolver: Archivo ▸ Compartir evento ▸ Conflictos…</numerusform>
            <numerusform>%n conflictos sin resolver: Archivo ▸ Compartir evento ▸ Conflictos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not bring in the shared event yet (%1): it is still awaited and comes in once a merge succeeds.</source>
        <translation>Aún no se ha podido traer el evento compartido (%1): sigue esperándose y llegará en cuanto una sincronización tenga éxito.</translation>
    </message>
    <message>
        <source>The shared event has not arrived yet: it comes in as soon as the other laptop&apos;s changes reach the folder.</source>
        <translation>El evento compartido aún no ha llegado: entrará en cuanto los cambios del otro portátil lleguen a la carpeta.</translation>
    </message>
    <message>
        <source>“%1” arrived from the shared folder and is open.</source>
        <translation>«%1» llegó de la carpeta compartida y está abierto.</translation>
    </message>
    <message>
        <source>“%1” arrived from the shared folder: it is in the events list.</source>
        <translation>«%1» llegó de la carpeta compartida: está en la lista de eventos.</translation>
    </message>
    <message>
        <source>“%1” is back: another laptop edited it after it was deleted here.</source>
        <translation>«%1» ha vuelto: otro portátil lo modificó después de que se eliminara aquí.</translation>
    </message>
</context>
<context>
    <name>JoinBadge</name>
    <message>
        <source>Phones connected: %1</source>
        <translation>Teléfonos conectados: %1</translation>
    </message>
    <message>
        <source>QR code of the participants&apos; address</source>
        <translation>Código QR de la dirección de los participantes</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a logo may be at most %3 MB. Choose a smaller picture.</source>
        <translation>%1 pesa %2 MB; un logotipo puede pesar como máximo %3 MB. Elija una imagen más ligera.</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG picture, or it is damaged. Save the logo as PNG and choose it again.</source>
        <translation>%1 no es una imagen PNG o JPEG, o está dañada. Guarde el logotipo en PNG y elíjalo de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Set logo…</source>
        <translation>Elegir lo&amp;gotipo…</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Choose a logo for the minutes&apos; cover</source>
        <translation>Elegir un logotipo para la portada del acta</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo not changed</source>
        <translation>Logotipo sin cambios</translation>
    </message>
    <message>
        <source>Logo on the minutes&apos; cover</source>
        <translation>Logotipo de la portada del acta</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation>&amp;Quitar el logotipo</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <source>Set the logo</source>
        <translation>Elegir el logotipo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

No se importó nada.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 - agenda.pdf</source>
        <translation>%1 - agenda.pdf</translation>
    </message>
    <message>
        <source>%1 - minutes.docx</source>
        <translation>%1 - acta.docx</translation>
    </message>
    <message>
        <source>%1 - minutes.md</source>
        <translation>%1 - acta.md</translation>
    </message>
    <message>
        <source>%1 - minutes.pdf</source>
        <translation>%1 - acta.pdf</translation>
    </message>
    <message>
        <source>%1 - run-sheet.pdf</source>
        <translation>%1 - guion.pdf</translation>
    </message>
    <message>
        <source>%1 - sign-in sheet.pdf</source>
        <translation>%1 - hoja de firmas.pdf</translation>
    </message>
    <message>
        <source>%1 holds no event this laptop does not have yet.</source>
        <translation>%1 no contiene ningún evento que este portátil no tenga ya.</translation>
    </message>
    <message>
        <source>%1.ics</source>
        <translation>%1.ics</translation>
    </message>
    <message numerus="yes">
        <source>%n newer changes here were kept.</source>
        <translation>
            <numerusform>Se ha conservado %n cambio más reciente hecho aquí.</numerusform>
            <numerusform>Se han conservado %n cambios más recientes hechos aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About Forum Desktop</source>
        <translation>&amp;Acerca de Forum Desktop</translation>
    </message>
    <message>
        <source>&amp;Action tracker</source>
        <translation>Seguimiento de &amp;acciones</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Eliminar evento…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>E&amp;ventos</translation>
    </message>
    <message>
        <source>&amp;Events panel</source>
        <translation>&amp;Panel de eventos</translation>
    </message>
    <message>
        <source>&amp;Export event (JSON)…</source>
        <translation>E&amp;xportar evento (JSON)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Import event (JSON)…</source>
        <translation>&amp;Importar evento (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Join shared events…</source>
        <translation>Unirse a eventos com&amp;partidos…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>A&amp;cta</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>&amp;Participants&apos; agenda (PDF)…</source>
        <translation>Agenda de los &amp;participantes (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quick capture</source>
        <translation>&amp;Captura rápida</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet (PDF)…</source>
        <translation>&amp;Hoja de firmas (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>About Forum Desktop</source>
        <translation>Acerca de Forum Desktop</translation>
    </message>
    <message>
        <source>All changes saved · editing as %1 · %2</source>
        <translation>Todos los cambios guardados · editando como %1 · %2</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Ya está al día</translation>
    </message>
    <message numerus="yes">
        <source>Bringing in %n shared event(s)…</source>
        <translation>
            <numerusform>Incorporando %n evento compartido…</numerusform>
            <numerusform>Incorporando %n eventos compartidos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle not used</source>
        <translation>Paquete no utilizado</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>No se puede importar %1</translation>
    </message>
    <message>
        <source>D&amp;uplicate event</source>
        <translation>D&amp;uplicar evento</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>Delete “%1” with its roster and agenda?

You can bring it back with Edit ▸ Undo.</source>
        <translation>¿Eliminar «%1» con sus participantes y su orden del día?

Puede recuperarlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar a &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar a &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Word document (DOCX)…</source>
        <translation>Exportar como documento &amp;Word (DOCX)…</translation>
    </message>
    <message>
        <source>Export &amp;agenda</source>
        <translation>Exportar el &amp;orden del día</translation>
    </message>
    <message>
        <source>Export agenda</source>
        <translation>Exportar el orden del día</translation>
    </message>
    <message>
        <source>Export event</source>
        <translation>Exportar evento</translation>
    </message>
    <message>
        <source>Export event &amp;bundle…</source>
        <translation>Exportar paque&amp;te del evento…</translation>
    </message>
    <message>
        <source>Export event bundle</source>
        <translation>Exportar el paquete del evento</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Exportar el acta</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportando %1</translation>
    </message>
    <message>
        <source>Facilitator&apos;s &amp;run-sheet (PDF)…</source>
        <translation>&amp;Guion del facilitador (PDF)…</translation>
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

Planificar, dirigir y documentar talleres sin conexión, y publicar sus actas.

Base de datos: %2</translation>
    </message>
    <message>
        <source>Forum Desktop bundles (*.fdbundle)</source>
        <translation>Paquetes de Forum Desktop (*.fdbundle)</translation>
    </message>
    <message>
        <source>Forum Desktop events (*.json)</source>
        <translation>Eventos de Forum Desktop (*.json)</translation>
    </message>
    <message>
        <source>Forum Desktop events (*.json);;All files (*)</source>
        <translation>Eventos de Forum Desktop (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Import as a &amp;copy…</source>
        <translation>Importar como cop&amp;ia…</translation>
    </message>
    <message>
        <source>Import as a copy</source>
        <translation>Importar como copia</translation>
    </message>
    <message>
        <source>Import event</source>
        <translation>Importar evento</translation>
    </message>
    <message>
        <source>Import event b&amp;undle…</source>
        <translation>Importar paquete de e&amp;vento…</translation>
    </message>
    <message>
        <source>Import event bundle</source>
        <translation>Importar un paquete de evento</translation>
    </message>
    <message numerus="yes">
        <source>Imported the bundle: %n change(s) new here</source>
        <translation>
            <numerusform>Paquete importado: %n cambio nuevo aquí</numerusform>
            <numerusform>Paquete importado: %n cambios nuevos aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New event %1</source>
        <translation>Nuevo evento %1</translation>
    </message>
    <message>
        <source>Newer changes kept</source>
        <translation>Cambios más recientes conservados</translation>
    </message>
    <message>
        <source>No events yet.
Create one with Ctrl+N.</source>
        <translation>Todavía no hay eventos.
Cree uno con Ctrl+N.</translation>
    </message>
    <message>
        <source>Nothing to join</source>
        <translation>Nada a lo que unirse</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Re&amp;name event…</source>
        <translation>Cambiar &amp;nombre del evento…</translation>
    </message>
    <message>
        <source>Rename event</source>
        <translation>Cambiar el nombre del evento</translation>
    </message>
    <message>
        <source>Replace everything in the database with this backup? The current state is kept as a backup first. Undo history is cleared.</source>
        <translation>¿Reemplazar todo el contenido de la base de datos por esta copia de seguridad? El estado actual se guarda antes como copia de seguridad. El historial para deshacer se borra.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Error al restaurar</translation>
    </message>
    <message>
        <source>Ru&amp;n</source>
        <translation>En &amp;directo</translation>
    </message>
    <message>
        <source>S&amp;hare event…</source>
        <translation>&amp;Compartir evento…</translation>
    </message>
    <message>
        <source>Sessions as a &amp;calendar (.ics)…</source>
        <translation>Sesiones como &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>Shared folder to join</source>
        <translation>Carpeta compartida a la que unirse</translation>
    </message>
    <message>
        <source>Stop &amp;waiting for shared events…</source>
        <translation>De&amp;jar de esperar eventos compartidos…</translation>
    </message>
    <message>
        <source>This database already holds everything in %1.</source>
        <translation>Esta base de datos ya contiene todo lo que hay en %1.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Undo and redo act on “%1”: it is open now.</source>
        <translation>Deshacer y rehacer actúan sobre «%1»: ahora está abierto.</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message>
        <source>Wrote the event bundle</source>
        <translation>Paquete del evento escrito</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>%1 is not a Forum Desktop database (%2). Choose another file with --db, or restore a backup. The file was not changed.</source>
        <translation>%1 no es una base de datos de Forum Desktop (%2). Elija otro archivo con --db o restaure una copia de seguridad. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Forum Desktop is already open on %1. Switch to that window, or open another database with --db.</source>
        <translation>Forum Desktop ya está abierto en %1. Cambie a esa ventana o abra otra base de datos con --db.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore a backup. The damaged file was not changed.</source>
        <translation>La base de datos %1 está dañada (%2). Restaure una copia de seguridad. El archivo dañado no se ha modificado.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Forum Desktop (schema %2; this version knows up to %3). Update Forum Desktop to open it. The file was not changed.</source>
        <translation>La base de datos %1 fue escrita por una versión más reciente de Forum Desktop (esquema %2; esta versión conoce hasta el %3). Actualice Forum Desktop para abrirla. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The database is busy (another program is writing to it), so this was not saved. Try again.</source>
        <translation>La base de datos está ocupada (otro programa está escribiendo en ella), así que esto no se guardó. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved. Free some space and try again; everything saved before is intact.</source>
        <translation>El disco está lleno, así que el último cambio no se guardó. Libere espacio e inténtelo de nuevo; todo lo guardado antes está intacto.</translation>
    </message>
    <message>
        <source>What you were editing no longer exists (it was deleted).</source>
        <translation>Lo que estaba editando ya no existe (se eliminó).</translation>
    </message>
    <message>
        <source>another program&apos;s SQLite file</source>
        <translation>archivo SQLite de otro programa</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>no es un archivo SQLite</translation>
    </message>
</context>
<context>
    <name>MethodApply</name>
    <message>
        <source>Fit the phases into %1 min</source>
        <translation>Ajustar las fases a %1 min</translation>
    </message>
    <message>
        <source>Keep them under the phases</source>
        <translation>Mantenerlos bajo las fases</translation>
    </message>
    <message>
        <source>Lengthen it to %1 min</source>
        <translation>Alargarlo a %1 min</translation>
    </message>
    <message>
        <source>Make them the fishbowl&apos;s topics</source>
        <translation>Convertirlos en los temas de la pecera</translation>
    </message>
    <message>
        <source>Make them the peer review&apos;s cases</source>
        <translation>Convertirlos en los casos de la revisión por pares</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Use a method for “%1”</source>
        <translation>Usar un método para «%1»</translation>
    </message>
    <message>
        <source>Use the method&apos;s own times (%1 min)</source>
        <translation>Usar los tiempos del método (%1 min)</translation>
    </message>
    <message>
        <source>“%1” already has sub-items of its own. What should they become?</source>
        <translation>«%1» ya tiene subpuntos propios. ¿Qué hacer con ellos?</translation>
    </message>
    <message>
        <source>“%1” is planned for %2 min: too short for the method&apos;s phases, which need at least %3 min.</source>
        <translation>«%1» está previsto para %2 min: demasiado corto para las fases del método, que necesitan al menos %3 min.</translation>
    </message>
    <message>
        <source>“%1” is planned for %2 min; the method&apos;s phases take %3 min.</source>
        <translation>«%1» está previsto para %2 min; las fases del método duran %3 min.</translation>
    </message>
</context>
<context>
    <name>MethodEditDialog</name>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: %2 (English is needed for the name and every step&apos;s name)</source>
        <translation>%1: %2 (el inglés es obligatorio para el nombre y para el nombre de cada paso)</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Añadir un paso</translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation>&amp;Idioma de los textos:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Quitar el paso</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir un paso</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Fewest people</source>
        <translation>Mínimo de personas</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Language of the texts</source>
        <translation>Idioma de los textos</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Most people</source>
        <translation>Máximo de personas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>People (fewest, most):</source>
        <translation>Personas (mínimo, máximo):</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar el paso</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Source&apos;s web address</source>
        <translation>Dirección web de la fuente</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Dirección web:</translation>
    </message>
    <message>
        <source>What it produces</source>
        <translation>Lo que produce</translation>
    </message>
    <message>
        <source>What it produces:</source>
        <translation>Lo que produce:</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Cuándo usarlo</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
</context>
<context>
    <name>MethodLibraryDialog</name>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (suyo)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a method file Forum Desktop can use: %2</source>
        <translation>%1 no es un archivo de método que Forum Desktop pueda usar: %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min in all</source>
        <translation>%1 min en total</translation>
    </message>
    <message>
        <source>%1 people or more</source>
        <translation>%1 personas o más</translation>
    </message>
    <message>
        <source>%1 to %2 people</source>
        <translation>De %1 a %2 personas</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Use for this item</source>
        <translation>&amp;Usar para este punto</translation>
    </message>
    <message>
        <source>About the method</source>
        <translation>Acerca del método</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete a method</source>
        <translation>Eliminar un método</translation>
    </message>
    <message>
        <source>Delete “%1” from your methods? Agenda items that use it keep their phases.</source>
        <translation>¿Eliminar «%1» de sus métodos? Los puntos del programa que lo usan conservan sus fases.</translation>
    </message>
    <message>
        <source>Duplicate a method</source>
        <translation>Duplicar un método</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Edit a method</source>
        <translation>Editar un método</translation>
    </message>
    <message>
        <source>Export a method</source>
        <translation>Exportar un método</translation>
    </message>
    <message>
        <source>Give the agenda item selected in the Agenda tab this method&apos;s phases.</source>
        <translation>Dar al punto seleccionado en la pestaña Programa las fases de este método.</translation>
    </message>
    <message>
        <source>Import a method</source>
        <translation>Importar un método</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Biblioteca de métodos</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>New method</source>
        <translation>Nuevo método</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Search methods</source>
        <translation>Buscar métodos</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Some method files could not be read and are left out: %1</source>
        <translation>Algunos archivos de método no se pudieron leer y se omiten: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>What it produces</source>
        <translation>Lo que produce</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Cuándo usarlo</translation>
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
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>All working languages (one file each)</source>
        <translation>Todos los idiomas de trabajo (un archivo cada uno)</translation>
    </message>
    <message>
        <source>Approved entries &amp;only</source>
        <translation>&amp;Solo las entradas aprobadas</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Contexto y objetivos</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Exportar el acta</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Idioma del acta</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Leave out people&apos;s &amp;names</source>
        <translation>Omitir los &amp;nombres de las personas</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Tamaño de página:</translation>
    </message>
    <message>
        <source>Proceedings, item by item</source>
        <translation>Desarrollo y resultados, punto por punto</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sesiones:</translation>
    </message>
</context>
<context>
    <name>ModerationPanel</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>(typed: %1)</source>
        <translation>(escrito: %1)</translation>
    </message>
    <message>
        <source>Approve a&amp;ll</source>
        <translation>Aprobar &amp;todo</translation>
    </message>
    <message>
        <source>Approve all texts</source>
        <translation>Aprobar todos los textos</translation>
    </message>
    <message>
        <source>Approve texts</source>
        <translation>Aprobar textos</translation>
    </message>
    <message>
        <source>Edit a shown text</source>
        <translation>Editar un texto mostrado</translation>
    </message>
    <message>
        <source>Edit the shown text</source>
        <translation>Editar el texto mostrado</translation>
    </message>
    <message>
        <source>For a room you trust: show every text still waiting.</source>
        <translation>Para una sala de confianza: mostrar todos los textos en espera.</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>Hide a text</source>
        <translation>Ocultar un texto</translation>
    </message>
    <message>
        <source>Keep the text off the projector; it stays in the record, marked hidden.</source>
        <translation>No proyectar el texto; queda en el registro, marcado como oculto.</translation>
    </message>
    <message>
        <source>Phones&apos; texts</source>
        <translation>Textos de los teléfonos</translation>
    </message>
    <message>
        <source>Show the chosen texts on the projector.</source>
        <translation>Proyectar los textos elegidos.</translation>
    </message>
    <message>
        <source>Show the text as you rewrite it; the phone&apos;s words stay in the record.</source>
        <translation>Proyectar el texto tal como lo reescribe; las palabras del teléfono quedan en el registro.</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Mostrado</translation>
    </message>
    <message>
        <source>Shown text:</source>
        <translation>Texto mostrado:</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>&amp;Language of documents:</source>
        <translation>&amp;Idioma de los documentos:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Idioma de los documentos</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
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
        <translation>Aviso siguiente</translation>
    </message>
    <message>
        <source>Show the next notice</source>
        <translation>Mostrar el aviso siguiente</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>A chair that would go is taken: ask its sitter to leave the circle first.</source>
        <translation>Una silla que se quitaría está ocupada: pida primero a quien la ocupa que salga del círculo.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un grupo necesita un nombre.</translation>
    </message>
    <message>
        <source>A speaker needs a name.</source>
        <translation>La persona que habla necesita un nombre.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Un tema necesita un nombre.</translation>
    </message>
    <message>
        <source>A title or a name is one line: put the versions on one line (separated by “ / ”, say).</source>
        <translation>Un título o un nombre ocupa una línea: ponga las versiones en una sola línea (separadas por « / », por ejemplo).</translation>
    </message>
    <message>
        <source>An option needs words: type the option first.</source>
        <translation>Una opción necesita palabras: escriba primero la opción.</translation>
    </message>
    <message>
        <source>Answer at least one of the questions before sending.</source>
        <translation>Responda al menos una de las preguntas antes de enviar.</translation>
    </message>
    <message>
        <source>Choose or type the reviewer&apos;s name first.</source>
        <translation>Elija o escriba primero el nombre del par revisor.</translation>
    </message>
    <message>
        <source>Choose the ideas of this item to group them into a theme.</source>
        <translation>Elija las ideas de este punto para agruparlas en un tema.</translation>
    </message>
    <message>
        <source>Choose two different themes to merge.</source>
        <translation>Elija dos temas distintos para fusionarlos.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); choose another folder or name.</source>
        <translation>No se pudo escribir {path} ({reason}); elija otra carpeta u otro nombre.</translation>
    </message>
    <message>
        <source>Could not write {path}: it is a folder; choose a file name.</source>
        <translation>No se pudo escribir {path}: es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>Could not write {path}: that folder does not accept new files; choose another folder.</source>
        <translation>No se pudo escribir {path}: esa carpeta no admite archivos nuevos; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Could not write {path}: the disk is full; free some space or choose another disk.</source>
        <translation>No se pudo escribir {path}: el disco está lleno; libere espacio o elija otro disco.</translation>
    </message>
    <message>
        <source>Could not write {path}: the folder {folder} does not exist; choose another folder.</source>
        <translation>No se pudo escribir {path}: la carpeta {folder} no existe; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read ({error}). Check that every quote (&quot;) that opens a cell also closes it.</source>
        <translation>La línea {line} no se puede leer ({error}). Compruebe que cada comilla (&quot;) que abre una celda también la cierra.</translation>
    </message>
    <message>
        <source>Line {line} opens a quoted cell (&quot;) that is never closed, so the rest of the file would be read as one cell. Close or remove that quote.</source>
        <translation>La línea {line} abre una celda entre comillas (&quot;) que nunca se cierra, así que el resto del archivo se leería como una sola celda. Cierre o quite esa comilla.</translation>
    </message>
    <message>
        <source>No chair is free: select the chair of the person who gives up their seat.</source>
        <translation>No hay ninguna silla libre: seleccione la silla de la persona que cede su sitio.</translation>
    </message>
    <message>
        <source>No item is running.</source>
        <translation>No hay ningún punto en curso.</translation>
    </message>
    <message>
        <source>No shared event is still awaited from {folder}: it may have arrived meanwhile (see the events list).</source>
        <translation>Ya no se espera ningún evento compartido desde {folder}: quizá llegó entretanto (vea la lista de eventos).</translation>
    </message>
    <message>
        <source>Nobody has the floor: press Next person (F4) first, then type.</source>
        <translation>Nadie tiene la palabra: pulse primero Siguiente persona (F4) y luego escriba.</translation>
    </message>
    <message>
        <source>Nobody is in the queue: add someone from the outer circle first.</source>
        <translation>La fila está vacía: añada primero a alguien del círculo exterior.</translation>
    </message>
    <message>
        <source>Nobody is present: add people on the Roster tab or check them in.</source>
        <translation>No hay nadie presente: añada personas en la pestaña Participantes o registre su llegada.</translation>
    </message>
    <message>
        <source>Nobody sits in that chair: select the chair of someone sitting.</source>
        <translation>Nadie ocupa esa silla: elija la silla de alguien sentado.</translation>
    </message>
    <message>
        <source>Nothing in the note pairs with the event&apos;s agenda (by date, start time or order); check that it is this event&apos;s programme, with its days and items.</source>
        <translation>Nada en la nota corresponde al programa del evento (por fecha, hora de inicio u orden); compruebe que es el programa de este evento, con sus días y sus puntos.</translation>
    </message>
    <message>
        <source>Only the first {count} people, tags and due dates are read; the rest is kept as text</source>
        <translation>Solo se leen los primeros {count} nombres, etiquetas y fechas límite; el resto se conserva como texto</translation>
    </message>
    <message>
        <source>That case is no longer in the review: choose another one.</source>
        <translation>Ese caso ya no está en la revisión: elija otro.</translation>
    </message>
    <message>
        <source>That group is no longer there: choose another one.</source>
        <translation>Ese grupo ya no existe: elija otro.</translation>
    </message>
    <message>
        <source>That idea is no longer in the harvest.</source>
        <translation>Esa idea ya no está en la cosecha.</translation>
    </message>
    <message>
        <source>That item is not on this session&apos;s agenda.</source>
        <translation>Ese punto no está en la agenda de esta sesión.</translation>
    </message>
    <message>
        <source>That question is no longer there: it may have been removed.</source>
        <translation>Esa pregunta ya no está: puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>That question was already answered or dismissed.</source>
        <translation>Esa pregunta ya fue respondida o descartada.</translation>
    </message>
    <message>
        <source>That session belongs to another event: choose one of this event&apos;s sessions, or none to add new ones.</source>
        <translation>Esa sesión pertenece a otro evento: elija una de las sesiones de este evento, o ninguna para añadir sesiones nuevas.</translation>
    </message>
    <message>
        <source>That text did not come from a phone: there is nothing to approve.</source>
        <translation>Este texto no viene de un teléfono: no hay nada que aprobar.</translation>
    </message>
    <message>
        <source>That text&apos;s record is not in the event any more: reload and try again.</source>
        <translation>El elemento de ese texto ya no está en el evento: vuelva a cargar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That theme is no longer there: choose another one.</source>
        <translation>Ese tema ya no existe: elija otro.</translation>
    </message>
    <message>
        <source>The ballot of {name} has {given} dots: change it before lowering the limit to {limit}.</source>
        <translation>La papeleta de {name} tiene {given} puntos: cámbiela antes de bajar el límite a {limit}.</translation>
    </message>
    <message>
        <source>The bundle changes a {record_type} of another event here ({title}); it was refused and nothing was imported.</source>
        <translation>El paquete modifica un registro {record_type} de otro evento presente aquí ({title}); se ha rechazado y no se ha importado nada.</translation>
    </message>
    <message>
        <source>The bundle has no manifest.json: it is not a Forum Desktop bundle.</source>
        <translation>El paquete no tiene manifest.json: no es un paquete de Forum Desktop.</translation>
    </message>
    <message>
        <source>The bundle holds {count} files; at most {limit}.</source>
        <translation>El paquete contiene {count} archivos; como máximo {limit}.</translation>
    </message>
    <message>
        <source>The bundle holds {name}, which no Forum Desktop bundle has; it was refused and nothing was imported.</source>
        <translation>El paquete contiene {name}, que ningún paquete de Forum Desktop contiene; se rechazó y no se importó nada.</translation>
    </message>
    <message>
        <source>The bundle is damaged ({error}); ask for it again.</source>
        <translation>El paquete está dañado ({error}); pídalo de nuevo.</translation>
    </message>
    <message>
        <source>The bundle is format version {version}; this Forum Desktop reads version {supported}. Update Forum Desktop to import it.</source>
        <translation>El paquete tiene la versión de formato {version}; este Forum Desktop lee la versión {supported}. Actualice Forum Desktop para importarlo.</translation>
    </message>
    <message>
        <source>The bundle is {megabytes} MB; bundles are limited to {limit} MB.</source>
        <translation>El paquete ocupa {megabytes} MB; los paquetes están limitados a {limit} MB.</translation>
    </message>
    <message>
        <source>The bundle unpacks to more than {limit} MB; it was refused.</source>
        <translation>Descomprimido, el paquete ocupa más de {limit} MB; se rechazó.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest.json is not a Forum Desktop manifest.</source>
        <translation>El manifest.json del paquete no es un manifiesto de Forum Desktop.</translation>
    </message>
    <message>
        <source>The entry has no text: type what to capture.</source>
        <translation>La entrada no tiene texto: escriba lo que quiere anotar.</translation>
    </message>
    <message>
        <source>The evaluation is not open: wait for the facilitator to open it.</source>
        <translation>La evaluación no está abierta: espere a que el facilitador la abra.</translation>
    </message>
    <message>
        <source>The event keeps its dates ({event_dates}); the programme&apos;s sessions are on {dates}.</source>
        <translation>El evento conserva sus fechas ({event_dates}); las sesiones del programa son el {dates}.</translation>
    </message>
    <message>
        <source>The event, undated so far, takes the programme&apos;s dates: {dates}.</source>
        <translation>El evento, sin fechas hasta ahora, toma las del programa: {dates}.</translation>
    </message>
    <message>
        <source>The file has column names but nobody below them. Add one person per row under the column names.</source>
        <translation>El archivo tiene nombres de columna pero nadie debajo. Añada una persona por fila bajo los nombres de columna.</translation>
    </message>
    <message>
        <source>The file has {count} rows; at most {limit} people are imported at once. Split it into smaller files.</source>
        <translation>El archivo tiene {count} filas; se importan como máximo {limit} personas a la vez. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file is JSON but not a Forum Desktop event document.</source>
        <translation>El archivo es JSON, pero no un documento de evento de Forum Desktop.</translation>
    </message>
    <message>
        <source>The file is empty. Choose a CSV file with a row of column names and one person per row.</source>
        <translation>El archivo está vacío. Elija un archivo CSV con una fila de nombres de columna y una persona por fila.</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB, far more than a programme. Check that you chose the right file, or split it into smaller files.</source>
        <translation>El archivo supera los {megabytes} MB, mucho más que un programa. Compruebe que eligió el archivo correcto o divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB, far more than a roster. Check that you chose the right file, or split it into smaller files.</source>
        <translation>El archivo supera los {megabytes} MB, mucho más que una lista de participantes. Compruebe que eligió el archivo correcto o divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, so it is not an event document.</source>
        <translation>El archivo no es texto UTF-8, así que no es un documento de evento.</translation>
    </message>
    <message>
        <source>The file is not a Forum Desktop bundle (it is not a zip file).</source>
        <translation>El archivo no es un paquete de Forum Desktop (no es un archivo zip).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}: {error}).</source>
        <translation>El archivo no es JSON válido (línea {line}, columna {column}: {error}).</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (“Unicode text”), which is not supported. Save the roster from your spreadsheet as “CSV UTF-8” and import that file.</source>
        <translation>El archivo está guardado en UTF-16 («Texto Unicode»), que no es compatible. Guarde la lista desde su hoja de cálculo como «CSV UTF-8» e importe ese archivo.</translation>
    </message>
    <message>
        <source>The file is {megabytes} MB; event documents are limited to {limit} MB.</source>
        <translation>El archivo ocupa {megabytes} MB; los documentos de evento están limitados a {limit} MB.</translation>
    </message>
    <message>
        <source>The first row (line {line}) looks like a person, not column names. Add a row of column names (such as Name, Organisation, Email) at the top of the file.</source>
        <translation>La primera fila (línea {line}) parece una persona, no nombres de columna. Añada una fila de nombres de columna (como Nombre, Organización, Correo) al principio del archivo.</translation>
    </message>
    <message>
        <source>The programme gives its times in several time zones ({zones}): they were kept as written; check them.</source>
        <translation>El programa da sus horarios en varias zonas horarias ({zones}): se conservaron tal como están; revíselos.</translation>
    </message>
    <message>
        <source>The programme gives its times in {zone}; this event is in {event_zone}: the times were converted to {times}.</source>
        <translation>El programa da sus horarios en {zone}; este evento está en {event_zone}: los horarios se convirtieron a {times}.</translation>
    </message>
    <message>
        <source>The programme gives its times in {zone}; this event is in {event_zone}: the times were kept as written; check them.</source>
        <translation>El programa da sus horarios en {zone}; este evento está en {event_zone}: los horarios se conservaron tal como están; revíselos.</translation>
    </message>
    <message>
        <source>The programme has {count} agenda items; at most {limit} are imported at once. Split it into smaller files.</source>
        <translation>El programa tiene {count} puntos de agenda; se importan como máximo {limit} a la vez. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The rapporteur must be one of the group&apos;s members: move them into the group first.</source>
        <translation>La persona relatora debe ser miembro del grupo: muévala primero al grupo.</translation>
    </message>
    <message>
        <source>The re-plan names items that are not on this session&apos;s agenda.</source>
        <translation>La replanificación menciona puntos que no están en la agenda de esta sesión.</translation>
    </message>
    <message>
        <source>The shown text cannot be empty: hide the text instead.</source>
        <translation>El texto mostrado no puede estar vacío: oculte el texto en su lugar.</translation>
    </message>
    <message>
        <source>The text is {length} characters; shorten it to {limit} at most.</source>
        <translation>El texto tiene {length} caracteres; acórtelo a {limit} como máximo.</translation>
    </message>
    <message>
        <source>The {field} of that record has no version per language.</source>
        <translation>El campo {field} de ese elemento no tiene versión por idioma.</translation>
    </message>
    <message>
        <source>There is no chair {chair}: the circle has {chairs}.</source>
        <translation>No hay silla {chair}: el círculo tiene {chairs}.</translation>
    </message>
    <message>
        <source>There is no entry {entry_id}: check the id.</source>
        <translation>No existe la entrada {entry_id}: compruebe el identificador.</translation>
    </message>
    <message>
        <source>There is no event {event_id}: check the id.</source>
        <translation>No existe el evento {event_id}: compruebe el identificador.</translation>
    </message>
    <message>
        <source>There is no method {method} in the library.</source>
        <translation>La biblioteca no tiene ningún método {method}.</translation>
    </message>
    <message>
        <source>There is nothing to record: add the options first.</source>
        <translation>No hay nada que registrar: añada primero las opciones.</translation>
    </message>
    <message>
        <source>They already sit in the inner circle.</source>
        <translation>Esa persona ya está sentada en el círculo interior.</translation>
    </message>
    <message>
        <source>This file does not contain text, so it is not a CSV file. Save the roster from your spreadsheet as “CSV UTF-8” and import that file.</source>
        <translation>Este archivo no contiene texto, así que no es un archivo CSV. Guarde la lista desde su hoja de cálculo como «CSV UTF-8» e importe ese archivo.</translation>
    </message>
    <message>
        <source>This file does not contain text, so it is not a programme. Save it as plain text (.txt) or Markdown (.md) and try again.</source>
        <translation>Este archivo no contiene texto, así que no es un programa. Guárdelo como texto sin formato (.txt) o Markdown (.md) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This has changed since, by an act that cannot be undone (the session run again, for instance), so it was not undone; edit it yourself if it still needs changing.</source>
        <translation>Esto cambió después, por una acción que no se puede deshacer (la sesión iniciada de nuevo, por ejemplo), así que no se deshizo; modifíquelo usted si todavía hace falta cambiarlo.</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook, not a CSV file. Save the roster from your spreadsheet as “CSV UTF-8” and import that file.</source>
        <translation>Esto es un libro de hoja de cálculo, no un archivo CSV. Guarde la lista desde su hoja de cálculo como «CSV UTF-8» e importe ese archivo.</translation>
    </message>
    <message>
        <source>This is the first item.</source>
        <translation>Este es el primer punto.</translation>
    </message>
    <message>
        <source>This session has ended: resume it where it stopped, or run it again.</source>
        <translation>Esta sesión ha terminado: reanúdela donde se detuvo o vuelva a realizarla.</translation>
    </message>
    <message>
        <source>This session has no agenda items to run.</source>
        <translation>Esta sesión no tiene puntos en la agenda.</translation>
    </message>
    <message>
        <source>This session has not ended.</source>
        <translation>Esta sesión no ha terminado.</translation>
    </message>
    <message>
        <source>This session is already paused.</source>
        <translation>Esta sesión ya está en pausa.</translation>
    </message>
    <message>
        <source>This session is already running.</source>
        <translation>Esta sesión ya está en curso.</translation>
    </message>
    <message>
        <source>This session is not paused.</source>
        <translation>Esta sesión no está en pausa.</translation>
    </message>
    <message>
        <source>This session is not running.</source>
        <translation>Esta sesión no está en curso.</translation>
    </message>
    <message>
        <source>Type the group&apos;s report first.</source>
        <translation>Escriba primero el informe del grupo.</translation>
    </message>
    <message>
        <source>Type the idea first.</source>
        <translation>Escriba primero la idea.</translation>
    </message>
    <message>
        <source>Type the presenter&apos;s name or the case&apos;s topic, then add the case.</source>
        <translation>Escriba el nombre de quien presenta o el tema del caso y luego añada el caso.</translation>
    </message>
    <message>
        <source>Type the question first.</source>
        <translation>Escriba primero la pregunta.</translation>
    </message>
    <message>
        <source>Type the topic&apos;s words first.</source>
        <translation>Escriba primero el tema.</translation>
    </message>
    <message>
        <source>What this belonged to has been deleted since (on another laptop, perhaps), so it was not undone; add it again where it belongs if it is still needed.</source>
        <translation>Aquello a lo que pertenecía se ha eliminado después (en otro portátil, quizá), así que no se deshizo; vuelva a añadirlo donde corresponda si aún hace falta.</translation>
    </message>
    <message>
        <source>Write at least one of strengths, challenges, recommendations or what others could transfer.</source>
        <translation>Escriba al menos una de las fortalezas, desafíos, recomendaciones o lo que otros podrían transferir.</translation>
    </message>
    <message>
        <source>a change by {author} is dated {when} UTC, more than a day ahead of this laptop&apos;s clock: a laptop&apos;s clock is wrong (nothing is lost; check the date on the laptops)</source>
        <translation>un cambio de {author} tiene fecha {when} UTC, más de un día por delante del reloj de este portátil: el reloj de un portátil está mal (no se pierde nada; revise la fecha de los portátiles)</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>no se puede leer: {error}</translation>
    </message>
    <message>
        <source>due: needs a date: use 2022-03-15, 15/03/2022, friday or +3d</source>
        <translation>due: necesita una fecha: use 2022-03-15, 15/03/2022, viernes o +3d</translation>
    </message>
    <message>
        <source>email {typed} is not an e-mail address</source>
        <translation>el correo {typed} no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>id {id} is already used by {path}</source>
        <translation>el identificador {id} ya lo usa {path}</translation>
    </message>
    <message>
        <source>language {typed} is not one of {allowed}</source>
        <translation>el idioma {typed} no es uno de {allowed}</translation>
    </message>
    <message>
        <source>line {line}: no duration for {title}</source>
        <translation>línea {line}: sin duración para {title}</translation>
    </message>
    <message>
        <source>line {line}: the programme&apos;s day is taken from {heading}</source>
        <translation>línea {line}: el día del programa se toma de {heading}</translation>
    </message>
    <message>
        <source>line {line}: the {minutes} min from {start} to {end} are shared equally between {count} items; adjust them before importing</source>
        <translation>línea {line}: los {minutes} min de {start} a {end} se reparten por igual entre {count} puntos; ajústelos antes de importar</translation>
    </message>
    <message>
        <source>line {line}: {heading} has no year; give the year of the programme (the Year field, or --year)</source>
        <translation>línea {line}: {heading} no tiene año; indique el año del programa (el campo Año, o --year)</translation>
    </message>
    <message>
        <source>line {line}: {heading} is not a date in the calendar</source>
        <translation>línea {line}: {heading} no es una fecha del calendario</translation>
    </message>
    <message>
        <source>line {line}: {heading} says “{weekday}” but {date} is a {named}</source>
        <translation>línea {line}: {heading} dice «{weekday}» pero el {date} cae otro día ({named})</translation>
    </message>
    <message>
        <source>line {line}: {text} comes before the context heading {heading}; it is not taken as context</source>
        <translation>línea {line}: {text} precede al título de contexto {heading}; no se toma como contexto</translation>
    </message>
    <message>
        <source>line {line}: {text} is the note&apos;s title; it is not taken as context</source>
        <translation>línea {line}: {text} es el título de la nota; no se toma como contexto</translation>
    </message>
    <message>
        <source>line {line}: {text} names the kind of document; it is not taken as context</source>
        <translation>línea {line}: {text} indica el tipo de documento; no se toma como contexto</translation>
    </message>
    <message>
        <source>line {line}: {title} has no time; its time is to be confirmed</source>
        <translation>línea {line}: {title} no tiene hora; su hora está por confirmar</translation>
    </message>
    <message>
        <source>line {line}: {title} is the library method “{method}”</source>
        <translation>línea {line}: {title} es el método de la biblioteca «{method}»</translation>
    </message>
    <message>
        <source>line {line}: {title} says {minutes} min but its slot {start}–{end} lasts {slot} min; {minutes} min kept</source>
        <translation>línea {line}: {title} indica {minutes} min pero su franja {start}–{end} dura {slot} min; se mantienen {minutes} min</translation>
    </message>
    <message>
        <source>mode {typed} is not one of {allowed}</source>
        <translation>la modalidad {typed} no es una de {allowed}</translation>
    </message>
    <message>
        <source>no duration given: type minutes (15), 1h30 or 1:30</source>
        <translation>no se indicó ninguna duración: escriba minutos (15), 1h30 o 1:30</translation>
    </message>
    <message>
        <source>no item of the agenda starts at {time} here</source>
        <translation>ningún punto del programa empieza a las {time} aquí</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>no session of the event is on {date}</source>
        <translation>ninguna sesión del evento es el {date}</translation>
    </message>
    <message>
        <source>role {typed} is not one of {allowed}</source>
        <translation>el rol {typed} no es uno de {allowed}</translation>
    </message>
    <message>
        <source>the agenda has no item left here to pair it with</source>
        <translation>el programa no tiene más puntos aquí con los que emparejarlo</translation>
    </message>
    <message>
        <source>the bytes of image {digest} are missing from the database</source>
        <translation>faltan en la base de datos los bytes de la imagen {digest}</translation>
    </message>
    <message>
        <source>the event cannot end ({end}) before it starts ({start}); give an end on or after the start</source>
        <translation>el evento no puede terminar ({end}) antes de empezar ({start}); indique un final el día del inicio o después</translation>
    </message>
    <message>
        <source>the event has no session left to pair it with</source>
        <translation>el evento no tiene más sesiones con las que emparejarlo</translation>
    </message>
    <message>
        <source>the file holds no method (a JSON object was expected)</source>
        <translation>el archivo no contiene ningún método (se esperaba un objeto JSON)</translation>
    </message>
    <message>
        <source>the file is not JSON (line {line}, column {column}: {error})</source>
        <translation>el archivo no es JSON (línea {line}, columna {column}: {error})</translation>
    </message>
    <message>
        <source>the file is not text (UTF-8)</source>
        <translation>el archivo no es texto (UTF-8)</translation>
    </message>
    <message>
        <source>the file is over {kilobytes} KB; a method file is at most {kilobytes} KB</source>
        <translation>el archivo supera los {kilobytes} KB; un archivo de método ocupa como máximo {kilobytes} KB</translation>
    </message>
    <message>
        <source>the item it belongs to is not paired</source>
        <translation>el punto al que pertenece no está emparejado</translation>
    </message>
    <message>
        <source>the method: {message}</source>
        <translation>el método: {message}</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>el nombre tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>the note has no day for this session</source>
        <translation>la nota no tiene ningún día para esta sesión</translation>
    </message>
    <message>
        <source>the note has no item at {time} here</source>
        <translation>la nota no tiene ningún punto a las {time} aquí</translation>
    </message>
    <message>
        <source>the note has no item left here to pair it with</source>
        <translation>la nota no tiene más puntos aquí con los que emparejarlo</translation>
    </message>
    <message>
        <source>{author} changed this on another laptop since, so it was not undone; edit it yourself if it still needs changing.</source>
        <translation>{author} lo cambió después en otro portátil, así que no se deshizo; edítelo usted si aún hay que cambiarlo.</translation>
    </message>
    <message>
        <source>{cells} cells but only {width} column names (a cell may contain a comma without quotes around it)</source>
        <translation>{cells} celdas pero solo {width} nombres de columna (puede que una celda contenga una coma sin comillas alrededor)</translation>
    </message>
    <message>
        <source>{cells} cells but only {width} column names (a cell may contain a semicolon without quotes around it)</source>
        <translation>{cells} celdas pero solo {width} nombres de columna (puede que una celda contenga un punto y coma sin comillas alrededor)</translation>
    </message>
    <message>
        <source>{cells} cells but only {width} column names (a cell may contain a tab without quotes around it)</source>
        <translation>{cells} celdas pero solo {width} nombres de columna (puede que una celda contenga un tabulador sin comillas alrededor)</translation>
    </message>
    <message>
        <source>{chosen} people chosen, but {free} at most can sit down (one chair stays open): choose fewer.</source>
        <translation>{chosen} personas elegidas, pero {free} como máximo pueden sentarse (una silla queda libre): elija menos.</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>{first} has sub-items, a run or entries of its own, so it cannot become a topic or a case: keep the sub-items under the phases instead.</source>
        <translation>{first} tiene subpuntos, un desarrollo o notas propios, así que no puede convertirse en un tema ni en un caso: mantenga los subpuntos bajo las fases.</translation>
    </message>
    <message>
        <source>{item} has phases of its method that were edited or already run ({first}). Delete or move them in the Agenda tab first, then apply the method again.</source>
        <translation>{item} tiene fases de su método modificadas o ya desarrolladas ({first}). Elimínelas o muévalas primero en la pestaña Agenda y vuelva a aplicar el método.</translation>
    </message>
    <message>
        <source>{item} is not a dot vote: apply the dot voting method to it first.</source>
        <translation>{item} no es una votación con puntos: aplíquele primero el método de votación con puntos.</translation>
    </message>
    <message>
        <source>{item} leaves {minutes} min for the {phases} phases of {method}, which need at least {needed} min: lengthen the item or use the method&apos;s own times.</source>
        <translation>{item} deja {minutes} min para las {phases} fases de {method}, que necesitan al menos {needed} min: alargue el punto o use los tiempos del método.</translation>
    </message>
    <message>
        <source>{language} is not one of the event&apos;s working languages ({languages}); add it to the event&apos;s languages first.</source>
        <translation>{language} no es uno de los idiomas de trabajo del evento ({languages}); añádalo primero a los idiomas del evento.</translation>
    </message>
    <message>
        <source>{language} is the event&apos;s main language: edit the text itself, not a translation.</source>
        <translation>{language} es el idioma principal del evento: modifique el texto mismo, no una traducción.</translation>
    </message>
    <message>
        <source>{method} has no cases to make of the sub-items: keep them under the phases instead.</source>
        <translation>{method} no tiene casos que hacer con los subpuntos: manténgalos bajo las fases.</translation>
    </message>
    <message>
        <source>{method} has no topics to make of the sub-items: keep them under the phases instead.</source>
        <translation>{method} no tiene temas que hacer con los subpuntos: manténgalos bajo las fases.</translation>
    </message>
    <message>
        <source>{name} ends in half a line: the bundle was cut; ask for it again.</source>
        <translation>{name} termina en media línea: el paquete se cortó; pídalo de nuevo.</translation>
    </message>
    <message>
        <source>{name} has {limit} dots: {given} is {over} too many. Take {over} off, then cast the ballot again.</source>
        <translation>{name} tiene {limit} puntos: {given} son {over} de más. Quite {over} y vuelva a votar.</translation>
    </message>
    <message>
        <source>{name} is not in the round: mark them present first.</source>
        <translation>{name} no está en la ronda: márquelo primero como presente.</translation>
    </message>
    <message>
        <source>{name} is not on the event&apos;s roster: add them first, or cast an anonymous ballot.</source>
        <translation>{name} no está en la lista de participantes del evento: añada a esta persona primero, o vote de forma anónima.</translation>
    </message>
    <message>
        <source>{name} is not the image its name says; nothing was imported.</source>
        <translation>{name} no es la imagen que indica su nombre; no se importó nada.</translation>
    </message>
    <message>
        <source>{name} put {given} dots on “{option}”: at most {limit} may go on one option. Move the rest to another option.</source>
        <translation>{name} puso {given} puntos en «{option}»: como máximo {limit} en una misma opción. Pase el resto a otra opción.</translation>
    </message>
    <message>
        <source>{path}: a second run of the same item</source>
        <translation>{path}: una segunda ejecución del mismo punto</translation>
    </message>
    <message>
        <source>{path}: a second run of the same session</source>
        <translation>{path}: una segunda ejecución de la misma sesión</translation>
    </message>
    <message>
        <source>{path}: no photo or logo in the document uses it</source>
        <translation>{path}: ninguna foto ni logotipo del documento la usa</translation>
    </message>
    <message>
        <source>{path}: no such entry in the document</source>
        <translation>{path}: esa entrada no está en el documento</translation>
    </message>
    <message>
        <source>{path}: no such image in the document</source>
        <translation>{path}: esa imagen no está en el documento</translation>
    </message>
    <message>
        <source>{path}: no such item in the document</source>
        <translation>{path}: ese punto no está en el documento</translation>
    </message>
    <message>
        <source>{path}: no such item in the same session</source>
        <translation>{path}: ese punto no está en la misma sesión</translation>
    </message>
    <message>
        <source>{path}: no such participant in the document</source>
        <translation>{path}: ese participante no está en el documento</translation>
    </message>
    <message>
        <source>{path}: no such record of that kind in the document</source>
        <translation>{path}: no hay ningún elemento de ese tipo en el documento</translation>
    </message>
    <message>
        <source>{path}: no such session in the document</source>
        <translation>{path}: esa sesión no está en el documento</translation>
    </message>
    <message>
        <source>{path}: not the document&apos;s event</source>
        <translation>{path}: no es el evento del documento</translation>
    </message>
    <message>
        <source>{path}: the parent links form a cycle</source>
        <translation>{path}: los enlaces a los puntos padre forman un ciclo</translation>
    </message>
    <message>
        <source>{path}: this record belongs to another event here ({title}); import the file as a copy to keep both.</source>
        <translation>{path}: este registro pertenece a otro evento presente aquí ({title}); importe el archivo como copia para conservar ambos.</translation>
    </message>
    <message>
        <source>{path}: {id} is used twice</source>
        <translation>{path}: {id} se usa dos veces</translation>
    </message>
    <message>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <source>{place} is not a session or agenda item of this event: give one of the event&apos;s.</source>
        <translation>{place} no es una sesión ni un punto del orden del día de este evento: indique uno del evento.</translation>
    </message>
    <message>
        <source>{problem}; nothing was imported.</source>
        <translation>{problem}; no se importó nada.</translation>
    </message>
    <message>
        <source>{typed} could be {names} or others: type more of the name</source>
        <translation>{typed} puede ser {names} u otras personas: escriba más del nombre</translation>
    </message>
    <message>
        <source>{typed} could be {names} or {last}: type more of the name</source>
        <translation>{typed} puede ser {names} o {last}: escriba más del nombre</translation>
    </message>
    <message>
        <source>{typed} is a second due date: the first, {first}, is kept</source>
        <translation>{typed} es una segunda fecha límite: se mantiene la primera, {first}</translation>
    </message>
    <message>
        <source>{typed} is kept in the text: only actions (&gt;) have a due date</source>
        <translation>{typed} se queda en el texto: solo las acciones (&gt;) tienen fecha límite</translation>
    </message>
    <message>
        <source>{typed} is longer than 24 hours</source>
        <translation>{typed} supera las 24 horas</translation>
    </message>
    <message>
        <source>{typed} is negative: a duration is 0 minutes or more</source>
        <translation>{typed} es negativo: una duración es de 0 minutos o más</translation>
    </message>
    <message>
        <source>{typed} is not a date: use 2022-03-15, 15/03/2022, friday or +3d</source>
        <translation>{typed} no es una fecha: use 2022-03-15, 15/03/2022, viernes o +3d</translation>
    </message>
    <message>
        <source>{typed} is not a duration: type minutes (15), 1h30 or 1:30</source>
        <translation>{typed} no es una duración: escriba minutos (15), 1h30 o 1:30</translation>
    </message>
    <message>
        <source>{typed} needs a closing quote</source>
        <translation>{typed}: falta la comilla de cierre</translation>
    </message>
    <message>
        <source>{typed}: {count} people on the roster are called {name}</source>
        <translation>{typed}: {count} personas de la lista se llaman {name}</translation>
    </message>
    <message>
        <source>“{option}” is already an option.</source>
        <translation>«{option}» ya es una opción.</translation>
    </message>
    <message>
        <source>“{option}” is not an option of this vote: add it first, or check its spelling.</source>
        <translation>«{option}» no es una opción de esta votación: añádala primero, o revise cómo se escribe.</translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <source>Add &amp;list…</source>
        <translation>Añadir &amp;lista…</translation>
    </message>
    <message>
        <source>Add a list of objectives</source>
        <translation>Añadir una lista de objetivos</translation>
    </message>
    <message>
        <source>Add ob&amp;jective</source>
        <translation>Añadir ob&amp;jetivo</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <source>First objective:</source>
        <translation>Primer objetivo:</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>Encabezado:</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove objectives</source>
        <translation>Quitar objetivos</translation>
    </message>
    <message>
        <source>Rename list of objectives</source>
        <translation>Cambiar el nombre de la lista de objetivos</translation>
    </message>
</context>
<context>
    <name>OneTwoFourAllPublic</name>
    <message>
        <source>Guiding question</source>
        <translation>Pregunta guía</translation>
    </message>
    <message>
        <source>Ideas harvested</source>
        <translation>Ideas recogidas</translation>
    </message>
    <message>
        <source>What to do in this round</source>
        <translation>Qué hacer en esta ronda</translation>
    </message>
    <message>
        <source>… earlier ideas: %1</source>
        <translation>… ideas anteriores: %1</translation>
    </message>
</context>
<context>
    <name>OneTwoFourAllScreen</name>
    <message>
        <source>%1 left in this round</source>
        <translation>quedan %1 en esta ronda</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Nueva idea:</translation>
    </message>
    <message>
        <source>1 — alone</source>
        <translation>1 — a solas</translation>
    </message>
    <message>
        <source>2 — in pairs</source>
        <translation>2 — en parejas</translation>
    </message>
    <message>
        <source>4 — in foursomes</source>
        <translation>4 — en grupos de cuatro</translation>
    </message>
    <message>
        <source>Add to the &amp;list</source>
        <translation>Añadir a la &amp;lista</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>An idea a group shares</source>
        <translation>Una idea que comparte un grupo</translation>
    </message>
    <message>
        <source>Choose the ideas to group in the list first.</source>
        <translation>Elija primero en la lista las ideas que agrupar.</translation>
    </message>
    <message>
        <source>Current round</source>
        <translation>Ronda actual</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>&amp;Modificar</translation>
    </message>
    <message>
        <source>Edit an idea</source>
        <translation>Modificar una idea</translation>
    </message>
    <message>
        <source>Enter adds the idea to the harvest (and to the projector). F2 edits the chosen idea, Delete removes it, Ctrl+G puts the chosen ones in a theme.</source>
        <translation>Intro añade la idea a la cosecha (y al proyector). F2 modifica la idea elegida, Supr la quita, Ctrl+G pone las elegidas en un tema.</translation>
    </message>
    <message>
        <source>Group ideas into a theme</source>
        <translation>Agrupar ideas en un tema</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Pregunta guía</translation>
    </message>
    <message>
        <source>Guiding question: %1</source>
        <translation>Pregunta guía: %1</translation>
    </message>
    <message>
        <source>Harvest an idea</source>
        <translation>Recoger una idea</translation>
    </message>
    <message>
        <source>Ideas harvested</source>
        <translation>Ideas recogidas</translation>
    </message>
    <message numerus="yes">
        <source>Ideas harvested (%n):</source>
        <translation>
            <numerusform>Idea recogida (%n):</numerusform>
            <numerusform>Ideas recogidas (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge two themes</source>
        <translation>Fusionar dos temas</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nueva idea</translation>
    </message>
    <message>
        <source>Put the chosen ideas in a theme</source>
        <translation>Poner las ideas elegidas en un tema</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove an idea</source>
        <translation>Quitar una idea</translation>
    </message>
    <message>
        <source>Rename a theme</source>
        <translation>Renombrar un tema</translation>
    </message>
    <message>
        <source>Round %1 of %2: %3</source>
        <translation>Ronda %1 de %2: %3</translation>
    </message>
    <message>
        <source>Time is up: over by %1</source>
        <translation>Se acabó el tiempo: excedido en %1</translation>
    </message>
    <message>
        <source>Time left in this round</source>
        <translation>Tiempo restante en esta ronda</translation>
    </message>
    <message>
        <source>Type the idea first, then press Enter.</source>
        <translation>Escriba primero la idea y luego pulse Intro.</translation>
    </message>
    <message>
        <source>Type the name of the theme to merge the chosen one into.</source>
        <translation>Escriba el nombre del tema en el que fusionar el tema elegido.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>&amp;Anonymous (no name in the minutes)</source>
        <translation>&amp;Anónimo (sin nombre en el acta)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Other owners:</source>
        <translation>&amp;Otros responsables:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Punto de la agenda:</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owners not on the roster, separated by commas</source>
        <translation>Responsables que no figuran entre los participantes, separados por comas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>Tags, separated by spaces</source>
        <translation>Etiquetas, separadas por espacios</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
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

Conflicto de sincronización: también se conserva desde otro portátil:
%2
(Resolver conflicto… lo resuelve.)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Case synthesis</source>
        <translation>Síntesis del caso</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Aporte</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Group report</source>
        <translation>Informe del grupo</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Peer feedback</source>
        <translation>Retroalimentación de pares</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Presenter&apos;s response</source>
        <translation>Respuesta de quien presenta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Vote result</source>
        <translation>Resultado de la votación</translation>
    </message>
    <message>
        <source>⚠ In conflict: %1</source>
        <translation>⚠ En conflicto: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantView</name>
    <message>
        <source>%1 — contributions</source>
        <translation>%1 — contribuciones</translation>
    </message>
    <message>
        <source>Double-click or Enter shows an entry in the capture tab.</source>
        <translation>Doble clic o Intro muestra una entrada en la pestaña Captura.</translation>
    </message>
    <message>
        <source>What they &amp;own (%1)</source>
        <translation>Lo que le &amp;corresponde (%1)</translation>
    </message>
    <message>
        <source>What they &amp;said (%1)</source>
        <translation>Lo que &amp;dijo (%1)</translation>
    </message>
    <message>
        <source>What they own</source>
        <translation>Lo que le corresponde</translation>
    </message>
    <message>
        <source>What they own: no actions</source>
        <translation>Le corresponde: ninguna acción</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Lo que dijo</translation>
    </message>
    <message>
        <source>What they said: nothing captured yet (quotes, mentions)</source>
        <translation>Lo que dijo: nada capturado todavía (citas, menciones)</translation>
    </message>
</context>
<context>
    <name>ParticipantsControl</name>
    <message>
        <source>Open to &amp;participants…</source>
        <translation>Abrir a los &amp;participantes…</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n teléfono conectado</numerusform>
            <numerusform>%n teléfonos conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close to participants</source>
        <translation>&amp;Cerrar a los participantes</translation>
    </message>
    <message>
        <source>&amp;Give the name to this phone</source>
        <translation>&amp;Dar el nombre a este teléfono</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Remove this phone</source>
        <translation>&amp;Quitar este teléfono</translation>
    </message>
    <message>
        <source>A fixed port helps when a firewall must let it in.</source>
        <translation>Un puerto fijo ayuda cuando un cortafuegos debe dejarlo pasar.</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Cualquier puerto libre</translation>
    </message>
    <message>
        <source>Approve what phones typed before the projector shows it.</source>
        <translation>Aprobar lo que escribieron los teléfonos antes de que el proyector lo muestre.</translation>
    </message>
    <message>
        <source>Asks for %1</source>
        <translation>Pide %1</translation>
    </message>
    <message>
        <source>Names claimed a second time</source>
        <translation>Nombres pedidos por segunda vez</translation>
    </message>
    <message>
        <source>Names claimed a second time:</source>
        <translation>Nombres pedidos por segunda vez:</translation>
    </message>
    <message>
        <source>No name yet</source>
        <translation>Aún sin nombre</translation>
    </message>
    <message>
        <source>Not open.</source>
        <translation>No abierto.</translation>
    </message>
    <message>
        <source>Open %1 to participants</source>
        <translation>Abrir %1 a los participantes</translation>
    </message>
    <message>
        <source>Open to participants</source>
        <translation>Abrir a los participantes</translation>
    </message>
    <message>
        <source>Participants&apos; address</source>
        <translation>Dirección de los participantes</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Phones may take part &amp;anonymously</source>
        <translation>Los teléfonos pueden participar de forma &amp;anónima</translation>
    </message>
    <message>
        <source>Phones on the same network open the address below (or scan the code) to follow the agenda and take part. The address is plain HTTP: its secret part keeps out people who cannot see this screen, not someone watching the network.</source>
        <translation>Los teléfonos de la misma red abren la dirección de abajo (o escanean el código) para seguir la agenda y participar. La dirección es HTTP simple: su parte secreta deja fuera a quien no ve esta pantalla, no a quien vigila la red.</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Teléfonos:</translation>
    </message>
    <message>
        <source>QR code of the participants&apos; address</source>
        <translation>Código QR de la dirección de los participantes</translation>
    </message>
    <message>
        <source>Show the code on the pro&amp;jector (Q)</source>
        <translation>Mostrar el código en el pro&amp;yector (Q)</translation>
    </message>
    <message>
        <source>The page could not be served on this network: %1.</source>
        <translation>No se pudo servir la página en esta red: %1.</translation>
    </message>
    <message>
        <source>The phone must open the address again; its name is free to claim.</source>
        <translation>El teléfono debe abrir la dirección de nuevo; su nombre queda libre.</translation>
    </message>
    <message>
        <source>The room&apos;s p&amp;hones…</source>
        <translation>Los telé&amp;fonos de la sala…</translation>
    </message>
</context>
<context>
    <name>PeerReviewPublic</name>
    <message>
        <source>Case %1 of %2</source>
        <translation>Caso %1 de %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Peer review: the next case starts soon.</source>
        <translation>Revisión entre pares: el próximo caso empieza pronto.</translation>
    </message>
</context>
<context>
    <name>PeerReviewScreen</name>
    <message>
        <source>%1 — %2, %3 left for this case</source>
        <translation>%1 — %2, quedan %3 para este caso</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 used</source>
        <translation>%1: %2 usados de %3</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) were captured on this case. They stay in the capture; remove the case from the review?</source>
        <translation>
            <numerusform>Se registró %n entrada sobre este caso. Se queda en el registro; ¿quitar el caso de la revisión?</numerusform>
            <numerusform>Se registraron %n entradas sobre este caso. Se quedan en el registro; ¿quitar el caso de la revisión?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback</source>
        <translation>
            <numerusform>%n retroalimentación</numerusform>
            <numerusform>%n retroalimentaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Begin its phases</source>
        <translation>Iniciar sus &amp;fases</translation>
    </message>
    <message>
        <source>Add &amp;this case</source>
        <translation>A&amp;ñadir caso</translation>
    </message>
    <message>
        <source>Add a case</source>
        <translation>Añadir un caso</translation>
    </message>
    <message>
        <source>Add or change a case</source>
        <translation>Añadir o cambiar un caso</translation>
    </message>
    <message>
        <source>Add the cases under review below: presenter, organisation, city, topic.</source>
        <translation>Añada abajo los casos a revisar: quien presenta, organización, ciudad, tema.</translation>
    </message>
    <message numerus="yes">
        <source>Average rating: %1 of 5 (%n rating(s))</source>
        <translation>
            <numerusform>Valoración media: %1 de 5 (%n valoración)</numerusform>
            <numerusform>Valoración media: %1 de 5 (%n valoraciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Capture feedback</source>
        <translation>Registrar retroalimentación</translation>
    </message>
    <message>
        <source>Capture the case&apos;s synthesis</source>
        <translation>Registrar la síntesis del caso</translation>
    </message>
    <message>
        <source>Capture the presenter&apos;s response</source>
        <translation>Registrar la respuesta de quien presenta</translation>
    </message>
    <message>
        <source>Cases under review</source>
        <translation>Casos en revisión</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Desafíos</translation>
    </message>
    <message>
        <source>Change a case</source>
        <translation>Cambiar un caso</translation>
    </message>
    <message>
        <source>Change feedback</source>
        <translation>Cambiar una retroalimentación</translation>
    </message>
    <message>
        <source>Choose the case the room reviews now (Review this case).</source>
        <translation>Elija el caso que la sala revisa ahora (Revisar este caso).</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <source>Ctrl+Enter in the boxes</source>
        <translation>Ctrl+Intro en los cuadros de texto</translation>
    </message>
    <message>
        <source>Ctrl+Enter in the form</source>
        <translation>Ctrl+Intro en el formulario</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>Borrar una retroalimentación</translation>
    </message>
    <message>
        <source>Delete th&amp;is feedback</source>
        <translation>&amp;Borrar esta retroalimentación</translation>
    </message>
    <message>
        <source>Enter on a feedback puts it in the form to change</source>
        <translation>Intro en una retroalimentación la pone en el formulario para cambiarla</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <source>Feedback (add a case first)</source>
        <translation>Retroalimentación (añada primero un caso)</translation>
    </message>
    <message>
        <source>Feedback given on this case</source>
        <translation>Retroalimentación dada sobre este caso</translation>
    </message>
    <message>
        <source>Feedback on %1</source>
        <translation>Retroalimentación sobre el caso de %1</translation>
    </message>
    <message>
        <source>Feedback so far:</source>
        <translation>Retroalimentación hasta ahora:</translation>
    </message>
    <message>
        <source>On now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Phases for this case:</source>
        <translation>Fases de este caso:</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Quien presenta</translation>
    </message>
    <message>
        <source>Presenter not named</source>
        <translation>Quien presenta sin nombre</translation>
    </message>
    <message>
        <source>Presenter:</source>
        <translation>Presenta:</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Rem&amp;ove case</source>
        <translation>&amp;Quitar caso</translation>
    </message>
    <message>
        <source>Remove a case</source>
        <translation>Quitar un caso</translation>
    </message>
    <message>
        <source>Remove the case</source>
        <translation>Quitar el caso</translation>
    </message>
    <message>
        <source>Response and synthesis</source>
        <translation>Respuesta y síntesis</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Revie&amp;w this case</source>
        <translation>&amp;Revisar este caso</translation>
    </message>
    <message>
        <source>Review the next case</source>
        <translation>Pasar al siguiente caso</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save feedbac&amp;k</source>
        <translation>Guardar retroali&amp;mentación</translation>
    </message>
    <message>
        <source>Save response and s&amp;ynthesis</source>
        <translation>Guardar respuesta y sí&amp;ntesis</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Synthesis of the case</source>
        <translation>Síntesis del caso</translation>
    </message>
    <message>
        <source>Synthesis:</source>
        <translation>Síntesis:</translation>
    </message>
    <message>
        <source>The method&apos;s phases for this case</source>
        <translation>Las fases del método para este caso</translation>
    </message>
    <message>
        <source>The presenter&apos;s response</source>
        <translation>La respuesta de quien presenta</translation>
    </message>
    <message>
        <source>The room moves to this case and the method&apos;s first phase starts for it</source>
        <translation>La sala pasa a este caso y la primera fase del método empieza para él</translation>
    </message>
    <message>
        <source>This method item has no phases: add them in the agenda.</source>
        <translation>Este punto de método no tiene fases: añádalas en el orden del día.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Transferable</source>
        <translation>Transferible</translation>
    </message>
    <message>
        <source>U&amp;pdate case</source>
        <translation>Act&amp;ualizar caso</translation>
    </message>
    <message>
        <source>Where the review stands</source>
        <translation>En qué punto está la revisión</translation>
    </message>
    <message>
        <source>rating %1/5</source>
        <translation>valoración %1/5</translation>
    </message>
    <message>
        <source>response</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>síntesis</translation>
    </message>
    <message>
        <source>▶ %1: %2 left</source>
        <translation>▶ %1: quedan %2</translation>
    </message>
    <message>
        <source>▶ %1: %2 over</source>
        <translation>▶ %1: %2 de exceso</translation>
    </message>
</context>
<context>
    <name>PhotoModel</name>
    <message>
        <source>(no caption)</source>
        <translation>(sin pie de foto)</translation>
    </message>
    <message>
        <source>Original kept</source>
        <translation>Original conservado</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Foto: %1</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is %2 pixels, more than %4 megapixels. Save a smaller copy and attach that.</source>
        <translation>%1 tiene %2 píxeles, más de %4 megapíxeles. Guarde una copia más pequeña y adjúntela.</translation>
    </message>
    <message>
        <source>%1 is larger than %3 MB. Save a smaller copy (most photo apps can export at a lower size) and attach that.</source>
        <translation>%1 supera los %3 MB. Guarde una copia más pequeña (la mayoría de las aplicaciones de fotos pueden exportar a un tamaño menor) y adjúntela.</translation>
    </message>
    <message>
        <source>%1 is not a picture. Attach a JPEG, PNG, GIF, WebP, BMP or TIFF file.</source>
        <translation>%1 no es una imagen. Adjunte un archivo JPEG, PNG, GIF, WebP, BMP o TIFF.</translation>
    </message>
    <message>
        <source>%1 looks like a picture but cannot be decoded (%2).</source>
        <translation>%1 parece una imagen, pero no se puede descodificar (%2).</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Also keep each original file, full size, beside the scaled photo</source>
        <translation>Conservar también cada archivo original, a tamaño completo, junto a la foto reducida</translation>
    </message>
    <message>
        <source>Attach &amp;photo…</source>
        <translation>Adjuntar &amp;foto…</translation>
    </message>
    <message>
        <source>Attach photo</source>
        <translation>Adjuntar foto</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Adjuntar fotos</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>&amp;Pie de foto</translation>
    </message>
    <message>
        <source>Choose an agenda item or an entry to attach photos to it.</source>
        <translation>Elija un punto del orden del día o una entrada para adjuntarle fotos.</translation>
    </message>
    <message>
        <source>Choose the agenda item the room is on, or select an entry, then attach the photo again.</source>
        <translation>Elija el punto del orden del día en curso en la sala, o seleccione una entrada, y vuelva a adjuntar la foto.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n photo(s)</source>
        <translation>
            <numerusform>Eliminar %n foto</numerusform>
            <numerusform>Eliminar %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>Eliminar foto</translation>
    </message>
    <message>
        <source>Keep originals</source>
        <translation>Conservar los originales</translation>
    </message>
    <message numerus="yes">
        <source>Photo not attached</source>
        <translation>
            <numerusform>Foto no adjuntada</numerusform>
            <numerusform>Fotos no adjuntadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Photos attach to: %1</source>
        <translation>Las fotos se adjuntarán a: %1</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n photo(s)…</source>
        <translation>
            <numerusform>Preparando %n foto…</numerusform>
            <numerusform>Preparando %n fotos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>This photo cannot be shown: its image is damaged.</source>
        <translation>No se puede mostrar esta foto: su imagen está dañada.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Los del sistema (claro u oscuro)</translation>
    </message>
    <message>
        <source>Forum Desktop records who made each change, so that notes from several laptops can be merged and credited. This is stored on this laptop only.</source>
        <translation>Forum Desktop registra quién hizo cada cambio, para poder combinar y atribuir las notas de varios portátiles. Esta información solo se guarda en este portátil.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Who is using this laptop?</source>
        <translation>¿Quién usa este portátil?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Su organización</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Su rol</translation>
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
        <translation>%1 (nueva agenda)</translation>
    </message>
    <message>
        <source>%1 (translation of this agenda)</source>
        <translation>%1 (traducción de esta agenda)</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items will be created. Nothing is saved until you import.</source>
        <translation>
            <numerusform>Se creará %n punto del orden del día. No se guarda nada hasta que importe.</numerusform>
            <numerusform>Se crearán %n puntos del orden del día. No se guarda nada hasta que importe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are left unpaired: see why in the table.</source>
        <translation>
            <numerusform>%n fila queda sin emparejar: vea por qué en la tabla.</numerusform>
            <numerusform>%n filas quedan sin emparejar: vea por qué en la tabla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texts of the note will be the agenda&apos;s translations. Nothing is saved until you import.</source>
        <translation>
            <numerusform>%n texto de la nota será una traducción de la agenda. No se guarda nada hasta que importe.</numerusform>
            <numerusform>%n textos de la nota serán las traducciones de la agenda. No se guarda nada hasta que importe.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Abrir archivo…</translation>
    </message>
    <message>
        <source>&amp;Put items in:</source>
        <translation>&amp;Poner los puntos en:</translation>
    </message>
    <message>
        <source>&amp;Read into:</source>
        <translation>&amp;Leer en:</translation>
    </message>
    <message>
        <source>&amp;Year of dates without one:</source>
        <translation>&amp;Año de las fechas que no lo indican:</translation>
    </message>
    <message>
        <source>Add the objectives found</source>
        <translation>Añadir los objetivos encontrados</translation>
    </message>
    <message>
        <source>Append to “%1”</source>
        <translation>Añadir al final de «%1»</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Duration of “%1”</source>
        <translation>Duración de «%1»</translation>
    </message>
    <message>
        <source>Import a programme</source>
        <translation>Importar un programa</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>New sessions, one per day</source>
        <translation>Nuevas sesiones, una por día</translation>
    </message>
    <message>
        <source>Open a programme</source>
        <translation>Abrir un programa</translation>
    </message>
    <message>
        <source>Paste or open the translated note: its days and items will be paired with this agenda&apos;s by date, time and order.</source>
        <translation>Pegue o abra la nota traducida: sus días y puntos se emparejarán con los de esta agenda por fecha, hora y orden.</translation>
    </message>
    <message>
        <source>Paste the concept note or programme here, or open a .txt or .md file.</source>
        <translation>Pegue aquí la nota conceptual o el programa, o abra un archivo .txt o .md.</translation>
    </message>
    <message>
        <source>Programme text</source>
        <translation>Texto del programa</translation>
    </message>
    <message>
        <source>Read the note into</source>
        <translation>Idioma en el que leer la nota</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation>Texto (*.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Use the rest as the event&apos;s &amp;context</source>
        <translation>Usar el resto como &amp;contexto del evento</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation>Lo que se creará</translation>
    </message>
    <message>
        <source>Where to put the items</source>
        <translation>Dónde poner los puntos</translation>
    </message>
    <message>
        <source>Year of dates without one</source>
        <translation>Año de las fechas que no lo indican</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>por confirmar</translation>
    </message>
    <message>
        <source>⚠ none</source>
        <translation>⚠ ninguna</translation>
    </message>
</context>
<context>
    <name>ProgrammePairsTable</name>
    <message>
        <source>From the note</source>
        <translation>En la nota</translation>
    </message>
    <message>
        <source>In the agenda</source>
        <translation>En la agenda</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Sin emparejar</translation>
    </message>
    <message>
        <source>Pairs of the agenda and the note</source>
        <translation>Parejas de la agenda y la nota</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>ProjectorControl</name>
    <message>
        <source>Also in %1</source>
        <translation>También: %1</translation>
    </message>
    <message>
        <source>Display %1 (%2×%3)</source>
        <translation>Pantalla %1 (%2×%3)</translation>
    </message>
    <message>
        <source>Display for the projector window</source>
        <translation>Pantalla para la ventana del proyector</translation>
    </message>
    <message>
        <source>Projector in a second language</source>
        <translation>Proyector en un segundo idioma</translation>
    </message>
    <message>
        <source>Show the item&apos;s title and guiding question in the event&apos;s second working language too, smaller, under the main language&apos;s.</source>
        <translation>Mostrar también el título y la pregunta guía del punto en el segundo idioma de trabajo del evento, más pequeños, bajo los del idioma principal.</translation>
    </message>
    <message>
        <source>The projector window is on the same display as this console. If the displays are mirrored, the room sees your notes and this console: choose another display, or set the displays to extend.</source>
        <translation>La ventana del proyector está en la misma pantalla que esta consola. Si las pantallas están duplicadas, la sala ve sus notas y esta consola: elija otra pantalla o configure las pantallas en modo extendido.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Almost done</source>
        <translation>Casi terminado</translation>
    </message>
    <message>
        <source>Back at %1</source>
        <translation>Reanudamos a las %1</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>End of the session</source>
        <translation>Fin de la sesión</translation>
    </message>
    <message>
        <source>Forum Desktop — projector</source>
        <translation>Forum Desktop — proyector</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Projector window</source>
        <translation>Ventana del proyector</translation>
    </message>
    <message>
        <source>Time is up — over time</source>
        <translation>Tiempo agotado — fuera de tiempo</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n voto</numerusform>
            <numerusform>%n votos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Answered…</source>
        <translation>&amp;Respondida…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>Responder a una pregunta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Dismiss a question</source>
        <translation>Descartar una pregunta</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Mark the question answered, with a note of the answer for the minutes.</source>
        <translation>Marcar la pregunta como respondida, con una nota de la respuesta para el acta.</translation>
    </message>
    <message>
        <source>Question answered</source>
        <translation>Pregunta respondida</translation>
    </message>
    <message>
        <source>Questions from phones</source>
        <translation>Preguntas de los teléfonos</translation>
    </message>
    <message>
        <source>Set the question aside (off topic, asked twice): the minutes leave it out.</source>
        <translation>Descartar la pregunta (fuera de tema, repetida): el acta no la incluye.</translation>
    </message>
    <message>
        <source>The answer, for the minutes (may stay empty):</source>
        <translation>La respuesta, para el acta (puede quedar vacía):</translation>
    </message>
</context>
<context>
    <name>RehearsalStart</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Preparing the rehearsal: copying the database…</source>
        <translation>Preparando el ensayo: copiando la base de datos…</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Ensayo</translation>
    </message>
    <message>
        <source>Rehearsal cancelled: nothing was copied.</source>
        <translation>Ensayo cancelado: no se ha copiado nada.</translation>
    </message>
    <message>
        <source>Rehearsal cancelled: the copy was deleted.</source>
        <translation>Ensayo cancelado: la copia se ha eliminado.</translation>
    </message>
    <message>
        <source>The rehearsal did not start (%1). The event is unchanged.</source>
        <translation>El ensayo no empezó (%1). El evento no ha cambiado.</translation>
    </message>
    <message>
        <source>The rehearsal did not start: another program is writing to the database. Try again in a moment; the event is unchanged.</source>
        <translation>El ensayo no empezó: otro programa está escribiendo en la base de datos. Inténtelo de nuevo en un momento; el evento no ha cambiado.</translation>
    </message>
    <message>
        <source>The rehearsal did not start: the disk is full. Free some space and try again; the event is unchanged.</source>
        <translation>El ensayo no empezó: el disco está lleno. Libere espacio e inténtelo de nuevo; el evento no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>RehearsalWindow</name>
    <message>
        <source>Rehearsal</source>
        <translation>Ensayo</translation>
    </message>
    <message>
        <source>Rehearsal — %1</source>
        <translation>Ensayo — %1</translation>
    </message>
    <message>
        <source>Rehearsal: timed from now, on a copy. Nothing done here is kept, synced or in the minutes; close this window to end it.</source>
        <translation>Ensayo: cronometrado desde ahora, en una copia. Nada de lo hecho aquí se guarda, se sincroniza ni pasa al acta; cierre esta ventana para terminarlo.</translation>
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
        <translation>%1: suprimido</translation>
    </message>
    <message>
        <source>&amp;Drop optional items</source>
        <translation>&amp;Suprimir los puntos opcionales</translation>
    </message>
    <message>
        <source>&amp;Move the session&apos;s end</source>
        <translation>&amp;Desplazar el final de la sesión</translation>
    </message>
    <message>
        <source>&amp;Shorten the flexible items</source>
        <translation>&amp;Acortar los puntos flexibles</translation>
    </message>
    <message>
        <source>Does not fit: still %1 over.</source>
        <translation>No cabe: todavía %1 de más.</translation>
    </message>
    <message>
        <source>Ends at %1</source>
        <translation>Termina a las %1</translation>
    </message>
    <message>
        <source>Fits.</source>
        <translation>Cabe en el tiempo.</translation>
    </message>
    <message>
        <source>Nothing to change this way.</source>
        <translation>Nada que cambiar de esta forma.</translation>
    </message>
    <message>
        <source>Re-plan the rest of the session</source>
        <translation>Replanificar el resto de la sesión</translation>
    </message>
    <message>
        <source>Still late for its fixed start: %1</source>
        <translation>Sigue con retraso sobre su hora fija: %1</translation>
    </message>
    <message>
        <source>The session is projected to end %1 after its planned end.</source>
        <translation>Se prevé que la sesión termine %1 después del final previsto.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>Las copias de seguridad se guardan en %1</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. What is in the database now is kept aside as a backup first, so a restore can itself be undone by restoring that copy.</source>
        <translation>Elija la copia a la que volver. Lo que contiene ahora la base de datos se guarda antes como copia de seguridad, de modo que una restauración puede deshacerse restaurando esa copia.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>at start</source>
        <translation>al iniciar</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>cada hora</translation>
    </message>
</context>
<context>
    <name>RoomConsole</name>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Evaluación</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>Phones&apos; &amp;texts</source>
        <translation>&amp;Textos de los teléfonos</translation>
    </message>
    <message>
        <source>The room&apos;s phones</source>
        <translation>Los teléfonos de la sala</translation>
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

Conflicto de sincronización: también se conserva desde otro portátil:
%2
(Resolver conflicto… lo resuelve.)</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Do not name me</source>
        <translation>No nombrarme</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Editar %1 de %2</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>Marcar a %1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Con nombre</translation>
    </message>
    <message>
        <source>Named in minutes</source>
        <translation>Con nombre en el acta</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>Sin fotos</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Onsite / online</source>
        <translation>Presencial / en línea</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Photos allowed</source>
        <translation>Fotos permitidas</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>⚠ In conflict: %1</source>
        <translation>⚠ En conflicto: %1</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 de %2 personas</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Añadir persona</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Late</source>
        <translation>&amp;Tarde</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presente</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>A&amp;usente</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose between the versions two laptops typed for the selected person</source>
        <translation>Elegir entre las versiones que dos portátiles escribieron para la persona seleccionada</translation>
    </message>
    <message>
        <source>Con&amp;tributions…</source>
        <translation>Con&amp;tribuciones…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Exportar participantes</translation>
    </message>
    <message>
        <source>Filter by name, organisation, city…</source>
        <translation>Filtrar por nombre, organización, ciudad…</translation>
    </message>
    <message>
        <source>Filter the roster</source>
        <translation>Filtrar los participantes</translation>
    </message>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Importar %n persona</numerusform>
            <numerusform>Importar %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Marcar como: %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Nobody on the roster yet.
Add people one by one (Ctrl+Shift+A) or import a spreadsheet saved as CSV.</source>
        <translation>Todavía no hay participantes.
Añada personas una a una (Ctrl+Mayús+A) o importe una hoja de cálculo guardada como CSV.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar a %1</translation>
    </message>
    <message>
        <source>Resolve &amp;conflict…</source>
        <translation>Resolver &amp;conflicto…</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>What the selected person said and owns (Ctrl+Shift+O)</source>
        <translation>Lo que dijo la persona seleccionada y lo que le corresponde (Ctrl+Mayús+O)</translation>
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
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>Answer of the person speaking</source>
        <translation>Respuesta de quien habla</translation>
    </message>
    <message>
        <source>Call &amp;back</source>
        <translation>Vo&amp;lver a llamar</translation>
    </message>
    <message>
        <source>Drag a name, or press Ctrl+Up / Ctrl+Down, to change the order.</source>
        <translation>Arrastre un nombre, o pulse Ctrl+Arriba / Ctrl+Abajo, para cambiar el orden.</translation>
    </message>
    <message>
        <source>Enter or F4: save the answer, next person · Shift+F4: skip for now</source>
        <translation>Intro o F4: guardar la respuesta, siguiente persona · Mayús+F4: saltar por ahora</translation>
    </message>
    <message>
        <source>Enter saves the answer against the speaker&apos;s name and gives the floor to the next person; with nothing typed, Enter only moves on.</source>
        <translation>Intro guarda la respuesta con el nombre de quien habla y da la palabra a la siguiente persona; si no hay nada escrito, Intro solo pasa a la siguiente.</translation>
    </message>
    <message>
        <source>Give the floor to the person chosen in the skipped list or in the order.</source>
        <translation>Dar la palabra a la persona elegida en la lista de saltados o en el orden.</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Pregunta guía</translation>
    </message>
    <message>
        <source>Mark absen&amp;t</source>
        <translation>&amp;Marcar ausente</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Ne&amp;xt person</source>
        <translation>Si&amp;guiente persona</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Siguiente persona</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Siguiente persona</translation>
    </message>
    <message>
        <source>Progress of the round</source>
        <translation>Avance de la ronda</translation>
    </message>
    <message>
        <source>Roster &amp;order</source>
        <translation>Orden de &amp;base</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Saltar por a&amp;hora</translation>
    </message>
    <message>
        <source>Shuff&amp;le</source>
        <translation>Orden al a&amp;zar</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Saltar por ahora</translation>
    </message>
    <message>
        <source>Skipped, to come back to</source>
        <translation>Saltados, para volver a llamar</translation>
    </message>
    <message>
        <source>Skipped, to come back to:</source>
        <translation>Saltados, para volver a llamar:</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>Tiene la palabra</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>Orden de palabra</translation>
    </message>
    <message>
        <source>T&amp;ime each:</source>
        <translation>Tiempo por perso&amp;na:</translation>
    </message>
    <message>
        <source>Time for each person, in seconds</source>
        <translation>Tiempo para cada persona, en segundos</translation>
    </message>
    <message>
        <source>Time the round needs</source>
        <translation>Tiempo que necesita la ronda</translation>
    </message>
    <message>
        <source>What they answered</source>
        <translation>Lo que respondió la persona</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
</context>
<context>
    <name>RoundRobinPublic</name>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 spoken</source>
        <translation>%1 hablando</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Pregunta guía</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Siguiente persona</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>People in the round: %1</source>
        <translation>Personas en la ronda: %1</translation>
    </message>
    <message>
        <source>Progress of the round</source>
        <translation>Avance de la ronda</translation>
    </message>
    <message>
        <source>Round complete: everyone has spoken</source>
        <translation>Ronda terminada: todos han hablado</translation>
    </message>
    <message>
        <source>Speaker&apos;s time left</source>
        <translation>Tiempo restante de quien habla</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>Tiene la palabra</translation>
    </message>
    <message>
        <source>Time is up: over by %1</source>
        <translation>Se acabó el tiempo: excedido en %1</translation>
    </message>
</context>
<context>
    <name>RoundRobinScreen</name>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 people × %2 = %3: more than the %4 min of “%5”.</source>
        <translation>%1 personas × %2 = %3: más que los %4 min de «%5».</translation>
    </message>
    <message>
        <source>%1 spoken</source>
        <translation>%1 hablando</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the round</source>
        <translation>
            <numerusform>%n persona en la ronda</numerusform>
            <numerusform>%n personas en la ronda</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back %1</source>
        <translation>Volver a llamar a %1</translation>
    </message>
    <message>
        <source>Change the order</source>
        <translation>Cambiar el orden</translation>
    </message>
    <message>
        <source>Choose the answers to group in the list first.</source>
        <translation>Elija primero en la lista las respuestas que agrupar.</translation>
    </message>
    <message>
        <source>Everyone present has spoken.</source>
        <translation>Todas las personas presentes han hablado.</translation>
    </message>
    <message>
        <source>Group answers into a theme</source>
        <translation>Agrupar respuestas en un tema</translation>
    </message>
    <message>
        <source>Guiding question: %1</source>
        <translation>Pregunta guía: %1</translation>
    </message>
    <message>
        <source>Mark absen&amp;t</source>
        <translation>&amp;Marcar ausente</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Marcar ausente</translation>
    </message>
    <message>
        <source>Mark presen&amp;t</source>
        <translation>&amp;Marcar presente</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Marcar presente</translation>
    </message>
    <message>
        <source>Merge two themes</source>
        <translation>Fusionar dos temas</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Siguiente persona</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Nobody has the floor: press Next person (F4) to give it.</source>
        <translation>Nadie tiene la palabra: pulse Siguiente persona (F4) para darla.</translation>
    </message>
    <message>
        <source>Nobody is in the round: add people in the Roster tab.</source>
        <translation>Nadie en la ronda: añada personas en la pestaña Participantes.</translation>
    </message>
    <message>
        <source>Order as on the roster</source>
        <translation>Orden de la lista de participantes</translation>
    </message>
    <message>
        <source>Rename a theme</source>
        <translation>Renombrar un tema</translation>
    </message>
    <message numerus="yes">
        <source>Round complete: all %n have spoken</source>
        <translation>
            <numerusform>Ronda terminada: la persona ha hablado</numerusform>
            <numerusform>Ronda terminada: las %n personas han hablado</numerusform>
        </translation>
    </message>
    <message>
        <source>Shuffle the order</source>
        <translation>Sortear el orden</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Saltar por ahora</translation>
    </message>
    <message>
        <source>Speaking now: %1</source>
        <translation>Tiene la palabra: %1</translation>
    </message>
    <message>
        <source>Speaking now: %1 (%2)</source>
        <translation>Tiene la palabra: %1 (%2)</translation>
    </message>
    <message>
        <source>The round</source>
        <translation>La ronda</translation>
    </message>
    <message>
        <source>Themes of the answers</source>
        <translation>Temas de las respuestas</translation>
    </message>
    <message>
        <source>Time for each person</source>
        <translation>Tiempo para cada persona</translation>
    </message>
    <message>
        <source>Time is up: over by %1</source>
        <translation>Se acabó el tiempo: excedido en %1</translation>
    </message>
    <message>
        <source>Type the name of the theme to merge the chosen one into.</source>
        <translation>Escriba el nombre del tema en el que fusionar el tema elegido.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>speaking now</source>
        <translation>tiene la palabra</translation>
    </message>
    <message>
        <source>spoke</source>
        <translation>ha hablado</translation>
    </message>
</context>
<context>
    <name>RoundRobinThemes</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answers to &amp;group:</source>
        <translation>Respuestas que agr&amp;upar:</translation>
    </message>
    <message>
        <source>Answers to group into themes</source>
        <translation>Respuestas que agrupar en temas</translation>
    </message>
    <message>
        <source>Choose answers (Shift or Ctrl with the arrows), press Ctrl+G, type a theme&apos;s name (a new one or an existing one) and press Enter. Or drag them onto a theme.</source>
        <translation>Elija respuestas (Mayús o Ctrl con las flechas), pulse Ctrl+G, escriba el nombre de un tema (nuevo o existente) y pulse Intro. O arrástrelas sobre un tema.</translation>
    </message>
    <message>
        <source>Drag answers here or press Ctrl+G to make a theme</source>
        <translation>Arrastre respuestas aquí o pulse Ctrl+G para crear un tema</translation>
    </message>
    <message>
        <source>Drop answers here for a new theme</source>
        <translation>Suelte aquí respuestas para un tema nuevo</translation>
    </message>
    <message>
        <source>Put the chosen answers in a theme</source>
        <translation>Poner las respuestas elegidas en un tema</translation>
    </message>
    <message>
        <source>Put the chosen answers in this theme</source>
        <translation>Poner las respuestas elegidas en este tema</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>&amp;End the session</source>
        <translation>&amp;Terminar sesión</translation>
    </message>
    <message>
        <source>Change the item&apos;s time</source>
        <translation>Cambiar la duración del punto</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>End the session now? Its times are kept; Edit ▸ Undo takes this back.</source>
        <translation>¿Terminar la sesión ahora? Sus tiempos se conservan; Editar ▸ Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>End the turn</source>
        <translation>Terminar el turno</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Dar la palabra</translation>
    </message>
    <message>
        <source>Jump to item</source>
        <translation>Ir al punto</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Punto siguiente</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Punto anterior</translation>
    </message>
    <message>
        <source>Re-plan the rest of the session</source>
        <translation>Replanificar el resto de la sesión</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume the session</source>
        <translation>Reanudar la sesión</translation>
    </message>
    <message>
        <source>Resume where we stopped</source>
        <translation>Reanudar donde lo dejamos</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Volver a realizar</translation>
    </message>
    <message>
        <source>Run the session again</source>
        <translation>Volver a realizar la sesión</translation>
    </message>
    <message>
        <source>Skip item</source>
        <translation>Saltar el punto</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Iniciar la sesión</translation>
    </message>
    <message>
        <source>Start the session before timing speakers.</source>
        <translation>Inicie la sesión antes de cronometrar las intervenciones.</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>La sesión ha terminado</translation>
    </message>
    <message numerus="yes">
        <source>The session went on while Forum Desktop was closed (%n minute(s)); the timer kept running.</source>
        <translation>
            <numerusform>La sesión siguió mientras Forum Desktop estaba cerrado (%n minuto); el temporizador siguió en marcha.</numerusform>
            <numerusform>La sesión siguió mientras Forum Desktop estaba cerrado (%n minutos); el temporizador siguió en marcha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop slept for %n minute(s); the timer caught up with the clock.</source>
        <translation>
            <numerusform>Este portátil estuvo en suspensión %n minuto; el temporizador se ha puesto al día con el reloj.</numerusform>
            <numerusform>Este portátil estuvo en suspensión %n minutos; el temporizador se ha puesto al día con el reloj.</numerusform>
        </translation>
    </message>
    <message>
        <source>This session has ended. Resume where you stopped, or run it again from the start? Running it again keeps the earlier run&apos;s times; the minutes report the latest run.</source>
        <translation>Esta sesión ha terminado. ¿Reanudarla donde la dejaron o volver a realizarla desde el principio? Volver a realizarla conserva los tiempos de la anterior; el acta presenta la última.</translation>
    </message>
</context>
<context>
    <name>RunItemsModel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>now</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>passed over</source>
        <translation>no tratado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>&amp;Advance phases automatically</source>
        <translation>&amp;Avanzar las fases automáticamente</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>&amp;Terminar sesión</translation>
    </message>
    <message>
        <source>&amp;Give the floor</source>
        <translation>&amp;Dar la palabra</translation>
    </message>
    <message>
        <source>&amp;Hold screen</source>
        <translation>Pantalla de &amp;espera</translation>
    </message>
    <message>
        <source>&amp;Mute cues</source>
        <translation>Silen&amp;ciar señales</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>Punto &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pausa / reanudar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
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
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda and method screen</source>
        <translation>Agenda y pantalla del método</translation>
    </message>
    <message>
        <source>Capture %1</source>
        <translation>Capturar: %1</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Punto en curso</translation>
    </message>
    <message>
        <source>E&amp;nd the turn</source>
        <translation>Fin del t&amp;urno</translation>
    </message>
    <message>
        <source>Go to the running method&apos;s live screen (or the agenda when none runs).</source>
        <translation>Ir a la pantalla en vivo del método en curso (o a la agenda si no hay ninguno).</translation>
    </message>
    <message>
        <source>Guiding question: %1</source>
        <translation>Pregunta guía: %1</translation>
    </message>
    <message>
        <source>Instructions for this phase</source>
        <translation>Instrucciones de esta fase</translation>
    </message>
    <message>
        <source>Me&amp;thod screen</source>
        <translation>Pantalla del mé&amp;todo</translation>
    </message>
    <message>
        <source>Method phase</source>
        <translation>Fase del método</translation>
    </message>
    <message>
        <source>Notes (only on this screen): %1</source>
        <translation>Notas (solo en esta pantalla): %1</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>P&amp;revious item</source>
        <translation>Punto a&amp;nterior</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Phase %1 of %2 of “%3”</source>
        <translation>Fase %1 de %2 de «%3»</translation>
    </message>
    <message>
        <source>Planned end %1 · projected end %2 (%3)</source>
        <translation>Final previsto %1 · final estimado %2 (%3)</translation>
    </message>
    <message>
        <source>Planned for %1: if you start it today, it will follow its planned times.</source>
        <translation>Prevista para el %1: si la inicia hoy, seguirá sus horarios previstos.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Pro&amp;jector window</source>
        <translation>Ventana del pro&amp;yector</translation>
    </message>
    <message>
        <source>Projected end %1</source>
        <translation>Final estimado %1</translation>
    </message>
    <message>
        <source>Projector on:</source>
        <translation>Proyector en:</translation>
    </message>
    <message>
        <source>Re-&amp;plan…</source>
        <translation>Replani&amp;ficar…</translation>
    </message>
    <message>
        <source>Re-plan…</source>
        <translation>Replanificar…</translation>
    </message>
    <message>
        <source>Ready. Press F5 to start the session.</source>
        <translation>Listo. Pulse F5 para iniciar la sesión.</translation>
    </message>
    <message>
        <source>Rehearse…</source>
        <translation>Ensayar…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Run the session on a copy, timed from now: nothing of it is kept</source>
        <translation>Desarrollar la sesión en una copia, cronometrada desde ahora: no se guarda nada</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Running late: the session would end %1 after its planned end.</source>
        <translation>Con retraso: la sesión terminaría %1 después del final previsto.</translation>
    </message>
    <message>
        <source>S&amp;kip item</source>
        <translation>Sa&amp;ltar punto</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Entrada guardada en %1.</translation>
    </message>
    <message>
        <source>Session end</source>
        <translation>Final de la sesión</translation>
    </message>
    <message>
        <source>Session to run</source>
        <translation>Sesión que dirigir</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>The session is over.</source>
        <translation>La sesión ha terminado.</translation>
    </message>
    <message>
        <source>The session&apos;s items</source>
        <translation>Los puntos de la sesión</translation>
    </message>
    <message>
        <source>This event has no session yet: plan one in the Agenda tab.</source>
        <translation>Este evento todavía no tiene sesiones: planifique una en la pestaña Orden del día.</translation>
    </message>
    <message>
        <source>This session has no agenda items yet: add them in the Agenda tab.</source>
        <translation>Esta sesión todavía no tiene puntos en el orden del día: añádalos en la pestaña Orden del día.</translation>
    </message>
    <message>
        <source>Time is up: over by %1</source>
        <translation>Tiempo agotado: %1 de más</translation>
    </message>
    <message>
        <source>Time left on the current item</source>
        <translation>Tiempo restante del punto en curso</translation>
    </message>
    <message>
        <source>Time used on the current item</source>
        <translation>Tiempo usado del punto en curso</translation>
    </message>
    <message>
        <source>Timer state</source>
        <translation>Estado del temporizador</translation>
    </message>
    <message>
        <source>Untimed item: counting up</source>
        <translation>Punto sin duración: tiempo transcurrido</translation>
    </message>
    <message>
        <source>Warning: less than %1 left</source>
        <translation>Atención: quedan menos de %1</translation>
    </message>
    <message>
        <source>When a phase of a group method is up, go on to its next phase; after the last phase, the next item waits for you.</source>
        <translation>Cuando termina el tiempo de una fase de un método de grupo, pasar a la fase siguiente; tras la última fase, el punto siguiente le espera.</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>el evento</translation>
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
        <translation>Buscar en todos los eventos</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or shorter words.</source>
        <translation>No se encontró nada para «%1». Pruebe con menos palabras o más cortas.</translation>
    </message>
    <message>
        <source>Results: %1 — Enter opens the selected one</source>
        <translation>Resultados: %1 — Intro abre el seleccionado</translation>
    </message>
    <message>
        <source>Search all events</source>
        <translation>Buscar en todos los eventos</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Type to search all events</source>
        <translation>Escriba para buscar en todos los eventos</translation>
    </message>
    <message>
        <source>Words or the start of words…</source>
        <translation>Palabras o comienzos de palabras…</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Punto del programa</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
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
        <translation>%1 (el del evento)</translation>
    </message>
    <message>
        <source>%1, ending the next day</source>
        <translation>%1, termina al día siguiente</translation>
    </message>
    <message>
        <source>&amp;Chatham House rule: keep what is said, name nobody</source>
        <translation>Regla de &amp;Chatham House: conservar lo dicho, sin nombrar a nadie</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>&amp;Con fecha</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Timed</source>
        <translation>&amp;Con horario</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>De&amp;scripción:</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>Length of the session</source>
        <translation>Duración de la sesión</translation>
    </message>
    <message>
        <source>Link for online participants</source>
        <translation>Enlace para los participantes en línea</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Onsite, online or hybrid</source>
        <translation>Presencial, en línea o híbrida</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Timer &amp;warns at:</source>
        <translation>El temporizador &amp;avisa a:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Warn at most this many minutes before the end</source>
        <translation>Avisar como máximo tantos minutos antes del final</translation>
    </message>
    <message>
        <source>Warn at this share of an item&apos;s time</source>
        <translation>Avisar a esta parte del tiempo de un punto</translation>
    </message>
    <message>
        <source>What the session is about</source>
        <translation>De qué trata la sesión</translation>
    </message>
    <message>
        <source>of the item&apos;s time, at most</source>
        <translation>del tiempo del punto, como máximo</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Merge now</source>
        <translation>&amp;Fusionar ahora</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflictos…</translation>
    </message>
    <message>
        <source>Cannot share</source>
        <translation>No se puede compartir</translation>
    </message>
    <message>
        <source>Could not prepare %1: %2</source>
        <translation>No se pudo preparar %1: %2</translation>
    </message>
    <message>
        <source>Folder to share the event through</source>
        <translation>Carpeta a través de la que compartir el evento</translation>
    </message>
    <message>
        <source>Laptops working on this event merge their work through a shared folder: one that Syncthing, a cloud folder or a USB stick keeps in step. Each laptop adds its own files there; nothing is overwritten. The folder gets a short Syncthing how-to.</source>
        <translation>Los portátiles que trabajan en este evento fusionan su trabajo a través de una carpeta compartida: una que Syncthing, una carpeta en la nube o una memoria USB mantienen al día. Cada portátil añade allí sus propios archivos; nada se sobrescribe. La carpeta recibe unas breves instrucciones de Syncthing.</translation>
    </message>
    <message>
        <source>Not shared yet.</source>
        <translation>Todavía no compartido.</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Compartir %1</translation>
    </message>
    <message>
        <source>Shared through: %1</source>
        <translation>Compartido a través de: %1</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
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
        <translation>%1 tiene la palabra: %2</translation>
    </message>
    <message>
        <source>%1 has the floor: %2 left</source>
        <translation>%1 tiene la palabra: quedan %2</translation>
    </message>
    <message>
        <source>%1 is over their time: %2</source>
        <translation>%1 ha superado su tiempo: %2</translation>
    </message>
    <message>
        <source>End turn</source>
        <translation>Terminar turno</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Dar la palabra</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Nadie tiene la palabra.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Speaker timer</source>
        <translation>Temporizador de intervenciones</translation>
    </message>
    <message>
        <source>Speaker: a name</source>
        <translation>Ponente: un nombre</translation>
    </message>
    <message>
        <source>Spoke so far: %1</source>
        <translation>Intervenciones anteriores: %1</translation>
    </message>
    <message>
        <source>Time per speaker</source>
        <translation>Tiempo de palabra por persona</translation>
    </message>
    <message>
        <source>Type or choose the speaker&apos;s name first.</source>
        <translation>Escriba o elija primero el nombre de quien habla.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Choose a backup to restore in its place.</source>
        <translation>Elija una copia de seguridad para restaurarla en su lugar.</translation>
    </message>
    <message>
        <source>Forum Desktop is already open</source>
        <translation>Forum Desktop ya está abierto</translation>
    </message>
    <message>
        <source>No backups were found in %1.</source>
        <translation>No se encontró ninguna copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>The unreadable file was kept as %1.</source>
        <translation>El archivo ilegible se conservó como %1.</translation>
    </message>
</context>
<context>
    <name>StopWaiting</name>
    <message>
        <source>A merge from that folder is running: try again in a moment.</source>
        <translation>Hay una sincronización con esa carpeta en curso: inténtelo de nuevo en un momento.</translation>
    </message>
    <message numerus="yes">
        <source>No longer waiting for %n shared event(s) from %1: to bring them in later, join that folder again (File ▸ Join shared events…).</source>
        <translation>
            <numerusform>Ya no se espera %n evento compartido desde %1: para incorporarlo más tarde, vuelva a unirse a esa carpeta (Archivo ▸ Unirse a eventos compartidos…).</numerusform>
            <numerusform>Ya no se esperan %n eventos compartidos desde %1: para incorporarlos más tarde, vuelva a unirse a esa carpeta (Archivo ▸ Unirse a eventos compartidos…).</numerusform>
        </translation>
    </message>
    <message>
        <source>No shared event is awaited on this laptop.</source>
        <translation>No se espera ningún evento compartido en este portátil.</translation>
    </message>
    <message>
        <source>Shared events are awaited from several folders: stop waiting for those of which folder?</source>
        <translation>Se esperan eventos compartidos desde varias carpetas: ¿dejar de esperar los de qué carpeta?</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message numerus="yes">
        <source>Stop waiting for %n shared event(s) from %1? This laptop forgets that it joined them; File ▸ Join shared events… brings them in again.</source>
        <translation>
            <numerusform>¿Dejar de esperar %n evento compartido desde %1? Este portátil olvida que se unió a él; Archivo ▸ Unirse a eventos compartidos… lo vuelve a incorporar.</numerusform>
            <numerusform>¿Dejar de esperar %n eventos compartidos desde %1? Este portátil olvida que se unió a ellos; Archivo ▸ Unirse a eventos compartidos… los vuelve a incorporar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop waiting for shared events</source>
        <translation>Dejar de esperar eventos compartidos</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n thing(s) in the shared folder skipped, such as: %1</source>
        <translation>
            <numerusform>%n elemento de la carpeta compartida omitido, por ejemplo: %1</numerusform>
            <numerusform>%n elementos de la carpeta compartida omitidos, por ejemplo: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not sync: %1</source>
        <translation>No se pudo sincronizar: %1</translation>
    </message>
    <message>
        <source>Laptops seen: %1 · changes in: %2, out: %3 · unresolved conflicts: %4</source>
        <translation>Portátiles vistos: %1 · cambios recibidos: %2, enviados: %3 · conflictos por resolver: %4</translation>
    </message>
    <message>
        <source>Not merged yet.</source>
        <translation>Todavía no fusionado.</translation>
    </message>
    <message>
        <source>waiting for records: %1</source>
        <translation>esperando registros: %1</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>&amp;Delete template</source>
        <translation>&amp;Eliminar plantilla</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Date of the new session</source>
        <translation>Fecha de la nueva sesión</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete template %1</source>
        <translation>Eliminar la plantilla %1</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>¿Eliminar la plantilla «%1»?</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>New session from a template</source>
        <translation>Nueva sesión desde una plantilla</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>Template agenda</source>
        <translation>Orden del día de la plantilla</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Title of the new session</source>
        <translation>Título de la nueva sesión</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>integrada</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>A theme&apos;s name</source>
        <translation>El nombre de un tema</translation>
    </message>
    <message>
        <source>Drag ideas here or press Ctrl+G to make a theme</source>
        <translation>Arrastre ideas aquí o pulse Ctrl+G para crear un tema</translation>
    </message>
    <message>
        <source>Drop ideas here for a new theme</source>
        <translation>Suelte aquí para un tema nuevo</translation>
    </message>
    <message>
        <source>Give the chosen theme this name</source>
        <translation>Dar este nombre al tema elegido</translation>
    </message>
    <message>
        <source>Group the chosen ideas under this name</source>
        <translation>Agrupar las ideas elegidas bajo este nombre</translation>
    </message>
    <message>
        <source>Group under this name</source>
        <translation>Agrupar bajo este nombre</translation>
    </message>
    <message>
        <source>Merge into the named theme</source>
        <translation>Fusionar con el tema nombrado</translation>
    </message>
    <message>
        <source>Merge the chosen theme into the named one</source>
        <translation>Fusionar el tema elegido con el nombrado</translation>
    </message>
    <message>
        <source>Name of the new theme:</source>
        <translation>Nombre del tema nuevo:</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Tema nuevo</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>Nombre del tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Themes and their ideas</source>
        <translation>Los temas y sus ideas</translation>
    </message>
</context>
<context>
    <name>ThemesPublic</name>
    <message>
        <source>More themes</source>
        <translation>Otros temas</translation>
    </message>
    <message>
        <source>Theme and its ideas</source>
        <translation>Tema y sus ideas</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>… more themes: %1</source>
        <translation>… otros temas: %1</translation>
    </message>
</context>
<context>
    <name>TranslationRow</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Context in %1</source>
        <translation>Contexto: %1</translation>
    </message>
    <message>
        <source>Description in %1</source>
        <translation>Descripción: %1</translation>
    </message>
    <message>
        <source>Guiding question in %1</source>
        <translation>Pregunta guía: %1</translation>
    </message>
    <message>
        <source>The main language&apos;s text shows in its place until you type one.</source>
        <translation>El texto del idioma principal se muestra en su lugar hasta que escriba uno.</translation>
    </message>
    <message>
        <source>Title in %1</source>
        <translation>Título: %1</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation>sin traducir</translation>
    </message>
</context>
<context>
    <name>TranslationRows</name>
    <message>
        <source>Translate “%1” into %2</source>
        <translation>Traducir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>VoteBallotBox</name>
    <message numerus="yes">
        <source>%1 has %2: %3 is %n too many. Take %n off, then save the ballot again.</source>
        <translation>
            <numerusform>%1 tiene %2: %3 es %n de más. Quite %n y guarde de nuevo la papeleta.</numerusform>
            <numerusform>%1 tiene %2: %3 son %n de más. Quite %n y guarde de nuevo la papeleta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 put %2 on “%3”: at most %4 may go on one option. Move the rest to another option.</source>
        <translation>%1 puso %2 en «%3»: como máximo %4 en una misma opción. Ponga el resto en otra opción.</translation>
    </message>
    <message>
        <source>%1 — voted</source>
        <translation>%1 — ha votado</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) entered: %1</source>
        <translation>
            <numerusform>%n papeleta registrada: %1</numerusform>
            <numerusform>%n papeletas registradas: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Whose ballot:</source>
        <translation>¿&amp;Quién vota?</translation>
    </message>
    <message>
        <source>A ballot per person</source>
        <translation>Una papeleta por persona</translation>
    </message>
    <message>
        <source>Ballots entered</source>
        <translation>Papeletas registradas</translation>
    </message>
    <message>
        <source>Do&amp;ts per person:</source>
        <translation>Puntos por perso&amp;na:</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Puntos por persona</translation>
    </message>
    <message>
        <source>Key in the options, or add them from what was captured.</source>
        <translation>Escriba las opciones, o añádalas desde lo capturado.</translation>
    </message>
    <message>
        <source>Ma&amp;x on one option:</source>
        <translation>Má&amp;x. en una opción:</translation>
    </message>
    <message>
        <source>Most dots on one option</source>
        <translation>Máximo de puntos en una opción</translation>
    </message>
    <message>
        <source>No ballot entered yet.</source>
        <translation>Todavía no hay papeletas registradas.</translation>
    </message>
    <message>
        <source>Save the &amp;ballot</source>
        <translation>&amp;Guardar la papeleta</translation>
    </message>
    <message>
        <source>The ballot of %1 has %2 on “%4”: change it before lowering the limit to %3.</source>
        <translation>La papeleta de %1 tiene %2 en «%4»: modifíquela antes de bajar el límite a %3.</translation>
    </message>
    <message>
        <source>The ballot of %1 has %2: change it before lowering the limit to %3.</source>
        <translation>La papeleta de %1 tiene %2: modifíquela antes de bajar el límite a %3.</translation>
    </message>
    <message>
        <source>Totals from a show of hands</source>
        <translation>Totales a mano alzada</translation>
    </message>
    <message>
        <source>Vote message</source>
        <translation>Mensaje de la votación</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Whose ballot</source>
        <translation>Quién vota</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>someone no longer on the roster</source>
        <translation>alguien que ya no está en la lista</translation>
    </message>
</context>
<context>
    <name>VoteChart</name>
    <message>
        <source>Options of the vote</source>
        <translation>Opciones de la votación</translation>
    </message>
    <message>
        <source>Vote result</source>
        <translation>Resultado de la votación</translation>
    </message>
</context>
<context>
    <name>VoteEntries</name>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Dots or hands for “%1”</source>
        <translation>Puntos o manos para «%1»</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Manos</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total for “%1”</source>
        <translation>Total de «%1»</translation>
    </message>
</context>
<context>
    <name>VoteOptionsEditor</name>
    <message>
        <source>&amp;Key in an option:</source>
        <translation>Escri&amp;bir una opción:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Añadir una opción</translation>
    </message>
    <message>
        <source>Add from captured &amp;items…</source>
        <translation>Añadir desde &amp;lo capturado…</translation>
    </message>
    <message>
        <source>Enter renames, Alt+Up and Alt+Down move, Delete removes the option.</source>
        <translation>Intro cambia el nombre, Alt+Arriba y Alt+Abajo mueven, Supr quita la opción.</translation>
    </message>
    <message>
        <source>Move an option</source>
        <translation>Mover una opción</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nueva opción</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Options of the vote</source>
        <translation>Opciones de la votación</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove an option</source>
        <translation>Quitar una opción</translation>
    </message>
    <message>
        <source>Rename an option</source>
        <translation>Cambiar el nombre de una opción</translation>
    </message>
    <message>
        <source>Type an option and press Enter</source>
        <translation>Escriba una opción y pulse Intro</translation>
    </message>
    <message>
        <source>Type the option first, then press Enter.</source>
        <translation>Escriba primero la opción y luego pulse Intro.</translation>
    </message>
</context>
<context>
    <name>WorkingLanguagesField</name>
    <message>
        <source>%1 (main)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <source>Add %1 to the working languages</source>
        <translation>Idiomas de trabajo: añadir %1</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>Añadir un idioma…</translation>
    </message>
    <message>
        <source>Add a working language</source>
        <translation>Añadir un idioma de trabajo</translation>
    </message>
    <message>
        <source>Make %1 the main language</source>
        <translation>Idioma principal: %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the language down</source>
        <translation>Bajar el idioma</translation>
    </message>
    <message>
        <source>Move the language up</source>
        <translation>Subir el idioma</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1 from the working languages</source>
        <translation>Idiomas de trabajo: quitar %1</translation>
    </message>
    <message>
        <source>Remove the language</source>
        <translation>Quitar el idioma</translation>
    </message>
    <message>
        <source>Reorder the working languages</source>
        <translation>Reordenar los idiomas de trabajo</translation>
    </message>
    <message>
        <source>The first language is the main one: the projector&apos;s words and the texts you type in the agenda are in it. The second also shows on the projector.</source>
        <translation>El primer idioma es el principal: las palabras del proyector y los textos que escribe en el orden del día están en él. El segundo también se muestra en el proyector.</translation>
    </message>
    <message>
        <source>Working languages, the main one first</source>
        <translation>Idiomas de trabajo, el principal primero</translation>
    </message>
</context>
</TS>
