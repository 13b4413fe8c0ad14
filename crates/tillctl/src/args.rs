//! Command-line parsing: one `clap` (derive) parser for every command, the owner's included,
//! behind a scan that refuses a Stripe key typed as an argument before `clap` sees it (its
//! error messages repeat what was typed).

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};
use till_core::catalog_admin::ProductInput;
use till_core::discounts::{CouponInput, TaxRateInput};
use till_core::history::{HistoryFilter, Period};

use crate::owner::{OwnerCommand, RefundTender};

/// What follows the generated help of `tillctl --help`.
const AFTER_HELP: &str = "\
Exit codes: 0 done; 1 failed (with --json, the error as {\"error\": {\"code\", \"message\"}} on stdout);
2 the command line is wrong (or holds a key); 3 not paid (watch) or no membership grants access
(member); 4 timed out (watch).

Keys: the key comes from STRIPE_SECRET_KEY (for scripts) if set, else from the OS keyring
(`tillctl key set` or Till's Settings), else training mode against Till's built-in simulator on
127.0.0.1:47312. A key is never accepted as an argument: pipe it on stdin. TILL_KEYRING_SERVICE
names the keyring service (default app.till.pos).

Owner commands (history, sale, totals, report, summary, export, refund, product, generate,
members, owner, staff) ask for the owner PIN when one is set: TILL_OWNER_PIN, else a line on stdin.
--staff ID signs a staff member in first (TILL_STAFF_PIN, else a line on stdin): what the
command records names them, and their role must allow it.
`member EMAIL` needs no PIN. TILL_LOG sets what is logged to stderr (default warn).

Run `tillctl COMMAND --help` for a command's options.";

/// Till's sale use cases from the command line.
#[derive(Debug, Parser)]
#[command(name = "tillctl", after_help = AFTER_HELP)]
struct Cli {
    /// Machine-readable output (one JSON value)
    #[arg(long, global = true, help_heading = "Global options")]
    json: bool,
    /// The data folder [default: TILL_DATA_DIR or the platform's]
    #[arg(
        long,
        global = true,
        value_name = "DIR",
        allow_hyphen_values = true,
        help_heading = "Global options"
    )]
    data_dir: Option<PathBuf>,
    /// Talk to this Stripe-compatible API [default: TILL_STRIPE_API_BASE]
    #[arg(
        long,
        global = true,
        value_name = "URL",
        allow_hyphen_values = true,
        help_heading = "Global options"
    )]
    api_base: Option<String>,
    /// Do it as this staff member (their PIN: TILL_STAFF_PIN, else a line on stdin); what is
    /// recorded names them, and their role must allow it
    #[arg(
        long,
        global = true,
        value_name = "STAFF_ID",
        allow_hyphen_values = true,
        help_heading = "Global options"
    )]
    staff: Option<String>,
    #[command(subcommand)]
    command: Option<Top>,
}

