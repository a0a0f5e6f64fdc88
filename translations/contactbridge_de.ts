<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="+6"/>
        <source>About ContactBridge</source>
        <translation>Über ContactBridge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;ContactBridge&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ContactBridge&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keeps MailerLite Classic subscribers in step with GoHighLevel contacts: previewed, paced to the services&apos; rate limits, and never re-subscribing anyone who opted out.</source>
        <translation>Hält die Abonnenten von MailerLite Classic mit den GoHighLevel-Kontakten abgeglichen: mit Vorschau, im Takt der Ratenlimits der Dienste und ohne je jemanden erneut anzumelden, der sich abgemeldet hat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Uses Qt, QtKeychain and libphonenumber. Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Verwendet Qt, QtKeychain und libphonenumber. Lizenziert unter der GNU GPL, Version 3 oder neuer.</translation>
    </message>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="+15"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2</translation>
    </message>
</context>
<context>
    <name>Api::ApiCall</name>
    <message>
        <location filename="../src/core/http/apicall.cpp" line="+41"/>
        <source>The request has not finished.</source>
        <translation>Die Anfrage ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+170"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached.</source>
        <translation>Der Server war nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sent a response that could not be read.</source>
        <translation>Der Server hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service refused the credentials (HTTP %1).</source>
        <translation>Der Dienst hat die Zugangsdaten abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service does not know the requested item.</source>
        <translation>Der Dienst kennt das angeforderte Element nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service&apos;s rate limit was reached.</source>
        <translation>Das Ratenlimit des Dienstes wurde erreicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service rejected the data that was sent.</source>
        <translation>Der Dienst hat die gesendeten Daten abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item conflicts with one that already exists.</source>
        <translation>Das Element steht im Konflikt mit einem bereits vorhandenen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered with an error (HTTP %1).</source>
        <translation>Der Dienst hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Api::GhlClient</name>
    <message>
        <location filename="../src/core/ghl/ghlclient.cpp" line="+148"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Api::GhlContactWalker</name>
    <message>
        <location filename="../src/core/ghl/ghlcontactwalker.cpp" line="+22"/>
        <source>GoHighLevel returned a page of contacts it had already sent. Listing was stopped to avoid an endless loop.</source>
        <translation>GoHighLevel hat eine Seite mit bereits gesendeten Kontakten geliefert. Die Auflistung wurde angehalten, um eine Endlosschleife zu vermeiden.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Listing GoHighLevel contacts was cancelled.</source>
        <translation>Das Auflisten der GoHighLevel-Kontakte wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>GoHighLevel did not say where the next page of contacts starts.</source>
        <translation>GoHighLevel hat nicht mitgeteilt, wo die nächste Seite mit Kontakten beginnt.</translation>
    </message>
