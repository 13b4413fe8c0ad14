# Till の日本語。支払い状態と拒否は Stripe が日本語（ダッシュボードと Checkout）で使う用語で:
# 支払い済み、失敗、期限切れ、キャンセル済み、拒否、「残高不足」、「カード発行会社により拒否」。

## 販売の状態表示（till-domain、sale.rs）。

sale-creating = 支払いページを準備中
sale-awaiting-payment = お客様を待っています
sale-three-d-secure = 3D セキュア認証中
sale-canceling = キャンセル中 — Stripe の確認待ち
sale-processing = 処理中 — 銀行が後で確認します
sale-paid = 支払い済み
sale-failed = 支払い失敗
sale-expired = 期限切れ
sale-canceled = キャンセル済み

## 拒否されたカード: 状態表示と、その最初の文だけ（-short）。

decline-insufficient-funds = 拒否 — 残高不足です。別のカードをお願いしてください。
decline-insufficient-funds-short = 拒否 — 残高不足
decline-expired-card = 拒否 — カードの有効期限が切れています。別のカードをお願いしてください。
decline-expired-card-short = 拒否 — カードの有効期限切れ
decline-incorrect-cvc = 拒否 — セキュリティコード（CVC）が正しくありません。お客様が確認して再試行できます。
decline-incorrect-cvc-short = 拒否 — セキュリティコード（CVC）の誤り
decline-incorrect-number = 拒否 — カード番号が正しくありません。お客様が確認して再試行できます。
decline-incorrect-number-short = 拒否 — カード番号の誤り
decline-processing-error = カードを処理できませんでした。お客様は再試行できます。
decline-processing-error-short = カードを処理できませんでした
decline-authentication-failure = 3D セキュア認証に失敗しました。お客様は再試行するか、別のカードを使えます。
decline-authentication-failure-short = 3D セキュア認証に失敗
decline-generic = 拒否 — カード発行会社が承認しませんでした。別のカードをお願いしてください。
decline-generic-short = 拒否 — カード発行会社が承認せず

## Stripe の支払いページで「支払う」ボタンの下にお客様向けに表示する文（phone.rs）。

phone-after-submit-payment = レジでお支払いですか？お支払いが終わったら、この画面をスタッフにお見せください。レジはお支払いを自動で確認します。その後、このページを閉じてかまいません。
phone-after-submit-membership = レジでお支払いですか？お支払いが終わったら、この画面をスタッフにお見せください。メンバーシップはすぐに始まり、解約するまで自動で更新されます。その後、このページを閉じてかまいません。
phone-after-submit-no-page = その後、電話に読み込めないページが表示されても、お支払いは完了しています。

phone-note-no-page = 支払い後のページが設定されていません。お客様が自分のスマートフォンで QR コードから支払うと、その後「接続できません」と表示されます（支払いは有効で、レジにも表示されます）。設定 → 支払い後のページ でお店の公開ページを設定してください。
phone-note-training-loopback = トレーニングモード: スマートフォンではこのコードを開けません。スマートフォンで試すには、設定で「スマートフォンで QR コードを試す」をオンにしてください。
phone-note-training-lan = トレーニングモード: このお店のネットワーク上のスマートフォンでこのコードを開き、テストカードで支払えます。
phone-lan-shared-simulator = トレーニング用の支払いページはお店のネットワークで公開されていません。このコンピューター上の別の Till プロセスがトレーニング用シミュレーターを動かしています。それを閉じて Till を再起動してください。
phone-lan-external-simulator = トレーニング用の支払いページはお店のネットワークで公開されていません。Till は { $address } のシミュレーターを使っています（{ $variable }）。
phone-lan-bind = トレーニング用の支払いページを { $address } で公開できませんでした（{ $error }）。別のプログラムがそのポートを使っている可能性があります。{ $variable } に別のポートを設定するか、設定で「スマートフォンで QR コードを試す」をオフにしてください。
phone-lan-not-an-address = { $variable }={ $typed } は IP アドレスではありません。お店のネットワークでのこのコンピューターのアドレス（例: 192.168.1.20）を設定してください。
phone-lan-no-address = このコンピューターにネットワークアドレスが見つかりませんでした（{ $error }）。お店のネットワークに接続するか、設定で「スマートフォンで QR コードを試す」をオフにしてください。
phone-lan-public-address = このコンピューターのネットワークアドレス { $address } はプライベート（お店のネットワーク）アドレスではないため、Till はトレーニング用の支払いページをそこで公開しません。{ $variable } にお店のネットワークでのアドレスを設定するか、設定で「スマートフォンで QR コードを試す」をオフにしてください。
phone-lan-no-random = トレーニングページのトークン用の乱数をオペレーティングシステムから取得できませんでした: { $error }

## 上部バーとステータスバー。

app-training-banner = トレーニングモード — 実際のお金は動きません。支払いは Till に組み込まれた Stripe シミュレーターに送られます。Stripe のテストカードを使ってください（4242 4242 4242 4242 で支払い成功）。
app-open-settings = 設定を開く
app-views =
    .aria-label = 画面
tab-register = レジ
tab-history = 履歴
tab-members = 会員
tab-settings = 設定
tab-testcards = テストカード
app-owner-lock = オーナーをロック
    .title = オーナーをサインアウト: スタッフにはレジだけが見えます
mode-training = トレーニング
    .title = トレーニングモード: 販売は Till に組み込まれた Stripe シミュレーターに送られ、実際のお金は動きません
mode-test = テスト
mode-live = 本番
app-starting = 起動中…
app-shortcuts = / 検索 · F9 会計 · F6 現金 · F7 再表示 · F8 キャンセル · F4 クリア · F2 会員検索 · F10 ドロワー
app-sync-catalog = カタログを同期
app-check-status = 状態を確認

## レジ: 商品と検索。

products-title = 商品
search =
    .placeholder = 検索またはスキャン (/)
    .aria-label = 商品を検索、またはバーコードをスキャン
member-lookup-open = 会員検索
    .title = メールアドレスで会員を検索 (F2)
categories =
    .aria-label = カテゴリ
category-all = すべて
category-favourites = ★ お気に入り
products-loading = カタログを読み込み中…

## レジ: カート。

cart-title = 現在の販売
cart-clear = クリア
    .title = カートを空にする (F4)
cart-empty = カートは空です。商品をタップするか、バーコードをスキャンして追加してください。
cart-subtotal = 小計
register-open-price = 価格入力
register-misc = その他
    .title = 入力した金額でほかの商品を追加
    .aria-label = 入力した金額でほかの商品を追加
adjust-open-title = 金額 — { $name }
adjust-open-add = 追加
adjust-coupon-button = クーポン
adjust-tip-button = チップ
adjust-close = 閉じる (Esc)
adjust-tip-amount =
    .aria-label = チップの金額
    .placeholder = ほかの金額
adjust-tip-set = チップを設定
adjust-coupon-title = クーポン
adjust-tip-title = チップ
adjust-no-coupon = クーポンなし
adjust-no-tip = チップなし
adjust-no-coupons = この通貨のクーポンは同期されていません。オーナーが Stripe で作成し、「カタログを同期」で取り込みます。
adjust-tip-percent = { $percent } %
tip-settings-title = チップ
tip-settings-presets = チップのプリセット（販売額のパーセント、最大 4 個、例：10, 15, 20）
tip-settings-ask = 会計の前にチップを尋ねる
tip-settings-save = チップの設定を保存
adjust-discount-button = 割引
adjust-discount-title = 手動割引
adjust-no-discount = 割引なし
adjust-discount-amount =
    .aria-label = 割引：金額、または 10% のような割合
    .placeholder = 250 または 10%
adjust-discount-reason =
    .aria-label = 割引の理由
    .placeholder = 理由（販売の履歴に残ります）
adjust-discount-set = 割引する
adjust-discount-note = 商品の金額または割合を、理由と一緒に入力します。割引はオーナーかマネージャーが行います。どちらもサインインしていない場合はオーナー PIN を求めます。
adjust-price-title = 価格 — { $name }
adjust-price-note = 1 点あたりの価格を理由と一緒に入力します。価格はオーナーかマネージャーが設定します。どちらもサインインしていない場合はオーナー PIN を求めます。
adjust-price-set = 価格を設定
adjust-price-reason =
    .aria-label = 新しい価格の理由
    .placeholder = 理由（販売の履歴に残ります）
adjust-price-amount =
    .aria-label = 1 点あたりの新しい価格
    .placeholder = 新しい価格
cart-line-price = { $name } の価格を変更
cart-line-was = 元 { $was }
cart-total = 合計
cart-email = お客様のメールアドレス（任意）
cart-email-membership = メンバーシップ — お客様のメールアドレスが必要です
cart-email-input =
    .aria-label = お客様のメールアドレス
    .placeholder = customer@example.com
cart-email-invalid = メールアドレスではありません（例: name@example.com）。確認して入力し直してください。

## レジ: 支払い。

checkout-title = 支払い
checkout-preparing = 支払いページを準備中…
checkout-note = 支払いページをブラウザで開きました。お客様はスマートフォンでコードをスキャンすることもできます。
checkout-qr =
    .aria-label = 支払いページの QR コード
checkout-open = もう一度開く
    .title = 支払いページをもう一度開く (F7)
checkout-cancel = 販売をキャンセル
    .title = 販売をキャンセル (F8)
checkout-retry = 再試行
checkout-back = カートに戻る
    .title = 商品を残したままカートに戻る (Esc)
checkout-new = 新しい販売
    .title = 新しい販売 (Enter)
recent-title = 最近の販売

## レジの文（main.js）。

register-pay-first = 先に現在の支払いを完了するか、キャンセルしてください。
register-sale-over = この販売は終了しています。先に「新しい販売」(Enter) か「カートに戻る」を押してください。
register-many-matches = 「{ $query }」に一致する商品が { $count } 件あります。1 つをタップするか、入力を続けてください。
register-no-match = 「{ $query }」に一致する商品はありません。
register-no-products = まだ商品がありません。「カタログを同期」を押して Stripe から読み込んでください。
register-each = 単価 { $unit }
register-one-less = { $name } を 1 つ減らす
register-one-more = { $name } を 1 つ増やす
register-remove = { $name } を削除
register-charge = 会計
    .title = 会計 (F9)
register-charge-total = { $total } を会計
register-new-sale = 新しい販売
register-new-sale-empties = カートを空にして新しい販売
register-back-to-register = レジに戻る
register-after-not-paid = { $items ->
       *[other] カートにはまだ { $items } 点の商品があります。「カートに戻る」で残したまま再度会計できます (Esc)。「カートを空にして新しい販売」でやり直します (Enter)。
    }
register-after-test-run = テストカードの実行です。レジのカートは元のままです。
register-cancel-title = この販売をキャンセルしますか？
register-cancel-text = お客様が今 { $amount } を支払っているかもしれません。キャンセルすると支払いページが閉じます。すでに支払い済みの場合、Till は販売を支払い済みとして記録します。（F8 をもう一度押すとキャンセルします。）
register-cancel-yes = 販売をキャンセル
register-cancel-no = 待ち続ける
register-recent-label = { $time }、{ $amount }、{ $status }
register-recent-about = { $id } · { $time } · { $amount } · { $status }
register-time-up = 時間切れです。販売をキャンセルしています…
register-cancels-in = { $minutes }:{ $seconds } 後に自動キャンセル
register-qr-alt = 支払いページの QR コード
register-no-recent = まだ販売はありません。
register-synced = カタログを同期しました: 価格 { $count } 件。
register-ready = Till { $version } · { $mode ->
        [training] トレーニングモード
        [test] テストモード
       *[live] 本番モード
    } · 準備完了

## 返金（history.js）。