#[derive(Debug, Subcommand)]
enum Top {
    /// Products and prices: sync them from Stripe, list the cache
    #[command(subcommand)]
    Catalog(CatalogCommand),
    /// Record a sale and create its Checkout Session (does not wait)
    ///
    /// Record a sale and create its Checkout Session; prints the sale id, session id and URL
    /// (does not wait: see `tillctl watch`). The catalog is synced first when the cache is empty.
    #[command(group(
        clap::ArgGroup::new("adjustment")
            .args(["discount", "overrides"])
            .multiple(true)
    ))]
    Charge {
        /// A price id, times a quantity: price_…x3 (see `tillctl catalog list`)
        #[arg(required = true, value_name = "PRICE_ID[xQTY]", value_parser = parse_item)]
        items: Vec<Item>,
        /// The customer's email (needed for a membership)
        #[arg(long, value_name = "EMAIL", allow_hyphen_values = true)]
        email: Option<String>,
        /// Paid in cash: the amount tendered (the drawer must be open); prints the change
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        cash: Option<String>,
        /// Split: a cash part (repeat for several; the drawer must be open), the balance by
        /// card through a Checkout Session
        #[arg(
            long,
            value_name = "CASH_AMOUNT",
            allow_hyphen_values = true,
            conflicts_with = "cash"
        )]
        split: Vec<String>,
        /// A Stripe coupon for the sale (see `tillctl coupons list`)
        #[arg(long, value_name = "COUPON_ID", allow_hyphen_values = true)]
        coupon: Option<String>,
        /// A tip: an amount (2.50) or a percentage of the sale (15%)
        #[arg(long, value_name = "AMOUNT|P%", allow_hyphen_values = true)]
        tip: Option<String>,
        /// Let the customer type a promotion code on Stripe's page (card sales; not with
        /// --coupon or --discount)
        #[arg(long, conflicts_with_all = ["coupon", "discount", "cash", "split"])]
        promo_codes: bool,
        /// A manual discount: an amount (2.50) or a percentage of the lines (10%); needs the
        /// owner (the owner PIN) or a manager (--staff), and --reason
        #[arg(
            long,
            value_name = "AMOUNT|P%",
            allow_hyphen_values = true,
            requires = "reason"
        )]
        discount: Option<String>,
        /// A line's unit price set at the till: price_…=AMOUNT (repeat for several lines);
        /// needs the owner (the owner PIN) or a manager (--staff), and --reason
        #[arg(
            long = "override",
            value_name = "PRICE_ID=AMOUNT",
            value_parser = parse_override,
            requires = "reason"
        )]
        overrides: Vec<(String, String)>,
        /// Why the manual discount is given or the price changed (kept in the sale's timeline)
        #[arg(
            long,
            value_name = "TEXT",
            allow_hyphen_values = true,
            requires = "adjustment"
        )]
        reason: Option<String>,
    },
    /// The cash drawer: open with a float, paid in / out, no sale, X report, close (Z report)
    #[command(subcommand)]
    Drawer(DrawerArgs),
    /// Parked sales of this till: list, park a cart, drop one, resume one and charge it
    #[command(subcommand)]
    Park(ParkArgs),
    /// Wait for a final state; exit 0 only when paid (3: expired, cancelled or failed; 4: timed out)
    Watch {
        sale_id: String,
        /// Give up after S seconds (exit 4)
        #[arg(long, value_name = "S", value_parser = seconds, allow_hyphen_values = true)]
        timeout: Option<u64>,
    },
    /// Expire the session at Stripe, then record the outcome
    Cancel { sale_id: String },
    /// A split sale: show it, or settle a card part that did not pay
    ///
    /// Without a flag, shows the sale's cash parts, card part and what can be done. A card part
    /// still open is cancelled at Stripe before --balance-cash or --void.
    Split {
        sale_id: String,
        /// Retry the card: a new sale carrying the cash, with a new payment page
        #[arg(long, conflicts_with_all = ["balance_cash", "void"])]
        retry_card: bool,
        /// Take the balance in cash: the amount tendered (prints the change)
        #[arg(
            long,
            value_name = "TENDERED",
            allow_hyphen_values = true,
            conflicts_with = "void"
        )]
        balance_cash: Option<String>,
        /// Void the sale: its cash goes back to the customer (recorded)
        #[arg(long)]
        void: bool,
    },
    /// A paid sale's receipt: as text (the default), printed, or as ESC/POS bytes
    ///
    /// The receipt number is given on the sale's first receipt and kept; --copy marks a reprint.
    /// --print uses the printer in Settings (Receipts); a failing printer never changes the sale.
    Receipt {
        sale_id: String,
        /// A gift receipt: what was bought, no amounts
        #[arg(long, conflicts_with = "refund")]
        gift: bool,
        /// A refund receipt: the refunds given
        #[arg(long)]
        refund: bool,
        /// A reprint, marked as a copy
        #[arg(long)]
        copy: bool,
        /// Print it on the printer in Settings
        #[arg(long, conflicts_with_all = ["text", "escpos"])]
        print: bool,
        /// Show it as text, 48 columns (the default)
        #[arg(long, conflicts_with = "escpos")]
        text: bool,
        /// Write the ESC/POS bytes the printer would get into FILE
        #[arg(long, value_name = "FILE")]
        escpos: Option<PathBuf>,
    },
    /// The receipt printer in Settings
    #[command(subcommand)]
    Printer(PrinterCommand),
    /// The newest sales of the current mode (of one till)
    Sales {
        /// Only sales in this state (paid, expired, ...)
        #[arg(long, value_name = "S", allow_hyphen_values = true)]
        status: Option<String>,
        /// How many
        #[arg(long, value_name = "N", default_value_t = 20, value_parser = number::<usize>, allow_hyphen_values = true)]
        limit: usize,
        /// Only this till's sales
        #[arg(long, value_name = "ID", allow_hyphen_values = true)]
        register: Option<String>,
    },
    /// Resume every unfinished sale (what Till does on start)
    Recover,
    /// Stripe's test cards, what each should do, and the last runs
    Testcards {
        #[command(subcommand)]
        action: Option<TestcardsCommand>,
    },
    /// Stripe's events: poll them, list those received
    #[command(subcommand)]
    Events(EventsCommand),
    /// Compare the period's Checkout Sessions with the ledger and correct it
    ///
    /// Compare the period's Checkout Sessions with the ledger: import missing sales (every
    /// till's with --all-registers), correct differing states, report the changes. Without
    /// --since, the sweep Till runs at start.
    Reconcile {
        /// The period's start: YYYY-MM-DD (UTC), YYYY-MM-DDTHH:MM:SSZ or Unix seconds
        #[arg(long, value_name = "DATE", value_parser = date, allow_hyphen_values = true)]
        since: Option<i64>,
        /// The period's end (default: now), as --since
        #[arg(long, value_name = "DATE", value_parser = date, allow_hyphen_values = true)]
        until: Option<i64>,
        /// Import every till's sales, not only this one's
        #[arg(long)]
        all_registers: bool,
    },
    /// The Stripe key in the OS keyring (read from stdin, never from an argument)
    #[command(subcommand)]
    Key(KeyCommand),
    /// Check the keyring, the key, Stripe, the ledger and the phone page
    Doctor,

    // ---------- the owner's ----------
    /// Sales, newest first, a page at a time (owner)
    History {
        #[command(flatten)]
        filter: Filters,
        /// Rows per page
        #[arg(long, value_name = "N", default_value_t = 20, value_parser = number::<usize>, allow_hyphen_values = true)]
        limit: usize,
        /// The next page: the cursor the previous one printed
        #[arg(long, value_name = "CURSOR", allow_hyphen_values = true)]
        after: Option<String>,
    },
    /// One sale: lines, amounts, Stripe ids, refunds, timeline (owner)
    Sale { sale_id: String },
    /// Count, gross, refunded, net, average per currency (owner)
    Totals {
        #[command(flatten)]
        filter: Filters,
    },
    /// Totals per period (default: the last 30 days by day) (owner)
    Report {
        /// First local day, YYYY-MM-DD [default: 29 days before --to]
        #[arg(long, value_name = "D", allow_hyphen_values = true)]
        from: Option<String>,
        /// Last local day, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "D", allow_hyphen_values = true)]
        to: Option<String>,
        /// day, week or month
        #[arg(long, value_name = "PERIOD", default_value = "day", value_parser = period, allow_hyphen_values = true)]
        period: Period,
        /// Only this till's sales
        #[arg(long, value_name = "R", allow_hyphen_values = true)]
        register: Option<String>,
        /// Only this cashier's sales (their staff id)
        #[arg(long, value_name = "STAFF_ID", allow_hyphen_values = true)]
        cashier: Option<String>,
        /// Write the chart of the first currency to FILE (SVG)
        #[arg(long, value_name = "FILE", allow_hyphen_values = true)]
        svg: Option<PathBuf>,
    },
    /// The end-of-day summary (owner)
    Summary {
        /// The local day, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "D", allow_hyphen_values = true)]
        day: Option<String>,
    },
    /// Sales as CSV (RFC 4180, UTF-8), one row per sale (or per line) (owner)
    Export {
        /// The file to write
        #[arg(long, value_name = "FILE", required = true, allow_hyphen_values = true)]
        csv: PathBuf,
        /// One row per sale line
        #[arg(long)]
        lines: bool,
        #[command(flatten)]
        filter: Filters,
    },
    /// Refund a paid sale, or (--refresh) ask Stripe about its pending refunds (owner)
    Refund {
        sale_id: String,
        /// In major units, e.g. 4.50 [default: all that remains]
        #[arg(long, value_name = "A", allow_hyphen_values = true)]
        amount: Option<String>,
        /// requested_by_customer, duplicate or fraudulent
        #[arg(long, value_name = "R", allow_hyphen_values = true)]
        reason: Option<String>,
        /// Ask Stripe about pending refunds, resend unanswered ones
        #[arg(long, conflicts_with_all = ["cash", "split_card", "split_cash"])]
        refresh: bool,
        /// The amount goes back in cash from the open drawer (a cash or split sale)
        #[arg(long, conflicts_with_all = ["split_card", "split_cash"])]
        cash: bool,
        /// A split sale's refund: this much back by card, through Stripe
        #[arg(
            long,
            value_name = "A",
            allow_hyphen_values = true,
            conflicts_with = "amount"
        )]
        split_card: Option<String>,
        /// A split sale's refund: this much back in cash, from the drawer
        #[arg(
            long,
            value_name = "A",
            allow_hyphen_values = true,
            conflicts_with = "amount"
        )]
        split_cash: Option<String>,
    },
    /// Take back lines of a paid sale; the refund is exactly their amount, to the sale's tender (owner)
    Return {
        sale_id: String,
        /// A line's price id and how many come back: price_…:2 (repeat for several lines)
        #[arg(long = "line", value_name = "PRICE:QTY", required = true, value_parser = parse_return_line)]
        lines: Vec<(String, i64)>,
        /// requested_by_customer, duplicate or fraudulent
        #[arg(long, value_name = "R", allow_hyphen_values = true)]
        reason: Option<String>,
    },
    /// Products in Stripe: create one with its price, archive one; then a catalog sync (owner)
    #[command(subcommand)]
    Product(ProductCommand),
    /// Stripe tax rates: list the synced ones, create, archive, the shop's default (owner)
    #[command(subcommand, name = "tax-rates")]
    TaxRates(TaxRateCommand),
    /// Stripe coupons: list the synced ones, create, delete (owner)
    #[command(subcommand)]
    Coupons(CouponCommand),
    /// Fill the ledger with N generated sales (demo, benchmark) (owner)
    Generate {
        /// How many sales
        #[arg(long, value_name = "N", required = true, value_parser = number::<u64>, allow_hyphen_values = true)]
        sales: u64,
        /// The same seed generates the same sales
        #[arg(long, value_name = "S", default_value_t = 1, value_parser = number::<u64>, allow_hyphen_values = true)]
        seed: u64,
        /// Spread over the last D days
        #[arg(long, value_name = "D", default_value_t = 365, value_parser = number::<i64>, allow_hyphen_values = true)]
        days: i64,
        /// How many tills sold them
        #[arg(long, value_name = "R", default_value_t = 3, value_parser = number::<u32>, allow_hyphen_values = true)]
        registers: u32,
        /// training, test or live [default: the mode Till runs in]
        #[arg(long, value_name = "M", allow_hyphen_values = true)]
        mode: Option<String>,
    },
    /// The members list; show, cancel, refresh one; sync with Stripe (owner)
    #[command(args_conflicts_with_subcommands = true)]
    Members {
        /// all, active, past_due, canceled, ...
        #[arg(long, value_name = "S", allow_hyphen_values = true)]
        status: Option<String>,
        #[command(subcommand)]
        action: Option<MembersCommand>,
    },
    /// Staff's lookup: is this email's membership active? (no PIN; exit 3 when none grants access)
    Member { email: String },
    /// The owner PIN: status, set, reset
    #[command(subcommand)]
    Owner(PinCommand),
    /// Staff: add, list, archive, a new PIN or role (owner)
    #[command(subcommand)]
    Staff(StaffArgs),
}

#[derive(Debug, Subcommand)]
enum StaffArgs {
    /// Add a staff member (stdin: their PIN, 4 to 6 digits, after the owner PIN if asked)
    Add {
        /// Their name (1 to 40 characters, unique among active staff)
        name: String,
        /// staff, manager or owner
        #[arg(long, value_name = "ROLE", allow_hyphen_values = true)]
        role: String,
    },
    /// Active staff by name (--all: archived too)
    List {
        #[arg(long)]
        all: bool,
    },
    /// Archive a staff member: they can no longer sign in
    Archive { id: String },
    /// A new PIN for a staff member (stdin: the new PIN)
    Pin { id: String },
    /// A new role for a staff member
    Role {
        id: String,
        /// staff, manager or owner
        role: String,
    },
}

