# Till's English messages: the source language and the fallback for every other one.
# New strings go here first, then in every other ui/locales/<tag>/till.ftl (a test fails
# naming the id and language that lack one). The pseudo-locale (en-XA) is generated from
# this file: TILL_UPDATE_PSEUDO=1 cargo test -p till-i18n.

## The sale's status line, as the core words it (till-domain's sale.rs): the register's
## checkout panel and strip of last sales.

sale-creating = Preparing the payment page
sale-awaiting-payment = Waiting for the customer
sale-three-d-secure = 3-D Secure in progress
sale-canceling = Cancelling — waiting for Stripe to confirm
sale-processing = Processing — the bank will confirm later
sale-paid = Paid
sale-failed = Payment failed
sale-expired = Expired
sale-canceled = Cancelled

## A declined card: the status line, then its first sentence alone (-short) for the strip of
## last sales. lost_card and stolen_card read like a generic decline on purpose.

decline-insufficient-funds = Declined — insufficient funds. Ask for another card.
decline-insufficient-funds-short = Declined — insufficient funds
decline-expired-card = Declined — the card has expired. Ask for another card.
decline-expired-card-short = Declined — the card has expired
decline-incorrect-cvc = Declined — wrong security code (CVC). The customer can check it and try again.
decline-incorrect-cvc-short = Declined — wrong security code (CVC)
decline-incorrect-number = Declined — wrong card number. The customer can check it and try again.
decline-incorrect-number-short = Declined — wrong card number
decline-processing-error = The card couldn't be processed. The customer can try again.
decline-processing-error-short = The card couldn't be processed
decline-authentication-failure = 3-D Secure failed. The customer can try again or use another card.
decline-authentication-failure-short = 3-D Secure failed
decline-generic = Declined by the card's bank. Ask for another card.
decline-generic-short = Declined by the card's bank

## The customer's words on Stripe's payment page, under the Pay button (till-core's phone.rs,
## Checkout's custom_text[after_submit]): at most 1,200 characters together.

phone-after-submit-payment = Paying at the counter? Once your payment is done, show this screen to the staff: the till sees your payment by itself. You may then close this page.
phone-after-submit-membership = Paying at the counter? Once your payment is done, show this screen to the staff: your membership starts at once and renews until you cancel it. You may then close this page.
phone-after-submit-no-page = If your phone then shows a page that cannot load, your payment still went through.

phone-note-no-page = No after-payment page is set: a customer who pays by QR code on their own phone then sees "can't connect" (the payment still counts, and the till shows it). Set your shop's public page under Settings → After payment page.
phone-note-training-loopback = Training mode: a phone cannot open this code. To try it with a phone, turn on "Try the QR code with a phone" in Settings.
phone-note-training-lan = Training mode: phones on this shop's network can open this code and pay with a test card.
phone-lan-shared-simulator = The training payment page is not served on the shop network: another Till process on this computer runs the training simulator. Close it and restart Till.
phone-lan-external-simulator = The training payment page is not served on the shop network: Till uses the simulator at { $address } ({ $variable }).
phone-lan-bind = The training payment page could not be served on { $address } ({ $error }). Another program may use that port: set { $variable } to another one, or turn "Try the QR code with a phone" off in Settings.
phone-lan-not-an-address = { $variable }={ $typed } is not an IP address: set it to this computer's address on the shop's network, e.g. 192.168.1.20.
phone-lan-no-address = Till found no network address on this computer ({ $error }): connect it to the shop's network, or turn "Try the QR code with a phone" off in Settings.
phone-lan-public-address = This computer's network address { $address } is not a private (shop network) address, so Till will not serve the training payment page on it. Set { $variable } to its address on the shop's network, or turn "Try the QR code with a phone" off in Settings.
phone-lan-no-random = The operating system gave no random numbers for the training page's token: { $error }

## The register's static markup (index.html, data-l10n-id): the top bar and status bar.

app-training-banner = Training mode — no real money moves. Payments go to Till's built-in Stripe simulator; use Stripe's test cards (4242 4242 4242 4242 pays).
app-open-settings = Open Settings
app-views =
    .aria-label = Views
tab-register = Register
tab-history = History
tab-members = Members
tab-settings = Settings
tab-testcards = Test cards
app-owner-lock = Lock owner
    .title = Sign the owner out: staff see the register only
mode-training = TRAINING
    .title = Training mode: sales go to Till's built-in Stripe simulator, no real money moves
mode-test = TEST
mode-live = LIVE
app-starting = Starting…
app-shortcuts = / search · F9 charge · F6 cash · F7 open again · F8 cancel · F4 clear · F2 member lookup · F10 drawer
app-sync-catalog = Sync catalog
app-check-status = Check status

## The register: products and search.

products-title = Products
search =
    .placeholder = Search or scan (/)
    .aria-label = Search products or scan a barcode
member-lookup-open = Member lookup
    .title = Look a member up by email (F2)
categories =
    .aria-label = Categories
category-all = All
category-favourites = ★ Favourites
products-loading = Loading the catalog…

## The register: the cart.

cart-title = Current sale
cart-clear = Clear
    .title = Clear the cart (F4)
cart-empty = The cart is empty. Tap a product or scan a barcode to add it.
cart-subtotal = Subtotal
register-open-price = Open price
register-misc = Other
    .title = Add another item at an amount you type
    .aria-label = Add another item at an amount you type
adjust-open-title = Amount — { $name }
adjust-open-add = Add
adjust-coupon-button = Coupon
adjust-tip-button = Tip
adjust-close = Close (Esc)
adjust-tip-amount =
    .aria-label = Tip amount
    .placeholder = Another amount
adjust-tip-set = Set tip
adjust-coupon-title = Coupon
adjust-tip-title = Tip
adjust-no-coupon = No coupon
adjust-no-tip = No tip
adjust-no-coupons = No coupons are synced for this currency. The owner makes them in Stripe; Sync catalog brings them.
adjust-tip-percent = { $percent } %
tip-settings-title = Tips
tip-settings-presets = Tip presets (percentages of the sale, up to 4, e.g. 10, 15, 20)
tip-settings-ask = Ask for the tip before Charge
tip-settings-save = Save tip settings
adjust-discount-button = Discount
adjust-discount-title = Manual discount
adjust-no-discount = No discount
adjust-discount-amount =
    .aria-label = Discount: an amount, or a percentage such as 10%
    .placeholder = 2.50 or 10%
