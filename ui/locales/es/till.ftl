# Till en español. Estados de pago y rechazos con los términos que Stripe usa en español
# (Dashboard y Checkout): Pagado, Fallido, Vencido, Cancelado, Rechazado, «fondos
# insuficientes», «rechazada por el banco emisor».

## Línea de estado de una venta (till-domain, sale.rs).

sale-creating = Preparando la página de pago
sale-awaiting-payment = Esperando al cliente
sale-three-d-secure = 3-D Secure en curso
sale-canceling = Cancelando — esperando la confirmación de Stripe
sale-processing = Procesando — el banco confirmará más tarde
sale-paid = Pagado
sale-failed = Pago fallido
sale-expired = Vencido
sale-canceled = Cancelado

## Tarjeta rechazada: la línea de estado y su primera frase sola (-short).

decline-insufficient-funds = Rechazado — fondos insuficientes. Pida otra tarjeta.
decline-insufficient-funds-short = Rechazado — fondos insuficientes
decline-expired-card = Rechazado — la tarjeta está vencida. Pida otra tarjeta.
decline-expired-card-short = Rechazado — la tarjeta está vencida
decline-incorrect-cvc = Rechazado — código de seguridad (CVC) incorrecto. El cliente puede revisarlo y volver a intentarlo.
decline-incorrect-cvc-short = Rechazado — código de seguridad (CVC) incorrecto
decline-incorrect-number = Rechazado — número de tarjeta incorrecto. El cliente puede revisarlo y volver a intentarlo.
decline-incorrect-number-short = Rechazado — número de tarjeta incorrecto
decline-processing-error = No se pudo procesar la tarjeta. El cliente puede volver a intentarlo.
decline-processing-error-short = No se pudo procesar la tarjeta
decline-authentication-failure = 3-D Secure fallido. El cliente puede volver a intentarlo o usar otra tarjeta.
decline-authentication-failure-short = 3-D Secure fallido
decline-generic = Rechazado por el banco emisor. Pida otra tarjeta.
decline-generic-short = Rechazado por el banco emisor

## Las palabras para el cliente en la página de pago de Stripe, bajo el botón Pagar (phone.rs).

phone-after-submit-payment = ¿Paga en caja? Cuando termine el pago, muestre esta pantalla al personal: la caja ve su pago por sí sola. Después puede cerrar esta página.
phone-after-submit-membership = ¿Paga en caja? Cuando termine el pago, muestre esta pantalla al personal: su suscripción empieza al momento y se renueva hasta que la cancele. Después puede cerrar esta página.
phone-after-submit-no-page = Si después su teléfono muestra una página que no carga, su pago se ha recibido igualmente.

phone-note-no-page = No hay página después del pago: un cliente que paga con el código QR en su propio teléfono verá después «no se puede conectar» (el pago cuenta igualmente, y la caja lo muestra). Indique la página pública de su tienda en Ajustes → Página después del pago.
phone-note-training-loopback = Modo de práctica: un teléfono no puede abrir este código. Para probarlo con un teléfono, active «Probar el código QR con un teléfono» en Ajustes.
phone-note-training-lan = Modo de práctica: los teléfonos de la red de esta tienda pueden abrir este código y pagar con una tarjeta de prueba.
phone-lan-shared-simulator = La página de pago de práctica no se sirve en la red de la tienda: otro proceso de Till en este ordenador ejecuta el simulador de práctica. Ciérrelo y reinicie Till.
phone-lan-external-simulator = La página de pago de práctica no se sirve en la red de la tienda: Till usa el simulador en { $address } ({ $variable }).
phone-lan-bind = La página de pago de práctica no se pudo servir en { $address } ({ $error }). Puede que otro programa use ese puerto: establezca { $variable } en otro, o desactive «Probar el código QR con un teléfono» en Ajustes.
phone-lan-not-an-address = { $variable }={ $typed } no es una dirección IP: establézcala en la dirección de este ordenador en la red de la tienda, p. ej. 192.168.1.20.
phone-lan-no-address = Till no encontró ninguna dirección de red en este ordenador ({ $error }): conéctelo a la red de la tienda, o desactive «Probar el código QR con un teléfono» en Ajustes.
phone-lan-public-address = La dirección de red { $address } de este ordenador no es una dirección privada (red de la tienda), así que Till no servirá en ella la página de pago de práctica. Establezca { $variable } en su dirección en la red de la tienda, o desactive «Probar el código QR con un teléfono» en Ajustes.
phone-lan-no-random = El sistema operativo no dio números aleatorios para el token de la página de práctica: { $error }

## Barra superior y barra de estado.

app-training-banner = Modo de práctica — no se mueve dinero real. Los pagos van al simulador de Stripe integrado en Till; use las tarjetas de prueba de Stripe (4242 4242 4242 4242 paga).
app-open-settings = Abrir Ajustes
app-views =
    .aria-label = Vistas
tab-register = Caja
tab-history = Historial
tab-members = Miembros
tab-settings = Ajustes
tab-testcards = Tarjetas de prueba
app-owner-lock = Bloquear
    .title = Cerrar la sesión del propietario: el personal solo ve la caja
mode-training = PRÁCTICA
    .title = Modo de práctica: las ventas van al simulador de Stripe integrado en Till, no se mueve dinero real
mode-test = PRUEBA
mode-live = REAL
app-starting = Iniciando…
app-shortcuts = / buscar · F9 cobrar · F6 efectivo · F7 reabrir · F8 cancelar · F4 vaciar · F2 buscar miembro · F10 cajón
app-sync-catalog = Sincronizar catálogo
app-check-status = Comprobar estado

## Caja: productos y búsqueda.

products-title = Productos
search =
    .placeholder = Buscar o escanear (/)
    .aria-label = Buscar productos o escanear un código de barras
member-lookup-open = Buscar miembro
    .title = Buscar un miembro por correo electrónico (F2)
categories =
    .aria-label = Categorías
category-all = Todo
category-favourites = ★ Favoritos
products-loading = Cargando el catálogo…

## Caja: el carrito.

cart-title = Venta actual
cart-clear = Vaciar
    .title = Vaciar el carrito (F4)
cart-empty = El carrito está vacío. Toque un producto o escanee un código de barras para añadirlo.
cart-subtotal = Subtotal
register-open-price = Precio libre
register-misc = Otro
    .title = Añadir otro artículo por un importe que escriba
    .aria-label = Añadir otro artículo por un importe que escriba
adjust-open-title = Importe — { $name }
adjust-open-add = Añadir
adjust-coupon-button = Cupón
adjust-tip-button = Propina
adjust-close = Cerrar (Esc)
adjust-tip-amount =
    .aria-label = Importe de la propina
    .placeholder = Otro importe
adjust-tip-set = Poner propina
adjust-coupon-title = Cupón
adjust-tip-title = Propina
adjust-no-coupon = Sin cupón
adjust-no-tip = Sin propina
adjust-no-coupons = No hay cupones sincronizados para esta moneda. El propietario los crea en Stripe; Sincronizar catálogo los trae.
adjust-tip-percent = { $percent } %
tip-settings-title = Propinas
tip-settings-presets = Propinas predefinidas (porcentajes de la venta, hasta 4, p. ej. 10, 15, 20)
tip-settings-ask = Preguntar la propina antes de cobrar
tip-settings-save = Guardar los ajustes de propina
adjust-discount-button = Descuento
adjust-discount-title = Descuento manual
adjust-no-discount = Sin descuento
adjust-discount-amount =
    .aria-label = Descuento: un importe o un porcentaje como 10%
    .placeholder = 2,50 o 10%
adjust-discount-reason =
    .aria-label = Motivo del descuento
    .placeholder = Motivo (queda en el historial de la venta)
adjust-discount-set = Aplicar descuento
adjust-discount-note = Un importe o un porcentaje de los artículos, con un motivo. Lo da el propietario o un encargado: si ninguno tiene la sesión iniciada, se pide el PIN del propietario.
adjust-price-title = Precio — { $name }
adjust-price-note = El precio por unidad, con un motivo. Lo fija el propietario o un encargado: si ninguno tiene la sesión iniciada, se pide el PIN del propietario.
adjust-price-set = Fijar precio
adjust-price-reason =
    .aria-label = Motivo del nuevo precio
    .placeholder = Motivo (queda en el historial de la venta)
adjust-price-amount =
    .aria-label = Nuevo precio por unidad
    .placeholder = Nuevo precio
cart-line-price = Cambiar el precio de { $name }
cart-line-was = antes { $was }
cart-total = Total
cart-email = Correo del cliente (opcional)
cart-email-membership = Membresía — correo del cliente obligatorio
cart-email-input =
    .aria-label = Correo del cliente
    .placeholder = cliente@example.com
cart-email-invalid = Eso no es una dirección de correo electrónico (como nombre@example.com). Revísela y escríbala de nuevo.

## Caja: el pago.

checkout-title = Pago
checkout-preparing = Preparando la página de pago…
checkout-note = La página de pago se abrió en el navegador. El cliente también puede escanear el código con un teléfono.
checkout-qr =
    .aria-label = Código QR de la página de pago
checkout-open = Reabrir
    .title = Volver a abrir la página de pago (F7)
checkout-cancel = Cancelar venta
    .title = Cancelar la venta (F8)
checkout-retry = Reintentar
checkout-back = Volver al carrito
    .title = Volver al carrito, se conservan los artículos (Esc)
checkout-new = Nueva venta
    .title = Nueva venta (Intro)
recent-title = Últimas ventas

## Frases de la caja (main.js).

register-pay-first = Termine o cancele primero el pago en curso.
register-sale-over = Esta venta ha terminado: pulse primero Nueva venta (Intro) o Volver al carrito.
register-many-matches = { $count } productos coinciden con «{ $query }»: toque uno o siga escribiendo.
register-no-match = Ningún producto coincide con «{ $query }».
register-no-products = Aún no hay productos. Pulse «Sincronizar catálogo» para cargarlos desde Stripe.
register-each = { $unit } c/u
register-one-less = Un { $name } menos
register-one-more = Un { $name } más
register-remove = Quitar { $name }
register-charge = Cobrar
    .title = Cobrar (F9)
register-charge-total = Cobrar { $total }
register-new-sale = Nueva venta
register-new-sale-empties = Vaciar carrito, nueva venta
register-back-to-register = Volver a la caja
register-after-not-paid = { $items ->
        [one] El carrito aún tiene 1 artículo. Volver al carrito lo conserva para cobrarlo de nuevo (Esc); Vaciar carrito, nueva venta empieza de cero (Intro).
       *[other] El carrito aún tiene { $items } artículos. Volver al carrito los conserva para cobrarlos de nuevo (Esc); Vaciar carrito, nueva venta empieza de cero (Intro).
    }
register-after-test-run = Una prueba con tarjeta de prueba: el carrito de la caja sigue como estaba.
register-cancel-title = ¿Cancelar esta venta?
register-cancel-text = Puede que el cliente esté pagando { $amount } ahora mismo. Cancelar cierra la página de pago; si ya ha pagado, Till registra la venta como pagada. (F8 otra vez cancela.)
register-cancel-yes = Cancelar la venta
register-cancel-no = Seguir esperando
register-recent-label = { $time }, { $amount }, { $status }
register-recent-about = { $id } · { $time } · { $amount } · { $status }
register-time-up = Se acabó el tiempo: cancelando la venta…
register-cancels-in = Se cancela automáticamente en { $minutes }:{ $seconds }
register-qr-alt = Código QR de la página de pago
register-no-recent = Aún no hay ventas.
register-synced = Catálogo sincronizado: { $count } precios.
register-ready = Till { $version } · { $mode ->
        [training] modo de práctica
        [test] modo de prueba
       *[live] modo real
    } · listo

## Reembolso (history.js).