#[derive(Debug, Subcommand)]
enum ParkArgs {
    /// The carts parked at this till, oldest first, with what today's catalog sells differently
    List,
    /// Park a cart under a label (a name or a table)
    Add {
        label: String,
        /// A price id, times a quantity: price_…x3
        #[arg(required = true, value_name = "PRICE_ID[xQTY]", value_parser = parse_item)]
        items: Vec<Item>,
    },
    /// Drop a parked cart (nothing was paid)
    Drop { id: i64 },
    /// Resume a parked cart and charge it (by card, or --cash)
    Resume {
        id: i64,
        /// Resume at today's prices when the catalog changed since it was parked
        #[arg(long)]
        accept_changes: bool,
        /// The customer's email
        #[arg(long, value_name = "EMAIL", allow_hyphen_values = true)]
        email: Option<String>,
        /// Paid in cash: the amount tendered
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        cash: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum DrawerArgs {
    /// Whether the drawer is open, its float and what it should hold
    Status,
    /// Open the drawer (a new shift) with its float
    Open {
        /// The float as one amount (default 0 when nothing is counted)
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        float: Option<String>,
        /// A count by denomination: the coin or note and how many, e.g. 20x4 0.25x40
        #[arg(long = "count", value_name = "DENOMxN", num_args = 1.., allow_hyphen_values = true)]
        count: Vec<String>,
    },
    /// Cash put in (e.g. change from the bank)
    In {
        amount: String,
        #[arg(long, value_name = "WHY", allow_hyphen_values = true)]
        reason: String,
    },
    /// Cash taken out (e.g. a supplier paid); the owner's (asks for the PIN)
    Out {
        amount: String,
        #[arg(long, value_name = "WHY", allow_hyphen_values = true)]
        reason: String,
    },
    /// Record the drawer opened without a sale
    NoSale,
    /// The X report: the shift so far (changes nothing)
    X,
    /// Close the shift with the counted cash: its numbered Z report
    Close {
        /// The counted cash as one amount
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        counted: Option<String>,
        /// The count by denomination, as for open
        #[arg(long = "count", value_name = "DENOMxN", num_args = 1.., allow_hyphen_values = true)]
        count: Vec<String>,
    },
    /// This till's Z reports, or one by its number
    Z { number: Option<i64> },
    /// The cash rounding of the till's currency: show it, or set it (the owner's): the step
    /// cash is paid in, e.g. 0.05, or none
    Rounding { step: Option<String> },
}

#[derive(Debug, Subcommand)]
enum CatalogCommand {
    /// Sync products and prices from Stripe into the cache
    Sync,
    /// List cached prices in the register's currency
    List {
        /// Only prices whose product matches TEXT
        #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
        search: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum PrinterCommand {
    /// Print a test page (the printer's connection, a ruler, accents, a QR code, a cut)
    Test,
}

#[derive(Debug, Subcommand)]
enum TestcardsCommand {
    /// Start a test-card run (the currency's minimum); prints the URL
    Run { card: String },
    /// The run history as CSV
    Export { file: PathBuf },
}

#[derive(Debug, Subcommand)]
enum EventsCommand {
    /// Read Stripe's events since the last poll and apply them
    ///
    /// Read Stripe's events since the last poll and apply them (payments, expiries, refunds
    /// made while Till was closed).
    Poll,
    /// The newest events received, with what each one did
    List {
        /// How many
        #[arg(long, value_name = "N", default_value_t = 20, value_parser = number::<usize>, allow_hyphen_values = true)]
        limit: usize,
    },
}

#[derive(Debug, Subcommand)]
enum KeyCommand {
    /// Read a key from stdin, prove it with Stripe and store it in the OS keyring
    ///
    /// Read a Stripe key (or, with --webhook, the webhook signing secret) from stdin, prove it
    /// with Stripe and store it in the OS keyring; a live key needs --confirm-live. On a
    /// terminal it asks for it and hides what is pasted: `tillctl key set < key.txt` or run
    /// `tillctl key set` and paste it.
    Set {
        /// Accept a live key
        #[arg(long)]
        confirm_live: bool,
        /// The webhook signing secret (whsec_…) instead of the key
        #[arg(long)]
        webhook: bool,
        /// Anything else typed here: refused without being repeated (it may be a key).
        #[arg(hide = true)]
        typed: Vec<OsString>,
    },
    /// The key in use, masked, with its mode and permissions
    Status,
    /// Delete the key (or the webhook secret) from the keyring
    Remove {
        /// The webhook signing secret instead of the key
        #[arg(long)]
        webhook: bool,
    },
}

#[derive(Debug, Subcommand)]
enum TaxRateCommand {
    /// The synced tax rates (the default marked)
    List,
    /// Create a tax rate in Stripe
    Create {
        /// Its name on sales and receipts (VAT, Sales tax)
        #[arg(long, value_name = "NAME", required = true, allow_hyphen_values = true)]
        name: String,
        /// The percentage, at most four decimals (19, 8.875)
        #[arg(long, value_name = "P", required = true, allow_hyphen_values = true)]
        percent: String,
        /// Inside the prices (VAT) rather than added on top (US sales tax)
        #[arg(long)]
        inclusive: bool,
        /// Two letters (DE, US)
        #[arg(long, value_name = "CC", allow_hyphen_values = true)]
        country: Option<String>,
        /// A state or region (NY)
        #[arg(long, value_name = "J", allow_hyphen_values = true)]
        jurisdiction: Option<String>,
    },
    /// Archive a tax rate in Stripe (sales already made keep it)
    Archive { tax_rate_id: String },
    /// The shop's default tax rate for products that name none (--none clears it)
    Default {
        #[arg(required_unless_present = "none")]
        tax_rate_id: Option<String>,
        #[arg(long, conflicts_with = "tax_rate_id")]
        none: bool,
    },
}

#[derive(Debug, Subcommand)]
enum CouponCommand {
    /// The coupons staff can apply in this till's currency
    List,
    /// Create a coupon in Stripe: a percentage or an amount off
    Create {
        /// Its name on sales and receipts
        #[arg(long, value_name = "NAME", required = true, allow_hyphen_values = true)]
        name: String,
        /// Percent off (10, 12.5)
        #[arg(
            long,
            value_name = "P",
            allow_hyphen_values = true,
            required_unless_present = "amount",
            conflicts_with = "amount"
        )]
        percent: Option<String>,
        /// Amount off in this till's currency (5.00)
        #[arg(long, value_name = "A", allow_hyphen_values = true)]
        amount: Option<String>,
        /// How many sales may use it in all
        #[arg(long, value_name = "N")]
        max_redemptions: Option<i64>,
    },
    /// Delete a coupon in Stripe
    Delete { coupon_id: String },
}

#[derive(Debug, Subcommand)]
enum ProductCommand {
    /// Create a product and its price in Stripe
    Create {
        /// The product's name
        #[arg(long, value_name = "N", required = true, allow_hyphen_values = true)]
        name: String,
        /// In major units, e.g. 4.90
        #[arg(long, value_name = "A", required = true, allow_hyphen_values = true)]
        amount: String,
        /// usd, eur, ...
        #[arg(long, value_name = "C", required = true, allow_hyphen_values = true)]
        currency: String,
        /// The product's description
        #[arg(long, value_name = "D", allow_hyphen_values = true)]
        description: Option<String>,
        /// day, week, month or year: a recurring price (a membership)
        #[arg(long, value_name = "I", allow_hyphen_values = true)]
        interval: Option<String>,
        /// Stock-keeping unit (the register finds it by SKU too)
        #[arg(long, value_name = "S", allow_hyphen_values = true)]
        sku: Option<String>,
        /// Barcode, as the scanner types it
        #[arg(long, value_name = "B", allow_hyphen_values = true)]
        barcode: Option<String>,
        /// Category (the catalog is grouped by it)
        #[arg(long, value_name = "C", allow_hyphen_values = true)]
        category: Option<String>,
        /// Its tax rate (txr_…, one of the account's active rates); none: the shop's default
        #[arg(long, value_name = "TXR", allow_hyphen_values = true)]
        tax_rate: Option<String>,
    },
    /// Archive a product in Stripe
    Archive { product_id: String },
}

#[derive(Debug, Subcommand)]
enum MembersCommand {
    /// One member: plan, status, period end, ids, timeline
    Show { subscription_id: String },
    /// Cancel a membership at the end of its current period
    Cancel { subscription_id: String },
    /// Read the subscription from Stripe again
    Refresh { subscription_id: String },
    /// Compare the list with every subscription at Stripe
    Sync,
}

#[derive(Debug, Subcommand)]
enum PinCommand {
    /// Whether a PIN is set, and its lock
    Status,
    /// Set or change the PIN (stdin: the new PIN, then the current one)
    SetPin,
    /// Remove the PIN (for whoever has this computer's account)
    ResetPin,
}

/// The history filters.
#[derive(Debug, Args)]
#[command(next_help_heading = "Filters")]
struct Filters {
    /// First local day, inclusive
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    from: Option<String>,
    /// Last local day, inclusive
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    to: Option<String>,
    /// A sale state: paid, expired, ...
    #[arg(long, value_name = "S", allow_hyphen_values = true)]
    status: Option<String>,
    /// training, test or live [default: the mode Till runs in]
    #[arg(long, value_name = "M", allow_hyphen_values = true)]
    mode: Option<String>,
    /// A currency: usd, eur, ...
    #[arg(long, value_name = "C", allow_hyphen_values = true)]
    currency: Option<String>,
    /// One till's sales (its register id)
    #[arg(long, value_name = "R", allow_hyphen_values = true)]
    register: Option<String>,
    /// Product names, email, sale / session / PaymentIntent ids
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    search: Option<String>,
    /// One cashier's sales (their staff id)
    #[arg(long, value_name = "STAFF_ID", allow_hyphen_values = true)]
    cashier: Option<String>,
}

impl From<Filters> for HistoryFilter {
    fn from(f: Filters) -> HistoryFilter {
        HistoryFilter {
            mode: f.mode,
            from: f.from,
            to: f.to,
            status: f.status,
            currency: f.currency,
            register: f.register,
            text: f.search,
            staff: f.cashier,
        }
    }
}

/// `price_123` or `price_123x3`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    price_id: String,
    quantity: u32,
}

/// Where `tillctl receipt SALE` sends the receipt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceiptOutput {
    Text,
    Print,
    Escpos(PathBuf),
}

