# Till auf Deutsch. Zahlungsstatus und Ablehnungen mit den Begriffen, die Stripe selbst auf
# Deutsch verwendet (Dashboard und Checkout): Bezahlt, Fehlgeschlagen, Abgelaufen, Storniert,
# „Ihre Karte ist nicht ausreichend gedeckt“, „Vom Kartenaussteller abgelehnt“.

## Statuszeile eines Verkaufs (till-domain, sale.rs).

sale-creating = Zahlungsseite wird vorbereitet
sale-awaiting-payment = Warten auf den Kunden
sale-three-d-secure = 3D Secure läuft
sale-canceling = Wird storniert — warten auf Bestätigung von Stripe
sale-processing = Wird verarbeitet — die Bank bestätigt später
sale-paid = Bezahlt
sale-failed = Zahlung fehlgeschlagen
sale-expired = Abgelaufen
sale-canceled = Storniert

## Abgelehnte Karten: Statuszeile und deren erster Satz (-short).

decline-insufficient-funds = Abgelehnt — Karte nicht ausreichend gedeckt. Bitten Sie um eine andere Karte.
decline-insufficient-funds-short = Abgelehnt — Karte nicht ausreichend gedeckt
decline-expired-card = Abgelehnt — die Karte ist abgelaufen. Bitten Sie um eine andere Karte.
decline-expired-card-short = Abgelehnt — die Karte ist abgelaufen
decline-incorrect-cvc = Abgelehnt — falscher Sicherheitscode (CVC). Der Kunde kann ihn prüfen und es erneut versuchen.
decline-incorrect-cvc-short = Abgelehnt — falscher Sicherheitscode (CVC)
decline-incorrect-number = Abgelehnt — falsche Kartennummer. Der Kunde kann sie prüfen und es erneut versuchen.
decline-incorrect-number-short = Abgelehnt — falsche Kartennummer
decline-processing-error = Die Karte konnte nicht verarbeitet werden. Der Kunde kann es erneut versuchen.
decline-processing-error-short = Die Karte konnte nicht verarbeitet werden
decline-authentication-failure = 3D Secure fehlgeschlagen. Der Kunde kann es erneut versuchen oder eine andere Karte verwenden.
decline-authentication-failure-short = 3D Secure fehlgeschlagen
decline-generic = Vom Kartenaussteller abgelehnt. Bitten Sie um eine andere Karte.
decline-generic-short = Vom Kartenaussteller abgelehnt

## Worte für die Kundschaft auf Stripes Zahlungsseite unter dem Bezahlknopf (phone.rs).

phone-after-submit-payment = Sie bezahlen an der Kasse? Zeigen Sie nach der Zahlung diesen Bildschirm dem Personal: Die Kasse sieht Ihre Zahlung von selbst. Danach können Sie diese Seite schließen.
phone-after-submit-membership = Sie bezahlen an der Kasse? Zeigen Sie nach der Zahlung diesen Bildschirm dem Personal: Ihre Mitgliedschaft beginnt sofort und verlängert sich, bis Sie sie kündigen. Danach können Sie diese Seite schließen.
phone-after-submit-no-page = Falls Ihr Telefon danach eine Seite zeigt, die nicht geladen werden kann: Ihre Zahlung ist trotzdem eingegangen.

phone-note-no-page = Keine Seite nach der Zahlung festgelegt: Wer per QR-Code mit dem eigenen Handy bezahlt, sieht danach „Verbindung nicht möglich“ (die Zahlung zählt trotzdem, und die Kasse zeigt sie). Legen Sie die öffentliche Seite Ihres Geschäfts unter Einstellungen → Seite nach der Zahlung fest.
phone-note-training-loopback = Trainingsmodus: Ein Handy kann diesen Code nicht öffnen. Um es mit einem Handy auszuprobieren, schalten Sie in den Einstellungen „QR-Code mit einem Handy ausprobieren“ ein.
phone-note-training-lan = Trainingsmodus: Handys im Netz dieses Geschäfts können diesen Code öffnen und mit einer Testkarte bezahlen.
phone-lan-shared-simulator = Die Zahlungsseite des Trainings wird nicht im Netz des Geschäfts bereitgestellt: Ein anderer Till-Prozess auf diesem Computer betreibt den Trainingssimulator. Schließen Sie ihn und starten Sie Till neu.
phone-lan-external-simulator = Die Zahlungsseite des Trainings wird nicht im Netz des Geschäfts bereitgestellt: Till verwendet den Simulator unter { $address } ({ $variable }).
phone-lan-bind = Die Zahlungsseite des Trainings konnte nicht unter { $address } bereitgestellt werden ({ $error }). Vielleicht verwendet ein anderes Programm diesen Port: Setzen Sie { $variable } auf einen anderen, oder schalten Sie „QR-Code mit einem Handy ausprobieren“ in den Einstellungen aus.
phone-lan-not-an-address = { $variable }={ $typed } ist keine IP-Adresse: Setzen Sie sie auf die Adresse dieses Computers im Netz des Geschäfts, z. B. 192.168.1.20.
phone-lan-no-address = Till hat auf diesem Computer keine Netzwerkadresse gefunden ({ $error }): Verbinden Sie ihn mit dem Netz des Geschäfts, oder schalten Sie „QR-Code mit einem Handy ausprobieren“ in den Einstellungen aus.
phone-lan-public-address = Die Netzwerkadresse { $address } dieses Computers ist keine private Adresse (Netz des Geschäfts), daher stellt Till die Zahlungsseite des Trainings dort nicht bereit. Setzen Sie { $variable } auf seine Adresse im Netz des Geschäfts, oder schalten Sie „QR-Code mit einem Handy ausprobieren“ in den Einstellungen aus.
phone-lan-no-random = Das Betriebssystem hat keine Zufallszahlen für das Token der Trainingsseite geliefert: { $error }

## Kopf- und Statusleiste.

app-training-banner = Trainingsmodus — es fließt kein echtes Geld. Zahlungen gehen an Tills eingebauten Stripe-Simulator; verwenden Sie die Testkarten von Stripe (4242 4242 4242 4242 zahlt).
app-open-settings = Einstellungen öffnen
app-views =
    .aria-label = Ansichten
tab-register = Kasse
tab-history = Verlauf
tab-members = Mitglieder
tab-settings = Einstellungen
tab-testcards = Testkarten
app-owner-lock = Inhaber abmelden
    .title = Inhaber abmelden: das Personal sieht nur die Kasse
mode-training = TRAINING
    .title = Trainingsmodus: Verkäufe gehen an Tills eingebauten Stripe-Simulator, es fließt kein echtes Geld
mode-test = TEST
mode-live = LIVE
app-starting = Wird gestartet…
app-shortcuts = / Suche · F9 Kassieren · F6 Bar · F7 erneut öffnen · F8 Stornieren · F4 Leeren · F2 Mitglied suchen · F10 Kasse
app-sync-catalog = Katalog abgleichen
app-check-status = Status prüfen

## Kasse: Produkte und Suche.

products-title = Produkte
search =
    .placeholder = Suchen oder scannen (/)
    .aria-label = Produkte suchen oder Barcode scannen
member-lookup-open = Mitglied suchen
    .title = Ein Mitglied per E-Mail suchen (F2)
categories =
    .aria-label = Kategorien
category-all = Alle
category-favourites = ★ Favoriten
products-loading = Katalog wird geladen…

## Kasse: der Warenkorb.

cart-title = Aktueller Verkauf
cart-clear = Leeren
    .title = Warenkorb leeren (F4)
cart-empty = Der Warenkorb ist leer. Tippen Sie auf ein Produkt oder scannen Sie einen Barcode.
cart-subtotal = Zwischensumme
register-open-price = Freier Preis
register-misc = Sonstiges
    .title = Einen anderen Artikel zu einem eingegebenen Betrag hinzufügen
    .aria-label = Einen anderen Artikel zu einem eingegebenen Betrag hinzufügen
adjust-open-title = Betrag — { $name }
adjust-open-add = Hinzufügen
adjust-coupon-button = Gutschein
adjust-tip-button = Trinkgeld
adjust-close = Schließen (Esc)
adjust-tip-amount =
    .aria-label = Trinkgeldbetrag
    .placeholder = Anderer Betrag
adjust-tip-set = Trinkgeld setzen
adjust-coupon-title = Gutschein
adjust-tip-title = Trinkgeld
adjust-no-coupon = Kein Gutschein
adjust-no-tip = Kein Trinkgeld
adjust-no-coupons = Für diese Währung sind keine Gutscheine synchronisiert. Der Inhaber legt sie in Stripe an; „Katalog synchronisieren“ holt sie.
adjust-tip-percent = { $percent } %
tip-settings-title = Trinkgeld
tip-settings-presets = Trinkgeld-Vorgaben (Prozent des Verkaufs, bis zu 4, z. B. 10, 15, 20)
tip-settings-ask = Vor dem Kassieren nach Trinkgeld fragen
tip-settings-save = Trinkgeld-Einstellungen speichern
adjust-discount-button = Rabatt
adjust-discount-title = Manueller Rabatt
adjust-no-discount = Kein Rabatt
adjust-discount-amount =
    .aria-label = Rabatt: ein Betrag oder ein Prozentsatz wie 10%
    .placeholder = 2,50 oder 10%
adjust-discount-reason =
    .aria-label = Grund für den Rabatt
    .placeholder = Grund (im Verlauf des Verkaufs festgehalten)
adjust-discount-set = Rabatt geben
adjust-discount-note = Ein Betrag oder ein Prozentsatz der Artikel, mit Grund. Der Inhaber oder eine Führungskraft gibt ihn: Ist niemand von ihnen angemeldet, wird die Inhaber-PIN abgefragt.
adjust-price-title = Preis — { $name }
adjust-price-note = Der Preis für ein Stück, mit Grund. Der Inhaber oder eine Führungskraft setzt ihn: Ist niemand von ihnen angemeldet, wird die Inhaber-PIN abgefragt.
adjust-price-set = Preis setzen
adjust-price-reason =
    .aria-label = Grund für den neuen Preis
    .placeholder = Grund (im Verlauf des Verkaufs festgehalten)
adjust-price-amount =
    .aria-label = Neuer Preis pro Stück
    .placeholder = Neuer Preis
cart-line-price = Preis von { $name } ändern
cart-line-was = vorher { $was }
cart-total = Summe
cart-email = E-Mail des Kunden (optional)
cart-email-membership = Mitgliedschaft — E-Mail des Kunden erforderlich
cart-email-input =
    .aria-label = E-Mail des Kunden
    .placeholder = kunde@example.com
cart-email-invalid = Das ist keine E-Mail-Adresse (wie name@example.com). Prüfen Sie sie und geben Sie sie erneut ein.

## Kasse: die Zahlung.

checkout-title = Zahlung
checkout-preparing = Zahlungsseite wird vorbereitet…
checkout-note = Die Zahlungsseite ist im Browser geöffnet. Der Kunde kann den Code auch mit dem Handy scannen.
checkout-qr =
    .aria-label = QR-Code der Zahlungsseite
checkout-open = Erneut öffnen
    .title = Zahlungsseite erneut öffnen (F7)
checkout-cancel = Verkauf stornieren
    .title = Verkauf stornieren (F8)
checkout-retry = Erneut versuchen
checkout-back = Zurück zum Warenkorb
    .title = Zurück zum Warenkorb, Artikel bleiben (Esc)
checkout-new = Neuer Verkauf
    .title = Neuer Verkauf (Eingabe)
recent-title = Letzte Verkäufe

## Sätze der Kasse (main.js).

register-pay-first = Schließen Sie zuerst die laufende Zahlung ab oder stornieren Sie sie.
register-sale-over = Dieser Verkauf ist beendet: drücken Sie zuerst „Neuer Verkauf“ (Eingabe) oder „Zurück zum Warenkorb“.
register-many-matches = { $count } Produkte passen zu „{ $query }“: tippen Sie auf eines oder schreiben Sie weiter.
register-no-match = Kein Produkt passt zu „{ $query }“.
register-no-products = Noch keine Produkte. Drücken Sie „Katalog abgleichen“, um sie von Stripe zu laden.
register-each = je { $unit }
register-one-less = Ein { $name } weniger
register-one-more = Ein { $name } mehr
register-remove = { $name } entfernen
register-charge = Kassieren
    .title = Kassieren (F9)
register-charge-total = { $total } kassieren
register-new-sale = Neuer Verkauf
register-new-sale-empties = Warenkorb leeren, neuer Verkauf
register-back-to-register = Zurück zur Kasse
register-after-not-paid = { $items ->
        [one] Der Warenkorb enthält noch 1 Artikel. „Zurück zum Warenkorb“ behält ihn zum erneuten Kassieren (Esc); „Warenkorb leeren, neuer Verkauf“ beginnt neu (Eingabe).
       *[other] Der Warenkorb enthält noch { $items } Artikel. „Zurück zum Warenkorb“ behält sie zum erneuten Kassieren (Esc); „Warenkorb leeren, neuer Verkauf“ beginnt neu (Eingabe).
    }
register-after-test-run = Ein Testkarten-Lauf: der Warenkorb der Kasse ist unverändert.
register-cancel-title = Diesen Verkauf stornieren?
register-cancel-text = Der Kunde zahlt womöglich gerade { $amount }. Stornieren schließt die Zahlungsseite; hat er schon bezahlt, verbucht Till den Verkauf als bezahlt. (F8 noch einmal storniert.)
register-cancel-yes = Verkauf stornieren
register-cancel-no = Weiter warten
register-recent-label = { $time }, { $amount }, { $status }
register-recent-about = { $id } · { $time } · { $amount } · { $status }
register-time-up = Die Zeit ist um: der Verkauf wird storniert…
register-cancels-in = Wird automatisch storniert in { $minutes }:{ $seconds }
register-qr-alt = QR-Code der Zahlungsseite
register-no-recent = Noch keine Verkäufe.
register-synced = Katalog abgeglichen: { $count } Preise.
register-ready = Till { $version } · { $mode ->
        [training] Trainingsmodus
        [test] Testmodus
       *[live] Live-Modus
    } · bereit

## Rückerstattung (history.js).