refund-hint = 最大 { $refundable }。一部返金もできます。販売は支払い済みのままです。
refund-all = 全額を入力（{ $refundable }）
refund-placeholder = 金額
refund-empty = 返金する金額を入力してください（最大 { $refundable }）。
refund-title = お客様に返金しますか？
refund-question = { $total } のうち { $amount } を { $card } に返金しますか？
refund-question-no-card = { $total } のうち { $amount } をお客様のカードに返金しますか？
refund-what-full = この販売に残っている全額を返金します。Stripe がお金を返します。取り消しはできません。
refund-what-part = Stripe がお金を返します。取り消しはできません。販売は支払い済みのままです。
refund-yes = { $amount } を返金
refund-cash-question = ドロワーから現金で { $amount } を返金しますか？ドロワーのレポートに記録され、販売は支払済みのままです。
refund-cash-sent = 返金を記録しました：ドロワーから現金で { $amount }。
refund-split-question = カードに { $card } を返金し、ドロワーから現金で { $cash } を返しますか？取り消せません。販売は支払済みのままです。
refund-split-yes = { $card } + { $cash } を返金
refund-cash-amount =
    .placeholder = 現金
    .aria-label = うち現金
refund-no = 返金しない
refund-sent = 返金を Stripe に送信しました。

## 設定（index.html と settings.js）。

settings-view =
    .aria-label = 設定
settings-key-title = Stripe キー
settings-no-key = キーがありません: Till は組み込みのシミュレーターを使うトレーニングモードで動作します。
settings-key-restricted = 制限付きキー
settings-key-secret = シークレットキー
settings-key-from-environment = STRIPE_SECRET_KEY から（キーリングより優先）
settings-key-verified = { $when } に確認済み
settings-permissions = 制限付きキーの権限（推奨。それ以外はすべて「なし」）
settings-permissions-probed = この制限付きキーの権限
settings-permission-optional = （任意）
settings-key-label = Stripe ダッシュボード → 開発者 → API キー からキーを貼り付け
settings-key-input =
    .placeholder = rk_test_… または sk_test_…
settings-live-warning = これは本番キーです: 実際のカードに請求されます。
settings-live-type = 確認のため LIVE と入力してください。
settings-type-live = 本番キーを確認するには LIVE（大文字）と入力してください。キャンセルするには欄を空にしてください。
settings-key-save = キーを確認して保存
settings-key-replace = キーを確認して置き換え
settings-key-checking = Stripe で確認中…
settings-key-remove = キーを削除
settings-key-remove-question = キーを削除しますか？ Till はトレーニングモードに戻ります。記録済みの販売はそのままです。
settings-key-remove-yes = 削除
settings-key-remove-no = 残す
settings-keyring-note = キーは { $keyring } にのみ保存されます。Till が再び表示することはありません。
settings-key-saved = キーを保存しました: Till は { $mode ->
        [training] トレーニング
        [test] テスト
       *[live] 本番
    }モードで動作しています。
settings-key-removed = キーを削除しました: Till はトレーニングモードで動作しています。
settings-webhook-title = Webhook 署名シークレット
settings-optional = 任意
settings-webhook-not-set = 未設定: Till は Stripe とその Events API に問い合わせて支払いを把握します。
settings-webhook-label = 次のコマンドが表示する whsec_… シークレット:
settings-webhook-save = シークレットを保存
settings-webhook-remove = シークレットを削除
settings-webhook-saved = Webhook 署名シークレットを保存しました。
settings-register-title = レジ
settings-running = { $mode ->
        [training] トレーニング
        [test] テスト
       *[live] 本番
    }モードで動作中
settings-register-name = レジ名
settings-register-id = レジ ID
settings-register-id-note = （Stripe でこのレジのセッションに付けられます）
settings-currency = 既定の通貨
settings-locale = 表示形式
settings-locale-language = 自動 ({ $locale })
settings-language = 言語
settings-language-system = システム（{ $name }）
settings-timeout = 画面上の支払いの制限時間（分、1–30）
settings-success-url = 支払い後のページ（お客様のスマートフォン）
settings-lan = スマートフォンで QR コードを試す
settings-cancel-url = キャンセル URL
settings-cancel-own-page = このコンピューター上の Till のページ
settings-cancel-no-back-link = なし: Stripe のページに戻るリンクは表示されません
settings-save = 設定を保存
settings-saved = 設定を保存しました。
settings-logs-in = ログの場所:
settings-open-logs = ログフォルダーを開く

## オーナー PIN（history.js）。

history-pin-title = オーナー PIN
history-pin-choose = オーナー PIN を設定
history-pin-note-set = 履歴、会員、返金、レポート、カタログ、設定で求められます。4～12 桁の数字。スタッフは PIN なしで販売を続けられます。
history-pin-note-unlock = 履歴、会員、返金、レポート、カタログ、設定にはオーナー PIN が必要です。
history-pin-input =
    .aria-label = オーナー PIN
history-pin-again = 確認のため同じ PIN をもう一度
history-pin-continue = 続行
history-pin-cancel = キャンセル
history-pin-locked = PIN の誤りが多すぎます。{ $seconds } 秒後にもう一度お試しください。
history-pin-differ = 2 つの PIN が一致しません。同じ PIN を 2 回入力してください。

## 履歴: 絞り込み、一覧、合計、エクスポート。

history-view =
    .aria-label = 販売履歴
history-list-title = 販売
history-from = 開始日
history-to = 終了日
history-status = 状態
history-currency = 通貨
history-register = レジ
history-mode = モード
history-search = 検索
history-search-input =
    .placeholder = 例: ラテ
    .title = 商品、メールアドレス、または販売、cs_ / pi_ の ID
history-show = 表示
history-any-status = すべて
history-any-currency = すべて
history-any-register = すべて
history-state = { $state ->
        [creating] 準備中
        [awaiting_payment] 待機中
        [canceling] キャンセル中
        [processing] 処理中
        [paid] 支払い済み
        [failed] 失敗
        [expired] 期限切れ
        [canceled] キャンセル済み
       *[other] { $state }
    }
history-col-time = 日時
history-col-items = 商品
history-col-amount = 金額
history-no-match = この条件に一致する販売はありません。
history-more = さらに読み込む
history-lines = 明細ごとに 1 行
history-export = CSV をエクスポート
    .title = 絞り込んだ販売の CSV をダウンロードフォルダーへ
history-total-paid = { $sales } 件中 { $paid } 件支払い済み · 総額 { $gross }
history-total-refunded = 返金 { $refunded } · 平均 { $average }
history-total-tenders = カード { $card } · 現金 { $cash }
history-exported-sales = { $rows ->
       *[other] { $rows } 件の販売を { $path } にエクスポートしました
    }
history-exported-lines = { $rows ->
       *[other] { $rows } 行の明細を { $path } にエクスポートしました
    }

## 履歴: 販売の詳細と返金。

history-side-title = 販売、レポート、カタログ
history-tab-sale = 販売
history-tab-report = レポート
history-tab-catalog = カタログ
history-choose-sale = 販売を選ぶと、商品、Stripe の ID、返金、タイムライン全体が表示されます。
history-fact-sale = 販売
history-fact-created = 作成日時
history-fact-register = レジ
history-summary-tender-line = { $tender }（{ $currency }）：支払済み { $sales } 件、{ $total } — 現金 { $cash }、カード { $card }
history-fact-tender = 支払方法
history-tender = { $tender ->
        [card] カード
        [cash] 現金
        [split] 現金とカード
       *[other] { $tender }
    }
history-cash-line = 現金 { $amount }：お預かり { $tendered }、お釣り { $change }
history-fact-customer = お客様
history-fact-session = セッション
history-fact-payment-intent = PaymentIntent
history-fact-refunded = 返金済み
history-fact-refundable = 返金可能
history-refunds = 返金
history-timeline = タイムライン
history-refund-heading = 返金
history-refund-reason =
    .aria-label = 理由
history-reason-customer = お客様による依頼
history-reason-duplicate = 重複
history-reason-fraudulent = 不正利用
history-reason-none = 理由なし
history-refund-submit = 返金…
history-refund-refresh = 保留中の返金を Stripe に確認

## 履歴: レポートと日次締め。

history-by = 単位
history-by-day = 日
history-by-week = 週
history-report-week-of = { $start } からの週
history-by-month = 月
history-report-period = 期間
history-report-sales = 販売数
history-gross = 総額
history-refunded = 返金額
history-net = 純額
history-report-empty = この期間に支払い済みの販売はありません。
history-chart-alt = { $currency } の{ $period ->
        [day] 日
        [week] 週
       *[month] 月
    }ごとの総額
history-average = 平均 { $average }
history-summary-day =
    .aria-label = 締めの日付
history-summary-show = 日次締め
history-summary-print = 印刷
history-summary-title = 日次締め — { $day }
history-summary-meta = { $register } · { $mode ->
        [training] トレーニングモード
        [test] テストモード
       *[live] 本番モード
    } · 印刷 { $printed }
history-summary-paid = 支払い済み
history-summary-average = 平均
history-summary-state = { $state }: { $count }
history-summary-gross = お客様の支払額（{ $currency }）
history-summary-discounts = 割引
history-summary-tax-row = { $label }（課税対象 { $net }）
history-summary-tips = チップ（売上外）
history-summary-tips-tender = チップ、{ $tender }
history-summary-net = 純売上（税・チップを除く）
history-summary-none = この日の販売はありません。
history-summary-truncated = 最初の 500 件の販売だけを表示しています。合計はすべてを含みます。

## 履歴: カタログ。

history-new-product = Stripe に新しい商品
history-product-name = 名前
history-product-description = 説明
history-product-price = 価格
history-product-billing = 請求
history-billing-once = 1 回のみ
history-billing-month = 毎月
history-billing-year = 毎年
history-billing-week = 毎週
history-billing-day = 毎日
history-product-sku = SKU
history-product-barcode = バーコード
history-product-category = カテゴリ
history-product-tax-rate = 税率
history-product-tax-default = 店舗の既定
history-product-create = Stripe に作成
history-products-here = このレジの商品
history-product-created = Stripe に { $id } を作成しました。
history-archive = アーカイブ
history-archive-confirm = アーカイブしますか？ もう一度クリック
history-favourite = お気に入りページ
history-favourite-up = お気に入りページで上へ移動
history-favourites-hint = ★ で商品をレジのお気に入りページ (スタッフが最初に見るページ) に追加し、▲ で上へ移動します。
history-archived = { $name } をアーカイブしました。

## The Catalog tab's tax rates and coupons (index.html and history.js).
catalog-tax-rates = 税率
catalog-tax-rates-empty = 税率はまだありません。作成するまで売上に税はかかりません。
catalog-tax-rate-new = Stripe に新しい税率
catalog-tax-rate-name = 名前
catalog-tax-rate-percentage = 税率（%）
catalog-tax-rate-country = 国
catalog-tax-rate-jurisdiction = 管轄区域
catalog-tax-rate-inclusive = 価格に含む（付加価値税）。チェックなしなら価格に上乗せ
catalog-tax-rate-create = 税率を作成
catalog-tax-rate-what = { $inclusive ->
    [yes] { $percentage }、価格に含む
   *[no] { $percentage }、価格に上乗せ
}
catalog-tax-rate-default = 既定
catalog-tax-rate-make-default = 既定にする
catalog-tax-rate-no-default = 既定なし
catalog-tax-rate-created = 税率 { $name } を Stripe に作成しました。
catalog-tax-rate-archive-title = 税率 { $name } をアーカイブしますか？
catalog-tax-rate-archive-text = 既存の売上にはそのまま残ります。この税率を指定した商品は、別の税率を指定するまで販売できません。
catalog-tax-rate-archived = 税率 { $name } をアーカイブしました。
catalog-keep = 残す
catalog-coupons = クーポン
catalog-coupons-empty = クーポンはまだありません。
catalog-coupon-new = Stripe に新しいクーポン
catalog-coupon-name = 名前
catalog-coupon-percent = 割引率（%）
catalog-coupon-amount = または割引額
catalog-coupon-max = 最大利用回数
catalog-coupon-create = クーポンを作成
catalog-coupon-created = クーポン { $name } を Stripe に作成しました。
catalog-coupon-delete = 削除
catalog-coupon-delete-title = クーポン { $name } を削除しますか？
catalog-coupon-delete-text = スタッフは今後このクーポンを適用できません。使用済みの売上にはそのまま残ります。
catalog-coupon-deleted = クーポン { $name } を削除しました。