/// What `tillctl split SALE` does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitAction {
    Show,
    RetryCard,
    BalanceCash(String),
    Void,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    CatalogSync,
    CatalogList {
        search: Option<String>,
    },
    Charge {
        items: Vec<(String, u32)>,
        email: Option<String>,
        cash: Option<String>,
        /// Cash parts of a split (empty: not a split).
        split: Vec<String>,
        coupon: Option<String>,
        tip: Option<String>,
        promo_codes: bool,
        /// A manual discount and its reason.
        discount: Option<(String, String)>,
        /// Lines' unit prices set at the till: price id, amount, reason.
        overrides: Vec<(String, String, String)>,
    },
    Drawer(DrawerCommand),
    Park(ParkCommand),
    Watch {
        sale_id: String,
        timeout: Option<u64>,
    },
    Cancel {
        sale_id: String,
    },
    Split {
        sale_id: String,
        action: SplitAction,
    },
    Receipt {
        sale_id: String,
        /// `sale`, `gift` or `refund`.
        kind: &'static str,
        copy: bool,
        output: ReceiptOutput,
    },
    PrinterTest,
    Sales {
        status: Option<String>,
        limit: usize,
        register: Option<String>,
    },
    Recover,
    TestCards,
    TestCardRun {
        card: String,
    },
    TestCardsExport {
        file: PathBuf,
    },
    EventsPoll,
    EventsList {
        limit: usize,
    },
    Reconcile {
        since: Option<i64>,
        until: Option<i64>,
        all_registers: bool,
    },
    KeySet {
        confirm_live: bool,
        webhook: bool,
    },
    KeyStatus,
    KeyRemove {
        webhook: bool,
    },
    Doctor,
    /// `history`, `export`, `refund`, ... (run by `owner.rs`).
    Owner(OwnerCommand),
}

/// `tillctl park …`: the register's parked carts (run by `main.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParkCommand {
    List,
    Add {
        label: String,
        items: Vec<(String, u32)>,
    },
    Drop {
        id: i64,
    },
    Resume {
        id: i64,
        accept_changes: bool,
        email: Option<String>,
        cash: Option<String>,
    },
}

/// `tillctl drawer …` (run by `drawer.rs`). Amounts stay as typed: they are read in the
/// till's currency and locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DrawerCommand {
    Status,
    Rounding {
        step: Option<String>,
    },
    Open {
        float: Option<String>,
        count: Vec<String>,
    },
    In {
        amount: String,
        reason: String,
    },
    Out {
        amount: String,
        reason: String,
    },
    NoSale,
    X,
    Close {
        counted: Option<String>,
        count: Vec<String>,
    },
    Z {
        number: Option<i64>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invocation {
    pub json: bool,
    pub data_dir: Option<PathBuf>,
    pub api_base: Option<String>,
    /// `--staff ID`: sign this staff member in before the command runs.
    pub staff: Option<String>,
    pub command: Command,
}

/// Why the command line was refused. Every kind exits with [`ParseError::exit_code`].
#[derive(Debug)]
pub enum ParseError {
    /// Argument `position` (1-based) looks like a Stripe secret; it is never repeated.
    Secret { position: usize },
    /// `key set` was given a value: it may be a key, so it is not repeated either.
    KeySetValue,
    /// `clap`'s: a usage error, or `--help` (printed to stdout, exit 0).
    Clap(clap::Error),
}

/// How to give a key, for every refusal of one typed as an argument.
const KEY_HOW: &str = "A key is never taken as an argument: pipe it on stdin (`tillctl key set < key.txt`, \
or run `tillctl key set` and paste it; --webhook for the webhook signing secret), or set STRIPE_SECRET_KEY \
for a script.";

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Secret { position } => write!(
                f,
                "tillctl: argument {position} looks like a Stripe key or webhook signing secret. \
                 It was NOT used, and it is not repeated here.\n{KEY_HOW}\n\
                 It is now in your shell history (and was visible to other programs while tillctl \
                 ran): consider it exposed, and roll it in the Stripe Dashboard."
            ),
            ParseError::KeySetValue => write!(
                f,
                "tillctl: `key set` takes no value (what was typed is not repeated here: it may be \
                 a key, and it was NOT used).\n{KEY_HOW}\n\
                 If it was a key, it is now in your shell history: consider it exposed, and roll it \
                 in the Stripe Dashboard."
            ),
            ParseError::Clap(e) => write!(f, "{e}"),
        }
    }
}

impl ParseError {
    /// 2 for every refusal; 0 for `--help`.
    pub fn exit_code(&self) -> u8 {
        match self {
            ParseError::Clap(e) => u8::try_from(e.exit_code()).unwrap_or(crate::EXIT_USAGE),
            _ => crate::EXIT_USAGE,
        }
    }

    /// Prints the refusal to stderr (`--help` to stdout).
    pub fn print(&self) {
        match self {
            ParseError::Clap(e) => {
                let _ = e.print();
            }
            other => eprintln!("{other}"),
        }
    }
}

/// What Stripe's secrets start with: secret and restricted keys, webhook signing secrets.
const SECRET_MARKERS: [&str; 5] = ["sk_live_", "sk_test_", "rk_live_", "rk_test_", "whsec_"];

/// Whether an argument holds something that looks like a Stripe secret, anywhere in it
/// (`--email=sk_live_…` too), whatever its case.
pub fn looks_secret(arg: &OsStr) -> bool {
    let text = arg.to_string_lossy().to_ascii_lowercase();
    SECRET_MARKERS.iter().any(|marker| text.contains(marker))
}

