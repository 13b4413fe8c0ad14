# Generated from ../en/till.ftl by till-i18n's pseudo::generate: do not edit.
# TILL_UPDATE_PSEUDO=1 cargo test -p till-i18n writes it again.

sale-creating = Þŕééþååŕîîñĝ ţĥéé þååýýɱééñţ þååĝéé~
sale-awaiting-payment = Ŵååîîţîîñĝ ƒööŕ ţĥéé çûûšţööɱééŕ~~
sale-three-d-secure = 3-Ð Šééçûûŕéé îîñ þŕööĝŕééšš~~~
sale-canceling = Çååñçééļļîîñĝ — ŵååîîţîîñĝ ƒööŕ Šţŕîîþéé ţöö çööñƒîîŕɱ~~~~~
sale-processing = Þŕööçééššîîñĝ — ţĥéé ƀååñķ ŵîîļļ çööñƒîîŕɱ ļååţééŕ~~~~~~
sale-paid = Þååîîð
sale-failed = Þååýýɱééñţ ƒååîîļééð
sale-expired = ÉÉẋþîîŕééð
sale-canceled = Çååñçééļļééð~
decline-insufficient-funds = Ðééçļîîñééð — îîñšûûƒƒîîçîîééñţ ƒûûñðš. ÅÅšķ ƒööŕ ååñööţĥééŕ çååŕð.~~~~~~
decline-insufficient-funds-short = Ðééçļîîñééð — îîñšûûƒƒîîçîîééñţ ƒûûñðš~~~
decline-expired-card = Ðééçļîîñééð — ţĥéé çååŕð ĥååš ééẋþîîŕééð. ÅÅšķ ƒööŕ ååñööţĥééŕ çååŕð.~~~~~~~
decline-expired-card-short = Ðééçļîîñééð — ţĥéé çååŕð ĥååš ééẋþîîŕééð~~~
decline-incorrect-cvc = Ðééçļîîñééð — ŵŕööñĝ šééçûûŕîîţýý çööðéé (ÇṼÇ). Ţĥéé çûûšţööɱééŕ çååñ çĥééçķ îîţ ååñð ţŕýý ååĝååîîñ.~~~~~~~~~
decline-incorrect-cvc-short = Ðééçļîîñééð — ŵŕööñĝ šééçûûŕîîţýý çööðéé (ÇṼÇ)~~~~
decline-incorrect-number = Ðééçļîîñééð — ŵŕööñĝ çååŕð ñûûɱƀééŕ. Ţĥéé çûûšţööɱééŕ çååñ çĥééçķ îîţ ååñð ţŕýý ååĝååîîñ.~~~~~~~~~
decline-incorrect-number-short = Ðééçļîîñééð — ŵŕööñĝ çååŕð ñûûɱƀééŕ~~~~
decline-processing-error = Ţĥéé çååŕð çööûûļðñ'ţ ƀéé þŕööçééššééð. Ţĥéé çûûšţööɱééŕ çååñ ţŕýý ååĝååîîñ.~~~~~~~
decline-processing-error-short = Ţĥéé çååŕð çööûûļðñ'ţ ƀéé þŕööçééššééð~~~~
decline-authentication-failure = 3-Ð Šééçûûŕéé ƒååîîļééð. Ţĥéé çûûšţööɱééŕ çååñ ţŕýý ååĝååîîñ ööŕ ûûšéé ååñööţĥééŕ çååŕð.~~~~
decline-authentication-failure-short = 3-Ð Šééçûûŕéé ƒååîîļééð~
decline-generic = Ðééçļîîñééð ƀýý ţĥéé çååŕð'š ƀååñķ. ÅÅšķ ƒööŕ ååñööţĥééŕ çååŕð.~~~~~~~
decline-generic-short = Ðééçļîîñééð ƀýý ţĥéé çååŕð'š ƀååñķ~~~~
phone-after-submit-payment = Þååýýîîñĝ ååţ ţĥéé çööûûñţééŕ? ÖÖñçéé ýýööûûŕ þååýýɱééñţ îîš ðööñéé, šĥööŵ ţĥîîš šçŕééééñ ţöö ţĥéé šţååƒƒ: ţĥéé ţîîļļ šééééš ýýööûûŕ þååýýɱééñţ ƀýý îîţšééļƒ. ÝÝööûû ɱååýý ţĥééñ çļööšéé ţĥîîš þååĝéé.~~~~~~~~~
phone-after-submit-membership = Þååýýîîñĝ ååţ ţĥéé çööûûñţééŕ? ÖÖñçéé ýýööûûŕ þååýýɱééñţ îîš ðööñéé, šĥööŵ ţĥîîš šçŕééééñ ţöö ţĥéé šţååƒƒ: ýýööûûŕ ɱééɱƀééŕšĥîîþ šţååŕţš ååţ ööñçéé ååñð ŕééñééŵš ûûñţîîļ ýýööûû çååñçééļ îîţ. ÝÝööûû ɱååýý ţĥééñ çļööšéé ţĥîîš þååĝéé.~~~~~~~~~~~
phone-after-submit-no-page = ÎÎƒ ýýööûûŕ þĥööñéé ţĥééñ šĥööŵš åå þååĝéé ţĥååţ çååññööţ ļööååð, ýýööûûŕ þååýýɱééñţ šţîîļļ ŵééñţ ţĥŕööûûĝĥ.~~~~~~~
phone-note-no-page = Ñöö ååƒţééŕ-þååýýɱééñţ þååĝéé îîš šééţ: åå çûûšţööɱééŕ ŵĥöö þååýýš ƀýý ǪŔ çööðéé ööñ ţĥééîîŕ ööŵñ þĥööñéé ţĥééñ šééééš "çååñ'ţ çööññééçţ" (ţĥéé þååýýɱééñţ šţîîļļ çööûûñţš, ååñð ţĥéé ţîîļļ šĥööŵš îîţ). Šééţ ýýööûûŕ šĥööþ'š þûûƀļîîç þååĝéé ûûñðééŕ Šééţţîîñĝš → ÅÅƒţééŕ þååýýɱééñţ þååĝéé.~~~~~~~~~~~~~~~~~~~~~~~~
phone-note-training-loopback = Ţŕååîîñîîñĝ ɱööðéé: åå þĥööñéé çååññööţ ööþééñ ţĥîîš çööðéé. Ţöö ţŕýý îîţ ŵîîţĥ åå þĥööñéé, ţûûŕñ ööñ "Ţŕýý ţĥéé ǪŔ çööðéé ŵîîţĥ åå þĥööñéé" îîñ Šééţţîîñĝš.~~~~~~~~~~~~~
phone-note-training-lan = Ţŕååîîñîîñĝ ɱööðéé: þĥööñééš ööñ ţĥîîš šĥööþ'š ñééţŵööŕķ çååñ ööþééñ ţĥîîš çööðéé ååñð þååýý ŵîîţĥ åå ţééšţ çååŕð.~~~~~~~~~~~
phone-lan-shared-simulator = Ţĥéé ţŕååîîñîîñĝ þååýýɱééñţ þååĝéé îîš ñööţ šééŕṽééð ööñ ţĥéé šĥööþ ñééţŵööŕķ: ååñööţĥééŕ Ţîîļļ þŕööçééšš ööñ ţĥîîš çööɱþûûţééŕ ŕûûñš ţĥéé ţŕååîîñîîñĝ šîîɱûûļååţööŕ. Çļööšéé îîţ ååñð ŕééšţååŕţ Ţîîļļ.~~~~~~~~~~~~~~~~~
phone-lan-external-simulator = Ţĥéé ţŕååîîñîîñĝ þååýýɱééñţ þååĝéé îîš ñööţ šééŕṽééð ööñ ţĥéé šĥööþ ñééţŵööŕķ: Ţîîļļ ûûšééš ţĥéé šîîɱûûļååţööŕ ååţ { $address } ({ $variable }).~~~~~~~~~~
phone-lan-bind = Ţĥéé ţŕååîîñîîñĝ þååýýɱééñţ þååĝéé çööûûļð ñööţ ƀéé šééŕṽééð ööñ { $address } ({ $error }). ÅÅñööţĥééŕ þŕööĝŕååɱ ɱååýý ûûšéé ţĥååţ þööŕţ: šééţ { $variable } ţöö ååñööţĥééŕ ööñéé, ööŕ ţûûŕñ "Ţŕýý ţĥéé ǪŔ çööðéé ŵîîţĥ åå þĥööñéé" ööƒƒ îîñ Šééţţîîñĝš.~~~~~~~~~~~~~~~~~~
phone-lan-not-an-address = { $variable }={ $typed } îîš ñööţ ååñ ÎÎÞ ååððŕééšš: šééţ îîţ ţöö ţĥîîš çööɱþûûţééŕ'š ååððŕééšš ööñ ţĥéé šĥööþ'š ñééţŵööŕķ, éé.ĝ. 192.168.1.20.~~~~~~~~~~~~~~~~~~~
phone-lan-no-address = Ţîîļļ ƒööûûñð ñöö ñééţŵööŕķ ååððŕééšš ööñ ţĥîîš çööɱþûûţééŕ ({ $error }): çööññééçţ îîţ ţöö ţĥéé šĥööþ'š ñééţŵööŕķ, ööŕ ţûûŕñ "Ţŕýý ţĥéé ǪŔ çööðéé ŵîîţĥ åå þĥööñéé" ööƒƒ îîñ Šééţţîîñĝš.~~~~~~~~~~~~~~~~~~~~~
phone-lan-public-address = Ţĥîîš çööɱþûûţééŕ'š ñééţŵööŕķ ååððŕééšš { $address } îîš ñööţ åå þŕîîṽååţéé (šĥööþ ñééţŵööŕķ) ååððŕééšš, šöö Ţîîļļ ŵîîļļ ñööţ šééŕṽéé ţĥéé ţŕååîîñîîñĝ þååýýɱééñţ þååĝéé ööñ îîţ. Šééţ { $variable } ţöö îîţš ååððŕééšš ööñ ţĥéé šĥööþ'š ñééţŵööŕķ, ööŕ ţûûŕñ "Ţŕýý ţĥéé ǪŔ çööðéé ŵîîţĥ åå þĥööñéé" ööƒƒ îîñ Šééţţîîñĝš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
phone-lan-no-random = Ţĥéé ööþééŕååţîîñĝ šýýšţééɱ ĝååṽéé ñöö ŕååñðööɱ ñûûɱƀééŕš ƒööŕ ţĥéé ţŕååîîñîîñĝ þååĝéé'š ţööķééñ: { $error }~~~~~~~
app-training-banner = Ţŕååîîñîîñĝ ɱööðéé — ñöö ŕééååļ ɱööñééýý ɱööṽééš. Þååýýɱééñţš ĝöö ţöö Ţîîļļ'š ƀûûîîļţ-îîñ Šţŕîîþéé šîîɱûûļååţööŕ; ûûšéé Šţŕîîþéé'š ţééšţ çååŕðš (4242 4242 4242 4242 þååýýš).~~~~~~~~~~~~~~~~~~~
app-open-settings = ÖÖþééñ Šééţţîîñĝš~
app-views =
    .aria-label = Ṽîîééŵš
tab-register = Ŕééĝîîšţééŕ
tab-history = Ĥîîšţööŕýý
tab-members = Ṁééɱƀééŕš~
tab-settings = Šééţţîîñĝš~
tab-testcards = Ţééšţ çååŕðš~~
app-owner-lock = Ļööçķ ööŵñééŕ~
    .title = Šîîĝñ ţĥéé ööŵñééŕ ööûûţ: šţååƒƒ šéééé ţĥéé ŕééĝîîšţééŕ ööñļýý~~~~
mode-training = ŢŔÅÅÎÎÑÎÎÑĜ
    .title = Ţŕååîîñîîñĝ ɱööðéé: šååļééš ĝöö ţöö Ţîîļļ'š ƀûûîîļţ-îîñ Šţŕîîþéé šîîɱûûļååţööŕ, ñöö ŕééååļ ɱööñééýý ɱööṽééš~~~~~
mode-test = ŢÉÉŠŢ~
mode-live = ĻÎÎṼÉÉ
app-starting = Šţååŕţîîñĝ…~~
app-shortcuts = / šééååŕçĥ · Ƒ9 çĥååŕĝéé · Ƒ6 çååšĥ · Ƒ7 ööþééñ ååĝååîîñ · Ƒ8 çååñçééļ · Ƒ4 çļééååŕ · Ƒ2 ɱééɱƀééŕ ļööööķûûþ · Ƒ10 ðŕååŵééŕ~~~~~~~~~~~~~~~~~~~
app-sync-catalog = Šýýñç çååţååļööĝ~
app-check-status = Çĥééçķ šţååţûûš~~
products-title = Þŕööðûûçţš~
search =
    .placeholder = Šééååŕçĥ ööŕ šçååñ (/)~~~
    .aria-label = Šééååŕçĥ þŕööðûûçţš ööŕ šçååñ åå ƀååŕçööðéé~~~
member-lookup-open = Ṁééɱƀééŕ ļööööķûûþ
    .title = Ļööööķ åå ɱééɱƀééŕ ûûþ ƀýý ééɱååîîļ (Ƒ2)~~
categories =
    .aria-label = Çååţééĝööŕîîééš
category-all = ÅÅļļ
category-favourites = ★ Ƒååṽööûûŕîîţééš
products-loading = Ļööååðîîñĝ ţĥéé çååţååļööĝ…~
cart-title = Çûûŕŕééñţ šååļéé~
cart-clear = Çļééååŕ
    .title = Çļééååŕ ţĥéé çååŕţ (Ƒ4)~~~~
cart-empty = Ţĥéé çååŕţ îîš ééɱþţýý. Ţååþ åå þŕööðûûçţ ööŕ šçååñ åå ƀååŕçööðéé ţöö ååðð îîţ.~~~~~~
cart-subtotal = Šûûƀţööţååļ
register-open-price = ÖÖþééñ þŕîîçéé
register-misc = ÖÖţĥééŕ
    .title = ÅÅðð ååñööţĥééŕ îîţééɱ ååţ ååñ ååɱööûûñţ ýýööûû ţýýþéé
    .aria-label = ÅÅðð ååñööţĥééŕ îîţééɱ ååţ ååñ ååɱööûûñţ ýýööûû ţýýþéé
adjust-open-title = ÅÅɱööûûñţ — { $name }~
adjust-open-add = ÅÅðð
adjust-coupon-button = Çööûûþööñ
adjust-tip-button = Ţîîþ
adjust-close = Çļööšéé (ÉÉšç)~
adjust-tip-amount =
    .aria-label = Ţîîþ ååɱööûûñţ
    .placeholder = ÅÅñööţĥééŕ ååɱööûûñţ
adjust-tip-set = Šééţ ţîîþ~
adjust-coupon-title = Çööûûþööñ
adjust-tip-title = Ţîîþ
adjust-no-coupon = Ñöö çööûûþööñ
adjust-no-tip = Ñöö ţîîþ
adjust-no-coupons = Ñöö çööûûþööñš ååŕéé šýýñçééð ƒööŕ ţĥîîš çûûŕŕééñçýý. Ţĥéé ööŵñééŕ ɱååķééš ţĥééɱ îîñ Šţŕîîþéé; Šýýñç çååţååļööĝ ƀŕîîñĝš ţĥééɱ.~~~~~~~~~~~
adjust-tip-percent = { $percent } %~
tip-settings-title = Ţîîþš~
tip-settings-presets = Ţîîþ þŕééšééţš (þééŕçééñţååĝééš ööƒ ţĥéé šååļéé, ûûþ ţöö 4, éé.ĝ. 10, 15, 20)~~~~~~~~~~~
tip-settings-ask = ÅÅšķ ƒööŕ ţĥéé ţîîþ ƀééƒööŕéé Çĥååŕĝéé~~~
tip-settings-save = Šååṽéé ţîîþ šééţţîîñĝš~~
adjust-discount-button = Ðîîšçööûûñţ
adjust-discount-title = Ṁååñûûååļ ðîîšçööûûñţ
adjust-no-discount = Ñöö ðîîšçööûûñţ
adjust-discount-amount =
    .aria-label = Ðîîšçööûûñţ: ååñ ååɱööûûñţ, ööŕ åå þééŕçééñţååĝéé šûûçĥ ååš 10%~~~~
    .placeholder = 2.50 ööŕ 10%~~~