## 会員（index.html と members.js）。

members-status = { $status ->
        [active] 有効
        [trialing] トライアル
        [past_due] 支払い期限超過
        [unpaid] 未払い
        [canceled] キャンセル済み
        [incomplete] 未完了
        [incomplete_expired] 期限切れ
        [paused] 一時停止
       *[other] { $status }
    }
members-email-required = メンバーシップにはお客様のメールアドレスが必要です。ここに入力してから会計してください。
members-membership-note = { $membership }。Stripe は領収書と更新のお知らせをこのアドレスに送ります。スタッフはこのアドレスで会員を検索します。
members-verdict-past-due = 支払い期限超過 — 入場可、カードの更新をお願いしてください
members-verdict-in = { $status } — 入場可
members-verdict-out = { $status } — 入場不可
members-state = { $status }。
members-state-until = { $end } まで{ $status }、その後終了します。
members-state-failed = { $status }: 更新の支払いに失敗しました。
members-state-renews = { $status }、{ $end } に更新されます。
members-unreadable = 会員を読み込めませんでした: { $error }
members-recorded = 会員を記録しました: { $member } — { $state }
members-recorded-later = Stripe がサブスクリプションを報告すると、会員が一覧に表示されます。
members-ending = 期間終了時にキャンセル
members-period-ends = 現在の期間の終了日 { $end }
members-period-ended = 期間終了日 { $end }
members-lookup-title = 会員検索
members-lookup-close = 閉じる (Esc)
members-lookup-email =
    .placeholder = member@example.com
    .aria-label = 会員のメールアドレス
members-lookup-submit = 検索
members-none = { $email } のメンバーシップはありません
members-view =
    .aria-label = 会員
members-status-label = 状態
members-status-select =
    .aria-label = この状態の会員を表示
members-all-statuses = すべての状態
members-reload = 更新
members-col-email = メールアドレス
members-plan = プラン
members-period-end = 期間終了日
members-empty = この状態の会員はいません。
members-side =
    .aria-label = 会員
members-choose = 会員を選ぶと、Stripe の ID とタイムライン全体が表示され、期間終了時のキャンセルができます。
members-payment-failed = 支払い失敗
members-signed-out = オーナーはサインアウトしています。会員をもう一度開いて PIN を入力してください。
members-cancels-at-period-end = 期間終了時にキャンセル
members-customer = 顧客
members-subscription = サブスクリプション
members-sale = 販売
members-updated = 更新日時
members-yes = はい
members-no = いいえ
members-cancel = 期間終了時にキャンセル
members-this-member = この会員
members-cancel-question = { $member } の { $plan } を期間終了時（{ $end }）にキャンセルしますか？ それまでは利用できます。Stripe はこれ以上請求しません。
members-cancel-question-no-end = { $member } の { $plan } を期間終了時にキャンセルしますか？ それまでは利用できます。Stripe はこれ以上請求しません。
members-cancel-yes = はい、期間終了時にキャンセル
members-cancel-no = 残す
members-ask-again = Stripe にもう一度確認
members-ended = このメンバーシップは終了しています。キャンセルするものはありません。
members-scheduled = キャンセルは予定済みです: Stripe は期間の終わりにメンバーシップを終了します。
members-confirmed-ended = Stripe が確認しました: メンバーシップは終了しました。{ $summary }
members-confirmed-scheduled = Stripe が確認しました: メンバーシップは期間の終わり（{ $end }）に終了し、以後は更新されません。
members-confirmed-scheduled-no-end = Stripe が確認しました: メンバーシップは期間の終わりに終了し、以後は更新されません。
members-no-cancellation = Stripe は応答しましたが、キャンセルは示されていません: { $summary }
members-stripe-says = Stripe の応答: { $summary }
members-summary-period-end = 期間の終了時
members-summary-ending = { $until } まで{ $status }、その後終了します（キャンセル予定）。
members-summary-active-failed = 有効 — { $until } に更新されます。最近の支払いに失敗しました。メンバーのカードを確認してください。
members-summary-active = 有効 — { $until } に更新されます。
members-summary-trialing = { $until } までトライアル中。
members-summary-past-due = 支払い期限超過 — 最後の更新の支払いに失敗しました。Stripe が再試行します。メンバーにカードの更新を依頼してください。
members-summary-unpaid = 未払い — 更新の支払いに失敗しました。支払われるまでアクセスできません。
members-summary-canceled-on = キャンセル済み — { $date } にアクセスが終了しました。
members-summary-canceled = キャンセル済み — アクセスなし。
members-summary-incomplete = 未完了 — 初回の支払いが完了していません。まだアクセスできません。
members-summary-incomplete-expired = 初回の支払い前に期限切れになりました。アクセスなし。
members-summary-paused = 一時停止 — 再開するまでアクセスできません。
members-summary-other = ステータス { $status }。
members-summary-set-to-end = { $until } に終了する予定です。

## テストカード（index.html と testcards.js）。

testcards-title = テストカード
testcards-note = 各実行では有効な最小金額を請求します。表示されたカードで支払ってください。Till は Stripe の報告を記録し、不一致を示します。
testcards-card = カード
testcards-should = 期待される結果
testcards-last-run = 前回の実行
testcards-run = 実行
testcards-history = 実行履歴
testcards-export = CSV をエクスポート
testcards-copy = コピー
testcards-copy-title = 番号をコピー
testcards-no-runs = まだ実行していません。
testcards-payment-on-screen = 先にレジの支払いを完了するか、キャンセルしてください。
testcards-waiting = お客様を待っています
testcards-3ds-step = 3D セキュア認証の手順
testcards-declined = 拒否 — { $code }
testcards-result = { $result ->
        [paid] 支払い済み
        [expired] 期限切れ
        [canceled] キャンセル済み
        [failed] 失敗
       *[other] { $result }
    }
testcards-3ds-then = 3D セキュア認証の後、{ $result }
testcards-verdict-ok = { $outcome } ✓
testcards-verdict-mismatch = { $outcome } — 不一致
testcards-expected = 期待: { $outcome }
testcards-mismatch = 不一致: { $outcome }
testcards-mode = { $mode ->
        [training] トレーニング
        [test] テスト
       *[live] 本番
    }
testcards-copied = { $number } をコピーしました
testcards-card-number = カード番号: { $number }
testcards-exported = 実行履歴を { $path } にエクスポートしました

## レシート (receipt.rs): レシートに印字する言葉。

receipt-number = レシート番号 { $number }
receipt-sale = 取引 { $id }
receipt-cashier = 担当 { $name }
receipt-tax-id = 登録番号 { $id }
receipt-phone = 電話 { $phone }
receipt-copy = *** 控え ***
receipt-gift = ギフトレシート
receipt-refund = 返金
receipt-subtotal = 小計
receipt-discount = 値引き
receipt-tip = チップ
receipt-rounding = 現金端数調整
receipt-total = 合計
receipt-tax-rate = { $name } { $rate }
receipt-tax-detail = 税抜 { $net } · 税込 { $gross }
receipt-cash = 現金
receipt-change = お釣り
receipt-card = カード
receipt-refunded = 返金済み
receipt-refund-total = 返金合計
receipt-original-total = 元の合計
receipt-each = { $quantity } × { $price }
receipt-gift-line = { $quantity } × { $name }
receipt-scan-card = カードの領収書はこちら
receipt-scan-sale = 取引番号

## Cash and the drawer (cash.js, the register)
cash-button = 現金 · F6
    .title = 現金（F6）
cash-title = 現金
cash-offline = 現金にネットワークは不要です。Stripe には問い合わせません。
cash-drawer-closed = ドロワーが開いていません。現金を受け取る前に釣り銭準備金で開けてください。
cash-open-drawer = ドロワーを開ける
cash-tendered = お預かり
cash-quick =
    .aria-label = クイック金額
cash-change-due = お釣り
cash-complete = 完了（Enter）
cash-cancel = キャンセル（Esc）
cash-rounding = 現金の端数処理：{ $total } に { $rounding }
cash-split = 分割：残りをカードで
cash-split-line = 残りをカードで：{ $card }
cash-balance-title = 残りを現金で
split-line = 現金 { $cash } · カード { $card }
split-unpaid = カード分（{ $card }）は支払われていません。現金 { $cash } は記録済みです。カードを再試行、残りを現金で受け取る、または販売を取り消してください。
split-retry = カードを再試行
split-balance = 残りを現金で受け取る
split-void = 取消：{ $cash } を返す
split-void-title = 販売を取り消しますか？
split-void-text = ドロワーから { $cash } をお客様に返し、販売を取り消しますか？
split-void-yes = 取り消して返金
split-void-no = 販売を残す
split-voided = 取消済み：ドロワーから { $cash } を返しました。
split-retried = カード分の新しい支払いページを開きました。
drawer-rounding-label = 現金の端数処理
drawer-rounding-save = 保存（オーナー）
drawer-rounding-none = なし
drawer-rounding-current = 現金は { $step } 単位で端数処理されます。
drawer-rounding-off = 現金は端数処理されません。
drawer-rounding-hint = 現金で受け取る最小単位（なし：1 単位まで）。カードは端数処理しません。
drawer-rounding-hint-usual = 現金で受け取る最小単位（なし：1 単位まで）。この通貨では { $usual } が一般的です。カードは端数処理しません。
drawer-z-list = Z レポート（オーナー）
drawer-z-line = Z { $number } · 締め { $closed } · 実査 { $counted } · 過不足 { $variance }
drawer-z-none = Z レポートはまだありません。ドロワーを締めると作成されます。
drawer-button = ドロワー
    .title = キャッシュドロワー：釣り銭準備金、入金・出金、X レポート、締め（F10）
drawer-title = キャッシュドロワー
drawer-close-dialog = 閉じる（Esc）
drawer-count-total = または合計
drawer-move-amount =
    .aria-label = 入金・出金の金額
    .placeholder = 金額
drawer-move-reason =
    .aria-label = 入金・出金の理由
    .placeholder = 理由
drawer-paid-in = 入金
drawer-paid-out = 出金（オーナー）
drawer-no-sale = ノーセール
drawer-x = X レポート
drawer-start-close = ドロワーを締める…
drawer-state-closed = ドロワーは閉じています。釣り銭準備金を数えて開けてください。
drawer-state-open = { $since } から営業中 · 準備金 { $float } · あるべき金額 { $expected }
drawer-count-float = 釣り銭準備金を数える
drawer-count-close = ドロワーの現金を数える
drawer-open-button = ドロワーを開ける
drawer-close-button = 締めて Z レポートを作成
drawer-x-title = X レポート：このシフトの現在まで
drawer-z-title = Z レポート { $number }
drawer-count-of = { $denomination } の枚数
drawer-recorded = 記録しました。
drawer-owner-needed = 出金にはオーナーが必要です。履歴を開いてオーナー PIN を入力し、戻ってください。
drawer-row = { $key ->
        [float] 釣り銭準備金
        [cash_sales] 現金売上
        [cash_refunds] 現金返金
        [paid_in] 入金
        [paid_out] 出金
        [no_sales] ノーセール
        [rounding] 現金の端数処理
        [expected] ドロワーにあるべき金額
        [counted] 実査
        [variance] 過不足
        [sales_card] カード売上
        [sales_cash] 現金売上（合計）
        [sales_split] 分割払い
        [card_sales] カードで受領
       *[card_refunds] カード返金
    }

## Receipts (receipt.js)

