"""The official stripe-python package as an independent webhook signer and verifier.

Reads a JSON list of cases from the file named by argv[1]; for each case prints (as one JSON
list on stdout) the header stripe-python generates for (payload, secret, timestamp), and
whether stripe-python accepts (verify_payload, header or the generated one, verify_secret)
with a 300 s tolerance. Used by tests/events.rs; installed by scripts/deps.sh test.
"""

import json
import sys

import stripe


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        cases = json.load(f)
    results = []
    for case in cases:
        generated = stripe.WebhookSignature.generate_signature_header(
            case["payload"], case["secret"], case["timestamp"]
        )
        header = case["header"] if case["header"] is not None else generated
        try:
            stripe.WebhookSignature.verify_header(
                case["verify_payload"], header, case["verify_secret"], 300
            )
            # The whole SDK path too: verify and parse.
            event = stripe.Webhook.construct_event(
                case["verify_payload"], header, case["verify_secret"]
            )
            verdict = "accepted" if event["id"] else "accepted-without-id"
        except stripe.SignatureVerificationError as error:
            verdict = "refused: " + str(error).split(".")[0]
        results.append({"generated": generated, "verdict": verdict})
    json.dump({"version": stripe.VERSION, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