adjust-discount-reason =
    .aria-label = Ŕééååšööñ ƒööŕ ţĥéé ðîîšçööûûñţ~
    .placeholder = Ŕééååšööñ (ķééþţ îîñ ţĥéé šååļéé'š ţîîɱééļîîñéé)~~
adjust-discount-set = Ĝîîṽéé ðîîšçööûûñţ
adjust-discount-note = ÅÅñ ååɱööûûñţ ööŕ åå þééŕçééñţååĝéé ööƒ ţĥéé îîţééɱš, ŵîîţĥ åå ŕééååšööñ. Ţĥéé ööŵñééŕ ööŕ åå ɱååñååĝééŕ ĝîîṽééš îîţ: ŵîîţĥööûûţ ţĥééɱ šîîĝñééð îîñ, ţĥéé ööŵñééŕ ÞÎÎÑ îîš ååšķééð.~~~~~~~~~~
adjust-price-title = Þŕîîçéé — { $name }~
adjust-price-note = Ţĥéé þŕîîçéé ööƒ ööñéé, ŵîîţĥ åå ŕééååšööñ. Ţĥéé ööŵñééŕ ööŕ åå ɱååñååĝééŕ šééţš îîţ: ŵîîţĥööûûţ ţĥééɱ šîîĝñééð îîñ, ţĥéé ööŵñééŕ ÞÎÎÑ îîš ååšķééð.~~~~~~~~~~
adjust-price-set = Šééţ þŕîîçéé~
adjust-price-reason =
    .aria-label = Ŕééååšööñ ƒööŕ ţĥéé ñééŵ þŕîîçéé~~
    .placeholder = Ŕééååšööñ (ķééþţ îîñ ţĥéé šååļéé'š ţîîɱééļîîñéé)~~
adjust-price-amount =
    .aria-label = Ñééŵ þŕîîçéé ööƒ ööñéé
    .placeholder = Ñééŵ þŕîîçéé~
cart-line-price = Çĥååñĝéé ţĥéé þŕîîçéé ööƒ { $name }~~
cart-line-was = ŵååš { $was }~
cart-total = Ţööţååļ
cart-email = Çûûšţööɱééŕ ééɱååîîļ (ööþţîîööñååļ)
cart-email-membership = Ṁééɱƀééŕšĥîîþ — çûûšţööɱééŕ ééɱååîîļ ŕééǫûûîîŕééð~
cart-email-input =
    .aria-label = Çûûšţööɱééŕ ééɱååîîļ
    .placeholder = çûûšţööɱééŕ@ééẋååɱþļéé.çööɱ~
cart-email-invalid = Ţĥååţ îîš ñööţ ååñ ééɱååîîļ ååððŕééšš (ļîîķéé ñååɱéé@ééẋååɱþļéé.çööɱ). Çĥééçķ îîţ ååñð ţýýþéé îîţ ååĝååîîñ.~~~~~~
checkout-title = Þååýýɱééñţ
checkout-preparing = Þŕééþååŕîîñĝ ţĥéé þååýýɱééñţ þååĝéé…~~
checkout-note = Ţĥéé þååýýɱééñţ þååĝéé ööþééñééð îîñ ţĥéé ƀŕööŵšééŕ. Ţĥéé çûûšţööɱééŕ çååñ ååļšöö šçååñ ţĥéé çööðéé ŵîîţĥ åå þĥööñéé.~~~~~~~~
checkout-qr =
    .aria-label = ǪŔ çööðéé ööƒ ţĥéé þååýýɱééñţ þååĝéé~~
checkout-open = ÖÖþééñ ååĝååîîñ
    .title = ÖÖþééñ ţĥéé þååýýɱééñţ þååĝéé ååĝååîîñ (Ƒ7)~~
checkout-cancel = Çååñçééļ šååļéé
    .title = Çååñçééļ ţĥéé šååļéé (Ƒ8)~~~
checkout-retry = Ŕééţŕýý
checkout-back = Ɓååçķ ţöö ţĥéé çååŕţ~~
    .title = Ɓååçķ ţöö ţĥéé çååŕţ, îîţééɱš ķééþţ (ÉÉšç)~~~~~~
checkout-new = Ñééŵ šååļéé
    .title = Ñééŵ šååļéé (ÉÉñţééŕ)~
recent-title = Ļååšţ šååļééš~
register-pay-first = Ƒîîñîîšĥ ööŕ çååñçééļ ţĥéé çûûŕŕééñţ þååýýɱééñţ ƒîîŕšţ.~~~~~
register-sale-over = Ţĥîîš šååļéé îîš ööṽééŕ: þŕééšš Ñééŵ šååļéé (ÉÉñţééŕ) ööŕ Ɓååçķ ţöö ţĥéé çååŕţ ƒîîŕšţ.~~~~~~~~~
register-many-matches = { $count } þŕööðûûçţš ɱååţçĥ “{ $query }”: ţååþ ööñéé, ööŕ ķééééþ ţýýþîîñĝ.~~~~~~~
register-no-match = Ñöö þŕööðûûçţ ɱååţçĥééš “{ $query }”.~~~~
register-no-products = Ñöö þŕööðûûçţš ýýééţ. Þŕééšš “Šýýñç çååţååļööĝ” ţöö ļööååð ţĥééɱ ƒŕööɱ Šţŕîîþéé.~~~~~~~~
register-each = { $unit } ééååçĥ
register-one-less = ÖÖñéé ļééšš { $name }~
register-one-more = ÖÖñéé ɱööŕéé { $name }
register-remove = Ŕééɱööṽéé { $name }
register-charge = Çĥååŕĝéé
    .title = Çĥååŕĝéé (Ƒ9)~~
register-charge-total = Çĥååŕĝéé { $total }~
register-new-sale = Ñééŵ šååļéé
register-new-sale-empties = Çļééååŕ çååŕţ, ñééŵ šååļéé~~
register-back-to-register = Ɓååçķ ţöö ţĥéé ŕééĝîîšţééŕ~~
register-after-not-paid =
    { $items ->
        [one] Ţĥéé çååŕţ šţîîļļ ĥööļðš 1 îîţééɱ. Ɓååçķ ţöö ţĥéé çååŕţ ķééééþš îîţ ţöö çĥååŕĝéé ååĝååîîñ (ÉÉšç); Çļééååŕ çååŕţ, ñééŵ šååļéé šţååŕţš ööṽééŕ (ÉÉñţééŕ).~~~~~~~~~~~~~~~~~
       *[other] Ţĥéé çååŕţ šţîîļļ ĥööļðš { $items } îîţééɱš. Ɓååçķ ţöö ţĥéé çååŕţ ķééééþš ţĥééɱ ţöö çĥååŕĝéé ååĝååîîñ (ÉÉšç); Çļééååŕ çååŕţ, ñééŵ šååļéé šţååŕţš ööṽééŕ (ÉÉñţééŕ).~~~~~~~~~~~~~~~~~
    }
register-after-test-run = ÅÅ ţééšţ-çååŕð ŕûûñ: ţĥéé ŕééĝîîšţééŕ'š çååŕţ îîš ååš îîţ ŵååš.~~~~~~~
register-cancel-title = Çååñçééļ ţĥîîš šååļéé?~~
register-cancel-text = Ţĥéé çûûšţööɱééŕ ɱååýý ƀéé þååýýîîñĝ { $amount } ŕîîĝĥţ ñööŵ. Çååñçééļļîîñĝ çļööšééš ţĥéé þååýýɱééñţ þååĝéé; îîƒ ţĥééýý ĥååṽéé ååļŕééååðýý þååîîð, Ţîîļļ ŕééçööŕðš ţĥéé šååļéé ååš þååîîð. (Ƒ8 ååĝååîîñ çååñçééļš.)~~~~~~~~~~~~~
register-cancel-yes = Çååñçééļ ţĥéé šååļéé~
register-cancel-no = Ķééééþ ŵååîîţîîñĝ
register-recent-label = { $time }, { $amount }, { $status }~~
register-recent-about = { $id } · { $time } · { $amount } · { $status }~~~~
register-time-up = Ţîîɱéé îîš ûûþ: çååñçééļļîîñĝ ţĥéé šååļéé…~~~
register-cancels-in = Çååñçééļš ååûûţööɱååţîîçååļļýý îîñ { $minutes }:{ $seconds }
register-qr-alt = ǪŔ çööðéé ööƒ ţĥéé þååýýɱééñţ þååĝéé~~
register-no-recent = Ñöö šååļééš ýýééţ.
register-synced = Çååţååļööĝ šýýñçééð: { $count } þŕîîçééš.~~~
register-ready =
    Ţîîļļ { $version } · { $mode ->
        [training] ţŕååîîñîîñĝ ɱööðéé
        [test] ţééšţ ɱööðéé~
       *[live] ļîîṽéé ɱööðéé
    } · ŕééååðýý~~
refund-hint = ÛÛþ ţöö { $refundable }. Þååŕţîîååļ ŕééƒûûñðš ååŕéé ƒîîñéé; ţĥéé šååļéé šţååýýš þååîîð.~~~~
refund-all = Ţýýþéé ååļļ ööƒ îîţ ({ $refundable })~~
refund-placeholder = ÅÅɱööûûñţ
refund-empty = Ţýýþéé ţĥéé ååɱööûûñţ ţöö ŕééƒûûñð (ûûþ ţöö { $refundable }).~~~
refund-title = Ŕééƒûûñð ţöö ţĥéé çûûšţööɱééŕ?~~
refund-question = Ŕééƒûûñð { $amount } ööƒ { $total } ţöö { $card }?~~
refund-question-no-card = Ŕééƒûûñð { $amount } ööƒ { $total } ţöö ţĥéé çûûšţööɱééŕ'š çååŕð?~~~~~
refund-what-full = Ţĥîîš ŕééţûûŕñš ééṽééŕýýţĥîîñĝ ţĥååţ îîš ļééƒţ ööñ ţĥéé šååļéé. Šţŕîîþéé šééñðš ţĥéé ɱööñééýý ƀååçķ; îîţ çååññööţ ƀéé ûûñðööñéé.~~~~~~~~~~~
refund-what-part = Šţŕîîþéé šééñðš ţĥéé ɱööñééýý ƀååçķ; îîţ çååññööţ ƀéé ûûñðööñéé. Ţĥéé šååļéé šţååýýš þååîîð.~~~~~~
refund-yes = Ŕééƒûûñð { $amount }~
refund-cash-question = Ĝîîṽéé ƀååçķ { $amount } îîñ çååšĥ ƒŕööɱ ţĥéé ðŕååŵééŕ? Ţĥéé ðŕååŵééŕ’š ŕééþööŕţ çööûûñţš îîţ; ţĥéé šååļéé šţååýýš þååîîð.~~~~~~~~~~~
refund-cash-sent = Ŕééƒûûñð ŕééçööŕðééð: { $amount } îîñ çååšĥ ƒŕööɱ ţĥéé ðŕååŵééŕ.~~~~~~
refund-split-question = Ŕééƒûûñð { $card } ţöö ţĥéé çååŕð ååñð ĝîîṽéé ƀååçķ { $cash } îîñ çååšĥ ƒŕööɱ ţĥéé ðŕååŵééŕ? Ţĥîîš çååññööţ ƀéé ûûñðööñéé; ţĥéé šååļéé šţååýýš þååîîð.~~~~~~~~~~~~
refund-split-yes = Ŕééƒûûñð { $card } + { $cash }~~
refund-cash-amount =
    .placeholder = ÎÎñ çååšĥ~
    .aria-label = ÖÖƒ ŵĥîîçĥ îîñ çååšĥ~~
refund-no = Ðööñ'ţ ŕééƒûûñð~~
refund-sent = Ŕééƒûûñð šééñţ ţöö Šţŕîîþéé.~~~
settings-view =
    .aria-label = Šééţţîîñĝš~
settings-key-title = Šţŕîîþéé ķééýý
settings-no-key = Ñöö ķééýý: Ţîîļļ ŕûûñš îîñ ţŕååîîñîîñĝ ɱööðéé ååĝååîîñšţ îîţš ƀûûîîļţ-îîñ šîîɱûûļååţööŕ.~~~~
settings-key-restricted = ŕééšţŕîîçţééð ķééýý~
settings-key-secret = šééçŕééţ ķééýý
settings-key-from-environment = ƒŕööɱ ŠŢŔÎÎÞÉÉ_ŠÉÉÇŔÉÉŢ_ĶÉÉÝÝ (îîţ ŵîîñš ööṽééŕ ţĥéé ķééýýŕîîñĝ)~~~~~
settings-key-verified = ṽééŕîîƒîîééð { $when }
settings-permissions = Þééŕɱîîššîîööñš ƒööŕ åå ŕééšţŕîîçţééð ķééýý (ŕééçööɱɱééñðééð; ééṽééŕýýţĥîîñĝ ééļšéé Ñööñéé)~~~~
settings-permissions-probed = Þééŕɱîîššîîööñš ööƒ ţĥîîš ŕééšţŕîîçţééð ķééýý~~~
settings-permission-optional = (ööþţîîööñååļ)
settings-key-label = Þååšţéé åå ķééýý ƒŕööɱ Šţŕîîþéé Ðååšĥƀööååŕð → Ðééṽééļööþééŕš → ÅÅÞÎÎ ķééýýš~~~~
settings-key-input =
    .placeholder = ŕķ_ţééšţ_… ööŕ šķ_ţééšţ_…~~~~~~
settings-live-warning = Ţĥîîš îîš åå ļîîṽéé ķééýý: ŕééååļ çååŕðš ŵîîļļ ƀéé çĥååŕĝééð.~~~~~
settings-live-type = Ţýýþéé ĻÎÎṼÉÉ ţöö çööñƒîîŕɱ.~
settings-type-live = Ţýýþéé ĻÎÎṼÉÉ (îîñ çååþîîţååļš) ţöö çööñƒîîŕɱ åå ļîîṽéé ķééýý, ööŕ çļééååŕ ţĥéé ƒîîééļð ţöö çååñçééļ.~~~~~
settings-key-save = Çĥééçķ ååñð šååṽéé ķééýý~
settings-key-replace = Çĥééçķ ååñð ŕééþļååçéé ķééýý~
settings-key-checking = Çĥééçķîîñĝ ŵîîţĥ Šţŕîîþéé…~~~
settings-key-remove = Ŕééɱööṽéé ķééýý
settings-key-remove-question = Ŕééɱööṽéé ţĥéé ķééýý? Ţîîļļ ŕééţûûŕñš ţöö ţŕååîîñîîñĝ ɱööðéé; ŕééçööŕðééð šååļééš šţååýý ååš ţĥééýý ååŕéé.~~~~~
settings-key-remove-yes = Ŕééɱööṽéé
settings-key-remove-no = Ķééééþ
settings-keyring-note = Ķééýýš ååŕéé ķééþţ ööñļýý îîñ { $keyring }; Ţîîļļ ñééṽééŕ šĥööŵš ţĥééɱ ååĝååîîñ.~~~~~
settings-key-saved =
    Ķééýý šååṽééð: Ţîîļļ ñööŵ ŕûûñš îîñ { $mode ->
        [training] ŢŔÅÅÎÎÑÎÎÑĜ
        [test] ŢÉÉŠŢ~
       *[live] ĻÎÎṼÉÉ
    } ɱööðéé.~~~~
settings-key-removed = Ķééýý ŕééɱööṽééð: Ţîîļļ ñööŵ ŕûûñš îîñ ţŕååîîñîîñĝ ɱööðéé.~~~~
settings-webhook-title = Ŵééƀĥööööķ šîîĝñîîñĝ šééçŕééţ~~
settings-optional = ööþţîîööñååļ
settings-webhook-not-set = Ñööţ šééţ: Ţîîļļ ļééååŕñš ååƀööûûţ þååýýɱééñţš ƀýý þööļļîîñĝ Šţŕîîþéé ååñð îîţš ÉÉṽééñţš ÅÅÞÎÎ.~~~~~~~
settings-webhook-label = Ţĥéé ŵĥšééç_… šééçŕééţ þŕîîñţééð ƀýý~~~~~
settings-webhook-save = Šååṽéé šééçŕééţ
settings-webhook-remove = Ŕééɱööṽéé šééçŕééţ
settings-webhook-saved = Ŵééƀĥööööķ šîîĝñîîñĝ šééçŕééţ šååṽééð.~~~
settings-register-title = Ŕééĝîîšţééŕ
settings-running =
    ŕûûññîîñĝ îîñ { $mode ->
        [training] ŢŔÅÅÎÎÑÎÎÑĜ
        [test] ŢÉÉŠŢ~
       *[live] ĻÎÎṼÉÉ
    } ɱööðéé~
settings-register-name = Ŕééĝîîšţééŕ ñååɱéé
settings-register-id = Ŕééĝîîšţééŕ îîð
settings-register-id-note = (ţååĝš ţĥîîš ţîîļļ'š šééššîîööñš ååţ Šţŕîîþéé)~~~~~~
settings-currency = Ðééƒååûûļţ çûûŕŕééñçýý
settings-locale = Ðîîšþļååýý ļööçååļéé
settings-locale-language = ÅÅûûţöö ({ $locale })
settings-language = Ļååñĝûûååĝéé
settings-language-system = Šýýšţééɱ ({ $name })~~
settings-timeout = ÖÖñ-šçŕééééñ çĥééçķööûûţ ţîîɱééööûûţ (ɱîîñûûţééš, 1–30)~~~~
settings-success-url = ÅÅƒţééŕ þååýýɱééñţ þååĝéé (çûûšţööɱééŕš' þĥööñééš)~~~
settings-lan = Ţŕýý ţĥéé ǪŔ çööðéé ŵîîţĥ åå þĥööñéé~~~
settings-cancel-url = Çååñçééļ ÛÛŔĻ~
settings-cancel-own-page = Ţîîļļ'š ööŵñ þååĝéé ööñ ţĥîîš çööɱþûûţééŕ~~~~
settings-cancel-no-back-link = Ñööñéé: Šţŕîîþéé'š þååĝéé šĥööŵš ñöö Ɓååçķ ļîîñķ~~~~~
settings-save = Šååṽéé šééţţîîñĝš~
settings-saved = Šééţţîîñĝš šååṽééð.~~
settings-logs-in = Ļööĝš ååŕéé îîñ
settings-open-logs = ÖÖþééñ ļööĝ ƒööļðééŕ~
history-pin-title = ÖÖŵñééŕ ÞÎÎÑ~
history-pin-choose = Çĥööööšéé ţĥéé ööŵñééŕ ÞÎÎÑ~
history-pin-note-set = Ĥîîšţööŕýý, ɱééɱƀééŕš, ŕééƒûûñðš, ŕééþööŕţš, çååţååļööĝ ååñð Šééţţîîñĝš ååšķ ƒööŕ îîţ. 4 ţöö 12 ðîîĝîîţš. Šţååƒƒ çååñ šţîîļļ šééļļ ŵîîţĥööûûţ îîţ.~~~~~~~~~~~~~~~~~~
history-pin-note-unlock = Ĥîîšţööŕýý, ɱééɱƀééŕš, ŕééƒûûñðš, ŕééþööŕţš, çååţååļööĝ ååñð Šééţţîîñĝš ñééééð ţĥéé ööŵñééŕ ÞÎÎÑ.~~~~~~~~~
history-pin-input =
    .aria-label = ÖÖŵñééŕ ÞÎÎÑ~
history-pin-again = Ţĥéé šååɱéé ÞÎÎÑ ååĝååîîñ, ţöö çööñƒîîŕɱ~~
history-pin-continue = Çööñţîîñûûéé
history-pin-cancel = Çååñçééļ
history-pin-locked = Ţöööö ɱååñýý ŵŕööñĝ ÞÎÎÑš. Ţŕýý ååĝååîîñ îîñ { $seconds } š.~~~~
history-pin-differ = Ţĥéé ţŵöö ÞÎÎÑš ðîîƒƒééŕ. Ţýýþéé ţĥéé šååɱéé ÞÎÎÑ ţŵîîçéé.~~~~~
history-view =
    .aria-label = Šååļééš ĥîîšţööŕýý
history-list-title = Šååļééš
history-from = Ƒŕööɱ~
history-to = Ţöö
history-status = Šţååţûûš
history-currency = Çûûŕŕééñçýý
history-register = Ŕééĝîîšţééŕ
history-mode = Ṁööðéé
history-search = Šééååŕçĥ
history-search-input =
    .placeholder = éé.ĝ. ļååţţéé~
    .title = ÅÅ þŕööðûûçţ, ååñ ééɱååîîļ, ööŕ åå šååļéé, çš_ ööŕ þîî_ îîð~~~~
history-show = Šĥööŵ~
# The filters' first choice (the field's label names what): short, it fits a narrow column.
history-any-status = ÅÅļļ
history-any-currency = ÅÅļļ
history-any-register = ÅÅļļ
# A sale's state, by its code (the list, the status filter, the end-of-day summary).
history-state =
    { $state ->
        [creating] Þŕééþååŕîîñĝ~
        [awaiting_payment] Ŵååîîţîîñĝ
        [canceling] Çååñçééļļîîñĝ~
        [processing] Þŕööçééššîîñĝ~
        [paid] Þååîîð
        [failed] Ƒååîîļééð
        [expired] ÉÉẋþîîŕééð
        [canceled] Çååñçééļļééð~
       *[other] { $state }
    }
history-col-time = Ţîîɱéé
history-col-items = ÎÎţééɱš
history-col-amount = ÅÅɱööûûñţ
history-no-match = Ñöö šååļééš ɱååţçĥ ţĥééšéé ƒîîļţééŕš.~~~~
history-more = Ļööååð ɱööŕéé
history-lines = ööñéé ŕööŵ þééŕ ļîîñéé
history-export = ÉÉẋþööŕţ ÇŠṼ~~
    .title = ÇŠṼ ööƒ ţĥéé ƒîîļţééŕééð šååļééš, îîñţöö ýýööûûŕ Ðööŵñļööååðš ƒööļðééŕ~~~~
history-total-paid = { $paid } þååîîð ööƒ { $sales } · ĝŕööšš { $gross }~~~
history-total-refunded = ŕééƒûûñðééð { $refunded } · ååṽééŕååĝéé { $average }~
history-total-tenders = çååŕð { $card } · çååšĥ { $cash }~~~
history-exported-sales =
    { $rows ->
        [one] ÉÉẋþööŕţééð { $rows } šååļéé ţöö { $path }~
       *[other] ÉÉẋþööŕţééð { $rows } šååļééš ţöö { $path }~~
    }
history-exported-lines =
    { $rows ->
        [one] ÉÉẋþööŕţééð { $rows } ļîîñéé ţöö { $path }~
       *[other] ÉÉẋþööŕţééð { $rows } ļîîñééš ţöö { $path }~~
    }
history-side-title = Šååļéé, ŕééþööŕţ ååñð çååţååļööĝ~~
history-tab-sale = Šååļéé
history-tab-report = Ŕééþööŕţ
history-tab-catalog = Çååţååļööĝ
history-choose-sale = Çĥööööšéé åå šååļéé ţöö šéééé îîţš îîţééɱš, Šţŕîîþéé îîðš, ŕééƒûûñðš ååñð ŵĥööļéé ţîîɱééļîîñéé.~~~~
history-fact-sale = Šååļéé
history-fact-created = Çŕééååţééð
history-fact-register = Ŕééĝîîšţééŕ
history-summary-tender-line = { $tender } ({ $currency }): { $sales } þååîîð, { $total } — çååšĥ { $cash }, çååŕð { $card }~~~~~~~
history-fact-tender = Þååîîð ƀýý
history-tender =
    { $tender ->
        [card] Çååŕð~
        [cash] Çååšĥ~
        [split] Çååšĥ ååñð çååŕð~~
       *[other] { $tender }
    }
history-cash-line = { $amount } îîñ çååšĥ: { $tendered } ţééñðééŕééð, { $change } çĥååñĝéé~~~~
history-fact-customer = Çûûšţööɱééŕ
history-fact-session = Šééššîîööñ
history-fact-payment-intent = ÞååýýɱééñţÎÎñţééñţ
history-fact-refunded = Ŕééƒûûñðééð
history-fact-refundable = Ŕééƒûûñðååƀļéé
history-refunds = Ŕééƒûûñðš~
history-timeline = Ţîîɱééļîîñéé
history-refund-heading = Ŕééƒûûñð
history-refund-reason =
    .aria-label = Ŕééååšööñ
history-reason-customer = Ŕééǫûûééšţééð ƀýý çûûšţööɱééŕ
history-reason-duplicate = Ðûûþļîîçååţéé
history-reason-fraudulent = Ƒŕååûûðûûļééñţ
history-reason-none = Ñöö ŕééååšööñ
history-refund-submit = Ŕééƒûûñð…~
history-refund-refresh = ÅÅšķ Šţŕîîþéé ååƀööûûţ þééñðîîñĝ ŕééƒûûñðš~~~
history-by = Ɓýý
history-by-day = Ðååýý
history-by-week = Ŵééééķ
# A report row's name for a week. $start: the week's first day.
history-report-week-of = ŵééééķ ööƒ { $start }
history-by-month = Ṁööñţĥ~
history-report-period = Þééŕîîööð
history-report-sales = Šååļééš
history-gross = Ĝŕööšš~
history-refunded = Ŕééƒûûñðééð
history-net = Ñééţ
history-report-empty = Ñöö þååîîð šååļééš îîñ ţĥîîš þééŕîîööð.~~
history-chart-alt =
    Ĝŕööšš þééŕ { $period ->
        [day] ðååýý
        [week] ŵééééķ
       *[month] ɱööñţĥ~
    } îîñ { $currency }~~~
history-average = ååṽééŕååĝéé { $average }
history-summary-day =
    .aria-label = Ðååýý ööƒ ţĥéé šûûɱɱååŕýý
history-summary-show = ÉÉñð-ööƒ-ðååýý šûûɱɱååŕýý
history-summary-print = Þŕîîñţ~
history-summary-title = ÉÉñð ööƒ ðååýý — { $day }~
history-summary-meta =
    { $register } · { $mode ->
        [training] ţŕååîîñîîñĝ ɱööðéé
        [test] ţééšţ ɱööðéé~
       *[live] ļîîṽéé ɱööðéé
    } · þŕîîñţééð { $printed }~~~~
history-summary-paid = Þååîîð
history-summary-average = ÅÅṽééŕååĝéé
history-summary-state = { $state }: { $count }~
history-summary-gross = Þååîîð ƀýý çûûšţööɱééŕš ({ $currency })~~
history-summary-discounts = Ðîîšçööûûñţš~
history-summary-tax-row = { $label } ööñ { $net }~
history-summary-tips = Ţîîþš (ñööţ šååļééš)~~
history-summary-tips-tender = Ţîîþš, { $tender }~
history-summary-net = Ñééţ šååļééš (ŵîîţĥööûûţ ţååẋ ååñð ţîîþš)~~~~
history-summary-none = Ñöö šååļééš ţĥîîš ðååýý.~
history-summary-truncated = ÖÖñļýý ţĥéé ƒîîŕšţ 500 šååļééš ååŕéé ļîîšţééð; ţööţååļš çööûûñţ ååļļ.~~~~~~~
history-new-product = Ñééŵ þŕööðûûçţ îîñ Šţŕîîþéé~~
history-product-name = Ñååɱéé
history-product-description = Ðééšçŕîîþţîîööñ
history-product-price = Þŕîîçéé
history-product-billing = Ɓîîļļîîñĝ~
history-billing-once = ÖÖñéé ţîîɱéé
history-billing-month = Ṁööñţĥļýý~
history-billing-year = ÝÝééååŕļýý
history-billing-week = Ŵééééķļýý
history-billing-day = Ðååîîļýý
history-product-sku = ŠĶÛÛ
history-product-barcode = Ɓååŕçööðéé
history-product-category = Çååţééĝööŕýý
history-product-tax-rate = Ţååẋ ŕååţéé
history-product-tax-default = Šĥööþ ðééƒååûûļţ~
history-product-create = Çŕééååţéé îîñ Šţŕîîþéé
history-products-here = Þŕööðûûçţš ööñ ţĥîîš ŕééĝîîšţééŕ~~~
history-product-created = Çŕééååţééð { $id } îîñ Šţŕîîþéé.~~
history-archive = ÅÅŕçĥîîṽéé
history-archive-confirm = ÅÅŕçĥîîṽéé? Çļîîçķ ååĝååîîñ~
history-favourite = Ƒååṽööûûŕîîţééš þååĝéé
history-favourite-up = Ṁööṽéé ûûþ ţĥéé Ƒååṽööûûŕîîţééš þååĝéé
history-favourites-hint = ★ þûûţš åå þŕööðûûçţ ööñ ţĥéé ŕééĝîîšţééŕ'š Ƒååṽööûûŕîîţééš þååĝéé, ŵĥîîçĥ šţååƒƒ šéééé ƒîîŕšţ; ▲ ɱööṽééš îîţ ûûþ.~~~~~~~~~~~
history-archived = ÅÅŕçĥîîṽééð { $name }.~
catalog-tax-rates = Ţååẋ ŕååţééš~
catalog-tax-rates-empty = Ñöö ţååẋ ŕååţééš ýýééţ: šååļééš çååŕŕýý ñöö ţååẋ ûûñţîîļ ýýööûû ɱååķéé ööñéé.~
catalog-tax-rate-new = Ñééŵ ţååẋ ŕååţéé îîñ Šţŕîîþéé~~
catalog-tax-rate-name = Ñååɱéé
catalog-tax-rate-percentage = Þééŕçééñţååĝéé
catalog-tax-rate-country = Çööûûñţŕýý
catalog-tax-rate-jurisdiction = Ĵûûŕîîšðîîçţîîööñ
catalog-tax-rate-inclusive = ÎÎñçļûûðééð îîñ ţĥéé þŕîîçééš (ṼÅÅŢ); ûûñţîîçķééð, îîţ îîš ååððééð ööñ ţööþ~~~~~~
catalog-tax-rate-create = Çŕééååţéé ţååẋ ŕååţéé
catalog-tax-rate-what =
    { $inclusive ->
        [yes] { $percentage }, îîñçļûûðééð îîñ ţĥéé þŕîîçééš~~~
       *[no] { $percentage }, ååððééð ööñ ţööþ~~
    }
catalog-tax-rate-default = Ðééƒååûûļţ
catalog-tax-rate-make-default = Ṁååķéé ðééƒååûûļţ
catalog-tax-rate-no-default = Ñöö ðééƒååûûļţ
catalog-tax-rate-created = Çŕééååţééð ţĥéé ţååẋ ŕååţéé { $name } îîñ Šţŕîîþéé.~~~
catalog-tax-rate-archive-title = ÅÅŕçĥîîṽéé ţĥéé ţååẋ ŕååţéé { $name }?~~
catalog-tax-rate-archive-text = Šååļééš ååļŕééååðýý ɱååðéé ķééééþ îîţ. Þŕööðûûçţš ţĥååţ ñååɱéé îîţ çååñ'ţ ƀéé ŕûûñĝ ûûþ ûûñţîîļ ţĥééýý ñååɱéé ååñööţĥééŕ ŕååţéé.~~~~~~
catalog-tax-rate-archived = ÅÅŕçĥîîṽééð ţĥéé ţååẋ ŕååţéé { $name }.~~
catalog-keep = Ķééééþ
catalog-coupons = Çööûûþööñš
catalog-coupons-empty = Ñöö çööûûþööñš ýýééţ.
catalog-coupon-new = Ñééŵ çööûûþööñ îîñ Šţŕîîþéé~
catalog-coupon-name = Ñååɱéé
catalog-coupon-percent = Þééŕçééñţ ööƒƒ~
catalog-coupon-amount = ÖÖŕ ååɱööûûñţ ööƒƒ
catalog-coupon-max = Ṁååẋ ûûšééš
catalog-coupon-create = Çŕééååţéé çööûûþööñ
catalog-coupon-created = Çŕééååţééð ţĥéé çööûûþööñ { $name } îîñ Šţŕîîþéé.~~
catalog-coupon-delete = Ðééļééţéé
catalog-coupon-delete-title = Ðééļééţéé ţĥéé çööûûþööñ { $name }?~
catalog-coupon-delete-text = Šţååƒƒ çååñ ñöö ļööñĝééŕ ååþþļýý îîţ. Šååļééš ţĥååţ ûûšééð îîţ ķééééþ îîţ.~~~~~~
catalog-coupon-deleted = Ðééļééţééð ţĥéé çööûûþööñ { $name }.~
# A membership's status, by Stripe's code.
members-status =
    { $status ->
        [active] ÅÅçţîîṽéé
        [trialing] Ţŕîîååļ
        [past_due] Þååšţ ðûûéé
        [unpaid] ÛÛñþååîîð
        [canceled] Çååñçééļééð
        [incomplete] ÎÎñçööɱþļééţéé
        [incomplete_expired] ÉÉẋþîîŕééð
        [paused] Þååûûšééð
       *[other] { $status }
    }
members-email-required = ÅÅ ɱééɱƀééŕšĥîîþ ñééééðš ţĥéé çûûšţööɱééŕ'š ééɱååîîļ: ţýýþéé îîţ ĥééŕéé, ţĥééñ Çĥååŕĝéé.~~~~~~
# $membership: the core's description of the plan ("Membership, billed every month").
members-membership-note = { $membership }. Šţŕîîþéé šééñðš ŕééçééîîþţš ååñð ŕééñééŵååļ ñööţîîçééš ţöö ţĥîîš ååððŕééšš; šţååƒƒ ļööööķ ţĥéé ɱééɱƀééŕ ûûþ ƀýý îîţ.~~~~~~~~~~~
# $status: members-status, already in words.
members-verdict-past-due = Þååšţ ðûûéé — ļééţ ţĥééɱ îîñ, ååšķ ţĥééɱ ţöö ûûþðååţéé ţĥééîîŕ çååŕð~~~~~~
members-verdict-in = { $status } — ļééţ ţĥééɱ îîñ~~~
members-verdict-out = { $status } — ñöö ååççééšš~~
members-state = { $status }.
members-state-until = { $status } ûûñţîîļ { $end }, ţĥééñ îîţ ééñðš.~~~~
members-state-failed = { $status }: ţĥéé ŕééñééŵååļ þååýýɱééñţ ƒååîîļééð.~~
members-state-renews = { $status }, ŕééñééŵš { $end }.~~
members-unreadable = Ţĥéé ɱééɱƀééŕ çööûûļð ñööţ ƀéé ŕééååð: { $error }~~~
members-recorded = Ṁééɱƀééŕ ŕééçööŕðééð: { $member } — { $state }~~~
members-recorded-later = Ţĥéé ɱééɱƀééŕ ŵîîļļ ƀéé îîñ ţĥéé ļîîšţ ååš šööööñ ååš Šţŕîîþéé ŕééþööŕţš ţĥéé šûûƀšçŕîîþţîîööñ.~~~~~~~~~
members-ending = çååñçééļš ååţ þééŕîîööð ééñð~
members-period-ends = Çûûŕŕééñţ þééŕîîööð ééñðš { $end }~~
members-period-ended = Þééŕîîööð ééñðééð { $end }
members-lookup-title = Ṁééɱƀééŕ ļööööķûûþ
members-lookup-close = Çļööšéé (ÉÉšç)~
members-lookup-email =
    .placeholder = ɱééɱƀééŕ@ééẋååɱþļéé.çööɱ~
    .aria-label = Ţĥéé ɱééɱƀééŕ'š ééɱååîîļ~
members-lookup-submit = Ļööööķ ûûþ
members-none = Ñöö ɱééɱƀééŕšĥîîþ ƒööŕ { $email }~~
members-view =
    .aria-label = Ṁééɱƀééŕš~
members-status-label = Šţååţûûš
members-status-select =
    .aria-label = Šĥööŵ ɱééɱƀééŕš ŵîîţĥ ţĥîîš šţååţûûš~~~~~
members-all-statuses = ÅÅļļ šţååţûûšééš~
members-reload = Ŕééƒŕééšĥ~
members-col-email = ÉÉɱååîîļ
members-plan = Þļååñ~
members-period-end = Þééŕîîööð ééñð
members-empty = Ñöö ɱééɱƀééŕš ŵîîţĥ ţĥîîš šţååţûûš.~~~~
members-side =
    .aria-label = Ṁééɱƀééŕ
members-choose = Çĥööööšéé åå ɱééɱƀééŕ ţöö šéééé ţĥééîîŕ Šţŕîîþéé îîðš, ţĥéé ŵĥööļéé ţîîɱééļîîñéé, ååñð ţöö çååñçééļ ååţ þééŕîîööð ééñð.~~~~~~
members-payment-failed = þååýýɱééñţ ƒååîîļééð
members-signed-out = Ţĥéé ööŵñééŕ îîš šîîĝñééð ööûûţ: ööþééñ Ṁééɱƀééŕš ååĝååîîñ ååñð ééñţééŕ ţĥéé ÞÎÎÑ.~~~~~
members-cancels-at-period-end = Çååñçééļš ååţ þééŕîîööð ééñð~
members-customer = Çûûšţööɱééŕ
members-subscription = Šûûƀšçŕîîþţîîööñ~
members-sale = Šååļéé
members-updated = ÛÛþðååţééð
members-yes = ýýééš
members-no = ñöö
members-cancel = Çååñçééļ ååţ þééŕîîööð ééñð~
members-this-member = ţĥîîš ɱééɱƀééŕ~
members-cancel-question = Çååñçééļ { $member }'š { $plan } ååţ ţĥéé ééñð ööƒ ţĥéé þééŕîîööð ({ $end })? Ţĥééýý ķééééþ ååççééšš ûûñţîîļ ţĥééñ; Šţŕîîþéé ƀîîļļš ñööţĥîîñĝ ɱööŕéé.~~~~~~~~~~~~
members-cancel-question-no-end = Çååñçééļ { $member }'š { $plan } ååţ ţĥéé ééñð ööƒ ţĥéé þééŕîîööð? Ţĥééýý ķééééþ ååççééšš ûûñţîîļ ţĥééñ; Šţŕîîþéé ƀîîļļš ñööţĥîîñĝ ɱööŕéé.~~~~~~~~~~~
members-cancel-yes = ÝÝééš, çååñçééļ ååţ þééŕîîööð ééñð~
members-cancel-no = Ķééééþ
members-ask-again = ÅÅšķ Šţŕîîþéé ååĝååîîñ
members-ended = Ţĥîîš ɱééɱƀééŕšĥîîþ ĥååš ééñðééð; ţĥééŕéé îîš ñööţĥîîñĝ ţöö çååñçééļ.~~~~~~~
members-scheduled = Çååñçééļļååţîîööñ îîš šçĥééðûûļééð: Šţŕîîþéé ééñðš ţĥéé ɱééɱƀééŕšĥîîþ ååţ ţĥéé çļööšéé ööƒ ţĥéé þééŕîîööð.~~~~~~~
members-confirmed-ended = Šţŕîîþéé çööñƒîîŕɱééð: ţĥéé ɱééɱƀééŕšĥîîþ ĥååš ééñðééð. { $summary }~~~~~~
members-confirmed-scheduled = Šţŕîîþéé çööñƒîîŕɱééð: ţĥéé ɱééɱƀééŕšĥîîþ ééñðš ååţ ţĥéé çļööšéé ööƒ ţĥéé þééŕîîööð, { $end }; ñöö ɱööŕéé ŕééñééŵååļš.~~~~~~~~~
members-confirmed-scheduled-no-end = Šţŕîîþéé çööñƒîîŕɱééð: ţĥéé ɱééɱƀééŕšĥîîþ ééñðš ååţ ţĥéé çļööšéé ööƒ ţĥéé þééŕîîööð; ñöö ɱööŕéé ŕééñééŵååļš.~~~~~~~~
members-no-cancellation = Šţŕîîþéé ååñšŵééŕééð, ƀûûţ šĥööŵš ñöö çååñçééļļååţîîööñ: { $summary }~~~~~
members-stripe-says = Šţŕîîþéé šååýýš: { $summary }~
# A member's summary for the counter (members.rs). $until: a date, or members-summary-period-end.
members-summary-period-end = ţĥéé ééñð ööƒ ţĥéé þééŕîîööð~
# $status: members-status, already in words.
members-summary-ending = { $status } ûûñţîîļ { $until }, ţĥééñ îîţ ééñðš (çååñçééļļååţîîööñ šçĥééðûûļééð).~~~~~~
members-summary-active-failed = ÅÅçţîîṽéé — ŕééñééŵš { $until }. ÅÅ ŕééçééñţ þååýýɱééñţ ƒååîîļééð; çĥééçķ ţĥéé ɱééɱƀééŕ'š çååŕð.~~~~~~~~
members-summary-active = ÅÅçţîîṽéé — ŕééñééŵš { $until }.~~
members-summary-trialing = Ţŕîîååļ ûûñţîîļ { $until }.~
members-summary-past-due = Þååšţ ðûûéé — ţĥéé ļååšţ ŕééñééŵååļ þååýýɱééñţ ƒååîîļééð. Šţŕîîþéé ŕééţŕîîééš îîţ: ååšķ ţĥéé ɱééɱƀééŕ ţöö ûûþðååţéé ţĥééîîŕ çååŕð.~~~~~~~~~
members-summary-unpaid = ÛÛñþååîîð — ŕééñééŵååļ þååýýɱééñţš ƒååîîļééð. Ñöö ååççééšš ûûñţîîļ îîţ îîš þååîîð.~~~
members-summary-canceled-on = Çååñçééļééð — ååççééšš ééñðééð { $date }.~~~
members-summary-canceled = Çååñçééļééð — ñöö ååççééšš.~~
members-summary-incomplete = ÎÎñçööɱþļééţéé — ţĥéé ƒîîŕšţ þååýýɱééñţ ĥååš ñööţ ĝööñéé ţĥŕööûûĝĥ. Ñöö ååççééšš ýýééţ.~~~~~~~
members-summary-incomplete-expired = ÉÉẋþîîŕééð ƀééƒööŕéé ţĥéé ƒîîŕšţ þååýýɱééñţ. Ñöö ååççééšš.~~~~
members-summary-paused = Þååûûšééð — ñöö ååççééšš ûûñţîîļ îîţ ŕééšûûɱééš.~~
# $status: a status Till does not know, as Stripe wrote it.
members-summary-other = Šţååţûûš { $status }.~
members-summary-set-to-end = ÎÎţ îîš šééţ ţöö ééñð ööñ { $until }.~~
testcards-title = Ţééšţ çååŕðš~~
testcards-note = ÉÉååçĥ ŕûûñ çĥååŕĝééš ţĥéé šɱååļļééšţ ṽååļîîð ååɱööûûñţ. Þååýý ŵîîţĥ ţĥéé çååŕð šĥööŵñ; Ţîîļļ ŕééçööŕðš ŵĥååţ Šţŕîîþéé ŕééþööŕţš ååñð ƒļååĝš åå ɱîîšɱååţçĥ.~~~~~~~~~~~~~~~~~
testcards-card = Çååŕð~
testcards-should = Šĥööûûļð
testcards-last-run = Ļååšţ ŕûûñ~
testcards-run = Ŕûûñ
testcards-history = Ŕûûñ ĥîîšţööŕýý
testcards-export = ÉÉẋþööŕţ ÇŠṼ~~
testcards-copy = Çööþýý
testcards-copy-title = Çööþýý ţĥéé ñûûɱƀééŕ~
testcards-no-runs = Ñöö ŕûûñš ýýééţ.~
testcards-payment-on-screen = Ƒîîñîîšĥ ööŕ çååñçééļ ţĥéé þååýýɱééñţ ööñ ţĥéé ŕééĝîîšţééŕ ƒîîŕšţ.~~~~~
testcards-waiting = ŵååîîţîîñĝ ƒööŕ ţĥéé çûûšţööɱééŕ~~
testcards-3ds-step = åå 3-Ð Šééçûûŕéé šţééþ~~
# $code: Stripe's decline code, spaced ("insufficient funds").
testcards-declined = ðééçļîîñééð — { $code }~
testcards-result =
    { $result ->
        [paid] þååîîð
        [expired] ééẋþîîŕééð
        [canceled] çååñçééļééð
        [failed] ƒååîîļééð
       *[other] { $result }
    }
testcards-3ds-then = 3-Ð Šééçûûŕéé, ţĥééñ { $result }~~~
testcards-verdict-ok = { $outcome } ✓~
testcards-verdict-mismatch = { $outcome } — ṀÎÎŠṀÅÅŢÇĤ~~
testcards-expected = ééẋþééçţééð { $outcome }~
testcards-mismatch = ṀÎÎŠṀÅÅŢÇĤ: { $outcome }~~
testcards-mode =
    { $mode ->
        [training] ţŕååîîñîîñĝ
        [test] ţééšţ~
       *[live] ļîîṽéé
    }
testcards-copied = Çööþîîééð { $number }
testcards-card-number = Çååŕð ñûûɱƀééŕ: { $number }~~
testcards-exported = Ŕûûñ ĥîîšţööŕýý ééẋþööŕţééð ţöö { $path }~~
receipt-number = Ŕééçééîîþţ { $number }
receipt-sale = Šååļéé { $id }
receipt-cashier = Šééŕṽééð ƀýý { $name }~
receipt-tax-id = Ţååẋ ÎÎÐ { $id }~
receipt-phone = Ţééļ. { $phone }~
receipt-copy = *** ÇÖÖÞÝÝ ***~~~
receipt-gift = ĜÎÎƑŢ ŔÉÉÇÉÉÎÎÞŢ~
receipt-refund = ŔÉÉƑÛÛÑÐ
receipt-subtotal = Šûûƀţööţååļ
receipt-discount = Ðîîšçööûûñţ
receipt-tip = Ţîîþ
receipt-rounding = Çååšĥ ŕööûûñðîîñĝ~
receipt-total = ŢÖÖŢÅÅĻ
receipt-tax-rate = { $name } { $rate }
receipt-tax-detail = ñééţ { $net } · ĝŕööšš { $gross }~~~
receipt-cash = Çååšĥ~
receipt-change = ÇĤÅÅÑĜÉÉ
receipt-card = Çååŕð~
receipt-refunded = Ŕééƒûûñðééð
receipt-refund-total = ŢÖÖŢÅÅĻ ŔÉÉƑÛÛÑÐÉÉÐ~
receipt-original-total = ÖÖŕîîĝîîñååļ ţööţååļ
receipt-each = { $quantity } × { $price }~
receipt-gift-line = { $quantity } × { $name }~
receipt-scan-card = Šçååñ ƒööŕ ýýööûûŕ çååŕð ŕééçééîîþţ~
receipt-scan-sale = Šååļéé ŕééƒééŕééñçéé
cash-button = Çååšĥ · Ƒ6~~~
    .title = Çååšĥ (Ƒ6)~~~
cash-title = Çååšĥ~
cash-offline = Çååšĥ ñééééðš ñöö ñééţŵööŕķ: Šţŕîîþéé îîš ñööţ ååšķééð ååñýýţĥîîñĝ.~~~~~~
cash-drawer-closed = Ţĥéé ðŕååŵééŕ îîš ñööţ ööþééñ. ÖÖþééñ îîţ ŵîîţĥ îîţš ƒļööååţ ƀééƒööŕéé ţååķîîñĝ çååšĥ.~~~~~~
cash-open-drawer = ÖÖþééñ ţĥéé ðŕååŵééŕ~
cash-tendered = ÅÅɱööûûñţ ţééñðééŕééð
cash-quick =
    .aria-label = Ǫûûîîçķ ååɱööûûñţš
cash-change-due = Çĥååñĝéé ðûûéé
cash-complete = Çööɱþļééţéé (ÉÉñţééŕ)~
cash-cancel = Çååñçééļ (ÉÉšç)~~
cash-rounding = Çååšĥ ŕööûûñðîîñĝ: { $rounding } ööñ { $total }.~~~
cash-split = Šþļîîţ: ţĥéé ŕééšţ ƀýý çååŕð~~~~
cash-split-line = Ţĥéé ŕééšţ ƀýý çååŕð: { $card }~~~
cash-balance-title = Ţĥéé ŕééšţ îîñ çååšĥ~~
split-line = Çååšĥ { $cash } · çååŕð { $card }~~~
split-unpaid = Ţĥéé çååŕð þååŕţ ({ $card }) ŵååš ñööţ þååîîð; ţĥéé { $cash } îîñ çååšĥ îîš ŕééçööŕðééð. Ŕééţŕýý ţĥéé çååŕð, ţååķéé ţĥéé ŕééšţ îîñ çååšĥ, ööŕ ṽööîîð ţĥéé šååļéé.~~~~~~~~~~~~~~~
split-retry = Ŕééţŕýý ţĥéé çååŕð~~
split-balance = Ţååķéé ţĥéé ŕééšţ îîñ çååšĥ~~
split-void = Ṽööîîð: ĝîîṽéé { $cash } ƀååçķ~
split-void-title = Ṽööîîð ţĥéé šååļéé?~
split-void-text = Ĝîîṽéé { $cash } ƀååçķ ţöö ţĥéé çûûšţööɱééŕ ƒŕööɱ ţĥéé ðŕååŵééŕ ååñð ṽööîîð ţĥéé šååļéé?~~~~~~
split-void-yes = Ṽööîîð ååñð ĝîîṽéé ƀååçķ~
split-void-no = Ķééééþ ţĥéé šååļéé
split-voided = Ṽööîîðééð: { $cash } ĝîîṽééñ ƀååçķ ƒŕööɱ ţĥéé ðŕååŵééŕ.~~~~
split-retried = ÅÅ ñééŵ þååýýɱééñţ þååĝéé ƒööŕ ţĥéé çååŕð þååŕţ.~~~~
drawer-rounding-label = Çååšĥ ŕööûûñðîîñĝ~
drawer-rounding-save = Šååṽéé (ööŵñééŕ)~
drawer-rounding-none = ñööñéé
drawer-rounding-current = Çååšĥ îîš ŕööûûñðééð ţöö { $step }.~~
drawer-rounding-off = Çååšĥ îîš ñööţ ŕööûûñðééð.~~
drawer-rounding-hint = Ţĥéé šɱååļļééšţ šţééþ çååšĥ îîš þååîîð îîñ (ñööñéé: ţöö ţĥéé çééñţ). Çååŕðš ååŕéé ñééṽééŕ ŕööûûñðééð.~~~~~~~~~~
drawer-rounding-hint-usual = Ţĥéé šɱååļļééšţ šţééþ çååšĥ îîš þååîîð îîñ (ñööñéé: ţöö ţĥéé çééñţ); { $usual } îîš ûûšûûååļ ƒööŕ ţĥîîš çûûŕŕééñçýý. Çååŕðš ååŕéé ñééṽééŕ ŕööûûñðééð.~~~~~~~~~~~~
drawer-z-list = Ž ŕééþööŕţš (ööŵñééŕ)~~~
drawer-z-line = Ž { $number } · çļööšééð { $closed } · çööûûñţééð { $counted } · ṽååŕîîååñçéé { $variance }~~~~~
drawer-z-none = Ñöö Ž ŕééþööŕţ ýýééţ: çļööšîîñĝ ţĥéé ðŕååŵééŕ ɱååķééš ţĥéé ƒîîŕšţ.~~~~~~~
drawer-button = Ðŕååŵééŕ
    .title = Ţĥéé çååšĥ ðŕååŵééŕ: ƒļööååţ, þååîîð îîñ ååñð ööûûţ, Ẋ ŕééþööŕţ, çļööšéé (Ƒ10)~~~~~~~~~
drawer-title = Çååšĥ ðŕååŵééŕ~
drawer-close-dialog = Çļööšéé (ÉÉšç)~
drawer-count-total = ÖÖŕ ţĥéé ţööţååļ~
drawer-move-amount =
    .aria-label = ÅÅɱööûûñţ þååîîð îîñ ööŕ ööûûţ
    .placeholder = ÅÅɱööûûñţ
drawer-move-reason =
    .aria-label = Ŵĥýý ţĥéé çååšĥ ĝööééš îîñ ööŕ ööûûţ~~
    .placeholder = Ŕééååšööñ
drawer-paid-in = Þååîîð îîñ
drawer-paid-out = Þååîîð ööûûţ (ööŵñééŕ)
drawer-no-sale = Ñöö šååļéé
drawer-x = Ẋ ŕééþööŕţ~
drawer-start-close = Çļööšéé ţĥéé ðŕååŵééŕ…~~
drawer-state-closed = Ţĥéé ðŕååŵééŕ îîš çļööšééð. Çööûûñţ ţĥéé ƒļööååţ ţöö ööþééñ îîţ.~~~~~
drawer-state-open = ÖÖþééñ šîîñçéé { $since } · ƒļööååţ { $float } · šĥööûûļð ĥööļð { $expected }~~~~~
drawer-count-float = Çööûûñţ ţĥéé ƒļööååţ~
drawer-count-close = Çööûûñţ ţĥéé çååšĥ îîñ ţĥéé ðŕååŵééŕ~~~
drawer-open-button = ÖÖþééñ ţĥéé ðŕååŵééŕ~
drawer-close-button = Çļööšéé ååñð ɱååķéé ţĥéé Ž ŕééþööŕţ~~~
drawer-x-title = Ẋ ŕééþööŕţ: ţĥéé šĥîîƒţ šöö ƒååŕ~~~~
drawer-z-title = Ž ŕééþööŕţ { $number }~~
drawer-count-of = Ĥööŵ ɱååñýý ööƒ { $denomination }~
drawer-recorded = Ŕééçööŕðééð.~
drawer-owner-needed = Þååîîð ööûûţ ñééééðš ţĥéé ööŵñééŕ: ööþééñ Ĥîîšţööŕýý, ééñţééŕ ţĥéé ööŵñééŕ ÞÎÎÑ, ţĥééñ çööɱéé ƀååçķ.~~~~~~
drawer-row =
    { $key ->
        [float] Ƒļööååţ
        [cash_sales] Çååšĥ šååļééš~
        [cash_refunds] Çååšĥ ŕééƒûûñðš~~
        [paid_in] Þååîîð îîñ
        [paid_out] Þååîîð ööûûţ
        [no_sales] Ñöö šååļééš
        [rounding] Çååšĥ ŕööûûñðîîñĝ~
        [expected] ÉÉẋþééçţééð îîñ ţĥéé ðŕååŵééŕ~~
        [counted] Çööûûñţééð
        [variance] Ṽååŕîîååñçéé
        [sales_card] Çååŕð šååļééš~
        [sales_cash] Çååšĥ šååļééš (ţööţååļ)~~
        [sales_split] Šþļîîţ šååļééš~
        [card_sales] Ţååķééñ ƀýý çååŕð~
       *[card_refunds] Çååŕð ŕééƒûûñðš~~
    }
receipt-button = Ŕééçééîîþţ
receipt-title = Ŕééçééîîþţ
receipt-title-gift = Ĝîîƒţ ŕééçééîîþţ~
receipt-title-copy = Ŕééçééîîþţ (çööþýý)~
receipt-title-refund = Ŕééƒûûñð ŕééçééîîþţ~
receipt-refund-button = Ŕééƒûûñð ŕééçééîîþţ~
receipt-close = Çļööšéé (ÉÉšç)~
receipt-gift-button = Ĝîîƒţ ŕééçééîîþţ~
receipt-print = Þŕîîñţ~
receipt-printed = Ŕééçééîîþţ þŕîîñţééð ööñ { $printer }.~~
receipt-no-printer = Ñöö ŕééçééîîþţ þŕîîñţééŕ îîš šééţ: çĥööööšéé ööñéé îîñ Šééţţîîñĝš → Ŕééçééîîþţš.~~~~~
receipt-email-live = Šţŕîîþéé ééɱååîîļš ţĥéé ŕééçééîîþţ ţöö { $email }.~~
receipt-email-test = Ţééšţ ɱööðéé: Šţŕîîþéé šééñðš ñöö ŕééçééîîþţ ééɱååîîļ ţöö { $email } (ţééšţ þååýýɱééñţš ééɱååîîļ ööñļýý ýýööûûŕ ööŵñ ţééååɱ'š ååððŕééššééš).~~~~~~~
receipt-email-training = Ţŕååîîñîîñĝ ɱööðéé: ñöö ŕééçééîîþţ ééɱååîîļ îîš šééñţ ţöö { $email } (Šţŕîîþéé šééñðš ñööñéé îîñ ţééšţ ɱööðéé).~~~~~~~
receipt-reprint = Ŕééþŕîîñţ ŕééçééîîþţ~
receipt-test-printed = Ţééšţ þååĝéé þŕîîñţééð ööñ { $printer }.~~~
receipt-settings-title = Ŕééçééîîþţš
receipt-settings-shop-name = Šĥööþ ñååɱéé (ééɱþţýý: ţĥéé ŕééĝîîšţééŕ'š ñååɱéé)~~~~
receipt-settings-address = ÅÅððŕééšš (ûûþ ţöö 4 ļîîñééš)~~~
receipt-settings-tax-id = Ţååẋ ÎÎÐ
receipt-settings-phone = Þĥööñéé
receipt-settings-footer = Ƒööööţééŕ (ûûþ ţöö 4 ļîîñééš)~~
receipt-settings-printer = Þŕîîñţééŕ (192.168.1.50:9100, /ðééṽ/ûûšƀ/ļþ0 ööŕ çûûþš:ǪÛÛÉÉÛÛÉÉ; ééɱþţýý: ñööñéé)~~~~~~~~~~~~~
receipt-settings-paper = Þååþééŕ
receipt-settings-paper-80 = 80 ɱɱ~~
receipt-settings-paper-58 = 58 ɱɱ~~
receipt-settings-code-page = Çĥååŕååçţééŕ šééţ~
receipt-settings-code-page-pc858 = ÞÇ858 (Ŵééšţééŕñ ÉÉûûŕööþéé, €)~~~~
receipt-settings-code-page-pc437 = ÞÇ437 (ÛÛŠÅÅ, ñöö €)~~~~
receipt-settings-code-page-wpc1252 = Ŵîîñðööŵš-1252~~~
receipt-settings-code-page-kanji = Šĥîîƒţ_ĴÎÎŠ Ķååñĵîî (Ĵååþååñééšéé ɱööðééļš)~~~
receipt-settings-drawer-pin = Çååšĥ ðŕååŵééŕ çööññééçţööŕ~~
receipt-settings-drawer-pin-2 = Þîîñ 2 (ţĥéé ûûšûûååļ)~~
receipt-settings-drawer-pin-5 = Þîîñ 5 (šééçööñð ðŕååŵééŕ)~~~
receipt-settings-copies = Çööþîîééš (1–5)~~
receipt-settings-print-mode = Þŕîîñţ ŕééçééîîþţš~~
receipt-settings-auto = ÅÅûûţööɱååţîîçååļļýý ŵĥééñ þååîîð
receipt-settings-ask = Ŵĥééñ šţååƒƒ þŕééšš Þŕîîñţ~~~~~
receipt-settings-never = Ñééṽééŕ (ööñ šçŕééééñ ööñļýý)~~
receipt-settings-kick = ÖÖþééñ ţĥéé çååšĥ ðŕååŵééŕ ŵĥééñ çååšĥ îîš ţååķééñ ååñð ööñ Ñöö šååļéé~~~~~~
receipt-settings-save = Šååṽéé ŕééçééîîþţ šééţţîîñĝš~
receipt-settings-test = Þŕîîñţ ţééšţ þååĝéé~~
parked-button =
    { $count ->
        [0] Þååŕķ · Ƒ3~~~
       *[other] Þååŕķééð ({ $count }) · Ƒ3~~~~
    }
    .title = Þååŕķ ţĥîîš šååļéé, ööŕ ŕééšûûɱéé åå þååŕķééð ööñéé (Ƒ3)~~~~
parked-title = Þååŕķééð šååļééš~
parked-close = Çļööšéé (ÉÉšç)~
parked-label =
    .placeholder = ÅÅññåå, Ţååƀļéé 4…~~
    .aria-label = Ļååƀééļ: ţĥéé çûûšţööɱééŕ'š ñååɱéé ööŕ åå ţååƀļéé~~~
parked-park = Þååŕķ ţĥîîš šååļéé~~
parked-list =
    .aria-label = Þååŕķééð šååļééš~
parked-none = Ñöö šååļéé îîš þååŕķééð ååţ ţĥîîš ţîîļļ.~~~
parked-row-meta = { $items } · { $total } · þååŕķééð { $time }~~~
parked-old = Þååŕķééð ļööñĝ ååĝöö~
parked-changed-price = { $name } ñööŵ çööšţš { $now } (ŵååš { $was })~~~~
parked-changed-gone = { $name } îîš ñöö ļööñĝééŕ šööļð ååñð ŵîîļļ ƀéé ļééƒţ ööûûţ~~~~~
parked-changed-coupon = Ţĥéé çööûûþööñ { $name } çååñ ñöö ļööñĝééŕ ƀéé ûûšééð ååñð ŵîîļļ ƀéé ļééƒţ ööûûţ~~~~~
parked-changed-adjustments = Ţĥéé ðîîšçööûûñţ, çööûûþööñ ööŕ ţîîþ ñöö ļööñĝééŕ ƒîîţš ţĥéé çååŕţ ååñð ŵîîļļ ƀéé ļééƒţ ööûûţ~~~~~~~~
parked-resume = Ŕééšûûɱéé
parked-resume-changed = Ŕééšûûɱéé ååţ ţööðååýý'š þŕîîçééš~
parked-drop = Ðŕööþ~
parked-drop-title = Ðŕööþ ţĥîîš þååŕķééð šååļéé?~~~
parked-drop-text = “{ $label }” ({ $total }) ļééååṽééš ţĥéé ļîîšţ. Ñööţĥîîñĝ ŵååš þååîîð, šöö ñööţĥîîñĝ îîš ŕééƒûûñðééð.~~~~~~~~~
parked-drop-yes = Ðŕööþ îîţ~
parked-drop-no = Ķééééþ îîţ
parked-done = Þååŕķééð ååš “{ $label }”.~~
parked-resumed = “{ $label }” îîš ƀååçķ ööñ ţĥéé ŕééĝîîšţééŕ.~~~~
chart-title =
    { $currency } ĝŕööšš þééŕ { $period ->
        [day] ðååýý
        [week] ŵééééķ
       *[month] ɱööñţĥ~
    } — { $from } ţöö { $to }~~~~
chart-empty = Ñöö þååîîð šååļééš îîñ ţĥîîš þééŕîîööð.~~
chart-max = ɱååẋ { $amount }~
chart-card = çååŕð~
chart-cash = çååšĥ~
chart-refunded = ŕééƒûûñðééð
chart-bar =
    { $gross } ĝŕööšš ({ $card } çååŕð, { $cash } çååšĥ), { $refunded } ŕééƒûûñðééð, { $sales ->
        [one] { $sales } šååļéé
       *[other] { $sales } šååļééš
    }~~~~~~~~
screen-button = Çûûšţööɱééŕ šçŕééééñ~
    .title = Ţûûŕñ ţĥéé çûûšţööɱééŕ šçŕééééñ ööñ ööŕ ööƒƒ~~~~
screen-settings-title = Çûûšţööɱééŕ šçŕééééñ~
screen-settings-switch = Çûûšţööɱééŕ šçŕééééñ~
screen-settings-auto = ÖÖñ ŵĥééñ åå šééçööñð ɱööñîîţööŕ îîš çööññééçţééð~~~
screen-settings-on = ÖÖñ (ååñ ööŕðîîñååŕýý ŵîîñðööŵ ŵîîţĥ ööñéé ɱööñîîţööŕ)~~
screen-settings-off = ÖÖƒƒ
screen-settings-monitor = Ṁööñîîţööŕ
screen-settings-monitor-auto = ÅÅñýý ɱööñîîţööŕ ƀûûţ ţĥéé ŕééĝîîšţééŕ'š~~
screen-settings-monitor-name = { $name } ({ $width }×{ $height })~~
screen-settings-monitor-register = { $name } ({ $width }×{ $height }) — ţĥéé ŕééĝîîšţééŕ'š~~~~
screen-settings-welcome = Ŵééļçööɱéé ļîîñéé (ééɱþţýý: “Ŵééļçööɱéé!”)~~~
screen-settings-save = Šååṽéé çûûšţööɱééŕ šçŕééééñ~
screen-settings-saved = Çûûšţööɱééŕ šçŕééééñ šååṽééð.~~
customer-screen-closed = Ţĥéé çûûšţööɱééŕ šçŕééééñ îîš ööƒƒ.~~~
customer-screen-window = Ţĥéé çûûšţööɱééŕ šçŕééééñ îîš ååñ ööŕðîîñååŕýý ŵîîñðööŵ (ñöö šééçööñð ɱööñîîţööŕ ƒööŕ îîţ).~~~~~~
customer-screen-on = Ţĥéé çûûšţööɱééŕ šçŕééééñ îîš ƒûûļļ šçŕééééñ ööñ { $monitor }.~~~~~
customer-screen-monitor-gone = Ţĥéé çûûšţööɱééŕ šçŕééééñ'š ɱööñîîţööŕ ŵååš ðîîšçööññééçţééð.~~~~~
customer-welcome = Ŵééļçööɱéé!
customer-order-title = ÝÝööûûŕ ööŕðééŕ
customer-total = Ţööţååļ
customer-scan = Šçååñ ţöö þååýý
customer-qr-alt = ǪŔ çööðéé ööƒ ţĥéé þååýýɱééñţ þååĝéé: šçååñ îîţ ŵîîţĥ ýýööûûŕ þĥööñéé'š çååɱééŕåå~~~~
customer-receipt-scan = Šçååñ ƒööŕ ýýööûûŕ ŕééçééîîþţ
customer-receipt-alt = ǪŔ çööðéé ööƒ ýýööûûŕ ŕééçééîîþţ: šçååñ îîţ ŵîîţĥ ýýööûûŕ þĥööñéé'š çååɱééŕåå~~~
customer-tendered = Ĝîîṽééñ
customer-change = Çĥååñĝéé
customer-thank-you = Ţĥååñķ ýýööûû!
customer-status-preparing = ÖÖñéé ɱööɱééñţ — þŕééþååŕîîñĝ ýýööûûŕ þååýýɱééñţ…~
customer-status-waiting = Šçååñ ţĥéé çööðéé ŵîîţĥ ýýööûûŕ þĥööñéé'š çååɱééŕåå ţöö þååýý.~~
customer-status-three-d-secure = Çööñƒîîŕɱ ţĥéé þååýýɱééñţ ŵîîţĥ ýýööûûŕ ƀååñķ (3Ð Šééçûûŕéé).~~~~~
customer-status-declined = ÝÝööûûŕ çååŕð ŵååš ðééçļîîñééð — þļééååšéé ţŕýý ååñööţĥééŕ çååŕð.~~~~
customer-status-processing = Þŕööçééššîîñĝ ýýööûûŕ þååýýɱééñţ…~
customer-status-paid = Þååîîð.
customer-status-failed = Ţĥéé þååýýɱééñţ ðîîð ñööţ ĝöö ţĥŕööûûĝĥ.~~~
customer-status-expired = Ţĥéé þååýýɱééñţ þååĝéé ĥååš ééẋþîîŕééð.~~
customer-status-canceled = Ţĥéé þååýýɱééñţ ŵååš çååñçééļééð.~~
return-button = Ŕééţûûŕñ îîţééɱš…~
return-title = Ŕééţûûŕñ îîţééɱš~
return-close = Çļööšéé (ÉÉšç)~
return-note =
    { $tender ->
        [cash] Çĥööööšéé ĥööŵ ɱååñýý ööƒ ééååçĥ îîţééɱ çööɱéé ƀååçķ. Ţĥééîîŕ ååɱööûûñţ îîš ĝîîṽééñ ƀååçķ îîñ çååšĥ ƒŕööɱ ţĥéé ðŕååŵééŕ.~~~~~~~
       *[card] Çĥööööšéé ĥööŵ ɱååñýý ööƒ ééååçĥ îîţééɱ çööɱéé ƀååçķ. Ţĥééîîŕ ååɱööûûñţ ĝööééš ƀååçķ ţöö ţĥéé çååŕð ţĥååţ þååîîð.~~~~~~
    }
return-line-meta =
    { $unit } ééååçĥ · { $sold } šööļð{ $returned ->
        [0] { "" }
       *[other] , { $returned } ŕééţûûŕñééð ååļŕééååðýý~
    }~~
return-all-back = ÅÅļļ ŕééţûûŕñééð~
return-quantity = Ĥööŵ ɱååñýý { $name } çööɱéé ƀååçķ~~
return-total =
    { $tender ->
        [cash] ÎÎñ çååšĥ: { $amount }~~
       *[card] Ţöö ţĥéé çååŕð: { $amount }~~
    }
return-none = Çĥööööšéé ĥööŵ ɱååñýý ööƒ ååţ ļééååšţ ööñéé îîţééɱ çööɱéé ƀååçķ.~~
return-submit = Ŕééţûûŕñ ååñð ŕééƒûûñð…~~
return-question =
    { $tender ->
        [cash]
            Ţååķéé ƀååçķ { $items ->
                [one] 1 îîţééɱ
               *[other] { $items } îîţééɱš
            } ååñð ĝîîṽéé { $amount } ƀååçķ îîñ çååšĥ ƒŕööɱ ţĥéé ðŕååŵééŕ?~~~~~~~
       *[card]
            Ţååķéé ƀååçķ { $items ->
                [one] 1 îîţééɱ
               *[other] { $items } îîţééɱš
            } ååñð ŕééƒûûñð { $amount } ţöö ţĥéé çååŕð?~~~~~
    }
return-yes = Ŕééƒûûñð { $amount }~
return-no = Ķééééþ ţĥéé šååļéé ååš îîţ îîš~
return-done = ÎÎţééɱš ŕééţûûŕñééð: { $amount } ŕééƒûûñðééð.~~
return-error-nothing = Çĥööööšéé ååţ ļééååšţ ööñéé ļîîñéé, ååñð ĥööŵ ɱååñýý ööƒ îîţ çööɱéé ƀååçķ.~~~
return-error-unknown-line = Šååļéé { $sale } ĥååš ñöö ļîîñéé ŵîîţĥ þŕîîçéé { $price }: çĥööööšéé ööñéé ööƒ îîţš ļîîñééš.~~~~
return-error-quantity = Šååýý ĥööŵ ɱååñýý ööƒ { $name } çööɱéé ƀååçķ (1 ööŕ ɱööŕéé).~~~~
return-error-exceeds = { $asked } ööƒ { $name } çååññööţ çööɱéé ƀååçķ: { $sold } šööļð, { $returned } ŕééţûûŕñééð ååļŕééååðýý, šöö ååţ ɱööšţ { $left } ɱööŕéé.~~~~~~~
return-error-too-large = Ţĥööšéé ǫûûååñţîîţîîééš ååŕéé ţöööö ļååŕĝéé.
return-error-adjusted = Šååļéé { $sale } ĥååð åå ðîîšçööûûñţ ööŕ ţååẋ ååððééð ööñ ţööþ, šöö åå ļîîñéé'š þŕîîçéé îîš ñööţ ŵĥååţ ŵååš þååîîð ƒööŕ îîţ: ŕééƒûûñð îîţ ƀýý ååɱööûûñţ.~~~~~~~~~~
return-error-split = Šååļéé { $sale } ŵååš þååîîð þååŕţļýý îîñ çååšĥ ååñð þååŕţļýý ƀýý çååŕð: ŕééƒûûñð îîţ ƀýý ååɱööûûñţ, šååýýîîñĝ ĥööŵ ɱûûçĥ ĝööééš ƀååçķ ƀýý çååŕð ååñð ĥööŵ ɱûûçĥ îîñ çååšĥ.~~~~~~~~~~~~~~
refund-error-reason = { $reason } îîš ñööţ åå ŕééƒûûñð ŕééååšööñ: ûûšéé { $reasons }.~~
refund-error-use-cash = Šååļéé { $sale } ŵååš þååîîð îîñ çååšĥ, ñööţ ƀýý çååŕð: ŕééƒûûñð îîţ îîñ çååšĥ ƒŕööɱ ţĥéé ðŕååŵééŕ.~~~~~~~~~
refund-error-exceeds-card = Ţĥååţ îîš ɱööŕéé ţĥååñ çååñ ĝöö ƀååçķ ƀýý çååŕð ööñ šþļîîţ šååļéé { $sale } ({ $left } ļééƒţ ööƒ îîţš çååŕð þååŕţ). Ŕééƒûûñð ţĥéé ŕééšţ îîñ çååšĥ.~~~~~~~~~~~~~~~~
refund-error-no-cash = Šååļéé { $sale } ţööööķ ñöö çååšĥ, šöö ñööţĥîîñĝ ööƒ îîţ ĝööééš ƀååçķ îîñ çååšĥ. Ŕééƒûûñð îîţ ƀýý çååŕð.~~~~~~~~~
refund-error-exceeds-cash = Ţĥååţ îîš ɱööŕéé ţĥååñ çååñ ĝöö ƀååçķ îîñ çååšĥ ööñ šååļéé { $sale } ({ $left } ļééƒţ ööƒ { $taken } ţååķééñ îîñ çååšĥ). Ţýýþéé { $left } ööŕ ļééšš.~~~~~~~~~~~~
refund-error-split-nothing = Šååýý ĥööŵ ɱûûçĥ ĝööééš ƀååçķ ƀýý çååŕð, îîñ çååšĥ, ööŕ ƀööţĥ.~~~~~~~
refund-error-not-split = Šååļéé { $sale } îîš åå { $tender } šååļéé, ñööţ åå šþļîîţ: ŕééƒûûñð îîţ ƀýý îîţš ööñéé ţééñðééŕ.~~~~~~
refund-error-drawer-closed = Ţĥéé ðŕååŵééŕ îîš ñööţ ööþééñ, šöö ñöö çååšĥ çååñ ĝöö ƀååçķ. ÖÖþééñ îîţ ŵîîţĥ îîţš ƒļööååţ ƒîîŕšţ; ñööţĥîîñĝ ŵååš ŕééƒûûñðééð.~~~~~~~~~~~~~
refund-error-lines-exceed = Ţĥööšéé ļîîñééš çööɱéé ţöö { $amount }, ɱööŕéé ţĥååñ çååñ šţîîļļ ĝöö ƀååçķ ƀýý çååŕð ööñ šååļéé { $sale } ({ $left }).~~~~~~~~~
refund-error-membership = Šååļéé { $sale } šööļð åå ɱééɱƀééŕšĥîîþ: îîţš þååýýɱééñţ îîš ţĥéé šûûƀšçŕîîþţîîööñ'š ƒîîŕšţ îîñṽööîîçéé, ŵĥîîçĥ Ţîîļļ ðööééš ñööţ ŕééƒûûñð. Ŕééƒûûñð ţĥéé îîñṽööîîçéé îîñ ţĥéé Šţŕîîþéé Ðååšĥƀööååŕð, ååñð çååñçééļ ţĥéé ɱééɱƀééŕšĥîîþ îîñ Ṁééɱƀééŕš îîƒ îîţ šĥööûûļð ééñð.~~~~~~~~~~~~~~~~~~~~~~
refund-error-zero = ÅÅ ŕééƒûûñð ɱûûšţ ƀéé ɱööŕéé ţĥååñ žééŕöö.~~~
refund-error-refunded = Šååļéé { $sale } ĥååš ƀééééñ ŕééƒûûñðééð îîñ ƒûûļļ ååļŕééååðýý.~~
refund-error-too-large = { $amount } îîš ɱööŕéé ţĥååñ ŵĥååţ îîš ļééƒţ ţöö ŕééƒûûñð ööñ ţĥîîš šååļéé ({ $left }). Ţýýþéé { $left } ööŕ ļééšš.~~~~~~~~~
refund-error-no-payment = Šååļéé { $sale } ĥååš ñöö Šţŕîîþéé þååýýɱééñţ ŕééçööŕðééð, šöö ţĥééŕéé îîš ñööţĥîîñĝ ţöö ŕééƒûûñð ţĥŕööûûĝĥ Šţŕîîþéé. Çĥééçķ îîţ îîñ ţĥéé Šţŕîîþéé Ðååšĥƀööååŕð.~~~~~~~~~~~~~
refund-error-no-payment-short = Šååļéé { $sale } ĥååš ñöö Šţŕîîþéé þååýýɱééñţ ŕééçööŕðééð.~~~
refund-error-not-paid =
    Šååļéé { $sale } îîš { $state ->
        [awaiting_payment] ååŵååîîţîîñĝ þååýýɱééñţ
       *[other] { $state }
    }, ñööţ þååîîð: ööñļýý åå þååîîð šååļéé çååñ ƀéé ŕééƒûûñðééð.~~~~
refund-error-offline = { $failure }, šöö ñööţĥîîñĝ ŵååš ŕééƒûûñðééð ååñð ñööţĥîîñĝ çĥååñĝééð. Çĥééçķ ţĥéé îîñţééŕñééţ çööññééçţîîööñ ååñð ţŕýý ååĝååîîñ.~~~~~~~~~~
refund-error-unconfirmed = Šţŕîîþéé ðîîð ñööţ ååñšŵééŕ ({ $failure }). Ţĥéé ŕééƒûûñð ɱååýý ööŕ ɱååýý ñööţ ĥååṽéé ƀééééñ ɱååðéé: îîţš ååɱööûûñţ îîš ĥééļð, ååñð Ţîîļļ ååšķš ååĝååîîñ ŵîîţĥ ţĥéé šååɱéé ķééýý (Šţŕîîþéé ñééṽééŕ ŕééƒûûñðš ţŵîîçéé ƒööŕ îîţ) ŵĥééñ ýýööûû ŕééƒûûñð, ŕééƒŕééšĥ ööŕ ŕééööþééñ ţĥîîš šååļéé.~~~~~~~~~~~~~~~~~~~
refund-error-refused = Šţŕîîþéé ŕééƒûûšééð ţĥéé ŕééƒûûñð: { $failure }. Ñööţĥîîñĝ ŵååš ŕééƒûûñðééð.~~~~~~
sale-misc-line = Ṁîîšçééļļååñééööûûš
register-error-open-price-zero = Ţýýþéé ååñ ååɱööûûñţ ɱööŕéé ţĥååñ žééŕöö.~
register-error-not-open-price = { $name } ĥååš åå ƒîîẋééð þŕîîçéé: ţååþ îîţš ţîîļéé ţöö ååðð îîţ.~~~~
sale-manual-discount = Ṁååñûûååļ ðîîšçööûûñţ
register-error-discount-needs-owner = ÅÅ ɱååñûûååļ ðîîšçööûûñţ ñééééðš ţĥéé ööŵñééŕ ööŕ åå ɱååñååĝééŕ šîîĝñééð îîñ ååţ ţĥéé ţîîļļ. ÅÅšķ ţĥééɱ ţöö šîîĝñ îîñ (ţĥéé ööŵñééŕ ŵîîţĥ ţĥéé ööŵñééŕ ÞÎÎÑ).~~~~~~~~~~~~
register-error-discount-reason = Šååýý ŵĥýý ţĥéé ðîîšçööûûñţ îîš ĝîîṽééñ (1 ţöö 200 çĥååŕååçţééŕš): ţĥéé šååļéé'š ţîîɱééļîîñéé ķééééþš îîţ.~~~~~~~~~
register-error-discount-zero = Ţýýþéé åå ðîîšçööûûñţ ɱööŕéé ţĥååñ žééŕöö.~
register-error-override-needs-owner = Çĥååñĝîîñĝ åå þŕîîçéé ñééééðš ţĥéé ööŵñééŕ ööŕ åå ɱååñååĝééŕ šîîĝñééð îîñ ååţ ţĥéé ţîîļļ. ÅÅšķ ţĥééɱ ţöö šîîĝñ îîñ (ţĥéé ööŵñééŕ ŵîîţĥ ţĥéé ööŵñééŕ ÞÎÎÑ).~~~~~~~~~~~~~~
register-error-override-reason = Šååýý ŵĥýý ţĥéé þŕîîçéé îîš çĥååñĝééð (1 ţöö 200 çĥååŕååçţééŕš): ţĥéé šååļéé'š ţîîɱééļîîñéé ķééééþš îîţ.~~~~~~~~~
register-error-override-zero = Ţýýþéé åå þŕîîçéé ɱööŕéé ţĥååñ žééŕöö. Ţöö ĝîîṽéé ţĥéé îîţééɱ ååŵååýý, ååšķ ţĥéé ööŵñééŕ ååƀööûûţ åå ðîîšçööûûñţ.~~~
register-error-override-recurring = { $name } îîš åå ɱééɱƀééŕšĥîîþ: îîţš þŕîîçéé îîš ţĥéé ööñéé îîţš šûûƀšçŕîîþţîîööñ ƀîîļļš. Çĥååñĝéé îîţ îîñ Šţŕîîþéé.~~~~~~~~~
sale-discount = Ðîîšçööûûñţ
sale-tip-line = Ţîîþ
timeline-session-created-canceling = Šţŕîîþéé ŕééţûûŕñééð Çĥééçķööûûţ Šééššîîööñ { $session }; ééẋþîîŕîîñĝ îîţ ţöö ƒîîñîîšĥ ţĥéé çååñçééļ.~~~~~~
timeline-session-created = Çĥééçķööûûţ Šééššîîööñ { $session } çŕééååţééð; ŵååîîţîîñĝ ƒööŕ ţĥéé çûûšţööɱééŕ.~~~~
timeline-session-refused-canceled = Šţŕîîþéé ŕééƒûûšééð ţöö çŕééååţéé ţĥéé Çĥééçķööûûţ Šééššîîööñ ({ $reason }); ñööţĥîîñĝ ţöö ééẋþîîŕéé, šååļéé çååñçééļļééð.~~~~~~~
timeline-session-refused = Šţŕîîþéé ŕééƒûûšééð ţöö çŕééååţéé ţĥéé Çĥééçķööûûţ Šééššîîööñ: { $reason }~~~
timeline-declined = Çååŕð ðééçļîîñééð ({ $code }).~~~
timeline-declined-message = Çååŕð ðééçļîîñééð ({ $code }): { $message }~~~
timeline-three-d-secure = Ţĥéé çûûšţööɱééŕ îîš çööɱþļééţîîñĝ 3-Ð Šééçûûŕéé.~~~~
timeline-paid = Þååîîð { $amount }; ÞååýýɱééñţÎÎñţééñţ { $intent }.~~
timeline-completed-unpaid = Çĥééçķööûûţ çööɱþļééţééð ŵîîţĥ åå þååýýɱééñţ ɱééţĥööð ţĥéé ƀååñķ çööñƒîîŕɱš ļååţééŕ.~~~~~~~
timeline-completed-unpaid-intent = Çĥééçķööûûţ çööɱþļééţééð ŵîîţĥ åå þååýýɱééñţ ɱééţĥööð ţĥéé ƀååñķ çööñƒîîŕɱš ļååţééŕ. ÞååýýɱééñţÎÎñţééñţ { $intent }.~~~~~~~~
timeline-delayed-paid = Ţĥéé ðééļååýýééð þååýýɱééñţ šûûççééééðééð: þååîîð { $amount }; ÞååýýɱééñţÎÎñţééñţ { $intent }.~~
timeline-delayed-failed = Ţĥéé ðééļååýýééð þååýýɱééñţ ƒååîîļééð: { $reason }
timeline-expired-canceled = Ţĥéé Çĥééçķööûûţ Šééššîîööñ îîš ééẋþîîŕééð; šååļéé çååñçééļļééð.~~~
timeline-expired = Ţĥéé Çĥééçķööûûţ Šééššîîööñ ééẋþîîŕééð ƀééƒööŕéé ţĥéé çûûšţööɱééŕ þååîîð.~~~
timeline-cancel-requested = Šţååƒƒ çååñçééļļééð ţĥéé šååļéé; ååšķîîñĝ Šţŕîîþéé ţöö ééẋþîîŕéé ţĥéé Çĥééçķööûûţ Šééššîîööñ.~~~~~~
timeline-cancel-confirmed = Šţŕîîþéé ééẋþîîŕééð ţĥéé Çĥééçķööûûţ Šééššîîööñ ååš ååšķééð; šååļéé çååñçééļļééð.~~~~
timeline-cancel-too-late = Ţĥéé çååñçééļ çååɱéé ţöööö ļååţéé.~
# $stripe, $expected: amounts in minor units (cents), as Stripe and the ledger give them.
timeline-amount-mismatch = Ŵååŕñîîñĝ: Šţŕîîþéé'š ååɱööûûñţ { $stripe } ðîîƒƒééŕš ƒŕööɱ ţĥéé šååļéé'š çååŕð þååŕţ { $expected }.~~~~~~~~~
# Reconciliation's timeline entries (reconcile.rs). $session: a Checkout Session id; $status and
# $payment: Stripe's own status and payment_status codes, kept as Stripe writes them; $amount: an
# amount with its currency code; $intent: a PaymentIntent id.
timeline-reconcile-session = Çĥééçķööûûţ Šééššîîööñ { $session } îîš { $status } / { $payment }~~~
timeline-reconcile-session-amount = Çĥééçķööûûţ Šééššîîööñ { $session } îîš { $status } / { $payment }, { $amount }~~~
timeline-reconcile-session-intent = Çĥééçķööûûţ Šééššîîööñ { $session } îîš { $status } / { $payment }, ÞååýýɱééñţÎÎñţééñţ { $intent }~~~~
timeline-reconcile-session-amount-intent = Çĥééçķööûûţ Šééššîîööñ { $session } îîš { $status } / { $payment }, { $amount }, ÞååýýɱééñţÎÎñţééñţ { $intent }~~~~~
# $state: a sale's state code, named inside a timeline sentence (English keeps the code, as the ledger always has;
# other languages name it as History does).
timeline-state = { $state }
# $state: timeline-state, $session: timeline-reconcile-session…, both already in words.
timeline-reconcile-corrected = Ŕééçööñçîîļîîååţîîööñ: ţĥéé ļééðĝééŕ šååîîð { $state }, ƀûûţ { $session }. Çööŕŕééçţééð ƒŕööɱ Šţŕîîþéé.~~~~~~
# $register: the till's register id; $lines: a count.
timeline-reconcile-imported = ÎÎɱþööŕţééð ƒŕööɱ Šţŕîîþéé ƀýý ŕééçööñçîîļîîååţîîööñ: Çĥééçķööûûţ Šééššîîööñ { $session } ööƒ ŕééĝîîšţééŕ { $register }, { $lines } ļîîñéé(š), { $amount }.~~~~~~~
# A member's timeline (members.rs, the owner's Members view): the ledger keeps the English.
# $status: Stripe's code of a subscription status, named mid-sentence.
member-timeline-status =
    { $status ->
        [active] ååçţîîṽéé
        [trialing] ţŕîîååļ
        [past_due] þååšţ ðûûéé
        [unpaid] ûûñþååîîð
        [canceled] çååñçééļééð
        [incomplete] îîñçööɱþļééţéé
        [incomplete_expired] ééẋþîîŕééð
        [paused] þååûûšééð
       *[other] { $status }
    }
# Stands for the plan's name when Stripe gave none.
member-timeline-a-membership = ɱééɱƀééŕšĥîîþ~
# $plan: the plan's name; $status: member-timeline-status, already in words; $end: a date.
member-timeline-recorded = Ṁééɱƀééŕšĥîîþ ŕééçööŕðééð: { $plan }, { $status }.~~~~
member-timeline-recorded-until = Ṁééɱƀééŕšĥîîþ ŕééçööŕðééð: { $plan }, { $status }, çûûŕŕééñţ þééŕîîööð ééñðš { $end }.~~~~~~
# $from, $to: members-status, already in words.
member-timeline-status-changed = Šţååţûûš { $from } → { $to }.~~
member-timeline-past-due = Ţĥéé ŕééñééŵååļ þååýýɱééñţ ƒååîîļééð; Šţŕîîþéé ŕééţŕîîééš îîţ. ÅÅšķ ţĥéé ɱééɱƀééŕ ţöö ûûþðååţéé ţĥééîîŕ çååŕð.~~~~~~
member-timeline-ended = Ţĥéé ɱééɱƀééŕšĥîîþ ĥååš ééñðééð: ååççééšš ŕééṽööķééð.~~~~
member-timeline-cancel-scheduled = Šééţ ţöö ééñð ååţ ţĥéé çļööšéé ööƒ ţĥéé þééŕîîööð ({ $end }).~~~~
member-timeline-cancel-scheduled-no-date = Šééţ ţöö ééñð ååţ ţĥéé çļööšéé ööƒ ţĥéé þééŕîîööð (ðååţéé ûûñķñööŵñ).~~~~~
member-timeline-cancel-withdrawn = Ţĥéé šçĥééðûûļééð çååñçééļļååţîîööñ ŵååš ŵîîţĥðŕååŵñ.~~~~
member-timeline-period-ends = Çûûŕŕééñţ þééŕîîööð ñööŵ ééñðš { $end }.~~~
member-timeline-updated = Ðééţååîîļš ûûþðååţééð.
# Stand for an invoice's id and amount when Stripe gave none.
member-timeline-an-invoice = ååñ îîñṽööîîçéé
member-timeline-amount-not-given = ååɱööûûñţ ñööţ ĝîîṽééñ
member-timeline-amount-unknown = ååñ ûûñķñööŵñ ååɱööûûñţ~
# $invoice: Stripe's invoice id; $amount: an amount with its currency; $reason: first, renewal or other.
member-timeline-invoice-paid =
    ÎÎñṽööîîçéé { $invoice } þååîîð: { $amount } ({ $reason ->
        [first] ƒîîŕšţ þååýýɱééñţ~
        [renewal] ŕééñééŵååļ
       *[other] þååýýɱééñţ
    }).~~
member-timeline-invoice-failed =
    ÎÎñṽööîîçéé { $invoice }: ţĥéé { $reason ->
        [first] ƒîîŕšţ þååýýɱééñţ~
        [renewal] ŕééñééŵååļ
       *[other] þååýýɱééñţ
    } ööƒ { $amount } ƒååîîļééð. Šţŕîîþéé ŕééţŕîîééš îîţ; ååšķ ţĥéé ɱééɱƀééŕ ţöö ûûþðååţéé ţĥééîîŕ çååŕð.~~~~~~~
# $attempt: Stripe's count of attempts.
member-timeline-invoice-failed-attempt =
    ÎÎñṽööîîçéé { $invoice }: ţĥéé { $reason ->
        [first] ƒîîŕšţ þååýýɱééñţ~
        [renewal] ŕééñééŵååļ
       *[other] þååýýɱééñţ
    } ööƒ { $amount } ƒååîîļééð, ååţţééɱþţ { $attempt }. Šţŕîîþéé ŕééţŕîîééš îîţ; ååšķ ţĥéé ɱééɱƀééŕ ţöö ûûþðååţéé ţĥééîîŕ çååŕð.~~~~~~~~~
timeline-charge-pressed = Çĥååŕĝéé þŕééššééð: { $lines } ļîîñéé(š), { $total }.~~~~~
timeline-split-pressed = Šþļîîţ þŕééššééð: { $lines } ļîîñéé(š), { $total }; { $cash } îîñ çååšĥ ({ $parts } þååŕţ(š)), { $card } ƀýý çååŕð.~~~~~~~~~~~~~
timeline-paid-cash = Þååîîð îîñ çååšĥ: { $tendered } ţééñðééŕééð, { $change } çĥååñĝéé.~~~~
timeline-cash-rounding = Çååšĥ ŕööûûñðîîñĝ { $rounding }.~~
timeline-price-override = Þŕîîçéé ööƒ { $name } ööṽééŕŕîîððééñ ƒŕööɱ { $was } ţöö { $now }: { $reason }.~~~~
timeline-manual-discount = Ṁååñûûååļ ðîîšçööûûñţ { $amount }: { $reason }.~~
timeline-promotion-code = Ţĥéé çûûšţööɱééŕ ûûšééð þŕööɱööţîîööñ çööðéé { $code }: { $discount } ööƒƒ; Šţŕîîþéé çĥååŕĝééð { $charged } (ååšķééð { $asked }).~~~~~~~
timeline-no-promotion-code = Ñöö þŕööɱööţîîööñ çööðéé ŵååš ûûšééð.~
timeline-refund-cash = Ŕééƒûûñðééð { $amount } îîñ çååšĥ ƒŕööɱ ţĥéé ðŕååŵééŕ, ååšķééð ƀýý ţĥéé ööŵñééŕ.~~~~~~~
timeline-refund = Ŕééƒûûñð { $refund } ööƒ { $amount }: { $status }.~~~
timeline-refund-asked = Ŕééƒûûñð { $refund } ööƒ { $amount } ååšķééð ƀýý ţĥéé ööŵñééŕ: { $status }.~~~~
timeline-refund-failed = Ŕééƒûûñð { $refund } ööƒ { $amount }: { $status } ({ $why }).~~~~
# $state: timeline-state (the card part's), already in words.
timeline-split-voided = Ṽööîîðééð ååƒţééŕ ţĥéé çååŕð þååŕţ { $state }: îîţš çååšĥ ĝîîṽééñ ƀååçķ ƒŕööɱ ţĥéé ðŕååŵééŕ.~~~~~~~~~
# $state: timeline-state (the card part's: canceled or expired); amounts with their currency code.
timeline-split-cash-balance = Çååŕð þååŕţ { $state } ééñðééð; ƀååļååñçéé { $balance } ţååķééñ îîñ çååšĥ: { $tendered } ţééñðééŕééð, { $change } çĥååñĝéé.~~~~~~~~
timeline-split-retried = Çååŕð ŕééţŕîîééð ååš šååļéé { $next }, ŵĥîîçĥ çååŕŕîîééš ţĥîîš šååļéé'š çååšĥ.~~~~~~~
timeline-split-retry-created = Çååŕð ŕééţŕîîééð ƒööŕ šååļéé { $sale }: îîţš çååšĥ çååŕŕîîééð ööṽééŕ, ţĥéé ƀååļååñçéé ƀýý çååŕð.~~~~~~~
sale-promotion-code-discount = Çööðéé { $code }
cart-promotion-codes = Þŕööɱööţîîööñ çööðéé: ţĥéé çûûšţööɱééŕ ééñţééŕš îîţ ööñ Šţŕîîþéé'š þååĝéé~~~~
# A recurring price's schedule (register tiles and cart lines). $count: how many intervals; $interval: day, week, month or year.
recurring-every =
    { $count ->
        [1]
            { $interval ->
                [day] ðååýý
                [week] ŵééééķ
                [month] ɱööñţĥ~
               *[year] ýýééååŕ
            }
       *[other]
            { $count } { $interval ->
                [day] ðååýýš
                [week] ŵééééķš
                [month] ɱööñţĥš~
               *[year] ýýééååŕš
            }
    }
# $amount: the price; $every: recurring-every, already in words.
recurring-label = { $amount } / { $every }~
# The cart's membership note. $every: recurring-every, already in words.
cart-membership = Ṁééɱƀééŕšĥîîþ, ƀîîļļééð ééṽééŕýý { $every }~~
cart-error-coupon-and-promotion-codes = Šţŕîîþéé ţååķééš åå çööûûþööñ ööŕ åå þŕööɱööţîîööñ çööðéé ţĥéé çûûšţööɱééŕ ţýýþééš, ñööţ ƀööţĥ. Ţååķéé ööñéé ööƒƒ ƒîîŕšţ.~~~~~~
cart-error-promotion-codes-need-card = Ţĥéé çûûšţööɱééŕ ţýýþééš åå þŕööɱööţîîööñ çööðéé ööñ Šţŕîîþéé'š çååŕð þååĝéé, šöö ţĥîîš šååļéé çååñ ööñļýý ƀéé þååîîð ƀýý çååŕð. Ţûûŕñ þŕööɱööţîîööñ çööðééš ööƒƒ ûûñðééŕ Çööûûþööñ ţöö ţååķéé çååšĥ.~~~~~~~~~~~~
checkout-error-promotion-codes-with-tip = Šţŕîîþéé ŵööûûļð ţååķéé åå þŕööɱööţîîööñ çööðéé ööƒƒ ţĥéé ţîîþ ţöööö. Ţååķéé ţĥéé ţîîþ ööƒƒ, ööŕ ţûûŕñ þŕööɱööţîîööñ çööðééš ööƒƒ ûûñðééŕ Çööûûþööñ.~~~~~~~
checkout-error-promotion-codes-membership = ÅÅ ɱééɱƀééŕšĥîîþ çååñ'ţ ţååķéé åå þŕööɱööţîîööñ çööðéé ååţ ţĥéé ţîîļļ. Ţûûŕñ þŕööɱööţîîööñ çööðééš ööƒƒ ûûñðééŕ Çööûûþööñ, ööŕ šééļļ ţĥéé ɱééɱƀééŕšĥîîþ ööñ îîţš ööŵñ.~~~~~~~~~~~~
adjust-promotion-codes = Çûûšţööɱééŕ ééñţééŕš åå þŕööɱööţîîööñ çööðéé~
adjust-promotion-codes-detail = ööñ Šţŕîîþéé'š þååĝéé~
cart-tax-exclusive = { $name } { $rate }
cart-tax-inclusive = îîñçļ. { $name } { $rate }~~
cart-error-empty = Ţĥéé çååŕţ îîš ééɱþţýý. ÅÅðð ååţ ļééååšţ ööñéé îîţééɱ ƀééƒööŕéé çĥååŕĝîîñĝ.~~~~~
cart-error-mixed-currency = Ţĥîîš šååļéé îîš îîñ { $cart } ƀûûţ { $name } îîš þŕîîçééð îîñ { $item }. ÖÖñéé šååļéé ţååķééš ööñéé çûûŕŕééñçýý: ƒîîñîîšĥ ööŕ çļééååŕ ţĥîîš šååļéé ƒîîŕšţ.~~~~~~~~~
cart-error-quantity-range = Ţĥéé ǫûûååñţîîţýý ööƒ { $name } ɱûûšţ ƀéé ƀééţŵééééñ 1 ååñð 999 (ååšķééð ƒööŕ { $quantity }).~~~~~~~
cart-error-quantity-below-one = Ţĥéé ǫûûååñţîîţýý ööƒ { $name } çååñ'ţ ĝöö ƀééļööŵ 1. ÛÛšéé Ŕééɱööṽéé ţöö ţååķéé îîţ ööƒƒ ţĥéé šååļéé.~~~~~
cart-error-too-many-lines = ÅÅ šååļéé çååñ ĥööļð ååţ ɱööšţ 100 ðîîƒƒééŕééñţ îîţééɱš. Çĥååŕĝéé ţĥîîš šååļéé, ţĥééñ ŕîîñĝ ûûþ ţĥéé ŕééšţ ååš åå ñééŵ ööñéé.~~~~~~~~~~~~
cart-error-line-not-found = Ţĥååţ îîţééɱ îîš ñöö ļööñĝééŕ îîñ ţĥéé çååŕţ. Ŕééƒŕééšĥ ååñð ţŕýý ååĝååîîñ.~~~~~~
cart-error-price-conflict = { $name } îîš ååļŕééååðýý îîñ ţĥéé çååŕţ ååţ åå ðîîƒƒééŕééñţ þŕîîçéé. Šýýñç ţĥéé çååţååļööĝ, ţĥééñ çļééååŕ ţĥéé šååļéé ååñð ŕîîñĝ îîţ ûûþ ååĝååîîñ.~~~~~~~~~
cart-error-invalid-item = Ţĥîîš îîţééɱ çååñ’ţ ƀéé šööļð: îîţš çååţååļööĝ ðååţåå îîš ðååɱååĝééð ({ $reason }). Šýýñç ţĥéé çååţååļööĝ, ööŕ ƒîîẋ ţĥéé þŕööðûûçţ îîñ Šţŕîîþéé.~~~~~~~~~~~~~
# $first, $other: the two items' names; $first_every, $other_every: recurring-every, already in words.
cart-error-mixed-schedules = { $first } ƀîîļļš ééṽééŕýý { $first_every } ååñð { $other } ééṽééŕýý { $other_every }: ööñéé ɱééɱƀééŕšĥîîþ šååļéé çååñ ĥååṽéé ööñļýý ööñéé ƀîîļļîîñĝ šçĥééðûûļéé. Šééļļ ţĥééɱ ååš ţŵöö šååļééš.~~~~~~~~~
cart-error-too-many-memberships = ÅÅ ɱééɱƀééŕšĥîîþ šååļéé çååñ ĥööļð ååţ ɱööšţ 20 ŕééçûûŕŕîîñĝ îîţééɱš. Šééļļ ţĥéé ŕééšţ ååš åå šééçööñð šååļéé.~~~~~~~~~~
cart-error-membership-needs-card = ÅÅ ɱééɱƀééŕšĥîîþ ŕééñééŵš ƀýý çååŕð, šöö îîţ çååñ'ţ ƀéé þååîîð îîñ çååšĥ. Çĥååŕĝéé îîţ ƀýý çååŕð.~~~~~~~~~
discounts-error-tax-name = ÅÅ ţååẋ ŕååţéé ñééééðš åå ñååɱéé ööƒ 1 ţöö 50 çĥååŕååçţééŕš (ṼÅÅŢ, Šååļééš ţååẋ).~~~~~~~
discounts-error-country = Ţĥéé çööûûñţŕýý îîš ţŵöö ļééţţééŕš (ÐÉÉ, ÛÛŠ), ööŕ ééɱþţýý.~~~~~
discounts-error-jurisdiction = Ţĥéé ĵûûŕîîšðîîçţîîööñ îîš ååţ ɱööšţ 50 çĥååŕååçţééŕš (ÑÝÝ), ööŕ ééɱþţýý.~~~~~~~
discounts-error-coupon-name = ÅÅ çööûûþööñ ñééééðš åå ñååɱéé ööƒ 1 ţöö 40 çĥååŕååçţééŕš (îîţ šĥööŵš ööñ ţĥéé šååļéé ååñð ţĥéé ŕééçééîîþţ).~~~~~~~~
discounts-error-coupon-value = ÅÅ çööûûþööñ ţååķééš ööƒƒ ééîîţĥééŕ åå þééŕçééñţååĝéé (10) ööŕ ååñ ååɱööûûñţ (5.00), ɱööŕéé ţĥååñ žééŕöö. Ƒîîļļ îîñ ööñéé ööƒ ţĥééɱ.~~~~~~~~~
discounts-error-coupon-max = Ţĥéé ñûûɱƀééŕ ööƒ ûûšééš îîš ååţ ļééååšţ 1, ööŕ ééɱþţýý ƒööŕ ñöö ļîîɱîîţ.~~~~~
pricing-error-empty = Ţĥéé šååļéé ĥååš ñöö îîţééɱš. ÅÅðð ååñ îîţééɱ ƒîîŕšţ.~~~~
pricing-error-zero-quantity = ÅÅ ļîîñéé ĥååš ǫûûååñţîîţýý 0. Ŕééɱööṽéé ţĥéé ļîîñéé ööŕ šééţ åå ǫûûååñţîîţýý ööƒ ååţ ļééååšţ 1.~~~
pricing-error-negative-price = ÅÅ ļîîñéé ĥååš åå ñééĝååţîîṽéé þŕîîçéé. Çĥééçķ ţĥéé îîţééɱ'š þŕîîçéé îîñ ţĥéé çååţååļööĝ.~~~~~
pricing-error-unknown-tax-rate = Ţĥéé ţååẋ ŕååţéé { $id } îîš ñööţ ķñööŵñ (îîţ ɱååýý ĥååṽéé ƀééééñ ååŕçĥîîṽééð). Ŕééƒŕééšĥ ţĥéé çååţååļööĝ, ööŕ çĥööööšéé ååñööţĥééŕ ţååẋ ŕååţéé ƒööŕ ţĥéé þŕööðûûçţ.~~~~~~~~~~~
pricing-error-invalid-percent = “{ $input }” îîš ñööţ åå þééŕçééñţååĝéé. Ţýýþéé åå ñûûɱƀééŕ ƒŕööɱ 0 ţöö 100 ŵîîţĥ ååţ ɱööšţ ƒööûûŕ ðééçîîɱååļš.~~~~~~~~~~
pricing-error-empty-coupon = Ţĥéé çööûûþööñ { $coupon } ţååķééš ööƒƒ ñööţĥîîñĝ. Çĥööööšéé ååñööţĥééŕ çööûûþööñ.~~~
pricing-error-coupon-currency = Ţĥéé çööûûþööñ { $coupon } îîš ƒööŕ šååļééš îîñ { $coupon_currency }, ååñð ţĥîîš šååļéé îîš îîñ { $sale_currency }. Çĥööööšéé åå çööûûþööñ îîñ { $sale_currency } ööŕ åå þééŕçééñţååĝéé çööûûþööñ.~~~~~~
pricing-error-discount-exceeds-sale = Ţĥéé ðîîšçööûûñţ ({ $discount }) îîš ɱööŕéé ţĥååñ ţĥéé šååļéé ({ $subtotal }). Çĥööööšéé åå šɱååļļééŕ ðîîšçööûûñţ ööŕ ååðð ţĥéé îîţééɱš ƒîîŕšţ.~~~~~~~~~~
pricing-error-tip-currency = Ţĥéé ţîîþ îîš îîñ { $tip_currency }, ååñð ţĥîîš šååļéé îîš îîñ { $sale_currency }. ÉÉñţééŕ ţĥéé ţîîþ îîñ { $sale_currency }.~~~~~~~
pricing-error-negative-tip = ÅÅ ţîîþ çååñ'ţ ƀéé ñééĝååţîîṽéé. ÉÉñţééŕ ţĥéé ţîîþ ŵîîţĥööûûţ åå ɱîîñûûš šîîĝñ, ööŕ çĥööööšéé Ñöö ţîîþ.~~~~~~
pricing-error-tip-too-large = Ţĥéé ţîîþ ({ $tip }) îîš ɱööŕéé ţĥååñ ţĥéé šååļéé îîţšééļƒ ({ $sale }). Çĥééçķ ţĥéé ţîîþ; ţĥéé ɱööšţ Ţîîļļ ååççééþţš îîš { $limit }.~~~~~~~~~~~~~~
pricing-error-total-too-large = Ţĥéé šååļéé'š ţööţååļ îîš ööṽééŕ Šţŕîîþéé'š ɱååẋîîɱûûɱ ƒööŕ ööñéé çĥååŕĝéé ({ $maximum }). Šþļîîţ ţĥéé šååļéé îîñţöö šɱååļļééŕ ööñééš.~~~~~~~~~~
coupon-off = { $off } ööƒƒ~
register-error-unknown-coupon = Ţĥééŕéé îîš ñöö çööûûþööñ { $coupon } îîñ ţĥéé šýýñçééð çååţååļööĝ. Šýýñç ţĥéé çååţååļööĝ, ööŕ çĥööööšéé ööñéé ƒŕööɱ ţĥéé ļîîšţ.~~~~~~~~
register-error-coupon-expired = Ţĥéé çööûûþööñ { $coupon } ĥååš ééẋþîîŕééð ööŕ îîš ûûšééð ûûþ ååţ Šţŕîîþéé. Çĥööööšéé ååñööţĥééŕ çööûûþööñ.~~~
register-error-favourites-full =
    { $max ->
        [one] ÅÅţ ɱööšţ 1 þŕööðûûçţ ƒîîţš ööñ ţĥéé Ƒååṽööûûŕîîţééš þååĝéé; ûûñþîîñ ööñéé ƒîîŕšţ.~~~~~~
       *[other] ÅÅţ ɱööšţ { $max } þŕööðûûçţš ƒîîţ ööñ ţĥéé Ƒååṽööûûŕîîţééš þååĝéé; ûûñþîîñ ööñéé ƒîîŕšţ.~~~~~~
    }
register-error-favourite-twice = { $price } îîš ööñ ţĥéé Ƒååṽööûûŕîîţééš þååĝéé ţŵîîçéé; ķééééþ îîţ ööñçéé.~~
register-error-favourite-unknown = Ţĥééŕéé îîš ñöö þŕööðûûçţ ŵîîţĥ þŕîîçéé { $price } îîñ ţĥîîš ŕééĝîîšţééŕ'š çûûŕŕééñçýý. Šýýñç ţĥéé çååţååļööĝ ååñð çĥööööšéé ååĝååîîñ.~~~~~~~~~
register-error-no-product = Ţĥééŕéé îîš ñöö þŕööðûûçţ ŵîîţĥ þŕîîçéé { $price } îîñ ţĥéé çååţååļööĝ. Šýýñç ţĥéé çååţååļööĝ ååñð ţŕýý ååĝååîîñ.~~~~~~~~
register-error-unknown-code = Ñöö þŕööðûûçţ ĥååš ţĥéé ƀååŕçööðéé ööŕ ŠĶÛÛ { $code }. Çĥééçķ ţĥéé çööðéé ööŕ šééååŕçĥ ƀýý ñååɱéé.~~~~~~~~
register-error-park-empty = Ţĥéé çååŕţ îîš ééɱþţýý: ţĥééŕéé îîš ñööţĥîîñĝ ţöö þååŕķ.~~~~~~
register-error-park-charging = Ţĥîîš šååļéé'š þååýýɱééñţ îîš ûûñðééŕ ŵååýý. Çååñçééļ ţĥéé þååýýɱééñţ ƒîîŕšţ, ţĥééñ þååŕķ ţĥéé šååļéé.~~~~~~~~~
register-error-busy = ÅÅ šååļéé îîš ööñ ţĥéé ŕééĝîîšţééŕ. Çĥååŕĝéé, þååŕķ ööŕ çļééååŕ îîţ ƀééƒööŕéé ŕééšûûɱîîñĝ ååñööţĥééŕ.~~~~~
register-error-nothing-sold = Ñööţĥîîñĝ þååŕķééð ååš { $label } îîš šööļð ååñýý ɱööŕéé. Ðŕööþ îîţ ååñð ŕîîñĝ ûûþ ţĥéé šååļéé ååĝååîîñ.~~~~~~~
register-error-prices-changed = Šîîñçéé { $label } ŵååš þååŕķééð: { $changes }. Ŕééšûûɱéé îîţ ååţ ţööðååýý'š þŕîîçééš, ööŕ ļééååṽéé îîţ þååŕķééð.~~~~~~
parked-changed-gone-short = { $name } îîš ñöö ļööñĝééŕ šööļð~~
parked-changed-coupon-short = ţĥéé çööûûþööñ { $name } çååñ ñöö ļööñĝééŕ ƀéé ûûšééð~~
parked-changed-adjustments-short = ţĥéé ðîîšçööûûñţ, çööûûþööñ ööŕ ţîîþ ñöö ļööñĝééŕ ƒîîţš ţĥéé çååŕţ~~~~~
parked-error-label-missing = Ĝîîṽéé ţĥéé þååŕķééð šååļéé åå ļååƀééļ — ţĥéé çûûšţööɱééŕ'š ñååɱéé ööŕ åå ţååƀļéé — šöö îîţ çååñ ƀéé ƒööûûñð ååĝååîîñ.~~~~~~~
parked-error-label-invalid =
    { $max ->
        [one] ÅÅ þååŕķééð šååļéé'š ļååƀééļ îîš ååţ ɱööšţ 1 çĥååŕååçţééŕ ööñ ööñéé ļîîñéé; šĥööŕţééñ îîţ.~~~~~~~
       *[other] ÅÅ þååŕķééð šååļéé'š ļååƀééļ îîš ååţ ɱööšţ { $max } çĥååŕååçţééŕš ööñ ööñéé ļîîñéé; šĥööŕţééñ îîţ.~~~~~~~
    }
parked-error-unreadable = Ţĥéé þååŕķééð šååļéé { $label } çööûûļð ñööţ ƀéé ŕééååð ƀååçķ ({ $error }). Ðŕööþ îîţ ååñð ŕîîñĝ îîţ ûûþ ååĝååîîñ.~~~~~~~~
parked-error-gone = Þååŕķééð šååļéé { $id } îîš ñööţ þååŕķééð ååţ ţĥîîš ţîîļļ ååñýý ɱööŕéé (ŕééšûûɱééð ööŕ ðŕööþþééð ååļŕééååðýý). Ŕééƒŕééšĥ ţĥéé ļîîšţ.~~~~~~~~~
split-error-no-cash = ÅÅ šþļîîţ ñééééðš åå çååšĥ þååŕţ. Ţýýþéé ţĥéé çååšĥ ţĥéé çûûšţööɱééŕ ĝîîṽééš, ööŕ çĥööööšéé Çååŕð.~~~~~~~~
split-error-currency = Ţĥéé çååšĥ ŵååš çööûûñţééð îîñ { $counted } ƀûûţ ţĥéé šååļéé îîš îîñ { $currency }. Çööûûñţ îîţ îîñ { $currency }.~~~~~~~
split-error-part-zero = ÉÉååçĥ çååšĥ þååŕţ ɱûûšţ ƀéé ɱööŕéé ţĥååñ žééŕöö. Ţýýþéé ŵĥååţ ţĥéé çûûšţööɱééŕ ĥååñðš ööṽééŕ ƒööŕ îîţ.~~~~~~~~~
split-error-membership = ÅÅ ɱééɱƀééŕšĥîîþ ŕééñééŵš ƀýý çååŕð, šöö îîţ çååñ'ţ ƀéé šþļîîţ ŵîîţĥ çååšĥ. Çĥööööšéé Çååŕð.~~~~~~~~~~
split-error-sale-not-split = Šååļéé { $sale } îîš ååļŕééååðýý åå { $tender } šååļéé. Ƒîîñîîšĥ ööŕ çååñçééļ îîţ ƀééƒööŕéé šþļîîţţîîñĝ.~~~~
split-error-other-amounts = Šååļéé { $sale } ŵååš ååļŕééååðýý šþļîîţ ŵîîţĥ ööţĥééŕ ååɱööûûñţš. Šééţţļéé îîţ (îîţš þååñééļ šĥööŵš ţĥéé çååšĥ ţååķééñ), ööŕ šţååŕţ åå ñééŵ šååļéé.~~~~~~~~~~~~
split-error-not-split = Šååļéé { $sale } îîš åå { $tender } šååļéé, ñööţ åå šþļîîţ.~~~
split-error-retried = Šååļéé { $sale }'š çååŕð ŵååš ååļŕééååðýý ŕééţŕîîééð ååš šååļéé { $next }, ŵĥîîçĥ çååŕŕîîééš îîţš çååšĥ. Šééţţļéé ţĥååţ šååļéé îîñšţééååð.~~~~~~~~~
split-error-settled = Šååļéé { $sale } ŵååš ååļŕééååðýý šééţţļééð ({ $kind }). Ñööţĥîîñĝ ɱööŕéé ţöö ðöö; šţååŕţ åå ñééŵ šååļéé.~~~~~~~
split-error-card-open =
    Šååļéé { $sale }'š çååŕð þååŕţ îîš { $state ->
        [awaiting_payment] ååŵååîîţîîñĝ þååýýɱééñţ
       *[other] { $state }
    }: ŵååîîţ ûûñţîîļ ţĥéé ƀååñķ ååñšŵééŕš ƀééƒööŕéé šééţţļîîñĝ îîţ ååñööţĥééŕ ŵååýý.~~~~~~~~~
split-error-paid = Šååļéé { $sale }'š çååŕð þååŕţ ŵååš þååîîð ƀééƒööŕéé îîţ çööûûļð ƀéé çååñçééļļééð, šöö ţĥéé šååļéé šţååñðš. Ŕééƒûûñð îîţ îîñšţééååð îîƒ ţĥéé çûûšţööɱééŕ ŵååñţš ţĥéé ɱööñééýý ƀååçķ.~~~~~~~~~~~~~~
split-error-unsettled = Šååļéé { $sale } ĥååš çååšĥ ţååķééñ ååñð îîţš çååŕð þååŕţ ðîîð ñööţ þååýý. Ŕééţŕýý ţĥéé çååŕð, ţååķéé ţĥéé ƀååļååñçéé îîñ çååšĥ, ööŕ ṽööîîð îîţ ƀééƒööŕéé šţååŕţîîñĝ ööṽééŕ.~~~~~~~~~~~~~
drawer-error-sale-is-card = Šååļéé { $sale } îîš ååļŕééååðýý ƀééîîñĝ þååîîð ƀýý çååŕð. Çååñçééļ îîţ ööñ ţĥéé çĥééçķööûûţ þååñééļ ƀééƒööŕéé ţååķîîñĝ çååšĥ.~~~~~~
drawer-error-move-zero = Ţýýþéé ţĥéé ååɱööûûñţ þûûţ îîñ ööŕ ţååķééñ ööûûţ (ɱööŕéé ţĥååñ žééŕöö).~~~
drawer-error-move-reason = Šååýý ŵĥýý ţĥéé çååšĥ ĝööééš îîñ ööŕ ööûûţ (ûûþ ţöö 200 çĥååŕååçţééŕš), éé.ĝ. “çĥååñĝéé ƒŕööɱ ţĥéé ƀååñķ”.~~~~~~~~~~~~
drawer-error-over-drawer = Ţĥéé ðŕååŵééŕ šĥööûûļð ĥööļð ööñļýý { $expected }; { $amount } çååñ'ţ ƀéé þååîîð ööûûţ ööƒ îîţ. Çĥééçķ ţĥéé ååɱööûûñţ.~~~~~~~~
drawer-error-closed = Ţĥéé ðŕååŵééŕ ööƒ ţîîļļ { $till } îîš ñööţ ööþééñ, šöö ţĥééŕéé îîš ñöö šĥîîƒţ ţöö ŕééþööŕţ ööñ. ÖÖþééñ îîţ ŵîîţĥ îîţš ƒļööååţ ƒîîŕšţ.~~~~~~~~~~~~
drawer-error-count-missing = Çööûûñţ ţĥéé çååšĥ îîñ ţĥéé ðŕååŵééŕ ƀééƒööŕéé çļööšîîñĝ (ţýýþéé ĥööŵ ɱååñýý ööƒ ééååçĥ çööîîñ ååñð ñööţéé, ööŕ ţĥéé ţööţååļ). ÅÅ ðŕååŵééŕ ŵîîţĥ ñöö çååšĥ îîš çööûûñţééð ååš 0.~~~~~~~~~~~~~
drawer-error-no-z-report = Ţĥîîš ţîîļļ ĥååš ñöö Ž ŕééþööŕţ { $number }. Ļîîšţ ţĥééɱ ŵîîţĥ ţîîļļçţļ ðŕååŵééŕ ž.~~~~~~~~~~~~
checkout-error-tip-membership = ÅÅ ɱééɱƀééŕšĥîîþ çååñ'ţ ţååķéé åå ţîîþ. Ţååķéé ţĥéé ţîîþ ööƒƒ, ööŕ šééļļ ţĥéé ɱééɱƀééŕšĥîîþ ööñ îîţš ööŵñ.~~~~~~~~~~
checkout-error-coupon-with-tip = Ţĥîîš çööûûþööñ ĥååš åå ļîîɱîîţ ååţ Šţŕîîþéé, šöö îîţ çååñ'ţ ĝöö ööñ åå çååŕð šååļéé ŵîîţĥ åå ţîîþ: Šţŕîîþéé ŵööûûļð ţååķéé îîţ ööƒƒ ţĥéé ţîîþ ţöööö. Ţååķéé ţĥéé ţîîþ ööƒƒ, ööŕ ţååķéé ţĥéé šååļéé îîñ çååšĥ ööŕ šþļîîţ.~~~~~~~~~~~~~~~~~
checkout-error-email-required = ÅÅ ɱééɱƀééŕšĥîîþ ñééééðš ţĥéé çûûšţööɱééŕ'š ééɱååîîļ (Šţŕîîþéé šééñðš ŕééçééîîþţš ååñð ŕééñééŵååļ ñööţîîçééš ţĥééŕéé, ååñð šţååƒƒ ļööööķ ɱééɱƀééŕš ûûþ ƀýý îîţ). ÅÅšķ ƒööŕ îîţ ååñð ţýýþéé îîţ îîñ ţĥéé ééɱååîîļ ƒîîééļð.~~~~~~~~~~~~~~~
checkout-error-split-too-small = Šååļéé { $sale }'š çååŕð þååŕţ { $amount } îîš ûûñðééŕ Šţŕîîþéé'š ɱîîñîîɱûûɱ ({ $refused }). Ţååķéé ţĥéé ƀååļååñçéé îîñ çååšĥ.~~~~~~~~~~
checkout-error-other-items = Šååļéé { $sale } ŵååš ååļŕééååðýý çĥååŕĝééð ŵîîţĥ ööţĥééŕ îîţééɱš. Šţååŕţ åå ñééŵ šååļéé ƒööŕ ţĥîîš çååŕţ.~~~~~~~~
checkout-error-not-created = { $failure }. Ţĥéé šååļéé îîš šååṽééð; þŕééšš Ŕééţŕýý (ööŕ ŕééšţååŕţ Ţîîļļ) ååñð îîţ çööñţîîñûûééš ŵîîţĥ ţĥéé šååɱéé ŕééǫûûééšţ, šöö ţĥéé çûûšţööɱééŕ îîš ñééṽééŕ çĥååŕĝééð ţŵîîçéé.~~~~~~~~~~~~~~
checkout-error-create-refused = { $failure }. Ţĥéé šååļéé ŵååš ɱååŕķééð ƒååîîļééð; ñööţĥîîñĝ ŵååš çĥååŕĝééð.~~~~~~
history-error-date-range = Ţĥéé ðååţéé ŕååñĝéé ééñðš ({ $to }) ƀééƒööŕéé îîţ šţååŕţš ({ $from }). Šŵååþ ţĥéé ðååţééš.~~~~~~~~~
history-error-status = { $status } îîš ñööţ åå šååļéé šţååţûûš. ÛÛšéé ööñéé ööƒ: { $states }.~~
history-error-register = ÅÅ ŕééĝîîšţééŕ îîð îîš ååţ ɱööšţ 200 çĥååŕååçţééŕš.~~~~~
history-error-staff = ÅÅ šţååƒƒ îîð îîš ååţ ɱööšţ 200 çĥååŕååçţééŕš (šţååƒƒ_…).~~~~~~~~~
history-error-search-long = ÅÅ šééååŕçĥ îîš ååţ ɱööšţ 200 çĥååŕååçţééŕš. Šééååŕçĥ ƒööŕ ööñéé ñååɱéé, ééɱååîîļ ööŕ îîð.~~~~~~~
history-error-search-empty = Ţýýþéé ļééţţééŕš ööŕ ðîîĝîîţš ţöö šééååŕçĥ: åå þŕööðûûçţ ñååɱéé, ååñ ééɱååîîļ, ööŕ åå šååļéé, šééššîîööñ ööŕ ÞååýýɱééñţÎÎñţééñţ îîð.~~~~~~~
history-error-cursor = Ţĥéé þååĝéé þööšîîţîîööñ îîš ñööţ ṽååļîîð; šţååŕţ ååĝååîîñ ƒŕööɱ ţĥéé ƒîîŕšţ þååĝéé.~~~~~~
history-error-period = { $period } îîš ñööţ åå ŕééþööŕţ þééŕîîööð: ûûšéé ðååýý, ŵééééķ ööŕ ɱööñţĥ.~~~
history-error-report-range = Ţĥéé ŕééþööŕţ ééñðš ({ $to }) ƀééƒööŕéé îîţ šţååŕţš ({ $from }). Šŵååþ ţĥéé ðååţééš.~~~~~~~~~
history-error-report-days =
    { $max ->
        [one] ÅÅ ŕééþööŕţ çööṽééŕš ååţ ɱööšţ 1 ðååýý; çĥööööšéé åå šĥööŕţééŕ ŕååñĝéé.~~~~~
       *[other] ÅÅ ŕééþööŕţ çööṽééŕš ååţ ɱööšţ { $max } ðååýýš; çĥööööšéé åå šĥööŕţééŕ ŕååñĝéé.~~~~~
    }
tender-error-currency = Ţĥéé çååšĥ ŵååš çööûûñţééð îîñ { $counted } ƀûûţ ţĥéé šååļéé îîš îîñ { $currency }. Çööûûñţ îîţ îîñ { $currency }.~~~~~~~
tender-error-negative = Ţĥéé ååɱööûûñţ ţééñðééŕééð çååñ'ţ ƀéé ñééĝååţîîṽéé. Ţýýþéé ŵĥååţ ţĥéé çûûšţööɱééŕ ĥååñðééð ööṽééŕ.~~~~~~
tender-error-too-large = Ţĥååţ ååɱööûûñţ ţééñðééŕééð îîš ööṽééŕ ţĥéé ļååŕĝééšţ ååɱööûûñţ Ţîîļļ ţååķééš. Çĥééçķ ţĥéé ååɱööûûñţ ţýýþééð.~~~~~~~
tender-error-short = { $tendered } ţééñðééŕééð îîš { $short } šĥööŕţ ööƒ { $due }. Ţååķéé ɱööŕéé çååšĥ, ööŕ ţååķéé ţĥéé ŕééšţ ƀýý çååŕð ŵîîţĥ Šþļîîţ.~~~~~~~~~~~
tender-error-count-negative = ÅÅ çööûûñţééð ååɱööûûñţ çååñ'ţ ƀéé ñééĝååţîîṽéé. Çööûûñţ ţĥéé ðŕååŵééŕ ååĝååîîñ.~~~
tender-error-denomination = { $denomination } îîš ñööţ åå çööîîñ ööŕ ñööţéé ööƒ { $currency }. Çööûûñţ ŵîîţĥ ţĥéé ðééñööɱîîñååţîîööñš šĥööŵñ.~~~~~
tender-error-pieces-negative = ÅÅ çööûûñţ ööƒ çööîîñš ööŕ ñööţééš çååñ'ţ ƀéé ñééĝååţîîṽéé. Çööûûñţ ţĥéé ðŕååŵééŕ ååĝååîîñ.~~~~
tender-error-count-too-large = Ţĥååţ çööûûñţ îîš ļååŕĝééŕ ţĥååñ ååñýý ðŕååŵééŕ ĥööļðš. Çĥééçķ ţĥéé ñûûɱƀééŕš ţýýþééð.~~~~~~~~~
tender-error-split-no-cash = ÅÅ šþļîîţ ñééééðš åå çååšĥ þååŕţ. Ţýýþéé ţĥéé çååšĥ ţĥéé çûûšţööɱééŕ ĝîîṽééš, ööŕ çĥööööšéé Çååŕð.~~~~~~~~
tender-error-covers-total = { $cash } îîñ çååšĥ çööṽééŕš ţĥéé ŵĥööļéé { $total }. Çĥööööšéé Çååšĥ îîñšţééååð ööƒ Šþļîîţ.~~~~~~~
tender-error-balance-too-small = Ţĥéé çååŕð ŵööûûļð ƀéé çĥååŕĝééð { $card }, ååñð Šţŕîîþéé'š ɱîîñîîɱûûɱ îîš { $minimum }. Ţååķéé { $most } ööŕ ļééšš îîñ çååšĥ, ööŕ ååļļ ööƒ îîţ îîñ çååšĥ. ({ $refused })~~~~~~~~~~~~~~
money-error-unknown-currency = “{ $input }” îîš ñööţ åå çûûŕŕééñçýý Šţŕîîþéé çååñ çĥååŕĝéé îîñ. ÛÛšéé åå ţĥŕéééé-ļééţţééŕ çööðéé šûûçĥ ååš ÛÛŠÐ ööŕ ÉÉÛÛŔ.~~~~~~~
money-error-unknown-locale = “{ $input }” îîš ñööţ åå šûûþþööŕţééð ðîîšþļååýý ļååñĝûûååĝéé. Çĥööööšéé ööñéé ööƒ ééñ-ÛÛŠ, ééñ-ĜƁ, ðéé-ÐÉÉ, ƒŕ-ƑŔ, ééš-ÉÉŠ ööŕ ĵåå-ĴÞ.~~~~~~~~~~~
money-error-invalid = “{ $input }” îîš ñööţ ååñ ååɱööûûñţ. { $hint }~~
money-hint-example = Ţýýþéé ååñ ååɱööûûñţ, ƒööŕ ééẋååɱþļéé { $example }.~~
money-hint-comma = Ţýýþéé îîţ ŵîîţĥ åå çööɱɱåå ƀééƒööŕéé ţĥéé çééñţš, ƒööŕ ééẋååɱþļéé 29,50 ööŕ 1.234,50.~~~~~~~~~~~
money-hint-point = Ţýýþéé îîţ ŵîîţĥ åå þööîîñţ ƀééƒööŕéé ţĥéé çééñţš, ƒööŕ ééẋååɱþļéé 29.50 ööŕ 1,234.50.~~~~~~~~~~~
money-error-negative = “{ $input }” îîš ñééĝååţîîṽéé. Ţýýþéé ţĥéé ååɱööûûñţ ŵîîţĥööûûţ åå ɱîîñûûš šîîĝñ.~~~
money-error-decimals =
    { $allowed ->
        [0] { $currency } ååɱööûûñţš ååŕéé ŵĥööļéé ñûûɱƀééŕš. Ţýýþéé ţĥéé ååɱööûûñţ ŵîîţĥööûûţ ðééçîîɱååļš.~~~
        [one] { $currency } ååɱööûûñţš ĥååṽéé ååţ ɱööšţ 1 ðééçîîɱååļ. Çĥééçķ ţĥéé ååɱööûûñţ.~~~~~
       *[other] { $currency } ååɱööûûñţš ĥååṽéé ååţ ɱööšţ { $allowed } ðééçîîɱååļš. Çĥééçķ ţĥéé ååɱööûûñţ.~~~~~
    }
money-error-too-small = { $amount } îîš ƀééļööŵ Šţŕîîþéé'š ɱîîñîîɱûûɱ çĥååŕĝéé ööƒ { $minimum }. ÅÅðð îîţééɱš ţöö ŕééååçĥ ţĥéé ɱîîñîîɱûûɱ, ööŕ ţååķéé ååñööţĥééŕ ƒööŕɱ ööƒ þååýýɱééñţ.~~~~~~~~~
money-error-too-large = Ţĥéé ååɱööûûñţ îîš ööṽééŕ Šţŕîîþéé'š ɱååẋîîɱûûɱ ƒööŕ ööñéé çĥååŕĝéé ({ $maximum }). Šþļîîţ ţĥéé šååļéé îîñţöö šɱååļļééŕ ööñééš.~~~~~~~~
money-error-precision = Šţŕîîþéé çĥååŕĝééš { $currency } ööñļýý îîñ šţééþš ööƒ { $step }, ååñð { $amount } îîš ñööţ ööñéé. ÅÅðĵûûšţ ţĥéé ååɱööûûñţ.~~~~~~~~
money-error-mixed-currency = ÅÅɱööûûñţš îîñ { $expected } ååñð { $found } çååñ'ţ ƀéé ååððééð ţööĝééţĥééŕ. Ķééééþ ööñéé çûûŕŕééñçýý þééŕ šååļéé.~~~~~~
catalog-error-draft-id = Ţĥéé ƒööŕɱ'š ðŕååƒţ îîð îîš ñööţ ṽååļîîð; ŕééööþééñ ţĥéé ƒööŕɱ ååñð ţŕýý ååĝååîîñ.~~~~~~~~
catalog-error-name = ÅÅ þŕööðûûçţ ñééééðš åå ñååɱéé ööƒ 1 ţöö 250 çĥååŕååçţééŕš.~~~~~
catalog-error-description = Ţĥéé ðééšçŕîîþţîîööñ îîš ååţ ɱööšţ 500 çĥååŕååçţééŕš.~~~~~~
catalog-error-price-zero = ÅÅ þŕîîçéé ɱûûšţ ƀéé ɱööŕéé ţĥååñ žééŕöö.~~
catalog-error-interval = { $interval } îîš ñööţ åå ƀîîļļîîñĝ îîñţééŕṽååļ: ûûšéé ðååýý, ŵééééķ, ɱööñţĥ ööŕ ýýééååŕ, ööŕ ļééååṽéé îîţ ééɱþţýý ƒööŕ åå ööñéé-ţîîɱéé þŕîîçéé.~~~~~
catalog-error-field-long = Ţĥéé { $field } îîš ååţ ɱööšţ 100 çĥååŕååçţééŕš.~~~~~
catalog-error-barcode = ÅÅ ƀååŕçööðéé îîš ļééţţééŕš, ðîîĝîîţš ååñð ðååšĥééš ööñļýý (ŵĥååţ ţĥéé šçååññééŕ ţýýþééš).~~~~~~~~
catalog-error-unconfirmed = { $failure } Þŕééšš ţĥéé ƀûûţţööñ ååĝååîîñ: Ţîîļļ ŕééšééñðš ŕééǫûûééšţ { $request } ŵîîţĥ ţĥéé šååɱéé ķééýýš, šöö Šţŕîîþéé ñééṽééŕ çŕééååţééš îîţ ţŵîîçéé.~~~~~~~~~~
catalog-error-conflict = Ţĥîîš ƒööŕɱ ŵååš ååļŕééååðýý šééñţ ŵîîţĥ ööţĥééŕ ṽååļûûééš. Ŕééööþééñ ţĥéé ƒööŕɱ ţöö çŕééååţéé ååñööţĥééŕ þŕööðûûçţ.~~~~~~~
catalog-error-product-id = { $id } îîš ñööţ åå þŕööðûûçţ îîð (þŕööð_…).~~~~~
settings-error-register-name = Ţĥéé ŕééĝîîšţééŕ ñååɱéé ɱûûšţ ƀéé 1 ţöö { $max } çĥååŕååçţééŕš, éé.ĝ. "Ƒŕööñţ çööûûñţééŕ".~~~~~~~~~
settings-error-currency = { $error } Çĥööööšéé åå çûûŕŕééñçýý ƒŕööɱ ţĥéé ļîîšţ.~~~
settings-error-locale = { $error } Çĥööööšéé åå ðîîšþļååýý ļööçååļéé ƒŕööɱ ţĥéé ļîîšţ.~~~
settings-error-language = Ţîîļļ ðööééš ñööţ šþééååķ ţĥéé ļååñĝûûååĝéé “{ $tag }”. Çĥööööšéé åå ļååñĝûûååĝéé ƒŕööɱ ţĥéé ļîîšţ.~~~~~~
settings-error-timeout = Ţĥéé ööñ-šçŕééééñ çĥééçķööûûţ ţîîɱééööûûţ ɱûûšţ ƀéé 1 ţöö { $max } ɱîîñûûţééš (Šţŕîîþéé'š þååýýɱééñţ þååĝéé ļîîṽééš 31 ɱîîñûûţééš; Ţîîļļ çååñçééļš ƀééƒööŕéé ţĥååţ).~~~~~~~~~~~~
settings-error-tip-preset = “{ $preset }” îîš ñööţ åå ţîîþ þŕééšééţ: ĝîîṽéé ŵĥööļéé þééŕçééñţååĝééš ƒŕööɱ 1 ţöö { $max }, šééþååŕååţééð ƀýý çööɱɱååš (10, 15, 20).~~~~~~~~~~~~~~
settings-error-tip-repeated = { $preset } % îîš ååɱööñĝ ţĥéé þŕééšééţš ţŵîîçéé. Ĝîîṽéé ééååçĥ þééŕçééñţååĝéé ööñçéé.~~~~~
settings-error-tip-count = ÅÅţ ɱööšţ { $max } ţîîþ þŕééšééţš ƒîîţ ţĥéé Ţîîþ ðîîååļööĝ. Ŕééɱööṽéé šööɱéé.~~~~~
settings-error-cancel-url = Ţĥéé çååñçééļ ÛÛŔĻ ɱûûšţ ƀéé åå ŵééƀ ååððŕééšš šţååŕţîîñĝ ŵîîţĥ ĥţţþš:// (ööŕ ĥţţþ:// ƒööŕ ţĥîîš çööɱþûûţééŕ), éé.ĝ. ĥţţþš://šĥööþ.ééẋååɱþļéé/ţĥååñķš. Ļééååṽéé îîţ ééɱþţýý ţöö ûûšéé Ţîîļļ'š ööŵñ þååĝéé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~
settings-error-print-mode = “{ $input }” îîš ñööţ åå çĥööîîçéé ƒööŕ þŕîîñţîîñĝ ŕééçééîîþţš. Çĥööööšéé ååûûţöö (þŕîîñţ ŵĥééñ þååîîð), ååšķ (þŕîîñţ ŵĥééñ šţååƒƒ þŕééšš Þŕîîñţ) ööŕ ñééṽééŕ.~~~~~~~~~~~~~~~~
settings-error-shop-field =
    Ţĥéé { $field ->
        [name] šĥööþ ñååɱéé~
        [tax-id] ţååẋ îîð
       *[phone] þĥööñéé ñûûɱƀééŕ~
    } ɱûûšţ ƀéé ööñéé ļîîñéé ööƒ ååţ ɱööšţ { $max } çĥååŕååçţééŕš (ţĥéé ŵîîðţĥ ööƒ ååñ 80 ɱɱ ŕééçééîîþţ).~~~~~~~~~~~
settings-error-shop-lines =
    Ţĥéé { $field ->
        [address] šĥööþ ååððŕééšš~~
       *[footer] ŕééçééîîþţ ƒööööţééŕ
    } ɱååýý ĥååṽéé ååţ ɱööšţ { $lines } ļîîñééš ööƒ ååţ ɱööšţ { $max } çĥååŕååçţééŕš ééååçĥ.~~~~~~
settings-error-copies = Çööþîîééš ɱûûšţ ƀéé åå ñûûɱƀééŕ ƒŕööɱ 1 ţöö { $max }.~~~~
# $port: what Settings hold, quoted.
settings-error-return-port-stored = Ţĥéé ŕééţûûŕñ þååĝéé þööŕţ { $port } îîñ Šééţţîîñĝš îîš ñööţ åå þööŕţ ñûûɱƀééŕ.~~~~~~~
phone-explain-page = Ţĥéé ŵééƀ þååĝéé åå çûûšţööɱééŕ'š þĥööñéé ööþééñš ååƒţééŕ þååýýîîñĝ (ýýööûûŕ šĥööþ'š ööŵñ þûûƀļîîç ĥţţþš þååĝéé; { "{" }ÇĤÉÉÇĶÖÖÛÛŢ_ŠÉÉŠŠÎÎÖÖÑ_ÎÎÐ{ "}" } îîš ŕééþļååçééð ƀýý ţĥéé þååýýɱééñţ'š îîð); ééɱþţýý: Ţîîļļ'š ööŵñ þååĝéé, ŵĥîîçĥ ööñļýý ţĥîîš çööɱþûûţééŕ'š ƀŕööŵšééŕ çååñ ööþééñ.~~~~~~~~~~~~~~~~~~~~~~~
phone-explain-lan = Ţŕååîîñîîñĝ ɱööðéé ööñļýý: šééŕṽééš ţĥéé ţŕååîîñîîñĝ þååýýɱééñţ þååĝéé ööñ ţĥîîš çööɱþûûţééŕ'š ñééţŵööŕķ ååððŕééšš, ŵîîţĥ åå šééçŕééţ ţööķééñ îîñ ééṽééŕýý ļîîñķ, šöö šţååƒƒ çååñ šçååñ ţĥéé ǪŔ çööðéé ŵîîţĥ åå ŕééååļ þĥööñéé (ţééšţ çååŕðš ööñļýý, ñöö ŕééååļ ɱööñééýý).~~~~~~~~~~~~~~~~~~~~~
phone-page-refused = Ţĥéé ååƒţééŕ-þååýýɱééñţ þååĝéé { $why }. ÉÉñţééŕ ýýööûûŕ šĥööþ'š þûûƀļîîç ŵééƀ þååĝéé, éé.ĝ. ĥţţþš://šĥööþ.ééẋååɱþļéé/ţĥååñķš (îîţ ɱååýý çööñţååîîñ { "{" }ÇĤÉÉÇĶÖÖÛÛŢ_ŠÉÉŠŠÎÎÖÖÑ_ÎÎÐ{ "}" }), ööŕ ļééååṽéé îîţ ééɱþţýý.~~~~~~~~~~~~~~~
phone-page-too-long = îîš ļööñĝééŕ ţĥååñ { $max } çĥååŕååçţééŕš~~~
phone-page-spaces = çööñţååîîñš šþååçééš ööŕ ļîîñéé ƀŕééååķš~~
phone-page-not-https = ɱûûšţ šţååŕţ ŵîîţĥ ĥţţþš:// (åå çûûšţööɱééŕ'š þĥööñéé ööþééñš îîţ ååƒţééŕ þååýýîîñĝ)~~~~~~~~~~
phone-page-user = ɱûûšţ ñööţ çööñţååîîñ åå ûûšééŕ ñååɱéé ööŕ þååššŵööŕð~~~
phone-page-bad-host = ĥååš åå ɱååļƒööŕɱééð ĥööšţ ñååɱéé~~
phone-page-bad-port = ĥååš åå ɱååļƒööŕɱééð þööŕţ~~
phone-page-no-host = ĥååš ñöö ĥööšţ ñååɱéé~
phone-page-local = þööîîñţš ååţ ţĥîîš çööɱþûûţééŕ, ŵĥîîçĥ åå çûûšţööɱééŕ'š þĥööñéé çååññööţ ŕééååçĥ~~~~~~~
printer-setting-connection-missing = Ţýýþéé ţĥéé þŕîîñţééŕ'š çööññééçţîîööñ: îîţš ñééţŵööŕķ ååððŕééšš (192.168.1.50), åå ðééṽîîçéé (/ðééṽ/ûûšƀ/ļþ0) ööŕ åå ÇÛÛÞŠ ǫûûééûûéé (çûûþš:ǪÛÛÉÉÛÛÉÉ).~~~~~~~~~~~~~~~~
printer-setting-bad-connection = "{ $input }" îîš ñööţ åå þŕîîñţééŕ çööññééçţîîööñ. Ţýýþéé åå ñééţŵööŕķ þŕîîñţééŕ'š ååððŕééšš (192.168.1.50 ööŕ 192.168.1.50:9100), åå ðééṽîîçéé ööŕ ƒîîļéé (/ðééṽ/ûûšƀ/ļþ0), ööŕ åå ÇÛÛÞŠ ǫûûééûûéé (çûûþš:ǪÛÛÉÉÛÛÉÉ).~~~~~~~~~~~~~~~~~~~~~~~~~~
printer-setting-bad-paper = "{ $input }" îîš ñööţ åå þååþééŕ ŵîîðţĥ Ţîîļļ þŕîîñţš ööñ. Çĥööööšéé 58 (32 çööļûûɱñš) ööŕ 80 (48 çööļûûɱñš).~~~~~~~~~~~~~~~~
printer-setting-bad-code-page = "{ $input }" îîš ñööţ åå çööðéé þååĝéé Ţîîļļ ķñööŵš. Çĥööööšéé þç858 (Ŵééšţééŕñ ÉÉûûŕööþéé ŵîîţĥ €, ţĥéé ûûšûûååļ), þç437, ŵþç1252, ööŕ šĥîîƒţ-ĵîîš-ķååñĵîî (Ĵååþååñééšéé þŕîîñţééŕš ŵîîţĥ Ķååñĵîî).~~~~~~~~~~~~~~~~~~~~~~~
printer-setting-bad-drawer-pin = "{ $input }" îîš ñööţ åå ðŕååŵééŕ çööññééçţööŕ. Çĥööööšéé 2 (ţĥéé ûûšûûååļ) ööŕ 5 (åå šééçööñð ðŕååŵééŕ).~~~~~~~~~
keys-error-empty = Ñöö ķééýý ŵååš ééñţééŕééð. Þååšţéé åå ŕééšţŕîîçţééð ķééýý (ŕķ_ţééšţ_… ööŕ ŕķ_ļîîṽéé_…, ŕééçööɱɱééñðééð) ööŕ åå šééçŕééţ ķééýý (šķ_…). Çööþýý îîţ ƒŕööɱ Šţŕîîþéé Ðååšĥƀööååŕð → Ðééṽééļööþééŕš → ÅÅÞÎÎ ķééýýš.~~~~~~~~~~~~~~~~~~
keys-error-publishable = Ţĥîîš îîš åå þûûƀļîîšĥååƀļéé ķééýý (þķ_…): îîţ çååññööţ çŕééååţéé þååýýɱééñţš. Ţîîļļ ñééééðš åå ŕééšţŕîîçţééð ķééýý (ŕķ_…, ŕééçööɱɱééñðééð) ööŕ åå šééçŕééţ ķééýý (šķ_…). Çööþýý îîţ ƒŕööɱ Šţŕîîþéé Ðååšĥƀööååŕð → Ðééṽééļööþééŕš → ÅÅÞÎÎ ķééýýš.~~~~~~~~~~~~~~~~~~~~~
keys-error-webhook-secret-as-key = Ţĥîîš îîš åå ŵééƀĥööööķ šîîĝñîîñĝ šééçŕééţ (ŵĥšééç_…), ñööţ ååñ ÅÅÞÎÎ ķééýý: ééñţééŕ îîţ ûûñðééŕ Ŵééƀĥööööķ šîîĝñîîñĝ šééçŕééţ.~~~~~~~~~~
keys-error-not-a-key = Ţĥîîš îîš ñööţ åå Šţŕîîþéé ÅÅÞÎÎ ķééýý: îîţ šĥööûûļð šţååŕţ ŵîîţĥ ŕķ_ţééšţ_, ŕķ_ļîîṽéé_, šķ_ţééšţ_ ööŕ šķ_ļîîṽéé_. Çööþýý îîţ ƒŕööɱ Šţŕîîþéé Ðååšĥƀööååŕð → Ðééṽééļööþééŕš → ÅÅÞÎÎ ķééýýš.~~~~~~~~~~~~~~~~~~~~
keys-error-incomplete = Ţĥîîš ķééýý îîš îîñçööɱþļééţéé ööŕ çööñţååîîñš šþååçééš ööŕ çĥååŕååçţééŕš Šţŕîîþéé ķééýýš ñééṽééŕ ĥååṽéé. Çööþýý îîţ ƒŕööɱ Šţŕîîþéé Ðååšĥƀööååŕð → Ðééṽééļööþééŕš → ÅÅÞÎÎ ķééýýš.~~~~~~~~~~~
keys-error-webhook-empty = Ñöö ŵééƀĥööööķ šîîĝñîîñĝ šééçŕééţ ŵååš ééñţééŕééð. ÎÎţ šţååŕţš ŵîîţĥ ŵĥšééç_: `šţŕîîþéé ļîîšţééñ` þŕîîñţš îîţ, ååñð ééååçĥ ŵééƀĥööööķ ééñðþööîîñţ šĥööŵš îîţš ööŵñ îîñ Šţŕîîþéé Ðååšĥƀööååŕð → Ðééṽééļööþééŕš → Ŵééƀĥööööķš.~~~~~~~~~~~~~~~~~~~~~~
keys-error-webhook-malformed = Ţĥîîš îîš ñööţ åå ŵééƀĥööööķ šîîĝñîîñĝ šééçŕééţ. ÎÎţ šţååŕţš ŵîîţĥ ŵĥšééç_: `šţŕîîþéé ļîîšţééñ` þŕîîñţš îîţ, ååñð ééååçĥ ŵééƀĥööööķ ééñðþööîîñţ šĥööŵš îîţš ööŵñ îîñ Šţŕîîþéé Ðååšĥƀööååŕð → Ðééṽééļööþééŕš → Ŵééƀĥööööķš.~~~~~~~~~~~~~~~~~~~~~~~
keys-error-live-confirmation = Ţĥîîš îîš åå ļîîṽéé ķééýý: ŕééååļ çååŕðš ŵîîļļ ƀéé çĥååŕĝééð. Çööñƒîîŕɱ ţĥååţ ýýööûû ɱééååñ ļîîṽéé ɱööðéé (ţýýþéé ĻÎÎṼÉÉ îîñ Šééţţîîñĝš, ööŕ þååšš --çööñƒîîŕɱ-ļîîṽéé ţöö ţîîļļçţļ).~~~~~~~~~~~~~~~
keys-error-unsendable = Ţĥîîš ķééýý çööñţååîîñš çĥååŕååçţééŕš ţĥååţ çååññööţ ƀéé šééñţ ţöö Šţŕîîþéé.~~~~~~~
keys-error-mode-mismatch = Šţŕîîþéé ŕééţûûŕñééð { $seen } ööƀĵééçţš ƒööŕ ţĥîîš { $mode } ķééýý. Ñööţĥîîñĝ ŵååš šţööŕééð; çĥééçķ ţĥååţ ţĥéé ķééýý îîš ţĥéé ööñéé ýýööûû ɱééååñţ.~~~~~~~~~~
keys-error-missing-permissions = Ţĥîîš ŕééšţŕîîçţééð ķééýý ļååçķš þééŕɱîîššîîööñš Ţîîļļ ñééééðš: { $missing }. ÎÎñ Šţŕîîþéé Ðååšĥƀööååŕð → Ðééṽééļööþééŕš → ÅÅÞÎÎ ķééýýš, ééðîîţ ţĥéé ķééýý ({ $key }), šééţ { $settings }, šååṽéé, ååñð ééñţééŕ ţĥéé ķééýý ååĝååîîñ. Ñööţĥîîñĝ ŵååš šţööŕééð.~~~~~~~~~~~~~~~~~~
keys-permission-for = { $permission } ţöö { $purpose }~
keys-error-rejected = Šţŕîîþéé ŕééƒûûšééð ţĥîîš ķééýý ({ $key }): îîţ îîš ɱîîšţýýþééð, ŵååš ŕööļļééð, ööŕ ŵååš ðééļééţééð. Çööþýý îîţ ååĝååîîñ ƒŕööɱ Šţŕîîþéé Ðååšĥƀööååŕð → Ðééṽééļööþééŕš → ÅÅÞÎÎ ķééýýš. Ñööţĥîîñĝ ŵååš šţööŕééð.~~~~~~~~~~~~~~~
keys-error-unreachable = Ţîîļļ çööûûļð ñööţ ŕééååçĥ Šţŕîîþéé ţöö çĥééçķ ţĥéé ķééýý: ţĥîîš çööɱþûûţééŕ šééééɱš ţöö ƀéé ööƒƒļîîñéé, ööŕ åå ƒîîŕééŵååļļ ƀļööçķš Šţŕîîþéé. Çĥééçķ ţĥéé îîñţééŕñééţ çööññééçţîîööñ ååñð ţŕýý ååĝååîîñ. Ñööţĥîîñĝ ŵååš šţööŕééð.~~~~~~~~~~~~~~~~~~~
keys-error-check-failed = Šţŕîîþéé çööûûļð ñööţ çĥééçķ ţĥéé ķééýý: { $failure }. Ñööţĥîîñĝ ŵååš šţööŕééð; ţŕýý ååĝååîîñ îîñ åå ɱööɱééñţ.~~~~~~~~
keys-problem-stored-malformed = Ţĥéé ķééýýŕîîñĝ ĥööļðš šööɱééţĥîîñĝ ƒööŕ Ţîîļļ'š Šţŕîîþéé ķééýý ţĥååţ îîš ñööţ åå Šţŕîîþéé ķééýý. Ŕééþļååçéé îîţ ööŕ ŕééɱööṽéé îîţ.~~~~~~~~~
keys-problem-keyring-unavailable = Ţĥéé ķééýýŕîîñĝ ({ $keyring }) ŵĥééŕéé Ţîîļļ ķééééþš ţĥéé Šţŕîîþéé ķééýý çööûûļð ñööţ ƀéé ûûšééð. { $fix } Ţîîļļ ķééééþš ŕûûññîîñĝ îîñ ţŕååîîñîîñĝ ɱööðéé ɱééååñŵĥîîļéé; ţĥéé ķééýý îîš ñééṽééŕ šţööŕééð ååñýýŵĥééŕéé ééļšéé.~~~~~~~~~~~~
keys-problem-keyring-locked = Ţĥéé ķééýýŕîîñĝ ({ $keyring }) îîš ļööçķééð ööŕ ŕééƒûûšééð Ţîîļļ ååççééšš ţöö ţĥéé Šţŕîîþéé ķééýý. { $fix } Ţîîļļ ķééééþš ŕûûññîîñĝ îîñ ţŕååîîñîîñĝ ɱööðéé ɱééååñŵĥîîļéé; ţĥéé ķééýý îîš ñééṽééŕ šţööŕééð ååñýýŵĥééŕéé ééļšéé.~~~~~~~~~~~~
keys-fix-unavailable-linux = Ţîîļļ ñééééðš åå Šééçŕééţ Šééŕṽîîçéé ķééýýŕîîñĝ îîñ ýýööûûŕ ðééšķţööþ šééššîîööñ: îîñšţååļļ ååñð šţååŕţ ööñéé (ĜÑÖÖṀÉÉ Ķééýýŕîîñĝ: `šûûðöö ååþţ îîñšţååļļ ĝñööɱéé-ķééýýŕîîñĝ`, ţĥééñ ļööĝ ööûûţ ååñð îîñ; ĶÐÉÉ: ééñååƀļéé ĶŴååļļééţ’š Šééçŕééţ Šééŕṽîîçéé), ţĥééñ ŕééšţååŕţ Ţîîļļ.~~~~~~~~~~~~~~~~~~~~~
keys-fix-unavailable-macos = Çĥééçķ ţĥååţ ţĥéé ļööĝîîñ Ķééýýçĥååîîñ ééẋîîšţš (Ķééýýçĥååîîñ ÅÅççééšš) ååñð ţŕýý ååĝååîîñ.~~~~~~
keys-fix-unavailable-windows = Çĥééçķ ţĥååţ ţĥéé Çŕééðééñţîîååļ Ṁååñååĝééŕ šééŕṽîîçéé îîš ŕûûññîîñĝ ååñð ţŕýý ååĝååîîñ.~~~~~~
keys-fix-locked-linux = ÛÛñļööçķ îîţ (ööþééñ Þååššŵööŕðš ååñð Ķééýýš, ööŕ ļööĝ îîñ ţöö ţĥéé ðééšķţööþ šöö îîţ ûûñļööçķš) ååñð ååļļööŵ Ţîîļļ ååççééšš ŵĥééñ ååšķééð, ţĥééñ ţŕýý ååĝååîîñ.~~~~~~~~~~~~~~~
keys-fix-locked-macos = ÛÛñļööçķ ţĥéé ļööĝîîñ Ķééýýçĥååîîñ (Ķééýýçĥååîîñ ÅÅççééšš) ååñð ååļļööŵ Ţîîļļ ŵĥééñ ɱååçÖÖŠ ååšķš, ţĥééñ ţŕýý ååĝååîîñ.~~~~~~~~
keys-fix-locked-windows = Šîîĝñ îîñ ţöö Ŵîîñðööŵš ŵîîţĥ ýýööûûŕ ööŵñ ååççööûûñţ (ţĥéé Çŕééðééñţîîååļ Ṁååñååĝééŕ îîš þééŕ ûûšééŕ) ååñð ţŕýý ååĝååîîñ.~~~~~~~
app-error-ledger-failed = Ţîîļļ’š šååļééš ļééðĝééŕ ööñ ţĥîîš çööɱþûûţééŕ ƒååîîļééð. Ţŕýý ååĝååîîñ; îîƒ îîţ ķééééþš ƒååîîļîîñĝ, ŕééšţååŕţ Ţîîļļ ååñð çĥééçķ ţĥååţ ţĥéé ðîîšķ ĥååš ƒŕéééé šþååçéé. ({ $detail })~~~~~~~~~~~~~~~~
keys-warning-live-secret = Ţĥîîš îîš åå ļîîṽéé šééçŕééţ ķééýý: îîţ çååñ ðöö ååñýýţĥîîñĝ îîñ ýýööûûŕ Šţŕîîþéé ååççööûûñţ. Šţŕîîþéé ŕééçööɱɱééñðš åå ŕééšţŕîîçţééð ķééýý ƒööŕ ååþþš ļîîķéé Ţîîļļ. ÎÎñ Šţŕîîþéé Ðååšĥƀööååŕð → Ðééṽééļööþééŕš → ÅÅÞÎÎ ķééýýš, çŕééååţéé åå ŕééšţŕîîçţééð ķééýý ŵîîţĥ { $permissions } (Ŕééƒûûñðš: Ŵŕîîţéé ööñļýý îîƒ ţĥîîš ţîîļļ ŕééƒûûñðš; Þŕööðûûçţš ååñð Þŕîîçééš: Ŵŕîîţéé ööñļýý ţöö çŕééååţéé þŕööðûûçţš ƒŕööɱ Ţîîļļ) ååñð ééṽééŕýýţĥîîñĝ ééļšéé Ñööñéé, ţĥééñ ŕééþļååçéé ţĥîîš ķééýý.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
keys-warning-optional-missing =
    Ţĥîîš ķééýý ļååçķš { $missing }. Ţîîļļ ŵööŕķš ŵîîţĥööûûţ { $count ->
        [one] îîţ
       *[other] ţĥééɱ~
    }.~~~~~~
members-error-status = { $status } îîš ñööţ åå ɱééɱƀééŕšĥîîþ šţååţûûš. ÛÛšéé ööñéé ööƒ: ååļļ, { $statuses }.~~~~~
members-error-empty-email = Ţýýþéé ţĥéé ɱééɱƀééŕ'š ééɱååîîļ ååððŕééšš ţöö ļööööķ ţĥééɱ ûûþ.~~~~
members-error-unknown = Ţĥééŕéé îîš ñöö ɱééɱƀééŕ ŵîîţĥ šûûƀšçŕîîþţîîööñ { $subscription } îîñ ţĥîîš ɱööðéé. Ŕééƒŕééšĥ ţĥéé ļîîšţ.~~~~~~~~~
members-error-not-subscription = Šţŕîîþéé'š ååñšŵééŕ ƒööŕ { $subscription } ŵååš ñööţ åå šûûƀšçŕîîþţîîööñ.~~~~~~
members-error-already-canceled = Ţĥîîš ɱééɱƀééŕšĥîîþ ĥååš ååļŕééååðýý ééñðééð; ţĥééŕéé îîš ñööţĥîîñĝ ţöö çååñçééļ.~~~~~~
members-error-cancel-failed = Šţŕîîþéé ðîîð ñööţ çååñçééļ ţĥéé ɱééɱƀééŕšĥîîþ: { $failure } Ñööţĥîîñĝ ŵååš çĥååñĝééð; ţŕýý ååĝååîîñ.~~~~~~~~~
members-error-cancel-unconfirmed = Šţŕîîþéé'š ååñšŵééŕ ðööééš ñööţ šĥööŵ ţĥéé çååñçééļļååţîîööñ; çĥééçķ ţĥéé šûûƀšçŕîîþţîîööñ îîñ ţĥéé Šţŕîîþéé Ðååšĥƀööååŕð.~~~~~~~~~~~
email-error-invalid = { $email } îîš ñööţ ååñ ééɱååîîļ ååððŕééšš. Çĥééçķ îîţ ååñð ţýýþéé îîţ ååĝååîîñ.~~~~
checkout-error-sale-id = { $id } îîš ñööţ åå šååļéé îîð (šååļéé_ ååñð 8 ţöö 40 ļééţţééŕš ööŕ ðîîĝîîţš).~~~~~~~
# $session: live or test (the session Stripe returned); $mode: training, test or live (Till's).
checkout-error-livemode = Šţŕîîþéé ŕééţûûŕñééð åå { $session } šééššîîööñ ŵĥîîļéé Ţîîļļ îîš îîñ { $mode } ɱööðéé; ţééšţ ååñð ļîîṽéé þååýýɱééñţš ååŕéé ñééṽééŕ ɱîîẋééð. Çĥééçķ ţĥéé Šţŕîîþéé ķééýý îîñ Šééţţîîñĝš.~~~~~~~~~~~~
checkout-error-kept-changing = Šååļéé { $sale } ķééþţ çĥååñĝîîñĝ ŵĥîîļéé Ţîîļļ ŕééçööŕðééð ååñ ûûþðååţéé; ţŕýý ååĝååîîñ.~~~~~
checkout-error-no-idempotency-key = Šååļéé { $sale } ĥååš ñöö šţööŕééð îîðééɱþööţééñçýý ķééýý; îîţ ŵååš ñööţ çŕééååţééð ƀýý Ţîîļļ'š çĥååŕĝéé.~~~~~~
tender-error-rounding = “{ $input }” îîš ñööţ åå çååšĥ ŕööûûñðîîñĝ šţééþ. Ţýýþéé ñööñéé, ööŕ ţĥéé šɱååļļééšţ ååɱööûûñţ çååšĥ îîš þååîîð îîñ, šûûçĥ ååš { $example }.~~~~~~~~~~~
history-error-csv-write = Ŵŕîîţîîñĝ ţĥéé ÇŠṼ ƒîîļéé ƒååîîļééð: { $error }. Çĥééçķ ţĥååţ ţĥéé ƒööļðééŕ îîš ŵŕîîţååƀļéé ååñð ţĥéé ðîîšķ ĥååš ŕööööɱ.~~~~~~~~~~~~
history-error-export-name = { $path } îîš ñööţ åå ƒîîļéé ñååɱéé.~
history-error-export-file = Çööûûļð ñööţ { $doing } { $path }: { $error }. Çĥööööšéé åå ƒööļðééŕ ýýööûû çååñ ŵŕîîţéé ţöö.~~~
history-error-export-folder = Çööûûļð ñööţ çŕééååţéé ţĥéé ééẋþööŕţ ƒööļðééŕ { $path }: { $error }. Šééţ { $variable } ţöö åå ƒööļðééŕ ýýööûû çååñ ŵŕîîţéé ţöö.~~~~~~
date-error-not-on-calendar = { $date } îîš ñööţ åå ðååţéé ööñ ţĥéé çååļééñðååŕ.~~
date-error-year = Ţĥéé ýýééååŕ { $year } îîš ööûûţšîîðéé ŵĥååţ Ţîîļļ ĥååñðļééš (1900 ţöö 9999).~~~~~~~~
date-error-form = { $input } îîš ñööţ åå ðååţéé: ûûšéé ÝÝÝÝÝÝÝÝ-ṀṀ-ÐÐ, ƒööŕ ééẋååɱþļéé 2025-03-01.~~~~~~~
mode-error-unknown = ÛÛñķñööŵñ ɱööðéé { $mode }: ûûšéé ţŕååîîñîîñĝ, ţééšţ ööŕ ļîîṽéé.~~~~
receipt-error-not-paid = Šååļéé { $sale } îîš ñööţ þååîîð (îîţ îîš { $state }): ööñļýý åå þååîîð šååļéé ĥååš åå ŕééçééîîþţ.~~~~
receipt-error-no-printer = Ñöö ŕééçééîîþţ þŕîîñţééŕ îîš šééţ. Šééţ ööñéé îîñ Šééţţîîñĝš → Ŕééçééîîþţš (éé.ĝ. 192.168.1.50:9100), ööŕ šĥööŵ ţĥéé ŕééçééîîþţ ööñ šçŕééééñ.~~~~~~~~~~~~~~~~~~~
receipt-error-print-failed = { $failure } Ţĥéé šååļéé îîš ŕééçööŕðééð; þŕîîñţîîñĝ ðîîð ñööţ çĥååñĝéé îîţ.~~~~~~
receipt-error-kick-failed =
    Ţĥéé çååšĥ ðŕååŵééŕ ðîîð ñööţ ööþééñ. { $failure } { $reason ->
        [no_sale] Ţĥéé ñöö šååļéé îîš ŕééçööŕðééð~
       *[cash_sale] Ţĥéé šååļéé îîš ŕééçööŕðééð~
    } ååñð šţååýýš ååš îîţ îîš; ööþééñ ţĥéé ðŕååŵééŕ ŵîîţĥ îîţš ķééýý.~~~~~~~~~
printer-error-refused = Ţĥéé þŕîîñţééŕ "{ $printer }" ååţ { $address } ŕééƒûûšééð ţĥéé çööññééçţîîööñ. Çĥééçķ ţĥååţ îîţ îîš šŵîîţçĥééð ööñ ååñð ţĥååţ îîţš ååððŕééšš ååñð þööŕţ (ûûšûûååļļýý 9100) îîñ Šééţţîîñĝš ååŕéé ŕîîĝĥţ, ţĥééñ ŕééþŕîîñţ ƒŕööɱ Ĥîîšţööŕýý.~~~~~~~~~~~~~~~~~~~~~~~
printer-error-unreachable = Ţĥéé þŕîîñţééŕ "{ $printer }" ååţ { $address } çååññööţ ƀéé ŕééååçĥééð ({ $detail }). Çĥééçķ îîţš ñééţŵööŕķ çååƀļéé ööŕ Ŵîî-Ƒîî ååñð îîţš ååððŕééšš îîñ Šééţţîîñĝš, ţĥééñ ŕééþŕîîñţ ƒŕööɱ Ĥîîšţööŕýý.~~~~~~~~~~~~~~~~~~~
printer-error-timeout =
    Ţĥéé þŕîîñţééŕ "{ $printer }" ðîîð ñööţ ååñšŵééŕ ŵîîţĥîîñ { $after } ŵĥîîļéé { $stage ->
        [connect] çööññééçţîîñĝ~
        [write] šééñðîîñĝ ţĥéé ŕééçééîîþţ~~
       *[queue] ĥååñðîîñĝ ţĥéé ĵööƀ ţöö ÇÛÛÞŠ~~~
    }. Çĥééçķ ţĥååţ îîţ îîš ööñ, ĥååš þååþééŕ ååñð îîţš çööṽééŕ îîš çļööšééð, ţĥééñ ŕééþŕîîñţ ƒŕööɱ Ĥîîšţööŕýý.~~~~~~~~~~~~~~~~~~
printer-error-closed = Ţĥéé þŕîîñţééŕ "{ $printer }" çļööšééð ţĥéé çööññééçţîîööñ ååƒţééŕ { $sent } ööƒ { $total } ƀýýţééš: ţĥéé ŕééçééîîþţ îîš îîñçööɱþļééţéé. Çĥééçķ ţĥéé þååþééŕ ååñð ţĥéé çööṽééŕ, ţĥééñ ŕééþŕîîñţ ƒŕööɱ Ĥîîšţööŕýý.~~~~~~~~~~~~~~~~~
printer-error-out-of-paper = Ţĥéé þŕîîñţééŕ "{ $printer }" îîš ööûûţ ööƒ þååþééŕ ööŕ îîţš çööṽééŕ îîš ööþééñ. Ļööååð åå ñééŵ ŕööļļ, çļööšéé ţĥéé çööṽééŕ, ţĥééñ ŕééþŕîîñţ ƒŕööɱ Ĥîîšţööŕýý.~~~~~~~~~~~~
printer-error-device = Ţĥéé þŕîîñţééŕ "{ $printer }" çååññööţ ƀéé ûûšééð ţĥŕööûûĝĥ { $path }: { $detail }~~~~~~
printer-error-cups = Ţĥéé þŕîîñţééŕ "{ $printer }" (ÇÛÛÞŠ ǫûûééûûéé { $queue }) ðîîð ñööţ ţååķéé ţĥéé ĵööƀ: { $detail }~~~~~~
printer-error-encode = Ţîîļļ çööûûļð ñööţ þŕééþååŕéé ţĥéé ŕééçééîîþţ ƒööŕ ţĥéé þŕîîñţééŕ "{ $printer }" ({ $detail }). Ţĥîîš îîš åå ƀûûĝ îîñ Ţîîļļ: þļééååšéé ŕééþööŕţ îîţ. Ţĥéé šååļéé îîš ŕééçööŕðééð.~~~~~~~~~~~~~~
customer-error-welcome = Ţĥéé ŵééļçööɱéé ļîîñéé ɱååýý ĥååṽéé ååţ ɱööšţ { $max } çĥååŕååçţééŕš ööñ ööñéé ļîîñéé.~~~
customer-error-monitor = Ţĥååţ ɱööñîîţööŕ ñååɱéé çååññööţ ƀéé šţööŕééð; çĥööööšéé ţĥéé ɱööñîîţööŕ ååĝååîîñ.~~~
testcards-error-live = Ţééšţ çååŕðš ööñļýý ŵööŕķ îîñ ţééšţ ååñð ţŕååîîñîîñĝ ɱööðéé; Ţîîļļ îîš ûûšîîñĝ åå ļîîṽéé ķééýý, šöö ñöö ţééšţ ŕûûñ ŵååš šţååŕţééð.~~~~~~~~~~~
testcards-error-unknown = { $card } îîš ñööţ ööñéé ööƒ Šţŕîîþéé'š ţééšţ çååŕðš ļîîšţééð îîñ Ţîîļļ.~~~~~~~
stripe-failure-network = Šţŕîîþéé çööûûļð ñööţ ƀéé ŕééååçĥééð ({ $error })~~~
stripe-failure-timeout = Šţŕîîþéé ðîîð ñööţ ååñšŵééŕ îîñ ţîîɱéé~~~
stripe-failure-no-message = ñöö ɱééššååĝéé
stripe-failure-api = Šţŕîîþéé ååñšŵééŕééð { $status }{ $kind }: { $message }~~
stripe-failure-decode = Šţŕîîþéé'š ååñšŵééŕ çööûûļð ñööţ ƀéé ŕééååð ({ $error })~~~~
stripe-failure-sentence = { $failure }.
stripe-failure-advice = { $failure }. { $advice }~
stripe-advice-network = Çĥééçķ ţĥéé îîñţééŕñééţ çööññééçţîîööñ ååñð ţŕýý ååĝååîîñ; ñööţĥîîñĝ ŵååš ļööšţ.~~~~~~~
stripe-advice-key = Ţĥéé Šţŕîîþéé ķééýý ŵååš ŕééƒûûšééð: çĥééçķ îîţ îîñ Šééţţîîñĝš.~~~~~~
stripe-advice-permission = Ţĥéé ŕééšţŕîîçţééð ķééýý ļååçķš åå þééŕɱîîššîîööñ Ţîîļļ ñééééðš: šéééé Šééţţîîñĝš.~~~~~~
stripe-advice-busy = Šţŕîîþéé îîš ƀûûšýý; ţŕýý ååĝååîîñ îîñ åå ɱööɱééñţ.~~
lock-title = Ŵĥöö îîš ååţ ţĥéé ţîîļļ?~~~
lock-pin-input =
    .aria-label = ÞÎÎÑ
lock-clear =
    .aria-label = Ðééļééţéé ţĥéé ļååšţ ðîîĝîîţ~
lock-sign-in = Šîîĝñ îîñ~
lock-back = Šööɱééööñéé ééļšéé (ÉÉšç)
lock-button = Ļööçķ~
    .title = Ļööçķ ţĥéé ţîîļļ: ţĥéé ñééẋţ þééŕšööñ šîîĝñš îîñ ŵîîţĥ ţĥééîîŕ ÞÎÎÑ (Ƒ11)~~~~~~~~~~~
lock-signed-in = { $name } · { $role }~
lock-pin-for = ÞÎÎÑ ƒööŕ { $name }~
staff-tab = Šţååƒƒ~
staff-new = Ñééŵ šţååƒƒ ɱééɱƀééŕ~~
staff-name = Ñååɱéé
staff-role = Ŕööļéé
staff-role-staff = Šţååƒƒ~
staff-role-manager = Ṁååñååĝééŕ
staff-role-owner = ÖÖŵñééŕ
staff-pin = ÞÎÎÑ (4–6 ðîîĝîîţš)~~~
staff-add = ÅÅðð
staff-auto-lock = Ļööçķ ţĥéé ţîîļļ ååƒţééŕ ñöö ţööûûçĥ ƒööŕ~~~~
staff-auto-lock-1 = 1 ɱîîñûûţéé
staff-auto-lock-2 = 2 ɱîîñûûţééš~
staff-auto-lock-5 = 5 ɱîîñûûţééš~
staff-auto-lock-10 = 10 ɱîîñûûţééš~
staff-auto-lock-30 = 30 ɱîîñûûţééš~
staff-auto-lock-never = Ñééṽééŕ
staff-auto-lock-secs = { $secs } šééçööñðš~
staff-list-title = Šţååƒƒ~
staff-empty = Ñöö šţååƒƒ ýýééţ: ţĥéé ţîîļļ ŵööŕķš ŵîîţĥööûûţ šîîĝñ-îîñ. ÖÖñçéé šööɱééööñéé îîš ååððééð, îîţ ååšķš ŵĥöö îîš ţĥééŕéé.~~~~~~~~~
staff-archived = ååŕçĥîîṽééð
staff-role-of = Ŕööļéé ööƒ { $name }
staff-new-pin = Ñééŵ ÞÎÎÑ~
staff-new-pin-for = Ñééŵ ÞÎÎÑ ƒööŕ { $name }~~
staff-save-pin = Šååṽéé ÞÎÎÑ
staff-archive = ÅÅŕçĥîîṽéé
staff-archive-title = ÅÅŕçĥîîṽéé { $name }?~
staff-archive-text = Ţĥééýý çååñ ñöö ļööñĝééŕ šîîĝñ îîñ. Ŵĥååţ ţĥééýý ðîîð ķééééþš ţĥééîîŕ ñååɱéé.~~~~~~
staff-keep = Ķééééþ
staff-error-till-locked = Ţĥéé ţîîļļ îîš ļööçķééð. Šîîĝñ îîñ ŵîîţĥ ýýööûûŕ ÞÎÎÑ ƒîîŕšţ.~~~~~~
staff-error-role = ÅÅ ŕööļéé îîš šţååƒƒ, ɱååñååĝééŕ ööŕ ööŵñééŕ. Çĥööööšéé ööñéé ööƒ ţĥööšéé ţĥŕéééé.~~~
staff-error-name = ÅÅ šţååƒƒ ñååɱéé îîš 1 ţöö { $max } çĥååŕååçţééŕš (ļééţţééŕš, ðîîĝîîţš, šþååçééš, þûûñçţûûååţîîööñ).~~~~~~~~~
staff-error-pin = ÅÅ šţååƒƒ ÞÎÎÑ îîš 4 ţöö 6 ðîîĝîîţš (0–9), ñööţĥîîñĝ ééļšéé.~~~~~~~~~
staff-error-name-taken = Ţĥééŕéé îîš ååļŕééååðýý åå šţååƒƒ ɱééɱƀééŕ çååļļééð { $name }. Çĥööööšéé ååñööţĥééŕ ñååɱéé (ööŕ ååŕçĥîîṽéé ţĥéé ööţĥééŕ ööñéé ƒîîŕšţ).~~~~~~~
staff-error-unknown = Ţĥééŕéé îîš ñöö šţååƒƒ ɱééɱƀééŕ { $id }. `ţîîļļçţļ šţååƒƒ ļîîšţ` šĥööŵš ŵĥöö ţĥééŕéé îîš.~~~~~~~~~~~~
staff-error-archived = { $name } ({ $id }) îîš ååŕçĥîîṽééð ååñð çååñ ñöö ļööñĝééŕ šîîĝñ îîñ ööŕ ƀéé çĥååñĝééð. ÅÅðð ţĥééɱ ååĝååîîñ îîƒ ţĥééýý ååŕéé ƀååçķ.~~~~~~~~~~
staff-error-auto-lock = ÅÅûûţöö-ļööçķ îîš ƀééţŵééééñ { $min } šééçööñðš ååñð { $hours } ĥööûûŕš, ööŕ ñééṽééŕ (0).~~~~~~
owner-error-pin-form = Ţĥéé ööŵñééŕ ÞÎÎÑ îîš 4 ţöö 12 ðîîĝîîţš (0–9), ñööţĥîîñĝ ééļšéé.~~~~~~~~~
owner-error-pin-not-set = Ñöö ööŵñééŕ ÞÎÎÑ îîš šééţ ýýééţ. Çĥööööšéé ööñéé ƒîîŕšţ.~~~
owner-error-current-pin = Ţýýþéé ţĥéé çûûŕŕééñţ ÞÎÎÑ ţöö çĥååñĝéé îîţ.~~~~
owner-error-locked = Ţĥîîš ñééééðš ţĥéé ööŵñééŕ ÞÎÎÑ: šţååƒƒ çååñ šééļļ ååñð šéééé ţĥéé ļååšţ šååļééš ööñļýý.~~~~~~~~~
pin-error-wrong =
    { $left ->
        [one] Ŵŕööñĝ ÞÎÎÑ. 1 ɱööŕéé ţŕýý ƀééƒööŕéé Ţîîļļ ɱååķééš ýýööûû ŵååîîţ.~~~~
       *[other] Ŵŕööñĝ ÞÎÎÑ. { $left } ɱööŕéé ţŕîîééš ƀééƒööŕéé Ţîîļļ ɱååķééš ýýööûû ŵååîîţ.~~~
    }
pin-error-wait = Ŵŕööñĝ ÞÎÎÑ. Ţŕýý ååĝååîîñ îîñ { $secs } š.~~~~
pin-error-locked = Ţöööö ɱååñýý ŵŕööñĝ ÞÎÎÑš. Ţŕýý ååĝååîîñ îîñ { $secs } š.~~~~
staff-error-not-allowed = { $doing } ñééééðš { $who }. ÅÅšķ ööñéé ţöö šîîĝñ îîñ ŵîîţĥ ţĥééîîŕ ÞÎÎÑ, ţĥééñ ţŕýý ååĝååîîñ.~~~~~~~
staff-who-staff = ååñýý šţååƒƒ ɱééɱƀééŕ~
staff-who-manager = åå ɱååñååĝééŕ ööŕ ţĥéé ööŵñééŕ~
staff-who-owner = ţĥéé ööŵñééŕ~
staff-doing-sell = Šééļļîîñĝ~
staff-doing-cash-sale = Ţååķîîñĝ çååšĥ~
staff-doing-refund = Ŕééƒûûñðîîñĝ~
staff-doing-return = Ţååķîîñĝ ƀååçķ îîţééɱš~~
staff-doing-paid-in = Þååýýîîñĝ îîñ
staff-doing-paid-out = Þååýýîîñĝ ööûûţ
staff-doing-no-sale = ÖÖþééñîîñĝ ţĥéé ðŕååŵééŕ ŵîîţĥööûûţ åå šååļéé~
staff-doing-close-drawer = Çļööšîîñĝ ţĥéé ðŕååŵééŕ~~
staff-doing-override = ÖÖṽééŕŕîîðîîñĝ åå þŕîîçéé ööŕ ĝîîṽîîñĝ åå ðîîšçööûûñţ~~
staff-doing-settings = Çĥååñĝîîñĝ šééţţîîñĝš~~~
staff-doing-catalog = Çĥååñĝîîñĝ ţĥéé çååţååļööĝ~~
staff-doing-manage-staff = Ṁååñååĝîîñĝ šţååƒƒ~~
history-cashier = Çååšĥîîééŕ
history-any-cashier = ÅÅļļ
history-cashier-archived = { $name } (ååŕçĥîîṽééð)~
sim-test-mode = Ţééšţ ɱööðéé~
sim-error-title = Šööɱééţĥîîñĝ ŵééñţ ŵŕööñĝ~~~
sim-not-found = Ţĥéé þååĝéé ýýööûû ŵééŕéé ļööööķîîñĝ ƒööŕ çööûûļð ñööţ ƀéé ƒööûûñð. Þļééååšéé çĥééçķ ţĥéé ÛÛŔĻ ööŕ çööñţååçţ ţĥéé ɱééŕçĥååñţ.~~~~~~~~
sim-return-to-merchant = Ŕééţûûŕñ ţöö ţĥéé ɱééŕçĥååñţ~~~
sim-thanks-subscribing = Ţĥååñķš ƒööŕ šûûƀšçŕîîƀîîñĝ~~~~
sim-subscription-active = ÝÝööûûŕ šûûƀšçŕîîþţîîööñ îîš ååçţîîṽéé.
sim-thanks-payment = Ţĥååñķš ƒööŕ ýýööûûŕ þååýýɱééñţ~
sim-payment-complete = ÝÝööûûŕ þååýýɱééñţ îîš çööɱþļééţéé.
sim-processing-title = Þååýýɱééñţ þŕööçééššîîñĝ~
sim-processing = ÝÝööûûŕ þååýýɱééñţ îîš ƀééîîñĝ þŕööçééššééð; ţĥéé ɱééŕçĥååñţ ŵîîļļ ƀéé ñööţîîƒîîééð ŵĥééñ îîţ çööɱþļééţééš.~~~~~~
sim-expired-title = Ţĥîîš çĥééçķööûûţ šééššîîööñ ĥååš ééẋþîîŕééð~~
sim-expired = Ţĥéé þååýýɱééñţ þååĝéé îîš ñöö ļööñĝééŕ ååṽååîîļååƀļéé. Þļééååšéé ŕééţûûŕñ ţöö ţĥéé ɱééŕçĥååñţ ţöö šţååŕţ ååĝååîîñ.~~~~~
sim-interval-day =
    { $count ->
        [1] ðååýý
       *[other] { $count } ðååýýš
    }
sim-interval-week =
    { $count ->
        [1] ŵééééķ
       *[other] { $count } ŵééééķš
    }
sim-interval-month =
    { $count ->
        [1] ɱööñţĥ~
       *[other] { $count } ɱööñţĥš~~
    }
sim-interval-year =
    { $count ->
        [1] ýýééååŕ
       *[other] { $count } ýýééååŕš
    }
sim-one-time = (ööñéé-ţîîɱéé)
sim-quantity = Ǫţýý { $quantity } × { $unit }~~
sim-subtotal = Šûûƀţööţååļ
sim-discount = Ðîîšçööûûñţ ({ $label })~
sim-tax = Ţååẋ
sim-promotion-code = ÅÅðð þŕööɱööţîîööñ çööðéé
sim-apply = ÅÅþþļýý
sim-back = ← Ɓååçķ~
sim-heading-pay = Þååýý Ţîîļļ Šîîɱûûļååţööŕ
sim-heading-subscribe = Šûûƀšçŕîîƀéé ţöö { $name }~
sim-total-due = Ţööţååļ ðûûéé
sim-total-due-today = Ţööţååļ ðûûéé ţööðååýý
sim-email = ÉÉɱååîîļ
sim-card-information = Çååŕð îîñƒööŕɱååţîîööñ
sim-expiry = ÉÉẋþîîŕýý
sim-expiry-placeholder = ṀṀ / ÝÝÝÝ~
sim-cvc = ÇṼÇ~
sim-cardholder-name = Çååŕðĥööļðééŕ ñååɱéé~
sim-pay = Þååýý { $amount }
sim-book = Ɓööööķ { $amount }
sim-donate = Ðööñååţéé { $amount }
sim-subscribe = Šûûƀšçŕîîƀéé~
sim-title-subscribe = Šûûƀšçŕîîƀéé { $amount }~
sim-note = Šîîɱûûļååţééð çĥééçķööûûţ. ÛÛšéé åå Šţŕîîþéé ţééšţ çååŕð, éé.ĝ. 4242 4242 4242 4242 ŵîîţĥ ååñýý ƒûûţûûŕéé ééẋþîîŕýý ååñð ååñýý ÇṼÇ.~~~~~~~~~~~~~~~
sim-3ds-title = 3Ð Šééçûûŕéé ååûûţĥééñţîîçååţîîööñ
sim-3ds-heading = 3Ð Šééçûûŕéé 2 Ţééšţ Þååĝéé~~
sim-3ds-text = Çööɱþļééţéé ööŕ ƒååîîļ ţĥîîš ţééšţ ååûûţĥééñţîîçååţîîööñ ööƒ { $amount }.~~
sim-3ds-complete = Çööɱþļééţéé
sim-3ds-fail = Ƒååîîļ
sim-index = ÅÅ Šţŕîîþéé-çööɱþååţîîƀļéé šîîɱûûļååţööŕ. ÅÅÞÎÎ ƀååšéé ÛÛŔĻ: { $base }. Çĥééçķööûûţ þååĝééš ļîîṽéé ûûñðééŕ { $path }; šéééé ţĥéé çŕååţéé ŔÉÉÅÅÐṀÉÉ ƒööŕ ţĥéé ÅÅÞÎÎ ååñð ţééšţ ĥééļþééŕš.~~~~~~~~~
sim-error-card-declined = ÝÝööûûŕ çååŕð ŵååš ðééçļîîñééð.~
sim-error-insufficient-funds = ÝÝööûûŕ çååŕð ĥååš îîñšûûƒƒîîçîîééñţ ƒûûñðš.~~
sim-error-expired-card = ÝÝööûûŕ çååŕð ĥååš ééẋþîîŕééð.~
sim-error-incorrect-cvc = ÝÝööûûŕ çååŕð'š šééçûûŕîîţýý çööðéé îîš îîñçööŕŕééçţ.~~
sim-error-processing = ÅÅñ ééŕŕööŕ ööççûûŕŕééð ŵĥîîļéé þŕööçééššîîñĝ ýýööûûŕ çååŕð. Ţŕýý ååĝååîîñ îîñ åå ļîîţţļéé ƀîîţ.~~~~~
sim-error-incorrect-number = ÝÝööûûŕ çååŕð ñûûɱƀééŕ îîš îîñçööŕŕééçţ.~~
sim-error-live-card = ÝÝööûûŕ çååŕð ŵååš ðééçļîîñééð. ÝÝööûûŕ ŕééǫûûééšţ ŵååš îîñ ţééšţ ɱööðéé, ƀûûţ ûûšééð åå ñööñ ţééšţ (ļîîṽéé) çååŕð. Ƒööŕ åå ļîîšţ ööƒ ṽååļîîð ţééšţ çååŕðš, ṽîîšîîţ: ĥţţþš://šţŕîîþéé.çööɱ/ðööçš/ţééšţîîñĝ.~~~~~~~~~~~~~~~~~~~~
sim-error-3ds-failed = Ŵéé ååŕéé ûûñååƀļéé ţöö ååûûţĥééñţîîçååţéé ýýööûûŕ þååýýɱééñţ ɱééţĥööð. Þļééååšéé çĥööööšéé åå ðîîƒƒééŕééñţ þååýýɱééñţ ɱééţĥööð ååñð ţŕýý ååĝååîîñ.~
sim-error-number-incomplete = ÝÝööûûŕ çååŕð ñûûɱƀééŕ îîš îîñçööɱþļééţéé.~
sim-error-expiry-incomplete = ÝÝööûûŕ çååŕð'š ééẋþîîŕååţîîööñ ðååţéé îîš îîñçööɱþļééţéé.~
sim-error-expiry-past = ÝÝööûûŕ çååŕð'š ééẋþîîŕååţîîööñ ýýééååŕ îîš îîñ ţĥéé þååšţ.~
sim-error-cvc-incomplete = ÝÝööûûŕ çååŕð'š šééçûûŕîîţýý çööðéé îîš îîñçööɱþļééţéé.~
sim-error-email-incomplete = ÝÝööûûŕ ééɱååîîļ îîš îîñçööɱþļééţéé.
sim-error-code-invalid = Ţĥîîš çööðéé îîš îîñṽååļîîð.~