/// Parses the arguments (without the program's name). `Ok(None)`: no command, show the help.
///
/// Every argument is scanned for a Stripe secret first: `clap`'s errors repeat what was typed.
pub fn parse<I, T>(args: I) -> Result<Option<Invocation>, ParseError>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    if let Some(index) = args.iter().position(|a| looks_secret(a)) {
        return Err(ParseError::Secret {
            position: index + 1,
        });
    }
    let cli = Cli::try_parse_from(std::iter::once(OsString::from("tillctl")).chain(args))
        .map_err(ParseError::Clap)?;
    let Some(top) = cli.command else {
        return Ok(None);
    };
    Ok(Some(Invocation {
        json: cli.json,
        data_dir: cli.data_dir,
        api_base: cli.api_base,
        staff: cli.staff,
        command: command(top)?,
    }))
}

/// The help of `tillctl --help`, for `tillctl` alone.
pub fn print_help() {
    let _ = Cli::command().print_help();
}

fn command(top: Top) -> Result<Command, ParseError> {
    Ok(match top {
        Top::Catalog(CatalogCommand::Sync) => Command::CatalogSync,
        Top::Catalog(CatalogCommand::List { search }) => Command::CatalogList { search },
        Top::Charge {
            items,
            email,
            cash,
            split,
            coupon,
            tip,
            promo_codes,
            discount,
            overrides,
            reason,
        } => Command::Charge {
            items: items
                .into_iter()
                .map(|item| (item.price_id, item.quantity))
                .collect(),
            email,
            cash,
            split,
            coupon,
            tip,
            promo_codes,
            discount: discount.zip(reason.clone()),
            overrides: overrides
                .into_iter()
                .map(|(price, amount)| (price, amount, reason.clone().unwrap_or_default()))
                .collect(),
        },
        Top::Park(args) => Command::Park(match args {
            ParkArgs::List => ParkCommand::List,
            ParkArgs::Add { label, items } => ParkCommand::Add {
                label,
                items: items
                    .into_iter()
                    .map(|item| (item.price_id, item.quantity))
                    .collect(),
            },
            ParkArgs::Drop { id } => ParkCommand::Drop { id },
            ParkArgs::Resume {
                id,
                accept_changes,
                email,
                cash,
            } => ParkCommand::Resume {
                id,
                accept_changes,
                email,
                cash,
            },
        }),
        Top::Drawer(args) => Command::Drawer(match args {
            DrawerArgs::Status => DrawerCommand::Status,
            DrawerArgs::Open { float, count } => DrawerCommand::Open { float, count },
            DrawerArgs::In { amount, reason } => DrawerCommand::In { amount, reason },
            DrawerArgs::Out { amount, reason } => DrawerCommand::Out { amount, reason },
            DrawerArgs::NoSale => DrawerCommand::NoSale,
            DrawerArgs::X => DrawerCommand::X,
            DrawerArgs::Close { counted, count } => DrawerCommand::Close { counted, count },
            DrawerArgs::Z { number } => DrawerCommand::Z { number },
            DrawerArgs::Rounding { step } => DrawerCommand::Rounding { step },
        }),
        Top::Watch { sale_id, timeout } => Command::Watch { sale_id, timeout },
        Top::Cancel { sale_id } => Command::Cancel { sale_id },
        Top::Split {
            sale_id,
            retry_card,
            balance_cash,
            void,
        } => Command::Split {
            sale_id,
            action: match (retry_card, balance_cash, void) {
                (true, _, _) => SplitAction::RetryCard,
                (_, Some(tendered), _) => SplitAction::BalanceCash(tendered),
                (_, _, true) => SplitAction::Void,
                _ => SplitAction::Show,
            },
        },
        Top::Sales {
            status,
            limit,
            register,
        } => Command::Sales {
            status,
            limit,
            register,
        },
        Top::Receipt {
            sale_id,
            gift,
            refund,
            copy,
            print,
            text: _,
            escpos,
        } => Command::Receipt {
            sale_id,
            kind: match (gift, refund) {
                (true, _) => "gift",
                (_, true) => "refund",
                _ => "sale",
            },
            copy,
            output: match (print, escpos) {
                (true, _) => ReceiptOutput::Print,
                (_, Some(file)) => ReceiptOutput::Escpos(file),
                _ => ReceiptOutput::Text,
            },
        },
        Top::Printer(PrinterCommand::Test) => Command::PrinterTest,
        Top::Recover => Command::Recover,
        Top::Testcards { action: None } => Command::TestCards,
        Top::Testcards {
            action: Some(TestcardsCommand::Run { card }),
        } => Command::TestCardRun { card },
        Top::Testcards {
            action: Some(TestcardsCommand::Export { file }),
        } => Command::TestCardsExport { file },
        Top::Events(EventsCommand::Poll) => Command::EventsPoll,
        Top::Events(EventsCommand::List { limit }) => Command::EventsList { limit },
        Top::Reconcile {
            since,
            until,
            all_registers,
        } => Command::Reconcile {
            since,
            until,
            all_registers,
        },
        Top::Key(KeyCommand::Set { typed, .. }) if !typed.is_empty() => {
            return Err(ParseError::KeySetValue)
        }
        Top::Key(KeyCommand::Set {
            confirm_live,
            webhook,
            ..
        }) => Command::KeySet {
            confirm_live,
            webhook,
        },
        Top::Key(KeyCommand::Status) => Command::KeyStatus,
        Top::Key(KeyCommand::Remove { webhook }) => Command::KeyRemove { webhook },
        Top::Doctor => Command::Doctor,
        Top::History {
            filter,
            limit,
            after,
        } => Command::Owner(OwnerCommand::History {
            filter: filter.into(),
            limit,
            after,
        }),
        Top::Sale { sale_id } => Command::Owner(OwnerCommand::Sale { sale_id }),
        Top::Totals { filter } => Command::Owner(OwnerCommand::Totals {
            filter: filter.into(),
        }),
        Top::Report {
            from,
            to,
            period,
            register,
            cashier,
            svg,
        } => Command::Owner(OwnerCommand::Report {
            from,
            to,
            period,
            register,
            cashier,
            svg,
        }),
        Top::Summary { day } => Command::Owner(OwnerCommand::Summary { day }),
        Top::Export { csv, lines, filter } => Command::Owner(OwnerCommand::Export {
            file: csv,
            per_line: lines,
            filter: filter.into(),
        }),
        Top::Return {
            sale_id,
            lines,
            reason,
        } => Command::Owner(OwnerCommand::Return {
            sale_id,
            lines,
            reason,
        }),
        Top::Refund {
            sale_id,
            amount,
            reason,
            refresh,
            cash,
            split_card,
            split_cash,
        } => Command::Owner(OwnerCommand::Refund {
            sale_id,
            amount,
            reason,
            refresh,
            tender: match (cash, split_card, split_cash) {
                (true, _, _) => RefundTender::Cash,
                (_, None, None) => RefundTender::Card,
                (_, card, cash) => RefundTender::Split { card, cash },
            },
        }),
        Top::Product(ProductCommand::Create {
            name,
            amount,
            currency,
            description,
            interval,
            sku,
            barcode,
            category,
            tax_rate,
        }) => Command::Owner(OwnerCommand::ProductCreate(ProductInput {
            draft_id: None,
            name,
            description,
            amount,
            currency,
            interval,
            sku,
            barcode,
            category,
            tax_rate,
        })),
        Top::Product(ProductCommand::Archive { product_id }) => {
            Command::Owner(OwnerCommand::ProductArchive { product_id })
        }
        Top::TaxRates(TaxRateCommand::List) => Command::Owner(OwnerCommand::TaxRates),
        Top::TaxRates(TaxRateCommand::Create {
            name,
            percent,
            inclusive,
            country,
            jurisdiction,
        }) => Command::Owner(OwnerCommand::TaxRateCreate(TaxRateInput {
            display_name: name,
            percentage: percent,
            inclusive,
            country,
            jurisdiction,
        })),
        Top::TaxRates(TaxRateCommand::Archive { tax_rate_id }) => {
            Command::Owner(OwnerCommand::TaxRateArchive { tax_rate_id })
        }
        Top::TaxRates(TaxRateCommand::Default { tax_rate_id, .. }) => {
            Command::Owner(OwnerCommand::TaxRateDefault { tax_rate_id })
        }
        Top::Coupons(CouponCommand::List) => Command::Owner(OwnerCommand::Coupons),
        Top::Coupons(CouponCommand::Create {
            name,
            percent,
            amount,
            max_redemptions,
        }) => Command::Owner(OwnerCommand::CouponCreate(CouponInput {
            name,
            percent_off: percent,
            amount_off: amount,
            max_redemptions,
        })),
        Top::Coupons(CouponCommand::Delete { coupon_id }) => {
            Command::Owner(OwnerCommand::CouponDelete { coupon_id })
        }
        Top::Generate {
            sales,
            seed,
            days,
            registers,
            mode,
        } => Command::Owner(OwnerCommand::Generate {
            sales,
            seed,
            days,
            registers,
            mode,
        }),
        Top::Members {
            status,
            action: None,
        } => Command::Owner(OwnerCommand::Members { status }),
        Top::Members {
            action: Some(action),
            ..
        } => Command::Owner(match action {
            MembersCommand::Show { subscription_id } => {
                OwnerCommand::MemberShow { subscription_id }
            }
            MembersCommand::Cancel { subscription_id } => {
                OwnerCommand::MemberCancel { subscription_id }
            }
            MembersCommand::Refresh { subscription_id } => {
                OwnerCommand::MemberRefresh { subscription_id }
            }
            MembersCommand::Sync => OwnerCommand::MembersSync,
        }),
        Top::Member { email } => Command::Owner(OwnerCommand::MemberLookup { email }),
        Top::Owner(PinCommand::Status) => Command::Owner(OwnerCommand::PinStatus),
        Top::Owner(PinCommand::SetPin) => Command::Owner(OwnerCommand::SetPin),
        Top::Owner(PinCommand::ResetPin) => Command::Owner(OwnerCommand::ResetPin),
        Top::Staff(args) => Command::Owner(match args {
            StaffArgs::Add { name, role } => OwnerCommand::StaffAdd { name, role },
            StaffArgs::List { all } => OwnerCommand::StaffList { all },
            StaffArgs::Archive { id } => OwnerCommand::StaffArchive { id },
            StaffArgs::Pin { id } => OwnerCommand::StaffPin { id },
            StaffArgs::Role { id, role } => OwnerCommand::StaffRole { id, role },
        }),
    })
}

