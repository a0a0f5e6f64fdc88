<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="+6"/>
        <source>About ContactBridge</source>
        <translation>Acerca de ContactBridge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;ContactBridge&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ContactBridge&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keeps MailerLite Classic subscribers in step with GoHighLevel contacts: previewed, paced to the services&apos; rate limits, and never re-subscribing anyone who opted out.</source>
        <translation>Mantiene los suscriptores de MailerLite Classic al día con los contactos de GoHighLevel: con vista previa, al ritmo de los límites de peticiones de los servicios y sin volver a suscribir nunca a quien se dio de baja.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Uses Qt, QtKeychain and libphonenumber. Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Usa Qt, QtKeychain y libphonenumber. Con licencia GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="+15"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2</translation>
    </message>
</context>
<context>
    <name>Api::ApiCall</name>
    <message>
        <location filename="../src/core/http/apicall.cpp" line="+41"/>
        <source>The request has not finished.</source>
        <translation>La petición no ha terminado.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+170"/>
        <source>The request was cancelled.</source>
        <translation>La petición se canceló.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached.</source>
        <translation>No se pudo contactar con el servidor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sent a response that could not be read.</source>
        <translation>El servidor envió una respuesta que no se pudo leer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service refused the credentials (HTTP %1).</source>
        <translation>El servicio rechazó las credenciales (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service does not know the requested item.</source>
        <translation>El servicio no conoce el elemento solicitado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service&apos;s rate limit was reached.</source>
        <translation>Se alcanzó el límite de peticiones del servicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service rejected the data that was sent.</source>
        <translation>El servicio rechazó los datos enviados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item conflicts with one that already exists.</source>
        <translation>El elemento entra en conflicto con uno que ya existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered with an error (HTTP %1).</source>
        <translation>El servicio respondió con un error (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Api::GhlClient</name>
    <message>
        <location filename="../src/core/ghl/ghlclient.cpp" line="+148"/>
        <source>The request was cancelled.</source>
        <translation>La petición se canceló.</translation>
    </message>
</context>
<context>
    <name>Api::GhlContactWalker</name>
    <message>
        <location filename="../src/core/ghl/ghlcontactwalker.cpp" line="+22"/>
        <source>GoHighLevel returned a page of contacts it had already sent. Listing was stopped to avoid an endless loop.</source>
        <translation>GoHighLevel devolvió una página de contactos que ya había enviado. Se detuvo el listado para evitar un bucle infinito.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Listing GoHighLevel contacts was cancelled.</source>
        <translation>Se canceló el listado de contactos de GoHighLevel.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>GoHighLevel did not say where the next page of contacts starts.</source>
        <translation>GoHighLevel no indicó dónde empieza la siguiente página de contactos.</translation>
    </message>
</context>
<context>
    <name>Api::GhlErrors</name>
    <message>
        <location filename="../src/core/ghl/ghlerrors.cpp" line="+51"/>
        <source>A contact with the same %1 already exists in GoHighLevel (contact %2), and this location does not allow duplicates.</source>
        <translation>Ya existe en GoHighLevel un contacto con el mismo %1 (contacto %2) y esta ubicación no admite duplicados.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The GoHighLevel token lacks the permission this needs (%1). Add that scope to the Private Integration or the app, then sign in again.</source>
        <translation>Al token de GoHighLevel le falta el permiso necesario (%1). Añada ese ámbito a la Private Integration o a la aplicación y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GoHighLevel refused the request because the API version header was missing or not accepted. This is a problem in ContactBridge&apos;s configuration, not in your credentials; please report it.</source>
        <translation>GoHighLevel rechazó la petición porque faltaba la cabecera de versión de la API o no se aceptó. Es un problema de la configuración de ContactBridge, no de sus credenciales; por favor, notifíquelo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel did not accept the token: it is invalid, revoked or expired. Sign in again or check the Private Integration Token.</source>
        <translation>GoHighLevel no aceptó el token: no es válido, se revocó o caducó. Vuelva a iniciar sesión o compruebe el Private Integration Token.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GoHighLevel has no %1 with the id %2; it may have been deleted.</source>
        <translation>GoHighLevel no tiene ningún %1 con el id %2; puede que se haya eliminado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel does not accept the field %1 in this request.</source>
        <translation>GoHighLevel no acepta el campo %1 en esta petición.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel rejected the data that was sent (HTTP %1).</source>
        <translation>GoHighLevel rechazó los datos enviados (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GoHighLevel rejected the data that was sent: %1</source>
        <translation>GoHighLevel rechazó los datos enviados: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ContactBridge can&apos;t reach GoHighLevel. Check the internet connection and any proxy or firewall, then try again.</source>
        <translation>ContactBridge no puede conectar con GoHighLevel. Compruebe la conexión a Internet y cualquier proxy o cortafuegos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GoHighLevel did not answer in time. The service may be slow or unreachable; try again later.</source>
        <translation>GoHighLevel no respondió a tiempo. Puede que el servicio esté lento o inaccesible; inténtelo más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GoHighLevel sent a response ContactBridge could not read.</source>
        <translation>GoHighLevel envió una respuesta que ContactBridge no pudo leer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This token belongs to another GoHighLevel location (sub-account). Check the location ID of the profile, or use a token created in that location.</source>
        <translation>Este token pertenece a otra ubicación de GoHighLevel (subcuenta). Compruebe el ID de ubicación del perfil o use un token creado en esa ubicación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel refused access (HTTP 403). Check the token&apos;s location and permissions.</source>
        <translation>GoHighLevel denegó el acceso (HTTP 403). Compruebe la ubicación y los permisos del token.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel&apos;s rate limit was still exceeded after several retries. Wait a few minutes and try again; other apps may share this location&apos;s request budget.</source>
        <translation>El límite de peticiones de GoHighLevel seguía superado tras varios reintentos. Espere unos minutos e inténtelo de nuevo; puede que otras aplicaciones compartan el cupo de peticiones de esta ubicación.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GoHighLevel does not know the requested item (HTTP 404).</source>
        <translation>GoHighLevel no conoce el elemento solicitado (HTTP 404).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel had a problem of its own (HTTP %1). Try again later.</source>
        <translation>GoHighLevel tuvo un problema propio (HTTP %1). Inténtelo más tarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GoHighLevel answered with an unexpected error (HTTP %1).</source>
        <translation>GoHighLevel respondió con un error inesperado (HTTP %1).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The GoHighLevel sign-in has expired and could not be renewed. Sign in to GoHighLevel again.</source>
        <translation>El inicio de sesión en GoHighLevel caducó y no se pudo renovar. Vuelva a iniciar sesión en GoHighLevel.</translation>
    </message>
</context>
<context>
    <name>Api::GhlOAuth</name>
    <message>
        <location filename="../src/core/ghl/ghloauth.cpp" line="+63"/>
        <source>GoHighLevel refused the sign-in: the authorization has expired or was revoked, or the app&apos;s client ID or secret is wrong. Sign in to GoHighLevel again.</source>
        <translation>GoHighLevel rechazó el inicio de sesión: la autorización caducó o se revocó, o el ID de cliente o el secreto de la aplicación son incorrectos. Vuelva a iniciar sesión en GoHighLevel.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not signed in to GoHighLevel.</source>
        <translation>No ha iniciado sesión en GoHighLevel.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>ContactBridge could not listen on 127.0.0.1 port %1 for the GoHighLevel sign-in. Close the program using that port or choose another redirect port.</source>
        <translation>ContactBridge no pudo escuchar en 127.0.0.1, puerto %1, para el inicio de sesión en GoHighLevel. Cierre el programa que usa ese puerto o elija otro puerto de redirección.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ContactBridge received the GoHighLevel authorization. You can close this tab.</source>
        <translation>ContactBridge recibió la autorización de GoHighLevel. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The GoHighLevel sign-in was not completed (%1).</source>
        <translation>El inicio de sesión en GoHighLevel no se completó (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The GoHighLevel sign-in answer did not match the request. Start the sign-in again.</source>
        <translation>La respuesta del inicio de sesión de GoHighLevel no coincidía con la petición. Vuelva a iniciar el proceso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GoHighLevel did not send an authorization code.</source>
        <translation>GoHighLevel no envió ningún código de autorización.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>GoHighLevel&apos;s sign-in answer did not contain the expected tokens.</source>
        <translation>La respuesta del inicio de sesión de GoHighLevel no contenía los tokens esperados.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not signed in to GoHighLevel. Sign in to GoHighLevel first.</source>
        <translation>No ha iniciado sesión en GoHighLevel. Inicie sesión primero en GoHighLevel.</translation>
    </message>
</context>
<context>
    <name>Api::HttpClient</name>
    <message>
        <location filename="../src/core/http/httpclient.cpp" line="+156"/>
        <source>The service address is not set or not valid.</source>
        <translation>La dirección del servicio no está definida o no es válida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refusing to send credentials unencrypted to %1: the address must start with https://.</source>
        <translation>No se envían credenciales sin cifrar a %1: la dirección debe empezar por https://.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The service&apos;s daily request limit has been used up.</source>
        <translation>Se agotó el límite diario de peticiones del servicio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The network is not available.</source>
        <translation>La red no está disponible.</translation>
    </message>
</context>
<context>
    <name>ContactDetailPanel</name>
    <message>
        <location filename="../ui/contactdetailpanel.ui" line="+7"/>
        <source>Select a GoHighLevel contact to see its fields, notes, tasks and appointments.</source>
        <translation>Seleccione un contacto de GoHighLevel para ver sus campos, notas, tareas y citas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;tags...</source>
        <translation>Añadir e&amp;tiquetas...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove tags...</source>
        <translation>&amp;Quitar etiquetas...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;note...</source>
        <translation>Añadir &amp;nota...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add ta&amp;sk...</source>
        <translation>Añadir ta&amp;rea...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete contact...</source>
        <translation>E&amp;liminar contacto...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;ync this contact</source>
        <translation>S&amp;incronizar este contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email DND:</source>
        <translation>No molestar (correo):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added:</source>
        <translation>Añadido:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated:</source>
        <translation>Actualizado:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/gui/contactdetailpanel.cpp" line="+150"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/contactdetailpanel.cpp" line="+1"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complete / reopen</source>
        <translation>&amp;Completar / reabrir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete tas&amp;k...</source>
        <translation>Eliminar tare&amp;a...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/gui/contactdetailpanel.cpp" line="+1"/>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../src/gui/contactdetailpanel.cpp" line="-25"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tags</source>
        <translation>Sin etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On: no email may be sent</source>
        <translation>Activado: no se puede enviar ningún correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading notes, tasks and appointments...</source>
        <translation>Cargando notas, tareas y citas...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes</source>
        <translation>Sin notas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No appointments</source>
        <translation>Sin citas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes (%1)</source>
        <translation>Notas (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks (%1)</source>
        <translation>Tareas (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointments (%1)</source>
        <translation>Citas (%1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saving...</source>
        <translation>Guardando...</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add tags</source>
        <translation>Añadir etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags to add, separated by commas:</source>
        <translation>Etiquetas que añadir, separadas por comas:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove tags</source>
        <translation>Quitar etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags to remove, separated by commas:</source>
        <translation>Etiquetas que quitar, separadas por comas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete task</source>
        <translation>Eliminar tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the task &quot;%1&quot; in GoHighLevel?</source>
        <translation>¿Eliminar la tarea «%1» en GoHighLevel?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from GoHighLevel? This cannot be undone.</source>
        <translation>¿Eliminar %1 de GoHighLevel? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <location filename="../ui/contacteditdialog.ui" line="+6"/>
        <source>Edit GoHighLevel contact</source>
        <translation>Editar contacto de GoHighLevel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Company:</source>
        <translation>E&amp;mpresa:</translation>
    </message>
    <message>
        <location filename="../src/gui/contacteditdialog.cpp" line="+60"/>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>«%1» no es una dirección de correo válida.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../src/gui/contacttablemodel.cpp" line="+178"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link status</source>
        <translation>Estado de vínculo</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../ui/contactspage.ui" line="+7"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;GoHighLevel contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contactos de GoHighLevel&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Search name, email, phone, tags</source>
        <translation>Buscar nombre, correo, teléfono, etiquetas</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&lt;b&gt;MailerLite subscribers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Suscriptores de MailerLite&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/contactspage.cpp" line="+51"/>
        <source>GoHighLevel contact</source>
        <translation>Contacto de GoHighLevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite subscriber</source>
        <translation>Suscriptor de MailerLite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>GoHighLevel contacts</source>
        <translation>Contactos de GoHighLevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite subscribers</source>
        <translation>Suscriptores de MailerLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped loading: %2</source>
        <translation>%1 dejó de cargarse: %2</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded %1 of %2</source>
        <translation>Cargados %1 de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No profile is open.</source>
        <translation>No hay ningún perfil abierto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading records...</source>
        <translation>Cargando registros...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records loaded.</source>
        <translation>Todos los registros cargados.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A sync is already running, or no profile is open. Try again when it ends.</source>
        <translation>Ya hay una sincronización en curso o no hay ningún perfil abierto. Inténtelo de nuevo cuando termine.</translation>
    </message>
</context>
<context>
    <name>CredentialChecker</name>
    <message>
        <location filename="../src/gui/credentialchecker.cpp" line="+105"/>
        <source>No OAuth client secret is set. Enter the marketplace app&apos;s client secret.</source>
        <translation>No hay ningún secreto de cliente OAuth. Introduzca el secreto de cliente de la aplicación del Marketplace.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not signed in to GoHighLevel yet. Press &quot;Connect...&quot; and allow ContactBridge access to the location.</source>
        <translation>Todavía no ha iniciado sesión en GoHighLevel. Pulse «Conectar...» y permita a ContactBridge acceder a la ubicación.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Enter the marketplace app&apos;s client ID first.</source>
        <translation>Introduzca primero el ID de cliente de la aplicación del Marketplace.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the marketplace app&apos;s client secret first.</source>
        <translation>Introduzca primero el secreto de cliente de la aplicación del Marketplace.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../src/core/util/csvwriter.cpp" line="+20"/>
        <source>Cannot write the file %1: %2</source>
        <translation>No se puede escribir el archivo %1: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The file could not be written completely.</source>
        <translation>No se pudo escribir el archivo completo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no file name was given</source>
        <translation>no se indicó ningún nombre de archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
</context>
<context>
    <name>FailureDetailWidget</name>
    <message>
        <location filename="../src/gui/failuredetailwidget.cpp" line="+43"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved by a later sync</source>
        <translation>Resuelto por una sincronización posterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a failure to see the server&apos;s answer and the request that was sent.</source>
        <translation>Seleccione un fallo para ver la respuesta del servidor y la petición enviada.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No request body was recorded.</source>
        <translation>No se registró ningún cuerpo de petición.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error class:</source>
        <translation>Clase de error:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status:</source>
        <translation>Estado HTTP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts:</source>
        <translation>Intentos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First failed:</source>
        <translation>Primer fallo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last attempt:</source>
        <translation>Último intento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run:</source>
        <translation>Ejecución:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored because:</source>
        <translation>Ignorado porque:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server message:</source>
        <translation>Mensaje del servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request (secrets removed):</source>
        <translation>Petición (sin secretos):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (no HTTP answer)</source>
        <translation>ninguno (sin respuesta HTTP)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no longer in the history</source>
        <translation>ya no está en el historial</translation>
    </message>
</context>
<context>
    <name>FailureModel</name>
    <message>
        <location filename="../src/gui/failuremodel.cpp" line="+26"/>
        <source>Network errors</source>
        <translation>Errores de red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeouts</source>
        <translation>Tiempos de espera agotados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server errors</source>
        <translation>Errores del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limited</source>
        <translation>Límite de peticiones alcanzado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected responses</source>
        <translation>Respuestas inesperadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid data</source>
        <translation>Datos no válidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal errors</source>
        <translation>Errores internos</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>%1 (%n failure(s))</source>
        <translation>
            <numerusform>%1 (%n fallo)</numerusform>
            <numerusform>%1 (%n fallos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error class: %1</source>
        <translation>Clase de error: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no contact id)</source>
        <translation>(sin ID de contacto)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last attempt</source>
        <translation>Último intento</translation>
    </message>
</context>
<context>
    <name>FailuresPage</name>
    <message>
        <location filename="../ui/failurespage.ui" line="+21"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Retry selected</source>
        <translation>Reintentar selección</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry all</source>
        <translation>Reintentar todos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ignore...</source>
        <translation>Ignorar...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit contact...</source>
        <translation>Editar contacto...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV...</source>
        <translation>Exportar CSV...</translation>
    </message>
    <message>
        <location filename="../src/gui/failurespage.cpp" line="+40"/>
        <source>Open failures</source>
        <translation>Fallos abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved by a retry</source>
        <translation>Resuelto al reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+175"/>
        <source>Sync the selected contacts again now.</source>
        <translation>Volver a sincronizar ahora los contactos seleccionados.</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+177"/>
        <source>Sync every contact with an open failure again now.</source>
        <translation>Volver a sincronizar ahora cada contacto con un fallo abierto.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Stop listing the selected failures as open, with a reason.</source>
        <translation>Dejar de mostrar los fallos seleccionados como abiertos, indicando un motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the listed failures as a CSV file (without request bodies).</source>
        <translation>Guardar los fallos listados como archivo CSV (sin cuerpos de petición).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Contact id</source>
        <translation>ID de contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error class</source>
        <translation>Clase de error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First failed</source>
        <translation>Primer fallo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last attempt</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+14"/>
        <source>The failure list cannot be read: %1</source>
        <translation>No se puede leer la lista de fallos: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No open failures. Contacts that fail to sync are listed here, grouped by error class, until a later sync succeeds or you ignore them.</source>
        <translation>No hay fallos abiertos. Los contactos que no se sincronizan aparecen aquí, agrupados por clase de error, hasta que una sincronización posterior tenga éxito o usted los ignore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ignored failures.</source>
        <translation>No hay fallos ignorados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No failure has been resolved by a later sync yet.</source>
        <translation>Ninguna sincronización posterior ha resuelto aún ningún fallo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No failures recorded for this profile.</source>
        <translation>No hay fallos registrados para este perfil.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n failure(s) listed</source>
        <translation>
            <numerusform>%n fallo listado</numerusform>
            <numerusform>%n fallos listados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) with an open failure</source>
        <translation>
            <numerusform>%n contacto con un fallo abierto</numerusform>
            <numerusform>%n contactos con un fallo abierto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a profile to see the contacts that failed to sync.</source>
        <translation>Abra un perfil para ver los contactos que no se pudieron sincronizar.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A sync is running; wait for it to finish.</source>
        <translation>Hay una sincronización en curso; espere a que termine.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix the selected contact in GoHighLevel, then retry it.</source>
        <translation>Corrija el contacto seleccionado en GoHighLevel y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile is open.</source>
        <translation>No hay ningún perfil abierto.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The retry could not start: another sync is running or no profile is open.</source>
        <translation>No se pudo iniciar el reintento: hay otra sincronización en curso o no hay ningún perfil abierto.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Retrying %n contact(s). The list updates when the run ends.</source>
        <translation>
            <numerusform>Reintentando %n contacto. La lista se actualizará cuando termine la ejecución.</numerusform>
            <numerusform>Reintentando %n contactos. La lista se actualizará cuando termine la ejecución.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ignore failures</source>
        <translation>Ignorar fallos</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Why should %n failure(s) be ignored? The reason is kept with them.</source>
        <translation>
            <numerusform>¿Por qué se debe ignorar %n fallo? El motivo se guarda con él.</numerusform>
            <numerusform>¿Por qué se deben ignorar %n fallos? El motivo se guarda con ellos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was ignored: please give a reason.</source>
        <translation>No se ignoró nada: indique un motivo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was ignored: %1</source>
        <translation>No se ignoró nada: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failure(s) ignored.</source>
        <translation>
            <numerusform>%n fallo ignorado.</numerusform>
            <numerusform>%n fallos ignorados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export failures</source>
        <translation>Exportar fallos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n failure(s) exported to %1.</source>
        <translation>
            <numerusform>%n fallo exportado a %1.</numerusform>
            <numerusform>%n fallos exportados a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ghl</name>
    <message>
        <location filename="../src/core/ghl/contact.cpp" line="+152"/>
        <source>GoHighLevel sent a contact without an id.</source>
        <translation>GoHighLevel envió un contacto sin ID.</translation>
    </message>
    <message>
        <location filename="../src/core/ghl/note.cpp" line="+20"/>
        <source>GoHighLevel sent a note without an id.</source>
        <translation>GoHighLevel envió una nota sin ID.</translation>
    </message>
    <message>
        <location filename="../src/core/ghl/task.cpp" line="+20"/>
        <source>GoHighLevel sent a task without an id.</source>
        <translation>GoHighLevel envió una tarea sin ID.</translation>
    </message>
    <message>
        <location filename="../src/core/ghl/appointment.cpp" line="+21"/>
        <source>GoHighLevel sent an appointment without an id.</source>
        <translation>GoHighLevel envió una cita sin ID.</translation>
    </message>
    <message>
        <location filename="../src/core/ghl/customfielddef.cpp" line="+21"/>
        <source>GoHighLevel sent a custom field without an id.</source>
        <translation>GoHighLevel envió un campo personalizado sin ID.</translation>
    </message>
</context>
<context>
    <name>GhlErrors</name>
    <message>
        <location filename="../src/core/ghl/ghlclientparse.h" line="+22"/>
        <source>GoHighLevel sent a response ContactBridge could not read.</source>
        <translation>GoHighLevel envió una respuesta que ContactBridge no pudo leer.</translation>
    </message>
</context>
<context>
    <name>GhlFieldModel</name>
    <message>
        <location filename="../src/gui/ghlfieldmodel.cpp" line="+122"/>
        <source>Custom field %1 (%2)</source>
        <translation>Campo personalizado %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard field %1 (%2)</source>
        <translation>Campo estándar %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2, mapped</source>
        <translation>%1, %2, asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>GoHighLevel field</source>
        <translation>Campo de GoHighLevel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample value</source>
        <translation>Valor de ejemplo</translation>
    </message>
</context>
<context>
    <name>GroupRulesModel</name>
    <message>
        <location filename="../src/gui/grouprulesmodel.cpp" line="+85"/>
        <source>new group</source>
        <translation>grupo nuevo</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Contacts tagged “%1” join “%2”: %n of the loaded contacts.</source>
        <translation>
            <numerusform>Los contactos con la etiqueta «%1» se unen a «%2»: %n de los contactos cargados.</numerusform>
            <numerusform>Los contactos con la etiqueta «%1» se unen a «%2»: %n de los contactos cargados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>GoHighLevel tag</source>
        <translation>Etiqueta de GoHighLevel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailerLite group</source>
        <translation>Grupo de MailerLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove when untagged</source>
        <translation>Quitar sin la etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create if missing</source>
        <translation>Crear si no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would join</source>
        <translation>Se unirían</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would leave</source>
        <translation>Saldrían</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members now</source>
        <translation>Miembros actuales</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../src/gui/historycharts.cpp" line="+49"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All loaded runs</source>
        <translation>Todas las ejecuciones cargadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Range:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include &amp;previews (dry runs)</source>
        <translation>Incluir &amp;vistas previas (simulaciones)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previews plan without writing; they are left out by default so the charts show what was really synced.</source>
        <translation>Las vistas previas planifican sin escribir nada; se excluyen por defecto para que los gráficos muestren lo que realmente se sincronizó.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsubscribed</source>
        <translation>Dados de baja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No finished runs yet. After the first sync, charts of the items by outcome, the durations and the requests of each run appear here.</source>
        <translation>Aún no hay ejecuciones terminadas. Tras la primera sincronización aparecerán aquí gráficos de los elementos por resultado, de la duración y de las peticiones de cada ejecución.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only previews so far. Tick &quot;Include previews (dry runs)&quot; to chart them, or apply a sync from the Sync page.</source>
        <translation>Por ahora solo hay vistas previas. Marque «Incluir vistas previas (simulaciones)» para mostrarlas o aplique una sincronización desde la página Sincronizar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No runs in the last 7 days. Choose a longer range to see older runs.</source>
        <translation>No hay ejecuciones en los últimos 7 días. Elija un periodo más largo para ver ejecuciones anteriores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No runs in the last 30 days. Choose &quot;All loaded runs&quot; to see older runs.</source>
        <translation>No hay ejecuciones en los últimos 30 días. Elija «Todas las ejecuciones cargadas» para ver las anteriores.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n run(s), one bar each</source>
        <translation>
            <numerusform>%n ejecución, una barra cada una</numerusform>
            <numerusform>%n ejecuciones, una barra cada una</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per hour</source>
        <translation>
            <numerusform>%n ejecución, sumada por hora</numerusform>
            <numerusform>%n ejecuciones, sumadas por hora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per day</source>
        <translation>
            <numerusform>%n ejecución, sumada por día</numerusform>
            <numerusform>%n ejecuciones, sumadas por día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per week</source>
        <translation>
            <numerusform>%n ejecución, sumada por semana</numerusform>
            <numerusform>%n ejecuciones, sumadas por semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per month</source>
        <translation>
            <numerusform>%n ejecución, sumada por mes</numerusform>
            <numerusform>%n ejecuciones, sumadas por mes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run #%1, %2</source>
        <translation>Ejecución n.º %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+3"/>
        <location line="+6"/>
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n ejecución)</numerusform>
            <numerusform>%1 (%n ejecuciones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Week of %1 (%n run(s))</source>
        <translation>
            <numerusform>Semana del %1 (%n ejecución)</numerusform>
            <numerusform>Semana del %1 (%n ejecuciones)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/historychartsplots.cpp" line="+138"/>
        <source>%1
%2: %3 of %4 items</source>
        <translation>%1
%2: %3 de %4 elementos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (#%2)</source>
        <translation>%1 (n.º %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items by outcome per run</source>
        <translation>Elementos por resultado y ejecución</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items by outcome per hour</source>
        <translation>Elementos por resultado y hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items by outcome per day</source>
        <translation>Elementos por resultado y día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items by outcome per week</source>
        <translation>Elementos por resultado y semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items by outcome per month</source>
        <translation>Elementos por resultado y mes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration per run</source>
        <translation>Duración por ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average duration per run</source>
        <translation>Duración media por ejecución</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No durations recorded for these runs</source>
        <translation>No hay duraciones registradas para estas ejecuciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 min</source>
        <translation>%1: %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 s</source>
        <translation>%1: %2 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Requests per run</source>
        <translation>Peticiones por ejecución</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per hour</source>
        <translation>Peticiones por hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per day</source>
        <translation>Peticiones por día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per week</source>
        <translation>Peticiones por semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per month</source>
        <translation>Peticiones por mes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GoHighLevel</source>
        <translation>GoHighLevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite</source>
        <translation>MailerLite</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1, %2: %n request(s)</source>
        <translation>
            <numerusform>%1, %2: %n petición</numerusform>
            <numerusform>%1, %2: %n peticiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/historypage.ui" line="+20"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../src/gui/historypage.cpp" line="+321"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../src/gui/historypage.cpp" line="-58"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../src/gui/historypage.cpp" line="-228"/>
        <source>debug</source>
        <translation>depuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This run wrote no log lines.</source>
        <translation>Esta ejecución no escribió ninguna línea de registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the next %1 older runs.</source>
        <translation>Mostrar las %1 ejecuciones anteriores siguientes.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+9"/>
        <source>The run history cannot be read: %1</source>
        <translation>No se puede leer el historial de ejecuciones: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No runs yet. Previews and syncs from the Sync page, retries and command-line runs are listed here with what they did.</source>
        <translation>Aún no hay ejecuciones. Las vistas previas y sincronizaciones de la página Sincronizar, los reintentos y las ejecuciones por línea de comandos aparecen aquí con lo que hicieron.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Older runs cannot be read: %1</source>
        <translation>No se pueden leer las ejecuciones anteriores: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The details of run #%1 cannot be read: %2</source>
        <translation>No se pueden leer los detalles de la ejecución n.º %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Run #%1, %2 (%3): %4. %n item(s) recorded.</source>
        <translation>
            <numerusform>Ejecución n.º %1, %2 (%3): %4. %n elemento registrado.</numerusform>
            <numerusform>Ejecución n.º %1, %2 (%3): %4. %n elementos registrados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log (%1)</source>
        <translation>Registro (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a run to see its items and log.</source>
        <translation>Seleccione una ejecución para ver sus elementos y su registro.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a profile to see its sync history.</source>
        <translation>Abra un perfil para ver su historial de sincronización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a profile to see charts of its sync history.</source>
        <translation>Abra un perfil para ver gráficos de su historial de sincronización.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All outcomes (%1)</source>
        <translation>Todos los resultados (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Items (%1)</source>
        <translation>Elementos (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items (%1 of %2)</source>
        <translation>Elementos (%1 de %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n run(s) shown</source>
        <translation>
            <numerusform>%n ejecución mostrada</numerusform>
            <numerusform>%n ejecuciones mostradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <location filename="../src/gui/languagesetting.cpp" line="+32"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../src/gui/logmodel.cpp" line="+71"/>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>MailerLite</name>
    <message>
        <location filename="../src/core/mailerlite/subscriber.cpp" line="+22"/>
        <source>MailerLite sent a subscriber without an id or email.</source>
        <translation>MailerLite envió un suscriptor sin ID ni correo electrónico.</translation>
    </message>
    <message>
        <location filename="../src/core/mailerlite/group.cpp" line="+21"/>
        <source>MailerLite sent a group without an id.</source>
        <translation>MailerLite envió un grupo sin ID.</translation>
    </message>
    <message>
        <location filename="../src/core/mailerlite/field.cpp" line="+22"/>
        <source>MailerLite sent a field without a key.</source>
        <translation>MailerLite envió un campo sin clave.</translation>
    </message>
    <message>
        <location filename="../src/core/mailerlite/mailerliteerrors.cpp" line="+34"/>
        <source>No MailerLite API key is set. Enter it in Settings.</source>
        <translation>No hay ninguna clave de API de MailerLite. Introdúzcala en Configuración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailerLite rejected the API key. Check it in Settings: it must be a MailerLite Classic key (Integrations &gt; Developer API); keys of the new MailerLite do not work with the Classic API.</source>
        <translation>MailerLite rechazó la clave de API. Compruébela en Configuración: debe ser una clave de MailerLite Classic (Integrations &gt; Developer API); las claves del nuevo MailerLite no funcionan con la API Classic.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MailerLite does not know this record.</source>
        <translation>MailerLite no conoce este registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/mailerlite/mailerliteclient.cpp" line="+434"/>
        <source>MailerLite: %1</source>
        <translation>MailerLite: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MailerLite&apos;s rate limit was reached and did not clear after several retries.</source>
        <translation>Se alcanzó el límite de peticiones de MailerLite y no se liberó tras varios reintentos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MailerLite refused the data.</source>
        <translation>MailerLite rechazó los datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite refused the data: %1</source>
        <translation>MailerLite rechazó los datos: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach MailerLite. Check the internet connection; the work will be retried on the next run.</source>
        <translation>No se puede conectar con MailerLite. Compruebe la conexión a Internet; el trabajo se reintentará en la próxima ejecución.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MailerLite had a server problem (HTTP %1).</source>
        <translation>MailerLite tuvo un problema del servidor (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/core/mailerlite/mailerliteclient.cpp" line="-398"/>
        <source>MailerLite answered something that is not valid data.</source>
        <translation>MailerLite respondió algo que no son datos válidos.</translation>
    </message>
    <message>
        <location filename="../src/core/mailerlite/mailerliteclient.cpp" line="+396"/>
        <source>MailerLite refused the request.</source>
        <translation>MailerLite rechazó la petición.</translation>
    </message>
</context>
<context>
    <name>MailerLiteFieldModel</name>
    <message>
        <location filename="../src/gui/mailerlitefieldmodel.cpp" line="+102"/>
        <source>%1 (%2): drop a GoHighLevel field here to map it</source>
        <translation>%1 (%2): suelte aquí un campo de GoHighLevel para asignarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) is filled from %3</source>
        <translation>%1 (%2) se rellena a partir de %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, not mapped</source>
        <translation>%1, %2, sin asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, mapped from %3</source>
        <translation>%1, %2, asignado desde %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>MailerLite field</source>
        <translation>Campo de MailerLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapped from</source>
        <translation>Asignado desde</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+14"/>
        <location filename="../src/gui/mainwindow.cpp" line="+49"/>
        <source>ContactBridge</source>
        <translation>ContactBridge</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;ync</source>
        <translation>S&amp;incronizar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Configuración...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles, credentials and sync rules</source>
        <translation>Perfiles, credenciales y reglas de sincronización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check both services again with the stored credentials</source>
        <translation>Volver a comprobar ambos servicios con las credenciales guardadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;chedule...</source>
        <translation>Progra&amp;mación...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run this profile&apos;s sync automatically, in the app or from a system timer</source>
        <translation>Ejecutar automáticamente la sincronización de este perfil, en la aplicación o con un temporizador del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About ContactBridge</source>
        <translation>A&amp;cerca de ContactBridge</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+5"/>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+200"/>
        <source>Testing the connections...</source>
        <translation>Probando las conexiones...</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+6"/>
        <source>Schedule not saved</source>
        <translation>Programación no guardada</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No profile yet: open Settings to connect GoHighLevel and MailerLite.</source>
        <translation>Aún no hay ningún perfil: abra Configuración para conectar GoHighLevel y MailerLite.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 - ContactBridge</source>
        <translation>%1 - ContactBridge</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>GoHighLevel: %1 (%Ln contacts)</source>
        <translation>
            <numerusform>GoHighLevel: %1 (%Ln contacto)</numerusform>
            <numerusform>GoHighLevel: %1 (%Ln contactos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GoHighLevel: %1</source>
        <translation>GoHighLevel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, read-only</source>
        <translation>, solo lectura</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>MailerLite: %1</source>
        <translation>MailerLite: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No sync run yet</source>
        <translation>Aún no hay ninguna sincronización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last preview: %1, %2</source>
        <translation>Última vista previa: %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last run: %1, %2</source>
        <translation>Última ejecución: %1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A sync is running</source>
        <translation>Hay una sincronización en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitting now cancels the running sync after its current step. Everything done so far is kept and the next run continues from there. Cancel the sync and quit?</source>
        <translation>Si sale ahora, la sincronización en curso se cancela tras su paso actual. Todo lo hecho hasta ahora se conserva y la próxima ejecución continúa desde ahí. ¿Cancelar la sincronización y salir?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling the sync before quitting...</source>
        <translation>Cancelando la sincronización antes de salir...</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <location filename="../src/core/mapping/mappingjson.cpp" line="+18"/>
        <source>Mapping file, at %1: %2</source>
        <translation>Archivo de asignación, en %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown setting.</source>
        <translation>ajuste desconocido.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a non-empty text is required.</source>
        <translation>se necesita un texto no vacío.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a text.</source>
        <translation>debe ser un texto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be true or false.</source>
        <translation>debe ser verdadero o falso.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a whole number from %1 to %2.</source>
        <translation>debe ser un número entero de %1 a %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an object is required.</source>
        <translation>se necesita un objeto.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/phonenormalizer.cpp" line="+44"/>
        <source>“%1” is not a valid phone number: %2</source>
        <translation>«%1» no es un número de teléfono válido: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no known country code.</source>
        <translation>ningún prefijo de país conocido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a number.</source>
        <translation>no es un número.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is too short.</source>
        <translation>es demasiado corto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is too long.</source>
        <translation>es demasiado largo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it cannot be read.</source>
        <translation>no se puede leer.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>it is empty.</source>
        <translation>está vacío.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it has the wrong length for its country.</source>
        <translation>no tiene la longitud correcta para su país.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/transformapply.cpp" line="+232"/>
        <location line="+53"/>
        <source>“%1” is not a date.</source>
        <translation>«%1» no es una fecha.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/transformchain.cpp" line="+17"/>
        <source>a list is required.</source>
        <translation>se necesita una lista.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/fieldref.cpp" line="+93"/>
        <source>“%1” is not a known source kind.</source>
        <translation>«%1» no es un tipo de origen conocido.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a GoHighLevel contact field.</source>
        <translation>«%1» no es un campo de contacto de GoHighLevel.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a custom field needs an id or a fieldKey.</source>
        <translation>un campo personalizado necesita un id o un fieldKey.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>tag: %1</source>
        <translation>etiqueta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notes digest</source>
        <translation>resumen de notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open task count</source>
        <translation>número de tareas abiertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next due task</source>
        <translation>próxima tarea pendiente</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/fieldmapping.cpp" line="+58"/>
        <source>“%1” is not a MailerLite field key (lower-case letters, digits, _).</source>
        <translation>«%1» no es una clave de campo de MailerLite (minúsculas, dígitos, _).</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/grouprule.cpp" line="+46"/>
        <source>a group rule needs a groupId or a groupName.</source>
        <translation>una regla de grupo necesita un groupId o un groupName.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>creating a missing group needs a groupName.</source>
        <translation>para crear un grupo que falta se necesita un groupName.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/mappingoptions.cpp" line="+31"/>
        <source>“%1” is not a known two-letter region code.</source>
        <translation>«%1» no es un código de región de dos letras conocido.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/mapping.cpp" line="+31"/>
        <source>the format version is missing.</source>
        <translation>falta la versión del formato.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This mapping was saved by a newer version of ContactBridge (format %1); this version reads format %2. Please update ContactBridge.</source>
        <translation>Esta asignación se guardó con una versión más reciente de ContactBridge (formato %1); esta versión lee el formato %2. Actualice ContactBridge.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/automapper.cpp" line="+73"/>
        <source>same key “%1”</source>
        <translation>misma clave «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name “%1”</source>
        <translation>mismo nombre «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” usually means “%2”</source>
        <translation>«%1» suele significar «%2»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>similar names “%1” and “%2”</source>
        <translation>nombres parecidos «%1» y «%2»</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1, but GoHighLevel %2 values do not fit a MailerLite %3 field</source>
        <translation>%1, pero los valores de GoHighLevel de tipo %2 no encajan en un campo de MailerLite de tipo %3</translation>
    </message>
</context>
<context>
    <name>Mapping::Mapping</name>
    <message>
        <location filename="../src/core/mapping/mapping.cpp" line="+42"/>
        <location line="+26"/>
        <source>a list is required.</source>
        <translation>se necesita una lista.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the MailerLite field “%1” is already written by an earlier rule.</source>
        <translation>el campo de MailerLite «%1» ya lo escribe una regla anterior.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The mapping file is not valid JSON (at character %1: %2).</source>
        <translation>El archivo de asignación no es JSON válido (en el carácter %1: %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an object is required.</source>
        <translation>se necesita un objeto.</translation>
    </message>
</context>
<context>
    <name>Mapping::MappingFile</name>
    <message>
        <location filename="../src/core/mapping/mappingfile.cpp" line="+25"/>
        <source>The mapping file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de asignación %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 is too large to be a mapping.</source>
        <translation>El archivo %1 es demasiado grande para ser una asignación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is not a valid mapping: %2</source>
        <translation>El archivo %1 no es una asignación válida: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>The mapping cannot be written to %1: %2</source>
        <translation>No se puede escribir la asignación en %1: %2</translation>
    </message>
</context>
<context>
    <name>Mapping::PreflightValidator</name>
    <message>
        <location filename="../src/core/mapping/preflightvalidator.cpp" line="+147"/>
        <source>The contact has no email address.</source>
        <translation>El contacto no tiene dirección de correo electrónico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid email address.</source>
        <translation>«%1» no es una dirección de correo válida.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name has %1 characters; MailerLite accepts at most %2.</source>
        <translation>El nombre tiene %1 caracteres; MailerLite acepta como máximo %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The field “%1” needs a number, not “%2”.</source>
        <translation>El campo «%1» necesita un número, no «%2».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field “%1” needs a date written yyyy-MM-dd, not “%2”.</source>
        <translation>El campo «%1» necesita una fecha con el formato yyyy-MM-dd, no «%2».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field “%1” has %2 characters; MailerLite accepts at most %3.</source>
        <translation>El campo «%1» tiene %2 caracteres; MailerLite acepta como máximo %3.</translation>
    </message>
</context>
<context>
    <name>Mapping::Transform</name>
    <message>
        <location filename="../src/core/mapping/transform.cpp" line="+183"/>
        <source>must be a text.</source>
        <translation>debe ser un texto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a known two-letter region code.</source>
        <translation>«%1» no es un código de región de dos letras conocido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the date format must contain a year, month or day (yyyy, MM, dd).</source>
        <translation>el formato de fecha debe contener un año, un mes o un día (yyyy, MM, dd).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the separator must not be empty.</source>
        <translation>el separador no puede estar vacío.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a value is required.</source>
        <translation>se necesita un valor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a non-empty value is required.</source>
        <translation>se necesita un valor no vacío.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a limit is required.</source>
        <translation>se necesita un límite.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” is not a known transform.</source>
        <translation>«%1» no es una transformación conocida.</translation>
    </message>
</context>
<context>
    <name>MappingConnectorWidget</name>
    <message>
        <location filename="../src/gui/mappingconnectorwidget.cpp" line="+17"/>
        <source>Connectors between mapped fields</source>
        <translation>Conectores entre los campos asignados</translation>
    </message>
</context>
<context>
    <name>MappingDocument</name>
    <message>
        <location filename="../src/gui/mappingdocument.cpp" line="+73"/>
        <source>Map %1 to %2</source>
        <translation>Asignar %1 a %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unmap %1</source>
        <translation>Quitar la asignación de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the transforms of %1</source>
        <translation>Cambiar las transformaciones de %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change the mapping options</source>
        <translation>Cambiar las opciones de asignación</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../ui/mappingeditor.ui" line="+10"/>
        <source>Auto-&amp;map</source>
        <translation>Asignación auto&amp;mática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose field pairs automatically</source>
        <translation>Proponer pares de campos automáticamente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map &amp;selected</source>
        <translation>Asignar &amp;selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the selected GoHighLevel field to the selected MailerLite field</source>
        <translation>Asignar el campo de GoHighLevel seleccionado al campo de MailerLite seleccionado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unma&amp;p</source>
        <translation>&amp;Quitar asignación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the mapping of the selected MailerLite field</source>
        <translation>Quitar la asignación del campo de MailerLite seleccionado</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/gui/mappingeditor.cpp" line="+98"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last mapping change</source>
        <translation>Deshacer el último cambio de asignación</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/gui/mappingeditor.cpp" line="+2"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the mapping change</source>
        <translation>Rehacer el cambio de asignación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a mapping from a JSON file</source>
        <translation>Importar una asignación desde un archivo JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the mapping to a JSON file</source>
        <translation>Exportar la asignación a un archivo JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the mapping in the profile</source>
        <translation>Guardar la asignación en el perfil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapper message</source>
        <translation>Mensaje del editor de asignación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mapping sections</source>
        <translation>Secciones de la asignación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fields</source>
        <translation>&amp;Campos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a GoHighLevel field onto a MailerLite field to map it, or select one on each side and press Map selected (Ctrl+M). Drop onto empty space in the right list to create a new MailerLite field.</source>
        <translation>Arrastre un campo de GoHighLevel sobre un campo de MailerLite para asignarlo, o seleccione uno en cada lado y pulse «Asignar selección» (Ctrl+M). Suéltelo en un espacio vacío de la lista derecha para crear un campo nuevo de MailerLite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Auto-map proposals</source>
        <translation>Propuestas de asignación automática</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposed field pairs; checked ones are applied</source>
        <translation>Pares de campos propuestos; se aplican los marcados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply &amp;checked</source>
        <translation>Aplicar las &amp;marcadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the checked proposals</source>
        <translation>Aplicar las propuestas marcadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the proposals</source>
        <translation>Descartar las propuestas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>GoHighLevel fields</source>
        <translation>Campos de GoHighLevel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MailerLite fields</source>
        <translation>Campos de MailerLite</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transform chain of the selected mapping</source>
        <translation>Cadena de transformaciones de la asignación seleccionada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Groups</source>
        <translation>&amp;Grupos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts carrying a GoHighLevel tag become members of a MailerLite group. The counts preview each rule on the contacts loaded so far.</source>
        <translation>Los contactos con una etiqueta de GoHighLevel pasan a ser miembros de un grupo de MailerLite. Los recuentos previsualizan cada regla sobre los contactos cargados hasta ahora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag to group rules</source>
        <translation>Reglas de etiqueta a grupo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GoHighLevel tag</source>
        <translation>Etiqueta de GoHighLevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag of the new rule</source>
        <translation>Etiqueta de la nueva regla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MailerLite group of the new rule</source>
        <translation>Grupo de MailerLite de la nueva regla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove when &amp;untagged</source>
        <translation>Quitar sin la e&amp;tiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the group when the tag is removed</source>
        <translation>Quitar del grupo cuando se quita la etiqueta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crea&amp;te if missing</source>
        <translation>C&amp;rear si no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the group if it does not exist</source>
        <translation>Crear el grupo si no existe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Añadir regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the tag to group rule</source>
        <translation>Añadir la regla de etiqueta a grupo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove rule</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rule</source>
        <translation>Quitar la regla seleccionada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group preview summary</source>
        <translation>Resumen de la vista previa de grupos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Notes, tasks and options</source>
        <translation>&amp;Notas, tareas y opciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MailerLite has no notes or tasks. Map “Notes digest”, “Open task count” or “Next due task” from the GoHighLevel list to a text or number field; these settings shape the digests.</source>
        <translation>MailerLite no tiene notas ni tareas. Asigne «Resumen de notas», «Número de tareas abiertas» o «Próxima tarea pendiente» de la lista de GoHighLevel a un campo de texto o numérico; estos ajustes dan forma a los resúmenes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes in the &amp;digest:</source>
        <translation>Notas en el &amp;resumen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of latest notes in the digest</source>
        <translation>Número de notas más recientes en el resumen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Digest &amp;length limit:</source>
        <translation>&amp;Longitud máxima del resumen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum length of the notes digest</source>
        <translation>Longitud máxima del resumen de notas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default phone &amp;region:</source>
        <translation>&amp;Región telefónica predeterminada:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default phone region</source>
        <translation>Región telefónica predeterminada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only sync contacts &amp;tagged:</source>
        <translation>Sincronizar solo los contactos con la e&amp;tiqueta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag that selects the synced contacts</source>
        <translation>Etiqueta que selecciona los contactos sincronizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(every contact)</source>
        <translation>(todos los contactos)</translation>
    </message>
    <message>
        <location filename="../src/gui/mappingeditor.cpp" line="+40"/>
        <source>The saved mapping cannot be read (%1); the default mapping is shown.</source>
        <translation>No se puede leer la asignación guardada (%1); se muestra la asignación predeterminada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The fields could not be loaded: %1</source>
        <translation>No se pudieron cargar los campos: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The MailerLite field “%1” was not created: %2</source>
        <translation>No se creó el campo de MailerLite «%1»: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the fields of both services…</source>
        <translation>Cargando los campos de ambos servicios…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a profile to edit its mapping.</source>
        <translation>Abra un perfil para editar su asignación.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>That field is not in the GoHighLevel list.</source>
        <translation>Ese campo no está en la lista de GoHighLevel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) cannot be written to the MailerLite %3 field %4.</source>
        <translation>%1 (%2) no se puede escribir en el campo de MailerLite %4 de tipo %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 now fills the MailerLite field %2.</source>
        <translation>%1 rellena ahora el campo de MailerLite %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a GoHighLevel field on the left first.</source>
        <translation>Seleccione primero un campo de GoHighLevel a la izquierda.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a mapped MailerLite field on the right to unmap it.</source>
        <translation>Seleccione a la derecha un campo de MailerLite asignado para quitar su asignación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MailerLite field %1 is no longer filled by the sync.</source>
        <translation>La sincronización ya no rellena el campo de MailerLite %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile could not be read: %1</source>
        <translation>No se pudo leer el perfil: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mapping was not saved: %1</source>
        <translation>No se guardó la asignación: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mapping is saved in profile %1.</source>
        <translation>La asignación se guardó en el perfil %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/mappingeditorparts.cpp" line="+36"/>
        <source>Edit the rule for tag %1</source>
        <translation>Editar la regla de la etiqueta %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A rule needs a tag and a group.</source>
        <translation>Una regla necesita una etiqueta y un grupo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>MailerLite has no group “%1”. Check “Create if missing” to have the sync create it.</source>
        <translation>MailerLite no tiene ningún grupo «%1». Marque «Crear si no existe» para que la sincronización lo cree.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the rule for tag %1</source>
        <translation>Añadir la regla de la etiqueta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts tagged “%1” will join “%2”.</source>
        <translation>Los contactos con la etiqueta «%1» se unirán a «%2».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a rule to remove.</source>
        <translation>Seleccione una regla para quitarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the rule for tag %1</source>
        <translation>Quitar la regla de la etiqueta %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No rules yet: add a tag and a group above.</source>
        <translation>Aún no hay reglas: añada una etiqueta y un grupo arriba.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Counted over %n loaded contact(s) in the synced set. “Would leave” counts contacts without the tag, removed from the group if they are members.</source>
        <translation>
            <numerusform>Calculado sobre %n contacto cargado del conjunto sincronizado. «Saldrían» cuenta los contactos sin la etiqueta, que se quitan del grupo si son miembros.</numerusform>
            <numerusform>Calculado sobre %n contactos cargados del conjunto sincronizado. «Saldrían» cuenta los contactos sin la etiqueta, que se quitan del grupo si son miembros.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 → %2 (replaces %3): %4</source>
        <translation>%1 → %2 (sustituye a %3): %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not proposed: %1 → %2: %3</source>
        <translation>No propuesto: %1 → %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-map found nothing new to propose.</source>
        <translation>La asignación automática no encontró nada nuevo que proponer.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pair(s) proposed: check the ones to apply.</source>
        <translation>
            <numerusform>%n par propuesto: marque los que quiera aplicar.</numerusform>
            <numerusform>%n pares propuestos: marque los que quiera aplicar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Apply %n auto-map proposal(s)</source>
        <translation>
            <numerusform>Aplicar %n propuesta de asignación automática</numerusform>
            <numerusform>Aplicar %n propuestas de asignación automática</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n proposal(s) applied.</source>
        <translation>
            <numerusform>%n propuesta aplicada.</numerusform>
            <numerusform>%n propuestas aplicadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop one GoHighLevel field to create a MailerLite field for it.</source>
        <translation>Suelte un campo de GoHighLevel para crear un campo de MailerLite para él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a profile to create MailerLite fields.</source>
        <translation>Abra un perfil para crear campos de MailerLite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A MailerLite field is being created; wait for it to finish.</source>
        <translation>Se está creando un campo de MailerLite; espere a que termine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New MailerLite field</source>
        <translation>Nuevo campo de MailerLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a MailerLite %1 field for %2, titled:</source>
        <translation>Crear un campo de MailerLite de tipo %1 para %2, con el título:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating the MailerLite field “%1”…</source>
        <translation>Creando el campo de MailerLite «%1»…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+11"/>
        <source>Import mapping</source>
        <translation>Importar asignación</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+20"/>
        <source>Mapping files (*.json)</source>
        <translation>Archivos de asignación (*.json)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Mapping imported; save it to use it for syncs.</source>
        <translation>Asignación importada; guárdela para usarla en las sincronizaciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export mapping</source>
        <translation>Exportar asignación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mapping exported.</source>
        <translation>Asignación exportada.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../ui/mappingpage.ui" line="+22"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How GoHighLevel contacts become MailerLite subscribers in this profile. This summary lists the saved rules; change them on the Editor tab.</source>
        <translation>Cómo se convierten los contactos de GoHighLevel en suscriptores de MailerLite en este perfil. Este resumen enumera las reglas guardadas; cámbielas en la pestaña Editor.</translation>
    </message>
    <message>
        <location filename="../src/gui/mappingpage.cpp" line="+25"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The mapping saved in this profile cannot be read: %1</source>
        <translation>No se puede leer la asignación guardada en este perfil: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This mapping has no rules: a sync would write nothing.</source>
        <translation>Esta asignación no tiene reglas: una sincronización no escribiría nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile %1 uses the default mapping.</source>
        <translation>El perfil %1 usa la asignación predeterminada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile %1 uses its own saved mapping.</source>
        <translation>El perfil %1 usa su propia asignación guardada.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n field rule(s), %1 notes and tasks digest(s), %2 tag to group rule(s).</source>
        <translation>
            <numerusform>%n regla de campo, %1 resumen(es) de notas y tareas, %2 regla(s) de etiqueta a grupo.</numerusform>
            <numerusform>%n reglas de campo, %1 resumen(es) de notas y tareas, %2 regla(s) de etiqueta a grupo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every contact of the location is synced.</source>
        <translation>Se sincronizan todos los contactos de la ubicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only contacts tagged &quot;%1&quot; are synced.</source>
        <translation>Solo se sincronizan los contactos con la etiqueta «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers without a country code are read as region %1.</source>
        <translation>Los números de teléfono sin prefijo de país se leen como región %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tag is turned into a MailerLite group yet.</source>
        <translation>Todavía no se convierte ninguna etiqueta en un grupo de MailerLite.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a profile to see its mapping.</source>
        <translation>Abra un perfil para ver su asignación.</translation>
    </message>
</context>
<context>
    <name>MappingTableModel</name>
    <message>
        <location filename="../src/gui/mappingtablemodel.cpp" line="+42"/>
        <source>trim</source>
        <translation>quitar espacios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower case</source>
        <translation>minúsculas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upper case</source>
        <translation>mayúsculas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title case</source>
        <translation>mayúscula inicial en cada palabra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phone in E.164</source>
        <translation>teléfono en E.164</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone in E.164 (region %1)</source>
        <translation>teléfono en E.164 (región %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date as %1</source>
        <translation>fecha como %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>join with &quot;%1&quot;</source>
        <translation>unir con «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>split at &quot;%1&quot;</source>
        <translation>dividir en «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>always &quot;%1&quot;</source>
        <translation>siempre «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; when empty</source>
        <translation>«%1» si está vacío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; if true, else &quot;%2&quot;</source>
        <translation>«%1» si es verdadero; si no, «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; if tagged %2, else &quot;%3&quot;</source>
        <translation>«%1» si tiene la etiqueta %2; si no, «%3»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most %1 characters</source>
        <translation>como máximo %1 caracteres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(as is)</source>
        <translation>(tal cual)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>GHL custom field %1</source>
        <translation>campo personalizado de GHL %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>true when the contact has the tag</source>
        <translation>verdadero si el contacto tiene la etiqueta</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>latest %n note(s), at most %1 characters</source>
        <translation>
            <numerusform>la %n nota más reciente, como máximo %1 caracteres</numerusform>
            <numerusform>las %n notas más recientes, como máximo %1 caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>number of tasks not completed</source>
        <translation>número de tareas no completadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title and due date of the earliest open task</source>
        <translation>título y vencimiento de la primera tarea abierta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tag: %1</source>
        <translation>etiqueta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group %1 (#%2)</source>
        <translation>grupo %1 (n.º %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaves the group when the tag is removed</source>
        <translation>sale del grupo cuando se quita la etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stays in the group when the tag is removed</source>
        <translation>permanece en el grupo cuando se quita la etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the group is created if missing</source>
        <translation>el grupo se crea si no existe</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and tasks</source>
        <translation>Notas y tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag to group</source>
        <translation>Etiqueta a grupo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GoHighLevel</source>
        <translation>GoHighLevel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transforms</source>
        <translation>Transformaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailerLite</source>
        <translation>MailerLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../src/gui/planmodel.cpp" line="+48"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsubscribe</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from groups</source>
        <translation>Quitar de los grupos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by consent</source>
        <translation>Bloqueado por consentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+%1 (new)</source>
        <translation>+%1 (nuevo)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(new)</source>
        <translation>(nuevo)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>GoHighLevel contact %1</source>
        <translation>Contacto de GoHighLevel %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before → after</source>
        <translation>Antes → después</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../src/gui/planmodeloverrides.cpp" line="+90"/>
        <source>The plan can no longer be changed: it is being applied or was applied already.</source>
        <translation>El plan ya no se puede cambiar: se está aplicando o ya se aplicó.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forced</source>
        <translation>Forzado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing is sent for this record anyway.</source>
        <translation>De todos modos no se envía nada para este registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot skip: the contact has email do-not-disturb in GoHighLevel, and the consent rules require unsubscribing them in MailerLite.</source>
        <translation>No se puede omitir: el contacto tiene activado «no molestar» para el correo en GoHighLevel y las reglas de consentimiento exigen darlo de baja en MailerLite.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This record is sent anyway: forcing it changes nothing.</source>
        <translation>Este registro se envía de todos modos: forzarlo no cambia nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot force: MailerLite would refuse this record. Fix it in GoHighLevel first.</source>
        <translation>No se puede forzar: MailerLite rechazaría este registro. Corríjalo primero en GoHighLevel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot force: the contact has email do-not-disturb in GoHighLevel, and the consent rules never add such a contact to MailerLite.</source>
        <translation>No se puede forzar: el contacto tiene activado «no molestar» para el correo en GoHighLevel y las reglas de consentimiento nunca añaden un contacto así a MailerLite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot force: the subscriber is %1 in MailerLite. The consent rules make such a subscriber active again only when the profile allows resubscribing and the contact has no email do-not-disturb; then Preview plans the resubscribe itself.</source>
        <translation>No se puede forzar: el suscriptor está %1 en MailerLite. Las reglas de consentimiento solo reactivan a un suscriptor así cuando el perfil permite volver a suscribir y el contacto no tiene «no molestar» para el correo; entonces la vista previa planifica ella misma la nueva suscripción.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot force: another GoHighLevel contact with the same email is synced to this subscriber.</source>
        <translation>No se puede forzar: otro contacto de GoHighLevel con el mismo correo se sincroniza con este suscriptor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent as planned.</source>
        <translation>Enviado según lo previsto.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent, as planned.</source>
        <translation>No enviado, según lo previsto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped by you: not sent in this run.</source>
        <translation>Omitido por usted: no se envía en esta ejecución.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forced by you: sent again although nothing changed.</source>
        <translation>Forzado por usted: se envía de nuevo aunque no haya cambiado nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: possible.</source>
        <translation>%1: posible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As planned</source>
        <translation>Según lo previsto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force</source>
        <translation>Forzar</translation>
    </message>
</context>
<context>
    <name>PlanOverrideDelegate</name>
    <message>
        <location filename="../src/gui/planoverridedelegate.cpp" line="+21"/>
        <source>Override</source>
        <translation>Anulación</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../ui/profileeditor.ui" line="+17"/>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel</source>
        <translation>GoHighLevel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in:</source>
        <translation>Inicio de sesión:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Private Integration Token</source>
        <translation>Private Integration Token</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OAuth (marketplace app)</source>
        <translation>OAuth (aplicación del Marketplace)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Private Integration Token:</source>
        <translation>Private Integration Token:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pit-...</source>
        <translation>pit-...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create it in GoHighLevel under Settings &gt; Private Integrations, with the scopes contacts.readonly, contacts.write and locations/customFields.readonly.</source>
        <translation>Créelo en GoHighLevel en Settings &gt; Private Integrations, con los ámbitos contacts.readonly, contacts.write y locations/customFields.readonly.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Client ID:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The marketplace app&apos;s client ID</source>
        <translation>El ID de cliente de la aplicación del Marketplace</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client secret:</source>
        <translation>Secreto de cliente:</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+92"/>
        <location filename="../src/gui/profileeditor.cpp" line="+202"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Connect...</source>
        <translation>Conectar...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Location ID:</source>
        <translation>ID de ubicación:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sub-account&apos;s location ID</source>
        <translation>El ID de ubicación de la subcuenta</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+50"/>
        <source>Test Connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>MailerLite</source>
        <translation>MailerLite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Sync Rules</source>
        <translation>Reglas de sincronización</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create and update subscribers</source>
        <translation>Crear y actualizar suscriptores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only update linked subscribers</source>
        <translation>Actualizar solo los suscriptores vinculados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only create new subscribers</source>
        <translation>Crear solo suscriptores nuevos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mirror: also clean up contacts that leave the synced set</source>
        <translation>Espejo: limpiar también los contactos que salen del conjunto sincronizado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allow resubscribing people who unsubscribed (never bounced or junk addresses, never with email DND set)</source>
        <translation>Permitir volver a suscribir a quienes se dieron de baja (nunca direcciones rebotadas o de correo no deseado, nunca con «no molestar» activado para el correo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When a linked contact&apos;s email changes:</source>
        <translation>Cuando cambia el correo de un contacto vinculado:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+29"/>
        <source>Leave the subscriber as it is</source>
        <translation>Dejar el suscriptor como está</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+29"/>
        <source>Unsubscribe the subscriber</source>
        <translation>Dar de baja al suscriptor</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+29"/>
        <source>Remove the subscriber from the synced groups</source>
        <translation>Quitar al suscriptor de los grupos sincronizados</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>When a contact leaves the synced set (mirror):</source>
        <translation>Cuando un contacto sale del conjunto sincronizado (espejo):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stop a run that would unsubscribe or remove more than:</source>
        <translation>Detener una ejecución que daría de baja o quitaría más de:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> subscribers</source>
        <translation> suscriptores</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>or more than this share of the linked subscribers:</source>
        <translation>o más de esta proporción de los suscriptores vinculados:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GoHighLevel API address:</source>
        <translation>Dirección de la API de GoHighLevel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://services.leadconnectorhq.com</source>
        <translation>https://services.leadconnectorhq.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MailerLite API address:</source>
        <translation>Dirección de la API de MailerLite:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://api.mailerlite.com/api/v2</source>
        <translation>https://api.mailerlite.com/api/v2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OAuth redirect port:</source>
        <translation>Puerto de redirección OAuth:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any free port</source>
        <translation>Cualquier puerto libre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the addresses only to use a test server such as the ContactBridge sandbox. The redirect port must match the redirect URI registered for the marketplace app (http://127.0.0.1:PORT/).</source>
        <translation>Cambie las direcciones solo para usar un servidor de pruebas como el sandbox de ContactBridge. El puerto de redirección debe coincidir con la URI de redirección registrada para la aplicación del Marketplace (http://127.0.0.1:PORT/).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Real Time</source>
        <translation>Tiempo real</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Real time</source>
        <translation>Tiempo real</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poll GoHighLevel every minute (fast polling)</source>
        <translation>Consultar GoHighLevel cada minuto (sondeo rápido)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Receive webhooks from GoHighLevel and MailerLite</source>
        <translation>Recibir webhooks de GoHighLevel y MailerLite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen on address:</source>
        <translation>Escuchar en la dirección:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>GoHighLevel RSA public key (advanced):</source>
        <translation>Clave pública RSA de GoHighLevel (avanzado):</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>Empty: the key GoHighLevel publishes</source>
        <translation>Vacío: la clave que publica GoHighLevel</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>GoHighLevel Ed25519 public key (advanced):</source>
        <translation>Clave pública Ed25519 de GoHighLevel (avanzado):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When someone opts out in MailerLite:</source>
        <translation>Cuando alguien se da de baja en MailerLite:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change nothing in GoHighLevel</source>
        <translation>No cambiar nada en GoHighLevel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the contact&apos;s email do-not-disturb</source>
        <translation>Activar «No molestar» para el correo del contacto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a tag to the contact</source>
        <translation>Añadir una etiqueta al contacto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Credential Health</source>
        <translation>Estado de las credenciales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When each secret of this profile was stored in the keychain and when it last worked. Replacing keys from time to time limits the damage of a leaked key; &quot;Rotate...&quot; tests the new key before it replaces the old one.</source>
        <translation>Cuándo se guardó cada secreto de este perfil en el llavero y cuándo funcionó por última vez. Sustituir las claves de vez en cuando limita el daño de una clave filtrada; «Renovar...» prueba la clave nueva antes de que sustituya a la anterior.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../src/gui/profileeditor.cpp" line="-95"/>
        <source>GoHighLevel token:</source>
        <translation>Token de GoHighLevel:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+41"/>
        <source>Rotate...</source>
        <translation>Renovar...</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>OAuth client secret:</source>
        <translation>Secreto de cliente OAuth:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>MailerLite API key:</source>
        <translation>Clave de API de MailerLite:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remind me to rotate keys after:</source>
        <translation>Recordarme renovar las claves después de:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="-1"/>
        <source>GoHighLevel sign-in:</source>
        <translation>Inicio de sesión de GoHighLevel:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile &quot;%1&quot;</source>
        <translation>Perfil «%1»</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The GoHighLevel API address is not a valid http or https address.</source>
        <translation>La dirección de la API de GoHighLevel no es una dirección http o https válida.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The MailerLite API address is not a valid http or https address.</source>
        <translation>La dirección de la API de MailerLite no es una dirección http o https válida.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Stored in the keychain on %1 — type to replace</source>
        <translation>Guardado en el llavero el %1 — escriba para sustituirlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the keychain — type to replace</source>
        <translation>Guardado en el llavero — escriba para sustituirlo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not stored yet.</source>
        <translation>Aún no se ha guardado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored on %1.</source>
        <translation>Guardado el %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored before ContactBridge recorded dates.</source>
        <translation>Guardado antes de que ContactBridge registrara fechas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last worked on %1.</source>
        <translation>Funcionó por última vez el %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tested since it was stored.</source>
        <translation>No se ha probado desde que se guardó.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 %2 It is older than %n day(s): rotate it.</source>
        <translation>
            <numerusform>%1 %2 Tiene más de %n día: renuévelo.</numerusform>
            <numerusform>%1 %2 Tiene más de %n días: renuévelo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+9"/>
        <source>Testing...</source>
        <translation>Probando...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting the sign-in...</source>
        <translation>Iniciando el inicio de sesión...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the browser: sign in to GoHighLevel and allow ContactBridge access to the location.</source>
        <translation>Esperando al navegador: inicie sesión en GoHighLevel y permita a ContactBridge acceder a la ubicación.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in to GoHighLevel. Press Save to keep these settings.</source>
        <translation>Sesión iniciada en GoHighLevel. Pulse Guardar para conservar esta configuración.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Connected to location &quot;%1&quot;: %n contact(s); contacts can be changed.</source>
        <translation>
            <numerusform>Conectado a la ubicación «%1»: %n contacto; se pueden modificar los contactos.</numerusform>
            <numerusform>Conectado a la ubicación «%1»: %n contactos; se pueden modificar los contactos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Connected to location &quot;%1&quot;: %n contact(s); read only. %2</source>
        <translation>
            <numerusform>Conectado a la ubicación «%1»: %n contacto; solo lectura. %2</numerusform>
            <numerusform>Conectado a la ubicación «%1»: %n contactos; solo lectura. %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to MailerLite account &quot;%1&quot; (%2).</source>
        <translation>Conectado a la cuenta de MailerLite «%1» (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/profileeditorrealtime.cpp" line="+18"/>
        <source>While ContactBridge runs, it then checks GoHighLevel every minute instead of following the schedule. A check that finds no changed contact costs %n GoHighLevel request(s) and nothing in MailerLite: about %1 requests an hour.</source>
        <translation>
            <numerusform>Mientras ContactBridge se ejecuta, consulta GoHighLevel cada minuto en lugar de seguir la programación. Una comprobación sin contactos cambiados cuesta %n solicitud a GoHighLevel y nada en MailerLite: unas %1 solicitudes por hora.</numerusform>
            <numerusform>Mientras ContactBridge se ejecuta, consulta GoHighLevel cada minuto en lugar de seguir la programación. Una comprobación sin contactos cambiados cuesta %n solicitudes a GoHighLevel y nada en MailerLite: unas %1 solicitudes por hora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The GoHighLevel token is read only (it lacks the contacts.write scope), so opt-outs cannot be written back. Give the token that scope and test the connection again.</source>
        <translation>El token de GoHighLevel es de solo lectura (le falta el ámbito contacts.write), así que las bajas no se pueden trasladar. Dé ese ámbito al token y pruebe de nuevo la conexión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MailerLite reports unsubscribes, bounces and spam complaints through its webhooks: turn them on to write opt-outs back to GoHighLevel.</source>
        <translation>MailerLite comunica las bajas, los rebotes y las quejas de spam mediante sus webhooks: actívelos para trasladar las bajas a GoHighLevel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs a GoHighLevel token with the contacts.write scope. Each change is recorded in the consent history, and ContactBridge recognises it when GoHighLevel reports it back, so it never returns to MailerLite as a new change.</source>
        <translation>Requiere un token de GoHighLevel con el ámbito contacts.write. Cada cambio se registra en el historial de consentimientos y ContactBridge lo reconoce cuando GoHighLevel lo notifica, por lo que nunca vuelve a MailerLite como un cambio nuevo.</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <location filename="../src/gui/profilesession.cpp" line="+116"/>
        <source>%1 is not set. Open Settings to enter it.</source>
        <translation>%1 no está definido. Abra Configuración para introducirlo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The MailerLite API key</source>
        <translation>La clave de API de MailerLite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The GoHighLevel token</source>
        <translation>El token de GoHighLevel</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The GoHighLevel connection</source>
        <translation>La conexión de GoHighLevel</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No profile is open.</source>
        <translation>No hay ningún perfil abierto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking whether the GoHighLevel token may change contacts...</source>
        <translation>Comprobando si el token de GoHighLevel puede modificar contactos...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GoHighLevel cannot be reached: %1</source>
        <translation>No se puede conectar con GoHighLevel: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The GoHighLevel token may not change contacts (it lacks the contacts.write scope).</source>
        <translation>El token de GoHighLevel no puede modificar contactos (le falta el ámbito contacts.write).</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../src/core/profile/profile.cpp" line="+17"/>
        <source>The profile is invalid: %1</source>
        <translation>El perfil no es válido: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>made by a newer version of ContactBridge</source>
        <translation>creado con una versión más reciente de ContactBridge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name &quot;%1&quot; is not allowed</source>
        <translation>el nombre «%1» no está permitido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a service address is not a valid URL</source>
        <translation>una dirección de servicio no es una URL válida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the OAuth redirect port %1 is not a port number</source>
        <translation>el puerto de redirección OAuth %1 no es un número de puerto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown GoHighLevel sign-in &quot;%1&quot;</source>
        <translation>inicio de sesión de GoHighLevel desconocido «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown sync mode or departure rule</source>
        <translation>modo de sincronización o regla de salida desconocidos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the unsubscribe limits cannot be negative</source>
        <translation>los límites de bajas no pueden ser negativos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its schedule: %1</source>
        <translation>su programación: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its real-time settings: %1</source>
        <translation>su configuración en tiempo real: %1</translation>
    </message>
    <message>
        <location filename="../src/core/profile/realtimesettings.cpp" line="+18"/>
        <source>The real-time settings are not valid: %1.</source>
        <translation>La configuración en tiempo real no es válida: %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>«%1» no es una dirección IP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a port number</source>
        <translation>%1 no es un número de puerto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown write-back &quot;%1&quot;</source>
        <translation>reescritura desconocida «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the write-back tag is empty</source>
        <translation>la etiqueta de reescritura está vacía</translation>
    </message>
</context>
<context>
    <name>Profiles::ProfileStore</name>
    <message>
        <location filename="../src/core/profile/profilestore.cpp" line="+84"/>
        <source>&quot;%1&quot; is not a valid profile name: use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>«%1» no es un nombre de perfil válido: use de 1 a 64 letras, dígitos, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+73"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>The profile &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer el perfil «%1»: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile file of &quot;%1&quot; is damaged: %2</source>
        <translation>El archivo del perfil «%1» está dañado: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile file of &quot;%1&quot; names another profile (&quot;%2&quot;).</source>
        <translation>El archivo del perfil «%1» nombra otro perfil («%2»).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The profile &quot;%1&quot; was not saved: it contains a credential. Store tokens and keys in the keychain instead.</source>
        <translation>No se guardó el perfil «%1»: contiene una credencial. Guarde los tokens y las claves en el llavero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profiles folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de perfiles %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>The profile &quot;%1&quot; cannot be saved: %2</source>
        <translation>No se puede guardar el perfil «%1»: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The profile &quot;%1&quot; cannot be removed: %2</source>
        <translation>No se puede eliminar el perfil «%1»: %2</translation>
    </message>
</context>
<context>
    <name>RealtimeService</name>
    <message>
        <location filename="../src/gui/realtimeservice.cpp" line="+69"/>
        <source>The state database is not available, so webhooks cannot be queued: %1</source>
        <translation>La base de datos de estado no está disponible, así que los webhooks no se pueden poner en cola: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile&apos;s credentials are missing, so webhooks cannot be checked or applied.</source>
        <translation>Faltan las credenciales del perfil, así que los webhooks no se pueden comprobar ni aplicar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 delivery refused (HTTP %2): %3</source>
        <translation>Entrega de %1 rechazada (HTTP %2): %3</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Webhooks: not listening</source>
        <translation>Webhooks: sin escuchar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhooks: listening on %1</source>
        <translation>Webhooks: escuchando en %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Webhooks: %n received</source>
        <translation>
            <numerusform>Webhooks: %n recibido</numerusform>
            <numerusform>Webhooks: %n recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n rechazado</numerusform>
            <numerusform>, %n rechazados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listening on http://%1: POST /webhooks/ghl for GoHighLevel, POST /webhooks/mailerlite for MailerLite.</source>
        <translation>Escuchando en http://%1: POST /webhooks/ghl para GoHighLevel, POST /webhooks/mailerlite para MailerLite.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n delivery(ies) accepted</source>
        <translation>
            <numerusform>%n entrega aceptada</numerusform>
            <numerusform>%n entregas aceptadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) applied</source>
        <translation>
            <numerusform>%n evento aplicado</numerusform>
            <numerusform>%n eventos aplicados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last delivery: %1</source>
        <translation>Última entrega: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last refusal: %1</source>
        <translation>Último rechazo: %1</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../src/gui/recordtablemodel.cpp" line="+205"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../ui/rotatekeydialog.ui" line="+6"/>
        <source>Rotate Key</source>
        <translation>Renovar clave</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New key:</source>
        <translation>Clave nueva:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste the new key here</source>
        <translation>Pegue aquí la clave nueva</translation>
    </message>
    <message>
        <location filename="../src/gui/rotatekeydialog.cpp" line="+29"/>
        <source>Test and Replace</source>
        <translation>Probar y sustituir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotate the GoHighLevel Token</source>
        <translation>Renovar el token de GoHighLevel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new Private Integration Token in GoHighLevel (Settings &gt; Private Integrations) for location %1 and paste it below. ContactBridge tests it before it replaces the token of profile &quot;%2&quot;; revoke the old token in GoHighLevel afterwards.</source>
        <translation>Cree un nuevo Private Integration Token en GoHighLevel (Settings &gt; Private Integrations) para la ubicación %1 y péguelo abajo. ContactBridge lo prueba antes de que sustituya al token del perfil «%2»; después, revoque el token anterior en GoHighLevel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rotate the MailerLite API Key</source>
        <translation>Renovar la clave de API de MailerLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a new API key in MailerLite (Integrations &gt; API) and paste it below. ContactBridge tests it before it replaces the key of profile &quot;%1&quot;; delete the old key in MailerLite afterwards.</source>
        <translation>Genere una nueva clave de API en MailerLite (Integrations &gt; API) y péguela abajo. ContactBridge la prueba antes de que sustituya a la clave del perfil «%1»; después, elimine la clave anterior en MailerLite.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Testing the new key...</source>
        <translation>Probando la clave nueva...</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The new token works (location %1, %n contact(s)).</source>
        <translation>
            <numerusform>El token nuevo funciona (ubicación %1, %n contacto).</numerusform>
            <numerusform>El token nuevo funciona (ubicación %1, %n contactos).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new key works (account %1).</source>
        <translation>La clave nueva funciona (cuenta %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Storing it in the keychain...</source>
        <translation>%1 Guardándola en el llavero...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new key works but could not be stored: %1</source>
        <translation>La clave nueva funciona, pero no se pudo guardar: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
The old key is still in use.</source>
        <translation>%1
Se sigue usando la clave anterior.</translation>
    </message>
</context>
<context>
    <name>RunItemModel</name>
    <message>
        <location filename="../src/gui/runitemmodel.cpp" line="+24"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from groups</source>
        <translation>Quitar de los grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid data</source>
        <translation>Datos no válidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked by consent</source>
        <translation>Bloqueado por consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate email</source>
        <translation>Correo duplicado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped by you</source>
        <translation>Omitido por usted</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>RunModel</name>
    <message>
        <location filename="../src/gui/runmodel.cpp" line="+70"/>
        <source>Succeeded</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some items failed</source>
        <translation>Algunos elementos fallaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: too many removals</source>
        <translation>Detenida: demasiadas bajas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create and update</source>
        <translation>Crear y actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update only</source>
        <translation>Solo actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create only</source>
        <translation>Solo crear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mirror</source>
        <translation>Espejo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Run #%1</source>
        <translation>Ejecución n.º %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsub.</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group +</source>
        <translation>Grupo +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group -</source>
        <translation>Grupo -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dupl.</source>
        <translation>Dupl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GHL req.</source>
        <translation>Pet. GHL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite req.</source>
        <translation>Pet. MailerLite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A preview plans without writing; a sync applies.</source>
        <translation>Una vista previa planifica sin escribir; una sincronización aplica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribers created in MailerLite</source>
        <translation>Suscriptores creados en MailerLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribers updated in MailerLite</source>
        <translation>Suscriptores actualizados en MailerLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts that needed no change</source>
        <translation>Contactos que no necesitaban cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribers unsubscribed</source>
        <translation>Suscriptores dados de baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group memberships added</source>
        <translation>Membresías de grupo añadidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group memberships removed</source>
        <translation>Membresías de grupo quitadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts skipped because their data is invalid</source>
        <translation>Contactos omitidos por tener datos no válidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts held back by consent rules</source>
        <translation>Contactos retenidos por las reglas de consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts sharing an email with another contact</source>
        <translation>Contactos que comparten correo con otro contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that failed (see the Failures page)</source>
        <translation>Elementos fallidos (vea la página Fallos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests sent to GoHighLevel</source>
        <translation>Peticiones enviadas a GoHighLevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests sent to MailerLite</source>
        <translation>Peticiones enviadas a MailerLite</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../src/core/schedule/schedule.cpp" line="+27"/>
        <source>The schedule is invalid: %1</source>
        <translation>La programación no es válida: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>an interval of %1 minutes does not divide a day evenly (allowed: 1 to 720 minutes, e.g. 5, 15, 30, 45, 60, 90, 120)</source>
        <translation>un intervalo de %1 minutos no divide el día en partes iguales (permitido: de 1 a 720 minutos, p. ej. 5, 15, 30, 45, 60, 90, 120)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the time of day must be whole minutes, written HH:MM</source>
        <translation>la hora debe estar en minutos enteros, con el formato HH:MM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose at least one weekday</source>
        <translation>elija al menos un día de la semana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a weekday number (1 = Monday .. 7 = Sunday)</source>
        <translation>%1 no es un número de día de la semana (1 = lunes .. 7 = domingo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown kind</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every minute</source>
        <translation>Cada minuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every %1 hours</source>
        <translation>Cada %1 horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 minutes</source>
        <translation>Cada %1 minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily at %1</source>
        <translation>Cada día a las %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;kind&quot; must be one of off, interval, daily or weekdays</source>
        <translation>«kind» debe ser off, interval, daily o weekdays</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;minutes&quot; must be a whole number</source>
        <translation>«minutes» debe ser un número entero</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;time&quot; must be HH:MM (00:00 to 23:59), not &quot;%1&quot;</source>
        <translation>«time» debe tener el formato HH:MM (de 00:00 a 23:59), no «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;days&quot; must be a list such as [&quot;mon&quot;, &quot;fri&quot;]</source>
        <translation>«days» debe ser una lista como [&quot;mon&quot;, &quot;fri&quot;]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown weekday &quot;%1&quot; (use mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>día de la semana desconocido «%1» (use mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown kind &quot;%1&quot; (use off, interval, daily or weekdays)</source>
        <translation>tipo desconocido «%1» (use off, interval, daily o weekdays)</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/scheduledialog.ui" line="+6"/>
        <location line="+10"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scheduled runs happen while ContactBridge is running, also when its window is closed to the system tray. A run that would start while another one is going is skipped; runs missed while the computer slept are made up once.</source>
        <translation>Las ejecuciones programadas se realizan mientras ContactBridge está abierto, también cuando su ventana está cerrada en la bandeja del sistema. Una ejecución que empezaría mientras otra está en curso se omite; las que se perdieron mientras el equipo estaba en suspensión se recuperan una vez.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Run:</source>
        <translation>&amp;Ejecutar:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every few minutes or hours</source>
        <translation>Cada pocos minutos u horas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily at a time</source>
        <translation>Cada día a una hora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On chosen weekdays at a time</source>
        <translation>Los días de la semana elegidos a una hora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Every:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;At:</source>
        <translation>&amp;A las:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On:</source>
        <translation>Los:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Next runs:</source>
        <translation>Próximas ejecuciones:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Requests:</source>
        <translation>Peticiones:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Run without the app</source>
        <translation>Ejecutar sin la aplicación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>systemd user timer (recommended)</source>
        <translation>Temporizador de usuario de systemd (recomendado)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy &amp;service</source>
        <translation>Copiar &amp;servicio</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copy &amp;timer</source>
        <translation>Copiar &amp;temporizador</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copy c&amp;ommand</source>
        <translation>Copiar c&amp;omando</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cron</source>
        <translation>cron</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Copy &amp;cron line</source>
        <translation>Copiar línea de &amp;cron</translation>
    </message>
    <message>
        <location filename="../src/gui/scheduledialog.cpp" line="+56"/>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a schedule on the Schedule tab first.</source>
        <translation>Elija primero una programación en la pestaña Programación.</translation>
    </message>
    <message>
        <location line="+135"/>
        <location line="+50"/>
        <source>None: the schedule is off.</source>
        <translation>Ninguna: la programación está desactivada.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Fast polling is on: while ContactBridge runs, it checks GoHighLevel every minute instead of following this schedule. A check that finds no changed contact costs %1 GoHighLevel and %2 MailerLite requests: about %3 and %4 per hour, %5 GoHighLevel requests a day.</source>
        <translation>El sondeo rápido está activado: mientras ContactBridge se ejecuta, consulta GoHighLevel cada minuto en lugar de seguir esta programación. Una comprobación sin contactos cambiados cuesta %1 solicitudes a GoHighLevel y %2 a MailerLite: unas %3 y %4 por hora, %5 solicitudes a GoHighLevel al día.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A check that finds changes costs about as much as the last run (%1 and %2).</source>
        <translation>Una comprobación que encuentra cambios cuesta más o menos lo mismo que la última ejecución (%1 y %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown until this profile has run once: a run&apos;s requests depend on how many contacts changed.</source>
        <translation>Se desconoce hasta que este perfil se ejecute una vez: las peticiones de una ejecución dependen de cuántos contactos cambiaron.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About %1 GoHighLevel and %2 MailerLite requests per hour (the last run used %3 and %4).</source>
        <translation>Unas %1 peticiones a GoHighLevel y %2 a MailerLite por hora (la última ejecución usó %3 y %4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is more than GoHighLevel&apos;s 200,000 requests a day per location: choose a longer interval.</source>
        <translation>Son más de las 200.000 peticiones diarias por ubicación de GoHighLevel: elija un intervalo más largo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last run took longer than the interval, so some runs will be skipped.</source>
        <translation>La última ejecución duró más que el intervalo, así que se omitirán algunas ejecuciones.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>Save as ~/.config/systemd/user/%1</source>
        <translation>Guardar como ~/.config/systemd/user/%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then run: %1</source>
        <translation>Después ejecute: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add with &quot;crontab -e&quot;. Unlike the timer, cron does not make up runs missed while the computer was off.</source>
        <translation>Añádala con «crontab -e». A diferencia del temporizador, cron no recupera las ejecuciones perdidas mientras el equipo estaba apagado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When ContactBridge is not running, the same schedule can start %1 by itself. It takes the credentials from the keychain, so you need to be logged in. It exits with 0 when the sync succeeded, 1 when items failed, 3 on a sign-in or configuration problem and 4 when the unsubscribe limit stopped it. Use either this or the app&apos;s own schedule, not both.</source>
        <translation>Cuando ContactBridge no está abierto, la misma programación puede iniciar %1 por sí sola. Toma las credenciales del llavero, así que debe tener la sesión iniciada. Termina con 0 si la sincronización fue correcta, 1 si fallaron elementos, 3 ante un problema de inicio de sesión o de configuración y 4 si la detuvo el límite de bajas. Use esto o la programación propia de la aplicación, no ambas.</translation>
    </message>
</context>
<context>
    <name>ScheduleGenerator</name>
    <message>
        <location filename="../src/core/schedule/schedulegenerator.cpp" line="+137"/>
        <source>Choose a schedule first: it is off.</source>
        <translation>Elija primero una programación: está desactivada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A profile name and the path of contactbridge-cli are needed.</source>
        <translation>Se necesitan un nombre de perfil y la ruta de contactbridge-cli.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A profile name or path with a line break cannot be written into a schedule.</source>
        <translation>Un nombre de perfil o una ruta con un salto de línea no se puede escribir en una programación.</translation>
    </message>
</context>
<context>
    <name>Secrets::SecretStore</name>
    <message>
        <location filename="../src/core/secrets/secretstore.cpp" line="+135"/>
        <source>The system keychain is not available. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) and unlock it, then try again.</source>
        <translation>El llavero del sistema no está disponible. Inicie el llavero de su escritorio (GNOME Keyring o KWallet), desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain is locked. Unlock it in your keyring manager (for example Seahorse or KWallet Manager), or log out and in again, then try again.</source>
        <translation>El llavero está bloqueado. Desbloquéelo en su gestor de llaveros (por ejemplo Seahorse o el gestor de KWallet), o cierre la sesión y vuelva a iniciarla; después, inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access to the keychain was denied. Allow ContactBridge to use the keychain when your desktop asks, then try again.</source>
        <translation>Se denegó el acceso al llavero. Permita que ContactBridge use el llavero cuando su escritorio lo pida e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Session::ConnectionTester</name>
    <message>
        <location filename="../src/core/session/connectiontester.cpp" line="+107"/>
        <source>The GoHighLevel token may read contacts but not change them: it lacks the contacts.write scope. Add that scope to the Private Integration (or the app) to edit contacts from ContactBridge.</source>
        <translation>El token de GoHighLevel puede leer contactos pero no modificarlos: le falta el ámbito contacts.write. Añada ese ámbito a la Private Integration (o a la aplicación) para editar contactos desde ContactBridge.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whether the token may change contacts could not be checked: %1</source>
        <translation>No se pudo comprobar si el token puede modificar contactos: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No GoHighLevel token is set. Enter the Private Integration Token in Settings, or connect with OAuth.</source>
        <translation>No hay ningún token de GoHighLevel. Introduzca el Private Integration Token en Configuración o conéctese con OAuth.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No GoHighLevel location ID is set. Enter the sub-account&apos;s location ID in Settings.</source>
        <translation>No hay ningún ID de ubicación de GoHighLevel. Introduzca el ID de ubicación de la subcuenta en Configuración.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No MailerLite API key is set. Enter it in Settings.</source>
        <translation>No hay ninguna clave de API de MailerLite. Introdúzcala en Configuración.</translation>
    </message>
</context>
<context>
    <name>Session::ContactEditor</name>
    <message>
        <location filename="../src/core/session/contacteditor.cpp" line="+108"/>
        <source>Nothing to change.</source>
        <translation>Nada que cambiar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact saved</source>
        <translation>Contacto guardado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No tag to add.</source>
        <translation>No hay ninguna etiqueta que añadir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tags added</source>
        <translation>Etiquetas añadidas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tag to remove.</source>
        <translation>No hay ninguna etiqueta que quitar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags removed</source>
        <translation>Etiquetas quitadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A note needs some text.</source>
        <translation>Una nota necesita algo de texto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note added</source>
        <translation>Nota añadida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A task needs a title and a due date.</source>
        <translation>Una tarea necesita un título y una fecha de vencimiento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Task added</source>
        <translation>Tarea añadida</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Task completed</source>
        <translation>Tarea completada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task reopened</source>
        <translation>Tarea reabierta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Task deleted</source>
        <translation>Tarea eliminada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact deleted</source>
        <translation>Contacto eliminado</translation>
    </message>
</context>
<context>
    <name>Session::DetailLoader</name>
    <message>
        <location filename="../src/core/session/detailloader.cpp" line="+22"/>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
</context>
<context>
    <name>Session::FieldCatalog</name>
    <message>
        <location filename="../src/core/session/fieldcatalog.cpp" line="+38"/>
        <source>Notes digest</source>
        <translation>Resumen de notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open task count</source>
        <translation>Número de tareas abiertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due task</source>
        <translation>Próxima tarea pendiente</translation>
    </message>
</context>
<context>
    <name>Session::LinkIndex</name>
    <message>
        <location filename="../src/core/session/linkindexreasons.cpp" line="+21"/>
        <source>The linked MailerLite subscriber %1 is not among the loaded ones: it no longer exists, or it is not loaded yet.</source>
        <translation>El suscriptor de MailerLite vinculado %1 no está entre los cargados: ya no existe o aún no se ha cargado.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n contact(s) are linked to the same MailerLite subscriber %1.</source>
        <translation>
            <numerusform>%n contacto está vinculado al mismo suscriptor de MailerLite %1.</numerusform>
            <numerusform>%n contactos están vinculados al mismo suscriptor de MailerLite %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The linked MailerLite subscriber has the email &quot;%1&quot;, this contact has &quot;%2&quot;.</source>
        <translation>El suscriptor de MailerLite vinculado tiene el correo «%1» y este contacto tiene «%2».</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n contact(s) share the email &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n contacto tiene el correo «%1».</numerusform>
            <numerusform>%n contactos comparten el correo «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MailerLite subscriber with this email is already linked to contact %1.</source>
        <translation>El suscriptor de MailerLite con este correo ya está vinculado al contacto %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Linked to MailerLite subscriber %1, which has the same email.</source>
        <translation>Vinculado al suscriptor de MailerLite %1, que tiene el mismo correo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked yet: MailerLite subscriber %1 has the same email.</source>
        <translation>Aún sin vincular: el suscriptor de MailerLite %1 tiene el mismo correo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This contact has no email, so it has no MailerLite subscriber.</source>
        <translation>Este contacto no tiene correo, así que no tiene suscriptor de MailerLite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loaded MailerLite subscriber has this email.</source>
        <translation>Ningún suscriptor de MailerLite cargado tiene este correo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Linked to GHL contact %1, which has the same email.</source>
        <translation>Vinculado al contacto de GHL %1, que tiene el mismo correo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked yet: GHL contact %1 has the same email.</source>
        <translation>Aún sin vincular: el contacto de GHL %1 tiene el mismo correo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No loaded GHL contact is linked to this subscriber or has its email.</source>
        <translation>Ningún contacto de GHL cargado está vinculado a este suscriptor ni tiene su correo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GHL contact %1 has this email but is linked to MailerLite subscriber %2.</source>
        <translation>El contacto de GHL %1 tiene este correo, pero está vinculado al suscriptor de MailerLite %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+17"/>
        <source>Linked</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Email match only</source>
        <translation>Solo coincide el correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>GHL only</source>
        <translation>Solo GHL</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>MailerLite only</source>
        <translation>Solo MailerLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Email match</source>
        <translation>Mismo correo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ML only</source>
        <translation>Solo ML</translation>
    </message>
</context>
<context>
    <name>Session::SubscriberWalker</name>
    <message>
        <location filename="../src/core/session/subscriberwalker.cpp" line="+44"/>
        <source>Listing MailerLite subscribers was cancelled.</source>
        <translation>Se canceló el listado de suscriptores de MailerLite.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+6"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add...</source>
        <translation>Añadir...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove...</source>
        <translation>Quitar...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No profile yet. Press &quot;Add...&quot; to create one: a profile connects one GoHighLevel location to one MailerLite account.</source>
        <translation>Aún no hay ningún perfil. Pulse «Añadir...» para crear uno: un perfil conecta una ubicación de GoHighLevel con una cuenta de MailerLite.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language of ContactBridge for all profiles. &quot;System default&quot; follows the languages of your desktop.</source>
        <translation>El idioma de ContactBridge para todos los perfiles. «Predeterminado del sistema» sigue los idiomas de su escritorio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Takes effect the next time ContactBridge starts.</source>
        <translation>Se aplica la próxima vez que se inicie ContactBridge.</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="+137"/>
        <location line="+196"/>
        <source>Discard Changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Profile &quot;%1&quot; has unsaved changes. Discard them?</source>
        <translation>El perfil «%1» tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add Profile</source>
        <translation>Añadir perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new profile (letters, digits, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;):</source>
        <translation>Nombre del perfil nuevo (letras, dígitos, «-», «_» y «.»):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; cannot be a profile name: use 1 to 64 letters, digits, &quot;-&quot;, &quot;_&quot; or &quot;.&quot;.</source>
        <translation>«%1» no puede ser un nombre de perfil: use de 1 a 64 letras, dígitos, «-», «_» o «.».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove Profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove profile &quot;%1&quot; and delete its keys from the keychain? The data in GoHighLevel and MailerLite is not touched.</source>
        <translation>¿Eliminar el perfil «%1» y borrar sus claves del llavero? Los datos de GoHighLevel y MailerLite no se modifican.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile &quot;%1&quot; was not removed: %2</source>
        <translation>No se eliminó el perfil «%1»: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The settings were not saved: %1</source>
        <translation>No se guardó la configuración: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Profile &quot;%1&quot; has unsaved changes. Close without saving?</source>
        <translation>El perfil «%1» tiene cambios sin guardar. ¿Cerrar sin guardar?</translation>
    </message>
</context>
<context>
    <name>Store::ConsentLedger</name>
    <message>
        <location filename="../src/core/store/consentledger.cpp" line="+24"/>
        <source>Could not record a subscription status change.</source>
        <translation>No se pudo registrar un cambio de estado de suscripción.</translation>
    </message>
</context>
<context>
    <name>Store::CursorStore</name>
    <message>
        <location filename="../src/core/store/cursorstore.cpp" line="+40"/>
        <source>Could not save where the next sync starts.</source>
        <translation>No se pudo guardar dónde empieza la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>Store::FailureStore</name>
    <message>
        <location filename="../src/core/store/failurestore.cpp" line="+144"/>
        <source>This failure was already resolved by a successful retry.</source>
        <translation>Este fallo ya se resolvió con un reintento correcto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The failed item no longer exists.</source>
        <translation>El elemento fallido ya no existe.</translation>
    </message>
</context>
<context>
    <name>Store::LinkStore</name>
    <message>
        <location filename="../src/core/store/linkstore.cpp" line="+120"/>
        <source>Could not save the link of a synced contact.</source>
        <translation>No se pudo guardar el vínculo de un contacto sincronizado.</translation>
    </message>
</context>
<context>
    <name>Store::RunStore</name>
    <message>
        <location filename="../src/core/store/runstore.cpp" line="+90"/>
        <source>Could not record the end of the sync run.</source>
        <translation>No se pudo registrar el final de la ejecución de sincronización.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The sync run was already closed (%1) when it tried to finish.</source>
        <translation>La ejecución de sincronización ya estaba cerrada (%1) cuando intentó terminar.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The log of this run was truncated after %1 lines; later lines were not kept.</source>
        <translation>El registro de esta ejecución se truncó tras %1 líneas; las líneas posteriores no se conservaron.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The sync run no longer exists.</source>
        <translation>La ejecución de sincronización ya no existe.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The run did not finish: ContactBridge was closed, killed or lost power while it was running. Items recorded before that point were applied; the next run continues from there.</source>
        <translation>La ejecución no terminó: ContactBridge se cerró, se interrumpió o perdió la alimentación mientras se ejecutaba. Los elementos registrados antes de ese momento se aplicaron; la próxima ejecución continúa desde ahí.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not clean up the run history.</source>
        <translation>No se pudo limpiar el historial de ejecuciones.</translation>
    </message>
</context>
<context>
    <name>Store::StateDatabase</name>
    <message>
        <location filename="../src/core/store/migration.cpp" line="+21"/>
        <source>The database upgrade scripts of this ContactBridge build are inconsistent.</source>
        <translation>Los scripts de actualización de la base de datos de esta compilación de ContactBridge son incoherentes.</translation>
    </message>
    <message>
        <location filename="../src/core/store/sqlscript.cpp" line="+112"/>
        <source>A database script of this ContactBridge build is damaged.</source>
        <translation>Un script de base de datos de esta compilación de ContactBridge está dañado.</translation>
    </message>
    <message>
        <location filename="../src/core/store/sqliteerror.cpp" line="+53"/>
        <source>The state file %1 is busy. Another ContactBridge window or process may be using it; try again in a moment.</source>
        <translation>El archivo de estado %1 está ocupado. Puede que otra ventana o proceso de ContactBridge lo esté usando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk holding the state file %1 is full.</source>
        <translation>El disco que contiene el archivo de estado %1 está lleno.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The state file %1 cannot be written. Check that you may write to the file and to its folder.</source>
        <translation>No se puede escribir el archivo de estado %1. Compruebe que tiene permiso de escritura en el archivo y en su carpeta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The state file %1 cannot be opened or created. Check that its folder exists and that you may write to it.</source>
        <translation>No se puede abrir ni crear el archivo de estado %1. Compruebe que su carpeta existe y que tiene permiso de escritura en ella.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The state file %1 is damaged or is not a ContactBridge state file. It was left untouched; move it aside to start with a fresh state.</source>
        <translation>El archivo de estado %1 está dañado o no es un archivo de estado de ContactBridge. No se modificó; muévalo a otro sitio para empezar con un estado nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the state file %1 failed; the disk may be full or the folder not writable. The failed step was not saved; what was saved before is intact.</source>
        <translation>No se pudo escribir el archivo de estado %1; puede que el disco esté lleno o que la carpeta no admita escritura. El paso fallido no se guardó; lo que se había guardado antes está intacto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading or writing the state file %1 failed (input/output error).</source>
        <translation>Falló la lectura o escritura del archivo de estado %1 (error de entrada/salida).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A database operation on the state file %1 failed.</source>
        <translation>Falló una operación de base de datos en el archivo de estado %1.</translation>
    </message>
    <message>
        <location filename="../src/core/store/statedatabase.cpp" line="+51"/>
        <source>The state database was opened twice.</source>
        <translation>La base de datos de estado se abrió dos veces.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The state file %1 was made by a newer version of ContactBridge (schema version %2; this version knows up to %3). Update ContactBridge to use it. The file was not changed.</source>
        <translation>El archivo de estado %1 se creó con una versión más reciente de ContactBridge (versión de esquema %2; esta versión conoce hasta la %3). Actualice ContactBridge para usarlo. El archivo no se modificó.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The state file %1 has not been upgraded to this version of ContactBridge yet. Start a sync once to upgrade it.</source>
        <translation>El archivo de estado %1 aún no se ha actualizado a esta versión de ContactBridge. Inicie una sincronización una vez para actualizarlo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The state file %1 is a folder or a special file, not a database.</source>
        <translation>El archivo de estado %1 es una carpeta o un archivo especial, no una base de datos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not create the folder %1 for the state file.</source>
        <translation>No se pudo crear la carpeta %1 para el archivo de estado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SQLite support is missing from this installation of ContactBridge.</source>
        <translation>A esta instalación de ContactBridge le falta la compatibilidad con SQLite.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The state file %1 cannot use write-ahead logging. Keep it on a local disk.</source>
        <translation>El archivo de estado %1 no puede usar el registro de escritura anticipada (WAL). Guárdelo en un disco local.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not upgrade the state file %1 to schema version %2. It was left at version %3.</source>
        <translation>No se pudo actualizar el archivo de estado %1 a la versión de esquema %2. Se quedó en la versión %3.</translation>
    </message>
</context>
<context>
    <name>SubscriberDetailPanel</name>
    <message>
        <location filename="../ui/subscriberdetailpanel.ui" line="+7"/>
        <source>Select a MailerLite subscriber to see its type, groups and fields.</source>
        <translation>Seleccione un suscriptor de MailerLite para ver su tipo, grupos y campos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Groups:</source>
        <translation>Grupos:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscribed:</source>
        <translation>Suscrito:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity:</source>
        <translation>Actividad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../src/gui/subscriberdetailpanel.cpp" line="+64"/>
        <location line="+2"/>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown as the last sync wrote it; reading MailerLite&apos;s own record...</source>
        <translation>Se muestra como lo escribió la última sincronización; leyendo el registro propio de MailerLite...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No groups</source>
        <translation>Sin grupos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent, %2 opened, %3 clicked</source>
        <translation>%1 enviados, %2 abiertos, %3 con clic</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fields with a value: %1 of %2</source>
        <translation>Campos con valor: %1 de %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The subscriber could not be read: %1</source>
        <translation>No se pudo leer el suscriptor: %1</translation>
    </message>
</context>
<context>
    <name>SubscriberTableModel</name>
    <message>
        <location filename="../src/gui/subscribertablemodel.cpp" line="+42"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsubscribed</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unconfirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bounced</source>
        <translation>Rebotado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Junk</source>
        <translation>Correo no deseado</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link status</source>
        <translation>Estado de vínculo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not known yet</source>
        <translation>Aún desconocido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>As written by the last sync; Refresh reads MailerLite&apos;s own record.</source>
        <translation>Tal como lo escribió la última sincronización; Actualizar lee el registro propio de MailerLite.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../src/core/sync/plan.cpp" line="+23"/>
        <source>The plan file cannot be used: %1</source>
        <translation>No se puede usar el archivo de plan: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>not valid JSON (%1)</source>
        <translation>no es JSON válido (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a ContactBridge plan</source>
        <translation>no es un plan de ContactBridge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>made by another version of ContactBridge (format %1)</source>
        <translation>creado con otra versión de ContactBridge (formato %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>item %1 is malformed</source>
        <translation>el elemento %1 está mal formado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it names no profile</source>
        <translation>no indica ningún perfil</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Cannot write the plan to %1: %2</source>
        <translation>No se puede escribir el plan en %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the plan %1: %2</source>
        <translation>No se puede leer el plan %1: %2</translation>
    </message>
</context>
<context>
    <name>Sync::Executor</name>
    <message>
        <location filename="../src/core/sync/executor.cpp" line="+83"/>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelado antes de enviarse.</translation>
    </message>
    <message>
        <location filename="../src/core/sync/executorimports.cpp" line="+178"/>
        <source>MailerLite did not report this subscriber in the import result.</source>
        <translation>MailerLite no informó de este suscriptor en el resultado de la importación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailerLite refused the subscriber: %1</source>
        <translation>MailerLite rechazó el suscriptor: %1</translation>
    </message>
</context>
<context>
    <name>Sync::ExecutorBreaker</name>
    <message numerus="yes">
        <location filename="../src/core/sync/executorbreaker.cpp" line="+28"/>
        <source>MailerLite unavailable: %1 consecutive requests failed with server errors or connection failures; stopped writing, %n item(s) left for the next run.</source>
        <translation>
            <numerusform>MailerLite no disponible: %1 peticiones consecutivas fallaron con errores del servidor o de conexión; se detuvo la escritura, queda %n elemento para la próxima ejecución.</numerusform>
            <numerusform>MailerLite no disponible: %1 peticiones consecutivas fallaron con errores del servidor o de conexión; se detuvo la escritura, quedan %n elementos para la próxima ejecución.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MailerLite unavailable: %1 consecutive server errors; abandoned before an answer.</source>
        <translation>MailerLite no disponible: %1 errores del servidor consecutivos; se abandonó antes de una respuesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailerLite unavailable: %1 consecutive server errors; not attempted.</source>
        <translation>MailerLite no disponible: %1 errores del servidor consecutivos; no se intentó.</translation>
    </message>
</context>
<context>
    <name>Sync::Run</name>
    <message>
        <location filename="../src/core/sync/planner.cpp" line="+229"/>
        <source>Another GoHighLevel contact (%1) has the same email address and is synced instead.</source>
        <translation>Otro contacto de GoHighLevel (%1) tiene la misma dirección de correo y se sincroniza en su lugar.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The MailerLite group &quot;%1&quot; does not exist.</source>
        <translation>El grupo de MailerLite «%1» no existe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No longer in the synced set (the synced tag was removed).</source>
        <translation>Ya no está en el conjunto sincronizado (se quitó la etiqueta de sincronización).</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>Email is set to do-not-disturb in GoHighLevel: not added to MailerLite.</source>
        <translation>El correo tiene activado «no molestar» en GoHighLevel: no se añade a MailerLite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email is set to do-not-disturb in GoHighLevel.</source>
        <translation>El correo tiene activado «no molestar» en GoHighLevel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already unsubscribed and unchanged.</source>
        <translation>Ya dado de baja y sin cambios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details changed; the subscriber stays unsubscribed.</source>
        <translation>Datos cambiados; el suscriptor sigue dado de baja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already unsubscribed.</source>
        <translation>Ya dado de baja.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Not in MailerLite, and this profile only updates existing subscribers.</source>
        <translation>No está en MailerLite y este perfil solo actualiza suscriptores existentes.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New in GoHighLevel.</source>
        <translation>Nuevo en GoHighLevel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already in MailerLite, and this profile only creates new subscribers.</source>
        <translation>Ya está en MailerLite y este perfil solo crea suscriptores nuevos.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Unsubscribed in MailerLite; resubscribed because this profile allows it and the contact has no email do-not-disturb.</source>
        <translation>Dado de baja en MailerLite; vuelto a suscribir porque este perfil lo permite y el contacto no tiene «no molestar» para el correo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details changed; the subscriber stays %1 in MailerLite.</source>
        <translation>Datos cambiados; el suscriptor sigue %1 en MailerLite.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>MailerLite differs from what was last synced (changed there).</source>
        <translation>MailerLite difiere de lo último sincronizado (se cambió allí).</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Changed in GoHighLevel.</source>
        <translation>Cambiado en GoHighLevel.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>%1 in MailerLite: not resubscribed (this profile does not allow it).</source>
        <translation>%1 en MailerLite: no se vuelve a suscribir (este perfil no lo permite).</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Unchanged since the last sync.</source>
        <translation>Sin cambios desde la última sincronización.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Email changed from %1 to %2 (MailerLite cannot change an email).</source>
        <translation>Correo cambiado de %1 a %2 (MailerLite no puede cambiar un correo).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Deleted in GoHighLevel.</source>
        <translation>Eliminado en GoHighLevel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This run would unsubscribe or remove %1 subscribers (%2% of %3 synced), more than the profile allows (%4, or %5%). Nothing was changed.</source>
        <translation>Esta ejecución daría de baja o quitaría %1 suscriptores (%2% de %3 sincronizados), más de lo que permite el perfil (%4 o %5%). No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Sync::SyncEngine</name>
    <message>
        <location filename="../src/core/sync/syncengine.cpp" line="+200"/>
        <source>Run %1 started for profile %2.</source>
        <translation>Ejecución %1 iniciada para el perfil %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan was made for profile &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>El plan se hizo para el perfil «%1», no para «%2».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applying the saved plan of %1 items.</source>
        <translation>Aplicando el plan guardado de %1 elementos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Full reconcile: reading MailerLite&apos;s subscribers to compare.</source>
        <translation>Conciliación completa: leyendo los suscriptores de MailerLite para comparar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First run: reading MailerLite&apos;s subscribers so nobody is added twice.</source>
        <translation>Primera ejecución: leyendo los suscriptores de MailerLite para que nadie se añada dos veces.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No contact changed since the last run.</source>
        <translation>Ningún contacto ha cambiado desde la última ejecución.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Plan: %1 contacts, %2 writes to MailerLite.</source>
        <translation>Plan: %1 contactos, %2 escrituras en MailerLite.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Applying</source>
        <translation>Aplicando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/sync/syncenginefetch.cpp" line="+109"/>
        <source>Contact %1 could not be read: %2</source>
        <translation>No se pudo leer el contacto %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading GoHighLevel contacts</source>
        <translation>Leyendo contactos de GoHighLevel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Read %1 contacts from GoHighLevel in %2 pages.</source>
        <translation>Leídos %1 contactos de GoHighLevel en %2 páginas.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Read %1 MailerLite subscribers.</source>
        <translation>Leídos %1 suscriptores de MailerLite.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Reading notes and tasks of %1 changed contacts.</source>
        <translation>Leyendo notas y tareas de %1 contactos cambiados.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/sync/syncengineretry.cpp" line="+33"/>
        <source>Looking up %n retried contact(s) in MailerLite.</source>
        <translation>
            <numerusform>Buscando %n contacto reintentado en MailerLite.</numerusform>
            <numerusform>Buscando %n contactos reintentados en MailerLite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync::WriteBack</name>
    <message>
        <location filename="../src/core/sync/writeback.cpp" line="+117"/>
        <source>This profile does not write opt-outs back to GoHighLevel.</source>
        <translation>Este perfil no traslada las bajas a GoHighLevel.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The MailerLite event %1 is not an unsubscribe, bounce or complaint.</source>
        <translation>El evento de MailerLite %1 no es una baja, un rebote ni una queja.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The GoHighLevel contact %1 no longer exists.</source>
        <translation>El contacto de GoHighLevel %1 ya no existe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No GoHighLevel contact is linked to MailerLite subscriber %1.</source>
        <translation>Ningún contacto de GoHighLevel está vinculado al suscriptor de MailerLite %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No GoHighLevel contact has the email address of MailerLite subscriber %1.</source>
        <translation>Ningún contacto de GoHighLevel tiene la dirección de correo del suscriptor de MailerLite %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The contact already has email do-not-disturb.</source>
        <translation>El contacto ya tiene «No molestar» para el correo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact already has the tag &quot;%1&quot;.</source>
        <translation>El contacto ya tiene la etiqueta «%1».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>GoHighLevel did not accept the change to contact %1: %2</source>
        <translation>GoHighLevel no aceptó el cambio del contacto %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>MailerLite %1: email do-not-disturb set in GoHighLevel.</source>
        <translation>MailerLite %1: «No molestar» para el correo activado en GoHighLevel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite %1: tag &quot;%2&quot; added in GoHighLevel.</source>
        <translation>MailerLite %1: etiqueta «%2» añadida en GoHighLevel.</translation>
    </message>
</context>
<context>
    <name>Sync::WriteBackJournal</name>
    <message>
        <location filename="../src/core/sync/writebackjournal.cpp" line="+32"/>
        <source>Could not record a write-back.</source>
        <translation>No se pudo registrar la escritura de vuelta.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../src/gui/synccontroller.cpp" line="+210"/>
        <source>The sync ended unexpectedly.</source>
        <translation>La sincronización terminó de forma inesperada.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../ui/syncpage.ui" line="+11"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work out what a sync would change, without changing anything.</source>
        <translation>Calcular qué cambiaría una sincronización, sin cambiar nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Run this plan</source>
        <translation>E&amp;jecutar este plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply exactly the previewed plan to MailerLite.</source>
        <translation>Aplicar a MailerLite exactamente el plan de la vista previa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan and apply in one go, without a review.</source>
        <translation>Planificar y aplicar de una vez, sin revisión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry &amp;failed items</source>
        <translation>Reintentar &amp;fallidos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sa&amp;ve plan...</source>
        <translation>&amp;Guardar plan...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this plan with your overrides to a file, to review or apply it later.</source>
        <translation>Guardar este plan con sus anulaciones en un archivo, para revisarlo o aplicarlo más tarde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Load plan...</source>
        <translation>Ca&amp;rgar plan...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load a saved plan of this profile; Run this plan then applies exactly that plan.</source>
        <translation>Cargar un plan guardado de este perfil; «Ejecutar este plan» aplica entonces exactamente ese plan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No plan yet. Press Preview to see what a sync would create, update or unsubscribe, record by record, before anything is changed.</source>
        <translation>Aún no hay plan. Pulse Vista previa para ver, registro a registro, qué crearía, actualizaría o daría de baja una sincronización antes de cambiar nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double-click the Override cell, or select rows and use the context menu, to skip or force records.</source>
        <translation>Haga doble clic en la celda Anulación, o seleccione filas y use el menú contextual, para omitir o forzar registros.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter the log</source>
        <translation>Filtrar el registro</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected lines.</source>
        <translation>Copiar las líneas seleccionadas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exportar...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the lines shown to a text file.</source>
        <translation>Guardar las líneas mostradas en un archivo de texto.</translation>
    </message>
    <message>
        <location filename="../src/gui/syncpage.cpp" line="+34"/>
        <source>Preview first to see what would change; nothing is sent to MailerLite until you run the plan.</source>
        <translation>Haga primero una vista previa para ver qué cambiaría; no se envía nada a MailerLite hasta que ejecute el plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This plan would unsubscribe or remove from groups %1 subscribers. Profile &quot;%2&quot; allows at most %3 such changes, or %4% of the subscribers synced, in one run (the blast radius).

Apply the plan anyway?</source>
        <translation>Este plan daría de baja o quitaría de grupos a %1 suscriptores. El perfil «%2» permite como máximo %3 cambios de este tipo, o el %4% de los suscriptores sincronizados, en una ejecución (el límite de bajas).

¿Aplicar el plan de todos modos?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply a large removal?</source>
        <translation>¿Aplicar una baja masiva?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan was not applied.</source>
        <translation>No se aplicó el plan.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running...</source>
        <translation>En curso...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/syncpageplan.cpp" line="+173"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About %1 left</source>
        <translation>Quedan unos %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimating time left</source>
        <translation>Calculando el tiempo restante</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GoHighLevel: %1 requests</source>
        <translation>GoHighLevel: %1 peticiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite: %1 requests</source>
        <translation>MailerLite: %1 peticiones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in the last %2 s</source>
        <translation>%1 en los últimos %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in the last minute</source>
        <translation>%1 en el último minuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit: %1 per %2 s</source>
        <translation>Límite: %1 cada %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit: %1 per minute per endpoint</source>
        <translation>Límite: %1 por minuto y punto de acceso</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Retry %1 failed items</source>
        <translation>Reintentar %1 elementos fallidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a profile to sync.</source>
        <translation>Abra un perfil para sincronizar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+14"/>
        <source>Previewing...</source>
        <translation>Creando vista previa...</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+17"/>
        <source>Applying the plan...</source>
        <translation>Aplicando el plan...</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>Syncing...</source>
        <translation>Sincronizando...</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+22"/>
        <source>Retrying...</source>
        <translation>Reintentando...</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Applying webhook changes...</source>
        <translation>Aplicando los cambios de los webhooks...</translation>
    </message>
    <message>
        <location filename="../src/gui/syncpagelog.cpp" line="+57"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select the log lines to copy first.</source>
        <translation>Seleccione primero las líneas de registro que quiere copiar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied %1 log lines.</source>
        <translation>Se copiaron %1 líneas de registro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the log</source>
        <translation>Exportar el registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save the log: %1</source>
        <translation>No se pudo guardar el registro: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 log lines to %2.</source>
        <translation>Se guardaron %1 líneas de registro en %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview ready: review the plan below, then press Run this plan.</source>
        <translation>Vista previa lista: revise el plan de abajo y pulse «Ejecutar este plan».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished: everything planned was applied.</source>
        <translation>Sincronización terminada: se aplicó todo lo previsto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync finished, but %1 items failed. They are listed on the Failures page; retry them there or with Retry failed items.</source>
        <translation>Sincronización terminada, pero fallaron %1 elementos. Aparecen en la página Fallos; reinténtelos allí o con «Reintentar fallidos».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped by the safety limit: %1</source>
        <translation>Detenida por el límite de seguridad: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync stopped: %1</source>
        <translation>La sincronización se detuvo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. What was already sent stays applied and recorded.</source>
        <translation>Cancelada. Lo que ya se envió sigue aplicado y registrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1 · updated %2 · unsubscribed %3 · group removals %4 · unchanged %5 · invalid %6 · blocked by consent %7 · duplicates %8 · failed %9</source>
        <translation>Creados %1 · actualizados %2 · dados de baja %3 · bajas de grupos %4 · sin cambios %5 · no válidos %6 · bloqueados por consentimiento %7 · duplicados %8 · fallidos %9</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run %1 took %2 · requests: GoHighLevel %3, MailerLite %4</source>
        <translation>La ejecución %1 duró %2 · peticiones: GoHighLevel %3, MailerLite %4</translation>
    </message>
    <message>
        <location filename="../src/gui/syncpageplan.cpp" line="-119"/>
        <source>ContactBridge plans (*.json);;All files (*)</source>
        <translation>Planes de ContactBridge (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show only these records in the table.</source>
        <translation>Mostrar solo estos registros en la tabla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show every record of the plan.</source>
        <translation>Mostrar todos los registros del plan.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Skip selected</source>
        <translation>&amp;Omitir selección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the selected records out of this run.</source>
        <translation>Dejar fuera de esta ejecución los registros seleccionados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Force selected</source>
        <translation>&amp;Forzar selección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the selected unchanged records again.</source>
        <translation>Volver a enviar los registros sin cambios seleccionados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear override</source>
        <translation>&amp;Quitar anulación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the selected records as planned.</source>
        <translation>Aplicar los registros seleccionados según lo previsto.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All: %1</source>
        <translation>Todos: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Overridden: %1</source>
        <translation>Anulados: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 skipped and %2 forced by you. Show only these records.</source>
        <translation>%1 omitidos y %2 forzados por usted. Mostrar solo estos registros.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan has no records: nothing to do.</source>
        <translation>El plan no tiene registros: no hay nada que hacer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select the records to change first.</source>
        <translation>Seleccione primero los registros que quiere cambiar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changed the override of %1 selected records.</source>
        <translation>Se cambió la anulación de %1 registros seleccionados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed the override of %1 of %2 selected records; the others stay as they are. %3</source>
        <translation>Se cambió la anulación de %1 de los %2 registros seleccionados; los demás se quedan como están. %3</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Save plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved the plan of %1 records to %2.</source>
        <translation>Se guardó el plan de %1 registros en %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load plan</source>
        <translation>Cargar plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not loaded: this plan was made for profile &quot;%1&quot;, and the open profile is &quot;%2&quot;. Open profile &quot;%1&quot; to apply it.</source>
        <translation>No se cargó: este plan se hizo para el perfil «%1» y el perfil abierto es «%2». Abra el perfil «%1» para aplicarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loaded the plan of %1 records made %2; Run this plan applies exactly it.</source>
        <translation>Se cargó el plan de %1 registros creado el %2; «Ejecutar este plan» lo aplica exactamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved plan is loaded: review it, then press Run this plan. It is applied as saved, with its overrides, not planned again.</source>
        <translation>Hay un plan guardado cargado: revíselo y pulse «Ejecutar este plan». Se aplica tal como se guardó, con sus anulaciones, sin volver a planificarlo.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../ui/taskdialog.ui" line="+6"/>
        <source>Add task</source>
        <translation>Añadir tarea</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Due:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
</context>
<context>
    <name>TransformChainEditor</name>
    <message>
        <location filename="../ui/transformchaineditor.ui" line="+19"/>
        <source>Transform steps</source>
        <translation>Pasos de transformación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected transform up</source>
        <translation>Subir la transformación seleccionada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected transform down</source>
        <translation>Bajar la transformación seleccionada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected transform</source>
        <translation>Quitar la transformación seleccionada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Transform to add</source>
        <translation>Transformación que añadir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First parameter</source>
        <translation>Primer parámetro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Second parameter</source>
        <translation>Segundo parámetro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Third parameter</source>
        <translation>Tercer parámetro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add transform</source>
        <translation>&amp;Añadir transformación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the transform to the chain</source>
        <translation>Añadir la transformación a la cadena</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type check</source>
        <translation>Comprobación de tipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview on sample contacts</source>
        <translation>Vista previa con contactos de ejemplo</translation>
    </message>
    <message>
        <location filename="../src/gui/transformchaineditor.cpp" line="+32"/>
        <source>Region, e.g. US (empty: the mapping&apos;s)</source>
        <translation>Región, p. ej. US (vacía: la de la asignación)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format, e.g. yyyy-MM-dd</source>
        <translation>Formato, p. ej. yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag (empty: the value&apos;s truth)</source>
        <translation>Etiqueta (vacía: el valor de verdad del valor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text when present</source>
        <translation>Texto si está presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text when absent</source>
        <translation>Texto si está ausente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum length</source>
        <translation>Longitud máxima</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sample contact</source>
        <translation>Contacto de ejemplo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Transforms for %1 → %2, applied in order:</source>
        <translation>Transformaciones para %1 → %2, aplicadas en orden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a mapped MailerLite field to edit how its value is transformed.</source>
        <translation>Seleccione un campo de MailerLite asignado para editar cómo se transforma su valor.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No rule is selected.</source>
        <translation>No hay ninguna regla seleccionada.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>(no transforms: the value is copied as it is)</source>
        <translation>(sin transformaciones: el valor se copia tal cual)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No sample contacts loaded: nothing to preview.</source>
        <translation>No hay contactos de ejemplo cargados: nada que previsualizar.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 sample contact(s) would be rejected by MailerLite for %2:</source>
        <translation>
            <numerusform>%n de %1 contactos de ejemplo sería rechazado por MailerLite para %2:</numerusform>
            <numerusform>%n de %1 contactos de ejemplo serían rechazados por MailerLite para %2:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../src/gui/trayicon.cpp" line="+18"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how ContactBridge</source>
        <translation>&amp;Mostrar ContactBridge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ContactBridge: no sync has run yet</source>
        <translation>ContactBridge: aún no se ha ejecutado ninguna sincronización</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ContactBridge: syncing %1…</source>
        <translation>ContactBridge: sincronizando %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ContactBridge: the last sync of %1 succeeded (%2 created, %3 updated)</source>
        <translation>ContactBridge: la última sincronización de %1 fue correcta (%2 creados, %3 actualizados)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ContactBridge: the last sync of %1 was cancelled</source>
        <translation>ContactBridge: la última sincronización de %1 se canceló</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>ContactBridge: the last sync of %1 finished; %n item(s) failed</source>
        <translation>
            <numerusform>ContactBridge: la última sincronización de %1 terminó; falló %n elemento</numerusform>
            <numerusform>ContactBridge: la última sincronización de %1 terminó; fallaron %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync finished with failures</source>
        <translation>Sincronización terminada con fallos</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) of %1 failed. Open &quot;Failed items&quot; to see why and retry.</source>
        <translation>
            <numerusform>Falló %n elemento de %1. Abra «Fallos» para ver el motivo y reintentarlo.</numerusform>
            <numerusform>Fallaron %n elementos de %1. Abra «Fallos» para ver los motivos y reintentarlos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ContactBridge: the last sync of %1 stopped at the unsubscribe limit</source>
        <translation>ContactBridge: la última sincronización de %1 se detuvo en el límite de bajas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Sync stopped</source>
        <translation>Sincronización detenida</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The sync of %1 would have unsubscribed or removed more subscribers than its limit allows. Nothing was applied; review it in the app.</source>
        <translation>La sincronización de %1 habría dado de baja o quitado más suscriptores de los que permite su límite. No se aplicó nada; revísela en la aplicación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ContactBridge: the last sync of %1 stopped: %2</source>
        <translation>ContactBridge: la última sincronización de %1 se detuvo: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync of %1 stopped: %2</source>
        <translation>La sincronización de %1 se detuvo: %2</translation>
    </message>
</context>
<context>
    <name>Webhooks::WebhookEvent</name>
    <message>
        <location filename="../src/core/webhook/webhookevent.cpp" line="+33"/>
        <source>The webhook is not in the expected format.</source>
        <translation>El webhook no tiene el formato esperado.</translation>
    </message>
</context>
<context>
    <name>Webhooks::WebhookListener</name>
    <message>
        <location filename="../src/core/webhook/webhooklistener.cpp" line="+38"/>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation>«%1» no es una dirección IP en la que escuchar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot listen for webhooks on %1 port %2: the port is in use or the address is not this computer&apos;s.</source>
        <translation>No se pueden escuchar webhooks en %1 puerto %2: el puerto está en uso o la dirección no es de este equipo.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The body is larger than %1 bytes.</source>
        <translation>El cuerpo supera los %1 bytes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not ready yet; send it again later.</source>
        <translation>Todavía no está listo; vuelva a enviarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>Webhooks::WebhookProcessor</name>
    <message>
        <location filename="../src/core/webhook/webhookprocessor.cpp" line="+146"/>
        <source>The event names no contact.</source>
        <translation>El evento no indica ningún contacto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contact was deleted in GoHighLevel since.</source>
        <translation>El contacto se eliminó desde entonces en GoHighLevel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>echo of a write-back</source>
        <translation>eco de una escritura de vuelta</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>MailerLite-side changes are not written back to GoHighLevel, except opt-outs (unsubscribes, bounces, complaints).</source>
        <translation>Los cambios hechos en MailerLite no se escriben de vuelta en GoHighLevel, salvo las bajas (cancelaciones, rebotes, quejas).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The write-back gave no outcome for this event.</source>
        <translation>La escritura de vuelta no dio ningún resultado para este evento.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GoHighLevel had it already.</source>
        <translation>GoHighLevel ya lo tenía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No matching GoHighLevel contact.</source>
        <translation>Ningún contacto de GoHighLevel coincide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write-back is off</source>
        <translation>la escritura de vuelta está desactivada</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Deleted in GoHighLevel: mirror mode applies its departure rule (%1) to the subscriber at the next full reconcile.</source>
        <translation>Eliminado en GoHighLevel: el modo espejo aplica su regla de salida (%1) al suscriptor en la próxima conciliación completa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted in GoHighLevel: in %1 mode the subscriber stays in MailerLite.</source>
        <translation>Eliminado en GoHighLevel: en el modo %1 el suscriptor se queda en MailerLite.</translation>
    </message>
</context>
<context>
    <name>Webhooks::WebhookReceiver</name>
    <message>
        <location filename="../src/core/webhook/webhookreceiver.cpp" line="+32"/>
        <location line="+26"/>
        <source>The signature is missing or does not match.</source>
        <translation>La firma falta o no coincide.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The event belongs to another location.</source>
        <translation>El evento pertenece a otra ubicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>The event&apos;s timestamp is outside the accepted window.</source>
        <translation>La marca de tiempo del evento está fuera del intervalo aceptado.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+28"/>
        <source>The event could not be stored; the service will send it again.</source>
        <translation>No se pudo guardar el evento; el servicio lo volverá a enviar.</translation>
    </message>
</context>
<context>
    <name>Webhooks::WebhookSignature</name>
    <message>
        <location filename="../src/core/webhook/webhooksignature.cpp" line="+107"/>
        <source>Could not make a webhook signature.</source>
        <translation>No se pudo crear una firma de webhook.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+25"/>
        <source>Demo: the built-in sandbox could not start: %1</source>
        <translation>Demo: no se pudo iniciar el sandbox integrado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo: connected to the built-in sandbox (GHL :%1, MailerLite :%2). It cuts short 5% of MailerLite&apos;s answers, so failures and retries can be tried too.</source>
        <translation>Demo: conectado al sandbox integrado (GHL :%1, MailerLite :%2). Corta el 5 % de las respuestas de MailerLite para que también se puedan probar fallos y reintentos.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keeps MailerLite Classic subscribers in step with GoHighLevel contacts.</source>
        <translation>Mantiene los suscriptores de MailerLite Classic al día con los contactos de GoHighLevel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run against the built-in sandbox: no account needed.</source>
        <translation>Ejecutar con el sandbox integrado: no se necesita ninguna cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de. Overrides the language chosen in Settings.</source>
        <translation>Idioma de la interfaz, p. ej. es. Tiene prioridad sobre el idioma elegido en Configuración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep state and logs in &lt;dir&gt;.</source>
        <translation>Guardar el estado y los registros en &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of every page to &lt;dir&gt; once the data is loaded, then quit (for the documentation).</source>
        <translation>Cuando se hayan cargado los datos, guardar una imagen de cada página en &lt;dir&gt; y salir (para la documentación).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Demo sandbox</source>
        <translation>Sandbox de demostración</translation>
    </message>
</context>
</TS>