refund-hint = Bis zu { $refundable }. Teilerstattungen sind möglich; der Verkauf bleibt bezahlt.
refund-all = Alles eintragen ({ $refundable })
refund-placeholder = Betrag
refund-empty = Geben Sie den zu erstattenden Betrag ein (bis zu { $refundable }).
refund-title = An den Kunden erstatten?
refund-question = { $amount } von { $total } auf { $card } erstatten?
refund-question-no-card = { $amount } von { $total } auf die Karte des Kunden erstatten?
refund-what-full = Damit wird alles erstattet, was vom Verkauf übrig ist. Stripe überweist das Geld zurück; das lässt sich nicht rückgängig machen.
refund-what-part = Stripe überweist das Geld zurück; das lässt sich nicht rückgängig machen. Der Verkauf bleibt bezahlt.
refund-yes = { $amount } erstatten
refund-cash-question = { $amount } bar aus der Kasse zurückgeben? Der Kassenbericht zählt es; der Verkauf bleibt bezahlt.
refund-cash-sent = Erstattung erfasst: { $amount } bar aus der Kasse.
refund-split-question = { $card } auf die Karte erstatten und { $cash } bar aus der Kasse zurückgeben? Das lässt sich nicht rückgängig machen; der Verkauf bleibt bezahlt.
refund-split-yes = { $card } + { $cash } erstatten
refund-cash-amount =
    .placeholder = Bar
    .aria-label = Davon bar
refund-no = Nicht erstatten
refund-sent = Rückerstattung an Stripe gesendet.

## Einstellungen (index.html und settings.js).

settings-view =
    .aria-label = Einstellungen
settings-key-title = Stripe-Schlüssel
settings-no-key = Kein Schlüssel: Till läuft im Trainingsmodus mit seinem eingebauten Simulator.
settings-key-restricted = eingeschränkter Schlüssel
settings-key-secret = geheimer Schlüssel
settings-key-from-environment = aus STRIPE_SECRET_KEY (hat Vorrang vor dem Schlüsselbund)
settings-key-verified = geprüft { $when }
settings-permissions = Berechtigungen für einen eingeschränkten Schlüssel (empfohlen; alles andere „Keine“)
settings-permissions-probed = Berechtigungen dieses eingeschränkten Schlüssels
settings-permission-optional = (optional)
settings-key-label = Schlüssel aus dem Stripe-Dashboard → Entwickler → API-Schlüssel einfügen
settings-key-input =
    .placeholder = rk_test_… oder sk_test_…
settings-live-warning = Dies ist ein Live-Schlüssel: echte Karten werden belastet.
settings-live-type = Geben Sie zur Bestätigung LIVE ein.
settings-type-live = Geben Sie LIVE (in Großbuchstaben) ein, um einen Live-Schlüssel zu bestätigen, oder leeren Sie das Feld, um abzubrechen.
settings-key-save = Schlüssel prüfen und speichern
settings-key-replace = Schlüssel prüfen und ersetzen
settings-key-checking = Wird bei Stripe geprüft…
settings-key-remove = Schlüssel entfernen
settings-key-remove-question = Schlüssel entfernen? Till kehrt in den Trainingsmodus zurück; verbuchte Verkäufe bleiben, wie sie sind.
settings-key-remove-yes = Entfernen
settings-key-remove-no = Behalten
settings-keyring-note = Schlüssel werden nur in { $keyring } aufbewahrt; Till zeigt sie nie wieder an.
settings-key-saved = Schlüssel gespeichert: Till läuft jetzt im Modus { $mode ->
        [training] TRAINING
        [test] TEST
       *[live] LIVE
    }.
settings-key-removed = Schlüssel entfernt: Till läuft jetzt im Trainingsmodus.
settings-webhook-title = Webhook-Signaturgeheimnis
settings-optional = optional
settings-webhook-not-set = Nicht festgelegt: Till erfährt von Zahlungen, indem es Stripe und dessen Events-API abfragt.
settings-webhook-label = Das whsec_…-Geheimnis, das ausgibt:
settings-webhook-save = Geheimnis speichern
settings-webhook-remove = Geheimnis entfernen
settings-webhook-saved = Webhook-Signaturgeheimnis gespeichert.
settings-register-title = Kasse
settings-running = läuft im Modus { $mode ->
        [training] TRAINING
        [test] TEST
       *[live] LIVE
    }
settings-register-name = Name der Kasse
settings-register-id = Kassen-ID
settings-register-id-note = (kennzeichnet die Sitzungen dieser Kasse bei Stripe)
settings-currency = Standardwährung
settings-locale = Anzeigeformat
settings-locale-language = Automatisch ({ $locale })
settings-language = Sprache
settings-language-system = System ({ $name })
settings-timeout = Zeitlimit der Zahlung am Bildschirm (Minuten, 1–30)
settings-success-url = Seite nach der Zahlung (Handys der Kunden)
settings-lan = QR-Code mit einem Handy ausprobieren
settings-cancel-url = Abbruch-URL
settings-cancel-own-page = Tills eigene Seite auf diesem Computer
settings-cancel-no-back-link = Keine: die Stripe-Seite zeigt keinen Zurück-Link
settings-save = Einstellungen speichern
settings-saved = Einstellungen gespeichert.
settings-logs-in = Protokolle liegen in
settings-open-logs = Protokollordner öffnen

## Inhaber-PIN (history.js).

history-pin-title = Inhaber-PIN
history-pin-choose = Inhaber-PIN festlegen
history-pin-note-set = Verlauf, Mitglieder, Rückerstattungen, Berichte, Katalog und Einstellungen fragen danach. 4 bis 12 Ziffern. Das Personal kann ohne sie weiter verkaufen.
history-pin-note-unlock = Verlauf, Mitglieder, Rückerstattungen, Berichte, Katalog und Einstellungen brauchen die Inhaber-PIN.
history-pin-input =
    .aria-label = Inhaber-PIN
history-pin-again = Dieselbe PIN noch einmal, zur Bestätigung
history-pin-continue = Weiter
history-pin-cancel = Abbrechen
history-pin-locked = Zu viele falsche PINs. Versuchen Sie es in { $seconds } s erneut.
history-pin-differ = Die beiden PINs sind verschieden. Geben Sie zweimal dieselbe PIN ein.

## Verlauf: Filter, Liste, Summen, Export.

history-view =
    .aria-label = Verkaufsverlauf
history-list-title = Verkäufe
history-from = Von
history-to = Bis
history-status = Status
history-currency = Währung
history-register = Kasse
history-mode = Modus
history-search = Suche
history-search-input =
    .placeholder = z. B. Latte
    .title = Ein Produkt, eine E-Mail oder ein Verkauf, cs_- oder pi_-ID
history-show = Anzeigen
history-any-status = Alle
history-any-currency = Alle
history-any-register = Alle
history-state = { $state ->
        [creating] Wird vorbereitet
        [awaiting_payment] Wartet
        [canceling] Wird storniert
        [processing] Wird verarbeitet
        [paid] Bezahlt
        [failed] Fehlgeschlagen
        [expired] Abgelaufen
        [canceled] Storniert
       *[other] { $state }
    }
history-col-time = Zeit
history-col-items = Artikel
history-col-amount = Betrag
history-no-match = Keine Verkäufe passen zu diesen Filtern.
history-more = Mehr laden
history-lines = eine Zeile pro Position
history-export = CSV exportieren
    .title = CSV der gefilterten Verkäufe, in Ihren Download-Ordner
history-total-paid = { $paid } von { $sales } bezahlt · brutto { $gross }
history-total-refunded = erstattet { $refunded } · Durchschnitt { $average }
history-total-tenders = Karte { $card } · bar { $cash }
history-exported-sales = { $rows ->
        [one] { $rows } Verkauf exportiert nach { $path }
       *[other] { $rows } Verkäufe exportiert nach { $path }
    }
history-exported-lines = { $rows ->
        [one] { $rows } Position exportiert nach { $path }
       *[other] { $rows } Positionen exportiert nach { $path }
    }

## Verlauf: ein Verkauf und seine Rückerstattung.

history-side-title = Verkauf, Bericht und Katalog
history-tab-sale = Verkauf
history-tab-report = Bericht
history-tab-catalog = Katalog
history-choose-sale = Wählen Sie einen Verkauf, um seine Artikel, Stripe-IDs, Rückerstattungen und den ganzen Verlauf zu sehen.
history-fact-sale = Verkauf
history-fact-created = Erstellt
history-fact-register = Kasse
history-summary-tender-line = { $tender } ({ $currency }): { $sales } bezahlt, { $total } — bar { $cash }, Karte { $card }
history-fact-tender = Bezahlt mit
history-tender = { $tender ->
        [card] Karte
        [cash] Bar
        [split] Bar und Karte
       *[other] { $tender }
    }
history-cash-line = { $amount } bar: { $tendered } gegeben, { $change } zurück
history-fact-customer = Kunde
history-fact-session = Sitzung
history-fact-payment-intent = PaymentIntent
history-fact-refunded = Erstattet
history-fact-refundable = Erstattbar
history-refunds = Rückerstattungen
history-timeline = Zeitleiste
history-refund-heading = Rückerstattung
history-refund-reason =
    .aria-label = Grund
history-reason-customer = Vom Kunden angefordert
history-reason-duplicate = Doppelt
history-reason-fraudulent = Betrügerisch
history-reason-none = Kein Grund
history-refund-submit = Erstatten…
history-refund-refresh = Stripe nach ausstehenden Rückerstattungen fragen

## Verlauf: Berichte und Tagesabschluss.

history-by = Nach
history-by-day = Tag
history-by-week = Woche
history-report-week-of = Woche ab { $start }
history-by-month = Monat
history-report-period = Zeitraum
history-report-sales = Verkäufe
history-gross = Brutto
history-refunded = Erstattet
history-net = Netto
history-report-empty = Keine bezahlten Verkäufe in diesem Zeitraum.
history-chart-alt = Brutto pro { $period ->
        [day] Tag
        [week] Woche
       *[month] Monat
    } in { $currency }
history-average = Durchschnitt { $average }
history-summary-day =
    .aria-label = Tag des Abschlusses
history-summary-show = Tagesabschluss
history-summary-print = Drucken
history-summary-title = Tagesabschluss — { $day }
history-summary-meta = { $register } · { $mode ->
        [training] Trainingsmodus
        [test] Testmodus
       *[live] Live-Modus
    } · gedruckt { $printed }
history-summary-paid = Bezahlt
history-summary-average = Durchschnitt
history-summary-state = { $state }: { $count }
history-summary-gross = Von Kunden bezahlt ({ $currency })
history-summary-discounts = Rabatte
history-summary-tax-row = { $label } auf { $net }
history-summary-tips = Trinkgelder (kein Umsatz)
history-summary-tips-tender = Trinkgelder, { $tender }
history-summary-net = Nettoumsatz (ohne Steuer und Trinkgeld)
history-summary-none = Keine Verkäufe an diesem Tag.
history-summary-truncated = Nur die ersten 500 Verkäufe sind aufgeführt; die Summen zählen alle.

## Verlauf: der Katalog.

history-new-product = Neues Produkt in Stripe
history-product-name = Name
history-product-description = Beschreibung
history-product-price = Preis
history-product-billing = Abrechnung
history-billing-once = Einmalig
history-billing-month = Monatlich
history-billing-year = Jährlich
history-billing-week = Wöchentlich
history-billing-day = Täglich
history-product-sku = Artikelnummer
history-product-barcode = Barcode
history-product-category = Kategorie
history-product-tax-rate = Steuersatz
history-product-tax-default = Standard des Geschäfts
history-product-create = In Stripe anlegen
history-products-here = Produkte dieser Kasse
history-product-created = { $id } in Stripe angelegt.
history-archive = Archivieren
history-archive-confirm = Archivieren? Noch einmal klicken
history-favourite = Favoritenseite
history-favourite-up = Auf der Favoritenseite nach oben
history-favourites-hint = ★ legt ein Produkt auf die Favoritenseite der Kasse, die das Personal zuerst sieht; ▲ schiebt es nach oben.
history-archived = { $name } archiviert.

## The Catalog tab's tax rates and coupons (index.html and history.js).
catalog-tax-rates = Steuersätze
catalog-tax-rates-empty = Noch keine Steuersätze: Verkäufe tragen keine Steuer, bis Sie einen anlegen.
catalog-tax-rate-new = Neuer Steuersatz in Stripe
catalog-tax-rate-name = Name
catalog-tax-rate-percentage = Prozentsatz
catalog-tax-rate-country = Land
catalog-tax-rate-jurisdiction = Gebiet
catalog-tax-rate-inclusive = In den Preisen enthalten (MwSt.); ohne Haken wird er aufgeschlagen
catalog-tax-rate-create = Steuersatz anlegen
catalog-tax-rate-what = { $inclusive ->
    [yes] { $percentage }, in den Preisen enthalten
   *[no] { $percentage }, wird aufgeschlagen
}
catalog-tax-rate-default = Standard
catalog-tax-rate-make-default = Zum Standard machen
catalog-tax-rate-no-default = Kein Standard
catalog-tax-rate-created = Steuersatz { $name } in Stripe angelegt.
catalog-tax-rate-archive-title = Steuersatz { $name } archivieren?
catalog-tax-rate-archive-text = Bereits getätigte Verkäufe behalten ihn. Produkte, die ihn nennen, können erst wieder verkauft werden, wenn sie einen anderen Satz nennen.
catalog-tax-rate-archived = Steuersatz { $name } archiviert.
catalog-keep = Behalten
catalog-coupons = Gutscheine
catalog-coupons-empty = Noch keine Gutscheine.
catalog-coupon-new = Neuer Gutschein in Stripe
catalog-coupon-name = Name
catalog-coupon-percent = Prozent Rabatt
catalog-coupon-amount = Oder Betrag Rabatt
catalog-coupon-max = Höchstens einlösbar
catalog-coupon-create = Gutschein anlegen
catalog-coupon-created = Gutschein { $name } in Stripe angelegt.
catalog-coupon-delete = Löschen
catalog-coupon-delete-title = Gutschein { $name } löschen?
catalog-coupon-delete-text = Das Personal kann ihn nicht mehr anwenden. Verkäufe, die ihn genutzt haben, behalten ihn.
catalog-coupon-deleted = Gutschein { $name } gelöscht.

## Mitglieder (index.html und members.js).

members-status = { $status ->
        [active] Aktiv
        [trialing] Testphase
        [past_due] Überfällig
        [unpaid] Unbezahlt
        [canceled] Gekündigt
        [incomplete] Unvollständig
        [incomplete_expired] Abgelaufen
        [paused] Pausiert
       *[other] { $status }
    }