// ---------- values ----------

/// `price_123:2`: a line of a sale and how many of it come back.
fn parse_return_line(line: &str) -> Result<(String, i64), String> {
    let (price, quantity) = line
        .rsplit_once(':')
        .ok_or_else(|| format!("{line:?} is not PRICE:QTY (e.g. price_…:2)"))?;
    let quantity = quantity
        .parse::<i64>()
        .ok()
        .filter(|q| (1..=999).contains(q))
        .ok_or_else(|| format!("the quantity {quantity:?} is not a number from 1 to 999"))?;
    if price.is_empty() {
        return Err(format!("{line:?} names no price"));
    }
    Ok((price.to_string(), quantity))
}

/// `price_123` or `price_123x3`.
fn parse_item(item: &str) -> Result<Item, String> {
    let (price, quantity) = match item.rsplit_once('x') {
        Some((price, qty)) if !qty.is_empty() && qty.chars().all(|c| c.is_ascii_digit()) => {
            let quantity = qty
                .parse::<u32>()
                .map_err(|_| format!("the quantity {qty:?} is too large"))?;
            (price, quantity)
        }
        _ => (item, 1),
    };
    if !price.starts_with("price_") || price.len() <= "price_".len() {
        return Err("not a price id: use price_…[xQTY] (see `tillctl catalog list`)".to_string());
    }
    Ok(Item {
        price_id: price.to_string(),
        quantity,
    })
}

/// `price_…=AMOUNT`: a line of the charge and its new unit price.
fn parse_override(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((price, amount)) if price.starts_with("price_") && !amount.trim().is_empty() => {
            Ok((price.to_string(), amount.trim().to_string()))
        }
        _ => Err("give the line's price id and its new price: price_…=12.50".to_string()),
    }
}

fn number<T: std::str::FromStr>(text: &str) -> Result<T, String> {
    text.parse::<T>()
        .map_err(|_| "not a number (or out of range)".to_string())
}

fn seconds(text: &str) -> Result<u64, String> {
    text.parse::<u64>()
        .map_err(|_| "not a number of seconds".to_string())
}

fn date(text: &str) -> Result<i64, String> {
    till_core::reconcile::parse_date(text).map_err(|e| e.message)
}