adjust-discount-reason =
    .aria-label = Reason for the discount
    .placeholder = Reason (kept in the sale's timeline)
adjust-discount-set = Give discount
adjust-discount-note = An amount or a percentage of the items, with a reason. The owner or a manager gives it: without them signed in, the owner PIN is asked.
adjust-price-title = Price — { $name }
adjust-price-note = The price of one, with a reason. The owner or a manager sets it: without them signed in, the owner PIN is asked.
adjust-price-set = Set price
adjust-price-reason =
    .aria-label = Reason for the new price
    .placeholder = Reason (kept in the sale's timeline)
adjust-price-amount =
    .aria-label = New price of one
    .placeholder = New price
cart-line-price = Change the price of { $name }
cart-line-was = was { $was }
cart-total = Total
cart-email = Customer email (optional)
cart-email-membership = Membership — customer email required
cart-email-input =
    .aria-label = Customer email
    .placeholder = customer@example.com
cart-email-invalid = That is not an email address (like name@example.com). Check it and type it again.

## The register: the checkout panel.

checkout-title = Payment
checkout-preparing = Preparing the payment page…
checkout-note = The payment page opened in the browser. The customer can also scan the code with a phone.
checkout-qr =
    .aria-label = QR code of the payment page
checkout-open = Open again
    .title = Open the payment page again (F7)
checkout-cancel = Cancel sale
    .title = Cancel the sale (F8)
checkout-retry = Retry
checkout-back = Back to the cart
    .title = Back to the cart, items kept (Esc)
checkout-new = New sale
    .title = New sale (Enter)
recent-title = Last sales

## The register's sentences (main.js).

register-pay-first = Finish or cancel the current payment first.
register-sale-over = This sale is over: press New sale (Enter) or Back to the cart first.
register-many-matches = { $count } products match “{ $query }”: tap one, or keep typing.
register-no-match = No product matches “{ $query }”.
register-no-products = No products yet. Press “Sync catalog” to load them from Stripe.
register-each = { $unit } each
register-one-less = One less { $name }
register-one-more = One more { $name }
register-remove = Remove { $name }
register-charge = Charge
    .title = Charge (F9)
register-charge-total = Charge { $total }
register-new-sale = New sale
register-new-sale-empties = Clear cart, new sale
register-back-to-register = Back to the register
register-after-not-paid = { $items ->
        [one] The cart still holds 1 item. Back to the cart keeps it to charge again (Esc); Clear cart, new sale starts over (Enter).
       *[other] The cart still holds { $items } items. Back to the cart keeps them to charge again (Esc); Clear cart, new sale starts over (Enter).
    }
register-after-test-run = A test-card run: the register's cart is as it was.
register-cancel-title = Cancel this sale?
register-cancel-text = The customer may be paying { $amount } right now. Cancelling closes the payment page; if they have already paid, Till records the sale as paid. (F8 again cancels.)
register-cancel-yes = Cancel the sale
register-cancel-no = Keep waiting
register-recent-label = { $time }, { $amount }, { $status }
register-recent-about = { $id } · { $time } · { $amount } · { $status }
register-time-up = Time is up: cancelling the sale…
register-cancels-in = Cancels automatically in { $minutes }:{ $seconds }
register-qr-alt = QR code of the payment page
register-no-recent = No sales yet.
register-synced = Catalog synced: { $count } prices.
register-ready = Till { $version } · { $mode ->
        [training] training mode
        [test] test mode
       *[live] live mode
    } · ready

## The refund form and its confirmation (history.js).

refund-hint = Up to { $refundable }. Partial refunds are fine; the sale stays paid.
refund-all = Type all of it ({ $refundable })
refund-placeholder = Amount
refund-empty = Type the amount to refund (up to { $refundable }).
refund-title = Refund to the customer?
refund-question = Refund { $amount } of { $total } to { $card }?
refund-question-no-card = Refund { $amount } of { $total } to the customer's card?
refund-what-full = This returns everything that is left on the sale. Stripe sends the money back; it cannot be undone.
refund-what-part = Stripe sends the money back; it cannot be undone. The sale stays paid.
refund-yes = Refund { $amount }
refund-cash-question = Give back { $amount } in cash from the drawer? The drawer’s report counts it; the sale stays paid.
refund-cash-sent = Refund recorded: { $amount } in cash from the drawer.
refund-split-question = Refund { $card } to the card and give back { $cash } in cash from the drawer? This cannot be undone; the sale stays paid.
refund-split-yes = Refund { $card } + { $cash }
refund-cash-amount =
    .placeholder = In cash
    .aria-label = Of which in cash
refund-no = Don't refund
refund-sent = Refund sent to Stripe.

## Settings (index.html and settings.js). The mode's name is mode-training / mode-test /
## mode-live above; what comes from the core (the keyring's name, explanations, warnings,
## permissions) is shown as the core words it.

settings-view =
    .aria-label = Settings
settings-key-title = Stripe key
settings-no-key = No key: Till runs in training mode against its built-in simulator.
settings-key-restricted = restricted key
settings-key-secret = secret key
settings-key-from-environment = from STRIPE_SECRET_KEY (it wins over the keyring)
settings-key-verified = verified { $when }
settings-permissions = Permissions for a restricted key (recommended; everything else None)
settings-permissions-probed = Permissions of this restricted key
settings-permission-optional = (optional)
settings-key-label = Paste a key from Stripe Dashboard → Developers → API keys
settings-key-input =
    .placeholder = rk_test_… or sk_test_…
settings-live-warning = This is a live key: real cards will be charged.
settings-live-type = Type LIVE to confirm.
settings-type-live = Type LIVE (in capitals) to confirm a live key, or clear the field to cancel.
settings-key-save = Check and save key
settings-key-replace = Check and replace key
settings-key-checking = Checking with Stripe…
settings-key-remove = Remove key
settings-key-remove-question = Remove the key? Till returns to training mode; recorded sales stay as they are.
settings-key-remove-yes = Remove
settings-key-remove-no = Keep
settings-keyring-note = Keys are kept only in { $keyring }; Till never shows them again.
settings-key-saved = Key saved: Till now runs in { $mode ->
        [training] TRAINING
        [test] TEST
       *[live] LIVE
    } mode.
settings-key-removed = Key removed: Till now runs in training mode.
settings-webhook-title = Webhook signing secret
settings-optional = optional
settings-webhook-not-set = Not set: Till learns about payments by polling Stripe and its Events API.
settings-webhook-label = The whsec_… secret printed by
settings-webhook-save = Save secret
settings-webhook-remove = Remove secret
settings-webhook-saved = Webhook signing secret saved.
settings-register-title = Register
settings-running = running in { $mode ->
        [training] TRAINING
        [test] TEST
       *[live] LIVE
    } mode
settings-register-name = Register name
settings-register-id = Register id
settings-register-id-note = (tags this till's sessions at Stripe)
settings-currency = Default currency
settings-locale = Display locale
settings-locale-language = Auto ({ $locale })
settings-language = Language
settings-language-system = System ({ $name })
settings-timeout = On-screen checkout timeout (minutes, 1–30)
settings-success-url = After payment page (customers' phones)
settings-lan = Try the QR code with a phone
settings-cancel-url = Cancel URL
settings-cancel-own-page = Till's own page on this computer
settings-cancel-no-back-link = None: Stripe's page shows no Back link
settings-save = Save settings
settings-saved = Settings saved.
settings-logs-in = Logs are in
settings-open-logs = Open log folder

## The owner PIN (history.js): it guards History, Members and Settings.

history-pin-title = Owner PIN
history-pin-choose = Choose the owner PIN
history-pin-note-set = History, members, refunds, reports, catalog and Settings ask for it. 4 to 12 digits. Staff can still sell without it.
history-pin-note-unlock = History, members, refunds, reports, catalog and Settings need the owner PIN.
history-pin-input =
    .aria-label = Owner PIN
history-pin-again = The same PIN again, to confirm
history-pin-continue = Continue
history-pin-cancel = Cancel
history-pin-locked = Too many wrong PINs. Try again in { $seconds } s.
history-pin-differ = The two PINs differ. Type the same PIN twice.

## History (index.html and history.js): filters, the list and its totals, export.

history-view =
    .aria-label = Sales history
history-list-title = Sales
history-from = From
history-to = To
history-status = Status
history-currency = Currency
history-register = Register
history-mode = Mode
history-search = Search
history-search-input =
    .placeholder = e.g. latte
    .title = A product, an email, or a sale, cs_ or pi_ id
history-show = Show
# The filters' first choice (the field's label names what): short, it fits a narrow column.
history-any-status = All
history-any-currency = All
history-any-register = All
# A sale's state, by its code (the list, the status filter, the end-of-day summary).
history-state = { $state ->
        [creating] Preparing
        [awaiting_payment] Waiting
        [canceling] Cancelling
        [processing] Processing
        [paid] Paid
        [failed] Failed
        [expired] Expired
        [canceled] Cancelled
       *[other] { $state }
    }
history-col-time = Time
history-col-items = Items
history-col-amount = Amount
history-no-match = No sales match these filters.
history-more = Load more
history-lines = one row per line
history-export = Export CSV
    .title = CSV of the filtered sales, into your Downloads folder
history-total-paid = { $paid } paid of { $sales } · gross { $gross }
history-total-refunded = refunded { $refunded } · average { $average }
history-total-tenders = card { $card } · cash { $cash }
history-exported-sales = { $rows ->
        [one] Exported { $rows } sale to { $path }
       *[other] Exported { $rows } sales to { $path }
    }
history-exported-lines = { $rows ->
        [one] Exported { $rows } line to { $path }
       *[other] Exported { $rows } lines to { $path }
    }

## History: a sale's story and its refund form (the refund-… messages above).

history-side-title = Sale, report and catalog
history-tab-sale = Sale
history-tab-report = Report
history-tab-catalog = Catalog
history-choose-sale = Choose a sale to see its items, Stripe ids, refunds and whole timeline.
history-fact-sale = Sale
history-fact-created = Created
history-fact-register = Register
history-summary-tender-line = { $tender } ({ $currency }): { $sales } paid, { $total } — cash { $cash }, card { $card }
history-fact-tender = Paid by
history-tender = { $tender ->
        [card] Card
        [cash] Cash
        [split] Cash and card
       *[other] { $tender }
    }
history-cash-line = { $amount } in cash: { $tendered } tendered, { $change } change
history-fact-customer = Customer
history-fact-session = Session
history-fact-payment-intent = PaymentIntent
history-fact-refunded = Refunded
history-fact-refundable = Refundable
history-refunds = Refunds
history-timeline = Timeline
history-refund-heading = Refund
history-refund-reason =
    .aria-label = Reason
history-reason-customer = Requested by customer
history-reason-duplicate = Duplicate
history-reason-fraudulent = Fraudulent
history-reason-none = No reason
history-refund-submit = Refund…
history-refund-refresh = Ask Stripe about pending refunds

## History: reports and the end-of-day summary.

history-by = By
history-by-day = Day
history-by-week = Week
# A report row's name for a week. $start: the week's first day.
history-report-week-of = week of { $start }
history-by-month = Month
history-report-period = Period
history-report-sales = Sales
history-gross = Gross
history-refunded = Refunded
history-net = Net
history-report-empty = No paid sales in this period.
history-chart-alt = Gross per { $period ->
        [day] day
        [week] week
       *[month] month
    } in { $currency }
history-average = average { $average }
history-summary-day =
    .aria-label = Day of the summary
history-summary-show = End-of-day summary
history-summary-print = Print
history-summary-title = End of day — { $day }
history-summary-meta = { $register } · { $mode ->
        [training] training mode
        [test] test mode
       *[live] live mode
    } · printed { $printed }
history-summary-paid = Paid
history-summary-average = Average
history-summary-state = { $state }: { $count }
history-summary-gross = Paid by customers ({ $currency })
history-summary-discounts = Discounts
history-summary-tax-row = { $label } on { $net }
history-summary-tips = Tips (not sales)
history-summary-tips-tender = Tips, { $tender }
history-summary-net = Net sales (without tax and tips)
history-summary-none = No sales this day.
history-summary-truncated = Only the first 500 sales are listed; totals count all.

## History: the catalog.

history-new-product = New product in Stripe
history-product-name = Name
history-product-description = Description
history-product-price = Price
history-product-billing = Billing
history-billing-once = One time
history-billing-month = Monthly
history-billing-year = Yearly
history-billing-week = Weekly
history-billing-day = Daily
history-product-sku = SKU
history-product-barcode = Barcode
history-product-category = Category
history-product-tax-rate = Tax rate
history-product-tax-default = Shop default
history-product-create = Create in Stripe
history-products-here = Products on this register
history-product-created = Created { $id } in Stripe.
history-archive = Archive
history-archive-confirm = Archive? Click again
history-favourite = Favourites page
history-favourite-up = Move up the Favourites page
history-favourites-hint = ★ puts a product on the register's Favourites page, which staff see first; ▲ moves it up.
history-archived = Archived { $name }.

## The Catalog tab's tax rates and coupons (index.html and history.js).
catalog-tax-rates = Tax rates
catalog-tax-rates-empty = No tax rates yet: sales carry no tax until you make one.
catalog-tax-rate-new = New tax rate in Stripe
catalog-tax-rate-name = Name
catalog-tax-rate-percentage = Percentage
catalog-tax-rate-country = Country
catalog-tax-rate-jurisdiction = Jurisdiction
catalog-tax-rate-inclusive = Included in the prices (VAT); unticked, it is added on top
catalog-tax-rate-create = Create tax rate
catalog-tax-rate-what = { $inclusive ->
    [yes] { $percentage }, included in the prices
   *[no] { $percentage }, added on top
}
catalog-tax-rate-default = Default
catalog-tax-rate-make-default = Make default
catalog-tax-rate-no-default = No default
catalog-tax-rate-created = Created the tax rate { $name } in Stripe.
catalog-tax-rate-archive-title = Archive the tax rate { $name }?
catalog-tax-rate-archive-text = Sales already made keep it. Products that name it can't be rung up until they name another rate.
catalog-tax-rate-archived = Archived the tax rate { $name }.
catalog-keep = Keep
catalog-coupons = Coupons
catalog-coupons-empty = No coupons yet.
catalog-coupon-new = New coupon in Stripe
catalog-coupon-name = Name
catalog-coupon-percent = Percent off
catalog-coupon-amount = Or amount off
catalog-coupon-max = Max uses
catalog-coupon-create = Create coupon
catalog-coupon-created = Created the coupon { $name } in Stripe.
catalog-coupon-delete = Delete
catalog-coupon-delete-title = Delete the coupon { $name }?
catalog-coupon-delete-text = Staff can no longer apply it. Sales that used it keep it.
catalog-coupon-deleted = Deleted the coupon { $name }.

## Members (index.html and members.js): the register's email box and member lookup, and the
## owner's Members view. A member's summary and timeline are the core's words.

# A membership's status, by Stripe's code.
members-status = { $status ->
        [active] Active
        [trialing] Trial
        [past_due] Past due
        [unpaid] Unpaid
        [canceled] Canceled
        [incomplete] Incomplete
        [incomplete_expired] Expired
        [paused] Paused
       *[other] { $status }
    }
members-email-required = A membership needs the customer's email: type it here, then Charge.
# $membership: the core's description of the plan ("Membership, billed every month").
members-membership-note = { $membership }. Stripe sends receipts and renewal notices to this address; staff look the member up by it.
# $status: members-status, already in words.
members-verdict-past-due = Past due — let them in, ask them to update their card
members-verdict-in = { $status } — let them in
members-verdict-out = { $status } — no access
members-state = { $status }.
members-state-until = { $status } until { $end }, then it ends.
members-state-failed = { $status }: the renewal payment failed.
members-state-renews = { $status }, renews { $end }.
members-unreadable = The member could not be read: { $error }
members-recorded = Member recorded: { $member } — { $state }
members-recorded-later = The member will be in the list as soon as Stripe reports the subscription.
members-ending = cancels at period end
members-period-ends = Current period ends { $end }
members-period-ended = Period ended { $end }
members-lookup-title = Member lookup
members-lookup-close = Close (Esc)
members-lookup-email =
    .placeholder = member@example.com
    .aria-label = The member's email
members-lookup-submit = Look up
members-none = No membership for { $email }
members-view =
    .aria-label = Members
members-status-label = Status
members-status-select =
    .aria-label = Show members with this status
members-all-statuses = All statuses
members-reload = Refresh
members-col-email = Email
members-plan = Plan
members-period-end = Period end
members-empty = No members with this status.
members-side =
    .aria-label = Member
members-choose = Choose a member to see their Stripe ids, the whole timeline, and to cancel at period end.
members-payment-failed = payment failed
members-signed-out = The owner is signed out: open Members again and enter the PIN.
members-cancels-at-period-end = Cancels at period end
members-customer = Customer
members-subscription = Subscription
members-sale = Sale
members-updated = Updated
members-yes = yes
members-no = no
members-cancel = Cancel at period end
members-this-member = this member
members-cancel-question = Cancel { $member }'s { $plan } at the end of the period ({ $end })? They keep access until then; Stripe bills nothing more.
members-cancel-question-no-end = Cancel { $member }'s { $plan } at the end of the period? They keep access until then; Stripe bills nothing more.
members-cancel-yes = Yes, cancel at period end
members-cancel-no = Keep
members-ask-again = Ask Stripe again
members-ended = This membership has ended; there is nothing to cancel.
members-scheduled = Cancellation is scheduled: Stripe ends the membership at the close of the period.
members-confirmed-ended = Stripe confirmed: the membership has ended. { $summary }
members-confirmed-scheduled = Stripe confirmed: the membership ends at the close of the period, { $end }; no more renewals.
members-confirmed-scheduled-no-end = Stripe confirmed: the membership ends at the close of the period; no more renewals.
members-no-cancellation = Stripe answered, but shows no cancellation: { $summary }
members-stripe-says = Stripe says: { $summary }
# A member's summary for the counter (members.rs). $until: a date, or members-summary-period-end.
members-summary-period-end = the end of the period
# $status: members-status, already in words.
members-summary-ending = { $status } until { $until }, then it ends (cancellation scheduled).
members-summary-active-failed = Active — renews { $until }. A recent payment failed; check the member's card.
members-summary-active = Active — renews { $until }.
members-summary-trialing = Trial until { $until }.
members-summary-past-due = Past due — the last renewal payment failed. Stripe retries it: ask the member to update their card.
members-summary-unpaid = Unpaid — renewal payments failed. No access until it is paid.
members-summary-canceled-on = Canceled — access ended { $date }.
members-summary-canceled = Canceled — no access.
members-summary-incomplete = Incomplete — the first payment has not gone through. No access yet.
members-summary-incomplete-expired = Expired before the first payment. No access.
members-summary-paused = Paused — no access until it resumes.
# $status: a status Till does not know, as Stripe wrote it.
members-summary-other = Status { $status }.
members-summary-set-to-end = It is set to end on { $until }.

## Test cards (index.html and testcards.js). A card's description is the core's.

testcards-title = Test cards
testcards-note = Each run charges the smallest valid amount. Pay with the card shown; Till records what Stripe reports and flags a mismatch.
testcards-card = Card
testcards-should = Should
testcards-last-run = Last run
testcards-run = Run
testcards-history = Run history
testcards-export = Export CSV
testcards-copy = Copy
testcards-copy-title = Copy the number
testcards-no-runs = No runs yet.
testcards-payment-on-screen = Finish or cancel the payment on the register first.
testcards-waiting = waiting for the customer
testcards-3ds-step = a 3-D Secure step
# $code: Stripe's decline code, spaced ("insufficient funds").
testcards-declined = declined — { $code }
testcards-result = { $result ->
        [paid] paid
        [expired] expired
        [canceled] canceled
        [failed] failed
       *[other] { $result }
    }
testcards-3ds-then = 3-D Secure, then { $result }
testcards-verdict-ok = { $outcome } ✓
testcards-verdict-mismatch = { $outcome } — MISMATCH
testcards-expected = expected { $outcome }
testcards-mismatch = MISMATCH: { $outcome }
testcards-mode = { $mode ->
        [training] training
        [test] test
       *[live] live
    }
testcards-copied = Copied { $number }
testcards-card-number = Card number: { $number }
testcards-exported = Run history exported to { $path }

## Receipts (till-domain's receipt.rs): the words printed on a receipt and shown on screen.
## Amounts, rates and dates come already formatted. Printers without the language's letters
## print the English words instead, so keep these short: a 58 mm receipt has 32 columns.
# $quantity: a count; $price: a formatted amount; $rate: a formatted percentage.

receipt-number = Receipt { $number }
receipt-sale = Sale { $id }
receipt-cashier = Served by { $name }
receipt-tax-id = Tax ID { $id }
receipt-phone = Tel. { $phone }
receipt-copy = *** COPY ***
receipt-gift = GIFT RECEIPT
receipt-refund = REFUND
receipt-subtotal = Subtotal
receipt-discount = Discount
receipt-tip = Tip
receipt-rounding = Cash rounding
receipt-total = TOTAL
receipt-tax-rate = { $name } { $rate }
receipt-tax-detail = net { $net } · gross { $gross }
receipt-cash = Cash
receipt-change = CHANGE
receipt-card = Card
receipt-refunded = Refunded
receipt-refund-total = TOTAL REFUNDED
receipt-original-total = Original total
receipt-each = { $quantity } × { $price }
receipt-gift-line = { $quantity } × { $name }
receipt-scan-card = Scan for your card receipt
receipt-scan-sale = Sale reference

## Cash and the drawer (cash.js, the register)
cash-button = Cash · F6
    .title = Cash (F6)
cash-title = Cash
cash-offline = Cash needs no network: Stripe is not asked anything.
cash-drawer-closed = The drawer is not open. Open it with its float before taking cash.
cash-open-drawer = Open the drawer
cash-tendered = Amount tendered
cash-quick =
    .aria-label = Quick amounts
cash-change-due = Change due
cash-complete = Complete (Enter)
cash-cancel = Cancel (Esc)
cash-rounding = Cash rounding: { $rounding } on { $total }.
cash-split = Split: the rest by card
cash-split-line = The rest by card: { $card }
cash-balance-title = The rest in cash
split-line = Cash { $cash } · card { $card }
split-unpaid = The card part ({ $card }) was not paid; the { $cash } in cash is recorded. Retry the card, take the rest in cash, or void the sale.
split-retry = Retry the card
split-balance = Take the rest in cash
split-void = Void: give { $cash } back
split-void-title = Void the sale?
split-void-text = Give { $cash } back to the customer from the drawer and void the sale?
split-void-yes = Void and give back
split-void-no = Keep the sale
split-voided = Voided: { $cash } given back from the drawer.
split-retried = A new payment page for the card part.
drawer-rounding-label = Cash rounding
drawer-rounding-save = Save (owner)
drawer-rounding-none = none
drawer-rounding-current = Cash is rounded to { $step }.
drawer-rounding-off = Cash is not rounded.
drawer-rounding-hint = The smallest step cash is paid in (none: to the cent). Cards are never rounded.
drawer-rounding-hint-usual = The smallest step cash is paid in (none: to the cent); { $usual } is usual for this currency. Cards are never rounded.
drawer-z-list = Z reports (owner)
drawer-z-line = Z { $number } · closed { $closed } · counted { $counted } · variance { $variance }
drawer-z-none = No Z report yet: closing the drawer makes the first.
drawer-button = Drawer
    .title = The cash drawer: float, paid in and out, X report, close (F10)
drawer-title = Cash drawer
drawer-close-dialog = Close (Esc)
drawer-count-total = Or the total
drawer-move-amount =
    .aria-label = Amount paid in or out
    .placeholder = Amount
drawer-move-reason =
    .aria-label = Why the cash goes in or out
    .placeholder = Reason
drawer-paid-in = Paid in
drawer-paid-out = Paid out (owner)
drawer-no-sale = No sale
drawer-x = X report
drawer-start-close = Close the drawer…
drawer-state-closed = The drawer is closed. Count the float to open it.
drawer-state-open = Open since { $since } · float { $float } · should hold { $expected }
drawer-count-float = Count the float
drawer-count-close = Count the cash in the drawer
drawer-open-button = Open the drawer
drawer-close-button = Close and make the Z report
drawer-x-title = X report: the shift so far
drawer-z-title = Z report { $number }
drawer-count-of = How many of { $denomination }
drawer-recorded = Recorded.
drawer-owner-needed = Paid out needs the owner: open History, enter the owner PIN, then come back.
drawer-row = { $key ->
        [float] Float
        [cash_sales] Cash sales
        [cash_refunds] Cash refunds
        [paid_in] Paid in
        [paid_out] Paid out
        [no_sales] No sales
        [rounding] Cash rounding
        [expected] Expected in the drawer
        [counted] Counted
        [variance] Variance
        [sales_card] Card sales
        [sales_cash] Cash sales (total)
        [sales_split] Split sales
        [card_sales] Taken by card
       *[card_refunds] Card refunds
    }

## Receipts (receipt.js)
## The receipt dialog, the paid panel's and History's buttons, and Settings' Receipts section.

receipt-button = Receipt
receipt-title = Receipt
receipt-title-gift = Gift receipt
receipt-title-copy = Receipt (copy)
receipt-title-refund = Refund receipt
receipt-refund-button = Refund receipt
receipt-close = Close (Esc)
receipt-gift-button = Gift receipt
receipt-print = Print
receipt-printed = Receipt printed on { $printer }.
receipt-no-printer = No receipt printer is set: choose one in Settings → Receipts.
receipt-email-live = Stripe emails the receipt to { $email }.
receipt-email-test = Test mode: Stripe sends no receipt email to { $email } (test payments email only your own team's addresses).
receipt-email-training = Training mode: no receipt email is sent to { $email } (Stripe sends none in test mode).
receipt-reprint = Reprint receipt
receipt-test-printed = Test page printed on { $printer }.
receipt-settings-title = Receipts
receipt-settings-shop-name = Shop name (empty: the register's name)
receipt-settings-address = Address (up to 4 lines)
receipt-settings-tax-id = Tax ID
receipt-settings-phone = Phone
receipt-settings-footer = Footer (up to 4 lines)
receipt-settings-printer = Printer (192.168.1.50:9100, /dev/usb/lp0 or cups:QUEUE; empty: none)
receipt-settings-paper = Paper
receipt-settings-paper-80 = 80 mm
receipt-settings-paper-58 = 58 mm
receipt-settings-code-page = Character set
receipt-settings-code-page-pc858 = PC858 (Western Europe, €)
receipt-settings-code-page-pc437 = PC437 (USA, no €)
receipt-settings-code-page-wpc1252 = Windows-1252
receipt-settings-code-page-kanji = Shift_JIS Kanji (Japanese models)
receipt-settings-drawer-pin = Cash drawer connector
receipt-settings-drawer-pin-2 = Pin 2 (the usual)
receipt-settings-drawer-pin-5 = Pin 5 (second drawer)
receipt-settings-copies = Copies (1–5)
receipt-settings-print-mode = Print receipts
receipt-settings-auto = Automatically when paid
receipt-settings-ask = When staff press Print
receipt-settings-never = Never (on screen only)
receipt-settings-kick = Open the cash drawer when cash is taken and on No sale
receipt-settings-save = Save receipt settings
receipt-settings-test = Print test page

## Parked sales (parked.js)
parked-button = { $count ->
        [0] Park · F3
       *[other] Parked ({ $count }) · F3
    }
    .title = Park this sale, or resume a parked one (F3)
parked-title = Parked sales
parked-close = Close (Esc)
parked-label =
    .placeholder = Anna, Table 4…
    .aria-label = Label: the customer's name or a table
parked-park = Park this sale
parked-list =
    .aria-label = Parked sales
parked-none = No sale is parked at this till.
parked-row-meta = { $items } · { $total } · parked { $time }
parked-old = Parked long ago
parked-changed-price = { $name } now costs { $now } (was { $was })
parked-changed-gone = { $name } is no longer sold and will be left out
parked-changed-coupon = The coupon { $name } can no longer be used and will be left out
parked-changed-adjustments = The discount, coupon or tip no longer fits the cart and will be left out
parked-resume = Resume
parked-resume-changed = Resume at today's prices
parked-drop = Drop
parked-drop-title = Drop this parked sale?
parked-drop-text = “{ $label }” ({ $total }) leaves the list. Nothing was paid, so nothing is refunded.
parked-drop-yes = Drop it
parked-drop-no = Keep it
parked-done = Parked as “{ $label }”.
parked-resumed = “{ $label }” is back on the register.

## The report's chart (made in Rust: crates/till-domain/src/chart.rs, crates/till-core/src/history.rs)
chart-title = { $currency } gross per { $period ->
        [day] day
        [week] week
       *[month] month
    } — { $from } to { $to }
chart-empty = No paid sales in this period.
chart-max = max { $amount }
chart-card = card
chart-cash = cash
chart-refunded = refunded
chart-bar = { $gross } gross ({ $card } card, { $cash } cash), { $refunded } refunded, { $sales ->
        [one] { $sales } sale
       *[other] { $sales } sales
    }
## The customer's screen: the register's switch and Settings (screen.js), where it is (the core), and the customer's own page (customer.js)
screen-button = Customer screen
    .title = Turn the customer screen on or off
screen-settings-title = Customer screen
screen-settings-switch = Customer screen
screen-settings-auto = On when a second monitor is connected
screen-settings-on = On (an ordinary window with one monitor)
screen-settings-off = Off
screen-settings-monitor = Monitor
screen-settings-monitor-auto = Any monitor but the register's
screen-settings-monitor-name = { $name } ({ $width }×{ $height })
screen-settings-monitor-register = { $name } ({ $width }×{ $height }) — the register's
screen-settings-welcome = Welcome line (empty: “Welcome!”)
screen-settings-save = Save customer screen
screen-settings-saved = Customer screen saved.
customer-screen-closed = The customer screen is off.
customer-screen-window = The customer screen is an ordinary window (no second monitor for it).
customer-screen-on = The customer screen is full screen on { $monitor }.
customer-screen-monitor-gone = The customer screen's monitor was disconnected.
customer-welcome = Welcome!
customer-order-title = Your order
customer-total = Total
customer-scan = Scan to pay
customer-qr-alt = QR code of the payment page: scan it with your phone's camera
customer-receipt-scan = Scan for your receipt
customer-receipt-alt = QR code of your receipt: scan it with your phone's camera
customer-tendered = Given
customer-change = Change
customer-thank-you = Thank you!
customer-status-preparing = One moment — preparing your payment…
customer-status-waiting = Scan the code with your phone's camera to pay.
customer-status-three-d-secure = Confirm the payment with your bank (3D Secure).
customer-status-declined = Your card was declined — please try another card.
customer-status-processing = Processing your payment…
customer-status-paid = Paid.
customer-status-failed = The payment did not go through.
customer-status-expired = The payment page has expired.
customer-status-canceled = The payment was canceled.

## Returns by line (returns.js)
return-button = Return items…
return-title = Return items
return-close = Close (Esc)
return-note = { $tender ->
    [cash] Choose how many of each item come back. Their amount is given back in cash from the drawer.
   *[card] Choose how many of each item come back. Their amount goes back to the card that paid.
}
return-line-meta = { $unit } each · { $sold } sold{ $returned ->
    [0] {""}
   *[other] , { $returned } returned already
}
return-all-back = All returned
return-quantity = How many { $name } come back
return-total = { $tender ->
    [cash] In cash: { $amount }
   *[card] To the card: { $amount }
}
return-none = Choose how many of at least one item come back.
return-submit = Return and refund…
return-question = { $tender ->
    [cash] Take back { $items ->
        [one] 1 item
       *[other] { $items } items
    } and give { $amount } back in cash from the drawer?
   *[card] Take back { $items ->
        [one] 1 item
       *[other] { $items } items
    } and refund { $amount } to the card?
}
return-yes = Refund { $amount }
return-no = Keep the sale as it is
return-done = Items returned: { $amount } refunded.
return-error-nothing = Choose at least one line, and how many of it come back.
return-error-unknown-line = Sale { $sale } has no line with price { $price }: choose one of its lines.
return-error-quantity = Say how many of { $name } come back (1 or more).
return-error-exceeds = { $asked } of { $name } cannot come back: { $sold } sold, { $returned } returned already, so at most { $left } more.
return-error-too-large = Those quantities are too large.
return-error-adjusted = Sale { $sale } had a discount or tax added on top, so a line's price is not what was paid for it: refund it by amount.
return-error-split = Sale { $sale } was paid partly in cash and partly by card: refund it by amount, saying how much goes back by card and how much in cash.

## Refund refusals (the core: refunds.rs)
refund-error-reason = { $reason } is not a refund reason: use { $reasons }.
refund-error-use-cash = Sale { $sale } was paid in cash, not by card: refund it in cash from the drawer.
refund-error-exceeds-card = That is more than can go back by card on split sale { $sale } ({ $left } left of its card part). Refund the rest in cash.
refund-error-no-cash = Sale { $sale } took no cash, so nothing of it goes back in cash. Refund it by card.
refund-error-exceeds-cash = That is more than can go back in cash on sale { $sale } ({ $left } left of { $taken } taken in cash). Type { $left } or less.
refund-error-split-nothing = Say how much goes back by card, in cash, or both.
refund-error-not-split = Sale { $sale } is a { $tender } sale, not a split: refund it by its one tender.
refund-error-drawer-closed = The drawer is not open, so no cash can go back. Open it with its float first; nothing was refunded.
refund-error-lines-exceed = Those lines come to { $amount }, more than can still go back by card on sale { $sale } ({ $left }).
refund-error-membership = Sale { $sale } sold a membership: its payment is the subscription's first invoice, which Till does not refund. Refund the invoice in the Stripe Dashboard, and cancel the membership in Members if it should end.
refund-error-zero = A refund must be more than zero.
refund-error-refunded = Sale { $sale } has been refunded in full already.
refund-error-too-large = { $amount } is more than what is left to refund on this sale ({ $left }). Type { $left } or less.
refund-error-no-payment = Sale { $sale } has no Stripe payment recorded, so there is nothing to refund through Stripe. Check it in the Stripe Dashboard.
refund-error-no-payment-short = Sale { $sale } has no Stripe payment recorded.
refund-error-not-paid = Sale { $sale } is { $state ->
        [awaiting_payment] awaiting payment
       *[other] { $state }
    }, not paid: only a paid sale can be refunded.
refund-error-offline = { $failure }, so nothing was refunded and nothing changed. Check the internet connection and try again.
refund-error-unconfirmed = Stripe did not answer ({ $failure }). The refund may or may not have been made: its amount is held, and Till asks again with the same key (Stripe never refunds twice for it) when you refund, refresh or reopen this sale.
refund-error-refused = Stripe refused the refund: { $failure }. Nothing was refunded.

## Cart, register and parked-sale refusals (the core: till-domain's cart.rs, register.rs, parked.rs)
sale-misc-line = Miscellaneous
register-error-open-price-zero = Type an amount more than zero.
register-error-not-open-price = { $name } has a fixed price: tap its tile to add it.
sale-manual-discount = Manual discount
register-error-discount-needs-owner = A manual discount needs the owner or a manager signed in at the till. Ask them to sign in (the owner with the owner PIN).
register-error-discount-reason = Say why the discount is given (1 to 200 characters): the sale's timeline keeps it.
register-error-discount-zero = Type a discount more than zero.
register-error-override-needs-owner = Changing a price needs the owner or a manager signed in at the till. Ask them to sign in (the owner with the owner PIN).
register-error-override-reason = Say why the price is changed (1 to 200 characters): the sale's timeline keeps it.
register-error-override-zero = Type a price more than zero. To give the item away, ask the owner about a discount.
register-error-override-recurring = { $name } is a membership: its price is the one its subscription bills. Change it in Stripe.
sale-discount = Discount
sale-tip-line = Tip
timeline-session-created-canceling = Stripe returned Checkout Session { $session }; expiring it to finish the cancel.
timeline-session-created = Checkout Session { $session } created; waiting for the customer.
timeline-session-refused-canceled = Stripe refused to create the Checkout Session ({ $reason }); nothing to expire, sale cancelled.
timeline-session-refused = Stripe refused to create the Checkout Session: { $reason }
timeline-declined = Card declined ({ $code }).
timeline-declined-message = Card declined ({ $code }): { $message }
timeline-three-d-secure = The customer is completing 3-D Secure.
timeline-paid = Paid { $amount }; PaymentIntent { $intent }.
timeline-completed-unpaid = Checkout completed with a payment method the bank confirms later.
timeline-completed-unpaid-intent = Checkout completed with a payment method the bank confirms later. PaymentIntent { $intent }.
timeline-delayed-paid = The delayed payment succeeded: paid { $amount }; PaymentIntent { $intent }.
timeline-delayed-failed = The delayed payment failed: { $reason }
timeline-expired-canceled = The Checkout Session is expired; sale cancelled.
timeline-expired = The Checkout Session expired before the customer paid.
timeline-cancel-requested = Staff cancelled the sale; asking Stripe to expire the Checkout Session.
timeline-cancel-confirmed = Stripe expired the Checkout Session as asked; sale cancelled.
timeline-cancel-too-late = The cancel came too late.
# $stripe, $expected: amounts in minor units (cents), as Stripe and the ledger give them.
timeline-amount-mismatch = Warning: Stripe's amount { $stripe } differs from the sale's card part { $expected }.
# Reconciliation's timeline entries (reconcile.rs). $session: a Checkout Session id; $status and
# $payment: Stripe's own status and payment_status codes, kept as Stripe writes them; $amount: an
# amount with its currency code; $intent: a PaymentIntent id.
timeline-reconcile-session = Checkout Session { $session } is { $status } / { $payment }
timeline-reconcile-session-amount = Checkout Session { $session } is { $status } / { $payment }, { $amount }
timeline-reconcile-session-intent = Checkout Session { $session } is { $status } / { $payment }, PaymentIntent { $intent }
timeline-reconcile-session-amount-intent = Checkout Session { $session } is { $status } / { $payment }, { $amount }, PaymentIntent { $intent }
# $state: a sale's state code, named inside a timeline sentence (English keeps the code, as the ledger always has;
# other languages name it as History does).
timeline-state = { $state }
# $state: timeline-state, $session: timeline-reconcile-session…, both already in words.
timeline-reconcile-corrected = Reconciliation: the ledger said { $state }, but { $session }. Corrected from Stripe.
# $register: the till's register id; $lines: a count.
timeline-reconcile-imported = Imported from Stripe by reconciliation: Checkout Session { $session } of register { $register }, { $lines } line(s), { $amount }.
# A member's timeline (members.rs, the owner's Members view): the ledger keeps the English.
# $status: Stripe's code of a subscription status, named mid-sentence.
member-timeline-status = { $status ->
        [active] active
        [trialing] trial
        [past_due] past due
        [unpaid] unpaid
        [canceled] canceled
        [incomplete] incomplete
        [incomplete_expired] expired
        [paused] paused
       *[other] { $status }
    }
# Stands for the plan's name when Stripe gave none.
member-timeline-a-membership = membership
# $plan: the plan's name; $status: member-timeline-status, already in words; $end: a date.
member-timeline-recorded = Membership recorded: { $plan }, { $status }.
member-timeline-recorded-until = Membership recorded: { $plan }, { $status }, current period ends { $end }.
# $from, $to: members-status, already in words.
member-timeline-status-changed = Status { $from } → { $to }.
member-timeline-past-due = The renewal payment failed; Stripe retries it. Ask the member to update their card.
member-timeline-ended = The membership has ended: access revoked.
member-timeline-cancel-scheduled = Set to end at the close of the period ({ $end }).
member-timeline-cancel-scheduled-no-date = Set to end at the close of the period (date unknown).
member-timeline-cancel-withdrawn = The scheduled cancellation was withdrawn.
member-timeline-period-ends = Current period now ends { $end }.
member-timeline-updated = Details updated.
# Stand for an invoice's id and amount when Stripe gave none.
member-timeline-an-invoice = an invoice
member-timeline-amount-not-given = amount not given
member-timeline-amount-unknown = an unknown amount
# $invoice: Stripe's invoice id; $amount: an amount with its currency; $reason: first, renewal or other.
member-timeline-invoice-paid = Invoice { $invoice } paid: { $amount } ({ $reason ->
        [first] first payment
        [renewal] renewal
       *[other] payment
    }).
member-timeline-invoice-failed = Invoice { $invoice }: the { $reason ->
        [first] first payment
        [renewal] renewal
       *[other] payment
    } of { $amount } failed. Stripe retries it; ask the member to update their card.
# $attempt: Stripe's count of attempts.
member-timeline-invoice-failed-attempt = Invoice { $invoice }: the { $reason ->
        [first] first payment
        [renewal] renewal
       *[other] payment
    } of { $amount } failed, attempt { $attempt }. Stripe retries it; ask the member to update their card.
timeline-charge-pressed = Charge pressed: { $lines } line(s), { $total }.
timeline-split-pressed = Split pressed: { $lines } line(s), { $total }; { $cash } in cash ({ $parts } part(s)), { $card } by card.
timeline-paid-cash = Paid in cash: { $tendered } tendered, { $change } change.
timeline-cash-rounding = Cash rounding { $rounding }.
timeline-price-override = Price of { $name } overridden from { $was } to { $now }: { $reason }.
timeline-manual-discount = Manual discount { $amount }: { $reason }.
timeline-promotion-code = The customer used promotion code { $code }: { $discount } off; Stripe charged { $charged } (asked { $asked }).
timeline-no-promotion-code = No promotion code was used.
timeline-refund-cash = Refunded { $amount } in cash from the drawer, asked by the owner.
timeline-refund = Refund { $refund } of { $amount }: { $status }.
timeline-refund-asked = Refund { $refund } of { $amount } asked by the owner: { $status }.
timeline-refund-failed = Refund { $refund } of { $amount }: { $status } ({ $why }).
# $state: timeline-state (the card part's), already in words.
timeline-split-voided = Voided after the card part { $state }: its cash given back from the drawer.
# $state: timeline-state (the card part's: canceled or expired); amounts with their currency code.
timeline-split-cash-balance = Card part { $state } ended; balance { $balance } taken in cash: { $tendered } tendered, { $change } change.
timeline-split-retried = Card retried as sale { $next }, which carries this sale's cash.
timeline-split-retry-created = Card retried for sale { $sale }: its cash carried over, the balance by card.
sale-promotion-code-discount = Code { $code }
cart-promotion-codes = Promotion code: the customer enters it on Stripe's page
# A recurring price's schedule (register tiles and cart lines). $count: how many intervals; $interval: day, week, month or year.
recurring-every = { $count ->
        [1] { $interval ->
            [day] day
            [week] week
            [month] month
           *[year] year
        }
       *[other] { $count } { $interval ->
            [day] days
            [week] weeks
            [month] months
           *[year] years
        }
    }
# $amount: the price; $every: recurring-every, already in words.
recurring-label = { $amount } / { $every }
# The cart's membership note. $every: recurring-every, already in words.
cart-membership = Membership, billed every { $every }
cart-error-coupon-and-promotion-codes = Stripe takes a coupon or a promotion code the customer types, not both. Take one off first.
cart-error-promotion-codes-need-card = The customer types a promotion code on Stripe's card page, so this sale can only be paid by card. Turn promotion codes off under Coupon to take cash.
checkout-error-promotion-codes-with-tip = Stripe would take a promotion code off the tip too. Take the tip off, or turn promotion codes off under Coupon.
checkout-error-promotion-codes-membership = A membership can't take a promotion code at the till. Turn promotion codes off under Coupon, or sell the membership on its own.
adjust-promotion-codes = Customer enters a promotion code
adjust-promotion-codes-detail = on Stripe's page
cart-tax-exclusive = { $name } { $rate }
cart-tax-inclusive = incl. { $name } { $rate }
cart-error-empty = The cart is empty. Add at least one item before charging.
cart-error-mixed-currency = This sale is in { $cart } but { $name } is priced in { $item }. One sale takes one currency: finish or clear this sale first.
cart-error-quantity-range = The quantity of { $name } must be between 1 and 999 (asked for { $quantity }).
cart-error-quantity-below-one = The quantity of { $name } can't go below 1. Use Remove to take it off the sale.
cart-error-too-many-lines = A sale can hold at most 100 different items. Charge this sale, then ring up the rest as a new one.
cart-error-line-not-found = That item is no longer in the cart. Refresh and try again.
cart-error-price-conflict = { $name } is already in the cart at a different price. Sync the catalog, then clear the sale and ring it up again.
cart-error-invalid-item = This item can’t be sold: its catalog data is damaged ({ $reason }). Sync the catalog, or fix the product in Stripe.
# $first, $other: the two items' names; $first_every, $other_every: recurring-every, already in words.
cart-error-mixed-schedules = { $first } bills every { $first_every } and { $other } every { $other_every }: one membership sale can have only one billing schedule. Sell them as two sales.
cart-error-too-many-memberships = A membership sale can hold at most 20 recurring items. Sell the rest as a second sale.
cart-error-membership-needs-card = A membership renews by card, so it can't be paid in cash. Charge it by card.
discounts-error-tax-name = A tax rate needs a name of 1 to 50 characters (VAT, Sales tax).
discounts-error-country = The country is two letters (DE, US), or empty.
discounts-error-jurisdiction = The jurisdiction is at most 50 characters (NY), or empty.
discounts-error-coupon-name = A coupon needs a name of 1 to 40 characters (it shows on the sale and the receipt).
discounts-error-coupon-value = A coupon takes off either a percentage (10) or an amount (5.00), more than zero. Fill in one of them.
discounts-error-coupon-max = The number of uses is at least 1, or empty for no limit.
pricing-error-empty = The sale has no items. Add an item first.
pricing-error-zero-quantity = A line has quantity 0. Remove the line or set a quantity of at least 1.
pricing-error-negative-price = A line has a negative price. Check the item's price in the catalog.
pricing-error-unknown-tax-rate = The tax rate { $id } is not known (it may have been archived). Refresh the catalog, or choose another tax rate for the product.
pricing-error-invalid-percent = “{ $input }” is not a percentage. Type a number from 0 to 100 with at most four decimals.
pricing-error-empty-coupon = The coupon { $coupon } takes off nothing. Choose another coupon.
pricing-error-coupon-currency = The coupon { $coupon } is for sales in { $coupon_currency }, and this sale is in { $sale_currency }. Choose a coupon in { $sale_currency } or a percentage coupon.
pricing-error-discount-exceeds-sale = The discount ({ $discount }) is more than the sale ({ $subtotal }). Choose a smaller discount or add the items first.
pricing-error-tip-currency = The tip is in { $tip_currency }, and this sale is in { $sale_currency }. Enter the tip in { $sale_currency }.
pricing-error-negative-tip = A tip can't be negative. Enter the tip without a minus sign, or choose No tip.
pricing-error-tip-too-large = The tip ({ $tip }) is more than the sale itself ({ $sale }). Check the tip; the most Till accepts is { $limit }.
pricing-error-total-too-large = The sale's total is over Stripe's maximum for one charge ({ $maximum }). Split the sale into smaller ones.
coupon-off = { $off } off
register-error-unknown-coupon = There is no coupon { $coupon } in the synced catalog. Sync the catalog, or choose one from the list.
register-error-coupon-expired = The coupon { $coupon } has expired or is used up at Stripe. Choose another coupon.
register-error-favourites-full = { $max ->
        [one] At most 1 product fits on the Favourites page; unpin one first.
       *[other] At most { $max } products fit on the Favourites page; unpin one first.
    }
register-error-favourite-twice = { $price } is on the Favourites page twice; keep it once.
register-error-favourite-unknown = There is no product with price { $price } in this register's currency. Sync the catalog and choose again.
register-error-no-product = There is no product with price { $price } in the catalog. Sync the catalog and try again.
register-error-unknown-code = No product has the barcode or SKU { $code }. Check the code or search by name.
register-error-park-empty = The cart is empty: there is nothing to park.
register-error-park-charging = This sale's payment is under way. Cancel the payment first, then park the sale.
register-error-busy = A sale is on the register. Charge, park or clear it before resuming another.
register-error-nothing-sold = Nothing parked as { $label } is sold any more. Drop it and ring up the sale again.
register-error-prices-changed = Since { $label } was parked: { $changes }. Resume it at today's prices, or leave it parked.
parked-changed-gone-short = { $name } is no longer sold
parked-changed-coupon-short = the coupon { $name } can no longer be used
parked-changed-adjustments-short = the discount, coupon or tip no longer fits the cart
parked-error-label-missing = Give the parked sale a label — the customer's name or a table — so it can be found again.
parked-error-label-invalid = { $max ->
        [one] A parked sale's label is at most 1 character on one line; shorten it.
       *[other] A parked sale's label is at most { $max } characters on one line; shorten it.
    }
parked-error-unreadable = The parked sale { $label } could not be read back ({ $error }). Drop it and ring it up again.
parked-error-gone = Parked sale { $id } is not parked at this till any more (resumed or dropped already). Refresh the list.

## Split, drawer and checkout refusals (the core: split.rs, drawer.rs, checkout.rs)
split-error-no-cash = A split needs a cash part. Type the cash the customer gives, or choose Card.
split-error-currency = The cash was counted in { $counted } but the sale is in { $currency }. Count it in { $currency }.
split-error-part-zero = Each cash part must be more than zero. Type what the customer hands over for it.
split-error-membership = A membership renews by card, so it can't be split with cash. Choose Card.
split-error-sale-not-split = Sale { $sale } is already a { $tender } sale. Finish or cancel it before splitting.
split-error-other-amounts = Sale { $sale } was already split with other amounts. Settle it (its panel shows the cash taken), or start a new sale.
split-error-not-split = Sale { $sale } is a { $tender } sale, not a split.
split-error-retried = Sale { $sale }'s card was already retried as sale { $next }, which carries its cash. Settle that sale instead.
split-error-settled = Sale { $sale } was already settled ({ $kind }). Nothing more to do; start a new sale.
split-error-card-open = Sale { $sale }'s card part is { $state ->
        [awaiting_payment] awaiting payment
       *[other] { $state }
    }: wait until the bank answers before settling it another way.
split-error-paid = Sale { $sale }'s card part was paid before it could be cancelled, so the sale stands. Refund it instead if the customer wants the money back.
split-error-unsettled = Sale { $sale } has cash taken and its card part did not pay. Retry the card, take the balance in cash, or void it before starting over.
drawer-error-sale-is-card = Sale { $sale } is already being paid by card. Cancel it on the checkout panel before taking cash.
drawer-error-move-zero = Type the amount put in or taken out (more than zero).
drawer-error-move-reason = Say why the cash goes in or out (up to 200 characters), e.g. “change from the bank”.
drawer-error-over-drawer = The drawer should hold only { $expected }; { $amount } can't be paid out of it. Check the amount.
drawer-error-closed = The drawer of till { $till } is not open, so there is no shift to report on. Open it with its float first.
drawer-error-count-missing = Count the cash in the drawer before closing (type how many of each coin and note, or the total). A drawer with no cash is counted as 0.
drawer-error-no-z-report = This till has no Z report { $number }. List them with tillctl drawer z.
checkout-error-tip-membership = A membership can't take a tip. Take the tip off, or sell the membership on its own.
checkout-error-coupon-with-tip = This coupon has a limit at Stripe, so it can't go on a card sale with a tip: Stripe would take it off the tip too. Take the tip off, or take the sale in cash or split.
checkout-error-email-required = A membership needs the customer's email (Stripe sends receipts and renewal notices there, and staff look members up by it). Ask for it and type it in the email field.
checkout-error-split-too-small = Sale { $sale }'s card part { $amount } is under Stripe's minimum ({ $refused }). Take the balance in cash.
checkout-error-other-items = Sale { $sale } was already charged with other items. Start a new sale for this cart.
checkout-error-not-created = { $failure }. The sale is saved; press Retry (or restart Till) and it continues with the same request, so the customer is never charged twice.
checkout-error-create-refused = { $failure }. The sale was marked failed; nothing was charged.

## History's filter and report refusals (the core: history.rs)
history-error-date-range = The date range ends ({ $to }) before it starts ({ $from }). Swap the dates.
history-error-status = { $status } is not a sale status. Use one of: { $states }.
history-error-register = A register id is at most 200 characters.
history-error-staff = A staff id is at most 200 characters (staff_…).
history-error-search-long = A search is at most 200 characters. Search for one name, email or id.
history-error-search-empty = Type letters or digits to search: a product name, an email, or a sale, session or PaymentIntent id.
history-error-cursor = The page position is not valid; start again from the first page.
history-error-period = { $period } is not a report period: use day, week or month.
history-error-report-range = The report ends ({ $to }) before it starts ({ $from }). Swap the dates.
history-error-report-days = { $max ->
        [one] A report covers at most 1 day; choose a shorter range.
       *[other] A report covers at most { $max } days; choose a shorter range.
    }

## Cash tender and count refusals (till-domain's tender.rs)
tender-error-currency = The cash was counted in { $counted } but the sale is in { $currency }. Count it in { $currency }.
tender-error-negative = The amount tendered can't be negative. Type what the customer handed over.
tender-error-too-large = That amount tendered is over the largest amount Till takes. Check the amount typed.
tender-error-short = { $tendered } tendered is { $short } short of { $due }. Take more cash, or take the rest by card with Split.
tender-error-count-negative = A counted amount can't be negative. Count the drawer again.
tender-error-denomination = { $denomination } is not a coin or note of { $currency }. Count with the denominations shown.
tender-error-pieces-negative = A count of coins or notes can't be negative. Count the drawer again.
tender-error-count-too-large = That count is larger than any drawer holds. Check the numbers typed.
tender-error-split-no-cash = A split needs a cash part. Type the cash the customer gives, or choose Card.
tender-error-covers-total = { $cash } in cash covers the whole { $total }. Choose Cash instead of Split.
tender-error-balance-too-small = The card would be charged { $card }, and Stripe's minimum is { $minimum }. Take { $most } or less in cash, or all of it in cash. ({ $refused })

## Amount refusals (till-domain's money.rs)
money-error-unknown-currency = “{ $input }” is not a currency Stripe can charge in. Use a three-letter code such as USD or EUR.
money-error-unknown-locale = “{ $input }” is not a supported display language. Choose one of en-US, en-GB, de-DE, fr-FR, es-ES or ja-JP.
money-error-invalid = “{ $input }” is not an amount. { $hint }
money-hint-example = Type an amount, for example { $example }.
money-hint-comma = Type it with a comma before the cents, for example 29,50 or 1.234,50.
money-hint-point = Type it with a point before the cents, for example 29.50 or 1,234.50.
money-error-negative = “{ $input }” is negative. Type the amount without a minus sign.
money-error-decimals = { $allowed ->
        [0] { $currency } amounts are whole numbers. Type the amount without decimals.
        [one] { $currency } amounts have at most 1 decimal. Check the amount.
       *[other] { $currency } amounts have at most { $allowed } decimals. Check the amount.
    }
money-error-too-small = { $amount } is below Stripe's minimum charge of { $minimum }. Add items to reach the minimum, or take another form of payment.
money-error-too-large = The amount is over Stripe's maximum for one charge ({ $maximum }). Split the sale into smaller ones.
money-error-precision = Stripe charges { $currency } only in steps of { $step }, and { $amount } is not one. Adjust the amount.
money-error-mixed-currency = Amounts in { $expected } and { $found } can't be added together. Keep one currency per sale.

## The catalog editor's refusals (the core: catalog_admin.rs)
catalog-error-draft-id = The form's draft id is not valid; reopen the form and try again.
catalog-error-name = A product needs a name of 1 to 250 characters.
catalog-error-description = The description is at most 500 characters.
catalog-error-price-zero = A price must be more than zero.
catalog-error-interval = { $interval } is not a billing interval: use day, week, month or year, or leave it empty for a one-time price.
catalog-error-field-long = The { $field } is at most 100 characters.
catalog-error-barcode = A barcode is letters, digits and dashes only (what the scanner types).
catalog-error-unconfirmed = { $failure } Press the button again: Till resends request { $request } with the same keys, so Stripe never creates it twice.
catalog-error-conflict = This form was already sent with other values. Reopen the form to create another product.
catalog-error-product-id = { $id } is not a product id (prod_…).

## Settings' refusals and explanations (the core: settings.rs, phone.rs; till-print's setting.rs)
settings-error-register-name = The register name must be 1 to { $max } characters, e.g. "Front counter".
settings-error-currency = { $error } Choose a currency from the list.
settings-error-locale = { $error } Choose a display locale from the list.
settings-error-language = Till does not speak the language “{ $tag }”. Choose a language from the list.
settings-error-timeout = The on-screen checkout timeout must be 1 to { $max } minutes (Stripe's payment page lives 31 minutes; Till cancels before that).
settings-error-tip-preset = “{ $preset }” is not a tip preset: give whole percentages from 1 to { $max }, separated by commas (10, 15, 20).
settings-error-tip-repeated = { $preset } % is among the presets twice. Give each percentage once.
settings-error-tip-count = At most { $max } tip presets fit the Tip dialog. Remove some.
settings-error-cancel-url = The cancel URL must be a web address starting with https:// (or http:// for this computer), e.g. https://shop.example/thanks. Leave it empty to use Till's own page.
settings-error-print-mode = “{ $input }” is not a choice for printing receipts. Choose auto (print when paid), ask (print when staff press Print) or never.
settings-error-shop-field = The { $field ->
        [name] shop name
        [tax-id] tax id
       *[phone] phone number
    } must be one line of at most { $max } characters (the width of an 80 mm receipt).
settings-error-shop-lines = The { $field ->
        [address] shop address
       *[footer] receipt footer
    } may have at most { $lines } lines of at most { $max } characters each.
settings-error-copies = Copies must be a number from 1 to { $max }.
# $port: what Settings hold, quoted.
settings-error-return-port-stored = The return page port { $port } in Settings is not a port number.
phone-explain-page = The web page a customer's phone opens after paying (your shop's own public https page; {"{"}CHECKOUT_SESSION_ID{"}"} is replaced by the payment's id); empty: Till's own page, which only this computer's browser can open.
phone-explain-lan = Training mode only: serves the training payment page on this computer's network address, with a secret token in every link, so staff can scan the QR code with a real phone (test cards only, no real money).
phone-page-refused = The after-payment page { $why }. Enter your shop's public web page, e.g. https://shop.example/thanks (it may contain {"{"}CHECKOUT_SESSION_ID{"}"}), or leave it empty.
phone-page-too-long = is longer than { $max } characters
phone-page-spaces = contains spaces or line breaks
phone-page-not-https = must start with https:// (a customer's phone opens it after paying)
phone-page-user = must not contain a user name or password
phone-page-bad-host = has a malformed host name
phone-page-bad-port = has a malformed port
phone-page-no-host = has no host name
phone-page-local = points at this computer, which a customer's phone cannot reach
printer-setting-connection-missing = Type the printer's connection: its network address (192.168.1.50), a device (/dev/usb/lp0) or a CUPS queue (cups:QUEUE).
printer-setting-bad-connection = "{ $input }" is not a printer connection. Type a network printer's address (192.168.1.50 or 192.168.1.50:9100), a device or file (/dev/usb/lp0), or a CUPS queue (cups:QUEUE).
printer-setting-bad-paper = "{ $input }" is not a paper width Till prints on. Choose 58 (32 columns) or 80 (48 columns).
printer-setting-bad-code-page = "{ $input }" is not a code page Till knows. Choose pc858 (Western Europe with €, the usual), pc437, wpc1252, or shift-jis-kanji (Japanese printers with Kanji).
printer-setting-bad-drawer-pin = "{ $input }" is not a drawer connector. Choose 2 (the usual) or 5 (a second drawer).

## Key, webhook secret and membership refusals (the core: keys.rs, members.rs)
keys-error-empty = No key was entered. Paste a restricted key (rk_test_… or rk_live_…, recommended) or a secret key (sk_…). Copy it from Stripe Dashboard → Developers → API keys.
keys-error-publishable = This is a publishable key (pk_…): it cannot create payments. Till needs a restricted key (rk_…, recommended) or a secret key (sk_…). Copy it from Stripe Dashboard → Developers → API keys.
keys-error-webhook-secret-as-key = This is a webhook signing secret (whsec_…), not an API key: enter it under Webhook signing secret.
keys-error-not-a-key = This is not a Stripe API key: it should start with rk_test_, rk_live_, sk_test_ or sk_live_. Copy it from Stripe Dashboard → Developers → API keys.
keys-error-incomplete = This key is incomplete or contains spaces or characters Stripe keys never have. Copy it from Stripe Dashboard → Developers → API keys.
keys-error-webhook-empty = No webhook signing secret was entered. It starts with whsec_: `stripe listen` prints it, and each webhook endpoint shows its own in Stripe Dashboard → Developers → Webhooks.
keys-error-webhook-malformed = This is not a webhook signing secret. It starts with whsec_: `stripe listen` prints it, and each webhook endpoint shows its own in Stripe Dashboard → Developers → Webhooks.
keys-error-live-confirmation = This is a live key: real cards will be charged. Confirm that you mean live mode (type LIVE in Settings, or pass --confirm-live to tillctl).
keys-error-unsendable = This key contains characters that cannot be sent to Stripe.
keys-error-mode-mismatch = Stripe returned { $seen } objects for this { $mode } key. Nothing was stored; check that the key is the one you meant.
keys-error-missing-permissions = This restricted key lacks permissions Till needs: { $missing }. In Stripe Dashboard → Developers → API keys, edit the key ({ $key }), set { $settings }, save, and enter the key again. Nothing was stored.
keys-permission-for = { $permission } to { $purpose }
keys-error-rejected = Stripe refused this key ({ $key }): it is mistyped, was rolled, or was deleted. Copy it again from Stripe Dashboard → Developers → API keys. Nothing was stored.
keys-error-unreachable = Till could not reach Stripe to check the key: this computer seems to be offline, or a firewall blocks Stripe. Check the internet connection and try again. Nothing was stored.
keys-error-check-failed = Stripe could not check the key: { $failure }. Nothing was stored; try again in a moment.
keys-problem-stored-malformed = The keyring holds something for Till's Stripe key that is not a Stripe key. Replace it or remove it.
keys-problem-keyring-unavailable = The keyring ({ $keyring }) where Till keeps the Stripe key could not be used. { $fix } Till keeps running in training mode meanwhile; the key is never stored anywhere else.
keys-problem-keyring-locked = The keyring ({ $keyring }) is locked or refused Till access to the Stripe key. { $fix } Till keeps running in training mode meanwhile; the key is never stored anywhere else.
keys-fix-unavailable-linux = Till needs a Secret Service keyring in your desktop session: install and start one (GNOME Keyring: `sudo apt install gnome-keyring`, then log out and in; KDE: enable KWallet’s Secret Service), then restart Till.
keys-fix-unavailable-macos = Check that the login Keychain exists (Keychain Access) and try again.
keys-fix-unavailable-windows = Check that the Credential Manager service is running and try again.
keys-fix-locked-linux = Unlock it (open Passwords and Keys, or log in to the desktop so it unlocks) and allow Till access when asked, then try again.
keys-fix-locked-macos = Unlock the login Keychain (Keychain Access) and allow Till when macOS asks, then try again.
keys-fix-locked-windows = Sign in to Windows with your own account (the Credential Manager is per user) and try again.
app-error-ledger-failed = Till’s sales ledger on this computer failed. Try again; if it keeps failing, restart Till and check that the disk has free space. ({ $detail })
keys-warning-live-secret = This is a live secret key: it can do anything in your Stripe account. Stripe recommends a restricted key for apps like Till. In Stripe Dashboard → Developers → API keys, create a restricted key with { $permissions } (Refunds: Write only if this till refunds; Products and Prices: Write only to create products from Till) and everything else None, then replace this key.
keys-warning-optional-missing = This key lacks { $missing }. Till works without { $count ->
        [one] it
       *[other] them
    }.
members-error-status = { $status } is not a membership status. Use one of: all, { $statuses }.
members-error-empty-email = Type the member's email address to look them up.
members-error-unknown = There is no member with subscription { $subscription } in this mode. Refresh the list.
members-error-not-subscription = Stripe's answer for { $subscription } was not a subscription.
members-error-already-canceled = This membership has already ended; there is nothing to cancel.
members-error-cancel-failed = Stripe did not cancel the membership: { $failure } Nothing was changed; try again.
members-error-cancel-unconfirmed = Stripe's answer does not show the cancellation; check the subscription in the Stripe Dashboard.

## An email, a sale id, the cash rounding setting, History's export files (email.rs, checkout.rs, tender.rs, history.rs)
email-error-invalid = { $email } is not an email address. Check it and type it again.
checkout-error-sale-id = { $id } is not a sale id (sale_ and 8 to 40 letters or digits).
# $session: live or test (the session Stripe returned); $mode: training, test or live (Till's).
checkout-error-livemode = Stripe returned a { $session } session while Till is in { $mode } mode; test and live payments are never mixed. Check the Stripe key in Settings.
checkout-error-kept-changing = Sale { $sale } kept changing while Till recorded an update; try again.
checkout-error-no-idempotency-key = Sale { $sale } has no stored idempotency key; it was not created by Till's charge.
tender-error-rounding = “{ $input }” is not a cash rounding step. Type none, or the smallest amount cash is paid in, such as { $example }.
history-error-csv-write = Writing the CSV file failed: { $error }. Check that the folder is writable and the disk has room.
history-error-export-name = { $path } is not a file name.
history-error-export-file = Could not { $doing } { $path }: { $error }. Choose a folder you can write to.
history-error-export-folder = Could not create the export folder { $path }: { $error }. Set { $variable } to a folder you can write to.

## Dates and modes the window sends (till-domain's calendar.rs, mode.rs)
date-error-not-on-calendar = { $date } is not a date on the calendar.
date-error-year = The year { $year } is outside what Till handles (1900 to 9999).
date-error-form = { $input } is not a date: use YYYY-MM-DD, for example 2025-03-01.
mode-error-unknown = Unknown mode { $mode }: use training, test or live.

## Receipts and the receipt printer's failures (the core: receipts.rs; till-print's error.rs)
receipt-error-not-paid = Sale { $sale } is not paid (it is { $state }): only a paid sale has a receipt.
receipt-error-no-printer = No receipt printer is set. Set one in Settings → Receipts (e.g. 192.168.1.50:9100), or show the receipt on screen.
receipt-error-print-failed = { $failure } The sale is recorded; printing did not change it.
receipt-error-kick-failed = The cash drawer did not open. { $failure } { $reason ->
        [no_sale] The no sale is recorded
       *[cash_sale] The sale is recorded
    } and stays as it is; open the drawer with its key.
printer-error-refused = The printer "{ $printer }" at { $address } refused the connection. Check that it is switched on and that its address and port (usually 9100) in Settings are right, then reprint from History.
printer-error-unreachable = The printer "{ $printer }" at { $address } cannot be reached ({ $detail }). Check its network cable or Wi-Fi and its address in Settings, then reprint from History.
printer-error-timeout = The printer "{ $printer }" did not answer within { $after } while { $stage ->
        [connect] connecting
        [write] sending the receipt
       *[queue] handing the job to CUPS
    }. Check that it is on, has paper and its cover is closed, then reprint from History.
printer-error-closed = The printer "{ $printer }" closed the connection after { $sent } of { $total } bytes: the receipt is incomplete. Check the paper and the cover, then reprint from History.
printer-error-out-of-paper = The printer "{ $printer }" is out of paper or its cover is open. Load a new roll, close the cover, then reprint from History.
printer-error-device = The printer "{ $printer }" cannot be used through { $path }: { $detail }
printer-error-cups = The printer "{ $printer }" (CUPS queue { $queue }) did not take the job: { $detail }
printer-error-encode = Till could not prepare the receipt for the printer "{ $printer }" ({ $detail }). This is a bug in Till: please report it. The sale is recorded.

## The customer's screen's and test cards' refusals (the core: customer.rs, testcards.rs)
customer-error-welcome = The welcome line may have at most { $max } characters on one line.
customer-error-monitor = That monitor name cannot be stored; choose the monitor again.
testcards-error-live = Test cards only work in test and training mode; Till is using a live key, so no test run was started.
testcards-error-unknown = { $card } is not one of Stripe's test cards listed in Till.

## Stripe not reached or refusing, in Till's words around Stripe's own (till-stripe's lib.rs)
stripe-failure-network = Stripe could not be reached ({ $error })
stripe-failure-timeout = Stripe did not answer in time
stripe-failure-no-message = no message
stripe-failure-api = Stripe answered { $status }{ $kind }: { $message }
stripe-failure-decode = Stripe's answer could not be read ({ $error })
stripe-failure-sentence = { $failure }.
stripe-failure-advice = { $failure }. { $advice }
stripe-advice-network = Check the internet connection and try again; nothing was lost.
stripe-advice-key = The Stripe key was refused: check it in Settings.
stripe-advice-permission = The restricted key lacks a permission Till needs: see Settings.
stripe-advice-busy = Stripe is busy; try again in a moment.

## The lock screen and staff (lock.js, staff.js)
lock-title = Who is at the till?
lock-pin-input =
    .aria-label = PIN
lock-clear =
    .aria-label = Delete the last digit
lock-sign-in = Sign in
lock-back = Someone else (Esc)
lock-button = Lock
    .title = Lock the till: the next person signs in with their PIN (F11)
lock-signed-in = { $name } · { $role }
lock-pin-for = PIN for { $name }
staff-tab = Staff
staff-new = New staff member
staff-name = Name
staff-role = Role
staff-role-staff = Staff
staff-role-manager = Manager
staff-role-owner = Owner
staff-pin = PIN (4–6 digits)
staff-add = Add
staff-auto-lock = Lock the till after no touch for
staff-auto-lock-1 = 1 minute
staff-auto-lock-2 = 2 minutes
staff-auto-lock-5 = 5 minutes
staff-auto-lock-10 = 10 minutes
staff-auto-lock-30 = 30 minutes
staff-auto-lock-never = Never
staff-auto-lock-secs = { $secs } seconds
staff-list-title = Staff
staff-empty = No staff yet: the till works without sign-in. Once someone is added, it asks who is there.
staff-archived = archived
staff-role-of = Role of { $name }
staff-new-pin = New PIN
staff-new-pin-for = New PIN for { $name }
staff-save-pin = Save PIN
staff-archive = Archive
staff-archive-title = Archive { $name }?
staff-archive-text = They can no longer sign in. What they did keeps their name.
staff-keep = Keep

## PINs and the permission table, worded by the core (owner.rs, staff.rs)
staff-error-till-locked = The till is locked. Sign in with your PIN first.
staff-error-role = A role is staff, manager or owner. Choose one of those three.
staff-error-name = A staff name is 1 to { $max } characters (letters, digits, spaces, punctuation).
staff-error-pin = A staff PIN is 4 to 6 digits (0–9), nothing else.
staff-error-name-taken = There is already a staff member called { $name }. Choose another name (or archive the other one first).
staff-error-unknown = There is no staff member { $id }. `tillctl staff list` shows who there is.
staff-error-archived = { $name } ({ $id }) is archived and can no longer sign in or be changed. Add them again if they are back.
staff-error-auto-lock = Auto-lock is between { $min } seconds and { $hours } hours, or never (0).
owner-error-pin-form = The owner PIN is 4 to 12 digits (0–9), nothing else.
owner-error-pin-not-set = No owner PIN is set yet. Choose one first.
owner-error-current-pin = Type the current PIN to change it.
owner-error-locked = This needs the owner PIN: staff can sell and see the last sales only.
pin-error-wrong = { $left ->
    [one] Wrong PIN. 1 more try before Till makes you wait.
   *[other] Wrong PIN. { $left } more tries before Till makes you wait.
}
pin-error-wait = Wrong PIN. Try again in { $secs } s.
pin-error-locked = Too many wrong PINs. Try again in { $secs } s.
staff-error-not-allowed = { $doing } needs { $who }. Ask one to sign in with their PIN, then try again.
staff-who-staff = any staff member
staff-who-manager = a manager or the owner
staff-who-owner = the owner
staff-doing-sell = Selling
staff-doing-cash-sale = Taking cash
staff-doing-refund = Refunding
staff-doing-return = Taking back items
staff-doing-paid-in = Paying in
staff-doing-paid-out = Paying out
staff-doing-no-sale = Opening the drawer without a sale
staff-doing-close-drawer = Closing the drawer
staff-doing-override = Overriding a price or giving a discount
staff-doing-settings = Changing settings
staff-doing-catalog = Changing the catalog
staff-doing-manage-staff = Managing staff
history-cashier = Cashier
history-any-cashier = All
history-cashier-archived = { $name } (archived)

## Training mode's payment page: the simulator's hosted checkout (crates/stripe-sim's
## hosted.rs), in the session's Checkout `locale` as Stripe's own page is. The card errors are
## Stripe's customer-facing messages (the API's JSON keeps them in English).
sim-test-mode = Test mode
sim-error-title = Something went wrong
sim-not-found = The page you were looking for could not be found. Please check the URL or contact the merchant.
sim-return-to-merchant = Return to the merchant
sim-thanks-subscribing = Thanks for subscribing
sim-subscription-active = Your subscription is active.
sim-thanks-payment = Thanks for your payment
sim-payment-complete = Your payment is complete.
sim-processing-title = Payment processing
sim-processing = Your payment is being processed; the merchant will be notified when it completes.
sim-expired-title = This checkout session has expired
sim-expired = The payment page is no longer available. Please return to the merchant to start again.
sim-interval-day = { $count ->
    [1] day
   *[other] { $count } days
}
sim-interval-week = { $count ->
    [1] week
   *[other] { $count } weeks
}
sim-interval-month = { $count ->
    [1] month
   *[other] { $count } months
}
sim-interval-year = { $count ->
    [1] year
   *[other] { $count } years
}
sim-one-time = (one-time)
sim-quantity = Qty { $quantity } × { $unit }
sim-subtotal = Subtotal
sim-discount = Discount ({ $label })
sim-tax = Tax
sim-promotion-code = Add promotion code
sim-apply = Apply
sim-back = ← Back
sim-heading-pay = Pay Till Simulator
sim-heading-subscribe = Subscribe to { $name }
sim-total-due = Total due
sim-total-due-today = Total due today
sim-email = Email
sim-card-information = Card information
sim-expiry = Expiry
sim-expiry-placeholder = MM / YY
sim-cvc = CVC
sim-cardholder-name = Cardholder name
sim-pay = Pay { $amount }
sim-book = Book { $amount }
sim-donate = Donate { $amount }
sim-subscribe = Subscribe
sim-title-subscribe = Subscribe { $amount }
sim-note = Simulated checkout. Use a Stripe test card, e.g. 4242 4242 4242 4242 with any future expiry and any CVC.
sim-3ds-title = 3D Secure authentication
sim-3ds-heading = 3D Secure 2 Test Page
sim-3ds-text = Complete or fail this test authentication of { $amount }.
sim-3ds-complete = Complete
sim-3ds-fail = Fail
sim-index = A Stripe-compatible simulator. API base URL: { $base }. Checkout pages live under { $path }; see the crate README for the API and test helpers.
sim-error-card-declined = Your card was declined.
sim-error-insufficient-funds = Your card has insufficient funds.
sim-error-expired-card = Your card has expired.
sim-error-incorrect-cvc = Your card's security code is incorrect.
sim-error-processing = An error occurred while processing your card. Try again in a little bit.
sim-error-incorrect-number = Your card number is incorrect.
sim-error-live-card = Your card was declined. Your request was in test mode, but used a non test (live) card. For a list of valid test cards, visit: https://stripe.com/docs/testing.
sim-error-3ds-failed = We are unable to authenticate your payment method. Please choose a different payment method and try again.
sim-error-number-incomplete = Your card number is incomplete.
sim-error-expiry-incomplete = Your card's expiration date is incomplete.
sim-error-expiry-past = Your card's expiration year is in the past.
sim-error-cvc-incomplete = Your card's security code is incomplete.
sim-error-email-incomplete = Your email is incomplete.
sim-error-code-invalid = This code is invalid.