refund-hint = Hasta { $refundable }. Se admiten reembolsos parciales; la venta sigue pagada.
refund-all = Escribir todo ({ $refundable })
refund-placeholder = Importe
refund-empty = Escriba el importe a reembolsar (hasta { $refundable }).
refund-title = ¿Reembolsar al cliente?
refund-question = ¿Reembolsar { $amount } de { $total } a { $card }?
refund-question-no-card = ¿Reembolsar { $amount } de { $total } a la tarjeta del cliente?
refund-what-full = Esto devuelve todo lo que queda de la venta. Stripe devuelve el dinero; no se puede deshacer.
refund-what-part = Stripe devuelve el dinero; no se puede deshacer. La venta sigue pagada.
refund-yes = Reembolsar { $amount }
refund-cash-question = ¿Devolver { $amount } en efectivo del cajón? El informe del cajón lo cuenta; la venta sigue pagada.
refund-cash-sent = Devolución registrada: { $amount } en efectivo del cajón.
refund-split-question = ¿Reembolsar { $card } a la tarjeta y devolver { $cash } en efectivo del cajón? No se puede deshacer; la venta sigue pagada.
refund-split-yes = Reembolsar { $card } + { $cash }
refund-cash-amount =
    .placeholder = En efectivo
    .aria-label = De ello en efectivo
refund-no = No reembolsar
refund-sent = Reembolso enviado a Stripe.

## Ajustes (index.html y settings.js).

settings-view =
    .aria-label = Ajustes
settings-key-title = Clave de Stripe
settings-no-key = Sin clave: Till funciona en modo de práctica con su simulador integrado.
settings-key-restricted = clave restringida
settings-key-secret = clave secreta
settings-key-from-environment = de STRIPE_SECRET_KEY (tiene prioridad sobre el llavero)
settings-key-verified = verificada { $when }
settings-permissions = Permisos para una clave restringida (recomendados; todo lo demás «Ninguno»)
settings-permissions-probed = Permisos de esta clave restringida
settings-permission-optional = (opcional)
settings-key-label = Pegue una clave del Dashboard de Stripe → Desarrolladores → Claves de API
settings-key-input =
    .placeholder = rk_test_… o sk_test_…
settings-live-warning = Esta es una clave del modo real: se cobrará a tarjetas reales.
settings-live-type = Escriba LIVE para confirmar.
settings-type-live = Escriba LIVE (en mayúsculas) para confirmar una clave del modo real, o vacíe el campo para cancelar.
settings-key-save = Comprobar y guardar la clave
settings-key-replace = Comprobar y sustituir la clave
settings-key-checking = Comprobando con Stripe…
settings-key-remove = Quitar la clave
settings-key-remove-question = ¿Quitar la clave? Till vuelve al modo de práctica; las ventas registradas quedan como están.
settings-key-remove-yes = Quitar
settings-key-remove-no = Conservar
settings-keyring-note = Las claves se guardan solo en { $keyring }; Till no vuelve a mostrarlas nunca.
settings-key-saved = Clave guardada: Till funciona ahora en modo { $mode ->
        [training] PRÁCTICA
        [test] PRUEBA
       *[live] REAL
    }.
settings-key-removed = Clave quitada: Till funciona ahora en modo de práctica.
settings-webhook-title = Secreto de firma del webhook
settings-optional = opcional
settings-webhook-not-set = Sin definir: Till se entera de los pagos consultando a Stripe y su API de eventos.
settings-webhook-label = El secreto whsec_… que muestra
settings-webhook-save = Guardar el secreto
settings-webhook-remove = Quitar el secreto
settings-webhook-saved = Secreto de firma del webhook guardado.
settings-register-title = Caja
settings-running = en modo { $mode ->
        [training] PRÁCTICA
        [test] PRUEBA
       *[live] REAL
    }
settings-register-name = Nombre de la caja
settings-register-id = Id. de la caja
settings-register-id-note = (marca las sesiones de esta caja en Stripe)
settings-currency = Moneda predeterminada
settings-locale = Formato de visualización
settings-locale-language = Automático ({ $locale })
settings-language = Idioma
settings-language-system = Sistema ({ $name })
settings-timeout = Tiempo límite del pago en pantalla (minutos, 1–30)
settings-success-url = Página después del pago (teléfonos de los clientes)
settings-lan = Probar el código QR con un teléfono
settings-cancel-url = URL de cancelación
settings-cancel-own-page = La propia página de Till en este ordenador
settings-cancel-no-back-link = Ninguna: la página de Stripe no muestra el enlace Volver
settings-save = Guardar ajustes
settings-saved = Ajustes guardados.
settings-logs-in = Los registros están en
settings-open-logs = Abrir la carpeta de registros

## PIN del propietario (history.js).

history-pin-title = PIN del propietario
history-pin-choose = Elegir el PIN del propietario
history-pin-note-set = El historial, los miembros, los reembolsos, los informes, el catálogo y los ajustes lo piden. De 4 a 12 dígitos. El personal puede seguir vendiendo sin él.
history-pin-note-unlock = El historial, los miembros, los reembolsos, los informes, el catálogo y los ajustes necesitan el PIN del propietario.
history-pin-input =
    .aria-label = PIN del propietario
history-pin-again = El mismo PIN otra vez, para confirmar
history-pin-continue = Continuar
history-pin-cancel = Cancelar
history-pin-locked = Demasiados PIN incorrectos. Vuelva a intentarlo en { $seconds } s.
history-pin-differ = Los dos PIN no coinciden. Escriba el mismo PIN dos veces.

## Historial: filtros, lista, totales, exportación.

history-view =
    .aria-label = Historial de ventas
history-list-title = Ventas
history-from = Desde
history-to = Hasta
history-status = Estado
history-currency = Moneda
history-register = Caja
history-mode = Modo
history-search = Buscar
history-search-input =
    .placeholder = p. ej. latte
    .title = Un producto, un correo o una venta, id. cs_ o pi_
history-show = Mostrar
history-any-status = Todos
history-any-currency = Todas
history-any-register = Todas
history-state = { $state ->
        [creating] Preparando
        [awaiting_payment] Esperando
        [canceling] Cancelando
        [processing] Procesando
        [paid] Pagado
        [failed] Fallido
        [expired] Vencido
        [canceled] Cancelado
       *[other] { $state }
    }
history-col-time = Hora
history-col-items = Artículos
history-col-amount = Importe
history-no-match = Ninguna venta coincide con estos filtros.
history-more = Cargar más
history-lines = una fila por línea
history-export = Exportar CSV
    .title = CSV de las ventas filtradas, en su carpeta de Descargas
history-total-paid = { $paid } pagadas de { $sales } · bruto { $gross }
history-total-refunded = reembolsado { $refunded } · media { $average }
history-total-tenders = tarjeta { $card } · efectivo { $cash }
history-exported-sales = { $rows ->
        [one] { $rows } venta exportada a { $path }
       *[other] { $rows } ventas exportadas a { $path }
    }
history-exported-lines = { $rows ->
        [one] { $rows } línea exportada a { $path }
       *[other] { $rows } líneas exportadas a { $path }
    }

## Historial: una venta y su reembolso.

history-side-title = Venta, informe y catálogo
history-tab-sale = Venta
history-tab-report = Informe
history-tab-catalog = Catálogo
history-choose-sale = Elija una venta para ver sus artículos, sus id. de Stripe, sus reembolsos y toda su cronología.
history-fact-sale = Venta
history-fact-created = Creada
history-fact-register = Caja
history-summary-tender-line = { $tender } ({ $currency }): { $sales } pagadas, { $total } — efectivo { $cash }, tarjeta { $card }
history-fact-tender = Pagado con
history-tender = { $tender ->
        [card] Tarjeta
        [cash] Efectivo
        [split] Efectivo y tarjeta
       *[other] { $tender }
    }
history-cash-line = { $amount } en efectivo: { $tendered } entregado, { $change } de cambio
history-fact-customer = Cliente
history-fact-session = Sesión
history-fact-payment-intent = PaymentIntent
history-fact-refunded = Reembolsado
history-fact-refundable = Reembolsable
history-refunds = Reembolsos
history-timeline = Cronología
history-refund-heading = Reembolso
history-refund-reason =
    .aria-label = Motivo
history-reason-customer = Solicitado por el cliente
history-reason-duplicate = Duplicado
history-reason-fraudulent = Fraudulento
history-reason-none = Sin motivo
history-refund-submit = Reembolsar…
history-refund-refresh = Preguntar a Stripe por los reembolsos pendientes

## Historial: informes y cierre del día.

history-by = Por
history-by-day = Día
history-by-week = Semana
history-report-week-of = semana del { $start }
history-by-month = Mes
history-report-period = Periodo
history-report-sales = Ventas
history-gross = Bruto
history-refunded = Reembolsado
history-net = Neto
history-report-empty = No hay ventas pagadas en este periodo.
history-chart-alt = Bruto por { $period ->
        [day] día
        [week] semana
       *[month] mes
    } en { $currency }
history-average = media { $average }
history-summary-day =
    .aria-label = Día del cierre
history-summary-show = Cierre del día
history-summary-print = Imprimir
history-summary-title = Cierre del día — { $day }
history-summary-meta = { $register } · { $mode ->
        [training] modo de práctica
        [test] modo de prueba
       *[live] modo real
    } · impreso { $printed }
history-summary-paid = Pagadas
history-summary-average = Media
history-summary-state = { $state }: { $count }
history-summary-gross = Pagado por los clientes ({ $currency })
history-summary-discounts = Descuentos
history-summary-tax-row = { $label } sobre { $net }
history-summary-tips = Propinas (no son ventas)
history-summary-tips-tender = Propinas, { $tender }
history-summary-net = Ventas netas (sin impuestos ni propinas)
history-summary-none = No hubo ventas este día.
history-summary-truncated = Solo se listan las primeras 500 ventas; los totales las cuentan todas.

## Historial: el catálogo.

history-new-product = Nuevo producto en Stripe
history-product-name = Nombre
history-product-description = Descripción
history-product-price = Precio
history-product-billing = Facturación
history-billing-once = Una vez
history-billing-month = Mensual
history-billing-year = Anual
history-billing-week = Semanal
history-billing-day = Diaria
history-product-sku = SKU
history-product-barcode = Código de barras
history-product-category = Categoría
history-product-tax-rate = Tipo de impuesto
history-product-tax-default = Predeterminado de la tienda
history-product-create = Crear en Stripe
history-products-here = Productos de esta caja
history-product-created = { $id } creado en Stripe.
history-archive = Archivar
history-archive-confirm = ¿Archivar? Haga clic otra vez
history-favourite = Página de favoritos
history-favourite-up = Subir en la página de favoritos
history-favourites-hint = ★ pone un producto en la página de favoritos de la caja, la que el personal ve primero; ▲ lo sube.
history-archived = { $name } archivado.

## The Catalog tab's tax rates and coupons (index.html and history.js).
catalog-tax-rates = Tipos de impuesto
catalog-tax-rates-empty = Aún no hay tipos de impuesto: las ventas no llevan impuesto hasta que cree uno.
catalog-tax-rate-new = Nuevo tipo de impuesto en Stripe
catalog-tax-rate-name = Nombre
catalog-tax-rate-percentage = Porcentaje
catalog-tax-rate-country = País
catalog-tax-rate-jurisdiction = Jurisdicción
catalog-tax-rate-inclusive = Incluido en los precios (IVA); sin marcar, se suma al precio
catalog-tax-rate-create = Crear tipo de impuesto
catalog-tax-rate-what = { $inclusive ->
    [yes] { $percentage }, incluido en los precios
   *[no] { $percentage }, se suma al precio
}
catalog-tax-rate-default = Predeterminado
catalog-tax-rate-make-default = Hacer predeterminado
catalog-tax-rate-no-default = Sin predeterminado
catalog-tax-rate-created = Tipo de impuesto { $name } creado en Stripe.
catalog-tax-rate-archive-title = ¿Archivar el tipo de impuesto { $name }?
catalog-tax-rate-archive-text = Las ventas ya hechas lo conservan. Los productos que lo indican no se pueden vender hasta que indiquen otro.
catalog-tax-rate-archived = Tipo de impuesto { $name } archivado.
catalog-keep = Conservar
catalog-coupons = Cupones
catalog-coupons-empty = Aún no hay cupones.
catalog-coupon-new = Nuevo cupón en Stripe
catalog-coupon-name = Nombre
catalog-coupon-percent = Porcentaje de descuento
catalog-coupon-amount = O importe de descuento
catalog-coupon-max = Usos máximos
catalog-coupon-create = Crear cupón
catalog-coupon-created = Cupón { $name } creado en Stripe.
catalog-coupon-delete = Eliminar
catalog-coupon-delete-title = ¿Eliminar el cupón { $name }?
catalog-coupon-delete-text = El personal ya no podrá aplicarlo. Las ventas que lo usaron lo conservan.
catalog-coupon-deleted = Cupón { $name } eliminado.

