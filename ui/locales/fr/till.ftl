# Till en français. États de paiement et refus avec les termes que Stripe emploie en français
# (Dashboard et Checkout) : Payé, Échec, Expiré, Annulé, Refusé, « fonds insuffisants »,
# « refusée par l'émetteur de la carte ».

## Ligne d'état d'une vente (till-domain, sale.rs).

sale-creating = Préparation de la page de paiement
sale-awaiting-payment = En attente du client
sale-three-d-secure = 3-D Secure en cours
sale-canceling = Annulation — en attente de la confirmation de Stripe
sale-processing = En cours de traitement — la banque confirmera plus tard
sale-paid = Payé
sale-failed = Échec du paiement
sale-expired = Expiré
sale-canceled = Annulé

## Carte refusée : ligne d'état, puis sa première phrase seule (-short).

decline-insufficient-funds = Refusé — fonds insuffisants. Demandez une autre carte.
decline-insufficient-funds-short = Refusé — fonds insuffisants
decline-expired-card = Refusé — la carte a expiré. Demandez une autre carte.
decline-expired-card-short = Refusé — la carte a expiré
decline-incorrect-cvc = Refusé — code de sécurité (CVC) incorrect. Le client peut le vérifier et réessayer.
decline-incorrect-cvc-short = Refusé — code de sécurité (CVC) incorrect
decline-incorrect-number = Refusé — numéro de carte incorrect. Le client peut le vérifier et réessayer.
decline-incorrect-number-short = Refusé — numéro de carte incorrect
decline-processing-error = La carte n'a pas pu être traitée. Le client peut réessayer.
decline-processing-error-short = La carte n'a pas pu être traitée
decline-authentication-failure = Échec de 3-D Secure. Le client peut réessayer ou utiliser une autre carte.
decline-authentication-failure-short = Échec de 3-D Secure
decline-generic = Refusé par l'émetteur de la carte. Demandez une autre carte.
decline-generic-short = Refusé par l'émetteur de la carte

## Les mots pour le client sur la page de paiement de Stripe, sous le bouton Payer (phone.rs).

phone-after-submit-payment = Vous payez en caisse ? Une fois le paiement effectué, montrez cet écran au personnel : la caisse voit votre paiement d'elle-même. Vous pourrez ensuite fermer cette page.
phone-after-submit-membership = Vous payez en caisse ? Une fois le paiement effectué, montrez cet écran au personnel : votre abonnement commence aussitôt et se renouvelle jusqu'à ce que vous le résiliiez. Vous pourrez ensuite fermer cette page.
phone-after-submit-no-page = Si votre téléphone affiche ensuite une page qui ne se charge pas, votre paiement a bien été reçu.

phone-note-no-page = Aucune page après le paiement n'est définie : un client qui paie avec le QR code sur son propre téléphone verra ensuite « connexion impossible » (le paiement compte quand même, et la caisse l'affiche). Indiquez la page publique de votre boutique dans Réglages → Page après le paiement.
phone-note-training-loopback = Mode formation : un téléphone ne peut pas ouvrir ce code. Pour essayer avec un téléphone, activez « Essayer le QR code avec un téléphone » dans les Réglages.
phone-note-training-lan = Mode formation : les téléphones du réseau de cette boutique peuvent ouvrir ce code et payer avec une carte de test.
phone-lan-shared-simulator = La page de paiement de formation n’est pas servie sur le réseau de la boutique : un autre processus Till sur cet ordinateur fait tourner le simulateur de formation. Fermez-le et redémarrez Till.
phone-lan-external-simulator = La page de paiement de formation n’est pas servie sur le réseau de la boutique : Till utilise le simulateur à { $address } ({ $variable }).
phone-lan-bind = La page de paiement de formation n’a pas pu être servie sur { $address } ({ $error }). Un autre programme utilise peut-être ce port : définissez { $variable } sur un autre, ou désactivez « Essayer le QR code avec un téléphone » dans les Réglages.
phone-lan-not-an-address = { $variable }={ $typed } n’est pas une adresse IP : définissez-la sur l’adresse de cet ordinateur sur le réseau de la boutique, par ex. 192.168.1.20.
phone-lan-no-address = Till n’a trouvé aucune adresse réseau sur cet ordinateur ({ $error }) : connectez-le au réseau de la boutique, ou désactivez « Essayer le QR code avec un téléphone » dans les Réglages.
phone-lan-public-address = L’adresse réseau { $address } de cet ordinateur n’est pas une adresse privée (réseau de la boutique), donc Till n’y servira pas la page de paiement de formation. Définissez { $variable } sur son adresse sur le réseau de la boutique, ou désactivez « Essayer le QR code avec un téléphone » dans les Réglages.
phone-lan-no-random = Le système d’exploitation n’a fourni aucun nombre aléatoire pour le jeton de la page de formation : { $error }

## Barre du haut et barre d'état.

app-training-banner = Mode formation — aucun argent réel ne circule. Les paiements vont au simulateur Stripe intégré de Till ; utilisez les cartes de test de Stripe (4242 4242 4242 4242 paie).
app-open-settings = Ouvrir les réglages
app-views =
    .aria-label = Vues
tab-register = Caisse
tab-history = Historique
tab-members = Membres
tab-settings = Réglages
tab-testcards = Cartes de test
app-owner-lock = Verrouiller
    .title = Déconnecter le gérant : le personnel ne voit que la caisse
mode-training = FORMATION
    .title = Mode formation : les ventes vont au simulateur Stripe intégré de Till, aucun argent réel ne circule
mode-test = TEST
mode-live = RÉEL
app-starting = Démarrage…
app-shortcuts = / recherche · F9 encaisser · F6 espèces · F7 rouvrir · F8 annuler · F4 vider · F2 membre · F10 tiroir
app-sync-catalog = Synchroniser le catalogue
app-check-status = Vérifier l'état

## Caisse : produits et recherche.

products-title = Produits
search =
    .placeholder = Rechercher ou scanner (/)
    .aria-label = Rechercher des produits ou scanner un code-barres
member-lookup-open = Chercher un membre
    .title = Chercher un membre par e-mail (F2)
categories =
    .aria-label = Catégories
category-all = Tout
category-favourites = ★ Favoris
products-loading = Chargement du catalogue…

## Caisse : le panier.

cart-title = Vente en cours
cart-clear = Vider
    .title = Vider le panier (F4)
cart-empty = Le panier est vide. Touchez un produit ou scannez un code-barres pour l'ajouter.
cart-subtotal = Sous-total
register-open-price = Prix libre
register-misc = Autre
    .title = Ajouter un autre article au montant saisi
    .aria-label = Ajouter un autre article au montant saisi
adjust-open-title = Montant — { $name }
adjust-open-add = Ajouter
adjust-coupon-button = Coupon
adjust-tip-button = Pourboire
adjust-close = Fermer (Échap)
adjust-tip-amount =
    .aria-label = Montant du pourboire
    .placeholder = Autre montant
adjust-tip-set = Fixer le pourboire
adjust-coupon-title = Coupon
adjust-tip-title = Pourboire
adjust-no-coupon = Pas de coupon
adjust-no-tip = Pas de pourboire
adjust-no-coupons = Aucun coupon n’est synchronisé pour cette devise. Le propriétaire les crée dans Stripe ; Synchroniser le catalogue les apporte.
adjust-tip-percent = { $percent } %
tip-settings-title = Pourboires
tip-settings-presets = Pourboires prédéfinis (pourcentages de la vente, jusqu’à 4, par ex. 10, 15, 20)
tip-settings-ask = Demander le pourboire avant d’encaisser
tip-settings-save = Enregistrer les réglages des pourboires
adjust-discount-button = Remise
adjust-discount-title = Remise manuelle
adjust-no-discount = Pas de remise
adjust-discount-amount =
    .aria-label = Remise : un montant, ou un pourcentage comme 10%
    .placeholder = 2,50 ou 10%
adjust-discount-reason =
    .aria-label = Raison de la remise
    .placeholder = Raison (gardée dans l’historique de la vente)
adjust-discount-set = Accorder la remise
adjust-discount-note = Un montant ou un pourcentage des articles, avec une raison. Le propriétaire ou un responsable l’accorde : si aucun n’est connecté, le code PIN du propriétaire est demandé.
adjust-price-title = Prix — { $name }
adjust-price-note = Le prix à l’unité, avec une raison. Le propriétaire ou un responsable le fixe : si aucun n’est connecté, le code PIN du propriétaire est demandé.
adjust-price-set = Fixer le prix
adjust-price-reason =
    .aria-label = Raison du nouveau prix
    .placeholder = Raison (gardée dans l’historique de la vente)
adjust-price-amount =
    .aria-label = Nouveau prix à l’unité
    .placeholder = Nouveau prix
cart-line-price = Changer le prix de { $name }
cart-line-was = avant { $was }
cart-total = Total
cart-email = E-mail du client (facultatif)
cart-email-membership = Abonnement — e-mail du client obligatoire
cart-email-input =
    .aria-label = E-mail du client
    .placeholder = client@example.com
cart-email-invalid = Ce n'est pas une adresse e-mail (comme nom@example.com). Vérifiez-la et saisissez-la à nouveau.

## Caisse : le paiement.

checkout-title = Paiement
checkout-preparing = Préparation de la page de paiement…
checkout-note = La page de paiement s'est ouverte dans le navigateur. Le client peut aussi scanner le code avec un téléphone.
checkout-qr =
    .aria-label = QR code de la page de paiement
checkout-open = Rouvrir
    .title = Rouvrir la page de paiement (F7)
checkout-cancel = Annuler la vente
    .title = Annuler la vente (F8)
checkout-retry = Réessayer
checkout-back = Retour au panier
    .title = Retour au panier, articles conservés (Échap)
checkout-new = Nouvelle vente
    .title = Nouvelle vente (Entrée)
recent-title = Dernières ventes

## Phrases de la caisse (main.js).

register-pay-first = Terminez ou annulez d'abord le paiement en cours.
register-sale-over = Cette vente est terminée : appuyez d'abord sur Nouvelle vente (Entrée) ou Retour au panier.
register-many-matches = { $count } produits correspondent à « { $query } » : touchez-en un ou continuez à taper.
register-no-match = Aucun produit ne correspond à « { $query } ».
register-no-products = Pas encore de produits. Appuyez sur « Synchroniser le catalogue » pour les charger depuis Stripe.
register-each = { $unit } l'unité
register-one-less = Un { $name } de moins
register-one-more = Un { $name } de plus
register-remove = Retirer { $name }
register-charge = Encaisser
    .title = Encaisser (F9)
register-charge-total = Encaisser { $total }
register-new-sale = Nouvelle vente
register-new-sale-empties = Vider le panier, nouvelle vente
register-back-to-register = Retour à la caisse
register-after-not-paid = { $items ->
        [one] Le panier contient encore { $items } article. Retour au panier le garde pour l'encaisser à nouveau (Échap) ; Vider le panier, nouvelle vente recommence (Entrée).
       *[other] Le panier contient encore { $items } articles. Retour au panier les garde pour les encaisser à nouveau (Échap) ; Vider le panier, nouvelle vente recommence (Entrée).
    }
register-after-test-run = Un passage de carte de test : le panier de la caisse est inchangé.
register-cancel-title = Annuler cette vente ?
register-cancel-text = Le client est peut-être en train de payer { $amount }. Annuler ferme la page de paiement ; s'il a déjà payé, Till enregistre la vente comme payée. (F8 à nouveau annule.)
register-cancel-yes = Annuler la vente
register-cancel-no = Continuer d'attendre
register-recent-label = { $time }, { $amount }, { $status }
register-recent-about = { $id } · { $time } · { $amount } · { $status }
register-time-up = Le temps est écoulé : annulation de la vente…
register-cancels-in = Annulation automatique dans { $minutes }:{ $seconds }
register-qr-alt = QR code de la page de paiement
register-no-recent = Pas encore de ventes.
register-synced = Catalogue synchronisé : { $count } prix.
register-ready = Till { $version } · { $mode ->
        [training] mode formation
        [test] mode test
       *[live] mode réel
    } · prêt

## Remboursement (history.js).