</context>
<context>
    <name>Api::GhlErrors</name>
    <message>
        <location filename="../src/core/ghl/ghlerrors.cpp" line="+51"/>
        <source>A contact with the same %1 already exists in GoHighLevel (contact %2), and this location does not allow duplicates.</source>
        <translation>In GoHighLevel gibt es bereits einen Kontakt mit derselben %1 (Kontakt %2), und dieser Standort erlaubt keine Duplikate.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The GoHighLevel token lacks the permission this needs (%1). Add that scope to the Private Integration or the app, then sign in again.</source>
        <translation>Dem GoHighLevel-Token fehlt die dafür nötige Berechtigung (%1). Fügen Sie diesen Scope der Private Integration oder der App hinzu und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GoHighLevel refused the request because the API version header was missing or not accepted. This is a problem in ContactBridge&apos;s configuration, not in your credentials; please report it.</source>
        <translation>GoHighLevel hat die Anfrage abgelehnt, weil der Header mit der API-Version fehlte oder nicht akzeptiert wurde. Das ist ein Problem in der Konfiguration von ContactBridge, nicht in Ihren Zugangsdaten; bitte melden Sie es.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel did not accept the token: it is invalid, revoked or expired. Sign in again or check the Private Integration Token.</source>
        <translation>GoHighLevel hat das Token nicht akzeptiert: Es ist ungültig, widerrufen oder abgelaufen. Melden Sie sich erneut an oder prüfen Sie das Private Integration Token.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GoHighLevel has no %1 with the id %2; it may have been deleted.</source>
        <translation>GoHighLevel hat kein %1 mit der ID %2; es wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel does not accept the field %1 in this request.</source>
        <translation>GoHighLevel akzeptiert das Feld %1 in dieser Anfrage nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel rejected the data that was sent (HTTP %1).</source>
        <translation>GoHighLevel hat die gesendeten Daten abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GoHighLevel rejected the data that was sent: %1</source>
        <translation>GoHighLevel hat die gesendeten Daten abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ContactBridge can&apos;t reach GoHighLevel. Check the internet connection and any proxy or firewall, then try again.</source>
        <translation>ContactBridge erreicht GoHighLevel nicht. Prüfen Sie die Internetverbindung sowie Proxy oder Firewall und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GoHighLevel did not answer in time. The service may be slow or unreachable; try again later.</source>
        <translation>GoHighLevel hat nicht rechtzeitig geantwortet. Der Dienst ist vielleicht langsam oder nicht erreichbar; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GoHighLevel sent a response ContactBridge could not read.</source>
        <translation>GoHighLevel hat eine Antwort gesendet, die ContactBridge nicht lesen konnte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This token belongs to another GoHighLevel location (sub-account). Check the location ID of the profile, or use a token created in that location.</source>
        <translation>Dieses Token gehört zu einem anderen GoHighLevel-Standort (Unterkonto). Prüfen Sie die Standort-ID des Profils oder verwenden Sie ein Token, das in diesem Standort erstellt wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel refused access (HTTP 403). Check the token&apos;s location and permissions.</source>
        <translation>GoHighLevel hat den Zugriff verweigert (HTTP 403). Prüfen Sie Standort und Berechtigungen des Tokens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel&apos;s rate limit was still exceeded after several retries. Wait a few minutes and try again; other apps may share this location&apos;s request budget.</source>
        <translation>Das Ratenlimit von GoHighLevel war auch nach mehreren Wiederholungen noch überschritten. Warten Sie einige Minuten und versuchen Sie es erneut; andere Apps teilen sich eventuell das Anfragekontingent dieses Standorts.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GoHighLevel does not know the requested item (HTTP 404).</source>
        <translation>GoHighLevel kennt das angeforderte Element nicht (HTTP 404).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel had a problem of its own (HTTP %1). Try again later.</source>
        <translation>GoHighLevel hatte ein eigenes Problem (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GoHighLevel answered with an unexpected error (HTTP %1).</source>
        <translation>GoHighLevel hat mit einem unerwarteten Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The GoHighLevel sign-in has expired and could not be renewed. Sign in to GoHighLevel again.</source>
        <translation>Die GoHighLevel-Anmeldung ist abgelaufen und konnte nicht erneuert werden. Melden Sie sich erneut bei GoHighLevel an.</translation>
    </message>
</context>
<context>
    <name>Api::GhlOAuth</name>
    <message>
        <location filename="../src/core/ghl/ghloauth.cpp" line="+63"/>
        <source>GoHighLevel refused the sign-in: the authorization has expired or was revoked, or the app&apos;s client ID or secret is wrong. Sign in to GoHighLevel again.</source>
        <translation>GoHighLevel hat die Anmeldung abgelehnt: Die Autorisierung ist abgelaufen oder wurde widerrufen, oder Client-ID bzw. Client-Secret der App sind falsch. Melden Sie sich erneut bei GoHighLevel an.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not signed in to GoHighLevel.</source>
        <translation>Nicht bei GoHighLevel angemeldet.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>ContactBridge could not listen on 127.0.0.1 port %1 for the GoHighLevel sign-in. Close the program using that port or choose another redirect port.</source>
        <translation>ContactBridge konnte für die GoHighLevel-Anmeldung nicht auf 127.0.0.1, Port %1 lauschen. Schließen Sie das Programm, das diesen Port belegt, oder wählen Sie einen anderen Weiterleitungsport.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ContactBridge received the GoHighLevel authorization. You can close this tab.</source>
        <translation>ContactBridge hat die GoHighLevel-Autorisierung erhalten. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The GoHighLevel sign-in was not completed (%1).</source>
        <translation>Die GoHighLevel-Anmeldung wurde nicht abgeschlossen (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The GoHighLevel sign-in answer did not match the request. Start the sign-in again.</source>
        <translation>Die Antwort der GoHighLevel-Anmeldung passte nicht zur Anfrage. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GoHighLevel did not send an authorization code.</source>
        <translation>GoHighLevel hat keinen Autorisierungscode gesendet.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>GoHighLevel&apos;s sign-in answer did not contain the expected tokens.</source>
        <translation>Die Antwort der GoHighLevel-Anmeldung enthielt nicht die erwarteten Tokens.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not signed in to GoHighLevel. Sign in to GoHighLevel first.</source>
        <translation>Nicht bei GoHighLevel angemeldet. Melden Sie sich zuerst bei GoHighLevel an.</translation>
    </message>
</context>
<context>
    <name>Api::HttpClient</name>
    <message>
        <location filename="../src/core/http/httpclient.cpp" line="+156"/>
        <source>The service address is not set or not valid.</source>
        <translation>Die Adresse des Dienstes ist nicht gesetzt oder ungültig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refusing to send credentials unencrypted to %1: the address must start with https://.</source>
        <translation>Zugangsdaten werden nicht unverschlüsselt an %1 gesendet: Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The service&apos;s daily request limit has been used up.</source>
        <translation>Das tägliche Anfragekontingent des Dienstes ist aufgebraucht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The network is not available.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ContactDetailPanel</name>
    <message>
        <location filename="../ui/contactdetailpanel.ui" line="+7"/>
        <source>Select a GoHighLevel contact to see its fields, notes, tasks and appointments.</source>
        <translation>Wählen Sie einen GoHighLevel-Kontakt aus, um seine Felder, Notizen, Aufgaben und Termine zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;tags...</source>
        <translation>&amp;Tags hinzufügen...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove tags...</source>
        <translation>Tags &amp;entfernen...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;note...</source>
        <translation>&amp;Notiz hinzufügen...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add ta&amp;sk...</source>
        <translation>Auf&amp;gabe hinzufügen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete contact...</source>
        <translation>Kontakt &amp;löschen...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;ync this contact</source>
        <translation>Diesen Kontakt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email DND:</source>
        <translation>E-Mail-DND:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
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
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/contactdetailpanel.cpp" line="+1"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complete / reopen</source>
        <translation>Erle&amp;digt / wieder öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete tas&amp;k...</source>
        <translation>Aufgabe lö&amp;schen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/gui/contactdetailpanel.cpp" line="+1"/>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location filename="../src/gui/contactdetailpanel.cpp" line="-25"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On: no email may be sent</source>
        <translation>Ein: Es darf keine E-Mail gesendet werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading notes, tasks and appointments...</source>
        <translation>Notizen, Aufgaben und Termine werden geladen...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes</source>
        <translation>Keine Notizen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No appointments</source>
        <translation>Keine Termine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes (%1)</source>
        <translation>Notizen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks (%1)</source>
        <translation>Aufgaben (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointments (%1)</source>
        <translation>Termine (%1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saving...</source>
        <translation>Wird gespeichert...</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add tags</source>
        <translation>Tags hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags to add, separated by commas:</source>
        <translation>Hinzuzufügende Tags, durch Kommas getrennt:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove tags</source>
        <translation>Tags entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags to remove, separated by commas:</source>
        <translation>Zu entfernende Tags, durch Kommas getrennt:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the task &quot;%1&quot; in GoHighLevel?</source>
        <translation>Die Aufgabe „%1“ in GoHighLevel löschen?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from GoHighLevel? This cannot be undone.</source>
        <translation>%1 aus GoHighLevel löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <location filename="../ui/contacteditdialog.ui" line="+6"/>
        <source>Edit GoHighLevel contact</source>
        <translation>GoHighLevel-Kontakt bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../src/gui/contacteditdialog.cpp" line="+60"/>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../src/gui/contacttablemodel.cpp" line="+178"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link status</source>
        <translation>Verknüpfungsstatus</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../ui/contactspage.ui" line="+7"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;GoHighLevel contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;GoHighLevel-Kontakte&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Search name, email, phone, tags</source>
        <translation>Name, E-Mail, Telefon, Tags durchsuchen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&lt;b&gt;MailerLite subscribers&lt;/b&gt;</source>
        <translation>&lt;b&gt;MailerLite-Abonnenten&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/contactspage.cpp" line="+51"/>
        <source>GoHighLevel contact</source>
        <translation>GoHighLevel-Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite subscriber</source>
        <translation>MailerLite-Abonnent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>GoHighLevel contacts</source>
        <translation>GoHighLevel-Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite subscribers</source>
        <translation>MailerLite-Abonnenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped loading: %2</source>
        <translation>%1 hat das Laden abgebrochen: %2</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded %1 of %2</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No profile is open.</source>
        <translation>Kein Profil geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading records...</source>
        <translation>Datensätze werden geladen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records loaded.</source>
        <translation>Alle Datensätze geladen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A sync is already running, or no profile is open. Try again when it ends.</source>
        <translation>Eine Synchronisierung läuft bereits oder kein Profil ist geöffnet. Versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
</context>
<context>
    <name>CredentialChecker</name>
    <message>
        <location filename="../src/gui/credentialchecker.cpp" line="+105"/>
        <source>No OAuth client secret is set. Enter the marketplace app&apos;s client secret.</source>
        <translation>Es ist kein OAuth-Client-Secret gesetzt. Geben Sie das Client-Secret der Marketplace-App ein.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not signed in to GoHighLevel yet. Press &quot;Connect...&quot; and allow ContactBridge access to the location.</source>
        <translation>Noch nicht bei GoHighLevel angemeldet. Klicken Sie auf „Verbinden...“ und erlauben Sie ContactBridge den Zugriff auf den Standort.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Enter the marketplace app&apos;s client ID first.</source>
        <translation>Geben Sie zuerst die Client-ID der Marketplace-App ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the marketplace app&apos;s client secret first.</source>
        <translation>Geben Sie zuerst das Client-Secret der Marketplace-App ein.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../src/core/util/csvwriter.cpp" line="+20"/>
        <source>Cannot write the file %1: %2</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The file could not be written completely.</source>
        <translation>Die Datei konnte nicht vollständig geschrieben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
</context>
<context>
    <name>FailureDetailWidget</name>
    <message>
        <location filename="../src/gui/failuredetailwidget.cpp" line="+43"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved by a later sync</source>
        <translation>Durch eine spätere Synchronisierung behoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a failure to see the server&apos;s answer and the request that was sent.</source>
        <translation>Wählen Sie einen Fehler aus, um die Antwort des Servers und die gesendete Anfrage zu sehen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No request body was recorded.</source>
        <translation>Es wurde kein Anfrageinhalt aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error class:</source>
        <translation>Fehlerklasse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First failed:</source>
        <translation>Erster Fehler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last attempt:</source>
        <translation>Letzter Versuch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored because:</source>
        <translation>Ignoriert, weil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server message:</source>
        <translation>Servermeldung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request (secrets removed):</source>
        <translation>Anfrage (ohne Geheimnisse):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (no HTTP answer)</source>
        <translation>keiner (keine HTTP-Antwort)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no longer in the history</source>
        <translation>nicht mehr im Verlauf</translation>
    </message>
</context>
<context>
    <name>FailureModel</name>
    <message>
        <location filename="../src/gui/failuremodel.cpp" line="+26"/>
        <source>Network errors</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeouts</source>
        <translation>Zeitüberschreitungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server errors</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected responses</source>
        <translation>Unerwartete Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid data</source>
        <translation>Ungültige Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal errors</source>
        <translation>Interne Fehler</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>%1 (%n failure(s))</source>
        <translation>
            <numerusform>%1 (%n Fehler)</numerusform>
            <numerusform>%1 (%n Fehler)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error class: %1</source>
        <translation>Fehlerklasse: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no contact id)</source>
        <translation>(keine Kontakt-ID)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
</context>
<context>
    <name>FailuresPage</name>
    <message>
        <location filename="../ui/failurespage.ui" line="+21"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Retry selected</source>
        <translation>Auswahl wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry all</source>
        <translation>Alle wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ignore...</source>
        <translation>Ignorieren...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit contact...</source>
        <translation>Kontakt bearbeiten...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <location filename="../src/gui/failurespage.cpp" line="+40"/>
        <source>Open failures</source>
        <translation>Offene Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved by a retry</source>
        <translation>Durch Wiederholung behoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+175"/>
        <source>Sync the selected contacts again now.</source>
        <translation>Die ausgewählten Kontakte jetzt erneut synchronisieren.</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+177"/>
        <source>Sync every contact with an open failure again now.</source>
        <translation>Jeden Kontakt mit einem offenen Fehler jetzt erneut synchronisieren.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Stop listing the selected failures as open, with a reason.</source>
        <translation>Die ausgewählten Fehler mit einer Begründung nicht mehr als offen führen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the listed failures as a CSV file (without request bodies).</source>
        <translation>Die aufgelisteten Fehler als CSV-Datei speichern (ohne Anfrageinhalte).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Contact id</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error class</source>
        <translation>Fehlerklasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First failed</source>
        <translation>Erster Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+14"/>
        <source>The failure list cannot be read: %1</source>
        <translation>Die Fehlerliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No open failures. Contacts that fail to sync are listed here, grouped by error class, until a later sync succeeds or you ignore them.</source>
        <translation>Keine offenen Fehler. Kontakte, deren Synchronisierung fehlschlägt, werden hier nach Fehlerklasse gruppiert aufgeführt, bis eine spätere Synchronisierung gelingt oder Sie sie ignorieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ignored failures.</source>
        <translation>Keine ignorierten Fehler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No failure has been resolved by a later sync yet.</source>
        <translation>Noch wurde kein Fehler durch eine spätere Synchronisierung behoben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No failures recorded for this profile.</source>
        <translation>Für dieses Profil sind keine Fehler verzeichnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n failure(s) listed</source>
        <translation>
            <numerusform>%n Fehler aufgelistet</numerusform>
            <numerusform>%n Fehler aufgelistet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) with an open failure</source>
        <translation>
            <numerusform>%n Kontakt mit offenem Fehler</numerusform>
            <numerusform>%n Kontakte mit offenem Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a profile to see the contacts that failed to sync.</source>
        <translation>Öffnen Sie ein Profil, um die Kontakte zu sehen, deren Synchronisierung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A sync is running; wait for it to finish.</source>
        <translation>Eine Synchronisierung läuft; warten Sie, bis sie beendet ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix the selected contact in GoHighLevel, then retry it.</source>
        <translation>Korrigieren Sie den ausgewählten Kontakt in GoHighLevel und wiederholen Sie ihn dann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile is open.</source>
        <translation>Kein Profil geöffnet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The retry could not start: another sync is running or no profile is open.</source>
        <translation>Die Wiederholung konnte nicht starten: Eine andere Synchronisierung läuft oder kein Profil ist geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Retrying %n contact(s). The list updates when the run ends.</source>
        <translation>
            <numerusform>%n Kontakt wird wiederholt. Die Liste wird aktualisiert, wenn der Lauf endet.</numerusform>
            <numerusform>%n Kontakte werden wiederholt. Die Liste wird aktualisiert, wenn der Lauf endet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ignore failures</source>
        <translation>Fehler ignorieren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Why should %n failure(s) be ignored? The reason is kept with them.</source>
        <translation>
            <numerusform>Warum soll %n Fehler ignoriert werden? Die Begründung wird mit ihm gespeichert.</numerusform>
            <numerusform>Warum sollen %n Fehler ignoriert werden? Die Begründung wird mit ihnen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was ignored: please give a reason.</source>
        <translation>Nichts wurde ignoriert: Bitte geben Sie eine Begründung an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was ignored: %1</source>
        <translation>Nichts wurde ignoriert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failure(s) ignored.</source>
        <translation>
            <numerusform>%n Fehler ignoriert.</numerusform>
            <numerusform>%n Fehler ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export failures</source>
        <translation>Fehler exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n failure(s) exported to %1.</source>
        <translation>
            <numerusform>%n Fehler nach %1 exportiert.</numerusform>
            <numerusform>%n Fehler nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ghl</name>
    <message>
        <location filename="../src/core/ghl/contact.cpp" line="+152"/>
        <source>GoHighLevel sent a contact without an id.</source>
        <translation>GoHighLevel hat einen Kontakt ohne ID gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/ghl/note.cpp" line="+20"/>
        <source>GoHighLevel sent a note without an id.</source>
        <translation>GoHighLevel hat eine Notiz ohne ID gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/ghl/task.cpp" line="+20"/>
        <source>GoHighLevel sent a task without an id.</source>
        <translation>GoHighLevel hat eine Aufgabe ohne ID gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/ghl/appointment.cpp" line="+21"/>
        <source>GoHighLevel sent an appointment without an id.</source>
        <translation>GoHighLevel hat einen Termin ohne ID gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/ghl/customfielddef.cpp" line="+21"/>
        <source>GoHighLevel sent a custom field without an id.</source>
        <translation>GoHighLevel hat ein benutzerdefiniertes Feld ohne ID gesendet.</translation>
    </message>
</context>
<context>
    <name>GhlErrors</name>
    <message>
        <location filename="../src/core/ghl/ghlclientparse.h" line="+22"/>
        <source>GoHighLevel sent a response ContactBridge could not read.</source>
        <translation>GoHighLevel hat eine Antwort gesendet, die ContactBridge nicht lesen konnte.</translation>
    </message>
</context>
<context>
    <name>GhlFieldModel</name>
    <message>
        <location filename="../src/gui/ghlfieldmodel.cpp" line="+122"/>
        <source>Custom field %1 (%2)</source>
        <translation>Benutzerdefiniertes Feld %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard field %1 (%2)</source>
        <translation>Standardfeld %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2, mapped</source>
        <translation>%1, %2, zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>GoHighLevel field</source>
        <translation>GoHighLevel-Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample value</source>
        <translation>Beispielwert</translation>
    </message>
</context>
<context>
    <name>GroupRulesModel</name>
    <message>
        <location filename="../src/gui/grouprulesmodel.cpp" line="+85"/>
        <source>new group</source>
        <translation>neue Gruppe</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Contacts tagged “%1” join “%2”: %n of the loaded contacts.</source>
        <translation>
            <numerusform>Kontakte mit dem Tag „%1“ treten „%2“ bei: %n der geladenen Kontakte.</numerusform>
            <numerusform>Kontakte mit dem Tag „%1“ treten „%2“ bei: %n der geladenen Kontakte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>GoHighLevel tag</source>
        <translation>GoHighLevel-Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailerLite group</source>
        <translation>MailerLite-Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove when untagged</source>
        <translation>Ohne Tag entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create if missing</source>
        <translation>Anlegen, falls fehlend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would join</source>
        <translation>Würden beitreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would leave</source>
        <translation>Würden austreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members now</source>
        <translation>Aktuelle Mitglieder</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../src/gui/historycharts.cpp" line="+49"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All loaded runs</source>
        <translation>Alle geladenen Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include &amp;previews (dry runs)</source>
        <translation>&amp;Vorschauen (Probeläufe) einbeziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previews plan without writing; they are left out by default so the charts show what was really synced.</source>
        <translation>Vorschauen planen, ohne zu schreiben; standardmäßig werden sie ausgelassen, damit die Diagramme zeigen, was wirklich synchronisiert wurde.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No finished runs yet. After the first sync, charts of the items by outcome, the durations and the requests of each run appear here.</source>
        <translation>Noch keine abgeschlossenen Läufe. Nach der ersten Synchronisierung erscheinen hier Diagramme der Elemente nach Ergebnis sowie der Dauer und der Anfragen jedes Laufs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only previews so far. Tick &quot;Include previews (dry runs)&quot; to chart them, or apply a sync from the Sync page.</source>
        <translation>Bisher nur Vorschauen. Aktivieren Sie „Vorschauen (Probeläufe) einbeziehen“, um sie darzustellen, oder wenden Sie auf der Seite „Synchronisieren“ eine Synchronisierung an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No runs in the last 7 days. Choose a longer range to see older runs.</source>
        <translation>Keine Läufe in den letzten 7 Tagen. Wählen Sie einen längeren Zeitraum, um ältere Läufe zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No runs in the last 30 days. Choose &quot;All loaded runs&quot; to see older runs.</source>
        <translation>Keine Läufe in den letzten 30 Tagen. Wählen Sie „Alle geladenen Läufe“, um ältere Läufe zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n run(s), one bar each</source>
        <translation>
            <numerusform>%n Lauf, ein Balken je Lauf</numerusform>
            <numerusform>%n Läufe, ein Balken je Lauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per hour</source>
        <translation>
            <numerusform>%n Lauf, pro Stunde summiert</numerusform>
            <numerusform>%n Läufe, pro Stunde summiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per day</source>
        <translation>
            <numerusform>%n Lauf, pro Tag summiert</numerusform>
            <numerusform>%n Läufe, pro Tag summiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per week</source>
        <translation>
            <numerusform>%n Lauf, pro Woche summiert</numerusform>
            <numerusform>%n Läufe, pro Woche summiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per month</source>
        <translation>
            <numerusform>%n Lauf, pro Monat summiert</numerusform>
            <numerusform>%n Läufe, pro Monat summiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run #%1, %2</source>
        <translation>Lauf Nr. %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+3"/>
        <location line="+6"/>
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n Lauf)</numerusform>
            <numerusform>%1 (%n Läufe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Week of %1 (%n run(s))</source>
        <translation>
            <numerusform>Woche vom %1 (%n Lauf)</numerusform>
            <numerusform>Woche vom %1 (%n Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/historychartsplots.cpp" line="+138"/>
        <source>%1
%2: %3 of %4 items</source>
        <translation>%1
%2: %3 von %4 Elementen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (#%2)</source>
        <translation>%1 (Nr. %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items by outcome per run</source>
        <translation>Elemente nach Ergebnis pro Lauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items by outcome per hour</source>
        <translation>Elemente nach Ergebnis pro Stunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items by outcome per day</source>
        <translation>Elemente nach Ergebnis pro Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items by outcome per week</source>
        <translation>Elemente nach Ergebnis pro Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items by outcome per month</source>
        <translation>Elemente nach Ergebnis pro Monat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration per run</source>
        <translation>Dauer pro Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average duration per run</source>
        <translation>Durchschnittliche Dauer pro Lauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No durations recorded for these runs</source>
        <translation>Für diese Läufe ist keine Dauer aufgezeichnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duration</source>
        <translation>Dauer</translation>
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
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Requests per run</source>
        <translation>Anfragen pro Lauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per hour</source>
        <translation>Anfragen pro Stunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per week</source>
        <translation>Anfragen pro Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per month</source>
        <translation>Anfragen pro Monat</translation>
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
            <numerusform>%1, %2: %n Anfrage</numerusform>
            <numerusform>%1, %2: %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/historypage.ui" line="+20"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../src/gui/historypage.cpp" line="+321"/>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../src/gui/historypage.cpp" line="-58"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../src/gui/historypage.cpp" line="-228"/>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This run wrote no log lines.</source>
        <translation>Dieser Lauf hat keine Protokollzeilen geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the next %1 older runs.</source>
        <translation>Die nächsten %1 älteren Läufe anzeigen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+9"/>
        <source>The run history cannot be read: %1</source>
        <translation>Der Laufverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No runs yet. Previews and syncs from the Sync page, retries and command-line runs are listed here with what they did.</source>
        <translation>Noch keine Läufe. Vorschauen und Synchronisierungen von der Seite „Synchronisieren“, Wiederholungen und Läufe über die Kommandozeile werden hier mit ihren Ergebnissen aufgeführt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Older runs cannot be read: %1</source>
        <translation>Ältere Läufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The details of run #%1 cannot be read: %2</source>
        <translation>Die Details von Lauf Nr. %1 können nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Run #%1, %2 (%3): %4. %n item(s) recorded.</source>
        <translation>
            <numerusform>Lauf Nr. %1, %2 (%3): %4. %n Element aufgezeichnet.</numerusform>
            <numerusform>Lauf Nr. %1, %2 (%3): %4. %n Elemente aufgezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log (%1)</source>
        <translation>Protokoll (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a run to see its items and log.</source>
        <translation>Wählen Sie einen Lauf aus, um seine Elemente und sein Protokoll zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a profile to see its sync history.</source>
        <translation>Öffnen Sie ein Profil, um seinen Synchronisierungsverlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a profile to see charts of its sync history.</source>
        <translation>Öffnen Sie ein Profil, um Diagramme seines Synchronisierungsverlaufs zu sehen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All outcomes (%1)</source>
        <translation>Alle Ergebnisse (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Items (%1)</source>
        <translation>Elemente (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items (%1 of %2)</source>
        <translation>Elemente (%1 von %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n run(s) shown</source>
        <translation>
            <numerusform>%n Lauf angezeigt</numerusform>
            <numerusform>%n Läufe angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <location filename="../src/gui/languagesetting.cpp" line="+32"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../src/gui/logmodel.cpp" line="+71"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>MailerLite</name>
    <message>
        <location filename="../src/core/mailerlite/subscriber.cpp" line="+22"/>
        <source>MailerLite sent a subscriber without an id or email.</source>
        <translation>MailerLite hat einen Abonnenten ohne ID oder E-Mail gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/mailerlite/group.cpp" line="+21"/>
        <source>MailerLite sent a group without an id.</source>
        <translation>MailerLite hat eine Gruppe ohne ID gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/mailerlite/field.cpp" line="+22"/>
        <source>MailerLite sent a field without a key.</source>
        <translation>MailerLite hat ein Feld ohne Schlüssel gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/mailerlite/mailerliteerrors.cpp" line="+34"/>
        <source>No MailerLite API key is set. Enter it in Settings.</source>
        <translation>Es ist kein MailerLite-API-Schlüssel gesetzt. Geben Sie ihn in den Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailerLite rejected the API key. Check it in Settings: it must be a MailerLite Classic key (Integrations &gt; Developer API); keys of the new MailerLite do not work with the Classic API.</source>
        <translation>MailerLite hat den API-Schlüssel abgelehnt. Prüfen Sie ihn in den Einstellungen: Es muss ein Schlüssel von MailerLite Classic sein (Integrations &gt; Developer API); Schlüssel des neuen MailerLite funktionieren nicht mit der Classic-API.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MailerLite does not know this record.</source>
        <translation>MailerLite kennt diesen Datensatz nicht.</translation>
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
        <translation>Das Ratenlimit von MailerLite wurde erreicht und war auch nach mehreren Wiederholungen nicht aufgehoben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MailerLite refused the data.</source>
        <translation>MailerLite hat die Daten abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite refused the data: %1</source>
        <translation>MailerLite hat die Daten abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach MailerLite. Check the internet connection; the work will be retried on the next run.</source>
        <translation>MailerLite ist nicht erreichbar. Prüfen Sie die Internetverbindung; die Arbeit wird beim nächsten Lauf wiederholt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MailerLite had a server problem (HTTP %1).</source>
        <translation>MailerLite hatte ein Serverproblem (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/core/mailerlite/mailerliteclient.cpp" line="-398"/>
        <source>MailerLite answered something that is not valid data.</source>
        <translation>MailerLite hat etwas geantwortet, das keine gültigen Daten sind.</translation>
    </message>
    <message>
        <location filename="../src/core/mailerlite/mailerliteclient.cpp" line="+396"/>
        <source>MailerLite refused the request.</source>
        <translation>MailerLite hat die Anfrage abgelehnt.</translation>
    </message>
</context>
<context>
    <name>MailerLiteFieldModel</name>
    <message>
        <location filename="../src/gui/mailerlitefieldmodel.cpp" line="+102"/>
        <source>%1 (%2): drop a GoHighLevel field here to map it</source>
        <translation>%1 (%2): Ziehen Sie ein GoHighLevel-Feld hierher, um es zuzuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) is filled from %3</source>
        <translation>%1 (%2) wird aus %3 befüllt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, not mapped</source>
        <translation>%1, %2, nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, mapped from %3</source>
        <translation>%1, %2, zugeordnet aus %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>MailerLite field</source>
        <translation>MailerLite-Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapped from</source>
        <translation>Zugeordnet aus</translation>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles, credentials and sync rules</source>
        <translation>Profile, Zugangsdaten und Synchronisierungsregeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check both services again with the stored credentials</source>
        <translation>Beide Dienste erneut mit den gespeicherten Zugangsdaten prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;chedule...</source>
        <translation>&amp;Zeitplan...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run this profile&apos;s sync automatically, in the app or from a system timer</source>
        <translation>Die Synchronisierung dieses Profils automatisch ausführen, in der App oder über einen System-Timer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About ContactBridge</source>
        <translation>Ü&amp;ber ContactBridge</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+5"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+200"/>
        <source>Testing the connections...</source>
        <translation>Verbindungen werden getestet...</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+6"/>
        <source>Schedule not saved</source>
        <translation>Zeitplan nicht gespeichert</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No profile yet: open Settings to connect GoHighLevel and MailerLite.</source>
        <translation>Noch kein Profil: Öffnen Sie die Einstellungen, um GoHighLevel und MailerLite zu verbinden.</translation>
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
            <numerusform>GoHighLevel: %1 (%Ln Kontakt)</numerusform>
            <numerusform>GoHighLevel: %1 (%Ln Kontakte)</numerusform>
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
        <translation>, schreibgeschützt</translation>
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
        <translation>Noch kein Synchronisierungslauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last preview: %1, %2</source>
        <translation>Letzte Vorschau: %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last run: %1, %2</source>
        <translation>Letzter Lauf: %1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A sync is running</source>
        <translation>Eine Synchronisierung läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitting now cancels the running sync after its current step. Everything done so far is kept and the next run continues from there. Cancel the sync and quit?</source>
        <translation>Wenn Sie jetzt beenden, wird die laufende Synchronisierung nach ihrem aktuellen Schritt abgebrochen. Alles bisher Erledigte bleibt erhalten, und der nächste Lauf setzt dort fort. Synchronisierung abbrechen und beenden?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling the sync before quitting...</source>
        <translation>Synchronisierung wird vor dem Beenden abgebrochen...</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <location filename="../src/core/mapping/mappingjson.cpp" line="+18"/>
        <source>Mapping file, at %1: %2</source>
        <translation>Zuordnungsdatei, bei %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown setting.</source>
        <translation>unbekannte Einstellung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a non-empty text is required.</source>
        <translation>ein nicht leerer Text ist erforderlich.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a text.</source>
        <translation>muss ein Text sein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be true or false.</source>
        <translation>muss wahr oder falsch sein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a whole number from %1 to %2.</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an object is required.</source>
        <translation>ein Objekt ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/phonenormalizer.cpp" line="+44"/>
        <source>“%1” is not a valid phone number: %2</source>
        <translation>„%1“ ist keine gültige Telefonnummer: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no known country code.</source>
        <translation>keine bekannte Landesvorwahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a number.</source>
        <translation>es ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is too short.</source>
        <translation>sie ist zu kurz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is too long.</source>
        <translation>sie ist zu lang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it cannot be read.</source>
        <translation>sie kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>it is empty.</source>
        <translation>sie ist leer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it has the wrong length for its country.</source>
        <translation>sie hat die falsche Länge für ihr Land.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/transformapply.cpp" line="+232"/>
        <location line="+53"/>
        <source>“%1” is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/transformchain.cpp" line="+17"/>
        <source>a list is required.</source>
        <translation>eine Liste ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/fieldref.cpp" line="+93"/>
        <source>“%1” is not a known source kind.</source>
        <translation>„%1“ ist keine bekannte Quellart.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a GoHighLevel contact field.</source>
        <translation>„%1“ ist kein GoHighLevel-Kontaktfeld.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a custom field needs an id or a fieldKey.</source>
        <translation>ein benutzerdefiniertes Feld braucht eine id oder einen fieldKey.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notes digest</source>
        <translation>Notizen-Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open task count</source>
        <translation>Anzahl offener Aufgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next due task</source>
        <translation>nächste fällige Aufgabe</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/fieldmapping.cpp" line="+58"/>
        <source>“%1” is not a MailerLite field key (lower-case letters, digits, _).</source>
        <translation>„%1“ ist kein MailerLite-Feldschlüssel (Kleinbuchstaben, Ziffern, _).</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/grouprule.cpp" line="+46"/>
        <source>a group rule needs a groupId or a groupName.</source>
        <translation>eine Gruppenregel braucht eine groupId oder einen groupName.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>creating a missing group needs a groupName.</source>
        <translation>um eine fehlende Gruppe anzulegen, wird ein groupName benötigt.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/mappingoptions.cpp" line="+31"/>
        <source>“%1” is not a known two-letter region code.</source>
        <translation>„%1“ ist kein bekannter zweistelliger Regionscode.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/mapping.cpp" line="+31"/>
        <source>the format version is missing.</source>
        <translation>die Formatversion fehlt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This mapping was saved by a newer version of ContactBridge (format %1); this version reads format %2. Please update ContactBridge.</source>
        <translation>Diese Zuordnung wurde mit einer neueren Version von ContactBridge gespeichert (Format %1); diese Version liest Format %2. Bitte aktualisieren Sie ContactBridge.</translation>
    </message>
    <message>
        <location filename="../src/core/mapping/automapper.cpp" line="+73"/>
        <source>same key “%1”</source>
        <translation>gleicher Schlüssel „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name “%1”</source>
        <translation>gleicher Name „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” usually means “%2”</source>
        <translation>„%1“ bedeutet meist „%2“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>similar names “%1” and “%2”</source>
        <translation>ähnliche Namen „%1“ und „%2“</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1, but GoHighLevel %2 values do not fit a MailerLite %3 field</source>
        <translation>%1, aber GoHighLevel-Werte vom Typ %2 passen nicht in ein MailerLite-Feld vom Typ %3</translation>
    </message>
</context>
<context>
    <name>Mapping::Mapping</name>
    <message>
        <location filename="../src/core/mapping/mapping.cpp" line="+42"/>
        <location line="+26"/>
        <source>a list is required.</source>
        <translation>eine Liste ist erforderlich.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the MailerLite field “%1” is already written by an earlier rule.</source>
        <translation>das MailerLite-Feld „%1“ wird bereits von einer früheren Regel geschrieben.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The mapping file is not valid JSON (at character %1: %2).</source>
        <translation>Die Zuordnungsdatei ist kein gültiges JSON (bei Zeichen %1: %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an object is required.</source>
        <translation>ein Objekt ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>Mapping::MappingFile</name>
    <message>
        <location filename="../src/core/mapping/mappingfile.cpp" line="+25"/>
        <source>The mapping file %1 cannot be read: %2</source>
        <translation>Die Zuordnungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 is too large to be a mapping.</source>
        <translation>Die Datei %1 ist zu groß für eine Zuordnung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is not a valid mapping: %2</source>
        <translation>Die Datei %1 ist keine gültige Zuordnung: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>The mapping cannot be written to %1: %2</source>
        <translation>Die Zuordnung kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Mapping::PreflightValidator</name>
    <message>
        <location filename="../src/core/mapping/preflightvalidator.cpp" line="+147"/>
        <source>The contact has no email address.</source>
        <translation>Der Kontakt hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name has %1 characters; MailerLite accepts at most %2.</source>
        <translation>Der Name hat %1 Zeichen; MailerLite akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The field “%1” needs a number, not “%2”.</source>
        <translation>Das Feld „%1“ braucht eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field “%1” needs a date written yyyy-MM-dd, not “%2”.</source>
        <translation>Das Feld „%1“ braucht ein Datum im Format yyyy-MM-dd, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field “%1” has %2 characters; MailerLite accepts at most %3.</source>
        <translation>Das Feld „%1“ hat %2 Zeichen; MailerLite akzeptiert höchstens %3.</translation>
    </message>
</context>
<context>
    <name>Mapping::Transform</name>
    <message>
        <location filename="../src/core/mapping/transform.cpp" line="+183"/>
        <source>must be a text.</source>
        <translation>muss ein Text sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a known two-letter region code.</source>
        <translation>„%1“ ist kein bekannter zweistelliger Regionscode.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the date format must contain a year, month or day (yyyy, MM, dd).</source>
        <translation>das Datumsformat muss ein Jahr, einen Monat oder einen Tag enthalten (yyyy, MM, dd).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the separator must not be empty.</source>
        <translation>das Trennzeichen darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a value is required.</source>
        <translation>ein Wert ist erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a non-empty value is required.</source>
        <translation>ein nicht leerer Wert ist erforderlich.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a limit is required.</source>
        <translation>ein Limit ist erforderlich.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” is not a known transform.</source>
        <translation>„%1“ ist keine bekannte Umwandlung.</translation>
    </message>
</context>
<context>
    <name>MappingConnectorWidget</name>
    <message>
        <location filename="../src/gui/mappingconnectorwidget.cpp" line="+17"/>
        <source>Connectors between mapped fields</source>
        <translation>Verbindungslinien zwischen zugeordneten Feldern</translation>
    </message>
</context>
<context>
    <name>MappingDocument</name>
    <message>
        <location filename="../src/gui/mappingdocument.cpp" line="+73"/>
        <source>Map %1 to %2</source>
        <translation>%1 zu %2 zuordnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unmap %1</source>
        <translation>Zuordnung von %1 aufheben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the transforms of %1</source>
        <translation>Umwandlungen von %1 ändern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change the mapping options</source>
        <translation>Zuordnungsoptionen ändern</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../ui/mappingeditor.ui" line="+10"/>
        <source>Auto-&amp;map</source>
        <translation>Auto&amp;matisch zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose field pairs automatically</source>
        <translation>Feldpaare automatisch vorschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map &amp;selected</source>
        <translation>Au&amp;swahl zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the selected GoHighLevel field to the selected MailerLite field</source>
        <translation>Das ausgewählte GoHighLevel-Feld dem ausgewählten MailerLite-Feld zuordnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unma&amp;p</source>
        <translation>Zuordnung auf&amp;heben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the mapping of the selected MailerLite field</source>
        <translation>Die Zuordnung des ausgewählten MailerLite-Felds entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/gui/mappingeditor.cpp" line="+98"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last mapping change</source>
        <translation>Die letzte Zuordnungsänderung rückgängig machen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/gui/mappingeditor.cpp" line="+2"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the mapping change</source>
        <translation>Die Zuordnungsänderung wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a mapping from a JSON file</source>
        <translation>Eine Zuordnung aus einer JSON-Datei importieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the mapping to a JSON file</source>
        <translation>Die Zuordnung in eine JSON-Datei exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ve</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the mapping in the profile</source>
        <translation>Die Zuordnung im Profil speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapper message</source>
        <translation>Meldung der Zuordnung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mapping sections</source>
        <translation>Bereiche der Zuordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fields</source>
        <translation>&amp;Felder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a GoHighLevel field onto a MailerLite field to map it, or select one on each side and press Map selected (Ctrl+M). Drop onto empty space in the right list to create a new MailerLite field.</source>
        <translation>Ziehen Sie ein GoHighLevel-Feld auf ein MailerLite-Feld, um es zuzuordnen, oder wählen Sie auf jeder Seite eines aus und klicken Sie auf „Auswahl zuordnen“ (Ctrl+M). Legen Sie es auf einer freien Stelle der rechten Liste ab, um ein neues MailerLite-Feld anzulegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Auto-map proposals</source>
        <translation>Vorschläge der automatischen Zuordnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposed field pairs; checked ones are applied</source>
        <translation>Vorgeschlagene Feldpaare; angehakte werden übernommen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply &amp;checked</source>
        <translation>&amp;Angehakte übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the checked proposals</source>
        <translation>Die angehakten Vorschläge übernehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the proposals</source>
        <translation>Die Vorschläge verwerfen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>GoHighLevel fields</source>
        <translation>GoHighLevel-Felder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MailerLite fields</source>
        <translation>MailerLite-Felder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transform chain of the selected mapping</source>
        <translation>Umwandlungskette der ausgewählten Zuordnung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts carrying a GoHighLevel tag become members of a MailerLite group. The counts preview each rule on the contacts loaded so far.</source>
        <translation>Kontakte mit einem GoHighLevel-Tag werden Mitglied einer MailerLite-Gruppe. Die Zahlen zeigen jede Regel vorab für die bisher geladenen Kontakte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag to group rules</source>
        <translation>Regeln von Tag zu Gruppe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GoHighLevel tag</source>
        <translation>GoHighLevel-Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag of the new rule</source>
        <translation>Tag der neuen Regel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MailerLite group of the new rule</source>
        <translation>MailerLite-Gruppe der neuen Regel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove when &amp;untagged</source>
        <translation>Ohne &amp;Tag entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the group when the tag is removed</source>
        <translation>Aus der Gruppe entfernen, wenn der Tag entfernt wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crea&amp;te if missing</source>
        <translation>A&amp;nlegen, falls fehlend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the group if it does not exist</source>
        <translation>Die Gruppe anlegen, falls sie nicht existiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the tag to group rule</source>
        <translation>Die Regel von Tag zu Gruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rule</source>
        <translation>Die ausgewählte Regel entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group preview summary</source>
        <translation>Zusammenfassung der Gruppenvorschau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Notes, tasks and options</source>
        <translation>&amp;Notizen, Aufgaben und Optionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MailerLite has no notes or tasks. Map “Notes digest”, “Open task count” or “Next due task” from the GoHighLevel list to a text or number field; these settings shape the digests.</source>
        <translation>MailerLite hat keine Notizen oder Aufgaben. Ordnen Sie „Notizen-Zusammenfassung“, „Anzahl offener Aufgaben“ oder „Nächste fällige Aufgabe“ aus der GoHighLevel-Liste einem Text- oder Zahlenfeld zu; diese Einstellungen gestalten die Zusammenfassungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes in the &amp;digest:</source>
        <translation>Notizen in der &amp;Zusammenfassung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of latest notes in the digest</source>
        <translation>Anzahl der neuesten Notizen in der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Digest &amp;length limit:</source>
        <translation>&amp;Längenlimit der Zusammenfassung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum length of the notes digest</source>
        <translation>Maximale Länge der Notizen-Zusammenfassung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default phone &amp;region:</source>
        <translation>Standard-Telefon&amp;region:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default phone region</source>
        <translation>Standard-Telefonregion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only sync contacts &amp;tagged:</source>
        <translation>Nur Kontakte mit diesem &amp;Tag synchronisieren:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag that selects the synced contacts</source>
        <translation>Tag, der die synchronisierten Kontakte auswählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(every contact)</source>
        <translation>(jeder Kontakt)</translation>
    </message>
    <message>
        <location filename="../src/gui/mappingeditor.cpp" line="+40"/>
        <source>The saved mapping cannot be read (%1); the default mapping is shown.</source>
        <translation>Die gespeicherte Zuordnung kann nicht gelesen werden (%1); die Standardzuordnung wird angezeigt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The fields could not be loaded: %1</source>
        <translation>Die Felder konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The MailerLite field “%1” was not created: %2</source>
        <translation>Das MailerLite-Feld „%1“ wurde nicht angelegt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the fields of both services…</source>
        <translation>Die Felder beider Dienste werden geladen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a profile to edit its mapping.</source>
        <translation>Öffnen Sie ein Profil, um seine Zuordnung zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>That field is not in the GoHighLevel list.</source>
        <translation>Dieses Feld ist nicht in der GoHighLevel-Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) cannot be written to the MailerLite %3 field %4.</source>
        <translation>%1 (%2) kann nicht in das MailerLite-Feld %4 vom Typ %3 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 now fills the MailerLite field %2.</source>
        <translation>%1 befüllt jetzt das MailerLite-Feld %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a GoHighLevel field on the left first.</source>
        <translation>Wählen Sie zuerst links ein GoHighLevel-Feld aus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a mapped MailerLite field on the right to unmap it.</source>
        <translation>Wählen Sie rechts ein zugeordnetes MailerLite-Feld aus, um die Zuordnung aufzuheben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MailerLite field %1 is no longer filled by the sync.</source>
        <translation>Das MailerLite-Feld %1 wird von der Synchronisierung nicht mehr befüllt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile could not be read: %1</source>
        <translation>Das Profil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mapping was not saved: %1</source>
        <translation>Die Zuordnung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mapping is saved in profile %1.</source>
        <translation>Die Zuordnung ist im Profil %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/mappingeditorparts.cpp" line="+36"/>
        <source>Edit the rule for tag %1</source>
        <translation>Die Regel für Tag %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A rule needs a tag and a group.</source>
        <translation>Eine Regel braucht einen Tag und eine Gruppe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>MailerLite has no group “%1”. Check “Create if missing” to have the sync create it.</source>
        <translation>MailerLite hat keine Gruppe „%1“. Aktivieren Sie „Anlegen, falls fehlend“, damit die Synchronisierung sie anlegt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the rule for tag %1</source>
        <translation>Die Regel für Tag %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts tagged “%1” will join “%2”.</source>
        <translation>Kontakte mit dem Tag „%1“ treten „%2“ bei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a rule to remove.</source>
        <translation>Wählen Sie eine Regel zum Entfernen aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the rule for tag %1</source>
        <translation>Die Regel für Tag %1 entfernen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No rules yet: add a tag and a group above.</source>
        <translation>Noch keine Regeln: Fügen Sie oben einen Tag und eine Gruppe hinzu.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Counted over %n loaded contact(s) in the synced set. “Would leave” counts contacts without the tag, removed from the group if they are members.</source>
        <translation>
            <numerusform>Gezählt über %n geladenen Kontakt der synchronisierten Menge. „Würden austreten“ zählt Kontakte ohne den Tag, die aus der Gruppe entfernt werden, falls sie Mitglied sind.</numerusform>
            <numerusform>Gezählt über %n geladene Kontakte der synchronisierten Menge. „Würden austreten“ zählt Kontakte ohne den Tag, die aus der Gruppe entfernt werden, falls sie Mitglied sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 → %2 (replaces %3): %4</source>
        <translation>%1 → %2 (ersetzt %3): %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not proposed: %1 → %2: %3</source>
        <translation>Nicht vorgeschlagen: %1 → %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-map found nothing new to propose.</source>
        <translation>Die automatische Zuordnung hat nichts Neues gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pair(s) proposed: check the ones to apply.</source>
        <translation>
            <numerusform>%n Paar vorgeschlagen: Haken Sie die zu übernehmenden an.</numerusform>
            <numerusform>%n Paare vorgeschlagen: Haken Sie die zu übernehmenden an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Apply %n auto-map proposal(s)</source>
        <translation>
            <numerusform>%n Vorschlag der automatischen Zuordnung übernehmen</numerusform>
            <numerusform>%n Vorschläge der automatischen Zuordnung übernehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n proposal(s) applied.</source>
        <translation>
            <numerusform>%n Vorschlag übernommen.</numerusform>
            <numerusform>%n Vorschläge übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop one GoHighLevel field to create a MailerLite field for it.</source>
        <translation>Legen Sie ein GoHighLevel-Feld ab, um dafür ein MailerLite-Feld anzulegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a profile to create MailerLite fields.</source>
        <translation>Öffnen Sie ein Profil, um MailerLite-Felder anzulegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A MailerLite field is being created; wait for it to finish.</source>
        <translation>Ein MailerLite-Feld wird gerade angelegt; warten Sie, bis das abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New MailerLite field</source>
        <translation>Neues MailerLite-Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a MailerLite %1 field for %2, titled:</source>
        <translation>Ein MailerLite-Feld vom Typ %1 für %2 anlegen, mit dem Titel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating the MailerLite field “%1”…</source>
        <translation>Das MailerLite-Feld „%1“ wird angelegt…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+11"/>
        <source>Import mapping</source>
        <translation>Zuordnung importieren</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+20"/>
        <source>Mapping files (*.json)</source>
        <translation>Zuordnungsdateien (*.json)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Mapping imported; save it to use it for syncs.</source>
        <translation>Zuordnung importiert; speichern Sie sie, um sie für Synchronisierungen zu verwenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export mapping</source>
        <translation>Zuordnung exportieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mapping exported.</source>
        <translation>Zuordnung exportiert.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../ui/mappingpage.ui" line="+22"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How GoHighLevel contacts become MailerLite subscribers in this profile. This summary lists the saved rules; change them on the Editor tab.</source>
        <translation>Wie GoHighLevel-Kontakte in diesem Profil zu MailerLite-Abonnenten werden. Diese Übersicht listet die gespeicherten Regeln auf; ändern Sie sie auf dem Reiter „Editor“.</translation>
    </message>
    <message>
        <location filename="../src/gui/mappingpage.cpp" line="+25"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The mapping saved in this profile cannot be read: %1</source>
        <translation>Die in diesem Profil gespeicherte Zuordnung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This mapping has no rules: a sync would write nothing.</source>
        <translation>Diese Zuordnung hat keine Regeln: Eine Synchronisierung würde nichts schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile %1 uses the default mapping.</source>
        <translation>Profil %1 verwendet die Standardzuordnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile %1 uses its own saved mapping.</source>
        <translation>Profil %1 verwendet eine eigene gespeicherte Zuordnung.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n field rule(s), %1 notes and tasks digest(s), %2 tag to group rule(s).</source>
        <translation>
            <numerusform>%n Feldregel, %1 Zusammenfassungen von Notizen und Aufgaben, %2 Regeln von Tag zu Gruppe.</numerusform>
            <numerusform>%n Feldregeln, %1 Zusammenfassungen von Notizen und Aufgaben, %2 Regeln von Tag zu Gruppe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every contact of the location is synced.</source>
        <translation>Jeder Kontakt des Standorts wird synchronisiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only contacts tagged &quot;%1&quot; are synced.</source>
        <translation>Nur Kontakte mit dem Tag „%1“ werden synchronisiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers without a country code are read as region %1.</source>
        <translation>Telefonnummern ohne Landesvorwahl werden als Region %1 gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tag is turned into a MailerLite group yet.</source>
        <translation>Bisher wird kein Tag in eine MailerLite-Gruppe umgewandelt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a profile to see its mapping.</source>
        <translation>Öffnen Sie ein Profil, um seine Zuordnung zu sehen.</translation>
    </message>
</context>
<context>
    <name>MappingTableModel</name>
    <message>
        <location filename="../src/gui/mappingtablemodel.cpp" line="+42"/>
        <source>trim</source>
        <translation>Leerzeichen entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower case</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upper case</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title case</source>
        <translation>Wortanfänge groß</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phone in E.164</source>
        <translation>Telefon in E.164</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone in E.164 (region %1)</source>
        <translation>Telefon in E.164 (Region %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date as %1</source>
        <translation>Datum als %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>join with &quot;%1&quot;</source>
        <translation>verbinden mit „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>split at &quot;%1&quot;</source>
        <translation>trennen bei „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>always &quot;%1&quot;</source>
        <translation>immer „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; when empty</source>
        <translation>„%1“, wenn leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; if true, else &quot;%2&quot;</source>
        <translation>„%1“, wenn wahr, sonst „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; if tagged %2, else &quot;%3&quot;</source>
        <translation>„%1“ mit Tag %2, sonst „%3“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(as is)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>GHL custom field %1</source>
        <translation>GHL-Benutzerfeld %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>true when the contact has the tag</source>
        <translation>wahr, wenn der Kontakt den Tag hat</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>latest %n note(s), at most %1 characters</source>
        <translation>
            <numerusform>neueste %n Notiz, höchstens %1 Zeichen</numerusform>
            <numerusform>neueste %n Notizen, höchstens %1 Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>number of tasks not completed</source>
        <translation>Anzahl nicht erledigter Aufgaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title and due date of the earliest open task</source>
        <translation>Titel und Fälligkeit der frühesten offenen Aufgabe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group %1 (#%2)</source>
        <translation>Gruppe %1 (Nr. %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaves the group when the tag is removed</source>
        <translation>verlässt die Gruppe, wenn der Tag entfernt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stays in the group when the tag is removed</source>
        <translation>bleibt in der Gruppe, wenn der Tag entfernt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the group is created if missing</source>
        <translation>die Gruppe wird angelegt, falls sie fehlt</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and tasks</source>
        <translation>Notizen und Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag to group</source>
        <translation>Tag zu Gruppe</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GoHighLevel</source>
        <translation>GoHighLevel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transforms</source>
        <translation>Umwandlungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailerLite</source>
        <translation>MailerLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../src/gui/planmodel.cpp" line="+48"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsubscribe</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from groups</source>
        <translation>Aus Gruppen entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by consent</source>
        <translation>Durch Einwilligung blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
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
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+%1 (new)</source>
        <translation>+%1 (neu)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>GoHighLevel contact %1</source>
        <translation>GoHighLevel-Kontakt %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override</source>
        <translation>Übersteuerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../src/gui/planmodeloverrides.cpp" line="+90"/>
        <source>The plan can no longer be changed: it is being applied or was applied already.</source>
        <translation>Der Plan kann nicht mehr geändert werden: Er wird gerade angewendet oder wurde bereits angewendet.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forced</source>
        <translation>Erzwungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing is sent for this record anyway.</source>
        <translation>Für diesen Datensatz wird ohnehin nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot skip: the contact has email do-not-disturb in GoHighLevel, and the consent rules require unsubscribing them in MailerLite.</source>
        <translation>Überspringen nicht möglich: Der Kontakt hat in GoHighLevel E-Mail-DND gesetzt, und die Einwilligungsregeln verlangen, ihn in MailerLite abzumelden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This record is sent anyway: forcing it changes nothing.</source>
        <translation>Dieser Datensatz wird ohnehin gesendet: Erzwingen ändert nichts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot force: MailerLite would refuse this record. Fix it in GoHighLevel first.</source>
        <translation>Erzwingen nicht möglich: MailerLite würde diesen Datensatz ablehnen. Korrigieren Sie ihn zuerst in GoHighLevel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot force: the contact has email do-not-disturb in GoHighLevel, and the consent rules never add such a contact to MailerLite.</source>
        <translation>Erzwingen nicht möglich: Der Kontakt hat in GoHighLevel E-Mail-DND gesetzt, und die Einwilligungsregeln fügen einen solchen Kontakt nie zu MailerLite hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot force: the subscriber is %1 in MailerLite. The consent rules make such a subscriber active again only when the profile allows resubscribing and the contact has no email do-not-disturb; then Preview plans the resubscribe itself.</source>
        <translation>Erzwingen nicht möglich: Der Abonnent ist in MailerLite %1. Die Einwilligungsregeln machen einen solchen Abonnenten nur dann wieder aktiv, wenn das Profil erneutes Anmelden erlaubt und der Kontakt kein E-Mail-DND hat; dann plant die Vorschau die erneute Anmeldung selbst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot force: another GoHighLevel contact with the same email is synced to this subscriber.</source>
        <translation>Erzwingen nicht möglich: Ein anderer GoHighLevel-Kontakt mit derselben E-Mail wird mit diesem Abonnenten synchronisiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent as planned.</source>
        <translation>Wie geplant gesendet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent, as planned.</source>
        <translation>Nicht gesendet, wie geplant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped by you: not sent in this run.</source>
        <translation>Von Ihnen übersprungen: In diesem Lauf nicht gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forced by you: sent again although nothing changed.</source>
        <translation>Von Ihnen erzwungen: Erneut gesendet, obwohl sich nichts geändert hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: possible.</source>
        <translation>%1: möglich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As planned</source>
        <translation>Wie geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force</source>
        <translation>Erzwingen</translation>
    </message>
</context>
<context>
    <name>PlanOverrideDelegate</name>
    <message>
        <location filename="../src/gui/planoverridedelegate.cpp" line="+21"/>
        <source>Override</source>
        <translation>Übersteuerung</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../ui/profileeditor.ui" line="+17"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoHighLevel</source>
        <translation>GoHighLevel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Private Integration Token</source>
        <translation>Private Integration Token</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OAuth (marketplace app)</source>
        <translation>OAuth (Marketplace-App)</translation>
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
        <translation>Erstellen Sie es in GoHighLevel unter Settings &gt; Private Integrations mit den Scopes contacts.readonly, contacts.write und locations/customFields.readonly.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The marketplace app&apos;s client ID</source>
        <translation>Die Client-ID der Marketplace-App</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+92"/>
        <location filename="../src/gui/profileeditor.cpp" line="+202"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Connect...</source>
        <translation>Verbinden...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Location ID:</source>
        <translation>Standort-ID:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sub-account&apos;s location ID</source>
        <translation>Die Standort-ID des Unterkontos</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+50"/>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>MailerLite</source>
        <translation>MailerLite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Sync Rules</source>
        <translation>Synchronisierungsregeln</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create and update subscribers</source>
        <translation>Abonnenten anlegen und aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only update linked subscribers</source>
        <translation>Nur verknüpfte Abonnenten aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only create new subscribers</source>
        <translation>Nur neue Abonnenten anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mirror: also clean up contacts that leave the synced set</source>
        <translation>Spiegeln: auch Kontakte bereinigen, die die synchronisierte Menge verlassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allow resubscribing people who unsubscribed (never bounced or junk addresses, never with email DND set)</source>
        <translation>Erneutes Anmelden von Personen erlauben, die sich abgemeldet haben (nie bei unzustellbaren oder Junk-Adressen, nie bei gesetztem E-Mail-DND)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When a linked contact&apos;s email changes:</source>
        <translation>Wenn sich die E-Mail eines verknüpften Kontakts ändert:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+29"/>
        <source>Leave the subscriber as it is</source>
        <translation>Abonnenten unverändert lassen</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+29"/>
        <source>Unsubscribe the subscriber</source>
        <translation>Abonnenten abmelden</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+29"/>
        <source>Remove the subscriber from the synced groups</source>
        <translation>Abonnenten aus den synchronisierten Gruppen entfernen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>When a contact leaves the synced set (mirror):</source>
        <translation>Wenn ein Kontakt die synchronisierte Menge verlässt (Spiegeln):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stop a run that would unsubscribe or remove more than:</source>
        <translation>Einen Lauf anhalten, der mehr abmelden oder entfernen würde als:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> subscribers</source>
        <translation> Abonnenten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>or more than this share of the linked subscribers:</source>
        <translation>oder mehr als diesen Anteil der verknüpften Abonnenten:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GoHighLevel API address:</source>
        <translation>GoHighLevel-API-Adresse:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://services.leadconnectorhq.com</source>
        <translation>https://services.leadconnectorhq.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MailerLite API address:</source>
        <translation>MailerLite-API-Adresse:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://api.mailerlite.com/api/v2</source>
        <translation>https://api.mailerlite.com/api/v2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OAuth redirect port:</source>
        <translation>OAuth-Weiterleitungsport:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the addresses only to use a test server such as the ContactBridge sandbox. The redirect port must match the redirect URI registered for the marketplace app (http://127.0.0.1:PORT/).</source>
        <translation>Ändern Sie die Adressen nur, um einen Testserver wie die ContactBridge-Sandbox zu verwenden. Der Weiterleitungsport muss zur für die Marketplace-App registrierten Weiterleitungs-URI passen (http://127.0.0.1:PORT/).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Real Time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poll GoHighLevel every minute (fast polling)</source>
        <translation>GoHighLevel jede Minute abfragen (schnelles Abfragen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Receive webhooks from GoHighLevel and MailerLite</source>
        <translation>Webhooks von GoHighLevel und MailerLite empfangen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen on address:</source>
        <translation>Auf Adresse lauschen:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>GoHighLevel RSA public key (advanced):</source>
        <translation>Öffentlicher RSA-Schlüssel von GoHighLevel (erweitert):</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>Empty: the key GoHighLevel publishes</source>
        <translation>Leer: der von GoHighLevel veröffentlichte Schlüssel</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>GoHighLevel Ed25519 public key (advanced):</source>
        <translation>Öffentlicher Ed25519-Schlüssel von GoHighLevel (erweitert):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When someone opts out in MailerLite:</source>
        <translation>Wenn sich jemand in MailerLite abmeldet:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change nothing in GoHighLevel</source>
        <translation>In GoHighLevel nichts ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the contact&apos;s email do-not-disturb</source>
        <translation>„Nicht stören“ für E-Mail beim Kontakt setzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a tag to the contact</source>
        <translation>Dem Kontakt ein Tag hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Credential Health</source>
        <translation>Zustand der Zugangsdaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When each secret of this profile was stored in the keychain and when it last worked. Replacing keys from time to time limits the damage of a leaked key; &quot;Rotate...&quot; tests the new key before it replaces the old one.</source>
        <translation>Wann jedes Geheimnis dieses Profils im Schlüsselbund gespeichert wurde und wann es zuletzt funktioniert hat. Schlüssel von Zeit zu Zeit zu ersetzen begrenzt den Schaden eines durchgesickerten Schlüssels; „Erneuern...“ testet den neuen Schlüssel, bevor er den alten ersetzt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../src/gui/profileeditor.cpp" line="-95"/>
        <source>GoHighLevel token:</source>
        <translation>GoHighLevel-Token:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+41"/>
        <source>Rotate...</source>
        <translation>Erneuern...</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>OAuth client secret:</source>
        <translation>OAuth-Client-Secret:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>MailerLite API key:</source>
        <translation>MailerLite-API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remind me to rotate keys after:</source>
        <translation>Erinnern, Schlüssel zu erneuern nach:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="-1"/>
        <source>GoHighLevel sign-in:</source>
        <translation>GoHighLevel-Anmeldung:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The GoHighLevel API address is not a valid http or https address.</source>
        <translation>Die GoHighLevel-API-Adresse ist keine gültige http- oder https-Adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The MailerLite API address is not a valid http or https address.</source>
        <translation>Die MailerLite-API-Adresse ist keine gültige http- oder https-Adresse.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Stored in the keychain on %1 — type to replace</source>
        <translation>Am %1 im Schlüsselbund gespeichert — zum Ersetzen tippen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the keychain — type to replace</source>
        <translation>Im Schlüsselbund gespeichert — zum Ersetzen tippen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not stored yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored on %1.</source>
        <translation>Gespeichert am %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored before ContactBridge recorded dates.</source>
        <translation>Gespeichert, bevor ContactBridge Daten aufzeichnete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last worked on %1.</source>
        <translation>Zuletzt funktioniert am %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tested since it was stored.</source>
        <translation>Seit dem Speichern nicht getestet.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 %2 It is older than %n day(s): rotate it.</source>
        <translation>
            <numerusform>%1 %2 Er ist älter als %n Tag: Erneuern Sie ihn.</numerusform>
            <numerusform>%1 %2 Er ist älter als %n Tage: Erneuern Sie ihn.</numerusform>
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
        <translation>Wird getestet...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting the sign-in...</source>
        <translation>Anmeldung wird gestartet...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the browser: sign in to GoHighLevel and allow ContactBridge access to the location.</source>
        <translation>Warten auf den Browser: Melden Sie sich bei GoHighLevel an und erlauben Sie ContactBridge den Zugriff auf den Standort.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in to GoHighLevel. Press Save to keep these settings.</source>
        <translation>Bei GoHighLevel angemeldet. Klicken Sie auf „Speichern“, um diese Einstellungen zu behalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Connected to location &quot;%1&quot;: %n contact(s); contacts can be changed.</source>
        <translation>
            <numerusform>Verbunden mit Standort „%1“: %n Kontakt; Kontakte können geändert werden.</numerusform>
            <numerusform>Verbunden mit Standort „%1“: %n Kontakte; Kontakte können geändert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Connected to location &quot;%1&quot;: %n contact(s); read only. %2</source>
        <translation>
            <numerusform>Verbunden mit Standort „%1“: %n Kontakt; nur lesend. %2</numerusform>
            <numerusform>Verbunden mit Standort „%1“: %n Kontakte; nur lesend. %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to MailerLite account &quot;%1&quot; (%2).</source>
        <translation>Verbunden mit dem MailerLite-Konto „%1“ (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/profileeditorrealtime.cpp" line="+18"/>
        <source>While ContactBridge runs, it then checks GoHighLevel every minute instead of following the schedule. A check that finds no changed contact costs %n GoHighLevel request(s) and nothing in MailerLite: about %1 requests an hour.</source>
        <translation>
            <numerusform>Solange ContactBridge läuft, prüft es GoHighLevel dann jede Minute, statt dem Zeitplan zu folgen. Eine Prüfung ohne geänderten Kontakt kostet %n GoHighLevel-Anfrage und nichts in MailerLite: etwa %1 Anfragen pro Stunde.</numerusform>
            <numerusform>Solange ContactBridge läuft, prüft es GoHighLevel dann jede Minute, statt dem Zeitplan zu folgen. Eine Prüfung ohne geänderten Kontakt kostet %n GoHighLevel-Anfragen und nichts in MailerLite: etwa %1 Anfragen pro Stunde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The GoHighLevel token is read only (it lacks the contacts.write scope), so opt-outs cannot be written back. Give the token that scope and test the connection again.</source>
        <translation>Das GoHighLevel-Token ist schreibgeschützt (ihm fehlt der Bereich contacts.write), daher können Abmeldungen nicht zurückgeschrieben werden. Geben Sie dem Token diesen Bereich und testen Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MailerLite reports unsubscribes, bounces and spam complaints through its webhooks: turn them on to write opt-outs back to GoHighLevel.</source>
        <translation>MailerLite meldet Abmeldungen, Bounces und Spam-Beschwerden über seine Webhooks: Schalten Sie sie ein, um Abmeldungen nach GoHighLevel zurückzuschreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs a GoHighLevel token with the contacts.write scope. Each change is recorded in the consent history, and ContactBridge recognises it when GoHighLevel reports it back, so it never returns to MailerLite as a new change.</source>
        <translation>Erfordert ein GoHighLevel-Token mit dem Bereich contacts.write. Jede Änderung wird im Einwilligungsverlauf festgehalten, und ContactBridge erkennt sie wieder, wenn GoHighLevel sie meldet, sodass sie nie als neue Änderung zu MailerLite zurückkehrt.</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <location filename="../src/gui/profilesession.cpp" line="+116"/>
        <source>%1 is not set. Open Settings to enter it.</source>
        <translation>%1 ist nicht gesetzt. Öffnen Sie die Einstellungen, um es einzugeben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The MailerLite API key</source>
        <translation>Der MailerLite-API-Schlüssel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The GoHighLevel token</source>
        <translation>Das GoHighLevel-Token</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The GoHighLevel connection</source>
        <translation>Die GoHighLevel-Verbindung</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No profile is open.</source>
        <translation>Kein Profil geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking whether the GoHighLevel token may change contacts...</source>
        <translation>Es wird geprüft, ob das GoHighLevel-Token Kontakte ändern darf...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GoHighLevel cannot be reached: %1</source>
        <translation>GoHighLevel ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The GoHighLevel token may not change contacts (it lacks the contacts.write scope).</source>
        <translation>Das GoHighLevel-Token darf keine Kontakte ändern (ihm fehlt der Scope contacts.write).</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../src/core/profile/profile.cpp" line="+17"/>
        <source>The profile is invalid: %1</source>
        <translation>Das Profil ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>made by a newer version of ContactBridge</source>
        <translation>von einer neueren Version von ContactBridge erstellt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name &quot;%1&quot; is not allowed</source>
        <translation>der Name „%1“ ist nicht erlaubt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a service address is not a valid URL</source>
        <translation>eine Dienstadresse ist keine gültige URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the OAuth redirect port %1 is not a port number</source>
        <translation>der OAuth-Weiterleitungsport %1 ist keine Portnummer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown GoHighLevel sign-in &quot;%1&quot;</source>
        <translation>unbekannte GoHighLevel-Anmeldung „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown sync mode or departure rule</source>
        <translation>unbekannter Synchronisierungsmodus oder unbekannte Abgangsregel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the unsubscribe limits cannot be negative</source>
        <translation>die Abmeldegrenzen dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its schedule: %1</source>
        <translation>sein Zeitplan: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its real-time settings: %1</source>
        <translation>seine Echtzeit-Einstellungen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/profile/realtimesettings.cpp" line="+18"/>
        <source>The real-time settings are not valid: %1.</source>
        <translation>Die Echtzeit-Einstellungen sind ungültig: %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a port number</source>
        <translation>%1 ist keine Portnummer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown write-back &quot;%1&quot;</source>
        <translation>unbekanntes Zurückschreiben „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the write-back tag is empty</source>
        <translation>der Tag für das Zurückschreiben ist leer</translation>
    </message>
</context>
<context>
    <name>Profiles::ProfileStore</name>
    <message>
        <location filename="../src/core/profile/profilestore.cpp" line="+84"/>
        <source>&quot;%1&quot; is not a valid profile name: use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>„%1“ ist kein gültiger Profilname: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+73"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>The profile &quot;%1&quot; cannot be read: %2</source>
        <translation>Das Profil „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile file of &quot;%1&quot; is damaged: %2</source>
        <translation>Die Profildatei von „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile file of &quot;%1&quot; names another profile (&quot;%2&quot;).</source>
        <translation>Die Profildatei von „%1“ nennt ein anderes Profil („%2“).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The profile &quot;%1&quot; was not saved: it contains a credential. Store tokens and keys in the keychain instead.</source>
        <translation>Das Profil „%1“ wurde nicht gespeichert: Es enthält Zugangsdaten. Speichern Sie Tokens und Schlüssel stattdessen im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profiles folder %1 cannot be created.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>The profile &quot;%1&quot; cannot be saved: %2</source>
        <translation>Das Profil „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The profile &quot;%1&quot; cannot be removed: %2</source>
        <translation>Das Profil „%1“ kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>RealtimeService</name>
    <message>
        <location filename="../src/gui/realtimeservice.cpp" line="+69"/>
        <source>The state database is not available, so webhooks cannot be queued: %1</source>
        <translation>Die Zustandsdatenbank ist nicht verfügbar, daher können Webhooks nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile&apos;s credentials are missing, so webhooks cannot be checked or applied.</source>
        <translation>Die Zugangsdaten des Profils fehlen, daher können Webhooks weder geprüft noch angewendet werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 delivery refused (HTTP %2): %3</source>
        <translation>Zustellung von %1 abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Webhooks: not listening</source>
        <translation>Webhooks: kein Empfang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhooks: listening on %1</source>
        <translation>Webhooks: empfangsbereit auf %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Webhooks: %n received</source>
        <translation>
            <numerusform>Webhooks: %n empfangen</numerusform>
            <numerusform>Webhooks: %n empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n abgelehnt</numerusform>
            <numerusform>, %n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listening on http://%1: POST /webhooks/ghl for GoHighLevel, POST /webhooks/mailerlite for MailerLite.</source>
        <translation>Empfangsbereit auf http://%1: POST /webhooks/ghl für GoHighLevel, POST /webhooks/mailerlite für MailerLite.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n delivery(ies) accepted</source>
        <translation>
            <numerusform>%n Zustellung angenommen</numerusform>
            <numerusform>%n Zustellungen angenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) applied</source>
        <translation>
            <numerusform>%n Ereignis angewendet</numerusform>
            <numerusform>%n Ereignisse angewendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last delivery: %1</source>
        <translation>Letzte Zustellung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last refusal: %1</source>
        <translation>Letzte Ablehnung: %1</translation>
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
        <translation>Schlüssel erneuern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New key:</source>
        <translation>Neuer Schlüssel:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste the new key here</source>
        <translation>Fügen Sie den neuen Schlüssel hier ein</translation>
    </message>
    <message>
        <location filename="../src/gui/rotatekeydialog.cpp" line="+29"/>
        <source>Test and Replace</source>
        <translation>Testen und ersetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotate the GoHighLevel Token</source>
        <translation>GoHighLevel-Token erneuern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new Private Integration Token in GoHighLevel (Settings &gt; Private Integrations) for location %1 and paste it below. ContactBridge tests it before it replaces the token of profile &quot;%2&quot;; revoke the old token in GoHighLevel afterwards.</source>
        <translation>Erstellen Sie in GoHighLevel (Settings &gt; Private Integrations) ein neues Private Integration Token für den Standort %1 und fügen Sie es unten ein. ContactBridge testet es, bevor es das Token des Profils „%2“ ersetzt; widerrufen Sie danach das alte Token in GoHighLevel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rotate the MailerLite API Key</source>
        <translation>MailerLite-API-Schlüssel erneuern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a new API key in MailerLite (Integrations &gt; API) and paste it below. ContactBridge tests it before it replaces the key of profile &quot;%1&quot;; delete the old key in MailerLite afterwards.</source>
        <translation>Erzeugen Sie in MailerLite (Integrations &gt; API) einen neuen API-Schlüssel und fügen Sie ihn unten ein. ContactBridge testet ihn, bevor er den Schlüssel des Profils „%1“ ersetzt; löschen Sie danach den alten Schlüssel in MailerLite.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Testing the new key...</source>
        <translation>Der neue Schlüssel wird getestet...</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The new token works (location %1, %n contact(s)).</source>
        <translation>
            <numerusform>Das neue Token funktioniert (Standort %1, %n Kontakt).</numerusform>
            <numerusform>Das neue Token funktioniert (Standort %1, %n Kontakte).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new key works (account %1).</source>
        <translation>Der neue Schlüssel funktioniert (Konto %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Storing it in the keychain...</source>
        <translation>%1 Er wird im Schlüsselbund gespeichert...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new key works but could not be stored: %1</source>
        <translation>Der neue Schlüssel funktioniert, konnte aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
The old key is still in use.</source>
        <translation>%1
Der alte Schlüssel wird weiter verwendet.</translation>
    </message>
</context>
<context>
    <name>RunItemModel</name>
    <message>
        <location filename="../src/gui/runitemmodel.cpp" line="+24"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from groups</source>
        <translation>Aus Gruppen entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid data</source>
        <translation>Ungültige Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked by consent</source>
        <translation>Durch Einwilligung blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate email</source>
        <translation>Doppelte E-Mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped by you</source>
        <translation>Von Ihnen übersprungen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>RunModel</name>
    <message>
        <location filename="../src/gui/runmodel.cpp" line="+70"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some items failed</source>
        <translation>Einige Elemente fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: too many removals</source>
        <translation>Angehalten: zu viele Entfernungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create and update</source>
        <translation>Anlegen und aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update only</source>
        <translation>Nur aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create only</source>
        <translation>Nur anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mirror</source>
        <translation>Spiegeln</translation>
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
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Run #%1</source>
        <translation>Lauf Nr. %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsub.</source>
        <translation>Abgem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group +</source>
        <translation>Gruppe +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group -</source>
        <translation>Gruppe -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dupl.</source>
        <translation>Dupl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GHL req.</source>
        <translation>GHL-Anfr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite req.</source>
        <translation>MailerLite-Anfr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A preview plans without writing; a sync applies.</source>
        <translation>Eine Vorschau plant, ohne zu schreiben; eine Synchronisierung wendet an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribers created in MailerLite</source>
        <translation>In MailerLite angelegte Abonnenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribers updated in MailerLite</source>
        <translation>In MailerLite aktualisierte Abonnenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts that needed no change</source>
        <translation>Kontakte, die keine Änderung brauchten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribers unsubscribed</source>
        <translation>Abgemeldete Abonnenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group memberships added</source>
        <translation>Hinzugefügte Gruppenmitgliedschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group memberships removed</source>
        <translation>Entfernte Gruppenmitgliedschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts skipped because their data is invalid</source>
        <translation>Übersprungene Kontakte mit ungültigen Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts held back by consent rules</source>
        <translation>Durch Einwilligungsregeln zurückgehaltene Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts sharing an email with another contact</source>
        <translation>Kontakte, die eine E-Mail mit einem anderen Kontakt teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that failed (see the Failures page)</source>
        <translation>Fehlgeschlagene Elemente (siehe Seite „Fehler“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests sent to GoHighLevel</source>
        <translation>An GoHighLevel gesendete Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests sent to MailerLite</source>
        <translation>An MailerLite gesendete Anfragen</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../src/core/schedule/schedule.cpp" line="+27"/>
        <source>The schedule is invalid: %1</source>
        <translation>Der Zeitplan ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>an interval of %1 minutes does not divide a day evenly (allowed: 1 to 720 minutes, e.g. 5, 15, 30, 45, 60, 90, 120)</source>
        <translation>ein Intervall von %1 Minuten teilt einen Tag nicht gleichmäßig (erlaubt: 1 bis 720 Minuten, z. B. 5, 15, 30, 45, 60, 90, 120)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the time of day must be whole minutes, written HH:MM</source>
        <translation>die Uhrzeit muss aus ganzen Minuten bestehen, geschrieben HH:MM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose at least one weekday</source>
        <translation>wählen Sie mindestens einen Wochentag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a weekday number (1 = Monday .. 7 = Sunday)</source>
        <translation>%1 ist keine Wochentagsnummer (1 = Montag .. 7 = Sonntag)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown kind</source>
        <translation>unbekannte Art</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily at %1</source>
        <translation>Täglich um %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;kind&quot; must be one of off, interval, daily or weekdays</source>
        <translation>„kind“ muss off, interval, daily oder weekdays sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;minutes&quot; must be a whole number</source>
        <translation>„minutes“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;time&quot; must be HH:MM (00:00 to 23:59), not &quot;%1&quot;</source>
        <translation>„time“ muss HH:MM sein (00:00 bis 23:59), nicht „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;days&quot; must be a list such as [&quot;mon&quot;, &quot;fri&quot;]</source>
        <translation>„days“ muss eine Liste sein, etwa [&quot;mon&quot;, &quot;fri&quot;]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown weekday &quot;%1&quot; (use mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>unbekannter Wochentag „%1“ (verwenden Sie mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown kind &quot;%1&quot; (use off, interval, daily or weekdays)</source>
        <translation>unbekannte Art „%1“ (verwenden Sie off, interval, daily oder weekdays)</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/scheduledialog.ui" line="+6"/>
        <location line="+10"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scheduled runs happen while ContactBridge is running, also when its window is closed to the system tray. A run that would start while another one is going is skipped; runs missed while the computer slept are made up once.</source>
        <translation>Geplante Läufe finden statt, solange ContactBridge läuft, auch wenn sein Fenster in den Infobereich geschlossen ist. Ein Lauf, der starten würde, während ein anderer läuft, wird übersprungen; Läufe, die verpasst wurden, während der Computer schlief, werden einmal nachgeholt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Run:</source>
        <translation>&amp;Ausführen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every few minutes or hours</source>
        <translation>Alle paar Minuten oder Stunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily at a time</source>
        <translation>Täglich zu einer Uhrzeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On chosen weekdays at a time</source>
        <translation>An ausgewählten Wochentagen zu einer Uhrzeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;At:</source>
        <translation>&amp;Um:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On:</source>
        <translation>Am:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Next runs:</source>
        <translation>Nächste Läufe:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Run without the app</source>
        <translation>Ohne die App ausführen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>systemd user timer (recommended)</source>
        <translation>systemd-Benutzer-Timer (empfohlen)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy &amp;service</source>
        <translation>&amp;Service kopieren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copy &amp;timer</source>
        <translation>&amp;Timer kopieren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copy c&amp;ommand</source>
        <translation>&amp;Befehl kopieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cron</source>
        <translation>cron</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Copy &amp;cron line</source>
        <translation>&amp;cron-Zeile kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/scheduledialog.cpp" line="+56"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a schedule on the Schedule tab first.</source>
        <translation>Wählen Sie zuerst auf dem Reiter „Zeitplan“ einen Zeitplan.</translation>
    </message>
    <message>
        <location line="+135"/>
        <location line="+50"/>
        <source>None: the schedule is off.</source>
        <translation>Keine: Der Zeitplan ist ausgeschaltet.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Fast polling is on: while ContactBridge runs, it checks GoHighLevel every minute instead of following this schedule. A check that finds no changed contact costs %1 GoHighLevel and %2 MailerLite requests: about %3 and %4 per hour, %5 GoHighLevel requests a day.</source>
        <translation>Schnelles Abfragen ist an: Solange ContactBridge läuft, prüft es GoHighLevel jede Minute, statt diesem Zeitplan zu folgen. Eine Prüfung ohne geänderten Kontakt kostet %1 GoHighLevel- und %2 MailerLite-Anfragen: etwa %3 und %4 pro Stunde, %5 GoHighLevel-Anfragen am Tag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A check that finds changes costs about as much as the last run (%1 and %2).</source>
        <translation>Eine Prüfung mit Änderungen kostet etwa so viel wie der letzte Lauf (%1 und %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown until this profile has run once: a run&apos;s requests depend on how many contacts changed.</source>
        <translation>Unbekannt, bis dieses Profil einmal gelaufen ist: Die Anfragen eines Laufs hängen davon ab, wie viele Kontakte sich geändert haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About %1 GoHighLevel and %2 MailerLite requests per hour (the last run used %3 and %4).</source>
        <translation>Etwa %1 GoHighLevel- und %2 MailerLite-Anfragen pro Stunde (der letzte Lauf brauchte %3 und %4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is more than GoHighLevel&apos;s 200,000 requests a day per location: choose a longer interval.</source>
        <translation>Das ist mehr als die 200.000 Anfragen pro Tag und Standort, die GoHighLevel erlaubt: Wählen Sie ein längeres Intervall.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last run took longer than the interval, so some runs will be skipped.</source>
        <translation>Der letzte Lauf dauerte länger als das Intervall, daher werden einige Läufe übersprungen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>Save as ~/.config/systemd/user/%1</source>
        <translation>Speichern als ~/.config/systemd/user/%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then run: %1</source>
        <translation>Dann ausführen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add with &quot;crontab -e&quot;. Unlike the timer, cron does not make up runs missed while the computer was off.</source>
        <translation>Mit „crontab -e“ hinzufügen. Anders als der Timer holt cron keine Läufe nach, die verpasst wurden, während der Computer aus war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When ContactBridge is not running, the same schedule can start %1 by itself. It takes the credentials from the keychain, so you need to be logged in. It exits with 0 when the sync succeeded, 1 when items failed, 3 on a sign-in or configuration problem and 4 when the unsubscribe limit stopped it. Use either this or the app&apos;s own schedule, not both.</source>
        <translation>Wenn ContactBridge nicht läuft, kann derselbe Zeitplan %1 selbst starten. Es holt die Zugangsdaten aus dem Schlüsselbund, daher müssen Sie angemeldet sein. Es endet mit 0, wenn die Synchronisierung gelang, 1, wenn Elemente fehlschlugen, 3 bei einem Anmelde- oder Konfigurationsproblem und 4, wenn die Abmeldegrenze sie angehalten hat. Verwenden Sie entweder dies oder den eigenen Zeitplan der App, nicht beides.</translation>
    </message>
</context>
<context>
    <name>ScheduleGenerator</name>
    <message>
        <location filename="../src/core/schedule/schedulegenerator.cpp" line="+137"/>
        <source>Choose a schedule first: it is off.</source>
        <translation>Wählen Sie zuerst einen Zeitplan: Er ist ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A profile name and the path of contactbridge-cli are needed.</source>
        <translation>Ein Profilname und der Pfad von contactbridge-cli werden benötigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A profile name or path with a line break cannot be written into a schedule.</source>
        <translation>Ein Profilname oder Pfad mit Zeilenumbruch kann nicht in einen Zeitplan geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Secrets::SecretStore</name>
    <message>
        <location filename="../src/core/secrets/secretstore.cpp" line="+135"/>
        <source>The system keychain is not available. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) and unlock it, then try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar. Starten Sie den Schlüsselbund Ihres Desktops (GNOME Keyring oder KWallet), entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain is locked. Unlock it in your keyring manager (for example Seahorse or KWallet Manager), or log out and in again, then try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn in Ihrer Schlüsselbundverwaltung (zum Beispiel Seahorse oder KWallet-Verwaltung) oder melden Sie sich ab und wieder an; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access to the keychain was denied. Allow ContactBridge to use the keychain when your desktop asks, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie ContactBridge die Nutzung des Schlüsselbunds, wenn Ihr Desktop fragt, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Session::ConnectionTester</name>
    <message>
        <location filename="../src/core/session/connectiontester.cpp" line="+107"/>
        <source>The GoHighLevel token may read contacts but not change them: it lacks the contacts.write scope. Add that scope to the Private Integration (or the app) to edit contacts from ContactBridge.</source>
        <translation>Das GoHighLevel-Token darf Kontakte lesen, aber nicht ändern: Ihm fehlt der Scope contacts.write. Fügen Sie diesen Scope der Private Integration (oder der App) hinzu, um Kontakte aus ContactBridge heraus zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whether the token may change contacts could not be checked: %1</source>
        <translation>Ob das Token Kontakte ändern darf, konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No GoHighLevel token is set. Enter the Private Integration Token in Settings, or connect with OAuth.</source>
        <translation>Es ist kein GoHighLevel-Token gesetzt. Geben Sie das Private Integration Token in den Einstellungen ein oder verbinden Sie sich über OAuth.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No GoHighLevel location ID is set. Enter the sub-account&apos;s location ID in Settings.</source>
        <translation>Es ist keine GoHighLevel-Standort-ID gesetzt. Geben Sie die Standort-ID des Unterkontos in den Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No MailerLite API key is set. Enter it in Settings.</source>
        <translation>Es ist kein MailerLite-API-Schlüssel gesetzt. Geben Sie ihn in den Einstellungen ein.</translation>
    </message>
</context>
<context>
    <name>Session::ContactEditor</name>
    <message>
        <location filename="../src/core/session/contacteditor.cpp" line="+108"/>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact saved</source>
        <translation>Kontakt gespeichert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No tag to add.</source>
        <translation>Kein Tag zum Hinzufügen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tags added</source>
        <translation>Tags hinzugefügt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tag to remove.</source>
        <translation>Kein Tag zum Entfernen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags removed</source>
        <translation>Tags entfernt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht Text.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note added</source>
        <translation>Notiz hinzugefügt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A task needs a title and a due date.</source>
        <translation>Eine Aufgabe braucht einen Titel und ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Task added</source>
        <translation>Aufgabe hinzugefügt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Task completed</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task reopened</source>
        <translation>Aufgabe wieder geöffnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Task deleted</source>
        <translation>Aufgabe gelöscht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact deleted</source>
        <translation>Kontakt gelöscht</translation>
    </message>
</context>
<context>
    <name>Session::DetailLoader</name>
    <message>
        <location filename="../src/core/session/detailloader.cpp" line="+22"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
</context>
<context>
    <name>Session::FieldCatalog</name>
    <message>
        <location filename="../src/core/session/fieldcatalog.cpp" line="+38"/>
        <source>Notes digest</source>
        <translation>Notizen-Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open task count</source>
        <translation>Anzahl offener Aufgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due task</source>
        <translation>Nächste fällige Aufgabe</translation>
    </message>
</context>
<context>
    <name>Session::LinkIndex</name>
    <message>
        <location filename="../src/core/session/linkindexreasons.cpp" line="+21"/>
        <source>The linked MailerLite subscriber %1 is not among the loaded ones: it no longer exists, or it is not loaded yet.</source>
        <translation>Der verknüpfte MailerLite-Abonnent %1 ist nicht unter den geladenen: Er existiert nicht mehr oder ist noch nicht geladen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n contact(s) are linked to the same MailerLite subscriber %1.</source>
        <translation>
            <numerusform>%n Kontakt ist mit demselben MailerLite-Abonnenten %1 verknüpft.</numerusform>
            <numerusform>%n Kontakte sind mit demselben MailerLite-Abonnenten %1 verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The linked MailerLite subscriber has the email &quot;%1&quot;, this contact has &quot;%2&quot;.</source>
        <translation>Der verknüpfte MailerLite-Abonnent hat die E-Mail „%1“, dieser Kontakt hat „%2“.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n contact(s) share the email &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Kontakt hat die E-Mail „%1“.</numerusform>
            <numerusform>%n Kontakte teilen sich die E-Mail „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MailerLite subscriber with this email is already linked to contact %1.</source>
        <translation>Der MailerLite-Abonnent mit dieser E-Mail ist bereits mit Kontakt %1 verknüpft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Linked to MailerLite subscriber %1, which has the same email.</source>
        <translation>Verknüpft mit MailerLite-Abonnent %1, der dieselbe E-Mail hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked yet: MailerLite subscriber %1 has the same email.</source>
        <translation>Noch nicht verknüpft: MailerLite-Abonnent %1 hat dieselbe E-Mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This contact has no email, so it has no MailerLite subscriber.</source>
        <translation>Dieser Kontakt hat keine E-Mail, daher hat er keinen MailerLite-Abonnenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loaded MailerLite subscriber has this email.</source>
        <translation>Kein geladener MailerLite-Abonnent hat diese E-Mail.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Linked to GHL contact %1, which has the same email.</source>
        <translation>Verknüpft mit GHL-Kontakt %1, der dieselbe E-Mail hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked yet: GHL contact %1 has the same email.</source>
        <translation>Noch nicht verknüpft: GHL-Kontakt %1 hat dieselbe E-Mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No loaded GHL contact is linked to this subscriber or has its email.</source>
        <translation>Kein geladener GHL-Kontakt ist mit diesem Abonnenten verknüpft oder hat seine E-Mail.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GHL contact %1 has this email but is linked to MailerLite subscriber %2.</source>
        <translation>GHL-Kontakt %1 hat diese E-Mail, ist aber mit MailerLite-Abonnent %2 verknüpft.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+17"/>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Email match only</source>
        <translation>Nur E-Mail-Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>GHL only</source>
        <translation>Nur GHL</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>MailerLite only</source>
        <translation>Nur MailerLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Email match</source>
        <translation>E-Mail-Treffer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ML only</source>
        <translation>Nur ML</translation>
    </message>
</context>
<context>
    <name>Session::SubscriberWalker</name>
    <message>
        <location filename="../src/core/session/subscriberwalker.cpp" line="+44"/>
        <source>Listing MailerLite subscribers was cancelled.</source>
        <translation>Das Auflisten der MailerLite-Abonnenten wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+6"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add...</source>
        <translation>Hinzufügen...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove...</source>
        <translation>Entfernen...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No profile yet. Press &quot;Add...&quot; to create one: a profile connects one GoHighLevel location to one MailerLite account.</source>
        <translation>Noch kein Profil. Klicken Sie auf „Hinzufügen...“, um eines anzulegen: Ein Profil verbindet einen GoHighLevel-Standort mit einem MailerLite-Konto.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language of ContactBridge for all profiles. &quot;System default&quot; follows the languages of your desktop.</source>
        <translation>Die Sprache von ContactBridge für alle Profile. „Systemstandard“ folgt den Sprachen Ihres Desktops.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Takes effect the next time ContactBridge starts.</source>
        <translation>Wird beim nächsten Start von ContactBridge wirksam.</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="+137"/>
        <location line="+196"/>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Profile &quot;%1&quot; has unsaved changes. Discard them?</source>
        <translation>Profil „%1“ hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add Profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new profile (letters, digits, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;):</source>
        <translation>Name des neuen Profils (Buchstaben, Ziffern, „-“, „_“ und „.“):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; cannot be a profile name: use 1 to 64 letters, digits, &quot;-&quot;, &quot;_&quot; or &quot;.&quot;.</source>
        <translation>„%1“ kann kein Profilname sein: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, „-“, „_“ oder „.“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove profile &quot;%1&quot; and delete its keys from the keychain? The data in GoHighLevel and MailerLite is not touched.</source>
        <translation>Profil „%1“ entfernen und seine Schlüssel aus dem Schlüsselbund löschen? Die Daten in GoHighLevel und MailerLite bleiben unberührt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile &quot;%1&quot; was not removed: %2</source>
        <translation>Profil „%1“ wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The settings were not saved: %1</source>
        <translation>Die Einstellungen wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Profile &quot;%1&quot; has unsaved changes. Close without saving?</source>
        <translation>Profil „%1“ hat ungespeicherte Änderungen. Ohne Speichern schließen?</translation>
    </message>
</context>
<context>
    <name>Store::ConsentLedger</name>
    <message>
        <location filename="../src/core/store/consentledger.cpp" line="+24"/>
        <source>Could not record a subscription status change.</source>
        <translation>Eine Änderung des Abonnementstatus konnte nicht aufgezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>Store::CursorStore</name>
    <message>
        <location filename="../src/core/store/cursorstore.cpp" line="+40"/>
        <source>Could not save where the next sync starts.</source>
        <translation>Es konnte nicht gespeichert werden, wo die nächste Synchronisierung beginnt.</translation>
    </message>
</context>
<context>
    <name>Store::FailureStore</name>
    <message>
        <location filename="../src/core/store/failurestore.cpp" line="+144"/>
        <source>This failure was already resolved by a successful retry.</source>
        <translation>Dieser Fehler wurde bereits durch eine erfolgreiche Wiederholung behoben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The failed item no longer exists.</source>
        <translation>Das fehlgeschlagene Element existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Store::LinkStore</name>
    <message>
        <location filename="../src/core/store/linkstore.cpp" line="+120"/>
        <source>Could not save the link of a synced contact.</source>
        <translation>Die Verknüpfung eines synchronisierten Kontakts konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Store::RunStore</name>
    <message>
        <location filename="../src/core/store/runstore.cpp" line="+90"/>
        <source>Could not record the end of the sync run.</source>
        <translation>Das Ende des Synchronisierungslaufs konnte nicht aufgezeichnet werden.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The sync run was already closed (%1) when it tried to finish.</source>
        <translation>Der Synchronisierungslauf war bereits abgeschlossen (%1), als er enden wollte.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The log of this run was truncated after %1 lines; later lines were not kept.</source>
        <translation>Das Protokoll dieses Laufs wurde nach %1 Zeilen gekürzt; spätere Zeilen wurden nicht behalten.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The sync run no longer exists.</source>
        <translation>Der Synchronisierungslauf existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The run did not finish: ContactBridge was closed, killed or lost power while it was running. Items recorded before that point were applied; the next run continues from there.</source>
        <translation>Der Lauf wurde nicht beendet: ContactBridge wurde während des Laufs geschlossen, abgebrochen oder verlor die Stromversorgung. Vorher aufgezeichnete Elemente wurden angewendet; der nächste Lauf setzt dort fort.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not clean up the run history.</source>
        <translation>Der Laufverlauf konnte nicht bereinigt werden.</translation>
    </message>
</context>
<context>
    <name>Store::StateDatabase</name>
    <message>
        <location filename="../src/core/store/migration.cpp" line="+21"/>
        <source>The database upgrade scripts of this ContactBridge build are inconsistent.</source>
        <translation>Die Datenbank-Aktualisierungsskripte dieses ContactBridge-Builds sind widersprüchlich.</translation>
    </message>
    <message>
        <location filename="../src/core/store/sqlscript.cpp" line="+112"/>
        <source>A database script of this ContactBridge build is damaged.</source>
        <translation>Ein Datenbankskript dieses ContactBridge-Builds ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../src/core/store/sqliteerror.cpp" line="+53"/>
        <source>The state file %1 is busy. Another ContactBridge window or process may be using it; try again in a moment.</source>
        <translation>Die Zustandsdatei %1 ist belegt. Möglicherweise verwendet sie ein anderes ContactBridge-Fenster oder ein anderer Prozess; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk holding the state file %1 is full.</source>
        <translation>Der Datenträger mit der Zustandsdatei %1 ist voll.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The state file %1 cannot be written. Check that you may write to the file and to its folder.</source>
        <translation>Die Zustandsdatei %1 kann nicht geschrieben werden. Prüfen Sie, ob Sie in die Datei und ihren Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The state file %1 cannot be opened or created. Check that its folder exists and that you may write to it.</source>
        <translation>Die Zustandsdatei %1 kann nicht geöffnet oder angelegt werden. Prüfen Sie, ob ihr Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The state file %1 is damaged or is not a ContactBridge state file. It was left untouched; move it aside to start with a fresh state.</source>
        <translation>Die Zustandsdatei %1 ist beschädigt oder keine Zustandsdatei von ContactBridge. Sie wurde nicht verändert; verschieben Sie sie, um mit einem frischen Zustand zu beginnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the state file %1 failed; the disk may be full or the folder not writable. The failed step was not saved; what was saved before is intact.</source>
        <translation>Das Schreiben der Statusdatei %1 ist fehlgeschlagen; möglicherweise ist der Datenträger voll oder der Ordner nicht beschreibbar. Der fehlgeschlagene Schritt wurde nicht gespeichert; was zuvor gespeichert wurde, ist unversehrt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading or writing the state file %1 failed (input/output error).</source>
        <translation>Lesen oder Schreiben der Zustandsdatei %1 ist fehlgeschlagen (Ein-/Ausgabefehler).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A database operation on the state file %1 failed.</source>
        <translation>Eine Datenbankoperation an der Zustandsdatei %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/core/store/statedatabase.cpp" line="+51"/>
        <source>The state database was opened twice.</source>
        <translation>Die Zustandsdatenbank wurde zweimal geöffnet.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The state file %1 was made by a newer version of ContactBridge (schema version %2; this version knows up to %3). Update ContactBridge to use it. The file was not changed.</source>
        <translation>Die Zustandsdatei %1 wurde von einer neueren Version von ContactBridge erstellt (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie ContactBridge, um sie zu verwenden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The state file %1 has not been upgraded to this version of ContactBridge yet. Start a sync once to upgrade it.</source>
        <translation>Die Zustandsdatei %1 wurde noch nicht auf diese Version von ContactBridge aktualisiert. Starten Sie einmal eine Synchronisierung, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The state file %1 is a folder or a special file, not a database.</source>
        <translation>Die Zustandsdatei %1 ist ein Ordner oder eine Spezialdatei, keine Datenbank.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not create the folder %1 for the state file.</source>
        <translation>Der Ordner %1 für die Zustandsdatei konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SQLite support is missing from this installation of ContactBridge.</source>
        <translation>Dieser ContactBridge-Installation fehlt die SQLite-Unterstützung.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The state file %1 cannot use write-ahead logging. Keep it on a local disk.</source>
        <translation>Die Zustandsdatei %1 kann kein Write-Ahead-Logging verwenden. Legen Sie sie auf einen lokalen Datenträger.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not upgrade the state file %1 to schema version %2. It was left at version %3.</source>
        <translation>Die Zustandsdatei %1 konnte nicht auf Schemaversion %2 aktualisiert werden. Sie verbleibt bei Version %3.</translation>
    </message>
</context>
<context>
    <name>SubscriberDetailPanel</name>
    <message>
        <location filename="../ui/subscriberdetailpanel.ui" line="+7"/>
        <source>Select a MailerLite subscriber to see its type, groups and fields.</source>
        <translation>Wählen Sie einen MailerLite-Abonnenten aus, um seinen Typ, seine Gruppen und Felder zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscribed:</source>
        <translation>Angemeldet:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity:</source>
        <translation>Aktivität:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/gui/subscriberdetailpanel.cpp" line="+64"/>
        <location line="+2"/>
        <source>Loading...</source>
        <translation>Wird geladen...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown as the last sync wrote it; reading MailerLite&apos;s own record...</source>
        <translation>So angezeigt, wie die letzte Synchronisierung ihn geschrieben hat; der eigene Datensatz von MailerLite wird gelesen...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No groups</source>
        <translation>Keine Gruppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent, %2 opened, %3 clicked</source>
        <translation>%1 gesendet, %2 geöffnet, %3 geklickt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fields with a value: %1 of %2</source>
        <translation>Felder mit Wert: %1 von %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The subscriber could not be read: %1</source>
        <translation>Der Abonnent konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SubscriberTableModel</name>
    <message>
        <location filename="../src/gui/subscribertablemodel.cpp" line="+42"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unconfirmed</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Junk</source>
        <translation>Junk</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link status</source>
        <translation>Verknüpfungsstatus</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not known yet</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>As written by the last sync; Refresh reads MailerLite&apos;s own record.</source>
        <translation>So, wie die letzte Synchronisierung ihn geschrieben hat; „Aktualisieren“ liest den eigenen Datensatz von MailerLite.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../src/core/sync/plan.cpp" line="+23"/>
        <source>The plan file cannot be used: %1</source>
        <translation>Die Plandatei kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a ContactBridge plan</source>
        <translation>kein ContactBridge-Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>made by another version of ContactBridge (format %1)</source>
        <translation>von einer anderen Version von ContactBridge erstellt (Format %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>item %1 is malformed</source>
        <translation>Element %1 ist fehlerhaft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it names no profile</source>
        <translation>es nennt kein Profil</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Cannot write the plan to %1: %2</source>
        <translation>Der Plan kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the plan %1: %2</source>
        <translation>Der Plan %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Sync::Executor</name>
    <message>
        <location filename="../src/core/sync/executor.cpp" line="+83"/>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../src/core/sync/executorimports.cpp" line="+178"/>
        <source>MailerLite did not report this subscriber in the import result.</source>
        <translation>MailerLite hat diesen Abonnenten im Importergebnis nicht gemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailerLite refused the subscriber: %1</source>
        <translation>MailerLite hat den Abonnenten abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Sync::ExecutorBreaker</name>
    <message numerus="yes">
        <location filename="../src/core/sync/executorbreaker.cpp" line="+28"/>
        <source>MailerLite unavailable: %1 consecutive requests failed with server errors or connection failures; stopped writing, %n item(s) left for the next run.</source>
        <translation>
            <numerusform>MailerLite nicht verfügbar: %1 aufeinanderfolgende Anfragen schlugen mit Server- oder Verbindungsfehlern fehl; Schreiben angehalten, %n Element bleibt für den nächsten Lauf.</numerusform>
            <numerusform>MailerLite nicht verfügbar: %1 aufeinanderfolgende Anfragen schlugen mit Server- oder Verbindungsfehlern fehl; Schreiben angehalten, %n Elemente bleiben für den nächsten Lauf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MailerLite unavailable: %1 consecutive server errors; abandoned before an answer.</source>
        <translation>MailerLite nicht verfügbar: %1 aufeinanderfolgende Serverfehler; vor einer Antwort aufgegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailerLite unavailable: %1 consecutive server errors; not attempted.</source>
        <translation>MailerLite nicht verfügbar: %1 aufeinanderfolgende Serverfehler; nicht versucht.</translation>
    </message>
</context>
<context>
    <name>Sync::Run</name>
    <message>
        <location filename="../src/core/sync/planner.cpp" line="+229"/>
        <source>Another GoHighLevel contact (%1) has the same email address and is synced instead.</source>
        <translation>Ein anderer GoHighLevel-Kontakt (%1) hat dieselbe E-Mail-Adresse und wird stattdessen synchronisiert.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The MailerLite group &quot;%1&quot; does not exist.</source>
        <translation>Die MailerLite-Gruppe „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No longer in the synced set (the synced tag was removed).</source>
        <translation>Nicht mehr in der synchronisierten Menge (der Synchronisierungs-Tag wurde entfernt).</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>Email is set to do-not-disturb in GoHighLevel: not added to MailerLite.</source>
        <translation>Für die E-Mail ist in GoHighLevel „Nicht stören“ gesetzt: nicht zu MailerLite hinzugefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email is set to do-not-disturb in GoHighLevel.</source>
        <translation>Für die E-Mail ist in GoHighLevel „Nicht stören“ gesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already unsubscribed and unchanged.</source>
        <translation>Bereits abgemeldet und unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details changed; the subscriber stays unsubscribed.</source>
        <translation>Angaben geändert; der Abonnent bleibt abgemeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already unsubscribed.</source>
        <translation>Bereits abgemeldet.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Not in MailerLite, and this profile only updates existing subscribers.</source>
        <translation>Nicht in MailerLite, und dieses Profil aktualisiert nur vorhandene Abonnenten.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New in GoHighLevel.</source>
        <translation>Neu in GoHighLevel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already in MailerLite, and this profile only creates new subscribers.</source>
        <translation>Bereits in MailerLite, und dieses Profil legt nur neue Abonnenten an.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Unsubscribed in MailerLite; resubscribed because this profile allows it and the contact has no email do-not-disturb.</source>
        <translation>In MailerLite abgemeldet; erneut angemeldet, weil dieses Profil es erlaubt und der Kontakt kein E-Mail-DND hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details changed; the subscriber stays %1 in MailerLite.</source>
        <translation>Angaben geändert; der Abonnent bleibt in MailerLite %1.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>MailerLite differs from what was last synced (changed there).</source>
        <translation>MailerLite weicht vom zuletzt Synchronisierten ab (dort geändert).</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Changed in GoHighLevel.</source>
        <translation>In GoHighLevel geändert.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>%1 in MailerLite: not resubscribed (this profile does not allow it).</source>
        <translation>%1 in MailerLite: nicht erneut angemeldet (dieses Profil erlaubt es nicht).</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Unchanged since the last sync.</source>
        <translation>Seit der letzten Synchronisierung unverändert.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Email changed from %1 to %2 (MailerLite cannot change an email).</source>
        <translation>E-Mail von %1 in %2 geändert (MailerLite kann keine E-Mail ändern).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Deleted in GoHighLevel.</source>
        <translation>In GoHighLevel gelöscht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This run would unsubscribe or remove %1 subscribers (%2% of %3 synced), more than the profile allows (%4, or %5%). Nothing was changed.</source>
        <translation>Dieser Lauf würde %1 Abonnenten abmelden oder entfernen (%2% von %3 synchronisierten), mehr als das Profil erlaubt (%4 oder %5%). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Sync::SyncEngine</name>
    <message>
        <location filename="../src/core/sync/syncengine.cpp" line="+200"/>
        <source>Run %1 started for profile %2.</source>
        <translation>Lauf %1 für Profil %2 gestartet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan was made for profile &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Der Plan wurde für Profil „%1“ erstellt, nicht für „%2“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applying the saved plan of %1 items.</source>
        <translation>Der gespeicherte Plan mit %1 Elementen wird angewendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Full reconcile: reading MailerLite&apos;s subscribers to compare.</source>
        <translation>Vollständiger Abgleich: MailerLite-Abonnenten werden zum Vergleich gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First run: reading MailerLite&apos;s subscribers so nobody is added twice.</source>
        <translation>Erster Lauf: MailerLite-Abonnenten werden gelesen, damit niemand doppelt hinzugefügt wird.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No contact changed since the last run.</source>
        <translation>Seit dem letzten Lauf hat sich kein Kontakt geändert.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Plan: %1 contacts, %2 writes to MailerLite.</source>
        <translation>Plan: %1 Kontakte, %2 Schreibvorgänge in MailerLite.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Applying</source>
        <translation>Wird angewendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/sync/syncenginefetch.cpp" line="+109"/>
        <source>Contact %1 could not be read: %2</source>
        <translation>Kontakt %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading GoHighLevel contacts</source>
        <translation>GoHighLevel-Kontakte werden gelesen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Read %1 contacts from GoHighLevel in %2 pages.</source>
        <translation>%1 Kontakte aus GoHighLevel in %2 Seiten gelesen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Read %1 MailerLite subscribers.</source>
        <translation>%1 MailerLite-Abonnenten gelesen.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Reading notes and tasks of %1 changed contacts.</source>
        <translation>Notizen und Aufgaben von %1 geänderten Kontakten werden gelesen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/sync/syncengineretry.cpp" line="+33"/>
        <source>Looking up %n retried contact(s) in MailerLite.</source>
        <translation>
            <numerusform>%n wiederholter Kontakt wird in MailerLite nachgeschlagen.</numerusform>
            <numerusform>%n wiederholte Kontakte werden in MailerLite nachgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync::WriteBack</name>
    <message>
        <location filename="../src/core/sync/writeback.cpp" line="+117"/>
        <source>This profile does not write opt-outs back to GoHighLevel.</source>
        <translation>Dieses Profil schreibt Abmeldungen nicht nach GoHighLevel zurück.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The MailerLite event %1 is not an unsubscribe, bounce or complaint.</source>
        <translation>Das MailerLite-Ereignis %1 ist keine Abmeldung, kein Bounce und keine Beschwerde.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The GoHighLevel contact %1 no longer exists.</source>
        <translation>Der GoHighLevel-Kontakt %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No GoHighLevel contact is linked to MailerLite subscriber %1.</source>
        <translation>Mit dem MailerLite-Abonnenten %1 ist kein GoHighLevel-Kontakt verknüpft.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No GoHighLevel contact has the email address of MailerLite subscriber %1.</source>
        <translation>Kein GoHighLevel-Kontakt hat die E-Mail-Adresse des MailerLite-Abonnenten %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The contact already has email do-not-disturb.</source>
        <translation>Der Kontakt hat bereits „Nicht stören“ für E-Mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact already has the tag &quot;%1&quot;.</source>
        <translation>Der Kontakt hat bereits das Tag „%1“.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>GoHighLevel did not accept the change to contact %1: %2</source>
        <translation>GoHighLevel hat die Änderung an Kontakt %1 nicht angenommen: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>MailerLite %1: email do-not-disturb set in GoHighLevel.</source>
        <translation>MailerLite %1: „Nicht stören“ für E-Mail in GoHighLevel gesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite %1: tag &quot;%2&quot; added in GoHighLevel.</source>
        <translation>MailerLite %1: Tag „%2“ in GoHighLevel hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Sync::WriteBackJournal</name>
    <message>
        <location filename="../src/core/sync/writebackjournal.cpp" line="+32"/>
        <source>Could not record a write-back.</source>
        <translation>Die Rückschreibung konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../src/gui/synccontroller.cpp" line="+210"/>
        <source>The sync ended unexpectedly.</source>
        <translation>Die Synchronisierung endete unerwartet.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../ui/syncpage.ui" line="+11"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work out what a sync would change, without changing anything.</source>
        <translation>Ermitteln, was eine Synchronisierung ändern würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Run this plan</source>
        <translation>Diesen Plan &amp;ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply exactly the previewed plan to MailerLite.</source>
        <translation>Genau den in der Vorschau gezeigten Plan auf MailerLite anwenden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan and apply in one go, without a review.</source>
        <translation>In einem Schritt planen und anwenden, ohne Prüfung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry &amp;failed items</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sa&amp;ve plan...</source>
        <translation>Plan s&amp;peichern...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this plan with your overrides to a file, to review or apply it later.</source>
        <translation>Diesen Plan mit Ihren Übersteuerungen in einer Datei speichern, um ihn später zu prüfen oder anzuwenden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Load plan...</source>
        <translation>Plan &amp;laden...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load a saved plan of this profile; Run this plan then applies exactly that plan.</source>
        <translation>Einen gespeicherten Plan dieses Profils laden; „Diesen Plan ausführen“ wendet dann genau diesen Plan an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No plan yet. Press Preview to see what a sync would create, update or unsubscribe, record by record, before anything is changed.</source>
        <translation>Noch kein Plan. Klicken Sie auf „Vorschau“, um Datensatz für Datensatz zu sehen, was eine Synchronisierung anlegen, aktualisieren oder abmelden würde, bevor etwas geändert wird.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double-click the Override cell, or select rows and use the context menu, to skip or force records.</source>
        <translation>Doppelklicken Sie auf die Zelle „Übersteuerung“ oder wählen Sie Zeilen aus und verwenden Sie das Kontextmenü, um Datensätze zu überspringen oder zu erzwingen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Level:</source>
        <translation>S&amp;tufe:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter the log</source>
        <translation>Protokoll filtern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected lines.</source>
        <translation>Die ausgewählten Zeilen kopieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the lines shown to a text file.</source>
        <translation>Die angezeigten Zeilen in eine Textdatei speichern.</translation>
    </message>
    <message>
        <location filename="../src/gui/syncpage.cpp" line="+34"/>
        <source>Preview first to see what would change; nothing is sent to MailerLite until you run the plan.</source>
        <translation>Zuerst eine Vorschau erstellen, um zu sehen, was sich ändern würde; nichts wird an MailerLite gesendet, bevor Sie den Plan ausführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This plan would unsubscribe or remove from groups %1 subscribers. Profile &quot;%2&quot; allows at most %3 such changes, or %4% of the subscribers synced, in one run (the blast radius).

Apply the plan anyway?</source>
        <translation>Dieser Plan würde %1 Abonnenten abmelden oder aus Gruppen entfernen. Profil „%2“ erlaubt höchstens %3 solcher Änderungen oder %4% der synchronisierten Abonnenten in einem Lauf (die Abmeldegrenze).

Den Plan trotzdem anwenden?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply a large removal?</source>
        <translation>Umfangreiche Entfernung anwenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan was not applied.</source>
        <translation>Der Plan wurde nicht angewendet.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running...</source>
        <translation>Läuft...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
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
        <translation>Noch etwa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimating time left</source>
        <translation>Restzeit wird geschätzt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GoHighLevel: %1 requests</source>
        <translation>GoHighLevel: %1 Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailerLite: %1 requests</source>
        <translation>MailerLite: %1 Anfragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in the last %2 s</source>
        <translation>%1 in den letzten %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in the last minute</source>
        <translation>%1 in der letzten Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit: %1 per %2 s</source>
        <translation>Limit: %1 pro %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit: %1 per minute per endpoint</source>
        <translation>Limit: %1 pro Minute und Endpunkt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Retry %1 failed items</source>
        <translation>%1 fehlgeschlagene Elemente wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a profile to sync.</source>
        <translation>Öffnen Sie ein Profil, um zu synchronisieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+14"/>
        <source>Previewing...</source>
        <translation>Vorschau wird erstellt...</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+17"/>
        <source>Applying the plan...</source>
        <translation>Plan wird angewendet...</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>Syncing...</source>
        <translation>Wird synchronisiert...</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+22"/>
        <source>Retrying...</source>
        <translation>Wird wiederholt...</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Applying webhook changes...</source>
        <translation>Webhook-Änderungen werden angewendet...</translation>
    </message>
    <message>
        <location filename="../src/gui/syncpagelog.cpp" line="+57"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select the log lines to copy first.</source>
        <translation>Wählen Sie zuerst die zu kopierenden Protokollzeilen aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied %1 log lines.</source>
        <translation>%1 Protokollzeilen kopiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save the log: %1</source>
        <translation>Das Protokoll konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 log lines to %2.</source>
        <translation>%1 Protokollzeilen in %2 gespeichert.</translation>
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
        <translation>Vorschau fertig: Prüfen Sie den Plan unten und klicken Sie dann auf „Diesen Plan ausführen“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished: everything planned was applied.</source>
        <translation>Synchronisierung beendet: Alles Geplante wurde angewendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync finished, but %1 items failed. They are listed on the Failures page; retry them there or with Retry failed items.</source>
        <translation>Synchronisierung beendet, aber %1 Elemente sind fehlgeschlagen. Sie stehen auf der Seite „Fehler“; wiederholen Sie sie dort oder mit „Fehlgeschlagene wiederholen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped by the safety limit: %1</source>
        <translation>Durch die Sicherheitsgrenze angehalten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync stopped: %1</source>
        <translation>Die Synchronisierung wurde angehalten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. What was already sent stays applied and recorded.</source>
        <translation>Abgebrochen. Was bereits gesendet wurde, bleibt angewendet und aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1 · updated %2 · unsubscribed %3 · group removals %4 · unchanged %5 · invalid %6 · blocked by consent %7 · duplicates %8 · failed %9</source>
        <translation>Angelegt %1 · aktualisiert %2 · abgemeldet %3 · aus Gruppen entfernt %4 · unverändert %5 · ungültig %6 · durch Einwilligung blockiert %7 · Duplikate %8 · fehlgeschlagen %9</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run %1 took %2 · requests: GoHighLevel %3, MailerLite %4</source>
        <translation>Lauf %1 dauerte %2 · Anfragen: GoHighLevel %3, MailerLite %4</translation>
    </message>
    <message>
        <location filename="../src/gui/syncpageplan.cpp" line="-119"/>
        <source>ContactBridge plans (*.json);;All files (*)</source>
        <translation>ContactBridge-Pläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show only these records in the table.</source>
        <translation>Nur diese Datensätze in der Tabelle anzeigen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show every record of the plan.</source>
        <translation>Alle Datensätze des Plans anzeigen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Skip selected</source>
        <translation>Auswahl über&amp;springen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the selected records out of this run.</source>
        <translation>Die ausgewählten Datensätze aus diesem Lauf herausnehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Force selected</source>
        <translation>Auswahl &amp;erzwingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the selected unchanged records again.</source>
        <translation>Die ausgewählten unveränderten Datensätze erneut senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear override</source>
        <translation>Übersteuerung &amp;aufheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the selected records as planned.</source>
        <translation>Die ausgewählten Datensätze wie geplant anwenden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All: %1</source>
        <translation>Alle: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Overridden: %1</source>
        <translation>Übersteuert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 skipped and %2 forced by you. Show only these records.</source>
        <translation>%1 von Ihnen übersprungen und %2 erzwungen. Nur diese Datensätze anzeigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan has no records: nothing to do.</source>
        <translation>Der Plan hat keine Datensätze: Es gibt nichts zu tun.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select the records to change first.</source>
        <translation>Wählen Sie zuerst die zu ändernden Datensätze aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changed the override of %1 selected records.</source>
        <translation>Die Übersteuerung von %1 ausgewählten Datensätzen wurde geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed the override of %1 of %2 selected records; the others stay as they are. %3</source>
        <translation>Die Übersteuerung von %1 der %2 ausgewählten Datensätze wurde geändert; die übrigen bleiben, wie sie sind. %3</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved the plan of %1 records to %2.</source>
        <translation>Der Plan mit %1 Datensätzen wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load plan</source>
        <translation>Plan laden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not loaded: this plan was made for profile &quot;%1&quot;, and the open profile is &quot;%2&quot;. Open profile &quot;%1&quot; to apply it.</source>
        <translation>Nicht geladen: Dieser Plan wurde für Profil „%1“ erstellt, geöffnet ist aber „%2“. Öffnen Sie Profil „%1“, um ihn anzuwenden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loaded the plan of %1 records made %2; Run this plan applies exactly it.</source>
        <translation>Der Plan mit %1 Datensätzen vom %2 wurde geladen; „Diesen Plan ausführen“ wendet genau ihn an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved plan is loaded: review it, then press Run this plan. It is applied as saved, with its overrides, not planned again.</source>
        <translation>Ein gespeicherter Plan ist geladen: Prüfen Sie ihn und klicken Sie dann auf „Diesen Plan ausführen“. Er wird wie gespeichert angewendet, mit seinen Übersteuerungen, und nicht neu geplant.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../ui/taskdialog.ui" line="+6"/>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>TransformChainEditor</name>
    <message>
        <location filename="../ui/transformchaineditor.ui" line="+19"/>
        <source>Transform steps</source>
        <translation>Umwandlungsschritte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected transform up</source>
        <translation>Die ausgewählte Umwandlung nach oben verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected transform down</source>
        <translation>Die ausgewählte Umwandlung nach unten verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected transform</source>
        <translation>Die ausgewählte Umwandlung entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Transform to add</source>
        <translation>Hinzuzufügende Umwandlung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First parameter</source>
        <translation>Erster Parameter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Second parameter</source>
        <translation>Zweiter Parameter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Third parameter</source>
        <translation>Dritter Parameter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add transform</source>
        <translation>Umwandlung &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the transform to the chain</source>
        <translation>Die Umwandlung der Kette hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type check</source>
        <translation>Typprüfung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview on sample contacts</source>
        <translation>Vorschau an Beispielkontakten</translation>
    </message>
    <message>
        <location filename="../src/gui/transformchaineditor.cpp" line="+32"/>
        <source>Region, e.g. US (empty: the mapping&apos;s)</source>
        <translation>Region, z. B. US (leer: die der Zuordnung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format, e.g. yyyy-MM-dd</source>
        <translation>Format, z. B. yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag (empty: the value&apos;s truth)</source>
        <translation>Tag (leer: Wahrheitswert des Werts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text when present</source>
        <translation>Text, wenn vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text when absent</source>
        <translation>Text, wenn nicht vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum length</source>
        <translation>Maximale Länge</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sample contact</source>
        <translation>Beispielkontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Transforms for %1 → %2, applied in order:</source>
        <translation>Umwandlungen für %1 → %2, in dieser Reihenfolge angewendet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a mapped MailerLite field to edit how its value is transformed.</source>
        <translation>Wählen Sie ein zugeordnetes MailerLite-Feld aus, um die Umwandlung seines Werts zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No rule is selected.</source>
        <translation>Keine Regel ausgewählt.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>(no transforms: the value is copied as it is)</source>
        <translation>(keine Umwandlungen: Der Wert wird unverändert übernommen)</translation>
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
        <translation>Keine Beispielkontakte geladen: Es gibt nichts für die Vorschau.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 sample contact(s) would be rejected by MailerLite for %2:</source>
        <translation>
            <numerusform>%n von %1 Beispielkontakten würde von MailerLite für %2 abgelehnt:</numerusform>
            <numerusform>%n von %1 Beispielkontakten würden von MailerLite für %2 abgelehnt:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../src/gui/trayicon.cpp" line="+18"/>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how ContactBridge</source>
        <translation>ContactBridge &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ContactBridge: no sync has run yet</source>
        <translation>ContactBridge: Noch keine Synchronisierung gelaufen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ContactBridge: syncing %1…</source>
        <translation>ContactBridge: %1 wird synchronisiert…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ContactBridge: the last sync of %1 succeeded (%2 created, %3 updated)</source>
        <translation>ContactBridge: Die letzte Synchronisierung von %1 war erfolgreich (%2 angelegt, %3 aktualisiert)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ContactBridge: the last sync of %1 was cancelled</source>
        <translation>ContactBridge: Die letzte Synchronisierung von %1 wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>ContactBridge: the last sync of %1 finished; %n item(s) failed</source>
        <translation>
            <numerusform>ContactBridge: Die letzte Synchronisierung von %1 ist beendet; %n Element fehlgeschlagen</numerusform>
            <numerusform>ContactBridge: Die letzte Synchronisierung von %1 ist beendet; %n Elemente fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync finished with failures</source>
        <translation>Synchronisierung mit Fehlern beendet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) of %1 failed. Open &quot;Failed items&quot; to see why and retry.</source>
        <translation>
            <numerusform>%n Element von %1 fehlgeschlagen. Öffnen Sie „Fehler“, um den Grund zu sehen und es zu wiederholen.</numerusform>
            <numerusform>%n Elemente von %1 fehlgeschlagen. Öffnen Sie „Fehler“, um die Gründe zu sehen und sie zu wiederholen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ContactBridge: the last sync of %1 stopped at the unsubscribe limit</source>
        <translation>ContactBridge: Die letzte Synchronisierung von %1 wurde an der Abmeldegrenze angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Sync stopped</source>
        <translation>Synchronisierung angehalten</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The sync of %1 would have unsubscribed or removed more subscribers than its limit allows. Nothing was applied; review it in the app.</source>
        <translation>Die Synchronisierung von %1 hätte mehr Abonnenten abgemeldet oder entfernt, als ihre Grenze erlaubt. Es wurde nichts angewendet; prüfen Sie sie in der App.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ContactBridge: the last sync of %1 stopped: %2</source>
        <translation>ContactBridge: Die letzte Synchronisierung von %1 wurde angehalten: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync of %1 stopped: %2</source>
        <translation>Die Synchronisierung von %1 wurde angehalten: %2</translation>
    </message>
</context>
<context>
    <name>Webhooks::WebhookEvent</name>
    <message>
        <location filename="../src/core/webhook/webhookevent.cpp" line="+33"/>
        <source>The webhook is not in the expected format.</source>
        <translation>Der Webhook hat nicht das erwartete Format.</translation>
    </message>
</context>
<context>
    <name>Webhooks::WebhookListener</name>
    <message>
        <location filename="../src/core/webhook/webhooklistener.cpp" line="+38"/>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation>„%1“ ist keine IP-Adresse, auf der empfangen werden kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot listen for webhooks on %1 port %2: the port is in use or the address is not this computer&apos;s.</source>
        <translation>Webhooks können auf %1 Port %2 nicht empfangen werden: Der Port ist belegt oder die Adresse gehört nicht zu diesem Computer.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The body is larger than %1 bytes.</source>
        <translation>Der Inhalt ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not ready yet; send it again later.</source>
        <translation>Noch nicht bereit; bitte später erneut senden.</translation>
    </message>
</context>
<context>
    <name>Webhooks::WebhookProcessor</name>
    <message>
        <location filename="../src/core/webhook/webhookprocessor.cpp" line="+146"/>
        <source>The event names no contact.</source>
        <translation>Das Ereignis nennt keinen Kontakt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contact was deleted in GoHighLevel since.</source>
        <translation>Der Kontakt wurde inzwischen in GoHighLevel gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>echo of a write-back</source>
        <translation>Echo einer Rückschreibung</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>MailerLite-side changes are not written back to GoHighLevel, except opt-outs (unsubscribes, bounces, complaints).</source>
        <translation>Änderungen in MailerLite werden nicht nach GoHighLevel zurückgeschrieben, außer Abmeldungen (Austragungen, Bounces, Beschwerden).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The write-back gave no outcome for this event.</source>
        <translation>Die Rückschreibung lieferte für dieses Ereignis kein Ergebnis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GoHighLevel had it already.</source>
        <translation>GoHighLevel hatte das bereits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No matching GoHighLevel contact.</source>
        <translation>Kein passender GoHighLevel-Kontakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write-back is off</source>
        <translation>Rückschreiben ist aus</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Deleted in GoHighLevel: mirror mode applies its departure rule (%1) to the subscriber at the next full reconcile.</source>
        <translation>In GoHighLevel gelöscht: Der Spiegelmodus wendet seine Austrittsregel (%1) beim nächsten vollständigen Abgleich auf den Abonnenten an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted in GoHighLevel: in %1 mode the subscriber stays in MailerLite.</source>
        <translation>In GoHighLevel gelöscht: Im Modus %1 bleibt der Abonnent in MailerLite.</translation>
    </message>
</context>
<context>
    <name>Webhooks::WebhookReceiver</name>
    <message>
        <location filename="../src/core/webhook/webhookreceiver.cpp" line="+32"/>
        <location line="+26"/>
        <source>The signature is missing or does not match.</source>
        <translation>Die Signatur fehlt oder stimmt nicht überein.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The event belongs to another location.</source>
        <translation>Das Ereignis gehört zu einem anderen Standort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>The event&apos;s timestamp is outside the accepted window.</source>
        <translation>Der Zeitstempel des Ereignisses liegt außerhalb des zulässigen Zeitfensters.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+28"/>
        <source>The event could not be stored; the service will send it again.</source>
        <translation>Das Ereignis konnte nicht gespeichert werden; der Dienst sendet es erneut.</translation>
    </message>
</context>
<context>
    <name>Webhooks::WebhookSignature</name>
    <message>
        <location filename="../src/core/webhook/webhooksignature.cpp" line="+107"/>
        <source>Could not make a webhook signature.</source>
        <translation>Es konnte keine Webhook-Signatur erstellt werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+25"/>
        <source>Demo: the built-in sandbox could not start: %1</source>
        <translation>Demo: Die eingebaute Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo: connected to the built-in sandbox (GHL :%1, MailerLite :%2). It cuts short 5% of MailerLite&apos;s answers, so failures and retries can be tried too.</source>
        <translation>Demo: Verbunden mit der eingebauten Sandbox (GHL :%1, MailerLite :%2). Sie bricht 5 % der Antworten von MailerLite ab, sodass sich auch Fehler und Wiederholungen ausprobieren lassen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keeps MailerLite Classic subscribers in step with GoHighLevel contacts.</source>
        <translation>Hält die Abonnenten von MailerLite Classic mit den GoHighLevel-Kontakten abgeglichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run against the built-in sandbox: no account needed.</source>
        <translation>Gegen die eingebaute Sandbox ausführen: kein Konto nötig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de. Overrides the language chosen in Settings.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de. Hat Vorrang vor der in den Einstellungen gewählten Sprache.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep state and logs in &lt;dir&gt;.</source>
        <translation>Zustand und Protokolle in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of every page to &lt;dir&gt; once the data is loaded, then quit (for the documentation).</source>
        <translation>Sobald die Daten geladen sind, ein Bild jeder Seite in &lt;dir&gt; speichern und dann beenden (für die Dokumentation).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Demo sandbox</source>
        <translation>Demo-Sandbox</translation>
    </message>
</context>
</TS>