## Miembros (index.html y members.js).

members-status = { $status ->
        [active] Activa
        [trialing] Prueba
        [past_due] Vencida
        [unpaid] Impagada
        [canceled] Cancelada
        [incomplete] Incompleta
        [incomplete_expired] Caducada
        [paused] En pausa
       *[other] { $status }
    }
members-email-required = Una membresía necesita el correo del cliente: escríbalo aquí y luego Cobrar.
members-membership-note = { $membership }. Stripe envía los recibos y los avisos de renovación a esta dirección; el personal busca al miembro por ella.
members-verdict-past-due = Vencida — dejar pasar, pedir que actualice su tarjeta
members-verdict-in = { $status } — dejar pasar
members-verdict-out = { $status } — sin acceso
members-state = { $status }.
members-state-until = { $status } hasta el { $end }, luego termina.
members-state-failed = { $status }: el pago de la renovación falló.
members-state-renews = { $status }, se renueva el { $end }.
members-unreadable = No se pudo leer el miembro: { $error }
members-recorded = Miembro registrado: { $member } — { $state }
members-recorded-later = El miembro aparecerá en la lista en cuanto Stripe informe de la suscripción.
members-ending = se cancela al final del periodo
members-period-ends = El periodo actual termina el { $end }
members-period-ended = El periodo terminó el { $end }
members-lookup-title = Buscar miembro
members-lookup-close = Cerrar (Esc)
members-lookup-email =
    .placeholder = miembro@example.com
    .aria-label = El correo del miembro
members-lookup-submit = Buscar
members-none = No hay membresía para { $email }
members-view =
    .aria-label = Miembros
members-status-label = Estado
members-status-select =
    .aria-label = Mostrar los miembros con este estado
members-all-statuses = Todos los estados
members-reload = Actualizar
members-col-email = Correo
members-plan = Plan
members-period-end = Fin del periodo
members-empty = No hay miembros con este estado.
members-side =
    .aria-label = Miembro
members-choose = Elija un miembro para ver sus id. de Stripe, toda su cronología y para cancelar al final del periodo.
members-payment-failed = pago fallido
members-signed-out = El propietario ha cerrado la sesión: abra Miembros de nuevo e introduzca el PIN.
members-cancels-at-period-end = Se cancela al final del periodo
members-customer = Cliente
members-subscription = Suscripción
members-sale = Venta
members-updated = Actualizado
members-yes = sí
members-no = no
members-cancel = Cancelar al final del periodo
members-this-member = este miembro
members-cancel-question = ¿Cancelar { $plan } de { $member } al final del periodo ({ $end })? Mantiene el acceso hasta entonces; Stripe no cobra nada más.
members-cancel-question-no-end = ¿Cancelar { $plan } de { $member } al final del periodo? Mantiene el acceso hasta entonces; Stripe no cobra nada más.
members-cancel-yes = Sí, cancelar al final del periodo
members-cancel-no = Conservar
members-ask-again = Preguntar de nuevo a Stripe
members-ended = Esta membresía ha terminado; no hay nada que cancelar.
members-scheduled = La cancelación está programada: Stripe termina la membresía al final del periodo.
members-confirmed-ended = Stripe lo confirmó: la membresía ha terminado. { $summary }
members-confirmed-scheduled = Stripe lo confirmó: la membresía termina al final del periodo, { $end }; no habrá más renovaciones.
members-confirmed-scheduled-no-end = Stripe lo confirmó: la membresía termina al final del periodo; no habrá más renovaciones.
members-no-cancellation = Stripe respondió, pero no muestra ninguna cancelación: { $summary }
members-stripe-says = Stripe indica: { $summary }
members-summary-period-end = final del periodo
members-summary-ending = { $status } hasta el { $until }, después termina (cancelación programada).
members-summary-active-failed = Activa — se renueva el { $until }. Un pago reciente falló; revise la tarjeta del miembro.
members-summary-active = Activa — se renueva el { $until }.
members-summary-trialing = Prueba hasta el { $until }.
members-summary-past-due = Vencida — el último pago de renovación falló. Stripe lo reintenta: pida al miembro que actualice su tarjeta.
members-summary-unpaid = Impagada — los pagos de renovación fallaron. Sin acceso hasta que se pague.
members-summary-canceled-on = Cancelada — el acceso terminó el { $date }.
members-summary-canceled = Cancelada — sin acceso.
members-summary-incomplete = Incompleta — el primer pago no se ha completado. Aún sin acceso.
members-summary-incomplete-expired = Caducada antes del primer pago. Sin acceso.
members-summary-paused = En pausa — sin acceso hasta que se reanude.
members-summary-other = Estado { $status }.
members-summary-set-to-end = Terminará el { $until }.

## Tarjetas de prueba (index.html y testcards.js).

testcards-title = Tarjetas de prueba
testcards-note = Cada prueba cobra el importe válido más pequeño. Pague con la tarjeta indicada; Till registra lo que informa Stripe y señala las discrepancias.
testcards-card = Tarjeta
testcards-should = Esperado
testcards-last-run = Última prueba
testcards-run = Probar
testcards-history = Pruebas anteriores
testcards-export = Exportar CSV
testcards-copy = Copiar
testcards-copy-title = Copiar el número
testcards-no-runs = Aún no hay pruebas.
testcards-payment-on-screen = Termine o cancele primero el pago en la caja.
testcards-waiting = esperando al cliente
testcards-3ds-step = un paso de 3-D Secure
testcards-declined = rechazado — { $code }
testcards-result = { $result ->
        [paid] pagado
        [expired] vencido
        [canceled] cancelado
        [failed] fallido
       *[other] { $result }
    }
testcards-3ds-then = 3-D Secure, luego { $result }
testcards-verdict-ok = { $outcome } ✓
testcards-verdict-mismatch = { $outcome } — DISCREPANCIA
testcards-expected = esperado: { $outcome }
testcards-mismatch = DISCREPANCIA: { $outcome }
testcards-mode = { $mode ->
        [training] práctica
        [test] prueba
       *[live] real
    }
testcards-copied = { $number } copiado
testcards-card-number = Número de tarjeta: { $number }
testcards-exported = Pruebas exportadas a { $path }

## Tiques (receipt.rs): las palabras impresas en un tique.

receipt-number = Tique { $number }
receipt-sale = Venta { $id }
receipt-cashier = Le atendió { $name }
receipt-tax-id = NIF { $id }
receipt-phone = Tel. { $phone }
receipt-copy = *** COPIA ***
receipt-gift = TIQUE REGALO
receipt-refund = DEVOLUCIÓN
receipt-subtotal = Subtotal
receipt-discount = Descuento
receipt-tip = Propina
receipt-rounding = Redondeo efectivo
receipt-total = TOTAL
receipt-tax-rate = { $name } { $rate }
receipt-tax-detail = base { $net } · total { $gross }
receipt-cash = Efectivo
receipt-change = CAMBIO
receipt-card = Tarjeta
receipt-refunded = Reembolsado
receipt-refund-total = TOTAL REEMBOLSADO
receipt-original-total = Total original
receipt-each = { $quantity } × { $price }
receipt-gift-line = { $quantity } × { $name }
receipt-scan-card = Escanee para ver su recibo de tarjeta
receipt-scan-sale = Referencia de la venta

## Cash and the drawer (cash.js, the register)
cash-button = Efectivo · F6
    .title = Efectivo (F6)
cash-title = Efectivo
cash-offline = El efectivo no necesita red: no se consulta a Stripe.
cash-drawer-closed = El cajón no está abierto. Ábralo con su fondo antes de cobrar en efectivo.
cash-open-drawer = Abrir el cajón
cash-tendered = Importe entregado
cash-quick =
    .aria-label = Importes rápidos
cash-change-due = Cambio
cash-complete = Completar (Intro)
cash-cancel = Cancelar (Esc)
cash-rounding = Redondeo de efectivo: { $rounding } sobre { $total }.
cash-split = Dividir: el resto con tarjeta
cash-split-line = El resto con tarjeta: { $card }
cash-balance-title = El resto en efectivo
split-line = Efectivo { $cash } · tarjeta { $card }
split-unpaid = La parte con tarjeta ({ $card }) no se pagó; los { $cash } en efectivo están registrados. Reintente la tarjeta, cobre el resto en efectivo o anule la venta.
split-retry = Reintentar la tarjeta
split-balance = Cobrar el resto en efectivo
split-void = Anular: devolver { $cash }
split-void-title = ¿Anular la venta?
split-void-text = ¿Devolver { $cash } al cliente del cajón y anular la venta?
split-void-yes = Anular y devolver
split-void-no = Mantener la venta
split-voided = Anulada: { $cash } devueltos del cajón.
split-retried = Una nueva página de pago para la parte con tarjeta.
drawer-rounding-label = Redondeo de efectivo
drawer-rounding-save = Guardar (propietario)
drawer-rounding-none = ninguno
drawer-rounding-current = El efectivo se redondea a { $step }.
drawer-rounding-off = El efectivo no se redondea.
drawer-rounding-hint = El paso más pequeño de los pagos en efectivo (ninguno: al céntimo). Las tarjetas nunca se redondean.
drawer-rounding-hint-usual = El paso más pequeño de los pagos en efectivo (ninguno: al céntimo); { $usual } es lo habitual en esta moneda. Las tarjetas nunca se redondean.
drawer-z-list = Informes Z (propietario)
drawer-z-line = Z { $number } · cerrado { $closed } · contado { $counted } · diferencia { $variance }
drawer-z-none = Aún no hay informes Z: el primer cierre lo crea.
drawer-button = Cajón
    .title = El cajón: fondo, entradas y salidas, informe X, cierre (F10)
drawer-title = Cajón de efectivo
drawer-close-dialog = Cerrar (Esc)
drawer-count-total = O el total
drawer-move-amount =
    .aria-label = Importe que entra o sale
    .placeholder = Importe
drawer-move-reason =
    .aria-label = Por qué entra o sale el efectivo
    .placeholder = Motivo
drawer-paid-in = Entrada
drawer-paid-out = Salida (propietario)
drawer-no-sale = Sin venta
drawer-x = Informe X
drawer-start-close = Cerrar el cajón…
drawer-state-closed = El cajón está cerrado. Cuente el fondo para abrirlo.
drawer-state-open = Abierto desde { $since } · fondo { $float } · debe haber { $expected }
drawer-count-float = Contar el fondo
drawer-count-close = Contar el efectivo del cajón
drawer-open-button = Abrir el cajón
drawer-close-button = Cerrar y hacer el informe Z
drawer-x-title = Informe X: el turno hasta ahora
drawer-z-title = Informe Z { $number }
drawer-count-of = Cuántos de { $denomination }
drawer-recorded = Registrado.
drawer-owner-needed = Una salida necesita al propietario: abra el historial, introduzca el PIN del propietario y vuelva.
drawer-row = { $key ->
        [float] Fondo
        [cash_sales] Ventas en efectivo
        [cash_refunds] Devoluciones en efectivo
        [paid_in] Entradas
        [paid_out] Salidas
        [no_sales] Sin venta
        [rounding] Redondeo de efectivo
        [expected] Debe haber en el cajón
        [counted] Contado
        [variance] Diferencia
        [sales_card] Ventas con tarjeta
        [sales_cash] Ventas en efectivo (total)
        [sales_split] Pagos divididos
        [card_sales] Cobrado con tarjeta
       *[card_refunds] Devoluciones con tarjeta
    }

## Receipts (receipt.js)