receipt-button = レシート
receipt-title = レシート
receipt-title-gift = ギフトレシート
receipt-title-copy = レシート（控え）
receipt-title-refund = 返金レシート
receipt-refund-button = 返金レシート
receipt-close = 閉じる (Esc)
receipt-gift-button = ギフトレシート
receipt-print = 印刷
receipt-printed = { $printer } でレシートを印刷しました。
receipt-no-printer = レシートプリンターが設定されていません。設定 → レシートで選んでください。
receipt-email-live = Stripe が { $email } に領収書をメールで送ります。
receipt-email-test = テストモード: Stripe は { $email } に領収書メールを送りません（テスト支払いのメールは自分のチームのアドレスにのみ届きます）。
receipt-email-training = トレーニングモード: { $email } に領収書メールは送られません（テストモードでは Stripe はメールを送りません）。
receipt-reprint = レシートを再印刷
receipt-test-printed = { $printer } でテストページを印刷しました。
receipt-settings-title = レシート
receipt-settings-shop-name = 店名（空欄: レジの名前）
receipt-settings-address = 住所（4 行まで）
receipt-settings-tax-id = 登録番号
receipt-settings-phone = 電話
receipt-settings-footer = フッター（4 行まで）
receipt-settings-printer = プリンター（192.168.1.50:9100、/dev/usb/lp0、cups:キュー。空欄: なし）
receipt-settings-paper = 用紙
receipt-settings-paper-80 = 80 mm
receipt-settings-paper-58 = 58 mm
receipt-settings-code-page = 文字セット
receipt-settings-code-page-pc858 = PC858（西欧、€）
receipt-settings-code-page-pc437 = PC437（米国、€ なし）
receipt-settings-code-page-wpc1252 = Windows-1252
receipt-settings-code-page-kanji = Shift_JIS 漢字（日本向けモデル）
receipt-settings-drawer-pin = キャッシュドロワーの接続端子
receipt-settings-drawer-pin-2 = ピン 2（通常）
receipt-settings-drawer-pin-5 = ピン 5（2 台目のドロワー）
receipt-settings-copies = 部数（1〜5）
receipt-settings-print-mode = レシートの印刷
receipt-settings-auto = 支払い後に自動で
receipt-settings-ask = スタッフが印刷を押したとき
receipt-settings-never = しない（画面のみ）
receipt-settings-kick = 現金を受け取ったときと「ノーセール」のときにドロワーを開く
receipt-settings-save = レシート設定を保存
receipt-settings-test = テストページを印刷

## Parked sales (parked.js)
parked-button = { $count ->
        [0] 保留 · F3
       *[other] 保留中 ({ $count }) · F3
    }
    .title = この会計を保留する、または保留中の会計を再開する (F3)
parked-title = 保留中の会計
parked-close = 閉じる (Esc)
parked-label =
    .placeholder = 山田様、4番テーブル…
    .aria-label = ラベル: お客様の名前またはテーブル
parked-park = この会計を保留
parked-list =
    .aria-label = 保留中の会計
parked-none = このレジで保留中の会計はありません。
parked-row-meta = { $items } · { $total } · { $time } に保留
parked-old = 長時間保留中
parked-changed-price = { $name } は現在 { $now } です (以前は { $was })
parked-changed-gone = { $name } は販売終了のため除外されます
parked-changed-coupon = クーポン { $name } は使用できなくなったため除外されます
parked-changed-adjustments = 割引・クーポン・チップがカートに合わなくなったため除外されます
parked-resume = 再開
parked-resume-changed = 本日の価格で再開
parked-drop = 破棄
parked-drop-title = この保留中の会計を破棄しますか?
parked-drop-text = 「{ $label }」({ $total }) を一覧から削除します。支払いはないため、返金もありません。
parked-drop-yes = 破棄する
parked-drop-no = 残す
parked-done = 「{ $label }」として保留しました。
parked-resumed = 「{ $label }」をレジに戻しました。

## The report's chart (made in Rust: crates/till-domain/src/chart.rs, crates/till-core/src/history.rs)
chart-title = { $currency } 総売上 ({ $period ->
        [day] 日別
        [week] 週別
       *[month] 月別
    }) — { $from } 〜 { $to }
chart-empty = この期間に支払い済みの売上はありません。
chart-max = 最大 { $amount }
chart-card = カード
chart-cash = 現金
chart-refunded = 返金
chart-bar = 総売上 { $gross } (カード { $card }、現金 { $cash })、返金 { $refunded }、{ $sales } 件
## The customer's screen: the register's switch and Settings (screen.js), where it is (the core), and the customer's own page (customer.js)
screen-button = お客様用画面
    .title = お客様用画面のオン・オフ
screen-settings-title = お客様用画面
screen-settings-switch = お客様用画面
screen-settings-auto = 2 台目のモニター接続時にオン
screen-settings-on = オン（モニターが 1 台なら通常のウィンドウ）
screen-settings-off = オフ
screen-settings-monitor = モニター
screen-settings-monitor-auto = レジ以外の最初のモニター
screen-settings-monitor-name = { $name }（{ $width }×{ $height }）
screen-settings-monitor-register = { $name }（{ $width }×{ $height }）— レジ用
screen-settings-welcome = ようこそメッセージ（空欄：「いらっしゃいませ」）
screen-settings-save = お客様用画面を保存
screen-settings-saved = お客様用画面を保存しました。
customer-screen-closed = お客様用画面はオフです。
customer-screen-window = お客様用画面は通常のウィンドウです（専用の 2 台目のモニターがありません）。
customer-screen-on = お客様用画面は { $monitor } で全画面表示中です。
customer-screen-monitor-gone = お客様用画面のモニターが取り外されました。
customer-welcome = いらっしゃいませ
customer-order-title = ご注文
customer-total = 合計
customer-scan = スキャンしてお支払い
customer-qr-alt = 支払いページの QR コード：スマートフォンのカメラで読み取ってください
customer-receipt-scan = スキャンしてレシートを表示
customer-receipt-alt = レシートの QR コード: スマートフォンのカメラでスキャンしてください
customer-tendered = お預かり
customer-change = お釣り
customer-thank-you = ありがとうございました。
customer-status-preparing = 少々お待ちください。お支払いを準備しています…
customer-status-waiting = スマートフォンのカメラでコードを読み取ってお支払いください。
customer-status-three-d-secure = カード会社で支払いを認証してください（3D セキュア）。
customer-status-declined = カードが拒否されました。別のカードをお試しください。
customer-status-processing = お支払いを処理しています…
customer-status-paid = お支払い済み。
customer-status-failed = お支払いが完了しませんでした。
customer-status-expired = 支払いページの有効期限が切れました。
customer-status-canceled = お支払いはキャンセルされました。

## Returns by line (returns.js)
return-button = 商品を返品…
return-title = 商品の返品
return-close = 閉じる (Esc)
return-note = { $tender ->
    [cash] 返品する各商品の数量を選んでください。金額はドロワーから現金で返金されます。
   *[card] 返品する各商品の数量を選んでください。金額は支払いに使われたカードに返金されます。
}
return-line-meta = 単価 { $unit } · { $sold } 点販売{ $returned ->
    [0] {""}
   *[other] 、{ $returned } 点返品済み
}
return-all-back = すべて返品済み
return-quantity = { $name } の返品数
return-total = { $tender ->
    [cash] 現金: { $amount }
   *[card] カードへ: { $amount }
}
return-none = 少なくとも 1 つの商品の返品数を選んでください。
return-submit = 返品して返金…
return-question = { $tender ->
    [cash] { $items } 点を返品し、{ $amount } をドロワーから現金で返金しますか？
   *[card] { $items } 点を返品し、{ $amount } をカードに返金しますか？
}
return-yes = { $amount } を返金
return-no = 販売をそのままにする
return-done = 返品しました: { $amount } を返金しました。
return-error-nothing = 少なくとも 1 行を選び、返品する数量を指定してください。
return-error-unknown-line = 販売 { $sale } に価格 { $price } の行はありません。この販売の行から選んでください。
return-error-quantity = { $name } の返品数を指定してください (1 以上)。
return-error-exceeds = { $name } を { $asked } 点返品することはできません: 販売 { $sold } 点、返品済み { $returned } 点のため、あと最大 { $left } 点です。
return-error-too-large = 数量が大きすぎます。
return-error-adjusted = 販売 { $sale } には割引または外税があるため、行の価格は実際の支払額と異なります。金額で返金してください。
return-error-split = 販売 { $sale } は一部を現金、一部をカードで支払われています。金額で返金し、カードに戻す額と現金で返す額を指定してください。

## Refund refusals (the core: refunds.rs)
refund-error-reason = { $reason } は返金理由ではありません。{ $reasons } のいずれかを使ってください。
refund-error-use-cash = 販売 { $sale } はカードではなく現金で支払われました。ドロワーから現金で返金してください。
refund-error-exceeds-card = 販売 { $sale }（現金とカード）でカードに戻せる額を超えています（カード分の残りは { $left }）。残りは現金で返金してください。
refund-error-no-cash = 販売 { $sale } では現金を受け取っていないため、現金で返すものはありません。カードに返金してください。
refund-error-exceeds-cash = 販売 { $sale } で現金で返せる額を超えています（現金で受け取った { $taken } のうち残り { $left }）。{ $left } 以下を入力してください。
refund-error-split-nothing = カードに戻す額、現金で返す額、またはその両方を指定してください。
refund-error-not-split = 販売 { $sale } は{ $tender ->
        [card] カード
        [cash] 現金
       *[other] { $tender }
    }のみで支払われた販売で、現金とカードの併用ではありません。その支払い方法で返金してください。
refund-error-drawer-closed = ドロワーが開いていないため、現金を返せません。先に釣り銭準備金で開けてください。何も返金されていません。
refund-error-lines-exceed = これらの行の合計は { $amount } で、販売 { $sale } でまだカードに戻せる額（{ $left }）を超えています。
refund-error-membership = 販売 { $sale } は会員権の販売です。その支払いはサブスクリプションの最初の請求書で、Till では返金できません。Stripe ダッシュボードで請求書を返金し、会員権を終了する場合は会員で解約してください。
refund-error-zero = 返金額は 0 より大きくしてください。
refund-error-refunded = 販売 { $sale } はすでに全額返金されています。
refund-error-too-large = { $amount } はこの販売で返金できる残り（{ $left }）を超えています。{ $left } 以下を入力してください。
refund-error-no-payment = 販売 { $sale } には Stripe の支払いが記録されていないため、Stripe で返金するものはありません。Stripe ダッシュボードで確認してください。
refund-error-no-payment-short = 販売 { $sale } には Stripe の支払いが記録されていません。
refund-error-not-paid = 販売 { $sale } は支払い済みではありません（状態: { $state ->
        [creating] 準備中
        [awaiting_payment] 待機中
        [canceling] キャンセル中
        [processing] 処理中
        [failed] 失敗
        [expired] 期限切れ
        [canceled] キャンセル済み
       *[other] { $state }
    }）。返金できるのは支払い済みの販売だけです。
refund-error-offline = { $failure }。何も返金されず、何も変わっていません。インターネット接続を確認して、もう一度お試しください。
refund-error-unconfirmed = Stripe から応答がありません（{ $failure }）。返金されたかどうかは不明です。その金額は保留され、返金、更新、またはこの販売を開き直したときに Till が同じキーで再度問い合わせます（Stripe が同じキーで二重に返金することはありません）。
refund-error-refused = Stripe が返金を拒否しました: { $failure }。何も返金されていません。

