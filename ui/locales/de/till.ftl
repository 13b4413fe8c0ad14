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
app-shortcuts = / Suche · F9 Kassieren · F7 erneut öffnen · F8 Stornieren · F4 Leeren · F2 Mitglied suchen
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
products-loading = Katalog wird geladen…

## Kasse: der Warenkorb.

cart-title = Aktueller Verkauf
cart-clear = Leeren
    .title = Warenkorb leeren (F4)
cart-empty = Der Warenkorb ist leer. Tippen Sie auf ein Produkt oder scannen Sie einen Barcode.
cart-total = Summe
cart-email = E-Mail des Kunden (optional)
cart-email-membership = Mitgliedschaft — E-Mail des Kunden erforderlich
cart-email-input =
    .aria-label = E-Mail des Kunden
    .placeholder = kunde@example.com

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
refund-no = Nicht erstatten
refund-sent = Rückerstattung an Stripe gesendet.