receipt-button = Recibo
receipt-title = Recibo
receipt-title-gift = Recibo regalo
receipt-title-copy = Recibo (copia)
receipt-title-refund = Recibo de reembolso
receipt-refund-button = Recibo de reembolso
receipt-close = Cerrar (Esc)
receipt-gift-button = Recibo regalo
receipt-print = Imprimir
receipt-printed = Recibo impreso en { $printer }.
receipt-no-printer = No hay impresora de recibos: elige una en Ajustes → Recibos.
receipt-email-live = Stripe envía el recibo por correo electrónico a { $email }.
receipt-email-test = Modo de prueba: Stripe no envía ningún recibo por correo electrónico a { $email } (los pagos de prueba solo escriben a las direcciones de su propio equipo).
receipt-email-training = Modo de práctica: no se envía ningún recibo por correo electrónico a { $email } (Stripe no envía ninguno en modo de prueba).
receipt-reprint = Reimprimir recibo
receipt-test-printed = Página de prueba impresa en { $printer }.
receipt-settings-title = Recibos
receipt-settings-shop-name = Nombre de la tienda (vacío: el nombre de la caja)
receipt-settings-address = Dirección (hasta 4 líneas)
receipt-settings-tax-id = NIF
receipt-settings-phone = Teléfono
receipt-settings-footer = Pie (hasta 4 líneas)
receipt-settings-printer = Impresora (192.168.1.50:9100, /dev/usb/lp0 o cups:COLA; vacío: ninguna)
receipt-settings-paper = Papel
receipt-settings-paper-80 = 80 mm
receipt-settings-paper-58 = 58 mm
receipt-settings-code-page = Juego de caracteres
receipt-settings-code-page-pc858 = PC858 (Europa occidental, €)
receipt-settings-code-page-pc437 = PC437 (EE. UU., sin €)
receipt-settings-code-page-wpc1252 = Windows-1252
receipt-settings-code-page-kanji = Shift_JIS Kanji (modelos japoneses)
receipt-settings-drawer-pin = Conector del cajón
receipt-settings-drawer-pin-2 = Pin 2 (el habitual)
receipt-settings-drawer-pin-5 = Pin 5 (segundo cajón)
receipt-settings-copies = Copias (1–5)
receipt-settings-print-mode = Imprimir recibos
receipt-settings-auto = Automáticamente al pagar
receipt-settings-ask = Cuando el personal pulsa Imprimir
receipt-settings-never = Nunca (solo en pantalla)
receipt-settings-kick = Abrir el cajón al cobrar en efectivo y con «Sin venta»
receipt-settings-save = Guardar ajustes de recibos
receipt-settings-test = Imprimir página de prueba

## Parked sales (parked.js)
parked-button = { $count ->
        [0] Aparcar · F3
       *[other] Aparcadas ({ $count }) · F3
    }
    .title = Aparcar esta venta o retomar una aparcada (F3)
parked-title = Ventas aparcadas
parked-close = Cerrar (Esc)
parked-label =
    .placeholder = Anna, Mesa 4…
    .aria-label = Etiqueta: el nombre del cliente o una mesa
parked-park = Aparcar esta venta
parked-list =
    .aria-label = Ventas aparcadas
parked-none = No hay ventas aparcadas en esta caja.
parked-row-meta = { $items } · { $total } · aparcada a las { $time }
parked-old = Aparcada hace mucho
parked-changed-price = { $name } cuesta ahora { $now } (antes { $was })
parked-changed-gone = { $name } ya no se vende y se quitará
parked-changed-coupon = El cupón { $name } ya no se puede usar y se quitará
parked-changed-adjustments = El descuento, el cupón o la propina ya no encaja con el carrito y se quitará
parked-resume = Retomar
parked-resume-changed = Retomar a los precios de hoy
parked-drop = Descartar
parked-drop-title = ¿Descartar esta venta aparcada?
parked-drop-text = «{ $label }» ({ $total }) sale de la lista. No se pagó nada, así que no se reembolsa nada.
parked-drop-yes = Descartarla
parked-drop-no = Conservarla
parked-done = Aparcada como «{ $label }».
parked-resumed = «{ $label }» vuelve a la caja.

## The report's chart (made in Rust: crates/till-domain/src/chart.rs, crates/till-core/src/history.rs)
chart-title = { $currency } bruto por { $period ->
        [day] día
        [week] semana
       *[month] mes
    } — del { $from } al { $to }
chart-empty = No hay ventas pagadas en este periodo.
chart-max = máx. { $amount }
chart-card = tarjeta
chart-cash = efectivo
chart-refunded = reembolsado
chart-bar = { $gross } bruto ({ $card } tarjeta, { $cash } efectivo), { $refunded } reembolsado, { $sales ->
        [one] { $sales } venta
       *[other] { $sales } ventas
    }
## The customer's screen: the register's switch and Settings (screen.js), where it is (the core), and the customer's own page (customer.js)
screen-button = Pantalla del cliente
    .title = Encender o apagar la pantalla del cliente
screen-settings-title = Pantalla del cliente
screen-settings-switch = Pantalla del cliente
screen-settings-auto = Encendida cuando hay un segundo monitor conectado
screen-settings-on = Encendida (una ventana normal con un solo monitor)
screen-settings-off = Apagada
screen-settings-monitor = Monitor
screen-settings-monitor-auto = El primer monitor que no es el de la caja
screen-settings-monitor-name = { $name } ({ $width }×{ $height })
screen-settings-monitor-register = { $name } ({ $width }×{ $height }) — el de la caja
screen-settings-welcome = Mensaje de bienvenida (vacío: «¡Bienvenido!»)
screen-settings-save = Guardar pantalla del cliente
screen-settings-saved = Pantalla del cliente guardada.
customer-screen-closed = La pantalla del cliente está apagada.
customer-screen-window = La pantalla del cliente es una ventana normal (no hay un segundo monitor para ella).
customer-screen-on = La pantalla del cliente está a pantalla completa en { $monitor }.
customer-screen-monitor-gone = Se desconectó el monitor de la pantalla del cliente.
customer-welcome = ¡Bienvenido!
customer-order-title = Su pedido
customer-total = Total
customer-scan = Escanee para pagar
customer-qr-alt = Código QR de la página de pago: escanéelo con la cámara de su teléfono
customer-receipt-scan = Escanee para su recibo
customer-receipt-alt = Código QR de su recibo: escanéelo con la cámara de su teléfono
customer-tendered = Entregado
customer-change = Cambio
customer-thank-you = ¡Gracias!
customer-status-preparing = Un momento: preparando su pago…
customer-status-waiting = Escanee el código con la cámara de su teléfono para pagar.
customer-status-three-d-secure = Confirme el pago con su banco (3D Secure).
customer-status-declined = Su tarjeta ha sido rechazada: pruebe con otra tarjeta.
customer-status-processing = Procesando su pago…
customer-status-paid = Pagado.
customer-status-failed = El pago no se completó.
customer-status-expired = La página de pago ha caducado.
customer-status-canceled = El pago se ha cancelado.

## Returns by line (returns.js)
return-button = Devolver artículos…
return-title = Devolver artículos
return-close = Cerrar (Esc)
return-note = { $tender ->
    [cash] Elija cuántos de cada artículo se devuelven. Su importe se devuelve en efectivo de la caja.
   *[card] Elija cuántos de cada artículo se devuelven. Su importe vuelve a la tarjeta con la que se pagó.
}
return-line-meta = { $unit } c/u · { $sold } vendido(s){ $returned ->
    [0] {""}
   *[other] , { $returned } ya devuelto(s)
}
return-all-back = Todo devuelto
return-quantity = Cuántos { $name } se devuelven
return-total = { $tender ->
    [cash] En efectivo: { $amount }
   *[card] A la tarjeta: { $amount }
}
return-none = Elija cuántos se devuelven de al menos un artículo.
return-submit = Devolver y reembolsar…
return-question = { $tender ->
    [cash] ¿Recibir { $items ->
        [one] 1 artículo
       *[other] { $items } artículos
    } y devolver { $amount } en efectivo de la caja?
   *[card] ¿Recibir { $items ->
        [one] 1 artículo
       *[other] { $items } artículos
    } y reembolsar { $amount } a la tarjeta?
}
return-yes = Reembolsar { $amount }
return-no = Dejar la venta como está
return-done = Artículos devueltos: { $amount } reembolsado.
return-error-nothing = Elija al menos una línea y cuántos se devuelven.
return-error-unknown-line = La venta { $sale } no tiene ninguna línea con el precio { $price }: elija una de sus líneas.
return-error-quantity = Indique cuántos { $name } se devuelven (1 o más).
return-error-exceeds = No se pueden devolver { $asked } × { $name }: { $sold } vendido(s), { $returned } ya devuelto(s), así que como máximo { $left } más.
return-error-too-large = Esas cantidades son demasiado grandes.
return-error-adjusted = La venta { $sale } tuvo un descuento o un impuesto añadido, así que el precio de una línea no es lo que se pagó por ella: reembólsela por importe.
return-error-split = La venta { $sale } se pagó en parte en efectivo y en parte con tarjeta: reembólsela por importe, indicando cuánto vuelve a la tarjeta y cuánto en efectivo.

## Refund refusals (the core: refunds.rs)
refund-error-reason = { $reason } no es un motivo de reembolso: use { $reasons }.
refund-error-use-cash = La venta { $sale } se pagó en efectivo, no con tarjeta: devuélvala en efectivo del cajón.
refund-error-exceeds-card = Eso es más de lo que puede volver a la tarjeta en la venta { $sale } (efectivo y tarjeta): quedan { $left } de su parte con tarjeta. Devuelva el resto en efectivo.
refund-error-no-cash = La venta { $sale } no cobró efectivo, así que nada de ella se devuelve en efectivo. Reembólsela a la tarjeta.
refund-error-exceeds-cash = Eso es más de lo que puede devolverse en efectivo en la venta { $sale } (quedan { $left } de { $taken } cobrados en efectivo). Escriba { $left } o menos.
refund-error-split-nothing = Indique cuánto vuelve a la tarjeta, cuánto en efectivo, o ambos.
refund-error-not-split = La venta { $sale } se pagó { $tender ->
        [card] con tarjeta
        [cash] en efectivo
       *[other] ({ $tender })
    }, no en efectivo y con tarjeta: reembólsela por su único medio de pago.
refund-error-drawer-closed = El cajón no está abierto, así que no puede devolverse efectivo. Ábralo primero con su fondo; no se ha reembolsado nada.
refund-error-lines-exceed = Esas líneas suman { $amount }, más de lo que aún puede volver a la tarjeta en la venta { $sale } ({ $left }).
refund-error-membership = La venta { $sale } vendió una membresía: su pago es la primera factura de la suscripción, que Till no reembolsa. Reembolse la factura en el Dashboard de Stripe y cancele la membresía en Miembros si debe terminar.
refund-error-zero = Un reembolso debe ser mayor que cero.
refund-error-refunded = La venta { $sale } ya se ha reembolsado por completo.
refund-error-too-large = { $amount } es más de lo que queda por reembolsar en esta venta ({ $left }). Escriba { $left } o menos.
refund-error-no-payment = La venta { $sale } no tiene ningún pago de Stripe registrado, así que no hay nada que reembolsar a través de Stripe. Revísela en el Dashboard de Stripe.
refund-error-no-payment-short = La venta { $sale } no tiene ningún pago de Stripe registrado.
refund-error-not-paid = La venta { $sale } no está pagada (estado: { $state ->
        [creating] Preparando
        [awaiting_payment] Esperando
        [canceling] Cancelando
        [processing] Procesando
        [failed] Fallido
        [expired] Vencido
        [canceled] Cancelado
       *[other] { $state }
    }): solo se puede reembolsar una venta pagada.
refund-error-offline = { $failure }, así que no se ha reembolsado nada y nada ha cambiado. Compruebe la conexión a Internet y vuelva a intentarlo.
refund-error-unconfirmed = Stripe no respondió ({ $failure }). Puede que el reembolso se haya hecho o no: su importe queda retenido, y Till vuelve a preguntar con la misma clave (Stripe nunca reembolsa dos veces por ella) cuando reembolse, actualice o vuelva a abrir esta venta.
refund-error-refused = Stripe rechazó el reembolso: { $failure }. No se ha reembolsado nada.

