<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="+6"/>
        <source>About ContactBridge</source>
        <translation>À propos de ContactBridge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;ContactBridge&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ContactBridge&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keeps MailerLite Classic subscribers in step with GoHighLevel contacts: previewed, paced to the services&apos; rate limits, and never re-subscribing anyone who opted out.</source>
        <translation>Synchronise les abonnés MailerLite Classic avec les contacts GoHighLevel : avec aperçu préalable, au rythme des limites de débit des services, et sans jamais réabonner quelqu&apos;un qui s&apos;est désinscrit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Uses Qt, QtKeychain and libphonenumber. Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Utilise Qt, QtKeychain et libphonenumber. Distribué sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="+15"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2</translation>
    </message>
</context>
<context>
    <name>Api::ApiCall</name>
    <message>
        <location filename="../src/core/http/apicall.cpp" line="+41"/>
        <source>The request has not finished.</source>
        <translation>La requête n&apos;est pas terminée.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+170"/>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sent a response that could not be read.</source>
        <translation>Le serveur a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service refused the credentials (HTTP %1).</source>
        <translation>Le service a refusé les identifiants (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service does not know the requested item.</source>
        <translation>Le service ne connaît pas l&apos;élément demandé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service&apos;s rate limit was reached.</source>
        <translation>La limite de débit du service a été atteinte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service rejected the data that was sent.</source>
        <translation>Le service a rejeté les données envoyées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item conflicts with one that already exists.</source>
        <translation>L&apos;élément est en conflit avec un élément existant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered with an error (HTTP %1).</source>
        <translation>Le service a répondu par une erreur (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Api::GhlClient</name>
    <message>
        <location filename="../src/core/ghl/ghlclient.cpp" line="+148"/>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>Api::GhlContactWalker</name>
    <message>
        <location filename="../src/core/ghl/ghlcontactwalker.cpp" line="+22"/>
        <source>GoHighLevel returned a page of contacts it had already sent. Listing was stopped to avoid an endless loop.</source>
        <translation>GoHighLevel a renvoyé une page de contacts déjà envoyés. La liste a été interrompue pour éviter une boucle sans fin.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Listing GoHighLevel contacts was cancelled.</source>
        <translation>La liste des contacts GoHighLevel a été annulée.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>GoHighLevel did not say where the next page of contacts starts.</source>
        <translation>GoHighLevel n&apos;a pas indiqué où commence la page de contacts suivante.</translation>
    </message>
</context>
<context>
    <name>Api::GhlErrors</name>
    <message>
        <location filename="../src/core/ghl/ghlerrors.cpp" line="+51"/>
        <source>A contact with the same %1 already exists in GoHighLevel (contact %2), and this location does not allow duplicates.</source>
        <translation>Un contact avec le même %1 existe déjà dans GoHighLevel (contact %2), et cet emplacement n&apos;autorise pas les doublons.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The GoHighLevel token lacks the permission this needs (%1). Add that scope to the Private Integration or the app, then sign in again.</source>
        <translation>Le jeton GoHighLevel n&apos;a pas l&apos;autorisation nécessaire (%1). Ajoutez ce scope à la Private Integration ou à l&apos;application, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GoHighLevel refused the request because the API version header was missing or not accepted. This is a problem in ContactBridge&apos;s configuration, not in your credentials; please report it.</source>
        <translation>GoHighLevel a refusé la requête car l&apos;en-tête de version de l&apos;API était absent ou refusé. Le problème vient de la configuration de ContactBridge, pas de vos identifiants ; merci de le signaler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel did not accept the token: it is invalid, revoked or expired. Sign in again or check the Private Integration Token.</source>
        <translation>GoHighLevel n&apos;a pas accepté le jeton : il est invalide, révoqué ou expiré. Reconnectez-vous ou vérifiez le Private Integration Token.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GoHighLevel has no %1 with the id %2; it may have been deleted.</source>
        <translation>GoHighLevel n&apos;a aucun %1 avec l&apos;identifiant %2 ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel does not accept the field %1 in this request.</source>
        <translation>GoHighLevel n&apos;accepte pas le champ %1 dans cette requête.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel rejected the data that was sent (HTTP %1).</source>
        <translation>GoHighLevel a rejeté les données envoyées (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GoHighLevel rejected the data that was sent: %1</source>
        <translation>GoHighLevel a rejeté les données envoyées : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ContactBridge can&apos;t reach GoHighLevel. Check the internet connection and any proxy or firewall, then try again.</source>
        <translation>ContactBridge ne parvient pas à joindre GoHighLevel. Vérifiez la connexion Internet ainsi que le proxy ou le pare-feu, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GoHighLevel did not answer in time. The service may be slow or unreachable; try again later.</source>
        <translation>GoHighLevel n&apos;a pas répondu à temps. Le service est peut-être lent ou injoignable ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GoHighLevel sent a response ContactBridge could not read.</source>
        <translation>GoHighLevel a envoyé une réponse que ContactBridge n&apos;a pas pu lire.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This token belongs to another GoHighLevel location (sub-account). Check the location ID of the profile, or use a token created in that location.</source>
        <translation>Ce jeton appartient à un autre emplacement GoHighLevel (sous-compte). Vérifiez l&apos;ID d&apos;emplacement du profil ou utilisez un jeton créé dans cet emplacement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel refused access (HTTP 403). Check the token&apos;s location and permissions.</source>
        <translation>GoHighLevel a refusé l&apos;accès (HTTP 403). Vérifiez l&apos;emplacement et les autorisations du jeton.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel&apos;s rate limit was still exceeded after several retries. Wait a few minutes and try again; other apps may share this location&apos;s request budget.</source>
        <translation>La limite de débit de GoHighLevel était toujours dépassée après plusieurs tentatives. Attendez quelques minutes et réessayez ; d&apos;autres applications partagent peut-être le quota de requêtes de cet emplacement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GoHighLevel does not know the requested item (HTTP 404).</source>
        <translation>GoHighLevel ne connaît pas l&apos;élément demandé (HTTP 404).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel had a problem of its own (HTTP %1). Try again later.</source>
        <translation>GoHighLevel a rencontré un problème interne (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GoHighLevel answered with an unexpected error (HTTP %1).</source>
        <translation>GoHighLevel a répondu par une erreur inattendue (HTTP %1).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The GoHighLevel sign-in has expired and could not be renewed. Sign in to GoHighLevel again.</source>
        <translation>La connexion à GoHighLevel a expiré et n&apos;a pas pu être renouvelée. Reconnectez-vous à GoHighLevel.</translation>
    </message>
</context>
<context>
    <name>Api::GhlOAuth</name>
    <message>
        <location filename="../src/core/ghl/ghloauth.cpp" line="+63"/>
        <source>GoHighLevel refused the sign-in: the authorization has expired or was revoked, or the app&apos;s client ID or secret is wrong. Sign in to GoHighLevel again.</source>
        <translation>GoHighLevel a refusé la connexion : l&apos;autorisation a expiré ou a été révoquée, ou l&apos;ID client ou le secret client de l&apos;application est erroné. Reconnectez-vous à GoHighLevel.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not signed in to GoHighLevel.</source>
        <translation>Non connecté à GoHighLevel.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>ContactBridge could not listen on 127.0.0.1 port %1 for the GoHighLevel sign-in. Close the program using that port or choose another redirect port.</source>
        <translation>ContactBridge n&apos;a pas pu écouter sur 127.0.0.1, port %1, pour la connexion à GoHighLevel. Fermez le programme qui utilise ce port ou choisissez un autre port de redirection.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ContactBridge received the GoHighLevel authorization. You can close this tab.</source>
        <translation>ContactBridge a reçu l&apos;autorisation GoHighLevel. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The GoHighLevel sign-in was not completed (%1).</source>
        <translation>La connexion à GoHighLevel n&apos;a pas abouti (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The GoHighLevel sign-in answer did not match the request. Start the sign-in again.</source>
        <translation>La réponse de connexion de GoHighLevel ne correspond pas à la requête. Relancez la connexion.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GoHighLevel did not send an authorization code.</source>
        <translation>GoHighLevel n&apos;a pas envoyé de code d&apos;autorisation.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>GoHighLevel&apos;s sign-in answer did not contain the expected tokens.</source>
        <translation>La réponse de connexion de GoHighLevel ne contenait pas les jetons attendus.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not signed in to GoHighLevel. Sign in to GoHighLevel first.</source>
        <translation>Non connecté à GoHighLevel. Connectez-vous d&apos;abord à GoHighLevel.</translation>
    </message>
</context>
<context>
    <name>Api::HttpClient</name>
    <message>
        <location filename="../src/core/http/httpclient.cpp" line="+156"/>
        <source>The service address is not set or not valid.</source>
        <translation>L&apos;adresse du service n&apos;est pas définie ou n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refusing to send credentials unencrypted to %1: the address must start with https://.</source>
        <translation>Refus d&apos;envoyer des identifiants non chiffrés à %1 : l&apos;adresse doit commencer par https://.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The service&apos;s daily request limit has been used up.</source>
        <translation>Le quota quotidien de requêtes du service est épuisé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The network is not available.</source>
        <translation>Le réseau n&apos;est pas disponible.</translation>
    </message>
</context>
<context>
    <name>ContactDetailPanel</name>
    <message>
        <location filename="../ui/contactdetailpanel.ui" line="+7"/>
        <source>Select a GoHighLevel contact to see its fields, notes, tasks and appointments.</source>
        <translation>Sélectionnez un contact GoHighLevel pour voir ses champs, notes, tâches et rendez-vous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;tags...</source>
        <translation>Ajouter des é&amp;tiquettes...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove tags...</source>
        <translation>&amp;Retirer des étiquettes...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;note...</source>
        <translation>Ajouter une &amp;note...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add ta&amp;sk...</source>
        <translation>Ajouter une tâ&amp;che...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete contact...</source>
        <translation>&amp;Supprimer le contact...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;ync this contact</source>
        <translation>S&amp;ynchroniser ce contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company:</source>
        <translation>Entreprise :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email DND:</source>
        <translation>Ne pas déranger (e-mail) :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added:</source>
        <translation>Ajouté :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated:</source>
        <translation>Mis à jour :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID:</source>
        <translation>ID :</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/gui/contactdetailpanel.cpp" line="+150"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/contactdetailpanel.cpp" line="+1"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complete / reopen</source>
        <translation>Term&amp;iner / rouvrir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete tas&amp;k...</source>
        <translation>Supprimer la tâc&amp;he...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/gui/contactdetailpanel.cpp" line="+1"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../src/gui/contactdetailpanel.cpp" line="-25"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tags</source>
        <translation>Aucune étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On: no email may be sent</source>
        <translation>Activé : aucun e-mail ne peut être envoyé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading notes, tasks and appointments...</source>
        <translation>Chargement des notes, tâches et rendez-vous...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes</source>
        <translation>Aucune note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No appointments</source>
        <translation>Aucun rendez-vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks (%1)</source>
        <translation>Tâches (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointments (%1)</source>
        <translation>Rendez-vous (%1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saving...</source>
        <translation>Enregistrement...</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add tags</source>
        <translation>Ajouter des étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags to add, separated by commas:</source>
        <translation>Étiquettes à ajouter, séparées par des virgules :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove tags</source>
        <translation>Retirer des étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags to remove, separated by commas:</source>
        <translation>Étiquettes à retirer, séparées par des virgules :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the task &quot;%1&quot; in GoHighLevel?</source>
        <translation>Supprimer la tâche « %1 » dans GoHighLevel ?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from GoHighLevel? This cannot be undone.</source>
        <translation>Supprimer %1 de GoHighLevel ? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <location filename="../ui/contacteditdialog.ui" line="+6"/>
        <source>Edit GoHighLevel contact</source>
        <translation>Modifier le contact GoHighLevel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Company:</source>
        <translation>E&amp;ntreprise :</translation>
    </message>
    <message>
        <location filename="../src/gui/contacteditdialog.cpp" line="+60"/>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail valide.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../src/gui/contacttablemodel.cpp" line="+178"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link status</source>
        <translation>État de liaison</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../ui/contactspage.ui" line="+7"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;GoHighLevel contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contacts GoHighLevel&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Search name, email, phone, tags</source>
        <translation>Rechercher nom, e-mail, téléphone, étiquettes</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&lt;b&gt;MailerLite subscribers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abonnés MailerLite&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/contactspage.cpp" line="+51"/>
        <source>GoHighLevel contact</source>
        <translation>Contact GoHighLevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite subscriber</source>
        <translation>Abonné MailerLite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>GoHighLevel contacts</source>
        <translation>Contacts GoHighLevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite subscribers</source>
        <translation>Abonnés MailerLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped loading: %2</source>
        <translation>%1 : chargement interrompu : %2</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>%1 records</source>
        <translation>%1 enregistrements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded %1 of %2</source>
        <translation>%1 sur %2 chargés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading records...</source>
        <translation>Chargement des enregistrements...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records loaded.</source>
        <translation>Tous les enregistrements sont chargés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A sync is already running, or no profile is open. Try again when it ends.</source>
        <translation>Une synchronisation est déjà en cours ou aucun profil n&apos;est ouvert. Réessayez quand elle sera terminée.</translation>
    </message>
</context>
<context>
    <name>CredentialChecker</name>
    <message>
        <location filename="../src/gui/credentialchecker.cpp" line="+105"/>
        <source>No OAuth client secret is set. Enter the marketplace app&apos;s client secret.</source>
        <translation>Aucun secret client OAuth n&apos;est défini. Saisissez le secret client de l&apos;application du Marketplace.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not signed in to GoHighLevel yet. Press &quot;Connect...&quot; and allow ContactBridge access to the location.</source>
        <translation>Pas encore connecté à GoHighLevel. Cliquez sur « Connecter... » et autorisez ContactBridge à accéder à l&apos;emplacement.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Enter the marketplace app&apos;s client ID first.</source>
        <translation>Saisissez d&apos;abord l&apos;ID client de l&apos;application du Marketplace.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the marketplace app&apos;s client secret first.</source>
        <translation>Saisissez d&apos;abord le secret client de l&apos;application du Marketplace.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../src/core/util/csvwriter.cpp" line="+20"/>
        <source>Cannot write the file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier %1 : %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The file could not be written completely.</source>
        <translation>Le fichier n&apos;a pas pu être écrit entièrement.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no file name was given</source>
        <translation>aucun nom de fichier n&apos;a été donné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
</context>
<context>
    <name>FailureDetailWidget</name>
    <message>
        <location filename="../src/gui/failuredetailwidget.cpp" line="+43"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved by a later sync</source>
        <translation>Résolu par une synchronisation ultérieure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a failure to see the server&apos;s answer and the request that was sent.</source>
        <translation>Sélectionnez un échec pour voir la réponse du serveur et la requête envoyée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No request body was recorded.</source>
        <translation>Aucun corps de requête n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error class:</source>
        <translation>Classe d&apos;erreur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status:</source>
        <translation>Statut HTTP :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts:</source>
        <translation>Tentatives :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First failed:</source>
        <translation>Premier échec :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last attempt:</source>
        <translation>Dernière tentative :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run:</source>
        <translation>Exécution :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored because:</source>
        <translation>Ignoré car :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server message:</source>
        <translation>Message du serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request (secrets removed):</source>
        <translation>Requête (secrets retirés) :</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (no HTTP answer)</source>
        <translation>aucun (pas de réponse HTTP)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no longer in the history</source>
        <translation>n&apos;est plus dans l&apos;historique</translation>
    </message>
</context>
<context>
    <name>FailureModel</name>
    <message>
        <location filename="../src/gui/failuremodel.cpp" line="+26"/>
        <source>Network errors</source>
        <translation>Erreurs réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeouts</source>
        <translation>Délais dépassés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server errors</source>
        <translation>Erreurs serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limited</source>
        <translation>Limite de débit atteinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected responses</source>
        <translation>Réponses inattendues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid data</source>
        <translation>Données invalides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal errors</source>
        <translation>Erreurs internes</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>%1 (%n failure(s))</source>
        <translation>
            <numerusform>%1 (%n échec)</numerusform>
            <numerusform>%1 (%n échecs)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error class: %1</source>
        <translation>Classe d&apos;erreur : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no contact id)</source>
        <translation>(pas d&apos;ID de contact)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
    </message>
</context>
<context>
    <name>FailuresPage</name>
    <message>
        <location filename="../ui/failurespage.ui" line="+21"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Retry selected</source>
        <translation>Réessayer la sélection</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry all</source>
        <translation>Tout réessayer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ignore...</source>
        <translation>Ignorer...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit contact...</source>
        <translation>Modifier le contact...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV...</source>
        <translation>Exporter en CSV...</translation>
    </message>
    <message>
        <location filename="../src/gui/failurespage.cpp" line="+40"/>
        <source>Open failures</source>
        <translation>Échecs ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved by a retry</source>
        <translation>Résolu par une nouvelle tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+175"/>
        <source>Sync the selected contacts again now.</source>
        <translation>Resynchroniser maintenant les contacts sélectionnés.</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+177"/>
        <source>Sync every contact with an open failure again now.</source>
        <translation>Resynchroniser maintenant chaque contact ayant un échec ouvert.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Stop listing the selected failures as open, with a reason.</source>
        <translation>Ne plus lister les échecs sélectionnés comme ouverts, avec un motif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the listed failures as a CSV file (without request bodies).</source>
        <translation>Enregistrer les échecs listés dans un fichier CSV (sans corps de requête).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Contact id</source>
        <translation>ID du contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error class</source>
        <translation>Classe d&apos;erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First failed</source>
        <translation>Premier échec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+14"/>
        <source>The failure list cannot be read: %1</source>
        <translation>La liste des échecs est illisible : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No open failures. Contacts that fail to sync are listed here, grouped by error class, until a later sync succeeds or you ignore them.</source>
        <translation>Aucun échec ouvert. Les contacts dont la synchronisation échoue sont listés ici, groupés par classe d&apos;erreur, jusqu&apos;à ce qu&apos;une synchronisation ultérieure réussisse ou que vous les ignoriez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ignored failures.</source>
        <translation>Aucun échec ignoré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No failure has been resolved by a later sync yet.</source>
        <translation>Aucun échec n&apos;a encore été résolu par une synchronisation ultérieure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No failures recorded for this profile.</source>
        <translation>Aucun échec enregistré pour ce profil.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n failure(s) listed</source>
        <translation>
            <numerusform>%n échec listé</numerusform>
            <numerusform>%n échecs listés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) with an open failure</source>
        <translation>
            <numerusform>%n contact avec un échec ouvert</numerusform>
            <numerusform>%n contacts avec un échec ouvert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a profile to see the contacts that failed to sync.</source>
        <translation>Ouvrez un profil pour voir les contacts dont la synchronisation a échoué.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A sync is running; wait for it to finish.</source>
        <translation>Une synchronisation est en cours ; attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix the selected contact in GoHighLevel, then retry it.</source>
        <translation>Corrigez le contact sélectionné dans GoHighLevel, puis réessayez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The retry could not start: another sync is running or no profile is open.</source>
        <translation>La nouvelle tentative n&apos;a pas pu démarrer : une autre synchronisation est en cours ou aucun profil n&apos;est ouvert.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Retrying %n contact(s). The list updates when the run ends.</source>
        <translation>
            <numerusform>Nouvelle tentative pour %n contact. La liste sera mise à jour à la fin de l&apos;exécution.</numerusform>
            <numerusform>Nouvelle tentative pour %n contacts. La liste sera mise à jour à la fin de l&apos;exécution.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ignore failures</source>
        <translation>Ignorer des échecs</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Why should %n failure(s) be ignored? The reason is kept with them.</source>
        <translation>
            <numerusform>Pourquoi ignorer %n échec ? Le motif est conservé avec lui.</numerusform>
            <numerusform>Pourquoi ignorer %n échecs ? Le motif est conservé avec eux.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was ignored: please give a reason.</source>
        <translation>Rien n&apos;a été ignoré : veuillez indiquer un motif.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was ignored: %1</source>
        <translation>Rien n&apos;a été ignoré : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failure(s) ignored.</source>
        <translation>
            <numerusform>%n échec ignoré.</numerusform>
            <numerusform>%n échecs ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export failures</source>
        <translation>Exporter les échecs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n failure(s) exported to %1.</source>
        <translation>
            <numerusform>%n échec exporté vers %1.</numerusform>
            <numerusform>%n échecs exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ghl</name>
    <message>
        <location filename="../src/core/ghl/contact.cpp" line="+152"/>
        <source>GoHighLevel sent a contact without an id.</source>
        <translation>GoHighLevel a envoyé un contact sans identifiant.</translation>
    </message>
    <message>
        <location filename="../src/core/ghl/note.cpp" line="+20"/>
        <source>GoHighLevel sent a note without an id.</source>
        <translation>GoHighLevel a envoyé une note sans identifiant.</translation>
    </message>
    <message>
        <location filename="../src/core/ghl/task.cpp" line="+20"/>
        <source>GoHighLevel sent a task without an id.</source>
        <translation>GoHighLevel a envoyé une tâche sans identifiant.</translation>
    </message>
    <message>
        <location filename="../src/core/ghl/appointment.cpp" line="+21"/>
        <source>GoHighLevel sent an appointment without an id.</source>
        <translation>GoHighLevel a envoyé un rendez-vous sans identifiant.</translation>
    </message>
    <message>
        <location filename="../src/core/ghl/customfielddef.cpp" line="+21"/>
        <source>GoHighLevel sent a custom field without an id.</source>
        <translation>GoHighLevel a envoyé un champ personnalisé sans identifiant.</translation>
    </message>
</context>
<context>
    <name>GhlErrors</name>
    <message>
        <location filename="../src/core/ghl/ghlclientparse.h" line="+22"/>
        <source>GoHighLevel sent a response ContactBridge could not read.</source>
        <translation>GoHighLevel a envoyé une réponse que ContactBridge n&apos;a pas pu lire.</translation>
    </message>
</context>
<context>
    <name>GhlFieldModel</name>
    <message>
        <location filename="../src/gui/ghlfieldmodel.cpp" line="+122"/>
        <source>Custom field %1 (%2)</source>
        <translation>Champ personnalisé %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard field %1 (%2)</source>
        <translation>Champ standard %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2, mapped</source>
        <translation>%1, %2, associé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>GoHighLevel field</source>
        <translation>Champ GoHighLevel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample value</source>
        <translation>Valeur d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>GroupRulesModel</name>
    <message>
        <location filename="../src/gui/grouprulesmodel.cpp" line="+85"/>
        <source>new group</source>
        <translation>nouveau groupe</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Contacts tagged “%1” join “%2”: %n of the loaded contacts.</source>
        <translation>
            <numerusform>Les contacts avec l&apos;étiquette « %1 » rejoignent « %2 » : %n des contacts chargés.</numerusform>
            <numerusform>Les contacts avec l&apos;étiquette « %1 » rejoignent « %2 » : %n des contacts chargés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>GoHighLevel tag</source>
        <translation>Étiquette GoHighLevel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailerLite group</source>
        <translation>Groupe MailerLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove when untagged</source>
        <translation>Retirer sans l&apos;étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create if missing</source>
        <translation>Créer s&apos;il manque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would join</source>
        <translation>Rejoindraient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would leave</source>
        <translation>Quitteraient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members now</source>
        <translation>Membres actuels</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../src/gui/historycharts.cpp" line="+49"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All loaded runs</source>
        <translation>Toutes les exécutions chargées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include &amp;previews (dry runs)</source>
        <translation>Inclure les a&amp;perçus (simulations)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previews plan without writing; they are left out by default so the charts show what was really synced.</source>
        <translation>Les aperçus planifient sans rien écrire ; ils sont exclus par défaut pour que les graphiques montrent ce qui a vraiment été synchronisé.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsubscribed</source>
        <translation>Désabonnés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No finished runs yet. After the first sync, charts of the items by outcome, the durations and the requests of each run appear here.</source>
        <translation>Aucune exécution terminée pour l&apos;instant. Après la première synchronisation, des graphiques des éléments par résultat, des durées et des requêtes de chaque exécution apparaîtront ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only previews so far. Tick &quot;Include previews (dry runs)&quot; to chart them, or apply a sync from the Sync page.</source>
        <translation>Uniquement des aperçus pour l&apos;instant. Cochez « Inclure les aperçus (simulations) » pour les afficher, ou appliquez une synchronisation depuis la page Synchroniser.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No runs in the last 7 days. Choose a longer range to see older runs.</source>
        <translation>Aucune exécution ces 7 derniers jours. Choisissez une période plus longue pour voir les exécutions plus anciennes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No runs in the last 30 days. Choose &quot;All loaded runs&quot; to see older runs.</source>
        <translation>Aucune exécution ces 30 derniers jours. Choisissez « Toutes les exécutions chargées » pour voir les plus anciennes.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n run(s), one bar each</source>
        <translation>
            <numerusform>%n exécution, une barre chacune</numerusform>
            <numerusform>%n exécutions, une barre chacune</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per hour</source>
        <translation>
            <numerusform>%n exécution, cumulée par heure</numerusform>
            <numerusform>%n exécutions, cumulées par heure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per day</source>
        <translation>
            <numerusform>%n exécution, cumulée par jour</numerusform>
            <numerusform>%n exécutions, cumulées par jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per week</source>
        <translation>
            <numerusform>%n exécution, cumulée par semaine</numerusform>
            <numerusform>%n exécutions, cumulées par semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per month</source>
        <translation>
            <numerusform>%n exécution, cumulée par mois</numerusform>
            <numerusform>%n exécutions, cumulées par mois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run #%1, %2</source>
        <translation>Exécution n° %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+3"/>
        <location line="+6"/>
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n exécution)</numerusform>
            <numerusform>%1 (%n exécutions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Week of %1 (%n run(s))</source>
        <translation>
            <numerusform>Semaine du %1 (%n exécution)</numerusform>
            <numerusform>Semaine du %1 (%n exécutions)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/historychartsplots.cpp" line="+138"/>
        <source>%1
%2: %3 of %4 items</source>
        <translation>%1
%2 : %3 éléments sur %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (#%2)</source>
        <translation>%1 (n° %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items by outcome per run</source>
        <translation>Éléments par résultat et par exécution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items by outcome per hour</source>
        <translation>Éléments par résultat et par heure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items by outcome per day</source>
        <translation>Éléments par résultat et par jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items by outcome per week</source>
        <translation>Éléments par résultat et par semaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items by outcome per month</source>
        <translation>Éléments par résultat et par mois</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration per run</source>
        <translation>Durée par exécution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average duration per run</source>
        <translation>Durée moyenne par exécution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No durations recorded for these runs</source>
        <translation>Aucune durée enregistrée pour ces exécutions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 min</source>
        <translation>%1 : %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 s</source>
        <translation>%1 : %2 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Requests per run</source>
        <translation>Requêtes par exécution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per hour</source>
        <translation>Requêtes par heure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per day</source>
        <translation>Requêtes par jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per week</source>
        <translation>Requêtes par semaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per month</source>
        <translation>Requêtes par mois</translation>
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
            <numerusform>%1, %2 : %n requête</numerusform>
            <numerusform>%1, %2 : %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/historypage.ui" line="+20"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../src/gui/historypage.cpp" line="+321"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../src/gui/historypage.cpp" line="-58"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../src/gui/historypage.cpp" line="-228"/>
        <source>debug</source>
        <translation>débogage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This run wrote no log lines.</source>
        <translation>Cette exécution n&apos;a écrit aucune ligne de journal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the next %1 older runs.</source>
        <translation>Afficher les %1 exécutions plus anciennes suivantes.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+9"/>
        <source>The run history cannot be read: %1</source>
        <translation>L&apos;historique des exécutions est illisible : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No runs yet. Previews and syncs from the Sync page, retries and command-line runs are listed here with what they did.</source>
        <translation>Aucune exécution pour l&apos;instant. Les aperçus et synchronisations de la page Synchroniser, les nouvelles tentatives et les exécutions en ligne de commande sont listés ici avec ce qu&apos;ils ont fait.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Older runs cannot be read: %1</source>
        <translation>Les exécutions plus anciennes sont illisibles : %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The details of run #%1 cannot be read: %2</source>
        <translation>Les détails de l&apos;exécution n° %1 sont illisibles : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Run #%1, %2 (%3): %4. %n item(s) recorded.</source>
        <translation>
            <numerusform>Exécution n° %1, %2 (%3) : %4. %n élément enregistré.</numerusform>
            <numerusform>Exécution n° %1, %2 (%3) : %4. %n éléments enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log (%1)</source>
        <translation>Journal (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a run to see its items and log.</source>
        <translation>Sélectionnez une exécution pour voir ses éléments et son journal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a profile to see its sync history.</source>
        <translation>Ouvrez un profil pour voir son historique de synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a profile to see charts of its sync history.</source>
        <translation>Ouvrez un profil pour voir les graphiques de son historique de synchronisation.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All outcomes (%1)</source>
        <translation>Tous les résultats (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Items (%1)</source>
        <translation>Éléments (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items (%1 of %2)</source>
        <translation>Éléments (%1 sur %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n run(s) shown</source>
        <translation>
            <numerusform>%n exécution affichée</numerusform>
            <numerusform>%n exécutions affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <location filename="../src/gui/languagesetting.cpp" line="+32"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../src/gui/logmodel.cpp" line="+71"/>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>MailerLite</name>
    <message>
        <location filename="../src/core/mailerlite/subscriber.cpp" line="+22"/>
        <source>MailerLite sent a subscriber without an id or email.</source>
        <translation>MailerLite a envoyé un abonné sans identifiant ni e-mail.</translation>
    </message>
    <message>
        <location filename="../src/core/mailerlite/group.cpp" line="+21"/>
        <source>MailerLite sent a group without an id.</source>
        <translation>MailerLite a envoyé un groupe sans identifiant.</translation>
    </message>
    <message>
        <location filename="../src/core/mailerlite/field.cpp" line="+22"/>
        <source>MailerLite sent a field without a key.</source>
        <translation>MailerLite a envoyé un champ sans clé.</translation>
    </message>
    <message>
        <location filename="../src/core/mailerlite/mailerliteerrors.cpp" line="+34"/>
        <source>No MailerLite API key is set. Enter it in Settings.</source>
        <translation>Aucune clé API MailerLite n&apos;est définie. Saisissez-la dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailerLite rejected the API key. Check it in Settings: it must be a MailerLite Classic key (Integrations &gt; Developer API); keys of the new MailerLite do not work with the Classic API.</source>
        <translation>MailerLite a refusé la clé API. Vérifiez-la dans les Paramètres : ce doit être une clé MailerLite Classic (Integrations &gt; Developer API) ; les clés du nouveau MailerLite ne fonctionnent pas avec l&apos;API Classic.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MailerLite does not know this record.</source>
        <translation>MailerLite ne connaît pas cet enregistrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/mailerlite/mailerliteclient.cpp" line="+434"/>
        <source>MailerLite: %1</source>
        <translation>MailerLite : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MailerLite&apos;s rate limit was reached and did not clear after several retries.</source>
        <translation>La limite de débit de MailerLite a été atteinte et n&apos;était pas levée après plusieurs tentatives.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MailerLite refused the data.</source>
        <translation>MailerLite a refusé les données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite refused the data: %1</source>
        <translation>MailerLite a refusé les données : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach MailerLite. Check the internet connection; the work will be retried on the next run.</source>
        <translation>MailerLite est injoignable. Vérifiez la connexion Internet ; le travail sera repris à la prochaine exécution.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MailerLite had a server problem (HTTP %1).</source>
        <translation>MailerLite a rencontré un problème serveur (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/core/mailerlite/mailerliteclient.cpp" line="-398"/>
        <source>MailerLite answered something that is not valid data.</source>
        <translation>MailerLite a répondu par des données invalides.</translation>
    </message>
    <message>
        <location filename="../src/core/mailerlite/mailerliteclient.cpp" line="+396"/>
        <source>MailerLite refused the request.</source>
        <translation>MailerLite a refusé la requête.</translation>
    </message>
</context>
<context>
    <name>MailerLiteFieldModel</name>
    <message>
        <location filename="../src/gui/mailerlitefieldmodel.cpp" line="+102"/>
        <source>%1 (%2): drop a GoHighLevel field here to map it</source>
        <translation>%1 (%2) : déposez ici un champ GoHighLevel pour l&apos;associer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) is filled from %3</source>
        <translation>%1 (%2) est rempli à partir de %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, not mapped</source>
        <translation>%1, %2, non associé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, mapped from %3</source>
        <translation>%1, %2, associé à %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>MailerLite field</source>
        <translation>Champ MailerLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapped from</source>
        <translation>Associé à</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchroniser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles, credentials and sync rules</source>
        <translation>Profils, identifiants et règles de synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check both services again with the stored credentials</source>
        <translation>Vérifier à nouveau les deux services avec les identifiants enregistrés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;chedule...</source>
        <translation>Pla&amp;nification...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run this profile&apos;s sync automatically, in the app or from a system timer</source>
        <translation>Exécuter automatiquement la synchronisation de ce profil, dans l&apos;application ou via un minuteur système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About ContactBridge</source>
        <translation>À &amp;propos de ContactBridge</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+5"/>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+200"/>
        <source>Testing the connections...</source>
        <translation>Test des connexions...</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+6"/>
        <source>Schedule not saved</source>
        <translation>Planification non enregistrée</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No profile yet: open Settings to connect GoHighLevel and MailerLite.</source>
        <translation>Aucun profil pour l&apos;instant : ouvrez les Paramètres pour connecter GoHighLevel et MailerLite.</translation>
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
            <numerusform>GoHighLevel : %1 (%Ln contact)</numerusform>
            <numerusform>GoHighLevel : %1 (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GoHighLevel: %1</source>
        <translation>GoHighLevel : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, read-only</source>
        <translation>, lecture seule</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>MailerLite: %1</source>
        <translation>MailerLite : %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No sync run yet</source>
        <translation>Aucune synchronisation pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last preview: %1, %2</source>
        <translation>Dernier aperçu : %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last run: %1, %2</source>
        <translation>Dernière exécution : %1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A sync is running</source>
        <translation>Une synchronisation est en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitting now cancels the running sync after its current step. Everything done so far is kept and the next run continues from there. Cancel the sync and quit?</source>
        <translation>Quitter maintenant annule la synchronisation en cours après son étape actuelle. Tout ce qui a été fait est conservé et la prochaine exécution reprendra à partir de là. Annuler la synchronisation et quitter ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling the sync before quitting...</source>
        <translation>Annulation de la synchronisation avant de quitter...</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <location filename="../src/core/mapping/mappingjson.cpp" line="+18"/>
        <source>Mapping file, at %1: %2</source>
        <translation>Fichier de correspondance, à %1 : %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown setting.</source>
        <translation>paramètre inconnu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a non-empty text is required.</source>
        <translation>un texte non vide est requis.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a text.</source>
        <translation>doit être un texte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be true or false.</source>
        <translation>doit être vrai ou faux.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a whole number from %1 to %2.</source>
        <translation>doit être un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an object is required.</source>
        <translation>un objet est requis.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/phonenormalizer.cpp" line="+44"/>
        <source>“%1” is not a valid phone number: %2</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone valide : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no known country code.</source>
        <translation>aucun indicatif de pays connu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a number.</source>
        <translation>ce n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is too short.</source>
        <translation>il est trop court.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is too long.</source>
        <translation>il est trop long.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it cannot be read.</source>
        <translation>il est illisible.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>it is empty.</source>
        <translation>il est vide.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it has the wrong length for its country.</source>
        <translation>il n&apos;a pas la bonne longueur pour son pays.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/transformapply.cpp" line="+232"/>
        <location line="+53"/>
        <source>“%1” is not a date.</source>
        <translation>« %1 » n&apos;est pas une date.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/transformchain.cpp" line="+17"/>
        <source>a list is required.</source>
        <translation>une liste est requise.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/fieldref.cpp" line="+93"/>
        <source>“%1” is not a known source kind.</source>
        <translation>« %1 » n&apos;est pas un type de source connu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a GoHighLevel contact field.</source>
        <translation>« %1 » n&apos;est pas un champ de contact GoHighLevel.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a custom field needs an id or a fieldKey.</source>
        <translation>un champ personnalisé nécessite un id ou un fieldKey.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>tag: %1</source>
        <translation>étiquette : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notes digest</source>
        <translation>résumé des notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open task count</source>
        <translation>nombre de tâches ouvertes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next due task</source>
        <translation>prochaine tâche à échéance</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/fieldmapping.cpp" line="+58"/>
        <source>“%1” is not a MailerLite field key (lower-case letters, digits, _).</source>
        <translation>« %1 » n&apos;est pas une clé de champ MailerLite (lettres minuscules, chiffres, _).</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/grouprule.cpp" line="+46"/>
        <source>a group rule needs a groupId or a groupName.</source>
        <translation>une règle de groupe nécessite un groupId ou un groupName.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>creating a missing group needs a groupName.</source>
        <translation>la création d&apos;un groupe manquant nécessite un groupName.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/mappingoptions.cpp" line="+31"/>
        <source>“%1” is not a known two-letter region code.</source>
        <translation>« %1 » n&apos;est pas un code de région à deux lettres connu.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/mapping.cpp" line="+31"/>
        <source>the format version is missing.</source>
        <translation>la version du format est absente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This mapping was saved by a newer version of ContactBridge (format %1); this version reads format %2. Please update ContactBridge.</source>
        <translation>Cette correspondance a été enregistrée par une version plus récente de ContactBridge (format %1) ; cette version lit le format %2. Veuillez mettre à jour ContactBridge.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/automapper.cpp" line="+73"/>
        <source>same key “%1”</source>
        <translation>même clé « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name “%1”</source>
        <translation>même nom « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” usually means “%2”</source>
        <translation>« %1 » signifie généralement « %2 »</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>similar names “%1” and “%2”</source>
        <translation>noms similaires « %1 » et « %2 »</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1, but GoHighLevel %2 values do not fit a MailerLite %3 field</source>
        <translation>%1, mais les valeurs GoHighLevel de type %2 ne conviennent pas à un champ MailerLite de type %3</translation>
    </message>
</context>
<context>
    <name>Mapping::Mapping</name>
    <message>
        <location filename="../src/core/mapping/mapping.cpp" line="+42"/>
        <location line="+26"/>
        <source>a list is required.</source>
        <translation>une liste est requise.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the MailerLite field “%1” is already written by an earlier rule.</source>
        <translation>le champ MailerLite « %1 » est déjà écrit par une règle précédente.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The mapping file is not valid JSON (at character %1: %2).</source>
        <translation>Le fichier de correspondance n&apos;est pas un JSON valide (au caractère %1 : %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an object is required.</source>
        <translation>un objet est requis.</translation>
    </message>
</context>
<context>
    <name>Mapping::MappingFile</name>
    <message>
        <location filename="../src/core/mapping/mappingfile.cpp" line="+25"/>
        <source>The mapping file %1 cannot be read: %2</source>
        <translation>Le fichier de correspondance %1 est illisible : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 is too large to be a mapping.</source>
        <translation>Le fichier %1 est trop volumineux pour être une correspondance.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is not a valid mapping: %2</source>
        <translation>Le fichier %1 n&apos;est pas une correspondance valide : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>The mapping cannot be written to %1: %2</source>
        <translation>Impossible d&apos;écrire la correspondance dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>Mapping::PreflightValidator</name>
    <message>
        <location filename="../src/core/mapping/preflightvalidator.cpp" line="+147"/>
        <source>The contact has no email address.</source>
        <translation>Le contact n&apos;a pas d&apos;adresse e-mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid email address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name has %1 characters; MailerLite accepts at most %2.</source>
        <translation>Le nom compte %1 caractères ; MailerLite en accepte au plus %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The field “%1” needs a number, not “%2”.</source>
        <translation>Le champ « %1 » attend un nombre, pas « %2 ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field “%1” needs a date written yyyy-MM-dd, not “%2”.</source>
        <translation>Le champ « %1 » attend une date au format yyyy-MM-dd, pas « %2 ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field “%1” has %2 characters; MailerLite accepts at most %3.</source>
        <translation>Le champ « %1 » compte %2 caractères ; MailerLite en accepte au plus %3.</translation>
    </message>
</context>
<context>
    <name>Mapping::Transform</name>
    <message>
        <location filename="../src/core/mapping/transform.cpp" line="+183"/>
        <source>must be a text.</source>
        <translation>doit être un texte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a known two-letter region code.</source>
        <translation>« %1 » n&apos;est pas un code de région à deux lettres connu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the date format must contain a year, month or day (yyyy, MM, dd).</source>
        <translation>le format de date doit contenir une année, un mois ou un jour (yyyy, MM, dd).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the separator must not be empty.</source>
        <translation>le séparateur ne doit pas être vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a value is required.</source>
        <translation>une valeur est requise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a non-empty value is required.</source>
        <translation>une valeur non vide est requise.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a limit is required.</source>
        <translation>une limite est requise.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” is not a known transform.</source>
        <translation>« %1 » n&apos;est pas une transformation connue.</translation>
    </message>
</context>
<context>
    <name>MappingConnectorWidget</name>
    <message>
        <location filename="../src/gui/mappingconnectorwidget.cpp" line="+17"/>
        <source>Connectors between mapped fields</source>
        <translation>Liens entre les champs associés</translation>
    </message>
</context>
<context>
    <name>MappingDocument</name>
    <message>
        <location filename="../src/gui/mappingdocument.cpp" line="+73"/>
        <source>Map %1 to %2</source>
        <translation>Associer %1 à %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unmap %1</source>
        <translation>Dissocier %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the transforms of %1</source>
        <translation>Modifier les transformations de %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change the mapping options</source>
        <translation>Modifier les options de correspondance</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../ui/mappingeditor.ui" line="+10"/>
        <source>Auto-&amp;map</source>
        <translation>Associer auto&amp;matiquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose field pairs automatically</source>
        <translation>Proposer automatiquement des paires de champs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map &amp;selected</source>
        <translation>Associer la &amp;sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the selected GoHighLevel field to the selected MailerLite field</source>
        <translation>Associer le champ GoHighLevel sélectionné au champ MailerLite sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unma&amp;p</source>
        <translation>&amp;Dissocier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the mapping of the selected MailerLite field</source>
        <translation>Supprimer la correspondance du champ MailerLite sélectionné</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/gui/mappingeditor.cpp" line="+98"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last mapping change</source>
        <translation>Annuler la dernière modification de correspondance</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/gui/mappingeditor.cpp" line="+2"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the mapping change</source>
        <translation>Rétablir la modification de correspondance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a mapping from a JSON file</source>
        <translation>Importer une correspondance depuis un fichier JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the mapping to a JSON file</source>
        <translation>Exporter la correspondance dans un fichier JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the mapping in the profile</source>
        <translation>Enregistrer la correspondance dans le profil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapper message</source>
        <translation>Message de l&apos;éditeur de correspondance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mapping sections</source>
        <translation>Sections de la correspondance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fields</source>
        <translation>&amp;Champs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a GoHighLevel field onto a MailerLite field to map it, or select one on each side and press Map selected (Ctrl+M). Drop onto empty space in the right list to create a new MailerLite field.</source>
        <translation>Faites glisser un champ GoHighLevel sur un champ MailerLite pour les associer, ou sélectionnez-en un de chaque côté et cliquez sur « Associer la sélection » (Ctrl+M). Déposez-le dans un espace vide de la liste de droite pour créer un nouveau champ MailerLite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Auto-map proposals</source>
        <translation>Propositions d&apos;association automatique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposed field pairs; checked ones are applied</source>
        <translation>Paires de champs proposées ; celles cochées sont appliquées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply &amp;checked</source>
        <translation>Appliquer les &amp;cochées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the checked proposals</source>
        <translation>Appliquer les propositions cochées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Écarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the proposals</source>
        <translation>Écarter les propositions</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>GoHighLevel fields</source>
        <translation>Champs GoHighLevel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MailerLite fields</source>
        <translation>Champs MailerLite</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transform chain of the selected mapping</source>
        <translation>Chaîne de transformations de la correspondance sélectionnée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts carrying a GoHighLevel tag become members of a MailerLite group. The counts preview each rule on the contacts loaded so far.</source>
        <translation>Les contacts portant une étiquette GoHighLevel deviennent membres d&apos;un groupe MailerLite. Les nombres donnent un aperçu de chaque règle sur les contacts chargés jusqu&apos;ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag to group rules</source>
        <translation>Règles étiquette vers groupe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GoHighLevel tag</source>
        <translation>Étiquette GoHighLevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag of the new rule</source>
        <translation>Étiquette de la nouvelle règle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MailerLite group of the new rule</source>
        <translation>Groupe MailerLite de la nouvelle règle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove when &amp;untagged</source>
        <translation>Retirer sans l&apos;ét&amp;iquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the group when the tag is removed</source>
        <translation>Retirer du groupe quand l&apos;étiquette est retirée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crea&amp;te if missing</source>
        <translation>Cr&amp;éer s&apos;il manque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the group if it does not exist</source>
        <translation>Créer le groupe s&apos;il n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Ajouter la règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the tag to group rule</source>
        <translation>Ajouter la règle étiquette vers groupe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove rule</source>
        <translation>&amp;Supprimer la règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rule</source>
        <translation>Supprimer la règle sélectionnée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group preview summary</source>
        <translation>Résumé de l&apos;aperçu des groupes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Notes, tasks and options</source>
        <translation>&amp;Notes, tâches et options</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MailerLite has no notes or tasks. Map “Notes digest”, “Open task count” or “Next due task” from the GoHighLevel list to a text or number field; these settings shape the digests.</source>
        <translation>MailerLite n&apos;a ni notes ni tâches. Associez « Résumé des notes », « Nombre de tâches ouvertes » ou « Prochaine tâche à échéance » de la liste GoHighLevel à un champ texte ou numérique ; ces paramètres définissent les résumés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes in the &amp;digest:</source>
        <translation>Notes dans le &amp;résumé :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of latest notes in the digest</source>
        <translation>Nombre de notes les plus récentes dans le résumé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Digest &amp;length limit:</source>
        <translation>&amp;Longueur maximale du résumé :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum length of the notes digest</source>
        <translation>Longueur maximale du résumé des notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default phone &amp;region:</source>
        <translation>&amp;Région téléphonique par défaut :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default phone region</source>
        <translation>Région téléphonique par défaut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only sync contacts &amp;tagged:</source>
        <translation>Ne synchroniser que les contacts avec l&apos;é&amp;tiquette :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag that selects the synced contacts</source>
        <translation>Étiquette qui sélectionne les contacts synchronisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(every contact)</source>
        <translation>(tous les contacts)</translation>
    </message>
    <message>
        <location filename="../src/gui/mappingeditor.cpp" line="+40"/>
        <source>The saved mapping cannot be read (%1); the default mapping is shown.</source>
        <translation>La correspondance enregistrée est illisible (%1) ; la correspondance par défaut est affichée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The fields could not be loaded: %1</source>
        <translation>Les champs n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The MailerLite field “%1” was not created: %2</source>
        <translation>Le champ MailerLite « %1 » n&apos;a pas été créé : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the fields of both services…</source>
        <translation>Chargement des champs des deux services…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a profile to edit its mapping.</source>
        <translation>Ouvrez un profil pour modifier sa correspondance.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>That field is not in the GoHighLevel list.</source>
        <translation>Ce champ n&apos;est pas dans la liste GoHighLevel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) cannot be written to the MailerLite %3 field %4.</source>
        <translation>%1 (%2) ne peut pas être écrit dans le champ MailerLite %4 de type %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 now fills the MailerLite field %2.</source>
        <translation>%1 remplit désormais le champ MailerLite %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a GoHighLevel field on the left first.</source>
        <translation>Sélectionnez d&apos;abord un champ GoHighLevel à gauche.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a mapped MailerLite field on the right to unmap it.</source>
        <translation>Sélectionnez à droite un champ MailerLite associé pour le dissocier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MailerLite field %1 is no longer filled by the sync.</source>
        <translation>Le champ MailerLite %1 n&apos;est plus rempli par la synchronisation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile could not be read: %1</source>
        <translation>Le profil n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mapping was not saved: %1</source>
        <translation>La correspondance n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mapping is saved in profile %1.</source>
        <translation>La correspondance est enregistrée dans le profil %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/mappingeditorparts.cpp" line="+36"/>
        <source>Edit the rule for tag %1</source>
        <translation>Modifier la règle de l&apos;étiquette %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A rule needs a tag and a group.</source>
        <translation>Une règle nécessite une étiquette et un groupe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>MailerLite has no group “%1”. Check “Create if missing” to have the sync create it.</source>
        <translation>MailerLite n&apos;a pas de groupe « %1 ». Cochez « Créer s&apos;il manque » pour que la synchronisation le crée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the rule for tag %1</source>
        <translation>Ajouter la règle de l&apos;étiquette %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts tagged “%1” will join “%2”.</source>
        <translation>Les contacts avec l&apos;étiquette « %1 » rejoindront « %2 ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a rule to remove.</source>
        <translation>Sélectionnez une règle à supprimer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the rule for tag %1</source>
        <translation>Supprimer la règle de l&apos;étiquette %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No rules yet: add a tag and a group above.</source>
        <translation>Aucune règle pour l&apos;instant : ajoutez une étiquette et un groupe ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Counted over %n loaded contact(s) in the synced set. “Would leave” counts contacts without the tag, removed from the group if they are members.</source>
        <translation>
            <numerusform>Calculé sur %n contact chargé de l&apos;ensemble synchronisé. « Quitteraient » compte les contacts sans l&apos;étiquette, retirés du groupe s&apos;ils en sont membres.</numerusform>
            <numerusform>Calculé sur %n contacts chargés de l&apos;ensemble synchronisé. « Quitteraient » compte les contacts sans l&apos;étiquette, retirés du groupe s&apos;ils en sont membres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 → %2 (replaces %3): %4</source>
        <translation>%1 → %2 (remplace %3) : %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2 : %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not proposed: %1 → %2: %3</source>
        <translation>Non proposé : %1 → %2 : %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-map found nothing new to propose.</source>
        <translation>L&apos;association automatique n&apos;a rien trouvé de nouveau à proposer.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pair(s) proposed: check the ones to apply.</source>
        <translation>
            <numerusform>%n paire proposée : cochez celles à appliquer.</numerusform>
            <numerusform>%n paires proposées : cochez celles à appliquer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Apply %n auto-map proposal(s)</source>
        <translation>
            <numerusform>Appliquer %n proposition d&apos;association automatique</numerusform>
            <numerusform>Appliquer %n propositions d&apos;association automatique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n proposal(s) applied.</source>
        <translation>
            <numerusform>%n proposition appliquée.</numerusform>
            <numerusform>%n propositions appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop one GoHighLevel field to create a MailerLite field for it.</source>
        <translation>Déposez un champ GoHighLevel pour créer un champ MailerLite correspondant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a profile to create MailerLite fields.</source>
        <translation>Ouvrez un profil pour créer des champs MailerLite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A MailerLite field is being created; wait for it to finish.</source>
        <translation>Un champ MailerLite est en cours de création ; attendez la fin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New MailerLite field</source>
        <translation>Nouveau champ MailerLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a MailerLite %1 field for %2, titled:</source>
        <translation>Créer un champ MailerLite de type %1 pour %2, intitulé :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating the MailerLite field “%1”…</source>
        <translation>Création du champ MailerLite « %1 »…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+11"/>
        <source>Import mapping</source>
        <translation>Importer une correspondance</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+20"/>
        <source>Mapping files (*.json)</source>
        <translation>Fichiers de correspondance (*.json)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Mapping imported; save it to use it for syncs.</source>
        <translation>Correspondance importée ; enregistrez-la pour l&apos;utiliser lors des synchronisations.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export mapping</source>
        <translation>Exporter la correspondance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mapping exported.</source>
        <translation>Correspondance exportée.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../ui/mappingpage.ui" line="+22"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How GoHighLevel contacts become MailerLite subscribers in this profile. This summary lists the saved rules; change them on the Editor tab.</source>
        <translation>Comment les contacts GoHighLevel deviennent des abonnés MailerLite dans ce profil. Ce résumé liste les règles enregistrées ; modifiez-les dans l&apos;onglet Éditeur.</translation>
    </message>
    <message>
        <location filename="../src/gui/mappingpage.cpp" line="+25"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The mapping saved in this profile cannot be read: %1</source>
        <translation>La correspondance enregistrée dans ce profil est illisible : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This mapping has no rules: a sync would write nothing.</source>
        <translation>Cette correspondance n&apos;a aucune règle : une synchronisation n&apos;écrirait rien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile %1 uses the default mapping.</source>
        <translation>Le profil %1 utilise la correspondance par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile %1 uses its own saved mapping.</source>
        <translation>Le profil %1 utilise sa propre correspondance enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n field rule(s), %1 notes and tasks digest(s), %2 tag to group rule(s).</source>
        <translation>
            <numerusform>%n règle de champ, %1 résumé(s) de notes et tâches, %2 règle(s) étiquette vers groupe.</numerusform>
            <numerusform>%n règles de champ, %1 résumé(s) de notes et tâches, %2 règle(s) étiquette vers groupe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every contact of the location is synced.</source>
        <translation>Chaque contact de l&apos;emplacement est synchronisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only contacts tagged &quot;%1&quot; are synced.</source>
        <translation>Seuls les contacts avec l&apos;étiquette « %1 » sont synchronisés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers without a country code are read as region %1.</source>
        <translation>Les numéros de téléphone sans indicatif de pays sont lus comme région %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tag is turned into a MailerLite group yet.</source>
        <translation>Aucune étiquette n&apos;est encore transformée en groupe MailerLite.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a profile to see its mapping.</source>
        <translation>Ouvrez un profil pour voir sa correspondance.</translation>
    </message>
</context>
<context>
    <name>MappingTableModel</name>
    <message>
        <location filename="../src/gui/mappingtablemodel.cpp" line="+42"/>
        <source>trim</source>
        <translation>supprimer les espaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower case</source>
        <translation>minuscules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upper case</source>
        <translation>majuscules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title case</source>
        <translation>majuscule à chaque mot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phone in E.164</source>
        <translation>téléphone en E.164</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone in E.164 (region %1)</source>
        <translation>téléphone en E.164 (région %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date as %1</source>
        <translation>date au format %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>join with &quot;%1&quot;</source>
        <translation>joindre avec « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>split at &quot;%1&quot;</source>
        <translation>scinder à « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>always &quot;%1&quot;</source>
        <translation>toujours « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; when empty</source>
        <translation>« %1 » si vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; if true, else &quot;%2&quot;</source>
        <translation>« %1 » si vrai, sinon « %2 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; if tagged %2, else &quot;%3&quot;</source>
        <translation>« %1 » si étiqueté %2, sinon « %3 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most %1 characters</source>
        <translation>au plus %1 caractères</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(as is)</source>
        <translation>(tel quel)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>GHL custom field %1</source>
        <translation>champ personnalisé GHL %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>true when the contact has the tag</source>
        <translation>vrai si le contact a l&apos;étiquette</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>latest %n note(s), at most %1 characters</source>
        <translation>
            <numerusform>%n note la plus récente, au plus %1 caractères</numerusform>
            <numerusform>%n notes les plus récentes, au plus %1 caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>number of tasks not completed</source>
        <translation>nombre de tâches non terminées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title and due date of the earliest open task</source>
        <translation>titre et échéance de la plus ancienne tâche ouverte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tag: %1</source>
        <translation>étiquette : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group %1 (#%2)</source>
        <translation>groupe %1 (n° %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaves the group when the tag is removed</source>
        <translation>quitte le groupe quand l&apos;étiquette est retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stays in the group when the tag is removed</source>
        <translation>reste dans le groupe quand l&apos;étiquette est retirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the group is created if missing</source>
        <translation>le groupe est créé s&apos;il manque</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and tasks</source>
        <translation>Notes et tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag to group</source>
        <translation>Étiquette vers groupe</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GoHighLevel</source>
        <translation>GoHighLevel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transforms</source>
        <translation>Transformations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailerLite</source>
        <translation>MailerLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../src/gui/planmodel.cpp" line="+48"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsubscribe</source>
        <translation>Désabonner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from groups</source>
        <translation>Retirer des groupes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by consent</source>
        <translation>Bloqué par le consentement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+%1 (new)</source>
        <translation>+%1 (nouveau)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>GoHighLevel contact %1</source>
        <translation>Contact GoHighLevel %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override</source>
        <translation>Forçage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../src/gui/planmodeloverrides.cpp" line="+90"/>
        <source>The plan can no longer be changed: it is being applied or was applied already.</source>
        <translation>Le plan ne peut plus être modifié : il est en cours d&apos;application ou a déjà été appliqué.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forced</source>
        <translation>Forcé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing is sent for this record anyway.</source>
        <translation>Rien n&apos;est envoyé pour cet enregistrement de toute façon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot skip: the contact has email do-not-disturb in GoHighLevel, and the consent rules require unsubscribing them in MailerLite.</source>
        <translation>Impossible d&apos;ignorer : le contact a « ne pas déranger » activé pour l&apos;e-mail dans GoHighLevel, et les règles de consentement exigent de le désabonner dans MailerLite.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This record is sent anyway: forcing it changes nothing.</source>
        <translation>Cet enregistrement est envoyé de toute façon : le forcer ne change rien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot force: MailerLite would refuse this record. Fix it in GoHighLevel first.</source>
        <translation>Impossible de forcer : MailerLite refuserait cet enregistrement. Corrigez-le d&apos;abord dans GoHighLevel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot force: the contact has email do-not-disturb in GoHighLevel, and the consent rules never add such a contact to MailerLite.</source>
        <translation>Impossible de forcer : le contact a « ne pas déranger » activé pour l&apos;e-mail dans GoHighLevel, et les règles de consentement n&apos;ajoutent jamais un tel contact à MailerLite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot force: the subscriber is %1 in MailerLite. The consent rules make such a subscriber active again only when the profile allows resubscribing and the contact has no email do-not-disturb; then Preview plans the resubscribe itself.</source>
        <translation>Impossible de forcer : l&apos;abonné est %1 dans MailerLite. Les règles de consentement ne réactivent un tel abonné que si le profil autorise le réabonnement et que le contact n&apos;a pas « ne pas déranger » pour l&apos;e-mail ; l&apos;aperçu planifie alors lui-même le réabonnement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot force: another GoHighLevel contact with the same email is synced to this subscriber.</source>
        <translation>Impossible de forcer : un autre contact GoHighLevel avec le même e-mail est synchronisé avec cet abonné.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent as planned.</source>
        <translation>Envoyé comme prévu.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent, as planned.</source>
        <translation>Non envoyé, comme prévu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped by you: not sent in this run.</source>
        <translation>Ignoré par vous : non envoyé lors de cette exécution.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forced by you: sent again although nothing changed.</source>
        <translation>Forcé par vous : renvoyé bien que rien n&apos;ait changé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: possible.</source>
        <translation>%1 : possible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As planned</source>
        <translation>Comme prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force</source>
        <translation>Forcer</translation>
    </message>
</context>
<context>
    <name>PlanOverrideDelegate</name>
    <message>
        <location filename="../src/gui/planoverridedelegate.cpp" line="+21"/>
        <source>Override</source>
        <translation>Forçage</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../ui/profileeditor.ui" line="+17"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel</source>
        <translation>GoHighLevel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Private Integration Token</source>
        <translation>Private Integration Token</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OAuth (marketplace app)</source>
        <translation>OAuth (application du Marketplace)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Private Integration Token:</source>
        <translation>Private Integration Token :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pit-...</source>
        <translation>pit-...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create it in GoHighLevel under Settings &gt; Private Integrations, with the scopes contacts.readonly, contacts.write and locations/customFields.readonly.</source>
        <translation>Créez-le dans GoHighLevel sous Settings &gt; Private Integrations, avec les scopes contacts.readonly, contacts.write et locations/customFields.readonly.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Client ID:</source>
        <translation>ID client :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The marketplace app&apos;s client ID</source>
        <translation>L&apos;ID client de l&apos;application du Marketplace</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client secret:</source>
        <translation>Secret client :</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+92"/>
        <location filename="../src/gui/profileeditor.cpp" line="+202"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Connect...</source>
        <translation>Connecter...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Location ID:</source>
        <translation>ID d&apos;emplacement :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sub-account&apos;s location ID</source>
        <translation>L&apos;ID d&apos;emplacement du sous-compte</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+50"/>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>MailerLite</source>
        <translation>MailerLite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key:</source>
        <translation>Clé API :</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Sync Rules</source>
        <translation>Règles de synchronisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create and update subscribers</source>
        <translation>Créer et mettre à jour les abonnés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only update linked subscribers</source>
        <translation>Mettre à jour uniquement les abonnés liés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only create new subscribers</source>
        <translation>Créer uniquement les nouveaux abonnés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mirror: also clean up contacts that leave the synced set</source>
        <translation>Miroir : nettoyer aussi les contacts qui quittent l&apos;ensemble synchronisé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allow resubscribing people who unsubscribed (never bounced or junk addresses, never with email DND set)</source>
        <translation>Autoriser le réabonnement des personnes désabonnées (jamais pour les adresses en rebond ou indésirables, jamais avec « ne pas déranger » activé pour l&apos;e-mail)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When a linked contact&apos;s email changes:</source>
        <translation>Quand l&apos;e-mail d&apos;un contact lié change :</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+29"/>
        <source>Leave the subscriber as it is</source>
        <translation>Laisser l&apos;abonné tel quel</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+29"/>
        <source>Unsubscribe the subscriber</source>
        <translation>Désabonner l&apos;abonné</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+29"/>
        <source>Remove the subscriber from the synced groups</source>
        <translation>Retirer l&apos;abonné des groupes synchronisés</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>When a contact leaves the synced set (mirror):</source>
        <translation>Quand un contact quitte l&apos;ensemble synchronisé (miroir) :</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stop a run that would unsubscribe or remove more than:</source>
        <translation>Arrêter une exécution qui désabonnerait ou retirerait plus de :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> subscribers</source>
        <translation> abonnés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>or more than this share of the linked subscribers:</source>
        <translation>ou plus que cette part des abonnés liés :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GoHighLevel API address:</source>
        <translation>Adresse de l&apos;API GoHighLevel :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://services.leadconnectorhq.com</source>
        <translation>https://services.leadconnectorhq.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MailerLite API address:</source>
        <translation>Adresse de l&apos;API MailerLite :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://api.mailerlite.com/api/v2</source>
        <translation>https://api.mailerlite.com/api/v2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OAuth redirect port:</source>
        <translation>Port de redirection OAuth :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any free port</source>
        <translation>N&apos;importe quel port libre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the addresses only to use a test server such as the ContactBridge sandbox. The redirect port must match the redirect URI registered for the marketplace app (http://127.0.0.1:PORT/).</source>
        <translation>Ne modifiez les adresses que pour utiliser un serveur de test comme le bac à sable ContactBridge. Le port de redirection doit correspondre à l&apos;URI de redirection enregistrée pour l&apos;application du Marketplace (http://127.0.0.1:PORT/).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Real Time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Real time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poll GoHighLevel every minute (fast polling)</source>
        <translation>Interroger GoHighLevel chaque minute (interrogation rapide)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Receive webhooks from GoHighLevel and MailerLite</source>
        <translation>Recevoir les webhooks de GoHighLevel et MailerLite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen on address:</source>
        <translation>Écouter sur l&apos;adresse :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>GoHighLevel RSA public key (advanced):</source>
        <translation>Clé publique RSA de GoHighLevel (avancé) :</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>Empty: the key GoHighLevel publishes</source>
        <translation>Vide : la clé publiée par GoHighLevel</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>GoHighLevel Ed25519 public key (advanced):</source>
        <translation>Clé publique Ed25519 de GoHighLevel (avancé) :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When someone opts out in MailerLite:</source>
        <translation>Quand quelqu&apos;un se désinscrit dans MailerLite :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change nothing in GoHighLevel</source>
        <translation>Ne rien changer dans GoHighLevel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the contact&apos;s email do-not-disturb</source>
        <translation>Activer « Ne pas déranger » pour l&apos;e-mail du contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a tag to the contact</source>
        <translation>Ajouter un tag au contact</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag:</source>
        <translation>Tag :</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Credential Health</source>
        <translation>État des identifiants</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When each secret of this profile was stored in the keychain and when it last worked. Replacing keys from time to time limits the damage of a leaked key; &quot;Rotate...&quot; tests the new key before it replaces the old one.</source>
        <translation>Quand chaque secret de ce profil a été enregistré dans le trousseau et quand il a fonctionné pour la dernière fois. Remplacer régulièrement les clés limite les dégâts d&apos;une clé divulguée ; « Renouveler... » teste la nouvelle clé avant qu&apos;elle remplace l&apos;ancienne.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../src/gui/profileeditor.cpp" line="-95"/>
        <source>GoHighLevel token:</source>
        <translation>Jeton GoHighLevel :</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+41"/>
        <source>Rotate...</source>
        <translation>Renouveler...</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>OAuth client secret:</source>
        <translation>Secret client OAuth :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>MailerLite API key:</source>
        <translation>Clé API MailerLite :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remind me to rotate keys after:</source>
        <translation>Me rappeler de renouveler les clés après :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="-1"/>
        <source>GoHighLevel sign-in:</source>
        <translation>Connexion GoHighLevel :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil « %1 »</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The GoHighLevel API address is not a valid http or https address.</source>
        <translation>L&apos;adresse de l&apos;API GoHighLevel n&apos;est pas une adresse http ou https valide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The MailerLite API address is not a valid http or https address.</source>
        <translation>L&apos;adresse de l&apos;API MailerLite n&apos;est pas une adresse http ou https valide.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Stored in the keychain on %1 — type to replace</source>
        <translation>Enregistré dans le trousseau le %1 — saisissez pour remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the keychain — type to replace</source>
        <translation>Enregistré dans le trousseau — saisissez pour remplacer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not stored yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored on %1.</source>
        <translation>Enregistré le %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored before ContactBridge recorded dates.</source>
        <translation>Enregistré avant que ContactBridge n&apos;enregistre les dates.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last worked on %1.</source>
        <translation>A fonctionné pour la dernière fois le %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tested since it was stored.</source>
        <translation>Non testé depuis son enregistrement.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 %2 It is older than %n day(s): rotate it.</source>
        <translation>
            <numerusform>%1 %2 Il a plus de %n jour : renouvelez-le.</numerusform>
            <numerusform>%1 %2 Il a plus de %n jours : renouvelez-le.</numerusform>
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
        <translation>Test en cours...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting the sign-in...</source>
        <translation>Démarrage de la connexion...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the browser: sign in to GoHighLevel and allow ContactBridge access to the location.</source>
        <translation>En attente du navigateur : connectez-vous à GoHighLevel et autorisez ContactBridge à accéder à l&apos;emplacement.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in to GoHighLevel. Press Save to keep these settings.</source>
        <translation>Connecté à GoHighLevel. Cliquez sur Enregistrer pour conserver ces paramètres.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Connected to location &quot;%1&quot;: %n contact(s); contacts can be changed.</source>
        <translation>
            <numerusform>Connecté à l&apos;emplacement « %1 » : %n contact ; les contacts peuvent être modifiés.</numerusform>
            <numerusform>Connecté à l&apos;emplacement « %1 » : %n contacts ; les contacts peuvent être modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Connected to location &quot;%1&quot;: %n contact(s); read only. %2</source>
        <translation>
            <numerusform>Connecté à l&apos;emplacement « %1 » : %n contact ; lecture seule. %2</numerusform>
            <numerusform>Connecté à l&apos;emplacement « %1 » : %n contacts ; lecture seule. %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to MailerLite account &quot;%1&quot; (%2).</source>
        <translation>Connecté au compte MailerLite « %1 » (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/profileeditorrealtime.cpp" line="+18"/>
        <source>While ContactBridge runs, it then checks GoHighLevel every minute instead of following the schedule. A check that finds no changed contact costs %n GoHighLevel request(s) and nothing in MailerLite: about %1 requests an hour.</source>
        <translation>
            <numerusform>Tant que ContactBridge tourne, il consulte alors GoHighLevel chaque minute au lieu de suivre le planning. Une vérification sans contact modifié coûte %n requête GoHighLevel et rien dans MailerLite : environ %1 requêtes par heure.</numerusform>
            <numerusform>Tant que ContactBridge tourne, il consulte alors GoHighLevel chaque minute au lieu de suivre le planning. Une vérification sans contact modifié coûte %n requêtes GoHighLevel et rien dans MailerLite : environ %1 requêtes par heure.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The GoHighLevel token is read only (it lacks the contacts.write scope), so opt-outs cannot be written back. Give the token that scope and test the connection again.</source>
        <translation>Le jeton GoHighLevel est en lecture seule (il lui manque la portée contacts.write) : les désinscriptions ne peuvent pas être reportées. Donnez cette portée au jeton et testez à nouveau la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MailerLite reports unsubscribes, bounces and spam complaints through its webhooks: turn them on to write opt-outs back to GoHighLevel.</source>
        <translation>MailerLite signale les désinscriptions, rebonds et plaintes pour spam par ses webhooks : activez-les pour reporter les désinscriptions dans GoHighLevel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs a GoHighLevel token with the contacts.write scope. Each change is recorded in the consent history, and ContactBridge recognises it when GoHighLevel reports it back, so it never returns to MailerLite as a new change.</source>
        <translation>Nécessite un jeton GoHighLevel avec la portée contacts.write. Chaque modification est consignée dans l&apos;historique des consentements, et ContactBridge la reconnaît quand GoHighLevel la signale, elle ne revient donc jamais vers MailerLite comme un nouveau changement.</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <location filename="../src/gui/profilesession.cpp" line="+116"/>
        <source>%1 is not set. Open Settings to enter it.</source>
        <translation>%1 n&apos;est pas défini. Ouvrez les Paramètres pour le saisir.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The MailerLite API key</source>
        <translation>La clé API MailerLite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The GoHighLevel token</source>
        <translation>Le jeton GoHighLevel</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The GoHighLevel connection</source>
        <translation>La connexion GoHighLevel</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking whether the GoHighLevel token may change contacts...</source>
        <translation>Vérification que le jeton GoHighLevel peut modifier les contacts...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GoHighLevel cannot be reached: %1</source>
        <translation>GoHighLevel est injoignable : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The GoHighLevel token may not change contacts (it lacks the contacts.write scope).</source>
        <translation>Le jeton GoHighLevel ne peut pas modifier les contacts (il n&apos;a pas le scope contacts.write).</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../src/core/profile/profile.cpp" line="+17"/>
        <source>The profile is invalid: %1</source>
        <translation>Le profil n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>made by a newer version of ContactBridge</source>
        <translation>créé par une version plus récente de ContactBridge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name &quot;%1&quot; is not allowed</source>
        <translation>le nom « %1 » n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a service address is not a valid URL</source>
        <translation>une adresse de service n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the OAuth redirect port %1 is not a port number</source>
        <translation>le port de redirection OAuth %1 n&apos;est pas un numéro de port</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown GoHighLevel sign-in &quot;%1&quot;</source>
        <translation>connexion GoHighLevel inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown sync mode or departure rule</source>
        <translation>mode de synchronisation ou règle de départ inconnu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the unsubscribe limits cannot be negative</source>
        <translation>les limites de désabonnement ne peuvent pas être négatives</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its schedule: %1</source>
        <translation>sa planification : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its real-time settings: %1</source>
        <translation>ses paramètres temps réel : %1</translation>
    </message>
    <message>
        <location filename="../src/core/profile/realtimesettings.cpp" line="+18"/>
        <source>The real-time settings are not valid: %1.</source>
        <translation>Les paramètres temps réel ne sont pas valides : %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>« %1 » n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a port number</source>
        <translation>%1 n&apos;est pas un numéro de port</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown write-back &quot;%1&quot;</source>
        <translation>réécriture inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the write-back tag is empty</source>
        <translation>l&apos;étiquette de réécriture est vide</translation>
    </message>
</context>
<context>
    <name>Profiles::ProfileStore</name>
    <message>
        <location filename="../src/core/profile/profilestore.cpp" line="+84"/>
        <source>&quot;%1&quot; is not a valid profile name: use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>« %1 » n&apos;est pas un nom de profil valide : utilisez 1 à 64 lettres, chiffres, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+73"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Aucun profil ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>The profile &quot;%1&quot; cannot be read: %2</source>
        <translation>Le profil « %1 » est illisible : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile file of &quot;%1&quot; is damaged: %2</source>
        <translation>Le fichier du profil « %1 » est endommagé : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile file of &quot;%1&quot; names another profile (&quot;%2&quot;).</source>
        <translation>Le fichier du profil « %1 » nomme un autre profil (« %2 »).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The profile &quot;%1&quot; was not saved: it contains a credential. Store tokens and keys in the keychain instead.</source>
        <translation>Le profil « %1 » n&apos;a pas été enregistré : il contient un identifiant secret. Enregistrez plutôt les jetons et les clés dans le trousseau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profiles folder %1 cannot be created.</source>
        <translation>Le dossier des profils %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>The profile &quot;%1&quot; cannot be saved: %2</source>
        <translation>Le profil « %1 » ne peut pas être enregistré : %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The profile &quot;%1&quot; cannot be removed: %2</source>
        <translation>Le profil « %1 » ne peut pas être supprimé : %2</translation>
    </message>
</context>
<context>
    <name>RealtimeService</name>
    <message>
        <location filename="../src/gui/realtimeservice.cpp" line="+69"/>
        <source>The state database is not available, so webhooks cannot be queued: %1</source>
        <translation>La base d’état n’est pas disponible : les webhooks ne peuvent pas être mis en file d’attente : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile&apos;s credentials are missing, so webhooks cannot be checked or applied.</source>
        <translation>Les identifiants du profil manquent : les webhooks ne peuvent être ni vérifiés ni appliqués.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 delivery refused (HTTP %2): %3</source>
        <translation>Envoi de %1 refusé (HTTP %2) : %3</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Webhooks: not listening</source>
        <translation>Webhooks : pas à l’écoute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhooks: listening on %1</source>
        <translation>Webhooks : à l’écoute sur %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Webhooks: %n received</source>
        <translation>
            <numerusform>Webhooks : %n reçu</numerusform>
            <numerusform>Webhooks : %n reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n refusé</numerusform>
            <numerusform>, %n refusés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listening on http://%1: POST /webhooks/ghl for GoHighLevel, POST /webhooks/mailerlite for MailerLite.</source>
        <translation>À l’écoute sur http://%1 : POST /webhooks/ghl pour GoHighLevel, POST /webhooks/mailerlite pour MailerLite.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n delivery(ies) accepted</source>
        <translation>
            <numerusform>%n envoi accepté</numerusform>
            <numerusform>%n envois acceptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) applied</source>
        <translation>
            <numerusform>%n événement appliqué</numerusform>
            <numerusform>%n événements appliqués</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last delivery: %1</source>
        <translation>Dernier envoi : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last refusal: %1</source>
        <translation>Dernier refus : %1</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../src/gui/recordtablemodel.cpp" line="+205"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../ui/rotatekeydialog.ui" line="+6"/>
        <source>Rotate Key</source>
        <translation>Renouveler la clé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New key:</source>
        <translation>Nouvelle clé :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste the new key here</source>
        <translation>Collez la nouvelle clé ici</translation>
    </message>
    <message>
        <location filename="../src/gui/rotatekeydialog.cpp" line="+29"/>
        <source>Test and Replace</source>
        <translation>Tester et remplacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotate the GoHighLevel Token</source>
        <translation>Renouveler le jeton GoHighLevel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new Private Integration Token in GoHighLevel (Settings &gt; Private Integrations) for location %1 and paste it below. ContactBridge tests it before it replaces the token of profile &quot;%2&quot;; revoke the old token in GoHighLevel afterwards.</source>
        <translation>Créez un nouveau Private Integration Token dans GoHighLevel (Settings &gt; Private Integrations) pour l&apos;emplacement %1 et collez-le ci-dessous. ContactBridge le teste avant qu&apos;il remplace le jeton du profil « %2 » ; révoquez ensuite l&apos;ancien jeton dans GoHighLevel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rotate the MailerLite API Key</source>
        <translation>Renouveler la clé API MailerLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a new API key in MailerLite (Integrations &gt; API) and paste it below. ContactBridge tests it before it replaces the key of profile &quot;%1&quot;; delete the old key in MailerLite afterwards.</source>
        <translation>Générez une nouvelle clé API dans MailerLite (Integrations &gt; API) et collez-la ci-dessous. ContactBridge la teste avant qu&apos;elle remplace la clé du profil « %1 » ; supprimez ensuite l&apos;ancienne clé dans MailerLite.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Testing the new key...</source>
        <translation>Test de la nouvelle clé...</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The new token works (location %1, %n contact(s)).</source>
        <translation>
            <numerusform>Le nouveau jeton fonctionne (emplacement %1, %n contact).</numerusform>
            <numerusform>Le nouveau jeton fonctionne (emplacement %1, %n contacts).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new key works (account %1).</source>
        <translation>La nouvelle clé fonctionne (compte %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Storing it in the keychain...</source>
        <translation>%1 Enregistrement dans le trousseau...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new key works but could not be stored: %1</source>
        <translation>La nouvelle clé fonctionne mais n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
The old key is still in use.</source>
        <translation>%1
L&apos;ancienne clé reste utilisée.</translation>
    </message>
</context>
<context>
    <name>RunItemModel</name>
    <message>
        <location filename="../src/gui/runitemmodel.cpp" line="+24"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1 : %2 -&gt; %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe</source>
        <translation>Désabonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from groups</source>
        <translation>Retirer des groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid data</source>
        <translation>Données invalides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked by consent</source>
        <translation>Bloqué par le consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate email</source>
        <translation>E-mail en double</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped by you</source>
        <translation>Ignoré par vous</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>RunModel</name>
    <message>
        <location filename="../src/gui/runmodel.cpp" line="+70"/>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some items failed</source>
        <translation>Certains éléments ont échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: too many removals</source>
        <translation>Arrêtée : trop de retraits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create and update</source>
        <translation>Créer et mettre à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update only</source>
        <translation>Mise à jour seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create only</source>
        <translation>Création seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mirror</source>
        <translation>Miroir</translation>
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
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Run #%1</source>
        <translation>Exécution n° %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsub.</source>
        <translation>Désab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group +</source>
        <translation>Groupe +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group -</source>
        <translation>Groupe -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dupl.</source>
        <translation>Doubl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GHL req.</source>
        <translation>Req. GHL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite req.</source>
        <translation>Req. MailerLite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A preview plans without writing; a sync applies.</source>
        <translation>Un aperçu planifie sans écrire ; une synchronisation applique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribers created in MailerLite</source>
        <translation>Abonnés créés dans MailerLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribers updated in MailerLite</source>
        <translation>Abonnés mis à jour dans MailerLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts that needed no change</source>
        <translation>Contacts sans modification nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribers unsubscribed</source>
        <translation>Abonnés désabonnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group memberships added</source>
        <translation>Adhésions aux groupes ajoutées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group memberships removed</source>
        <translation>Adhésions aux groupes retirées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts skipped because their data is invalid</source>
        <translation>Contacts ignorés car leurs données sont invalides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts held back by consent rules</source>
        <translation>Contacts retenus par les règles de consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts sharing an email with another contact</source>
        <translation>Contacts partageant un e-mail avec un autre contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that failed (see the Failures page)</source>
        <translation>Éléments en échec (voir la page Échecs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests sent to GoHighLevel</source>
        <translation>Requêtes envoyées à GoHighLevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests sent to MailerLite</source>
        <translation>Requêtes envoyées à MailerLite</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../src/core/schedule/schedule.cpp" line="+27"/>
        <source>The schedule is invalid: %1</source>
        <translation>La planification n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>an interval of %1 minutes does not divide a day evenly (allowed: 1 to 720 minutes, e.g. 5, 15, 30, 45, 60, 90, 120)</source>
        <translation>un intervalle de %1 minutes ne divise pas une journée de façon égale (autorisé : 1 à 720 minutes, p. ex. 5, 15, 30, 45, 60, 90, 120)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the time of day must be whole minutes, written HH:MM</source>
        <translation>l&apos;heure doit être en minutes entières, au format HH:MM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose at least one weekday</source>
        <translation>choisissez au moins un jour de la semaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a weekday number (1 = Monday .. 7 = Sunday)</source>
        <translation>%1 n&apos;est pas un numéro de jour (1 = lundi .. 7 = dimanche)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown kind</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every %1 hours</source>
        <translation>Toutes les %1 heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 minutes</source>
        <translation>Toutes les %1 minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily at %1</source>
        <translation>Tous les jours à %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;kind&quot; must be one of off, interval, daily or weekdays</source>
        <translation>« kind » doit valoir off, interval, daily ou weekdays</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;minutes&quot; must be a whole number</source>
        <translation>« minutes » doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;time&quot; must be HH:MM (00:00 to 23:59), not &quot;%1&quot;</source>
        <translation>« time » doit être au format HH:MM (00:00 à 23:59), pas « %1 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;days&quot; must be a list such as [&quot;mon&quot;, &quot;fri&quot;]</source>
        <translation>« days » doit être une liste comme [&quot;mon&quot;, &quot;fri&quot;]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown weekday &quot;%1&quot; (use mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>jour inconnu « %1 » (utilisez mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown kind &quot;%1&quot; (use off, interval, daily or weekdays)</source>
        <translation>type inconnu « %1 » (utilisez off, interval, daily ou weekdays)</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/scheduledialog.ui" line="+6"/>
        <location line="+10"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scheduled runs happen while ContactBridge is running, also when its window is closed to the system tray. A run that would start while another one is going is skipped; runs missed while the computer slept are made up once.</source>
        <translation>Les exécutions planifiées ont lieu tant que ContactBridge tourne, même quand sa fenêtre est réduite dans la zone de notification. Une exécution qui démarrerait pendant qu&apos;une autre est en cours est ignorée ; celles manquées pendant la mise en veille de l&apos;ordinateur sont rattrapées une fois.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Run:</source>
        <translation>&amp;Exécuter :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every few minutes or hours</source>
        <translation>Toutes les quelques minutes ou heures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily at a time</source>
        <translation>Tous les jours à une heure donnée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On chosen weekdays at a time</source>
        <translation>Certains jours de la semaine à une heure donnée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Every:</source>
        <translation>&amp;Toutes les :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;At:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On:</source>
        <translation>Les :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Next runs:</source>
        <translation>Prochaines exécutions :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Requests:</source>
        <translation>Requêtes :</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Run without the app</source>
        <translation>Exécuter sans l&apos;application</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>systemd user timer (recommended)</source>
        <translation>Minuteur utilisateur systemd (recommandé)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy &amp;service</source>
        <translation>Copier le &amp;service</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copy &amp;timer</source>
        <translation>Copier le &amp;minuteur</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copy c&amp;ommand</source>
        <translation>Copier la c&amp;ommande</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cron</source>
        <translation>cron</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Copy &amp;cron line</source>
        <translation>Copier la ligne &amp;cron</translation>
    </message>
    <message>
        <location filename="../src/gui/scheduledialog.cpp" line="+56"/>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a schedule on the Schedule tab first.</source>
        <translation>Choisissez d&apos;abord une planification dans l&apos;onglet Planification.</translation>
    </message>
    <message>
        <location line="+135"/>
        <location line="+50"/>
        <source>None: the schedule is off.</source>
        <translation>Aucune : la planification est désactivée.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Fast polling is on: while ContactBridge runs, it checks GoHighLevel every minute instead of following this schedule. A check that finds no changed contact costs %1 GoHighLevel and %2 MailerLite requests: about %3 and %4 per hour, %5 GoHighLevel requests a day.</source>
        <translation>L&apos;interrogation rapide est activée : tant que ContactBridge tourne, il consulte GoHighLevel chaque minute au lieu de suivre ce planning. Une vérification sans contact modifié coûte %1 requêtes GoHighLevel et %2 requêtes MailerLite : environ %3 et %4 par heure, %5 requêtes GoHighLevel par jour.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A check that finds changes costs about as much as the last run (%1 and %2).</source>
        <translation>Une vérification qui trouve des changements coûte à peu près autant que la dernière exécution (%1 et %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown until this profile has run once: a run&apos;s requests depend on how many contacts changed.</source>
        <translation>Inconnu tant que ce profil n&apos;a pas été exécuté une fois : les requêtes d&apos;une exécution dépendent du nombre de contacts modifiés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About %1 GoHighLevel and %2 MailerLite requests per hour (the last run used %3 and %4).</source>
        <translation>Environ %1 requêtes GoHighLevel et %2 requêtes MailerLite par heure (la dernière exécution en a utilisé %3 et %4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is more than GoHighLevel&apos;s 200,000 requests a day per location: choose a longer interval.</source>
        <translation>C&apos;est plus que les 200 000 requêtes par jour et par emplacement de GoHighLevel : choisissez un intervalle plus long.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last run took longer than the interval, so some runs will be skipped.</source>
        <translation>La dernière exécution a duré plus longtemps que l&apos;intervalle, certaines exécutions seront donc ignorées.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>Save as ~/.config/systemd/user/%1</source>
        <translation>Enregistrer sous ~/.config/systemd/user/%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then run: %1</source>
        <translation>Puis exécutez : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add with &quot;crontab -e&quot;. Unlike the timer, cron does not make up runs missed while the computer was off.</source>
        <translation>Ajoutez-la avec « crontab -e ». Contrairement au minuteur, cron ne rattrape pas les exécutions manquées pendant que l&apos;ordinateur était éteint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When ContactBridge is not running, the same schedule can start %1 by itself. It takes the credentials from the keychain, so you need to be logged in. It exits with 0 when the sync succeeded, 1 when items failed, 3 on a sign-in or configuration problem and 4 when the unsubscribe limit stopped it. Use either this or the app&apos;s own schedule, not both.</source>
        <translation>Quand ContactBridge ne tourne pas, la même planification peut lancer %1 seul. Il prend les identifiants dans le trousseau : vous devez donc avoir ouvert une session. Il se termine avec 0 si la synchronisation a réussi, 1 si des éléments ont échoué, 3 en cas de problème de connexion ou de configuration et 4 si la limite de désabonnement l&apos;a arrêtée. Utilisez soit ceci, soit la planification de l&apos;application, pas les deux.</translation>
    </message>
</context>
<context>
    <name>ScheduleGenerator</name>
    <message>
        <location filename="../src/core/schedule/schedulegenerator.cpp" line="+137"/>
        <source>Choose a schedule first: it is off.</source>
        <translation>Choisissez d&apos;abord une planification : elle est désactivée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A profile name and the path of contactbridge-cli are needed.</source>
        <translation>Un nom de profil et le chemin de contactbridge-cli sont nécessaires.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A profile name or path with a line break cannot be written into a schedule.</source>
        <translation>Un nom de profil ou un chemin contenant un saut de ligne ne peut pas être écrit dans une planification.</translation>
    </message>
</context>
<context>
    <name>Secrets::SecretStore</name>
    <message>
        <location filename="../src/core/secrets/secretstore.cpp" line="+135"/>
        <source>The system keychain is not available. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) and unlock it, then try again.</source>
        <translation>Le trousseau du système n&apos;est pas disponible. Démarrez le trousseau de votre bureau (GNOME Keyring ou KWallet) et déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain is locked. Unlock it in your keyring manager (for example Seahorse or KWallet Manager), or log out and in again, then try again.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le dans votre gestionnaire de trousseau (par exemple Seahorse ou le gestionnaire KWallet), ou fermez puis rouvrez votre session, puis réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access to the keychain was denied. Allow ContactBridge to use the keychain when your desktop asks, then try again.</source>
        <translation>L&apos;accès au trousseau a été refusé. Autorisez ContactBridge à utiliser le trousseau quand votre bureau le demande, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Session::ConnectionTester</name>
    <message>
        <location filename="../src/core/session/connectiontester.cpp" line="+107"/>
        <source>The GoHighLevel token may read contacts but not change them: it lacks the contacts.write scope. Add that scope to the Private Integration (or the app) to edit contacts from ContactBridge.</source>
        <translation>Le jeton GoHighLevel peut lire les contacts mais pas les modifier : il n&apos;a pas le scope contacts.write. Ajoutez ce scope à la Private Integration (ou à l&apos;application) pour modifier les contacts depuis ContactBridge.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whether the token may change contacts could not be checked: %1</source>
        <translation>Impossible de vérifier si le jeton peut modifier les contacts : %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No GoHighLevel token is set. Enter the Private Integration Token in Settings, or connect with OAuth.</source>
        <translation>Aucun jeton GoHighLevel n&apos;est défini. Saisissez le Private Integration Token dans les Paramètres ou connectez-vous avec OAuth.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No GoHighLevel location ID is set. Enter the sub-account&apos;s location ID in Settings.</source>
        <translation>Aucun ID d&apos;emplacement GoHighLevel n&apos;est défini. Saisissez l&apos;ID d&apos;emplacement du sous-compte dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No MailerLite API key is set. Enter it in Settings.</source>
        <translation>Aucune clé API MailerLite n&apos;est définie. Saisissez-la dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>Session::ContactEditor</name>
    <message>
        <location filename="../src/core/session/contacteditor.cpp" line="+108"/>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact saved</source>
        <translation>Contact enregistré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No tag to add.</source>
        <translation>Aucune étiquette à ajouter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tags added</source>
        <translation>Étiquettes ajoutées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tag to remove.</source>
        <translation>Aucune étiquette à retirer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags removed</source>
        <translation>Étiquettes retirées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A note needs some text.</source>
        <translation>Une note doit contenir du texte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A task needs a title and a due date.</source>
        <translation>Une tâche nécessite un titre et une date d&apos;échéance.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Task added</source>
        <translation>Tâche ajoutée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Task completed</source>
        <translation>Tâche terminée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task reopened</source>
        <translation>Tâche rouverte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Task deleted</source>
        <translation>Tâche supprimée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact deleted</source>
        <translation>Contact supprimé</translation>
    </message>
</context>
<context>
    <name>Session::DetailLoader</name>
    <message>
        <location filename="../src/core/session/detailloader.cpp" line="+22"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
</context>
<context>
    <name>Session::FieldCatalog</name>
    <message>
        <location filename="../src/core/session/fieldcatalog.cpp" line="+38"/>
        <source>Notes digest</source>
        <translation>Résumé des notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open task count</source>
        <translation>Nombre de tâches ouvertes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due task</source>
        <translation>Prochaine tâche à échéance</translation>
    </message>
</context>
<context>
    <name>Session::LinkIndex</name>
    <message>
        <location filename="../src/core/session/linkindexreasons.cpp" line="+21"/>
        <source>The linked MailerLite subscriber %1 is not among the loaded ones: it no longer exists, or it is not loaded yet.</source>
        <translation>L&apos;abonné MailerLite lié %1 ne fait pas partie des abonnés chargés : il n&apos;existe plus ou n&apos;est pas encore chargé.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n contact(s) are linked to the same MailerLite subscriber %1.</source>
        <translation>
            <numerusform>%n contact est lié au même abonné MailerLite %1.</numerusform>
            <numerusform>%n contacts sont liés au même abonné MailerLite %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The linked MailerLite subscriber has the email &quot;%1&quot;, this contact has &quot;%2&quot;.</source>
        <translation>L&apos;abonné MailerLite lié a l&apos;e-mail « %1 », ce contact a « %2 ».</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n contact(s) share the email &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n contact a l&apos;e-mail « %1 ».</numerusform>
            <numerusform>%n contacts partagent l&apos;e-mail « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MailerLite subscriber with this email is already linked to contact %1.</source>
        <translation>L&apos;abonné MailerLite ayant cet e-mail est déjà lié au contact %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Linked to MailerLite subscriber %1, which has the same email.</source>
        <translation>Lié à l&apos;abonné MailerLite %1, qui a le même e-mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked yet: MailerLite subscriber %1 has the same email.</source>
        <translation>Pas encore lié : l&apos;abonné MailerLite %1 a le même e-mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This contact has no email, so it has no MailerLite subscriber.</source>
        <translation>Ce contact n&apos;a pas d&apos;e-mail, il n&apos;a donc pas d&apos;abonné MailerLite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loaded MailerLite subscriber has this email.</source>
        <translation>Aucun abonné MailerLite chargé n&apos;a cet e-mail.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Linked to GHL contact %1, which has the same email.</source>
        <translation>Lié au contact GHL %1, qui a le même e-mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked yet: GHL contact %1 has the same email.</source>
        <translation>Pas encore lié : le contact GHL %1 a le même e-mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No loaded GHL contact is linked to this subscriber or has its email.</source>
        <translation>Aucun contact GHL chargé n&apos;est lié à cet abonné ni n&apos;a son e-mail.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GHL contact %1 has this email but is linked to MailerLite subscriber %2.</source>
        <translation>Le contact GHL %1 a cet e-mail mais est lié à l&apos;abonné MailerLite %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+17"/>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Email match only</source>
        <translation>Correspondance d&apos;e-mail seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>GHL only</source>
        <translation>GHL seul</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>MailerLite only</source>
        <translation>MailerLite seul</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Email match</source>
        <translation>Même e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ML only</source>
        <translation>ML seul</translation>
    </message>
</context>
<context>
    <name>Session::SubscriberWalker</name>
    <message>
        <location filename="../src/core/session/subscriberwalker.cpp" line="+44"/>
        <source>Listing MailerLite subscribers was cancelled.</source>
        <translation>La liste des abonnés MailerLite a été annulée.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+6"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add...</source>
        <translation>Ajouter...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove...</source>
        <translation>Supprimer...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No profile yet. Press &quot;Add...&quot; to create one: a profile connects one GoHighLevel location to one MailerLite account.</source>
        <translation>Aucun profil pour l&apos;instant. Cliquez sur « Ajouter... » pour en créer un : un profil relie un emplacement GoHighLevel à un compte MailerLite.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language of ContactBridge for all profiles. &quot;System default&quot; follows the languages of your desktop.</source>
        <translation>La langue de ContactBridge pour tous les profils. « Langue du système » suit les langues de votre bureau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Takes effect the next time ContactBridge starts.</source>
        <translation>Prend effet au prochain démarrage de ContactBridge.</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="+137"/>
        <location line="+196"/>
        <source>Discard Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Profile &quot;%1&quot; has unsaved changes. Discard them?</source>
        <translation>Le profil « %1 » a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add Profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new profile (letters, digits, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;):</source>
        <translation>Nom du nouveau profil (lettres, chiffres, « - », « _ » et « . ») :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; cannot be a profile name: use 1 to 64 letters, digits, &quot;-&quot;, &quot;_&quot; or &quot;.&quot;.</source>
        <translation>« %1 » ne peut pas être un nom de profil : utilisez 1 à 64 lettres, chiffres, « - », « _ » ou « . ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove profile &quot;%1&quot; and delete its keys from the keychain? The data in GoHighLevel and MailerLite is not touched.</source>
        <translation>Supprimer le profil « %1 » et effacer ses clés du trousseau ? Les données dans GoHighLevel et MailerLite ne sont pas touchées.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile &quot;%1&quot; was not removed: %2</source>
        <translation>Le profil « %1 » n&apos;a pas été supprimé : %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The settings were not saved: %1</source>
        <translation>Les paramètres n&apos;ont pas été enregistrés : %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Profile &quot;%1&quot; has unsaved changes. Close without saving?</source>
        <translation>Le profil « %1 » a des modifications non enregistrées. Fermer sans enregistrer ?</translation>
    </message>
</context>
<context>
    <name>Store::ConsentLedger</name>
    <message>
        <location filename="../src/core/store/consentledger.cpp" line="+24"/>
        <source>Could not record a subscription status change.</source>
        <translation>Impossible d&apos;enregistrer un changement de statut d&apos;abonnement.</translation>
    </message>
</context>
<context>
    <name>Store::CursorStore</name>
    <message>
        <location filename="../src/core/store/cursorstore.cpp" line="+40"/>
        <source>Could not save where the next sync starts.</source>
        <translation>Impossible d&apos;enregistrer le point de départ de la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>Store::FailureStore</name>
    <message>
        <location filename="../src/core/store/failurestore.cpp" line="+144"/>
        <source>This failure was already resolved by a successful retry.</source>
        <translation>Cet échec a déjà été résolu par une nouvelle tentative réussie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The failed item no longer exists.</source>
        <translation>L&apos;élément en échec n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Store::LinkStore</name>
    <message>
        <location filename="../src/core/store/linkstore.cpp" line="+120"/>
        <source>Could not save the link of a synced contact.</source>
        <translation>Impossible d&apos;enregistrer la liaison d&apos;un contact synchronisé.</translation>
    </message>
</context>
<context>
    <name>Store::RunStore</name>
    <message>
        <location filename="../src/core/store/runstore.cpp" line="+90"/>
        <source>Could not record the end of the sync run.</source>
        <translation>Impossible d&apos;enregistrer la fin de l&apos;exécution de synchronisation.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The sync run was already closed (%1) when it tried to finish.</source>
        <translation>L&apos;exécution de synchronisation était déjà close (%1) quand elle a tenté de se terminer.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The log of this run was truncated after %1 lines; later lines were not kept.</source>
        <translation>Le journal de cette exécution a été tronqué après %1 lignes ; les lignes suivantes n&apos;ont pas été conservées.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The sync run no longer exists.</source>
        <translation>L&apos;exécution de synchronisation n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The run did not finish: ContactBridge was closed, killed or lost power while it was running. Items recorded before that point were applied; the next run continues from there.</source>
        <translation>L&apos;exécution ne s&apos;est pas terminée : ContactBridge a été fermé, tué ou a perdu l&apos;alimentation pendant qu&apos;elle tournait. Les éléments enregistrés avant ce moment ont été appliqués ; la prochaine exécution reprendra à partir de là.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not clean up the run history.</source>
        <translation>Impossible de nettoyer l&apos;historique des exécutions.</translation>
    </message>
</context>
<context>
    <name>Store::StateDatabase</name>
    <message>
        <location filename="../src/core/store/migration.cpp" line="+21"/>
        <source>The database upgrade scripts of this ContactBridge build are inconsistent.</source>
        <translation>Les scripts de mise à niveau de la base de données de cette version de ContactBridge sont incohérents.</translation>
    </message>
    <message>
        <location filename="../src/core/store/sqlscript.cpp" line="+112"/>
        <source>A database script of this ContactBridge build is damaged.</source>
        <translation>Un script de base de données de cette version de ContactBridge est endommagé.</translation>
    </message>
    <message>
        <location filename="../src/core/store/sqliteerror.cpp" line="+53"/>
        <source>The state file %1 is busy. Another ContactBridge window or process may be using it; try again in a moment.</source>
        <translation>Le fichier d&apos;état %1 est occupé. Une autre fenêtre ou un autre processus ContactBridge l&apos;utilise peut-être ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk holding the state file %1 is full.</source>
        <translation>Le disque contenant le fichier d&apos;état %1 est plein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The state file %1 cannot be written. Check that you may write to the file and to its folder.</source>
        <translation>Le fichier d&apos;état %1 ne peut pas être écrit. Vérifiez que vous pouvez écrire dans le fichier et dans son dossier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The state file %1 cannot be opened or created. Check that its folder exists and that you may write to it.</source>
        <translation>Le fichier d&apos;état %1 ne peut pas être ouvert ou créé. Vérifiez que son dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The state file %1 is damaged or is not a ContactBridge state file. It was left untouched; move it aside to start with a fresh state.</source>
        <translation>Le fichier d&apos;état %1 est endommagé ou n&apos;est pas un fichier d&apos;état ContactBridge. Il n&apos;a pas été modifié ; déplacez-le pour repartir d&apos;un état vierge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the state file %1 failed; the disk may be full or the folder not writable. The failed step was not saved; what was saved before is intact.</source>
        <translation>L&apos;écriture du fichier d&apos;état %1 a échoué ; le disque est peut-être plein ou le dossier n&apos;est pas accessible en écriture. L&apos;étape qui a échoué n&apos;a pas été enregistrée ; ce qui avait été enregistré avant est intact.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading or writing the state file %1 failed (input/output error).</source>
        <translation>La lecture ou l&apos;écriture du fichier d&apos;état %1 a échoué (erreur d&apos;entrée/sortie).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A database operation on the state file %1 failed.</source>
        <translation>Une opération de base de données sur le fichier d&apos;état %1 a échoué.</translation>
    </message>
    <message>
        <location filename="../src/core/store/statedatabase.cpp" line="+51"/>
        <source>The state database was opened twice.</source>
        <translation>La base de données d&apos;état a été ouverte deux fois.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The state file %1 was made by a newer version of ContactBridge (schema version %2; this version knows up to %3). Update ContactBridge to use it. The file was not changed.</source>
        <translation>Le fichier d&apos;état %1 a été créé par une version plus récente de ContactBridge (version de schéma %2 ; cette version connaît jusqu&apos;à %3). Mettez à jour ContactBridge pour l&apos;utiliser. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The state file %1 has not been upgraded to this version of ContactBridge yet. Start a sync once to upgrade it.</source>
        <translation>Le fichier d&apos;état %1 n&apos;a pas encore été mis à niveau pour cette version de ContactBridge. Lancez une synchronisation une fois pour le mettre à niveau.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The state file %1 is a folder or a special file, not a database.</source>
        <translation>Le fichier d&apos;état %1 est un dossier ou un fichier spécial, pas une base de données.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not create the folder %1 for the state file.</source>
        <translation>Impossible de créer le dossier %1 du fichier d&apos;état.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SQLite support is missing from this installation of ContactBridge.</source>
        <translation>Cette installation de ContactBridge ne prend pas en charge SQLite.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The state file %1 cannot use write-ahead logging. Keep it on a local disk.</source>
        <translation>Le fichier d&apos;état %1 ne peut pas utiliser la journalisation anticipée (WAL). Gardez-le sur un disque local.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not upgrade the state file %1 to schema version %2. It was left at version %3.</source>
        <translation>Impossible de mettre à niveau le fichier d&apos;état %1 vers la version de schéma %2. Il est resté à la version %3.</translation>
    </message>
</context>
<context>
    <name>SubscriberDetailPanel</name>
    <message>
        <location filename="../ui/subscriberdetailpanel.ui" line="+7"/>
        <source>Select a MailerLite subscriber to see its type, groups and fields.</source>
        <translation>Sélectionnez un abonné MailerLite pour voir son type, ses groupes et ses champs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Groups:</source>
        <translation>Groupes :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscribed:</source>
        <translation>Abonné le :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity:</source>
        <translation>Activité :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID:</source>
        <translation>ID :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../src/gui/subscriberdetailpanel.cpp" line="+64"/>
        <location line="+2"/>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown as the last sync wrote it; reading MailerLite&apos;s own record...</source>
        <translation>Affiché tel que la dernière synchronisation l&apos;a écrit ; lecture de l&apos;enregistrement propre à MailerLite...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No groups</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent, %2 opened, %3 clicked</source>
        <translation>%1 envoyés, %2 ouverts, %3 cliqués</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fields with a value: %1 of %2</source>
        <translation>Champs renseignés : %1 sur %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The subscriber could not be read: %1</source>
        <translation>L&apos;abonné n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>SubscriberTableModel</name>
    <message>
        <location filename="../src/gui/subscribertablemodel.cpp" line="+42"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsubscribed</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unconfirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bounced</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Junk</source>
        <translation>Indésirable</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link status</source>
        <translation>État de liaison</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>As written by the last sync; Refresh reads MailerLite&apos;s own record.</source>
        <translation>Tel que la dernière synchronisation l&apos;a écrit ; Actualiser lit l&apos;enregistrement propre à MailerLite.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../src/core/sync/plan.cpp" line="+23"/>
        <source>The plan file cannot be used: %1</source>
        <translation>Le fichier de plan est inutilisable : %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>not valid JSON (%1)</source>
        <translation>JSON invalide (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a ContactBridge plan</source>
        <translation>ce n&apos;est pas un plan ContactBridge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>made by another version of ContactBridge (format %1)</source>
        <translation>créé par une autre version de ContactBridge (format %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>item %1 is malformed</source>
        <translation>l&apos;élément %1 est mal formé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it names no profile</source>
        <translation>il ne nomme aucun profil</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Cannot write the plan to %1: %2</source>
        <translation>Impossible d&apos;écrire le plan dans %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the plan %1: %2</source>
        <translation>Impossible de lire le plan %1 : %2</translation>
    </message>
</context>
<context>
    <name>Sync::Executor</name>
    <message>
        <location filename="../src/core/sync/executor.cpp" line="+83"/>
        <source>Cancelled before it was sent.</source>
        <translation>Annulé avant l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../src/core/sync/executorimports.cpp" line="+178"/>
        <source>MailerLite did not report this subscriber in the import result.</source>
        <translation>MailerLite n&apos;a pas signalé cet abonné dans le résultat de l&apos;import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailerLite refused the subscriber: %1</source>
        <translation>MailerLite a refusé l&apos;abonné : %1</translation>
    </message>
</context>
<context>
    <name>Sync::ExecutorBreaker</name>
    <message numerus="yes">
        <location filename="../src/core/sync/executorbreaker.cpp" line="+28"/>
        <source>MailerLite unavailable: %1 consecutive requests failed with server errors or connection failures; stopped writing, %n item(s) left for the next run.</source>
        <translation>
            <numerusform>MailerLite indisponible : %1 requêtes consécutives ont échoué (erreurs serveur ou de connexion) ; écriture arrêtée, %n élément reste pour la prochaine exécution.</numerusform>
            <numerusform>MailerLite indisponible : %1 requêtes consécutives ont échoué (erreurs serveur ou de connexion) ; écriture arrêtée, %n éléments restent pour la prochaine exécution.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MailerLite unavailable: %1 consecutive server errors; abandoned before an answer.</source>
        <translation>MailerLite indisponible : %1 erreurs serveur consécutives ; abandonné avant une réponse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailerLite unavailable: %1 consecutive server errors; not attempted.</source>
        <translation>MailerLite indisponible : %1 erreurs serveur consécutives ; non tenté.</translation>
    </message>
</context>
<context>
    <name>Sync::Run</name>
    <message>
        <location filename="../src/core/sync/planner.cpp" line="+229"/>
        <source>Another GoHighLevel contact (%1) has the same email address and is synced instead.</source>
        <translation>Un autre contact GoHighLevel (%1) a la même adresse e-mail et est synchronisé à sa place.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The MailerLite group &quot;%1&quot; does not exist.</source>
        <translation>Le groupe MailerLite « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No longer in the synced set (the synced tag was removed).</source>
        <translation>Ne fait plus partie de l&apos;ensemble synchronisé (l&apos;étiquette de synchronisation a été retirée).</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>Email is set to do-not-disturb in GoHighLevel: not added to MailerLite.</source>
        <translation>L&apos;e-mail est en « ne pas déranger » dans GoHighLevel : non ajouté à MailerLite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email is set to do-not-disturb in GoHighLevel.</source>
        <translation>L&apos;e-mail est en « ne pas déranger » dans GoHighLevel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already unsubscribed and unchanged.</source>
        <translation>Déjà désabonné et inchangé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details changed; the subscriber stays unsubscribed.</source>
        <translation>Informations modifiées ; l&apos;abonné reste désabonné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already unsubscribed.</source>
        <translation>Déjà désabonné.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Not in MailerLite, and this profile only updates existing subscribers.</source>
        <translation>Absent de MailerLite, et ce profil ne met à jour que les abonnés existants.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New in GoHighLevel.</source>
        <translation>Nouveau dans GoHighLevel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already in MailerLite, and this profile only creates new subscribers.</source>
        <translation>Déjà dans MailerLite, et ce profil ne crée que de nouveaux abonnés.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Unsubscribed in MailerLite; resubscribed because this profile allows it and the contact has no email do-not-disturb.</source>
        <translation>Désabonné dans MailerLite ; réabonné car ce profil l&apos;autorise et le contact n&apos;a pas « ne pas déranger » pour l&apos;e-mail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details changed; the subscriber stays %1 in MailerLite.</source>
        <translation>Informations modifiées ; l&apos;abonné reste %1 dans MailerLite.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>MailerLite differs from what was last synced (changed there).</source>
        <translation>MailerLite diffère de la dernière synchronisation (modifié là-bas).</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Changed in GoHighLevel.</source>
        <translation>Modifié dans GoHighLevel.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>%1 in MailerLite: not resubscribed (this profile does not allow it).</source>
        <translation>%1 dans MailerLite : non réabonné (ce profil ne l&apos;autorise pas).</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Unchanged since the last sync.</source>
        <translation>Inchangé depuis la dernière synchronisation.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Email changed from %1 to %2 (MailerLite cannot change an email).</source>
        <translation>E-mail changé de %1 en %2 (MailerLite ne peut pas modifier un e-mail).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Deleted in GoHighLevel.</source>
        <translation>Supprimé dans GoHighLevel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This run would unsubscribe or remove %1 subscribers (%2% of %3 synced), more than the profile allows (%4, or %5%). Nothing was changed.</source>
        <translation>Cette exécution désabonnerait ou retirerait %1 abonnés (%2% sur %3 synchronisés), plus que ce que le profil autorise (%4 ou %5%). Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Sync::SyncEngine</name>
    <message>
        <location filename="../src/core/sync/syncengine.cpp" line="+200"/>
        <source>Run %1 started for profile %2.</source>
        <translation>Exécution %1 démarrée pour le profil %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan was made for profile &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Le plan a été établi pour le profil « %1 », pas « %2 ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applying the saved plan of %1 items.</source>
        <translation>Application du plan enregistré de %1 éléments.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Full reconcile: reading MailerLite&apos;s subscribers to compare.</source>
        <translation>Rapprochement complet : lecture des abonnés MailerLite pour comparaison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First run: reading MailerLite&apos;s subscribers so nobody is added twice.</source>
        <translation>Première exécution : lecture des abonnés MailerLite pour que personne ne soit ajouté deux fois.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No contact changed since the last run.</source>
        <translation>Aucun contact n&apos;a changé depuis la dernière exécution.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Plan: %1 contacts, %2 writes to MailerLite.</source>
        <translation>Plan : %1 contacts, %2 écritures dans MailerLite.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Applying</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/core/sync/syncenginefetch.cpp" line="+109"/>
        <source>Contact %1 could not be read: %2</source>
        <translation>Le contact %1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading GoHighLevel contacts</source>
        <translation>Lecture des contacts GoHighLevel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Read %1 contacts from GoHighLevel in %2 pages.</source>
        <translation>%1 contacts lus depuis GoHighLevel en %2 pages.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Read %1 MailerLite subscribers.</source>
        <translation>%1 abonnés MailerLite lus.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Reading notes and tasks of %1 changed contacts.</source>
        <translation>Lecture des notes et tâches de %1 contacts modifiés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/sync/syncengineretry.cpp" line="+33"/>
        <source>Looking up %n retried contact(s) in MailerLite.</source>
        <translation>
            <numerusform>Recherche de %n contact réessayé dans MailerLite.</numerusform>
            <numerusform>Recherche de %n contacts réessayés dans MailerLite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync::WriteBack</name>
    <message>
        <location filename="../src/core/sync/writeback.cpp" line="+117"/>
        <source>This profile does not write opt-outs back to GoHighLevel.</source>
        <translation>Ce profil ne reporte pas les désinscriptions dans GoHighLevel.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The MailerLite event %1 is not an unsubscribe, bounce or complaint.</source>
        <translation>L&apos;événement MailerLite %1 n&apos;est ni une désinscription, ni un rebond, ni une plainte.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The GoHighLevel contact %1 no longer exists.</source>
        <translation>Le contact GoHighLevel %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No GoHighLevel contact is linked to MailerLite subscriber %1.</source>
        <translation>Aucun contact GoHighLevel n&apos;est lié à l&apos;abonné MailerLite %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No GoHighLevel contact has the email address of MailerLite subscriber %1.</source>
        <translation>Aucun contact GoHighLevel n&apos;a l&apos;adresse e-mail de l&apos;abonné MailerLite %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The contact already has email do-not-disturb.</source>
        <translation>Le contact a déjà « Ne pas déranger » pour l&apos;e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact already has the tag &quot;%1&quot;.</source>
        <translation>Le contact a déjà le tag « %1 ».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>GoHighLevel did not accept the change to contact %1: %2</source>
        <translation>GoHighLevel n&apos;a pas accepté la modification du contact %1 : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>MailerLite %1: email do-not-disturb set in GoHighLevel.</source>
        <translation>MailerLite %1 : « Ne pas déranger » pour l&apos;e-mail activé dans GoHighLevel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite %1: tag &quot;%2&quot; added in GoHighLevel.</source>
        <translation>MailerLite %1 : tag « %2 » ajouté dans GoHighLevel.</translation>
    </message>
</context>
<context>
    <name>Sync::WriteBackJournal</name>
    <message>
        <location filename="../src/core/sync/writebackjournal.cpp" line="+32"/>
        <source>Could not record a write-back.</source>
        <translation>Impossible d&apos;enregistrer le report.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../src/gui/synccontroller.cpp" line="+210"/>
        <source>The sync ended unexpectedly.</source>
        <translation>La synchronisation s&apos;est terminée de façon inattendue.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../ui/syncpage.ui" line="+11"/>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work out what a sync would change, without changing anything.</source>
        <translation>Déterminer ce qu&apos;une synchronisation changerait, sans rien modifier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Run this plan</source>
        <translation>E&amp;xécuter ce plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply exactly the previewed plan to MailerLite.</source>
        <translation>Appliquer exactement le plan de l&apos;aperçu à MailerLite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan and apply in one go, without a review.</source>
        <translation>Planifier et appliquer en une fois, sans vérification.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry &amp;failed items</source>
        <translation>Réessayer les é&amp;checs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sa&amp;ve plan...</source>
        <translation>Enre&amp;gistrer le plan...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this plan with your overrides to a file, to review or apply it later.</source>
        <translation>Enregistrer ce plan avec vos forçages dans un fichier, pour le vérifier ou l&apos;appliquer plus tard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Load plan...</source>
        <translation>Charger un p&amp;lan...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load a saved plan of this profile; Run this plan then applies exactly that plan.</source>
        <translation>Charger un plan enregistré de ce profil ; « Exécuter ce plan » applique alors exactement ce plan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No plan yet. Press Preview to see what a sync would create, update or unsubscribe, record by record, before anything is changed.</source>
        <translation>Pas encore de plan. Cliquez sur Aperçu pour voir, enregistrement par enregistrement, ce qu&apos;une synchronisation créerait, mettrait à jour ou désabonnerait, avant toute modification.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double-click the Override cell, or select rows and use the context menu, to skip or force records.</source>
        <translation>Double-cliquez sur la cellule Forçage, ou sélectionnez des lignes et utilisez le menu contextuel, pour ignorer ou forcer des enregistrements.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter the log</source>
        <translation>Filtrer le journal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected lines.</source>
        <translation>Copier les lignes sélectionnées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the lines shown to a text file.</source>
        <translation>Enregistrer les lignes affichées dans un fichier texte.</translation>
    </message>
    <message>
        <location filename="../src/gui/syncpage.cpp" line="+34"/>
        <source>Preview first to see what would change; nothing is sent to MailerLite until you run the plan.</source>
        <translation>Faites d&apos;abord un aperçu pour voir ce qui changerait ; rien n&apos;est envoyé à MailerLite tant que vous n&apos;exécutez pas le plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This plan would unsubscribe or remove from groups %1 subscribers. Profile &quot;%2&quot; allows at most %3 such changes, or %4% of the subscribers synced, in one run (the blast radius).

Apply the plan anyway?</source>
        <translation>Ce plan désabonnerait ou retirerait des groupes %1 abonnés. Le profil « %2 » autorise au plus %3 modifications de ce type, ou %4% des abonnés synchronisés, en une exécution (la limite de désabonnement).

Appliquer le plan quand même ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply a large removal?</source>
        <translation>Appliquer un retrait important ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan was not applied.</source>
        <translation>Le plan n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running...</source>
        <translation>En cours...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/syncpageplan.cpp" line="+173"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About %1 left</source>
        <translation>Environ %1 restant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimating time left</source>
        <translation>Estimation du temps restant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GoHighLevel: %1 requests</source>
        <translation>GoHighLevel : %1 requêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite: %1 requests</source>
        <translation>MailerLite : %1 requêtes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in the last %2 s</source>
        <translation>%1 durant les %2 dernières s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in the last minute</source>
        <translation>%1 durant la dernière minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit: %1 per %2 s</source>
        <translation>Limite : %1 par %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit: %1 per minute per endpoint</source>
        <translation>Limite : %1 par minute et par point de terminaison</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Retry %1 failed items</source>
        <translation>Réessayer %1 éléments en échec</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a profile to sync.</source>
        <translation>Ouvrez un profil pour synchroniser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+14"/>
        <source>Previewing...</source>
        <translation>Aperçu en cours...</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+17"/>
        <source>Applying the plan...</source>
        <translation>Application du plan...</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>Syncing...</source>
        <translation>Synchronisation...</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+22"/>
        <source>Retrying...</source>
        <translation>Nouvelle tentative...</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Applying webhook changes...</source>
        <translation>Application des changements reçus par webhook...</translation>
    </message>
    <message>
        <location filename="../src/gui/syncpagelog.cpp" line="+57"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select the log lines to copy first.</source>
        <translation>Sélectionnez d&apos;abord les lignes de journal à copier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied %1 log lines.</source>
        <translation>%1 lignes de journal copiées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the log</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save the log: %1</source>
        <translation>Le journal n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 log lines to %2.</source>
        <translation>%1 lignes de journal enregistrées dans %2.</translation>
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
        <translation>Aperçu prêt : vérifiez le plan ci-dessous, puis cliquez sur « Exécuter ce plan ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished: everything planned was applied.</source>
        <translation>Synchronisation terminée : tout ce qui était prévu a été appliqué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync finished, but %1 items failed. They are listed on the Failures page; retry them there or with Retry failed items.</source>
        <translation>Synchronisation terminée, mais %1 éléments ont échoué. Ils sont listés sur la page Échecs ; réessayez-les là-bas ou avec « Réessayer les échecs ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped by the safety limit: %1</source>
        <translation>Arrêtée par la limite de sécurité : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync stopped: %1</source>
        <translation>La synchronisation s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. What was already sent stays applied and recorded.</source>
        <translation>Annulée. Ce qui a déjà été envoyé reste appliqué et enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1 · updated %2 · unsubscribed %3 · group removals %4 · unchanged %5 · invalid %6 · blocked by consent %7 · duplicates %8 · failed %9</source>
        <translation>Créés %1 · mis à jour %2 · désabonnés %3 · retraits de groupes %4 · inchangés %5 · invalides %6 · bloqués par le consentement %7 · doublons %8 · en échec %9</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run %1 took %2 · requests: GoHighLevel %3, MailerLite %4</source>
        <translation>L&apos;exécution %1 a duré %2 · requêtes : GoHighLevel %3, MailerLite %4</translation>
    </message>
    <message>
        <location filename="../src/gui/syncpageplan.cpp" line="-119"/>
        <source>ContactBridge plans (*.json);;All files (*)</source>
        <translation>Plans ContactBridge (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show only these records in the table.</source>
        <translation>N&apos;afficher que ces enregistrements dans le tableau.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show every record of the plan.</source>
        <translation>Afficher tous les enregistrements du plan.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Skip selected</source>
        <translation>&amp;Ignorer la sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the selected records out of this run.</source>
        <translation>Exclure les enregistrements sélectionnés de cette exécution.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Force selected</source>
        <translation>&amp;Forcer la sélection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the selected unchanged records again.</source>
        <translation>Renvoyer les enregistrements inchangés sélectionnés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear override</source>
        <translation>Effa&amp;cer le forçage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the selected records as planned.</source>
        <translation>Appliquer les enregistrements sélectionnés comme prévu.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All: %1</source>
        <translation>Tous : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Overridden: %1</source>
        <translation>Forcés : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 skipped and %2 forced by you. Show only these records.</source>
        <translation>%1 ignorés et %2 forcés par vous. N&apos;afficher que ces enregistrements.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan has no records: nothing to do.</source>
        <translation>Le plan n&apos;a aucun enregistrement : rien à faire.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select the records to change first.</source>
        <translation>Sélectionnez d&apos;abord les enregistrements à modifier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changed the override of %1 selected records.</source>
        <translation>Le forçage de %1 enregistrements sélectionnés a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed the override of %1 of %2 selected records; the others stay as they are. %3</source>
        <translation>Le forçage de %1 des %2 enregistrements sélectionnés a été modifié ; les autres restent tels quels. %3</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Save plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved the plan of %1 records to %2.</source>
        <translation>Le plan de %1 enregistrements a été enregistré dans %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load plan</source>
        <translation>Charger un plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not loaded: this plan was made for profile &quot;%1&quot;, and the open profile is &quot;%2&quot;. Open profile &quot;%1&quot; to apply it.</source>
        <translation>Non chargé : ce plan a été établi pour le profil « %1 », et le profil ouvert est « %2 ». Ouvrez le profil « %1 » pour l&apos;appliquer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loaded the plan of %1 records made %2; Run this plan applies exactly it.</source>
        <translation>Plan de %1 enregistrements établi le %2 chargé ; « Exécuter ce plan » l&apos;applique tel quel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved plan is loaded: review it, then press Run this plan. It is applied as saved, with its overrides, not planned again.</source>
        <translation>Un plan enregistré est chargé : vérifiez-le, puis cliquez sur « Exécuter ce plan ». Il est appliqué tel qu&apos;enregistré, avec ses forçages, sans être replanifié.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../ui/taskdialog.ui" line="+6"/>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Due:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
</context>
<context>
    <name>TransformChainEditor</name>
    <message>
        <location filename="../ui/transformchaineditor.ui" line="+19"/>
        <source>Transform steps</source>
        <translation>Étapes de transformation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected transform up</source>
        <translation>Monter la transformation sélectionnée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected transform down</source>
        <translation>Descendre la transformation sélectionnée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected transform</source>
        <translation>Supprimer la transformation sélectionnée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Transform to add</source>
        <translation>Transformation à ajouter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First parameter</source>
        <translation>Premier paramètre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Second parameter</source>
        <translation>Deuxième paramètre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Third parameter</source>
        <translation>Troisième paramètre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add transform</source>
        <translation>&amp;Ajouter la transformation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the transform to the chain</source>
        <translation>Ajouter la transformation à la chaîne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type check</source>
        <translation>Vérification du type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview on sample contacts</source>
        <translation>Aperçu sur des contacts d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../src/gui/transformchaineditor.cpp" line="+32"/>
        <source>Region, e.g. US (empty: the mapping&apos;s)</source>
        <translation>Région, p. ex. US (vide : celle de la correspondance)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format, e.g. yyyy-MM-dd</source>
        <translation>Format, p. ex. yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag (empty: the value&apos;s truth)</source>
        <translation>Étiquette (vide : valeur de vérité de la valeur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text when present</source>
        <translation>Texte si présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text when absent</source>
        <translation>Texte si absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum length</source>
        <translation>Longueur maximale</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sample contact</source>
        <translation>Contact d&apos;exemple</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Transforms for %1 → %2, applied in order:</source>
        <translation>Transformations pour %1 → %2, appliquées dans l&apos;ordre :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a mapped MailerLite field to edit how its value is transformed.</source>
        <translation>Sélectionnez un champ MailerLite associé pour modifier la transformation de sa valeur.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No rule is selected.</source>
        <translation>Aucune règle n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>(no transforms: the value is copied as it is)</source>
        <translation>(aucune transformation : la valeur est copiée telle quelle)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No sample contacts loaded: nothing to preview.</source>
        <translation>Aucun contact d&apos;exemple chargé : rien à prévisualiser.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 sample contact(s) would be rejected by MailerLite for %2:</source>
        <translation>
            <numerusform>%n contact d&apos;exemple sur %1 serait refusé par MailerLite pour %2 :</numerusform>
            <numerusform>%n contacts d&apos;exemple sur %1 seraient refusés par MailerLite pour %2 :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../src/gui/trayicon.cpp" line="+18"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how ContactBridge</source>
        <translation>&amp;Afficher ContactBridge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ContactBridge: no sync has run yet</source>
        <translation>ContactBridge : aucune synchronisation pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ContactBridge: syncing %1…</source>
        <translation>ContactBridge : synchronisation de %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ContactBridge: the last sync of %1 succeeded (%2 created, %3 updated)</source>
        <translation>ContactBridge : la dernière synchronisation de %1 a réussi (%2 créés, %3 mis à jour)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ContactBridge: the last sync of %1 was cancelled</source>
        <translation>ContactBridge : la dernière synchronisation de %1 a été annulée</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>ContactBridge: the last sync of %1 finished; %n item(s) failed</source>
        <translation>
            <numerusform>ContactBridge : la dernière synchronisation de %1 est terminée ; %n élément en échec</numerusform>
            <numerusform>ContactBridge : la dernière synchronisation de %1 est terminée ; %n éléments en échec</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync finished with failures</source>
        <translation>Synchronisation terminée avec des échecs</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) of %1 failed. Open &quot;Failed items&quot; to see why and retry.</source>
        <translation>
            <numerusform>%n élément de %1 a échoué. Ouvrez « Échecs » pour voir pourquoi et réessayer.</numerusform>
            <numerusform>%n éléments de %1 ont échoué. Ouvrez « Échecs » pour voir pourquoi et réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ContactBridge: the last sync of %1 stopped at the unsubscribe limit</source>
        <translation>ContactBridge : la dernière synchronisation de %1 s&apos;est arrêtée à la limite de désabonnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Sync stopped</source>
        <translation>Synchronisation arrêtée</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The sync of %1 would have unsubscribed or removed more subscribers than its limit allows. Nothing was applied; review it in the app.</source>
        <translation>La synchronisation de %1 aurait désabonné ou retiré plus d&apos;abonnés que sa limite ne l&apos;autorise. Rien n&apos;a été appliqué ; vérifiez-la dans l&apos;application.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ContactBridge: the last sync of %1 stopped: %2</source>
        <translation>ContactBridge : la dernière synchronisation de %1 s&apos;est arrêtée : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync of %1 stopped: %2</source>
        <translation>La synchronisation de %1 s&apos;est arrêtée : %2</translation>
    </message>
</context>
<context>
    <name>Webhooks::WebhookEvent</name>
    <message>
        <location filename="../src/core/webhook/webhookevent.cpp" line="+33"/>
        <source>The webhook is not in the expected format.</source>
        <translation>Le webhook n&apos;a pas le format attendu.</translation>
    </message>
</context>
<context>
    <name>Webhooks::WebhookListener</name>
    <message>
        <location filename="../src/core/webhook/webhooklistener.cpp" line="+38"/>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation>« %1 » n’est pas une adresse IP d’écoute.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot listen for webhooks on %1 port %2: the port is in use or the address is not this computer&apos;s.</source>
        <translation>Impossible d’écouter les webhooks sur %1 port %2 : le port est occupé ou l’adresse n’est pas celle de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The body is larger than %1 bytes.</source>
        <translation>Le corps dépasse %1 octets.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not ready yet; send it again later.</source>
        <translation>Pas encore prêt ; renvoyez plus tard.</translation>
    </message>
</context>
<context>
    <name>Webhooks::WebhookProcessor</name>
    <message>
        <location filename="../src/core/webhook/webhookprocessor.cpp" line="+146"/>
        <source>The event names no contact.</source>
        <translation>L’événement ne désigne aucun contact.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contact was deleted in GoHighLevel since.</source>
        <translation>Le contact a depuis été supprimé dans GoHighLevel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>echo of a write-back</source>
        <translation>écho d’une réécriture</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>MailerLite-side changes are not written back to GoHighLevel, except opt-outs (unsubscribes, bounces, complaints).</source>
        <translation>Les changements faits dans MailerLite ne sont pas réécrits dans GoHighLevel, sauf les refus (désinscriptions, rebonds, plaintes).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The write-back gave no outcome for this event.</source>
        <translation>La réécriture n’a donné aucun résultat pour cet événement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GoHighLevel had it already.</source>
        <translation>GoHighLevel l’avait déjà.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No matching GoHighLevel contact.</source>
        <translation>Aucun contact GoHighLevel correspondant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write-back is off</source>
        <translation>la réécriture est désactivée</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Deleted in GoHighLevel: mirror mode applies its departure rule (%1) to the subscriber at the next full reconcile.</source>
        <translation>Supprimé dans GoHighLevel : le mode miroir applique sa règle de départ (%1) à l’abonné lors du prochain rapprochement complet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted in GoHighLevel: in %1 mode the subscriber stays in MailerLite.</source>
        <translation>Supprimé dans GoHighLevel : en mode %1, l’abonné reste dans MailerLite.</translation>
    </message>
</context>
<context>
    <name>Webhooks::WebhookReceiver</name>
    <message>
        <location filename="../src/core/webhook/webhookreceiver.cpp" line="+32"/>
        <location line="+26"/>
        <source>The signature is missing or does not match.</source>
        <translation>La signature est absente ou ne correspond pas.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The event belongs to another location.</source>
        <translation>L&apos;événement appartient à un autre emplacement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>The event&apos;s timestamp is outside the accepted window.</source>
        <translation>L&apos;horodatage de l&apos;événement est hors de la fenêtre acceptée.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+28"/>
        <source>The event could not be stored; the service will send it again.</source>
        <translation>L&apos;événement n&apos;a pas pu être enregistré ; le service le renverra.</translation>
    </message>
</context>
<context>
    <name>Webhooks::WebhookSignature</name>
    <message>
        <location filename="../src/core/webhook/webhooksignature.cpp" line="+107"/>
        <source>Could not make a webhook signature.</source>
        <translation>Impossible de créer une signature de webhook.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+25"/>
        <source>Demo: the built-in sandbox could not start: %1</source>
        <translation>Démo : le bac à sable intégré n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo: connected to the built-in sandbox (GHL :%1, MailerLite :%2). It cuts short 5% of MailerLite&apos;s answers, so failures and retries can be tried too.</source>
        <translation>Démo : connecté au bac à sable intégré (GHL :%1, MailerLite :%2). Il tronque 5 % des réponses de MailerLite, pour que les échecs et les nouvelles tentatives puissent aussi être essayés.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keeps MailerLite Classic subscribers in step with GoHighLevel contacts.</source>
        <translation>Synchronise les abonnés MailerLite Classic avec les contacts GoHighLevel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run against the built-in sandbox: no account needed.</source>
        <translation>Exécuter avec le bac à sable intégré : aucun compte nécessaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de. Overrides the language chosen in Settings.</source>
        <translation>Langue de l&apos;interface, p. ex. fr. Remplace la langue choisie dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep state and logs in &lt;dir&gt;.</source>
        <translation>Conserver l&apos;état et les journaux dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of every page to &lt;dir&gt; once the data is loaded, then quit (for the documentation).</source>
        <translation>Une fois les données chargées, enregistrer une image de chaque page dans &lt;dir&gt;, puis quitter (pour la documentation).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Demo sandbox</source>
        <translation>Bac à sable de démo</translation>
    </message>
</context>
</TS>