members-email-required = Eine Mitgliedschaft braucht die E-Mail des Kunden: hier eingeben, dann Kassieren.
members-membership-note = { $membership }. Stripe sendet Belege und Verlängerungshinweise an diese Adresse; das Personal sucht das Mitglied darüber.
members-verdict-past-due = Überfällig — einlassen, um Aktualisierung der Karte bitten
members-verdict-in = { $status } — einlassen
members-verdict-out = { $status } — kein Zutritt
members-state = { $status }.
members-state-until = { $status } bis { $end }, dann endet sie.
members-state-failed = { $status }: die Verlängerungszahlung ist fehlgeschlagen.
members-state-renews = { $status }, verlängert sich am { $end }.
members-unreadable = Das Mitglied konnte nicht gelesen werden: { $error }
members-recorded = Mitglied verbucht: { $member } — { $state }
members-recorded-later = Das Mitglied erscheint in der Liste, sobald Stripe das Abonnement meldet.
members-ending = endet zum Periodenende
members-period-ends = Aktuelle Periode endet { $end }
members-period-ended = Periode endete { $end }
members-lookup-title = Mitglied suchen
members-lookup-close = Schließen (Esc)
members-lookup-email =
    .placeholder = mitglied@example.com
    .aria-label = E-Mail des Mitglieds
members-lookup-submit = Suchen
members-none = Keine Mitgliedschaft für { $email }
members-view =
    .aria-label = Mitglieder
members-status-label = Status
members-status-select =
    .aria-label = Mitglieder mit diesem Status anzeigen
members-all-statuses = Alle Status
members-reload = Aktualisieren
members-col-email = E-Mail
members-plan = Tarif
members-period-end = Periodenende
members-empty = Keine Mitglieder mit diesem Status.
members-side =
    .aria-label = Mitglied
members-choose = Wählen Sie ein Mitglied, um seine Stripe-IDs und den ganzen Verlauf zu sehen und zum Periodenende zu kündigen.
members-payment-failed = Zahlung fehlgeschlagen
members-signed-out = Der Inhaber ist abgemeldet: öffnen Sie Mitglieder erneut und geben Sie die PIN ein.
members-cancels-at-period-end = Kündigung zum Periodenende
members-customer = Kunde
members-subscription = Abonnement
members-sale = Verkauf
members-updated = Aktualisiert
members-yes = ja
members-no = nein
members-cancel = Zum Periodenende kündigen
members-this-member = dieses Mitglied
members-cancel-question = { $plan } von { $member } zum Ende der Periode ({ $end }) kündigen? Der Zutritt bleibt bis dahin; Stripe rechnet nichts mehr ab.
members-cancel-question-no-end = { $plan } von { $member } zum Ende der Periode kündigen? Der Zutritt bleibt bis dahin; Stripe rechnet nichts mehr ab.
members-cancel-yes = Ja, zum Periodenende kündigen
members-cancel-no = Behalten
members-ask-again = Stripe erneut fragen
members-ended = Diese Mitgliedschaft ist beendet; es gibt nichts zu kündigen.
members-scheduled = Die Kündigung ist vorgemerkt: Stripe beendet die Mitgliedschaft zum Ende der Periode.
members-confirmed-ended = Von Stripe bestätigt: die Mitgliedschaft ist beendet. { $summary }
members-confirmed-scheduled = Von Stripe bestätigt: die Mitgliedschaft endet zum Ende der Periode, { $end }; keine weiteren Verlängerungen.
members-confirmed-scheduled-no-end = Von Stripe bestätigt: die Mitgliedschaft endet zum Ende der Periode; keine weiteren Verlängerungen.
members-no-cancellation = Stripe hat geantwortet, zeigt aber keine Kündigung: { $summary }
members-stripe-says = Stripe meldet: { $summary }
members-summary-period-end = Periodenende
members-summary-ending = { $status } bis { $until }, dann endet sie (Kündigung geplant).
members-summary-active-failed = Aktiv — verlängert sich am { $until }. Eine kürzliche Zahlung ist fehlgeschlagen; prüfen Sie die Karte des Mitglieds.
members-summary-active = Aktiv — verlängert sich am { $until }.
members-summary-trialing = Testphase bis { $until }.
members-summary-past-due = Überfällig — die letzte Verlängerungszahlung ist fehlgeschlagen. Stripe versucht es erneut: Bitten Sie das Mitglied, seine Karte zu aktualisieren.
members-summary-unpaid = Unbezahlt — Verlängerungszahlungen sind fehlgeschlagen. Kein Zugang, bis bezahlt ist.
members-summary-canceled-on = Gekündigt — Zugang endete am { $date }.
members-summary-canceled = Gekündigt — kein Zugang.
members-summary-incomplete = Unvollständig — die erste Zahlung ist nicht durchgegangen. Noch kein Zugang.
members-summary-incomplete-expired = Vor der ersten Zahlung abgelaufen. Kein Zugang.
members-summary-paused = Pausiert — kein Zugang, bis sie fortgesetzt wird.
members-summary-other = Status { $status }.
members-summary-set-to-end = Sie endet am { $until }.

## Testkarten (index.html und testcards.js).

testcards-title = Testkarten
testcards-note = Jeder Lauf belastet den kleinsten gültigen Betrag. Zahlen Sie mit der angezeigten Karte; Till verbucht, was Stripe meldet, und markiert Abweichungen.
testcards-card = Karte
testcards-should = Erwartet
testcards-last-run = Letzter Lauf
testcards-run = Ausführen
testcards-history = Bisherige Läufe
testcards-export = CSV exportieren
testcards-copy = Kopieren
testcards-copy-title = Nummer kopieren
testcards-no-runs = Noch keine Läufe.
testcards-payment-on-screen = Schließen Sie zuerst die Zahlung an der Kasse ab oder stornieren Sie sie.
testcards-waiting = wartet auf den Kunden
testcards-3ds-step = ein 3D-Secure-Schritt
testcards-declined = abgelehnt — { $code }
testcards-result = { $result ->
        [paid] bezahlt
        [expired] abgelaufen
        [canceled] storniert
        [failed] fehlgeschlagen
       *[other] { $result }
    }
testcards-3ds-then = 3D Secure, dann { $result }
testcards-verdict-ok = { $outcome } ✓
testcards-verdict-mismatch = { $outcome } — ABWEICHUNG
testcards-expected = erwartet: { $outcome }
testcards-mismatch = ABWEICHUNG: { $outcome }
testcards-mode = { $mode ->
        [training] Training
        [test] Test
       *[live] Live
    }
testcards-copied = { $number } kopiert
testcards-card-number = Kartennummer: { $number }
testcards-exported = Bisherige Läufe exportiert nach { $path }

## Belege (receipt.rs): die Wörter auf einem Beleg.

receipt-number = Beleg { $number }
receipt-sale = Verkauf { $id }
receipt-cashier = Es bediente Sie { $name }
receipt-tax-id = USt-IdNr. { $id }
receipt-phone = Tel. { $phone }
receipt-copy = *** KOPIE ***
receipt-gift = GESCHENKBELEG
receipt-refund = ERSTATTUNG
receipt-subtotal = Zwischensumme
receipt-discount = Rabatt
receipt-tip = Trinkgeld
receipt-rounding = Bargeldrundung
receipt-total = SUMME
receipt-tax-rate = { $name } { $rate }
receipt-tax-detail = netto { $net } · brutto { $gross }
receipt-cash = Bar
receipt-change = RÜCKGELD
receipt-card = Karte
receipt-refunded = Erstattet
receipt-refund-total = SUMME ERSTATTET
receipt-original-total = Ursprüngliche Summe
receipt-each = { $quantity } × { $price }
receipt-gift-line = { $quantity } × { $name }
receipt-scan-card = Scannen für Ihren Kartenbeleg
receipt-scan-sale = Verkaufsnummer

## Cash and the drawer (cash.js, the register)
cash-button = Bar · F6
    .title = Bar (F6)
cash-title = Barzahlung
cash-offline = Bargeld braucht kein Netz: Stripe wird nicht gefragt.
cash-drawer-closed = Die Kasse ist nicht geöffnet. Öffnen Sie sie mit dem Wechselgeld, bevor Sie Bargeld annehmen.
cash-open-drawer = Kasse öffnen
cash-tendered = Gegeben
cash-quick =
    .aria-label = Schnellbeträge
cash-change-due = Rückgeld
cash-complete = Abschließen (Enter)
cash-cancel = Abbrechen (Esc)
cash-rounding = Bargeldrundung: { $rounding } auf { $total }.
cash-split = Teilen: Rest per Karte
cash-split-line = Rest per Karte: { $card }
cash-balance-title = Der Rest bar
split-line = Bar { $cash } · Karte { $card }
split-unpaid = Der Kartenteil ({ $card }) wurde nicht bezahlt; die { $cash } bar sind erfasst. Karte erneut versuchen, den Rest bar nehmen oder den Verkauf stornieren.
split-retry = Karte erneut versuchen
split-balance = Rest bar nehmen
split-void = Stornieren: { $cash } zurückgeben
split-void-title = Verkauf stornieren?
split-void-text = { $cash } aus der Kasse an den Kunden zurückgeben und den Verkauf stornieren?
split-void-yes = Stornieren und zurückgeben
split-void-no = Verkauf behalten
split-voided = Storniert: { $cash } aus der Kasse zurückgegeben.
split-retried = Eine neue Zahlungsseite für den Kartenteil.
drawer-rounding-label = Bargeldrundung
drawer-rounding-save = Speichern (Inhaber)
drawer-rounding-none = keine
drawer-rounding-current = Bargeld wird auf { $step } gerundet.
drawer-rounding-off = Bargeld wird nicht gerundet.
drawer-rounding-hint = Kleinster Schritt für Barzahlungen (keine: auf den Cent). Karten werden nie gerundet.
drawer-rounding-hint-usual = Kleinster Schritt für Barzahlungen (keine: auf den Cent); üblich für diese Währung: { $usual }. Karten werden nie gerundet.
drawer-z-list = Z-Berichte (Inhaber)
drawer-z-line = Z { $number } · geschlossen { $closed } · gezählt { $counted } · Differenz { $variance }
drawer-z-none = Noch kein Z-Bericht: der erste Kassenabschluss erstellt ihn.
drawer-button = Kasse
    .title = Die Kassenlade: Wechselgeld, Einlage und Entnahme, X-Bericht, Abschluss (F10)
drawer-title = Kassenlade
drawer-close-dialog = Schließen (Esc)
drawer-count-total = Oder der Gesamtbetrag
drawer-move-amount =
    .aria-label = Betrag der Einlage oder Entnahme
    .placeholder = Betrag
drawer-move-reason =
    .aria-label = Warum Bargeld hinein oder hinaus geht
    .placeholder = Grund
drawer-paid-in = Einlage
drawer-paid-out = Entnahme (Inhaber)
drawer-no-sale = Ohne Verkauf
drawer-x = X-Bericht
drawer-start-close = Kasse abschließen…
drawer-state-closed = Die Kasse ist geschlossen. Zählen Sie das Wechselgeld, um sie zu öffnen.
drawer-state-open = Offen seit { $since } · Wechselgeld { $float } · Soll { $expected }
drawer-count-float = Wechselgeld zählen
drawer-count-close = Bargeld in der Kasse zählen
drawer-open-button = Kasse öffnen
drawer-close-button = Abschließen und Z-Bericht erstellen
drawer-x-title = X-Bericht: die Schicht bisher
drawer-z-title = Z-Bericht { $number }
drawer-count-of = Anzahl { $denomination }
drawer-recorded = Erfasst.
drawer-owner-needed = Eine Entnahme braucht den Inhaber: Öffnen Sie den Verlauf, geben Sie die Inhaber-PIN ein und kommen Sie zurück.
drawer-row = { $key ->
        [float] Wechselgeld
        [cash_sales] Barverkäufe
        [cash_refunds] Bar-Erstattungen
        [paid_in] Einlagen
        [paid_out] Entnahmen
        [no_sales] Ohne Verkauf
        [rounding] Bargeldrundung
        [expected] Soll in der Kasse
        [counted] Gezählt
        [variance] Differenz
        [sales_card] Kartenverkäufe
        [sales_cash] Barverkäufe (gesamt)
        [sales_split] Geteilte Zahlungen
        [card_sales] Per Karte
       *[card_refunds] Karten-Erstattungen
    }

## Receipts (receipt.js)

receipt-button = Beleg
receipt-title = Beleg
receipt-title-gift = Geschenkbeleg
receipt-title-copy = Beleg (Kopie)
receipt-title-refund = Erstattungsbeleg
receipt-refund-button = Erstattungsbeleg
receipt-close = Schließen (Esc)
receipt-gift-button = Geschenkbeleg
receipt-print = Drucken
receipt-printed = Beleg gedruckt auf { $printer }.
receipt-no-printer = Kein Belegdrucker eingestellt: unter Einstellungen → Belege wählen.
receipt-email-live = Stripe sendet den Beleg per E-Mail an { $email }.
receipt-email-test = Testmodus: Stripe sendet keinen Beleg per E-Mail an { $email } (Testzahlungen gehen nur an Adressen Ihres eigenen Teams).
receipt-email-training = Trainingsmodus: Es geht kein Beleg per E-Mail an { $email } (Stripe sendet im Testmodus keine).
receipt-reprint = Beleg erneut drucken
receipt-test-printed = Testseite gedruckt auf { $printer }.
receipt-settings-title = Belege
receipt-settings-shop-name = Name des Geschäfts (leer: Name der Kasse)
receipt-settings-address = Adresse (bis zu 4 Zeilen)
receipt-settings-tax-id = Steuernummer
receipt-settings-phone = Telefon
receipt-settings-footer = Fußzeile (bis zu 4 Zeilen)
receipt-settings-printer = Drucker (192.168.1.50:9100, /dev/usb/lp0 oder cups:WARTESCHLANGE; leer: keiner)
receipt-settings-paper = Papier
receipt-settings-paper-80 = 80 mm
receipt-settings-paper-58 = 58 mm
receipt-settings-code-page = Zeichensatz
receipt-settings-code-page-pc858 = PC858 (Westeuropa, €)
receipt-settings-code-page-pc437 = PC437 (USA, ohne €)
receipt-settings-code-page-wpc1252 = Windows-1252
receipt-settings-code-page-kanji = Shift_JIS Kanji (japanische Modelle)
receipt-settings-drawer-pin = Anschluss der Kassenlade
receipt-settings-drawer-pin-2 = Pin 2 (üblich)
receipt-settings-drawer-pin-5 = Pin 5 (zweite Lade)
receipt-settings-copies = Exemplare (1–5)
receipt-settings-print-mode = Belege drucken
receipt-settings-auto = Automatisch nach Zahlung
receipt-settings-ask = Wenn das Personal Drucken drückt
receipt-settings-never = Nie (nur am Bildschirm)
receipt-settings-kick = Kassenlade öffnen, wenn Bargeld angenommen wird, und bei „Ohne Verkauf“
receipt-settings-save = Beleg-Einstellungen speichern
receipt-settings-test = Testseite drucken