refund-hint = Jusqu'à { $refundable }. Les remboursements partiels sont possibles ; la vente reste payée.
refund-all = Tout saisir ({ $refundable })
refund-placeholder = Montant
refund-empty = Saisissez le montant à rembourser (jusqu'à { $refundable }).
refund-title = Rembourser le client ?
refund-question = Rembourser { $amount } sur { $total } sur { $card } ?
refund-question-no-card = Rembourser { $amount } sur { $total } sur la carte du client ?
refund-what-full = Cela rembourse tout ce qui reste sur la vente. Stripe renvoie l'argent ; c'est irréversible.
refund-what-part = Stripe renvoie l'argent ; c'est irréversible. La vente reste payée.
refund-yes = Rembourser { $amount }
refund-cash-question = Rendre { $amount } en espèces depuis le tiroir ? Le rapport du tiroir le compte ; la vente reste payée.
refund-cash-sent = Remboursement enregistré : { $amount } en espèces depuis le tiroir.
refund-split-question = Rembourser { $card } sur la carte et rendre { $cash } en espèces depuis le tiroir ? C’est définitif ; la vente reste payée.
refund-split-yes = Rembourser { $card } + { $cash }
refund-cash-amount =
    .placeholder = En espèces
    .aria-label = Dont en espèces
refund-no = Ne pas rembourser
refund-sent = Remboursement envoyé à Stripe.

## Réglages (index.html et settings.js).

settings-view =
    .aria-label = Réglages
settings-key-title = Clé Stripe
settings-no-key = Aucune clé : Till fonctionne en mode formation avec son simulateur intégré.
settings-key-restricted = clé restreinte
settings-key-secret = clé secrète
settings-key-from-environment = depuis STRIPE_SECRET_KEY (elle l'emporte sur le trousseau)
settings-key-verified = vérifiée { $when }
settings-permissions = Autorisations d'une clé restreinte (recommandées ; tout le reste « Aucune »)
settings-permissions-probed = Autorisations de cette clé restreinte
settings-permission-optional = (facultatif)
settings-key-label = Collez une clé du Dashboard Stripe → Développeurs → Clés API
settings-key-input =
    .placeholder = rk_test_… ou sk_test_…
settings-live-warning = Ceci est une clé en mode réel : de vraies cartes seront débitées.
settings-live-type = Tapez LIVE pour confirmer.
settings-type-live = Tapez LIVE (en majuscules) pour confirmer une clé en mode réel, ou videz le champ pour annuler.
settings-key-save = Vérifier et enregistrer la clé
settings-key-replace = Vérifier et remplacer la clé
settings-key-checking = Vérification auprès de Stripe…
settings-key-remove = Supprimer la clé
settings-key-remove-question = Supprimer la clé ? Till revient en mode formation ; les ventes enregistrées restent telles quelles.
settings-key-remove-yes = Supprimer
settings-key-remove-no = Garder
settings-keyring-note = Les clés sont conservées uniquement dans { $keyring } ; Till ne les affiche plus jamais.
settings-key-saved = Clé enregistrée : Till fonctionne maintenant en mode { $mode ->
        [training] FORMATION
        [test] TEST
       *[live] RÉEL
    }.
settings-key-removed = Clé supprimée : Till fonctionne maintenant en mode formation.
settings-webhook-title = Secret de signature du webhook
settings-optional = facultatif
settings-webhook-not-set = Non défini : Till suit les paiements en interrogeant Stripe et son API Events.
settings-webhook-label = Le secret whsec_… affiché par
settings-webhook-save = Enregistrer le secret
settings-webhook-remove = Supprimer le secret
settings-webhook-saved = Secret de signature du webhook enregistré.
settings-register-title = Caisse
settings-running = en mode { $mode ->
        [training] FORMATION
        [test] TEST
       *[live] RÉEL
    }
settings-register-name = Nom de la caisse
settings-register-id = Identifiant de caisse
settings-register-id-note = (marque les sessions de cette caisse chez Stripe)
settings-currency = Devise par défaut
settings-locale = Format d'affichage
settings-locale-language = Automatique ({ $locale })
settings-language = Langue
settings-language-system = Système ({ $name })
settings-timeout = Délai du paiement à l'écran (minutes, 1–30)
settings-success-url = Page après le paiement (téléphones des clients)
settings-lan = Essayer le QR code avec un téléphone
settings-cancel-url = URL d'annulation
settings-cancel-own-page = La page de Till sur cet ordinateur
settings-cancel-no-back-link = Aucune : la page Stripe n'affiche pas de lien Retour
settings-save = Enregistrer les réglages
settings-saved = Réglages enregistrés.
settings-logs-in = Les journaux sont dans
settings-open-logs = Ouvrir le dossier des journaux

## Code PIN du gérant (history.js).

history-pin-title = Code PIN du gérant
history-pin-choose = Choisir le code PIN du gérant
history-pin-note-set = L'historique, les membres, les remboursements, les rapports, le catalogue et les réglages le demandent. 4 à 12 chiffres. Le personnel peut toujours vendre sans lui.
history-pin-note-unlock = L'historique, les membres, les remboursements, les rapports, le catalogue et les réglages demandent le code PIN du gérant.
history-pin-input =
    .aria-label = Code PIN du gérant
history-pin-again = Le même code PIN encore, pour confirmer
history-pin-continue = Continuer
history-pin-cancel = Annuler
history-pin-locked = Trop de codes PIN erronés. Réessayez dans { $seconds } s.
history-pin-differ = Les deux codes PIN diffèrent. Tapez deux fois le même code PIN.

## Historique : filtres, liste, totaux, export.

history-view =
    .aria-label = Historique des ventes
history-list-title = Ventes
history-from = Du
history-to = Au
history-status = État
history-currency = Devise
history-register = Caisse
history-mode = Mode
history-search = Recherche
history-search-input =
    .placeholder = p. ex. latte
    .title = Un produit, un e-mail ou une vente, identifiant cs_ ou pi_
history-show = Afficher
history-any-status = Tous
history-any-currency = Toutes
history-any-register = Toutes
history-state = { $state ->
        [creating] En préparation
        [awaiting_payment] En attente
        [canceling] Annulation
        [processing] En traitement
        [paid] Payé
        [failed] Échec
        [expired] Expiré
        [canceled] Annulé
       *[other] { $state }
    }
history-col-time = Heure
history-col-items = Articles
history-col-amount = Montant
history-no-match = Aucune vente ne correspond à ces filtres.
history-more = Charger plus
history-lines = une ligne par article
history-export = Exporter en CSV
    .title = CSV des ventes filtrées, dans votre dossier Téléchargements
history-total-paid = { $paid } payées sur { $sales } · brut { $gross }
history-total-refunded = remboursé { $refunded } · moyenne { $average }
history-total-tenders = carte { $card } · espèces { $cash }
history-exported-sales = { $rows ->
        [one] { $rows } vente exportée vers { $path }
       *[other] { $rows } ventes exportées vers { $path }
    }
history-exported-lines = { $rows ->
        [one] { $rows } ligne exportée vers { $path }
       *[other] { $rows } lignes exportées vers { $path }
    }

## Historique : une vente et son remboursement.

history-side-title = Vente, rapport et catalogue
history-tab-sale = Vente
history-tab-report = Rapport
history-tab-catalog = Catalogue
history-choose-sale = Choisissez une vente pour voir ses articles, ses identifiants Stripe, ses remboursements et tout son historique.
history-fact-sale = Vente
history-fact-created = Créée
history-fact-register = Caisse
history-summary-tender-line = { $tender } ({ $currency }) : { $sales } payées, { $total } — espèces { $cash }, carte { $card }
history-fact-tender = Payé par
history-tender = { $tender ->
        [card] Carte
        [cash] Espèces
        [split] Espèces et carte
       *[other] { $tender }
    }
history-cash-line = { $amount } en espèces : { $tendered } remis, { $change } rendus
history-fact-customer = Client
history-fact-session = Session
history-fact-payment-intent = PaymentIntent
history-fact-refunded = Remboursé
history-fact-refundable = Remboursable
history-refunds = Remboursements
history-timeline = Chronologie
history-refund-heading = Remboursement
history-refund-reason =
    .aria-label = Motif
history-reason-customer = Demandé par le client
history-reason-duplicate = Doublon
history-reason-fraudulent = Frauduleux
history-reason-none = Sans motif
history-refund-submit = Rembourser…
history-refund-refresh = Demander à Stripe les remboursements en attente

## Historique : rapports et clôture de la journée.

history-by = Par
history-by-day = Jour
history-by-week = Semaine
history-report-week-of = semaine du { $start }
history-by-month = Mois
history-report-period = Période
history-report-sales = Ventes
history-gross = Brut
history-refunded = Remboursé
history-net = Net
history-report-empty = Aucune vente payée sur cette période.
history-chart-alt = Brut par { $period ->
        [day] jour
        [week] semaine
       *[month] mois
    } en { $currency }
history-average = moyenne { $average }
history-summary-day =
    .aria-label = Jour de la clôture
history-summary-show = Clôture de la journée
history-summary-print = Imprimer
history-summary-title = Clôture de la journée — { $day }
history-summary-meta = { $register } · { $mode ->
        [training] mode formation
        [test] mode test
       *[live] mode réel
    } · imprimé le { $printed }
history-summary-paid = Payées
history-summary-average = Moyenne
history-summary-state = { $state } : { $count }
history-summary-gross = Payé par les clients ({ $currency })
history-summary-discounts = Remises
history-summary-tax-row = { $label } sur { $net }
history-summary-tips = Pourboires (hors ventes)
history-summary-tips-tender = Pourboires, { $tender }
history-summary-net = Ventes nettes (hors taxes et pourboires)
history-summary-none = Aucune vente ce jour-là.
history-summary-truncated = Seules les 500 premières ventes sont listées ; les totaux les comptent toutes.

## Historique : le catalogue.

history-new-product = Nouveau produit dans Stripe
history-product-name = Nom
history-product-description = Description
history-product-price = Prix
history-product-billing = Facturation
history-billing-once = Une fois
history-billing-month = Mensuelle
history-billing-year = Annuelle
history-billing-week = Hebdomadaire
history-billing-day = Quotidienne
history-product-sku = Référence
history-product-barcode = Code-barres
history-product-category = Catégorie
history-product-tax-rate = Taux de taxe
history-product-tax-default = Taux par défaut de la boutique
history-product-create = Créer dans Stripe
history-products-here = Produits de cette caisse
history-product-created = { $id } créé dans Stripe.
history-archive = Archiver
history-archive-confirm = Archiver ? Cliquez à nouveau
history-favourite = Page des favoris
history-favourite-up = Monter dans la page des favoris
history-favourites-hint = ★ place un produit sur la page des favoris de la caisse, que le personnel voit en premier ; ▲ le fait monter.
history-archived = { $name } archivé.

## The Catalog tab's tax rates and coupons (index.html and history.js).
catalog-tax-rates = Taux de taxe
catalog-tax-rates-empty = Aucun taux de taxe : les ventes sont sans taxe tant que vous n'en créez pas.
catalog-tax-rate-new = Nouveau taux de taxe dans Stripe
catalog-tax-rate-name = Nom
catalog-tax-rate-percentage = Pourcentage
catalog-tax-rate-country = Pays
catalog-tax-rate-jurisdiction = Juridiction
catalog-tax-rate-inclusive = Compris dans les prix (TVA) ; décoché, il s'ajoute au prix
catalog-tax-rate-create = Créer le taux
catalog-tax-rate-what = { $inclusive ->
    [yes] { $percentage }, compris dans les prix
   *[no] { $percentage }, ajouté au prix
}
catalog-tax-rate-default = Par défaut
catalog-tax-rate-make-default = Définir par défaut
catalog-tax-rate-no-default = Aucun par défaut
catalog-tax-rate-created = Taux de taxe { $name } créé dans Stripe.
catalog-tax-rate-archive-title = Archiver le taux de taxe { $name } ?
catalog-tax-rate-archive-text = Les ventes déjà faites le gardent. Les produits qui le citent ne peuvent plus être vendus tant qu'ils n'en citent pas un autre.
catalog-tax-rate-archived = Taux de taxe { $name } archivé.
catalog-keep = Garder
catalog-coupons = Coupons
catalog-coupons-empty = Aucun coupon pour l'instant.
catalog-coupon-new = Nouveau coupon dans Stripe
catalog-coupon-name = Nom
catalog-coupon-percent = Remise en %
catalog-coupon-amount = Ou montant de remise
catalog-coupon-max = Utilisations max.
catalog-coupon-create = Créer le coupon
catalog-coupon-created = Coupon { $name } créé dans Stripe.
catalog-coupon-delete = Supprimer
catalog-coupon-delete-title = Supprimer le coupon { $name } ?
catalog-coupon-delete-text = Le personnel ne peut plus l'appliquer. Les ventes qui l'ont utilisé le gardent.
catalog-coupon-deleted = Coupon { $name } supprimé.

## Membres (index.html et members.js).

members-status = { $status ->
        [active] Actif
        [trialing] Essai
        [past_due] En retard
        [unpaid] Impayé
        [canceled] Annulé
        [incomplete] Incomplet
        [incomplete_expired] Expiré
        [paused] En pause
       *[other] { $status }
    }
members-email-required = Un abonnement demande l'e-mail du client : saisissez-le ici, puis Encaisser.
members-membership-note = { $membership }. Stripe envoie les reçus et les avis de renouvellement à cette adresse ; le personnel retrouve le membre grâce à elle.
members-verdict-past-due = En retard — laissez entrer, demandez de mettre à jour la carte
members-verdict-in = { $status } — laissez entrer
members-verdict-out = { $status } — pas d'accès
members-state = { $status }.
members-state-until = { $status } jusqu'au { $end }, puis il prend fin.
members-state-failed = { $status } : le paiement du renouvellement a échoué.
members-state-renews = { $status }, renouvelé le { $end }.
members-unreadable = Le membre n'a pas pu être lu : { $error }
members-recorded = Membre enregistré : { $member } — { $state }
members-recorded-later = Le membre apparaîtra dans la liste dès que Stripe signalera l'abonnement.
members-ending = prend fin à l'échéance
members-period-ends = La période en cours se termine le { $end }
members-period-ended = Période terminée le { $end }
members-lookup-title = Chercher un membre
members-lookup-close = Fermer (Échap)
members-lookup-email =
    .placeholder = membre@example.com
    .aria-label = L'e-mail du membre
members-lookup-submit = Chercher
members-none = Aucun abonnement pour { $email }
members-view =
    .aria-label = Membres
members-status-label = État
members-status-select =
    .aria-label = Afficher les membres avec cet état
members-all-statuses = Tous les états
members-reload = Actualiser
members-col-email = E-mail
members-plan = Formule
members-period-end = Fin de période
members-empty = Aucun membre avec cet état.
members-side =
    .aria-label = Membre
members-choose = Choisissez un membre pour voir ses identifiants Stripe, tout son historique, et pour annuler à l'échéance.
members-payment-failed = échec du paiement
members-signed-out = Le gérant est déconnecté : rouvrez Membres et saisissez le code PIN.
members-cancels-at-period-end = Annulation à l'échéance
members-customer = Client
members-subscription = Abonnement
members-sale = Vente
members-updated = Mis à jour
members-yes = oui
members-no = non
members-cancel = Annuler à l'échéance
members-this-member = ce membre
members-cancel-question = Annuler { $plan } de { $member } à la fin de la période ({ $end }) ? L'accès reste ouvert jusque-là ; Stripe ne facture plus rien.
members-cancel-question-no-end = Annuler { $plan } de { $member } à la fin de la période ? L'accès reste ouvert jusque-là ; Stripe ne facture plus rien.
members-cancel-yes = Oui, annuler à l'échéance
members-cancel-no = Garder
members-ask-again = Redemander à Stripe
members-ended = Cet abonnement est terminé ; il n'y a rien à annuler.
members-scheduled = L'annulation est programmée : Stripe met fin à l'abonnement à la fin de la période.
members-confirmed-ended = Confirmé par Stripe : l'abonnement est terminé. { $summary }
members-confirmed-scheduled = Confirmé par Stripe : l'abonnement prend fin à la fin de la période, { $end } ; plus de renouvellements.
members-confirmed-scheduled-no-end = Confirmé par Stripe : l'abonnement prend fin à la fin de la période ; plus de renouvellements.
members-no-cancellation = Stripe a répondu, mais n'indique aucune annulation : { $summary }
members-stripe-says = Stripe indique : { $summary }
members-summary-period-end = fin de période
members-summary-ending = { $status } jusqu’au { $until }, puis il prend fin (annulation prévue).
members-summary-active-failed = Actif — se renouvelle le { $until }. Un paiement récent a échoué ; vérifiez la carte du membre.
members-summary-active = Actif — se renouvelle le { $until }.
members-summary-trialing = Essai jusqu’au { $until }.
members-summary-past-due = En retard — le dernier paiement de renouvellement a échoué. Stripe le retente : demandez au membre de mettre sa carte à jour.
members-summary-unpaid = Impayé — les paiements de renouvellement ont échoué. Pas d’accès tant que ce n’est pas payé.
members-summary-canceled-on = Annulé — accès terminé le { $date }.
members-summary-canceled = Annulé — pas d’accès.
members-summary-incomplete = Incomplet — le premier paiement n’est pas passé. Pas encore d’accès.
members-summary-incomplete-expired = Expiré avant le premier paiement. Pas d’accès.
members-summary-paused = En pause — pas d’accès jusqu’à la reprise.
members-summary-other = Statut { $status }.
members-summary-set-to-end = Il prendra fin le { $until }.

## Cartes de test (index.html et testcards.js).

testcards-title = Cartes de test
testcards-note = Chaque passage débite le plus petit montant valide. Payez avec la carte indiquée ; Till enregistre ce que Stripe signale et repère les écarts.
testcards-card = Carte
testcards-should = Attendu
testcards-last-run = Dernier passage
testcards-run = Lancer
testcards-history = Passages précédents
testcards-export = Exporter en CSV
testcards-copy = Copier
testcards-copy-title = Copier le numéro
testcards-no-runs = Pas encore de passages.
testcards-payment-on-screen = Terminez ou annulez d'abord le paiement sur la caisse.
testcards-waiting = en attente du client
testcards-3ds-step = une étape 3-D Secure
testcards-declined = refusé — { $code }
testcards-result = { $result ->
        [paid] payé
        [expired] expiré
        [canceled] annulé
        [failed] échec
       *[other] { $result }
    }
testcards-3ds-then = 3-D Secure, puis { $result }
testcards-verdict-ok = { $outcome } ✓
testcards-verdict-mismatch = { $outcome } — ÉCART
testcards-expected = attendu : { $outcome }
testcards-mismatch = ÉCART : { $outcome }
testcards-mode = { $mode ->
        [training] formation
        [test] test
       *[live] réel
    }
testcards-copied = { $number } copié
testcards-card-number = Numéro de carte : { $number }
testcards-exported = Passages exportés vers { $path }

## Tickets de caisse (receipt.rs) : les mots imprimés sur un ticket.

receipt-number = Ticket { $number }
receipt-sale = Vente { $id }
receipt-cashier = Servi par { $name }
receipt-tax-id = N° TVA { $id }
receipt-phone = Tél. { $phone }
receipt-copy = *** COPIE ***
receipt-gift = TICKET CADEAU
receipt-refund = REMBOURSEMENT
receipt-subtotal = Sous-total
receipt-discount = Remise
receipt-tip = Pourboire
receipt-rounding = Arrondi espèces
receipt-total = TOTAL
receipt-tax-rate = { $name } { $rate }
receipt-tax-detail = HT { $net } · TTC { $gross }
receipt-cash = Espèces
receipt-change = RENDU
receipt-card = Carte
receipt-refunded = Remboursé
receipt-refund-total = TOTAL REMBOURSÉ
receipt-original-total = Total initial
receipt-each = { $quantity } × { $price }
receipt-gift-line = { $quantity } × { $name }
receipt-scan-card = Scannez pour votre reçu carte
receipt-scan-sale = Référence de la vente

## Cash and the drawer (cash.js, the register)
cash-button = Espèces · F6
    .title = Espèces (F6)
cash-title = Espèces
cash-offline = Les espèces n’ont pas besoin du réseau : Stripe n’est pas sollicité.
cash-drawer-closed = Le tiroir n’est pas ouvert. Ouvrez-le avec son fond de caisse avant d’encaisser des espèces.
cash-open-drawer = Ouvrir le tiroir
cash-tendered = Montant remis
cash-quick =
    .aria-label = Montants rapides
cash-change-due = Monnaie à rendre
cash-complete = Valider (Entrée)
cash-cancel = Annuler (Échap)
cash-rounding = Arrondi espèces : { $rounding } sur { $total }.
cash-split = Fractionner : le reste par carte
cash-split-line = Le reste par carte : { $card }
cash-balance-title = Le reste en espèces
split-line = Espèces { $cash } · carte { $card }
split-unpaid = La part carte ({ $card }) n’a pas été payée ; les { $cash } en espèces sont enregistrés. Réessayez la carte, prenez le reste en espèces ou annulez la vente.
split-retry = Réessayer la carte
split-balance = Prendre le reste en espèces
split-void = Annuler : rendre { $cash }
split-void-title = Annuler la vente ?
split-void-text = Rendre { $cash } au client depuis le tiroir et annuler la vente ?
split-void-yes = Annuler et rendre
split-void-no = Garder la vente
split-voided = Annulée : { $cash } rendus depuis le tiroir.
split-retried = Une nouvelle page de paiement pour la part carte.
drawer-rounding-label = Arrondi espèces
drawer-rounding-save = Enregistrer (gérant)
drawer-rounding-none = aucun
drawer-rounding-current = Les espèces sont arrondies à { $step }.
drawer-rounding-off = Les espèces ne sont pas arrondies.
drawer-rounding-hint = Le plus petit pas des paiements en espèces (aucun : au centime). Les cartes ne sont jamais arrondies.
drawer-rounding-hint-usual = Le plus petit pas des paiements en espèces (aucun : au centime) ; { $usual } est l’usage pour cette devise. Les cartes ne sont jamais arrondies.
drawer-z-list = Rapports Z (gérant)
drawer-z-line = Z { $number } · clôturé { $closed } · compté { $counted } · écart { $variance }
drawer-z-none = Pas encore de rapport Z : la première clôture le crée.
drawer-button = Tiroir
    .title = Le tiroir-caisse : fond de caisse, entrées et sorties, rapport X, clôture (F10)
drawer-title = Tiroir-caisse
drawer-close-dialog = Fermer (Échap)
drawer-count-total = Ou le total
drawer-move-amount =
    .aria-label = Montant entré ou sorti
    .placeholder = Montant
drawer-move-reason =
    .aria-label = Pourquoi l’argent entre ou sort
    .placeholder = Motif
drawer-paid-in = Entrée
drawer-paid-out = Sortie (gérant)
drawer-no-sale = Sans vente
drawer-x = Rapport X
drawer-start-close = Clôturer le tiroir…
drawer-state-closed = Le tiroir est fermé. Comptez le fond de caisse pour l’ouvrir.
drawer-state-open = Ouvert depuis { $since } · fond { $float } · attendu { $expected }
drawer-count-float = Compter le fond de caisse
drawer-count-close = Compter les espèces du tiroir
drawer-open-button = Ouvrir le tiroir
drawer-close-button = Clôturer et faire le rapport Z
drawer-x-title = Rapport X : la session jusqu’ici
drawer-z-title = Rapport Z { $number }
drawer-count-of = Nombre de { $denomination }
drawer-recorded = Enregistré.
drawer-owner-needed = Une sortie demande le gérant : ouvrez l’historique, saisissez le code du gérant, puis revenez.
drawer-row = { $key ->
        [float] Fond de caisse
        [cash_sales] Ventes en espèces
        [cash_refunds] Remboursements en espèces
        [paid_in] Entrées
        [paid_out] Sorties
        [no_sales] Sans vente
        [rounding] Arrondi espèces
        [expected] Attendu dans le tiroir
        [counted] Compté
        [variance] Écart
        [sales_card] Ventes par carte
        [sales_cash] Ventes en espèces (total)
        [sales_split] Paiements fractionnés
        [card_sales] Encaissé par carte
       *[card_refunds] Remboursements par carte
    }

## Receipts (receipt.js)

receipt-button = Ticket
receipt-title = Ticket
receipt-title-gift = Ticket cadeau
receipt-title-copy = Ticket (copie)
receipt-title-refund = Ticket de remboursement
receipt-refund-button = Ticket de remboursement
receipt-close = Fermer (Échap)
receipt-gift-button = Ticket cadeau
receipt-print = Imprimer
receipt-printed = Ticket imprimé sur { $printer }.
receipt-no-printer = Aucune imprimante de tickets : choisissez-en une dans Réglages → Tickets.
receipt-email-live = Stripe envoie le reçu par e-mail à { $email }.
receipt-email-test = Mode test : Stripe n'envoie aucun reçu par e-mail à { $email } (les paiements de test n'écrivent qu'aux adresses de votre équipe).
receipt-email-training = Mode formation : aucun reçu n'est envoyé par e-mail à { $email } (Stripe n'en envoie pas en mode test).
receipt-reprint = Réimprimer le ticket
receipt-test-printed = Page de test imprimée sur { $printer }.
receipt-settings-title = Tickets
receipt-settings-shop-name = Nom de la boutique (vide : le nom de la caisse)
receipt-settings-address = Adresse (4 lignes au plus)
receipt-settings-tax-id = N° de TVA
receipt-settings-phone = Téléphone
receipt-settings-footer = Pied de ticket (4 lignes au plus)
receipt-settings-printer = Imprimante (192.168.1.50:9100, /dev/usb/lp0 ou cups:FILE ; vide : aucune)
receipt-settings-paper = Papier
receipt-settings-paper-80 = 80 mm
receipt-settings-paper-58 = 58 mm
receipt-settings-code-page = Jeu de caractères
receipt-settings-code-page-pc858 = PC858 (Europe de l'Ouest, €)
receipt-settings-code-page-pc437 = PC437 (États-Unis, sans €)
receipt-settings-code-page-wpc1252 = Windows-1252
receipt-settings-code-page-kanji = Shift_JIS Kanji (modèles japonais)
receipt-settings-drawer-pin = Connecteur du tiroir-caisse
receipt-settings-drawer-pin-2 = Broche 2 (l'habituel)
receipt-settings-drawer-pin-5 = Broche 5 (second tiroir)
receipt-settings-copies = Exemplaires (1–5)
receipt-settings-print-mode = Imprimer les tickets
receipt-settings-auto = Automatiquement après paiement
receipt-settings-ask = Quand le personnel appuie sur Imprimer
receipt-settings-never = Jamais (à l'écran seulement)
receipt-settings-kick = Ouvrir le tiroir-caisse à chaque encaissement en espèces et pour « Sans vente »
receipt-settings-save = Enregistrer les réglages des tickets
receipt-settings-test = Imprimer une page de test

## Parked sales (parked.js)
parked-button = { $count ->
        [0] Mettre en attente · F3
       *[other] En attente ({ $count }) · F3
    }
    .title = Mettre cette vente en attente, ou en reprendre une (F3)
parked-title = Ventes en attente
parked-close = Fermer (Échap)
parked-label =
    .placeholder = Anna, Table 4…
    .aria-label = Libellé : le nom du client ou une table
parked-park = Mettre cette vente en attente
parked-list =
    .aria-label = Ventes en attente
parked-none = Aucune vente en attente sur cette caisse.
parked-row-meta = { $items } · { $total } · mise en attente à { $time }
parked-old = En attente depuis longtemps
parked-changed-price = { $name } coûte maintenant { $now } (au lieu de { $was })
parked-changed-gone = { $name } n’est plus vendu et sera retiré
parked-changed-coupon = Le coupon { $name } n’est plus utilisable et sera retiré
parked-changed-adjustments = La remise, le coupon ou le pourboire ne correspond plus au panier et sera retiré
parked-resume = Reprendre
parked-resume-changed = Reprendre aux prix du jour
parked-drop = Abandonner
parked-drop-title = Abandonner cette vente en attente ?
parked-drop-text = « { $label } » ({ $total }) quitte la liste. Rien n’a été payé, donc rien n’est remboursé.
parked-drop-yes = L’abandonner
parked-drop-no = La garder
parked-done = Mise en attente sous « { $label } ».
parked-resumed = « { $label } » est de retour en caisse.

## The report's chart (made in Rust: crates/till-domain/src/chart.rs, crates/till-core/src/history.rs)
chart-title = { $currency } brut par { $period ->
        [day] jour
        [week] semaine
       *[month] mois
    } — du { $from } au { $to }
chart-empty = Aucune vente payée sur cette période.
chart-max = max { $amount }
chart-card = carte
chart-cash = espèces
chart-refunded = remboursé
chart-bar = { $gross } brut ({ $card } carte, { $cash } espèces), { $refunded } remboursé, { $sales ->
        [one] { $sales } vente
       *[other] { $sales } ventes
    }
## The customer's screen: the register's switch and Settings (screen.js), where it is (the core), and the customer's own page (customer.js)
screen-button = Écran client
    .title = Allumer ou éteindre l’écran client
screen-settings-title = Écran client
screen-settings-switch = Écran client
screen-settings-auto = Allumé quand un second moniteur est branché
screen-settings-on = Allumé (une fenêtre ordinaire avec un seul moniteur)
screen-settings-off = Éteint
screen-settings-monitor = Moniteur
screen-settings-monitor-auto = Le premier moniteur qui n’est pas celui de la caisse
screen-settings-monitor-name = { $name } ({ $width }×{ $height })
screen-settings-monitor-register = { $name } ({ $width }×{ $height }) — celui de la caisse
screen-settings-welcome = Message d’accueil (vide : « Bienvenue ! »)
screen-settings-save = Enregistrer l’écran client
screen-settings-saved = Écran client enregistré.
customer-screen-closed = L’écran client est éteint.
customer-screen-window = L’écran client est une fenêtre ordinaire (pas de second moniteur pour lui).
customer-screen-on = L’écran client est en plein écran sur { $monitor }.
customer-screen-monitor-gone = Le moniteur de l’écran client a été débranché.
customer-welcome = Bienvenue !
customer-order-title = Votre commande
customer-total = Total
customer-scan = Scannez pour payer
customer-qr-alt = QR code de la page de paiement : scannez-le avec l’appareil photo de votre téléphone
customer-receipt-scan = Scannez pour votre reçu
customer-receipt-alt = QR code de votre reçu : scannez-le avec l’appareil photo de votre téléphone
customer-tendered = Donné
customer-change = Monnaie
customer-thank-you = Merci !
customer-status-preparing = Un instant — préparation de votre paiement…
customer-status-waiting = Scannez le code avec l’appareil photo de votre téléphone pour payer.
customer-status-three-d-secure = Confirmez le paiement auprès de votre banque (3D Secure).
customer-status-declined = Votre carte a été refusée — veuillez essayer une autre carte.
customer-status-processing = Traitement de votre paiement…
customer-status-paid = Payé.
customer-status-failed = Le paiement n’a pas abouti.
customer-status-expired = La page de paiement a expiré.
customer-status-canceled = Le paiement a été annulé.

## Returns by line (returns.js)
return-button = Reprendre des articles…
return-title = Reprendre des articles
return-close = Fermer (Échap)
return-note = { $tender ->
    [cash] Indiquez combien de chaque article reviennent. Leur montant est rendu en espèces depuis le tiroir.
   *[card] Indiquez combien de chaque article reviennent. Leur montant est remboursé sur la carte qui a payé.
}
return-line-meta = { $unit } l’unité · { $sold } vendu(s){ $returned ->
    [0] {""}
   *[other] , { $returned } déjà repris
}
return-all-back = Tout a été repris
return-quantity = Combien de { $name } reviennent
return-total = { $tender ->
    [cash] En espèces : { $amount }
   *[card] Sur la carte : { $amount }
}
return-none = Indiquez combien reviennent pour au moins un article.
return-submit = Reprendre et rembourser…
return-question = { $tender ->
    [cash] Reprendre { $items ->
        [one] 1 article
       *[other] { $items } articles
    } et rendre { $amount } en espèces depuis le tiroir ?
   *[card] Reprendre { $items ->
        [one] 1 article
       *[other] { $items } articles
    } et rembourser { $amount } sur la carte ?
}
return-yes = Rembourser { $amount }
return-no = Laisser la vente telle quelle
return-done = Articles repris : { $amount } remboursé(s).
return-error-nothing = Choisissez au moins une ligne, et combien en reviennent.
return-error-unknown-line = La vente { $sale } n’a pas de ligne au prix { $price } : choisissez une de ses lignes.
return-error-quantity = Indiquez combien de { $name } reviennent (1 ou plus).
return-error-exceeds = { $asked } × { $name } ne peuvent pas revenir : { $sold } vendu(s), { $returned } déjà repris, donc au plus { $left } de plus.
return-error-too-large = Ces quantités sont trop grandes.
return-error-adjusted = La vente { $sale } avait une remise ou une taxe ajoutée, donc le prix d’une ligne n’est pas ce qui a été payé pour elle : remboursez-la par montant.
return-error-split = La vente { $sale } a été payée en partie en espèces et en partie par carte : remboursez-la par montant, en indiquant ce qui revient sur la carte et ce qui est rendu en espèces.

## Refund refusals (the core: refunds.rs)
refund-error-reason = { $reason } n’est pas un motif de remboursement : utilisez { $reasons }.
refund-error-use-cash = La vente { $sale } a été payée en espèces, pas par carte : remboursez-la en espèces depuis le tiroir.
refund-error-exceeds-card = C’est plus que ce qui peut revenir sur la carte pour la vente { $sale } (espèces et carte) : il reste { $left } de sa part carte. Remboursez le reste en espèces.
refund-error-no-cash = La vente { $sale } n’a pas encaissé d’espèces, donc rien n’en revient en espèces. Remboursez-la par carte.
refund-error-exceeds-cash = C’est plus que ce qui peut être rendu en espèces pour la vente { $sale } (il reste { $left } sur { $taken } encaissés en espèces). Saisissez { $left } ou moins.
refund-error-split-nothing = Indiquez combien revient sur la carte, combien en espèces, ou les deux.
refund-error-not-split = La vente { $sale } a été payée { $tender ->
        [card] par carte
        [cash] en espèces
       *[other] ({ $tender })
    }, pas en espèces et par carte : remboursez-la par son seul moyen de paiement.
refund-error-drawer-closed = Le tiroir n’est pas ouvert, donc aucune espèce ne peut être rendue. Ouvrez-le d’abord avec son fond de caisse ; rien n’a été remboursé.
refund-error-lines-exceed = Ces lignes font { $amount }, plus que ce qui peut encore revenir sur la carte pour la vente { $sale } ({ $left }).
refund-error-membership = La vente { $sale } a vendu une adhésion : son paiement est la première facture de l’abonnement, que Till ne rembourse pas. Remboursez la facture dans le Dashboard Stripe, et résiliez l’adhésion dans Membres si elle doit prendre fin.
refund-error-zero = Un remboursement doit être supérieur à zéro.
refund-error-refunded = La vente { $sale } a déjà été remboursée en totalité.
refund-error-too-large = { $amount } dépasse ce qui reste à rembourser sur cette vente ({ $left }). Saisissez { $left } ou moins.
refund-error-no-payment = Aucun paiement Stripe n’est enregistré pour la vente { $sale } : il n’y a rien à rembourser via Stripe. Vérifiez-la dans le Dashboard Stripe.
refund-error-no-payment-short = Aucun paiement Stripe n’est enregistré pour la vente { $sale }.
refund-error-not-paid = La vente { $sale } n’est pas payée (état : { $state ->
        [creating] En préparation
        [awaiting_payment] En attente
        [canceling] Annulation
        [processing] En traitement
        [failed] Échec
        [expired] Expiré
        [canceled] Annulé
       *[other] { $state }
    }) : seule une vente payée peut être remboursée.
refund-error-offline = { $failure } : rien n’a été remboursé et rien n’a changé. Vérifiez la connexion Internet et réessayez.
refund-error-unconfirmed = Stripe n’a pas répondu ({ $failure }). Le remboursement a peut-être été fait, peut-être pas : son montant reste réservé, et Till redemande avec la même clé (Stripe ne rembourse jamais deux fois pour elle) quand vous remboursez, actualisez ou rouvrez cette vente.
refund-error-refused = Stripe a refusé le remboursement : { $failure }. Rien n’a été remboursé.

## Cart, register and parked-sale refusals (the core: till-domain's cart.rs, register.rs, parked.rs)
sale-misc-line = Divers
register-error-open-price-zero = Saisissez un montant supérieur à zéro.
register-error-not-open-price = { $name } a un prix fixe : touchez sa vignette pour l’ajouter.
sale-manual-discount = Remise manuelle
register-error-discount-needs-owner = Une remise manuelle demande le propriétaire ou un responsable connecté à la caisse. Demandez-lui de se connecter (le propriétaire avec son code PIN).
register-error-discount-reason = Indiquez la raison de la remise (1 à 200 caractères) : l’historique de la vente la garde.
register-error-discount-zero = Saisissez une remise supérieure à zéro.
register-error-override-needs-owner = Changer un prix demande le propriétaire ou un responsable connecté à la caisse. Demandez-lui de se connecter (le propriétaire avec son code PIN).
register-error-override-reason = Indiquez pourquoi le prix change (1 à 200 caractères) : l’historique de la vente le garde.
register-error-override-zero = Saisissez un prix supérieur à zéro. Pour offrir l’article, demandez une remise au propriétaire.
register-error-override-recurring = { $name } est un abonnement : son prix est celui que facture l’abonnement. Changez-le dans Stripe.
sale-discount = Remise
sale-tip-line = Pourboire
timeline-session-created-canceling = Stripe a renvoyé la session Checkout { $session } ; elle est close pour terminer l’annulation.
timeline-session-created = Session Checkout { $session } créée ; en attente du client.
timeline-session-refused-canceled = Stripe a refusé de créer la session Checkout ({ $reason }) ; rien à clore, vente annulée.
timeline-session-refused = Stripe a refusé de créer la session Checkout : { $reason }
timeline-declined = Carte refusée ({ $code }).
timeline-declined-message = Carte refusée ({ $code }) : { $message }
timeline-three-d-secure = Le client effectue la vérification 3-D Secure.
timeline-paid = Payé { $amount } ; PaymentIntent { $intent }.
timeline-completed-unpaid = Paiement validé avec un moyen de paiement que la banque confirme plus tard.
timeline-completed-unpaid-intent = Paiement validé avec un moyen de paiement que la banque confirme plus tard. PaymentIntent { $intent }.
timeline-delayed-paid = Le paiement différé a réussi : payé { $amount } ; PaymentIntent { $intent }.
timeline-delayed-failed = Le paiement différé a échoué : { $reason }
timeline-expired-canceled = La session Checkout a expiré ; vente annulée.
timeline-expired = La session Checkout a expiré avant que le client ne paie.
timeline-cancel-requested = Le personnel a annulé la vente ; Stripe est invité à clore la session Checkout.
timeline-cancel-confirmed = Stripe a clos la session Checkout comme demandé ; vente annulée.
timeline-cancel-too-late = L’annulation est arrivée trop tard.
timeline-amount-mismatch = Attention : le montant de Stripe ({ $stripe }) diffère de la part carte de la vente ({ $expected }).
timeline-reconcile-session = la session Checkout { $session } est { $status } / { $payment }
timeline-reconcile-session-amount = la session Checkout { $session } est { $status } / { $payment }, { $amount }
timeline-reconcile-session-intent = la session Checkout { $session } est { $status } / { $payment }, PaymentIntent { $intent }
timeline-reconcile-session-amount-intent = la session Checkout { $session } est { $status } / { $payment }, { $amount }, PaymentIntent { $intent }
timeline-state = { $state ->
        [creating] « En préparation »
        [awaiting_payment] « En attente »
        [canceling] « Annulation »
        [processing] « En traitement »
        [paid] « Payé »
        [failed] « Échec »
        [expired] « Expiré »
        [canceled] « Annulé »
       *[other] { $state }
    }
timeline-reconcile-corrected = Rapprochement : le journal indiquait { $state }, mais { $session }. Corrigé d’après Stripe.
timeline-reconcile-imported = Importée de Stripe par le rapprochement : session Checkout { $session } de la caisse { $register }, { $lines } ligne(s), { $amount }.
member-timeline-status = { $status ->
        [active] actif
        [trialing] en essai
        [past_due] en retard
        [unpaid] impayé
        [canceled] annulé
        [incomplete] incomplet
        [incomplete_expired] expiré
        [paused] en pause
       *[other] { $status }
    }
member-timeline-a-membership = abonnement
member-timeline-recorded = Abonnement enregistré : { $plan }, { $status }.
member-timeline-recorded-until = Abonnement enregistré : { $plan }, { $status }, la période en cours se termine le { $end }.
member-timeline-status-changed = Statut { $from } → { $to }.
member-timeline-past-due = Le paiement du renouvellement a échoué ; Stripe le retente. Demandez au membre de mettre sa carte à jour.
member-timeline-ended = L’abonnement a pris fin : accès retiré.
member-timeline-cancel-scheduled = Prendra fin à la clôture de la période ({ $end }).
member-timeline-cancel-scheduled-no-date = Prendra fin à la clôture de la période (date inconnue).
member-timeline-cancel-withdrawn = L’annulation prévue a été retirée.
member-timeline-period-ends = La période en cours se termine désormais le { $end }.
member-timeline-updated = Informations mises à jour.
member-timeline-an-invoice = (sans numéro)
member-timeline-amount-not-given = montant non indiqué
member-timeline-amount-unknown = un montant inconnu
member-timeline-invoice-paid = Facture { $invoice } payée : { $amount } ({ $reason ->
        [first] premier paiement
        [renewal] renouvellement
       *[other] paiement
    }).
member-timeline-invoice-failed = Facture { $invoice } : { $reason ->
        [first] le premier paiement
        [renewal] le paiement du renouvellement
       *[other] le paiement
    } de { $amount } a échoué. Stripe le retente ; demandez au membre de mettre sa carte à jour.
member-timeline-invoice-failed-attempt = Facture { $invoice } : { $reason ->
        [first] le premier paiement
        [renewal] le paiement du renouvellement
       *[other] le paiement
    } de { $amount } a échoué, tentative { $attempt }. Stripe le retente ; demandez au membre de mettre sa carte à jour.
timeline-charge-pressed = Encaisser pressé : { $lines } ligne(s), { $total }.
timeline-split-pressed = Partager pressé : { $lines } ligne(s), { $total } ; { $cash } en espèces ({ $parts } partie(s)), { $card } par carte.
timeline-paid-cash = Payé en espèces : { $tendered } remis, { $change } rendu.
timeline-cash-rounding = Arrondi espèces { $rounding }.
timeline-price-override = Prix de { $name } modifié de { $was } à { $now } : { $reason }.
timeline-manual-discount = Remise manuelle { $amount } : { $reason }.
timeline-promotion-code = Le client a utilisé le code promo { $code } : { $discount } de remise ; Stripe a encaissé { $charged } (demandé { $asked }).
timeline-no-promotion-code = Aucun code promo n’a été utilisé.
timeline-refund-cash = { $amount } remboursé en espèces depuis le tiroir, à la demande du propriétaire.
timeline-refund = Remboursement { $refund } de { $amount } : { $status }.
timeline-refund-asked = Remboursement { $refund } de { $amount } demandé par le propriétaire : { $status }.
timeline-refund-failed = Remboursement { $refund } de { $amount } : { $status } ({ $why }).
timeline-split-voided = Annulée après la fin de la partie carte ({ $state }) : ses espèces rendues depuis le tiroir.
timeline-split-cash-balance = Partie carte terminée ({ $state }) ; solde { $balance } encaissé en espèces : { $tendered } remis, { $change } rendu.
timeline-split-retried = Carte retentée dans la vente { $next }, qui reprend les espèces de cette vente.
timeline-split-retry-created = Carte retentée pour la vente { $sale } : ses espèces reprises, le reste par carte.
sale-promotion-code-discount = Code { $code }
cart-promotion-codes = Code promo : le client le saisit sur la page Stripe
recurring-every = { $count ->
        [1] { $interval ->
            [day] jour
            [week] semaine
            [month] mois
           *[year] an
        }
       *[other] { $count } { $interval ->
            [day] jours
            [week] semaines
            [month] mois
           *[year] ans
        }
    }
recurring-label = { $amount } / { $every }
cart-membership = Abonnement, période de facturation : { $every }
cart-error-coupon-and-promotion-codes = Stripe accepte un coupon ou un code promo saisi par le client, pas les deux. Retirez d'abord l'un des deux.
cart-error-promotion-codes-need-card = Le client saisit un code promo sur la page de paiement Stripe, cette vente ne peut donc être payée que par carte. Désactivez les codes promo sous Coupon pour encaisser en espèces.
checkout-error-promotion-codes-with-tip = Stripe déduirait aussi un code promo du pourboire. Retirez le pourboire ou désactivez les codes promo sous Coupon.
checkout-error-promotion-codes-membership = Une adhésion ne peut pas recevoir de code promo à la caisse. Désactivez les codes promo sous Coupon ou vendez l'adhésion seule.
adjust-promotion-codes = Le client saisit un code promo
adjust-promotion-codes-detail = sur la page Stripe
cart-tax-exclusive = { $name } { $rate }
cart-tax-inclusive = dont { $name } { $rate }
cart-error-empty = Le panier est vide. Ajoutez au moins un article avant d’encaisser.
cart-error-mixed-currency = Cette vente est en { $cart } mais { $name } est au prix en { $item }. Une vente n’a qu’une devise : terminez ou videz d’abord cette vente.
cart-error-quantity-range = La quantité de { $name } doit être comprise entre 1 et 999 (demandé : { $quantity }).
cart-error-quantity-below-one = La quantité de { $name } ne peut pas descendre sous 1. Utilisez Retirer pour l’enlever de la vente.
cart-error-too-many-lines = Une vente contient au plus 100 articles différents. Encaissez cette vente, puis saisissez le reste dans une nouvelle.
cart-error-line-not-found = Cet article n’est plus dans le panier. Actualisez et réessayez.
cart-error-price-conflict = { $name } est déjà dans le panier à un autre prix. Synchronisez le catalogue, puis videz la vente et saisissez-la à nouveau.
cart-error-invalid-item = Cet article ne peut pas être vendu : ses données de catalogue sont endommagées ({ $reason }). Synchronisez le catalogue ; si cela persiste, vérifiez le produit dans le Dashboard Stripe.
cart-error-mixed-schedules = { $first } (période de facturation : { $first_every }) et { $other } (période de facturation : { $other_every }) : une vente d’abonnement ne peut avoir qu’une seule période de facturation. Vendez-les en deux ventes.
cart-error-too-many-memberships = Une vente d’adhésion contient au plus 20 articles récurrents. Vendez le reste dans une seconde vente.
cart-error-membership-needs-card = Une adhésion se renouvelle par carte, elle ne peut donc pas être payée en espèces. Encaissez-la par carte.
discounts-error-tax-name = Un taux de taxe a besoin d’un nom de 1 à 50 caractères (TVA, Sales tax).
discounts-error-country = Le pays s’écrit en deux lettres (FR, US), ou reste vide.
discounts-error-jurisdiction = La juridiction fait au plus 50 caractères (NY), ou reste vide.
discounts-error-coupon-name = Un coupon a besoin d’un nom de 1 à 40 caractères (il figure sur la vente et le reçu).
discounts-error-coupon-value = Un coupon retire soit un pourcentage (10), soit un montant (5,00), supérieur à zéro. Remplissez l’un des deux.
discounts-error-coupon-max = Le nombre d’utilisations est d’au moins 1, ou vide pour aucune limite.
pricing-error-empty = La vente n’a aucun article. Ajoutez d’abord un article.
pricing-error-zero-quantity = Une ligne a une quantité de 0. Retirez la ligne ou indiquez une quantité d’au moins 1.
pricing-error-negative-price = Une ligne a un prix négatif. Vérifiez le prix de l’article dans le catalogue.
pricing-error-unknown-tax-rate = Le taux de taxe { $id } est inconnu (il a peut-être été archivé). Actualisez le catalogue ou choisissez un autre taux de taxe pour le produit.
pricing-error-invalid-percent = « { $input } » n’est pas un pourcentage. Saisissez un nombre de 0 à 100 avec au plus quatre décimales.
pricing-error-empty-coupon = Le coupon { $coupon } ne retire rien. Choisissez un autre coupon.
pricing-error-coupon-currency = Le coupon { $coupon } vaut pour les ventes en { $coupon_currency }, et cette vente est en { $sale_currency }. Choisissez un coupon en { $sale_currency } ou un coupon en pourcentage.
pricing-error-discount-exceeds-sale = La remise ({ $discount }) dépasse la vente ({ $subtotal }). Choisissez une remise plus petite ou ajoutez d’abord les articles.
pricing-error-tip-currency = Le pourboire est en { $tip_currency }, et cette vente est en { $sale_currency }. Saisissez le pourboire en { $sale_currency }.
pricing-error-negative-tip = Un pourboire ne peut pas être négatif. Saisissez-le sans signe moins, ou choisissez Pas de pourboire.
pricing-error-tip-too-large = Le pourboire ({ $tip }) dépasse la vente elle-même ({ $sale }). Vérifiez le pourboire ; Till accepte au plus { $limit }.
pricing-error-total-too-large = Le total de la vente dépasse le maximum de Stripe pour un paiement ({ $maximum }). Divisez la vente en plusieurs plus petites.
coupon-off = { $off } de remise
register-error-unknown-coupon = Le catalogue synchronisé n’a pas de coupon { $coupon }. Synchronisez le catalogue ou choisissez-en un dans la liste.
register-error-coupon-expired = Le coupon { $coupon } a expiré ou est épuisé chez Stripe. Choisissez un autre coupon.
register-error-favourites-full = { $max ->
        [one] Au plus 1 produit tient sur la page des favoris ; retirez-en un d’abord.
       *[other] Au plus { $max } produits tiennent sur la page des favoris ; retirez-en un d’abord.
    }
register-error-favourite-twice = { $price } figure deux fois sur la page des favoris ; gardez-le une seule fois.
register-error-favourite-unknown = Aucun produit au prix { $price } dans la devise de cette caisse. Synchronisez le catalogue et choisissez à nouveau.
register-error-no-product = Aucun produit au prix { $price } dans le catalogue. Synchronisez le catalogue et réessayez.
register-error-unknown-code = Aucun produit n’a le code-barres ou la référence { $code }. Vérifiez le code ou cherchez par nom.
register-error-park-empty = Le panier est vide : il n’y a rien à mettre en attente.
register-error-park-charging = Le paiement de cette vente est en cours. Annulez d’abord le paiement, puis mettez la vente en attente.
register-error-busy = Une vente est en caisse. Encaissez-la, mettez-la en attente ou videz-la avant d’en reprendre une autre.
register-error-nothing-sold = Plus rien de ce qui est en attente sous { $label } n’est vendu. Abandonnez-la et saisissez à nouveau la vente.
register-error-prices-changed = Depuis la mise en attente de { $label } : { $changes }. Reprenez-la aux prix du jour, ou laissez-la en attente.
parked-changed-gone-short = { $name } n’est plus vendu
parked-changed-coupon-short = le coupon { $name } n’est plus utilisable
parked-changed-adjustments-short = la remise, le coupon ou le pourboire ne correspond plus au panier
parked-error-label-missing = Donnez un nom à la vente en attente — le nom du client ou une table — pour la retrouver.
parked-error-label-invalid = { $max ->
        [one] Le nom d’une vente en attente fait au plus 1 caractère sur une ligne ; raccourcissez-le.
       *[other] Le nom d’une vente en attente fait au plus { $max } caractères sur une ligne ; raccourcissez-le.
    }
parked-error-unreadable = La vente en attente { $label } n’a pas pu être relue ({ $error }). Abandonnez-la et saisissez-la à nouveau.
parked-error-gone = La vente en attente { $id } n’est plus en attente à cette caisse (déjà reprise ou abandonnée). Actualisez la liste.

## Split, drawer and checkout refusals (the core: split.rs, drawer.rs, checkout.rs)
split-error-no-cash = Un paiement partagé a besoin d’une part en espèces. Saisissez les espèces que donne le client, ou choisissez Carte.
split-error-currency = Les espèces ont été comptées en { $counted } mais la vente est en { $currency }. Comptez-les en { $currency }.
split-error-part-zero = Chaque part en espèces doit être supérieure à zéro. Saisissez ce que le client remet pour elle.
split-error-membership = Une adhésion se renouvelle par carte, elle ne peut donc pas être partagée avec des espèces. Choisissez Carte.
split-error-sale-not-split = La vente { $sale } est déjà payée { $tender ->
        [card] par carte
        [cash] en espèces
       *[other] ({ $tender })
    }. Terminez-la ou annulez-la avant de partager.
split-error-other-amounts = La vente { $sale } a déjà été partagée avec d’autres montants. Réglez-la (son panneau montre les espèces encaissées), ou commencez une nouvelle vente.
split-error-not-split = La vente { $sale } est payée { $tender ->
        [card] par carte
        [cash] en espèces
       *[other] ({ $tender })
    }, pas en espèces et par carte.
split-error-retried = La carte de la vente { $sale } a déjà été réessayée comme vente { $next }, qui reprend ses espèces. Réglez plutôt cette vente.
split-error-settled = La vente { $sale } est déjà réglée ({ $kind ->
        [voided] annulée
        [paid_cash_balance] reste payé en espèces
       *[other] { $kind }
    }). Il n’y a plus rien à faire ; commencez une nouvelle vente.
split-error-card-open = La part carte de la vente { $sale } est encore ouverte (état : { $state ->
        [creating] En préparation
        [awaiting_payment] En attente
        [canceling] Annulation
        [processing] En traitement
       *[other] { $state }
    }) : attendez la réponse de la banque avant de la régler autrement.
split-error-paid = La part carte de la vente { $sale } a été payée avant de pouvoir être annulée : la vente est maintenue. Remboursez-la plutôt si le client veut récupérer son argent.
split-error-unsettled = La vente { $sale } a des espèces encaissées et sa part carte n’a pas été payée. Réessayez la carte, prenez le reste en espèces ou annulez-la avant de recommencer.
drawer-error-sale-is-card = La vente { $sale } est déjà en cours de paiement par carte. Annulez-la dans le panneau de paiement avant d’encaisser des espèces.
drawer-error-move-zero = Saisissez le montant mis ou retiré (supérieur à zéro).
drawer-error-move-reason = Indiquez pourquoi les espèces entrent ou sortent (200 caractères au plus), p. ex. « monnaie de la banque ».
drawer-error-over-drawer = Le tiroir ne devrait contenir que { $expected } ; { $amount } ne peuvent pas en sortir. Vérifiez le montant.
drawer-error-closed = Le tiroir de la caisse { $till } n’est pas ouvert, il n’y a donc pas de session sur laquelle faire un rapport. Ouvrez-le d’abord avec son fond de caisse.
drawer-error-count-missing = Comptez les espèces du tiroir avant de le fermer (indiquez combien de chaque pièce et billet, ou le total). Un tiroir sans espèces est compté 0.
drawer-error-no-z-report = Cette caisse n’a pas de rapport Z { $number }. Listez-les avec tillctl drawer z.
checkout-error-tip-membership = Une adhésion ne peut pas recevoir de pourboire. Retirez le pourboire ou vendez l’adhésion seule.
checkout-error-coupon-with-tip = Ce coupon a une limite chez Stripe : il ne peut pas aller sur une vente par carte avec pourboire, Stripe l’appliquerait aussi au pourboire. Retirez le pourboire, ou encaissez en espèces ou en paiement partagé.
checkout-error-email-required = Une adhésion demande l’e-mail du client (Stripe y envoie les reçus et les avis de renouvellement, et le personnel retrouve les membres grâce à lui). Demandez-le et saisissez-le dans le champ e-mail.
checkout-error-split-too-small = La part carte { $amount } de la vente { $sale } est sous le minimum de Stripe ({ $refused }). Prenez le reste en espèces.
checkout-error-other-items = La vente { $sale } a déjà été encaissée avec d’autres articles. Commencez une nouvelle vente pour ce panier.
checkout-error-not-created = { $failure }. La vente est enregistrée ; appuyez sur Réessayer (ou redémarrez Till) et elle reprend avec la même requête, le client n’est donc jamais débité deux fois.
checkout-error-create-refused = { $failure }. La vente a été marquée en échec ; rien n’a été débité.

## History's filter and report refusals (the core: history.rs)
history-error-date-range = La période se termine ({ $to }) avant de commencer ({ $from }). Inversez les dates.
history-error-status = { $status } n’est pas un état de vente. Utilisez l’un de : { $states }.
history-error-register = Un identifiant de caisse fait au plus 200 caractères.
history-error-staff = Un identifiant de personnel fait au plus 200 caractères (staff_…).
history-error-search-long = Une recherche fait au plus 200 caractères. Cherchez un seul nom, e-mail ou identifiant.
history-error-search-empty = Saisissez des lettres ou des chiffres : un nom de produit, un e-mail, ou un identifiant de vente, de session ou de PaymentIntent.
history-error-cursor = La position de page n’est pas valide ; recommencez depuis la première page.
history-error-period = { $period } n’est pas une période de rapport : utilisez day, week ou month.
history-error-report-range = Le rapport se termine ({ $to }) avant de commencer ({ $from }). Inversez les dates.
history-error-report-days = { $max ->
        [one] Un rapport couvre au plus 1 jour ; choisissez une période plus courte.
       *[other] Un rapport couvre au plus { $max } jours ; choisissez une période plus courte.
    }

## Cash tender and count refusals (till-domain's tender.rs)
tender-error-currency = Les espèces ont été comptées en { $counted } mais la vente est en { $currency }. Comptez-les en { $currency }.
tender-error-negative = Le montant remis ne peut pas être négatif. Saisissez ce que le client a donné.
tender-error-too-large = Ce montant remis dépasse le plus grand montant que Till accepte. Vérifiez le montant saisi.
tender-error-short = Avec { $tendered } remis, il manque { $short } pour { $due }. Prenez plus d’espèces, ou le reste par carte avec Espèces et carte.
tender-error-count-negative = Un montant compté ne peut pas être négatif. Recomptez le tiroir.
tender-error-denomination = { $denomination } n’est pas une pièce ou un billet en { $currency }. Comptez avec les valeurs affichées.
tender-error-pieces-negative = Un nombre de pièces ou de billets ne peut pas être négatif. Recomptez le tiroir.
tender-error-count-too-large = Ce comptage dépasse ce que peut contenir un tiroir. Vérifiez les nombres saisis.
tender-error-split-no-cash = Un paiement partagé a besoin d’une part en espèces. Saisissez les espèces que donne le client, ou choisissez Carte.
tender-error-covers-total = { $cash } en espèces couvrent la totalité des { $total }. Choisissez Espèces plutôt qu’Espèces et carte.
tender-error-balance-too-small = La carte serait débitée de { $card }, et le minimum de Stripe est { $minimum }. Prenez au plus { $most } en espèces, ou tout en espèces. ({ $refused })

## Amount refusals (till-domain's money.rs)
money-error-unknown-currency = « { $input } » n’est pas une devise dans laquelle Stripe peut débiter. Utilisez un code de trois lettres comme USD ou EUR.
money-error-unknown-locale = « { $input } » n’est pas une langue d’affichage prise en charge. Choisissez en-US, en-GB, de-DE, fr-FR, es-ES ou ja-JP.
money-error-invalid = « { $input } » n’est pas un montant. { $hint }
money-hint-example = Saisissez un montant, par exemple { $example }.
money-hint-comma = Saisissez-le avec une virgule avant les centimes, par exemple 29,50 ou 1 234,50.
money-hint-point = Saisissez-le avec un point avant les centimes, par exemple 29.50 ou 1,234.50.
money-error-negative = « { $input } » est négatif. Saisissez le montant sans signe moins.
money-error-decimals = { $allowed ->
        [0] Les montants en { $currency } sont des nombres entiers. Saisissez le montant sans décimales.
        [one] Les montants en { $currency } ont au plus 1 décimale. Vérifiez le montant.
       *[other] Les montants en { $currency } ont au plus { $allowed } décimales. Vérifiez le montant.
    }
money-error-too-small = { $amount } est sous le montant minimum de Stripe de { $minimum }. Ajoutez des articles pour atteindre le minimum, ou prenez un autre moyen de paiement.
money-error-too-large = Le montant dépasse le maximum de Stripe pour un débit ({ $maximum }). Divisez la vente en plusieurs plus petites.
money-error-precision = Stripe ne débite les { $currency } que par pas de { $step }, et { $amount } n’en est pas un. Ajustez le montant.
money-error-mixed-currency = Des montants en { $expected } et en { $found } ne peuvent pas s’additionner. Gardez une seule devise par vente.

## The catalog editor's refusals (the core: catalog_admin.rs)
catalog-error-draft-id = L’identifiant de brouillon du formulaire n’est pas valide ; rouvrez le formulaire et réessayez.
catalog-error-name = Un produit a besoin d’un nom de 1 à 250 caractères.
catalog-error-description = La description compte au plus 500 caractères.
catalog-error-price-zero = Un prix doit être supérieur à zéro.
catalog-error-interval = { $interval } n’est pas un intervalle de facturation : utilisez day, week, month ou year, ou laissez vide pour un prix unique.
catalog-error-field-long = { $field ->
        [sku] La référence
        [barcode] Le code-barres
        [category] La catégorie
       *[other] { $field }
    } compte au plus 100 caractères.
catalog-error-barcode = Un code-barres ne contient que des lettres, des chiffres et des tirets (ce que le lecteur saisit).
catalog-error-unconfirmed = { $failure } Appuyez de nouveau sur le bouton : Till renvoie la demande { $request } avec les mêmes clés, donc Stripe ne la crée jamais deux fois.
catalog-error-conflict = Ce formulaire a déjà été envoyé avec d’autres valeurs. Rouvrez le formulaire pour créer un autre produit.
catalog-error-product-id = { $id } n’est pas un identifiant de produit (prod_…).

## Settings' refusals and explanations (the core: settings.rs, phone.rs; till-print's setting.rs)
settings-error-register-name = Le nom de la caisse doit compter de 1 à { $max } caractères, par ex. « Comptoir avant ».
settings-error-currency = { $error } Choisissez une devise dans la liste.
settings-error-locale = { $error } Choisissez un format d’affichage dans la liste.
settings-error-language = Till ne parle pas la langue « { $tag } ». Choisissez une langue dans la liste.
settings-error-timeout = Le délai du paiement à l’écran doit être de 1 à { $max } minutes (la page de paiement de Stripe vit 31 minutes ; Till annule avant).
settings-error-tip-preset = « { $preset } » n’est pas un pourboire prédéfini : indiquez des pourcentages entiers de 1 à { $max }, séparés par des virgules (10, 15, 20).
settings-error-tip-repeated = { $preset } % figure deux fois parmi les pourboires prédéfinis. Indiquez chaque pourcentage une seule fois.
settings-error-tip-count = Au plus { $max } pourboires prédéfinis tiennent dans la fenêtre Pourboire. Retirez-en.
settings-error-cancel-url = L’URL d’annulation doit être une adresse web commençant par https:// (ou http:// pour cet ordinateur), par ex. https://shop.example/thanks. Laissez-la vide pour utiliser la page de Till.
settings-error-print-mode = « { $input } » n’est pas un choix d’impression des tickets. Choisissez auto (imprimer une fois payé), ask (imprimer quand le personnel appuie sur Imprimer) ou never.
settings-error-shop-field = { $field ->
        [name] Le nom de la boutique
        [tax-id] Le n° de TVA
       *[phone] Le numéro de téléphone
    } doit tenir sur une ligne d’au plus { $max } caractères (la largeur d’un ticket de 80 mm).
settings-error-shop-lines = { $field ->
        [address] L’adresse de la boutique
       *[footer] Le pied de ticket
    } peut avoir au plus { $lines } lignes d’au plus { $max } caractères chacune.
settings-error-copies = Le nombre d’exemplaires doit être compris entre 1 et { $max }.
settings-error-return-port-stored = Le port de la page de retour { $port } dans les Réglages n’est pas un numéro de port.
phone-explain-page = La page web que le téléphone d’un client ouvre après le paiement (la page https publique de votre boutique ; {"{"}CHECKOUT_SESSION_ID{"}"} est remplacé par l’identifiant du paiement) ; vide : la page de Till, que seul le navigateur de cet ordinateur peut ouvrir.
phone-explain-lan = Mode formation uniquement : sert la page de paiement de formation sur l’adresse réseau de cet ordinateur, avec un jeton secret dans chaque lien, pour que le personnel puisse scanner le QR code avec un vrai téléphone (cartes de test uniquement, pas d’argent réel).
phone-page-refused = La page après le paiement { $why }. Saisissez la page web publique de votre boutique, par ex. https://shop.example/thanks (elle peut contenir {"{"}CHECKOUT_SESSION_ID{"}"}), ou laissez le champ vide.
phone-page-too-long = dépasse { $max } caractères
phone-page-spaces = contient des espaces ou des sauts de ligne
phone-page-not-https = doit commencer par https:// (le téléphone d’un client l’ouvre après le paiement)
phone-page-user = ne doit contenir ni nom d’utilisateur ni mot de passe
phone-page-bad-host = a un nom d’hôte mal formé
phone-page-bad-port = a un port mal formé
phone-page-no-host = n’a pas de nom d’hôte
phone-page-local = pointe vers cet ordinateur, que le téléphone d’un client ne peut pas joindre
printer-setting-connection-missing = Saisissez la connexion de l’imprimante : son adresse réseau (192.168.1.50), un périphérique (/dev/usb/lp0) ou une file CUPS (cups:QUEUE).
printer-setting-bad-connection = « { $input } » n’est pas une connexion d’imprimante. Saisissez l’adresse d’une imprimante réseau (192.168.1.50 ou 192.168.1.50:9100), un périphérique ou un fichier (/dev/usb/lp0), ou une file CUPS (cups:QUEUE).
printer-setting-bad-paper = « { $input } » n’est pas une largeur de papier sur laquelle Till imprime. Choisissez 58 (32 colonnes) ou 80 (48 colonnes).
printer-setting-bad-code-page = « { $input } » n’est pas une page de codes que Till connaît. Choisissez pc858 (Europe de l’Ouest avec €, l’habituelle), pc437, wpc1252 ou shift-jis-kanji (imprimantes japonaises avec kanji).
printer-setting-bad-drawer-pin = « { $input } » n’est pas un connecteur de tiroir-caisse. Choisissez 2 (l’habituel) ou 5 (un second tiroir).

## Key, webhook secret and membership refusals (the core: keys.rs, members.rs)
keys-error-empty = Aucune clé n’a été saisie. Collez une clé restreinte (rk_test_… ou rk_live_…, recommandée) ou une clé secrète (sk_…). Copiez-la depuis le Dashboard Stripe → Développeurs → Clés API.
keys-error-publishable = C’est une clé publiable (pk_…) : elle ne peut pas créer de paiements. Till a besoin d’une clé restreinte (rk_…, recommandée) ou d’une clé secrète (sk_…). Copiez-la depuis le Dashboard Stripe → Développeurs → Clés API.
keys-error-webhook-secret-as-key = C’est un secret de signature du webhook (whsec_…), pas une clé API : saisissez-le sous Secret de signature du webhook.
keys-error-not-a-key = Ce n’est pas une clé API Stripe : elle devrait commencer par rk_test_, rk_live_, sk_test_ ou sk_live_. Copiez-la depuis le Dashboard Stripe → Développeurs → Clés API.
keys-error-incomplete = Cette clé est incomplète ou contient des espaces ou des caractères que les clés Stripe n’ont jamais. Copiez-la depuis le Dashboard Stripe → Développeurs → Clés API.
keys-error-webhook-empty = Aucun secret de signature du webhook n’a été saisi. Il commence par whsec_ : `stripe listen` l’affiche, et chaque endpoint de webhook montre le sien dans le Dashboard Stripe → Développeurs → Webhooks.
keys-error-webhook-malformed = Ce n’est pas un secret de signature de webhook. Il commence par whsec_ : `stripe listen` l’affiche, et chaque endpoint de webhook montre le sien dans le Dashboard Stripe → Développeurs → Webhooks.
keys-error-live-confirmation = C’est une clé en mode réel : de vraies cartes seront débitées. Confirmez que vous voulez le mode réel (tapez LIVE dans les Réglages, ou passez --confirm-live à tillctl).
keys-error-unsendable = Cette clé contient des caractères qui ne peuvent pas être envoyés à Stripe.
keys-error-mode-mismatch = Stripe a renvoyé des objets { $seen ->
        [live] en mode réel
       *[other] en mode test
    } pour cette clé { $mode ->
        [live] en mode réel
       *[other] en mode test
    }. Rien n’a été enregistré ; vérifiez que c’est bien la clé voulue.
keys-error-missing-permissions = Il manque à cette clé restreinte des autorisations dont Till a besoin : { $missing }. Dans le Dashboard Stripe → Développeurs → Clés API, modifiez la clé ({ $key }), définissez { $settings }, enregistrez et saisissez de nouveau la clé. Rien n’a été enregistré.
keys-permission-for = { $permission } pour { $purpose }
keys-error-rejected = Stripe a refusé cette clé ({ $key }) : elle est mal saisie, a été renouvelée ou a été supprimée. Copiez-la de nouveau depuis le Dashboard Stripe → Développeurs → Clés API. Rien n’a été enregistré.
keys-error-unreachable = Till n’a pas pu joindre Stripe pour vérifier la clé : cet ordinateur semble hors ligne, ou un pare-feu bloque Stripe. Vérifiez la connexion Internet et réessayez. Rien n’a été enregistré.
keys-error-check-failed = Stripe n’a pas pu vérifier la clé : { $failure }. Rien n’a été enregistré ; réessayez dans un instant.
keys-problem-stored-malformed = Le trousseau contient pour la clé Stripe de Till quelque chose qui n’est pas une clé Stripe. Remplacez-le ou supprimez-le.
keys-problem-keyring-unavailable = Le trousseau ({ $keyring }) où Till garde la clé Stripe est inutilisable. { $fix } Till continue en mode formation en attendant ; la clé n’est jamais conservée ailleurs.
keys-problem-keyring-locked = Le trousseau ({ $keyring }) est verrouillé ou refuse à Till l’accès à la clé Stripe. { $fix } Till continue en mode formation en attendant ; la clé n’est jamais conservée ailleurs.
keys-fix-unavailable-linux = Till a besoin d’un trousseau Secret Service dans votre session : installez-en un et démarrez-le (GNOME Keyring : `sudo apt install gnome-keyring`, puis déconnectez-vous et reconnectez-vous ; KDE : activez le Secret Service de KWallet), puis redémarrez Till.
keys-fix-unavailable-macos = Vérifiez que le trousseau de session existe (Trousseaux d’accès) et réessayez.
keys-fix-unavailable-windows = Vérifiez que le service Gestionnaire d’identification fonctionne et réessayez.
keys-fix-locked-linux = Déverrouillez-le (ouvrez Mots de passe et clés, ou connectez-vous au bureau pour le déverrouiller), autorisez Till quand on vous le demande, puis réessayez.
keys-fix-locked-macos = Déverrouillez le trousseau de session (Trousseaux d’accès), autorisez Till quand macOS le demande, puis réessayez.
keys-fix-locked-windows = Connectez-vous à Windows avec votre propre compte (le Gestionnaire d’identification est propre à chaque utilisateur) et réessayez.
app-error-ledger-failed = Le registre des ventes de Till sur cet ordinateur a signalé une erreur. Réessayez ; si elle persiste, redémarrez Till et vérifiez qu’il reste de la place sur le disque. ({ $detail })
keys-warning-live-secret = C’est une clé secrète en mode réel : elle peut tout faire dans votre compte Stripe. Stripe recommande une clé restreinte pour les applications comme Till. Dans le Dashboard Stripe → Développeurs → Clés API, créez une clé restreinte avec { $permissions } (Refunds: Write seulement si cette caisse rembourse ; Products et Prices: Write seulement pour créer des produits depuis Till) et tout le reste à None, puis remplacez cette clé.
keys-warning-optional-missing = Il manque à cette clé { $missing }. Till fonctionne sans { $count ->
        [one] elle
       *[other] elles
    }.
members-error-status = { $status } n’est pas un statut d’abonnement. Utilisez l’un de : all, { $statuses }.
members-error-empty-email = Saisissez l’adresse e-mail du membre pour le retrouver.
members-error-unknown = Il n’y a pas de membre avec l’abonnement { $subscription } dans ce mode. Actualisez la liste.
members-error-not-subscription = La réponse de Stripe pour { $subscription } n’était pas un abonnement.
members-error-already-canceled = Cet abonnement est déjà terminé ; il n’y a rien à annuler.
members-error-cancel-failed = Stripe n’a pas annulé l’abonnement : { $failure } Rien n’a été modifié ; réessayez.
members-error-cancel-unconfirmed = La réponse de Stripe ne montre pas l’annulation ; vérifiez l’abonnement dans le Dashboard Stripe.

## An email, a sale id, the cash rounding setting, History's export files (email.rs, checkout.rs, tender.rs, history.rs)
email-error-invalid = { $email } n’est pas une adresse e-mail. Vérifiez-la et saisissez-la de nouveau.
checkout-error-sale-id = { $id } n’est pas un identifiant de vente (sale_ et 8 à 40 lettres ou chiffres).
checkout-error-livemode = Stripe a renvoyé une session { $session ->
        [live] réelle
       *[other] de test
    } alors que Till est en mode { $mode ->
        [live] réel
        [test] test
       *[other] formation
    } ; les paiements de test et réels ne sont jamais mélangés. Vérifiez la clé Stripe dans les Réglages.
checkout-error-kept-changing = La vente { $sale } a changé sans cesse pendant que Till enregistrait une mise à jour ; réessayez.
checkout-error-no-idempotency-key = La vente { $sale } n’a pas de clé d’idempotence enregistrée ; elle n’a pas été créée par l’encaissement de Till.
tender-error-rounding = « { $input } » n’est pas un pas d’arrondi pour les espèces. Tapez none, ou le plus petit montant payé en espèces, par exemple { $example }.
history-error-csv-write = L’écriture du fichier CSV a échoué : { $error }. Vérifiez que le dossier est accessible en écriture et que le disque a de la place.
history-error-export-name = { $path } n’est pas un nom de fichier.
history-error-export-file = Impossible { $doing ->
        [create] de créer
        [write] d’écrire
       *[other] de terminer
    } { $path } : { $error }. Choisissez un dossier dans lequel vous pouvez écrire.
history-error-export-folder = Impossible de créer le dossier d’export { $path } : { $error }. Définissez { $variable } sur un dossier dans lequel vous pouvez écrire.

## Dates and modes the window sends (till-domain's calendar.rs, mode.rs)
date-error-not-on-calendar = { $date } n’est pas une date du calendrier.
date-error-year = L’année { $year } est hors de ce que Till gère (1900 à 9999).
date-error-form = { $input } n’est pas une date : utilisez AAAA-MM-JJ, par exemple 2025-03-01.
mode-error-unknown = Mode inconnu { $mode } : utilisez training, test ou live.

## Receipts and the receipt printer's failures (the core: receipts.rs; till-print's error.rs)
receipt-error-not-paid = La vente { $sale } n’est pas payée (état : { $state ->
        [creating] En préparation
        [awaiting_payment] En attente
        [canceling] Annulation
        [processing] En traitement
        [failed] Échec
        [expired] Expiré
        [canceled] Annulé
       *[other] { $state }
    }) : seule une vente payée a un ticket.
receipt-error-no-printer = Aucune imprimante de tickets n’est définie. Définissez-en une dans Réglages → Tickets (par ex. 192.168.1.50:9100), ou affichez le ticket à l’écran.
receipt-error-print-failed = { $failure } La vente est enregistrée ; l’impression ne l’a pas modifiée.
receipt-error-kick-failed = Le tiroir-caisse ne s’est pas ouvert. { $failure } { $reason ->
        [no_sale] L’ouverture sans vente est enregistrée
       *[cash_sale] La vente est enregistrée
    } et reste telle quelle ; ouvrez le tiroir avec sa clé.
printer-error-refused = L’imprimante « { $printer } » à l’adresse { $address } a refusé la connexion. Vérifiez qu’elle est allumée et que son adresse et son port (en général 9100) dans les Réglages sont justes, puis réimprimez depuis l’Historique.
printer-error-unreachable = L’imprimante « { $printer } » à l’adresse { $address } est injoignable ({ $detail }). Vérifiez son câble réseau ou son Wi-Fi et son adresse dans les Réglages, puis réimprimez depuis l’Historique.
printer-error-timeout = L’imprimante « { $printer } » n’a pas répondu en { $after } ({ $stage ->
        [connect] pendant la connexion
        [write] pendant l’envoi du ticket
       *[queue] pendant la remise du travail à CUPS
    }). Vérifiez qu’elle est allumée, qu’elle a du papier et que son capot est fermé, puis réimprimez depuis l’Historique.
printer-error-closed = L’imprimante « { $printer } » a fermé la connexion après { $sent } octets sur { $total } : le ticket est incomplet. Vérifiez le papier et le capot, puis réimprimez depuis l’Historique.
printer-error-out-of-paper = L’imprimante « { $printer } » n’a plus de papier ou son capot est ouvert. Mettez un nouveau rouleau, fermez le capot, puis réimprimez depuis l’Historique.
printer-error-device = L’imprimante « { $printer } » ne peut pas être utilisée via { $path } : { $detail }
printer-error-cups = L’imprimante « { $printer } » (file CUPS { $queue }) n’a pas accepté le travail : { $detail }
printer-error-encode = Till n’a pas pu préparer le ticket pour l’imprimante « { $printer } » ({ $detail }). C’est un bogue de Till : merci de le signaler. La vente est enregistrée.

## The customer's screen's and test cards' refusals (the core: customer.rs, testcards.rs)
customer-error-welcome = Le message d’accueil peut compter au plus { $max } caractères sur une ligne.
customer-error-monitor = Ce nom de moniteur ne peut pas être enregistré ; choisissez de nouveau le moniteur.
testcards-error-live = Les cartes de test ne fonctionnent qu’en mode test et en mode formation ; Till utilise une clé en mode réel, donc aucun essai n’a été lancé.
testcards-error-unknown = { $card } n’est pas l’une des cartes de test de Stripe listées dans Till.

## Stripe not reached or refusing, in Till's words around Stripe's own (till-stripe's lib.rs)
stripe-failure-network = Stripe n’a pas pu être joint ({ $error })
stripe-failure-timeout = Stripe n’a pas répondu à temps
stripe-failure-no-message = aucun message
stripe-failure-api = Stripe a répondu { $status }{ $kind } : { $message }
stripe-failure-decode = La réponse de Stripe n’a pas pu être lue ({ $error })
stripe-failure-sentence = { $failure }.
stripe-failure-advice = { $failure }. { $advice }
stripe-advice-network = Vérifiez la connexion Internet et réessayez ; rien n’a été perdu.
stripe-advice-key = La clé Stripe a été refusée : vérifiez-la dans les Réglages.
stripe-advice-permission = Il manque à la clé restreinte une autorisation dont Till a besoin : voir les Réglages.
stripe-advice-busy = Stripe est occupé ; réessayez dans un instant.

## The lock screen and staff (lock.js, staff.js)
lock-title = Qui est à la caisse ?
lock-pin-input =
    .aria-label = Code PIN
lock-clear =
    .aria-label = Effacer le dernier chiffre
lock-sign-in = Se connecter
lock-back = Quelqu’un d’autre (Échap)
lock-button = Verrouiller
    .title = Verrouiller la caisse : la personne suivante se connecte avec son code PIN (F11)
lock-signed-in = { $name } · { $role }
lock-pin-for = Code PIN de { $name }
staff-tab = Personnel
staff-new = Nouveau membre du personnel
staff-name = Nom
staff-role = Rôle
staff-role-staff = Employé
staff-role-manager = Responsable
staff-role-owner = Propriétaire
staff-pin = Code PIN (4 à 6 chiffres)
staff-add = Ajouter
staff-auto-lock = Verrouiller la caisse après une inactivité de
staff-auto-lock-1 = 1 minute
staff-auto-lock-2 = 2 minutes
staff-auto-lock-5 = 5 minutes
staff-auto-lock-10 = 10 minutes
staff-auto-lock-30 = 30 minutes
staff-auto-lock-never = Jamais
staff-auto-lock-secs = { $secs } secondes
staff-list-title = Personnel
staff-empty = Pas encore de personnel : la caisse fonctionne sans connexion. Dès qu’une personne est ajoutée, elle demande qui est là.
staff-archived = archivé
staff-role-of = Rôle de { $name }
staff-new-pin = Nouveau code PIN
staff-new-pin-for = Nouveau code PIN pour { $name }
staff-save-pin = Enregistrer le code
staff-archive = Archiver
staff-archive-title = Archiver { $name } ?
staff-archive-text = Cette personne ne pourra plus se connecter. Ce qu’elle a fait garde son nom.
staff-keep = Garder

## PINs and the permission table, worded by the core (owner.rs, staff.rs)
staff-error-till-locked = La caisse est verrouillée. Connectez-vous d’abord avec votre code PIN.
staff-error-role = Un rôle est staff, manager ou owner. Choisissez l’un de ces trois.
staff-error-name = Un nom compte de 1 à { $max } caractères (lettres, chiffres, espaces, ponctuation).
staff-error-pin = Le code PIN d’un membre du personnel compte 4 à 6 chiffres (0–9), rien d’autre.
staff-error-name-taken = Il y a déjà un membre du personnel nommé { $name }. Choisissez un autre nom (ou archivez d’abord l’autre).
staff-error-unknown = Il n’y a pas de membre du personnel { $id }. `tillctl staff list` montre qui est là.
staff-error-archived = { $name } ({ $id }) est archivé et ne peut plus se connecter ni être modifié. Ajoutez-le de nouveau s’il revient.
staff-error-auto-lock = Le verrouillage automatique est entre { $min } secondes et { $hours } heures, ou jamais (0).
owner-error-pin-form = Le code PIN du propriétaire compte 4 à 12 chiffres (0–9), rien d’autre.
owner-error-pin-not-set = Aucun code PIN du propriétaire n’est encore défini. Choisissez-en un d’abord.
owner-error-current-pin = Saisissez le code PIN actuel pour le modifier.
owner-error-locked = Il faut le code PIN du propriétaire : le personnel peut vendre et voir seulement les dernières ventes.
pin-error-wrong = { $left ->
    [one] Code PIN erroné. Encore 1 essai avant que Till vous fasse attendre.
   *[other] Code PIN erroné. Encore { $left } essais avant que Till vous fasse attendre.
}
pin-error-wait = Code PIN erroné. Réessayez dans { $secs } s.
pin-error-locked = Trop de codes PIN erronés. Réessayez dans { $secs } s.
staff-error-not-allowed = { $doing } demande { $who }. Demandez à l’une de ces personnes de se connecter avec son code PIN, puis réessayez.
staff-who-staff = un membre du personnel
staff-who-manager = un responsable ou le propriétaire
staff-who-owner = le propriétaire
staff-doing-sell = Vendre
staff-doing-cash-sale = Encaisser des espèces
staff-doing-refund = Rembourser
staff-doing-return = Reprendre des articles
staff-doing-paid-in = Faire un apport
staff-doing-paid-out = Faire un retrait
staff-doing-no-sale = Ouvrir le tiroir sans vente
staff-doing-close-drawer = Clôturer le tiroir
staff-doing-override = Modifier un prix ou accorder une remise
staff-doing-settings = Modifier les réglages
staff-doing-catalog = Modifier le catalogue
staff-doing-manage-staff = Gérer le personnel
history-cashier = Caissier
history-any-cashier = Tous
history-cashier-archived = { $name } (archivé)

## La page de paiement du mode formation : le Checkout hébergé du simulateur.
sim-test-mode = Mode test
sim-error-title = Un problème est survenu
sim-not-found = La page que vous recherchez est introuvable. Vérifiez l'URL ou contactez le marchand.
sim-return-to-merchant = Retourner chez le marchand
sim-thanks-subscribing = Merci pour votre abonnement
sim-subscription-active = Votre abonnement est actif.
sim-thanks-payment = Merci pour votre paiement
sim-payment-complete = Votre paiement est effectué.
sim-processing-title = Paiement en cours de traitement
sim-processing = Votre paiement est en cours de traitement ; le marchand sera averti dès qu'il aboutira.
sim-expired-title = Cette session de paiement a expiré
sim-expired = La page de paiement n'est plus disponible. Retournez chez le marchand pour recommencer.
sim-interval-day = { $count ->
    [1] jour
   *[other] { $count } jours
}
sim-interval-week = { $count ->
    [1] semaine
   *[other] { $count } semaines
}
sim-interval-month = { $count ->
    [1] mois
   *[other] { $count } mois
}
sim-interval-year = { $count ->
    [1] an
   *[other] { $count } ans
}
sim-one-time = (unique)
sim-quantity = Qté { $quantity } × { $unit }
sim-subtotal = Sous-total
sim-discount = Remise ({ $label })
sim-tax = Taxe
sim-promotion-code = Ajouter un code promotionnel
sim-apply = Appliquer
sim-back = ← Retour
sim-heading-pay = Payer Till Simulator
sim-heading-subscribe = S'abonner à { $name }
sim-total-due = Total dû
sim-total-due-today = Total dû aujourd'hui
sim-email = E-mail
sim-card-information = Informations de carte
sim-expiry = Date d'expiration
sim-expiry-placeholder = MM / AA
sim-cvc = CVC
sim-cardholder-name = Nom du titulaire de la carte
sim-pay = Payer { $amount }
sim-book = Réserver { $amount }
sim-donate = Faire un don de { $amount }
sim-subscribe = S'abonner
sim-title-subscribe = S'abonner { $amount }
sim-note = Paiement simulé. Utilisez une carte de test Stripe, par ex. 4242 4242 4242 4242 avec une date d'expiration future et un CVC quelconques.
sim-3ds-title = Authentification 3D Secure
sim-3ds-heading = Page de test 3D Secure 2
sim-3ds-text = Réussissez ou faites échouer cette authentification de test de { $amount }.
sim-3ds-complete = Réussir
sim-3ds-fail = Échouer
sim-index = Un simulateur compatible avec Stripe. URL de base de l'API : { $base }. Les pages de paiement se trouvent sous { $path } ; l'API et les aides de test sont décrites dans le README du crate.
sim-error-card-declined = Votre carte a été refusée.
sim-error-insufficient-funds = Les fonds de votre carte sont insuffisants.
sim-error-expired-card = Votre carte a expiré.
sim-error-incorrect-cvc = Le code de sécurité de votre carte est incorrect.
sim-error-processing = Une erreur est survenue lors du traitement de votre carte. Réessayez dans quelques instants.
sim-error-incorrect-number = Votre numéro de carte est incorrect.
sim-error-live-card = Votre carte a été refusée. Votre requête était en mode test, mais utilisait une carte réelle (pas une carte de test). La liste des cartes de test valides se trouve sur : https://stripe.com/docs/testing.
sim-error-3ds-failed = Nous ne parvenons pas à authentifier votre moyen de paiement. Veuillez choisir un autre moyen de paiement et réessayer.
sim-error-number-incomplete = Votre numéro de carte est incomplet.
sim-error-expiry-incomplete = La date d'expiration de votre carte est incomplète.
sim-error-expiry-past = L'année d'expiration de votre carte est dépassée.
sim-error-cvc-incomplete = Le code de sécurité de votre carte est incomplet.
sim-error-email-incomplete = Votre adresse e-mail est incomplète.
sim-error-code-invalid = Ce code n'est pas valide.