## Cart, register and parked-sale refusals (the core: till-domain's cart.rs, register.rs, parked.rs)
sale-misc-line = Varios
register-error-open-price-zero = Escriba un importe mayor que cero.
register-error-not-open-price = { $name } tiene un precio fijo: toque su casilla para añadirlo.
sale-manual-discount = Descuento manual
register-error-discount-needs-owner = Un descuento manual necesita al propietario o a un encargado con sesión en la caja. Pídales que inicien sesión (el propietario con su PIN).
register-error-discount-reason = Indique el motivo del descuento (de 1 a 200 caracteres): el historial de la venta lo guarda.
register-error-discount-zero = Escriba un descuento mayor que cero.
register-error-override-needs-owner = Cambiar un precio necesita al propietario o a un encargado con sesión en la caja. Pídales que inicien sesión (el propietario con su PIN).
register-error-override-reason = Indique por qué cambia el precio (de 1 a 200 caracteres): el historial de la venta lo guarda.
register-error-override-zero = Escriba un precio mayor que cero. Para regalar el artículo, pida un descuento al propietario.
register-error-override-recurring = { $name } es una membresía: su precio es el que cobra su suscripción. Cámbielo en Stripe.
sale-discount = Descuento
sale-tip-line = Propina
timeline-session-created-canceling = Stripe devolvió la sesión de Checkout { $session }; se hace caducar para terminar la cancelación.
timeline-session-created = Sesión de Checkout { $session } creada; esperando al cliente.
timeline-session-refused-canceled = Stripe rechazó crear la sesión de Checkout ({ $reason }); nada que caducar, venta cancelada.
timeline-session-refused = Stripe rechazó crear la sesión de Checkout: { $reason }
timeline-declined = Tarjeta rechazada ({ $code }).
timeline-declined-message = Tarjeta rechazada ({ $code }): { $message }
timeline-three-d-secure = El cliente está completando 3-D Secure.
timeline-paid = Pagado { $amount }; PaymentIntent { $intent }.
timeline-completed-unpaid = Pago completado con un método que el banco confirma más tarde.
timeline-completed-unpaid-intent = Pago completado con un método que el banco confirma más tarde. PaymentIntent { $intent }.
timeline-delayed-paid = El pago diferido se completó: pagado { $amount }; PaymentIntent { $intent }.
timeline-delayed-failed = El pago diferido falló: { $reason }
timeline-expired-canceled = La sesión de Checkout ha caducado; venta cancelada.
timeline-expired = La sesión de Checkout caducó antes de que el cliente pagara.
timeline-cancel-requested = El personal canceló la venta; se pide a Stripe que haga caducar la sesión de Checkout.
timeline-cancel-confirmed = Stripe hizo caducar la sesión de Checkout como se pidió; venta cancelada.
timeline-cancel-too-late = La cancelación llegó demasiado tarde.
timeline-amount-mismatch = Aviso: el importe de Stripe ({ $stripe }) no coincide con la parte con tarjeta de la venta ({ $expected }).
timeline-reconcile-session = la sesión de Checkout { $session } está { $status } / { $payment }
timeline-reconcile-session-amount = la sesión de Checkout { $session } está { $status } / { $payment }, { $amount }
timeline-reconcile-session-intent = la sesión de Checkout { $session } está { $status } / { $payment }, PaymentIntent { $intent }
timeline-reconcile-session-amount-intent = la sesión de Checkout { $session } está { $status } / { $payment }, { $amount }, PaymentIntent { $intent }
timeline-state = { $state ->
        [creating] «Preparando»
        [awaiting_payment] «Esperando»
        [canceling] «Cancelando»
        [processing] «Procesando»
        [paid] «Pagado»
        [failed] «Fallido»
        [expired] «Vencido»
        [canceled] «Cancelado»
       *[other] { $state }
    }
timeline-reconcile-corrected = Conciliación: el registro decía { $state }, pero { $session }. Corregido según Stripe.
timeline-reconcile-imported = Importada de Stripe por la conciliación: sesión de Checkout { $session } de la caja { $register }, { $lines } línea(s), { $amount }.
member-timeline-status = { $status ->
        [active] activa
        [trialing] en prueba
        [past_due] vencida
        [unpaid] impagada
        [canceled] cancelada
        [incomplete] incompleta
        [incomplete_expired] caducada
        [paused] en pausa
       *[other] { $status }
    }
member-timeline-a-membership = membresía
member-timeline-recorded = Membresía registrada: { $plan }, { $status }.
member-timeline-recorded-until = Membresía registrada: { $plan }, { $status }, el periodo actual termina el { $end }.
member-timeline-status-changed = Estado { $from } → { $to }.
member-timeline-past-due = El pago de la renovación falló; Stripe lo reintenta. Pida al miembro que actualice su tarjeta.
member-timeline-ended = La membresía ha terminado: acceso retirado.
member-timeline-cancel-scheduled = Terminará al cierre del periodo ({ $end }).
member-timeline-cancel-scheduled-no-date = Terminará al cierre del periodo (fecha desconocida).
member-timeline-cancel-withdrawn = Se retiró la cancelación programada.
member-timeline-period-ends = El periodo actual termina ahora el { $end }.
member-timeline-updated = Datos actualizados.
member-timeline-an-invoice = (sin número)
member-timeline-amount-not-given = importe no indicado
member-timeline-amount-unknown = un importe desconocido
member-timeline-invoice-paid = Factura { $invoice } pagada: { $amount } ({ $reason ->
        [first] primer pago
        [renewal] renovación
       *[other] pago
    }).
member-timeline-invoice-failed = Factura { $invoice }: { $reason ->
        [first] el primer pago
        [renewal] el pago de la renovación
       *[other] el pago
    } de { $amount } falló. Stripe lo reintenta; pida al miembro que actualice su tarjeta.
member-timeline-invoice-failed-attempt = Factura { $invoice }: { $reason ->
        [first] el primer pago
        [renewal] el pago de la renovación
       *[other] el pago
    } de { $amount } falló, intento { $attempt }. Stripe lo reintenta; pida al miembro que actualice su tarjeta.
timeline-charge-pressed = Cobrar pulsado: { $lines } línea(s), { $total }.
timeline-split-pressed = Dividir pulsado: { $lines } línea(s), { $total }; { $cash } en efectivo ({ $parts } parte(s)), { $card } con tarjeta.
timeline-paid-cash = Pagado en efectivo: { $tendered } entregado, { $change } de cambio.
timeline-cash-rounding = Redondeo de efectivo { $rounding }.
timeline-price-override = Precio de { $name } cambiado de { $was } a { $now }: { $reason }.
timeline-manual-discount = Descuento manual { $amount }: { $reason }.
timeline-promotion-code = El cliente usó el código promocional { $code }: { $discount } de descuento; Stripe cobró { $charged } (se pidió { $asked }).
timeline-no-promotion-code = No se usó ningún código promocional.
timeline-refund-cash = Reembolsado { $amount } en efectivo del cajón, a petición del propietario.
timeline-refund = Reembolso { $refund } de { $amount }: { $status }.
timeline-refund-asked = Reembolso { $refund } de { $amount } pedido por el propietario: { $status }.
timeline-refund-failed = Reembolso { $refund } de { $amount }: { $status } ({ $why }).
timeline-split-voided = Anulada tras terminar la parte con tarjeta ({ $state }): su efectivo devuelto del cajón.
timeline-split-cash-balance = Parte con tarjeta terminada ({ $state }); saldo { $balance } cobrado en efectivo: { $tendered } entregado, { $change } de cambio.
timeline-split-retried = Tarjeta reintentada como venta { $next }, que lleva el efectivo de esta venta.
timeline-split-retry-created = Tarjeta reintentada para la venta { $sale }: su efectivo trasladado, el resto con tarjeta.
sale-promotion-code-discount = Código { $code }
cart-promotion-codes = Código promocional: el cliente lo introduce en la página de Stripe
recurring-every = { $count ->
        [1] { $interval ->
            [day] día
            [week] semana
            [month] mes
           *[year] año
        }
       *[other] { $count } { $interval ->
            [day] días
            [week] semanas
            [month] meses
           *[year] años
        }
    }
recurring-label = { $amount } / { $every }
cart-membership = Membresía, periodo de facturación: { $every }
cart-error-coupon-and-promotion-codes = Stripe acepta un cupón o un código promocional que escribe el cliente, no ambos. Quite uno primero.
cart-error-promotion-codes-need-card = El cliente escribe un código promocional en la página de pago de Stripe, así que esta venta solo se puede pagar con tarjeta. Desactive los códigos promocionales en Cupón para cobrar en efectivo.
checkout-error-promotion-codes-with-tip = Stripe también descontaría un código promocional de la propina. Quite la propina o desactive los códigos promocionales en Cupón.
checkout-error-promotion-codes-membership = Una membresía no puede llevar un código promocional en la caja. Desactive los códigos promocionales en Cupón o venda la membresía por separado.
adjust-promotion-codes = El cliente introduce un código promocional
adjust-promotion-codes-detail = en la página de Stripe
cart-tax-exclusive = { $name } { $rate }
cart-tax-inclusive = incl. { $name } { $rate }
cart-error-empty = El carrito está vacío. Añada al menos un artículo antes de cobrar.
cart-error-mixed-currency = Esta venta está en { $cart }, pero { $name } tiene precio en { $item }. Una venta tiene una sola moneda: termine o vacíe antes esta venta.
cart-error-quantity-range = La cantidad de { $name } debe estar entre 1 y 999 (se pidió { $quantity }).
cart-error-quantity-below-one = La cantidad de { $name } no puede bajar de 1. Use Quitar para sacarlo de la venta.
cart-error-too-many-lines = Una venta admite como máximo 100 artículos distintos. Cobre esta venta y registre el resto en una nueva.
cart-error-line-not-found = Ese artículo ya no está en el carrito. Actualice y vuelva a intentarlo.
cart-error-price-conflict = { $name } ya está en el carrito con otro precio. Sincronice el catálogo, vacíe la venta y vuelva a registrarla.
cart-error-invalid-item = Este artículo no se puede vender: sus datos de catálogo están dañados ({ $reason }). Sincronice el catálogo; si sigue igual, revise el producto en el Dashboard de Stripe.
cart-error-mixed-schedules = { $first } (periodo de facturación: { $first_every }) y { $other } (periodo de facturación: { $other_every }): una venta de membresía solo puede tener un periodo de facturación. Véndalas en dos ventas.
cart-error-too-many-memberships = Una venta de membresía admite como máximo 20 artículos recurrentes. Venda el resto en una segunda venta.
cart-error-membership-needs-card = Una membresía se renueva con tarjeta, así que no se puede pagar en efectivo. Cóbrela con tarjeta.
discounts-error-tax-name = Una tasa de impuesto necesita un nombre de 1 a 50 caracteres (IVA, Sales tax).
discounts-error-country = El país son dos letras (ES, US), o vacío.
discounts-error-jurisdiction = La jurisdicción tiene como máximo 50 caracteres (NY), o vacía.
discounts-error-coupon-name = Un cupón necesita un nombre de 1 a 40 caracteres (aparece en la venta y en el recibo).
discounts-error-coupon-value = Un cupón descuenta un porcentaje (10) o un importe (5,00), mayor que cero. Rellene uno de los dos.
discounts-error-coupon-max = El número de usos es al menos 1, o vacío para sin límite.
pricing-error-empty = La venta no tiene artículos. Añada primero un artículo.
pricing-error-zero-quantity = Una línea tiene cantidad 0. Quite la línea o ponga una cantidad de al menos 1.
pricing-error-negative-price = Una línea tiene un precio negativo. Revise el precio del artículo en el catálogo.
pricing-error-unknown-tax-rate = La tasa de impuesto { $id } no se conoce (quizá se archivó). Actualice el catálogo o elija otra tasa de impuesto para el producto.
pricing-error-invalid-percent = «{ $input }» no es un porcentaje. Escriba un número de 0 a 100 con cuatro decimales como máximo.
pricing-error-empty-coupon = El cupón { $coupon } no descuenta nada. Elija otro cupón.
pricing-error-coupon-currency = El cupón { $coupon } es para ventas en { $coupon_currency }, y esta venta es en { $sale_currency }. Elija un cupón en { $sale_currency } o un cupón de porcentaje.
pricing-error-discount-exceeds-sale = El descuento ({ $discount }) es mayor que la venta ({ $subtotal }). Elija un descuento menor o añada primero los artículos.
pricing-error-tip-currency = La propina está en { $tip_currency }, y esta venta es en { $sale_currency }. Introduzca la propina en { $sale_currency }.
pricing-error-negative-tip = Una propina no puede ser negativa. Escríbala sin signo menos o elija Sin propina.
pricing-error-tip-too-large = La propina ({ $tip }) es mayor que la propia venta ({ $sale }). Revise la propina; Till acepta como máximo { $limit }.
pricing-error-total-too-large = El total de la venta supera el máximo de Stripe para un cobro ({ $maximum }). Divida la venta en otras más pequeñas.
coupon-off = { $off } de descuento
register-error-unknown-coupon = No hay ningún cupón { $coupon } en el catálogo sincronizado. Sincronice el catálogo o elija uno de la lista.
register-error-coupon-expired = El cupón { $coupon } ha caducado o está agotado en Stripe. Elija otro cupón.
register-error-favourites-full = { $max ->
        [one] En la página de favoritos cabe como máximo 1 producto; quite uno primero.
       *[other] En la página de favoritos caben como máximo { $max } productos; quite uno primero.
    }