## Parked sales (parked.js)
parked-button = { $count ->
        [0] Parken · F3
       *[other] Geparkt ({ $count }) · F3
    }
    .title = Diesen Verkauf parken oder einen geparkten fortsetzen (F3)
parked-title = Geparkte Verkäufe
parked-close = Schließen (Esc)
parked-label =
    .placeholder = Anna, Tisch 4…
    .aria-label = Bezeichnung: Name des Kunden oder ein Tisch
parked-park = Verkauf parken
parked-list =
    .aria-label = Geparkte Verkäufe
parked-none = An dieser Kasse ist kein Verkauf geparkt.
parked-row-meta = { $items } · { $total } · geparkt { $time }
parked-old = Vor langer Zeit geparkt
parked-changed-price = { $name } kostet jetzt { $now } (war { $was })
parked-changed-gone = { $name } wird nicht mehr verkauft und entfällt
parked-changed-coupon = Der Gutschein { $name } ist nicht mehr gültig und entfällt
parked-changed-adjustments = Rabatt, Gutschein oder Trinkgeld passen nicht mehr zum Warenkorb und entfallen
parked-resume = Fortsetzen
parked-resume-changed = Zu heutigen Preisen fortsetzen
parked-drop = Verwerfen
parked-drop-title = Diesen geparkten Verkauf verwerfen?
parked-drop-text = „{ $label }“ ({ $total }) wird aus der Liste entfernt. Es wurde nichts bezahlt, also wird nichts erstattet.
parked-drop-yes = Verwerfen
parked-drop-no = Behalten
parked-done = Geparkt als „{ $label }“.
parked-resumed = „{ $label }“ ist wieder in der Kasse.

## The report's chart (made in Rust: crates/till-domain/src/chart.rs, crates/till-core/src/history.rs)
chart-title = { $currency } brutto pro { $period ->
        [day] Tag
        [week] Woche
       *[month] Monat
    } — { $from } bis { $to }
chart-empty = Keine bezahlten Verkäufe in diesem Zeitraum.
chart-max = max. { $amount }
chart-card = Karte
chart-cash = bar
chart-refunded = erstattet
chart-bar = { $gross } brutto ({ $card } Karte, { $cash } bar), { $refunded } erstattet, { $sales ->
        [one] { $sales } Verkauf
       *[other] { $sales } Verkäufe
    }
## The customer's screen: the register's switch and Settings (screen.js), where it is (the core), and the customer's own page (customer.js)
screen-button = Kundenanzeige
    .title = Kundenanzeige ein- oder ausschalten
screen-settings-title = Kundenanzeige
screen-settings-switch = Kundenanzeige
screen-settings-auto = Ein, wenn ein zweiter Bildschirm angeschlossen ist
screen-settings-on = Ein (ein normales Fenster bei einem Bildschirm)
screen-settings-off = Aus
screen-settings-monitor = Bildschirm
screen-settings-monitor-auto = Der erste Bildschirm, der nicht der Kasse gehört
screen-settings-monitor-name = { $name } ({ $width }×{ $height })
screen-settings-monitor-register = { $name } ({ $width }×{ $height }) – der Kasse
screen-settings-welcome = Begrüßung (leer: „Willkommen!“)
screen-settings-save = Kundenanzeige speichern
screen-settings-saved = Kundenanzeige gespeichert.
customer-screen-closed = Die Kundenanzeige ist aus.
customer-screen-window = Die Kundenanzeige ist ein normales Fenster (kein zweiter Bildschirm dafür).
customer-screen-on = Die Kundenanzeige ist im Vollbild auf { $monitor }.
customer-screen-monitor-gone = Der Bildschirm der Kundenanzeige wurde getrennt.
customer-welcome = Willkommen!
customer-order-title = Ihre Bestellung
customer-total = Summe
customer-scan = Zum Bezahlen scannen
customer-qr-alt = QR-Code der Zahlungsseite: mit der Handykamera scannen
customer-receipt-scan = Scannen für Ihren Beleg
customer-receipt-alt = QR-Code Ihres Belegs: mit der Kamera Ihres Telefons scannen
customer-tendered = Gegeben
customer-change = Rückgeld
customer-thank-you = Vielen Dank!
customer-status-preparing = Einen Moment – die Zahlung wird vorbereitet …
customer-status-waiting = Scannen Sie den Code mit der Handykamera, um zu bezahlen.
customer-status-three-d-secure = Bestätigen Sie die Zahlung bei Ihrer Bank (3D Secure).
customer-status-declined = Ihre Karte wurde abgelehnt – bitte versuchen Sie eine andere Karte.
customer-status-processing = Ihre Zahlung wird verarbeitet …
customer-status-paid = Bezahlt.
customer-status-failed = Die Zahlung ist nicht durchgegangen.
customer-status-expired = Die Zahlungsseite ist abgelaufen.
customer-status-canceled = Die Zahlung wurde storniert.

## Returns by line (returns.js)
return-button = Artikel zurücknehmen…
return-title = Artikel zurücknehmen
return-close = Schließen (Esc)
return-note = { $tender ->
    [cash] Wählen Sie, wie viele von jedem Artikel zurückkommen. Der Betrag wird bar aus der Kasse erstattet.
   *[card] Wählen Sie, wie viele von jedem Artikel zurückkommen. Der Betrag geht auf die Karte zurück, mit der bezahlt wurde.
}
return-line-meta = je { $unit } · { $sold } verkauft{ $returned ->
    [0] {""}
   *[other] , { $returned } bereits zurückgenommen
}
return-all-back = Alles zurückgenommen
return-quantity = Wie viele { $name } zurückkommen
return-total = { $tender ->
    [cash] Bar: { $amount }
   *[card] Auf die Karte: { $amount }
}
return-none = Wählen Sie für mindestens einen Artikel, wie viele zurückkommen.
return-submit = Zurücknehmen und erstatten…
return-question = { $tender ->
    [cash] { $items ->
        [one] 1 Artikel
       *[other] { $items } Artikel
    } zurücknehmen und { $amount } bar aus der Kasse erstatten?
   *[card] { $items ->
        [one] 1 Artikel
       *[other] { $items } Artikel
    } zurücknehmen und { $amount } auf die Karte erstatten?
}
return-yes = { $amount } erstatten
return-no = Verkauf so lassen
return-done = Artikel zurückgenommen: { $amount } erstattet.
return-error-nothing = Wählen Sie mindestens eine Zeile und wie viele davon zurückkommen.
return-error-unknown-line = Verkauf { $sale } hat keine Zeile mit dem Preis { $price }: Wählen Sie eine seiner Zeilen.
return-error-quantity = Geben Sie an, wie viele { $name } zurückkommen (1 oder mehr).
return-error-exceeds = { $asked } × { $name } können nicht zurückkommen: { $sold } verkauft, { $returned } bereits zurückgenommen, also höchstens { $left } weitere.
return-error-too-large = Diese Mengen sind zu groß.
return-error-adjusted = Verkauf { $sale } hatte einen Rabatt oder aufgeschlagene Steuer, daher ist der Preis einer Zeile nicht das, was dafür bezahlt wurde: Erstatten Sie ihn nach Betrag.
return-error-split = Verkauf { $sale } wurde teils bar und teils mit Karte bezahlt: Erstatten Sie ihn nach Betrag und geben Sie an, wie viel auf die Karte und wie viel bar zurückgeht.

## Refund refusals (the core: refunds.rs)
refund-error-reason = { $reason } ist kein Erstattungsgrund: Verwenden Sie { $reasons }.
refund-error-use-cash = Verkauf { $sale } wurde bar bezahlt, nicht mit Karte: Erstatten Sie ihn bar aus der Kasse.
refund-error-exceeds-card = Das ist mehr, als beim Verkauf { $sale } (bar und Karte) auf die Karte zurückgehen kann (vom Kartenteil sind noch { $left } übrig). Erstatten Sie den Rest bar.
refund-error-no-cash = Verkauf { $sale } hat kein Bargeld eingenommen, also geht davon nichts bar zurück. Erstatten Sie ihn auf die Karte.
refund-error-exceeds-cash = Das ist mehr, als beim Verkauf { $sale } bar zurückgehen kann (noch { $left } von { $taken } bar eingenommen). Geben Sie höchstens { $left } ein.
refund-error-split-nothing = Geben Sie an, wie viel auf die Karte, wie viel bar oder beides zurückgeht.
refund-error-not-split = Verkauf { $sale } ist ein { $tender ->
        [card] Kartenverkauf
        [cash] Barverkauf
       *[other] Verkauf ({ $tender })
    }, nicht bar und mit Karte bezahlt: Erstatten Sie ihn über seine eine Zahlungsart.
refund-error-drawer-closed = Die Kasse ist nicht geöffnet, also kann kein Bargeld zurückgehen. Öffnen Sie sie zuerst mit dem Wechselgeld; es wurde nichts erstattet.
refund-error-lines-exceed = Diese Zeilen ergeben { $amount }, mehr als beim Verkauf { $sale } noch auf die Karte zurückgehen kann ({ $left }).
refund-error-membership = Verkauf { $sale } hat eine Mitgliedschaft verkauft: Seine Zahlung ist die erste Rechnung des Abonnements, die Till nicht erstattet. Erstatten Sie die Rechnung im Stripe-Dashboard und kündigen Sie die Mitgliedschaft unter Mitglieder, falls sie enden soll.
refund-error-zero = Eine Erstattung muss mehr als null betragen.
refund-error-refunded = Verkauf { $sale } wurde bereits vollständig erstattet.
refund-error-too-large = { $amount } ist mehr, als bei diesem Verkauf noch zu erstatten ist ({ $left }). Geben Sie höchstens { $left } ein.
refund-error-no-payment = Zu Verkauf { $sale } ist keine Stripe-Zahlung erfasst, also gibt es nichts über Stripe zu erstatten. Prüfen Sie ihn im Stripe-Dashboard.
refund-error-no-payment-short = Zu Verkauf { $sale } ist keine Stripe-Zahlung erfasst.
refund-error-not-paid = Verkauf { $sale } ist nicht bezahlt (Status: { $state ->
        [creating] Wird vorbereitet
        [awaiting_payment] Wartet
        [canceling] Wird storniert
        [processing] Wird verarbeitet
        [failed] Fehlgeschlagen
        [expired] Abgelaufen
        [canceled] Storniert
       *[other] { $state }
    }): Nur ein bezahlter Verkauf kann erstattet werden.
refund-error-offline = { $failure }, also wurde nichts erstattet und nichts geändert. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.
refund-error-unconfirmed = Stripe hat nicht geantwortet ({ $failure }). Die Erstattung wurde vielleicht ausgeführt, vielleicht nicht: Ihr Betrag bleibt reserviert, und Till fragt mit demselben Schlüssel erneut nach (Stripe erstattet dafür nie zweimal), wenn Sie erstatten, aktualisieren oder diesen Verkauf erneut öffnen.
refund-error-refused = Stripe hat die Erstattung abgelehnt: { $failure }. Es wurde nichts erstattet.

## Cart, register and parked-sale refusals (the core: till-domain's cart.rs, register.rs, parked.rs)
sale-misc-line = Sonstiges
register-error-open-price-zero = Geben Sie einen Betrag über null ein.
register-error-not-open-price = { $name } hat einen festen Preis: Tippen Sie auf die Kachel, um den Artikel hinzuzufügen.
sale-manual-discount = Manueller Rabatt
register-error-discount-needs-owner = Ein manueller Rabatt braucht den Inhaber oder eine Führungskraft, angemeldet an der Kasse. Bitten Sie sie, sich anzumelden (der Inhaber mit der Inhaber-PIN).
register-error-discount-reason = Geben Sie den Grund für den Rabatt an (1 bis 200 Zeichen): Der Verlauf des Verkaufs hält ihn fest.
register-error-discount-zero = Geben Sie einen Rabatt über null ein.
register-error-override-needs-owner = Einen Preis zu ändern braucht den Inhaber oder eine Führungskraft, angemeldet an der Kasse. Bitten Sie sie, sich anzumelden (der Inhaber mit der Inhaber-PIN).
register-error-override-reason = Geben Sie den Grund für den geänderten Preis an (1 bis 200 Zeichen): Der Verlauf des Verkaufs hält ihn fest.
register-error-override-zero = Geben Sie einen Preis über null ein. Um den Artikel zu verschenken, fragen Sie den Inhaber nach einem Rabatt.
register-error-override-recurring = { $name } ist eine Mitgliedschaft: Ihr Preis ist der, den ihr Abonnement abrechnet. Ändern Sie ihn in Stripe.
sale-discount = Rabatt
sale-tip-line = Trinkgeld
timeline-session-created-canceling = Stripe hat die Checkout-Sitzung { $session } zurückgegeben; sie wird beendet, um den Abbruch abzuschließen.
timeline-session-created = Checkout-Sitzung { $session } erstellt; warten auf den Kunden.
timeline-session-refused-canceled = Stripe hat die Checkout-Sitzung nicht erstellt ({ $reason }); nichts zu beenden, Verkauf abgebrochen.
timeline-session-refused = Stripe hat die Checkout-Sitzung nicht erstellt: { $reason }
timeline-declined = Karte abgelehnt ({ $code }).
timeline-declined-message = Karte abgelehnt ({ $code }): { $message }
timeline-three-d-secure = Der Kunde schließt 3-D Secure ab.
timeline-paid = Bezahlt { $amount }; PaymentIntent { $intent }.
timeline-completed-unpaid = Checkout abgeschlossen mit einer Zahlungsmethode, die die Bank später bestätigt.
timeline-completed-unpaid-intent = Checkout abgeschlossen mit einer Zahlungsmethode, die die Bank später bestätigt. PaymentIntent { $intent }.
timeline-delayed-paid = Die verzögerte Zahlung war erfolgreich: bezahlt { $amount }; PaymentIntent { $intent }.
timeline-delayed-failed = Die verzögerte Zahlung ist fehlgeschlagen: { $reason }
timeline-expired-canceled = Die Checkout-Sitzung ist abgelaufen; Verkauf abgebrochen.
timeline-expired = Die Checkout-Sitzung ist abgelaufen, bevor der Kunde bezahlt hat.
timeline-cancel-requested = Das Personal hat den Verkauf abgebrochen; Stripe wird gebeten, die Checkout-Sitzung zu beenden.
timeline-cancel-confirmed = Stripe hat die Checkout-Sitzung wie gewünscht beendet; Verkauf abgebrochen.
timeline-cancel-too-late = Der Abbruch kam zu spät.
timeline-amount-mismatch = Warnung: Der Betrag von Stripe ({ $stripe }) weicht vom Kartenanteil des Verkaufs ({ $expected }) ab.
timeline-reconcile-session = Checkout-Sitzung { $session } ist { $status } / { $payment }
timeline-reconcile-session-amount = Checkout-Sitzung { $session } ist { $status } / { $payment }, { $amount }
timeline-reconcile-session-intent = Checkout-Sitzung { $session } ist { $status } / { $payment }, PaymentIntent { $intent }
timeline-reconcile-session-amount-intent = Checkout-Sitzung { $session } ist { $status } / { $payment }, { $amount }, PaymentIntent { $intent }
timeline-state = { $state ->
        [creating] „Wird vorbereitet“
        [awaiting_payment] „Wartet“
        [canceling] „Wird storniert“
        [processing] „Wird verarbeitet“
        [paid] „Bezahlt“
        [failed] „Fehlgeschlagen“
        [expired] „Abgelaufen“
        [canceled] „Storniert“
       *[other] { $state }
    }