## Cart, register and parked-sale refusals (the core: till-domain's cart.rs, register.rs, parked.rs)
sale-misc-line = その他
register-error-open-price-zero = 0 より大きい金額を入力してください。
register-error-not-open-price = { $name } は固定価格です。タイルをタップして追加してください。
sale-manual-discount = 手動割引
register-error-discount-needs-owner = 手動割引にはオーナーかマネージャーのレジでのサインインが必要です。サインインを依頼してください（オーナーはオーナー PIN で）。
register-error-discount-reason = 割引の理由を入力してください（1〜200 文字）。販売の履歴に残ります。
register-error-discount-zero = 0 より大きい割引を入力してください。
register-error-override-needs-owner = 価格の変更にはオーナーかマネージャーのレジでのサインインが必要です。サインインを依頼してください（オーナーはオーナー PIN で）。
register-error-override-reason = 価格を変更する理由を入力してください（1〜200 文字）。販売の履歴に残ります。
register-error-override-zero = 0 より大きい価格を入力してください。無料にする場合はオーナーに割引を依頼してください。
register-error-override-recurring = { $name } はメンバーシップです。価格はサブスクリプションの請求額です。Stripe で変更してください。
sale-discount = 割引
sale-tip-line = チップ
timeline-session-created-canceling = Stripe がチェックアウトセッション { $session } を返しました。取り消しを完了するため期限切れにします。
timeline-session-created = チェックアウトセッション { $session } を作成しました。お客様を待っています。
timeline-session-refused-canceled = Stripe がチェックアウトセッションの作成を拒否しました（{ $reason }）。期限切れにするものはなく、販売を取り消しました。
timeline-session-refused = Stripe がチェックアウトセッションの作成を拒否しました：{ $reason }
timeline-declined = カードが拒否されました（{ $code }）。
timeline-declined-message = カードが拒否されました（{ $code }）：{ $message }
timeline-three-d-secure = お客様が 3D セキュアを行っています。
timeline-paid = { $amount } 支払い済み。PaymentIntent { $intent }。
timeline-completed-unpaid = 銀行が後で確認する支払い方法でチェックアウトが完了しました。
timeline-completed-unpaid-intent = 銀行が後で確認する支払い方法でチェックアウトが完了しました。PaymentIntent { $intent }。
timeline-delayed-paid = 遅延支払いが成功しました：{ $amount } 支払い済み。PaymentIntent { $intent }。
timeline-delayed-failed = 遅延支払いが失敗しました：{ $reason }
timeline-expired-canceled = チェックアウトセッションは期限切れです。販売を取り消しました。
timeline-expired = お客様が支払う前にチェックアウトセッションの期限が切れました。
timeline-cancel-requested = スタッフが販売を取り消しました。Stripe にチェックアウトセッションの期限切れを依頼しています。
timeline-cancel-confirmed = Stripe が依頼どおりチェックアウトセッションを期限切れにしました。販売を取り消しました。
timeline-cancel-too-late = 取り消しが間に合いませんでした。
timeline-amount-mismatch = 警告：Stripe の金額（{ $stripe }）が販売のカード分（{ $expected }）と一致しません。
timeline-reconcile-session = Checkout セッション { $session } は { $status } / { $payment }
timeline-reconcile-session-amount = Checkout セッション { $session } は { $status } / { $payment }、{ $amount }
timeline-reconcile-session-intent = Checkout セッション { $session } は { $status } / { $payment }、PaymentIntent { $intent }
timeline-reconcile-session-amount-intent = Checkout セッション { $session } は { $status } / { $payment }、{ $amount }、PaymentIntent { $intent }
timeline-state = { $state ->
        [creating] 「準備中」
        [awaiting_payment] 「待機中」
        [canceling] 「キャンセル中」
        [processing] 「処理中」
        [paid] 「支払い済み」
        [failed] 「失敗」
        [expired] 「期限切れ」
        [canceled] 「キャンセル済み」
       *[other] { $state }
    }
timeline-reconcile-corrected = 照合：台帳では { $state } でしたが、{ $session } です。Stripe に合わせて訂正しました。
timeline-reconcile-imported = 照合で Stripe から取り込みました：レジ { $register } の Checkout セッション { $session }、{ $lines } 行、{ $amount }。
member-timeline-status = { $status ->
        [active] 有効
        [trialing] トライアル中
        [past_due] 支払い期限超過
        [unpaid] 未払い
        [canceled] キャンセル済み
        [incomplete] 未完了
        [incomplete_expired] 期限切れ
        [paused] 一時停止中
       *[other] { $status }
    }
member-timeline-a-membership = メンバーシップ
member-timeline-recorded = メンバーシップを記録しました：{ $plan }、{ $status }。
member-timeline-recorded-until = メンバーシップを記録しました：{ $plan }、{ $status }、現在の期間は { $end } に終了します。
member-timeline-status-changed = ステータス { $from } → { $to }。
member-timeline-past-due = 更新の支払いに失敗しました。Stripe が再試行します。メンバーにカードの更新を依頼してください。
member-timeline-ended = メンバーシップは終了しました：アクセスを取り消しました。
member-timeline-cancel-scheduled = 期間の終了時（{ $end }）に終了する設定になりました。
member-timeline-cancel-scheduled-no-date = 期間の終了時（日付不明）に終了する設定になりました。
member-timeline-cancel-withdrawn = 予定されていたキャンセルは取り下げられました。
member-timeline-period-ends = 現在の期間は { $end } に終了します。
member-timeline-updated = 詳細を更新しました。
member-timeline-an-invoice = （番号なし）
member-timeline-amount-not-given = 金額の記載なし
member-timeline-amount-unknown = 不明な金額
member-timeline-invoice-paid = 請求書 { $invoice } の支払い済み：{ $amount }（{ $reason ->
        [first] 初回の支払い
        [renewal] 更新
       *[other] 支払い
    }）。
member-timeline-invoice-failed = 請求書 { $invoice }：{ $amount } の{ $reason ->
        [first] 初回の支払い
        [renewal] 更新の支払い
       *[other] 支払い
    }に失敗しました。Stripe が再試行します。メンバーにカードの更新を依頼してください。
member-timeline-invoice-failed-attempt = 請求書 { $invoice }：{ $amount } の{ $reason ->
        [first] 初回の支払い
        [renewal] 更新の支払い
       *[other] 支払い
    }に失敗しました（{ $attempt } 回目）。Stripe が再試行します。メンバーにカードの更新を依頼してください。
timeline-charge-pressed = 会計を押しました：{ $lines } 行、{ $total }。
timeline-split-pressed = 分割を押しました：{ $lines } 行、{ $total }。現金 { $cash }（{ $parts } 回）、カード { $card }。
timeline-paid-cash = 現金で支払い済み：預かり { $tendered }、お釣り { $change }。
timeline-cash-rounding = 現金の端数調整 { $rounding }。
timeline-price-override = { $name } の価格を { $was } から { $now } に変更：{ $reason }。
timeline-manual-discount = 手動割引 { $amount }：{ $reason }。
timeline-promotion-code = お客様がプロモーションコード { $code } を使用：{ $discount } 割引。Stripe の請求額 { $charged }（請求予定 { $asked }）。
timeline-no-promotion-code = プロモーションコードは使用されませんでした。
timeline-refund-cash = オーナーの依頼により、ドロアーから現金で { $amount } を返金しました。
timeline-refund = 返金 { $refund }（{ $amount }）：{ $status }。
timeline-refund-asked = オーナーが依頼した返金 { $refund }（{ $amount }）：{ $status }。
timeline-refund-failed = 返金 { $refund }（{ $amount }）：{ $status }（{ $why }）。
timeline-split-voided = カード部分が { $state } となった後に取り消し：現金はドロアーから返しました。
timeline-split-cash-balance = カード部分が { $state } で終了。残額 { $balance } を現金で受領：預かり { $tendered }、お釣り { $change }。
timeline-split-retried = この販売の現金を引き継ぐ販売 { $next } としてカードを再試行しました。
timeline-split-retry-created = 販売 { $sale } のカードを再試行：現金を引き継ぎ、残りはカードで。
sale-promotion-code-discount = コード { $code }
cart-promotion-codes = プロモーションコード：お客様が Stripe のページで入力します
recurring-every = { $count ->
        [1] { $interval ->
            [day] 日
            [week] 週
            [month] 月
           *[year] 年
        }
       *[other] { $count }{ $interval ->
            [day] 日
            [week] 週間
            [month] か月
           *[year] 年
        }
    }
recurring-label = { $amount } / { $every }
cart-membership = メンバーシップ、請求間隔：{ $every }
cart-error-coupon-and-promotion-codes = Stripe ではクーポンとお客様が入力するプロモーションコードを併用できません。先にどちらかを外してください。
cart-error-promotion-codes-need-card = お客様が Stripe のカード支払いページでプロモーションコードを入力するため、この販売はカードでのみ支払えます。現金で受け取るには、クーポンでプロモーションコードをオフにしてください。
checkout-error-promotion-codes-with-tip = Stripe はプロモーションコードをチップからも差し引いてしまいます。チップを外すか、クーポンでプロモーションコードをオフにしてください。
checkout-error-promotion-codes-membership = 会員権にはレジでプロモーションコードを使えません。クーポンでプロモーションコードをオフにするか、会員権を単独で販売してください。
adjust-promotion-codes = お客様がプロモーションコードを入力
adjust-promotion-codes-detail = Stripe のページで
cart-tax-exclusive = { $name } { $rate }
cart-tax-inclusive = 内 { $name } { $rate }
cart-error-empty = カートが空です。会計の前に商品を 1 点以上追加してください。
cart-error-mixed-currency = この販売は { $cart } ですが、{ $name } の価格は { $item } です。1 つの販売で使える通貨は 1 つです。先にこの販売を終えるかクリアしてください。
cart-error-quantity-range = { $name } の数量は 1〜999 にしてください（指定: { $quantity }）。
cart-error-quantity-below-one = { $name } の数量は 1 未満にできません。販売から外すには「削除」を使ってください。
cart-error-too-many-lines = 1 つの販売に入れられる商品は最大 100 種類です。この販売を会計してから、残りを新しい販売として登録してください。
cart-error-line-not-found = その商品はもうカートにありません。更新してもう一度お試しください。
cart-error-price-conflict = { $name } はすでに別の価格でカートに入っています。カタログを同期してから、販売をクリアして登録し直してください。
cart-error-invalid-item = この商品は販売できません。カタログのデータが破損しています ({ $reason })。カタログを同期し、解決しない場合は Stripe ダッシュボードで商品を確認してください。
cart-error-mixed-schedules = { $first }（請求間隔：{ $first_every }）と { $other }（請求間隔：{ $other_every }）：1 回のメンバーシップ販売で使える請求間隔は 1 つだけです。2 つの販売に分けてください。
cart-error-too-many-memberships = 会員権の販売に入れられる定期商品は最大 20 点です。残りは 2 つ目の販売で販売してください。
cart-error-membership-needs-card = 会員権はカードで更新されるため、現金では支払えません。カードで会計してください。
discounts-error-tax-name = 税率には 1〜50 文字の名前が必要です（消費税、Sales tax）。
discounts-error-country = 国は 2 文字（JP、US）で入力するか、空欄にしてください。
discounts-error-jurisdiction = 管轄は 50 文字以内（NY）で入力するか、空欄にしてください。
discounts-error-coupon-name = クーポンには 1〜40 文字の名前が必要です（販売とレシートに表示されます）。
discounts-error-coupon-value = クーポンは割合（10）か金額（5.00）のどちらかを 0 より大きく指定します。どちらか一方を入力してください。
discounts-error-coupon-max = 利用回数は 1 以上にするか、無制限なら空欄にしてください。
pricing-error-empty = この販売には商品がありません。先に商品を追加してください。
pricing-error-zero-quantity = 数量が 0 の行があります。行を削除するか、1 以上の数量にしてください。
pricing-error-negative-price = 価格がマイナスの行があります。カタログで商品の価格を確認してください。
pricing-error-unknown-tax-rate = 税率 { $id } が見つかりません（アーカイブされた可能性があります）。カタログを更新するか、商品に別の税率を選んでください。
pricing-error-invalid-percent = 「{ $input }」はパーセンテージではありません。0 から 100 までの数値を小数点以下 4 桁以内で入力してください。
pricing-error-empty-coupon = クーポン { $coupon } は何も割り引きません。別のクーポンを選んでください。
pricing-error-coupon-currency = クーポン { $coupon } は { $coupon_currency } の販売用で、この販売は { $sale_currency } です。{ $sale_currency } のクーポンか、割合のクーポンを選んでください。
pricing-error-discount-exceeds-sale = 割引（{ $discount }）が販売額（{ $subtotal }）を超えています。小さい割引を選ぶか、先に商品を追加してください。
pricing-error-tip-currency = チップは { $tip_currency } ですが、この販売は { $sale_currency } です。チップを { $sale_currency } で入力してください。
pricing-error-negative-tip = チップをマイナスにはできません。マイナス記号なしで入力するか、「チップなし」を選んでください。
pricing-error-tip-too-large = チップ（{ $tip }）が販売額そのもの（{ $sale }）を超えています。チップを確認してください。Till が受け付ける上限は { $limit } です。
pricing-error-total-too-large = 販売の合計が Stripe の 1 回の支払いの上限（{ $maximum }）を超えています。販売を小さく分けてください。
coupon-off = { $off } 引き
register-error-unknown-coupon = 同期したカタログにクーポン { $coupon } はありません。カタログを同期するか、一覧から選んでください。
register-error-coupon-expired = クーポン { $coupon } は Stripe で期限切れか上限に達しています。別のクーポンを選んでください。
register-error-favourites-full = お気に入りページに置ける商品は最大 { $max } 点です。先に 1 点外してください。
register-error-favourite-twice = { $price } がお気に入りページに 2 回あります。1 回だけにしてください。
register-error-favourite-unknown = このレジの通貨で価格 { $price } の商品はありません。カタログを同期して選び直してください。
register-error-no-product = カタログに価格 { $price } の商品はありません。カタログを同期してもう一度お試しください。
register-error-unknown-code = バーコードまたは SKU が { $code } の商品はありません。コードを確認するか、名前で検索してください。
register-error-park-empty = カートが空です。保留するものはありません。
register-error-park-charging = この販売の支払いが進行中です。先に支払いをキャンセルしてから、販売を保留してください。
register-error-busy = レジに販売があります。別の販売を再開する前に、会計、保留、またはクリアしてください。
register-error-nothing-sold = { $label } として保留したものは、どれももう販売されていません。破棄して販売を登録し直してください。
register-error-prices-changed = { $label } を保留してから: { $changes }。本日の価格で再開するか、保留のままにしてください。
parked-changed-gone-short = { $name } は販売終了しました
parked-changed-coupon-short = クーポン { $name } は使用できなくなりました
parked-changed-adjustments-short = 割引・クーポン・チップがカートに合わなくなりました
parked-error-label-missing = 保留する会計に名前（お客様の名前やテーブル）を付けてください。あとで見つけられるようにするためです。
parked-error-label-invalid = 保留する会計の名前は 1 行で最大 { $max } 文字です。短くしてください。
parked-error-unreadable = 保留中の会計 { $label } を読み込めませんでした（{ $error }）。破棄して登録し直してください。
parked-error-gone = 保留中の会計 { $id } はこのレジにもう保留されていません（再開済みまたは破棄済み）。一覧を更新してください。