register-error-favourite-twice = { $price } está dos veces en la página de favoritos; déjelo una sola vez.
register-error-favourite-unknown = No hay ningún producto con el precio { $price } en la moneda de esta caja. Sincronice el catálogo y vuelva a elegir.
register-error-no-product = No hay ningún producto con el precio { $price } en el catálogo. Sincronice el catálogo y vuelva a intentarlo.
register-error-unknown-code = Ningún producto tiene el código de barras o SKU { $code }. Revise el código o busque por nombre.
register-error-park-empty = El carrito está vacío: no hay nada que aparcar.
register-error-park-charging = El pago de esta venta está en curso. Cancele primero el pago y luego aparque la venta.
register-error-busy = Hay una venta en la caja. Cóbrela, apárquela o vacíela antes de retomar otra.
register-error-nothing-sold = Ya no se vende nada de lo aparcado como { $label }. Descártela y vuelva a registrar la venta.
register-error-prices-changed = Desde que se aparcó { $label }: { $changes }. Retómela a los precios de hoy o déjela aparcada.
parked-changed-gone-short = { $name } ya no se vende
parked-changed-coupon-short = el cupón { $name } ya no se puede usar
parked-changed-adjustments-short = el descuento, el cupón o la propina ya no encaja con el carrito
parked-error-label-missing = Ponga un nombre a la venta aparcada —el del cliente o una mesa— para poder encontrarla.
parked-error-label-invalid = { $max ->
        [one] El nombre de una venta aparcada tiene como máximo 1 carácter en una línea; acórtelo.
       *[other] El nombre de una venta aparcada tiene como máximo { $max } caracteres en una línea; acórtelo.
    }
parked-error-unreadable = No se pudo leer la venta aparcada { $label } ({ $error }). Descártela y vuelva a registrarla.
parked-error-gone = La venta aparcada { $id } ya no está aparcada en esta caja (ya se retomó o se descartó). Actualice la lista.

## Split, drawer and checkout refusals (the core: split.rs, drawer.rs, checkout.rs)
split-error-no-cash = Un pago dividido necesita una parte en efectivo. Escriba el efectivo que entrega el cliente o elija Tarjeta.
split-error-currency = El efectivo se contó en { $counted }, pero la venta está en { $currency }. Cuéntelo en { $currency }.
split-error-part-zero = Cada parte en efectivo debe ser mayor que cero. Escriba lo que el cliente entrega para ella.
split-error-membership = Una membresía se renueva con tarjeta, así que no se puede dividir con efectivo. Elija Tarjeta.
split-error-sale-not-split = La venta { $sale } ya se está pagando { $tender ->
        [card] con tarjeta
        [cash] en efectivo
       *[other] ({ $tender })
    }. Termínela o cancélela antes de dividir.
split-error-other-amounts = La venta { $sale } ya se dividió con otros importes. Liquídela (su panel muestra el efectivo cobrado) o empiece una venta nueva.
split-error-not-split = La venta { $sale } se pagó { $tender ->
        [card] con tarjeta
        [cash] en efectivo
       *[other] ({ $tender })
    }, no en efectivo y con tarjeta.
split-error-retried = La tarjeta de la venta { $sale } ya se reintentó como venta { $next }, que lleva su efectivo. Liquide esa venta en su lugar.
split-error-settled = La venta { $sale } ya está liquidada ({ $kind ->
        [voided] anulada
        [paid_cash_balance] resto cobrado en efectivo
       *[other] { $kind }
    }). No queda nada por hacer; empiece una venta nueva.
split-error-card-open = La parte con tarjeta de la venta { $sale } sigue abierta (estado: { $state ->
        [creating] Preparando
        [awaiting_payment] Esperando
        [canceling] Cancelando
        [processing] Procesando
       *[other] { $state }
    }): espere la respuesta del banco antes de liquidarla de otra forma.
split-error-paid = La parte con tarjeta de la venta { $sale } se pagó antes de poder cancelarse, así que la venta se mantiene. Reembólsela si el cliente quiere recuperar el dinero.
split-error-unsettled = La venta { $sale } tiene efectivo cobrado y su parte con tarjeta no se pagó. Reintente la tarjeta, cobre el resto en efectivo o anúlela antes de empezar de nuevo.
drawer-error-sale-is-card = La venta { $sale } ya se está pagando con tarjeta. Cancélela en el panel de cobro antes de cobrar en efectivo.
drawer-error-move-zero = Escriba el importe que entra o sale (mayor que cero).
drawer-error-move-reason = Indique por qué entra o sale el efectivo (hasta 200 caracteres), p. ej. «cambio del banco».
drawer-error-over-drawer = El cajón solo debería tener { $expected }; no se pueden sacar { $amount } de él. Revise el importe.
drawer-error-closed = El cajón de la caja { $till } no está abierto, así que no hay turno del que informar. Ábralo primero con su fondo.
drawer-error-count-missing = Cuente el efectivo del cajón antes de cerrarlo (escriba cuántas hay de cada moneda y billete, o el total). Un cajón sin efectivo cuenta como 0.
drawer-error-no-z-report = Esta caja no tiene el informe Z { $number }. Lístelos con tillctl drawer z.
checkout-error-tip-membership = Una membresía no puede llevar propina. Quite la propina o venda la membresía por separado.
checkout-error-coupon-with-tip = Este cupón tiene un límite en Stripe, así que no puede ir en una venta con tarjeta con propina: Stripe lo aplicaría también a la propina. Quite la propina o cobre en efectivo o dividido.
checkout-error-email-required = Una membresía necesita el correo electrónico del cliente (Stripe envía allí los recibos y avisos de renovación, y el personal busca a los miembros por él). Pídalo y escríbalo en el campo de correo.
checkout-error-split-too-small = La parte con tarjeta { $amount } de la venta { $sale } está por debajo del mínimo de Stripe ({ $refused }). Cobre el resto en efectivo.
checkout-error-other-items = La venta { $sale } ya se cobró con otros artículos. Empiece una venta nueva para este carrito.
checkout-error-not-created = { $failure }. La venta está guardada; pulse Reintentar (o reinicie Till) y continúa con la misma solicitud, así que al cliente nunca se le cobra dos veces.
checkout-error-create-refused = { $failure }. La venta se marcó como fallida; no se cobró nada.

## History's filter and report refusals (the core: history.rs)
history-error-date-range = El intervalo termina ({ $to }) antes de empezar ({ $from }). Intercambie las fechas.
history-error-status = { $status } no es un estado de venta. Use uno de: { $states }.
history-error-register = Un identificador de caja tiene como máximo 200 caracteres.
history-error-staff = Un identificador de personal tiene como máximo 200 caracteres (staff_…).
history-error-search-long = Una búsqueda tiene como máximo 200 caracteres. Busque un solo nombre, correo o identificador.
history-error-search-empty = Escriba letras o dígitos para buscar: un nombre de producto, un correo o un identificador de venta, sesión o PaymentIntent.
history-error-cursor = La posición de página no es válida; empiece de nuevo desde la primera página.
history-error-period = { $period } no es un periodo de informe: use day, week o month.
history-error-report-range = El informe termina ({ $to }) antes de empezar ({ $from }). Intercambie las fechas.
history-error-report-days = { $max ->
        [one] Un informe abarca como máximo 1 día; elija un intervalo más corto.
       *[other] Un informe abarca como máximo { $max } días; elija un intervalo más corto.
    }

## Cash tender and count refusals (till-domain's tender.rs)
tender-error-currency = El efectivo se contó en { $counted }, pero la venta está en { $currency }. Cuéntelo en { $currency }.
tender-error-negative = El importe entregado no puede ser negativo. Escriba lo que entregó el cliente.
tender-error-too-large = Ese importe entregado supera el mayor importe que acepta Till. Revise el importe escrito.
tender-error-short = Con { $tendered } entregados faltan { $short } para { $due }. Cobre más efectivo, o el resto con tarjeta con Efectivo y tarjeta.
tender-error-count-negative = Un importe contado no puede ser negativo. Vuelva a contar el cajón.
tender-error-denomination = { $denomination } no es una moneda ni un billete de { $currency }. Cuente con las denominaciones mostradas.
tender-error-pieces-negative = Un número de monedas o billetes no puede ser negativo. Vuelva a contar el cajón.
tender-error-count-too-large = Ese recuento es mayor de lo que cabe en un cajón. Revise los números escritos.
tender-error-split-no-cash = Un pago dividido necesita una parte en efectivo. Escriba el efectivo que entrega el cliente o elija Tarjeta.
tender-error-covers-total = { $cash } en efectivo cubren todo el importe de { $total }. Elija Efectivo en lugar de Efectivo y tarjeta.
tender-error-balance-too-small = Se cobrarían { $card } a la tarjeta, y el mínimo de Stripe es { $minimum }. Cobre como máximo { $most } en efectivo, o todo en efectivo. ({ $refused })

## Amount refusals (till-domain's money.rs)
money-error-unknown-currency = «{ $input }» no es una moneda en la que Stripe pueda cobrar. Use un código de tres letras como USD o EUR.
money-error-unknown-locale = «{ $input }» no es un idioma de visualización admitido. Elija en-US, en-GB, de-DE, fr-FR, es-ES o ja-JP.
money-error-invalid = «{ $input }» no es un importe. { $hint }
money-hint-example = Escriba un importe, por ejemplo { $example }.
money-hint-comma = Escríbalo con una coma antes de los céntimos, por ejemplo 29,50 o 1.234,50.
money-hint-point = Escríbalo con un punto antes de los céntimos, por ejemplo 29.50 o 1,234.50.
money-error-negative = «{ $input }» es negativo. Escriba el importe sin signo menos.
money-error-decimals = { $allowed ->
        [0] Los importes en { $currency } son números enteros. Escriba el importe sin decimales.
        [one] Los importes en { $currency } tienen como máximo 1 decimal. Revise el importe.
       *[other] Los importes en { $currency } tienen como máximo { $allowed } decimales. Revise el importe.
    }
money-error-too-small = { $amount } está por debajo del cobro mínimo de Stripe de { $minimum }. Añada artículos para llegar al mínimo o use otra forma de pago.
money-error-too-large = El importe supera el máximo de Stripe para un cobro ({ $maximum }). Divida la venta en otras más pequeñas.
money-error-precision = Stripe solo cobra { $currency } en pasos de { $step }, y { $amount } no lo es. Ajuste el importe.
money-error-mixed-currency = No se pueden sumar importes en { $expected } y en { $found }. Mantenga una sola moneda por venta.

## The catalog editor's refusals (the core: catalog_admin.rs)
catalog-error-draft-id = El identificador de borrador del formulario no es válido; vuelva a abrir el formulario e inténtelo de nuevo.
catalog-error-name = Un producto necesita un nombre de 1 a 250 caracteres.
catalog-error-description = La descripción tiene como máximo 500 caracteres.
catalog-error-price-zero = Un precio debe ser mayor que cero.
catalog-error-interval = { $interval } no es un intervalo de facturación: use day, week, month o year, o déjelo vacío para un precio único.
catalog-error-field-long = { $field ->
        [sku] El SKU
        [barcode] El código de barras
        [category] La categoría
       *[other] { $field }
    } tiene como máximo 100 caracteres.
catalog-error-barcode = Un código de barras solo tiene letras, dígitos y guiones (lo que escribe el lector).
catalog-error-unconfirmed = { $failure } Pulse el botón de nuevo: Till reenvía la solicitud { $request } con las mismas claves, así que Stripe nunca la crea dos veces.
catalog-error-conflict = Este formulario ya se envió con otros valores. Vuelva a abrir el formulario para crear otro producto.
catalog-error-product-id = { $id } no es un identificador de producto (prod_…).