timeline-reconcile-corrected = Abgleich: Das Verkaufsjournal sagte { $state }, aber { $session }. Nach Stripe korrigiert.
timeline-reconcile-imported = Beim Abgleich aus Stripe übernommen: Checkout-Sitzung { $session } der Kasse { $register }, { $lines } Position(en), { $amount }.
member-timeline-status = { $status ->
        [active] aktiv
        [trialing] in der Testphase
        [past_due] überfällig
        [unpaid] unbezahlt
        [canceled] gekündigt
        [incomplete] unvollständig
        [incomplete_expired] abgelaufen
        [paused] pausiert
       *[other] { $status }
    }
member-timeline-a-membership = Mitgliedschaft
member-timeline-recorded = Mitgliedschaft erfasst: { $plan }, { $status }.
member-timeline-recorded-until = Mitgliedschaft erfasst: { $plan }, { $status }, der aktuelle Zeitraum endet am { $end }.
member-timeline-status-changed = Status { $from } → { $to }.
member-timeline-past-due = Die Verlängerungszahlung ist fehlgeschlagen; Stripe versucht es erneut. Bitten Sie das Mitglied, seine Karte zu aktualisieren.
member-timeline-ended = Die Mitgliedschaft ist beendet: Zugang entzogen.
member-timeline-cancel-scheduled = Endet zum Schluss des Zeitraums ({ $end }).
member-timeline-cancel-scheduled-no-date = Endet zum Schluss des Zeitraums (Datum unbekannt).
member-timeline-cancel-withdrawn = Die geplante Kündigung wurde zurückgenommen.
member-timeline-period-ends = Der aktuelle Zeitraum endet jetzt am { $end }.
member-timeline-updated = Angaben aktualisiert.
member-timeline-an-invoice = (ohne Nummer)
member-timeline-amount-not-given = Betrag nicht angegeben
member-timeline-amount-unknown = unbekannter Betrag
member-timeline-invoice-paid = Rechnung { $invoice } bezahlt: { $amount } ({ $reason ->
        [first] erste Zahlung
        [renewal] Verlängerung
       *[other] Zahlung
    }).
member-timeline-invoice-failed = Rechnung { $invoice }: { $reason ->
        [first] die erste Zahlung
        [renewal] die Verlängerungszahlung
       *[other] die Zahlung
    } über { $amount } ist fehlgeschlagen. Stripe versucht es erneut; bitten Sie das Mitglied, seine Karte zu aktualisieren.
member-timeline-invoice-failed-attempt = Rechnung { $invoice }: { $reason ->
        [first] die erste Zahlung
        [renewal] die Verlängerungszahlung
       *[other] die Zahlung
    } über { $amount } ist fehlgeschlagen, Versuch { $attempt }. Stripe versucht es erneut; bitten Sie das Mitglied, seine Karte zu aktualisieren.
timeline-charge-pressed = Kassieren gedrückt: { $lines } Position(en), { $total }.
timeline-split-pressed = Teilen gedrückt: { $lines } Position(en), { $total }; { $cash } bar ({ $parts } Teil(e)), { $card } per Karte.
timeline-paid-cash = Bar bezahlt: { $tendered } gegeben, { $change } Rückgeld.
timeline-cash-rounding = Bargeldrundung { $rounding }.
timeline-price-override = Preis von { $name } von { $was } auf { $now } geändert: { $reason }.
timeline-manual-discount = Manueller Rabatt { $amount }: { $reason }.
timeline-promotion-code = Der Kunde hat den Aktionscode { $code } verwendet: { $discount } Rabatt; Stripe hat { $charged } berechnet (verlangt: { $asked }).
timeline-no-promotion-code = Es wurde kein Aktionscode verwendet.
timeline-refund-cash = { $amount } bar aus der Kasse erstattet, auf Wunsch des Inhabers.
timeline-refund = Erstattung { $refund } über { $amount }: { $status }.
timeline-refund-asked = Erstattung { $refund } über { $amount }, vom Inhaber veranlasst: { $status }.
timeline-refund-failed = Erstattung { $refund } über { $amount }: { $status } ({ $why }).
timeline-split-voided = Storniert, nachdem der Kartenteil beendet war ({ $state }): das Bargeld aus der Kasse zurückgegeben.
timeline-split-cash-balance = Kartenteil beendet ({ $state }); Restbetrag { $balance } bar angenommen: { $tendered } gegeben, { $change } Rückgeld.
timeline-split-retried = Karte erneut versucht als Verkauf { $next }, der das Bargeld dieses Verkaufs übernimmt.
timeline-split-retry-created = Karte erneut versucht für Verkauf { $sale }: das Bargeld übernommen, der Rest per Karte.
sale-promotion-code-discount = Code { $code }
cart-promotion-codes = Aktionscode: Der Kunde gibt ihn auf der Stripe-Seite ein
recurring-every = { $count ->
        [1] { $interval ->
            [day] Tag
            [week] Woche
            [month] Monat
           *[year] Jahr
        }
       *[other] { $count } { $interval ->
            [day] Tage
            [week] Wochen
            [month] Monate
           *[year] Jahre
        }
    }
recurring-label = { $amount } / { $every }
cart-membership = Mitgliedschaft, Abrechnungszeitraum: { $every }
cart-error-coupon-and-promotion-codes = Stripe nimmt einen Gutschein oder einen vom Kunden eingegebenen Aktionscode, nicht beides. Entfernen Sie zuerst eines davon.
cart-error-promotion-codes-need-card = Der Kunde gibt einen Aktionscode auf der Kartenseite von Stripe ein, daher kann dieser Verkauf nur per Karte bezahlt werden. Schalten Sie Aktionscodes unter Gutschein aus, um bar zu kassieren.
checkout-error-promotion-codes-with-tip = Stripe würde einen Aktionscode auch vom Trinkgeld abziehen. Entfernen Sie das Trinkgeld oder schalten Sie Aktionscodes unter Gutschein aus.
checkout-error-promotion-codes-membership = Eine Mitgliedschaft kann an der Kasse keinen Aktionscode erhalten. Schalten Sie Aktionscodes unter Gutschein aus oder verkaufen Sie die Mitgliedschaft einzeln.
adjust-promotion-codes = Kunde gibt einen Aktionscode ein
adjust-promotion-codes-detail = auf der Stripe-Seite
cart-tax-exclusive = { $name } { $rate }
cart-tax-inclusive = inkl. { $name } { $rate }
cart-error-empty = Der Warenkorb ist leer. Fügen Sie vor dem Kassieren mindestens einen Artikel hinzu.
cart-error-mixed-currency = Dieser Verkauf ist in { $cart }, aber { $name } kostet in { $item }. Ein Verkauf hat eine Währung: Schließen Sie diesen Verkauf zuerst ab oder leeren Sie ihn.
cart-error-quantity-range = Die Menge von { $name } muss zwischen 1 und 999 liegen (verlangt: { $quantity }).
cart-error-quantity-below-one = Die Menge von { $name } kann nicht unter 1 fallen. Nehmen Sie den Artikel mit „Entfernen“ aus dem Verkauf.
cart-error-too-many-lines = Ein Verkauf fasst höchstens 100 verschiedene Artikel. Kassieren Sie diesen Verkauf und tippen Sie den Rest als neuen ein.
cart-error-line-not-found = Dieser Artikel ist nicht mehr im Warenkorb. Aktualisieren Sie und versuchen Sie es erneut.
cart-error-price-conflict = { $name } ist bereits zu einem anderen Preis im Warenkorb. Gleichen Sie den Katalog ab, leeren Sie dann den Verkauf und tippen Sie ihn neu ein.
cart-error-invalid-item = Dieser Artikel kann nicht verkauft werden: Seine Katalogdaten sind beschädigt ({ $reason }). Gleichen Sie den Katalog ab; bleibt der Fehler, prüfen Sie das Produkt im Stripe-Dashboard.
cart-error-mixed-schedules = { $first } (Abrechnungszeitraum: { $first_every }) und { $other } (Abrechnungszeitraum: { $other_every }): Ein Mitgliedschaftsverkauf kann nur einen Abrechnungszeitraum haben. Verkaufen Sie sie als zwei Verkäufe.
cart-error-too-many-memberships = Ein Mitgliedschaftsverkauf fasst höchstens 20 wiederkehrende Artikel. Verkaufen Sie den Rest in einem zweiten Verkauf.
cart-error-membership-needs-card = Eine Mitgliedschaft verlängert sich per Karte und kann daher nicht bar bezahlt werden. Kassieren Sie sie mit Karte.
discounts-error-tax-name = Ein Steuersatz braucht einen Namen mit 1 bis 50 Zeichen (MwSt., Umsatzsteuer).
discounts-error-country = Das Land besteht aus zwei Buchstaben (DE, US) oder bleibt leer.
discounts-error-jurisdiction = Die Rechtsordnung hat höchstens 50 Zeichen (NY) oder bleibt leer.
discounts-error-coupon-name = Ein Gutschein braucht einen Namen mit 1 bis 40 Zeichen (er steht auf dem Verkauf und dem Beleg).
discounts-error-coupon-value = Ein Gutschein zieht entweder einen Prozentsatz (10) oder einen Betrag (5,00) ab, mehr als null. Füllen Sie eines davon aus.
discounts-error-coupon-max = Die Zahl der Einlösungen ist mindestens 1 oder bleibt leer für unbegrenzt.
pricing-error-empty = Der Verkauf hat keine Artikel. Fügen Sie zuerst einen Artikel hinzu.
pricing-error-zero-quantity = Eine Zeile hat die Menge 0. Entfernen Sie die Zeile oder setzen Sie eine Menge von mindestens 1.
pricing-error-negative-price = Eine Zeile hat einen negativen Preis. Prüfen Sie den Preis des Artikels im Katalog.
pricing-error-unknown-tax-rate = Der Steuersatz { $id } ist nicht bekannt (vielleicht wurde er archiviert). Aktualisieren Sie den Katalog oder wählen Sie einen anderen Steuersatz für das Produkt.
pricing-error-invalid-percent = „{ $input }“ ist kein Prozentsatz. Geben Sie eine Zahl von 0 bis 100 mit höchstens vier Nachkommastellen ein.
pricing-error-empty-coupon = Der Gutschein { $coupon } zieht nichts ab. Wählen Sie einen anderen Gutschein.
pricing-error-coupon-currency = Der Gutschein { $coupon } gilt für Verkäufe in { $coupon_currency }, dieser Verkauf ist in { $sale_currency }. Wählen Sie einen Gutschein in { $sale_currency } oder einen Prozent-Gutschein.
pricing-error-discount-exceeds-sale = Der Rabatt ({ $discount }) ist höher als der Verkauf ({ $subtotal }). Wählen Sie einen kleineren Rabatt oder fügen Sie zuerst die Artikel hinzu.
pricing-error-tip-currency = Das Trinkgeld ist in { $tip_currency }, dieser Verkauf ist in { $sale_currency }. Geben Sie das Trinkgeld in { $sale_currency } ein.
pricing-error-negative-tip = Ein Trinkgeld kann nicht negativ sein. Geben Sie es ohne Minuszeichen ein oder wählen Sie „Kein Trinkgeld“.
pricing-error-tip-too-large = Das Trinkgeld ({ $tip }) ist höher als der Verkauf selbst ({ $sale }). Prüfen Sie das Trinkgeld; Till nimmt höchstens { $limit } an.
pricing-error-total-too-large = Die Summe des Verkaufs liegt über Stripes Höchstbetrag für eine Zahlung ({ $maximum }). Teilen Sie den Verkauf in kleinere auf.
coupon-off = { $off } Rabatt
register-error-unknown-coupon = Im synchronisierten Katalog gibt es keinen Gutschein { $coupon }. Synchronisieren Sie den Katalog oder wählen Sie einen aus der Liste.
register-error-coupon-expired = Der Gutschein { $coupon } ist bei Stripe abgelaufen oder aufgebraucht. Wählen Sie einen anderen Gutschein.
register-error-favourites-full = { $max ->
        [one] Auf die Favoritenseite passt höchstens 1 Produkt; lösen Sie zuerst eines.
       *[other] Auf die Favoritenseite passen höchstens { $max } Produkte; lösen Sie zuerst eines.
    }
register-error-favourite-twice = { $price } steht zweimal auf der Favoritenseite; behalten Sie es einmal.
register-error-favourite-unknown = In der Währung dieser Kasse gibt es kein Produkt mit dem Preis { $price }. Gleichen Sie den Katalog ab und wählen Sie erneut.
register-error-no-product = Im Katalog gibt es kein Produkt mit dem Preis { $price }. Gleichen Sie den Katalog ab und versuchen Sie es erneut.
register-error-unknown-code = Kein Produkt hat den Barcode oder die Artikelnummer { $code }. Prüfen Sie den Code oder suchen Sie nach dem Namen.
register-error-park-empty = Der Warenkorb ist leer: Es gibt nichts zu parken.
register-error-park-charging = Die Zahlung dieses Verkaufs läuft. Brechen Sie zuerst die Zahlung ab und parken Sie dann den Verkauf.
register-error-busy = In der Kasse ist ein Verkauf. Kassieren, parken oder leeren Sie ihn, bevor Sie einen anderen fortsetzen.
register-error-nothing-sold = Von dem, was als { $label } geparkt ist, wird nichts mehr verkauft. Verwerfen Sie es und tippen Sie den Verkauf neu ein.
register-error-prices-changed = Seit { $label } geparkt wurde: { $changes }. Setzen Sie ihn zu heutigen Preisen fort oder lassen Sie ihn geparkt.
parked-changed-gone-short = { $name } wird nicht mehr verkauft
parked-changed-coupon-short = der Gutschein { $name } ist nicht mehr gültig
parked-changed-adjustments-short = Rabatt, Gutschein oder Trinkgeld passen nicht mehr zum Warenkorb
parked-error-label-missing = Geben Sie dem geparkten Verkauf eine Bezeichnung – den Namen des Kunden oder einen Tisch –, damit er wiedergefunden wird.
parked-error-label-invalid = { $max ->
        [one] Die Bezeichnung eines geparkten Verkaufs hat höchstens 1 Zeichen in einer Zeile; kürzen Sie sie.
       *[other] Die Bezeichnung eines geparkten Verkaufs hat höchstens { $max } Zeichen in einer Zeile; kürzen Sie sie.
    }