## Split, drawer and checkout refusals (the core: split.rs, drawer.rs, checkout.rs)
split-error-no-cash = 併用払いには現金分が必要です。お客様から受け取る現金を入力するか、カードを選んでください。
split-error-currency = 現金は { $counted } で数えられていますが、販売は { $currency } です。{ $currency } で数えてください。
split-error-part-zero = 現金分はそれぞれ 0 より大きくしてください。お客様から受け取る額を入力してください。
split-error-membership = 会員権はカードで更新されるため、現金との併用はできません。カードを選んでください。
split-error-sale-not-split = 販売 { $sale } はすでに{ $tender ->
        [card] カード
        [cash] 現金
       *[other] { $tender }
    }での販売です。併用払いにする前に、完了するかキャンセルしてください。
split-error-other-amounts = 販売 { $sale } はすでに別の金額で併用払いになっています。精算する（パネルに受け取った現金が表示されます）か、新しい販売を始めてください。
split-error-not-split = 販売 { $sale } は{ $tender ->
        [card] カード
        [cash] 現金
       *[other] { $tender }
    }のみの販売で、現金とカードの併用ではありません。
split-error-retried = 販売 { $sale } のカードはすでに販売 { $next } として再試行され、その現金も引き継がれています。そちらの販売を精算してください。
split-error-settled = 販売 { $sale } はすでに精算済みです（{ $kind ->
        [voided] 取消
        [paid_cash_balance] 残りを現金で支払い
       *[other] { $kind }
    }）。これ以上することはありません。新しい販売を始めてください。
split-error-card-open = 販売 { $sale } のカード分はまだ完了していません（状態: { $state ->
        [creating] 準備中
        [awaiting_payment] 待機中
        [canceling] キャンセル中
        [processing] 処理中
       *[other] { $state }
    }）。別の方法で精算する前に、銀行の応答を待ってください。
split-error-paid = 販売 { $sale } のカード分はキャンセル前に支払われたため、販売は成立しています。お客様が返金を希望する場合は返金してください。
split-error-unsettled = 販売 { $sale } は現金を受け取り済みで、カード分が支払われていません。やり直す前に、カードを再試行するか、残りを現金で受け取るか、取り消してください。
drawer-error-sale-is-card = 販売 { $sale } はすでにカードで支払い中です。現金を受け取る前に、支払いパネルでキャンセルしてください。
drawer-error-move-zero = 入れる額または出す額を入力してください（0 より大きく）。
drawer-error-move-reason = 現金を入れる、または出す理由を入力してください（200 文字以内）。例:「銀行からの両替」。
drawer-error-over-drawer = ドロワーにあるはずの額は { $expected } だけです。{ $amount } は出金できません。金額を確認してください。
drawer-error-closed = レジ { $till } のドロワーが開いていないため、レポートするシフトがありません。先に釣り銭準備金で開けてください。
drawer-error-count-missing = 閉じる前にドロワーの現金を数えてください（硬貨と紙幣ごとの枚数、または合計を入力）。現金がないドロワーは 0 と数えます。
drawer-error-no-z-report = このレジには Z レポート { $number } がありません。tillctl drawer z で一覧を表示してください。
checkout-error-tip-membership = 会員権にはチップを付けられません。チップを外すか、会員権だけで販売してください。
checkout-error-coupon-with-tip = このクーポンには Stripe で上限があるため、チップ付きのカード払いには使えません。Stripe がチップにも適用してしまいます。チップを外すか、現金または分割で会計してください。
checkout-error-email-required = 会員権にはお客様のメールアドレスが必要です（Stripe が領収書と更新のお知らせを送り、スタッフが会員を検索するのに使います）。お客様に聞いて、メール欄に入力してください。
checkout-error-split-too-small = 販売 { $sale } のカード分 { $amount } は Stripe の最低額を下回っています（{ $refused }）。残りは現金で受け取ってください。
checkout-error-other-items = 販売 { $sale } はすでに別の商品で会計されています。このカートは新しい販売として始めてください。
checkout-error-not-created = { $failure }。販売は保存されています。「再試行」を押す（または Till を再起動する）と同じリクエストで続行するため、お客様が二重に請求されることはありません。
checkout-error-create-refused = { $failure }。販売は失敗として記録されました。何も請求されていません。

## History's filter and report refusals (the core: history.rs)
history-error-date-range = 期間の終了日（{ $to }）が開始日（{ $from }）より前です。日付を入れ替えてください。
history-error-status = { $status } は販売の状態ではありません。次のいずれかを使ってください: { $states }。
history-error-register = レジ ID は最大 200 文字です。
history-error-staff = スタッフ ID は最大 200 文字です（staff_…）。
history-error-search-long = 検索は最大 200 文字です。名前、メールアドレス、ID のいずれか 1 つで検索してください。
history-error-search-empty = 検索する文字か数字を入力してください: 商品名、メールアドレス、または販売・セッション・PaymentIntent の ID。
history-error-cursor = ページの位置が無効です。最初のページからやり直してください。
history-error-period = { $period } はレポートの期間ではありません: day、week、month のいずれかを使ってください。
history-error-report-range = レポートの終了日（{ $to }）が開始日（{ $from }）より前です。日付を入れ替えてください。
history-error-report-days = レポートの期間は最大 { $max } 日です。短い期間を選んでください。

## Cash tender and count refusals (till-domain's tender.rs)
tender-error-currency = 現金は { $counted } で数えられていますが、販売は { $currency } です。{ $currency } で数えてください。
tender-error-negative = 預かり金額はマイナスにできません。お客様から受け取った額を入力してください。
tender-error-too-large = その預かり金額は Till が扱える最大額を超えています。入力した金額を確認してください。
tender-error-short = 預かり { $tendered } では { $due } に { $short } 足りません。現金を追加で受け取るか、残りを「現金とカード」でカード払いにしてください。
tender-error-count-negative = 数えた金額はマイナスにできません。ドロワーを数え直してください。
tender-error-denomination = { $denomination } は { $currency } の硬貨・紙幣ではありません。表示された金種で数えてください。
tender-error-pieces-negative = 硬貨や紙幣の枚数はマイナスにできません。ドロワーを数え直してください。
tender-error-count-too-large = その枚数はドロワーに入る量を超えています。入力した数を確認してください。
tender-error-split-no-cash = 併用払いには現金分が必要です。お客様から受け取る現金を入力するか、カードを選んでください。
tender-error-covers-total = 現金 { $cash } で合計 { $total } 全額をまかなえます。「現金とカード」ではなく現金を選んでください。
tender-error-balance-too-small = カードへの請求額は { $card } になりますが、Stripe の最低額は { $minimum } です。現金は { $most } 以下にするか、全額を現金で受け取ってください。（{ $refused }）

## Amount refusals (till-domain's money.rs)
money-error-unknown-currency = 「{ $input }」は Stripe で請求できる通貨ではありません。USD や EUR のような 3 文字のコードを使ってください。
money-error-unknown-locale = 「{ $input }」は対応している表示言語ではありません。en-US、en-GB、de-DE、fr-FR、es-ES、ja-JP のいずれかを選んでください。
money-error-invalid = 「{ $input }」は金額ではありません。{ $hint }
money-hint-example = 金額を入力してください（例: { $example }）。
money-hint-comma = 小数点にはコンマを使って入力してください（例: 29,50 または 1.234,50）。
money-hint-point = 小数点にはピリオドを使って入力してください（例: 29.50 または 1,234.50）。
money-error-negative = 「{ $input }」はマイナスです。マイナス記号なしで金額を入力してください。
money-error-decimals = { $allowed ->
        [0] { $currency } の金額は整数です。小数なしで入力してください。
       *[other] { $currency } の金額は小数点以下 { $allowed } 桁までです。金額を確認してください。
    }
money-error-too-small = { $amount } は Stripe の最低請求額 { $minimum } を下回っています。最低額に達するまで商品を追加するか、別の支払い方法を使ってください。
money-error-too-large = 金額が Stripe の 1 回の請求の上限（{ $maximum }）を超えています。販売を小さく分けてください。
money-error-precision = Stripe は { $currency } を { $step } 単位でしか請求できず、{ $amount } はその単位ではありません。金額を調整してください。
money-error-mixed-currency = { $expected } と { $found } の金額は合算できません。1 つの販売では 1 つの通貨にしてください。

## The catalog editor's refusals (the core: catalog_admin.rs)
catalog-error-draft-id = フォームの下書き ID が無効です。フォームを開き直して、もう一度お試しください。
catalog-error-name = 商品には 1〜250 文字の名前が必要です。
catalog-error-description = 説明は 500 文字までです。
catalog-error-price-zero = 価格は 0 より大きくしてください。
catalog-error-interval = { $interval } は請求間隔ではありません。day、week、month、year のいずれかを使うか、1 回限りの価格なら空欄にしてください。
catalog-error-field-long = { $field ->
        [sku] SKU
        [barcode] バーコード
        [category] カテゴリ
       *[other] { $field }
    }は 100 文字までです。
catalog-error-barcode = バーコードに使えるのは英字、数字、ハイフンだけです（スキャナーが入力する文字）。
catalog-error-unconfirmed = { $failure } もう一度ボタンを押してください。Till はリクエスト { $request } を同じキーで再送するため、Stripe が二重に作成することはありません。
catalog-error-conflict = このフォームは別の値で送信済みです。別の商品を作成するには、フォームを開き直してください。
catalog-error-product-id = { $id } は商品 ID（prod_…）ではありません。