## Settings' refusals and explanations (the core: settings.rs, phone.rs; till-print's setting.rs)
settings-error-register-name = El nombre de la caja debe tener de 1 a { $max } caracteres, p. ej. «Mostrador».
settings-error-currency = { $error } Elija una moneda de la lista.
settings-error-locale = { $error } Elija un formato de visualización de la lista.
settings-error-language = Till no habla el idioma «{ $tag }». Elija un idioma de la lista.
settings-error-timeout = El tiempo límite del pago en pantalla debe ser de 1 a { $max } minutos (la página de pago de Stripe dura 31 minutos; Till cancela antes).
settings-error-tip-preset = «{ $preset }» no es una propina predefinida: indique porcentajes enteros de 1 a { $max }, separados por comas (10, 15, 20).
settings-error-tip-repeated = { $preset } % aparece dos veces entre las propinas predefinidas. Indique cada porcentaje una sola vez.
settings-error-tip-count = Caben como máximo { $max } propinas predefinidas en el diálogo de propina. Quite alguna.
settings-error-cancel-url = La URL de cancelación debe ser una dirección web que empiece por https:// (o http:// para este ordenador), p. ej. https://shop.example/thanks. Déjela vacía para usar la página propia de Till.
settings-error-print-mode = «{ $input }» no es una opción para imprimir recibos. Elija auto (imprimir al pagarse), ask (imprimir cuando el personal pulse Imprimir) o never.
settings-error-shop-field = { $field ->
        [name] El nombre de la tienda
        [tax-id] El NIF
       *[phone] El número de teléfono
    } debe ser una línea de como máximo { $max } caracteres (el ancho de un recibo de 80 mm).
settings-error-shop-lines = { $field ->
        [address] La dirección de la tienda
       *[footer] El pie del recibo
    } puede tener como máximo { $lines } líneas de como máximo { $max } caracteres cada una.
settings-error-copies = Las copias deben ser un número de 1 a { $max }.
settings-error-return-port-stored = El puerto de la página de retorno { $port } en Ajustes no es un número de puerto.
phone-explain-page = La página web que abre el teléfono de un cliente después de pagar (la página https pública de su tienda; {"{"}CHECKOUT_SESSION_ID{"}"} se sustituye por el identificador del pago); vacío: la página propia de Till, que solo puede abrir el navegador de este ordenador.
phone-explain-lan = Solo en modo de práctica: sirve la página de pago de práctica en la dirección de red de este ordenador, con un token secreto en cada enlace, para que el personal pueda escanear el código QR con un teléfono real (solo tarjetas de prueba, sin dinero real).
phone-page-refused = La página después del pago { $why }. Escriba la página web pública de su tienda, p. ej. https://shop.example/thanks (puede contener {"{"}CHECKOUT_SESSION_ID{"}"}), o deje el campo vacío.
phone-page-too-long = tiene más de { $max } caracteres
phone-page-spaces = contiene espacios o saltos de línea
phone-page-not-https = debe empezar por https:// (el teléfono de un cliente la abre después de pagar)
phone-page-user = no debe contener un nombre de usuario ni una contraseña
phone-page-bad-host = tiene un nombre de host mal formado
phone-page-bad-port = tiene un puerto mal formado
phone-page-no-host = no tiene nombre de host
phone-page-local = apunta a este ordenador, al que el teléfono de un cliente no puede llegar
printer-setting-connection-missing = Escriba la conexión de la impresora: su dirección de red (192.168.1.50), un dispositivo (/dev/usb/lp0) o una cola de CUPS (cups:QUEUE).
printer-setting-bad-connection = «{ $input }» no es una conexión de impresora. Escriba la dirección de una impresora de red (192.168.1.50 o 192.168.1.50:9100), un dispositivo o archivo (/dev/usb/lp0), o una cola de CUPS (cups:QUEUE).
printer-setting-bad-paper = «{ $input }» no es un ancho de papel en el que imprima Till. Elija 58 (32 columnas) u 80 (48 columnas).
printer-setting-bad-code-page = «{ $input }» no es una página de códigos que Till conozca. Elija pc858 (Europa occidental con €, la habitual), pc437, wpc1252 o shift-jis-kanji (impresoras japonesas con kanji).
printer-setting-bad-drawer-pin = «{ $input }» no es un conector de cajón. Elija 2 (el habitual) o 5 (un segundo cajón).

## Key, webhook secret and membership refusals (the core: keys.rs, members.rs)
keys-error-empty = No se ha introducido ninguna clave. Pegue una clave restringida (rk_test_… o rk_live_…, recomendada) o una clave secreta (sk_…). Cópiela del Dashboard de Stripe → Desarrolladores → Claves de API.
keys-error-publishable = Esta es una clave publicable (pk_…): no puede crear pagos. Till necesita una clave restringida (rk_…, recomendada) o una clave secreta (sk_…). Cópiela del Dashboard de Stripe → Desarrolladores → Claves de API.
keys-error-webhook-secret-as-key = Este es un secreto de firma del webhook (whsec_…), no una clave de API: introdúzcalo en Secreto de firma del webhook.
keys-error-not-a-key = Esta no es una clave de API de Stripe: debería empezar por rk_test_, rk_live_, sk_test_ o sk_live_. Cópiela del Dashboard de Stripe → Desarrolladores → Claves de API.
keys-error-incomplete = Esta clave está incompleta o contiene espacios o caracteres que las claves de Stripe nunca tienen. Cópiela del Dashboard de Stripe → Desarrolladores → Claves de API.
keys-error-webhook-empty = No se ha introducido ningún secreto de firma del webhook. Empieza por whsec_: `stripe listen` lo muestra, y cada endpoint de webhook muestra el suyo en el Dashboard de Stripe → Desarrolladores → Webhooks.
keys-error-webhook-malformed = Esto no es un secreto de firma del webhook. Empieza por whsec_: `stripe listen` lo muestra, y cada endpoint de webhook muestra el suyo en el Dashboard de Stripe → Desarrolladores → Webhooks.
keys-error-live-confirmation = Esta es una clave del modo real: se cobrará a tarjetas reales. Confirme que quiere el modo real (escriba LIVE en Ajustes, o pase --confirm-live a tillctl).
keys-error-unsendable = Esta clave contiene caracteres que no se pueden enviar a Stripe.
keys-error-mode-mismatch = Stripe devolvió objetos { $seen ->
        [live] del modo real
       *[other] del modo de prueba
    } para esta clave { $mode ->
        [live] del modo real
       *[other] del modo de prueba
    }. No se guardó nada; compruebe que la clave es la que quería.
keys-error-missing-permissions = A esta clave restringida le faltan permisos que Till necesita: { $missing }. En el Dashboard de Stripe → Desarrolladores → Claves de API, edite la clave ({ $key }), establezca { $settings }, guarde e introduzca la clave de nuevo. No se guardó nada.
keys-permission-for = { $permission } para { $purpose }
keys-error-rejected = Stripe rechazó esta clave ({ $key }): está mal escrita, se renovó o se eliminó. Cópiela de nuevo del Dashboard de Stripe → Desarrolladores → Claves de API. No se guardó nada.
keys-error-unreachable = Till no pudo comunicarse con Stripe para comprobar la clave: este ordenador parece estar sin conexión, o un cortafuegos bloquea Stripe. Compruebe la conexión a Internet e inténtelo de nuevo. No se guardó nada.
keys-error-check-failed = Stripe no pudo comprobar la clave: { $failure }. No se guardó nada; inténtelo de nuevo en un momento.
keys-problem-stored-malformed = El llavero guarda para la clave de Stripe de Till algo que no es una clave de Stripe. Sustitúyalo o elimínelo.
keys-problem-keyring-unavailable = No se puede usar el llavero ({ $keyring }) donde Till guarda la clave de Stripe. { $fix } Mientras tanto, Till sigue en modo de práctica; la clave nunca se guarda en otro sitio.
keys-problem-keyring-locked = El llavero ({ $keyring }) está bloqueado o deniega a Till el acceso a la clave de Stripe. { $fix } Mientras tanto, Till sigue en modo de práctica; la clave nunca se guarda en otro sitio.
keys-fix-unavailable-linux = Till necesita un llavero Secret Service en su sesión de escritorio: instale e inicie uno (GNOME Keyring: `sudo apt install gnome-keyring`, luego cierre la sesión y vuelva a entrar; KDE: active el Secret Service de KWallet) y reinicie Till.
keys-fix-unavailable-macos = Compruebe que existe el llavero de inicio de sesión (Acceso a Llaveros) y vuelva a intentarlo.
keys-fix-unavailable-windows = Compruebe que el servicio Administrador de credenciales está en marcha y vuelva a intentarlo.
keys-fix-locked-linux = Desbloquéelo (abra Contraseñas y claves, o inicie sesión en el escritorio para que se desbloquee), permita el acceso a Till cuando se le pregunte y vuelva a intentarlo.
keys-fix-locked-macos = Desbloquee el llavero de inicio de sesión (Acceso a Llaveros), permita a Till cuando macOS lo pregunte y vuelva a intentarlo.
keys-fix-locked-windows = Inicie sesión en Windows con su propia cuenta (el Administrador de credenciales es por usuario) y vuelva a intentarlo.
app-error-ledger-failed = El libro de ventas de Till en este ordenador ha fallado. Vuelva a intentarlo; si sigue fallando, reinicie Till y compruebe que queda espacio libre en el disco. ({ $detail })
keys-warning-live-secret = Esta es una clave secreta del modo real: puede hacer cualquier cosa en su cuenta de Stripe. Stripe recomienda una clave restringida para aplicaciones como Till. En el Dashboard de Stripe → Desarrolladores → Claves de API, cree una clave restringida con { $permissions } (Refunds: Write solo si esta caja hace reembolsos; Products y Prices: Write solo para crear productos desde Till) y todo lo demás en None, y después sustituya esta clave.
keys-warning-optional-missing = A esta clave le falta { $missing }. Till funciona sin { $count ->
        [one] él
       *[other] ellos
    }.
members-error-status = { $status } no es un estado de suscripción. Use uno de: all, { $statuses }.
members-error-empty-email = Escriba el correo electrónico del miembro para buscarlo.
members-error-unknown = No hay ningún miembro con la suscripción { $subscription } en este modo. Actualice la lista.
members-error-not-subscription = La respuesta de Stripe para { $subscription } no era una suscripción.
members-error-already-canceled = Esta suscripción ya ha terminado; no hay nada que cancelar.
members-error-cancel-failed = Stripe no canceló la suscripción: { $failure } No se cambió nada; inténtelo de nuevo.
members-error-cancel-unconfirmed = La respuesta de Stripe no muestra la cancelación; compruebe la suscripción en el Dashboard de Stripe.

## An email, a sale id, the cash rounding setting, History's export files (email.rs, checkout.rs, tender.rs, history.rs)
email-error-invalid = { $email } no es una dirección de correo electrónico. Compruébela y escríbala de nuevo.
checkout-error-sale-id = { $id } no es un identificador de venta (sale_ y de 8 a 40 letras o dígitos).
checkout-error-livemode = Stripe devolvió una sesión { $session ->
        [live] real
       *[other] de prueba
    } mientras Till está en modo { $mode ->
        [live] real
        [test] de prueba
       *[other] de formación
    }; los pagos de prueba y reales nunca se mezclan. Revise la clave de Stripe en Ajustes.
checkout-error-kept-changing = La venta { $sale } siguió cambiando mientras Till registraba una actualización; inténtelo de nuevo.
checkout-error-no-idempotency-key = La venta { $sale } no tiene clave de idempotencia guardada; no la creó el cobro de Till.
tender-error-rounding = «{ $input }» no es un paso de redondeo del efectivo. Escriba none, o el importe más pequeño en que se paga en efectivo, como { $example }.
history-error-csv-write = No se pudo escribir el archivo CSV: { $error }. Compruebe que se puede escribir en la carpeta y que el disco tiene espacio.
history-error-export-name = { $path } no es un nombre de archivo.
history-error-export-file = No se pudo { $doing ->
        [create] crear
        [write] escribir
       *[other] terminar
    } { $path }: { $error }. Elija una carpeta en la que pueda escribir.
history-error-export-folder = No se pudo crear la carpeta de exportación { $path }: { $error }. Establezca { $variable } en una carpeta en la que pueda escribir.

## Dates and modes the window sends (till-domain's calendar.rs, mode.rs)
date-error-not-on-calendar = { $date } no es una fecha del calendario.
date-error-year = El año { $year } está fuera de lo que Till maneja (de 1900 a 9999).
date-error-form = { $input } no es una fecha: use AAAA-MM-DD, por ejemplo 2025-03-01.
mode-error-unknown = Modo desconocido { $mode }: use training, test o live.