parked-error-unreadable = Der geparkte Verkauf { $label } konnte nicht gelesen werden ({ $error }). Verwerfen Sie ihn und tippen Sie ihn neu ein.
parked-error-gone = Der geparkte Verkauf { $id } ist an dieser Kasse nicht mehr geparkt (bereits fortgesetzt oder verworfen). Aktualisieren Sie die Liste.

## Split, drawer and checkout refusals (the core: split.rs, drawer.rs, checkout.rs)
split-error-no-cash = Eine Teilung braucht einen Baranteil. Geben Sie das Bargeld ein, das der Kunde gibt, oder wählen Sie Karte.
split-error-currency = Das Bargeld wurde in { $counted } gezählt, aber der Verkauf ist in { $currency }. Zählen Sie es in { $currency }.
split-error-part-zero = Jeder Baranteil muss mehr als null betragen. Geben Sie ein, was der Kunde dafür übergibt.
split-error-membership = Eine Mitgliedschaft verlängert sich per Karte und kann daher nicht mit Bargeld geteilt werden. Wählen Sie Karte.
split-error-sale-not-split = Verkauf { $sale } ist bereits ein { $tender ->
        [card] Kartenverkauf
        [cash] Barverkauf
       *[other] Verkauf ({ $tender })
    }. Schließen Sie ihn ab oder brechen Sie ihn ab, bevor Sie teilen.
split-error-other-amounts = Verkauf { $sale } wurde bereits mit anderen Beträgen geteilt. Schließen Sie ihn ab (sein Bereich zeigt das angenommene Bargeld) oder beginnen Sie einen neuen Verkauf.
split-error-not-split = Verkauf { $sale } ist ein { $tender ->
        [card] Kartenverkauf
        [cash] Barverkauf
       *[other] Verkauf ({ $tender })
    }, nicht bar und mit Karte bezahlt.
split-error-retried = Die Karte von Verkauf { $sale } wurde bereits als Verkauf { $next } erneut versucht, der sein Bargeld übernimmt. Schließen Sie stattdessen diesen Verkauf ab.
split-error-settled = Verkauf { $sale } ist bereits abgeschlossen ({ $kind ->
        [voided] storniert
        [paid_cash_balance] Rest bar bezahlt
       *[other] { $kind }
    }). Es ist nichts mehr zu tun; beginnen Sie einen neuen Verkauf.
split-error-card-open = Der Kartenteil von Verkauf { $sale } ist noch offen (Status: { $state ->
        [creating] Wird vorbereitet
        [awaiting_payment] Wartet
        [canceling] Wird storniert
        [processing] Wird verarbeitet
       *[other] { $state }
    }): Warten Sie die Antwort der Bank ab, bevor Sie ihn anders abschließen.
split-error-paid = Der Kartenteil von Verkauf { $sale } wurde bezahlt, bevor er storniert werden konnte, also bleibt der Verkauf bestehen. Erstatten Sie ihn stattdessen, wenn der Kunde das Geld zurück möchte.
split-error-unsettled = Bei Verkauf { $sale } wurde Bargeld angenommen, und sein Kartenteil wurde nicht bezahlt. Versuchen Sie die Karte erneut, nehmen Sie den Rest bar oder stornieren Sie ihn, bevor Sie neu beginnen.
drawer-error-sale-is-card = Verkauf { $sale } wird bereits mit Karte bezahlt. Brechen Sie ihn im Bezahlbereich ab, bevor Sie Bargeld annehmen.
drawer-error-move-zero = Geben Sie den eingelegten oder entnommenen Betrag ein (mehr als null).
drawer-error-move-reason = Geben Sie an, warum Bargeld eingelegt oder entnommen wird (bis zu 200 Zeichen), z. B. „Wechselgeld von der Bank“.
drawer-error-over-drawer = Die Kasse sollte nur { $expected } enthalten; { $amount } können nicht daraus entnommen werden. Prüfen Sie den Betrag.
drawer-error-closed = Die Kassenlade der Kasse { $till } ist nicht geöffnet, also gibt es keine Schicht für einen Bericht. Öffnen Sie sie zuerst mit dem Wechselgeld.
drawer-error-count-missing = Zählen Sie das Bargeld in der Kasse vor dem Schließen (geben Sie an, wie viele von jeder Münze und jedem Schein, oder den Gesamtbetrag). Eine Kasse ohne Bargeld wird als 0 gezählt.
drawer-error-no-z-report = Diese Kasse hat keinen Z-Bericht { $number }. Auflisten mit tillctl drawer z.
checkout-error-tip-membership = Eine Mitgliedschaft kann kein Trinkgeld enthalten. Entfernen Sie das Trinkgeld oder verkaufen Sie die Mitgliedschaft einzeln.
checkout-error-coupon-with-tip = Dieser Gutschein ist bei Stripe begrenzt und kann daher nicht auf einen Kartenverkauf mit Trinkgeld: Stripe würde ihn auch vom Trinkgeld abziehen. Entfernen Sie das Trinkgeld oder kassieren Sie bar oder geteilt.
checkout-error-email-required = Eine Mitgliedschaft braucht die E-Mail-Adresse des Kunden (Stripe schickt Belege und Verlängerungshinweise dorthin, und das Personal findet Mitglieder darüber). Fragen Sie danach und geben Sie sie in das E-Mail-Feld ein.
checkout-error-split-too-small = Der Kartenteil { $amount } von Verkauf { $sale } liegt unter dem Mindestbetrag von Stripe ({ $refused }). Nehmen Sie den Rest bar.
checkout-error-other-items = Verkauf { $sale } wurde bereits mit anderen Artikeln kassiert. Beginnen Sie für diesen Warenkorb einen neuen Verkauf.
checkout-error-not-created = { $failure }. Der Verkauf ist gespeichert; drücken Sie „Erneut versuchen“ (oder starten Sie Till neu), dann geht es mit derselben Anfrage weiter, sodass der Kunde nie doppelt belastet wird.
checkout-error-create-refused = { $failure }. Der Verkauf wurde als fehlgeschlagen markiert; es wurde nichts belastet.

## History's filter and report refusals (the core: history.rs)
history-error-date-range = Der Zeitraum endet ({ $to }), bevor er beginnt ({ $from }). Tauschen Sie die Daten.
history-error-status = { $status } ist kein Verkaufsstatus. Verwenden Sie einen von: { $states }.
history-error-register = Eine Kassen-ID hat höchstens 200 Zeichen.
history-error-staff = Eine Personal-ID hat höchstens 200 Zeichen (staff_…).
history-error-search-long = Eine Suche hat höchstens 200 Zeichen. Suchen Sie nach einem Namen, einer E-Mail-Adresse oder einer ID.
history-error-search-empty = Geben Sie Buchstaben oder Ziffern ein: einen Produktnamen, eine E-Mail-Adresse oder eine Verkaufs-, Sitzungs- oder PaymentIntent-ID.
history-error-cursor = Die Seitenposition ist ungültig; beginnen Sie wieder mit der ersten Seite.
history-error-period = { $period } ist kein Berichtszeitraum: Verwenden Sie day, week oder month.
history-error-report-range = Der Bericht endet ({ $to }), bevor er beginnt ({ $from }). Tauschen Sie die Daten.
history-error-report-days = { $max ->
        [one] Ein Bericht umfasst höchstens 1 Tag; wählen Sie einen kürzeren Zeitraum.
       *[other] Ein Bericht umfasst höchstens { $max } Tage; wählen Sie einen kürzeren Zeitraum.
    }

## Cash tender and count refusals (till-domain's tender.rs)
tender-error-currency = Das Bargeld wurde in { $counted } gezählt, aber der Verkauf ist in { $currency }. Zählen Sie es in { $currency }.
tender-error-negative = Der gegebene Betrag kann nicht negativ sein. Geben Sie ein, was der Kunde übergeben hat.
tender-error-too-large = Dieser gegebene Betrag liegt über dem größten Betrag, den Till annimmt. Prüfen Sie die Eingabe.
tender-error-short = Mit { $tendered } fehlen noch { $short } zu { $due }. Nehmen Sie mehr Bargeld oder den Rest mit „Bar und Karte“ per Karte.
tender-error-count-negative = Ein gezählter Betrag kann nicht negativ sein. Zählen Sie die Kasse erneut.
tender-error-denomination = { $denomination } ist keine Münze und kein Schein in { $currency }. Zählen Sie mit den angezeigten Stückelungen.
tender-error-pieces-negative = Eine Anzahl von Münzen oder Scheinen kann nicht negativ sein. Zählen Sie die Kasse erneut.
tender-error-count-too-large = Diese Zählung ist größer, als eine Kasse fasst. Prüfen Sie die eingegebenen Zahlen.
tender-error-split-no-cash = Eine Teilung braucht einen Baranteil. Geben Sie das Bargeld ein, das der Kunde gibt, oder wählen Sie Karte.
tender-error-covers-total = { $cash } bar decken die gesamten { $total }. Wählen Sie Bar statt Bar und Karte.
tender-error-balance-too-small = Die Karte würde mit { $card } belastet, und der Mindestbetrag von Stripe ist { $minimum }. Nehmen Sie höchstens { $most } bar oder alles bar. ({ $refused })

## Amount refusals (till-domain's money.rs)
money-error-unknown-currency = „{ $input }“ ist keine Währung, in der Stripe belasten kann. Verwenden Sie einen Code aus drei Buchstaben wie USD oder EUR.
money-error-unknown-locale = „{ $input }“ ist keine unterstützte Anzeigesprache. Wählen Sie en-US, en-GB, de-DE, fr-FR, es-ES oder ja-JP.
money-error-invalid = „{ $input }“ ist kein Betrag. { $hint }
money-hint-example = Geben Sie einen Betrag ein, zum Beispiel { $example }.
money-hint-comma = Geben Sie ihn mit einem Komma vor den Cent ein, zum Beispiel 29,50 oder 1.234,50.
money-hint-point = Geben Sie ihn mit einem Punkt vor den Cent ein, zum Beispiel 29.50 oder 1,234.50.
money-error-negative = „{ $input }“ ist negativ. Geben Sie den Betrag ohne Minuszeichen ein.
money-error-decimals = { $allowed ->
        [0] Beträge in { $currency } sind ganze Zahlen. Geben Sie den Betrag ohne Nachkommastellen ein.
        [one] Beträge in { $currency } haben höchstens 1 Nachkommastelle. Prüfen Sie den Betrag.
       *[other] Beträge in { $currency } haben höchstens { $allowed } Nachkommastellen. Prüfen Sie den Betrag.
    }
money-error-too-small = { $amount } liegt unter dem Mindestbetrag von Stripe von { $minimum }. Fügen Sie Artikel hinzu, um den Mindestbetrag zu erreichen, oder nehmen Sie eine andere Zahlungsart.
money-error-too-large = Der Betrag liegt über dem Höchstbetrag von Stripe für eine Belastung ({ $maximum }). Teilen Sie den Verkauf in kleinere auf.
money-error-precision = Stripe belastet { $currency } nur in Schritten von { $step }, und { $amount } ist keiner. Passen Sie den Betrag an.
money-error-mixed-currency = Beträge in { $expected } und { $found } lassen sich nicht addieren. Bleiben Sie bei einer Währung pro Verkauf.

## The catalog editor's refusals (the core: catalog_admin.rs)
catalog-error-draft-id = Die Entwurfs-ID des Formulars ist ungültig; öffnen Sie das Formular erneut und versuchen Sie es noch einmal.
catalog-error-name = Ein Produkt braucht einen Namen mit 1 bis 250 Zeichen.
catalog-error-description = Die Beschreibung hat höchstens 500 Zeichen.
catalog-error-price-zero = Ein Preis muss größer als null sein.
catalog-error-interval = { $interval } ist kein Abrechnungsintervall: Verwenden Sie day, week, month oder year, oder lassen Sie es für einen einmaligen Preis leer.
catalog-error-field-long = { $field ->
        [sku] Die Artikelnummer
        [barcode] Der Barcode
        [category] Die Kategorie
       *[other] { $field }
    } hat höchstens 100 Zeichen.
catalog-error-barcode = Ein Barcode besteht nur aus Buchstaben, Ziffern und Bindestrichen (was der Scanner eingibt).
catalog-error-unconfirmed = { $failure } Drücken Sie die Schaltfläche erneut: Till sendet Anfrage { $request } mit denselben Schlüsseln noch einmal, sodass Stripe sie nie doppelt anlegt.
catalog-error-conflict = Dieses Formular wurde bereits mit anderen Werten gesendet. Öffnen Sie das Formular erneut, um ein weiteres Produkt anzulegen.
catalog-error-product-id = { $id } ist keine Produkt-ID (prod_…).

## Settings' refusals and explanations (the core: settings.rs, phone.rs; till-print's setting.rs)
settings-error-register-name = Der Name der Kasse muss 1 bis { $max } Zeichen lang sein, z. B. „Vordere Theke“.
settings-error-currency = { $error } Wählen Sie eine Währung aus der Liste.
settings-error-locale = { $error } Wählen Sie ein Anzeigeformat aus der Liste.
settings-error-language = Till spricht die Sprache „{ $tag }“ nicht. Wählen Sie eine Sprache aus der Liste.
settings-error-timeout = Das Zeitlimit der Zahlung am Bildschirm muss 1 bis { $max } Minuten betragen (die Zahlungsseite von Stripe besteht 31 Minuten; Till bricht vorher ab).
settings-error-tip-preset = „{ $preset }“ ist keine Trinkgeld-Vorgabe: Geben Sie ganze Prozentzahlen von 1 bis { $max } an, durch Kommas getrennt (10, 15, 20).
settings-error-tip-repeated = { $preset } % steht zweimal in den Vorgaben. Geben Sie jeden Prozentsatz nur einmal an.
settings-error-tip-count = Höchstens { $max } Trinkgeld-Vorgaben passen in den Trinkgeld-Dialog. Entfernen Sie einige.
settings-error-cancel-url = Die Abbruch-URL muss eine Webadresse sein, die mit https:// beginnt (oder http:// für diesen Computer), z. B. https://shop.example/thanks. Lassen Sie sie leer, um Tills eigene Seite zu verwenden.
settings-error-print-mode = „{ $input }“ ist keine Wahl für den Belegdruck. Wählen Sie auto (drucken, wenn bezahlt), ask (drucken, wenn das Personal auf Drucken drückt) oder never.
settings-error-shop-field = { $field ->
        [name] Der Name des Geschäfts
        [tax-id] Die Steuernummer
       *[phone] Die Telefonnummer
    } muss eine Zeile mit höchstens { $max } Zeichen sein (die Breite eines 80-mm-Belegs).
