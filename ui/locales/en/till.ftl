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
app-shortcuts = / search · F9 charge · F7 open again · F8 cancel · F4 clear · F2 member lookup
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
products-loading = Loading the catalog…

## The register: the cart.

cart-title = Current sale
cart-clear = Clear
    .title = Clear the cart (F4)
cart-empty = The cart is empty. Tap a product or scan a barcode to add it.
cart-total = Total
cart-email = Customer email (optional)
cart-email-membership = Membership — customer email required
cart-email-input =
    .aria-label = Customer email
    .placeholder = customer@example.com

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
refund-no = Don't refund
refund-sent = Refund sent to Stripe.