fn period(text: &str) -> Result<Period, String> {
    Period::parse(text, till_core::i18n::Language::En).map_err(|e| e.message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::error::ErrorKind;

    fn parse_words(s: &str) -> Result<Option<Invocation>, String> {
        match parse(s.split_whitespace()) {
            Err(ParseError::Clap(e)) if e.kind() == ErrorKind::DisplayHelp => Ok(None),
            other => other.map_err(|e| e.to_string()),
        }
    }

    #[test]
    fn the_parser_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn parses_each_command() {
        let inv = parse_words("--json charge price_a price_bx3 --email a@b.co")
            .unwrap()
            .unwrap();
        assert!(inv.json);
        assert_eq!(
            inv.command,
            Command::Charge {
                items: vec![("price_a".into(), 1), ("price_b".into(), 3)],
                email: Some("a@b.co".into()),
                cash: None,
                split: vec![],
                coupon: None,
                promo_codes: false,
                tip: None,
                discount: None,
                overrides: Vec::new(),
            }
        );
        assert_eq!(
            parse_words("charge price_a --cash 20")
                .unwrap()
                .unwrap()
                .command,
            Command::Charge {
                items: vec![("price_a".into(), 1)],
                email: None,
                cash: Some("20".into()),
                split: vec![],
                coupon: None,
                promo_codes: false,
                tip: None,
                discount: None,
                overrides: Vec::new(),
            }
        );
        let promo = parse_words("charge price_a --promo-codes")
            .unwrap()
            .unwrap();
        assert!(matches!(
            promo.command,
            Command::Charge {
                promo_codes: true,
                ..
            }
        ));
        assert!(parse_words("charge price_a --promo-codes --cash 20").is_err());
        assert!(parse_words("charge price_a --promo-codes --coupon SPRING").is_err());
        assert_eq!(
            parse_words("drawer open --count 20x4 0.25x40")
                .unwrap()
                .unwrap()
                .command,
            Command::Drawer(DrawerCommand::Open {
                float: None,
                count: vec!["20x4".into(), "0.25x40".into()],
            })
        );
        assert_eq!(
            parse_words("drawer out 5.50 --reason milk")
                .unwrap()
                .unwrap()
                .command,
            Command::Drawer(DrawerCommand::Out {
                amount: "5.50".into(),
                reason: "milk".into(),
            })
        );
        assert_eq!(
            parse_words("drawer z 3").unwrap().unwrap().command,
            Command::Drawer(DrawerCommand::Z { number: Some(3) })
        );
        assert_eq!(
            parse_words("watch sale_1 --timeout 30")
                .unwrap()
                .unwrap()
                .command,
            Command::Watch {
                sale_id: "sale_1".into(),
                timeout: Some(30)
            }
        );
        assert_eq!(
            parse_words("--data-dir /tmp/x sales --status paid")
                .unwrap()
                .unwrap()
                .data_dir,
            Some(PathBuf::from("/tmp/x"))
        );
        assert_eq!(
            parse_words("recover").unwrap().unwrap().command,
            Command::Recover
        );
        assert_eq!(parse_words("help").unwrap(), None);
        assert_eq!(
            parse_words("reconcile --since 2023-11-14 --until 2023-11-15 --all-registers")
                .unwrap()
                .unwrap()
                .command,
            Command::Reconcile {
                since: Some(1_699_920_000),
                until: Some(1_700_006_400),
                all_registers: true
            }
        );
        assert_eq!(
            parse_words("events poll").unwrap().unwrap().command,
            Command::EventsPoll
        );
        assert_eq!(
            parse_words("sales --register reg_2")
                .unwrap()
                .unwrap()
                .command,
            Command::Sales {
                status: None,
                limit: 20,
                register: Some("reg_2".into())
            }
        );
        assert!(parse_words("reconcile --since someday")
            .unwrap_err()
            .contains("--since"));
        // Was "does not apply" (the hand parser's wording); clap's says the same thing.
        assert!(parse_words("sales --all-registers")
            .unwrap_err()
            .contains("unexpected argument '--all-registers'"));
    }

    #[test]
    fn parses_the_rest_as_before() {
        let command = |s: &str| parse_words(s).unwrap().unwrap().command;
        assert_eq!(parse_words("").unwrap(), None);
        assert_eq!(parse_words("--help").unwrap(), None);
        assert_eq!(parse_words("sales -h").unwrap(), None);
        assert_eq!(command("catalog sync"), Command::CatalogSync);
        assert_eq!(
            command("catalog list --search latte"),
            Command::CatalogList {
                search: Some("latte".into())
            }
        );
        // Options between the items, global options after the command.
        let inv = parse_words("charge price_a --email a@b.co price_cx2 --json --api-base http://x")
            .unwrap()
            .unwrap();
        assert!(inv.json);
        assert_eq!(inv.api_base.as_deref(), Some("http://x"));
        assert_eq!(
            inv.command,
            Command::Charge {
                items: vec![("price_a".into(), 1), ("price_c".into(), 2)],
                email: Some("a@b.co".into()),
                cash: None,
                split: vec![],
                coupon: None,
                promo_codes: false,
                tip: None,
                discount: None,
                overrides: Vec::new(),
            }
        );
        assert_eq!(
            command("cancel sale_1"),
            Command::Cancel {
                sale_id: "sale_1".into()
            }
        );
        assert_eq!(
            command("sales --status paid --limit 5"),
            Command::Sales {
                status: Some("paid".into()),
                limit: 5,
                register: None
            }
        );
        assert_eq!(command("testcards"), Command::TestCards);
        assert_eq!(
            command("testcards run 4000000000000002"),
            Command::TestCardRun {
                card: "4000000000000002".into()
            }
        );
        assert_eq!(
            command("testcards export runs.csv"),
            Command::TestCardsExport {
                file: PathBuf::from("runs.csv")
            }
        );
        assert_eq!(command("events list"), Command::EventsList { limit: 20 });
        assert_eq!(
            command("events list --limit=100"),
            Command::EventsList { limit: 100 }
        );
        assert_eq!(
            command("reconcile"),
            Command::Reconcile {
                since: None,
                until: None,
                all_registers: false
            }
        );
        assert_eq!(command("key status"), Command::KeyStatus);
        assert_eq!(
            command("key set --webhook"),
            Command::KeySet {
                confirm_live: false,
                webhook: true
            }
        );
        assert_eq!(
            command("owner status"),
            Command::Owner(OwnerCommand::PinStatus)
        );
        assert_eq!(
            command("owner set-pin"),
            Command::Owner(OwnerCommand::SetPin)
        );
        assert_eq!(
            command("owner reset-pin"),
            Command::Owner(OwnerCommand::ResetPin)
        );
        assert_eq!(
            command("staff add Ada --role manager"),
            Command::Owner(OwnerCommand::StaffAdd {
                name: "Ada".into(),
                role: "manager".into()
            })
        );
        assert_eq!(
            command("staff list --all"),
            Command::Owner(OwnerCommand::StaffList { all: true })
        );
        assert_eq!(
            command("staff archive staff_1"),
            Command::Owner(OwnerCommand::StaffArchive {
                id: "staff_1".into()
            })
        );
        assert_eq!(
            command("staff pin staff_1"),
            Command::Owner(OwnerCommand::StaffPin {
                id: "staff_1".into()
            })
        );
        assert_eq!(
            command("staff role staff_1 owner"),
            Command::Owner(OwnerCommand::StaffRole {
                id: "staff_1".into(),
                role: "owner".into()
            })
        );
        assert!(
            parse_words("staff add Ada").is_err(),
            "the role is required"
        );
        let inv = parse_words("charge price_a --staff staff_1 --cash 5")
            .unwrap()
            .unwrap();
        assert_eq!(inv.staff.as_deref(), Some("staff_1"));
        assert!(parse_words("catalog").is_err());
        assert!(parse_words("charge price_ax99999999999")
            .unwrap_err()
            .contains("too large"));
        assert!(parse_words("sales --limit lots")
            .unwrap_err()
            .contains("not a number"));
    }

    #[test]
    fn refuses_bad_input_clearly() {
        assert!(parse_words("charge").unwrap_err().contains("PRICE_ID"));
        assert!(parse_words("charge prod_1")
            .unwrap_err()
            .contains("not a price id"));
        assert!(parse_words("watch sale_1 --timeout soon")
            .unwrap_err()
            .contains("seconds"));
        // The next four were the hand parser's "does not apply", "unknown command" and
        // "unknown option"; clap's wording says the same.
        assert!(parse_words("sales --email a@b.co")
            .unwrap_err()
            .contains("unexpected argument '--email'"));
        assert!(parse_words("frobnicate")
            .unwrap_err()
            .contains("unrecognized subcommand 'frobnicate'"));
        assert!(parse_words("sales --wat")
            .unwrap_err()
            .contains("unexpected argument '--wat'"));
        assert!(parse_words("watch")
            .unwrap_err()
            .contains("required arguments were not provided"));
    }

    #[test]
    fn key_commands_never_take_or_echo_a_key() {
        assert_eq!(
            parse_words("key set --confirm-live")
                .unwrap()
                .unwrap()
                .command,
            Command::KeySet {
                confirm_live: true,
                webhook: false
            }
        );
        assert_eq!(
            parse_words("--json key remove --webhook")
                .unwrap()
                .unwrap()
                .command,
            Command::KeyRemove { webhook: true }
        );
        assert_eq!(
            parse_words("doctor").unwrap().unwrap().command,
            Command::Doctor
        );
        let e = parse_words("key set sk_test_supersecret123").unwrap_err();
        assert!(e.contains("stdin"), "{e}");
        assert!(!e.contains("supersecret"), "{e}");
        let e = parse_words("rk_test_supersecret123").unwrap_err();
        assert!(!e.contains("supersecret"), "{e}");
        // Was "does not apply" (the hand parser's wording).
        assert!(parse_words("sales --webhook")
            .unwrap_err()
            .contains("unexpected argument '--webhook'"));
        // Something that is not recognisably a key is not repeated either.
        let e = parse_words("key set 51Habcdefsecretish").unwrap_err();
        assert!(e.contains("stdin"), "{e}");
        assert!(!e.contains("secretish"), "{e}");
    }

    #[test]
    fn a_secret_anywhere_stops_the_parse_and_is_never_repeated() {
        let live = format!("sale {}{}", "sk_live_", "abcdef123456");
        for line in [
            live.as_str(),
            "--json charge price_a --email=sk_test_abcdef123456",
            "history --search xx-RK_LIVE_abcdef123456",
            "--api-base whsec_abcdef123456 sales",
            "--bogus rk_test_abcdef123456",
        ] {
            let error = parse(line.split_whitespace()).unwrap_err();
            assert!(matches!(error, ParseError::Secret { .. }), "{line}");
            assert_eq!(error.exit_code(), 2);
            let text = error.to_string();
            assert!(!text.contains("abcdef"), "{text}");
            for needed in ["NOT used", "stdin", "STRIPE_SECRET_KEY", "exposed"] {
                assert!(text.contains(needed), "{needed}: {text}");
            }
        }
        assert!(matches!(
            parse(["sales", "--email", "sk_live_x"]),
            Err(ParseError::Secret { position: 3 })
        ));
        assert!(!looks_secret(OsStr::new("pk_test_publishable")));
        assert!(!looks_secret(OsStr::new("price_sk_1")));
    }

    #[test]
    fn owner_commands_parse_with_their_filters_and_globals() {
        let owner = |s: &str| match parse_words(s).unwrap().unwrap().command {
            Command::Owner(command) => command,
            other => panic!("{s}: {other:?}"),
        };
        // Were assertions on `is_owner_command`, the old dispatch between the two parsers.
        let inv = parse_words("--data-dir /x export --csv f.csv")
            .unwrap()
            .unwrap();
        assert_eq!(inv.data_dir, Some(PathBuf::from("/x")));
        assert!(matches!(
            inv.command,
            Command::Owner(OwnerCommand::Export { .. })
        ));
        assert!(matches!(
            parse_words("--api-base http://x sales")
                .unwrap()
                .unwrap()
                .command,
            Command::Sales { .. }
        ));
        let inv = parse_words(
            "export --csv out.csv --lines --from 2025-03-01 --status paid --json --search latte",
        )
        .unwrap()
        .unwrap();
        assert!(inv.json);
        assert_eq!(
            inv.command,
            Command::Owner(OwnerCommand::Export {
                file: PathBuf::from("out.csv"),
                per_line: true,
                filter: HistoryFilter {
                    from: Some("2025-03-01".into()),
                    status: Some("paid".into()),
                    text: Some("latte".into()),
                    ..HistoryFilter::default()
                }
            })
        );
        assert_eq!(
            owner("totals --cashier staff_1 --staff staff_2"),
            OwnerCommand::Totals {
                filter: HistoryFilter {
                    staff: Some("staff_1".into()),
                    ..HistoryFilter::default()
                }
            }
        );
        assert_eq!(
            owner("refund sale_1 --amount 4.50"),
            OwnerCommand::Refund {
                sale_id: "sale_1".into(),
                amount: Some("4.50".into()),
                reason: None,
                refresh: false,
                tender: RefundTender::Card,
            }
        );
        assert!(parse_words("export").unwrap_err().contains("--csv"));
        // Was "does not apply" (the hand parser's wording).
        assert!(parse_words("refund sale_1 --lines")
            .unwrap_err()
            .contains("unexpected argument '--lines'"));
        assert!(parse_words("generate --sales many")
            .unwrap_err()
            .contains("not a number"));
        assert!(parse_words("report --period fortnight").is_err());
        // Was "unknown option" (the hand parser's wording).
        assert!(parse_words("history --wat")
            .unwrap_err()
            .contains("unexpected argument '--wat'"));

        assert_eq!(
            owner("history --currency eur --register reg_1 --mode test --to 2025-03-31 --limit 5 --after c1"),
            OwnerCommand::History {
                filter: HistoryFilter {
                    mode: Some("test".into()),
                    to: Some("2025-03-31".into()),
                    currency: Some("eur".into()),
                    register: Some("reg_1".into()),
                    ..HistoryFilter::default()
                },
                limit: 5,
                after: Some("c1".into())
            }
        );
        assert_eq!(
            owner("sale sale_9"),
            OwnerCommand::Sale {
                sale_id: "sale_9".into()
            }
        );
        assert_eq!(
            owner("totals --status paid"),
            OwnerCommand::Totals {
                filter: HistoryFilter {
                    status: Some("paid".into()),
                    ..HistoryFilter::default()
                }
            }
        );
        assert_eq!(
            owner("report"),
            OwnerCommand::Report {
                from: None,
                to: None,
                period: Period::Day,
                register: None,
                cashier: None,
                svg: None
            }
        );
        assert_eq!(
            owner("report --period week --from 2025-01-01 --cashier staff_1 --svg c.svg"),
            OwnerCommand::Report {
                from: Some("2025-01-01".into()),
                to: None,
                period: Period::Week,
                register: None,
                cashier: Some("staff_1".into()),
                svg: Some(PathBuf::from("c.svg"))
            }
        );
        assert_eq!(
            owner("summary --day 2025-03-01"),
            OwnerCommand::Summary {
                day: Some("2025-03-01".into())
            }
        );
        assert_eq!(
            owner("refund sale_1 --refresh"),
            OwnerCommand::Refund {
                sale_id: "sale_1".into(),
                amount: None,
                reason: None,
                refresh: true,
                tender: RefundTender::Card,
            }
        );
        assert_eq!(
            owner("product create --name Tea --amount 4.90 --currency usd --sku T-1"),
            OwnerCommand::ProductCreate(ProductInput {
                name: "Tea".into(),
                amount: "4.90".into(),
                currency: "usd".into(),
                sku: Some("T-1".into()),
                ..ProductInput::default()
            })
        );
        assert!(parse_words("product create --name Tea --amount 4.90")
            .unwrap_err()
            .contains("--currency"));
        assert_eq!(
            owner("product archive prod_1"),
            OwnerCommand::ProductArchive {
                product_id: "prod_1".into()
            }
        );
        assert_eq!(
            owner("generate --sales 10"),
            OwnerCommand::Generate {
                sales: 10,
                seed: 1,
                days: 365,
                registers: 3,
                mode: None
            }
        );
        assert!(parse_words("generate").unwrap_err().contains("--sales"));
        assert_eq!(owner("members"), OwnerCommand::Members { status: None });
        assert_eq!(
            owner("members --status past_due"),
            OwnerCommand::Members {
                status: Some("past_due".into())
            }
        );
        assert_eq!(owner("members sync"), OwnerCommand::MembersSync);
        assert_eq!(
            owner("members show sub_1"),
            OwnerCommand::MemberShow {
                subscription_id: "sub_1".into()
            }
        );
        assert_eq!(
            owner("members cancel sub_1"),
            OwnerCommand::MemberCancel {
                subscription_id: "sub_1".into()
            }
        );
        assert_eq!(
            owner("members refresh sub_1"),
            OwnerCommand::MemberRefresh {
                subscription_id: "sub_1".into()
            }
        );
        assert!(parse_words("members --status active show sub_1").is_err());
        assert!(parse_words("members show sub_1 --status active").is_err());
        assert_eq!(
            owner("member a@b.co"),
            OwnerCommand::MemberLookup {
                email: "a@b.co".into()
            }
        );
    }

    #[test]
    fn split_and_refunds_by_tender_parse() {
        let cmd = |s: &str| parse_words(s).unwrap().unwrap().command;
        assert_eq!(
            cmd("charge price_a --split 5 --split 2.50"),
            Command::Charge {
                items: vec![("price_a".into(), 1)],
                email: None,
                cash: None,
                split: vec!["5".into(), "2.50".into()],
                coupon: None,
                promo_codes: false,
                tip: None,
                discount: None,
                overrides: Vec::new(),
            }
        );
        assert!(parse_words("charge price_a --cash 5 --split 2").is_err());
        assert_eq!(
            cmd("split sale_1"),
            Command::Split {
                sale_id: "sale_1".into(),
                action: SplitAction::Show
            }
        );
        assert_eq!(
            cmd("split sale_1 --balance-cash 10"),
            Command::Split {
                sale_id: "sale_1".into(),
                action: SplitAction::BalanceCash("10".into())
            }
        );
        assert_eq!(
            cmd("split sale_1 --retry-card"),
            Command::Split {
                sale_id: "sale_1".into(),
                action: SplitAction::RetryCard
            }
        );
        assert!(parse_words("split sale_1 --void --retry-card").is_err());
        assert_eq!(
            cmd("receipt sale_1"),
            Command::Receipt {
                sale_id: "sale_1".into(),
                kind: "sale",
                copy: false,
                output: ReceiptOutput::Text
            }
        );
        assert_eq!(
            cmd("receipt sale_1 --gift --copy --print"),
            Command::Receipt {
                sale_id: "sale_1".into(),
                kind: "gift",
                copy: true,
                output: ReceiptOutput::Print
            }
        );
        assert_eq!(
            cmd("receipt sale_1 --escpos out.bin"),
            Command::Receipt {
                sale_id: "sale_1".into(),
                kind: "sale",
                copy: false,
                output: ReceiptOutput::Escpos(PathBuf::from("out.bin"))
            }
        );
        assert!(parse_words("receipt sale_1 --print --text").is_err());
        assert!(parse_words("receipt sale_1 --gift --refund").is_err());
        assert_eq!(cmd("printer test"), Command::PrinterTest);
        let refund = |s: &str| match cmd(s) {
            Command::Owner(OwnerCommand::Refund { tender, amount, .. }) => (tender, amount),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            refund("refund sale_1 --amount 2 --cash"),
            (RefundTender::Cash, Some("2".into()))
        );
        assert_eq!(
            refund("refund sale_1 --split-card 3 --split-cash 5"),
            (
                RefundTender::Split {
                    card: Some("3".into()),
                    cash: Some("5".into())
                },
                None
            )
        );
        assert!(parse_words("refund sale_1 --cash --split-card 3").is_err());
        assert!(parse_words("refund sale_1 --amount 3 --split-cash 3").is_err());
    }
}