settings-error-shop-lines = { $field ->
        [address] Die Adresse des Geschäfts
       *[footer] Die Fußzeile des Belegs
    } darf höchstens { $lines } Zeilen mit je höchstens { $max } Zeichen haben.
settings-error-copies = Die Exemplare müssen eine Zahl von 1 bis { $max } sein.
settings-error-return-port-stored = Der Port der Rückkehrseite { $port } in den Einstellungen ist keine Portnummer.
phone-explain-page = Die Webseite, die das Handy eines Kunden nach der Zahlung öffnet (die eigene öffentliche https-Seite Ihres Geschäfts; {"{"}CHECKOUT_SESSION_ID{"}"} wird durch die ID der Zahlung ersetzt); leer: Tills eigene Seite, die nur der Browser dieses Computers öffnen kann.
phone-explain-lan = Nur im Trainingsmodus: stellt die Zahlungsseite des Trainings unter der Netzwerkadresse dieses Computers bereit, mit einem geheimen Token in jedem Link, damit das Personal den QR-Code mit einem echten Handy scannen kann (nur Testkarten, kein echtes Geld).
phone-page-refused = Die Seite nach der Zahlung { $why }. Geben Sie die öffentliche Webseite Ihres Geschäfts ein, z. B. https://shop.example/thanks (sie darf {"{"}CHECKOUT_SESSION_ID{"}"} enthalten), oder lassen Sie das Feld leer.
phone-page-too-long = ist länger als { $max } Zeichen
phone-page-spaces = enthält Leerzeichen oder Zeilenumbrüche
phone-page-not-https = muss mit https:// beginnen (das Handy eines Kunden öffnet sie nach der Zahlung)
phone-page-user = darf keinen Benutzernamen und kein Passwort enthalten
phone-page-bad-host = hat einen fehlerhaften Hostnamen
phone-page-bad-port = hat einen fehlerhaften Port
phone-page-no-host = hat keinen Hostnamen
phone-page-local = zeigt auf diesen Computer, den das Telefon eines Kunden nicht erreichen kann
printer-setting-connection-missing = Geben Sie die Verbindung des Druckers ein: seine Netzwerkadresse (192.168.1.50), ein Gerät (/dev/usb/lp0) oder eine CUPS-Warteschlange (cups:QUEUE).
printer-setting-bad-connection = „{ $input }“ ist keine Druckerverbindung. Geben Sie die Adresse eines Netzwerkdruckers (192.168.1.50 oder 192.168.1.50:9100), ein Gerät oder eine Datei (/dev/usb/lp0) oder eine CUPS-Warteschlange (cups:QUEUE) ein.
printer-setting-bad-paper = „{ $input }“ ist keine Papierbreite, auf der Till druckt. Wählen Sie 58 (32 Spalten) oder 80 (48 Spalten).
printer-setting-bad-code-page = „{ $input }“ ist keine Codepage, die Till kennt. Wählen Sie pc858 (Westeuropa mit €, üblich), pc437, wpc1252 oder shift-jis-kanji (japanische Drucker mit Kanji).
printer-setting-bad-drawer-pin = „{ $input }“ ist kein Anschluss für die Kassenlade. Wählen Sie 2 (üblich) oder 5 (eine zweite Kassenlade).

## Key, webhook secret and membership refusals (the core: keys.rs, members.rs)
keys-error-empty = Es wurde kein Schlüssel eingegeben. Fügen Sie einen eingeschränkten Schlüssel (rk_test_… oder rk_live_…, empfohlen) oder einen geheimen Schlüssel (sk_…) ein. Kopieren Sie ihn aus dem Stripe-Dashboard → Entwickler → API-Schlüssel.
keys-error-publishable = Das ist ein veröffentlichbarer Schlüssel (pk_…): Mit ihm lassen sich keine Zahlungen erstellen. Till braucht einen eingeschränkten Schlüssel (rk_…, empfohlen) oder einen geheimen Schlüssel (sk_…). Kopieren Sie ihn aus dem Stripe-Dashboard → Entwickler → API-Schlüssel.
keys-error-webhook-secret-as-key = Das ist ein Webhook-Signaturgeheimnis (whsec_…), kein API-Schlüssel: Geben Sie es unter Webhook-Signaturgeheimnis ein.
keys-error-not-a-key = Das ist kein Stripe-API-Schlüssel: Er sollte mit rk_test_, rk_live_, sk_test_ oder sk_live_ beginnen. Kopieren Sie ihn aus dem Stripe-Dashboard → Entwickler → API-Schlüssel.
keys-error-incomplete = Dieser Schlüssel ist unvollständig oder enthält Leerzeichen oder Zeichen, die Stripe-Schlüssel nie haben. Kopieren Sie ihn aus dem Stripe-Dashboard → Entwickler → API-Schlüssel.
keys-error-webhook-empty = Es wurde kein Webhook-Signaturgeheimnis eingegeben. Es beginnt mit whsec_: `stripe listen` gibt es aus, und jeder Webhook-Endpunkt zeigt sein eigenes im Stripe-Dashboard → Entwickler → Webhooks.
keys-error-webhook-malformed = Das ist kein Webhook-Signaturgeheimnis. Es beginnt mit whsec_: `stripe listen` gibt es aus, und jeder Webhook-Endpunkt zeigt sein eigenes im Stripe-Dashboard → Entwickler → Webhooks.
keys-error-live-confirmation = Das ist ein Live-Schlüssel: Echte Karten werden belastet. Bestätigen Sie, dass Sie den Live-Modus meinen (geben Sie in den Einstellungen LIVE ein oder übergeben Sie tillctl --confirm-live).
keys-error-unsendable = Dieser Schlüssel enthält Zeichen, die nicht an Stripe gesendet werden können.
keys-error-mode-mismatch = Stripe hat für diesen { $mode ->
        [live] Live-Schlüssel
       *[other] Test-Schlüssel
    } { $seen ->
        [live] Live-Objekte
       *[other] Test-Objekte
    } zurückgegeben. Es wurde nichts gespeichert; prüfen Sie, ob es der gemeinte Schlüssel ist.
keys-error-missing-permissions = Diesem eingeschränkten Schlüssel fehlen Berechtigungen, die Till braucht: { $missing }. Bearbeiten Sie im Stripe-Dashboard → Entwickler → API-Schlüssel den Schlüssel ({ $key }), setzen Sie { $settings }, speichern Sie und geben Sie den Schlüssel erneut ein. Es wurde nichts gespeichert.
keys-permission-for = { $permission } für { $purpose }
keys-error-rejected = Stripe hat diesen Schlüssel abgelehnt ({ $key }): Er ist falsch eingegeben, wurde erneuert oder gelöscht. Kopieren Sie ihn erneut aus dem Stripe-Dashboard → Entwickler → API-Schlüssel. Es wurde nichts gespeichert.
keys-error-unreachable = Till konnte Stripe nicht erreichen, um den Schlüssel zu prüfen: Dieser Computer scheint offline zu sein, oder eine Firewall blockiert Stripe. Prüfen Sie die Internetverbindung und versuchen Sie es erneut. Es wurde nichts gespeichert.
keys-error-check-failed = Stripe konnte den Schlüssel nicht prüfen: { $failure }. Es wurde nichts gespeichert; versuchen Sie es gleich noch einmal.
keys-problem-stored-malformed = Der Schlüsselbund enthält für Tills Stripe-Schlüssel etwas, das kein Stripe-Schlüssel ist. Ersetzen oder entfernen Sie es.
keys-problem-keyring-unavailable = Der Schlüsselbund ({ $keyring }), in dem Till den Stripe-Schlüssel aufbewahrt, ist nicht nutzbar. { $fix } Till läuft so lange im Trainingsmodus weiter; der Schlüssel wird nirgendwo sonst gespeichert.
keys-problem-keyring-locked = Der Schlüsselbund ({ $keyring }) ist gesperrt oder verweigert Till den Zugriff auf den Stripe-Schlüssel. { $fix } Till läuft so lange im Trainingsmodus weiter; der Schlüssel wird nirgendwo sonst gespeichert.
keys-fix-unavailable-linux = Till braucht in Ihrer Desktop-Sitzung einen Secret-Service-Schlüsselbund: Installieren und starten Sie einen (GNOME Keyring: `sudo apt install gnome-keyring`, dann ab- und wieder anmelden; KDE: den Secret Service von KWallet aktivieren) und starten Sie Till neu.
keys-fix-unavailable-macos = Prüfen Sie, ob der Anmeldeschlüsselbund existiert (Schlüsselbundverwaltung), und versuchen Sie es erneut.
keys-fix-unavailable-windows = Prüfen Sie, ob der Dienst Anmeldeinformationsverwaltung läuft, und versuchen Sie es erneut.
keys-fix-locked-linux = Entsperren Sie ihn (Passwörter und Schlüssel öffnen oder am Desktop anmelden, damit er sich entsperrt), erlauben Sie Till den Zugriff, wenn gefragt wird, und versuchen Sie es erneut.
keys-fix-locked-macos = Entsperren Sie den Anmeldeschlüsselbund (Schlüsselbundverwaltung), erlauben Sie Till den Zugriff, wenn macOS fragt, und versuchen Sie es erneut.
keys-fix-locked-windows = Melden Sie sich mit Ihrem eigenen Konto bei Windows an (die Anmeldeinformationsverwaltung gilt pro Benutzer) und versuchen Sie es erneut.
app-error-ledger-failed = Das Verkaufsjournal von Till auf diesem Computer hat einen Fehler gemeldet. Versuchen Sie es erneut; wenn der Fehler bleibt, starten Sie Till neu und prüfen Sie, ob auf dem Datenträger Platz frei ist. ({ $detail })
keys-warning-live-secret = Das ist ein geheimer Live-Schlüssel: Mit ihm lässt sich alles in Ihrem Stripe-Konto tun. Stripe empfiehlt für Apps wie Till einen eingeschränkten Schlüssel. Erstellen Sie im Stripe-Dashboard → Entwickler → API-Schlüssel einen eingeschränkten Schlüssel mit { $permissions } (Refunds: Write nur, wenn diese Kasse erstattet; Products und Prices: Write nur, um Produkte aus Till anzulegen) und allem anderen auf None, und ersetzen Sie dann diesen Schlüssel.
keys-warning-optional-missing = Diesem Schlüssel { $count ->
        [one] fehlt
       *[other] fehlen
    } { $missing }. Till funktioniert auch ohne.
members-error-status = { $status } ist kein Status einer Mitgliedschaft. Verwenden Sie einen von: all, { $statuses }.
members-error-empty-email = Geben Sie die E-Mail-Adresse des Mitglieds ein, um es zu finden.
members-error-unknown = In diesem Modus gibt es kein Mitglied mit dem Abonnement { $subscription }. Aktualisieren Sie die Liste.
members-error-not-subscription = Die Antwort von Stripe zu { $subscription } war kein Abonnement.
members-error-already-canceled = Diese Mitgliedschaft ist bereits beendet; es gibt nichts zu kündigen.
members-error-cancel-failed = Stripe hat die Mitgliedschaft nicht gekündigt: { $failure } Es wurde nichts geändert; versuchen Sie es erneut.
members-error-cancel-unconfirmed = Die Antwort von Stripe zeigt die Kündigung nicht; prüfen Sie das Abonnement im Stripe-Dashboard.

## An email, a sale id, the cash rounding setting, History's export files (email.rs, checkout.rs, tender.rs, history.rs)
email-error-invalid = { $email } ist keine E-Mail-Adresse. Prüfen Sie sie und geben Sie sie erneut ein.
checkout-error-sale-id = { $id } ist keine Verkaufs-ID (sale_ und 8 bis 40 Buchstaben oder Ziffern).
checkout-error-livemode = Stripe hat eine { $session ->
        [live] Live
       *[other] Test
    }-Sitzung zurückgegeben, während Till im { $mode ->
        [live] Live
        [test] Test
       *[other] Training
    }-Modus ist; Test- und Live-Zahlungen werden nie vermischt. Prüfen Sie den Stripe-Schlüssel in den Einstellungen.
checkout-error-kept-changing = Verkauf { $sale } hat sich laufend geändert, während Till eine Aktualisierung erfasste; versuchen Sie es erneut.
checkout-error-no-idempotency-key = Verkauf { $sale } hat keinen gespeicherten Idempotenzschlüssel; er wurde nicht über Tills Kassieren angelegt.
tender-error-rounding = „{ $input }“ ist kein Rundungsschritt für Bargeld. Geben Sie none ein oder den kleinsten Betrag, in dem bar gezahlt wird, etwa { $example }.
history-error-csv-write = Das Schreiben der CSV-Datei ist fehlgeschlagen: { $error }. Prüfen Sie, ob der Ordner beschreibbar ist und die Festplatte Platz hat.
history-error-export-name = { $path } ist kein Dateiname.
history-error-export-file = { $path } konnte nicht { $doing ->
        [create] angelegt
        [write] geschrieben
       *[other] fertiggestellt
    } werden: { $error }. Wählen Sie einen Ordner, in den Sie schreiben können.
history-error-export-folder = Der Exportordner { $path } konnte nicht angelegt werden: { $error }. Setzen Sie { $variable } auf einen Ordner, in den Sie schreiben können.

## Dates and modes the window sends (till-domain's calendar.rs, mode.rs)
date-error-not-on-calendar = { $date } ist kein Datum im Kalender.
date-error-year = Das Jahr { $year } liegt außerhalb dessen, was Till verarbeitet (1900 bis 9999).
date-error-form = { $input } ist kein Datum: Verwenden Sie JJJJ-MM-TT, zum Beispiel 2025-03-01.
mode-error-unknown = Unbekannter Modus { $mode }: Verwenden Sie training, test oder live.