## Settings' refusals and explanations (the core: settings.rs, phone.rs; till-print's setting.rs)
settings-error-register-name = レジ名は 1〜{ $max } 文字にしてください（例:「表カウンター」）。
settings-error-currency = { $error } 一覧から通貨を選んでください。
settings-error-locale = { $error } 一覧から表示形式を選んでください。
settings-error-language = Till は言語「{ $tag }」に対応していません。一覧から言語を選んでください。
settings-error-timeout = 画面上の支払いの制限時間は 1〜{ $max } 分にしてください（Stripe の支払いページの有効期間は 31 分で、Till はその前にキャンセルします）。
settings-error-tip-preset = 「{ $preset }」はチップのプリセットにできません。1〜{ $max } の整数のパーセントをカンマ区切りで入力してください（10, 15, 20）。
settings-error-tip-repeated = { $preset } % がプリセットに 2 回あります。各パーセントは 1 回だけ入力してください。
settings-error-tip-count = チップのダイアログに入るプリセットは最大 { $max } 個です。いくつか削除してください。
settings-error-cancel-url = キャンセル URL は https://（このコンピューターなら http://）で始まるウェブアドレスにしてください（例: https://shop.example/thanks）。Till 自身のページを使うには空欄にしてください。
settings-error-print-mode = 「{ $input }」はレシート印刷の選択肢ではありません。auto（支払い時に印刷）、ask（スタッフが印刷を押したときに印刷）、never のいずれかを選んでください。
settings-error-shop-field = { $field ->
        [name] 店名
        [tax-id] 登録番号
       *[phone] 電話番号
    }は { $max } 文字以内の 1 行にしてください（80 mm レシートの幅）。
settings-error-shop-lines = { $field ->
        [address] 店舗の住所
       *[footer] レシートのフッター
    }は各行 { $max } 文字以内で { $lines } 行までです。
settings-error-copies = 部数は 1〜{ $max } の数にしてください。
settings-error-return-port-stored = 設定の戻りページのポート { $port } はポート番号ではありません。
phone-explain-page = お客様のスマートフォンが支払い後に開くウェブページ（お店の公開 https ページ。{"{"}CHECKOUT_SESSION_ID{"}"} は支払いの ID に置き換えられます）。空欄: Till 自身のページ（このコンピューターのブラウザーでしか開けません）。
phone-explain-lan = トレーニングモード専用: トレーニング用の支払いページをこのコンピューターのネットワークアドレスで公開し、すべてのリンクに秘密のトークンを付けます。スタッフは実際のスマートフォンで QR コードを読み取れます（テストカードのみ、実際のお金は動きません）。
phone-page-refused = 支払い後のページ{ $why }。お店の公開ウェブページ（例: https://shop.example/thanks。{"{"}CHECKOUT_SESSION_ID{"}"} を含めても構いません）を入力するか、空欄にしてください。
phone-page-too-long = が { $max } 文字を超えています
phone-page-spaces = に空白または改行が含まれています
phone-page-not-https = は https:// で始める必要があります（お客様のスマートフォンが支払い後に開きます）
phone-page-user = にユーザー名やパスワードを含めることはできません
phone-page-bad-host = のホスト名が正しくありません
phone-page-bad-port = のポートが正しくありません
phone-page-no-host = にホスト名がありません
phone-page-local = がこのコンピューターを指しています。お客様のスマートフォンからは届きません
printer-setting-connection-missing = プリンターの接続先を入力してください: ネットワークアドレス（192.168.1.50）、デバイス（/dev/usb/lp0）、または CUPS キュー（cups:QUEUE）。
printer-setting-bad-connection = 「{ $input }」はプリンターの接続先ではありません。ネットワークプリンターのアドレス（192.168.1.50 または 192.168.1.50:9100）、デバイスまたはファイル（/dev/usb/lp0）、または CUPS キュー（cups:QUEUE）を入力してください。
printer-setting-bad-paper = 「{ $input }」は Till が印刷できる用紙幅ではありません。58（32 桁）または 80（48 桁）を選んでください。
printer-setting-bad-code-page = 「{ $input }」は Till が知っているコードページではありません。pc858（€ 付きの西ヨーロッパ、通常）、pc437、wpc1252、shift-jis-kanji（漢字対応の日本のプリンター）のいずれかを選んでください。
printer-setting-bad-drawer-pin = 「{ $input }」はドロワーのコネクターではありません。2（通常）または 5（2 台目のドロワー）を選んでください。

## Key, webhook secret and membership refusals (the core: keys.rs, members.rs)
keys-error-empty = キーが入力されていません。制限付きキー（rk_test_… または rk_live_…、推奨）またはシークレットキー（sk_…）を貼り付けてください。Stripe ダッシュボード → 開発者 → API キー からコピーできます。
keys-error-publishable = これは公開可能キー（pk_…）で、支払いを作成できません。Till には制限付きキー（rk_…、推奨）またはシークレットキー（sk_…）が必要です。Stripe ダッシュボード → 開発者 → API キー からコピーできます。
keys-error-webhook-secret-as-key = これは Webhook 署名シークレット（whsec_…）で、API キーではありません。Webhook 署名シークレット の欄に入力してください。
keys-error-not-a-key = これは Stripe の API キーではありません。rk_test_、rk_live_、sk_test_、sk_live_ のいずれかで始まるはずです。Stripe ダッシュボード → 開発者 → API キー からコピーできます。
keys-error-incomplete = このキーは不完全か、Stripe のキーにはない空白や文字が含まれています。Stripe ダッシュボード → 開発者 → API キー からコピーできます。
keys-error-webhook-empty = Webhook 署名シークレットが入力されていません。whsec_ で始まります。`stripe listen` が表示し、各 Webhook エンドポイントのものは Stripe ダッシュボード → 開発者 → Webhook に表示されます。
keys-error-webhook-malformed = これは Webhook 署名シークレットではありません。whsec_ で始まります。`stripe listen` が表示し、各 Webhook エンドポイントのものは Stripe ダッシュボード → 開発者 → Webhook に表示されます。
keys-error-live-confirmation = これは本番キーです: 実際のカードに請求されます。本番環境でよいことを確認してください（設定で LIVE と入力するか、tillctl に --confirm-live を渡します）。
keys-error-unsendable = このキーには Stripe に送信できない文字が含まれています。
keys-error-mode-mismatch = この{ $mode ->
        [live] 本番
       *[other] テスト
    }キーに対して Stripe は{ $seen ->
        [live] 本番
       *[other] テスト
    }環境のオブジェクトを返しました。何も保存されていません。意図したキーかどうか確認してください。
keys-error-missing-permissions = この制限付きキーには Till に必要な権限がありません: { $missing }。Stripe ダッシュボード → 開発者 → API キー でキー（{ $key }）を編集し、{ $settings } を設定して保存し、キーをもう一度入力してください。何も保存されていません。
keys-permission-for = { $permission }（{ $purpose }）
keys-error-rejected = Stripe はこのキー（{ $key }）を拒否しました。入力ミス、再発行済み、または削除済みです。Stripe ダッシュボード → 開発者 → API キー からもう一度コピーしてください。何も保存されていません。
keys-error-unreachable = キーを確認するために Stripe に接続できませんでした。このコンピューターがオフラインか、ファイアウォールが Stripe をブロックしているようです。インターネット接続を確認して、もう一度お試しください。何も保存されていません。
keys-error-check-failed = Stripe はキーを確認できませんでした: { $failure }。何も保存されていません。しばらくしてからもう一度お試しください。
keys-problem-stored-malformed = キーリングには Till の Stripe キーとして、Stripe キーではないものが保存されています。置き換えるか削除してください。
keys-problem-keyring-unavailable = Till が Stripe キーを保管するキーリング ({ $keyring }) を使用できません。{ $fix } その間、Till はトレーニングモードで動作を続けます。キーが他の場所に保存されることはありません。
keys-problem-keyring-locked = キーリング ({ $keyring }) がロックされているか、Till による Stripe キーへのアクセスを拒否しました。{ $fix } その間、Till はトレーニングモードで動作を続けます。キーが他の場所に保存されることはありません。
keys-fix-unavailable-linux = Till にはデスクトップセッションの Secret Service キーリングが必要です。インストールして起動し (GNOME Keyring: `sudo apt install gnome-keyring` の後、ログアウトして再ログイン。KDE: KWallet の Secret Service を有効化)、Till を再起動してください。
keys-fix-unavailable-macos = ログインキーチェーンがあるか (キーチェーンアクセス) 確認して、もう一度お試しください。
keys-fix-unavailable-windows = 資格情報マネージャーのサービスが動作しているか確認して、もう一度お試しください。
keys-fix-locked-linux = ロックを解除し (パスワードと鍵を開くか、デスクトップにログインして解除)、求められたら Till のアクセスを許可して、もう一度お試しください。
keys-fix-locked-macos = ログインキーチェーンのロックを解除し (キーチェーンアクセス)、macOS に求められたら Till を許可して、もう一度お試しください。
keys-fix-locked-windows = ご自身のアカウントで Windows にサインインして (資格情報マネージャーはユーザーごと)、もう一度お試しください。
app-error-ledger-failed = このコンピューターの Till の売上台帳でエラーが発生しました。もう一度お試しください。続く場合は Till を再起動し、ディスクに空き容量があるか確認してください。({ $detail })
keys-warning-live-secret = これは本番のシークレットキーで、Stripe アカウントのあらゆる操作ができます。Stripe は Till のようなアプリには制限付きキーを推奨しています。Stripe ダッシュボード → 開発者 → API キー で、{ $permissions } を持ち（Refunds: Write はこのレジで返金する場合のみ、Products と Prices: Write は Till から商品を作成する場合のみ）、その他はすべて None の制限付きキーを作成し、このキーと置き換えてください。
keys-warning-optional-missing = このキーには次の { $count } 件の権限がありません: { $missing }。Till はなくても動作します。
members-error-status = { $status } はメンバーシップのステータスではありません。all、{ $statuses } のいずれかを使ってください。
members-error-empty-email = 会員を検索するには、メールアドレスを入力してください。
members-error-unknown = このモードにはサブスクリプション { $subscription } の会員はいません。一覧を更新してください。
members-error-not-subscription = { $subscription } に対する Stripe の応答はサブスクリプションではありませんでした。
members-error-already-canceled = このメンバーシップはすでに終了しています。キャンセルするものはありません。
members-error-cancel-failed = Stripe はメンバーシップをキャンセルしませんでした: { $failure } 何も変更されていません。もう一度お試しください。
members-error-cancel-unconfirmed = Stripe の応答にキャンセルが示されていません。Stripe ダッシュボードでサブスクリプションを確認してください。

## An email, a sale id, the cash rounding setting, History's export files (email.rs, checkout.rs, tender.rs, history.rs)
email-error-invalid = { $email } はメールアドレスではありません。確認して、もう一度入力してください。
checkout-error-sale-id = { $id } は販売 ID ではありません（sale_ と 8〜40 文字の英数字）。
checkout-error-livemode = Till は{ $mode ->
        [live] 本番
        [test] テスト
       *[other] トレーニング
    }モードですが、Stripe が{ $session ->
        [live] 本番
       *[other] テスト
    }のセッションを返しました。テストと本番の支払いが混ざることはありません。設定で Stripe キーを確認してください。
checkout-error-kept-changing = Till が更新を記録している間に販売 { $sale } が変わり続けました。もう一度お試しください。
checkout-error-no-idempotency-key = 販売 { $sale } には保存された冪等キーがありません。Till の会計で作成されたものではありません。
tender-error-rounding = 「{ $input }」は現金の端数処理の単位ではありません。none か、現金で支払われる最小の金額（例: { $example }）を入力してください。
history-error-csv-write = CSV ファイルを書き込めませんでした: { $error }。フォルダーに書き込めるか、ディスクに空きがあるか確認してください。
history-error-export-name = { $path } はファイル名ではありません。
history-error-export-file = { $path } を{ $doing ->
        [create] 作成
        [write] 書き込み
       *[other] 完了
    }できませんでした: { $error }。書き込めるフォルダーを選んでください。
history-error-export-folder = エクスポート用フォルダー { $path } を作成できませんでした: { $error }。{ $variable } に書き込めるフォルダーを設定してください。

## Dates and modes the window sends (till-domain's calendar.rs, mode.rs)
date-error-not-on-calendar = { $date } は暦にない日付です。
date-error-year = { $year } 年は Till が扱える範囲（1900〜9999 年）の外です。
date-error-form = { $input } は日付ではありません。YYYY-MM-DD の形式（例: 2025-03-01）で入力してください。
mode-error-unknown = 不明なモード { $mode } です。training、test、live のいずれかを使ってください。