## Receipts and the receipt printer's failures (the core: receipts.rs; till-print's error.rs)
receipt-error-not-paid = La venta { $sale } no está pagada (estado: { $state ->
        [creating] Preparando
        [awaiting_payment] Esperando
        [canceling] Cancelando
        [processing] Procesando
        [failed] Fallido
        [expired] Vencido
        [canceled] Cancelado
       *[other] { $state }
    }): solo una venta pagada tiene recibo.
receipt-error-no-printer = No hay ninguna impresora de recibos. Configure una en Ajustes → Recibos (p. ej. 192.168.1.50:9100), o muestre el recibo en pantalla.
receipt-error-print-failed = { $failure } La venta está registrada; la impresión no la cambió.
receipt-error-kick-failed = El cajón no se abrió. { $failure } { $reason ->
        [no_sale] La apertura sin venta está registrada
       *[cash_sale] La venta está registrada
    } y se queda como está; abra el cajón con su llave.
printer-error-refused = La impresora «{ $printer }» en { $address } rechazó la conexión. Compruebe que está encendida y que su dirección y puerto (normalmente 9100) en Ajustes son correctos, y vuelva a imprimir desde el Historial.
printer-error-unreachable = No se puede llegar a la impresora «{ $printer }» en { $address } ({ $detail }). Compruebe su cable de red o wifi y su dirección en Ajustes, y vuelva a imprimir desde el Historial.
printer-error-timeout = La impresora «{ $printer }» no respondió en { $after } ({ $stage ->
        [connect] al conectar
        [write] al enviar el recibo
       *[queue] al pasar el trabajo a CUPS
    }). Compruebe que está encendida, tiene papel y su tapa está cerrada, y vuelva a imprimir desde el Historial.
printer-error-closed = La impresora «{ $printer }» cerró la conexión tras { $sent } de { $total } bytes: el recibo está incompleto. Compruebe el papel y la tapa, y vuelva a imprimir desde el Historial.
printer-error-out-of-paper = La impresora «{ $printer }» no tiene papel o su tapa está abierta. Ponga un rollo nuevo, cierre la tapa y vuelva a imprimir desde el Historial.
printer-error-device = La impresora «{ $printer }» no se puede usar a través de { $path }: { $detail }
printer-error-cups = La impresora «{ $printer }» (cola de CUPS { $queue }) no aceptó el trabajo: { $detail }
printer-error-encode = Till no pudo preparar el recibo para la impresora «{ $printer }» ({ $detail }). Es un error de Till: por favor, notifíquelo. La venta está registrada.

## The customer's screen's and test cards' refusals (the core: customer.rs, testcards.rs)
customer-error-welcome = El mensaje de bienvenida puede tener como máximo { $max } caracteres en una línea.
customer-error-monitor = Ese nombre de monitor no se puede guardar; elija el monitor de nuevo.
testcards-error-live = Las tarjetas de prueba solo funcionan en modo de prueba y de práctica; Till usa una clave del modo real, así que no se inició ninguna prueba.
testcards-error-unknown = { $card } no es una de las tarjetas de prueba de Stripe que muestra Till.

## Stripe not reached or refusing, in Till's words around Stripe's own (till-stripe's lib.rs)
stripe-failure-network = No se pudo contactar con Stripe ({ $error })
stripe-failure-timeout = Stripe no respondió a tiempo
stripe-failure-no-message = sin mensaje
stripe-failure-api = Stripe respondió { $status }{ $kind }: { $message }
stripe-failure-decode = No se pudo leer la respuesta de Stripe ({ $error })
stripe-failure-sentence = { $failure }.
stripe-failure-advice = { $failure }. { $advice }
stripe-advice-network = Compruebe la conexión a Internet e inténtelo de nuevo; no se perdió nada.
stripe-advice-key = Stripe rechazó la clave: compruébela en Ajustes.
stripe-advice-permission = A la clave restringida le falta un permiso que Till necesita: vea Ajustes.
stripe-advice-busy = Stripe está ocupado; inténtelo de nuevo en un momento.

## The lock screen and staff (lock.js, staff.js)
lock-title = ¿Quién está en la caja?
lock-pin-input =
    .aria-label = PIN
lock-clear =
    .aria-label = Borrar el último dígito
lock-sign-in = Entrar
lock-back = Otra persona (Esc)
lock-button = Bloquear
    .title = Bloquear la caja: la siguiente persona entra con su PIN (F11)
lock-signed-in = { $name } · { $role }
lock-pin-for = PIN de { $name }
staff-tab = Personal
staff-new = Nuevo miembro del personal
staff-name = Nombre
staff-role = Rol
staff-role-staff = Personal
staff-role-manager = Encargado
staff-role-owner = Propietario
staff-pin = PIN (4–6 dígitos)
staff-add = Añadir
staff-auto-lock = Bloquear la caja tras no tocarla durante
staff-auto-lock-1 = 1 minuto
staff-auto-lock-2 = 2 minutos
staff-auto-lock-5 = 5 minutos
staff-auto-lock-10 = 10 minutos
staff-auto-lock-30 = 30 minutos
staff-auto-lock-never = Nunca
staff-auto-lock-secs = { $secs } segundos
staff-list-title = Personal
staff-empty = Aún no hay personal: la caja funciona sin entrar. En cuanto se añada alguien, preguntará quién está.
staff-archived = archivado
staff-role-of = Rol de { $name }
staff-new-pin = Nuevo PIN
staff-new-pin-for = Nuevo PIN para { $name }
staff-save-pin = Guardar PIN
staff-archive = Archivar
staff-archive-title = ¿Archivar a { $name }?
staff-archive-text = Ya no podrá entrar. Lo que hizo conserva su nombre.
staff-keep = Conservar

## PINs and the permission table, worded by the core (owner.rs, staff.rs)
staff-error-till-locked = La caja está bloqueada. Inicie sesión primero con su PIN.
staff-error-role = Un rol es staff, manager u owner. Elija uno de esos tres.
staff-error-name = Un nombre tiene de 1 a { $max } caracteres (letras, dígitos, espacios, puntuación).
staff-error-pin = El PIN de un miembro del personal tiene de 4 a 6 dígitos (0–9), nada más.
staff-error-name-taken = Ya hay un miembro del personal llamado { $name }. Elija otro nombre (o archive primero al otro).
staff-error-unknown = No hay ningún miembro del personal { $id }. `tillctl staff list` muestra quién hay.
staff-error-archived = { $name } ({ $id }) está archivado y ya no puede iniciar sesión ni modificarse. Añádalo de nuevo si vuelve.
staff-error-auto-lock = El bloqueo automático está entre { $min } segundos y { $hours } horas, o nunca (0).
owner-error-pin-form = El PIN del propietario tiene de 4 a 12 dígitos (0–9), nada más.
owner-error-pin-not-set = Todavía no hay un PIN del propietario. Elija uno primero.
owner-error-current-pin = Escriba el PIN actual para cambiarlo.
owner-error-locked = Hace falta el PIN del propietario: el personal puede vender y ver solo las últimas ventas.
pin-error-wrong = { $left ->
    [one] PIN incorrecto. Queda 1 intento antes de que Till le haga esperar.
   *[other] PIN incorrecto. Quedan { $left } intentos antes de que Till le haga esperar.
}
pin-error-wait = PIN incorrecto. Vuelva a intentarlo en { $secs } s.
pin-error-locked = Demasiados PIN incorrectos. Vuelva a intentarlo en { $secs } s.
staff-error-not-allowed = { $doing } requiere { $who }. Pida a una de esas personas que entre con su PIN y vuelva a intentarlo.
staff-who-staff = cualquier miembro del personal
staff-who-manager = un encargado o el propietario
staff-who-owner = el propietario
staff-doing-sell = Vender
staff-doing-cash-sale = Cobrar en efectivo
staff-doing-refund = Reembolsar
staff-doing-return = Aceptar devoluciones
staff-doing-paid-in = Ingresar efectivo
staff-doing-paid-out = Retirar efectivo
staff-doing-no-sale = Abrir el cajón sin venta
staff-doing-close-drawer = Cerrar el cajón
staff-doing-override = Cambiar un precio o hacer un descuento
staff-doing-settings = Cambiar los ajustes
staff-doing-catalog = Cambiar el catálogo
staff-doing-manage-staff = Gestionar el personal
history-cashier = Cajero
history-any-cashier = Todos
history-cashier-archived = { $name } (archivado)

## La página de pago del modo de formación: el Checkout alojado del simulador.
sim-test-mode = Modo de prueba
sim-error-title = Algo salió mal
sim-not-found = No se ha encontrado la página que buscabas. Comprueba la URL o ponte en contacto con el comercio.
sim-return-to-merchant = Volver al comercio
sim-thanks-subscribing = Gracias por suscribirte
sim-subscription-active = Tu suscripción está activa.
sim-thanks-payment = Gracias por tu pago
sim-payment-complete = Tu pago se ha completado.
sim-processing-title = Pago en proceso
sim-processing = Tu pago se está procesando; el comercio recibirá un aviso cuando se complete.
sim-expired-title = Esta sesión de pago ha caducado
sim-expired = La página de pago ya no está disponible. Vuelve al comercio para empezar de nuevo.
sim-interval-day = { $count ->
    [1] día
   *[other] { $count } días
}
sim-interval-week = { $count ->
    [1] semana
   *[other] { $count } semanas
}
sim-interval-month = { $count ->
    [1] mes
   *[other] { $count } meses
}
sim-interval-year = { $count ->
    [1] año
   *[other] { $count } años
}
sim-one-time = (único)
sim-quantity = Cant. { $quantity } × { $unit }
sim-subtotal = Subtotal
sim-discount = Descuento ({ $label })
sim-tax = Impuesto
sim-promotion-code = Añadir código promocional
sim-apply = Aplicar
sim-back = ← Atrás
sim-heading-pay = Pagar a Till Simulator
sim-heading-subscribe = Suscribirse a { $name }
sim-total-due = Total a pagar
sim-total-due-today = Total a pagar hoy
sim-email = Correo electrónico
sim-card-information = Información de la tarjeta
sim-expiry = Caducidad
sim-expiry-placeholder = MM / AA
sim-cvc = CVC
sim-cardholder-name = Nombre del titular de la tarjeta
sim-pay = Pagar { $amount }
sim-book = Reservar { $amount }
sim-donate = Donar { $amount }
sim-subscribe = Suscribirse
sim-title-subscribe = Suscribirse { $amount }
sim-note = Pago simulado. Usa una tarjeta de prueba de Stripe, p. ej. 4242 4242 4242 4242, con cualquier fecha de caducidad futura y cualquier CVC.
sim-3ds-title = Autenticación 3D Secure
sim-3ds-heading = Página de prueba de 3D Secure 2
sim-3ds-text = Completa o haz fallar esta autenticación de prueba de { $amount }.
sim-3ds-complete = Completar
sim-3ds-fail = Fallar
sim-index = Un simulador compatible con Stripe. URL base de la API: { $base }. Las páginas de pago están en { $path }; el README del crate describe la API y las utilidades de prueba.
sim-error-card-declined = Tu tarjeta ha sido rechazada.
sim-error-insufficient-funds = Tu tarjeta no tiene fondos suficientes.
sim-error-expired-card = Tu tarjeta ha caducado.
sim-error-incorrect-cvc = El código de seguridad de tu tarjeta es incorrecto.
sim-error-processing = Se ha producido un error al procesar tu tarjeta. Vuelve a intentarlo en unos instantes.
sim-error-incorrect-number = El número de tu tarjeta es incorrecto.
sim-error-live-card = Tu tarjeta ha sido rechazada. Tu solicitud estaba en modo de prueba, pero usó una tarjeta real (no de prueba). Encontrarás una lista de tarjetas de prueba válidas en: https://stripe.com/docs/testing.
sim-error-3ds-failed = No podemos autenticar tu método de pago. Elige otro método de pago y vuelve a intentarlo.
sim-error-number-incomplete = El número de tu tarjeta está incompleto.
sim-error-expiry-incomplete = La fecha de caducidad de tu tarjeta está incompleta.
sim-error-expiry-past = El año de caducidad de tu tarjeta ya ha pasado.
sim-error-cvc-incomplete = El código de seguridad de tu tarjeta está incompleto.
sim-error-email-incomplete = Tu dirección de correo electrónico está incompleta.
sim-error-code-invalid = Este código no es válido.