## Receipts and the receipt printer's failures (the core: receipts.rs; till-print's error.rs)
receipt-error-not-paid = Verkauf { $sale } ist nicht bezahlt (Status: { $state ->
        [creating] Wird vorbereitet
        [awaiting_payment] Wartet
        [canceling] Wird storniert
        [processing] Wird verarbeitet
        [failed] Fehlgeschlagen
        [expired] Abgelaufen
        [canceled] Storniert
       *[other] { $state }
    }): Nur ein bezahlter Verkauf hat einen Beleg.
receipt-error-no-printer = Es ist kein Belegdrucker festgelegt. Legen Sie einen unter Einstellungen → Belege fest (z. B. 192.168.1.50:9100), oder zeigen Sie den Beleg am Bildschirm.
receipt-error-print-failed = { $failure } Der Verkauf ist erfasst; das Drucken hat nichts daran geändert.
receipt-error-kick-failed = Die Kassenlade hat sich nicht geöffnet. { $failure } { $reason ->
        [no_sale] Das Öffnen ohne Verkauf ist erfasst und bleibt, wie es ist
       *[cash_sale] Der Verkauf ist erfasst und bleibt, wie er ist
    }; öffnen Sie die Kassenlade mit ihrem Schlüssel.
printer-error-refused = Der Drucker „{ $printer }“ unter { $address } hat die Verbindung abgelehnt. Prüfen Sie, ob er eingeschaltet ist und ob Adresse und Port (meist 9100) in den Einstellungen stimmen, und drucken Sie dann aus dem Verlauf erneut.
printer-error-unreachable = Der Drucker „{ $printer }“ unter { $address } ist nicht erreichbar ({ $detail }). Prüfen Sie sein Netzwerkkabel oder WLAN und seine Adresse in den Einstellungen, und drucken Sie dann aus dem Verlauf erneut.
printer-error-timeout = Der Drucker „{ $printer }“ hat nicht innerhalb von { $after } geantwortet ({ $stage ->
        [connect] beim Verbinden
        [write] beim Senden des Belegs
       *[queue] bei der Übergabe des Auftrags an CUPS
    }). Prüfen Sie, ob er eingeschaltet ist, Papier hat und sein Deckel geschlossen ist, und drucken Sie dann aus dem Verlauf erneut.
printer-error-closed = Der Drucker „{ $printer }“ hat die Verbindung nach { $sent } von { $total } Bytes geschlossen: Der Beleg ist unvollständig. Prüfen Sie Papier und Deckel, und drucken Sie dann aus dem Verlauf erneut.
printer-error-out-of-paper = Der Drucker „{ $printer }“ hat kein Papier oder sein Deckel ist offen. Legen Sie eine neue Rolle ein, schließen Sie den Deckel und drucken Sie dann aus dem Verlauf erneut.
printer-error-device = Der Drucker „{ $printer }“ kann über { $path } nicht verwendet werden: { $detail }
printer-error-cups = Der Drucker „{ $printer }“ (CUPS-Warteschlange { $queue }) hat den Auftrag nicht angenommen: { $detail }
printer-error-encode = Till konnte den Beleg für den Drucker „{ $printer }“ nicht vorbereiten ({ $detail }). Das ist ein Fehler in Till: Bitte melden Sie ihn. Der Verkauf ist erfasst.

## The customer's screen's and test cards' refusals (the core: customer.rs, testcards.rs)
customer-error-welcome = Die Begrüßung darf höchstens { $max } Zeichen in einer Zeile haben.
customer-error-monitor = Dieser Bildschirmname kann nicht gespeichert werden; wählen Sie den Bildschirm erneut.
testcards-error-live = Testkarten funktionieren nur im Test- und Trainingsmodus; Till verwendet einen Live-Schlüssel, daher wurde kein Testlauf gestartet.
testcards-error-unknown = { $card } ist keine der Testkarten von Stripe, die Till aufführt.

## Stripe not reached or refusing, in Till's words around Stripe's own (till-stripe's lib.rs)
stripe-failure-network = Stripe war nicht erreichbar ({ $error })
stripe-failure-timeout = Stripe hat nicht rechtzeitig geantwortet
stripe-failure-no-message = keine Meldung
stripe-failure-api = Stripe hat mit { $status }{ $kind } geantwortet: { $message }
stripe-failure-decode = Die Antwort von Stripe konnte nicht gelesen werden ({ $error })
stripe-failure-sentence = { $failure }.
stripe-failure-advice = { $failure }. { $advice }
stripe-advice-network = Prüfen Sie die Internetverbindung und versuchen Sie es erneut; es ging nichts verloren.
stripe-advice-key = Der Stripe-Schlüssel wurde abgelehnt: Prüfen Sie ihn in den Einstellungen.
stripe-advice-permission = Dem eingeschränkten Schlüssel fehlt eine Berechtigung, die Till braucht: siehe Einstellungen.
stripe-advice-busy = Stripe ist ausgelastet; versuchen Sie es gleich noch einmal.

## The lock screen and staff (lock.js, staff.js)
lock-title = Wer ist an der Kasse?
lock-pin-input =
    .aria-label = PIN
lock-clear =
    .aria-label = Letzte Ziffer löschen
lock-sign-in = Anmelden
lock-back = Jemand anderes (Esc)
lock-button = Sperren
    .title = Kasse sperren: die nächste Person meldet sich mit ihrer PIN an (F11)
lock-signed-in = { $name } · { $role }
lock-pin-for = PIN für { $name }
staff-tab = Personal
staff-new = Neue Mitarbeiterin, neuer Mitarbeiter
staff-name = Name
staff-role = Rolle
staff-role-staff = Personal
staff-role-manager = Leitung
staff-role-owner = Inhaber
staff-pin = PIN (4–6 Ziffern)
staff-add = Hinzufügen
staff-auto-lock = Kasse sperren nach Untätigkeit von
staff-auto-lock-1 = 1 Minute
staff-auto-lock-2 = 2 Minuten
staff-auto-lock-5 = 5 Minuten
staff-auto-lock-10 = 10 Minuten
staff-auto-lock-30 = 30 Minuten
staff-auto-lock-never = Nie
staff-auto-lock-secs = { $secs } Sekunden
staff-list-title = Personal
staff-empty = Noch kein Personal: Die Kasse arbeitet ohne Anmeldung. Sobald jemand hinzugefügt ist, fragt sie, wer da ist.
staff-archived = archiviert
staff-role-of = Rolle von { $name }
staff-new-pin = Neue PIN
staff-new-pin-for = Neue PIN für { $name }
staff-save-pin = PIN speichern
staff-archive = Archivieren
staff-archive-title = { $name } archivieren?
staff-archive-text = Diese Person kann sich nicht mehr anmelden. Was sie getan hat, behält ihren Namen.
staff-keep = Behalten

## PINs and the permission table, worded by the core (owner.rs, staff.rs)
staff-error-till-locked = Die Kasse ist gesperrt. Melden Sie sich zuerst mit Ihrer PIN an.
staff-error-role = Eine Rolle ist staff, manager oder owner. Wählen Sie eine dieser drei.
staff-error-name = Ein Name hat 1 bis { $max } Zeichen (Buchstaben, Ziffern, Leerzeichen, Satzzeichen).
staff-error-pin = Eine PIN des Personals hat 4 bis 6 Ziffern (0–9), sonst nichts.
staff-error-name-taken = Es gibt bereits eine Person namens { $name }. Wählen Sie einen anderen Namen (oder archivieren Sie zuerst die andere Person).
staff-error-unknown = Es gibt keine Person { $id }. `tillctl staff list` zeigt, wer da ist.
staff-error-archived = { $name } ({ $id }) ist archiviert und kann sich nicht mehr anmelden oder geändert werden. Fügen Sie die Person erneut hinzu, wenn sie zurück ist.
staff-error-auto-lock = Die automatische Sperre liegt zwischen { $min } Sekunden und { $hours } Stunden, oder nie (0).
owner-error-pin-form = Die PIN des Inhabers hat 4 bis 12 Ziffern (0–9), sonst nichts.
owner-error-pin-not-set = Es ist noch keine PIN des Inhabers festgelegt. Wählen Sie zuerst eine.
owner-error-current-pin = Geben Sie die aktuelle PIN ein, um sie zu ändern.
owner-error-locked = Dafür ist die Inhaber-PIN nötig: Das Personal kann verkaufen und nur die letzten Verkäufe sehen.
pin-error-wrong = { $left ->
    [one] Falsche PIN. Noch 1 Versuch, bevor Till Sie warten lässt.
   *[other] Falsche PIN. Noch { $left } Versuche, bevor Till Sie warten lässt.
}
pin-error-wait = Falsche PIN. Versuchen Sie es in { $secs } s erneut.
pin-error-locked = Zu viele falsche PINs. Versuchen Sie es in { $secs } s erneut.
staff-error-not-allowed = { $doing } erfordert { $who }. Bitten Sie eine dieser Personen, sich mit ihrer PIN anzumelden, und versuchen Sie es dann erneut.
staff-who-staff = eine beliebige Person des Personals
staff-who-manager = eine Leitung oder den Inhaber
staff-who-owner = den Inhaber
staff-doing-sell = Verkaufen
staff-doing-cash-sale = Bargeld annehmen
staff-doing-refund = Erstatten
staff-doing-return = Artikel zurücknehmen
staff-doing-paid-in = Einzahlen
staff-doing-paid-out = Auszahlen
staff-doing-no-sale = Die Kasse ohne Verkauf öffnen
staff-doing-close-drawer = Die Kasse abschließen
staff-doing-override = Einen Preis ändern oder einen Rabatt geben
staff-doing-settings = Einstellungen ändern
staff-doing-catalog = Den Katalog ändern
staff-doing-manage-staff = Personal verwalten
history-cashier = Kassierer
history-any-cashier = Alle
history-cashier-archived = { $name } (archiviert)

## Die Zahlungsseite im Trainingsmodus: der gehostete Checkout des Simulators.
sim-test-mode = Testmodus
sim-error-title = Etwas ist schiefgelaufen
sim-not-found = Die gesuchte Seite wurde nicht gefunden. Bitte prüfen Sie die URL oder wenden Sie sich an den Händler.
sim-return-to-merchant = Zurück zum Händler
sim-thanks-subscribing = Vielen Dank für Ihr Abonnement
sim-subscription-active = Ihr Abonnement ist aktiv.
sim-thanks-payment = Vielen Dank für Ihre Zahlung
sim-payment-complete = Ihre Zahlung ist abgeschlossen.
sim-processing-title = Zahlung wird verarbeitet
sim-processing = Ihre Zahlung wird verarbeitet; der Händler wird benachrichtigt, sobald sie abgeschlossen ist.
sim-expired-title = Diese Checkout-Sitzung ist abgelaufen
sim-expired = Die Zahlungsseite ist nicht mehr verfügbar. Bitte kehren Sie zum Händler zurück, um neu zu beginnen.
sim-interval-day = { $count ->
    [1] Tag
   *[other] { $count } Tage
}
sim-interval-week = { $count ->
    [1] Woche
   *[other] { $count } Wochen
}
sim-interval-month = { $count ->
    [1] Monat
   *[other] { $count } Monate
}
sim-interval-year = { $count ->
    [1] Jahr
   *[other] { $count } Jahre
}
sim-one-time = (einmalig)
sim-quantity = Menge { $quantity } × { $unit }
sim-subtotal = Zwischensumme
sim-discount = Rabatt ({ $label })
sim-tax = Steuer
sim-promotion-code = Gutscheincode hinzufügen
sim-apply = Anwenden
sim-back = ← Zurück
sim-heading-pay = Till Simulator bezahlen
sim-heading-subscribe = { $name } abonnieren
sim-total-due = Fälliger Gesamtbetrag
sim-total-due-today = Heute fälliger Gesamtbetrag
sim-email = E-Mail
sim-card-information = Karteninformationen
sim-expiry = Ablaufdatum
sim-expiry-placeholder = MM / JJ
sim-cvc = Prüfnummer (CVC)
sim-cardholder-name = Name auf der Karte
sim-pay = Bezahlen { $amount }
sim-book = Buchen { $amount }
sim-donate = Spenden { $amount }
sim-subscribe = Abonnieren
sim-title-subscribe = Abonnieren { $amount }
sim-note = Simulierter Checkout. Verwenden Sie eine Stripe-Testkarte, z. B. 4242 4242 4242 4242 mit einem beliebigen zukünftigen Ablaufdatum und einer beliebigen CVC.
sim-3ds-title = 3D-Secure-Authentifizierung
sim-3ds-heading = 3D Secure 2 – Testseite
sim-3ds-text = Schließen Sie diese Test-Authentifizierung über { $amount } ab oder lassen Sie sie fehlschlagen.
sim-3ds-complete = Abschließen
sim-3ds-fail = Fehlschlagen lassen
sim-index = Ein Stripe-kompatibler Simulator. API-Basis-URL: { $base }. Die Checkout-Seiten liegen unter { $path }; API und Test-Helfer beschreibt die README des Crates.
sim-error-card-declined = Ihre Karte wurde abgelehnt.
sim-error-insufficient-funds = Ihre Karte ist nicht ausreichend gedeckt.
sim-error-expired-card = Ihre Karte ist abgelaufen.
sim-error-incorrect-cvc = Der Sicherheitscode Ihrer Karte ist falsch.
sim-error-processing = Bei der Verarbeitung Ihrer Karte ist ein Fehler aufgetreten. Versuchen Sie es in Kürze erneut.
sim-error-incorrect-number = Ihre Kartennummer ist ungültig.
sim-error-live-card = Ihre Karte wurde abgelehnt. Ihre Anfrage lief im Testmodus, verwendete aber eine echte Karte (keine Testkarte). Eine Liste gültiger Testkarten finden Sie unter: https://stripe.com/docs/testing.
sim-error-3ds-failed = Wir können Ihre Zahlungsmethode nicht authentifizieren. Bitte wählen Sie eine andere Zahlungsmethode und versuchen Sie es erneut.
sim-error-number-incomplete = Ihre Kartennummer ist unvollständig.
sim-error-expiry-incomplete = Das Ablaufdatum Ihrer Karte ist unvollständig.
sim-error-expiry-past = Das Ablaufjahr Ihrer Karte liegt in der Vergangenheit.
sim-error-cvc-incomplete = Der Sicherheitscode Ihrer Karte ist unvollständig.
sim-error-email-incomplete = Ihre E-Mail-Adresse ist unvollständig.
sim-error-code-invalid = Dieser Code ist ungültig.