## Receipts and the receipt printer's failures (the core: receipts.rs; till-print's error.rs)
receipt-error-not-paid = 販売 { $sale } は支払われていません（状態: { $state ->
        [creating] 準備中
        [awaiting_payment] 待機中
        [canceling] キャンセル中
        [processing] 処理中
        [failed] 失敗
        [expired] 期限切れ
        [canceled] キャンセル済み
       *[other] { $state }
    }）。レシートがあるのは支払い済みの販売だけです。
receipt-error-no-printer = レシートプリンターが設定されていません。設定 → レシート で設定するか（例: 192.168.1.50:9100）、レシートを画面に表示してください。
receipt-error-print-failed = { $failure } 販売は記録済みで、印刷による変更はありません。
receipt-error-kick-failed = キャッシュドロワーが開きませんでした。{ $failure } { $reason ->
        [no_sale] 販売なしの開放は記録済みで
       *[cash_sale] 販売は記録済みで
    }、そのままです。ドロワーは鍵で開けてください。
printer-error-refused = { $address } のプリンター「{ $printer }」が接続を拒否しました。電源が入っていること、設定のアドレスとポート（通常 9100）が正しいことを確認してから、履歴から再印刷してください。
printer-error-unreachable = { $address } のプリンター「{ $printer }」に接続できません（{ $detail }）。ネットワークケーブルまたは Wi-Fi と設定のアドレスを確認してから、履歴から再印刷してください。
printer-error-timeout = プリンター「{ $printer }」が { $after } 以内に応答しませんでした（{ $stage ->
        [connect] 接続中
        [write] レシート送信中
       *[queue] CUPS へのジョブの受け渡し中
    }）。電源、用紙、カバーが閉じていることを確認してから、履歴から再印刷してください。
printer-error-closed = プリンター「{ $printer }」が { $total } バイト中 { $sent } バイトで接続を閉じました。レシートは不完全です。用紙とカバーを確認してから、履歴から再印刷してください。
printer-error-out-of-paper = プリンター「{ $printer }」の用紙切れか、カバーが開いています。新しいロールを入れてカバーを閉じてから、履歴から再印刷してください。
printer-error-device = プリンター「{ $printer }」は { $path } 経由では使えません: { $detail }
printer-error-cups = プリンター「{ $printer }」（CUPS キュー { $queue }）がジョブを受け付けませんでした: { $detail }
printer-error-encode = プリンター「{ $printer }」用のレシートを準備できませんでした（{ $detail }）。これは Till の不具合です。報告してください。販売は記録済みです。

## The customer's screen's and test cards' refusals (the core: customer.rs, testcards.rs)
customer-error-welcome = ウェルカムメッセージは 1 行で { $max } 文字までです。
customer-error-monitor = そのモニター名は保存できません。モニターをもう一度選んでください。
testcards-error-live = テストカードはテストモードとトレーニングモードでのみ使えます。Till は本番キーを使っているため、テスト実行は開始されませんでした。
testcards-error-unknown = { $card } は Till に載っている Stripe のテストカードではありません。

## Stripe not reached or refusing, in Till's words around Stripe's own (till-stripe's lib.rs)
stripe-failure-network = Stripe に接続できませんでした（{ $error }）
stripe-failure-timeout = Stripe が時間内に応答しませんでした
stripe-failure-no-message = メッセージなし
stripe-failure-api = Stripe が { $status }{ $kind } を返しました: { $message }
stripe-failure-decode = Stripe の応答を読み取れませんでした（{ $error }）
stripe-failure-sentence = { $failure }。
stripe-failure-advice = { $failure }。{ $advice }
stripe-advice-network = インターネット接続を確認して、もう一度お試しください。失われたものはありません。
stripe-advice-key = Stripe キーが拒否されました。設定で確認してください。
stripe-advice-permission = 制限付きキーに Till が必要とする権限がありません。設定を確認してください。
stripe-advice-busy = Stripe が混み合っています。しばらくしてからもう一度お試しください。

## The lock screen and staff (lock.js, staff.js)
lock-title = レジにいるのは誰ですか？
lock-pin-input =
    .aria-label = PIN
lock-clear =
    .aria-label = 最後の数字を消す
lock-sign-in = サインイン
lock-back = 別の人 (Esc)
lock-button = ロック
    .title = レジをロック: 次の人が自分の PIN でサインインします (F11)
lock-signed-in = { $name } · { $role }
lock-pin-for = { $name } の PIN
staff-tab = スタッフ
staff-new = 新しいスタッフ
staff-name = 名前
staff-role = 役割
staff-role-staff = スタッフ
staff-role-manager = マネージャー
staff-role-owner = オーナー
staff-pin = PIN (4～6 桁)
staff-add = 追加
staff-auto-lock = 操作がないときにレジをロックするまで
staff-auto-lock-1 = 1 分
staff-auto-lock-2 = 2 分
staff-auto-lock-5 = 5 分
staff-auto-lock-10 = 10 分
staff-auto-lock-30 = 30 分
staff-auto-lock-never = ロックしない
staff-auto-lock-secs = { $secs } 秒
staff-list-title = スタッフ
staff-empty = スタッフはまだいません: レジはサインインなしで動きます。誰かを追加すると、誰がいるかを尋ねます。
staff-archived = アーカイブ済み
staff-role-of = { $name } の役割
staff-new-pin = 新しい PIN
staff-new-pin-for = { $name } の新しい PIN
staff-save-pin = PIN を保存
staff-archive = アーカイブ
staff-archive-title = { $name } をアーカイブしますか？
staff-archive-text = この人はサインインできなくなります。この人が行ったことには名前が残ります。
staff-keep = 残す

## PINs and the permission table, worded by the core (owner.rs, staff.rs)
staff-error-till-locked = レジはロックされています。まず PIN でサインインしてください。
staff-error-role = 役割は staff、manager、owner のいずれかです。この 3 つから選んでください。
staff-error-name = スタッフ名は 1〜{ $max } 文字です（文字、数字、空白、句読点）。
staff-error-pin = スタッフの PIN は 4〜6 桁の数字（0–9）だけです。
staff-error-name-taken = { $name } という名前のスタッフはすでにいます。別の名前を選ぶか、先にもう一方をアーカイブしてください。
staff-error-unknown = スタッフ { $id } はいません。`tillctl staff list` で誰がいるか確認できます。
staff-error-archived = { $name }（{ $id }）はアーカイブ済みのため、サインインも変更もできません。戻ってきた場合は、もう一度追加してください。
staff-error-auto-lock = 自動ロックは { $min } 秒から { $hours } 時間の間、またはなし（0）です。
owner-error-pin-form = オーナーの PIN は 4〜12 桁の数字（0–9）だけです。
owner-error-pin-not-set = オーナーの PIN はまだ設定されていません。先に設定してください。
owner-error-current-pin = PIN を変更するには、現在の PIN を入力してください。
owner-error-locked = オーナー PIN が必要です。スタッフは販売と最近の販売の確認のみできます。
pin-error-wrong = PIN が違います。あと { $left } 回間違えると待ち時間が必要になります。
pin-error-wait = PIN が違います。{ $secs } 秒後にもう一度お試しください。
pin-error-locked = 間違った PIN が多すぎます。{ $secs } 秒後にもう一度お試しください。
staff-error-not-allowed = { $doing }には{ $who }が必要です。その人に PIN でサインインしてもらってから、もう一度お試しください。
staff-who-staff = スタッフのいずれか
staff-who-manager = マネージャーまたはオーナー
staff-who-owner = オーナー
staff-doing-sell = 販売
staff-doing-cash-sale = 現金の受け取り
staff-doing-refund = 返金
staff-doing-return = 商品の返品受付
staff-doing-paid-in = 入金
staff-doing-paid-out = 出金
staff-doing-no-sale = 販売なしでのドロワーの開放
staff-doing-close-drawer = ドロワーの締め
staff-doing-override = 価格の変更や割引
staff-doing-settings = 設定の変更
staff-doing-catalog = カタログの変更
staff-doing-manage-staff = スタッフの管理
history-cashier = 担当者
history-any-cashier = すべて
history-cashier-archived = { $name } (アーカイブ済み)

## 研修モードの支払いページ：シミュレーターのホスト型 Checkout。
sim-test-mode = テストモード
sim-error-title = 問題が発生しました
sim-not-found = お探しのページが見つかりませんでした。URL を確認するか、販売者にお問い合わせください。
sim-return-to-merchant = 販売者のサイトに戻る
sim-thanks-subscribing = お申し込みいただきありがとうございます
sim-subscription-active = サブスクリプションが有効になりました。
sim-thanks-payment = お支払いいただきありがとうございます
sim-payment-complete = お支払いが完了しました。
sim-processing-title = お支払いを処理中です
sim-processing = お支払いを処理しています。完了すると販売者に通知されます。
sim-expired-title = この決済セッションは有効期限が切れています
sim-expired = この支払いページはご利用いただけなくなりました。販売者のサイトに戻って、もう一度お手続きください。
sim-interval-day = { $count ->
    [1] 日
   *[other] { $count } 日
}
sim-interval-week = { $count ->
    [1] 週
   *[other] { $count } 週間
}
sim-interval-month = { $count ->
    [1] 月
   *[other] { $count } か月
}
sim-interval-year = { $count ->
    [1] 年
   *[other] { $count } 年
}
sim-one-time = (1 回限り)
sim-quantity = 数量 { $quantity } × { $unit }
sim-subtotal = 小計
sim-discount = 割引 ({ $label })
sim-tax = 税
sim-promotion-code = プロモーションコードを追加
sim-apply = 適用
sim-back = ← 戻る
sim-heading-pay = Till Simulator への支払い
sim-heading-subscribe = { $name } に申し込む
sim-total-due = 支払い総額
sim-total-due-today = 本日の支払い総額
sim-email = メール
sim-card-information = カード情報
sim-expiry = 有効期限
sim-expiry-placeholder = 月 / 年
sim-cvc = セキュリティコード
sim-cardholder-name = カード保有者の名前
sim-pay = { $amount } を支払う
sim-book = { $amount } で予約する
sim-donate = { $amount } を寄付する
sim-subscribe = 申し込む
sim-title-subscribe = 申し込む { $amount }
sim-note = シミュレーションの決済です。Stripe のテストカード（例: 4242 4242 4242 4242、有効期限は将来の任意の日付、CVC は任意）をご使用ください。
sim-3ds-title = 3D セキュア認証
sim-3ds-heading = 3D セキュア 2 テストページ
sim-3ds-text = { $amount } のテスト認証を完了するか、失敗させてください。
sim-3ds-complete = 完了
sim-3ds-fail = 失敗
sim-index = Stripe 互換のシミュレーターです。API のベース URL: { $base }。決済ページは { $path } の下にあります。API とテスト用ヘルパーについてはクレートの README をご覧ください。
sim-error-card-declined = カードが拒否されました。
sim-error-insufficient-funds = カードの残高が不足しています。
sim-error-expired-card = カードの有効期限が切れています。
sim-error-incorrect-cvc = カードのセキュリティコードが正しくありません。
sim-error-processing = カードの処理中にエラーが発生しました。しばらくしてからもう一度お試しください。
sim-error-incorrect-number = カード番号が正しくありません。
sim-error-live-card = カードが拒否されました。テストモードのリクエストで、テスト用ではない (本番の) カードが使われました。有効なテストカードの一覧: https://stripe.com/docs/testing
sim-error-3ds-failed = お支払い方法を認証できません。別のお支払い方法を選択して、もう一度お試しください。
sim-error-number-incomplete = カード番号が不完全です。
sim-error-expiry-incomplete = カードの有効期限が不完全です。
sim-error-expiry-past = カードの有効期限の年が過去の年です。
sim-error-cvc-incomplete = カードのセキュリティコードが不完全です。
sim-error-email-incomplete = メールアドレスが不完全です。
sim-error-code-invalid = このコードは無効です。
